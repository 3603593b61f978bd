package extract

import (
	"strings"
	"testing"
)

// TestFromFigureOrigin: ", from" and a figure after a figure set off by a
// comma tells a comparison's origin ("raised to 45,000, from 40,000 in
// 2031"): its time dates the earlier figure, no event of the clause. A
// period's start with a clock time (", from 6 a.m. on Monday") keeps
// dating its clause. (The clause grid's raised-from-in-year, written in
// session 34, is the probe written before the rule; these after it.)
func TestFromFigureOrigin(t *testing.T) {
	for _, tc := range []struct {
		sentence, date string
		dated          bool
	}{
		{"The ticket price has been raised to 95 pounds, from 80 pounds in 2023.", "2023", false},
		{"Membership has grown to 12,400, from 9,800 last year.", "2025", false},
		{"Buses will run every 20 minutes, from 6 a.m. on Monday.", "2026-03-16", true},
	} {
		text := "Officials gave an update on Thursday.\n\n" + tc.sentence + " More updates are expected."
		tl, _ := Extract([]Doc{doc("a.md", "2026-03-12", text)}, Options{})
		found := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.Contains(s.Sentence, tc.sentence[:25]) && e.Date.String() == tc.date {
					found = true
				}
			}
		}
		if found != tc.dated {
			t.Errorf("%q: an event at %s: %v, want %v", tc.sentence, tc.date, found, tc.dated)
		}
	}
}
