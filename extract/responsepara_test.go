package extract

import "testing"

// TestResponseParagraph: a report of an incident that tells its news in
// the present perfect with no time, and dates it in the next sentence by
// the response to it, under a subject of the responders' own ("Fire crews
// were sent to the house ... on Tuesday", "A tug reached the vessel ...
// on Wednesday"), has its headline (with its lead) on that day. A second
// sentence with a new subject that tells another act, a reaction
// ("Residents protested against the plans outside the town hall on
// Tuesday"), does
// not move them there; nor does a response after a lead whose act follows
// an earlier happening ("has been charged with the murder", then "Police
// were called to the house on Sunday": the killing's day, not the
// charge's).
func TestResponseParagraph(t *testing.T) {
	checkHeadlineDays(t, []headlineDayCase{
		{"crews sent to the house", "2026-05-13", "Fire guts terraced house in Linford",
			"Fire has gutted a terraced house in Carrow Street, Linford, leaving a family of five homeless.\n\nFour crews were sent to the house at about 11 p.m. on Tuesday.\n\nThe cause is being investigated.",
			"", []string{"2026-05-12"}},
		{"police called to the scene", "2026-05-15", "Jeweller's raided in Mardle",
			"Thieves have raided a jewellery shop in Mardle High Street, escaping with watches worth thousands of pounds.\n\nPolice were called to the scene shortly after 3 a.m. on Thursday.\n\nNo arrests have been made.",
			"", []string{"2026-05-14"}},
		{"a tug reached the vessel", "2026-05-14", "Cargo ship aground off Hale Head",
			"A cargo ship has gone aground off Hale Head with 14 crew on board.\n\nA tug reached the vessel at about 10 p.m. on Wednesday but could not pull it free.\n\nThe crew are safe.",
			"", []string{"2026-05-13"}},
		{"a reaction with a new subject", "2026-05-13", "Car park approved for cattle market site",
			"Brinmoor Council has approved plans for a car park on the old cattle market.\n\nResidents protested against the plans outside the town hall on Tuesday.\n\nBuilding work is due to start in the autumn.",
			"2026-05-12", nil},
		{"a response to the happening before a charge", "2026-05-12", "Man charged with Linford murder",
			"A man has been charged with the murder of a woman in Linford.\n\nPolice were called to a house in Carrow Street at about 2 a.m. on Sunday.\n\nHe will appear before magistrates on Wednesday.",
			"2026-05-10", nil},
	})
}
