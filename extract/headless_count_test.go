package extract

import (
	"strings"
	"testing"
)

// TestHeadlessCountTitle: a title whose subject is a count with no noun
// ("Nine have been hospitalized", "Both shut their doors", "All three
// were closed") points back at the noun of another sentence, as "they"
// does (headlessCount, so pointingTitle), and loses to a title of the
// same happening that names its things (pr37 outbreak, pr40 sinkhole); a
// count before its noun ("Nine people were hurt") names them.
func TestHeadlessCountTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Nine have been hospitalized, the health department said", true},
		{"Both shut their doors on the last day of February", true},
		{"All three were closed with the note \"fixed\"", true},
		{"The first 20 are due to start in September", true},
		{"12 were arrested after the match", true},
		{"Nine people were hurt when a bus overturned", false},
		{"Both sides agreed to return to talks", false},
		{"All 14 passengers survived the landing", false},
		{"Three of the victims died in hospital", false},
		{"2019 was the wettest year on record", false},
		{"The first train left at 6 a.m.", false},
	} {
		if got := headlessCount(strings.Fields(c.title)); got != c.want {
			t.Errorf("headlessCount(%q) = %v, want %v", c.title, got, c.want)
		}
		if got := pointingTitle(c.title); c.want && !got {
			t.Errorf("pointingTitle(%q) = false", c.title)
		}
	}
	checkFurniture(t, []furnitureCase{
		{"2026-03-06", "Bus overturns on A6\n\nNine people were hurt when a bus overturned on the A6 near Kendal on Thursday, police said.\n",
			"", "2026-03-05", "Nine people were hurt"},
	})
}
