package extract

import "testing"

// TestNameAppositionOwner: a sentence that opens on a person's name and an
// apposition between commas ("Priya, from Leicester, had been ...",
// "Daniel Ferriby, a retired nurse, moved ...") has that person for its subject,
// who owns the "he" or "she" that opens the next sentence, however short
// the clause ("She vanished"): named as the article named them. A word
// that opens a sentence before a comma and is no name the article gave
// ("Meanwhile, ...") names nobody. Probes written before the rule
// (realistic sentences, no set's).
func TestNameAppositionOwner(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ title, sentence, prev, before, want string }{
		{"She vanished", "She vanished on Saturday afternoon.",
			"Priya, from Leicester, had been staying at a caravan park near Skegness with her aunt.",
			"Police have found nine-year-old Priya Desai safe and well. Priya was found in a barn on Monday. ",
			"Priya vanished"},
		{"He moved to Cardiff", "He moved to Cardiff in 1998.",
			"Daniel Ferriby, a retired nurse, had lived in the village for twenty years.",
			"The family of Daniel Ferriby, 71, paid tribute to him on Friday. Daniel Ferriby died in hospital. ",
			"Daniel Ferriby moved to Cardiff"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, c.before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev, before string }{
		{"He resigned", "He resigned on Friday.",
			"Meanwhile, the club's chairman, who took over in May, said nothing.",
			"The manager of Corby Town was sacked on Thursday. "},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, c.before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
