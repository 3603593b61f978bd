package extract

import (
	"strings"
	"testing"
)

// sourcedOn reports whether an event of tl on date has a source sentence
// that starts with prefix, and with what expression.
func sourcedOn(t *testing.T, docs []Doc, date, prefix string) (bool, string) {
	t.Helper()
	tl, _ := Extract(docs, Options{})
	for _, e := range find(tl, date) {
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, prefix) {
				return true, s.Expression
			}
		}
	}
	return false, ""
}

// TestCarriedQuoteOpeningTime: a relative time that opens a sentence
// inside a quote carried over from the sentence before is the speaker's
// ("Two weeks ago I would not ..."), left out as any relative time in
// quoted speech is; the same time outside a quote dates its clause.
func TestCarriedQuoteOpeningTime(t *testing.T) {
	quoted := "The dredger cleared the channel on Monday, the port said. \"It is done at last. Two weeks ago nobody here believed we would finish before the winter,\" the harbour master said."
	if ok, _ := sourcedOn(t, []Doc{doc("a.md", "2025-11-19", quoted)}, "2025-W45", "Two weeks ago"); ok {
		t.Errorf("the time opening a carried quote dates the saying: %q", quoted)
	}
	plain := "The dredger cleared the channel on Monday, the port said. Two weeks ago a storm filled the channel with silt from the river."
	if ok, _ := sourcedOn(t, []Doc{doc("a.md", "2025-11-19", plain)}, "2025-W45", "Two weeks ago"); !ok {
		t.Errorf("the same time outside a quote no longer dates its clause: %q", plain)
	}
}
