package extract

import (
	"strings"
	"testing"
)

// TestVerbGroupAdverbsLinear checks that a clause whose verb is followed
// by a long run of adverbs is chunked in linear time: inGroup walked back
// over the run from each word of it, so 16,000 words of "early" after a
// verb took about 10 s where 4,000 took 0.6 s. Real verb groups keep
// their adverbs ("would reportedly still not have been") and go on.
func TestVerbGroupAdverbsLinear(t *testing.T) {
	checkLinear(t, "a clause of n adverbs", 1<<12, func(n int) {
		text := "Rescue crews from the coast arrived " + strings.Repeat("early ", n) + "on Wednesday."
		Extract([]Doc{doc("a.md", "2026-06-12", text)}, Options{})
	})
	for _, c := range []struct{ sent, verb string }{
		{"The plant would reportedly still not have been sold last year.", "sold"},
		{"The bridge has also already been closed since March.", "closed"},
	} {
		ws := words(c.sent, 0, len(c.sent))
		cs := appendClauses(nil, c.sent, ws)
		if len(cs) == 0 || cs[0].vend < 0 || ws[cs[0].vend].w != c.verb {
			t.Errorf("%q: the main clause's verb group does not reach %q", c.sent, c.verb)
		}
	}
}
