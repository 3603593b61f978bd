package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestAsideNameJoins: a mention dated by its own words to the one day of a
// happening is not set apart by a name it writes only in a clause set off
// by commas on its subject ("The inquiry, led by retired judge Helen
// Marsh, began hearings": see asideName): that clause says who the subject
// is, not which happening of the day the sentence tells. A name of its
// main clause or of an apposition that names its subject, or another
// happening of that day whose subject such a clause describes, stays
// apart.
func TestAsideNameJoins(t *testing.T) {
	const hearing = "The board of inquiry into the Ridgeway mine collapse opened its public hearings in Carlow on Monday."
	for _, tc := range []struct {
		name, first, second string
		one                 bool
	}{
		{"a participle clause on the subject",
			hearing, "The inquiry, led by retired judge Helen Marsh, began hearings on Monday and will sit for six weeks.", true},
		{"a relative clause on the subject",
			hearing, "The inquiry, which retired judge Helen Marsh chairs, began its hearings on Monday.", true},
		{"the name in the main clause",
			hearing, "Retired judge Helen Marsh began hearings on Monday into a dispute over mine wages.", false},
		{"another happening of the day",
			hearing, "The miners' union, led by organiser Tom Baker, marched through the town on Monday to demand safer shifts.", false},
	} {
		docs := []Doc{
			doc("a.md", "2025-03-10", "A roof collapse at the Ridgeway mine trapped nine miners on Sunday.\n\nRescue teams drilled through the night."),
			doc("b.md", "2025-03-20", "All nine Ridgeway miners were brought to the surface on Wednesday.\n\nThe state said an inquiry would follow."),
			doc("c.md", "2025-04-02", "The state on Tuesday ordered an inquiry into the Ridgeway collapse, to be led by retired judge Helen Marsh.\n\nThe inquiry will sit in Carlow, and miners' leader Tom Baker welcomed it."),
			doc("d.md", "2025-05-20", tc.first+"\n\nThe hearings in Carlow are open to the public."),
			doc("e.md", "2025-05-21", tc.second+"\n\nThe first witness was a shift supervisor."),
			doc("f.md", "2025-06-11", "The Ridgeway mine reopened on Tuesday after twelve weeks.\n\nThe owner said new roof bolts had been fitted."),
			doc("g.md", "2025-07-02", "Two mine managers were charged on Tuesday over the Ridgeway collapse.\n\nThey will appear in court next month."),
			doc("h.md", "2025-08-01", "The Ridgeway inquiry delivered its report on Thursday.\n\nIt found that warnings were ignored."),
		}
		tl, _ := Extract(docs, Options{})
		one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
			return citesSentence(e, tc.first) && citesSentence(e, tc.second)
		})
		if one != tc.one {
			t.Errorf("%s: the two reports are in events of %v and %v, want one event %v", tc.name, eventsCiting(tl, tc.first), eventsCiting(tl, tc.second), tc.one)
		}
	}
}
