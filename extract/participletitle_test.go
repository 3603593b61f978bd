package extract

import (
	"strings"
	"testing"
)

// TestParticipleAdjunctTitle: a participle phrase set off by a comma
// ("..., saying it would ...", "..., citing ...") is an adjunct of a main
// clause; the verbs inside it are the participle's, not the title's. A
// noun phrase followed by such a phrase ("The closure, saying it would
// move production abroad") has no verb of its own and is no headline; an
// aside of that form before the main verb ("Police, acting on a tip,
// arrested two men") leaves the main verb the title's.
func TestParticipleAdjunctTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool // predicateless
	}{
		{"The closure, saying it would move production to Monterrey, Mexico", true},
		{"The merger, saying the combined bank would cut 400 jobs", true},
		{"The recall, citing reports that two children had been burned", true},
		{"The strike, arguing that wages had fallen behind inflation", true},
		{"Residents, fearing the river would burst its banks again", true},
		{"Police, acting on a tip from a neighbour, arrested two men", false},
		{"Firefighters, working through the night, saved the church", false},
		{"The company closed the plant, saying it would move production abroad", false},
		{"Hundreds of workers rallied outside the gates, chanting slogans", false},
		{"The union, which said it would appeal, lost the vote", false},
	} {
		if got := predicateless(strings.Fields(c.title)); got != c.want {
			t.Errorf("predicateless(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestParticipleAdjunctLosesTitle: a later article's month-dated
// retelling ("The company announced the closure in September, saying it
// would ...") cut to a noun and a participle phrase has no verb of its
// own: the day's own report, a headline of lower rank, titles the event
// whatever the retelling's rank.
func TestParticipleAdjunctLosesTitle(t *testing.T) {
	for _, tc := range []struct{ cut, sent, day string }{
		{"The closure, saying it would move production to Juarez, Mexico",
			"The company announced the closure in September, saying it would move production to Juarez, Mexico.",
			"Corvane to close Lisle dryer plant, cut 800 jobs"},
		{"The shutdown, citing weak demand from carmakers",
			"Tessmer announced the shutdown in March, citing weak demand from carmakers.",
			"Tessmer Steel said it will shut its rolling mill in Gary"},
	} {
		a := &candidate{stext: tc.sent, about: &about{title: tc.cut}}
		b := &candidate{stext: tc.day, about: &about{title: tc.day}, priority: 2}
		if !better(b, a) || better(a, b) {
			t.Errorf("%q titles the event over %q", tc.cut, tc.day)
		}
	}
}
