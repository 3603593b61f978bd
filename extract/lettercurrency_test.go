package extract

import (
	"slices"
	"testing"
)

// TestLetterCurrencyFigure: a comma between the digits of an amount whose
// currency is written in letters before it ("R150,000" rand, "Rs4,500"
// rupees, "K12,000" kwacha, "KSh2,500,000" shillings) separates its
// thousands, as in "$150,000": it closes no clause, and the sentence keeps
// its own day. A comma and a space after such a word still closes a
// clause.
func TestLetterCurrencyFigure(t *testing.T) {
	for _, tc := range []struct {
		pub, sent string
		want      []string
	}{
		{"2026-05-14", "A Durban businessman was granted R50,000 bail on Tuesday after appearing in court on charges of fraud.", []string{"2026-05-12"}},
		{"2026-05-14", "Police said they recovered Rs4,500 in cash and two mobile phones from the suspects on Monday.", []string{"2026-05-11"}},
		{"2026-05-14", "The Lusaka magistrate ordered the former minister to pay K12,000 in compensation on Wednesday.", []string{"2026-05-13"}},
		{"2026-05-14", "The regulator fined the lender KSh2,500,000 on Monday for failing to disclose its loan charges.", []string{"2026-05-11"}},
		{"2026-05-14", "The striking workers were offered a R1,200 monthly increase on Tuesday, which their union rejected.", []string{"2026-05-12"}},
	} {
		d := doc("a.md", tc.pub, tc.sent+"\n\nThe case continues next month.")
		d.Article.Title = "Court news"
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.sent); !slices.Equal(got, tc.want) {
			t.Errorf("%q: in events of %v, want %v", tc.sent, got, tc.want)
		}
	}
}
