package wordset

import (
	"strings"
	"testing"
)

// TestHasAgrees: Has answers as the map of the set's words would, for the
// words of the set, words that share their length and first and last
// letters (the sign), other words, the empty word and words of more than
// 255 bytes (whose lengths the sign wraps).
func TestHasAgrees(t *testing.T) {
	in := []string{"said", "told", "a", "", "é", "announced", strings.Repeat("x", 300), "sad"}
	s := Of(in...)
	want := map[string]bool{}
	for _, w := range in {
		want[w] = true
	}
	asked := append([]string{"sid", "tald", "b", "ann", "announces", "Said", strings.Repeat("x", 44), strings.Repeat("x", 300-256), "e", "\xc3"}, in...)
	for _, w := range asked {
		if got := s.Has(w); got != want[w] {
			t.Errorf("Has(%q) = %v, want %v", w, got, want[w])
		}
	}
	if s.Len() != len(want) {
		t.Errorf("Len() = %d, want %d", s.Len(), len(want))
	}
	var zero Set
	if zero.Has("") || zero.Has("said") || zero.Len() != 0 {
		t.Error("the zero Set holds words")
	}
	var noEmpty Set
	noEmpty.Add("said")
	if noEmpty.Has("") {
		t.Error("Has(\"\") of a set without the empty word")
	}
}

// TestSignRejects: most words outside a list of a few dozen are told so
// by the sign alone, which is what makes Has quicker than the map. The
// words are made up, of the lengths and letters of English words.
func TestSignRejects(t *testing.T) {
	seed := uint32(1)
	word := func() string {
		seed = seed*1664525 + 1013904223
		b := make([]byte, 2+seed>>29)
		for i := range b {
			seed = seed*1664525 + 1013904223
			b[i] = 'a' + byte(seed>>24)%26
		}
		return string(b)
	}
	var s Set
	for range 40 {
		s.Add(word())
	}
	passed, n := 0, 0
	for range 1000 {
		if w := word(); !s.m[w] {
			n++
			h := sign(w[0], w[len(w)-1], len(w))
			if s.sign[h>>6]&(1<<(h&63)) != 0 {
				passed++
			}
		}
	}
	if passed*10 > n {
		t.Errorf("the sign let %d of %d words outside the set through to the map", passed, n)
	}
}
