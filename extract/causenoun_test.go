package extract

import (
	"strings"
	"testing"
)

// TestCauseNounTime checks, on sentences of our own, that a month or year
// naming the noun of a phrase of cause or sequence after the clause's verb
// ("over a leak in 2023", "after a complaint from tenants in 2021") dates
// nothing of the clause, while a day there ("after a chase on Monday"), a
// particle ("handed over in 2020") and a phrase of what came just before
// ("shortly after the war in 1945") still do.
func TestCauseNounTime(t *testing.T) {
	checkOwnDates(t, []ownDateCase{
		{"The water company was fined 3 million pounds over a sewage leak in 2023.", "", "2023"},
		{"The board agreed to sell the site in January, after a complaint from tenants in 2021.", "2024-01", "2021"},
		{"Grain traders raised prices after the drought in the south in 2022.", "", "2022"},
		{"The regulator fined the lender following its own review of 2022.", "", "2022"},
		{"Police arrested two men after a chase on Monday.", "2024-03-04", ""},
		{"The stolen painting was handed over to police in 2020.", "2020", ""},
		{"The theatre reopened shortly after the war in 1945.", "1945", ""},
	})
}

// ownDateCase is a sentence of our own published 2024-03-06, the date an
// event of it must have (date "": no event at all) and one no event may
// have (notDate "": any).
type ownDateCase struct{ text, date, notDate string }

// checkOwnDates runs each case's sentence alone through Extract.
func checkOwnDates(t *testing.T, cases []ownDateCase) {
	t.Helper()
	for _, tc := range cases {
		tl, _ := Extract([]Doc{doc("a.md", "2024-03-06", tc.text)}, Options{})
		var got []string
		found := tc.date == "" && len(tl.Events) == 0
		for _, e := range tl.Events {
			got = append(got, e.Date.String()+" "+e.Title)
			if tc.notDate != "" && e.Date.String() == tc.notDate {
				t.Errorf("%q: an event of %s: %q", tc.text, tc.notDate, e.Title)
			}
			if tc.date != "" && e.Date.String() == tc.date {
				found = true
			}
		}
		if !found && (tc.date != "" || tc.notDate == "") {
			t.Errorf("%q: got %q, want an event of %q", tc.text, strings.Join(got, " | "), tc.date)
		}
	}
}
