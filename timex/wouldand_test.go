package timex_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// A second bare verb joined by "and" under the same "would" is told ahead
// as the first is (wouldAhead): "said the zoo would stay closed Friday and
// reopen to visitors on Saturday", in a Monday story, is the Saturday to
// come, as "would reopen on Saturday" is.
func TestWouldAndAhead(t *testing.T) {
	dct := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC) // a Monday
	for _, c := range []struct{ text, expr, want string }{
		{"Brandt said the zoo would stay closed Friday and reopen to visitors on Saturday.", "Saturday", "2026-03-14"},
		{"The club said the stadium would stay shut and host a charity match on Saturday.", "Saturday", "2026-03-14"},
		{"Officials said the ferry would skip two crossings and resume its timetable on Friday.", "Friday", "2026-03-13"},
		// a second "would" of its own, or a comma: as before
		{"She said it would have closed and reopened on Saturday.", "Saturday", "2026-03-07"},
	} {
		got := ""
		for _, x := range timex.Tag(c.text, dct) {
			if x.Text == c.expr {
				got = x.Value
			}
		}
		if got != c.want {
			t.Errorf("%q: %s = %q, want %s", c.text, c.expr, got, c.want)
		}
	}
}
