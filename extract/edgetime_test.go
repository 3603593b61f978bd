package extract

import "testing"

// TestEdgeBeforeTimeGoes: a word that places a time within its span or
// before or after it ("earlier this afternoon", "late last night", "early
// on Wednesday") goes from a title with the time it places, when the time
// is taken out of the title's end: left alone, "arrived earlier" or
// "ended the standoff early" tells a lateness or an earliness the source
// never told. One after a measure ("two days later") tells how much later
// and is no such word; the titles with a comma after the time were right
// before and stay so.
func TestEdgeBeforeTimeGoes(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-02-10", "Rescue teams from the capital arrived earlier this afternoon.",
			"2025-02-10", "Rescue teams from the capital arrived"},
		{"2025-02-10", "The last ferry to the island sailed late last night.",
			"2025-02-09", "The last ferry to the island sailed"},
		{"2025-02-10", "Two more aftershocks shook the coastal towns early this morning.",
			"2025-02-10", "Two more aftershocks shook the coastal towns"},
		{"2025-02-17", "She gave her first television interview on Monday since soldiers lifted the blockade early on Wednesday.",
			"2025-02-17", "She gave her first television interview since soldiers lifted the blockade"},
		{"2025-02-17", "The mayor spoke to reporters on Monday, a day after the storm hit the coast late on Saturday.",
			"2025-02-17", "The mayor spoke to reporters a day after the storm hit the coast"},
		// Controls, right before the rule.
		{"2025-02-10", "Rescue teams from the capital arrived earlier this afternoon, the mayor said.",
			"2025-02-10", "Rescue teams from the capital arrived, the mayor said"},
		{"2025-02-10", "The last ferry left the island late last night as the storm closed in.",
			"2025-02-09", "The last ferry left the island as the storm closed in"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
