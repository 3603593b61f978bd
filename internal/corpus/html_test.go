package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/dateline-news/dateline/timeline"
)

// TestReadHTML reads saved article pages (testdata/html, in our own
// words): the main text without navigation, bylines, related links or
// footers; the date from the page's metadata, never from its copyright
// line or body; title, outlet and canonical URL.
func TestReadHTML(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	docs, problems := Read([]string{"testdata/html"}, Options{Now: now})
	byPath := map[string]Document{}
	for _, d := range docs {
		byPath[d.Article.Path] = d
	}
	for _, tc := range []struct {
		path    string
		article timeline.Article
		text    []string // lines the text must hold
	}{
		{
			// 22:40 in New York on 5 March is 6 March in UTC, the
			// newsroom's zone here; the modified date is not used.
			"meta.html",
			timeline.Article{Path: "meta.html", Title: "Ferry link to the islands reopens", URL: "https://gazette.example/2024/03/ferry-reopens",
				Outlet: "Coastal Gazette", Published: timeline.DayOf(2024, 3, 5)},
			[]string{
				"The ferry service between the mainland port and the outer islands resumed on Tuesday after a winter in which storms kept the vessels in dock for eleven weeks.",
				"A new breakwater, promised since 2000, is due to be finished next year and should let the ferries sail in rougher seas.",
			},
		},
		{
			"jsonld.htm",
			timeline.Article{Path: "jsonld.htm", Title: "Valley orchard harvest starts early", URL: "https://courier.example/news/orchard-harvest",
				Outlet: "Valley Courier", Published: timeline.DayOf(2023, 8, 21)},
			[]string{"Growers in the valley began picking apples on Monday, nearly two weeks earlier than usual, after a hot July ripened the fruit ahead of schedule."},
		},
		{
			"time.html",
			timeline.Article{Path: "time.html", Title: "Library extends its opening hours", Published: timeline.DayOf(2022, 11, 14)},
			[]string{"The town library will stay open until nine in the evening from next month, the council announced on Monday, after a survey found that most readers wanted later hours."},
		},
	} {
		d, ok := byPath[tc.path]
		if !ok {
			t.Errorf("%s not read", tc.path)
			continue
		}
		if d.Article != tc.article {
			t.Errorf("%s: article = %+v, want %+v", tc.path, d.Article, tc.article)
		}
		lines := strings.Split(strings.TrimSuffix(d.Text, "\n"), "\n")
		for _, want := range tc.text {
			if !contains(lines, want) {
				t.Errorf("%s: text lacks the line %q:\n%s", tc.path, want, d.Text)
			}
		}
		for _, boiler := range []string{"Subscribe", "Sport", "Related stories", "Storm closes", "©", "Copyright", "Privacy", "By Marta Quill", "Words by", "newsletter", "Front page"} {
			if strings.Contains(d.Text, boiler) {
				t.Errorf("%s: boilerplate %q in the text:\n%s", tc.path, boiler, d.Text)
			}
		}
		if off := strings.Index(d.Text, tc.text[0]); d.Line(off) < 5 {
			t.Errorf("%s: line of the first paragraph = %d, want its line in the page", tc.path, d.Line(off))
		}
	}
	// A page whose only dates are its copyright line and its body is
	// refused like a Markdown article without a date.
	if len(problems) != 1 || !errors.Is(problems[0], ErrNoDate) || !strings.HasPrefix(problems[0].Error(), filepath.Join("testdata", "html", "undated.html")+": ") {
		t.Errorf("problems = %v, want undated.html without a date", problems)
	}
	if _, ok := byPath["undated.html"]; ok {
		t.Error("undated.html read, with a date from its copyright line or body")
	}
}

func contains(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}

// TestReadHTMLRefused checks a page dated after today and a page with no
// text.
func TestReadHTMLRefused(t *testing.T) {
	dir := t.TempDir()
	page := func(date, body string) string {
		return `<html><head><title>T</title><meta property="article:published_time" content="` + date + `"></head><body>` + body + `</body></html>`
	}
	para := "<article><p>" + strings.Repeat("The council met on Tuesday and agreed the budget for the coming year. ", 6) + "</p></article>"
	os.WriteFile(filepath.Join(dir, "future.html"), []byte(page("2030-05-01T10:00:00Z", para)), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.html"), []byte(page("2024-05-01T10:00:00Z", "")), 0o644)
	os.WriteFile(filepath.Join(dir, "ok.htm"), []byte(page("2024-05-01T10:00:00Z", para)), 0o644)
	docs, problems := Read([]string{dir}, Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	if len(docs) != 1 || docs[0].Article.Path != "ok.htm" || docs[0].Article.Published != timeline.DayOf(2024, 5, 1) {
		t.Errorf("docs = %+v, want ok.htm of 2024-05-01", docs)
	}
	var future, empty bool
	for _, p := range problems {
		future = future || errors.Is(p, ErrFuture) && strings.Contains(p.Error(), "future.html")
		empty = empty || errors.Is(p, ErrEmpty) && strings.Contains(p.Error(), "empty.html")
		if strings.Contains(p.Error(), "\n") {
			t.Errorf("problem %q is more than one line", p)
		}
	}
	if !future || !empty {
		t.Errorf("problems = %v, want future.html in the future and empty.html empty", problems)
	}
}

// FuzzReadHTML reads arbitrary bytes as a saved page: never a panic, and
// a page read has a valid date and text of whole lines without control
// characters.
func FuzzReadHTML(f *testing.F) {
	for _, name := range []string{"meta.html", "jsonld.htm", "time.html", "undated.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", "html", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<html><body><article><p>SEOUL, June 18 (Reuters) - Talks began on Monday, a year after the summit of 13 September 2023.</p></article></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadFrom("page.html", bytes.NewReader(data), Options{InferPublished: true})
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is more than one line", err)
			}
			return
		}
		if !d.Article.Published.IsValid() || d.Text == "" || !strings.HasSuffix(d.Text, "\n") || strings.Contains(d.Text, "\n\n") {
			t.Errorf("document %+v", d)
		}
		if strings.ContainsFunc(d.Text, isStrippedControl) || strings.ContainsFunc(d.Article.Title+d.Article.Outlet, func(r rune) bool { return r < ' ' }) {
			t.Errorf("control character in %q / %q", d.Text, d.Article.Title)
		}
	})
}

func TestPageTextCells(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<div><p>Results</p><table><tr><td>North</td><td>12</td></tr><tr><td>South</td><td>9</td></tr></table><p>Line one<br>line two</p></div>"))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := pageText(doc, "")
	if want := "Results\nNorth 12\nSouth 9\nLine one\nline two\n"; text != want {
		t.Errorf("pageText = %q, want %q", text, want)
	}
}

// TestPageDateFastModeOnly reads a page's publication date from its
// metadata in the forms newsrooms write it (ISO with a zone, RFC 1123,
// words in a meta tag, a <time> element) by go-htmldate's fast mode, the
// only mode readHTML runs (its extensive search, go-dateparser's part, is
// never asked for). A page dated only in its byline's words is refused, as
// before: the body is never searched.
func TestPageDateFastModeOnly(t *testing.T) {
	para := "<article><p>" + strings.Repeat("The harbour board voted on Thursday to dredge the eastern channel before the autumn storms. ", 5) + "</p></article>"
	for _, tc := range []struct {
		name, head, body string
		want             timeline.Date // zero: refused, undated
	}{
		{"iso.html", `<meta property="article:published_time" content="2024-02-07T09:30:00+01:00">`, "", timeline.DayOf(2024, 2, 7)},
		{"rfc.html", `<meta property="article:published_time" content="Wed, 07 Feb 2024 09:30:00 GMT">`, "", timeline.DayOf(2024, 2, 7)},
		{"words.html", `<meta name="date" content="February 7, 2024">`, "", timeline.DayOf(2024, 2, 7)},
		{"dmy.html", `<meta name="publish-date" content="7 February 2024">`, "", timeline.DayOf(2024, 2, 7)},
		{"time.html", "", `<time datetime="2024-02-07" class="entry-date">7 Feb</time>`, timeline.DayOf(2024, 2, 7)},
		{"byline.html", "", `<p class="byline">Published Wednesday, the seventh of February, 2024</p>`, timeline.Date{}},
	} {
		page := `<html><head><title>Channel to be dredged</title>` + tc.head + `</head><body>` + tc.body + para + `</body></html>`
		d, err := ReadFrom(tc.name, strings.NewReader(page), Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
		switch {
		case tc.want == (timeline.Date{}):
			if err == nil || !errors.Is(err, ErrNoDate) {
				t.Errorf("%s: read as of %s (err %v), want refused without a date", tc.name, d.Article.Published, err)
			}
		case err != nil:
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		case d.Article.Published != tc.want:
			t.Errorf("%s: published %s, want %s", tc.name, d.Article.Published, tc.want)
		}
	}
}
