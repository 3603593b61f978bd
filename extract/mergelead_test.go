package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestRetoldLeadOfOneDay: a later article's sentence in the past that
// dates a day on which one article's own news happened, naming it with
// two words of it, tells it again in other words and joins it; one that
// names nothing of it
// stays apart. (A plan told before the day joins its report by
// announcedAndTold, not here.)
func TestRetoldLeadOfOneDay(t *testing.T) {
	for _, tc := range []struct {
		name       string
		head, text string // the article whose lead tells the day's news
		pub        string
		later      string // a later article's text
		laterPub   string
		lead, s    string // the lead's sentence and the later sentence
		joined     bool
	}{
		{"a resignation retold", "Hospital director quits over waiting times",
			"The director of Norland General Hospital resigned on Tuesday after an inspection found patients waiting up to 14 hours in its emergency department.\n\n" +
				"Her deputy will run the hospital until a successor is named.",
			"2025-03-12",
			"Waiting times at Norland General fell by a third last month, according to figures published on Sunday.\n\n" +
				"Norland General's director stepped down on March 11, a decision that union officials at three other clinics in the county called overdue.",
			"2025-04-20",
			"The director of Norland General Hospital resigned on Tuesday after an inspection found patients waiting up to 14 hours in its emergency department.",
			"Norland General's director stepped down on March 11, a decision that union officials at three other clinics in the county called overdue.", true},
		{"a bridge reopened, retold in a timeline", "Harbour bridge reopens after repairs",
			"The Kessel harbour bridge reopened to traffic on Monday morning after eight months of repairs to its corroded cables.\n\n" +
				"Buses will return to the route next week.",
			"2024-06-04",
			"The city council approved a budget for bridge maintenance on Thursday.\n\n" +
				"Drivers crossed the harbour bridge again on June 3, ten days later than councillors had promised residents of the eastern suburbs in a spring newsletter.",
			"2024-07-12",
			"The Kessel harbour bridge reopened to traffic on Monday morning after eight months of repairs to its corroded cables.",
			"Drivers crossed the harbour bridge again on June 3, ten days later than councillors had promised residents of the eastern suburbs in a spring newsletter.", true},
		{"another happening of the day", "Harbour bridge reopens after repairs",
			"The Kessel harbour bridge reopened to traffic on Monday morning after eight months of repairs to its corroded cables.\n\n" +
				"Buses will return to the route next week.",
			"2024-06-04",
			"The city council approved a budget for bridge maintenance on Thursday.\n\n" +
				"A cyclist was injured on June 3 when a delivery van struck her on Quay Street.",
			"2024-07-12",
			"The Kessel harbour bridge reopened to traffic on Monday morning after eight months of repairs to its corroded cables.",
			"A cyclist was injured on June 3 when a delivery van struck her on Quay Street.", false},
	} {
		a := doc("a.md", tc.pub, tc.text)
		a.Article.Title = tc.head
		b := doc("b.md", tc.laterPub, tc.later)
		b.Article.Title = "Later report"
		tl, _ := Extract([]Doc{a, b}, Options{})
		in := func(s string) int {
			for i, e := range tl.Events {
				if slices.ContainsFunc(e.Sources, func(src timeline.Source) bool { return src.Sentence == s }) {
					return i
				}
			}
			return -1
		}
		i, j := in(tc.lead), in(tc.s)
		if i < 0 || j < 0 {
			// (Both sentences must be events: a case left apart passes
			// by nothing else.)
			t.Errorf("%s: the lead is in event %d, the later sentence in %d: both must be events", tc.name, i, j)
		}
		if got := i >= 0 && i == j; got != tc.joined {
			t.Errorf("%s: joined %v (events %d, %d), want %v", tc.name, got, i, j, tc.joined)
		}
		for _, e := range tl.Events {
			t.Logf("%s: %s %q %d", tc.name, e.Date, e.Title, len(e.Sources))
		}
	}
}

// TestClassesAlike: a bare happening and a statement may be one happening
// told as an act and as a saying; two kinds named apart may not.
func TestClassesAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b kind
		want bool
	}{
		{kindOther, kindOther, true},
		{kindStatement, kindStatement, true},
		{kindOther, kindStatement, true},
		{kindStatement, kindOther, true},
		{kindOther, kindSigning, false},
		{kindSigning, kindOther, false},
		{kindStatement, kindMeeting, false},
		{kindMeeting, kindLaunch, false},
	} {
		if got := classesAlike(tc.a, tc.b); got != tc.want {
			t.Errorf("classesAlike(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
