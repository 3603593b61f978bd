package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestHolidayNoName: a holiday's name ("Christmas", "Easter") names a
// time, as a weekday or a month does, not a person, a body or a place: it
// sets no happening apart. A later article's body that dates a happening
// "after a long break over Christmas" and a timeline's line that dates
// it the same day "at the Tarrow Commission" tell one happening: the
// body's holiday is no name the timeline's line lacks.
func TestHolidayNoName(t *testing.T) {
	fill := []Doc{
		doc("c.md", "2024-10-08", "Workers at the Orrin glass plant walked out on Monday over pay.\n\nThe plant employs 600 people."),
		doc("d.md", "2024-11-12", "The Orrin glass plant owners raised their pay offer on Monday.\n\nThe union rejected it."),
		doc("e.md", "2025-05-04", "Workers at the Orrin glass plant voted on Saturday to accept the deal.\n\nThe strike lasted through Easter."),
	}
	for _, tc := range []struct {
		name, body, line string
	}{
		{"talks resumed after Christmas",
			"The two sides resumed negotiations on 9 January after a long break over Christmas.",
			"9 January: The two sides resumed negotiations at the Tarrow Commission."},
		{"a picket line rebuilt after Easter",
			"Strikers rebuilt the picket line at the plant gates on 22 April after the Easter weekend.",
			"22 April: Strikers rebuilt the picket line at the plant gates, with help from the Tarrow Commission."},
	} {
		a := doc("a.md", "2025-04-30", "A deal to end the Orrin glass plant strike was agreed on Tuesday.\n\n"+
			"Workers will vote on it next week.\n\nThe plant employs 600 people.\n\n"+tc.body+
			"\n\nOn 5 January the Tarrow Commission offered to chair talks.")
		a.Article.Title = "Deal agreed"
		b := doc("b.md", "2025-05-06", "The strike at the plant is over.\n\nHere is how it unfolded.\n\n"+
			"6 October: Workers walked out.\n\n11 November: The owners raised their offer.\n\n"+tc.line+
			"\n\n20 December: Workers held a rally at the plant before Christmas.")
		b.Article.Title = "Timeline"
		tl, _ := Extract(append([]Doc{a, b}, fill...), Options{})
		one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
			n := 0
			for _, x := range e.Sources {
				if x.Sentence == tc.body || x.Sentence == tc.line {
					n++
				}
			}
			return n == 2
		})
		if !one {
			t.Errorf("%s: the two reports are in events of %v and %v, want one event", tc.name, eventsCiting(tl, tc.body), eventsCiting(tl, tc.line))
		}
	}
}
