package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestAcronymIsTheNameItAbbreviates: news English names a body in full
// once ("the Maritime and Coastguard Agency") and by its initials after
// that, in the same article or in the story's later ones ("the MCA"). A
// word in capitals whose letters are the initials of a capitalised name
// the story spells out is that name: two tellings of one day, one by the
// full name and one by the initials, are one happening. Two capitals
// ("MP", "PC"), which abbreviate titles as often as names, make no name.
func TestAcronymIsTheNameItAbbreviates(t *testing.T) {
	fill := []Doc{
		doc("f1.md", "2025-06-04", "Shoppers in Corby queued for the new market on Monday.\n\nTraders said sales were strong."),
		doc("f2.md", "2025-06-20", "Corby's council met on Thursday to discuss bus routes.\n\nNo decision was taken."),
		doc("f3.md", "2025-06-22", "A bakery in Kettering reopened on Saturday.\n\nIts owner said trade was slow."),
		doc("f4.md", "2025-06-25", "Rain flooded a road near Wellingborough on Tuesday.\n\nIt was cleared by noon."),
	}
	for _, tc := range []struct {
		name          string
		first, second string // a telling of June 10 the day after, and another weeks on
		spelled       string // a sentence of the second article that spells a name out, or ""
		join          bool
	}{
		{"a timeline's line by initials, the inquiry told in full",
			"The Financial Conduct Authority opened an investigation into the accounts of Brantwell Holdings on Tuesday, the company confirmed.",
			"June 10: FCA opens investigation into accounts.",
			"", true},
		{"initials with a joining word",
			"The Maritime and Coastguard Agency detained the cargo ship Orla Bay in Falmouth on Tuesday, the ship's owners confirmed.",
			"June 10: MCA detains ship.",
			"", true},
		{"initials in full, the timeline's line spelled out",
			"The FCA opened an investigation into the accounts of Brantwell Holdings on Tuesday, the company confirmed.",
			"June 10: Financial Conduct Authority opens investigation into accounts.",
			"", true},
		{"two capitals are no name",
			"Police arrested Martin Pryce at his home in Corby on Tuesday, his lawyer confirmed.",
			"June 10: MP arrested.",
			"", false},
	} {
		a := doc("a.md", "2025-06-11", "Corby news.\n\n"+tc.first+"\n\nThe town has lost many jobs since 1980.")
		a.Article.Title = "Corby news"
		body := "A town looks ahead.\n\n" + tc.second + "\n\nCouncillors met on Monday.\n\nThe town's pool closed in 2019."
		if tc.spelled != "" {
			body += "\n\n" + tc.spelled
		}
		b := doc("b.md", "2025-07-02", body)
		b.Article.Title = "A town looks ahead"
		tl, _ := Extract(append([]Doc{a, b}, fill...), Options{})
		one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
			return e.Date.String() == "2025-06-10" && citesSentence(e, tc.first) && citesSentence(e, tc.second)
		})
		if one != tc.join {
			t.Errorf("%s: one event of 2025-06-10 cites both: %v, want %v (events %v and %v)", tc.name, one, tc.join,
				eventsCiting(tl, tc.first), eventsCiting(tl, tc.second))
		}
	}
}
