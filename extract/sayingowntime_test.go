package extract

import "testing"

// A time in a phrase of saying set off after its clause, before what the
// phrase tells ("..., telling parliament on Tuesday that ..."), dates the
// telling, which is the clause's happening told another way: it is not
// left out as the time of what is told (sayingPhraseOwnTime). A time in
// what is told still is ("..., saying she had signed the papers in 2018").
func TestSayingPhraseOwnTime(t *testing.T) {
	for _, tc := range []struct{ text, date string }{
		{"The minister defended the plan, telling parliament on Tuesday that it would save money.", "2026-03-10"},
		{"The club rejected the bid, saying on Monday that it undervalued the player.", "2026-03-09"},
		{"The mayor backed the budget, telling reporters yesterday that the cuts were needed.", "2026-03-11"},
		{"The firm denied the claims, saying in a statement on Friday that it had followed the law.", "2026-03-06"},
		{"They rejected her claim, saying she had signed the papers in 2018.", ""},
	} {
		got := secondParagraphDate(tc.text, 30)
		if got != tc.date {
			t.Errorf("%s: dated %q, want %q", tc.text, got, tc.date)
		}
	}
}
