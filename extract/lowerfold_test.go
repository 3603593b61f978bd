package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLowerWithoutAllocating checks the lookups and comparisons that lower
// a word without making a string (inSet, lowerEqual, spliceSame) against
// strings.ToLower, on words of ASCII and of letters whose lower case is
// not a byte's change ('İ' lowers to two runes of another length, the
// Kelvin sign to 'k', 'ſ' to itself), marks spliceWord trims, invalid
// UTF-8 and words longer than inSet's room: the same answers, so the same
// bytes out. It fails for a comparison that folds case as strings.EqualFold
// does ("ſ" and "s" fold alike but do not lower alike).
func TestLowerWithoutAllocating(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	pieces := []string{"A", "a", "Z", "z", "S", "s", "ſ", "K", "k", "\u212a", "İ", "i̇", "I", "i", "É", "é",
		"Ⱥ", "ⱥ", "\xff", ",", ".", "“", "’", "'", "(", "-", "0", "ABCDEFGHIJKLMNOP", "abcdefghijklmnop"}
	word := func() string {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	set := map[string]bool{}
	var ws []string
	for range 400 {
		w := word()
		ws = append(ws, w)
		if rng.IntN(2) == 0 {
			set[strings.ToLower(w)] = true
		}
	}
	set["ſ"], set["s"], set["k"] = true, false, true
	ws = append(ws, "s", "S", "ſ", "k", "K", "\u212a", "İ", "i̇")
	for _, a := range ws {
		if got, want := inSet(set, a), set[strings.ToLower(a)]; got != want {
			t.Fatalf("inSet(%q) = %v, want %v", a, got, want)
		}
		for _, b := range ws {
			if got, want := lowerEqual(a, b), strings.ToLower(a) == strings.ToLower(b); got != want {
				t.Fatalf("lowerEqual(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := spliceSame(a, b), spliceWord(a) == spliceWord(b); got != want {
				t.Fatalf("spliceSame(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() {
		inSet(set, "Monday")
		lowerEqual("Monday", "monday")
		spliceSame("“Monday,", "monday")
	}); n != 0 {
		t.Errorf("%v allocations for ASCII words, want 0", n)
	}
}
