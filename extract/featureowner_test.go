package extract

import "testing"

// TestFeatureNameOwner: a feature of the land named by its kind and a
// name ("Lake Corran", "Mount Ellery", "Pell Creek"), the subject of the
// sentence before, owns the "It" that opens the next, though its words
// read as a person's; a person's name does not ("it" is no person), nor
// does a feature the sentence names outside its subject. Written after
// the rule; none is a set's sentence.
func TestFeatureNameOwner(t *testing.T) {
	g := newGazetteer(nil, nil)
	before := "Cottagers reported a green scum along the north shore on Monday. "
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"It had its first recorded bloom", "It had its first recorded bloom in September 2019.",
			"Lake Corran, about an hour north of the city, is a popular summer destination.",
			"Lake Corran had its first recorded bloom"},
		{"It drew about 4,000 climbers", "It drew about 4,000 climbers in 2021.",
			"Mount Ellery, the highest peak in the range, closed its trails on Friday.",
			"Mount Ellery drew about 4,000 climbers"},
		{"It burst its banks near the school", "It burst its banks near the school in 2007.",
			"Pell Creek, which runs through the town, rose two feet overnight.",
			"Pell Creek burst its banks near the school"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		// A person's name owns no "it".
		{"It had its first recorded bloom", "It had its first recorded bloom in September 2019.",
			"Laura Corran, a cottager on the north shore, is a retired biologist."},
		// The feature is no subject of the sentence before.
		{"It had its first recorded bloom", "It had its first recorded bloom in September 2019.",
			"Cottagers at Lake Corran said the water had turned green."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
