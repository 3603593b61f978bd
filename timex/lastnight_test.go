package timex_test

import "testing"

// TestFinalLastNight: after an article, a number or a possessive, "last
// night" is the final night of a run ("for one last night together"),
// no time; alone, or after a verb, it is the night gone by.
func TestFinalLastNight(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2026-09-10", "They spent one last night together in the flat.", "last night", "(none)"},
		{"2026-09-10", "For one last night, fans packed the old stadium.", "last night", "(none)"},
		{"2026-09-10", "It was their last night in the city.", "last night", "(none)"},
		{"2026-09-10", "The crew had a last night out before sailing.", "last night", "(none)"},
		{"2026-09-10", "He spent his last night in the cell on Sunday.", "last night", "(none)"},
		// Negatives: the night gone by.
		{"2026-09-10", "He was freed last night.", "last night", "2026-09-09TNI"},
		{"2026-09-10", "She said last night that she would go.", "last night", "2026-09-09TNI"},
		{"2026-09-10", "Last night, the band played one more song.", "Last night", "2026-09-09TNI"},
		{"2026-09-10", "Police said one man was hurt last night.", "last night", "2026-09-09TNI"},
	})
}
