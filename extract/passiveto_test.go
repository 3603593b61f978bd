package extract

import "testing"

// TestPassiveToOwner: a title "It was sold to ...", "It was handed to
// ..." whose "to" a name, an article, a determiner or a figure follows is
// a passive told of a thing, "to" a preposition of whom or where it went
// (not an infinitive: "It was decided to close ..."); the definite
// subject of the sentence before names the "It" as it names "It was
// fined". Probes written before the rule.
func TestPassiveToOwner(t *testing.T) {
	g := newGazetteer(nil, nil)
	before := "Workers at the site walked out on Monday. "
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"It was sold to a property developer", "It was sold to a property developer in 2021.",
			"The stadium, which opened in 1994, was renovated in 2015.",
			"The stadium was sold to a property developer"},
		{"It was lent to the National Gallery", "It was lent to the National Gallery in 2019.",
			"The painting hung in the family's dining room for decades.",
			"The painting was lent to the National Gallery"},
		{"It was sold to German group Kessel Logistik", "It was sold to German group Kessel Logistik three years ago.",
			"The depot opened in 1987 and employs 240 people.",
			"The depot was sold to German group Kessel Logistik"},
		{"It was moved to 14 Harbour Road", "It was moved to 14 Harbour Road in 2008.",
			"The library was built by the town's mill owners.",
			"The library was moved to 14 Harbour Road"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		// An infinitive after the participle: "It" is empty.
		{"It was decided to close the branch", "It was decided to close the branch in March.",
			"The bank's board met for six hours."},
		{"It was hoped to reopen the line", "It was hoped to reopen the line in May.",
			"The railway was damaged by the floods."},
		// A verb of saying: "It was reported to ..." tells no act on the thing.
		{"It was reported to police", "It was reported to police on Friday.",
			"The car was parked outside the house."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
