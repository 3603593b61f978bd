package extract

import (
	"slices"
	"testing"
)

// TestTellingLeadDatedBySaying: a lead in the present perfect that
// reports a telling ("has described to a jury", "have named the cyclist")
// is dated by the sentence after it that dates that telling, by the phrase
// that opens it ("Giving evidence ... on Wednesday, Amy Collins said",
// "In a statement released on Tuesday, Inspector Ruth Gale said"), with
// its headline. Another speaker's dated saying ("Another witness told the
// court on Wednesday") leaves the lead at its publication.
func TestTellingLeadDatedBySaying(t *testing.T) {
	for _, tc := range []struct {
		name, pub, head, lead, next, want string
	}{
		{"evidence given", "2026-05-07", "Nurse tells jury of night ward fire",
			"A nurse has described to a jury how she carried two patients out of a burning hospital ward.",
			"Giving evidence at Norchester Crown Court on Wednesday, Amy Collins said the smoke was so thick she could not see her hands.",
			"2026-05-06"},
		{"a name made known", "2026-08-19", "Police name cyclist who died in lorry crash",
			"Police have named the cyclist who died in a collision with a lorry in Fenbridge as Tom Riley, 27.",
			"In a statement released on Tuesday, Inspector Ruth Gale said officers were still appealing for witnesses.",
			"2026-08-18"},
		{"another speaker", "2026-05-07", "Nurse tells jury of night ward fire",
			"A nurse has described to a jury how she carried two patients out of a burning hospital ward.",
			"Another witness told the court on Wednesday that the alarms never sounded.",
			"2026-05-07"},
	} {
		d := doc("a.md", tc.pub, tc.lead+"\n\n"+tc.next+"\n\nThe inquiry goes on.")
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		for _, s := range []string{tc.lead, tc.head} {
			if got := eventsCiting(tl, s); !slices.Equal(got, []string{tc.want}) {
				t.Errorf("%s: %q is in events of %v, want [%s]", tc.name, s, got, tc.want)
			}
		}
	}
}

// TestEchoedNewsToLead: a later article whose headline and lead echo
// joined to the older happening their words retell (the killing a
// participle names) goes to the day the sentence after its lead dates
// its own news (the naming, by a statement of Tuesday); with no date
// there, the two stay with the older happening.
func TestEchoedNewsToLead(t *testing.T) {
	const (
		head = "Family names swimmer killed by crocodile at Mango Creek"
		lead = "The family of the swimmer killed by a crocodile at Mango Creek at the weekend have named him as Luke Farrant, a 29-year-old electrician."
	)
	for _, tc := range []struct {
		name, said, want string
	}{
		{"statement dated", "In a statement released through police on Tuesday, his sister, Kate, said he had swum at the creek since he was a child.", "2026-04-14"},
		{"statement undated", "In a statement released through police, his sister, Kate, said he had swum at the creek since he was a child.", "2026-04-11"},
	} {
		a := doc("a.md", "2026-04-11", "A swimmer has been killed by a crocodile at Mango Creek, police said.\n\n"+
			"The man was attacked at about 4pm on Saturday while swimming with friends near the boat ramp.\n\n"+
			"Rangers closed the creek to swimmers.")
		a.Article.Title = "Swimmer killed by crocodile at Mango Creek"
		b := doc("b.md", "2026-04-12", "A crocodile killed a swimmer at Mango Creek on Saturday afternoon, police said.\n\n"+
			"Rangers said they would try to trap the animal.")
		b.Article.Title = "Crocodile kills swimmer at Mango Creek boat ramp"
		c := doc("c.md", "2026-04-15", lead+"\n\n"+tc.said+"\n\nA ranger said the crocodile had not been found.")
		c.Article.Title = head
		tl, _ := Extract([]Doc{a, b, c}, Options{})
		for _, s := range []string{lead, head} {
			if got := eventsCiting(tl, s); !slices.Equal(got, []string{tc.want}) {
				t.Errorf("%s: %q is in events of %v, want [%s]", tc.name, s, got, tc.want)
			}
		}
	}
}
