package extract

import (
	"slices"
	"testing"
)

// TestDayAfterHeadline: an article whose own words date nothing on its
// publication day is the report of the day before; its headline, alone at
// the publication, tells the happening that the first day-dated sentence
// of its top dates one or two days before. A lead that tells an act of
// its own (a present perfect, a verb in the past), a top that dates the
// publication day too, or a first day older than the days of the news,
// leave the headline at its publication.
func TestDayAfterHeadline(t *testing.T) {
	for _, tc := range []struct {
		name, pub, head, text string
		want                  []string
	}{
		{"scene, then the day before", "2026-04-18", "Whitby's lifeboat volunteers take their bow",
			"In 1861 a storm off the Yorkshire coast drowned twelve men in an afternoon. Their names are cut into a stone beside the harbour steps.\n\nMedals for bravery were presented on the harbour wall on Friday by the Duke of Kent. The crews rescued 41 people last winter.",
			[]string{"2026-04-17"}},
		{"a match report under its scoreline", "2026-09-14", "Ndiaye hat-trick lifts Albion off the bottom",
			"Albion 4 Wanderers 2\n\nFor a month nothing went right for the south coast club. The manager was booed off after each of the last three home games.\n\nThen three goals in twenty minutes on Sunday turned the season, and the home crowd sang until the lights went out.",
			[]string{"2026-09-13"}},
		{"the publication day dated too", "2026-04-18", "Whitby's lifeboat volunteers take their bow",
			"In 1861 a storm off the Yorkshire coast drowned twelve men in an afternoon. Their names are cut into a stone beside the harbour steps.\n\nMedals for bravery were presented on the harbour wall on Friday by the Duke of Kent. A memorial service is held on Saturday afternoon.",
			[]string{"2026-04-18"}},
		{"a first day a week before", "2026-04-18", "Whitby's lifeboat volunteers take their bow",
			"In 1861 a storm off the Yorkshire coast drowned twelve men in an afternoon. Their names are cut into a stone beside the harbour steps.\n\nMedals for bravery were presented on the harbour wall on April 10 by the Duke of Kent.",
			[]string{"2026-04-18"}},
		{"a feature's title", "2026-04-18", "Saved by strangers: the volunteers of Whitby's lifeboat",
			"In 1861 a storm off the Yorkshire coast drowned twelve men in an afternoon. Their names are cut into a stone beside the harbour steps.\n\nMedals for bravery were presented on the harbour wall on Friday by the Duke of Kent. The crews rescued 41 people last winter.",
			[]string{"2026-04-18"}},
		{"a lead of its own act", "2026-10-08", "Council scraps plan for new cycle lanes after protests",
			"Harbour City council has scrapped its plan for cycle lanes on three of the city's busiest roads after weeks of protests by shop owners.\n\nAbout 300 people marched to the town hall on Tuesday carrying signs that read \"Save our high street\". Councillors voted 9 to 4 to drop the scheme at a special meeting.",
			[]string{"2026-10-08"}},
	} {
		d := doc("a.md", tc.pub, tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
