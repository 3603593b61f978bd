package timex_test

import "testing"

// TestWeekOnGrid: British "a week tomorrow", "a week today", "a week on
// Tuesday" name the day a week after the one named (as "Tuesday week"
// does); "a week yesterday" a week before yesterday. A week that is a
// stretch ("for a week on Tuesday", "lasted a week") stays a duration,
// and its weekday the day the tense gives.
func TestWeekOnGrid(t *testing.T) {
	// 2026-09-10 is a Thursday, 2026-03-16 a Monday.
	runDirectionProbes(t, []directionProbe{
		{"2026-09-10", "The vote is a week tomorrow.", "a week tomorrow", "2026-09-18"},
		{"2026-09-10", "The inquiry opens a week today.", "a week today", "2026-09-17"},
		{"2026-09-10", "The final is a week on Saturday.", "a week on Saturday", "2026-09-19"},
		{"2026-09-10", "Ministers will meet a week on Monday, the union said.", "a week on Monday", "2026-09-21"},
		{"2026-03-16", "The strike begins a week on Wednesday.", "a week on Wednesday", "2026-03-25"},
		{"2026-03-16", "Results are due a week tomorrow.", "a week tomorrow", "2026-03-24"},
		{"2026-09-10", "The fire broke out a week yesterday.", "a week yesterday", "2026-09-02"},
		{"2026-09-10", "It happened a week today.", "a week today", "2026-09-03"},
		// Negatives: a stretch of a week, and a day told in the past.
		{"2026-09-10", "He was jailed for a week on Tuesday.", "a week", "P1W"},
		{"2026-09-10", "He was jailed for a week on Tuesday.", "Tuesday", "2026-09-08"},
		{"2026-09-10", "The strike lasted a week on Tuesday.", "Tuesday", "2026-09-08"},
		{"2026-09-10", "The talks will take a week.", "a week", "P1W"},
		{"2026-09-10", "The vote is tomorrow.", "tomorrow", "2026-09-11"},
	})
}
