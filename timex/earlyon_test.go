package timex_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestEveningAfterEarlyOn: a time of the evening with no day of its own,
// after a clause before that named the small hours of a day, "early on
// Wednesday" as "early Wednesday", may be that day's evening or the night
// before: unsure, the time is left. A morning's time after it is that
// day's.
func TestEveningAfterEarlyOn(t *testing.T) {
	dct := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"A lorry overturned on the bypass late on Tuesday, and the road reopened early on Wednesday.\n\nThe driver lost control at about 11:30 p.m., police said.",
			"Tuesday=DATE:2024-06-18; Wednesday=DATE:2024-06-19"},
		{"Fire broke out in a warehouse in Leeds on Tuesday night and was brought under control early on Wednesday. The first call came at 10:52 p.m.",
			"Tuesday night=TIME:2024-06-18TNI; Wednesday=DATE:2024-06-19"},
		{"A lorry overturned on the bypass late on Tuesday, and the road reopened early on Wednesday.\n\nRecovery crews left the scene at about 7:30 a.m., police said.",
			"Tuesday=DATE:2024-06-18; Wednesday=DATE:2024-06-19; 7:30 a.m.=TIME:2024-06-19T07:30"},
	} {
		if got := format(timex.Tag(c.text, dct)); got != c.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
