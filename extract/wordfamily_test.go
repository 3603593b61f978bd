package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestWordFamilyJoinsDay: news tells one happening of one day in
// different words of one family ("a crush" and "a crowd surge", "won"
// and "was named the winner", "were disqualified" and "a
// disqualification", "airlifted" and "winched", "sworn in" and "the
// inauguration", "derailed" and "the crash"), each report with its own
// details. Two such reports of one day, from two articles, naming the
// same place, are one happening; two happenings of one family on one
// day in two places ("a siege in Marrow Street" and "a standoff in
// Keel Lane") stay two.
func TestWordFamilyJoinsDay(t *testing.T) {
	fill := []Doc{
		doc("c.md", "2027-03-10", "Kelby council met on Tuesday to discuss the bus timetable.\n\nThe meeting lasted three hours."),
		doc("d.md", "2027-03-12", "Kelby's new library opened on Thursday.\n\nIt cost 4 million pounds."),
	}
	for _, tc := range []struct {
		name, one, two string
		join           bool
	}{
		{"a crush, a crowd surge",
			"Two fans died in a crush at Kelby Arena on Saturday night, police said.",
			"Eleven people were taken to hospital after a crowd surge at a rap concert at Kelby Arena on Saturday.",
			true},
		{"won, named the winner",
			"Anna Brisk won the Kelby half marathon on Saturday in 1:12:40, a course record.",
			"After a photo finish, Brisk was named the winner on Saturday by race officials.",
			true},
		{"disqualified, a disqualification",
			"Race officials disqualified Tom Reeve from the Kelby cycle race on Saturday for taking a short cut.",
			"Reeve's disqualification on Saturday drew boos from the crowd at the finish line.",
			true},
		{"two standoffs in two streets",
			"Armed police ended a siege at a betting shop on Marrow Street on Saturday after the gunman surrendered.",
			"An eight-hour standoff at a pharmacy on Keel Lane in Dunholm ended on Saturday when a man gave himself up.",
			false},
		{"closed, the closure",
			"Kelby council closed the Harbour Road bridge on Saturday after engineers found a crack in a steel beam.",
			"The closure of the Harbour Road bridge on Saturday forced drivers onto a 12-mile detour.",
			true},
		{"two closings in two towns",
			"Kelby council closed the Harbour Road bridge on Saturday after engineers found a crack in a steel beam.",
			"The closure of the Penmor Park swimming pool in Arlow on Saturday angered swimmers.",
			false},
		{"found adrift, drifting",
			"The cargo ship Nordvik was found adrift off Kelby Head on Saturday after losing power, the coastguard said.",
			"A tug reached the Nordvik on Saturday as it was drifting off Kelby Head with 14 crew aboard.",
			true},
		{"airlifted, winched",
			"The crew of the Nordvik were airlifted on Saturday as the trawler listed in heavy seas.",
			"A coastguard helicopter winched six fishermen from the Nordvik's deck on Saturday before dawn.",
			true},
		{"sworn in, the inauguration",
			"Ada Lerner was sworn in as Kelby's first woman mayor on Saturday.",
			"Lerner's inauguration on Saturday drew a crowd of 500 to the market square.",
			true},
		{"took office, sworn in",
			"Ada Lerner took office as Kelby's mayor on Saturday, promising cheaper buses.",
			"Lerner was sworn in at the town hall on Saturday before a crowd of 500.",
			true},
		{"derailed, the crash",
			"A freight train derailed near Kelby on Saturday, spilling grain across two fields.",
			"The crash on Saturday closed Kelby's only line to passengers for hours.",
			true},
		{"two airlifts at two coasts",
			"The crew of the Nordvik were airlifted on Saturday as the trawler listed in heavy seas.",
			"A coastguard helicopter winched two climbers from a ledge at Penmor Crag in Arlow on Saturday.",
			false},
		{"two crushes at two grounds",
			"Two fans died in a crush at the north gate of Kelby Arena on Saturday night, police said.",
			"A crowd surge at Penmor Park in Arlow on Saturday night left three people injured.",
			false},
	} {
		a := doc("a.md", "2027-03-14", "Weekend in Kelby.\n\n"+tc.one+"\n\nThe town's pool closed in 2019.")
		a.Article.Title = "Kelby weekend"
		b := doc("b.md", "2027-03-14", "What happened on Saturday.\n\n"+tc.two+"\n\nThe council will meet next month.")
		b.Article.Title = "Saturday in brief"
		tl, _ := Extract(append([]Doc{a, b}, fill...), Options{})
		one := slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
			n := 0
			for _, x := range e.Sources {
				if x.Sentence == tc.one || x.Sentence == tc.two {
					n++
				}
			}
			return n == 2 && e.Date.String() == "2027-03-13"
		})
		if one != tc.join {
			t.Errorf("%s: the two reports are in events of %v and %v, want one event of 2027-03-13 %v", tc.name, eventsCiting(tl, tc.one), eventsCiting(tl, tc.two), tc.join)
		}
	}
}
