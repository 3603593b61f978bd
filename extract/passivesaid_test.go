package extract

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestPassiveActNoStatement checks that a verb of announcing in the past
// passive with no agent ("was declared the winner", "was confirmed")
// names the happening it makes known, not a statement, while the same
// verb with its speaker, with its agent, in the present ("are confirmed
// dead": a count at the writing) or in a clause of the sentence's ("a day
// after the cases were confirmed") stays as it was.
func TestPassiveActNoStatement(t *testing.T) {
	for s, want := range map[string]bool{
		"Okafor was declared the winner on Sunday.":                      false,
		"The first case was confirmed on April 11.":                      false,
		"The grant was announced on Monday.":                             false,
		"The result was confirmed by the electoral board on Monday.":     true,
		"The electoral board confirmed the result on Monday.":            true,
		"Officials announced on Monday that the road would reopen.":      true,
		"Three people are confirmed dead after Tuesday's storm.":         true,
		"The clinic closed on Friday after the cases were confirmed.":    true,
		"Health officials said on Friday that the cases were confirmed.": true,
	} {
		txs := timex.Tag(s, time.Date(2019, 3, 7, 0, 0, 0, 0, time.UTC))
		if len(txs) != 1 {
			t.Fatalf("%q: %d times", s, len(txs))
		}
		if got := classify(words(s, 0, len(s)), txs[0]) == kindStatement; got != want {
			t.Errorf("%q: statement %v, want %v", s, got, want)
		}
	}
}
