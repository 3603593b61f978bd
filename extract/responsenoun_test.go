package extract

import (
	"strings"
	"testing"
)

// A time in the possessive on the noun a verb of response takes
// ("condemned Tuesday's decision", "Sunday's result was welcomed by")
// names that noun's happening; the response came after it, undated:
// the time dates no event of the sentence (responseNounTime; a clause in
// the present perfect may still be the news of its article's day). A
// verb that takes part in the happening keeps its time ("attended
// Sunday's parade").
func TestResponseNounTime(t *testing.T) {
	for _, tc := range []struct {
		text, noun string
		keep       bool
	}{
		{"Opposition leaders condemned Tuesday's decision to close the maternity ward.", "2026-03-10", false},
		{"Health unions questioned last month's hospital merger.", "2026-02", false},
		{"Club owners have criticised Friday's ruling on late licences.", "2026-03-06", false},
		{"Sunday's result was welcomed by business groups.", "2026-03-08", false},
		{"Residents have appealed last week's planning decision.", "2026-W10", false},
		{"Thousands of people attended Sunday's parade.", "2026-03-08", true},
	} {
		got := secondParagraphDate(tc.text, 25)
		if (got == tc.noun) != tc.keep {
			t.Errorf("%s: dated %q (the noun's time %s)", tc.text, got, tc.noun)
		}
	}
}

// secondParagraphDate extracts text as the second paragraph of an article
// of 2026-03-12 (after one undated line) and returns the date of the event
// that cites it, matched by its first n bytes ("" when none does).
func secondParagraphDate(text string, n int) string {
	d := doc("a.md", "2026-03-12", "A landmark case has drawn wide attention.\n\n"+text)
	d.Article.Title = "Town in turmoil"
	tl, _ := Extract([]Doc{d}, Options{})
	got := ""
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.HasPrefix(text, s.Sentence) || strings.HasPrefix(s.Sentence, text[:n]) {
				got = e.Date.String()
			}
		}
	}
	return got
}
