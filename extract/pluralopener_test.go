package extract

import "testing"

// TestPluralNounOwner: a plural noun of people that opens the sentence
// before as its subject ("Officials said ...", "Investigators found ..."),
// capitalised only as its first word, is no name: it owns the "They"
// that opens the next sentence as "the officials" would; not a singular
// subject's "They", nor a plural noun that is no subject of the sentence
// before. Written after the rule; none is a set's sentence.
func TestPluralNounOwner(t *testing.T) {
	g := newGazetteer(nil, nil)
	before := "Oil was found in a ditch beside the county road on Tuesday. "
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"They planned to test the wells again", "They planned to test the wells again on Friday.",
			"Officials said no private wells near the site had shown contamination.",
			"Officials planned to test the wells again"},
		{"They will cut out the damaged section", "They will cut out the damaged section on Monday.",
			"Investigators found the pipe had cracked along a weld.",
			"Investigators will cut out the damaged section"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		// "They" owns no singular subject.
		{"They planned to test the wells again", "They planned to test the wells again on Friday.",
			"The agency said no private wells near the site had shown contamination."},
		// The plural noun is no subject of the sentence before.
		{"They planned to test the wells again", "They planned to test the wells again on Friday.",
			"The agency told officials that no wells had shown contamination."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
