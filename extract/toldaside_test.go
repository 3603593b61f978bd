package extract

import (
	"slices"
	"testing"
)

// TestToldSubjectAside: a time inside what a verb of saying tells, whose
// subject carries a relative aside between commas ("said the pump, which
// feeds the cooling system, had failed on March 3"), dates the told
// happening: titled by it, the aside left out, with the teller after.
// Probes written before the rule; none is a newsroom set's sentence.
func TestToldSubjectAside(t *testing.T) {
	for _, c := range []struct {
		sentence, date, want string
	}{
		{"Police said the driver, who was not injured, had fled the scene on Saturday night.", "2024-05-11", "The driver had fled the scene, police said"},
		{"Prosecutors told the jury that the accountant, who has denied the charges, moved the money in March 2022.", "2022-03", "The accountant moved the money, prosecutors told the jury"},
		{"The council said the bridge, which carries 20,000 vehicles a day, would reopen on Friday.", "2024-05-17", "The bridge would reopen, the council said"},
		{"In its report on Tuesday, the agency said the pump, which feeds the cooling system, had failed on March 3 and that a repair order was still open.", "2024-03-03", "The pump had failed, the agency said"},
		{"The company said the plant, which employs 400 people, had been shut in February after a fire.", "2024-02", "The plant had been shut after a fire, the company said"},
		// (No relative aside: as before.)
		{"The club said the striker, the goalkeeper and two defenders had returned to training on Monday.", "2024-05-13", "The striker, the goalkeeper and two defenders had returned to training, the club said"},
		// (The time inside the aside dates the aside's own happening.)
		{"The mayor said Smith, who resigned in May 2023, had been paid until June.", "2023-05", "Smith resigned"},
	} {
		if got := titlesOn(c.date, [2]string{"2024-05-14", c.sentence}); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s\n  %s titled %q, want %q", c.sentence, c.date, got, c.want)
		}
	}
}
