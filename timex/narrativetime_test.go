package timex_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestNarrativeTime: an anaphoric time (a clock time with no day, "that
// evening") counts from the time the narrative is at, the last day the
// story told a happening on; not from the day of a saying that closes a
// sentence ("..., police said Wednesday morning"). Each
// case names the expression it checks and the value it must take ("" for
// no tag: unsure, left).
func TestNarrativeTime(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		text string
		dct  time.Time
		expr string
		want string
	}{
		// The day of a closing saying, told with its part of the day.
		{"A delivery van crashed into a bus shelter late Tuesday night in Hull, police said Wednesday morning.\n\nThe driver was arrested at 11:40 p.m. and later released.",
			day(2025, 3, 12), "11:40 p.m.", "TIME:2025-03-11T23:40"},
		{"A pensioner was rescued from a flooded cellar late Monday night, firefighters said Tuesday afternoon. Crews reached the house at 10:50 p.m.",
			day(2025, 3, 11), "10:50 p.m.", "TIME:2025-03-10T22:50"},
		// What must not move: a saying's day is no happening's, and with
		// no other day in its sentence the time is left; a time still to
		// come.
		{"The council approved the new bus lanes, a spokesman said on Tuesday. The vote was taken at 7 p.m.",
			day(2025, 6, 11), "7 p.m.", ""},
		{"Workers walked out at the plant on Monday over a pay offer made in March. Talks resume at 10 a.m. tomorrow.",
			day(2025, 6, 10), "10 a.m. tomorrow", "TIME:2025-06-11T10:00"},
	} {
		got := ""
		for _, x := range timex.Tag(c.text, c.dct) {
			if x.Text == c.expr {
				got = x.Type + ":" + x.Value
			}
		}
		if got != c.want {
			t.Errorf("Tag(%q)\n%s: got %q, want %q", c.text, c.expr, got, c.want)
		}
	}
}
