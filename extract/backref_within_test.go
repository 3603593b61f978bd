package extract

import "testing"

// TestBackReferenceWithin: an object pronoun that ends a title after a
// second verb joined to the first by "and", "or", "but" or "than" stands
// for the first verb's object, which the title names ("voted to demolish
// the old depot rather than restore it"): no pointing back at another
// sentence. A pronoun with no such verb before it still points back.
// Probes written before the rule; none is a newsroom set's sentence.
func TestBackReferenceWithin(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"The county board voted to demolish the old depot rather than restore it", false},
		{"A jogger found the lost wallet in a park and returned it", false},
		{"Customs officers seized 40 crates of fireworks and destroyed them", false},
		{"Members rejected the pay offer but agreed to discuss it", false},
		// (No second verb: the pronoun points back, as before.)
		{"Shareholders voted 80% in favour of accepting it", true},
		{"The union said members would reject it", true},
		// (A second verb whose clause names nothing before it: as before.)
		{"Nurses met and voted to accept it", true},
	} {
		if got := backReference(c.title); got != c.want {
			t.Errorf("backReference(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
