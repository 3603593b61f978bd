package extract

import "testing"

// TestPlannedDueIt: "It is due to enter service in March", "It was set to
// open in May", "It is scheduled to sail on Friday": an "It" before "due",
// "set" or "scheduled" and the infinitive of a verb is a thing a plan is
// told of, named like any "It" with a verb of its own; "It is due to the
// storm", "It was due to be a quiet week" are no thing's. Probes written
// before the rule (realistic sentences, no set's).
func TestPlannedDueIt(t *testing.T) {
	for _, c := range []struct {
		ws   []string
		want bool
	}{
		{[]string{"It", "is", "due", "to", "enter", "service"}, true},
		{[]string{"It", "was", "set", "to", "open", "in", "May"}, true},
		{[]string{"It", "is", "scheduled", "to", "sail"}, true},
		{[]string{"It", "is", "due", "to", "the", "storm"}, false},
		{[]string{"It", "was", "due", "to", "be", "a", "quiet", "week"}, false},
	} {
		if got := itActs(c.ws); got != c.want {
			t.Errorf("itActs(%q) = %v, want %v", c.ws, got, c.want)
		}
	}
	text := "The new ferry was launched at the Damen yard in Galati on Tuesday. It is due to enter service in March.\n"
	if got := eventTitles(t, "2026-11-12", text)["2027-03"]; got != "The new ferry is due to enter service" {
		t.Errorf("title at 2027-03 %q, want %q", got, "The new ferry is due to enter service")
	}
}
