package timex_test

import (
	"testing"
)

// TestLimitAheadGrid: a day or month said in the present to be a time
// limit ("the deadline is", "is the deadline") is the next such day,
// whatever month the story is in; the same limit told in the past keeps
// the nearest reading. Each frame is crossed with stories written before
// and after the day in its year.
func TestLimitAheadGrid(t *testing.T) {
	frames := []struct {
		text, expr string
		ahead      bool
	}{
		{"The deadline is June 30.", "June 30", true},
		{"The deadline for applications is June 30.", "June 30", true},
		{"The deadline to register is on 30 June.", "30 June", true},
		{"June 30 is the deadline for bids.", "June 30", true},
		{"The minister said the deadline is June 30.", "June 30", true},
		{"The cutoff is June 30, officials said.", "June 30", true},
		{"The deadline was June 30.", "June 30", false},
		{"The deadline passed on June 30.", "June 30", false},
		{"Firms missed the deadline, which was June 30.", "June 30", false},
		{"The tax is due on June 30.", "June 30", true},
	}
	var probes []directionProbe
	for _, f := range frames {
		for _, dct := range []string{"2026-03-12", "2026-09-15", "2026-11-20"} {
			// Ahead: the next June 30; told in the past: the last.
			want := "2026-06-30"
			if f.ahead && dct > "2026-06-30" {
				want = "2027-06-30"
			} else if !f.ahead && dct < "2026-06-30" {
				want = "2025-06-30"
			}
			probes = append(probes, directionProbe{dct, f.text, f.expr, want})
		}
	}
	runDirectionProbes(t, probes)
}

// TestEffectReportedGrid: "takes effect" and "comes into force" in the
// present after a verb of saying in the past keep the present of now, so
// the day is the next one, as after "will"; the past ("came into force")
// and "would" (seen from the saying) keep theirs.
func TestEffectReportedGrid(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2026-01-15", "The firm said the rules take effect on 15 December.", "15 December", "2026-12-15"},
		{"2026-01-15", "The ministry said the ban takes effect in December.", "December", "2026-12"},
		{"2026-09-15", "Officials said the new law comes into force on 1 April.", "1 April", "2027-04-01"},
		{"2026-09-15", "The new law comes into force in April.", "April", "2027-04"},
		{"2026-05-15", "The treaty enters into force on 1 April.", "1 April", "2027-04-01"},
		{"2026-01-15", "The ministry said the rules will take effect on 15 December.", "15 December", "2026-12-15"},
		// Negatives: told in the past.
		{"2026-09-15", "The new law came into force on 1 April.", "1 April", "2026-04-01"},
		{"2026-09-15", "The rules took effect on 15 June.", "15 June", "2026-06-15"},
	})
}
