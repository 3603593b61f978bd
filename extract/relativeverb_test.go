package extract

import (
	"slices"
	"testing"
)

// TestVerbAfterRelativeClause: a relative clause set off by commas on the
// subject ("Nora Vance, who has run the museum for 9 years,") is closed
// by its second comma, and the verb after it is the clause's own, told in
// the past: "..., announced her retirement Monday, a week after the
// audit found ... in March" is dated by its Thursday, not read as an
// aside's participle (", the man arrested in May,") whose time the later
// date of the sentence replaces.
func TestVerbAfterRelativeClause(t *testing.T) {
	for _, tc := range []struct {
		pub, sent string
		want      []string
	}{
		{"2026-05-15", "Maria Lopez, who has coached the team since 2019, announced her retirement Thursday, a week after the club was relegated in a 3-0 defeat on May 7.", []string{"2026-05-14"}},
		{"2026-05-15", "The company's founder, who built the chain from a single shop in 1998, stepped down Wednesday, three days after auditors flagged the accounts in a report dated May 11.", []string{"2026-05-13"}},
		{"2026-05-15", "Senator Hal Morris, who chaired the committee for a decade, confirmed his resignation Tuesday, a month after the scandal broke in April.", []string{"2026-05-12"}},
		{"2026-05-15", "The mayor, who took office in 2022, signed the order Monday, days after the river peaked on May 8.", []string{"2026-05-11"}},
	} {
		d := doc("a.md", tc.pub, tc.sent+"\n\nThe council will meet again next month.")
		d.Article.Title = "Local news"
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.sent); !slices.Contains(got, tc.want[0]) {
			t.Errorf("%q: in events of %v, want one of %v", tc.sent, got, tc.want)
		}
	}
}
