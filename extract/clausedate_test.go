package extract

import (
	"strings"
	"testing"
)

// TestClauseDatesItsOwn checks the one rule the clause chunker answers: a
// time dates the clause it stands in. A target a date is moved to, a
// comparison's standard and an infinitive on the subject's noun date
// nothing in their sentence; what a speaker says will happen on a day is
// titled by its own clause, with the speaker for its pronoun ("will"), or
// with the saying that makes its "would" a future.
func TestClauseDatesItsOwn(t *testing.T) {
	for _, tc := range []struct {
		text, date, title string // date "" and title "": no event of that date
		notDate           string
	}{
		{"The ferry operator has moved the start of its winter timetable to March 14, the company said.", "", "", "2024-03-14"},
		{"Fuel prices climbed higher than in the shortage of 2019, traders said.", "", "", "2019"},
		{"The council's decision to shut the pool on Monday was taken at a meeting on Sunday night.", "2024-03-03", "", "2024-03-04"},
		// (A "would" keeps its saying: "The ministry would publish the
		// audit" reads as a condition. A person's is told as wire copy
		// tells it, toldTitle.)
		{"The ministry said it would publish the audit on Friday.", "2024-03-08", "The ministry would publish the audit, it said", ""},
		{"Harbour master Tom Berg said he would inspect the quay on Friday.", "2024-03-08", "Tom Berg would inspect the quay, he said", ""},
		// (A time that names a meeting in what will happen: still what will happen.)
		{"The council said it will vote on the budget at a meeting on Friday.", "2024-03-08", "The council will vote on the budget at a meeting", ""},
		// The time of a phrase on a noun titles that phrase's event; a time
		// that dates nothing leaves the title; what a charge's gerund tells
		// or what "after" takes before a participle on the subject dates
		// nothing.
		{"Divers have recovered two of the four statues stolen from a chapel in Lyon in May last year, police said on Tuesday.", "2023-05", "The four statues were stolen from a chapel in Lyon", ""},
		{"The council's vote to shut the library on Monday was held at a meeting on Sunday night.", "2024-03-03", "The council's vote to shut the library was held at a meeting", ""},
		{"The footage was shown at the trial of two men charged with robbing Ann Holt, 72, on May 3, 2022.", "", "", "2022-05-03"},
		{"A review ordered after the 2 June 2022 flood found that the gates were sound.", "", "", "2022-06-02"},
		// A participle set off on the subject that names its agent after a
		// particle ("drawn up by") holds its own time, however long it runs.
		{"The new timetable, drawn up by rail managers last month after a string of complaints, takes effect on Sunday.", "2024-03-10", "", "2024-02"},
		{"A code of conduct, handed down by the board on Monday after the brawl, comes into force on Saturday.", "2024-03-09", "", "2024-03-04"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-03-06", tc.text)}, Options{})
		var got []string
		found := tc.date == ""
		for _, e := range tl.Events {
			got = append(got, e.Date.String()+" "+e.Title)
			if tc.notDate != "" && e.Date.String() == tc.notDate {
				t.Errorf("%q: an event of %s: %q", tc.text, tc.notDate, e.Title)
			}
			if e.Date.String() == tc.date && (tc.title == "" || e.Title == tc.title) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %q, want an event of %s %q", tc.text, strings.Join(got, " | "), tc.date, tc.title)
		}
	}
}

// TestSubordinateClauseTitles checks, on sentences of our own, that a time
// standing in a relative clause, a participle phrase or a complement the
// chunker finds dates that clause, titled by it, and never the main
// clause: a relative clause on the subject ("A lorry driver who was banned
// in 2021 has been jailed"), one of "where" after a verb in the present, a
// complement of a second verb of telling without "that", a participle
// phrase on a plural with no "-s"; a time in a clause of "which" with a
// subject of its own after a verb in the present, or in a relative clause
// on a pronoun subject, dates nothing.
func TestSubordinateClauseTitles(t *testing.T) {
	for _, tc := range []struct {
		text, date, title string // date "" and title "": no event of that date
		notDate, badTitle string // no event of notDate; no event titled with badTitle
	}{
		{"A lorry driver who was banned in 2021 for speeding has been jailed for dangerous driving.", "2021", "A lorry driver was banned for speeding", "", "jailed"},
		{"Engineers have reopened the tunnel where a fire trapped 40 cars in January.", "2024-01", "A fire trapped 40 cars", "", "reopened"},
		{"The complaint names the bus operator and alleges the driver ignored a red light in January.", "2024-01", "The complaint alleges the driver ignored a red light", "", "names"},
		{"The charity is housing the men evicted from the hostel in February.", "2024-02", "The men were evicted from the hostel", "", "housing"},
		{"Analysts are still debating the tax rise which the treasury announced in January.", "", "", "2024-01", ""},
		{"Those who signed up in 2020 can renew online.", "", "", "2020", ""},
		// (Controls: a time after the main clause's verb dates it.)
		{"Staff who were laid off received their final pay on Friday.", "2024-03-01", "Staff who were laid off received their final pay", "", ""},
		{"The tug, which sank in January and was raised in February, was sold at auction on Friday.", "2024-03-01", "The tug was sold at auction", "", ""},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-03-06", tc.text)}, Options{})
		var got []string
		found := tc.date == ""
		for _, e := range tl.Events {
			got = append(got, e.Date.String()+" "+e.Title)
			if tc.notDate != "" && e.Date.String() == tc.notDate {
				t.Errorf("%q: an event of %s: %q", tc.text, tc.notDate, e.Title)
			}
			if tc.badTitle != "" && strings.Contains(e.Title, tc.badTitle) && e.Date.String() != "2024-03-06" {
				t.Errorf("%q: the main clause dated %s: %q", tc.text, e.Date, e.Title)
			}
			if e.Date.String() == tc.date && (tc.title == "" || e.Title == tc.title) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %q, want an event of %s %q", tc.text, strings.Join(got, " | "), tc.date, tc.title)
		}
	}
}
