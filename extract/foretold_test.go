package extract

import (
	"strings"
	"testing"
)

// TestForetoldDayKey: a day an earlier article foretold (a vote, a
// hearing, an opening set for it) and a later article tells as done is a
// moment of the story, however briefly the later article tells it: the
// happening that shares the plan's words takes the day's count and a key
// place, and is not halved as background recalled. A happening of the
// same day that the plan did not foretell (no word in common) stays a
// detail. Probes written for this rule, not copied from any set; in some
// the merger joins the plan to the happening (key as two articles' news),
// in the debate's and the pool's the two stay apart and the rule makes
// the happening key (not key without it: salience 1).
func TestForetoldDayKey(t *testing.T) {
	for _, c := range []struct {
		plan, done string
		key        bool
	}{
		{"The two candidates will meet in a televised debate on March 9, the broadcaster said.",
			"The televised debate on March 9 drew more than 200,000 viewers.", true},
		{"The jury is expected to begin deliberating on March 9, the judge told jurors.",
			"The jury deliberated for six hours on March 9 before it was sent home for the night.", true},
		{"About 300 evacuees are expected to return home on March 9, officials said.",
			"Buses carrying the first evacuees home left the sports hall on March 9, and most families slept in their own beds that night.", true},
		{"The new terminal is due to open to passengers on March 9.",
			"The first passengers passed through the new terminal on March 9, three years after work began.", true},
		{"Councillors are scheduled to decide the future of the pool at a meeting on March 9.",
			"The pool was saved on March 9, when councillors backed a rescue package by nine votes to four.", true},
		// The day's other happening: nothing foretold it.
		{"The two candidates will meet in a televised debate on March 9, the broadcaster said.",
			"A water main burst under Elm Street on March 9, flooding two basements.", false},
	} {
		a := doc("a.md", "2027-03-01", "Stadium study funded\n"+
			"The city council approved 40,000 dollars for a stadium study on Monday. "+c.plan+" "+
			"The study will take three months.")
		b := doc("b.md", "2027-03-20", "Builder chosen for stadium\n"+
			"The city picked a builder for the new stadium on Thursday after a six-month search. "+
			"The builder, Harlow Construction, has built two arenas in the state. "+
			"The contract is worth 90 million dollars. "+c.done+" "+
			"Work is due to begin in the autumn.")
		tl, _ := Extract([]Doc{a, b}, Options{})
		found := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Article == "b.md" && strings.HasPrefix(c.done, s.Sentence[:min(len(s.Sentence), 20)]) && e.Date.String() == "2027-03-09" {
					found = true
					if e.Key != c.key {
						t.Errorf("%q: key %v, want %v (salience %v)", c.done, e.Key, c.key, e.Salience)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no event of 2027-03-09 from b.md; events:", c.done)
			for _, e := range tl.Events {
				t.Logf("  %s %q key %v sal %v", e.Date, e.Title, e.Key, e.Salience)
			}
		}
	}
}
