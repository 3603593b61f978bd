package extract

import (
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestDayCountToMoment: a day that several articles name (or a chronology
// lists) counts them in its most salient event, and in its most salient
// event that may be key when that is another: a statement no article
// tells as its news cannot stand for the day among the key moments, and
// the happening a headline or lead tells of that day takes the day's count
// and a key place; an event no headline or lead tells gains nothing, and
// a day whose events are all statements of no moment gives its count
// once, as before.
func TestDayCountToMoment(t *testing.T) {
	var events []timeline.Event
	var reaches []reach
	add := func(date, basis string, r reach) {
		d := mustDate(date)
		events = append(events, timeline.Event{Date: d, Sources: []timeline.Source{{Published: d, Basis: basis}}})
		reaches = append(reaches, r)
	}
	// A day a chronology lists: the firm's announcement, retold by a later
	// article and the chronology's entry (a statement of no moment), and
	// the article that leads with the day's news as its own.
	add("2026-03-02", "", reach{docs: 2, statement: true, entry: true, dayDocs: 2})
	add("2026-03-02", "published", reach{docs: 1, leads: 1, statement: true, newsLead: true, dayDocs: 2})
	// A day two articles name: a statement retold twice, and the act one
	// article leads with.
	add("2026-03-09", "", reach{docs: 2, statement: true, dayDocs: 2})
	add("2026-03-09", "", reach{docs: 1, leads: 1, dayDocs: 2})
	// The same, but no headline or lead tells the act: a detail of its
	// day, it gains nothing.
	add("2026-03-12", "", reach{docs: 2, statement: true, dayDocs: 2})
	add("2026-03-12", "", reach{docs: 1, dayDocs: 2})
	// A day of statements only: the second gains nothing.
	add("2026-03-16", "", reach{docs: 2, statement: true, dayDocs: 2})
	add("2026-03-16", "", reach{docs: 1, statement: true, dayDocs: 2})
	// Acts of other days, each two articles tell: they fill the key places
	// (k = 6 of 14 events).
	for _, d := range []string{"2026-04-01", "2026-04-08", "2026-04-15", "2026-04-22", "2026-04-29", "2026-05-06"} {
		add(d, "", reach{docs: 2})
	}
	rank(events, reaches, 12)
	for i, w := range []struct {
		salience float64
		key      bool
	}{
		{2 + 2 + chronologyWeight, false},
		{1.5 + 2 + chronologyWeight, true},
		{2 + 2, false},
		{1.5 + 2, true},
		{2 + 2, false},
		{1, false},
		{2 + 2, false},
		{1, false},
	} {
		if events[i].Salience != w.salience || events[i].Key != w.key {
			t.Errorf("event %d (%s): salience %v key %v, want %v %v", i, events[i].Date, events[i].Salience, events[i].Key, w.salience, w.key)
		}
	}
}
