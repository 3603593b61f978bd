package extract

import "testing"

// TestApprovedByVote: a body that "has approved" or "has ratified"
// something in a lead with no time did so by a vote, and the sentence
// after that dates the vote ("Members ... voted 81 per cent in favour in
// a ballot held on Thursday") dates the approval, whoever its subject.
// A vote of the days before on another question ("voted on Tuesday to
// strike") dates another happening and moves nothing.
func TestApprovedByVote(t *testing.T) {
	checkHeadlineDays(t, []headlineDayCase{
		{"members' ballot", "2026-08-14", "Nurses back new pay deal",
			"Nurses at Farley General Hospital have approved a new two-year pay deal, ending a dispute that began in the spring.\n\nMembers of the nurses' union voted 72 per cent in favour in a ballot that closed on Thursday.\n\nThe deal gives a 6 per cent rise.",
			"", []string{"2026-08-13"}},
		{"ratified by a show of hands", "2026-08-14", "Dock workers ratify new contract",
			"Tennford's dock workers have ratified a new four-year contract.\n\nShop stewards voted unanimously to accept it at a meeting on Thursday evening.\n\nThe port said it welcomed the result.",
			"", []string{"2026-08-13"}},
		{"a vote on another question", "2026-08-14", "Nurses back new pay deal",
			"Nurses at Farley General Hospital have approved a new two-year pay deal, ending a dispute that began in the spring.\n\nPorters at the same hospital voted on Thursday to strike over rotas.\n\nThe deal gives a 6 per cent rise.",
			"2026-08-13", nil},
	})
}
