package extract

import "testing"

// A participle after its noun keeps the time it is told with when the
// time's going would leave it bare before the noun's verb or in the
// phrase that opens the clause; a
// clause's own verb (after its subject's phrase) loses its time as before.
func TestBareParticipleKeepsTime(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		// (A participle on the subject of what a question word brings
		// in dates no clause: no event, see subjectParticipleTime.)
		{"2026-06-20", "Inspectors asked the council why repairs ordered in 2019 were never finished.", "2019", ""},
		{"2026-06-20", "Under a state law passed in 2021, employers must publish pay ranges.", "2021",
			"Under a state law passed in 2021, employers must publish pay ranges"},
		// (The participle before a present in "-s" now titles its own
		// happening, see TestParticipleTimeThenPresent.)
		{"2026-06-20", "The tenants' joint lawsuit filed in May seeks half that sum, and the landlord must answer it.", "2026-05",
			"The tenants' joint lawsuit was filed"},
		{"2026-06-20", "Families of the missing fishermen gathered on Tuesday at the harbour chapel.", "2026-06-16",
			"Families of the missing fishermen gathered at the harbour chapel"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
