package extract

import (
	"slices"
	"testing"
)

// TestParticipleBeforeNegatedPast: a past participle on the subject,
// dated by the time right after it, under a main clause in the past that
// is negated ("The statue taken from the museum in 2019 was never found")
// or in the past perfect ("... had been sold by the time ...") dates the
// participle's happening, told of the subject ("The statue was taken from
// the museum"): a negated clause tells nothing that happened then, and a
// past perfect tells what was done by a later moment. A main clause in the
// plain past may tell the same moment ("A note posted on Friday said ...")
// and is left as it was. Probes written before the rule (published
// Saturday 2026-03-14); a fifth, "Repairs recommended by inspectors in
// 2019 were never carried out", is a known miss: the chunker reads a bare
// plural and a word in "-ed" as a subject and its verb, and the title
// stays "Repairs recommended by inspectors were never carried out".
func TestParticipleBeforeNegatedPast(t *testing.T) {
	for _, c := range []struct{ sentence, date, want string }{
		{"The statue taken from the Hallwyl Museum in 2019 was never found.", "2019", "The statue was taken from the Hallwyl Museum"},
		{"The ferry seized by the coastguard in March 2025 had been sold to a scrap dealer by the time the court ruled.", "2025-03", "The ferry was seized by the coastguard"},
		{"The paintings stolen from the gallery in 2011 were not recovered.", "2011", "The paintings were stolen from the gallery"},
		// A name in quotation marks inside the subject is part of it.
		{"But the \"Golden Owl\" statue taken from the Hallwyl Museum in 2019 was never found and is thought to have been broken up for scrap.", "2019", "The \"Golden Owl\" statue was taken from the Hallwyl Museum"},
	} {
		got := titlesOn(c.date, [2]string{"2026-03-14", "Officials gave an update on Saturday. " + c.sentence})
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: %s titled %q, want %q", c.sentence, c.date, got, c.want)
		}
	}
	for _, c := range []struct{ sentence, date, not string }{
		{"A note posted on the door on Friday said the shop would shut for good.", "2026-03-13", "A note was posted on the door"},
	} {
		got := titlesOn(c.date, [2]string{"2026-03-14", "Officials gave an update on Saturday. " + c.sentence})
		if slices.Contains(got, c.not) {
			t.Errorf("%q: %s titled %q", c.sentence, c.date, got)
		}
	}
}
