package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestLeadToAsideDay: an article's lead with no date of its own, its news
// told in the present or the present perfect, is dated by the sentence
// right after it when that sentence opens on its thing, "The" and a noun,
// with an aside whose participle tells the thing put out, one or two days
// before the publication ("The report, published on Tuesday, ...", "The
// new offer, put to the union on Thursday, ..."): the lead and its
// headline go to that day. An aside of another act ("The man, arrested on
// Monday, ..."), a subject that is no noun phrase, or an aside of a week
// before leave them at the publication; a lead dated by its own words
// keeps its day, and its headline with it. (Written before the rule: the
// cases but "a lead dated by its own words", added after; on the code
// before it the three of an offer, drawings and proposals failed.)
func TestLeadToAsideDay(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text string
		want                        []string
	}{
		{"a report published", "Audit finds hospital trust overspent on agency nurses", "2024-05-09",
			"An audit of the Ridgemoor hospital trust has found that it spent twice its budget on agency nurses.\n\n" +
				"The report, published by the county auditor on Wednesday, says managers signed contracts without checking rates until 2025.\n\n" +
				"The trust said it accepted the findings.",
			[]string{"2024-05-08"}},
		{"an offer put to a union", "Bus company improves pay offer to drivers", "2024-05-10",
			"The Harrow Valley bus company has improved its pay offer to striking drivers to 5 percent.\n\n" +
				"The new offer, put to union officials on Thursday evening, would also include a bonus of 300 pounds by the end of 2025.\n\n" +
				"The union said it would consult its members.",
			[]string{"2024-05-09"}},
		{"plans unveiled, present lead", "First drawings of new stadium show roof over the river", "2024-05-16",
			"The first drawings of the new city stadium show a glass roof reaching out over the river and a park on its south side.\n\n" +
				"The drawings, unveiled by the club at a meeting with residents on Tuesday, were made by a firm that designed two stadiums in 2019.\n\n" +
				"Residents raised concerns about traffic.",
			[]string{"2024-05-14"}},
		{"proposals tabled, a night", "Council plans to close three libraries", "2024-05-08",
			"Brackley council has proposed closing three of its nine libraries to save money.\n\n" +
				"The proposals, tabled at a cabinet meeting on Monday night, would save about 400,000 pounds a year from 2025.\n\n" +
				"A consultation will run until July.",
			[]string{"2024-05-06"}},
		{"a lead dated by its own words", "Council approves closure of three libraries", "2024-05-09",
			"Brackley council on Wednesday approved closing three of its nine libraries to save money.\n\n" +
				"The proposals, tabled at a cabinet meeting on Monday night, would save about 400,000 pounds a year from 2025.\n\n" +
				"A consultation will run until July.",
			[]string{"2024-05-08"}},
		{"an aside of another act", "Man charged with murder of shopkeeper", "2024-05-10",
			"A man has been charged with the murder of a shopkeeper in Redwick.\n\n" +
				"The man, arrested at a house in the town on Wednesday, will appear before magistrates on Monday.\n\n" +
				"The shopkeeper died in hospital.",
			[]string{"2024-05-10"}},
		{"an aside of a week before", "Audit finds hospital trust overspent on agency nurses", "2024-05-09",
			"An audit of the Ridgemoor hospital trust has found that it spent twice its budget on agency nurses.\n\n" +
				"The report, published by the county auditor on April 30, says managers signed contracts without checking rates until 2025.\n\n" +
				"The trust said it accepted the findings.",
			[]string{"2024-05-09"}},
		{"no aside on an opening noun", "Bus company improves pay offer to drivers", "2024-05-10",
			"The Harrow Valley bus company has improved its pay offer to striking drivers to 5 percent.\n\n" +
				"Union officials, who were given the offer on Thursday evening, said it would be put to members by the end of 2025.\n\n" +
				"The union said it would consult its members.",
			[]string{"2024-05-10"}},
	} {
		if got := leadEventDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
		if got := headDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestLeadToAsideDayAfterByline: the lead is the first sentence after the
// headline that says something; a date line and a byline ("May 10, 2024 By
// Anna Kerr") are none, and the aside of the sentence after the lead
// dates it all the same.
func TestLeadToAsideDayAfterByline(t *testing.T) {
	head, lead := "Bus company improves pay offer to drivers", "The Harrow Valley bus company has improved its pay offer to striking drivers to 5 percent."
	d := doc("a.md", "2024-05-10", "May 10, 2024 By Anna Kerr\n\n"+lead+"\n\n"+
		"The new offer, put to union officials on Thursday evening, would also include a bonus of 300 pounds by the end of 2025.\n\n"+
		"The union said it would consult its members.")
	d.Article.Title = head
	tl, _ := Extract([]Doc{d}, Options{})
	for _, s := range []string{head, lead} {
		var got []string
		for _, e := range tl.Events {
			if slices.ContainsFunc(e.Sources, func(x timeline.Source) bool { return x.Sentence == s }) {
				got = append(got, e.Date.String())
			}
		}
		if !slices.Equal(got, []string{"2024-05-09"}) {
			t.Errorf("%q is in events of %v, want [2024-05-09]", s, got)
		}
	}
}
