package extract

import "testing"

// TestRescueFamily: a rescue told in the present perfect ("have been
// rescued") and dated in the sentence after in a verb that tells the
// rescue itself ("were winched to safety", "was pulled from the sea")
// has its headline (with its lead) on that day. A sentence after that
// dates the happening before the rescue ("went missing on Sunday") does
// not move them there.
func TestRescueFamily(t *testing.T) {
	checkHeadlineDays(t, []headlineDayCase{
		{"winched to safety", "2026-05-13", "Walkers rescued from Carn Ridge",
			"Two walkers have been rescued from Carn Ridge after getting lost in thick fog.\n\nThe pair were winched to safety by a coastguard helicopter at about 8 p.m. on Tuesday.\n\nNeither was hurt.",
			"", []string{"2026-05-12"}},
		{"pulled from the sea", "2026-05-15", "Swimmer rescued off Renby",
			"A swimmer has been rescued after getting into difficulty off Renby beach.\n\nThe woman, who was pulled from the sea by lifeguards on Thursday afternoon, is recovering in hospital.\n\nThe beach was busy at the time.",
			"", []string{"2026-05-14"}},
		{"the happening before the rescue", "2026-05-13", "Missing climber rescued",
			"A climber has been rescued after two nights on Ben Carra.\n\nThe man went missing on Sunday after setting out alone.\n\nHe is in hospital with hypothermia.",
			"2026-05-10", nil},
	})
}
