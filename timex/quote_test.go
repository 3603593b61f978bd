package timex

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// inQuoteByRescan is how inQuote used to work, reading back to the start
// of the paragraph for every token (quadratic on a long paragraph): the
// reference the one-pass quoteStates must agree with.
func (t *Tagger) inQuoteByRescan(i int) bool {
	in := false
	for k := i - 1; k >= 0; k-- {
		switch t.toks[k].low {
		case "\"":
			in = !in
		case "\u201c":
			return !in
		case "\u201d":
			return in
		}
		if t.toks[k].nl {
			break
		}
	}
	return in
}

func TestQuoteStates(t *testing.T) {
	parts := []string{"\"", "\u201c", "\u201d", "Today", "said", ",", "\n\n", "\n", " "}
	rng := rand.New(rand.NewPCG(1, 2))
	var tg Tagger
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
			b.WriteByte(' ')
		}
		text := b.String()
		tg.scan(text)
		tg.quoted = false
		for i := range tg.toks {
			if got, want := tg.inQuote(i), tg.inQuoteByRescan(i); got != want {
				t.Fatalf("%q token %d: inQuote %v, rescan %v", text, i, got, want)
			}
		}
	}
}
