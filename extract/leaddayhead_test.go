package extract

import (
	"slices"
	"testing"
)

// TestHeadlineToDatedLead: a headline alone at its publication, in words
// of its own (no word of the act shared with its lead), tells the news its
// lead tells: when the article's own words date nothing on its publication
// day and its lead is dated in its main clause one or two days before, the
// headline goes to the lead's day. A lead dated only in a relative clause,
// an article that dates its own day too, or a lead dated a week before
// leave the headline at its publication.
func TestHeadlineToDatedLead(t *testing.T) {
	const committee = "At a three-hour session of the environment committee, the chief executive of Severn Vale Water said the number of spills had fallen by a third since 2021.\n\n" +
		"Ministers are expected to publish new rules on fines later this year."
	for _, tc := range []struct {
		name, pub, head, text string
		want                  []string
	}{
		{"the lead's weekday", "2024-05-15", "MPs round on utility bosses over sewage spills",
			"Members of Parliament on Tuesday accused the heads of England's biggest water companies of putting dividends before clean rivers.\n\n" + committee,
			[]string{"2024-05-14"}},
		{"a vigil the evening before", "2024-05-14", "Fans mourn Kirkby's 'gentle giant'",
			"Hundreds of supporters gathered outside Kirkby Park on Monday evening to remember the club's former goalkeeper Sam Drury, who died last week aged 58.\n\n" +
				"Flowers, scarves and shirts were tied to the railings of the main stand.\n\nDrury played 412 games for the club between 1986 and 2001.",
			[]string{"2024-05-13"}},
		{"an appeal the day before", "2024-05-16", "Grieving family's plea to drivers",
			"The mother and father of a 17-year-old cyclist killed on the A38 appealed on Wednesday for motorists to slow down on country lanes.\n\n" +
				"Standing beside the spot where their son was hit, they said a lower limit would save lives.\n\nThe county council is reviewing speed limits on the road.",
			[]string{"2024-05-15"}},
		{"a relative clause dated", "2024-05-15", "Investors revolt over bank boss's pay",
			"Harlow Bank's chief executive, who met shareholders on Tuesday, is under pressure over a bonus plan worth 4 million pounds.\n\n" +
				"Investors holding a fifth of the shares say the plan rewards size rather than returns.\n\nThe bank said the plan was in line with its peers.",
			[]string{"2024-05-15"}},
		{"the publication day dated too", "2024-05-15", "MPs round on utility bosses over sewage spills",
			"Members of Parliament on Tuesday accused the heads of England's biggest water companies of putting dividends before clean rivers.\n\n" + committee +
				"\n\nThe committee questions the regulator this afternoon.",
			[]string{"2024-05-15"}},
		{"a lead of a week before", "2024-05-15", "MPs round on utility bosses over sewage spills",
			"Members of Parliament on May 7 accused the heads of England's biggest water companies of putting dividends before clean rivers.\n\n" + committee,
			[]string{"2024-05-15"}},
	} {
		d := doc("a.md", tc.pub, tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}
