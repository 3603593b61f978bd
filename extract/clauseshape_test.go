package extract

import "testing"

// TestRelativeNotGlued: a relative clause on the object of a clause
// before it ("has set up a helpline, which opens on Thursday") is titled
// with its clause whole, never glued to that clause without the pronoun
// that joined them ("has set up a helpline opens").
func TestRelativeNotGlued(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2027-03-10", "The hospital has set up a helpline, which opens on Thursday at 9 a.m.",
			"2027-03-11", "The hospital has set up a helpline, which opens at 9 a.m."},
		{"2027-03-10", "The family has hired a lawyer, who said on Tuesday that a claim against the council was likely.",
			"2027-03-09", "The family has hired a lawyer, who said that a claim against the council was likely"},
		{"2027-03-10", "The regulator is conducting its own review, which is due in June.",
			"2027-06", "The regulator is conducting its own review, which is due in June"},
		{"2027-03-10", "The school board has named an interim head, who will start on Monday.",
			"2027-03-15", "The school board has named an interim head, who will start"},
		{"2027-03-10", "The club has signed a new coach, who arrived in the city on Friday.",
			"2027-03-05", "The club has signed a new coach, who arrived in the city"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all: %q)", c.text, got[c.date], c.want, got)
		}
	}
}
