package extract

import (
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestKeyNotRepeated: an article that tells a happening over several
// sentences makes it its subject only when its headline or lead tells it,
// or another article tells it too: one article that repeats a detail
// further down (the hearing it recalls in four sentences) gains nothing
// for it, and is no key moment; told in a lead, or by two articles, the
// repetition counts.
func TestKeyNotRepeated(t *testing.T) {
	var events []timeline.Event
	var reaches []reach
	add := func(date string, r reach) {
		events = append(events, timeline.Event{Date: mustDate(date), Sources: []timeline.Source{{Published: mustDate(date)}}})
		reaches = append(reaches, r)
	}
	add("2022-05-01", reach{docs: 1, more: 3})           // repeated further down
	add("2022-05-02", reach{docs: 1, leads: 1, more: 3}) // repeated, and the lead
	add("2022-05-03", reach{docs: 2, more: 2})           // repeated, and another article
	for range 6 {
		add("2022-04-20", reach{docs: 1})
	}
	rank(events, reaches, 12)
	for i, want := range []struct {
		sal float64
		key bool
	}{{1, false}, {2.25, true}, {2.5, true}} {
		if events[i].Salience != want.sal || events[i].Key != want.key {
			t.Errorf("event %d (%s): salience %v key %v, want %v %v", i, events[i].Date, events[i].Salience, events[i].Key, want.sal, want.key)
		}
	}
}
