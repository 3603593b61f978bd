package timex_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestWeekdaySlot: a weekday after a determiner or possessive that
// qualifies a noun of a timetable ("its Saturday opening hours", "the
// branch's Saturday reading hour", "the Sunday bus services") names a slot
// that comes back every week, not one day: no date. A weekday of one
// happening ("the president's Tuesday speech", "on Saturday service
// resumes") keeps its day.
func TestWeekdaySlot(t *testing.T) {
	for _, p := range []directionProbe{
		// 2034-07-12 is a Wednesday.
		{"2034-07-12", "The library board will restore the branch's Saturday reading hour.", "Saturday", "(none)"},
		{"2034-07-12", "The museum will bring back its Sunday opening hours in the autumn.", "Sunday", "(none)"},
		{"2034-07-12", "The operator plans to cut the Sunday bus services on the coastal route.", "Sunday", "(none)"},
		{"2034-07-12", "The bank ended its Saturday opening hours at rural branches.", "Saturday", "(none)"},
		{"2034-07-12", "Parents want the pool's Friday swimming sessions to return.", "Friday", "(none)"},
		// Guards: one day's happening.
		{"2034-07-12", "The mayor cancelled her Friday speech after the flood.", "Friday", "2034-07-07"},
		{"2034-07-12", "On Saturday service will resume on the northern line.", "Saturday", "2034-07-15"},
		{"2034-07-12", "The board will meet on Saturday to discuss opening hours.", "Saturday", "2034-07-15"},
		{"2034-07-12", "Shares in the bank fell 4 per cent in the Tuesday session.", "Tuesday", "2034-07-11"},
		{"2034-07-12", "Mourners filled the pews at the Sunday service.", "Sunday", "2034-07-09"},
	} {
		dct, _ := time.Parse("2006-01-02", p.dct)
		got := "(none)"
		for _, x := range timex.Tag(p.text, dct) {
			if strings.Contains(x.Text, p.expr) {
				got = x.Value
			}
		}
		if got != p.want {
			t.Errorf("Tag(%q, %s): %q = %s, want %s", p.text, p.dct, p.expr, got, p.want)
		}
	}
}
