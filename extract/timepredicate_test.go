package extract

import (
	"strings"
	"testing"
)

// TestTimeOnlyPredicateKeepsDate: a clause whose predicate tells of
// nothing but its time ("The last flood in the valley came", "The tower
// was last painted") keeps the time when it is written as a date; a time
// relative to the day of writing still goes, and so does the time of a
// predicate that tells more ("The festival began").
func TestTimeOnlyPredicateKeepsDate(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-02-10", "The last flood in the valley came in March 2011, when the river burst its banks at two places.",
			"2011-03", "The last flood in the valley came in March 2011"},
		{"2026-02-10", "The clock tower on the market square was last painted in 1987, according to the town archive.",
			"1987", "The clock tower on the market square was last painted in 1987, according to the town archive"},
		{"2026-02-10", "The first public screening of the restored film took place in 2019.",
			"2019", "The first public screening of the restored film took place in 2019"},
		{"2026-02-10", "The harbour festival began in June 2015 with a parade of fishing boats.",
			"2015-06", "The harbour festival began with a parade of fishing boats"},
	} {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		words, post string
		want        bool
	}{
		{"The last strike at the depot came", "", true},
		{"The last strike at the depot came", ", when drivers walked out", true},
		{"The last strike at the depot came", ", three weeks before the election", false},
		{"The last strike at the depot came", " after a pay dispute", false},
		{"The ferry was last inspected", ".", true},
		{"The committee's verdict is expected", "", true},
		{"The ferry was inspected", "", false},
		{"Drivers said the strike began", "", false},
	} {
		if got := timeOnlyPredicate(strings.Fields(c.words), c.post); got != c.want {
			t.Errorf("timeOnlyPredicate(%q, %q) = %v, want %v", c.words, c.post, got, c.want)
		}
	}
}
