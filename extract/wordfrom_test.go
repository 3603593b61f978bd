package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestWordFrom checks the binary search against a scan from the start, at
// every byte of a clause of several dates, and that the readers built on
// it see the words after each date, not the first date's.
func TestWordFrom(t *testing.T) {
	text := "The ferry ran on 3 May, on 10 May and on 17 May; Sunday's winner, the 2019 champion, spoke."
	ws := words(text, 0, len(text))
	if wordFrom(nil, 5) != 0 {
		t.Fatalf("empty words: %d", wordFrom(nil, 5))
	}
	for at := 0; at <= len(text)+1; at++ {
		want := len(ws)
		for k, w := range ws {
			if w.i >= at {
				want = k
				break
			}
		}
		if got := wordFrom(ws, at); got != want {
			t.Fatalf("wordFrom(%d) = %d, want %d", at, got, want)
		}
	}
	span := func(s string) timex.Timex {
		i := strings.Index(text, s)
		return timex.Timex{Text: s, Start: i, End: i + len(s)}
	}
	if isPossessive(ws, span("17 May")) || !isPossessive(ws, span("Sunday")) {
		t.Errorf("isPossessive: want only Sunday's")
	}
	if rankedPerson(ws, span("10 May")) || !rankedPerson(ws, span("Sunday")) || !rankedPerson(ws, span("2019")) {
		t.Errorf("rankedPerson: want Sunday's winner and the 2019 champion only")
	}
}
