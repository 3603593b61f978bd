package extract

import (
	"slices"
	"testing"
)

// TestEdNounNoVerb: a noun in -ed (clause-ed-words: "shed", "hundred") after
// the time of a passive's clause is no verb that makes the clause before
// it a participle's phrase: "was found early Sunday in a farm shed,
// police said Monday" is dated by its own time, not by its saying.
func TestEdNounNoVerb(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a farm shed",
			"The stolen tractor was found early Sunday in a farm shed near Dunmore, police said Monday.",
			[]string{"2026-06-07"}},
		{"several hundred",
			"The whale was spotted early on Saturday by several hundred people on the pier, the coastguard said on Monday.",
			[]string{"2026-06-06"}},
	} {
		d := doc("a.md", "2026-06-09", "DUNMORE — It was a long weekend.\n\n"+tc.text+"\n\nThe inquiry continues.")
		d.Article.Title = "A long weekend"
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the sentence is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
