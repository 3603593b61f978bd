package extract

import (
	"slices"
	"testing"
)

// TestToldHeadlineTeller: a headline whose verb of saying follows a comma
// and another verb in the present ("apologizes, admits") is told by that
// verb's subject: titled by what is told, the teller after. (Written
// after the rule, with the pr31 headline's shape.)
func TestToldHeadlineTeller(t *testing.T) {
	for _, c := range []struct {
		headline, date, want string
	}{
		{"Minister resigns, says tender was rigged in 2019", "2019", "Tender was rigged, minister says"},
		{"Carmaker admits emissions tests were faked in 2015", "2015", "Emissions tests were faked, carmaker admits"},
	} {
		d := doc("a.md", "2024-05-14", "The minister resigned on Tuesday. The carmaker's chief executive apologized.")
		d.Article.Title = c.headline
		tl, _ := Extract([]Doc{d}, Options{})
		var got []string
		for _, e := range tl.Events {
			if e.Date.String() == c.date {
				got = append(got, e.Title)
			}
		}
		if !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: %s titled %q, want %q", c.headline, c.date, got, c.want)
		}
	}
}

// TestToldBareSubject: a time inside what a verb of saying tells, whose
// subject is a bare noun with no article ("Police said firefighters were
// called ... on Sunday"), dates the told happening: titled by it, with the
// teller after. An object of the verb described by a participle ("reported
// damage caused by the storm") or followed by a phrase ("claimed
// responsibility for attacks that were carried out") tells nothing.
// Probes written before the rule; none is a newsroom set's sentence.
func TestToldBareSubject(t *testing.T) {
	for _, c := range []struct {
		sentence, date, want string
	}{
		{"Police said firefighters were called to the warehouse at about 2 a.m. on Sunday.", "2024-05-12", "Firefighters were called to the warehouse, police said"},
		{"The chief executive admitted safety checks were skipped in 2021.", "2021", "Safety checks were skipped, the chief executive admitted"},
		{"The mayor said officials had broken the tender rules in 2019.", "2019", "Officials had broken the tender rules, the mayor said"},
		{"The agency reported sales fell sharply in April.", "2024-04", "Sales fell sharply, the agency reported"},
		// (No told clause: as before.)
		{"The group claimed responsibility for attacks that were carried out in May.", "2024-05", "The group claimed responsibility for attacks that were carried out"},
		{"Police reported damage caused by the storm on Sunday.", "2024-05-12", "Police reported damage caused by the storm"},
	} {
		if got := titlesOn(c.date, [2]string{"2024-05-14", c.sentence}); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s\n  %s titled %q, want %q", c.sentence, c.date, got, c.want)
		}
	}
}
