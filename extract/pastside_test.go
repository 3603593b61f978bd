package extract

import (
	"strings"
	"testing"
)

// TestPastSideLaterTime: a time after the article's day after the verb of
// an adverbial clause told in the simple past names a noun of it, never
// the clause, which has happened by the article's day (pastSideTime).
// Our own sentences: no event on the later date may be titled by that
// clause (bad); the guards keep their event (good, a word its title
// holds).
func TestPastSideLaterTime(t *testing.T) {
	const pub = "2026-05-27"
	const lede = "Officials gave an update on Thursday. "
	for _, c := range []struct{ text, date, bad, good string }{
		{"The firm's decision, made public last night, to call off the fair has left stallholders counting their losses, while some residents openly welcomed a peaceful June.", "2026-06", "welcomed", ""},
		// Guards: what is to come keeps its time.
		{"The club said it would play again when the ground reopens in June.", "2026-06", "", "reopens"},
		{"The mayor said the market would return as soon as the square reopens in July.", "2026-07", "", "reopens"},
	} {
		d := doc("a.md", pub, lede+c.text)
		d.Article.Title = "Latest on the story"
		tl, _ := Extract([]Doc{d}, Options{})
		found := false
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String()+" "+e.Title)
			if e.Date.String() != c.date {
				continue
			}
			if c.bad != "" && strings.Contains(e.Title, c.bad) {
				t.Errorf("%q: %s titled by the past clause: %q", c.text, c.date, e.Title)
			}
			if c.good != "" && strings.Contains(e.Title, c.good) {
				found = true
			}
		}
		if c.good != "" && !found {
			t.Errorf("%q: no event on %s holding %q: %q", c.text, c.date, c.good, got)
		}
	}
}
