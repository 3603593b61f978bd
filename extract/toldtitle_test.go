package extract

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestToldTitle: a time inside what a verb of saying tells dates the told
// happening, which leads the title with who told it after it, as wire
// copy does ("The old cannery ... closed, the harbour master said", never
// the bare claim, nor the saying dated by the told time); a name the
// told "he" stands for opens it, and its last word tells ("..., Okafor
// said"); a time of the saying keeps the saying's title; a bare pronoun
// teller keeps the sentence's title.
func TestToldTitle(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The harbour master said on Tuesday that the old cannery on the north quay closed in 2019.", "2019",
			"The old cannery on the north quay closed, the harbour master said"},
		{"The harbour master said on Tuesday that the old cannery on the north quay closed in 2019.", "2025-03-04",
			"The harbour master said that the old cannery on the north quay closed in 2019"},
		{"Testifying on Tuesday, Daniel Okafor said he had sold the boat to a dealer in Leeds in May 2023.", "2023-05",
			"Daniel Okafor had sold the boat to a dealer in Leeds, Okafor said"},
		{"Police said the library roof was repaired in 2021.", "2021",
			"The library roof was repaired, police said"},
		{"He said the library roof was repaired in 2021.", "2021",
			"He said the library roof was repaired"},
	} {
		got := eventTitles(t, "2025-03-06", c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %q in %s", c.text, got, c.want, c.date)
		}
	}
}

// TestTellerWords: a relative clause on the teller is no teller ("Ruth
// Kane, who led the inquiry, said she had found ..." is told by Ruth
// Kane), nor an opening phrase before the subject.
func TestTellerWords(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Inspector Ruth Kane, who led the inquiry, said she had found the missing ledger in March 2024.", "Inspector Ruth Kane had found the missing ledger, Kane said"},
		{"Giving evidence on Tuesday, Ruth Kane said she had found the missing ledger in March 2024.", "Ruth Kane had found the missing ledger, Kane said"},
	} {
		got := ""
		for _, tx := range timex.Tag(c.s, time.Date(2025, 3, 6, 12, 0, 0, 0, time.UTC)) {
			seg := [2]int{0, len(c.s) - 1}
			if at := tellsSayingOnly(c.s, seg, tx, clauseTitle(c.s, seg, &tx)); at >= 0 {
				got = toldTitle(c.s, seg, tx, at)
			}
		}
		if got != c.want {
			t.Errorf("%q: told title %q, want %q", c.s, got, c.want)
		}
	}
}
