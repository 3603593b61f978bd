package extract

import (
	"strings"
	"testing"
)

// TestResponseModifierTime: a date set before the noun a verb of response
// or of undoing takes ("criticised the March 2 ruling", "asked the court
// to annul the May 4 election") names the noun's happening, which the
// response or the undoing answers after it: it dates no response, as the
// possessive does ("criticised Monday's vote", TestResponseNounTime).
// (Probes written before the rule; a verb that is no response keeps the
// noun's date, "attended the May 4 rally", the control.)
func TestResponseModifierTime(t *testing.T) {
	for _, c := range []struct{ text, date, verb string }{
		{"Opposition parties asked the Supreme Court to annul the May 4 election.", "2026-05-04", "ask"},
		{"Lawyers for the family criticised the March 2 ruling.", "2026-03-02", "criticised"},
		{"The appeals court overturned the Feb. 20 verdict on Tuesday.", "2026-02-20", "overturned"},
		{"Residents have asked the council to reverse the April 14 decision to close the pool.", "2026-04-14", "ask"},
	} {
		for _, title := range titlesOn(c.date, [2]string{"2026-06-04", c.text}) {
			if strings.Contains(title, c.verb) {
				t.Errorf("%q: %s titled %q, the response the noun's date does not date", c.text, c.date, title)
			}
		}
	}
	got := titlesOn("2026-05-04", [2]string{"2026-06-04", "Thousands attended the May 4 rally in the capital."})
	if len(got) != 1 || !strings.Contains(got[0], "attended") {
		t.Errorf("attended the May 4 rally: titled %q, want the attending", got)
	}
}
