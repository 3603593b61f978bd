package extract

import (
	"strings"
	"testing"
)

// TestSemicolonClauses: two main clauses joined by a semicolon, each with
// its own subject, verb and time, are two events, each titled by its own
// clause under its own date; a list whose items a semicolon parts ("in
// Leeds on May 2; York on May 9") stays one clause.
func TestSemicolonClauses(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string // a word only one clause has -> its event's date
		not        []string          // words no event title may open with
	}{
		{"two storms", "The bridge was rebuilt after the floods.\n\nThe first flood swept away 90 homes in 1998; a second in 2012 destroyed the old bridge.",
			map[string]string{"homes": "1998", "bridge": "2012"}, nil},
		{"pronoun subject", "The club has had a bumpy decade.\n\nIt won the cup in 2015; it was sold to new owners in 2019.",
			map[string]string{"cup": "2015", "owners": "2019"}, nil},
		{"list of places", "The exhibition will travel widely.\n\nIt opens in Leeds on May 2, 2027; York on May 9, 2027; and Hull on May 16, 2027.",
			map[string]string{"Leeds": "2027-05-02"}, []string{"York", "Hull"}},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2026-11-20", tc.text)}, Options{})
		for w, date := range tc.want {
			found := false
			for _, ev := range tl.Events {
				if !strings.Contains(ev.Title, w) {
					continue
				}
				if ev.Date.String() != date {
					t.Errorf("%s: %q titles an event of %s (%q), want %s", tc.name, w, ev.Date, ev.Title, date)
				}
				found = true
			}
			if !found {
				t.Errorf("%s: no event titled with %q", tc.name, w)
			}
		}
		for _, w := range tc.not {
			for _, ev := range tl.Events {
				if strings.HasPrefix(ev.Title, w) {
					t.Errorf("%s: a list item is an event of its own: %s %q", tc.name, ev.Date, ev.Title)
				}
			}
		}
	}
}
