package extract

import "testing"

// TestLaterDatedNounTime: a later time that the tagger read with its
// determiner ("the Feb. 12 upgrade") modifies the noun after it, as "the
// 2004 tsunami" does: after a first time that dates a noun ("Friday's
// fines"), it dates that noun, never the clause (datedNounAhead). Our
// own sentences: no event on the noun's date may be titled by the clause
// (bad); the guards keep their event (good, a word its title holds).
func TestLaterDatedNounTime(t *testing.T) {
	checkOwnsTime(t, "2026-03-09", "Officials gave an update on Thursday. ", "the clause of a noun's date", []ownsTimeCase{
		{"Friday's fines follow a review of the Feb. 12 upgrade.", "2027-02-12", "fines", ""},
		{"Friday's fines followed an audit of the Feb. 12 upgrade.", "2026-02-12", "fines", ""},
		{"Monday's ruling follows complaints about the Jan. 30 tour.", "2027-01-30", "complaints", ""},
		// Guards: a later time of the clause itself, after a first that
		// names a noun; a noun's happening titled by its noun; a time
		// that ends the clause.
		{"The death toll from Tuesday's bomb attack rose to 15 on Thursday.", "2026-03-05", "", "rose"},
		{"Tuesday's storm damaged the roof on Friday.", "2026-03-06", "", "damaged"},
		{"Colquitt is charged with murder in the 2025 shooting of a clerk.", "2025", "", "Shooting"},
		{"Police on Friday charged a man over the Feb. 12 shooting.", "2026-03-06", "", "charged"},
	})
}
