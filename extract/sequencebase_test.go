package extract

import "testing"

// TestRelativeAfterSequenceAndChangeBase: a time that ends a relative clause
// of "that" or "which" on what "after", "before" ... takes dates that
// noun's happening, a time after ", up from" or ", down from" and a figure
// dates the old figure, one after "about the night of" is a topic's and
// one in a list after ", including" is a member's: none dates the
// clause; look-alikes keep their date. Events on the publication day are left out of the check.
func TestRelativeAfterSequenceAndChangeBase(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		{"2019-03-05", "The two unions signed the pact after a session that opened on Thursday night and went on for nine hours.", "", ""},
		{"2019-03-05", "Crews left the ridge after a storm which was predicted on Sunday.", "", ""},
		{"2019-03-05", "The board approved the sale following talks that were held in February.", "", ""},
		{"2019-03-05", "Around 9,000 people were in shelters, officials said, up from 2,500 on Sunday.", "", ""},
		{"2019-03-05", "The stock closed at 95 cents, down from 1.20 dollars on Friday.", "", ""},
		{"2019-03-05", "She said she still had nightmares about the night of Jan. 9.", "", ""},
		// A time of a day with no "about the" before it.
		{"2019-03-05", "He arrived on the evening of Feb. 12.", "2019-02-12", "He arrived"},
		{"2019-03-05", "Several rival bids, including one from a German group in 2017, collapsed.", "", ""},
		{"2019-03-05", "Twelve banks paid fines, including one fined in May.", "", ""},
		// A time after the list.
		{"2019-03-05", "Five people, including a child, were hurt on Monday.", "2019-03-04", "Five people, including a child, were hurt"},
		// No relative clause, or one on the subject.
		{"2019-03-05", "The two unions signed the pact after a session on Thursday night.", "2019-02-28", "The two unions signed the pact after a session"},
		{"2019-03-05", "The session that opened on Thursday night ended with a pact.", "2019-02-28", "The session that opened on Thursday night ended with a pact"},
		// The time before the figure, or no comma before "up".
		{"2019-03-05", "The stock fell 5% on Friday, down from a peak of 2 dollars.", "2019-03-01", "The stock fell 5%, down from a peak of 2 dollars"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}
