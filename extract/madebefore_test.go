package extract

import (
	"strings"
	"testing"
)

// madeBeforeCase is a sentence whose subject carries a participle of its
// making, with a time, on a verb of finding or telling: the time dates
// the making (the ordering of a report, the taking of a sample), never the
// finding, which comes after it and which the sentence leaves undated.
type madeBeforeCase struct{ text, date, verb string }

func checkMadeBefore(t *testing.T, cases []madeBeforeCase) {
	t.Helper()
	for _, c := range cases {
		got := titlesOn(c.date, [2]string{"2026-06-04", c.text})
		for _, title := range got {
			if strings.Contains(title, c.verb) {
				t.Errorf("%q: %s titled %q, the finding the making's time does not date", c.text, c.date, title)
			}
		}
	}
}

// TestSetOffCommissionedTeller: a paper or inquiry on the subject, with a
// participle of its ordering set off by commas ("The audit, commissioned
// by the council in March, says ..."), tells or finds when it is done,
// after it is ordered, as it does with the participle unset ("A review
// commissioned in January found", TestCommissionedFinderTime). (Probes
// written before the rule; a paper made public tells at its issue and
// keeps its date, the control.)
func TestSetOffCommissionedTeller(t *testing.T) {
	checkMadeBefore(t, []madeBeforeCase{
		{"The audit, commissioned by the council in March, says the department overspent by $2 million.", "2026-03", "says"},
		{"The safety review, ordered by the transport minister last year, found that inspections had been skipped.", "2025", "found"},
		{"An independent report, requested by the board in January, concludes that the chief executive misled investors.", "2026-01", "concludes"},
		{"The inquiry, set up by the governor in 2024, found no evidence that money had been stolen.", "2024", "found"},
		// (Written with the rule: a later time in the sentence, whose
		// clause the aside's time was given to by asideCut's keeping.)
		{"The review, ordered by the minister in January, says inspectors missed warning signs during a visit that ended in March 2024.", "2026-01", "says"},
	})
	got := titlesOn("2026-06-02", [2]string{"2026-06-04", "The final report, published on Tuesday, found that the river was badly polluted."})
	if len(got) != 1 || !strings.Contains(got[0], "found") {
		t.Errorf("published on Tuesday: titled %q, want the finding", got)
	}
}

// TestGatheredSampleFinding: samples or specimens on the subject, with a
// participle of their taking and a time ("samples taken from the kitchen
// last week found E. coli"), are tested after they are taken: the time
// dates the taking, never what the tests found. (Probes written before
// the rule.)
func TestGatheredSampleFinding(t *testing.T) {
	checkMadeBefore(t, []madeBeforeCase{
		{"Water samples collected from the reservoir on Monday showed high levels of lead.", "2026-06-01", "showed"},
		{"Blood samples taken from the driver on Saturday night showed he was over the limit.", "2026-05-30", "showed"},
		{"Soil samples gathered near the plant in April found traces of arsenic.", "2026-04", "found"},
		{"Inspectors said swabs taken from the ward last week found the same strain of the bacteria.", "2026-W22", "found"},
	})
	// A photograph shows what was at its taking: the time stays the
	// showing's (the control).
	got := titlesOn("2026-06-01", [2]string{"2026-06-04", "Photos taken on Monday showed the ship listing badly."})
	if len(got) != 1 || !strings.Contains(got[0], "showed") {
		t.Errorf("photos taken on Monday: titled %q, want the showing", got)
	}
}

// TestIrregularParticipleTitle: a participle phrase on a noun whose time
// dates the phrase alone titles its own happening when its participle is
// a form that is only ever one ("taken", "stolen", "begun"), as it does
// with an "-ed" form ("Water samples were collected"); the event was lost.
// (Written with the rule.)
func TestIrregularParticipleTitle(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"Officials said swabs taken from the ward last week found the same strain.", "2026-W22", "Swabs were taken from the ward"},
		{"In Vienna, most of the paintings stolen from the gallery in 2015 were recovered in 2019.", "2015", "The paintings were stolen from the gallery"},
	} {
		got := titlesOn(c.date, [2]string{"2026-06-04", c.text})
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
}
