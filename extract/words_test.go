package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendWordsLow checks appendWordsLow, with low and without, against
// a plain rune-by-rune split lowering each word with strings.ToLower.
func TestAppendWordsLow(t *testing.T) {
	want := func(text string, s, e int) []word {
		var out []word
		comma := false
		for i := s; i < e; {
			r, n := utf8.DecodeRuneInString(text[i:e])
			if !isWordRune(r) {
				comma = comma || r == ','
				i += n
				continue
			}
			j := i
			for j < e {
				r, n := utf8.DecodeRuneInString(text[j:e])
				if !isWordRune(r) {
					break
				}
				j += n
			}
			out = append(out, word{strings.ToLower(text[i:j]), i, j, comma})
			comma = false
			i = j
		}
		return out
	}
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"A", "b", "Kim", "9", "-", "_", " ", ",", ".", "“", "”", "É", "é", "İ", "\xff", "\xe2\x80", "ǅ", "ß"}
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		s := rng.IntN(len(text) + 1)
		e := s + rng.IntN(len(text)-s+1)
		w := want(text, s, e)
		for _, low := range []string{"", asciiLower(text)} {
			got := appendWordsLow(nil, text, low, s, e)
			if len(got) != len(w) {
				t.Fatalf("appendWordsLow(%q, %q, %d, %d) = %v, want %v", text, low, s, e, got, w)
			}
			for k := range got {
				if got[k] != w[k] {
					t.Fatalf("appendWordsLow(%q, %q, %d, %d) = %v, want %v", text, low, s, e, got, w)
				}
			}
		}
	}
}
