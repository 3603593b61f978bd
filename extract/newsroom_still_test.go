package extract_test

import (
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestNewsroomErrorStill: a known wrong date is STILL while an event with
// its source has the wrong date, unless the event's title is one of the
// error's fixed titles (what is told, retitled from the saying of it, is
// right at that date).
func TestNewsroomErrorStill(t *testing.T) {
	day, _ := timeline.ParseDate("2026-12-18")
	src := timeline.Source{Article: "a.md", Sentence: "A spokeswoman said the group had booked the flight on Friday.", Expression: "Friday"}
	for _, tc := range []struct {
		title string
		fixed []string
		want  bool
	}{
		{"A spokeswoman said the group had been staying with relatives", nil, true},
		{"A spokeswoman said the group had been staying with relatives", []string{"The group had booked the flight, a spokeswoman said"}, true},
		{"The group had booked the flight, a spokeswoman said", []string{"The group had booked the flight, a spokeswoman said"}, false},
	} {
		err := newsroomError{Story: "s", Article: "a.md", Sentence: "A spokeswoman said", Expression: "Friday", Wrong: "2026-12-18", FixedTitles: tc.fixed}
		evs := []timeline.Event{{Date: day, Title: tc.title, Sources: []timeline.Source{src}}}
		if got := err.still(evs); got != tc.want {
			t.Errorf("%q with fixed titles %q: still %v, want %v", tc.title, tc.fixed, got, tc.want)
		}
		if err.Wrong = "2026-12-19"; err.still(evs) {
			t.Errorf("%q: still at another date", tc.title)
		}
	}
}
