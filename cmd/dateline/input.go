package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/timeline"
)

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	aliases string
	tz      string
	now     string
	verbose bool
	infer   bool
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.aliases, "aliases", "", "YAML `file` mapping canonical actor names to their spellings")
	fs.StringVar(&f.tz, "tz", "UTC", "newsroom time `zone` for metadata dates")
	fs.StringVar(&f.now, "now", "", "today's `date` (YYYY-MM-DD), for refusing future publication dates; default the clock")
	fs.BoolVar(&f.verbose, "v", false, "also list the expressions left off the timeline, and why")
	fs.BoolVar(&f.infer, "infer-published", false, "give an article without a publication date the one its text shows (a dateline \"SEOUL, June 18 (Reuters) -\", a date line), reported on stderr with the evidence")
}

// load reads the articles under paths and extracts the timeline. Input
// problems are printed to stderr, one line each, and make skipped true;
// they never stop the other articles.
func (f *inputFlags) load(paths []string, stdin io.Reader, stderr io.Writer) (tl *timeline.Timeline, skipped bool, err error) {
	if len(paths) == 0 {
		return nil, false, fmt.Errorf("%w: no articles given (a file, a folder or -)", errUsage)
	}
	loc, err := time.LoadLocation(f.tz)
	if err != nil {
		return nil, false, fmt.Errorf("%w: --tz %q: %v", errUsage, f.tz, err)
	}
	opt := corpus.Options{Location: loc, Now: time.Now().In(loc), InferPublished: f.infer}
	if f.now != "" {
		now, err := time.ParseInLocation(time.DateOnly, f.now, loc)
		if err != nil {
			return nil, false, fmt.Errorf("%w: --now %q: want YYYY-MM-DD", errUsage, f.now)
		}
		// The last instant of that day: a calendar day later, not 24 hours
		// (a day is 23 or 25 hours long when the clocks change).
		opt.Now = now.AddDate(0, 0, 1).Add(-time.Nanosecond)
	}
	var xopt extract.Options
	if f.aliases != "" {
		b, err := os.ReadFile(f.aliases)
		if err != nil {
			return nil, false, err
		}
		if err := yaml.Unmarshal(b, &xopt.Aliases); err != nil {
			return nil, false, fmt.Errorf("%s: %v", f.aliases, err)
		}
	}
	var docs []corpus.Document
	var files []string
	for _, p := range paths {
		if p != "-" {
			files = append(files, p)
			continue
		}
		d, err := corpus.ReadFrom("-", stdin, opt)
		if err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			skipped = true
			continue
		}
		docs = append(docs, d)
	}
	if len(files) > 0 {
		read, problems := corpus.Read(files, opt)
		docs = append(docs, read...)
		for _, p := range problems {
			fmt.Fprintf(stderr, "dateline: %v\n", p)
		}
		skipped = skipped || len(problems) > 0
	}
	for _, d := range docs {
		for _, w := range d.Warnings {
			fmt.Fprintf(stderr, "dateline: %v\n", w)
		}
	}
	xdocs := make([]extract.Doc, len(docs))
	for i, d := range docs {
		xdocs[i] = extract.Doc{Article: d.Article, Text: d.Text}
	}
	tl, diags := extract.Extract(xdocs, xopt)
	markInferred(tl)
	if f.verbose {
		byPath := make(map[string]*corpus.Document, len(docs))
		for i := range docs {
			byPath[docs[i].Article.Path] = &docs[i]
		}
		for _, d := range diags {
			fmt.Fprintf(stderr, "dateline: note: %s\n", note(d, byPath[d.Article]))
		}
	}
	return tl, skipped, nil
}

// note is one line for a diagnostic: the article's file as the user named
// it and the line of the expression ("standard input" for -), then what was
// left out and why.
func note(d extract.Diagnostic, doc *corpus.Document) string {
	if doc == nil {
		return d.String()
	}
	name := doc.Name
	if name == "-" {
		name = "standard input"
	}
	where := name
	if d.Offset >= 0 && d.Offset < len(doc.Text) && d.Text != "" && strings.HasPrefix(doc.Text[d.Offset:], d.Text) {
		line := doc.Line(d.Offset)
		where = fmt.Sprintf("%s:%d", name, line)
	}
	return fmt.Sprintf("%s: %q: %s", where, d.Text, d.Reason)
}
