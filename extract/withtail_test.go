package extract

import (
	"strings"
	"testing"
)

// TestWithTailWhole: news English adds a second happening to a clause with
// an absolute phrase after a comma and "with" (", with work to start in
// May", ", with the last trains running in June"), a noun and a
// predicate of its own, often its own time. A title dated by the clause's
// time keeps that clause; the phrase goes whole, never left as a noun
// without its predicate or a predicate without its time ("..., with
// work to start").
func TestWithTailWhole(t *testing.T) {
	for _, c := range []struct{ text, dated, want string }{
		// The clause's own time; the phrase has another. A phrase the
		// title holds whole stays (the two after).
		{"The county will pick a contractor in November, with paving starting in 2030 and the new road opening in late 2032.",
			"November", "The county will pick a contractor"},
		{"The regulator says it will publish its draft rules next week, with a final version to follow in the spring.",
			"next week", "The regulator will publish its draft rules, with a final version to follow in the spring"},
		{"The airline said it would retire the last of its older jets next year, with the first deliveries of the new model in early March.",
			"next year", "The airline would retire the last of its older jets, it said"},
		// The phrase's time is told by a month's name (relative to the
		// day of writing).
		{"The ministry says it will open bids for the new hospital next month, with building to start in April.",
			"next month", "The ministry will open bids for the new hospital"},
		{"The death toll from the landslide rose to 14 on Thursday, with three people still missing.",
			"Thursday", "The death toll from the landslide rose to 14, with three people still missing"},
		{"Demolition is scheduled for 2028, with the new stadium opening in 2030.",
			"2028", "Demolition is scheduled for 2028"},
	} {
		docs := []Doc{doc("a.md", "2026-06-17", c.text)}
		tl, _ := Extract(docs, Options{})
		found := false
		for _, e := range tl.Events {
			t.Logf("%q: %s %q", c.text, e.Date, e.Title)
			if e.Title == c.want {
				found = true
			}
			if strings.HasSuffix(e.Title, ", with") || strings.Contains(e.Title, ", with ") && !strings.Contains(c.text[strings.Index(c.text, ", with"):], e.Title[strings.Index(e.Title, ", with"):]+".") {
				t.Errorf("%q: title %q keeps the phrase of \"with\" without all of it", c.text, e.Title)
			}
		}
		if !found {
			t.Errorf("%q: no event titled %q", c.text, c.want)
		}
	}
}
