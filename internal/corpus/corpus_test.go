package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/timeline"
)

func TestReadFixtures(t *testing.T) {
	docs, problems := Read([]string{"testdata/corpus"}, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	for _, p := range problems {
		t.Errorf("problem: %v", p)
	}
	want := []struct {
		article timeline.Article
		text    string
	}{
		{
			timeline.Article{Path: "launch.md", Title: "Visit to a launch site", Outlet: "Example Wire", Published: timeline.DayOf(2023, 9, 13)},
			"The visitors toured the launch site on Wednesday and watched a rocket engine test.\n" +
				"What was agreed\n" +
				"Officials said a return visit is planned for next year.\n",
		},
		{
			timeline.Article{Path: "summit.md", Title: "Leaders meet at a port city summit", URL: "https://example.org/news/port-summit",
				Outlet: "Example Daily", Published: timeline.DayOf(2019, 4, 25)},
			"Leaders meet at a port city summit\n" +
				"The two leaders sat down on Thursday for their first talks, an aide said \u2014 the meeting ran longer than planned.\n" +
				"Talks began at noon.\n" +
				"A joint dinner followed in the evening.\n" +
				"Read the full statement here.\n",
		},
		{
			timeline.Article{Path: "wire/brief-1.txt", Title: "Ministers warn about arms transfers", Outlet: "Example Wire", Published: timeline.DayOf(2023, 11, 9)},
			"Ministers warn about arms transfers\n" +
				"Two foreign ministers said on Thursday that the transfers were a growing risk.\n" +
				"# This line starts with a hash and stays a line.\n" +
				"1. So does this one.\n",
		},
		{
			timeline.Article{Path: "wire/brief-2.txt", Published: timeline.DayOf(2024, 6, 19)},
			"A defence spokesman voiced concern on Tuesday about the new pact.\n" +
				"The visit began early Wednesday.\n",
		},
		{
			timeline.Article{Path: "wire/own-date.txt", Title: "A brief with its own date", Published: timeline.DayOf(2024, 6, 20)},
			"This brief carries its own front matter, so sources.yaml need not list it.\n",
		},
	}
	if len(docs) != len(want) {
		t.Fatalf("Read gave %d documents, want %d", len(docs), len(want))
	}
	for i, w := range want {
		d := docs[i]
		if d.Article != w.article {
			t.Errorf("docs[%d].Article = %+v, want %+v", i, d.Article, w.article)
		}
		if d.Text != w.text {
			t.Errorf("docs[%d] (%s).Text = %q, want %q", i, d.Name, d.Text, w.text)
		}
		if want := filepath.Join("testdata/corpus", filepath.FromSlash(w.article.Path)); d.Name != want {
			t.Errorf("docs[%d].Name = %q, want %q", i, d.Name, want)
		}
	}
}

func TestLine(t *testing.T) {
	docs, problems := Read([]string{"testdata/corpus/summit.md", "testdata/corpus/wire/brief-1.txt"}, Options{})
	if len(problems) > 0 || len(docs) != 2 {
		t.Fatalf("Read = %d docs, problems %v", len(docs), problems)
	}
	tests := []struct {
		doc  int
		find string
		want int
	}{
		{0, "Leaders meet", 8},
		{0, "sat down", 10},
		{0, "an aide", 11}, // the second line of a paragraph
		{0, "the meeting", 11},
		{0, "Talks began", 17},
		{0, "A joint", 18},
		{0, "statement here", 20},
		{1, "Ministers warn", 1},
		{1, "Two foreign", 3}, // the blank line 2 is dropped from Text but counted
		{1, "So does", 5},
	}
	for _, tt := range tests {
		// Documents come sorted by Path, not in the order given.
		name := []string{"testdata/corpus/summit.md", "testdata/corpus/wire/brief-1.txt"}[tt.doc]
		d := &docs[slices.IndexFunc(docs, func(d Document) bool { return d.Name == name })]
		off := strings.Index(d.Text, tt.find)
		if off < 0 {
			t.Fatalf("%s: %q not in text", d.Name, tt.find)
		}
		if got := d.Line(off); got != tt.want {
			t.Errorf("%s: Line(offset of %q) = %d, want %d", d.Name, tt.find, got, tt.want)
		}
	}
	summit := docs[slices.IndexFunc(docs, func(d Document) bool { return d.Article.Path == "summit.md" })]
	if got := summit.Line(len(summit.Text) + 100); got != 20 {
		t.Errorf("Line(past the end) = %d, want 20", got)
	}
	var empty Document
	if got := empty.Line(0); got != 0 {
		t.Errorf("Document{}.Line(0) = %d, want 0", got)
	}
}

func TestMarkdownText(t *testing.T) {
	const fm = "---\ndate: 2024-01-02\n---\n"
	tests := []struct {
		name, in, want string
	}{
		{"soft breaks become spaces", "one\ntwo\nthree\n", "one two three\n"},
		{"hard break becomes a space", "one  \ntwo\\\nthree\n", "one two three\n"},
		{"blocks one per line", "# Head\n\nPara one.\n\nPara two.\n", "Head\nPara one.\nPara two.\n"},
		{"setext heading", "Head\n====\n\nBody.\n", "Head\nBody.\n"},
		{"list items", "- a\n- b\n  - c\n\n1. d\n", "a\nb\nc\nd\n"},
		{"loose list items", "- a\n\n  more a\n- b\n", "a\nmore a\nb\n"},
		{"blockquote", "> quoted\n> text\n\nafter\n", "quoted text\nafter\n"},
		{"emphasis kept as text", "a *b* **c** ~~d~~\n", "a b c d\n"},
		{"image dropped with its alt text", "before ![alt text](x.png) after\n", "before after\n"},
		{"image alone", "![only](x.png)\n\nnext\n", "next\n"},
		{"link text kept, URL dropped", "see [the report](https://x.test/r \"t\") now\n", "see the report now\n"},
		{"reference link", "see [the report][r]\n\n[r]: https://x.test/r\n", "see the report\n"},
		{"autolink dropped", "mail <https://x.test> or <a@b.test> us\n", "mail or us\n"},
		{"raw HTML dropped, text kept", "a <span class=x>b</span> c\n", "a b c\n"},
		{"inline script dropped with content", "a <script>alert(1)</script> b\n", "a b\n"},
		{"HTML block dropped", "<div>\nad\n</div>\n\ntext\n", "text\n"},
		{"script block dropped", "<script>\nevil()\n</script>\n\ntext\n", "text\n"},
		{"fenced code dropped", "```\ncode\n```\ntext\n", "text\n"},
		{"indented paragraph kept", "para\n\n    indented *text* [link](http://x.test)\n\ntext\n", "para\nindented text link\ntext\n"},
		{"fenced code dropped", "para\n\n```\ncode\n```\n\ntext\n", "para\ntext\n"},
		{"code span kept", "run `make site` now\n", "run make site now\n"},
		{"escapes", `1\. not a list \*not em\*` + "\n", "1. not a list *not em*\n"},
		{"entities", "a &amp; b &#8212; c &#x41; &nosuch; d\n", "a & b \u2014 c A &nosuch; d\n"},
		{"no-break space folded", "25\u00a0April\n", "25 April\n"},
		{"thematic break", "a\n\n---\n\nb\n", "a\nb\n"},
		{"table rows with tab-separated cells", "| when | what |\n| --- | --- |\n| 2019 | a summit |\n", "when\twhat\n2019\ta summit\n"},
		{"Hugo shortcodes dropped, paired content kept", "a {{< figure src=\"x.jpg\" >}} b\n\n{{% note %}}kept{{% /note %}}\n", "a b\nkept\n"},
		{"multi-line shortcode keeps line numbers", "{{< youtube\n  id=\"x\" >}}\n\nafter\n", "after\n"},
		{"unclosed inline script ends with its paragraph", "a <script>x\n\nb\n", "a\nb\n"},
		{"CRLF line ends", "one\r\ntwo\r\n\r\nthree\r\n", "one two\nthree\n"},
		{"lines of a list of dates stay lines", "Timeline:\n3 May - Mill closes\nMay 9: Strike called\nJun. 2 — Talks fail\n2010 - Plant *sold*\n", "Timeline:\n3 May - Mill closes\nMay 9: Strike called\nJun. 2 — Talks fail\n2010 - Plant sold\n"},
		{"plain lines of a list of dates stay lines", "Timeline:\n3 May - Mill closes\nMay 9: Strike called\n", "Timeline:\n3 May - Mill closes\nMay 9: Strike called\n"},
		{"a range or a clock in prose is no entry", "talks ran from\nMay 3 - 5 and\n10:45 am was late\n", "talks ran from May 3 - 5 and 10:45 am was late\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadFrom("a.md", strings.NewReader(fm+tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.want {
				t.Errorf("Text = %q, want %q", d.Text, tt.want)
			}
		})
	}
}

func TestReadFrom(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		in      string
		opt     Options
		want    timeline.Article
		wantErr string
	}{
		{
			name: "markdown with YAML",
			file: "-", in: "---\ntitle: T\ndate: 2024-06-18\n---\nBody.\n",
			want: timeline.Article{Path: "-", Title: "T", Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "a .txt name is plain text",
			file: "in.txt", in: "+++\ndate = 2024-06-18\n+++\n# not a heading\n",
			want: timeline.Article{Path: "in.txt", Published: timeline.DayOf(2024, 6, 18)},
		},
		{
			name: "no front matter",
			file: "-", in: "Body only.\n",
			wantErr: "-: no publication date: no front matter",
		},
		{
			name: "a .txt without front matter has no sources.yaml here",
			file: "in.txt", in: "Body only.\n",
			wantErr: "in.txt: no publication date: no front matter",
		},
		{
			name: "front matter without a date",
			file: "-", in: "---\ntitle: T\n---\nBody.\n",
			wantErr: "-: no publication date: front matter has no date or published",
		},
		{
			name: "too large",
			file: "-", in: "---\ndate: 2024-06-18\n---\n" + strings.Repeat("word ", 100),
			opt:     Options{MaxSize: 64},
			wantErr: "-: file too large: over 64 bytes",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadFrom(tt.file, strings.NewReader(tt.in), tt.opt)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("ReadFrom error = %v, want %q", err, tt.wantErr)
				}
				var p *Problem
				if !errors.As(err, &p) {
					t.Errorf("ReadFrom error is %T, want *Problem", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Article != tt.want {
				t.Errorf("Article = %+v, want %+v", d.Article, tt.want)
			}
		})
	}
}

// seedsDir returns ../shared/seeds beside the module (see testdir.Shared).
func seedsDir(t testing.TB) string { return testdir.Shared(t, "seeds") }

func TestSeeds(t *testing.T) {
	dir := seedsDir(t)
	docs, problems := Read([]string{dir}, Options{Now: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)})
	for _, p := range problems {
		t.Errorf("problem: %v", p)
	}
	// Dates and titles as sources.yaml gives them; 000, 001 and 003 have
	// no title there.
	want := []timeline.Article{
		{Path: "000_5e6b88419370af48.txt", Published: timeline.DayOf(2024, 6, 18)},
		{Path: "001_b9717b927995f464.txt", Published: timeline.DayOf(2023, 9, 13)},
		{Path: "002_76c6110d4bb12da9.txt", Published: timeline.DayOf(2023, 11, 9),
			Title: "Growing military ties between Russia and North Korea 'dangerous': Blinken"},
		{Path: "003_09eab72cb69c561b.txt", Published: timeline.DayOf(2023, 9, 14)},
		{Path: "004_9c3d2faafee8182b.txt", Published: timeline.DayOf(2024, 6, 19),
			Title: "Pentagon sounds alarm on deepening Russia-North Korea alliance"},
	}
	if len(docs) != len(want) {
		t.Fatalf("Read(seeds) gave %d documents, want %d", len(docs), len(want))
	}
	for i, w := range want {
		if docs[i].Article != w {
			t.Errorf("seed %d: Article = %+v, want %+v", i, docs[i].Article, w)
		}
	}
	// 002 still holds its lines: every non-blank line of the file is a line
	// of Text, in order, and maps back to its own line number.
	raw, err := os.ReadFile(filepath.Join(dir, "002_76c6110d4bb12da9.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := &docs[2]
	textLines := strings.Split(strings.TrimSuffix(d.Text, "\n"), "\n")
	var fileLines []string
	off := 0
	for i, l := range strings.Split(string(raw), "\n") {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		fileLines = append(fileLines, l)
		if got := d.Line(off); got != i+1 {
			t.Errorf("002: Line of %q = %d, want %d", l, got, i+1)
		}
		off += len(l) + 1
	}
	if len(textLines) != len(fileLines) || len(fileLines) < 10 {
		t.Fatalf("002: Text has %d lines, the file %d non-blank lines", len(textLines), len(fileLines))
	}
	for i := range fileLines {
		if textLines[i] != fileLines[i] {
			t.Errorf("002 line %d = %q, want %q", i, textLines[i], fileLines[i])
		}
	}
}

func TestLineAfterShortcode(t *testing.T) {
	in := "---\ndate: 2024-01-02\n---\n{{< youtube\n  id=\"x\" >}}\n\nafter the video {{< ref \"a\" >}} and\nmore\n"
	d, err := ReadFrom("a.md", strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for find, want := range map[string]int{"after": 7, "and": 7, "more": 8} {
		if got := d.Line(strings.Index(d.Text, find)); got != want {
			t.Errorf("Line(offset of %q) = %d, want %d (text %q)", find, got, want, d.Text)
		}
	}
}

// TestPlainTextUnwrapped checks that hard-wrapped plain text (wire copy
// sent as lines of 60 to 80 characters) is read as paragraphs, each line's
// words still traced to their line; and that a text of one paragraph a
// line, a headline over its time stamp and a list of dates keep their
// lines.
func TestPlainTextUnwrapped(t *testing.T) {
	wrappedBody := "Bridge falls in Marlow\n\nMARLOW (AP) -- A highway bridge over the river collapsed during\nthe evening rush hour on Tuesday, sending a dozen cars into the\nwater and killing four people, officials said Wednesday.\n\nTimeline:\n3 May - Bridge closes for repairs\n9 May - Bridge reopens\n"
	text, marks := plainText(wrappedBody, 1)
	want := "Bridge falls in Marlow\nMARLOW (AP) -- A highway bridge over the river collapsed during the evening rush hour on Tuesday, sending a dozen cars into the water and killing four people, officials said Wednesday.\nTimeline:\n3 May - Bridge closes for repairs\n9 May - Bridge reopens\n"
	if text != want {
		t.Errorf("plainText =\n%q\nwant\n%q", text, want)
	}
	d := Document{Text: text, marks: marks}
	for find, line := range map[string]int{"MARLOW": 3, "the evening": 4, "water and": 5, "9 May": 9} {
		if got := d.Line(strings.Index(text, find)); got != line {
			t.Errorf("Line(%q) = %d, want %d", find, got, line)
		}
	}
	for _, body := range []string{
		"Lineman arrested on suspicion of drunk driving\non Feb. 04, 2009\nThe Chargers tackle was arrested on suspicion of drunken driving,\n",
		"One paragraph on a line that runs on and on past any width a wire would wrap its copy at, as web pages give it\nAnother paragraph that opens with a capital and runs on well past the width of wrapped copy too.\n",
	} {
		if text, _ := plainText(body, 1); text != body {
			t.Errorf("plainText(%q) = %q: lines joined", body, text)
		}
	}
}

// TestFiled checks that a date with a time of day gives the filing time in
// its writer's zone, and one with a day only gives none.
func TestFiled(t *testing.T) {
	for in, want := range map[string]string{
		"2025-08-04T19:40:00+02:00": "2025-08-04T19:40:00+02:00",
		"2025-08-04":                "",
	} {
		d, err := ReadFrom("a.md", strings.NewReader("---\ndate: "+in+"\n---\nText.\n"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !d.Filed.IsZero() {
			got = d.Filed.Format(time.RFC3339)
		}
		if got != want {
			t.Errorf("%s: Filed %q, want %q", in, got, want)
		}
	}
}
