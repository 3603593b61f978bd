package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestDateObjectKept: a date written right after "dated" is the
// participle's object; taken out, it would leave "The memo was dated" or
// "a copy of a newspaper dated", which tell nothing. It stays. A date a
// preposition leads after "dated" is no object, and goes as any other
// time.
func TestDateObjectKept(t *testing.T) {
	for _, c := range []struct{ in, x, want string }{
		// Kept: the date is what "dated" takes.
		{"The hostage holds up a copy of a local newspaper dated March 3, and the video ends.", "March 3",
			"The hostage holds up a copy of a local newspaper dated March 3, and the video ends"},
		{"A memo dated Oct. 12 warned the board that the roof could fail.", "Oct. 12",
			"A memo dated Oct. 12 warned the board that the roof could fail"},
		{"The invoice was dated 4 June.", "4 June",
			"The invoice was dated 4 June"},
		// Goes: a preposition leads the time, the object is elsewhere.
		{"The bones were dated in January to about 9,000 years ago.", "January",
			"The bones were dated to about 9,000 years ago"},
		// Goes: the time is not right after "dated".
		{"The ferry operator cancelled all sailings on Friday.", "Friday",
			"The ferry operator cancelled all sailings"},
	} {
		i := strings.Index(c.in, c.x)
		got := clauseTitle(c.in, [2]int{0, len(c.in)}, &timex.Timex{Start: i, End: i + len(c.x), Text: c.x})
		if got != c.want {
			t.Errorf("clauseTitle(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}
