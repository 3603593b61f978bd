package extract

import (
	"strings"
	"testing"
)

// ownsTimeCase is a sentence of a grid that asks which clause a time
// dates: no event on date may be titled by a clause holding bad (when bad
// is set), and some event on date must hold good in its title (when good
// is set).
type ownsTimeCase struct{ text, date, bad, good string }

// checkOwnsTime extracts each case after lede, published on pub under a
// headline that names no happening, and checks its bad and good words; by
// says, in an error, what a bad title was taken from.
func checkOwnsTime(t *testing.T, pub, lede, by string, cases []ownsTimeCase) {
	t.Helper()
	for _, c := range cases {
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
				t.Errorf("%q: %s titled by %s: %q", c.text, c.date, by, e.Title)
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
