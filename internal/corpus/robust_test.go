package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// hasControl reports a character no output may carry.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && r != '\t' && (unicode.IsControl(r) || isBidiControl(r) || r == 0x200E || r == 0x200F)
	})
}

// TestControlCharacters: ESC, BEL, NUL and bidi controls that a file's
// bytes do not show, but a YAML or TOML escape or a character reference
// makes, are removed on reading and said in a warning with the line.
func TestControlCharacters(t *testing.T) {
	tests := []struct {
		name, file, in string
		wantTitle      string
		wantOutlet     string
		wantText       string
		want           []string
	}{
		{
			name:      "YAML escapes in title and outlet",
			file:      "a.md",
			in:        "---\ntitle: \"\\e[2J\\e[31mRed\\a alert\\0\"\ndate: 2024-06-18\noutlet: \"Daily \\u202eregdeL\\x9b\"\n---\nText.\n",
			wantTitle: "[2J[31mRed alert", wantOutlet: "Daily regdeL", wantText: "Text.\n",
			want: []string{"a.md:2: warning: control characters removed", "a.md:4: warning: control characters removed"},
		},
		{
			name:      "TOML escapes",
			file:      "a.md",
			in:        "+++\ntitle = \"Bell\\u0007 \\u001b[0m\"\ndate = 2024-06-18\n+++\nText.\n",
			wantTitle: "Bell [0m", wantText: "Text.\n",
			want: []string{"a.md:2: warning: control characters removed"},
		},
		{
			name:     "character references in the body",
			file:     "a.md",
			in:       "---\ndate: 2024-06-18\n---\nFirst.\n\nA &#27;[2Jclear &#x202E;gpj.exe&#7; and &#x9B;6n &#X200f;end.\n",
			wantText: "First.\nA [2Jclear gpj.exe and 6n end.\n",
			want:     []string{"a.md:6: warning: control characters removed (written as character references)"},
		},
		{
			name:     "C1 controls and form feeds in a text",
			file:     "a.txt",
			in:       "---\ndate: 2024-06-18\n---\nOne\u009b[1m two\f three\v.\n",
			wantText: "One[1m two three.\n",
			want:     []string{"a.txt:4: warning: control characters removed"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadFrom(tt.file, strings.NewReader(tt.in), Options{})
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
			if d.Article.Title != tt.wantTitle || d.Article.Outlet != tt.wantOutlet || d.Text != tt.wantText {
				t.Errorf("title %q outlet %q text %q, want %q %q %q", d.Article.Title, d.Article.Outlet, d.Text, tt.wantTitle, tt.wantOutlet, tt.wantText)
			}
			for _, s := range []string{d.Article.Title, d.Article.Outlet, d.Article.URL, d.Text} {
				if hasControl(s) {
					t.Errorf("%q keeps a control character", s)
				}
			}
		})
	}
}

// TestControlInFileName: a file name with a control character would put it
// in the article's Path, which every output shows: it is refused, named
// (quoted) in a one-line problem.
func TestControlInFileName(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a\x1b[31m.md"), []byte("---\ndate: 2024-06-18\n---\nText.\n"), 0o644); err != nil {
		t.Skip("this file system refuses the name:", err)
	}
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("---\ndate: 2024-06-18\n---\nOther text.\n"), 0o644)
	docs, problems := Read([]string{dir}, Options{})
	if len(docs) != 1 || docs[0].Article.Path != "b.md" {
		t.Errorf("docs %v, want b.md alone", docs)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "control characters") || strings.Contains(problems[0].Error(), "\x1b") {
		t.Errorf("problems %q, want one naming the file, quoted", problems)
	}
}

// TestPublicationDateRange: a publication year outside 1800-2200, and a
// numeric date that could be day or month first, are refused with the file
// and line of the date; unambiguous forms still read.
func TestPublicationDateRange(t *testing.T) {
	for in, want := range map[string]string{
		"0001-01-01": `a.md:3: unreadable publication date: "0001-01-01": year 1 out of range (1800-2200)`,
		"9999-12-31": `a.md:3: unreadable publication date: "9999-12-31": year 9999 out of range (1800-2200)`,
		"03/04/2024": `a.md:3: unreadable publication date: "03/04/2024" could be day/month or month/day: write it as YYYY-MM-DD`,
		"18/06/2024": "",
		"06/18/2024": "",
	} {
		_, err := ReadFrom("a.md", strings.NewReader("---\ntitle: T\ndate: "+in+"\n---\nText.\n"), Options{})
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("date %s: error %q, want %q", in, got, want)
		}
	}
}

// TestMixedEncoding: one stray Windows-1252 byte in a UTF-8 article changes
// its own line only (the whole article was read as Windows-1252, every
// "é" of the other lines turned into "Ã©"), and the warning says where.
func TestMixedEncoding(t *testing.T) {
	in := "---\ntitle: Café\ndate: 2024-06-18\n---\nThe café in Zürich opened on Monday.\n\nIt was \x93packed\x94, the owner said.\n\nNaïve, déjà vu \u2014 \u201cq\u201d\x85\n"
	d, err := ReadFrom("a.md", strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "The café in Zürich opened on Monday.\nIt was \u201cpacked\u201d, the owner said.\nNaïve, déjà vu \u2014 \u201cq\u201d\u2026\n"
	if d.Text != want || d.Article.Title != "Café" {
		t.Errorf("title %q text %q, want Café and %q", d.Article.Title, d.Text, want)
	}
	var got []string
	for _, w := range d.Warnings {
		got = append(got, w.Error())
	}
	diffLists(t, "warnings", got, []string{"a.md:7: warning: 2 of its lines not UTF-8 (the first here), read as Windows-1252; the other lines are UTF-8"})
}

// TestIndentedAndStrayFence: a paragraph indented by four spaces (code in
// CommonMark, dropped before) and the text after a code fence that is never
// closed (all of it code, dropped before, with no note) are read as text,
// with their own line numbers; the stray fence is said at its line.
func TestIndentedAndStrayFence(t *testing.T) {
	in := "---\ndate: 2024-06-18\n---\nThe talks began on Monday.\n\n    The minister arrived on Tuesday,\n    a day late.\n\n```\nThe deal was signed on Wednesday.\n\n> Quoted on *Thursday*.\n"
	d, err := ReadFrom("a.md", strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "The talks began on Monday.\nThe minister arrived on Tuesday, a day late.\nThe deal was signed on Wednesday.\nQuoted on Thursday.\n"
	if d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
	for word, line := range map[string]int{"Tuesday": 6, "late": 7, "Wednesday": 10, "Thursday": 12} {
		if got := d.Line(strings.Index(d.Text, word)); got != line {
			t.Errorf("%s at line %d, want %d", word, got, line)
		}
	}
	var got []string
	for _, w := range d.Warnings {
		got = append(got, w.Error())
	}
	diffLists(t, "warnings", got, []string{"a.md:9: warning: code fence never closed: the text after it is read as text"})

	// A closed fence is code, and dropped; a fence in a list item that is
	// never closed ends with its item, and is read as text too.
	d, err = ReadFrom("a.md", strings.NewReader("---\ndate: 2024-06-18\n---\nOne.\n\n~~~\ncode()\n~~~\n\n- item\n\n  ```\n  lost text\n\nAfter.\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "One.\nitem\nlost text\nAfter.\n"; d.Text != want {
		t.Errorf("text %q, want %q", d.Text, want)
	}
}

// TestIdentity: an article is its file under the folder it was found in.
// Two folders each with an index.md keep both (the second was lost as "same
// article path"); the same wire text from two outlets is two sources; a
// copy of one article (same text, outlet and url) is read once, the same
// one whatever the order of the paths; and the order of the paths changes
// nothing in what is read, how it is named, or what is reported.
func TestIdentity(t *testing.T) {
	dir := t.TempDir()
	wire := "A wire story: the summit opened on Monday.\n"
	writeTree(t, dir, map[string]string{
		"a/index.md":       "---\ndate: 2024-06-18\noutlet: Harbour Post\n---\n" + wire,
		"b/index.md":       "---\ndate: 2024-06-18\noutlet: Daily Ledger\n---\n" + wire,
		"b/copy/index.md":  "---\ndate: 2024-06-18\noutlet: Daily Ledger\n---\n" + wire,
		"c/story.md":       okFM + "Another story.\n",
		"c/nested/deep.md": okFM + "A nested story.\n",
	})
	in := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	orders := [][]string{
		{in("a"), in("b"), in("c"), in("c/nested")},
		{in("c/nested"), in("c"), in("b"), in("a")},
		{in("b"), in("c/nested"), in("a"), in("c")},
	}
	var first string
	for _, paths := range orders {
		docs, problems := Read(paths, Options{})
		var got []string
		for _, d := range docs {
			got = append(got, d.Article.Path+" "+d.Article.Outlet)
		}
		got = append(got, relProblems(dir, problems)...)
		diffLists(t, "documents and problems", got, []string{
			"a/index.md Harbour Post",
			"b/copy/index.md Daily Ledger",
			"c/nested/deep.md ",
			"c/story.md ",
			"b/index.md: duplicate: same text as b/copy/index.md",
			"c/nested: duplicate: folder already read as part of c",
		})
		if s := strings.Join(got, "\n"); first == "" {
			first = s
		} else if s != first {
			t.Errorf("order %q gives\n%s\nnot\n%s", paths, s, first)
		}
	}
	// One folder given alone: Paths are relative to it, as before.
	docs, _ := Read([]string{in("c")}, Options{})
	diffLists(t, "documents", docPaths(docs), []string{"nested/deep.md", "story.md"})
}

// TestSymlinkToRoot: a link to / inside a folder given is not walked (it
// read the whole disk), and is reported once.
func TestSymlinkToRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.md": okFM + "Article a.\n"})
	if err := os.Symlink("/", filepath.Join(dir, "everything")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	docs, problems := Read([]string{dir}, Options{})
	diffLists(t, "documents", docPaths(docs), []string{"a.md"})
	diffLists(t, "problems", relProblems(dir, problems), []string{
		"everything: symlink to a folder outside " + dir + " (/): not followed",
	})
}

// TestDeepMarkdown: containers nested on one line ("- - - ... x", 26 s
// for 128 KB in goldmark) and a paragraph of links left open ("[a]([a](...")
// took time in the square of their length. Past the bounds they are read
// as the text they show, and said.
func TestDeepMarkdown(t *testing.T) {
	tests := []struct{ body, want string }{
		{strings.Repeat("- ", 64000) + "x\n", "x\n"},
		{strings.Repeat("> ", 100) + "quoted\n", "quoted\n"},
		{"Intro.\n\n" + strings.Repeat("1. ", 20) + "item\n", "Intro.\nitem\n"},
		{"Intro.\n\n" + strings.Repeat("[a](", 300) + "x\n", "Intro.\n" + strings.Repeat("[a](", 300) + "x\n"},
	}
	for _, tt := range tests {
		d, err := ReadFrom("a.md", strings.NewReader(okFM+tt.body), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != tt.want {
			t.Errorf("%.40q...: text %.80q, want %.80q", tt.body, d.Text, tt.want)
		}
		if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0].Error(), "read as plain text") {
			t.Errorf("%.40q...: warnings %v, want one", tt.body, d.Warnings)
		}
	}
	// Within the bounds, Markdown reads as before.
	d, _ := ReadFrom("a.md", strings.NewReader(okFM+"- > - [a](http://x.test) b\n"), Options{})
	if d.Text != "a b\n" || len(d.Warnings) != 0 {
		t.Errorf("text %q warnings %v, want \"a b\\n\" and none", d.Text, d.Warnings)
	}
}

// BenchmarkReadAdversarial reads Markdown bodies built to find
// superlinear paths in reading (goldmark's nesting and link parsing,
// per-line decoding, indented and fenced blocks, character references) at
// 10x, 100x and 1000x a base of 100 bytes, and reports ns per byte: about
// the same figure at every size.
func BenchmarkReadAdversarial(b *testing.B) {
	shapes := []struct{ name, unit string }{
		{"nested-lists", "- "},
		{"nested-quotes", "> "},
		{"ordered", "1. "},
		{"open-links", "[a]("},
		{"open-links-lines", "[a](\n"},
		{"images", "![a]("},
		{"indented", "    the talks went on\n"},
		{"fences", "```\ntext\n"},
		{"char-refs", "&#27;&#x202E;&amp; "},
		{"cp1252", "caf\xe9 \x93q\x94 \u00e9\n"},
		{"the", "the "},
	}
	for _, s := range shapes {
		for _, mult := range []int{10, 100, 1000} {
			body := strings.Repeat(s.unit, max(1, 100*mult/len(s.unit))) + "x\n"
			in := okFM + body
			b.Run(fmt.Sprintf("%s/%dx", s.name, mult), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					ReadFrom("a.md", strings.NewReader(in), Options{})
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(in)), "ns/byte")
			})
		}
	}
}

// TestProblemEscapesControls: a problem's message goes to a terminal; a
// control or bidi character in it (from a file name, or quoted by a
// parser) is escaped, never written raw.
func TestProblemEscapesControls(t *testing.T) {
	p := &Problem{File: "a\u202eb.md", Line: 2, Err: errors.New("bad \x1b[2J value \u202e")}
	got := p.Error()
	if hasControl(got) {
		t.Errorf("Error() = %q keeps a control character", got)
	}
	if want := `"a\u202eb.md":2: bad \x1b[2J value \u202e`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
