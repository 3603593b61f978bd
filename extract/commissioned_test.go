package extract

import (
	"strings"
	"testing"
)

// TestCommissionedFinderTime: a paper or inquiry named on the subject of a
// verb of finding by a participle of its ordering or start ("a review
// commissioned in January", "an inquiry set up last year", "an
// investigation launched in February") finds later than that: the time
// dates the commissioning, never the finding, which the sentence leaves
// undated. A participle of its making public ("a report published on
// Monday found") dates the finding with it: a paper finds when it is
// issued. (The probes were written before the rule; the first five dated
// the finding by the commissioning's time.)
func TestCommissionedFinderTime(t *testing.T) {
	for _, c := range []struct{ text, date, verb, want string }{
		{"A review commissioned by the board in January found no wrongdoing by senior staff.", "2026-01", "found", "A review was commissioned by the board"},
		{"A panel set up by the ministry last year found that the safety rules had been broken.", "2025", "found", "A panel was set up by the ministry"},
		{"An investigation launched in February found that staff had ignored repeated warnings.", "2026-02", "found", "An investigation was launched"},
		{"The hospital review ordered last month found staff shortages on every ward.", "2026-02", "found", "The hospital review was ordered"},
		{"An independent inquiry ordered by the governor in 2024 concluded that the dam had been poorly maintained.", "2024", "concluded", "An independent inquiry was ordered by the governor"},
	} {
		got := titlesOn(c.date, [2]string{"2026-03-06", c.text})
		for _, title := range got {
			if strings.Contains(title, c.verb) {
				t.Errorf("%q: %s titled %q, the finding the commissioning's time does not date", c.text, c.date, title)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
	// A paper made public finds when it is issued: its time stays the
	// finding's.
	for _, c := range []struct{ text, date, verb string }{
		{"A report published on Monday found that the river was badly polluted.", "2026-03-02", "found"},
		{"A study released last week showed that food prices had risen sharply.", "2026-W09", "showed"},
	} {
		got := titlesOn(c.date, [2]string{"2026-03-06", c.text})
		if len(got) != 1 || !strings.Contains(got[0], c.verb) {
			t.Errorf("%q: %s titled %q, want the finding", c.text, c.date, got)
		}
	}
}
