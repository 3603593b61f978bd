package extract

import (
	"slices"
	"testing"
)

// TestHeadlineVerbDatesPerfectLead: probes written before the rule. A
// present-perfect lead with no date of its own reports the latest step
// ("The inquest ... has been opened and adjourned"); the headline names
// that step's act in its present-tense verb ("Inquest hears ..."). When
// one of the next two sentences dates the headline's verb to a day of the
// news before publication ("At a brief hearing on Tuesday, the coroner
// heard that ..."), the headline and the lead are that day's happening. A
// headline verb the body does not date leaves both at publication. All
// published on a Thursday.
func TestHeadlineVerbDatesPerfectLead(t *testing.T) {
	for _, tc := range []struct {
		name, head, text string
		want             []string // the dates of the events citing the headline and the lead
	}{
		{"the headline's verb in an opening phrase's day",
			"Inquest hears pensioner died of head injuries",
			"The inquest into the death of a pensioner who fell from a bus in Leeds has been opened and adjourned.\n\n" +
				"At a short hearing in Wakefield on Tuesday, the coroner heard that the man had been identified by his daughter.\n\n" +
				"A full hearing is expected later in the year.",
			[]string{"2024-03-12"}},
		{"the headline's verb the body does not date",
			"Council hears objections to bypass",
			"Plans for a bypass around Selby have been sent back to planners.\n\n" +
				"Residents told councillors they feared more lorries on their streets.\n\n" +
				"A new plan is due in the summer.",
			[]string{"2024-03-14"}},
	} {
		d := doc("a.md", "2024-03-14", tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		lead := tc.text[:slices.Index([]byte(tc.text), '\n')]
		for _, s := range []string{tc.head, lead} {
			got := eventsCiting(tl, s)
			if tc.want[0] == "2024-03-14" && len(got) == 0 {
				continue // no source: an abstention, never a wrong day
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s: %q is in events of %v, want %v", tc.name, s, got, tc.want)
			}
		}
	}
}
