package extract

import "testing"

// TestPointingOpenedPronoun: a title that opens on a phrase of a
// preposition closed by its comma, then on "he", "she", "it" or "they"
// and its verb, points back at another sentence as one that opens on the
// pronoun does; not a title whose subject after the comma is named, nor
// a pronoun inside the opening phrase. And a "him" after a subject whose
// name holds a lower-case link ("The Court of Appeal for Ontario") is
// named by no word of the title: the name before it is the subject's.
// Written after the rule; none is a set's sentence.
func TestPointingOpenedPronoun(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"At the county planning board, she acknowledged the permit had lapsed", true},
		{"In a statement on Tuesday, it said the plant would close", true},
		{"At the meeting, they voted to strike from Monday", true},
		{"At the county planning board, Mayor Ruth Ames acknowledged the permit had lapsed", false},
		{"At the hearing, the company admitted the permit had lapsed", false},
		{"For his part, Dale Ives said nothing", false},
		{"The board said it would meet again", false},
	} {
		if got := pointingTitle(c.title); got != c.want {
			t.Errorf("pointingTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"The Court of Appeal for Ontario reinstated him as head coach", true},
		{"The Bank of England appointed him deputy governor in March", true},
		{"The Court of Appeal cleared Dana Hale and freed him from custody", false},
		{"Police arrested John Hale and charged him with burglary", false},
	} {
		if got := backReference(c.title); got != c.want {
			t.Errorf("backReference(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
