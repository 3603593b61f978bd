package timex_test

import "testing"

// TestNextPossessive: "next year's", "next week's" qualify a noun ("next
// year's budget"); the past that governs the noun phrase gives the
// weekday after it its direction, as "the next slice of aid" does. With
// no past before it, or with a future, the weekday looks ahead.
func TestNextPossessive(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2024-10-09 is a Wednesday.
		{"2024-10-09", "The council approved two changes to next year's budget on Tuesday night.", "Tuesday night", "2024-10-08TNI"},
		{"2024-10-09", "The board cut next year's spending plan on Monday.", "Monday", "2024-10-07"},
		{"2024-10-09", "Organisers moved next week's final to a larger stadium on Monday.", "Monday", "2024-10-07"},
		// Guards: a future or no past keeps the weekday ahead.
		{"2024-10-09", "The board will cut next year's spending plan on Monday.", "Monday", "2024-10-14"},
		{"2024-10-09", "Next year's budget will be voted on Monday.", "Monday", "2024-10-14"},
		{"2024-10-09", "The council said next year's budget would be voted on Monday.", "Monday", "2024-10-14"},
	})
}
