package extract

import "testing"

// A last conjunct that is a lone quantifier, its verb cut, goes; one the
// sentence ends on, or a quantifier with no comma before "and", stays.
func TestQuantifierConjunctGrid(t *testing.T) {
	for _, c := range []struct{ title, sentence, want string }{
		{"Most of the ferries sailed between May and June, and all", "Most of the ferries sailed between May and June, and all but one left on time, the operator said.", "Most of the ferries sailed between May and June"},
		{"The council approved the plan, and most", "The council approved the plan on Monday, and most of its members praised it.", "The council approved the plan"},
		{"The club invited the players and all", "The club invited the players and all their families.", "The club invited the players and all"},
	} {
		if got := trimDangling(c.title, c.sentence); got != c.want {
			t.Errorf("trimDangling(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
