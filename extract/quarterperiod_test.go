package extract

import "testing"

// TestQuarterOfAccounts: a quarter or a half written as the modifier of a
// noun of accounts ("third-quarter results", "first-half profit") names
// the period the figures cover, as a year does ("its 2013 results"), not
// when anything was told or done: the clause's own day dates it.
func TestQuarterOfAccounts(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-05-02", "The bank posted first-quarter profit of $2.1 billion on Tuesday.", "2026-04-28", "The bank posted first-quarter profit of $2.1 billion"},
		{"2026-07-10", "The airline publishes second-quarter earnings on July 28.", "2026-07-28", "The airline publishes second-quarter earnings"},
		{"2026-11-02", "The group will report third-quarter sales on Nov. 12.", "2026-11-12", "The group will report third-quarter sales"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: %s titled %q, want %q (all: %v)", c.text, c.date, got[c.date], c.want, got)
		}
	}
}
