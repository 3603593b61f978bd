package extract

import (
	"strings"
	"testing"
)

// TestGenericTimeDatesNothing: a "today" that means nowadays (a state in
// the simple present, or a comparison) and a month of a season that
// recurs (usually, can only, every year) date no event; a "today" of the
// day's news and a month told as one happening do.
func TestGenericTimeDatesNothing(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		prefix     string // the event that cites the sentence so opening
		dated      bool   // whether it is dated by the time
	}{
		{"a state today", "Wheat prices today exceed 300 dollars a tonne at the port of Rouen.", "Wheat prices", false},
		{"a comparison", "By comparison, the lake today holds a third of the water it held in 1990.", "By comparison", false},
		{"the day's news today", "The minister today has announced a review of wheat exports.", "The minister", true},
		{"a season that recurs", "The mountain road can only be used between early June and the end of September.", "The mountain road", false},
		{"usually", "The festival usually opens in late August in the old port.", "The festival", false},
		{"every year", "Herders move the flocks to the high pastures in May every year.", "Herders", false},
		{"one month's happening", "The mountain road was closed in early June after a rockfall.", "The mountain road", true},
	} {
		d := doc("a.md", "2024-03-13", "Officials met in Lyon on Tuesday.\n\n"+tc.text)
		tl, _ := Extract([]Doc{d}, Options{})
		var dated bool
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.HasPrefix(s.Sentence, tc.prefix) && s.Expression != "" {
					dated = true
				}
			}
		}
		if dated != tc.dated {
			t.Errorf("%s: dated by its own time %v, want %v; %+v", tc.name, dated, tc.dated, tl.Events)
		}
	}
}
