package extract

import (
	"strings"
	"testing"
)

// A past form after the verb a modal's group ends on ("will stay closed",
// "would remain shut") is that verb's complement, not a participle phrase
// on a noun: the title keeps the clause's subject ("Schools will stay
// closed", never "Stay was closed").
func TestModalGroupNoReduced(t *testing.T) {
	for _, c := range []struct{ text, subject string }{
		{"Schools will stay closed Tuesday, the district says.", "Schools"},
		{"The museum will remain closed on Tuesday, the council said.", "The museum"},
		{"The coast road would stay shut on Friday, police said.", "The coast road"},
		{"All 12 branches will stay closed on Monday, the bank said.", "All 12 branches"},
		{"Both terminals would remain closed on Wednesday, the airport said.", "Both terminals"},
	} {
		d := doc("a.md", "2026-03-09", "Heavy snow fell across the region overnight.\n\n"+c.text)
		d.Article.Title = "Snow closes roads across the region"
		tl, _ := Extract([]Doc{d}, Options{})
		found := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Sentence == c.text {
					found = true
					if !strings.HasPrefix(e.Title, c.subject+" ") {
						t.Errorf("%q: titled %q", c.text, e.Title)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no event", c.text)
		}
	}
}
