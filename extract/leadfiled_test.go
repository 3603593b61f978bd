package extract

import (
	"slices"
	"testing"
)

// TestLeadToFiledDay: lodging, filing and submitting are one act, told in
// any of the three verbs: a lead that "has lodged an appeal" or "has
// submitted a petition" tells the happening that the sentence after it
// dates as papers "filed" or a petition "lodged" the day before, and goes
// there with its headline. A headline over a lead that an older time
// dates (a participle of last month) goes to the day the filing is dated
// (this one passes without the family too: another rule dates it). A next sentence
// that dates another act ("Campaigners handed a letter to its
// chief executive on Monday") leaves them at the publication. (The next
// sentences open on a subject the lead did not name: a sentence on the
// lead's subject right after it dates the lead whatever its verb, see
// secondParagraph.)
func TestLeadToFiledDay(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text string
		lead                        bool // check the lead's days as well as the headline's
		want                        []string
	}{
		{"a petition submitted, lodged on Monday", "Villagers submit petition against quarry expansion", "2024-04-10",
			"Villagers in Ashby Hill have submitted a petition with 4,000 signatures against plans to extend a limestone quarry on the edge of the village.\n\n" +
				"Campaigners lodged it with the county council on Monday afternoon after collecting signatures for three months.\n\n" +
				"The council's planning committee will consider the application in June.",
			true, []string{"2024-04-08"}},
		{"an appeal lodged, papers filed on Tuesday", "Developer appeals over rejected tower", "2024-04-11",
			"The developer behind a rejected 30-storey tower in Leeds has lodged an appeal with the planning inspectorate.\n\n" +
				"Lawyers for Harcourt Estates filed the papers on Tuesday, the company said in a statement.\n\n" +
				"The council turned the scheme down in February.",
			true, []string{"2024-04-09"}},
		{"an older lead, the headline alone", "Ex-minister appeals against fraud conviction", "2024-04-10",
			"Martin Hale, the former transport minister jailed last month for fraud, has lodged an appeal against his conviction.\n\n" +
				"His legal team filed the notice with the appeal court in London on Monday, a spokeswoman for the family said.\n\n" +
				"A single judge will decide whether the appeal can go ahead.",
			false, []string{"2024-04-08"}},
		{"another act reported", "Residents lodge complaint over airport noise", "2024-04-10",
			"Residents near Bristol airport have lodged a complaint with the regulator over night flights.\n\n" +
				"Campaigners handed a letter to its chief executive on Monday, the residents' association said.\n\n" +
				"The airport says it follows the rules.",
			true, []string{"2024-04-10"}},
	} {
		if got := headDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
		if !tc.lead {
			continue
		}
		if got := leadEventDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
