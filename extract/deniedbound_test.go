package extract

import "testing"

// TestDeniedBound: a time after "until" or "before" that bounds a thing a
// negation denies, "no" on a noun after the clause's verb or "not" on an
// infinitive ("a pledge of no job cuts until the end of next year", "a
// commitment not to close branches before 2026"), dates neither that
// thing, which does not happen, nor the clause; an aside's time before it
// dates the sentence as when no time followed. Look-alikes keep their
// date: a denied verb, "no" on a subject before its verb, a bound no
// negation denies, and a negation across a conjunction. Events on the
// publication day are left out of the check.
func TestDeniedBound(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		{"2024-03-13", "The new offer includes a pay rise of 4% and a pledge of no compulsory job cuts until the end of next year.", "", ""},
		{"2024-03-13", "Forecasters expect the heat to last into the weekend, with no rain expected before the end of the month.", "", ""},
		{"2024-03-13", "The bank has given a commitment not to close any branches before the end of 2026.", "", ""},
		{"2024-03-13", "The landlord agreed not to raise rents until April 2026.", "", ""},
		{"2024-03-13", "The offer, made on March 4, included a pledge of no compulsory job cuts until the end of next year.", "2024-03-04", "The offer was made"},
		// Look-alikes.
		{"2024-03-13", "Rescuers could not reach the crew until Tuesday morning.", "2024-03-12", "Rescuers could not reach the crew until Tuesday morning"},
		{"2024-03-13", "No arrests were made until March 2.", "2024-03-02", "No arrests were made until March 2"},
		{"2024-03-13", "The deal was signed before the end of the month.", "2024-03", "The deal was signed"},
		{"2024-03-13", "The inspector found no sign of a leak and left the house before the end of the month.", "2024-03", "The inspector found no sign of a leak and left the house"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}
