package timex_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestClosingAttributionLongSpeaker: a closing attribution's speaker may
// run to several words ("a spokesman for the regional health ministry
// said on Monday", "its owners and local emergency officials said on
// Wednesday"): its day dates the saying, and a clock time with no day in
// the next paragraph takes the day the sentence named before it.
func TestClosingAttributionLongSpeaker(t *testing.T) {
	dct := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"Floodwater swept through a holiday park near the river late on Tuesday and forced 200 people from their caravans, its owners and local emergency officials said on Wednesday.\n\nThe first call to the fire service came at 11:20 p.m., the owner said.",
			"Tuesday=DATE:2024-06-18; Wednesday=DATE:2024-06-19; 11:20 p.m.=TIME:2024-06-18T23:20"},
		{"A fire swept through a market in the old town on Monday, a spokesman for the regional civil defence agency said on Wednesday.\n\nThe first call came at 9:40 p.m., the agency said.",
			"Monday=DATE:2024-06-17; Wednesday=DATE:2024-06-19; 9:40 p.m.=TIME:2024-06-17T21:40"},
		{"Floodwater swept through a holiday park near the river late on Tuesday and forced 200 people from their caravans, its owner said on Wednesday.\n\nThe first call to the fire service came at 11:20 p.m., the owner said.",
			"Tuesday=DATE:2024-06-18; Wednesday=DATE:2024-06-19; 11:20 p.m.=TIME:2024-06-18T23:20"},
	} {
		if got := format(timex.Tag(c.text, dct)); got != c.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
