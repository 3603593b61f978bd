package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// sentenceDates returns the dates of the events that cite a sentence of
// the article name beginning with prefix, sorted, without repeats.
func sentenceDates(tl *timeline.Timeline, name, prefix string) []string {
	var out []string
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Article == name && strings.HasPrefix(s.Sentence, prefix) && !slices.Contains(out, e.Date.String()) {
				out = append(out, e.Date.String())
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestOwnTimeToldJoinsItsDay checks that a statement whose time dates what
// it tells (a declaration in performative words, a time inside the report)
// is cited on that day only, not by an earlier happening whose words it
// shares; and that a saying's time still lets the happening it reports
// join the earlier day another source dates.
func TestOwnTimeToldJoinsItsDay(t *testing.T) {
	cases := []struct {
		name   string
		first  string // b.md's happening of the Tuesday before, published the day after
		second string // a.md, published on the Friday
		prefix string // the sentence of a.md looked for
		want   []string
	}{
		{
			name:   "performative declaration",
			first:  "Flash floods swept through the hill town of Varno on Tuesday, killing six people and washing away a road bridge.",
			second: "The regional government on Thursday declared a state of emergency in Varno for the victims of the floods that swept through the hill town, releasing money for repairs.\n\nSoldiers were sent to clear the roads.",
			prefix: "The regional government on Thursday declared",
			want:   []string{"2024-04-11"},
		},
		{
			name:   "time in what is told",
			first:  "Salvage crews began pumping fuel from the stranded cargo ship Marisol off Kellan Point on Tuesday, the coastguard said.",
			second: "The coastguard's salvage officer said a survey of the stranded cargo ship on Wednesday had found no new cracks in the hull off Kellan Point.\n\nPumping is expected to take a week.",
			prefix: "The coastguard's salvage officer said",
			want:   []string{"2024-04-10"},
		},
		{
			name:   "saying's time: the report joins its happening",
			first:  "Warplanes bombed a refugee camp in Upper Nile state on Tuesday, killing seven people, officials said.",
			second: "The state governor said on Thursday that seven people were killed when warplanes bombed the refugee camp in Upper Nile state.",
			prefix: "The state governor said on Thursday",
			want:   []string{"2024-04-09", "2024-04-11"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := doc("b.md", "2024-04-10", tc.first)
			a := doc("a.md", "2024-04-12", tc.second)
			tl, _ := Extract([]Doc{b, a}, Options{})
			if got := sentenceDates(tl, "a.md", tc.prefix); !slices.Equal(got, tc.want) {
				for _, e := range tl.Events {
					t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
				}
				t.Errorf("%q cited on %v, want %v", tc.prefix, got, tc.want)
			}
		})
	}
}

// TestPresentBodySentenceTellsItsDay checks that a sentence of an
// article's body with no date that tells in the present ("are under way",
// "says", "has argued") is not cited by a happening its article dates to
// days before its publication, whatever words they share; and that one in
// the past still is. (One that names the happening by its noun, "since the
// collapse", is a retelling: TestRetellingJoinsStoryHappening.)
func TestPresentBodySentenceTellsItsDay(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"present", "Two inquiries are under way into what went wrong at the Orrin footbridge.", nil},
		{"says", "The town's mayor says nobody warned him that the Orrin footbridge might collapse.", nil},
		{"present perfect", "The engineers' union has argued that the Orrin footbridge should have been closed before it collapsed.", nil},
		{"past", "The Orrin footbridge collapsed into the river as a crowd crossed it after the regatta.", []string{"2024-05-06"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := doc("b.md", "2024-05-07", "The Orrin footbridge collapsed into the river on Monday, injuring 14 people who were crossing it after the regatta.")
			a := doc("a.md", "2024-05-11", "The council on Friday closed three more footbridges in the town for safety checks.\n\nThe Orrin footbridge collapsed on Monday, injuring 14 people.\n\nThe three bridges will stay shut until engineers have inspected them. Walkers face a detour of about a mile.\n\n"+tc.body)
			tl, _ := Extract([]Doc{b, a}, Options{})
			if got := sentenceDates(tl, "a.md", tc.body[:20]); !slices.Equal(got, tc.want) {
				for _, e := range tl.Events {
					t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
				}
				t.Errorf("%q cited on %v, want %v", tc.body, got, tc.want)
			}
		})
	}
}
