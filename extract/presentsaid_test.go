package extract

import "testing"

// TestPresentSayingLead: a lead with no time that tells its news as what
// someone says or what figures show now ("..., the latest testing shows",
// "..., officials say") is the saying the sentence after dates by its
// verb of saying ("..., the Ministry of Health said on Tuesday"). A
// sentence after that dates no saying ("The river burst its banks on
// Tuesday"), dates the measuring alone ("Samples taken on Monday
// showed ...") or dates a passer-by's saying ("A swimmer, Jane Holt, said
// on Tuesday") moves nothing.
func TestPresentSayingLead(t *testing.T) {
	checkHeadlineDays(t, []headlineDayCase{
		{"testing shows, ministry said", "2026-08-19", "E. coli levels at Farley beach five times the limit",
			"E. coli levels at Farley beach have climbed to five times the safe limit for bathing, the latest round of testing shows, and officials say the beach will stay shut.\n\nSamples taken on Monday near the pier showed 2,500 colonies per 100 millilitres, the Environment Agency said on Tuesday.\n\nThe beach has been closed since August 2.",
			"", []string{"2026-08-18"}},
		{"officials say, council said", "2026-08-19", "Tennford pool to stay shut until spring",
			"Tennford's public pool will stay shut until the spring because its roof is unsafe, officials say.\n\nEngineers found cracks in two roof beams during a routine check, Tennford Borough Council said on Tuesday.\n\nSwimmers have been offered places at Farley.",
			"", []string{"2026-08-18"}},
		{"a passer-by's saying", "2026-08-19", "E. coli levels at Farley beach five times the limit",
			"E. coli levels at Farley beach have climbed to five times the safe limit for bathing, officials say.\n\nA swimmer, Jane Holt, said on Tuesday that she had fallen ill after a swim.\n\nThe beach has been closed since August 2.",
			"2026-08-18", nil},
		{"no saying dated", "2026-08-19", "Farley homes at risk as river rises, officials say",
			"Dozens of homes in Farley are at risk of flooding as the river keeps rising, officials say.\n\nThe river burst its banks near the mill on Tuesday.\n\nSandbags are being handed out.",
			"2026-08-18", nil},
	})
}
