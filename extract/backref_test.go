package extract

import (
	"slices"
	"testing"
)

// TestBackReferenceLoses: a source whose title names what it tells of only
// by pointing back at another sentence ("those claims", "approve it")
// loses the event's title to a source that names it, whichever article
// comes first; a title with no such word keeps its place. Probes written
// before the rule.
func TestBackReferenceLoses(t *testing.T) {
	for _, c := range []struct {
		date string
		a, b [2]string
	}{
		{"2026-05-12",
			[2]string{"2026-05-13", "The opposition accused the mayor of hiding the cost of the stadium. The mayor rejected those accusations on Tuesday in a radio interview."},
			[2]string{"2026-05-14", "The mayor rejected the opposition's accusations over the stadium's cost on Tuesday, calling them false."}},
		{"2026-05-12",
			[2]string{"2026-05-20", "Timeline of the dispute.\n\n12 May: Nurses voted 71% to approve it."},
			[2]string{"2026-05-13", "The Royal College of Nursing said 71 percent of its members had supported the pay deal in a vote that closed at noon on Tuesday."}},
	} {
		for _, arts := range [][][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := titlesOn(c.date, arts...); len(got) == 0 || slices.ContainsFunc(got, backReference) {
				t.Errorf("%s titled %q, want no title that only points back", c.date, got)
			}
		}
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Kiir denied those claims in a statement", true},
		{"Nurses voted to accept it", true},
		{"Consultation on these job cuts began", true},
		{"The mayor rejected the accusations", false},
		{"Those who lost their homes were moved to a school", false},
		{"The club made it to the final", false},
	} {
		if got := backReference(c.title); got != c.want {
			t.Errorf("backReference(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
