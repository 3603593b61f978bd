package timex_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestLeadHoursClock: in a report of the day before (its lead's news on a
// day before the DCT's), a time told in the past with no day of its own,
// later than any hour the text showed of the DCT's day, is not the DCT's:
// within the part of the day the lead gave its news it is the lead's day,
// else it is left. A time within the hours the text showed of the DCT's
// day, or after a day a sentence past the lead came to, stays the DCT's;
// so does any time in a report with no earlier lead.
func TestLeadHoursClock(t *testing.T) {
	dct := time.Date(2031, 5, 14, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, c := range []struct{ text, want string }{
		// The lead's evening; an afternoon of the DCT's day shown, a
		// later time after it is the lead's.
		{"A storm flattened barns across the county on Tuesday evening, officials said. Inspectors walked the path on Wednesday afternoon. The storm struck at 7:12 p.m., they said.",
			"Tuesday evening=TIME:2031-05-13TEV; Wednesday afternoon=TIME:2031-05-14TAF; 7:12 p.m.=TIME:2031-05-13T19:12"},
		// The lead names the DCT's day alone beside its news: no hour
		// of it shown; the time is in the lead's night.
		{"The flood that swept through the valley on Tuesday night was the worst in decades, engineers said after an inspection on Wednesday.\n\nThe river crested at 9:40 p.m. and fell by dawn.",
			"Tuesday night=TIME:2031-05-13TNI; decades=DURATION:PXDE; Wednesday=DATE:2031-05-14; 9:40 p.m.=TIME:2031-05-13T21:40"},
		// A lead with a day alone, or a time out of the lead's part of
		// the day: the time is left.
		{"A storm flattened barns across the county on Tuesday, officials said. Inspectors walked the path on Wednesday afternoon. The storm struck at 7:12 p.m., they said.",
			"Tuesday=DATE:2031-05-13; Wednesday afternoon=TIME:2031-05-14TAF"},
		{"A storm flattened barns across the county on Tuesday morning, officials said. Inspectors walked the path on Wednesday afternoon. The roof gave way at 8 p.m.",
			"Tuesday morning=TIME:2031-05-13TMO; Wednesday afternoon=TIME:2031-05-14TAF"},
		// Within the hours shown of the DCT's day, the DCT's.
		{"A storm flattened barns across the county on Tuesday evening, officials said. The governor toured the damage on Wednesday afternoon. She landed at 2:15 p.m.",
			"Tuesday evening=TIME:2031-05-13TEV; Wednesday afternoon=TIME:2031-05-14TAF; 2:15 p.m.=TIME:2031-05-14T14:15"},
		// A day past the lead the story came to, all of it.
		{"A storm flattened barns across the county on Tuesday evening, officials said. The governor met farmers on Wednesday. She left at 7 p.m.",
			"Tuesday evening=TIME:2031-05-13TEV; Wednesday=DATE:2031-05-14; 7 p.m.=TIME:2031-05-14T19:00"},
		// No earlier lead: the DCT's.
		{"Inspectors walked the path on Wednesday afternoon. The storm struck at 7:12 p.m., they said.",
			"Wednesday afternoon=TIME:2031-05-14TAF; 7:12 p.m.=TIME:2031-05-14T19:12"},
	} {
		if got := format(timex.Tag(c.text, dct)); got != c.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
