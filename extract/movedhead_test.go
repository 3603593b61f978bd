package extract

import (
	"slices"
	"testing"
)

// TestHeadlineFollowsMovedLeadPastStamp: a headline alone an event of its
// publication day follows its article's lead, undated, to the happening of
// the day before that the lead's-day rules gave it, when it tells the lead
// in a word of its act (movedLeadDay), though a line that tells no news (a
// time stamp over its byline, a hook) stands between them. The articles
// date another happening on their publication day, so that the headline
// is no report of the day before alone (dayAfterDay).
func TestHeadlineFollowsMovedLeadPastStamp(t *testing.T) {
	const (
		head  = "Ferrybridge dairy to shut cheese line, 45 jobs lost"
		story = "The cheese line at the Ferrybridge dairy will close in the autumn, with the loss of 45 jobs, its owner has announced.\n\n" +
			"Dale Foods told staff in a letter on Thursday that the line, the smallest in the group, would stop in October.\n\n" +
			"The local MP said on Friday she would ask for talks."
	)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"under a time stamp and its byline", "Friday 6 June 2025, 6:30am\nBy Tom Hale, Rural Affairs\n\n" + story, []string{"2025-06-05"}},
		{"under a hook that tells no news", "It is the news the village had feared for months.\n\n" + story, []string{"2025-06-05"}},
		{"the lead first: the rule as it stood", story, []string{"2025-06-05"}},
	} {
		if got := headDays(head, "2025-06-06", tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
