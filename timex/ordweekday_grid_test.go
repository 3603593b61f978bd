package timex_test

import "testing"

// TestOrdinalWeekdayGrid: an ordinal weekday of a named month ("the first
// Wednesday of April", "the last Friday in May") is that day of that
// month, the year read as a day date's; of "the month", "every month" or
// after "every" it comes back every month, a set with no date. A weekday
// after an ordinal of no month ("the first Wednesday of the tournament")
// stays a weekday.
func TestOrdinalWeekdayGrid(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2026-01-15", "The meeting is on the first Wednesday of April.", "the first Wednesday of April", "2026-04-01"},
		{"2026-01-15", "The market will be held on the last Friday in May.", "the last Friday in May", "2026-05-29"},
		{"2026-09-10", "The market will be held on the last Friday in May.", "the last Friday in May", "2027-05-28"},
		{"2026-09-10", "Groundbreaking is planned for the first Monday of June.", "the first Monday of June", "2027-06-07"},
		{"2026-09-10", "The vote was held on the second Tuesday of March.", "the second Tuesday of March", "2026-03-10"},
		{"2026-09-10", "Polls open on the third Thursday of October.", "the third Thursday of October", "2026-10-15"},
		{"2026-09-10", "The vote was held on the last Tuesday of March.", "the last Tuesday of March", "2026-03-31"},
		// Sets.
		{"2026-09-10", "The club meets every first Wednesday of the month.", "every first Wednesday of the month", "P1M"},
		{"2026-09-10", "The market is held on the first Friday of every month.", "the first Friday of every month", "P1M"},
		{"2026-09-10", "Residents meet on the last Sunday of each month.", "the last Sunday of each month", "P1M"},
		// Negatives.
		{"2026-09-10", "He was freed last Friday in a deal.", "last Friday", "2026-09-04"},
		{"2026-09-10", "He scored on the first Wednesday of the tournament.", "Wednesday", "2026-09-09"},
		{"2026-09-10", "The fair is on the fifth Monday of February.", "the fifth Monday of February", "(none)"},
	})
}
