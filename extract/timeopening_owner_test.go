package extract

import "testing"

// TestPronounAfterTimeOpening checks that a pronoun after a short phrase
// of time written without its comma ("On Tuesday he went further", "On
// Saturday his horse won") is the sentence's subject all the same, and
// is named by the person the sentence before has for its subject, as it
// is after "On Tuesday, he". Probes written after the rule, in the shapes
// of pr42 and pr43 (realistic sentences, no set's).
func TestPronounAfterTimeOpening(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-06-12",
			"At a council meeting in May, Mayor Ana Brettell promised to look at parking charges. On Tuesday she went further, announcing a freeze on all charges until 2027.",
			"2025-06-10", "Ana Brettell went further, announcing a freeze on all charges until 2027"},
		{"2025-06-12",
			"Trainer Colm Dwyer has kept saddling runners while the inquiry goes on. On Saturday his horse Red Lantern won at Ayr.",
			"2025-06-07", "Trainer Colm Dwyer's horse Red Lantern won at Ayr"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q:\n titles %q,\n want %q at %s", c.text, got, c.want, c.date)
		}
	}
}
