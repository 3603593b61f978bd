package extract

import (
	"strings"
	"testing"
)

// TestKeyTold: a summit, a launch or a signing is a moment a timeline
// leads with (isKey) when a clause tells it: by its verb, or by its noun
// with no word of moving its date and not as the name of a thing. A plan
// moved ("the summit was pushed back to June") and a thing named after the
// happening ("the launch pad", "the summit venue") are no such moment.
func TestKeyTold(t *testing.T) {
	for _, tc := range []struct {
		s    string
		k    kind
		want bool
	}{
		{"The probe launched on a heavy rocket from the coast on Thursday.", kindLaunch, true},
		{"The launch of the weather satellite on Thursday went without a hitch.", kindLaunch, true},
		{"The launch of the weather satellite was postponed to June after a valve failed.", kindLaunch, false},
		{"Its launch, first planned for the spring, slipped to the autumn.", kindLaunch, false},
		{"The rocket was rolled out to the launch pad on Sunday morning.", kindLaunch, false},
		{"Ministers from six states opened the summit in the port city on Monday.", kindSummit, true},
		{"The summit was pushed back a month because of the election.", kindSummit, false},
		{"Roads around the summit venue were shut from Monday.", kindSummit, false},
		{"The two governments signed the water treaty on Friday.", kindSigning, true},
		{"The rocket lifted off from the coast on Thursday.", kindLaunch, true}, // no word of its kind: taken as it comes
	} {
		c := &candidate{stext: tc.s, seg: [2]int{0, len(tc.s)}, kind: tc.k}
		if got := keyTold(c); got != tc.want {
			t.Errorf("keyTold(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	// A clause that names no kind (the saying's) is read in its sentence.
	s := "The signing of the water deal was pushed back to June, the union said on Tuesday."
	c := &candidate{stext: s, seg: [2]int{strings.Index(s, "the union"), len(s)}, kind: kindSigning}
	if keyTold(c) {
		t.Errorf("keyTold(%q) in the clause of its saying = true, want false", s)
	}
}
