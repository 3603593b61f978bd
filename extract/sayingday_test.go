package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestSayingOfTheDayJoinsItsReport: news reports a day's act as someone's
// saying ("Harbin Steel said on Tuesday that it would close its Corby
// mill") and another article weeks on tells it in its own words beside
// words of its own ("Harbin Steel announced on June 10 that it would close
// the mill ... and move its production to Poland"). Two such tellings of one day
// in different articles, both dated by their own words, that name the
// same kind of happening (data/happenings.txt) with no name that sets them
// apart are one happening, at the agreement two reports of a day need. A
// reaction of the day that names another kind of happening stays apart.
func TestSayingOfTheDayJoinsItsReport(t *testing.T) {
	fill := []Doc{
		doc("f1.md", "2025-06-04", "Shoppers in Corby queued for the new market on Monday.\n\nTraders said sales were strong."),
		doc("f2.md", "2025-06-20", "Corby's council met on Thursday to discuss bus routes.\n\nNo decision was taken."),
	}
	for _, tc := range []struct {
		name          string
		first, second string // the day's saying, published the day after, and another telling, weeks on
		join          bool
	}{
		{"a closure said and announced",
			"Harbin Steel said on Tuesday that it would close its rolling mill in Corby, cutting about 400 jobs.",
			"Harbin Steel announced on June 10 that it would close the mill by the end of the year and move its production to a larger plant in Poland.",
			true},
		{"a winner declared, told twice",
			"Marco Villa of Lune was declared the winner of the hill race in 4:12:33 on Tuesday.",
			"Villa was declared the winner of the veterans' category on June 10 in 4:12:33, a time that would have earned him a place at next year's world championships.",
			true},
		{"a suspension said and retold",
			"The sprinter Tomas Reale has been provisionally suspended after a positive test, the federation said on Tuesday.",
			"The ban is backdated to June 10, the day Reale was provisionally suspended, and will run until the summer of 2029.",
			true},
		{"an arrest said by police and retold",
			"Police said on Tuesday that they had arrested the captain of the trawler Ellen Grey on suspicion of negligence.",
			"The trawler's captain, who was arrested on June 10, remains on bail while investigators examine the vessel's radar logs.",
			true},
		{"a reaction of another kind",
			"Harbin Steel said on Tuesday that it would close its rolling mill in Corby, cutting about 400 jobs.",
			"The mayor of Corby said on June 10 that the town would hold a vigil for the mill's workers.",
			false},
		{"a reaction that names the kind",
			"Harbin Steel said on Tuesday that it would close its rolling mill in Corby, cutting about 400 jobs.",
			"The steelworkers' union said on June 10 that it would fight the closure in the courts and call a strike ballot.",
			false},
	} {
		a := doc("a.md", "2025-06-11", "Corby news.\n\n"+tc.first+"\n\nThe town has lost many jobs since 1980.")
		a.Article.Title = "Corby news"
		b := doc("b.md", "2025-07-02", "A town looks ahead.\n\nThe town's pool closed in 2019.\n\n"+tc.second+"\n\nCouncillors met on Monday.")
		b.Article.Title = "A town looks ahead"
		tl, _ := Extract(append([]Doc{a, b}, fill...), Options{})
		one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
			return e.Date.String() == "2025-06-10" && citesSentence(e, tc.first) && citesSentence(e, tc.second)
		})
		if one != tc.join {
			t.Errorf("%s: one event of 2025-06-10 cites both: %v, want %v (events %v and %v)", tc.name, one, tc.join,
				eventsCiting(tl, tc.first), eventsCiting(tl, tc.second))
		}
	}
}

// citesSentence reports whether e cites the sentence s.
func citesSentence(e timeline.Event, s string) bool {
	return slices.ContainsFunc(e.Sources, func(x timeline.Source) bool { return x.Sentence == s })
}
