package timex_test

import "testing"

// TestClockPointedWeekday: a clock time followed by a weekday with a
// determiner ("at 6:15 p.m. last Wednesday") is on that weekday, as it is
// followed by a bare weekday or a date; the weekday stays an expression of
// its own. With a part of the day after the weekday, or a set ("every
// Friday"), or no weekday, the time keeps the day it had.
func TestClockPointedWeekday(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2026-04-27", "The fire was put out at 6:15 p.m. last Wednesday.", "6:15 p.m.", "2026-04-22T18:15"},
		{"2026-04-27", "The fire was put out at 6:15 p.m. last Wednesday.", "last Wednesday", "2026-04-22"},
		{"2026-04-27", "The chief declared it out at 6:15 p.m. last Wednesday, April 22.", "6:15 p.m.", "2026-04-22T18:15"},
		{"2026-04-27", "The chief declared it out at 6:15 p.m. last Wednesday, April 22.", "last Wednesday, April 22", "2026-04-22"},
		{"2026-04-27", "The hearing resumes at 9 a.m. next Friday.", "9 a.m.", "2026-05-01T09:00"},
		{"2026-04-27", "The ferry leaves at 10:30 on next Friday.", "10:30", "2026-05-01T10:30"},
		// Negatives: the time is not on the pointed weekday.
		{"2026-04-27", "The gates open at 9 a.m. every Friday.", "9 a.m.", "2026-04-27T09:00"},
		{"2026-04-27", "The fire was put out at 6:15 p.m. last week.", "6:15 p.m.", "2026-04-27T18:15"},
		{"2026-04-27", "The fire was put out at 6:15 p.m. Wednesday.", "6:15 p.m. Wednesday", "2026-04-22T18:15"},
	})
}
