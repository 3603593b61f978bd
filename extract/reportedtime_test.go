package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestReportedClauseOwnTime: a verb of saying with its own time whose
// reported clause, in the past, has an earlier time of its own: the
// telling stays an event of its own day, and the earlier time is no event
// under the saying's words (a title and its date tell one happening:
// "The rail union said ..." did not happen on Monday; sayingToldDated),
// unless another source tells the happening in its own words. A
// noun of a happening between the reported verb and the time keeps the
// time its own (the arrest is not the robbery's day), and what will
// happen is no reported past: the rule leaves it the saying's day.
func TestReportedClauseOwnTime(t *testing.T) {
	for _, tc := range []struct {
		name, published, text string
		want                  []string // date + " " + title
	}{
		{"a weekday in the reported clause", "2025-06-05",
			"The rail union said on Wednesday that its drivers had voted on Monday to accept the pay offer.",
			[]string{"2025-06-04 The rail union said that its drivers had voted on Monday to accept the pay offer"}},
		{"yesterday's confirmation of a Friday's resignation", "2025-06-05",
			"The council confirmed yesterday that its chief executive resigned on Friday after a row over a housing contract.",
			[]string{"2025-06-04 The council confirmed that its chief executive resigned on Friday after a row over a housing contract"}},
		{"a happening's noun before the time", "2025-06-05",
			"Police said on Wednesday they had detained a teenager over the robbery at a petrol station on Sunday.",
			[]string{"2025-06-04"}},
		{"what will happen", "2025-06-05",
			"The harbour board said on Wednesday that the ferry service would resume on Monday.",
			[]string{"2025-06-04"}},
	} {
		tl, _ := Extract([]Doc{doc("a.md", tc.published, tc.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			if len(tc.want[0]) == len("2025-06-04") {
				got = append(got, e.Date.String())
			} else {
				got = append(got, e.Date.String()+" "+e.Title)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}

// TestCountedSubjectParticiple: a participle's phrase with a time on a
// subject that opens with a number or an article, before the clause's
// verb in the past ("Four of the eleven fans held on Sunday appeared in
// court"): the time dates the phrase, which titles the event, not the
// appearance.
func TestCountedSubjectParticiple(t *testing.T) {
	tl, _ := Extract([]Doc{doc("a.md", "2025-06-05",
		"Four of the eleven fans held after the derby on Sunday appeared before magistrates in Hull.")}, Options{})
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Date.String()+" "+e.Title)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "2025-06-01 ") || strings.Contains(got[0], "appeared") {
		t.Errorf("got %q, want one event of 2025-06-01 titled by the phrase of the fans held, without 'appeared'", got)
	}
}
