package extract

import (
	"strings"
	"testing"
)

// TestFamilyShared checks that two sentences of one article that tell one
// arrest of one day in few common words ("Police arrested ... Ruiz on
// Monday" and "Detectives detained Ruiz at his flat at about 6 a.m.")
// become one event (consolidate, familyShared), and that a sentence that
// dates two clauses to two days ("On Monday Dunmore stayed calm, but on
// Tuesday gangs rioted") joins no riot of Monday by its Tuesday clause's
// words (ownClauses).
func TestFamilyShared(t *testing.T) {
	a := doc("a.md", "2025-04-08", "Police in Orvieto arrested the town's treasurer, Marco Ruiz, on Monday in an inquiry into missing harbour funds.\n\nDetectives of the Carabinieri fraud squad detained Ruiz at his flat in Via Sala at about 6 a.m. and searched his office.\n\nThe inquiry opened last year.")
	a.Article.Title = "Orvieto treasurer arrested in harbour funds inquiry"
	tl, _ := Extract([]Doc{a}, Options{})
	evs := find(tl, "2025-04-07")
	arrest := 0
	for _, e := range evs {
		t.Logf("%q: %d sources", e.Title, len(e.Sources))
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, "Police in Orvieto") || strings.HasPrefix(s.Sentence, "Detectives of") {
				arrest++
			}
		}
	}
	if len(evs) != 1 || arrest != 2 {
		t.Errorf("want the arrest told twice as one event of 2025-04-07; got %d events, %d arrest sources", len(evs), arrest)
	}

	b := doc("b.md", "2025-05-14", "Youths rioted outside the Dunmore town hall on Monday night over the closure of the mill, throwing bottles at officers.")
	c := doc("c.md", "2025-05-15", "On Monday Dunmore stayed calm, but on Tuesday gangs rioted near the bus station.")
	tl, _ = Extract([]Doc{b, c}, Options{})
	for _, e := range find(tl, "2025-05-12") {
		t.Logf("%q: %d sources", e.Title, len(e.Sources))
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, "On Monday Dunmore") && len(e.Sources) > 1 {
				t.Errorf("the peaceful Monday, its riot told of Tuesday, joins %q", e.Title)
			}
		}
	}
}
