package extract

import (
	"math/rand/v2"
	"testing"
)

// TestProfileMeets checks meets against cosine, on bags whose stems share
// the profile's bits without being counted (s and s+profileBits).
func TestProfileMeets(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	bag := func(n int) []sid {
		b := make([]sid, n)
		for i := range b {
			b[i] = sid(r.IntN(4 * profileBits))
		}
		return b
	}
	for range 2000 {
		var p profile
		for range r.IntN(4) {
			p.add(bag(r.IntN(20)))
		}
		b := bag(r.IntN(20))
		if got, want := p.meets(b), p.cosine(b) > 0; got != want {
			t.Fatalf("meets(%v) = %v, cosine %v, profile %v", b, got, p.cosine(b), p.count)
		}
	}
}
