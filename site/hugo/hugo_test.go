package hugo

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/timeline"
)

// load reads a Timeline fixture from testdata.
func load(t testing.TB, name string) *timeline.Timeline {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &tl
}

// splitPage splits a content file the way Hugo's page lexer does for JSON
// front matter (parser/pageparser/pagelexer_intro.go): braces count outside
// quotes, a backslash skips the next character.
func splitPage(t *testing.T, data []byte) (frontMatter, string) {
	t.Helper()
	if len(data) == 0 || data[0] != '{' {
		t.Fatalf("content file does not start with JSON front matter: %.40q", data)
	}
	level, inQuote, end := 0, false, -1
	for i := 0; i < len(data) && end < 0; i++ {
		switch c := data[i]; {
		case c == '{' && !inQuote:
			level++
		case c == '}' && !inQuote:
			level--
		case c == '"':
			inQuote = !inQuote
		case c == '\\':
			i++
		}
		if level == 0 {
			end = i + 1
		}
	}
	if end < 0 {
		t.Fatalf("front matter never closes")
	}
	var fm frontMatter
	if err := json.Unmarshal(data[:end], &fm); err != nil {
		t.Fatalf("front matter as Hugo splits it: %v\n%s", err, data[:end])
	}
	return fm, string(data[end:])
}

func files(t *testing.T, fs []output.File) map[string][]byte {
	t.Helper()
	m := make(map[string][]byte, len(fs))
	for _, f := range fs {
		if err := output.CheckPath(f.Path); err != nil {
			t.Errorf("file path: %v", err)
		}
		if _, dup := m[f.Path]; dup {
			t.Errorf("two files named %s", f.Path)
		}
		m[f.Path] = f.Data
	}
	return m
}

func TestContentPages(t *testing.T) {
	got, err := Content(load(t, "fixture.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := files(t, got)
	tests := []struct {
		path, title, date, timex, when, end string
		weight                              int
		actors                              []string
	}{
		{"content/timeline/storm-damage.md", "Storm damages the harbour wall", "2023-10-02", "2022", "2022", "", 1, nil},
		{"content/timeline/survey-published.md", "Engineers publish their survey", "2023-07-11", "2023-Q2", "Q2 2023", "", 2, []string{"Harbour board"}},
		{"content/timeline/harbour-plan-vote.md", "Council votes on the harbour plan", "2023-10-02", "2023-09", "September 2023", "", 3, []string{"Harbour board", "Town council"}},
		{"content/timeline/works-begin.md", "Works begin on the wall", "2024-03-04", "2024-03-04", "4–5 March 2024", "2024-03-05", 4, []string{"Harbour board", "Town council"}},
		{"content/timeline/public-meetings.md", "Residents meet the builders", "2024-06-17", "2024-W24", "week of 10 June 2024", "", 5, []string{"Residents' association"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			data, ok := m[tt.path]
			if !ok {
				t.Fatalf("no file %s", tt.path)
			}
			fm, _ := splitPage(t, data)
			p := fm.Params
			if p == nil {
				t.Fatal("no params")
			}
			if fm.Title != tt.title || fm.Date != tt.date || fm.Weight != tt.weight {
				t.Errorf("title, date, weight = %q, %q, %d, want %q, %q, %d", fm.Title, fm.Date, fm.Weight, tt.title, tt.date, tt.weight)
			}
			if p.Timex != tt.timex || p.When != tt.when || p.End != tt.end {
				t.Errorf("timex, when, end = %q, %q, %q, want %q, %q, %q", p.Timex, p.When, p.End, tt.timex, tt.when, tt.end)
			}
			if !slices.Equal(fm.Actors, tt.actors) {
				t.Errorf("actors = %q, want %q", fm.Actors, tt.actors)
			}
		})
	}
	want := []string{"content/timeline/_index.md", "data/timeline.json"}
	for _, tt := range tests {
		want = append(want, tt.path)
	}
	if len(m) != len(want) {
		t.Errorf("Content wrote %d files, want %d", len(m), len(want))
	}
	for _, p := range want {
		if _, ok := m[p]; !ok {
			t.Errorf("no file %s", p)
		}
	}
}

func TestContentSources(t *testing.T) {
	got, err := Content(load(t, "fixture.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	fm, body := splitPage(t, files(t, got)["content/timeline/works-begin.md"])
	want := []source{
		{Article: "2024/works.md", Title: "Quay closed as works begin", URL: "https://news.example/2024/works",
			Outlet: "Eastport Gazette", Published: "2024-03-04", PublishedLabel: "4 March 2024",
			Sentence: "Work starts today and the quay stays shut until tomorrow.", Expression: "today", Value: "2024-03-04", Basis: "Date from “today”"},
		{Article: "2023/survey.md", Title: "What the survey found", URL: "https://news.example/2023/survey",
			Outlet: "Coast Weekly", Published: "2023-07-11", PublishedLabel: "11 July 2023",
			Sentence: "Building should start in March next year.", Expression: "March next year", Value: "2024-03", Basis: "Date from “March next year”"},
	}
	if !slices.Equal(fm.Params.Sources, want) {
		t.Errorf("sources = %+v\nwant %+v", fm.Params.Sources, want)
	}
	if !fm.Params.Key || fm.Params.Granularity != "day" {
		t.Errorf("key, granularity = %v, %q, want true, day", fm.Params.Key, fm.Params.Granularity)
	}
	for _, s := range []string{`Eastport Gazette: [Quay closed as works begin](https://news.example/2024/works)`, `4–5 March 2024`} {
		if !strings.Contains(body, s) {
			t.Errorf("body lacks %q:\n%s", s, body)
		}
	}
}

func TestContentDoesNotModifyInput(t *testing.T) {
	tl := load(t, "hostile.json")
	before, _ := json.Marshal(tl)
	if _, err := Site(tl, Options{}); err != nil {
		t.Fatal(err)
	}
	after, _ := json.Marshal(tl)
	if !bytes.Equal(before, after) {
		t.Error("Site modified its input timeline")
	}
}

func TestDeterministic(t *testing.T) {
	a, err := Site(load(t, "fixture.json"), Options{Title: "Harbour"})
	if err != nil {
		t.Fatal(err)
	}
	// The same timeline with its events and articles in another order.
	tl := load(t, "fixture.json")
	slices.Reverse(tl.Events)
	slices.Reverse(tl.Articles)
	b, err := Site(tl, Options{Title: "Harbour"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("file %d differs: %s, %s", i, a[i].Path, b[i].Path)
		}
	}
}

func TestSiteFiles(t *testing.T) {
	got, err := Site(load(t, "fixture.json"), Options{Title: "Harbour \"works\"", BaseURL: "https://news.example/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	m := files(t, got)
	for _, p := range []string{"hugo.toml", "content/_index.md", "layouts/_default/baseof.html",
		"layouts/_default/single.html", "layouts/_default/list.html", "layouts/index.html", "static/dateline.css"} {
		if _, ok := m[p]; !ok {
			t.Errorf("Site wrote no %s", p)
		}
	}
	cfg := string(m["hugo.toml"])
	for _, s := range []string{`baseURL = "https://news.example/harbour/"`, `title = "Harbour \"works\""`} {
		if !strings.Contains(cfg, s) {
			t.Errorf("hugo.toml lacks %s:\n%s", s, cfg)
		}
	}
	if !slices.IsSortedFunc(got, func(a, b output.File) int { return strings.Compare(a.Path, b.Path) }) {
		t.Error("Site files are not sorted by path")
	}
}

func TestBaseURL(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            bool
	}{
		{"zero", "", "/", false},
		{"host", "https://news.example", "https://news.example/", false},
		{"folder", "http://news.example/a/b/", "http://news.example/a/b/", false},
		{"javascript", "javascript:alert(1)", "", true},
		{"relative", "/timeline/", "", true},
		{"newline", "https://news.example/\n[x]", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Options{BaseURL: tt.in}.baseURL()
			if got != tt.want || (err != nil) != tt.err {
				t.Errorf("baseURL(%q) = %q, %v, want %q, error %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestInvalidDate(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{{ID: "x", Title: "No date"}}}
	if _, err := Content(tl, Options{}); err == nil {
		t.Error("Content accepted an event with no date")
	}
	if _, err := Content(nil, Options{}); err == nil {
		t.Error("Content accepted a nil timeline")
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		d              timeline.Date
		label, dateAtt string
	}{
		{timeline.YearOf(2022), "2022", "2022"},
		{timeline.QuarterOf(2023, 2), "Q2 2023", "2023"},
		{timeline.MonthOf(2023, time.September), "September 2023", "2023-09"},
		{timeline.WeekOf(2024, 24), "week of 10 June 2024", "2024-W24"},
		{timeline.DayOf(2024, time.March, 4), "4 March 2024", "2024-03-04"},
	}
	for _, tt := range tests {
		if got := label(tt.d); got != tt.label {
			t.Errorf("label(%v) = %q, want %q", tt.d, got, tt.label)
		}
		if got := datetime(tt.d); got != tt.dateAtt {
			t.Errorf("datetime(%v) = %q, want %q", tt.d, got, tt.dateAtt)
		}
	}
}

func TestNames(t *testing.T) {
	ids := []string{"harbour-vote", "../../../etc/passwd", "INDEX", "index", "", "event", "Harbour Vote!", "a\x00b/c\\d", strings.Repeat("x", 300)}
	want := []string{"harbour-vote", "etc-passwd", "index-2", "index-3", "event", "event-2", "harbour-vote-2", "a-b-c-d", strings.Repeat("x", maxSlug)}
	used := map[string]bool{}
	for i, id := range ids {
		if got := uniqueName(slug(id), used); got != want[i] {
			t.Errorf("uniqueName(slug(%q)) = %q, want %q", id, got, want[i])
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://news.example/a?b=c#d", "https://news.example/a?b=c#d"},
		{" HTTP://News.example/x ", "http://News.example/x"},
		{"javascript:alert(1)", ""},
		{"JaVaScRiPt:alert(1)", ""},
		{"java\tscript:alert(1)", ""},
		{"data:text/html;base64,AAAA", ""},
		{"vbscript:msgbox(1)", ""},
		{"//evil.example/x", ""},
		{"/relative/path", ""},
		{"https:evil", ""},
		{"ftp://files.example/x", ""},
		{"https://news.example/\x00", ""},
	}
	for _, tt := range tests {
		if got := safeURL(tt.in); got != tt.want {
			t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// render renders Markdown with goldmark in its default, safe configuration.
func render(t testing.TB, md string) string {
	var b bytes.Buffer
	if err := goldmark.Convert([]byte(md), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// checkInert checks that mdText(s) renders as one paragraph holding exactly
// the text of s, and leaves nothing for Hugo's shortcode lexer.
func checkInert(t testing.TB, s string) {
	md := mdText(s)
	if strings.Contains(md, "{{") {
		t.Errorf("mdText(%q) = %q keeps a shortcode delimiter", s, md)
	}
	want := strings.Join(strings.FieldsFunc(strings.ToValidUTF8(s, "\uFFFD"), func(r rune) bool {
		return r <= ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029'
	}), " ")
	out := render(t, md)
	if want == "" {
		if out != "" {
			t.Errorf("mdText(%q) renders as %q, want nothing", s, out)
		}
		return
	}
	inner, ok := strings.CutPrefix(out, "<p>")
	if ok {
		inner, ok = strings.CutSuffix(inner, "</p>\n")
	}
	if !ok || strings.ContainsAny(inner, "<>") {
		t.Errorf("mdText(%q) renders as %q, want one paragraph of text", s, out)
		return
	}
	if got := html.UnescapeString(inner); got != want {
		t.Errorf("mdText(%q) renders as text %q, want %q", s, got, want)
	}
}

var hostileText = []string{
	"Plain words, with a comma.",
	"<script>alert(1)</script>",
	"[click](javascript:alert(1)) ![i](x) <https://evil.example> www.evil.example",
	"<img src=x onerror=alert(2)> &lt;b&gt; &amp; &#x3C;",
	"{{< youtube abc >}} {{% param \"title\" %}} {{</* x */>}}",
	"line\n---\ntitle: x\n---\n# heading\n\n    code\n1. item\n- item\n> quote",
	"*em* _em_ **strong** ~~del~~ `code` | a | b | [^1] \\ at the end\\",
	"Setext\n===",
	"<!--more--> <!-- comment",
	"tab\there\r\nand \u2028 separators \x00 nul \x7f del",
	"invalid \xff utf-8",
	"   ",
}

func TestMDText(t *testing.T) {
	for _, s := range hostileText {
		checkInert(t, s)
	}
}

func FuzzMDText(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkInert(t, s) })
}

func TestMDURL(t *testing.T) {
	tests := []struct{ in, href string }{
		{"https://news.example/a", "https://news.example/a"},
		{"https://news.example/a(b)?q=1&x=2", "https://news.example/a(b)?q=1&amp;x=2"},
		{"https://news.example/?q=<d>{{<x>}}\"onclick=alert(1)", "https://news.example/?q=%3Cd%3E%7B%7B%3Cx%3E%7D%7D%22onclick=alert(1)"},
		{"https://news.example/?a=&lt;b&gt;", "https://news.example/?a=&amp;lt;b&amp;gt;"},
		{"https://news.example/a_b*c[d]", "https://news.example/a_b*c%5Bd%5D"},
		{"https://news.example/a\\b", "https://news.example/a%5Cb"},
	}
	for _, tt := range tests {
		u := mdURL(tt.in)
		if strings.Contains(u, "{{") {
			t.Errorf("mdURL(%q) = %q keeps a shortcode delimiter", tt.in, u)
		}
		got := render(t, "[x]("+u+")")
		want := `<p><a href="` + tt.href + `">x</a></p>` + "\n"
		if got != want {
			t.Errorf("[x](mdURL(%q)) renders as %q, want %q", tt.in, got, want)
		}
	}
	for _, bad := range []string{"javascript:alert(1)", "data:text/html,x", ""} {
		if u := mdURL(bad); u != "" {
			t.Errorf("mdURL(%q) = %q, want \"\"", bad, u)
		}
	}
}

// TestHostileContent checks the content files themselves: every path stays
// in its folder, the front matter reads back as written when split the way
// Hugo splits it, and the bodies leave nothing for Hugo's shortcode lexer.
func TestHostileContent(t *testing.T) {
	tl := load(t, "hostile.json")
	got, err := Content(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := files(t, got)
	titles := map[string]bool{}
	for p, data := range m {
		if !strings.HasPrefix(p, "content/timeline/") && p != "data/timeline.json" {
			t.Errorf("file outside content/timeline and data: %s", p)
		}
		if !strings.HasSuffix(p, ".md") || strings.HasSuffix(p, "_index.md") {
			continue
		}
		fm, body := splitPage(t, data)
		titles[fm.Title] = true
		if strings.Contains(body, "{{") {
			t.Errorf("%s: body keeps a shortcode delimiter:\n%s", p, body)
		}
		for _, s := range fm.Params.Sources {
			if s.URL != "" && !strings.HasPrefix(s.URL, "https://") {
				t.Errorf("%s: source URL %q kept", p, s.URL)
			}
		}
		checkMarkup(t, p, render(t, body), "p", "strong", "ul", "li", "a")
	}
	for _, e := range tl.Events {
		if w := strings.Join(strings.Fields(e.Title), " "); w != "" && !titles[w] {
			t.Errorf("no page has the title %q", w)
		}
	}
	if _, ok := m["content/timeline/index.md"]; ok {
		t.Error("an event was written as content/timeline/index.md, which makes the section a leaf bundle")
	}
	var data timeline.Timeline
	if err := json.Unmarshal(m["data/timeline.json"], &data); err != nil {
		t.Fatal(err)
	}
	for _, e := range data.Events {
		for _, s := range e.Sources {
			if s.URL != "" && !strings.HasPrefix(s.URL, "https://") {
				t.Errorf("data/timeline.json keeps the URL %q", s.URL)
			}
		}
	}
	if len(data.Events) != len(tl.Events) {
		t.Errorf("data/timeline.json has %d events, want %d", len(data.Events), len(tl.Events))
	}
}

var (
	tagRE  = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)`)
	attrRE = regexp.MustCompile(`(?i)\s(href|src|on[a-z]+|style|srcdoc|action|formaction)\s*=\s*"?([^"\s>]*)`)
)

// checkMarkup checks that the HTML out has only the tags allowed, and that
// every link goes to an http or https URL: nothing from an article became
// markup.
func checkMarkup(t *testing.T, name, out string, allowed ...string) {
	t.Helper()
	for _, m := range tagRE.FindAllStringSubmatch(out, -1) {
		if !slices.Contains(allowed, strings.ToLower(m[2])) {
			t.Errorf("%s: unexpected tag <%s%s>", name, m[1], m[2])
		}
		for _, a := range attrRE.FindAllStringSubmatch(m[3], -1) {
			attr, val := strings.ToLower(a[1]), a[2]
			switch {
			case attr == "href" && (strings.HasPrefix(val, "https://") || strings.HasPrefix(val, "http://") ||
				strings.HasPrefix(val, "/") && !strings.HasPrefix(val, "//") || strings.HasPrefix(val, "#")):
			default:
				t.Errorf("%s: attribute %s=%q in <%s>", name, attr, val, m[2])
			}
		}
	}
}

func TestWarnings(t *testing.T) {
	if w := Warnings(Options{}); len(w) != 1 || !strings.Contains(w[0], "--base-url") {
		t.Errorf("Warnings without a base URL = %q", w)
	}
	if w := Warnings(Options{BaseURL: "https://news.example/"}); len(w) != 0 {
		t.Errorf("Warnings with a base URL = %q", w)
	}
}
