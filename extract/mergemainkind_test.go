package extract

import (
	"testing"
)

// TestCoarseMainKind: a week's or a month's mention joins a happening of
// one day in it on a low agreement of words when the two name the same
// kind of happening (sameCoarseKind). When the vocabulary's kinds of the
// two differ (one tells a signing, a launch or a meeting, the other none
// it knows), that word of a happening must be the one the day's sources
// name most: a day whose report recalls the act of a few days before ("four
// days after the company admitted ...") is not that act, which a later
// article retells by its month.
func TestCoarseMainKind(t *testing.T) {
	fill := []Doc{
		doc("c.md", "2025-03-12", "Staff at the Castleford depot held a meeting on Tuesday.\n\nThe depot has run buses since 1961."),
		doc("d.md", "2025-03-25", "Castleford council leaders met the depot's owners on Monday.\n\nNo agreement was reached."),
		doc("e.md", "2025-03-06", "Brightwell Foods chief executive Dana Colfax resigned on Wednesday.\n\nShares in the company rose 3 percent."),
	}
	for _, tc := range []struct {
		name, day, retold string
		join              bool
	}{
		{"an admission a resignation's report recalls, retold by its month",
			"Dana Colfax resigned as chief executive of Brightwell Foods on Wednesday, four days after the company admitted that its Irish unit had overstated profits by 40 million euros.",
			"The company admitted in March that sales from contracts that had not been signed were booked as revenue.",
			false},
		{"the resignation itself, retold by its month",
			"Dana Colfax resigned as chief executive of Brightwell Foods on Wednesday, four days after the company admitted that its Irish unit had overstated profits by 40 million euros.",
			"Dana Colfax resigned as chief executive of Brightwell Foods last month.",
			true},
	} {
		one, where := retoldDay(fill, "News in brief.\n\n"+tc.day+"\n\nThe town's pool closed in 2019.", tc.day, tc.retold)
		if one != tc.join {
			t.Errorf("%s: %s, want one event of 2025-03-05 %v", tc.name, where, tc.join)
		}
	}
}
