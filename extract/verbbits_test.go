package extract

import (
	"testing"

	"github.com/dateline-news/dateline/internal/wordset"
)

// TestVerbBits checks that verbBits, verbClassOf's one lookup, tells of
// every word exactly the lists it is in.
func TestVerbBits(t *testing.T) {
	lists := []struct {
		set wordset.Set
		bit uint16
	}{
		{articleWords, vbArticle}, {possessivePronouns, vbPossessive}, {clauseDemonstr, vbDemonstr},
		{auxiliaries, vbAux}, {nonfiniteAuxiliaries, vbNonfiniteAux}, {modalAuxiliaries, vbModal},
		{verbForms, vbVerbForm}, {clauseEdWords, vbEdWord}, {clausePlainPresents, vbPlainPresent},
	}
	words := map[string]bool{"the": true, "reported": true, "broke": true, "said": true, "zzz": true}
	for _, l := range lists {
		for w := range l.set.All() {
			words[w] = true
		}
	}
	for w := range words {
		b := verbBits[w]
		for _, l := range lists {
			if (b&l.bit != 0) != l.set.Has(w) {
				t.Errorf("%q: bit %b is %v, the list says %v", w, l.bit, b&l.bit != 0, l.set.Has(w))
			}
		}
		if fp := reportingVerbs.Has(w) || pastOpeners.Has(w) || simplePasts.Has(w); (b&vbFinitePast != 0) != fp {
			t.Errorf("%q: finite past bit %v, the lists say %v", w, b&vbFinitePast != 0, fp)
		}
	}
}
