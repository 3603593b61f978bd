package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// eventsCiting returns the dates of the events that cite sentence s.
func eventsCiting(tl *timeline.Timeline, s string) []string {
	var got []string
	for _, e := range tl.Events {
		if slices.ContainsFunc(e.Sources, func(x timeline.Source) bool { return x.Sentence == s }) {
			got = append(got, e.Date.String())
		}
	}
	return got
}

// TestHeadlineOwnLeadOverOtherDay: a headline that tells, in a word of its
// own lead, the happening that lead dates a day before publication joins
// it, not another article's happening of the day before that, whose words
// it shares too ("fatal dive"). A headline that shares only the other
// happening's words with its lead stays with the other happening.
func TestHeadlineOwnLeadOverOtherDay(t *testing.T) {
	found := doc("a.md", "2022-07-07",
		"Rescuers found the bodies of two divers in a flooded Gozo cave on Wednesday, and questions mount over the fatal dive.\n\n"+
			"The fatal dive by two instructors has raised questions over cave safety.")
	found.Article.Title = "Questions mount after fatal dive as bodies of two divers found in Gozo cave"
	for _, tc := range []struct {
		name, head, lead string
		want             []string
	}{
		{"the lead's verb", "Dive school owner flies to Gozo as questions mount over fatal dive",
			"The owner of the dive school flew to Malta on Thursday to meet the families of the two instructors.",
			[]string{"2022-07-07"}},
		{"only the other happening's words", "Questions mount over fatal dive in Gozo cave",
			"The owner of the dive school flew to Malta on Thursday to meet the families of the two instructors.",
			[]string{"2022-07-06"}},
	} {
		other := doc("b.md", "2022-07-08", tc.lead+"\n\nHe said the school would help the police.")
		other.Article.Title = tc.head
		tl, _ := Extract([]Doc{found, other}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
