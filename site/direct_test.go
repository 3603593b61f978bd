package site

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// odd is a timeline whose text holds every byte html/template treats
// apart: NUL, quotes, '&', '+', '<', '>', '%' escapes valid and not,
// invalid UTF-8, and links with odd schemes and characters.
func odd() *timeline.Timeline {
	day := timeline.DayOf(2024, time.March, 5)
	weird := "a\x00b \"q\" 'q' & + < > %41 %zz 100% \xff\xfe é – \u2028"
	return &timeline.Timeline{
		Articles: []timeline.Article{
			{Path: "a.md", Title: weird, URL: "https://ex.example/a b/é?q=1&x=+1#f'\"<>%2F%G1", Outlet: weird, Published: day},
			{Path: "b.md", Title: "", URL: "mailto:x@ex.example", Outlet: "", Published: timeline.Date{}},
			{Path: "c.md", Title: "c", URL: "HTTPS://EX.example/C", Published: timeline.MonthOf(2024, time.March)},
		},
		Events: []timeline.Event{{
			ID: "odd-1", Date: day, End: timeline.DayOf(2024, time.March, 7), Key: true, Title: weird, Summary: weird,
			Actors: []string{weird, "B+C", "a/b"}, Places: []string{weird, "P&Q"},
			Sources: []timeline.Source{
				{Article: "a.md", Sentence: weird, Expression: weird},
				{Article: "a.md", Sentence: "second " + weird},
				{Article: "b.md", Sentence: ""},
				{Article: "c.md", Sentence: "c", Expression: "in March"},
				{Article: "d.md", Title: weird, URL: "https://ex.example/d?a=<b>", Sentence: "d"},
			},
		}, {
			ID: "odd-2", Date: timeline.QuarterOf(2024, 2), Title: " ", Summary: "",
		}, {
			ID: "odd-3", Title: "undated", Summary: "s",
		}},
	}
}

// manySources is an event cited by more than listSources articles, one
// of them in several sentences.
func manySources() *timeline.Timeline {
	tl := synthetic(30)
	e := &tl.Events[3]
	for i := range 12 {
		a := tl.Articles[i]
		for j := range 1 + i%3 {
			e.Sources = append(e.Sources, timeline.Source{Article: a.Path, Title: a.Title, URL: a.URL, Published: a.Published,
				Sentence: fmt.Sprintf("Sentence %d of %d.", j, i), Expression: []string{"", "on Monday"}[j%2]})
		}
	}
	return tl
}

// TestDirectMatchesTemplates: the Go writers of direct.go write the bytes
// the built-in templates write, for every page of every format.
func TestDirectMatchesTemplates(t *testing.T) {
	timelines := map[string]*timeline.Timeline{
		"fixture": fixture(), "hostile": hostile(), "odd": odd(), "many": manySources(),
		"synthetic": synthetic(450), "dense": dense(900),
	}
	options := []Options{
		{},
		{BaseURL: "https://news.example/a%20b/x+y&z/", Title: "T & <t>", LiveReload: true, Top: -1},
		{BaseURL: "http://news.example/", Theme: "dark", Top: 3},
	}
	for name, tl := range timelines {
		for i, opt := range options {
			useDirect = false
			want, err := Render(tl, opt)
			useDirect = true
			if err != nil {
				t.Fatal(err)
			}
			got, err := Render(tl, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%s, options %d: %d files, want %d", name, i, len(got), len(want))
			}
			for j := range got {
				if got[j].Path != want[j].Path || !bytes.Equal(got[j].Data, want[j].Data) {
					t.Fatalf("%s, options %d: %s differs from the templates' %s:\n%s", name, i, got[j].Path, want[j].Path,
						lineDiff(string(want[j].Data), string(got[j].Data)))
				}
			}
		}
	}
}

// TestDirectOverride: a template folder that changes one of the
// templates direct.go stands for gets html/template; one that changes
// only other files keeps the writers.
func TestDirectOverride(t *testing.T) {
	for _, c := range []struct {
		name         string
		files        fstest.MapFS
		direct, page bool
	}{
		{"style only", fstest.MapFS{"style.css": {Data: []byte("body{}")}}, true, true},
		{"event page", fstest.MapFS{"event.html": {Data: []byte(`{{template "head" .}}<body>{{.Event.Title}}</body>`)}}, true, false},
		{"index only", fstest.MapFS{"index.html": {Data: []byte(`{{template "head" .}}<body>{{range .Highlights}}{{$.Items.HTML $.Root .}}{{end}}</body>`)}}, true, true},
		// index.html parses before partials.html, whose "event" wins.
		{"event defined before partials", fstest.MapFS{"index.html": {Data: []byte(`{{define "event"}}<li>{{.Event.Title}}</li>{{end}}{{template "head" .}}<body></body>`)}}, true, true},
		{"event redefined", fstest.MapFS{"timeline.html": {Data: []byte(`{{define "event"}}<li>{{.Event.Title}}</li>{{end}}x`)}}, false, false},
		{"partials changed", fstest.MapFS{"partials.html": {Data: []byte(`{{define "head"}}{{end}}`)}}, false, false},
		{"cite redefined", fstest.MapFS{"timeline.html": {Data: []byte(`{{define "cite"}}[{{.Title}}]{{end}}x`)}}, false, false},
		{"head redefined", fstest.MapFS{"timeline.html": {Data: []byte(`{{define "head"}}<!doctype html>{{end}}x`)}}, true, false},
	} {
		th, err := themeFor(c.files)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if th.direct != c.direct || th.directPage != c.page {
			t.Errorf("%s: direct %v, %v, want %v, %v", c.name, th.direct, th.directPage, c.direct, c.page)
		}
	}
	// What a redefined "event" writes is the override's.
	files, err := Render(fixture(), Options{Templates: fstest.MapFS{"timeline.html": {Data: []byte(
		`{{define "event"}}<li>custom {{.Event.Title}}</li>{{end}}{{template "years" .}}`)}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Path == "timeline/index.html" && !strings.Contains(string(f.Data), "<li>custom Port authority floats a bridge</li>") {
			t.Errorf("timeline/index.html does not use the override's event:\n%s", f.Data)
		}
	}
}

// FuzzDirectEscape: appendHTML, appendURL and appendURLPart escape as
// html/template does in HTML text, at the start of a URL attribute and
// later in its path.
func FuzzDirectEscape(f *testing.F) {
	for _, s := range []string{"", "plain", "a\x00b", `"'&+<>`, "%41%zz%", "\xff\xfe", "é – \u2028", "javascript:x",
		" JaVaScRiPt:x", "HTTPS://x/y", "mailto:a@b", "a/b:c", "../x", "#f", "?q=1&r=2", "data:x", "a b\tc\n"} {
		f.Add(s)
	}
	tm := template.Must(template.New("").Parse(`{{.}}|<p title="{{.}}">|<a href="{{.}}">|<a href="x/{{.}}">`))
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		if err := tm.Execute(&b, s); err != nil {
			t.Skip()
		}
		var d []byte
		d = appendHTML(d, s)
		d = append(d, `|<p title="`...)
		d = appendHTML(d, s)
		d = append(d, `">|<a href="`...)
		d = appendURL(d, s)
		d = append(d, `">|<a href="x/`...)
		d = appendURLPart(d, s)
		d = append(d, `">`...)
		if string(d) != b.String() {
			t.Fatalf("%q:\n got %q\nwant %q", s, d, b.String())
		}
	})
}
