package site_test

import (
	"fmt"
	"regexp"
	"time"

	"github.com/dateline-news/dateline/site"
	"github.com/dateline-news/dateline/timeline"
)

func ExampleRender() {
	tl := &timeline.Timeline{
		Articles: []timeline.Article{{Path: "ferry.md", Title: "Ferry returns", URL: "https://example.org/ferry", Outlet: "Harbour News", Published: timeline.DayOf(2024, time.May, 2)}},
		Events: []timeline.Event{{
			ID: "ferry-returns", Date: timeline.MonthOf(2024, time.April), Title: "The ferry runs again", Key: true,
			Actors:  []string{"Harbour Board"},
			Sources: []timeline.Source{{Article: "ferry.md", Sentence: "Service resumed in April.", Expression: "in April", Value: "2024-04"}},
		}},
	}
	files, err := site.Render(tl, site.Options{Title: "Harbour", BaseURL: "https://news.example/harbour/"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range files {
		fmt.Println(f.Path)
	}
	// Output:
	// actors/harbour-board/index.html
	// embed.html
	// embed.js
	// events.jsonld
	// events/ferry-returns/index.html
	// favicon.svg
	// feed.atom
	// feed.json
	// fragment.html
	// index.html
	// oembed.json
	// style.css
	// timeline.js
	// timeline.json
	// timeline.md
	// timeline/index.html
	// timelinejs.json
}

func ExampleCSP() {
	// The hashes name the built-in stylesheet, which pages carry inline,
	// and the fragment's scoped copy of it; they change with
	// templates/style.css.
	hash := regexp.MustCompile(`'sha256-[A-Za-z0-9+/]{43}='`)
	fmt.Println(hash.ReplaceAllString(site.CSP(), "'sha256-…'"))
	// Output:
	// default-src 'none'; script-src 'self'; style-src 'self' 'sha256-…' 'sha256-…'; img-src 'self'; base-uri 'none'; form-action 'none'
}
