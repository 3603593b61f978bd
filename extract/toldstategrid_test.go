package extract

import (
	"strings"
	"testing"
)

// TestToldStateGrid: a state a saying tells ("said photographs taken in
// March show the wall cracked", "said footfall was down 30 per cent on
// Monday") is what the teller holds when speaking; a time inside it dates
// a side part or the measure, never the saying. No event of that time is
// titled by the saying's words: what is told titles it ("Photographs
// taken by a neighbour show the wall cracked, Tom Birch said"), else the
// time makes no event (toldStates). An act, a plan told with a modal or an
// infinitive, and a verb of hoping keep their events (guards). Sentences
// invented for the grid; the report is of 2026-06-10, a Wednesday.
func TestToldStateGrid(t *testing.T) {
	const dct = "2026-06-10"
	tellers := []string{"Engineer Tom Birch", "The traders' association", "A spokeswoman for the council"}
	verbs := []string{"said", "says", "told reporters"}
	states := []struct{ s, date string }{
		{"photographs taken by a neighbour in March show the wall already cracked", "2026-03"},
		{"footfall was down 30 per cent on Monday compared with the same day last year", "2026-06-08"},
		{"the survey carried out in April is the only one on file", "2026-04"},
	}
	for _, tl := range tellers {
		for _, v := range verbs {
			for _, c := range states {
				s := tl + " " + v + " " + c.s + "."
				got, ok := eventTitles(t, dct, "Town news.\n\n"+s)[c.date]
				if ok && opensOnSaying(got, tl, v) {
					t.Errorf("%q: event of %s titled by the saying %q", s, c.date, got)
				}
			}
		}
	}
	// Acts and plans: the told time still makes an event (titled by what
	// is told or, as before, by the saying: not this rule's).
	for _, c := range []struct{ s, date string }{
		{"Engineer Tom Birch said the crew removed the wall in March.", "2026-03"},
		{"The traders' association said the market would reopen on Friday.", "2026-06-12"},
		{"The traders' association says it hopes to reopen the market in July.", "2026-07"},
		{"Police are looking at the felling on May 8.\n\nBirch then told his men to arrive at 6:30 a.m., the lawsuit says.", "2026-05-08"},
	} {
		if _, ok := eventTitles(t, dct, "Town news.\n\n"+c.s)[c.date]; !ok {
			t.Errorf("%q: no event of %s", c.s, c.date)
		}
	}
	// A saying with a later day of its own is no saying of the told time,
	// even the day before the report's ("said on Wednesday that the
	// refunds had been paid on Tuesday").
	s := "A spokeswoman for the firm said on Wednesday that \"a first round\" of refunds had been paid on Tuesday."
	for d, got := range eventTitles(t, dct, "Town news.\n\n"+s) {
		if d == "2026-06-09" && strings.HasPrefix(got, "A spokeswoman for the firm said") {
			t.Errorf("%q: event of %s titled by the saying %q", s, d, got)
		}
	}
}
