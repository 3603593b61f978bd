package extract

import (
	"slices"
	"testing"
)

// TestItAfterClockStamp: a live blog's clock stamp before a dash opens no
// subject, so an "It" that opens the sentence after a stamped one names
// the thing that sentence opened on, as it does after one with no stamp.
// Probe written before the rule (titled "It expects ..." before it).
func TestItAfterClockStamp(t *testing.T) {
	for _, c := range []struct{ pub, text, date, want string }{
		{"2026-05-10", "16:15 — The Met Service has issued a red warning for the coast. It expects the storm to reach land early on Sunday.",
			"2026-05-10", "The Met Service expects the storm to reach land"},
		{"2026-05-10", "09:40 - The Harbour Board has shut the north quay. It plans to reopen the quay on May 14.",
			"2026-05-14", "The Harbour Board plans to reopen the quay"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", c.pub, c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			if e.Date.String() == c.date {
				got = append(got, e.Title)
			}
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%s titled %q, want %q", c.date, got, c.want)
		}
	}
}
