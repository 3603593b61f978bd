package extract

import (
	"strings"
	"testing"
)

// TestLeadYear: a news lead tells the latest turn of its story, dated by
// a day ("on Tuesday") or by its publication; a bare year in the lead
// sentence names background ("over a contract awarded in 2021"), a
// horizon ("runs into 2029") or a noun ("the 2023 theft"), never the
// lead's own news: no event titled with the lead's main clause takes that
// year (the noun's own event, "Theft of four paintings", may). A year in
// the body ("The depot was sold in 2022.") still dates its clause.
//
// The probes were written before the rule, from no set's sentences.
func TestLeadYear(t *testing.T) {
	for _, tc := range []struct {
		name, head, pub, text string
		lead                  string // a prefix of the lead sentence
		year                  string // the year the lead names
		body                  string // a prefix of a body sentence that keeps its year ("" none)
	}{
		{"background of a charge", "Two former Calder Freight executives charged with fraud", "2024-05-08",
			"Prosecutors have charged two former executives of Calder Freight with fraud over the sale of the company's rail depot in 2021.\n\n" +
				"The two men were released on bail and will appear at Harlow magistrates' court next month.\n\n" +
				"The depot was sold to a property developer in 2021 for far less than its value, the charge sheet says.",
			"Prosecutors have charged two former executives", "2021", "The depot was sold"},
		{"a horizon", "Westbrook nurses accept pay deal", "2025-03-12",
			"Nurses at Westbrook General Hospital have accepted a pay offer that raises wages by 6 percent and extends their contract into 2028.\n\n" +
				"Their union said 71 percent of members who voted backed the offer.\n\n" +
				"The nurses last went on strike in 2019, when they walked out for three days.",
			"Nurses at Westbrook General Hospital", "2028", "The nurses last went on strike"},
		{"a year before a noun", "Man denies Orme Gallery theft", "2024-11-20",
			"A man accused over the 2022 theft of four paintings from the Orme Gallery told a jury on Tuesday that he had never been to the town.\n\n" +
				"Daniel Pryce, 41, denies handling stolen goods.\n\n" +
				"The gallery reopened in 2023 with new alarms.",
			"A man accused over the 2022 theft", "2022", "The gallery reopened"},
		{"a year of a participle", "Coastal town's pier closes for repairs", "2023-09-04",
			"The Victorian pier at Selham, rebuilt after a storm in 2014, has closed to visitors after engineers found corroded supports under its deck.\n\n" +
				"The council said the pier would stay shut for at least six months.\n\n" +
				"The pier was first opened in 1899.",
			"The Victorian pier at Selham", "2014", "The pier was first opened"},
		{"background of an order, a day in the attribution", "Brindle Water directors to stand trial", "2022-06-17",
			"A judge has ordered the former chairman of Brindle Water and four other directors to stand trial for fraud over the sale of the utility's reservoirs in 2020, court papers showed on Thursday.\n\n" +
				"Lawyers for the chairman said he would plead not guilty.\n\n" +
				"The reservoirs were sold to a private fund in 2020.",
			"A judge has ordered the former chairman", "2020", "The reservoirs were sold"},
		{"a horizon after a vote", "Ardmore dockers accept redundancy deal", "2026-02-11",
			"Dock workers at the port of Ardmore have voted to accept a redundancy agreement that gives them up to two years' pay and keeps their health cover into 2029.\n\n" +
				"The port's owner plans to close the container terminal in the summer.\n\n" +
				"The terminal opened in 1971.",
			"Dock workers at the port of Ardmore", "2029", "The terminal opened"},
	} {
		d := doc("a.md", tc.pub, tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		for _, e := range tl.Events {
			if e.Date.String() != tc.year || !strings.HasPrefix(e.Title, tc.lead) {
				continue
			}
			for _, s := range e.Sources {
				if strings.HasPrefix(s.Sentence, tc.lead) {
					t.Errorf("%s: the lead's own clause %q is dated %s, a year it names in passing", tc.name, e.Title, tc.year)
				}
			}
		}
		if tc.body != "" {
			bodyYear := ""
			for _, x := range eventsOf(tl, tc.body) {
				if strings.HasPrefix(x, "1") || strings.HasPrefix(x, "20") && len(x) == 4 {
					bodyYear = x
				}
			}
			if bodyYear == "" {
				t.Errorf("%s: the body's year is lost: %q dated %v", tc.name, tc.body, eventsOf(tl, tc.body))
			}
		}
	}
}
