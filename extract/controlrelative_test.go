package extract

import (
	"slices"
	"testing"
)

// TestControlObjectRelativeEnds: after a verb that takes an object and an
// infinitive ("asked", "urged": control-verbs), a relative clause on that
// object that a time ends ("asked drivers who were on the M6 on Sunday to
// send in footage") ends at its time: the infinitive after it is the
// verb's, told of the object, never the clause's ("Drivers were on the M6
// to send in dashcam footage" read it so). Probes written before the rule
// (published Saturday 2026-03-14).
func TestControlObjectRelativeEnds(t *testing.T) {
	for _, c := range []struct{ sentence, date, want string }{
		{"Police have asked drivers who were on the M6 on Sunday to send in dashcam footage.", "2026-03-08", "Drivers were on the M6"},
		{"Officers urged residents who saw the van on Friday night to call them.", "2026-03-13", "Residents saw the van"},
	} {
		got := titlesOn(c.date, [2]string{"2026-03-14", "Officials gave an update on Saturday. " + c.sentence})
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: %s titled %q, want %q", c.sentence, c.date, got, c.want)
		}
	}
}
