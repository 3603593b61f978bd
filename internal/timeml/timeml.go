// Package timeml reads and writes TimeML documents (.tml), the format of the
// TimeBank corpus and of the TempEval-3 evaluation tools.
//
// Read gives the document creation time (DCT), the plain text of <TEXT> with
// all markup stripped and entities decoded, and the gold TIMEX3 annotations as
// byte spans into that text. Write puts a tagger's own TIMEX3 tags back into
// the text so the document can be scored by the TempEval-3 tools.
package timeml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// Doc is one TimeML document.
type Doc struct {
	// Name labels positions in errors ("file.tml:12: ..."); set by ReadNamed.
	Name string
	// DocID is the content of <DOCID>, if any.
	DocID string
	// DCT is the document creation time, from the TIMEX3 inside <DCT>
	// (its value attribute); a value without a time of day gives midnight UTC.
	DCT time.Time
	// DCTValue is the DCT's TIMEX3 value as written ("1998-01-08").
	DCTValue string
	// Text is the content of <TEXT> with tags stripped and entities decoded.
	Text string
	// Timexes are the TIMEX3 tags found inside <TEXT>, in text order.
	Timexes []Timex

	// head is the raw document up to and including the <TEXT> start tag;
	// Write copies it so the DCT and other header elements survive.
	head []byte
}

// Timex is one gold TIMEX3 annotation: a byte span into Doc.Text and its
// attributes.
type Timex struct {
	Start, End int // byte offsets into Doc.Text, End exclusive
	TID        string
	Type       string
	Value      string
	Mod        string
	Text       string // Doc.Text[Start:End]
}

// ErrNoText reports a document without a <TEXT> element.
var ErrNoText = errors.New("no <TEXT> element")

// Read reads a TimeML document from r.
func Read(r io.Reader) (*Doc, error) { return ReadNamed(r, "") }

// ReadNamed reads a TimeML document from r; name (a file name, or "") is put
// in front of the positions of errors.
func ReadNamed(r io.Reader, name string) (*Doc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label(name), err)
	}
	doc := &Doc{Name: name}
	if err := doc.parse(data); err != nil {
		return nil, err
	}
	return doc, nil
}

func label(name string) string {
	if name == "" {
		return "timeml"
	}
	return name
}

// errorf makes an error at a line of the input: "name:line: msg", or
// "line N: msg" without a name.
func (d *Doc) errorf(line int, format string, args ...any) error {
	msg := fmt.Errorf(format, args...)
	if d.Name == "" {
		return fmt.Errorf("line %d: %w", line, msg)
	}
	return fmt.Errorf("%s:%d: %w", d.Name, line, msg)
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (d *Doc) parse(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var (
		text      strings.Builder
		inText    bool
		textSeen  bool
		inDCT     bool
		inDocID   bool
		open      []int // indexes into d.Timexes of open TIMEX3 tags in TEXT
		stack     []string
		dctParsed bool
		lastLine  = 1
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return d.errorf(se.Line, "%s", se.Msg)
			}
			line, _ := dec.InputPos()
			return d.errorf(line, "%w", err)
		}
		line, _ := dec.InputPos()
		lastLine = line
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			switch t.Name.Local {
			case "TEXT":
				if textSeen {
					return d.errorf(line, "second <TEXT> element")
				}
				inText, textSeen = true, true
				d.head = data[:dec.InputOffset()]
			case "DCT":
				inDCT = true
			case "DOCID":
				inDocID = true
			case "TIMEX3":
				if inDCT || (!inText && attr(t, "functionInDocument") == "CREATION_TIME" && !dctParsed) {
					v := attr(t, "value")
					dct, err := ParseDCT(v)
					if err != nil {
						return d.errorf(line, "DCT value %q: %w", v, err)
					}
					d.DCT, d.DCTValue, dctParsed = dct, v, true
				}
				if inText {
					d.Timexes = append(d.Timexes, Timex{
						Start: text.Len(), TID: attr(t, "tid"), Type: attr(t, "type"),
						Value: attr(t, "value"), Mod: attr(t, "mod"),
					})
					open = append(open, len(d.Timexes)-1)
				}
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "DOCID":
				inDocID = false
			case "TIMEX3":
				if inText && len(open) > 0 {
					i := open[len(open)-1]
					open = open[:len(open)-1]
					d.Timexes[i].End = text.Len()
				}
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			} else if inDocID {
				d.DocID += strings.TrimSpace(string(t))
			}
		}
	}
	if !textSeen {
		return d.errorf(lastLine, "%w", ErrNoText)
	}
	if !dctParsed {
		return d.errorf(lastLine, "no DCT")
	}
	d.Text = text.String()
	for i := range d.Timexes {
		t := &d.Timexes[i]
		t.Text = d.Text[t.Start:t.End]
	}
	return nil
}

// ParseDCT parses a DCT value: "1998-01-08", "1998-01-08T13:10",
// "1998-01-08T13:10:00", "19980108", or a time with a zone or fractional
// seconds ("2013-03-22T08:00:00-05:00", "2013-03-22T08:00:00.000Z"); a
// time with a zone keeps the date and clock as written there.
func ParseDCT(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "20060102",
		time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("not a date")
}

// Write writes doc back as TimeML with tags as its only TIMEX3 annotations,
// inline in <TEXT>. The header before <TEXT> (DOCID, DCT, ...) is copied as
// read; the gold TIMEX3s and all other markup inside TEXT are dropped, and
// so are the links after it, which name gold tags. Tags must be ordered and
// not overlap, with byte offsets into doc.Text; a tag that breaks that is an
// error.
func Write(w io.Writer, doc *Doc, tags []timex.Timex) error {
	var b bytes.Buffer
	if len(doc.head) > 0 {
		b.Write(doc.head)
	} else {
		b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n")
		if doc.DocID != "" {
			b.WriteString("<DOCID>")
			xml.EscapeText(&b, []byte(doc.DocID))
			b.WriteString("</DOCID>\n")
		}
		fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
			doc.DCT.Format("2006-01-02"), doc.DCT.Format("2006-01-02"))
		b.WriteString("<TEXT>")
	}
	pos := 0
	for i, t := range tags {
		if t.Start < pos || t.End < t.Start || t.End > len(doc.Text) {
			return fmt.Errorf("write %s: tag %d [%d,%d) out of order or outside the text", label(doc.Name), i, t.Start, t.End)
		}
		escape(&b, doc.Text[pos:t.Start])
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, i+1, attrEscape(t.Type), attrEscape(t.Value))
		if t.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, attrEscape(t.Mod))
		}
		if t.Freq != "" {
			fmt.Fprintf(&b, ` freq="%s"`, attrEscape(t.Freq))
		}
		if t.Quant != "" {
			fmt.Fprintf(&b, ` quant="%s"`, attrEscape(t.Quant))
		}
		b.WriteString(">")
		escape(&b, doc.Text[t.Start:t.End])
		b.WriteString("</TIMEX3>")
		pos = t.End
	}
	escape(&b, doc.Text[pos:])
	b.WriteString("</TEXT>\n\n</TimeML>\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write %s: %w", label(doc.Name), err)
	}
	return nil
}

// escape writes s with the three characters XML text needs escaped; quotes
// stay as they are so the text reads like the original.
func escape(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteByte(c)
		}
	}
}

func attrEscape(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
