package extract

import (
	"strings"
	"testing"
)

// sourcedOn reports whether an event of tl on date has a source sentence
// that starts with prefix, and with what expression.
func sourcedOn(t *testing.T, docs []Doc, date, prefix string) (bool, string) {
	t.Helper()
	tl, _ := Extract(docs, Options{})
	for _, e := range find(tl, date) {
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, prefix) {
				return true, s.Expression
			}
		}
	}
	return false, ""
}

// TestCarriedQuoteOpeningTime: a relative time that opens a sentence
// inside a quote carried over from the sentence before is the speaker's
// ("Two weeks ago I would not ..."), left out as any relative time in
// quoted speech is; the same time outside a quote dates its clause.
func TestCarriedQuoteOpeningTime(t *testing.T) {
	quoted := "The dredger cleared the channel on Monday, the port said. \"It is done at last. Two weeks ago nobody here believed we would finish before the winter,\" the harbour master said."
	if ok, _ := sourcedOn(t, []Doc{doc("a.md", "2025-11-19", quoted)}, "2025-W45", "Two weeks ago"); ok {
		t.Errorf("the time opening a carried quote dates the saying: %q", quoted)
	}
	plain := "The dredger cleared the channel on Monday, the port said. Two weeks ago a storm filled the channel with silt from the river."
	if ok, _ := sourcedOn(t, []Doc{doc("a.md", "2025-11-19", plain)}, "2025-W45", "Two weeks ago"); !ok {
		t.Errorf("the same time outside a quote no longer dates its clause: %q", plain)
	}
}

// TestPerfectLeadSaidDay: a lead in the present perfect with a closing
// said-day ("Rovers have rejected an offer ..., the club said on
// Tuesday") whose happening another source dates to the day before, where
// the lead joins it, is no statement of the saying's day as well; in the
// past tense ("Rovers rejected ...") the statement stays (the day of a
// toll or a decision that the saying gives).
func TestPerfectLeadSaidDay(t *testing.T) {
	later := doc("b.md", "2026-07-20", "City have signed midfielder Tom Ayre from Rovers for 40 million pounds, the clubs said on Monday. City's first offer for Ayre, 30 million pounds, was rejected on June 29.")
	for _, tc := range []struct {
		lead string
		on30 bool
	}{
		{"Rovers have rejected a 30 million pound offer from City for midfielder Tom Ayre, the club said on Tuesday.", false},
		{"Rovers rejected a 30 million pound offer from City for midfielder Tom Ayre, the club said on Tuesday.", true},
	} {
		a := doc("a.md", "2026-06-30", tc.lead+" The club said in a statement that it had received the bid on Monday and turned it down the same evening. Ayre, 23, joined Rovers from a Dutch club in 2022.")
		prefix := tc.lead[:20]
		if ok, _ := sourcedOn(t, []Doc{a, later}, "2026-06-29", prefix); !ok {
			t.Errorf("%q: not a source of the rejection of 2026-06-29", tc.lead)
		}
		if ok, x := sourcedOn(t, []Doc{a, later}, "2026-06-30", prefix); ok != tc.on30 {
			t.Errorf("%q: an event of the saying's day 2026-06-30 (by %q): %v, want %v", tc.lead, x, ok, tc.on30)
		}
	}
}
