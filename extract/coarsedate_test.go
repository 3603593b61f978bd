package extract

import (
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestTopDayBeforeRetoldMonth: cut to its most salient events, a timeline
// keeps a day that one article tells as its news before a month that
// three articles recall as background ("the bank failed in March"), unless
// the month is more than three times as salient (coarseDateWeight); a day
// still ahead of every report (a hearing set for a date) is discounted
// only by half (coarseWeight), so it keeps its place before that day.
func TestTopDayBeforeRetoldMonth(t *testing.T) {
	src := func(pub string) timeline.Source { return timeline.Source{Published: mustDate(pub)} }
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "month", Date: mustDate("2025-03"), Salience: 4.5, Sources: []timeline.Source{src("2026-04-14"), src("2026-09-08"), src("2026-09-30")}},
		{ID: "charged", Date: mustDate("2026-04-13"), Salience: 1.5, Sources: []timeline.Source{src("2026-04-14")}},
		{ID: "sentencing", Date: mustDate("2026-11-12"), Salience: 3.5, Sources: []timeline.Source{src("2026-09-30"), src("2026-10-02")}},
	}}
	Select(tl, Selection{Top: 2})
	if len(tl.Events) != 2 || tl.Events[0].ID != "charged" || tl.Events[1].ID != "sentencing" {
		t.Errorf("Select(Top 2) = %+v, want the day charged and the sentencing set", tl.Events)
	}
}

// TestKeyDaysBeforeRetoldMonth: a month that half the articles recall
// takes no place among the key moments from days that two articles each
// report: at 0.3 of its salience it is under the least a key event needs,
// and below the days.
func TestKeyDaysBeforeRetoldMonth(t *testing.T) {
	events := []timeline.Event{
		{Date: mustDate("2025-03")},
		{Date: mustDate("2026-04-13")},
		{Date: mustDate("2026-09-07")},
		{Date: mustDate("2026-09-29")},
	}
	reaches := []reach{{docs: 5}, {docs: 2}, {docs: 2}, {docs: 2}}
	rank(events, reaches, 10)
	for i, want := range []bool{false, true, true, true} {
		if events[i].Key != want {
			t.Errorf("event %d (%s): key %v, want %v", i, events[i].Date, events[i].Key, want)
		}
	}
}
