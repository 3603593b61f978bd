package extract

import "testing"

// A sentence whose subject is "he" (or a quotation "she" spoke) and that
// names no one else as its subject carries that person on to the next
// sentence's "He"; another person's pronoun, a subject shared with a name,
// or a quotation naming someone breaks the chain.
func TestChainedPronoun(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct {
		title, prev string
		want        bool
	}{
		{"He thanked the stewards", "On Sunday he drove past Castellane and the leaders to win the stage.", true},
		{"He thanked the stewards", "He was fined for a late weigh-in, the stewards said.", true},
		{"She promised a review", "\"We let our readers down,\" she said.", true},
		{"She promised a review", "\"We let Tom Ashby down,\" she said.", false},
		{"She promised a review", "“We let our readers down,” she said.", true},
		{"He thanked the stewards", "She told him the appeal had failed.", false},
		{"He thanked the stewards", "He and his brother were fined on Friday.", false},
		{"He thanked the stewards", "The stewards fined the team on Friday.", false},
		{"They thanked the stewards", "They were fined on Friday.", false},
	} {
		if got := chainedPronoun(c.title, c.prev, "", g); got != c.want {
			t.Errorf("chainedPronoun(%q, %q) = %v, want %v", c.title, c.prev, got, c.want)
		}
	}
}
