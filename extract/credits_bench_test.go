package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkCreditFinder measures creditFinder.in on the whole lowered
// text of each ECB+ article, as Analyze asks it of every article.
func BenchmarkCreditFinder(b *testing.B) {
	lx := newLexicon(nil)
	files, _ := filepath.Glob("../../shared/corpora/ecbplus-esc/topics/*/articles/*")
	var texts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, strings.ToLower(string(t)))
	}
	if len(texts) == 0 {
		b.Skip("no seeds")
	}
	n := 0
	for b.Loop() {
		for _, t := range texts {
			if lx.creditIdx.in(t) {
				n++
			}
		}
	}
	_ = n
}
