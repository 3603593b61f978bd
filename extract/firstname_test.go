package extract

import "testing"

// TestFirstNameOwner: a person the article named in full ("eight-year-old
// Maya Okafor") and then calls by the first name alone ("Maya had been
// playing ...") owns the "she" or "he" that opens the next sentence, named
// as the article names them; a first name two people of the article share,
// or a word that opened no person's full name, names nobody. Probes
// written before the rule.
func TestFirstNameOwner(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ title, sentence, prev, before, want string }{
		{"She was taken to Leeds General Infirmary", "She was taken to Leeds General Infirmary on Sunday.",
			"Maya had been playing on the river bank with her brother.",
			"Firefighters pulled eight-year-old Maya Okafor from the River Aire on Saturday. Her mother raised the alarm. ",
			"Maya was taken to Leeds General Infirmary"},
		{"He opened a bakery on the high street", "He opened a bakery on the high street in 1968.",
			"Harold moved to the village from Glasgow in 1961.",
			"The village has lost its oldest shopkeeper, pensioner Harold Benn, who died on Friday aged 84. ",
			"Harold opened a bakery on the high street"},
		{"He was flown to a hospital in Denver", "He was flown to a hospital in Denver on Tuesday night.",
			"Owen was pulled from the snow after 40 minutes.",
			"Rescuers searched through the night for 16-year-old Owen Castillo, who was skiing with friends. ",
			"Owen was flown to a hospital in Denver"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, c.before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev, before string }{
		// Two people of the article share the first name.
		{"She was taken to Leeds General Infirmary", "She was taken to Leeds General Infirmary on Sunday.",
			"Maya had been playing on the river bank with her brother.",
			"Firefighters pulled eight-year-old Maya Okafor from the River Aire on Saturday. Her neighbour Maya Lind raised the alarm. "},
		// The word opens no full name the article gave.
		{"He opened a bakery on the high street", "He opened a bakery on the high street in 1968.",
			"Harold moved to the village from Glasgow in 1961.",
			"The village has lost its oldest shopkeeper, who died on Friday aged 84. "},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, c.before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
