package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestASCIILower checks asciiLower against lowering byte by byte.
func TestASCIILower(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	pieces := []string{"A", "Z", "a", "z", "@", "[", "É", "é", " ", "AB", "x"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(s); got != string(want) {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	}
}
