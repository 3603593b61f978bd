package extract

import (
	"slices"
	"testing"
)

// TestNamedReportAside: the sentence after a present-perfect lead that
// opens on a report named by its maker ("The Department of Welfare
// report, released Monday, ...") dates the lead's news by the day of its
// putting out, whatever the length of the name; an aside that tells no
// putting out leaves the lead at its publication.
func TestNamedReportAside(t *testing.T) {
	const lead = "Federal auditors have faulted the state's prison health contractor for missed checks on sick inmates, months after two deaths at Ridgeway jail."
	for _, tc := range []struct {
		name, next string
		want       []string
	}{
		{"a report named by its department",
			"The Department of Welfare report, released Monday, lists 41 cases in which nurses failed to see inmates within a day.",
			[]string{"2026-06-08"}},
		{"an opinion named by its agency",
			"The Office of the Budget Controller review, published on Monday, lists 41 cases in which nurses failed to see inmates within a day.",
			[]string{"2026-06-08"}},
		{"an aside that tells no putting out",
			"The Department of Welfare team, formed on Monday, lists 41 cases in which nurses failed to see inmates within a day.",
			[]string{"2026-06-09"}},
	} {
		d := doc("a.md", "2026-06-09", lead+"\n\n"+tc.next+"\n\nThe contractor said it would respond in full.")
		d.Article.Title = "Auditors fault prison health contractor"
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, lead); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
