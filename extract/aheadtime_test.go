package extract

import (
	"strings"
	"testing"
)

// TestAheadTimeOwnDay: a sentence that names a time after its article's
// publication (a deadline, "had until April 15 to ..."; a plan, "at its
// meeting in May") tells what is due then. It is no further source of a
// happening of the days before that its article dates, whatever words the
// two share. A sentence with no time of its own that tells the same
// happening again still is.
func TestAheadTimeOwnDay(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		cited      bool // cited on the inspection's day
	}{
		{"control", "The fire marshal's office said its inspectors found blocked fire exits and broken sprinklers at the Harbor Street warehouse.", true},
		{"deadline", "The fire marshal said the warehouse owner had until April 15 to clear the blocked fire exits and that inspectors would return.", false},
		{"deadline 2", "The fire marshal said the warehouse had until April 15 to correct the violations and that inspectors would visit again.", false},
		{"deadline 3", "The fire marshal said the warehouse owner had until April 15 to correct the violations and that inspectors would visit again.", false},
		{"deadline 4", "The warehouse owner has until the end of April to correct the violations the fire inspectors found.", false},
		{"deadline 5", "The fire marshal said the warehouse owner must correct the violations by April 30 or the inspectors would close it.", false},
		{"deadline 6", "The warehouse owner has until April 20 to appeal the fire inspectors' findings.", false},
		{"relative clause", "The fire marshal said its inspectors, who will return on April 15, found blocked fire exits and broken sprinklers at the Harbor Street warehouse.", true},
		{"state's end", "The fire marshal said inspectors found blocked fire exits and broken sprinklers at the Harbor Street warehouse, which will stay closed until at least April 15.", true},
		{"state's end 2", "The fire marshal said inspectors found blocked fire exits and broken sprinklers at the Harbor Street warehouse and it will stay closed until at least April 15.", true},
		{"plan", "The state licensing board said it would carry out its own review of the warehouse owner's permit at its meeting in May.", false},
		{"plan 2", "The fire marshal said inspectors would visit the warehouse again in June.", false},
	} {
		body := "MILLPORT, Maine — The state fire marshal has cited a Millport warehouse owner for blocked fire exits, weeks after a blaze at a neighboring plant.\n\n" +
			"The report, made public Monday, lists three violations at the Harbor Street warehouse. Fire inspectors visited the warehouse March 2 and March 3.\n\n" +
			"The warehouse stores paint and solvents for three local firms.\n\n" + tc.text
		tl, _ := Extract([]Doc{doc("a.md", "2025-03-11", body)}, Options{})
		cited := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Article == "a.md" && strings.HasPrefix(tc.text, s.Sentence[:min(len(s.Sentence), 30)]) && e.Date.String() == "2025-03-02" {
					cited = true
				}
			}
		}
		if cited != tc.cited {
			t.Errorf("%s: cited on the inspection's day %v, want %v", tc.name, cited, tc.cited)
		}
	}
}
