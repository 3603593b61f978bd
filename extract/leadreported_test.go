package extract

import (
	"slices"
	"testing"
)

// TestLeadToReportedDay: a lead in the present perfect, undated, with its
// headline, tells the happening that one of its next two sentences dates
// inside a statement, after the verb that tells it ("Police said a man
// was arrested at his home on Monday evening"): the time stands in the
// reported clause and dates its act, not the saying, and the lead and its
// headline go to that day. A time that dates the saying ("Police said on
// Monday that ..."), or a reported act of another kind, leaves them at
// the publication.
func TestLeadToReportedDay(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text string
		want                        []string
	}{
		{"charged, in the reported clause", "Pharmacist charged over missing hospital drugs", "2024-04-10",
			"A hospital pharmacist has been charged with stealing controlled drugs worth 40,000 pounds from a hospital in Exeter.\n\n" +
				"Devon and Cornwall police said the 34-year-old woman was charged on Monday evening and released on bail.\n\n" +
				"She will appear before magistrates next month.",
			[]string{"2024-04-08"}},
		{"rescued, a clock and a weekday", "Two walkers rescued from sea cliff", "2024-04-09",
			"Two walkers have been rescued from a ledge on a sea cliff near St Davids after being cut off by the tide.\n\n" +
				"The coastguard said the pair were rescued by a lifeboat crew at about 9pm on Sunday after a passer-by heard them shouting.\n\n" +
				"Neither needed hospital treatment.",
			[]string{"2024-04-07"}},
		{"detained, a verb of the lead's kind", "Three held over warehouse raid", "2024-04-11",
			"Police have arrested three men over a raid on a cigarette warehouse in which a security guard was tied up.\n\n" +
				"A police spokeswoman said all three were detained during raids across Walsall on Tuesday.\n\n" +
				"The guard was not badly hurt.",
			[]string{"2024-04-09"}},
		{"the saying dated, before the act", "Pharmacist charged over missing hospital drugs", "2024-04-10",
			"A hospital pharmacist has been charged with stealing controlled drugs worth 40,000 pounds from a hospital in Exeter.\n\n" +
				"Devon and Cornwall police said on Monday that the 34-year-old woman had been charged and released on bail.\n\n" +
				"She will appear before magistrates next month.",
			[]string{"2024-04-10"}},
		{"another act reported", "Three held over warehouse raid", "2024-04-11",
			"Police have arrested three men over a raid on a cigarette warehouse in which a security guard was tied up.\n\n" +
				"West Midlands police said the gang broke into the warehouse in Walsall on Tuesday morning.\n\n" +
				"The guard was not badly hurt.",
			[]string{"2024-04-11"}},
	} {
		if got := leadEventDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
		if got := headDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
