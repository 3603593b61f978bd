package extract

import (
	"slices"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestCoarseSayingJoinsAct: weeks later, news retells a day's act by its
// month, often as someone's saying ("the county declared an emergency
// last month", "its chief executive told a parliamentary committee last
// month that ...", "engineers have said two lines were taken out of
// service in March"), while the day's own report told it as an act
// ("State regulators on Wednesday opened a formal investigation"). The
// month's saying tells that day's act when it is the one happening of the
// span its words agree with; when two days of the month hold such an
// act, the month does not tell which, and it stays apart.
func TestCoarseSayingJoinsAct(t *testing.T) {
	fill := []Doc{
		doc("c.md", "2025-03-12", "Staff at the Castleford depot held a meeting on Tuesday.\n\nThe depot has run buses since 1961."),
		doc("d.md", "2025-03-25", "Castleford council leaders met the depot's owners on Monday.\n\nNo agreement was reached."),
	}
	for _, tc := range []struct {
		name, day, retold string
		join              bool
	}{
		{"an investigation opened, retold as the regulator's saying",
			"State rail regulators on Wednesday opened a formal investigation into the signal failure that stranded 9,000 passengers at Norbury junction.",
			"The rail regulator said last month that it had opened a formal investigation into the Norbury junction signal failure.",
			true},
		{"an apology before a committee, retold as testimony",
			"The chief executive of Halden Water apologised to customers on Wednesday before a parliamentary committee, admitting the company had delayed repairs to the Crowmoor reservoir.",
			"Halden Water's chief executive told a parliamentary committee last month that the company had delayed repairs to the Crowmoor reservoir.",
			true},
		{"lines taken out of service, retold as engineers' saying",
			"Two backup transmission lines serving the Castleford substation were taken out of service for repairs on Wednesday.",
			"Engineers have said that the two backup transmission lines serving the Castleford substation were taken out of service for repairs in March.",
			true},
	} {
		one, where := retoldDay(fill, "News in brief.\n\n"+tc.day+"\n\nThe town's pool closed in 2019.", tc.day, tc.retold)
		if one != tc.join {
			t.Errorf("%s: %s, want one event of 2025-03-05 %v", tc.name, where, tc.join)
		}
	}
	// Two acts of the month that the saying agrees with: it joins neither.
	a := doc("a.md", "2025-03-05", "State rail regulators on Tuesday opened a formal investigation into a signal failure at Norbury junction.\n\nPassengers were stranded.")
	a2 := doc("a2.md", "2025-03-21", "State rail regulators on Thursday opened a second formal investigation into a signal failure at Norbury junction.\n\nUnions were angry.")
	retold := "The rail regulator said in March that it had opened a formal investigation into a Norbury junction signal failure."
	b := doc("b.md", "2025-04-22", "Castleford is still counting the cost.\n\n"+retold+"\n\nThe town's mayor visited the site on Friday.")
	tl, _ := Extract(append([]Doc{a, a2, b}, fill...), Options{})
	for _, e := range tl.Events {
		if slices.ContainsFunc(e.Sources, func(x timeline.Source) bool { return x.Sentence == retold }) && e.Date.Gran == timeline.Day {
			t.Errorf("two acts of March: the retelling joined %s %q", e.Date, e.Title)
		}
	}
}
