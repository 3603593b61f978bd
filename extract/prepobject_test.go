package extract

import (
	"slices"
	"testing"
)

// TestPrepositionObjectParticiple: after its clause's verb, a past form
// right after a preposition's object that is a name or a figure ("a letter
// from Rome written in 1920", "the record of 2:03:59 set in 2019") is a
// participle phrase on the noun phrase: its time dates the participle,
// never the clause's verb, which the sentence does not date. (The first
// three probes were written before the rule, and each dated the main clause
// by the participle's year.)
func TestPrepositionObjectParticiple(t *testing.T) {
	for _, c := range []struct {
		text, date string
		chunk      string // the participle phrase the chunker opens
	}{
		{"She won in 2:05:10, well outside the record of 2:03:59 set in 2019.", "2019", "reduced(set): set in 2019"},
		{"He held a letter from Rome written in 1920.", "1920", "reduced(written): written in 1920"},
		{"The club sold a striker from Lyon signed in 2022.", "2022", "reduced(signed): signed in 2022"},
		{"The company paid a fine of 5,000 imposed in May.", "2025-05", "reduced(imposed): imposed in may"},
		{"Divers recovered a bell from the Santa Rosa sunk in 1898.", "1898", "reduced(sunk): sunk in 1898"},
	} {
		if got := chunkString(c.text); !slices.Contains(got, c.chunk) {
			t.Errorf("%q: chunks %q, want %q among them", c.text, got, c.chunk)
		}
		if got := titlesOn(c.date, [2]string{"2026-03-06", c.text}); len(got) > 0 {
			t.Errorf("%q: %s titled %q, want no event (the participle's time)", c.text, c.date, got)
		}
	}
	// Not a time phrase's month, nor a figure of a time: the past form
	// after them is no participle on a noun the rule opens.
	for _, c := range []struct{ text, not string }{
		{"He won the race in March helped by a tail wind.", "reduced(helped): helped by a tail wind"},
		{"She won in 2019 helped by her coach.", "reduced(helped): helped by her coach"},
	} {
		if got := chunkString(c.text); slices.Contains(got, c.not) {
			t.Errorf("%q: chunks %q, want no %q", c.text, got, c.not)
		}
	}
}
