package extract

import (
	"strings"
	"testing"
)

// TestScheduleClockTime: a clock time of a timetable or a habit ("open
// from 7 a.m. to 10 p.m. daily", "at 9 a.m. every weekday") tells when
// something recurs, not when a happening was: it dates no event on the
// page's day. Probes written before the rule (scheduleClock), in words of
// our own; a clock time of a happening stays (the control).
func TestScheduleClockTime(t *testing.T) {
	for _, c := range []struct {
		text string
		key  string
		bad  bool // true: no event of the sentence may be on the page's day
	}{
		{"The new ferry terminal will be staffed from 7 a.m. to 10 p.m. daily.", "ferry terminal will be staffed", true},
		{"Replacement buses will run every 20 minutes from 5:30 a.m. until midnight on weekdays.", "Replacement buses will run", true},
		{"At 8:15 on a school morning, the crossing outside the gates is usually jammed with cars.", "the crossing outside the gates", true},
		{"The clinic opens its doors at 9 a.m. every Saturday for walk-in patients.", "The clinic opens its doors", true},
		{"Firefighters were called to the warehouse at 4:40 a.m. and the blaze was out by 7 a.m.", "Firefighters were called", false},
		// (A recurrence in the next sentence is not the clock time's.)
		{"The power went out across the district at 6:10 p.m. Crews check the lines daily.", "The power went out", false},
	} {
		d := doc("a.md", "2026-04-14", "City news\n\n"+c.text+"\n")
		tl, _ := Extract([]Doc{d}, Options{})
		onDay := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.Contains(s.Sentence, c.key) && strings.HasPrefix(e.Date.String(), "2026-04-14") {
					onDay = true
				}
			}
		}
		if onDay == c.bad {
			t.Errorf("%q: on the page's day %v, want %v", c.key, onDay, !c.bad)
		}
	}
}
