package extract

import (
	"slices"
	"testing"
)

// TestCutRelativeTakesItsPhrase: a long title cut before a relative clause
// whose noun ends a phrase a comma set off, a preposition and that noun
// (", at a spot where the wind had turned"), loses the phrase too: the
// place or time it names is the one the clause tells, and "..., at a
// spot" says nothing. Probes written before the rule; none is a newsroom
// set's sentence.
func TestCutRelativeTakesItsPhrase(t *testing.T) {
	for _, c := range []struct {
		sentence, date, want string
	}{
		{"Investigators traced the blaze on Sunday to a storage shed behind the school, in a corner where old paint cans were kept.", "2024-05-12", "Investigators traced the blaze to a storage shed behind the school"},
		{"Firefighters contained the blaze on Tuesday along the northern ridge of the valley, at a spot where strong winds had pushed it toward homes.", "2024-05-14", "Firefighters contained the blaze along the northern ridge of the valley"},
		{"The county's fire marshal, Dana Okafor, said investigators had traced the blaze on Sunday to a storage shed behind the school, in a corner where old paint cans were kept.", "2024-05-12", "Investigators had traced the blaze to a storage shed behind the school, Dana Okafor said"},
		{"The port's harbour master, Lena Brandt, said divers had found the leak on Friday under the eastern pier, at a depth where the hull had scraped a rock.", "2024-05-10", "Divers had found the leak under the eastern pier, Lena Brandt said"},
		// (Short enough to keep whole: as before.)
		{"Divers found the leak on Friday under the eastern pier, at a depth where the hull had scraped a rock.", "2024-05-10", "Divers found the leak under the eastern pier, at a depth where the hull had scraped a rock"},
		// (No relative clause: as before.)
		{"Divers found the leak on Friday under the eastern pier, at a depth of six metres.", "2024-05-10", "Divers found the leak under the eastern pier, at a depth of six metres"},
	} {
		if got := titlesOn(c.date, [2]string{"2024-05-14", c.sentence}); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s\n  %s titled %q, want %q", c.sentence, c.date, got, c.want)
		}
	}
}
