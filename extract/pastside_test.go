package extract

import "testing"

// TestPastSideLaterTime: a time after the article's day after the verb of
// an adverbial clause told in the simple past names a noun of it, never
// the clause, which has happened by the article's day (pastSideTime).
// Our own sentences: no event on the later date may be titled by that
// clause (bad); the guards keep their event (good, a word its title
// holds).
func TestPastSideLaterTime(t *testing.T) {
	checkOwnsTime(t, "2026-05-27", "Officials gave an update on Thursday. ", "the past clause", []ownsTimeCase{
		{"The firm's decision, made public last night, to call off the fair has left stallholders counting their losses, while some residents openly welcomed a peaceful June.", "2026-06", "welcomed", ""},
		// Guards: what is to come keeps its time.
		{"The club said it would play again when the ground reopens in June.", "2026-06", "", "reopens"},
		{"The mayor said the market would return as soon as the square reopens in July.", "2026-07", "", "reopens"},
	})
}
