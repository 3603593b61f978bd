package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// addTestdata seeds f with every file under testdata/corpus whose name
// passes keep.
func addTestdata(f *testing.F, keep func(name string) bool) {
	f.Helper()
	err := filepath.WalkDir("testdata/corpus", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !keep(d.Name()) {
			return err
		}
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
}

// countLines is the number of lines of s as an editor shows them ("\r\n",
// "\n" and a lone "\r" each end one).
func countLines(s string) int {
	return strings.Count(strings.ReplaceAll(s, "\r\n", "\n"), "\n") + strings.Count(s, "\r") - strings.Count(s, "\r\n") + 1
}

// FuzzFrontMatter splits and parses front matter: no panic, and every error
// points at a line of the input.
func FuzzFrontMatter(f *testing.F) {
	addTestdata(f, func(name string) bool { return strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".txt") })
	for _, s := range []string{
		"---\n---\n", "+++\n+++\n", "---\n", "---\ntitle: [\n---\n", "+++\ndate = \n+++\n",
		"---\ndate: &a 2024-06-18\npublished: *a\n---\n", "---\n- a\n---\n", "+++\n[date]\nx=1\n+++\n",
		"---\ndate: 18/06/2024 10:30 PM\n---\n", "+++\ndate = 1979-05-27T07:32:00-08:00\n+++\n",
		"---\ndate: 10:30\n---\n", "--- \r\ntitle: crlf\r\n...\r\nbody",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		format, fm, body, bodyLine, err := splitFrontMatter(s)
		if err != nil {
			checkLine(t, err, s)
			return
		}
		if format == "" {
			if body != s || bodyLine != 1 {
				t.Fatalf("no front matter: body %q, line %d; want the whole input at line 1", body, bodyLine)
			}
			return
		}
		if bodyLine < 3 || bodyLine > countLines(s)+1 {
			t.Fatalf("body line %d out of range for %d lines", bodyLine, countLines(s))
		}
		if !strings.HasSuffix(s, body) {
			t.Fatalf("body %q is not the end of the input", body)
		}
		m, err := parseFrontMatter(format, fm, 2)
		if err != nil {
			checkLine(t, err, s)
			return
		}
		if m.date.value != "" {
			if m.date.line < 2 || m.date.line >= bodyLine {
				t.Fatalf("date on line %d, outside the front matter (lines 2-%d)", m.date.line, bodyLine-2)
			}
			if tm, err := parseDate(m.date.value, time.UTC); err == nil {
				if d := publishedDay(tm, time.UTC); !d.IsValid() {
					t.Fatalf("parseDate(%q) gave invalid day %v", m.date.value, d)
				}
			}
		}
	})
}

// checkLine fails t unless err's line, if it has one, is a line of s.
func checkLine(t *testing.T, err error, s string) {
	t.Helper()
	p := problem("f", err)
	if p.Line < 0 || p.Line > countLines(s) {
		t.Fatalf("error %v at line %d of a %d-line input", err, p.Line, countLines(s))
	}
	if strings.Contains(p.Error(), "\n") {
		t.Fatalf("problem %q spans lines", p.Error())
	}
}

// FuzzSources parses sources.yaml: no panic, entries name files in the
// folder, and every error points at a line of the input.
func FuzzSources(f *testing.F) {
	addTestdata(f, func(name string) bool { return name == SourcesFile })
	for _, s := range []string{
		"", "- file: a.txt\n  published: 2024-06-18\n", "- a\n- b\n", "file: a\n", "- file: ../x\n",
		"- file: a.txt\n- file: a.txt\n", "- &x {file: a.txt}\n- *x\n", "- file: [a]\n", "- file: a.txt\n  published:\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		entries, errs := parseSources(s)
		seen := map[string]bool{}
		for _, e := range entries {
			if e.file == "" || strings.ContainsAny(e.file, `/\`) || e.file == "." || e.file == ".." {
				t.Fatalf("entry names %q, not a file in the folder", e.file)
			}
			if seen[e.file] {
				t.Fatalf("entry %q twice", e.file)
			}
			seen[e.file] = true
			if e.line < 1 || e.line > countLines(s) {
				t.Fatalf("entry %q on line %d of a %d-line input", e.file, e.line, countLines(s))
			}
		}
		for _, err := range errs {
			checkLine(t, err, s)
		}
	})
}

// FuzzReadFrom reads whole articles, Markdown and plain text: no panic;
// a Document has valid UTF-8 text of non-empty lines, a valid day, and
// every offset maps to a line of the input.
func FuzzReadFrom(f *testing.F) {
	addTestdata(f, func(name string) bool { return name != SourcesFile })
	for _, s := range []string{
		okFM + "a <script>x</script> b\n", okFM + "| a | b |\n|---|---|\n| 1 | 2 |\n", okFM + "&#0; &#x110000; &amp\n",
		okFM + "\\", okFM + "caf\xe9\n", okFM + "- [link](x)\n  - ![img](y)\n", "\xef\xbb\xbf" + okFM + "x\r\ny\r",
		// Issue 9: control characters through escapes and references,
		// mixed encodings, indented paragraphs, stray fences, deep
		// nesting, open links, years out of range, ambiguous dates.
		"---\ntitle: \"\\e[31m\\a\\0\\u202e\"\noutlet: \"\\x9b\"\ndate: 2024-06-18\n---\n&#27;[2J &#x202E;x&#7;\n",
		"+++\ntitle = \"\\u001b\"\ndate = 2024-06-18\n+++\nx\u0085\f\v\n",
		okFM + "caf\u00e9 \u201cq\u201d\x85\n\n\x93a\x94 \u00e9\xe9\n",
		okFM + "a\n\n    indented\n\tmore\n\nb\n",
		okFM + "a\n\n```\nstray\n\n> ~~~\n> q\n",
		okFM + "- x\n\n  ```\n  lost\n\nafter\n",
		okFM + strings.Repeat("- ", 40) + "x\n" + strings.Repeat("> 1. ", 20) + "y\n",
		okFM + strings.Repeat("[a](", 250) + "\n\n" + strings.Repeat("![b](\n", 210),
		"---\ndate: 0001-01-01\n---\nx\n", "---\ndate: 9999-12-31\n---\nx\n", "---\ndate: 03/04/2024\n---\nx\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{"a.md", "a.txt"} {
			d, err := ReadFrom(name, strings.NewReader(s), Options{Now: now})
			if err != nil {
				checkLine(t, err, s)
				continue
			}
			if !utf8.ValidString(d.Text) || !strings.HasSuffix(d.Text, "\n") {
				t.Fatalf("%s: Text %q is not UTF-8 lines", name, d.Text)
			}
			for _, l := range strings.Split(strings.TrimSuffix(d.Text, "\n"), "\n") {
				if strings.TrimSpace(l) == "" {
					t.Fatalf("%s: blank line in Text %q", name, d.Text)
				}
			}
			for _, v := range []string{d.Text, d.Article.Title, d.Article.Outlet, d.Article.URL} {
				if i := strings.IndexFunc(v, func(r rune) bool { return r != '\n' && r != '\t' && isStrippedControl(r) }); i >= 0 {
					t.Fatalf("%s: control character %q kept in %q", name, v[i:], v)
				}
			}
			for _, w := range d.Warnings {
				checkLine(t, w, s)
			}
			if y := d.Article.Published.Year; y < minYear || y > maxYear {
				t.Fatalf("%s: publication year %d out of range", name, y)
			}
			if !d.Article.Published.IsValid() {
				t.Fatalf("%s: invalid Published %v", name, d.Article.Published)
			}
			n := countLines(s)
			for off := range len(d.Text) {
				if l := d.Line(off); l < 1 || l > n {
					t.Fatalf("%s: Line(%d) = %d, outside the input's %d lines", name, off, l, n)
				}
			}
		}
	})
}
