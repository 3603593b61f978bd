package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/site"
	"github.com/dateline-news/dateline/site/hugo"
	"github.com/dateline-news/dateline/timeline"
)

// fuzzFront is the front matter of most seeds.
const fuzzFront = "---\ntitle: A story\ndate: 2024-06-18\noutlet: Harbour Post\nurl: https://news.example/a\n---\n"

// pipelineSeeds are the shapes of input that crashed, hung or leaked
// something through the pipeline (issue 9), as whole article files.
func pipelineSeeds() []string {
	var dates, lines strings.Builder
	for d := range 200 {
		dates.WriteString("on " + time.Date(2024, 3, 1+d%28, 0, 0, 0, 0, time.UTC).Format("2 January 2006") + ", ")
	}
	for n := range 300 {
		lines.WriteString("Line " + strings.Repeat("x", n%7) + " on Monday.\n")
	}
	return []string{
		fuzzFront + "Kim Jong Un met Vladimir Putin on Wednesday at the Vostochny Cosmodrome.\n",
		// Sentence splitting: a period after a period or closing mark.
		fuzzFront + "He paused... Then the talks opened on Monday.\n",
		fuzzFront + "Really?. Then the summit began on Tuesday.\n",
		fuzzFront + "He said \"no.\". Then the minister left on Monday.\n",
		fuzzFront + "The vote (on Monday.). Then the council met on Friday.\n",
		fuzzFront + "The envoy arrived on Monday.. Then he left.\n",
		// Superlinear and deep shapes.
		fuzzFront + strings.Repeat("the ", 2000) + "\n",
		fuzzFront + "The talks were held " + dates.String() + "in Geneva.\n",
		fuzzFront + lines.String(),
		fuzzFront + strings.Repeat("the first half of ", 300) + "the '80s\n",
		fuzzFront + strings.Repeat("- ", 500) + "\n",
		fuzzFront + strings.Repeat("1 ", 1000) + "\n",
		fuzzFront + strings.Repeat("Alpha Monday, ", 300) + "\n",
		fuzzFront + strings.Repeat(", ", 1000) + "\n",
		// Control and bidi characters through escapes and references.
		"---\ntitle: \"\\e[2J\\e[31mRed\\a\\0 \\u202egpj.exe\"\ndate: 2024-06-18\noutlet: \"\\x1b]8;;http://evil/\\x07\"\n---\nThe &#27;[2Jcouncil met &#x202E;on Monday&#7;.\n",
		"+++\ntitle = \"Bell\\u0007\"\ndate = 2024-06-18\n+++\nThe council met on Monday\u0085.\n",
		// Encodings.
		fuzzFront + "The caf\u00e9 opened on Monday.\n\nIt was \x93packed\x94 on Tuesday.\n",
		fuzzFront + "Caf\xe9 talks on Monday.\n",
		// Markdown that used to drop text.
		fuzzFront + "Intro.\n\n    The minister arrived on Tuesday.\n\nEnd.\n",
		fuzzFront + "Intro.\n\n```\nThe deal was signed on Wednesday.\n\nMore on Thursday.\n",
		fuzzFront + "- item\n\n  ~~~\n  lost on Friday\n\n> ```\n> quoted on Monday\n",
		// Dates that are refused, or near the edge.
		"---\ndate: 0001-01-01\n---\nThe council met on Monday, a year ago.\n",
		"---\ndate: 9999-12-31\n---\nThe council meets next week.\n",
		"---\ndate: 1800-01-01\n---\nThe council met last week, in the first quarter.\n",
		"---\ndate: 2200-12-31\n---\nThe council meets next year, in week 53.\n",
		"---\ndate: 03/04/2024\n---\nThe council met on Monday.\n",
		// Broken files.
		"",
		"---\ntitle: [\n---\n",
		"\x00\x01binary",
		"\xff\xfeU\x00T\x00F\x00",
	}
}

// FuzzPipeline runs what `dateline build` runs on one arbitrary article
// file (as Markdown, and as a .txt beside a sources.yaml): reading,
// extraction, and every output format, the site's and Hugo's. Nothing may
// panic, and no control or bidi character may reach an output raw.
func FuzzPipeline(f *testing.F) {
	for _, s := range pipelineSeeds() {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, article []byte, plain bool) {
		dir := t.TempDir()
		name := "a.md"
		if plain {
			name = "a.txt"
			os.WriteFile(filepath.Join(dir, "sources.yaml"), []byte("- file: a.txt\n  published: 2024-06-18\n  title: \"A \\e brief\"\n"), 0o644)
		}
		if err := os.WriteFile(filepath.Join(dir, name), article, 0o644); err != nil {
			t.Fatal(err)
		}
		in := inputFlags{tz: "UTC", now: "2030-01-01", verbose: true}
		tl, _, err := in.load([]string{dir}, strings.NewReader(""), io.Discard)
		if err != nil {
			t.Fatalf("load: %v", err)
		}
		files, err := site.Render(tl, site.Options{Title: "Fuzz", BaseURL: "https://news.example/t/"})
		if err != nil {
			t.Logf("render: %v", err) // refused, not crashed
		}
		for _, f := range files {
			checkNoControls(t, f.Path, f.Data)
		}
		hfiles, err := hugo.Site(tl, hugo.Options{Title: "Fuzz"})
		if err != nil {
			t.Logf("hugo: %v", err)
		}
		for _, f := range hfiles {
			checkNoControls(t, f.Path, f.Data)
		}
		hfiles, err = hugo.Content(tl, hugo.Options{Title: "Fuzz"})
		if err != nil {
			t.Logf("hugo content: %v", err)
		}
		for _, f := range hfiles {
			checkNoControls(t, f.Path, f.Data)
		}
	})
}

// checkNoControls fails on a control character (but tab, line feed and
// carriage return) or a bidi control written raw into an output file.
func checkNoControls(t *testing.T, path string, data []byte) {
	t.Helper()
	if !utf8.Valid(data) {
		return // images and the like
	}
	if i := bytes.IndexFunc(data, func(r rune) bool {
		return r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r == 0x7F || 0x80 <= r && r <= 0x9F ||
			0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069
	}); i >= 0 {
		t.Errorf("%s: control character %q at byte %d: %q", path, data[i:i+1], i, data[max(0, i-40):min(len(data), i+40)])
	}
}

// FuzzExtract runs extract.Extract on arbitrary text published on
// arbitrary days (any year, month and day numbers, as a timeline.Date may
// carry them), as two articles that may merge. It must not panic.
func FuzzExtract(f *testing.F) {
	for _, s := range pipelineSeeds() {
		if _, body, ok := strings.Cut(s, "\n---\n"); ok {
			s = body
		}
		for _, y := range []int{2024, 1, 9999} {
			f.Add(s, y, 6, 18, 1)
		}
	}
	f.Add("The council met on Monday, 31 December.", 2024, 12, 31, 365)
	f.Add("The council met last week.", 10000, 13, 32, -1)
	f.Add("It happened in week 53.", 2020, 12, 31, 0)
	f.Add("Teachers met the board on Monday. After Tuesday the union will decide.", 2019, 3, 6, 0)
	f.Fuzz(func(t *testing.T, text string, year, month, day, apart int) {
		d1 := timeline.DayOf(year, time.Month(month), day)
		d2 := timeline.DayOfTime(time.Date(year, time.Month(month), day+apart%4000, 0, 0, 0, 0, time.UTC))
		docs := []extract.Doc{
			{Article: timeline.Article{Path: "a.md", Title: "A", Outlet: "Harbour Post", Published: d1}, Text: text},
			{Article: timeline.Article{Path: "b.md", Title: "B", Outlet: "Daily Ledger", Published: d2}, Text: text},
		}
		// Extract recovers from a panic in one article and skips it (the
		// run goes on): the fuzzer must see that as the bug it is.
		_, diags := extract.Extract(docs, extract.Options{})
		for _, d := range diags {
			if strings.Contains(d.Reason, "internal error") {
				t.Fatalf("%s: %s", d.Article, d.Reason)
			}
		}
	})
}
