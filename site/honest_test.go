package site

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// fileNamed is a timeline whose articles are known only by file names, as
// .txt articles listed in a sources.yaml without title or outlet are, with
// events at every coarse granularity.
func fileNamed() *timeline.Timeline {
	return &timeline.Timeline{
		Articles: []timeline.Article{
			{Path: "000_5e6b88419370af48.txt", Published: timeline.DayOf(2024, time.June, 18)},
			{Path: "001_b9717b927995f464.txt", URL: "https://www.news.example/story", Published: timeline.DayOf(2024, time.June, 20)},
		},
		Events: []timeline.Event{
			{ID: "y2000", Date: timeline.YearOf(2000), Title: "A treaty is signed",
				Sources: []timeline.Source{{Article: "000_5e6b88419370af48.txt", Sentence: "In 2000 a treaty was signed.", Expression: "2000", Value: "2000"}}},
			{ID: "m2024-05", Date: timeline.MonthOf(2024, time.May), Title: "Talks begin",
				Sources: []timeline.Source{{Article: "001_b9717b927995f464.txt", Sentence: "Talks began in May.", Expression: "May", Value: "2024-05"}}},
			{ID: "w2024-24", Date: timeline.WeekOf(2024, 24), Title: "A week of visits",
				Sources: []timeline.Source{{Article: "001_b9717b927995f464.txt", Sentence: "Visits went on last week.", Expression: "last week", Value: "2024-W24"}}},
			{ID: "q2023-3", Date: timeline.QuarterOf(2023, 3), Title: "A quarter of growth",
				Sources: []timeline.Source{{Article: "000_5e6b88419370af48.txt", Sentence: "Growth in the third quarter.", Expression: "the third quarter", Value: "2023-Q3"}}},
			{ID: "d2024-06-18", Date: timeline.DayOf(2024, time.June, 18), Title: "The visit", Key: true,
				Sources: []timeline.Source{{Article: "000_5e6b88419370af48.txt", Sentence: "The visit is today.", Basis: "published"}}},
		},
	}
}

// TestSourcesNamed: a source is named by its outlet and headline, or the
// URL's host, and never by its file name, in every format but
// timeline.json (which is the data itself and keeps the path).
func TestSourcesNamed(t *testing.T) {
	files, err := Render(fileNamed(), Options{Title: "T", BaseURL: "https://tl.example/"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Path == "timeline.json" {
			continue
		}
		if strings.Contains(string(f.Data), "5e6b88419370af48") || strings.Contains(string(f.Data), "b9717b927995f464") {
			t.Errorf("%s names a source by its file name", f.Path)
		}
	}
	byPath := map[string]string{}
	for _, f := range files {
		byPath[f.Path] = string(f.Data)
	}
	for _, want := range []struct{ file, text string }{
		{"timeline/index.html", "news.example"},
		{"timeline/index.html", "Article of 18 June 2024"},
		{"index.html", "date of publication"},
		{"events.jsonld", `"name":"news.example"`},
		{"feed.atom", "news.example: Article of 20 June 2024"},
		{"timelinejs.json", "news.example"},
		{"timeline.md", "date of publication"},
	} {
		if !strings.Contains(byPath[want.file], want.text) {
			t.Errorf("%s lacks %q", want.file, want.text)
		}
	}
}

// TestNoInventedDay: no format but a day event's own gives a day of the
// month for a year, quarter, month or week: JSON-LD carries "2000",
// "2024-05", a week as its first and last day, TimelineJS a month without
// a day, and the feeds the articles' publication days, never an event's
// first day.
func TestNoInventedDay(t *testing.T) {
	files, err := Render(fileNamed(), Options{Title: "T"})
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string][]byte{}
	for _, f := range files {
		byPath[f.Path] = f.Data
	}
	var ld struct {
		Graph []struct {
			Name, StartDate, EndDate string
		} `json:"@graph"`
	}
	if err := json.Unmarshal(byPath["events.jsonld"], &ld); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"A treaty is signed":  {"2000", ""},
		"Talks begin":         {"2024-05", ""},
		"A week of visits":    {"2024-06-10", "2024-06-16"},
		"A quarter of growth": {"2023-07", "2023-09"},
		"The visit":           {"2024-06-18", ""},
	}
	for _, e := range ld.Graph {
		if w := want[e.Name]; e.StartDate != w[0] || e.EndDate != w[1] {
			t.Errorf("events.jsonld %q: startDate %q endDate %q, want %q %q", e.Name, e.StartDate, e.EndDate, w[0], w[1])
		}
	}
	var tl struct {
		Events []struct {
			StartDate map[string]any `json:"start_date"`
			EndDate   map[string]any `json:"end_date"`
			Text      struct{ Headline string }
		}
	}
	if err := json.Unmarshal(byPath["timelinejs.json"], &tl); err != nil {
		t.Fatal(err)
	}
	for _, e := range tl.Events {
		_, day := e.StartDate["day"]
		switch e.Text.Headline {
		case "A treaty is signed", "Talks begin", "A quarter of growth":
			if day {
				t.Errorf("timelinejs.json %q has a day: %v", e.Text.Headline, e.StartDate)
			}
		case "A week of visits":
			if e.StartDate["day"] != 10.0 || e.EndDate == nil || e.EndDate["day"] != 16.0 {
				t.Errorf("timelinejs.json week: %v – %v, want 10 to 16 June", e.StartDate, e.EndDate)
			}
		}
		if e.StartDate["display_date"] == nil {
			t.Errorf("timelinejs.json %q: no display_date", e.Text.Headline)
		}
	}
	// Feeds: only the articles' publication days.
	for _, name := range []string{"feed.atom", "feed.json"} {
		s := string(byPath[name])
		for _, bad := range []string{"2000-01-01", "2024-05-01", "2023-07-01", "2024-06-10"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s holds the invented day %s", name, bad)
			}
		}
	}
}

// TestFeedIDs: without a BaseURL the Atom id is unique to the timeline
// (two titles, two ids), and stable as events are added after the first.
func TestFeedIDs(t *testing.T) {
	id := func(tl *timeline.Timeline, title string) string {
		c, err := newConfig(tl, Options{Title: title})
		if err != nil {
			t.Fatal(err)
		}
		return feedID(c)
	}
	a, b := id(fileNamed(), "Harbour"), id(fileNamed(), "Strait")
	if a == b || a == "urn:dateline:timeline" {
		t.Errorf("two timelines share the feed id %q", a)
	}
	more := fileNamed()
	more.Events = append(more.Events, timeline.Event{ID: "later", Date: timeline.YearOf(2025), Title: "Later"})
	if got := id(more, "Harbour"); got != a {
		t.Errorf("a new event changed the feed id: %q, then %q", a, got)
	}
	if c, _ := newConfig(fileNamed(), Options{BaseURL: "https://tl.example/x"}); feedID(c) != "https://tl.example/x/" {
		t.Errorf("feed id with a base URL = %q", feedID(c))
	}
}

func TestWarnings(t *testing.T) {
	w := Warnings(Options{})
	if len(w) != 1 || !strings.Contains(w[0], "--base-url") || !strings.Contains(w[0], "feed.atom") || !strings.Contains(w[0], "oembed.json") {
		t.Errorf("Warnings without a base URL = %q", w)
	}
	if w := Warnings(Options{BaseURL: "https://news.example/"}); len(w) != 0 {
		t.Errorf("Warnings with a base URL = %q", w)
	}
}

func TestTheme(t *testing.T) {
	for theme, want := range map[string]string{"": "dl dl-embed dl-light", "light": "dl dl-embed dl-light", "dark": "dl dl-embed dl-dark", "auto": `"dl dl-embed"`} {
		files, err := Embed(fileNamed(), Options{Theme: theme})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if f.Path == "embed.html" && !strings.Contains(string(f.Data), want) {
				t.Errorf("Theme %q: embed.html lacks %s", theme, want)
			}
		}
	}
	if _, err := Render(fileNamed(), Options{Theme: "purple"}); err == nil {
		t.Error("Theme purple: no error")
	}
}

func TestTop(t *testing.T) {
	count := func(opt Options) int {
		files, err := Embed(synthetic(40), opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if f.Path == "embed.html" {
				return strings.Count(string(f.Data), `<li class="dl-line`)
			}
		}
		return -1
	}
	if got := count(Options{}); got != 10 { // every 4th of 40 is key
		t.Errorf("embed of 40 events, 10 key: %d lines", got)
	}
	if got := count(Options{Top: 3}); got != 3 {
		t.Errorf("embed with Top 3: %d lines", got)
	}
	if got := count(Options{Top: -1}); got != 40 {
		t.Errorf("embed with Top -1: %d lines", got)
	}
	// 100 events, 25 key: the 12 most salient key events, not all 25.
	files, err := Embed(synthetic(100), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Path == "embed.html" || f.Path == "fragment.html" {
			if got := strings.Count(string(f.Data), `<li class="dl-line dl-key`); got != embedHighlights {
				t.Errorf("%s of 100 events, 25 key: %d lines, want %d", f.Path, got, embedHighlights)
			}
		}
	}
}

// TestFragmentStyleAllowed: fragment.html opened from a server that sends
// CSP() (dateline serve) is styled: the policy names its <style> too.
func TestFragmentStyleAllowed(t *testing.T) {
	files, err := Embed(fileNamed(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Path != "fragment.html" {
			continue
		}
		_, css, _ := strings.Cut(string(f.Data), "<style>")
		css, _, _ = strings.Cut(css, "</style>")
		for _, csp := range []string{CSP(), ServeCSP()} {
			if !strings.Contains(csp, styleHash([]byte(css))) {
				t.Errorf("%q does not allow fragment.html's <style>", csp)
			}
		}
		return
	}
	t.Fatal("no fragment.html")
}
