package site

import (
	"bytes"
	"errors"
	"html"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dateline-news/dateline/templates"
	"github.com/dateline-news/dateline/timeline"
)

// TestTemplates executes every embedded template on the fixture timeline
// and checks what each one is for.
func TestTemplates(t *testing.T) {
	files, err := Render(fixture(), Options{Title: "The strait crossing", BaseURL: "https://news.example/strait"})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	// Each page template and the file it renders.
	pages := map[string]string{
		"index.html":    "index.html",
		"timeline.html": "timeline/index.html",
		"event.html":    "events/accord-signed/index.html",
		"actor.html":    "actors/ana-ruiz/index.html",
		"embed.html":    "embed.html",
		"fragment.html": "fragment.html",
		"partials.html": "", // definitions only, used by all of the above
	}
	entries, err := fs.ReadDir(templates.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".html") {
			if _, ok := m[name]; !ok {
				t.Errorf("static file %s is not in the site", name)
			}
			continue
		}
		out, ok := pages[name]
		if !ok {
			t.Errorf("template %s is not exercised by this test", name)
			continue
		}
		if out != "" && len(m[out]) == 0 {
			t.Errorf("template %s rendered no %s", name, out)
		}
	}

	checkInlineStyles(t, files)
	checkLinks(t, m)
	csp := `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;`
	assertContent(t, m, "index.html",
		`<html lang="en">`, csp,
		`<link rel="canonical" href="https://news.example/strait/">`,
		`<link rel="alternate" type="application/json+oembed" href="https://news.example/strait/oembed.json"`,
		`<a class="dl-skip" href="#dl_main">`,
		`<h2 id="dl_keys">Key events</h2>`,
		// One line per key event: date, headline, and the sources behind a disclosure.
		`<p class="dl-lh"><span class="dl-when"><time datetime="2023-09-13">13 September 2023</time></span> <a href="events/accord-signed/">Mayors sign the bridge accord</a></p>`,
		`<details class="dl-more"><summary>2 sources</summary>`,
		`<blockquote>The accord was signed last September.</blockquote>`,
		`<a href="timeline/">Full timeline: all 6 events, with sources</a>`,
		`6 events from 3 articles`,
		`&lt;iframe src=&#34;https://news.example/strait/embed.html&#34;`,
		"<style>.dl{--bg:#fff", "! /*", "! <link rel=\"stylesheet\"", "! <base",
		"! style=\"", "! onclick", "! http://fonts", "! <script", "! Engineers survey the strait",
	)
	assertContent(t, m, "timeline/index.html",
		`<html lang="en">`, csp, `<link rel="canonical" href="https://news.example/strait/timeline/">`,
		`<a class="dl-skip" href="#dl_main">`,
		`<li data-year="y_2019"><a href="#y_2019">2019</a></li>`, `<h2 id="y_2024_h">2024</h2>`,
		`<section class="dl-year" id="y_2024" aria-labelledby="y_2024_h">`,
		`<li id="accord-signed" class="dl-event dl-key" data-actors="ana-ruiz tomas-berg" data-places="northport">`,
		`<time datetime="2023-09-13">13 September 2023</time> <strong class="dl-badge">Key event</strong>`,
		`<time datetime="2023-09">September 2023</time>`,
		`<time datetime="2024-W24">week of 10 June 2024</time>`,
		`<time datetime="2019">2019</time>`,
		`<time datetime="2021">Q2 2021</time>`,
		`<time datetime="2024-06-18">18</time>–<time datetime="2024-06-19">19 June 2024</time>`,
		`<h3><a href="../events/accord-signed/">Mayors sign the bridge accord</a></h3>`,
		`<details class="dl-more"><summary>2 sources</summary>`,
		`<span class="dl-outlet">Northport Courier</span>: <a href="https://example.org/news/bridge-vote">Bridge plan clears its first vote</a>`,
		`<blockquote>The accord was signed last September.</blockquote>`,
		`Date from “last September”`,
		`<option value="ana-ruiz">Ana Ruiz</option>`, `<option value="southbay">Southbay</option>`,
		`<form id="dl_filter" class="dl-filter">`, `<span id="dl_count" role="status">6 of 6 events shown</span> <button type="reset" class="dl-reset">Show all</button>`,
		`<script src="../timeline.js" defer></script>`,
		"<style>.dl{--bg:#fff", "! /*", "! <base", "! style=\"", "! onclick",
		// Never an invented day: the month and week events show no day.
		"! 1 September 2023", "! 2024-06-10\"",
	)
	// Event and actor pages, one per event or actor, link the stylesheet
	// rather than carry it each.
	assertContent(t, m, "events/accord-signed/index.html",
		csp, `<link rel="stylesheet" href="../../style.css">`, "! <style",
		`<link rel="canonical" href="https://news.example/strait/events/accord-signed/">`,
		`<h1>Mayors sign the bridge accord</h1>`,
		`<a href="../../">The strait crossing</a> · <a href="../../timeline/#accord-signed">On the full timeline</a>`,
		`<a href="../../actors/tomas-berg/">Tomas Berg</a>`,
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Mayors sign the bridge accord"`,
		`"startDate":"2023-09-13"`, `"location":[{"@type":"Place","name":"Northport"}]`,
		`"publisher":{"@type":"Organization","name":"Northport Courier"}`,
	)
	assertContent(t, m, "events/state-visit/index.html", `"startDate":"2024-06-18","endDate":"2024-06-19"`)
	assertContent(t, m, "actors/ana-ruiz/index.html",
		`<h1>Ana Ruiz</h1>`, `3 events on this timeline.`,
		`<a href="../../events/funding-closes/">Funding round closes</a>`,
		`<link rel="stylesheet" href="../../style.css">`, "! <style",
		`! Engineers survey the strait`)
	assertContent(t, m, "embed.html", csp,
		`<body class="dl dl-embed dl-light">`, `<script src="embed.js" defer></script>`,
		// The title opens the timeline's page in the top window, never embed.html.
		`<base target="_top">`, `<h1><a href="https://news.example/strait/">The strait crossing</a></h1>`,
		`<a href="https://news.example/strait/timeline/">Full timeline: all 6 events</a>`,
		`<a href="events/accord-signed/">`, `<a href="https://example.net/strait">`,
		"! timeline.js", "! Engineers survey the strait")
	assertContent(t, m, "fragment.html",
		`<div class="dl dl-fragment dl-light" lang="en">`, "<style>.dl.dl :where(h1,", ".dl.dl{--bg:#fff", ".dl.dl h2{",
		`<a href="https://news.example/strait/events/accord-signed/">`,
		"! <html", "! <body", "! <script")
	assertContent(t, m, "oembed.json", `"type": "rich"`, `"version": "1.0"`,
		`"html": "\u003ciframe src=\"https://news.example/strait/embed.html\"`, `"height": 600`)
	assertContent(t, m, "events.jsonld", `{"@context":"https://schema.org","@graph":[{"@type":"Event"`, `"name":"Funding round closes"`)
}

func TestDates(t *testing.T) {
	tests := []struct {
		name     string
		d        timeline.Date
		text, dt string
	}{
		{"year", timeline.YearOf(2000), "2000", "2000"},
		{"quarter", timeline.QuarterOf(2019, 2), "Q2 2019", "2019"},
		{"month", timeline.MonthOf(2023, time.September), "September 2023", "2023-09"},
		{"week", timeline.WeekOf(2024, 24), "week of 10 June 2024", "2024-W24"},
		{"week starting in the previous year", timeline.WeekOf(2021, 1), "week of 4 January 2021", "2021-W01"},
		{"week 1 of 2020 starts in 2019", timeline.WeekOf(2020, 1), "week of 30 December 2019", "2020-W01"},
		{"day", timeline.DayOf(2019, time.April, 25), "25 April 2019", "2019-04-25"},
		{"none", timeline.Date{}, "undated", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newDateView(tt.d)
			if got.Text != tt.text || got.Datetime != tt.dt {
				t.Errorf("newDateView(%v) = %q, %q; want %q, %q", tt.d, got.Text, got.Datetime, tt.text, tt.dt)
			}
		})
	}
}

func TestSlugs(t *testing.T) {
	events := []timeline.Event{{Actors: []string{"Kim Jong Un", "Kim Jong-un", "Ана", "../../etc", "  ", "O'Brien & Sons"}}}
	got := slugs(events, func(e *timeline.Event) []string { return e.Actors })
	want := map[string]string{
		"Kim Jong Un": "kim-jong-un", "Kim Jong-un": "kim-jong-un-2",
		"../../etc": "etc", "O'Brien & Sons": "o-brien-sons",
	}
	for n, w := range want {
		if got[n] != w {
			t.Errorf("slug of %q = %q, want %q", n, got[n], w)
		}
	}
	if s := got["Ана"]; !strings.HasPrefix(s, "n-") || !validID(s) {
		t.Errorf("slug of a Cyrillic name = %q, want n-<hash>", s)
	}
	if _, ok := got["  "]; ok {
		t.Errorf("blank name got a slug")
	}
}

// TestDeterministic renders twice, and once from shuffled input: the bytes
// must be the same, and the input must not be changed.
func TestDeterministic(t *testing.T) {
	opt := Options{Title: "T", BaseURL: "https://news.example/"}
	a, err := Render(fixture(), opt)
	if err != nil {
		t.Fatal(err)
	}
	shuffled := fixture()
	slices.Reverse(shuffled.Events)
	slices.Reverse(shuffled.Articles)
	before := fixture()
	slices.Reverse(before.Events)
	b, err := Render(shuffled, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("file %d: %s differs from %s on the second render", i, a[i].Path, b[i].Path)
		}
	}
	if !slices.IsSortedFunc(a, func(x, y File) int { return strings.Compare(x.Path, y.Path) }) {
		t.Errorf("files not sorted by path")
	}
	if shuffled.Events[0].ID != before.Events[0].ID {
		t.Errorf("Render reordered its input")
	}
}

func TestOptions(t *testing.T) {
	t.Run("template override", func(t *testing.T) {
		over := fstest.MapFS{"style.css": {Data: []byte(".dl{color:teal}")}}
		files, err := Render(fixture(), Options{Templates: over})
		if err != nil {
			t.Fatal(err)
		}
		m := fileMap(t, files)
		assertContent(t, m, "style.css", ".dl{color:teal}")
		assertContent(t, m, "fragment.html", ".dl.dl{color:teal}</style>")
		// Only the built-in stylesheet is inlined (CSP names its hash):
		// a folder's own is linked.
		assertContent(t, m, "index.html", "<title>Timeline</title>", "! <link rel=\"canonical\"",
			`<link rel="stylesheet" href="style.css">`, "! <style")
		assertContent(t, m, "events/accord-signed/index.html", `<link rel="stylesheet" href="../../style.css">`, "! <style")
		checkInlineStyles(t, files)
	})
	t.Run("override of the head", func(t *testing.T) {
		// A folder that changes the templates but not the stylesheet
		// still inlines it.
		part, err := fs.ReadFile(templates.FS(), "partials.html")
		if err != nil {
			t.Fatal(err)
		}
		over := fstest.MapFS{"partials.html": {Data: bytes.Replace(part, []byte("<title>"), []byte("<meta name=\"x\" content=\"y\">\n<title>"), 1)}}
		files, err := Render(fixture(), Options{Templates: over})
		if err != nil {
			t.Fatal(err)
		}
		assertContent(t, fileMap(t, files), "index.html", `<meta name="x" content="y">`, "<style>.dl{--bg:#fff")
		checkInlineStyles(t, files)
	})
	t.Run("broken override", func(t *testing.T) {
		over := fstest.MapFS{"index.html": {Data: []byte("{{.Nope")}}
		if _, err := Render(fixture(), Options{Templates: over}); err == nil {
			t.Errorf("Render with a broken template: no error")
		}
	})
	t.Run("override with a missing field", func(t *testing.T) {
		over := fstest.MapFS{"index.html": {Data: []byte("{{.Nope}}")}}
		if _, err := Render(fixture(), Options{Templates: over}); err == nil {
			t.Errorf("Render with a template naming a missing field: no error")
		}
	})
	for _, base := range []string{"javascript:alert(1)", "/relative/", "ftp://x.example/", "https://user:pw@x.example/"} {
		t.Run("base "+base, func(t *testing.T) {
			if _, err := Render(fixture(), Options{BaseURL: base}); err == nil {
				t.Errorf("Render with BaseURL %q: no error", base)
			}
		})
	}
	for _, id := range []string{"", "../x", "A", "a/b", "a b", "a_b"} {
		t.Run("id "+id, func(t *testing.T) {
			tl := fixture()
			tl.Events[0].ID = id
			if _, err := Render(tl, Options{}); err == nil {
				t.Errorf("Render with event id %q: no error", id)
			}
		})
	}
	t.Run("duplicate id", func(t *testing.T) {
		tl := fixture()
		tl.Events[1].ID = tl.Events[0].ID
		if _, err := Render(tl, Options{}); err == nil {
			t.Errorf("Render with two events of one id: no error")
		}
	})
	t.Run("nil timeline", func(t *testing.T) {
		if _, err := Render(nil, Options{}); err == nil {
			t.Errorf("Render(nil): no error")
		}
	})
	t.Run("empty timeline", func(t *testing.T) {
		files, err := Render(&timeline.Timeline{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		m := fileMap(t, files)
		assertContent(t, m, "timeline.json", `"events": []`, `"articles": []`)
		assertContent(t, m, "index.html", "0 events")
	})
}

func TestFormats(t *testing.T) {
	names := Formats()
	want := []string{"atom", "embed", "html", "json", "jsonfeed", "markdown", "timelinejs"}
	if !slices.Equal(names, want) {
		t.Errorf("Formats() = %v, want %v", names, want)
	}
	for _, n := range names {
		f, ok := FormatByName(n)
		if !ok {
			t.Fatalf("FormatByName(%q) not found", n)
		}
		files, err := f(fixture(), Options{})
		if err != nil || len(files) == 0 {
			t.Errorf("format %s: %d files, %v", n, len(files), err)
		}
	}
	if _, ok := FormatByName("pdf"); ok {
		t.Errorf("FormatByName(pdf) found")
	}
	if !errors.Is(nil, nil) {
		t.Fatal()
	}
}

// checkInlineStyles checks that every page's CSP, in its <meta> and as
// CSP() sends it, allows each <style> element of the page by the hash of
// its exact text, and that the pages have no style element besides. The
// fragment is left out: it lives under the including page's policy.
func checkInlineStyles(t *testing.T, files []File) {
	t.Helper()
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".html") || f.Path == "fragment.html" {
			continue
		}
		doc := string(f.Data)
		_, meta, _ := strings.Cut(doc, `<meta http-equiv="Content-Security-Policy" content="`)
		meta, _, _ = strings.Cut(meta, `">`)
		meta = html.UnescapeString(meta)
		if meta != CSP() {
			t.Errorf("%s: CSP %q, want %q", f.Path, meta, CSP())
		}
		for rest := doc; ; {
			_, after, ok := strings.Cut(rest, "<style>")
			if !ok {
				break
			}
			css, tail, ok := strings.Cut(after, "</style>")
			if !ok {
				t.Fatalf("%s: unclosed <style>", f.Path)
			}
			if h := styleHash([]byte(css)); !strings.Contains(meta, " "+h) {
				t.Errorf("%s: CSP %q does not allow its <style> (%s)", f.Path, meta, h)
			}
			rest = tail
		}
		if strings.Count(doc, "<style") != strings.Count(doc, "<style>") {
			t.Errorf("%s: a <style> element with attributes", f.Path)
		}
	}
}

func TestStripComments(t *testing.T) {
	for in, want := range map[string]string{
		"a{b:c}":                                 "a{b:c}",
		"/* x */\na{b:c}\n/* y\n z */\nd{e:f}\n": "a{b:c}\nd{e:f}\n",
		"a{b:c /* in */}":                        "a{b:c }",
		"a{b:c}/* open":                          "a{b:c}",
	} {
		if got := string(stripComments([]byte(in))); got != want {
			t.Errorf("stripComments(%q) = %q, want %q", in, got, want)
		}
	}
	// The built-in stylesheet loses only its comments.
	css, err := fs.ReadFile(templates.FS(), "style.css")
	if err != nil {
		t.Fatal(err)
	}
	inline, _ := embeddedStyle()
	if n, m := bytes.Count(css, []byte("{")), bytes.Count(inline, []byte("{")); n != m {
		t.Errorf("inline stylesheet has %d rules, style.css %d", m, n)
	}
}

// TestMonthPages: past yearPagesOver events in one year, the year's page
// lists its months, each a page of its own with the year and month links,
// and keeps only the events dated to the year or a quarter; every link of
// the site resolves, and an event page links its entry on its month's page.
func TestMonthPages(t *testing.T) {
	tl := dense(1000)
	files, err := Render(tl, Options{Title: "Dense"})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	checkLinks(t, m)
	assertContent(t, m, "timeline/index.html", `<li><a href="../timeline/2000/">2000</a>: `)
	assertContent(t, m, "timeline/2000/index.html",
		`<ul class="dl-pages"><li><a href="../../timeline/2000/01/">January 2000</a>: `,
		`<a href="../../timeline/2000/12/">December 2000</a>`,
		`<li id="event-00007" class="dl-event`, `<time datetime="2000">2000</time>`, // dated to the year
		`<li id="event-00008" class="dl-event`, // to a quarter
		`! id="event-00010"`)                   // a day of January
	assertContent(t, m, "timeline/2000/01/index.html",
		`<h1>January 2000</h1>`, `<nav class="dl-wrap dl-nav" aria-label="Months of 2000">`,
		`<li><a href="../../../timeline/2000/02/">February 2000</a></li>`,
		`<li data-year="y_2001"><a href="../../../timeline/2001/">2001</a></li>`,
		`<li id="event-00010" class="dl-event`, `<script src="../../../timeline.js" defer></script>`,
		`! id="event-00007"`, `! id="event-00100"`)
	assertContent(t, m, "events/event-00010/index.html", `<a href="../../timeline/2000/01/#event-00010">On the full timeline</a>`)
	assertContent(t, m, "events/event-00007/index.html", `<a href="../../timeline/2000/#event-00007">On the full timeline</a>`)
	for p, doc := range m {
		if strings.HasPrefix(p, "timeline/2000/") && len(doc) > 200<<10 {
			t.Errorf("%s is %d KiB", p, len(doc)>>10)
		}
	}
	// A small year of a paged timeline stays one page.
	var small []timeline.Event
	for _, e := range tl.Events[:450] {
		small = append(small, e)
	}
	small[449].Date = timeline.DayOf(2005, time.March, 1)
	files, err = Render(&timeline.Timeline{Events: small, Articles: tl.Articles}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m = fileMap(t, files)
	checkLinks(t, m)
	if _, ok := m["timeline/2005/03/index.html"]; ok {
		t.Errorf("a year of one event has month pages")
	}
	assertContent(t, m, "timeline/2005/index.html", `<li id="event-00449" class="dl-event`)
}
