package extract

import (
	"slices"
	"testing"
)

// TestAnnouncedLeadDay: a present-perfect lead of an act an authority does
// by making it known ("has opened an inquiry") is dated by its maker's
// announcement in the sentence after, its maker named there by the noun
// of what it is ("The watchdog announced on Monday that ..."), when the
// lead names no other thing by that noun; a speaker the lead names as
// another thing, or another speaker, leaves the lead at its publication.
func TestAnnouncedLeadDay(t *testing.T) {
	for _, tc := range []struct {
		name, lead, said string
		want             []string
	}{
		{"the watchdog opened it",
			"The Fair Trading Authority has opened an inquiry into fuel prices at Harbour Oil stations, weeks after complaints from hauliers.",
			"The watchdog announced on Monday that it would look into whether the chain had abused its position in rural towns.",
			[]string{"2026-06-08"}},
		{"a named company in the lead, the board speaking",
			"The Marine Safety Board has opened an investigation into the sinking of a ferry owned by Calder Shipping Company.",
			"The board said on Monday that it would look at the vessel's loading records and its crew's training.",
			[]string{"2026-06-08"}},
		{"the lead names another board",
			"The Fair Trading Authority has opened an inquiry into the tendering board of Harbour Oil, weeks after complaints from hauliers.",
			"The board said on Monday that its members had done nothing wrong and would answer every question put to them.",
			[]string{"2026-06-09"}},
		{"another speaker",
			"The Fair Trading Authority has opened an inquiry into fuel prices at Harbour Oil stations, weeks after complaints from hauliers.",
			"Drivers said on Monday that they had queued for an hour at some pumps on the coast road.",
			[]string{"2026-06-09"}},
	} {
		d := doc("a.md", "2026-06-09", tc.lead+"\n\n"+tc.said+"\n\nThe inquiry is expected to take a year.")
		d.Article.Title = "Watchdog opens inquiry into Harbour Oil"
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.lead); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
