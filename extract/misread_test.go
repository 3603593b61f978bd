package extract

import "testing"

// TestMisreadSideClause checks that a sentence's own clause is not retold
// as a side clause on a noun it misread: a verb in "-ed" taken for the
// subject's head ("Roads south of the river remained closed" gave "The
// river remained was closed"), or a reduced clause that ran to the subject
// of a subordinate clause ("The harbour reopened on Monday afternoon after
// divers cleared debris" gave "The harbour was reopened after divers").
// The event keeps its date; its title is the sentence's clause. Probes
// written before the rule (realistic sentences, no set's).
func TestMisreadSideClause(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-11-02", "Roads south of the river remained closed on Sunday.",
			"2026-11-01", "Roads south of the river remained closed"},
		{"2026-11-02", "The harbour reopened on Monday afternoon after divers cleared debris from the channel.",
			"2026-11-02", "The harbour reopened after divers cleared debris from the channel"},
		{"2026-11-02", "The bridge reopened on Monday after engineers checked its cables.",
			"2026-11-02", "The bridge reopened after engineers checked its cables"},
		// (Kept: a participle on the subject, told of it.)
		{"2026-11-02", "The guards placed on leave last week remain suspended.",
			"2026-W44", "The guards were placed on leave"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q:\n titles %q,\n want %q at %s", c.text, got, c.want, c.date)
		}
	}
}

// TestMisreadClauseEnds checks that a clause misreadClause finds misread
// is titled once: its title by the whole clause came back through the
// reduced clause on the same noun ("the market remained closed" after a
// bare noun phrase) to retoldClause, without end (a stack overflow that
// ended the process).
func TestMisreadClauseEnds(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-06-10", "Night market the market remained closed on Sunday.", "2026-06-07", "Night market the market remained closed"},
		{"2026-06-10", "Ferry service the service remained closed in November.", "2025-11", "Ferry service the service remained closed"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
}
