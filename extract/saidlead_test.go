package extract

import (
	"slices"
	"testing"
)

// TestSaidLeadToItsDay: a lead in the present perfect whose only date is
// its closing verb of saying on the publication day ("..., the ministry
// said on Monday") tells the happening that the next sentence dates
// before it, in a verb of the lead's family: that day, with its headline.
// A Monday's paper reaches back to the Friday before; a Tuesday's does not,
// and a next sentence of another happening leaves the lead at its
// publication.
func TestSaidLeadToItsDay(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text string
		want                        []string
	}{
		{"a Monday's paper, the Friday before", "Engineers reach water under desert", "2024-03-11",
			"Engineers boring a well in the dunes of Wadi Sahm have reached an aquifer 400 metres down, the water ministry said on Monday.\n\n" +
				"The bit touched water-bearing sandstone at about noon on Friday, ministry officials said.\n\nThe well will serve three villages.",
			[]string{"2024-03-08"}},
		{"a Tuesday's paper, four days on", "Engineers reach water under desert", "2024-03-12",
			"Engineers boring a well in the dunes of Wadi Sahm have reached an aquifer 400 metres down, the water ministry said on Tuesday.\n\n" +
				"The bit touched water-bearing sandstone at about noon on Friday, ministry officials said.\n\nThe well will serve three villages.",
			[]string{"2024-03-12"}},
		{"another happening the day before", "Engineers reach water under desert", "2024-03-12",
			"Engineers boring a well in the dunes of Wadi Sahm have reached an aquifer 400 metres down, the water ministry said on Tuesday.\n\n" +
				"A sandstorm stopped the work for six hours on Monday, ministry officials said.\n\nThe well will serve three villages.",
			[]string{"2024-03-12"}},
		{"a jailing in a Monday's paper, sentenced on Friday", "Carer jailed for stealing 60,000 pounds from pensioners", "2024-03-11",
			"A former carer who stole 60,000 pounds from four elderly clients has been jailed for three years.\n\n" +
				"Dana Price, 44, was sentenced at Truro Crown Court on Friday after admitting theft.\n\nThe money has not been recovered.",
			[]string{"2024-03-08"}},
	} {
		if got := leadEventDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
		if got := headDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// headDays extracts one article and gives the dates of the events that
// cite its headline.
func headDays(head, published, text string) []string {
	d := doc("a.md", published, text)
	d.Article.Title = head
	tl, _ := Extract([]Doc{d}, Options{})
	return eventsCiting(tl, head)
}

// TestHeadlineToMovedLead: a headline alone an event of its publication
// day follows its article's first sentence, undated, to the happening of
// the day before that the sentence joined (a later timeline dates it),
// when it tells the sentence in a word of its act; here the next sentence
// of the article, which would date the lead, is read for another day.
func TestHeadlineToMovedLead(t *testing.T) {
	b := doc("b.md", "2024-05-15", "LONDON (Wire) - The British aviation regulator has revoked the licence of Hallam Air, the regional carrier whose plane skidded off a runway in March, ending 20 years of flights.\n\n"+
		"The Civil Aviation Authority said on Tuesday that it had cancelled the certificate of Hallam Air, which allows it to fly scheduled routes, after finding \"gross negligence\" in the dispatch of flight HA12 on March 3.\n\nHallam Air said it would appeal.")
	b.Article.Title = "Britain strips troubled regional airline of its licence"
	tl := doc("t.md", "2024-06-20", "March 3 - A Hallam Air turboprop skids off the runway at Leeds in heavy rain.\n\nMay 14 - Hallam Air loses its licence.\n\nJune 19 - The airline's planes are sold at auction.")
	tl.Article.Title = "Hallam Air: how a regional airline fell"
	got, _ := Extract([]Doc{b, tl}, Options{})
	if d := headlineDate(got, "b.md", b.Article.Title); !slices.Equal(d, []string{"2024-05-14"}) {
		t.Errorf("the headline is in events of %v, want [2024-05-14]", d)
	}
}

// TestHeadlineToNearLeadDay: a feature's headline, alone an event of its
// publication day, takes the day that one of the article's first
// sentences dates before it, when it shares two words with it (here a
// name's initials and a stem); one word shared leaves it at publication.
func TestHeadlineToNearLeadDay(t *testing.T) {
	text := "Eleven years ago Mara Lind stood on the top step of the podium at the national championships in Bergen, a 15-year-old from a fishing town who had just beaten the best swimmers in the country. Norway hailed her as its next great star.\n\n" +
		"On Monday her lawyers lodged a complaint with the European Court of Human Rights in Strasbourg against the lifetime ban that looks likely to end her career.\n\n" +
		"The complaint, filed a week before the deadline, challenges the federation's decision of January 12."
	for _, tc := range []struct {
		head string
		want []string
	}{
		{"From child prodigy to banned swimmer: Lind takes her fight to the ECHR", []string{"2025-02-03"}},
		{"From child prodigy to outcast: the long fall of Mara Lind", []string{"2025-02-04"}},
	} {
		if got := headDays(tc.head, "2025-02-04", text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: the headline is in events of %v, want %v", tc.head, got, tc.want)
		}
	}
}
