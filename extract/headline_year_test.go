package extract

import (
	"strings"
	"testing"
)

// TestHeadlineYearNounTitle checks that a headline's year before a
// happening's noun after a preposition ("Man jailed for 2024 arson attack")
// makes a mention of that happening, titled by its noun, and never gives
// the headline's own news (the jailing) to the year.
func TestHeadlineYearNounTitle(t *testing.T) {
	d := doc("a.md", "2026-02-20", "A man who set fire to a warehouse was jailed for nine years on Friday.")
	d.Article.Title = "Man jailed for 2024 arson attack on warehouse"
	tl, _ := Extract([]Doc{d}, Options{})
	var attack bool
	for _, e := range tl.Events {
		if e.Date.Year == 2024 && strings.Contains(e.Title, "jailed") {
			t.Errorf("event of %s titled %q: the jailing is not of 2024", e.Date, e.Title)
		}
		attack = attack || e.Date.String() == "2024" && strings.HasPrefix(e.Title, "Arson attack")
	}
	if !attack {
		t.Errorf("no event of 2024 titled by the attack: %+v", tl.Events)
	}
}
