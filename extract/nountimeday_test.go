package extract

import "testing"

// TestNounTimeThenDay: a first time that names the noun after it ("its
// February sale", "the April collapse") in the main clause, followed in
// that clause by a day that names no noun ("on Tuesday"), dates the noun's
// happening, not the clause: the clause takes the day. Look-alikes: a
// second time that names a noun too, and a day set off by a comma, keep
// the sentence as it was. Events on the publication day are left out of
// the check.
func TestNounTimeThenDay(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		{"2024-03-13", "The auction house pulled the painting from its February sale on Tuesday.", "2024-03-12", "The auction house pulled the painting from its February sale"},
		{"2024-03-13", "The inquiry into the January flood heard evidence from engineers on Monday.", "2024-03-11", "The inquiry into the January flood heard evidence from engineers"},
		{"2024-03-13", "Organisers cancelled the May 4 concert on Friday.", "2024-03-08", "Organisers cancelled the May 4 concert"},
		// Look-alikes.
		{"2024-03-13", "The club moved its February fixture to the March 2 slot.", "2024-02", "The club moved its February fixture to the March 2 slot"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}
