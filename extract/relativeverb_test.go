package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestRelativeVerbOnly: a relative clause of its pronoun and a bare verb,
// whose time went, tells its noun nothing. Left after a conjunct of
// another date is dropped, it goes whole; opening the segment, with a
// verb of a span whose only complement is its time, it keeps a time
// written as a date. Not a "that" after a verb (what was said), nor a
// plural noun after the pronoun (its subject), nor an auxiliary.
func TestRelativeVerbOnly(t *testing.T) {
	for _, c := range []struct {
		words   string
		present bool
		want    bool
	}{
		{"Staff will vote on the deal in a postal ballot that opens", true, true},
		{"which ran", false, true},
		{"The inquiry heard from the firm that lasted", false, true},
		{"Staff will vote on the deal in a postal ballot that opens", false, false},
		{"The minister said that rises", true, false},
		{"The hall was used by a club that was", true, false},
		{"The council heard a report that opens the", true, false},
	} {
		if got := relativeVerbOnly(strings.Fields(c.words), "", c.present); got != c.want {
			t.Errorf("relativeVerbOnly(%q) = %v, want %v", c.words, got, c.want)
		}
	}
	for _, c := range []struct{ title, x, want string }{
		{"Staff will vote on the deal in a postal ballot that opens and closes at noon on 14 May", "noon on 14 May", "Staff will vote on the deal in a postal ballot"},
		{"The council rejected the first bid and a second bid of $4 million on March 9", "March 9", "The council rejected the first bid"},
	} {
		if got := withoutOtherConjunct(c.title, c.x); got != c.want {
			t.Errorf("withoutOtherConjunct(%q, %q)\n = %q\nwant %q", c.title, c.x, got, c.want)
		}
	}
	// Two verbs in the present, the second with a phrase of its own; not
	// a noun's subject before its verb ("that members and staff approved").
	if !pairedPresent("opens", strings.Fields("closes at noon")) || pairedPresent("members", strings.Fields("staff approved")) || pairedPresent("members", strings.Fields("officials approved")) {
		t.Errorf("pairedPresent: want \"opens and closes at\" paired, \"members and staff/officials approved\" not")
	}
	for _, c := range []struct{ in, x, want string }{
		{"which ran until 11:40 p.m.", "11:40 p.m.", "Ran until 11:40 p.m."},
		{"which lasted until March 2031.", "March 2031", "Lasted until March 2031"},
		{"which opened in 1987.", "1987", "Opened"},
		{"which ran until Tuesday.", "Tuesday", "Ran"},
	} {
		i := strings.Index(c.in, c.x)
		tx := timex.Timex{Start: i, End: i + len(c.x), Text: c.x}
		if got := clauseTitle(c.in, [2]int{0, len(c.in)}, &tx); got != c.want {
			t.Errorf("clauseTitle(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}
