package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestCoarseSayingJoinsDay: a later article that retells a day's
// announcement by its week or month ("announced last month that it would
// close its bakery") tells the statement of that day, when it is the one
// saying of the span it agrees with; when two days of the month hold such
// a saying, the month does not tell which, and the retelling stays apart.
func TestCoarseSayingJoinsDay(t *testing.T) {
	fill := []Doc{
		doc("c.md", "2025-03-12", "Staff at the Castleford bakery held a meeting on Tuesday.\n\nThe site has made bread since 1961."),
		doc("d.md", "2025-03-25", "Castleford council leaders met the bakery's owners on Monday.\n\nNo agreement was reached."),
	}
	for _, tc := range []struct {
		name, day, retold string
		join              bool
	}{
		{"a closure announced last month",
			"Marlowe Foods said on Wednesday that it would close its bakery in Castleford, with the loss of 240 jobs.",
			"Marlowe Foods announced last month that it would close its Castleford bakery, with the loss of 240 jobs.",
			true},
		{"charges announced in March",
			"Police said on Wednesday that they had charged a 34-year-old man over the theft of paintings from Castleford library.",
			"Police said in March that they had charged a 34-year-old man over the theft of the library paintings.",
			true},
	} {
		a := doc("a.md", "2025-03-06", "Bakery to close.\n\n"+tc.day+"\n\nThe bakery opened in 1961.")
		a.Article.Title = "Castleford news"
		b := doc("b.md", "2025-04-22", "Castleford is still counting the cost.\n\nThe town lost its pool in 2019.\n\n"+tc.retold+
			"\n\nThe town's mayor visited the site on Friday.")
		b.Article.Title = "A town waits"
		tl, _ := Extract(append([]Doc{a, b}, fill...), Options{})
		one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
			n := 0
			for _, x := range e.Sources {
				if x.Sentence == tc.day || x.Sentence == tc.retold {
					n++
				}
			}
			return n == 2 && e.Date.String() == "2025-03-05"
		})
		if one != tc.join {
			t.Errorf("%s: the two reports are in events of %v and %v, want one event of 2025-03-05 %v", tc.name, eventsCiting(tl, tc.day), eventsCiting(tl, tc.retold), tc.join)
		}
	}
	// Two sayings of the month: the retelling joins neither.
	a := doc("a.md", "2025-03-05", "Marlowe Foods said on Tuesday that it would cut 100 jobs at its Castleford bakery.\n\nThe bakery opened in 1961.")
	a2 := doc("a2.md", "2025-03-21", "Marlowe Foods said on Thursday that it would cut 140 more jobs at its Castleford bakery.\n\nUnions were angry.")
	retold := "Marlowe Foods said in March that it would cut jobs at its Castleford bakery."
	b := doc("b.md", "2025-04-22", "Castleford is still counting the cost.\n\n"+retold+"\n\nThe town's mayor visited the site on Friday.")
	tl, _ := Extract(append([]Doc{a, a2, b}, fill...), Options{})
	for _, e := range tl.Events {
		if slices.ContainsFunc(e.Sources, func(x timeline.Source) bool { return x.Sentence == retold }) && e.Date.Gran == timeline.Day {
			t.Errorf("two sayings of March: the retelling joined %s %q", e.Date, e.Title)
		}
	}
}
