package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// eventsOf returns the dates of the events of tl that cite a sentence
// beginning with prefix.
func eventsOf(tl *timeline.Timeline, prefix string) []string {
	return eventsWhere(tl, func(s string) bool { return strings.HasPrefix(s, prefix) })
}

// eventsWhere returns the dates of the events of tl that cite a sentence
// cites reports true of.
func eventsWhere(tl *timeline.Timeline, cites func(sentence string) bool) []string {
	var got []string
	for _, e := range tl.Events {
		if slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return cites(s.Sentence) }) {
			got = append(got, e.Date.String())
		}
	}
	return got
}

// TestCoarseNotAnotherDay: a sentence dated by a week or a month is a
// day's happening only when it tells that happening. One that looks ahead
// ("later this month") tells what is still to come, not a day before its
// article, whatever people it shares with it; and "chief executive" names
// no execution, so "resigned last month" is not the day the chief
// executive is due to present results. A retelling of the day's own
// happening in a month ("resigned last month" and "resigned on 16 March")
// still joins it.
func TestCoarseNotAnotherDay(t *testing.T) {
	for _, tc := range []struct {
		name   string
		docs   []Doc
		prefix string
		want   []string
	}{
		{"a month that looks ahead, the same board's day before", []Doc{
			doc("a.md", "2016-05-06", "Investigators from the Marine Accident Board arrived in Garston on Thursday to examine the capsized dredger."),
			doc("b.md", "2016-05-12", "The Marine Accident Board expects to publish preliminary findings about the dredger later this month."),
		}, "The Marine Accident Board expects", []string{"2016-05"}},
		{"a month's retelling of the day's own happening", []Doc{
			doc("a.md", "2016-05-06", "Investigators from the Marine Accident Board arrived in Garston on Thursday to examine the capsized dredger."),
			doc("b.md", "2016-05-23", "Investigators from the Marine Accident Board arrived in Garston earlier this month to examine the dredger."),
		}, "Investigators from the Marine Accident Board arrived in Garston earlier", []string{"2016-05-05"}},
		{"a chief executive's resignation, his results day", []Doc{
			doc("a.md", "2017-03-20", "Brackwell's chief executive, Simon Oduya, is due to present annual results on March 29, when analysts will ask about the plant."),
			doc("b.md", "2017-04-12", "Brackwell's chief executive resigned last month."),
		}, "Brackwell's chief executive resigned", []string{"2017-03"}},
		{"a chief executive's resignation, told again in a month", []Doc{
			doc("a.md", "2017-03-21", "Brackwell's chief executive resigned on Monday, two weeks after the blast at its plant."),
			doc("b.md", "2017-04-12", "Brackwell's chief executive resigned last month after the blast."),
		}, "Brackwell's chief executive resigned last month", []string{"2017-03-20"}},
	} {
		tl, _ := Extract(tc.docs, Options{})
		if got := eventsOf(tl, tc.prefix); !slices.Equal(got, tc.want) {
			t.Errorf("%s: in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
