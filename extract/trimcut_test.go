package extract

import (
	"strings"
	"testing"
)

// TestTrimCut checks trimCut against strings.Trim on words with and
// without marks, curly quotes and dashes, bytes that are no UTF-8, and
// the cutsets trimCut is given.
func TestTrimCut(t *testing.T) {
	cutsets := []string{spliceMarks, ",;:.!?\"“”‘’'()", ",;:\"“”‘’'()", ",;:", "", "“"}
	words := []string{"", "a", "word", "word,", "\"word\"", "“word”", "‘word’", "(word)", "—", "–word–", "word’s", "it's",
		"’", "\xe2", "\x80word\x80", "word\xe2\x80", "\xe2\x80\x9cword", ",", ",,", "Zürich", "café,", "é", "“", "word—"}
	for _, c := range cutsets {
		for _, w := range words {
			for _, s := range []string{w, w + "x", "x" + w, strings.ToUpper(w)} {
				if got, want := trimCut(s, c), strings.Trim(s, c); got != want {
					t.Errorf("trimCut(%q, %q) = %q, want %q", s, c, got, want)
				}
			}
		}
	}
}
