package extract

import "testing"

// TestCutItOwner: a title its time cut short ("It was automated" of "It
// was automated in 1968 and ..."; "It struck" of "It struck on the evening
// of April 17") reads on in its sentence to tell a thing's "It" from an
// empty one, and a correction's label may carry the day it was made
// ("Correction, July 27, 2040: ..."); not an "It" whose sentence goes on
// to a "that" or a "to" ("It was hoped on Monday that ...", "It was
// decided on Friday to ..."), nor a label with no colon in reach. Written after the rule; none is a set's
// sentence.
func TestCutItOwner(t *testing.T) {
	g := newGazetteer(nil, nil)
	before := "Volunteers gathered on the quay on Saturday. "
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"It was repainted", "It was repainted in 1990 and sold to the town in 2001.",
			"The Gull Rock Light was built in 1871 and first lit in 1872.",
			"The Gull Rock Light was repainted"},
		{"It struck", "It struck on the night of May 3.",
			"Correction, June 2, 2031: An earlier version of this article said the storm struck on May 4.",
			"The storm struck"},
		{"It opened", "It opened on 9 March.",
			"Correction: An earlier version of this story said the bridge opened on 8 March.",
			"The bridge opened"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		// An empty "It": its sentence goes on to "that".
		{"It was hoped", "It was hoped on Monday that the road would reopen.",
			"The Gull Rock Light was built in 1871 and first lit in 1872."},
		// Nor a "to" after it: "It was decided ... to".
		{"It was decided", "It was decided on Friday to close the road.",
			"The Gull Rock Light was built in 1871 and first lit in 1872."},
		// A label with no colon in reach is no correction's.
		{"It struck", "It struck on the night of May 3.",
			"Correction, June 2, 2031, by the desk, of the story that said the storm struck on May 4."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
