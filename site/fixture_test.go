package site

import (
	"fmt"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// fixture is a small timeline written for these tests (an invented story
// about a bridge between two towns), with every date granularity, a span,
// key and minor events, and an undated event.
func fixture() *timeline.Timeline {
	return &timeline.Timeline{
		Articles: []timeline.Article{
			{Path: "a/harbour.md", Title: "Bridge plan clears its first vote", URL: "https://example.org/news/bridge-vote", Outlet: "Northport Courier", Published: timeline.DayOf(2023, time.September, 14)},
			{Path: "b/strait.md", Title: "Two towns, one crossing", URL: "https://example.net/strait", Outlet: "Southbay Herald", Published: timeline.DayOf(2024, time.June, 20)},
			{Path: "c/notes.txt", Title: "Council notes", Outlet: "Strait Weekly", Published: timeline.MonthOf(2021, time.July)},
		},
		Events: []timeline.Event{
			{
				ID: "bridge-proposed-2019", Date: timeline.YearOf(2019), Title: "Port authority floats a bridge",
				Summary: "The port authority first suggests a road bridge across the strait.",
				Actors:  []string{"Port Authority"}, Places: []string{"Northport"},
				Sources: []timeline.Source{{Article: "c/notes.txt", Sentence: "The idea dates back to 2019, when the port authority raised it.", Expression: "2019", Value: "2019"}},
			},
			{
				ID: "funding-closes", Date: timeline.QuarterOf(2021, 2), Title: "Funding round closes",
				Summary: "Both councils commit money for a feasibility study.",
				Actors:  []string{"Ana Ruiz", "Tomas Berg"},
				Sources: []timeline.Source{{Article: "c/notes.txt", Published: timeline.MonthOf(2021, time.July), Sentence: "Money for the study was found in the second quarter.", Expression: "the second quarter", Value: "2021-Q2"}},
			},
			{
				ID: "survey-2023-09", Date: timeline.MonthOf(2023, time.September), Title: "Engineers survey the strait",
				Actors: []string{"Tomas Berg"}, Places: []string{"Southbay", "Northport"},
				Sources: []timeline.Source{{Article: "a/harbour.md", Title: "Bridge plan clears its first vote", URL: "https://example.org/news/bridge-vote", Published: timeline.DayOf(2023, time.September, 14), Sentence: "Survey boats worked the strait all month.", Expression: "all month", Value: "2023-09"}},
			},
			{
				ID: "accord-signed", Date: timeline.DayOf(2023, time.September, 13), Title: "Mayors sign the bridge accord", Key: true,
				Summary: "The two mayors sign an accord to build the crossing together.",
				Actors:  []string{"Ana Ruiz", "Tomas Berg"}, Places: []string{"Northport"},
				Sources: []timeline.Source{
					{Article: "a/harbour.md", Title: "Bridge plan clears its first vote", URL: "https://example.org/news/bridge-vote", Published: timeline.DayOf(2023, time.September, 14), Sentence: "On Wednesday the mayors put their names to the accord.", Expression: "Wednesday", Value: "2023-09-13"},
					{Article: "b/strait.md", Title: "Two towns, one crossing", URL: "https://example.net/strait", Published: timeline.DayOf(2024, time.June, 20), Sentence: "The accord was signed last September.", Expression: "last September", Value: "2023-09"},
				},
			},
			{
				ID: "protest-camp", Date: timeline.WeekOf(2024, 24), Title: "Fishers set up a protest camp",
				Actors: []string{"Fishers' Guild"}, Places: []string{"Southbay"},
				Sources: []timeline.Source{{Article: "b/strait.md", Title: "Two towns, one crossing", URL: "https://example.net/strait", Published: timeline.DayOf(2024, time.June, 20), Sentence: "Tents went up on the shore last week.", Expression: "last week", Value: "2024-W24"}},
			},
			{
				ID: "state-visit", Date: timeline.DayOf(2024, time.June, 18), End: timeline.DayOf(2024, time.June, 19), Title: "Governor tours both shores", Key: true,
				Summary: "A two-day visit by the governor to both towns.",
				Actors:  []string{"Governor Lind", "Ana Ruiz"}, Places: []string{"Southbay"},
				Sources: []timeline.Source{{Article: "b/strait.md", Title: "Two towns, one crossing", URL: "https://example.net/strait", Published: timeline.DayOf(2024, time.June, 20), Sentence: "The governor spent Tuesday and Wednesday on the two shores.", Expression: "Tuesday and Wednesday", Value: "2024-06-18"}},
			},
		},
	}
}

// synthetic returns a timeline of n events over n/3 years or so, with
// sources of a realistic size, for benchmarks and scale tests.
func synthetic(n int) *timeline.Timeline {
	t := &timeline.Timeline{}
	outlets := []string{"Northport Courier", "Southbay Herald", "Strait Weekly", "Coast Radio"}
	actors := []string{"Ana Ruiz", "Tomas Berg", "Governor Lind", "Port Authority", "Fishers' Guild", "Harbour Union"}
	places := []string{"Northport", "Southbay", "the strait", "Capital City"}
	for i := range 40 {
		t.Articles = append(t.Articles, timeline.Article{
			Path: fmt.Sprintf("articles/%03d.md", i), Title: fmt.Sprintf("Report number %d on the crossing", i),
			URL: fmt.Sprintf("https://example.org/news/%d", i), Outlet: outlets[i%len(outlets)],
			Published: timeline.DayOfTime(time.Date(2000+i/2, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)),
		})
	}
	day := time.Date(2000, 1, 3, 0, 0, 0, 0, time.UTC)
	for i := range n {
		d := day.AddDate(0, 0, i*7/3)
		var date timeline.Date
		switch i % 5 {
		case 0:
			date = timeline.MonthOf(d.Year(), d.Month())
		case 1:
			y, w := d.ISOWeek()
			date = timeline.WeekOf(y, w)
		default:
			date = timeline.DayOfTime(d)
		}
		a := t.Articles[i%len(t.Articles)]
		ev := timeline.Event{
			ID: fmt.Sprintf("event-%05d", i), Date: date, Key: i%4 == 0,
			Title:   fmt.Sprintf("Councils meet for round %d of bridge talks", i),
			Summary: "Delegations from both towns discuss tolls, shipping lanes and the timetable for the works.",
			Actors:  []string{actors[i%len(actors)], actors[(i+1)%len(actors)]},
			Places:  []string{places[i%len(places)]},
		}
		for j := range 1 + i%2 {
			ev.Sources = append(ev.Sources, timeline.Source{
				Article: a.Path, Title: a.Title, URL: a.URL, Published: a.Published,
				Sentence:   fmt.Sprintf("Officials said the talks, the %dth of their kind, would go on until the spring (source %d).", i, j),
				Expression: "on Tuesday", Value: date.String(),
			})
		}
		t.Events = append(t.Events, ev)
	}
	return t
}

// dense is synthetic(n) with about 550 events a year, so that a paged
// timeline splits its years by month: a day or a week each, but every
// hundredth event dated only to its year and the next only to a quarter.
func dense(n int) *timeline.Timeline {
	tl := synthetic(n)
	day := time.Date(2000, 1, 3, 0, 0, 0, 0, time.UTC)
	for i := range tl.Events {
		d := day.AddDate(0, 0, i*2/3)
		e := &tl.Events[i]
		switch {
		case i%100 == 7:
			e.Date = timeline.YearOf(d.Year())
		case i%100 == 8:
			e.Date = timeline.QuarterOf(d.Year(), 1+int(d.Month()-1)/3)
		case i%5 == 1:
			y, w := d.ISOWeek()
			e.Date = timeline.WeekOf(y, w)
		default:
			e.Date = timeline.DayOfTime(d)
		}
		for j := range e.Sources {
			e.Sources[j].Value = e.Date.String()
		}
	}
	return tl
}
