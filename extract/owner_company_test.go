package extract

import (
	"strings"
	"testing"
)

// "The company" of a title names the one business the article named and
// said was one (by a noun before its name, an apposition or its name's
// last word), when nothing else was named since; a regulator or an
// auditor named since, a second business, or a noun the business was not
// introduced by leaves the title as it was.
func TestCompanyNamed(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ before, sentence, title, want string }{
		{"Bus operator Kettleby Coaches said on Monday it would cut 12 routes in Fenwick. The routes carried 900 people a day. ",
			"The company will consult passengers until May 4.", "The company will consult passengers",
			"Kettleby Coaches will consult passengers"},
		{"Orrin Mills, the textile firm that employs 300 people in the town, has warned of losses. Orrin Mills said orders fell. ",
			"The company's chairman resigned on Friday.", "The company's chairman resigned",
			"Orrin Mills' chairman resigned"},
		{"Pipeline operator filings show Harwell Midstream shut the line on Monday. ",
			"The company said the leak had been found.", "The company said the leak had been found",
			"Harwell Midstream said the leak had been found"},
		{"Dunmere Holdings reported a loss on Tuesday. ",
			"Its shares fell 9 percent, but the firm said in March it would return to profit.", "The firm said it would return to profit",
			"Dunmere Holdings said it would return to profit"},
	} {
		if got := companyNamed(c.title, c.sentence, c.before, g); got != c.want {
			t.Errorf("companyNamed(%q) after %q = %q, want %q", c.title, c.before, got, c.want)
		}
	}
	for _, c := range []struct{ before, sentence, title string }{
		// a regulator named since the business
		{"The rail regulator opened an inquiry into Brackley Rail Holdings on Monday. Railwatch said the inquiry would last a year. ",
			"The company said on Monday it would co-operate.", "The company said it would co-operate"},
		// the auditors named since
		{"Collapsed grocer Pelham Stores hid its losses, administrators said. The auditors, Voss Marlow, signed the accounts. ",
			"The firm said on Monday it stood by its work.", "The firm said it stood by its work"},
		// two businesses: which one is a guess
		{"Software maker Quillby agreed to be bought by Harrowgate Systems on Monday. Quillby said staff would stay. ",
			"The company will close the deal in June.", "The company will close the deal"},
		// "the group": a group of people, not the business introduced as a maker
		{"Bike maker Tarrant Cycles sponsored the ride. Forty riders set off from the square. ",
			"The group reached the summit on Sunday.", "The group reached the summit"},
		// a word in capitals before "the company" whose lower case is
		// longer than it ("Ⱥ", two bytes, lowers to three): read at the
		// sentence's own indexes, a word named since the business (read
		// at the lowered text's, past the sentence's end)
		{"Bus operator Kettleby Coaches said on Monday it would cut 12 routes. ",
			strings.Repeat("Ⱥ", 30) + " the company said.", "The company said it would co-operate"},
	} {
		if got := companyNamed(c.title, c.sentence, c.before, g); got != "" {
			t.Errorf("companyNamed(%q) after %q = %q, want none", c.title, c.before, got)
		}
	}
}

// The title of an event told by "the company" names the business.
func TestCompanyNamedTitle(t *testing.T) {
	text := "Frozen-food maker Ardley Foods said on Tuesday it would close its plant in Corvin.\n\n" +
		"The plant opened in 1991. The company filed a notice with the state on Wednesday."
	if got, want := eventTitles(t, "2026-05-20", text)["2026-05-20"], "Ardley Foods filed a notice with the state"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}
