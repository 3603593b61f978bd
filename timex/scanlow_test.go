package timex

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestTagLowIsTag: TagLow given the text with its ASCII capitals lowered
// finds what Tag finds, and a low of the wrong length is worked out again.
func TestTagLowIsTag(t *testing.T) {
	dct := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"The council VOTED on Tuesday to close the library by June 30, two weeks after the inquiry opened last Friday.",
		"Police said the fire started at about 3 a.m. Sunday.\n\nOfficials will report back next month, and again in 2026.",
		"Ça a commencé le 2 mars — “Late on Monday”, the minister said, the talks broke down; no date was set for the next round.",
		"",
	}
	for _, text := range texts {
		low := asciiLowerForTest(text)
		want := new(Tagger).Tag(text, dct)
		if got := new(Tagger).TagLow(text, low, dct); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: TagLow %v, Tag %v", text, got, want)
		}
		if got := new(Tagger).TagLow(text, low+"x", dct); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: TagLow with a low of another length %v, Tag %v", text, got, want)
		}
	}
	// The tokens are read from low: a low that is not the text's lowered
	// is read as given (so the caller must give the right one).
	text := "The vote is on MONDAY."
	if got := new(Tagger).TagLow(text, strings.Replace(asciiLowerForTest(text), "monday", "xxxxxx", 1), dct); len(got) != 0 {
		t.Errorf("TagLow read the text, not low: %v", got)
	}
	if got := new(Tagger).TagLow(text, asciiLowerForTest(text), dct); len(got) != 1 || got[0].Text != "MONDAY" {
		t.Errorf("TagLow on %q: %v, want MONDAY", text, got)
	}
}

func asciiLowerForTest(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
