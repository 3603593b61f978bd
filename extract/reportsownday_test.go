package extract

import (
	"strings"
	"testing"
)

// TestReportsOwnDay: a dated statement's sentence is cited on an earlier
// day's happening, as its report, only when its time dates a telling of
// that happening ("..., the fire service said on Wednesday"). An act with
// no verb of telling ("declared a day of mourning", "praised the crews")
// and a time in the subject of what is told ("said an inspection on
// Tuesday had found") date their own day, and are no report of the
// explosion two days before.
func TestReportsOwnDay(t *testing.T) {
	first := doc("a.md", "2025-03-03",
		"A gas explosion destroyed a block of flats in Kellbrook on Monday morning, killing three people and injuring eleven.")
	for _, tc := range []struct {
		name, text string
		cited      bool // cited on the explosion's day
	}{
		{"a telling's time", "Three people were killed in the Kellbrook gas explosion, the fire service said on Wednesday.", true},
		{"a declaration", "The city council on Wednesday declared a day of mourning for the three people killed when a gas explosion destroyed a block of flats in Kellbrook.", false},
		{"praise", "The mayor of Kellbrook on Wednesday praised the fire crews who searched the flats destroyed by the gas explosion.", false},
		{"a time in the told subject", "The gas board said an inspection on Tuesday had found a corroded pipe under the block of flats destroyed by the explosion in Kellbrook.", false},
	} {
		tl, _ := Extract([]Doc{first, doc("b.md", "2025-03-06", tc.text)}, Options{})
		cited, own := false, false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Article != "b.md" || !strings.HasPrefix(tc.text, s.Sentence[:min(len(s.Sentence), 30)]) {
					continue
				}
				if e.Date.String() == "2025-03-03" {
					cited = true
				} else {
					own = true
				}
			}
		}
		if cited != tc.cited {
			t.Errorf("%s: cited on the explosion's day %v, want %v", tc.name, cited, tc.cited)
		}
		if !tc.cited && !own {
			t.Errorf("%s: no event of its own day", tc.name)
		}
	}
}
