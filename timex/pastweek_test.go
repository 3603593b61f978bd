package timex_test

import "testing"

// TestPastWeekStretch: "the past week", "the last week" (with "the", and
// no "of" after) is the stretch of seven days up to now, which runs over
// two calendar weeks: a duration, as "the past decade" is, not the
// calendar week before this one ("last week"). So for "the past month".
func TestPastWeekStretch(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2035-05-18 is a Friday.
		{"2035-05-18", "Over the past week, a steady stream of visitors has called at the camp.", "the past week", "P1W"},
		{"2035-05-18", "In the last week, three more wells have run dry.", "the last week", "P1W"},
		{"2035-05-18", "Prices have climbed steadily during the past week.", "the past week", "P1W"},
		{"2035-05-18", "The river has risen by two metres over the past month.", "the past month", "P1M"},
		// Guards: the calendar week before; a part of a named stretch.
		{"2035-05-18", "Prices fell last week.", "last week", "2035-W19"},
		{"2035-05-18", "Talks broke down in the last week of April.", "April", "2035-04"},
	})
}
