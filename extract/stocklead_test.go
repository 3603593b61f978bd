package extract

import (
	"slices"
	"testing"
)

// TestStockTakingLead: a piece that takes stock of a story ("what we know
// so far") opens on its latest news in the present perfect and dates it
// further down, under one of its questions, in the lead's own verb: the
// lead goes to that one happening of the week before. Two such happenings,
// a lead whose verb the body does not tell again, a happening older than
// a week, or an article that is no such piece leave the lead at its
// publication.
func TestStockTakingLead(t *testing.T) {
	const body = "**What happened?**\n\n" +
		"Fire broke out in the boat sheds at about 11pm on Saturday 1 June and burned for six hours.\n\n" +
		"**Who has been arrested?**\n\n" +
		"A 19-year-old was arrested on 4 June and released on bail. "
	for _, tc := range []struct {
		name, head, published, text string
		want                        []string // nil: only not the day of the happening further down, not
		not                         string
	}{
		{"arrested, under a question", "Eastgate boat shed fire: what we know so far", "2024-06-14",
			"A second man has been arrested over the fire that destroyed the Eastgate boat sheds.\n\n" + body +
				"A second man, aged 24, was arrested on Tuesday at an address in Dover.\n\n" +
				"**What happens next?**\n\nThe harbour board will meet in July.",
			[]string{"2024-06-11"}, ""},
		{"no such piece", "Second man arrested over Eastgate boat shed fire", "2024-06-14",
			"A second man has been arrested over the fire that destroyed the Eastgate boat sheds.\n\n" + body +
				"A second man, aged 24, was arrested on Tuesday at an address in Dover.\n\n" +
				"**What happens next?**\n\nThe harbour board will meet in July.",
			[]string{"2024-06-14"}, ""},
		{"two happenings in the lead's verb", "Eastgate boat shed fire: what we know so far", "2024-06-14",
			"A second man has been arrested over the fire that destroyed the Eastgate boat sheds.\n\n" + body +
				"A second man, aged 24, was arrested on Tuesday at an address in Dover. A third man was arrested on Wednesday in Folkestone and later released.\n\n" +
				"**What happens next?**\n\nThe harbour board will meet in July.",
			nil, "2024-06-11"}, // (the merge joins it to the later arrest; this rule leaves it)
		{"the lead's verb not told again", "Eastgate boat shed fire: what we know so far", "2024-06-14",
			"The harbour at Eastgate has reopened to fishing boats, two weeks after fire destroyed its boat sheds.\n\n" + body +
				"A second man, aged 24, was arrested on Tuesday at an address in Dover.\n\n" +
				"**What happens next?**\n\nThe harbour board will meet in July.",
			nil, "2024-06-11"},
		{"older than a week", "Eastgate boat shed fire: what we know so far", "2024-06-24",
			"A second man has been arrested over the fire that destroyed the Eastgate boat sheds.\n\n" + body +
				"A second man, aged 24, was arrested on 11 June at an address in Dover.\n\n" +
				"**What happens next?**\n\nThe harbour board will meet in July.",
			[]string{"2024-06-24"}, ""},
	} {
		got := leadEventDays(tc.head, tc.published, tc.text)
		if tc.want != nil && !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
		if tc.not != "" && slices.Contains(got, tc.not) {
			t.Errorf("%s: the lead is in events of %v, not of %s", tc.name, got, tc.not)
		}
	}
}
