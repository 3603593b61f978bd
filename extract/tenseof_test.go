package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/wordset"
)

// TestTenseOfTable checks tenseOf, read from one table (tenseWords),
// against the tests of the lists it is made of, in their order, on every
// word of those lists and on words of none.
func TestTenseOfTable(t *testing.T) {
	old := func(w string) int {
		switch {
		case clausePresent.Has(w) || tellingPresent.Has(w):
			return 1
		case w == "had" || pastOpeners.Has(w) || verbForms.Has(w) || modalAuxiliaries.Has(w) ||
			len(w) > 4 && strings.HasSuffix(w, "ed"):
			return -1
		}
		return 0
	}
	words := []string{"had", "has", "have", "is", "was", "said", "says", "will", "could", "reported", "opened", "need", "bed", "tuesday", "", "the"}
	for _, l := range []wordset.Set{clausePresent, tellingPresent, pastOpeners, verbForms, modalAuxiliaries} {
		for w := range l.All() {
			words = append(words, w, w+"ed")
		}
	}
	n := 0
	for _, w := range words {
		if got, want := tenseOf(w), old(w); got != want {
			t.Errorf("tenseOf(%q) = %d, want %d", w, got, want)
		}
		if old(w) != 0 {
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d words have a tense: the lists did not load", n)
	}
}
