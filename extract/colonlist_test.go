package extract

import (
	"strings"
	"testing"
)

// TestColonListHead: a clause that names a count of things and then
// lists them after a colon ("two more cases: a nurse at ... and a
// visitor ...") is whole at the colon; when the time dates the clause
// before the colon, a title cut inside the list ("... two more cases: a
// nurse") ends on a piece of it, and the clause before the colon is the
// title. Probes written before the rule, in our own words.
func TestColonListHead(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2024-02-07", "The health board said on Monday that it had found two more cases of the virus at the care home: a nurse on the night shift who had treated the first patient in her room, and a visitor to the home.",
			"2024-02-05", "The health board said that it had found two more cases of the virus at the care home"},
		{"2024-03-22", "Detectives told magistrates on Thursday that they had seized three items from the flat on Orchard Road: a laptop belonging to the victim's brother, a set of car keys and a bloodstained jacket.",
			"2024-03-21", "Detectives told magistrates that they had seized three items from the flat on Orchard Road"},
		{"2024-10-09", "The county council approved two changes to the library service's budget on Tuesday night: a freeze on hiring new staff across every branch, and a cut of 5 percent to the book fund.",
			"2024-10-08", "The county council approved two changes to the library service's budget"},
	} {
		got, ok := eventTitles(t, c.dct, c.text)[c.date]
		if !ok {
			t.Errorf("%q: no event on %s: %v", c.text, c.date, eventTitles(t, c.dct, c.text))
			continue
		}
		if got != c.want && strings.Contains(got, ":") {
			t.Errorf("%q: title %q ends inside the list after the colon, want %q", c.text, got, c.want)
		} else if got != c.want {
			t.Logf("%q: title %q (want %q)", c.text, got, c.want)
		}
	}
}
