package extract

import "testing"

// TestPastSubjectLaterTime: a time after the article's day before a noun
// in the subject of a main clause told in the past names that noun, never
// the clause, which has happened by the article's day (pastSubjectTime).
// Our own sentences: no event on the later date may be titled by the
// clause (bad); the guards keep their event (good, a word its title
// holds).
func TestPastSubjectLaterTime(t *testing.T) {
	checkOwnsTime(t, "2026-03-09", "Officials gave an update on Thursday. ", "the past clause", []ownsTimeCase{
		{"Brent crude for May delivery fell 40 cents to settle at $81 a barrel.", "2026-05", "crude", ""},
		{"Tickets for the June festival sold out within an hour.", "2026-06", "Tickets", ""},
		{"Wheat futures for July delivery have climbed 12% this year.", "2026-07", "futures", ""},
		// Guards: a time of the clause itself, after its verb; a clause
		// told in the future.
		{"The council voted on Friday to close the pool.", "2026-03-06", "", "voted"},
		{"The June festival will feature 40 bands.", "2026-06", "", "festival"},
	})
}
