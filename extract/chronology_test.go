package extract

import (
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestChronologyEntry: an entry of a chronology of days opens on its day,
// a month's name and a day's number, then a dash or a colon; a year's
// entry, a weekday's fragment, a label of words or a clock time is none.
func TestChronologyEntry(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"March 4: The regional council votes to close the maternity ward.", true},
		{"4 March: The regional council votes to close the maternity ward.", true},
		{"Sept. 30 - The mayor signs the emergency order.", true},
		{"**June 2** - Divers reach the hull.", true},
		{"Jan. 9, 2027 — The court sets a trial date.", true},
		{"Nov. 12-13 — Talks run through the night.", true},
		{"2019 — The council first proposes a bypass.", false},                            // a year's entry: no day
		{"Tuesday — more than an hour after the alarm — but gave no figures.", false},     // a fragment
		{"Update: The road has reopened in both directions.", false},                      // a label of words
		{"10:42 - Police say the suspect has been detained.", false},                      // a clock time
		{"The deal, agreed on March 4, runs until 2030.", false},                          // a date inside prose
		{"Residents were told: stay indoors until further notice.", false},                // a colon of prose
		{"What happens next: the inquiry reports in May.", false},                         // a heading
		{"Key dates: March 4 - vote; April 2 - closure.", false},                          // a heading of dates
		{"In March 2: the number of wards that closed, two of them in the north.", false}, // lower case opens it
		{"March and April 2024 — Two audits find gaps in the records.", false},            // months, no day
		{"Oct. 19 to 21 - The festival runs over three days.", true},                      // a span of days
		{"12 Angry Men: the play opens at the city theatre on Friday.", false},            // a title, no month
		{"May 5: Voters go to the polls in the first round.", true},                       // "May" the month
		{"Aug 14 - A storm signal is raised for the islands.", true},                      // no period
	} {
		if got := chronologyEntry(c.s); got != c.want {
			t.Errorf("chronologyEntry(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestChronologyDay: a day one entry of a chronology names is a moment of
// the story: its most salient event gains chronologyWeight, however
// briefly the entry tells it and in whichever of the day's events; a day
// no entry names gains nothing, nor does the day's other event.
func TestChronologyDay(t *testing.T) {
	var events []timeline.Event
	var reaches []reach
	add := func(date string, r reach) {
		events = append(events, timeline.Event{Date: mustDate(date), Sources: []timeline.Source{{Published: mustDate("2026-06-30")}}})
		reaches = append(reaches, r)
	}
	add("2026-05-04", reach{docs: 1, leads: 1})    // the day's report in a lead
	add("2026-05-04", reach{docs: 1, entry: true}) // the chronology's entry of that day
	add("2026-05-11", reach{docs: 1, leads: 1})    // a day no entry names
	rank(events, reaches, 6)
	for i, want := range []float64{1.5 + chronologyWeight, 1, 1.5} {
		if events[i].Salience != want {
			t.Errorf("event %d (%s): salience %v, want %v", i, events[i].Date, events[i].Salience, want)
		}
	}
}
