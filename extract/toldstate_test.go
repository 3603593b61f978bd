package extract

import (
	"strings"
	"testing"
)

// TestToldStateOwnDay: reported speech moves the present back a tense, so
// a telling whose told clause says a state in the progressive ("said on
// Thursday that they were still searching"), with "still", or by a verb of
// hope, intent or belief ("said on Friday that it hoped") tells the state
// at its own telling, not a happening of the days before: it is cited on
// no earlier happening, however many words it shares with one. A told
// clause in the simple past or the pluperfect ("said on Wednesday that
// the fire had destroyed") may report the earlier happening.
func TestToldStateOwnDay(t *testing.T) {
	first := doc("a.md", "2025-03-03",
		"A gas explosion destroyed a block of flats in Kellbrook on Monday morning, killing three people and injuring eleven.")
	for _, tc := range []struct {
		name, text string
		cited      bool // cited on the explosion's day
	}{
		{"pluperfect", "The fire service said on Wednesday that the gas explosion had destroyed the block of flats in Kellbrook, killing three people.", true},
		{"still, progressive", "Police said on Wednesday that they were still searching the block of flats in Kellbrook destroyed by the gas explosion.", false},
		{"progressive", "The fire service said on Wednesday it was examining the gas pipes under the block of flats in Kellbrook destroyed by the explosion.", false},
		{"hope", "The gas board said on Wednesday that it hoped the families of the three people killed in the Kellbrook explosion would be rehoused within a month.", false},
		{"belief", "The council said on Wednesday it believed the block of flats in Kellbrook destroyed by the gas explosion could be rebuilt.", false},
	} {
		tl, _ := Extract([]Doc{first, doc("b.md", "2025-03-06", tc.text)}, Options{})
		cited := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Article == "b.md" && strings.HasPrefix(tc.text, s.Sentence[:min(len(s.Sentence), 30)]) && e.Date.String() == "2025-03-03" {
					cited = true
				}
			}
		}
		if cited != tc.cited {
			t.Errorf("%s: cited on the explosion's day %v, want %v", tc.name, cited, tc.cited)
		}
	}
}
