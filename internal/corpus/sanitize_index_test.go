package corpus

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexControls checks the byte scans against strings.IndexFunc with
// the rune predicates, on strings of the characters they look for, their
// neighbours and bytes that are not UTF-8.
func TestIndexControls(t *testing.T) {
	pieces := []string{"a", " ", "\n", "\t", "\v", "\f", "\r", "\x00", "\x1f", "\x7f", "\u0080", "\u0085", "\u009f", "\u00a0",
		"\u061b", "\u061c", "\u061d", "\u200d", "\u200e", "\u200f", "\u2010", "\u2029", "\u202a", "\u202e", "\u202f",
		"\u2065", "\u2066", "\u2069", "\u206a", "é", "“", "€", "\xc2", "\xd8", "\xe2", "\xe2\x80", "\xe2\x81", "\x80", "\x9c", "\xaa", "\xff"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := indexStrippedControl(s), strings.IndexFunc(s, isStrippedControl); got != want {
			t.Fatalf("indexStrippedControl(%q) = %d, want %d", s, got, want)
		}
		if got, want := indexBidiControl(s), strings.IndexFunc(s, isBidiControl); got != want {
			t.Fatalf("indexBidiControl(%q) = %d, want %d", s, got, want)
		}
		if got, want := indexBinaryControl([]byte(s)), bytes.IndexFunc([]byte(s), isBinaryControl); got != want {
			t.Fatalf("indexBinaryControl(%q) = %d, want %d", s, got, want)
		}
	}
}
