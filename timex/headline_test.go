package timex

import (
	"testing"
	"time"
)

// A headline with no stop ends at its line: a thing "due by" a weekday in
// it is still to come, and the past of the paragraph under it does not
// reach it; in one sentence, "due on Friday" and a past after it may tell
// of a thing gone by.
func TestHeadlineDueBy(t *testing.T) {
	cases := []valuesCase{
		{time.Date(2022, 5, 24, 0, 0, 0, 0, time.UTC),
			"Kenyans vote in close race, final tally due by Friday\n\nNAIROBI - Kenyans voted on Tuesday in a close race.\n",
			[]string{"2022-05-27", "2022-05-24"}},
		{time.Date(2022, 5, 24, 0, 0, 0, 0, time.UTC),
			"Rent payments due by Friday were missed by half the tenants.\n",
			[]string{"2022-05-20"}},
	}
	checkValues(t, cases)
}
