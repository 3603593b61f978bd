package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/timeml"
	"github.com/dateline-news/dateline/timex"
)

// jsonTimex is one expression as `dateline tag` prints it, with offsets in
// Unicode code points.
type jsonTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("tag", stderr)
	dct := fs.String("dct", "", "document creation `date` (YYYY-MM-DD) that relative expressions resolve against")
	jsonl := fs.Bool("jsonl", false, `read lines {"doc","dct","text"} and write lines {"doc","timexes"}`)
	format := fs.String("format", "json", "output `format`: json, or timeml to tag a TimeML document")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: tag takes one FILE (or -)", errUsage)
	}
	if !*jsonl && *format == "json" && *dct == "" {
		return fmt.Errorf("%w: tag needs --dct YYYY-MM-DD (or --jsonl, or --format timeml)", errUsage)
	}
	name := fs.Arg(0)
	r, closeIn, err := open(name, stdin)
	if err != nil {
		return err
	}
	defer closeIn()
	switch {
	case *jsonl:
		return tagJSONL(name, r, stdout, stderr)
	case *format == "timeml":
		doc, err := timeml.ReadNamed(r, name)
		if err != nil {
			return err
		}
		return timeml.Write(stdout, doc, timex.Tag(doc.Text, doc.DCT))
	case *format != "json":
		return fmt.Errorf("%w: --format %q: want json or timeml", errUsage, *format)
	}
	anchor, err := parseDCT(*dct)
	if err != nil {
		return fmt.Errorf("%w: --dct: %v", errUsage, err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if !utf8.Valid(b) {
		return fmt.Errorf("%s: not UTF-8 text", name)
	}
	text := string(b)
	return writeJSON(stdout, struct {
		Timexes []jsonTimex `json:"timexes"`
	}{codePoints(text, timex.Tag(text, anchor))})
}

// tagJSONL tags one document per input line. A bad line is reported with
// its number and skipped; the others still go through.
func tagJSONL(name string, r io.Reader, stdout, stderr io.Writer) error {
	br := bufio.NewReaderSize(r, 1<<20)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	var tagger timex.Tagger
	skipped := false
	var buf []byte
	for n := 1; ; n++ {
		// A line of any length: ReadSlice hands back a full buffer at a
		// time, gathered until the newline (a bufio.Scanner stops the
		// whole run at its limit).
		buf = buf[:0]
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			buf = append(buf, chunk...)
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if len(buf) == 0 && err == io.EOF {
			break
		}
		line := bytes.TrimSpace(buf)
		if len(line) == 0 {
			continue
		}
		var in struct {
			Doc  json.RawMessage `json:"doc"`
			DCT  string          `json:"dct"`
			Text *string         `json:"text"`
		}
		if err := json.Unmarshal(line, &in); err != nil {
			fmt.Fprintf(stderr, "dateline: %s:%d: %v\n", name, n, err)
			skipped = true
			continue
		}
		anchor, err := parseDCT(in.DCT)
		if err != nil || in.Text == nil {
			if err == nil {
				err = fmt.Errorf(`no "text"`)
			}
			fmt.Fprintf(stderr, "dateline: %s:%d: %v\n", name, n, err)
			skipped = true
			continue
		}
		if in.Doc == nil {
			in.Doc = json.RawMessage("null")
		}
		out := struct {
			Doc     json.RawMessage `json:"doc"`
			Timexes []jsonTimex     `json:"timexes"`
		}{in.Doc, codePoints(*in.Text, tagger.Tag(*in.Text, anchor))}
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	if skipped {
		return errSkipped
	}
	return nil
}

// parseDCT reads a document creation time in the forms TimeML corpora
// write it: a date ("2024-06-18", "20240618"), or a time with or without a
// zone ("2024-06-18T09:00:00Z", "2024-06-18T09:00").
func parseDCT(s string) (time.Time, error) {
	if t, err := timeml.ParseDCT(s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("dct %q: want YYYY-MM-DD", s)
}

// codePoints converts the tagger's byte offsets to code point offsets.
func codePoints(text string, txs []timex.Timex) []jsonTimex {
	out := make([]jsonTimex, 0, len(txs))
	cp, at := 0, 0 // code points before byte offset at
	count := func(to int) int {
		cp += utf8.RuneCountInString(text[at:to])
		at = to
		return cp
	}
	for _, t := range txs {
		if t.Start < at { // overlapping or unordered: count afresh
			cp, at = 0, 0
		}
		s := count(t.Start)
		e := s + utf8.RuneCountInString(text[t.Start:t.End])
		out = append(out, jsonTimex{s, e, t.Text, t.Type, t.Value})
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// open opens a named input, "-" being stdin.
func open(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}
