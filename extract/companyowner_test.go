package extract

import "testing"

// TestCompanyNameOwner checks that a name whose last word ends a
// business's name ("Ruth Shipping Lines", "Grace Foods") is a company's,
// not a person's, though a word of it is a first name: the "It" or "Its"
// that opens the sentence after it tells of the company, while a person's
// name ("Grace Holden") leaves "It" as it is. Probes written before the
// rule (realistic sentences, no set's).
func TestCompanyNameOwner(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-06-12",
			"Ruth Shipping Lines, founded in Cebu in 1988, operates six ferries. Its MV Ocean Star ran aground off Bohol in 2019 without casualties.",
			"2019", "Ruth Shipping Lines' MV Ocean Star ran aground off Bohol without casualties"},
		{"2025-06-12",
			"Grace Foods, based in Leeds, has cut 200 jobs since the start of the year. It closed its Hull plant in March.",
			"2025-03", "Grace Foods closed its Hull plant"},
		{"2025-06-12",
			"Victoria Airways, a regional carrier, flies to 12 cities. It was fined by the aviation regulator in 2023.",
			"2023", "Victoria Airways was fined by the aviation regulator"},
		{"2025-06-12",
			"Grace Holden, a former teacher, runs the shelter. It was founded by her parents in 1990.",
			"1990", "It was founded by her parents"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q:\n titles %q,\n want %q at %s", c.text, got, c.want, c.date)
		}
	}
}
