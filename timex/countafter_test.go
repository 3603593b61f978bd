package timex_test

import "testing"

// A count of time before "after" or "before" that opens a sentence ("Days
// after the library vote on Monday, ...", "Hours before the storm on
// Sunday, ...") opens a phrase of time, no subject: the noun after it is
// no present verb of it, and the weekday in the phrase is read by the
// tense of the clause after the comma (subjectOf). A plural subject
// before a preposition keeps its plain present ("Residents near the plant
// vote on Tuesday").
func TestCountAfterWeekday(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2026-03-12", "Days after the library vote on Monday, the council raised property taxes.", "Monday", "2026-03-09"},
		{"2026-03-12", "Days after the plant closure on Monday, the company cut 400 jobs.", "Monday", "2026-03-09"},
		{"2026-03-12", "Weeks after the mine collapse on Tuesday, rescuers found a second survivor.", "Tuesday", "2026-03-10"},
		{"2026-03-12", "Hours before the storm surge on Sunday, crews cleared the drains.", "Sunday", "2026-03-08"},
		{"2026-03-12", "Residents near the plant vote on Tuesday.", "Tuesday", "2026-03-17"},
	})
}
