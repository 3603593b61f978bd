package corpus

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mark says that the text from byte off on came from line line of the file,
// until the next mark.
type mark struct {
	off, line int
}

// lineOf maps offsets to lines through marks sorted by off.
func lineOf(marks []mark, off int) int {
	i := sort.Search(len(marks), func(i int) bool { return marks[i].off > off })
	if i == 0 {
		if len(marks) == 0 {
			return 0
		}
		return marks[0].line
	}
	return marks[i-1].line
}

// lineIndex maps byte offsets of a body to lines of its file.
type lineIndex struct {
	starts []int // byte offset of each line of the body
	first  int   // the file's line of the body's first line
}

func newLineIndex(body string, first int) lineIndex {
	starts := []int{0}
	for i := 0; i < len(body); i++ {
		if body[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{starts: starts, first: first}
}

// line returns the file's line of byte off of the body.
func (x lineIndex) line(off int) int {
	i := sort.SearchInts(x.starts, off+1) - 1
	return x.first + max(i, 0)
}

// textBuilder writes plain text one block per line, folding runs of white
// space into one space and trimming it at line ends, and records a mark
// whenever the source line of what it writes changes.
type textBuilder struct {
	sb      strings.Builder
	marks   []mark
	space   bool // a space is due before the next visible character
	midLine bool // the current line has text
	line    int  // source line of the last mark
	// controlLine is the source line of the first control character
	// dropped (isStrippedControl: a character reference such as "&#27;"
	// or "&#x202E;" resolves to one), 0 when none was.
	controlLine int
}

// write appends s, which came from line line of the file.
func (b *textBuilder) write(s string, line int) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf && asciiPlain[s[i]] {
			// A run of ASCII bytes that are neither space nor control
			// is written at once, as the loop below would byte by byte,
			// and so is one space between two such bytes: the loop
			// would write it as the one space it keeps of a run.
			j := i + 1
			for j < len(s) && (asciiPlainByte(s[j]) || s[j] == ' ' && j+1 < len(s) && asciiPlainByte(s[j+1])) {
				j++
			}
			b.startText(line)
			b.sb.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isSpace(r) {
			b.space = b.midLine
			continue
		}
		if isStrippedControl(r) {
			if b.controlLine == 0 {
				b.controlLine = line
			}
			continue
		}
		b.startText(line)
		b.sb.WriteRune(r)
	}
}

// startText readies b for text of line line: the space pending before it,
// and a mark where a new line's text starts.
func (b *textBuilder) startText(line int) {
	if b.space {
		b.sb.WriteByte(' ')
		b.space = false
	}
	if !b.midLine || line != b.line {
		b.marks = append(b.marks, mark{off: b.sb.Len(), line: line})
		b.line = line
	}
	b.midLine = true
}

// asciiPlain tells the ASCII bytes that are neither isSpace nor
// isStrippedControl.
var asciiPlain = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = !isSpace(c) && !isStrippedControl(c)
	}
	return t
}()

// asciiPlainByte reports whether c is an ASCII byte of asciiPlain.
func asciiPlainByte(c byte) bool { return c < utf8.RuneSelf && asciiPlain[c] }

// separate makes the next visible character start after a space.
func (b *textBuilder) separate() { b.space = b.midLine }

// tab writes a tab between cells of a table row.
func (b *textBuilder) tab() {
	if b.midLine {
		b.sb.WriteByte('\t')
		b.space = false
	}
}

// endLine ends the current line, if it has text.
func (b *textBuilder) endLine() {
	if b.midLine {
		b.sb.WriteByte('\n')
	}
	b.midLine, b.space = false, false
}

// isSpace reports the characters folded into a space in Markdown text: ASCII
// white space and the Unicode spaces (no-break space included), which would
// otherwise keep "25\u00a0April" from reading as two words.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// plainText is the text of a .txt body: each non-blank line stays a line,
// with its trailing white space trimmed. It is not Markdown: a line starting
// with "#" or "1." is text like any other.
func plainText(body string, firstLine int) (string, []mark) {
	buf := make([]byte, 0, len(body)+1)
	var marks []mark
	lines := strings.Split(body, "\n")
	width := wrapWidth(lines)
	prev := "" // the line before, when no blank line came between
	for i, l := range lines {
		l = strings.TrimRight(l, " \t\v\f\r")
		if strings.TrimSpace(l) == "" {
			prev = ""
			continue
		}
		// (The text's first line is its headline: nothing goes on it.)
		if prev != "" && len(marks) > 1 && wrapped(prev, l, width) {
			// The line goes on the one before: hard-wrapped copy.
			l = strings.TrimLeft(l, " \t")
			buf[len(buf)-1] = ' '
		}
		marks = append(marks, mark{off: len(buf), line: firstLine + i})
		buf = append(buf, l...)
		buf = append(buf, '\n')
		prev = l
	}
	return string(buf), marks
}

// wrapWidth is the width a plain text seems hard-wrapped at: the length
// of its longest line when that is at most maxWrap (copy sent as lines of
// 60 to 80 characters); 0 for a text of long lines, one a paragraph.
func wrapWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, utf8.RuneCountInString(strings.TrimRight(l, " \t\v\f\r")))
		if w > maxWrap {
			return 0
		}
	}
	return w
}

// maxWrap is the widest line of copy read as hard-wrapped.
const maxWrap = 100

// wrapped reports whether line l goes on line prev, in a text of
// hard-wrapped copy (width > 0): prev ends no sentence and is near the
// wrap width (seven tenths of it), or half of it when l goes on in lower
// case ("... said\nthe bridge"); and l is not an entry of a list of
// dates. A short line is a headline or a label: "San Diego lineman
// arrested\non Feb. 04, 2009" is a headline and its time stamp.
func wrapped(prev, l string, width int) bool {
	if width == 0 || endsSentence(prev) || entryLine(strings.TrimLeft(l, " \t")) {
		return false
	}
	n := 10 * utf8.RuneCountInString(prev)
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l, " \t")); unicode.IsLower(r) {
		return n >= 5*width
	}
	return n >= 7*width
}

// endsSentence reports whether a line ends as a sentence, heading label
// or list ends: on . ! ? or :, before any closing quotes or brackets.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"”’')]»")
	return l == "" || strings.ContainsAny(l[len(l)-1:], ".!?:;")
}

// entryRE matches the opening of a line that is an entry of a list of dates
// written as lines of one paragraph ("12 January - Vendor dies after police
// beating", "April 20: Rig explodes", "Jan. 14 — Protests begin", "2009 -
// ...", "10:45 GMT: ..."): a date or a clock time, a dash or a colon, and
// a capital or a quotation mark. Such a line is a sentence of its own, not
// the rest of the line before it.
var entryRE = regexp.MustCompile(`^(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?(?: \d{4})?|\d{4}|\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?) ?(?:-|–|—|:) +["“‘A-Z]`)

// entryLine reports whether line opens as an entry of a list of dates
// (entryRE). Most lines open with neither a digit nor a capital followed
// by a dash or colon early on, and cost no regular expression.
func entryLine(line string) bool {
	if line == "" || !(line[0] >= '0' && line[0] <= '9' || line[0] >= 'A' && line[0] <= 'Z') {
		return false
	}
	head := line[:min(len(line), 28)]
	if !strings.ContainsAny(head, ":-") && !strings.Contains(head, "–") && !strings.Contains(head, "—") {
		return false
	}
	return entryRE.MatchString(line)
}
