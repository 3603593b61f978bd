package extract

import "testing"

// TestAsideTitleAgrees checks that the title made of an aside's participle
// on the subject ("The figures for the first quarter, published on
// Monday, showed ...") takes the number of the subject's noun, not of the
// last noun of a phrase on it.
func TestAsideTitleAgrees(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The figures for the first quarter, published on Monday, showed rents up 8%.", "The figures for the first quarter were published"},
		{"The head of the two agencies, appointed on Monday, resigned within hours.", "The head of the two agencies was appointed"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2026-06-10", c.text)}, Options{})
		found := false
		for _, e := range tl.Events {
			found = found || e.Title == c.want
		}
		if !found {
			var got []string
			for _, e := range tl.Events {
				got = append(got, e.Title)
			}
			t.Errorf("%q: titles %q, want %q", c.text, got, c.want)
		}
	}
}
