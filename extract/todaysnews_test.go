package extract

import (
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestTodaysNewsKey: a statement an article leads with, told of the day
// the article came out, is the news of a day another article names too
// ("The hospital confirmed on Wednesday that a ransomware attack caused
// the outage"), and takes a key place; on a day no other article names,
// what is said on the article's day answers its news ("The minister on
// Thursday called the report one-sided") and is no moment, as before; so
// is a statement no headline or lead tells.
func TestTodaysNewsKey(t *testing.T) {
	var events []timeline.Event
	var reaches []reach
	add := func(date, published, title string, r reach) {
		events = append(events, timeline.Event{Date: mustDate(date), Title: title, Sources: []timeline.Source{{Published: mustDate(published)}}})
		reaches = append(reaches, r)
	}
	add("2022-06-01", "2022-06-01", "The hospital confirmed that a ransomware attack caused the outage",
		reach{docs: 1, leads: 1, statement: true, newsLead: true, dayDocs: 2})
	add("2022-06-08", "2022-06-08", "The minister called the report one-sided",
		reach{docs: 1, leads: 1, statement: true, newsLead: true, dayDocs: 1})
	add("2022-06-15", "2022-06-15", "The union said the talks had broken down",
		reach{docs: 1, statement: true, dayDocs: 2})
	for range 8 {
		add("2022-04-20", "2022-06-20", "Engineers inspected the roof", reach{docs: 1})
	}
	rank(events, reaches, 12)
	for i, want := range []bool{true, false, false} {
		if events[i].Key != want {
			t.Errorf("event %d (%s %q): key %v, want %v", i, events[i].Date, events[i].Title, events[i].Key, want)
		}
	}
}
