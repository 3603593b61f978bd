package timex_test

import "testing"

// TestOfferHoldsNow: an offer, invitation or selection told in the
// present perfect ("has been offered a place at the world championships
// in August") holds now, and the present perfect takes no time gone by of
// its own: the fixture it is for lies ahead, so a bare month after the
// fixture's noun is the next such month, not one behind. The simple past
// ("was offered ... in August") and other verbs are left to the tense.
func TestOfferHoldsNow(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2026-11-19 is a Thursday.
		{"2026-11-19", "Jane Doe has been offered a place at the world championships in August.", "August", "2027-08"},
		{"2026-11-19", "The former champion, who retired last year, has been offered a wildcard for the tournament in March.", "March", "2027-03"},
		{"2026-11-19", "Two local rowers have been selected for the European championships in Munich in June.", "June", "2027-06"},
		{"2026-11-19", "The prime minister has been invited to the summit in Rome in September.", "September", "2027-09"},
		{"2026-11-19", "The teenager has been named in the squad for the Olympics in July.", "July", "2027-07"},
		// Guards: a simple past, a verb of no offer, no fixture.
		{"2026-11-19", "She was offered a place at the championships in August.", "August", "2026-08"},
		{"2026-11-19", "He has competed at the world championships in August.", "August", "2026-08"},
		{"2026-11-19", "Her coach has said she was injured at the championships in August.", "August", "2026-08"},
		{"2026-11-19", "The club has offered him a new contract, signed in August.", "August", "2026-08"},
	})
}
