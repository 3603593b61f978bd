package corpus

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeTree writes files (slash paths -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// relProblems returns the problems' messages with dir's prefix removed.
func relProblems(dir string, problems []error) []string {
	var out []string
	for _, p := range problems {
		out = append(out, strings.ReplaceAll(p.Error(), dir+string(filepath.Separator), ""))
	}
	return out
}

func docPaths(docs []Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Article.Path)
	}
	return out
}

// diffLists reports, when got and want differ, the lines only in want (-)
// and only in got (+).
func diffLists(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	var b strings.Builder
	b.WriteString(what + " (-want +got):\n")
	if len(got) == len(want) {
		b.WriteString("  same lines, different order; got:\n    " + strings.Join(got, "\n    ") + "\n")
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			b.WriteString("  - " + w + "\n")
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			b.WriteString("  + " + g + "\n")
		}
	}
	t.Error(b.String())
}

var now = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

const okFM = "---\ndate: 2024-06-18\n---\n"

// TestReadBroken feeds one folder of broken articles, beside good ones, and
// checks that each broken one costs exactly one one-line problem naming the
// file (and line), and that the good ones are still read.
func TestReadBroken(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"good.md":        okFM + "A good article about a summit.\n",
		"latin1.md":      okFM + "Un caf\xe9 \xe0 la gare.\n",
		"cp1252.md":      okFM + "\x93Quoted\x94 \x96 it cost 5\x80.\n",
		"bom.md":         "\xef\xbb\xbf" + okFM + "A byte order mark came first.\n",
		"crlf.md":        "---\r\ndate: 2024-06-18\r\n---\r\nWindows line ends.\r\n",
		"empty.md":       "",
		"blank.md":       " \n\n\t\n",
		"no-text.md":     okFM + "![just a picture](p.jpg)\n",
		"binary.md":      okFM + "text\n\x00\x01\x02",
		"bell.txt":       okFM + "a bell \x07 rings\n",
		"koi8.md":        okFM + "\n\xf0\xd2\xc9\xd7\xc5\xd4 \xcd\xc9\xd2\n",
		"undefined.md":   okFM + "a \x81 b\n",
		"utf16.md":       "\xff\xfe-\x00-\x00",
		"bad-yaml.md":    "---\ntitle: ok\ndate: [2024\n---\nText.\n",
		"bad-toml.md":    "+++\ntitle = \"ok\"\ndate = \n+++\nText.\n",
		"unclosed.md":    "---\ntitle: never closed\nText.\n",
		"list-title.md":  "---\ntitle: [a, b]\ndate: 2024-06-18\n---\nText.\n",
		"no-date.md":     "---\ntitle: undated\n---\nText.\n",
		"no-fm.md":       "Just text, no metadata.\n",
		"bad-date.md":    "---\ntitle: t\ndate: someday soon\n---\nText.\n",
		"year-only.md":   "---\ndate: \"2024\"\n---\nText.\n",
		"future.md":      "---\ndate: 2030-01-01\n---\nText from the future.\n",
		"copy.md":        "---\ntitle: a copy\ndate: 2024-06-19\n---\nA good article about a summit.\n",
		"notes.csv":      "not,an,article",
		"photo.png":      "\x89PNG\r\n\x1a\n\x00\x00",
		".hidden.md":     okFM + "Hidden.\n",
		".git/config.md": okFM + "Hidden folder.\n",
		"sub/nested.md":  okFM + "A nested article.\n",
		"wire/sources.yaml": "- file: listed.txt\n  published: 2024-06-18\n" +
			"- file: gone.txt\n  published: 2024-06-18\n" +
			"- file: undated.txt\n  title: no date here\n" +
			"- file: misdated.txt\n  published: 31/31/2024\n",
		"wire/listed.txt":   "A listed brief.\n",
		"wire/unlisted.txt": "Nobody listed this brief.\n",
		"wire/undated.txt":  "A brief whose entry has no date.\n",
		"wire/misdated.txt": "A brief whose entry has a bad date.\n",
		"wire/own.txt":      okFM + "A brief with its own front matter.\n",
		"loose/alone.txt":   "A brief with no sources.yaml beside it.\n",
	})
	// A 50 MB article, sparse on disk: refused from its size, never read.
	big, err := os.Create(filepath.Join(dir, "big.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	big.Close()

	docs, problems := Read([]string{dir}, Options{Now: now})

	diffLists(t, "documents", docPaths(docs), []string{
		"bom.md", "copy.md", "cp1252.md", "crlf.md", "latin1.md", "sub/nested.md", "wire/listed.txt", "wire/own.txt",
	})
	diffLists(t, "problems", relProblems(dir, problems), []string{
		`bad-date.md:3: unreadable publication date: "someday soon": no known date format`,
		`bad-toml.md:3: front matter: expected value but found '\n' instead`,
		`bad-yaml.md:3: front matter: did not find expected ',' or ']'`,
		`bell.txt:4: binary file: control byte 0x07`,
		`big.md: file too large: 52428800 bytes, over the limit of 10485760`,
		`binary.md:5: binary file: control byte 0x00`,
		`blank.md: empty article`,
		`empty.md: empty article`,
		`future.md:2: publication date in the future: 2030-01-01 is after today, 2026-11-25`,
		`good.md: duplicate: same text as copy.md`,
		`koi8.md:5: unsupported text encoding: not UTF-8, Latin-1 or Windows-1252`,
		`list-title.md:2: front matter: title is not a single value`,
		`loose/alone.txt: no publication date: no front matter, and no sources.yaml in its folder`,
		`no-date.md: no publication date: front matter has no date or published`,
		`no-fm.md: no publication date: no front matter`,
		`no-text.md: empty article: no text after the front matter`,
		`unclosed.md:1: front matter: no closing ---`,
		`undefined.md:4: unsupported text encoding: byte 0x81 is not UTF-8 and undefined in Windows-1252`,
		`utf16.md: unsupported text encoding: UTF-16 text (save it as UTF-8)`,
		`wire/sources.yaml:3: listed in sources.yaml but not there: gone.txt`,
		`wire/sources.yaml:5: undated.txt: no publication date: missing "published"`,
		`wire/sources.yaml:8: misdated.txt: unreadable publication date: "31/31/2024": month out of range`,
		`wire/unlisted.txt: not listed in sources.yaml (no front matter, no publication date)`,
		`year-only.md:2: unreadable publication date: "2024" is not a day (a publication date needs year, month and day)`,
	})
	for _, p := range problems {
		if strings.Contains(p.Error(), "\n") {
			t.Errorf("problem %q spans lines", p)
		}
	}
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.Article.Path] = d.Text
	}
	for path, want := range map[string]string{
		"latin1.md": "Un café à la gare.\n",
		"cp1252.md": "\u201cQuoted\u201d \u2013 it cost 5\u20ac.\n",
		"bom.md":    "A byte order mark came first.\n",
		"crlf.md":   "Windows line ends.\n",
	} {
		if got := texts[path]; got != want {
			t.Errorf("%s: Text = %q, want %q", path, got, want)
		}
	}
}

func TestProblemsUnwrap(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    error
	}{
		{"empty", "", ErrEmpty},
		{"binary", okFM + "\x00", ErrBinary},
		{"encoding", okFM + "\x81", ErrEncoding},
		{"front matter", "---\na: [\n---\n", ErrFrontMatter},
		{"no date", "text\n", ErrNoDate},
		{"bad date", "---\ndate: soon\n---\ntext\n", ErrDate},
		{"future", "---\ndate: 2199-01-01\n---\ntext\n", ErrFuture},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadFrom("a.md", strings.NewReader(tt.content), Options{Now: now})
			if !errors.Is(err, tt.want) {
				t.Errorf("ReadFrom error = %v, want one wrapping %v", err, tt.want)
			}
		})
	}
}

// endless is an article that never ends.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.n += int64(len(p))
	return len(p), nil
}

func TestReadFromStopsAtMaxSize(t *testing.T) {
	src := &endless{}
	_, err := ReadFrom("-", io.MultiReader(strings.NewReader(okFM), src), Options{MaxSize: 1 << 20})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("ReadFrom(endless) error = %v, want ErrTooLarge", err)
	}
	if src.n > 2<<20 {
		t.Errorf("ReadFrom read %d bytes of an endless article with MaxSize 1 MiB", src.n)
	}
}

func TestSymlinks(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(root, "outside")
	dir := filepath.Join(root, "articles")
	writeTree(t, root, map[string]string{
		"outside/elsewhere.md": okFM + "An article kept outside the folder.\n",
		"outside/more/deep.md": okFM + "A deeper article outside.\n",
		"articles/a.md":        okFM + "Article a.\n",
		"articles/sub/b.md":    okFM + "Article b.\n",
	})
	links := map[string]string{
		"articles/linked.md":    filepath.Join(outside, "elsewhere.md"), // a link to a file is fine
		"articles/sub/up":       "..",                                   // loops back to articles/
		"articles/sub/self":     ".",                                    // loops to itself
		"articles/self.md":      "self.md",                              // resolves to itself
		"articles/dangling.md":  "nowhere.md",
		"articles/dangling.png": "nowhere.png", // not an article: silent
		"articles/more":         filepath.Join(outside, "more"),
		"articles/more-again":   filepath.Join(outside, "more"), // the same folder a second time
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(root, filepath.FromSlash(name))); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	done := make(chan struct{})
	var docs []Document
	var problems []error
	go func() {
		docs, problems = Read([]string{dir}, Options{})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Read did not finish: followed a symlink loop")
	}
	// A link to a folder outside the folder given (to / it would read the
	// whole disk) is not followed, and said once; a link to a file is read.
	diffLists(t, "documents", docPaths(docs), []string{"a.md", "linked.md", "sub/b.md"})
	diffLists(t, "problems", relProblems(dir, problems), []string{
		"dangling.md: not found: file does not exist",
		"more: symlink to a folder outside " + dir + " (" + outside + "/more): not followed",
		"more-again: symlink to a folder outside " + dir + " (" + outside + "/more): not followed",
		"self.md: symlink loop: the link resolves to itself",
		"sub/self: symlink loop: leads back to sub",
		"sub/up: symlink loop: leads back to " + dir,
	})
}

func TestUnreadable(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a.md":      okFM + "Readable.\n",
		"locked.md": okFM + "Not readable.\n",
	})
	// Root reads any file whatever its mode, so the failure is injected
	// where the file is opened.
	l := List([]string{dir}, Options{})
	l.r.open = func(name string) (io.ReadCloser, error) {
		if filepath.Base(name) == "locked.md" {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return os.Open(name)
	}
	var docs []Document
	problems := l.Problems()
	for i := range l.Len() {
		d, err := l.Read(i)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		docs = append(docs, d)
	}
	diffLists(t, "documents", docPaths(docs), []string{"a.md"})
	diffLists(t, "problems", relProblems(dir, problems), []string{"locked.md: permission denied"})
	if len(problems) == 1 && !errors.Is(problems[0], fs.ErrPermission) {
		t.Errorf("problem %v does not wrap fs.ErrPermission", problems[0])
	}
}

func TestUnreadableMode(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read a file with mode 0; TestUnreadable covers the error path")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"locked.md": okFM + "Not readable.\n", "closed/a.md": okFM + "In a closed folder.\n"})
	if err := os.Chmod(filepath.Join(dir, "locked.md"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "closed"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "closed"), 0o755) })
	docs, problems := Read([]string{dir}, Options{})
	diffLists(t, "documents", docPaths(docs), nil)
	diffLists(t, "problems", relProblems(dir, problems), []string{"closed: permission denied", "locked.md: permission denied"})
}

func TestReadArguments(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a.md":              okFM + "Article a.\n",
		"notes.csv":         "x,y",
		"wire/sources.yaml": "- file: b.txt\n  published: 2024-06-18\n  title: B\n",
		"wire/b.txt":        "Brief b.\n",
	})
	in := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	docs, problems := Read([]string{in("a.md"), in("notes.csv"), in("missing.md"), in("wire/b.txt"), dir}, Options{})
	// With several paths given, each is named by the end of its path; a
	// file given directly and read again through its folder is one
	// article, whatever the order (the first by Path is kept).
	label := filepath.Base(dir)
	diffLists(t, "documents", docPaths(docs), []string{label + "/a.md", label + "/wire/b.txt"})
	for _, d := range docs {
		if d.Article.Path == label+"/wire/b.txt" && d.Article.Title != "B" {
			t.Errorf("b.txt: Title = %q, want B from sources.yaml", d.Article.Title)
		}
	}
	diffLists(t, "problems", relProblems(dir, problems), []string{
		"a.md: duplicate: same file as a.md",
		"missing.md: not found: file does not exist",
		"notes.csv: not an article (want .md, .markdown, .txt, .html, .htm)",
		"wire/b.txt: duplicate: same file as wire/b.txt",
	})
	// A file given alone is named by its base name, and its sources.yaml
	// gives its metadata.
	docs, problems = Read([]string{in("wire/b.txt")}, Options{})
	if len(problems) > 0 || len(docs) != 1 || docs[0].Article.Path != "b.txt" || docs[0].Article.Title != "B" {
		t.Errorf("b.txt alone: docs %+v, problems %v", docs, problems)
	}
}

func TestProblemFileNameOnOneLine(t *testing.T) {
	p := &Problem{File: "a\nb.md", Line: 2, Err: errors.New("bad\n  thing")}
	if got, want := p.Error(), `"a\nb.md":2: bad thing`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestProblemsSorted(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"b.md":   "",
		"a.md":   "",
		"c/a.md": "no date\n",
	})
	// The same problems whatever order the paths come in.
	_, p1 := Read([]string{filepath.Join(dir, "c"), filepath.Join(dir, "b.md"), filepath.Join(dir, "a.md")}, Options{})
	_, p2 := Read([]string{filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md"), filepath.Join(dir, "c")}, Options{})
	diffLists(t, "problems", relProblems(dir, p1), relProblems(dir, p2))
	diffLists(t, "problems", relProblems(dir, p1), []string{
		"a.md: empty article",
		"b.md: empty article",
		"c/a.md: no publication date: no front matter",
	})
}

func TestWarnings(t *testing.T) {
	tests := []struct {
		name, in   string
		wantURL    string
		wantOutlet string
		wantText   string
		want       []string
	}{
		{
			name: "UTF-8, nothing to say",
			in:   okFM + "Plain.\n", wantText: "Plain.\n",
		},
		{
			name: "Latin-1",
			in:   okFM + "Caf\xe9.\n", wantText: "Café.\n",
			want: []string{"a.md: warning: not UTF-8, read as Latin-1"},
		},
		{
			name: "Windows-1252",
			in:   okFM + "\x93Hi\x94.\n", wantText: "\u201cHi\u201d.\n",
			want: []string{"a.md: warning: not UTF-8, read as Windows-1252"},
		},
		{
			name: "bidi controls removed",
			in:   "---\ntitle: \"a \u202egpj.exe\u202c b\"\ndate: 2024-06-18\n---\nx \u2066y\u2069 z\n", wantText: "x y z\n",
			want: []string{"a.md:2: warning: bidirectional control characters removed"},
		},
		{
			name: "javascript url dropped",
			in:   "---\ndate: 2024-06-18\nurl: javascript:alert(1)\n---\nText.\n", wantText: "Text.\n",
			want: []string{`a.md:3: warning: url "javascript:alert(1)" dropped: only valid http, https and relative links are kept`},
		},
		{
			name: "invisible characters trimmed from the outlet, stray BOM removed",
			in:   "---\ndate: 2024-06-18\noutlet: \"Daily Ledger\u200b\u200d\ufeff\"\n---\nText\ufeff.\n", wantText: "Text.\n",
			wantOutlet: "Daily Ledger",
		},
		{
			name: "https url kept",
			in:   "---\ndate: 2024-06-18\nurl: https://x.test/a?b=c#d\n---\nText.\n", wantText: "Text.\n",
			wantURL: "https://x.test/a?b=c#d",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadFrom("a.md", strings.NewReader(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range d.Warnings {
				got = append(got, w.Error())
				if !errors.Is(w, ErrWarning) {
					t.Errorf("warning %v does not wrap ErrWarning", w)
				}
			}
			diffLists(t, "warnings", got, tt.want)
			if d.Text != tt.wantText {
				t.Errorf("Text = %q, want %q", d.Text, tt.wantText)
			}
			if d.Article.Outlet != tt.wantOutlet {
				t.Errorf("Outlet = %q, want %q", d.Article.Outlet, tt.wantOutlet)
			}
			if d.Article.URL != tt.wantURL {
				t.Errorf("URL = %q, want %q", d.Article.URL, tt.wantURL)
			}
			if strings.ContainsRune(d.Article.Title, '\u202e') {
				t.Errorf("Title %q keeps a bidi override", d.Article.Title)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://example.org/a", true},
		{"HTTP://example.org", true},
		{"/news/a", true},
		{"news/a?x=1:2", true},
		{"//example.org/a", false}, // scheme-relative: no output publishes it (internal/policy)
		{"#top", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{" javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"javascript&#58;alert(1)", false},
		{"java&#x09;script:alert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"DATA:text/html;base64,PHNjcmlwdD4=", false},
		{"vbscript:msgbox", false},
		{"mailto:desk@example.org", false},
		{`https://x.test/a" onmouseover="alert(2)`, false},
		{"https://x.test/<script>", false},
		{"https://x.test/a b", false},
		{"https://x.test/%zz", false},
		{"https://x.test/it's", true},
	}
	for _, tt := range tests {
		if got := safeURL(tt.url); got != tt.want {
			t.Errorf("safeURL(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

func TestSourcesProblems(t *testing.T) {
	tests := []struct {
		name    string
		sources string
		want    []string
	}{
		{
			name:    "malformed sources.yaml",
			sources: "- file: a.txt\n  published: 2024-06-18\n   title: x: y\n",
			want: []string{
				"a.txt: no publication date: sources.yaml could not be read",
				"sources.yaml:3: malformed: mapping values are not allowed in this context",
			},
		},
		{
			name:    "future date from sources.yaml",
			sources: "- file: a.txt\n  title: A\n  published: 2030-01-01\n",
			want:    []string{"sources.yaml:3: a.txt: publication date in the future: 2030-01-01 is after today, 2026-11-25"},
		},
		{
			name:    "entry without file",
			sources: "- published: 2024-06-18\n- file: a.txt\n  published: 2024-06-18\n",
			want:    []string{`sources.yaml:1: malformed: missing "file"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{SourcesFile: tt.sources, "a.txt": "A brief.\n"})
			_, problems := Read([]string{dir}, Options{Now: now})
			got := relProblems(dir, problems)
			for i := range got {
				got[i] = strings.ReplaceAll(got[i], dir+string(filepath.Separator), "")
			}
			diffLists(t, "problems", got, tt.want)
		})
	}
}
