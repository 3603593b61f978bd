package extract

import (
	"strings"
	"testing"
)

// TestReportedDatedBound checks that the bound of a time's clause, found
// once (reportedDated), gives what a scan from each word to the time gave.
func TestReportedDatedBound(t *testing.T) {
	for _, s := range []string{
		"The coastguard said the pair were rescued by a lifeboat crew at about 9pm on Sunday.",
		"The firm said on Monday that she had been charged on Tuesday.",
		"Officers said the man, who was arrested in March, was charged on Monday.",
		"The agency said “it was sold” to a buyer on Friday.",
		"Ana said: the sale closed; the buyer paid in full on Friday.",
		"Ein Sprecher sagte, das Schiff sei am Freitag \xe2\x80 gesunken on Friday.",
	} {
		at := strings.LastIndex(s, " on ") + 1
		lo := strings.LastIndexAny(s[:at], reportedBreaks)
		for _, w := range words(s, 0, len(s)) {
			want := w.j <= at && !strings.ContainsAny(s[w.j:at], reportedBreaks)
			if got := reportedDated(w, at, lo); got != want {
				t.Errorf("%q, %q: %v, want %v", s, s[w.i:w.j], got, want)
			}
		}
	}
}
