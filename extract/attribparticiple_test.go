package extract

import "testing"

// TestAttributionParticiple: the time of an attribution set off by a comma
// after its clause ("..., lawyers for both sides announced Thursday") is
// the telling's, which dates the clause: never a participle's phrase on a
// noun after the clause's verb, however the attribution's subject reads
// ("lawyers for both sides announced" is no "vans built"). Look-alikes: a
// participle on a noun after the clause's verb keeps its time out. Events
// on the publication day are left out of the check.
func TestAttributionParticiple(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		{"2024-03-13", "The family and their landlord have agreed to sell the house to the museum and split the money, lawyers for both sides announced Thursday.", "2024-03-07", "The family and their landlord have agreed to sell the house to the museum"},
		{"2024-03-13", "The two clubs have agreed a fee for the striker, officials for both clubs confirmed Monday.", "2024-03-11", "The two clubs have agreed a fee for the striker, officials for both clubs confirmed"},
		// Look-alikes.
		{"2024-03-13", "The deal covers job cuts announced in January.", "", ""},
		{"2024-03-13", "The recall covers vans and pickups built between June 2019 and February 2022.", "", ""},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}
