package extract

import (
	"slices"
	"testing"
)

// TestOlderLeadDay: a headline over a present-perfect lead that an older
// time of its own dates (a contract signed years before) takes the day
// that the sentence after the lead gives the act, told by its maker's
// saying; a saying of someone else, or a lead in the simple past, leaves
// the headline at its publication.
func TestOlderLeadDay(t *testing.T) {
	const head = "Court sends harbour chief to trial over pier deal"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the judge's order dated the day before",
			"A judge has ordered the former harbour chief, Ian Doyle, to stand trial for fraud over a pier contract signed in 2022, court papers showed on Friday.\n\nIn an order dated Thursday, Judge Ruth Okafor said the evidence against him was strong.\n\nDoyle denies the charges.",
			[]string{"2026-06-11"}},
		{"another's saying the day before",
			"A judge has ordered the former harbour chief, Ian Doyle, to stand trial for fraud over a pier contract signed in 2022, court papers showed on Friday.\n\nIn a statement on Thursday, prosecutors said the evidence against him was strong.\n\nDoyle denies the charges.",
			[]string{"2026-06-12"}},
	} {
		d := doc("a.md", "2026-06-12", tc.text)
		d.Article.Title = head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestOrganisationSaidLead: a lead whose named subject "has blamed"
// something is told by "The airline said on Monday that ..." in Tuesday's
// paper, the airline being the lead's; a lead with no name, or another
// speaker, leaves the lead at its publication.
func TestOrganisationSaidLead(t *testing.T) {
	for _, tc := range []struct {
		name, lead, said string
		want             []string
	}{
		{"the lead's airline",
			"Skylark Air has blamed a software fault for the cancellation of 300 flights.",
			"The airline said on Monday that an engineer had installed a bad patch.",
			[]string{"2026-06-08"}},
		{"a lead with no name",
			"The airline has blamed a software fault for the cancellation of 300 flights.",
			"The carrier said on Monday that an engineer had installed a bad patch.",
			[]string{"2026-06-09"}},
		{"another speaker",
			"Skylark Air has blamed a software fault for the cancellation of 300 flights.",
			"Pilots said on Monday that an engineer had installed a bad patch.",
			[]string{"2026-06-09"}},
	} {
		d := doc("a.md", "2026-06-09", tc.lead+"\n\n"+tc.said+"\n\nPassengers were offered refunds.")
		d.Article.Title = "Flights cancelled across Europe"
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.lead); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestFinalReachedByWin: a side that "has reached" a final or "has
// qualified" did so by the match the next sentence dates in the verb of
// its win ("beat Ashby Town 2-1 on Tuesday night"); a sentence that dates
// another thing of the match (a goal) leaves the lead at its publication.
func TestFinalReachedByWin(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the win", "Carrow Rovers have reached the county cup final after a dramatic semi.\n\n" +
			"Rovers beat Ashby Town 2-1 at Mill Road on Tuesday night with a goal in the 89th minute.\n\nFans queued for tickets outside the ground.",
			[]string{"2026-05-12"}},
		{"a goal", "Carrow Rovers have reached the county cup final after a dramatic semi.\n\n" +
			"Leon Hart scored twice at Mill Road on Tuesday night, the second in the 89th minute.\n\nFans queued for tickets outside the ground.",
			[]string{"2026-05-13"}},
	} {
		if got := leadEventDays("Rovers reach county cup final", "2026-05-13", tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
