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
