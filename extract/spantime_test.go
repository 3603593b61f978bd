package extract

import (
	"strings"
	"testing"
)

// TestSpanVerbKeepsTime: a verb of a scheduled span, sitting or report
// after a modal or "to" ("will run", "will next appear", "is due to
// report") tells nothing but its time; a title never ends on it, and a
// time written as a date goes with it. Probes written before the rule, in
// our own words.
func TestSpanVerbKeepsTime(t *testing.T) {
	for _, c := range []struct{ dct, text, date, verb string }{
		{"2024-04-10", "The county show will run from Saturday 4 May to Monday 6 May.", "2024-05-04", "run"},
		{"2024-02-12", "The three defendants will next appear on 4 March.", "2024-03-04", "appear"},
		{"2024-02-12", "The review panel is due to report on Friday 15 March.", "2024-03-15", "report"},
		{"2024-05-20", "The roadworks on the bypass will last until Friday 12 July.", "2024-07-12", "last"},
	} {
		titles := eventTitles(t, c.dct, c.text)
		got, ok := titles[c.date]
		if !ok {
			t.Logf("%q: no event on %s: %v", c.text, c.date, titles)
			continue
		}
		if strings.HasSuffix(got, " "+c.verb) {
			t.Errorf("%q: title %q ends on its verb, its time gone", c.text, got)
		}
	}
}
