package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCreditFinder checks the one-pass search for photo credits against
// looking for each credit in turn, on every line of the seeds and the
// ECB+ articles, and on lines made to hold each credit at its start, its
// end and in between.
func TestCreditFinder(t *testing.T) {
	lx := newLexicon(nil)
	naive := func(s string) bool {
		for _, c := range lx.credits {
			if strings.Contains(s, c) {
				return true
			}
		}
		return false
	}
	var lines []string
	for _, c := range lx.credits {
		lines = append(lines, c, "x"+c, c+".", "a man walks past. "+c+" name", c[:len(c)-1], c[1:])
	}
	files, _ := filepath.Glob("../../shared/seeds/*.md")
	more, _ := filepath.Glob("../../shared/corpora/ecbplus-esc/topics/*/articles/*")
	files = append(files, more...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(strings.ToLower(string(b)), "\n")...)
	}
	found := 0
	for _, l := range lines {
		want := naive(l)
		if got := lx.creditIdx.in(l); got != want {
			t.Errorf("in(%q) = %v, want %v", l, got, want)
		}
		if want {
			found++
		}
	}
	if found < 3*len(lx.credits) || len(lines) < 1000 {
		t.Errorf("%d of %d lines hold a credit: the test reads too little", found, len(lines))
	}
	if f := newCreditFinder([]string{"/", "ab"}); !f.in("x/y") || !f.in("cab") || f.in("ba") || f.in("a") {
		t.Error("a credit of one byte, or one at the end, is missed")
	}
	// A pair that opens a credit opens other words too: the credit's
	// last byte, and the text's end, decide.
	if f := newCreditFinder([]string{"abc/"}); f.in("ab") || f.in("abc") || f.in("abx/") || f.in("xabcd") || !f.in("abc/") || !f.in("x abab abc/") {
		t.Error("a pair that opens a credit is taken for it, or the credit is missed")
	}
	// A capital I with a dot above lowers to an ASCII i: the sentence is
	// lowered whole, as strings.ToLower does.
	for _, s := range []string{"\u0130MAGE: The rocket on its pad", "Image: The rocket", "\u00c9PA/ name", "EPA/ name"} {
		want := naive(strings.ToLower(s))
		if got := lx.credited(s, asciiLower(s)); got != want {
			t.Errorf("credited(%q) = %v, want %v", s, got, want)
		}
	}
}
