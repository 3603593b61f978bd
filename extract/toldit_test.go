package extract

import "testing"

// TestToldInstitutionIt: "the company said it had stopped production last
// month" tells what the company did, dated by the told time. The "it"
// after an organisation noun (with "the" and at most two modifiers) is
// that organisation when it is the one subject before it and what is told
// is an active verb (no form of "be": "said it was too early" may be
// another thing), so the event is titled by what is told, the teller
// after it, as wire copy writes it ("..., it said"), never by the saying
// on the told date. Probes written before the rule.
func TestToldInstitutionIt(t *testing.T) {
	checkToldTitles(t, []toldTitleCase{
		{"2026-06-10", "The company said it had stopped production of the model last month.", "2026-05", "The company had stopped production of the model, it said"},
		{"2026-06-10", "The Minneapolis-based company said it had recalled 40,000 heaters on Monday.", "2026-06-08", "The Minneapolis-based company had recalled 40,000 heaters, it said"},
		{"2026-06-10", "The council said it would close the harbour car park on Friday.", "2026-06-12", "The council would close the harbour car park, it said"},
		{"2026-06-10", "The airline told reporters it had cancelled 40 flights on Monday.", "2026-06-08", "The airline had cancelled 40 flights, it told reporters"},
		{"2026-06-10", "The regional health authority said it had closed two wards on Monday.", "2026-06-08", "The regional health authority had closed two wards, it said"},
		// (Not the organisation's own doing: a form of "be" after "it",
		// or a teller that is no organisation: no such title.)
		{"2026-06-10", "The company said it had been reported as faulty in May.", "2026-05", "!The company had been reported as faulty, it said"},
		{"2026-06-10", "The mayor said it had rained heavily on Monday.", "2026-06-08", "!The mayor had rained heavily, it said"},
	})
}

// TestToldIntroducedSurname: a surname the article introduced with a
// first name ("Anna Kowalczyk") tells, alone, what "she" did: "Kowalczyk
// said she noticed holes in the bark on June 2" dates the noticing, titled
// by it, the pronoun after ("Kowalczyk noticed holes in the bark, she
// said"). A capitalized word the text also writes in lower case, or one
// never introduced after a first name, is no such surname: the title
// stays. Probes written before the rule.
func TestToldIntroducedSurname(t *testing.T) {
	checkToldTitles(t, []toldTitleCase{
		{"2026-06-10", "Anna Kowalczyk runs a tree nursery near the reservoir.\n\nKowalczyk said she noticed small round holes in the bark on June 2.", "2026-06-02", "Kowalczyk noticed small round holes in the bark, she said"},
		{"2026-06-10", "Coach Dan Rourke was disqualified on Saturday.\n\nRourke told reporters he had posted the medal back to the organisers on Monday.", "2026-06-08", "Rourke had posted the medal back to the organisers, he told reporters"},
		{"2026-06-10", "The ferry operator is called Arden.\n\nArden said he had resigned on Monday.", "2026-06-08", "!Arden had resigned, he said"},
		{"2026-06-10", "Port Ellery Police were called to the quay; police closed it.\n\nPolice said she had left the ship on Monday.", "2026-06-08", "!Police had left the ship, she said"},
	})
}

// TestToldInstitutionItGrid crosses an organisation named by a common noun
// (with "the" and up to two modifiers), the verb of saying and its tense,
// and what "it" did or will do: every event of the told time is titled by
// what is told, the organisation first and "it" telling after it, never by
// the saying. (Written with the rule, after the probes above.)
func TestToldInstitutionItGrid(t *testing.T) {
	const dct = "2026-06-10"
	tellers := []string{"The company", "The council", "The Minneapolis-based company", "The regional water authority"}
	verbs := []string{"said", "says", "told reporters", "admitted", "has said"}
	told := []struct{ s, date, title string }{
		{"it had stopped production of the model last month", "2026-05", "had stopped production of the model"},
		{"it would close the plant on Friday", "2026-06-12", "would close the plant"},
		{"it had closed two wards on Monday", "2026-06-08", "had closed two wards"},
	}
	for _, tl := range tellers {
		for _, v := range verbs {
			for _, c := range told {
				s := tl + " " + v + " " + c.s + "."
				want := tl + " " + c.title + ", it " + v
				// (A plan told with "would" may be titled by another
				// step without its teller: "The company would close the
				// plant".)
				if got := eventTitles(t, dct, s)[c.date]; got != want && got != tl+" "+c.title {
					t.Errorf("%q: title %q, want %q", s, got, want)
				}
			}
		}
	}
}

// toldTitleCase is a text, its DCT, the date of an event it makes and that
// event's title, or, after "!", a title it must not have.
type toldTitleCase struct{ dct, text, date, want string }

func checkToldTitles(t *testing.T, cases []toldTitleCase) {
	t.Helper()
	for _, c := range cases {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if c.want[0] == '!' {
			if got == c.want[1:] {
				t.Errorf("%q: title %q", c.text, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
