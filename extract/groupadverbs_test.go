package extract

import "testing"

// TestVerbGroupAdverbsLinear checks that a clause whose verb is followed
// by a long run of adverbs is chunked in linear time (longInputs,
// "verb-group-adverbs": inGroup walked back over the run from each word of
// it). Real verb groups keep their adverbs ("would reportedly still not
// have been") and go on.
func TestVerbGroupAdverbsLinear(t *testing.T) {
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
