package extract

import (
	"slices"
	"testing"
)

// TestSecondParagraph: an article whose first sentence tells its news in
// the present perfect with no time of its own, and whose second sentence
// dates that news in other words a day or two before the publication,
// has its headline (with its lead) on that day. A lead that names a happening
// before its news ("after ..."), a lead whose act undoes an earlier
// happening ("have resumed"), a second sentence about the cause its
// headline names ("... as bushfire nears"), one that dates a saying, or
// one that looks further back ("had") does not move them there.
func TestSecondParagraph(t *testing.T) {
	checkHeadlineDays(t, []headlineDayCase{
		{"approval told as a vote", "2026-04-16", "Parish backs new play park",
			"Farley parish councillors have approved plans for a play park on the old bowling green.\n\nThe council voted seven to two for the scheme on Wednesday evening.\n\nWork could start in the summer.",
			"", []string{"2026-04-15"}},
		{"walkout told as a strike", "2026-09-09", "Bus drivers walk out in Tennford",
			"Bus drivers in Tennford have walked out in a row over rotas.\n\nThe stoppage began at 5am on Tuesday, leaving commuters stranded.\n\nThe operator said it regretted the disruption.",
			"", []string{"2026-09-08"}},
		{"lead that names the happening before", "2026-09-09", "Man held after Tennford stabbing",
			"Police have arrested a man after a teenager was stabbed in Tennford.\n\nThe boy was attacked in Mill Street on Tuesday afternoon.\n\nHe is in a stable condition.",
			"2026-09-08", nil},
		{"lead that undoes the happening before", "2026-09-09", "Ferry crossings back after storm",
			"Ferry crossings to Holm Island have resumed.\n\nThe operator halted every sailing on Tuesday when gales hit the coast.\n\nTimetables are back to normal.",
			"2026-09-08", nil},
		{"second sentence dates the headline's cause", "2026-09-09", "Families flee as bushfire nears Oakridge",
			"Dozens of families have fled their farms near Oakridge.\n\nThe bushfire started in dry grass on Tuesday evening and was driven east by strong winds.\n\nShelters have opened in two schools.",
			"2026-09-08", nil},
		{"second sentence dates a saying", "2026-09-09", "Tennford depot closes",
			"The Tennford bus depot has closed its doors.\n\nThe operator said on Tuesday that staff would move to Farley.\n\nThe site is to be sold.",
			"2026-09-08", nil},
	})
}

// headlineDayCase is one article of a test of the day its headline takes:
// its publication day, headline and text; want, the days of the events
// that cite the headline, or nil for any but not.
type headlineDayCase struct {
	name, pub, head, text, not string
	want                       []string
}

// checkHeadlineDays extracts each case's article alone and checks the days
// of the events its headline is cited by.
func checkHeadlineDays(t *testing.T, cases []headlineDayCase) {
	t.Helper()
	for _, tc := range cases {
		d := doc("a.md", tc.pub, tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		got := eventsCiting(tl, tc.head)
		if tc.want != nil && !slices.Equal(got, tc.want) || tc.want == nil && slices.Contains(got, tc.not) {
			t.Errorf("%s: the headline is in events of %v, want %v (not %s)", tc.name, got, tc.want, tc.not)
		}
	}
}
