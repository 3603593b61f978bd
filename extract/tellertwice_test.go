package extract

import "testing"

// TestTellerNotTwice: when a named person tells what "he" or "she" did
// or will do, the title's subject is the teller; wire copy writes that
// as "Name would ..., she said", never as "Name would ..., Surname said"
// (the teller twice), and never takes a first name after an honorific
// for a surname ("Sir Alan ..., Alan said"). A "his" or "her" thing is
// another subject, and its teller is still named by the surname.
func TestTellerNotTwice(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2031-05-12", "Maria Delgado, the MP for the district, said she would raise the closure in Parliament next week.",
			"2031-W21", "Maria Delgado would raise the closure in Parliament, she said"},
		{"2031-05-12", "Councillor Peter Hale, who chairs the finance committee, said he would ask the council to review the budget at its meeting on June 3.",
			"2031-06-03", "Councillor Peter Hale would ask the council to review the budget at its meeting, he said"},
		{"2031-05-12", "Sir Robert Kinney, who led the 2025 inquiry, said he would hold public hearings in Leeds in September.",
			"2031-09", "Sir Robert Kinney would hold public hearings in Leeds, he said"},
		{"2031-05-12", "Dame Ellen, who chaired the review, said she would publish her findings in October.",
			"2031-10", "Dame Ellen would publish her findings, she said"},
		{"2031-05-12", "Shop owner Tariq Aziz said his brother had called the fire brigade on Saturday night.",
			"2031-05-10", "Tariq Aziz's brother had called the fire brigade, Aziz said"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all: %q)", c.text, got[c.date], c.want, got)
		}
	}
}
