package extract

import (
	"strings"
	"testing"
)

// TestSinceGerundTime: a time at the end of a gerund's phrase after
// "since" ("has not played for the club since asking to leave it on
// Monday") dates the gerund's happening, the start of the span the clause
// tells, never the clause, however many words the phrase has. (The probes
// were written before the rule; all four titled the clause with the
// gerund's time.) A clause of its own after "since" is titled by itself.
func TestSinceGerundTime(t *testing.T) {
	for _, c := range []struct{ text, date, verb string }{
		{"He has not played for the club since asking to leave it on Monday.", "2026-06-08", "played"},
		{"The striker has not trained since picking up a knee injury in April.", "2026-04", "trained"},
		{"She has not been seen since leaving her home in Leeds on May 3.", "2026-05-03", "seen"},
		{"The minister has kept a low profile since resigning from the cabinet in 2024.", "2024", "profile"},
	} {
		for _, title := range titlesOn(c.date, [2]string{"2026-06-09", c.text}) {
			if strings.Contains(title, c.verb) {
				t.Errorf("%q: %s titled %q, the clause the gerund's time does not date", c.text, c.date, title)
			}
		}
	}
	if got := titlesOn("2026-06-05", [2]string{"2026-06-09", "Shares have fallen 20 percent since the company issued a profit warning on Friday."}); len(got) != 1 || got[0] != "The company issued a profit warning" {
		t.Errorf("since the company issued a profit warning on Friday: titled %q", got)
	}
}
