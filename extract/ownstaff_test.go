package extract

import (
	"strings"
	"testing"
)

// TestOwnStaffReport: live coverage that gives the news as its own
// staff's report ("Our correspondent ... says that ...") is titled by what
// they report; a report of the reporter's own doing, or one some other
// speaker gives, keeps its words.
func TestOwnStaffReport(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-03-04", "**4.15pm** Our correspondent at the harbour says that two trawlers sank at their moorings on Monday night.", "2025-03-03", "Two trawlers sank at their moorings"},
		{"2025-03-04", "Our reporter in Kestwick reports the old ferry terminal was flooded on Sunday.", "2025-03-02", "The old ferry terminal was flooded"},
		{"2025-03-04", "Our reporter says he reached the flooded village on Monday as the water rose.", "2025-03-03", ""},
		{"2025-03-04", "Their correspondent says two trawlers sank at their moorings on Monday.", "2025-03-03", "Their correspondent says two trawlers sank at their moorings"},
	} {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if c.want == "" {
			if !strings.HasPrefix(got, "Our reporter says he reached") {
				t.Errorf("%q: title %q, want the reporter's own doing told", c.text, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
