package extract

import (
	"slices"
	"testing"
)

// TestHeadlineToItsAct: a headline tells its happening, not the saying
// that made it known. Over a lead dated only by its closing attribution
// ("..., police confirmed on Tuesday"), a headline whose verb a sentence
// of the article's top tells in the past, dated to an earlier day of the
// news ("The man died on Monday evening"), takes that day; a sentence
// that dates another act, or a saying of the act, leaves the headline
// with the lead.
func TestHeadlineToItsAct(t *testing.T) {
	const head = "Hiker, 64, dies after fall on Scafell Pike"
	const lead = "A 64-year-old hiker has died after falling on Scafell Pike, Fenmouth Police confirmed on Tuesday."
	for _, tc := range []struct {
		name, next string
		want       []string
	}{
		{"the body dates the death",
			"The man died on Monday evening at the Royal Lancaster Infirmary, where he had been taken by air ambulance.",
			[]string{"2026-06-08"}},
		{"another act of the day before",
			"Rescuers reached him on Monday evening after a walker raised the alarm from the summit.",
			[]string{"2026-06-09"}},
		{"a saying of the death",
			"His family said on Monday that he had died doing what he loved.",
			[]string{"2026-06-09"}},
	} {
		d := doc("a.md", "2026-06-10", lead+"\n\n"+tc.next+"\n\nMountain rescue teams warned walkers about ice on the upper paths.")
		d.Article.Title = head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestHeadlineToItsActResigned: the same for a resignation that a board
// made known the day after.
func TestHeadlineToItsActResigned(t *testing.T) {
	const head = "Harbour Museum director resigns over loans of paintings"
	d := doc("a.md", "2026-06-10", "The director of the Harbour Museum, Ann Leigh, has resigned over unauthorised loans of paintings to a private collector, the museum's board said on Tuesday.\n\n"+
		"Leigh resigned on Monday night after a meeting with trustees that lasted four hours.\n\nThe museum will stay open while an interim director is found.")
	d.Article.Title = head
	tl, _ := Extract([]Doc{d}, Options{})
	if got, want := eventsCiting(tl, head), []string{"2026-06-08"}; !slices.Equal(got, want) {
		t.Errorf("the headline is in events of %v, want %v", got, want)
	}
}

// TestHeadlineToItsActApposition: an attribution whose time an
// apposition follows ("..., police confirmed on Tuesday, the third death
// on the mountain this year") is a closing attribution all the same.
func TestHeadlineToItsActApposition(t *testing.T) {
	const head = "Climber dies after fall on Ben Nevis"
	d := doc("a.md", "2026-06-10", "A climber has died after a fall on Ben Nevis, Police Scotland confirmed on Tuesday, the third death on the mountain this year.\n\n"+
		"The woman died on Monday afternoon at Belford Hospital in Fort William.\n\nRescue teams warned of ice on the north face.")
	d.Article.Title = head
	tl, _ := Extract([]Doc{d}, Options{})
	if got, want := eventsCiting(tl, head), []string{"2026-06-08"}; !slices.Equal(got, want) {
		t.Errorf("the headline is in events of %v, want %v", got, want)
	}
}
