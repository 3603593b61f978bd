package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
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

// TestAppendWordsASCII checks that the words of an ASCII span cut with no
// low keep the text's own bytes when they have no capital and copy only
// the words that have one (the whole span was lowered into a copy before),
// and that a span whose capitals outgrow the room on the stack is lowered
// all the same.
func TestAppendWordsASCII(t *testing.T) {
	text := "On Tuesday the ship docked at Port Vila, officials said."
	ws := appendWordsLow(nil, text, "", 0, len(text))
	in := func(w string) bool {
		p, q := uintptr(unsafe.Pointer(unsafe.StringData(w))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return p >= q && p < q+uintptr(len(text))
	}
	for _, w := range ws {
		if capital := w.w != text[w.i:w.j]; in(w.w) == capital {
			t.Errorf("word %q (%q): in the text %v, want %v", w.w, text[w.i:w.j], in(w.w), !capital)
		}
	}
	long := strings.Repeat("Harbour Master ", 40) + "said"
	got := appendWordsLow(nil, long, "", 0, len(long))
	want := appendWordsLow(nil, long, asciiLower(long), 0, len(long))
	if !slices.Equal(got, want) {
		t.Errorf("appendWordsLow(%q) = %v, want %v", long, got, want)
	}
}
