package extract

import "testing"

// What tells lonePersonNamed that a run of capitalised words is a
// person's name: a title of address that opens it ("Mr", "Sir", "Dr"), a
// role of two words before it ("chief executive"), as a role word right
// before it does; and a court's or a land feature's name ("High Court",
// "Tawa Hut") is never a second person beside the one named.
func TestLonePersonNamedMarks(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"He also made a statement of apology in the chamber", "He also made a statement of apology in the chamber on Monday.",
			"The standards office confirmed this week that Mr Halloran repaid the full sum.",
			"Mr Halloran also made a statement of apology in the chamber"},
		{"She is expected to report by the end of June", "She is expected to report by the end of June.",
			"The council announced on Friday that a retired High Court judge, Dame Ruth Okafor, would chair its review.",
			"Dame Ruth Okafor is expected to report by the end of June"},
		{"She said all fares would be free on Monday", "She said all fares would be free on Monday.",
			"Transit chief executive Marta Velasquez thanked riders for their patience.",
			"Marta Velasquez said all fares would be free on Monday"},
		{"He wrote that he planned to cross the pass", "He wrote that he planned to cross the pass the next day.",
			"Searchers who reached Tawa Hut found that Jonas Albrecht, 31, had signed the book there.",
			"Jonas Albrecht wrote that he planned to cross the pass"},
	} {
		if got := lonePersonNamed(c.title, c.sentence, c.prev, "", "", g); got != c.want {
			t.Errorf("lonePersonNamed(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		// Two people, each with a title of address: which one is a guess.
		{"He also made a statement of apology", "He also made a statement of apology on Monday.",
			"The office said Mr Halloran and Dr Patel repaid the full sum."},
		// A role word cut off by a comma from the name tells nothing of it.
		{"She said all fares would be free", "She said all fares would be free on Monday.",
			"The union's chief, in a letter, Harbour Transit thanked riders."},
		// A land feature alone names no one for the "he".
		{"He wrote that he planned to cross the pass", "He wrote that he planned to cross the pass the next day.",
			"Searchers reached Tawa Hut and Kereru Track on Wednesday."},
		// A court alone is no person.
		{"He is expected to rule by June", "He is expected to rule by June.",
			"The case was sent to the High Court on Tuesday."},
	} {
		if got := lonePersonNamed(c.title, c.sentence, c.prev, "", "", g); got != "" {
			t.Errorf("lonePersonNamed(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
