package extract

import (
	"fmt"
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
		one, where := retoldDay(fill, "Bakery to close.\n\n"+tc.day+"\n\nThe bakery opened in 1961.", tc.day, tc.retold)
		if one != tc.join {
			t.Errorf("%s: %s, want one event of 2025-03-05 %v", tc.name, where, tc.join)
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

// retoldDay extracts article a (published 2025-03-06, its text aText,
// which holds the day's report day) and a later article whose third
// paragraph retells it (retold), beside fill, and reports whether one
// event of 2025-03-05 cites both, with where each went for a message.
func retoldDay(fill []Doc, aText, day, retold string) (bool, string) {
	a := doc("a.md", "2025-03-06", aText)
	a.Article.Title = "Castleford news"
	b := doc("b.md", "2025-04-22", "Castleford is still counting the cost.\n\nThe town lost its pool in 2019.\n\n"+retold+
		"\n\nThe town's mayor visited the site on Friday.")
	b.Article.Title = "A town waits"
	tl, _ := Extract(append([]Doc{a, b}, fill...), Options{})
	one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
		n := 0
		for _, x := range e.Sources {
			if x.Sentence == day || x.Sentence == retold {
				n++
			}
		}
		return n == 2 && e.Date.String() == "2025-03-05"
	})
	return one, fmt.Sprintf("the two reports are in events of %v and %v", eventsCiting(tl, day), eventsCiting(tl, retold))
}
