package timex_test

import (
	"fmt"
	"testing"
)

// A verb of intent in the present perfect ("has agreed", "have now
// decided") takes no day gone by ("have agreed on Monday" is no English):
// a weekday after its "to" and the infinitive is the infinitive's, ahead
// of the story, whichever side of it is nearer. A simple past, a
// pluperfect, or a day that another clause holds, keeps the nearest day
// gone by.
func TestPerfectIntentWeekday(t *testing.T) {
	var probes []directionProbe
	// Tuesday 2042-03-18 (Monday one day back) and Friday 2042-03-21
	// (Thursday one day back): the nearer day is behind.
	for _, d := range []struct{ dct, day, ahead, behind string }{
		{"2042-03-18", "Monday", "2042-03-24", "2042-03-17"},
		{"2042-03-21", "Thursday", "2042-03-27", "2042-03-20"},
	} {
		for _, s := range []string{
			"Both sides have agreed to meet in Leeds on %s.",
			"The union has now decided to strike on %s.",
			"The club has promised to name its new coach on %s.",
			"The regulator has ordered the firm to hand over its records on %s.",
			"The two leaders have agreed to hold talks at the border on %s.",
		} {
			probes = append(probes, directionProbe{d.dct, fmt.Sprintf(s, d.day), d.day, d.ahead})
		}
		for _, s := range []string{
			"Both sides agreed to meet in Leeds on %s.",
			"The board had decided to close the plant on %s.",
			"The union has agreed to talks, which began on %s.",
		} {
			probes = append(probes, directionProbe{d.dct, fmt.Sprintf(s, d.day), d.day, d.behind})
		}
	}
	runDirectionProbes(t, probes)
}

// "would" and a bare verb tell what was said to lie ahead, and a day
// after the verb's object and a phrase of place is the verb's, however
// long the phrase, when no other verb or clause comes between; a day a
// relative clause holds is that clause's. Wednesday 2040-05-09: Monday is
// two days back, five ahead.
func TestWouldLongPhraseWeekday(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2040-05-09", "The group said it would hold a rally outside the district's administration building on Monday.", "Monday", "2040-05-14"},
		{"2040-05-09", "The group said it would hold a vigil in front of the old town hall on Monday.", "Monday", "2040-05-14"},
		{"2040-05-09", "Parents said after the vote that they would deliver the petition to the superintendent's office on Monday.", "Monday", "2040-05-14"},
		{"2040-05-09", "The group said it would appeal the ruling the court made on Monday.", "Monday", "2040-05-07"},
		{"2040-05-09", "The group said it would ask the court that ruled on Monday to think again.", "Monday", "2040-05-07"},
	})
}

// A possessive weekday before a happening no one plans dates it gone by,
// a word a hyphen joins before the noun counting as one. Thursday
// 2040-04-19: Tuesday is two days back.
func TestHyphenedHappeningPossessive(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2040-04-19", "Repairs after Tuesday's high-speed crash will take weeks.", "Tuesday", "2040-04-17"},
		{"2040-04-19", "Insurers expect claims from Tuesday's magnitude-6.1 earthquake to top $2 billion.", "Tuesday", "2040-04-17"},
		{"2040-04-19", "Tickets for Tuesday's sold-out concert are gone.", "Tuesday", "2040-04-24"},
	})
}
