package site

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// TestCitedOnce: an event told in two sentences of one article names the
// article once on its page (with both sentences), its year's page (with
// the sentence its date came from and how many more the event's page
// has), in timeline.md, timelinejs.json and its JSON-LD; timeline.json
// keeps one source per sentence.
func TestCitedOnce(t *testing.T) {
	tl := fixture()
	e := &tl.Events[3] // accord-signed
	e.Sources = append(e.Sources, timeline.Source{Article: "a/harbour.md", Title: "Bridge plan clears its first vote",
		URL: "https://example.org/news/bridge-vote", Published: timeline.DayOf(2023, time.September, 14),
		Sentence: "Both mayors called it a new start.", Expression: "", Value: "2023-09-13"})
	files, err := Render(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	link := `<a href="https://example.org/news/bridge-vote">Bridge plan clears its first vote</a>`
	for _, p := range []string{"events/accord-signed/index.html", "timeline/index.html"} {
		page := m[p]
		i := strings.Index(page, `id="accord-signed"`)
		if p == "timeline/index.html" {
			page = page[i:]
			page = page[:strings.Index(page, "</li>\n</ul>")]
		}
		if n := strings.Count(page, link); n != 1 {
			t.Errorf("%s: the article is named %d times, want once", p, n)
		}
		if p == "timeline/index.html" {
			// The list shows the sentence the date came from and leaves
			// the others to the event's page.
			assertContent(t, map[string]string{p: page}, p,
				"<blockquote>On Wednesday the mayors put their names to the accord.</blockquote>\n<span class=\"dl-expr\">Date from “Wednesday”</span>\n<span class=\"dl-expr\">and 1 more sentence on the event's page</span></li>",
				"! Both mayors called it a new start.")
			continue
		}
		assertContent(t, map[string]string{p: page}, p,
			"<blockquote>On Wednesday the mayors put their names to the accord.</blockquote>",
			"<blockquote>Both mayors called it a new start.</blockquote>")
	}
	assertContent(t, m, "events/accord-signed/index.html", `"subjectOf":[{"@type":"NewsArticle","headline":"Bridge plan clears its first vote"`)
	if ld := m["events/accord-signed/index.html"]; strings.Count(ld, `"headline":"Bridge plan clears its first vote"`) != 1 {
		t.Errorf("JSON-LD names the article more than once")
	}
	assertContent(t, m, "timeline.md", "“On Wednesday the mayors put their names to the accord.” — Date from “Wednesday”; “Both mayors called it a new start.”")
	assertContent(t, m, "timelinejs.json", "“On Wednesday the mayors put their names to the accord.” “Both mayors called it a new start.”")
	if n := strings.Count(m["timeline.json"], `"sentence": "`); n != 8 {
		t.Errorf("timeline.json has %d sources, want 8 (one per sentence)", n)
	}
}

// TestActorPageLinks: an actor's page lists their events by date and
// linked title, without the sources, which are on each event's page.
func TestActorPageLinks(t *testing.T) {
	files, err := Render(fixture(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	assertContent(t, m, "actors/ana-ruiz/index.html",
		`<h2 id="y_2023_h">2023</h2>`,
		`<li class="dl-line dl-key"><p class="dl-lh"><span class="dl-when"><time datetime="2023-09-13">13 September 2023</time></span> <a href="../../events/accord-signed/">Mayors sign the bridge accord</a></p></li>`,
		"! <blockquote>", `! class="dl-src"`, "! Northport Courier")
}

// TestListSources: an event reported by more than listSources articles
// names the first listSources under its entry on the full timeline and
// says how many more its page names; its page names every one.
func TestListSources(t *testing.T) {
	tl := fixture()
	e := &tl.Events[3] // accord-signed
	for i := range listSources + 4 {
		e.Sources = append(e.Sources, timeline.Source{Title: fmt.Sprintf("Extra report %d", i),
			URL: fmt.Sprintf("https://example.org/news/extra-%d", i), Published: timeline.DayOf(2023, time.October, 1+i),
			Sentence: "The accord was signed in September.", Expression: "in September", Value: "2023-09"})
	}
	files, err := Render(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	page := m["timeline/index.html"]
	page = page[strings.Index(page, `id="accord-signed"`):]
	page = page[:strings.Index(page, "</details>")]
	if got := strings.Count(page, `<li><span class="dl-outlet">`); got != listSources {
		t.Errorf("the full timeline names %d articles of the event, want %d", got, listSources)
	}
	// The fixture's two articles and the twelve added.
	total := strings.Count(m["events/accord-signed/index.html"], `<li><span class="dl-outlet">`)
	if total != 2+listSources+4 {
		t.Errorf("the event's page names %d articles, want %d", total, 2+listSources+4)
	}
	assertContent(t, map[string]string{"entry": page}, "entry", fmt.Sprintf("<li>and %d more articles on the event's page</li>", total-listSources))
}
