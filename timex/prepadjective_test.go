package timex_test

import "testing"

// TestPrepositionAdjective: an -ed word right after a preposition (and its
// article) and before a noun qualifies the noun ("in closed session",
// "behind closed doors", "at a packed meeting"); it is no past verb, and
// the clause's own verb gives the weekday its direction. A finite past
// never follows a preposition.
func TestPrepositionAdjective(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2037-05-16 is a Saturday.
		{"2037-05-16", "The board meets in closed session Tuesday.", "Tuesday", "2037-05-19"},
		{"2037-05-16", "The committee meets behind closed doors on Thursday.", "Thursday", "2037-05-21"},
		{"2037-05-16", "The council will vote at a packed meeting on Monday.", "Monday", "2037-05-18"},
		{"2037-05-16", "The panel hears evidence in closed session next Wednesday.", "next Wednesday", "2037-05-20"},
		// Guards: the clause's own past keeps the weekday behind.
		{"2037-05-16", "He was questioned in closed session on Tuesday.", "Tuesday", "2037-05-12"},
		{"2037-05-16", "The talks were held behind closed doors on Friday.", "Friday", "2037-05-15"},
		{"2037-05-16", "The council met in a packed hall on Monday.", "Monday", "2037-05-11"},
		{"2037-05-16", "Police arrested two men and closed the road on Thursday.", "Thursday", "2037-05-14"},
	})
}
