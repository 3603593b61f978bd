package extract

import (
	"strings"
	"testing"
)

// TestActWordsOneKind checks that an act news tells with a verb in one
// report and with its noun or a two-word verb in another ("ordered ... to
// leave" and "an evacuation order", "ran aground" and "the grounding",
// "rejected" and "turned down", "blocked" and "an injunction") is one kind
// of happening (data/happenings.txt, data/lemmas.txt): two articles that
// date it to one day give one event.
func TestActWordsOneKind(t *testing.T) {
	cases := []struct {
		day, first, second string
		a, b               Doc
	}{
		{"2025-10-14", "The county ordered", "An evacuation order",
			doc("a.md", "2025-10-15", "The county ordered everyone in Brackwater out at 6 p.m. on Tuesday as water seeped through the Kell dam.\n\nSchools in the valley will stay shut this week."),
			doc("b.md", "2025-10-17", "An evacuation order covering Brackwater and two farms took effect on Oct. 14.\n\nThe reservoir has since been lowered by four metres.")},
		{"2025-02-03", "The trawler Morven Star ran", "A faulty radar",
			doc("c.md", "2025-02-04", "The trawler Morven Star ran aground near Pellow Point in fog on Monday with six men aboard, the coastguard said.\n\nA lifeboat stood by overnight."),
			doc("d.md", "2025-02-12", "A faulty radar caused the grounding of the Morven Star on Feb. 3.\n\nThe boat has been towed to Newlyn.")},
		{"2025-08-11", "Halvard Mining rejected", "Halvard turned down",
			doc("e.md", "2025-08-12", "Halvard Mining rejected a 3 billion dollar takeover offer from Crestline Metals on Monday, saying it undervalued the copper miner.\n\nHalvard shares rose 6 percent."),
			doc("f.md", "2025-08-20", "Halvard turned down the Crestline bid on Aug. 11 as too low.\n\nCrestline has not said whether it will return with more.")},
		{"2025-03-04", "A federal judge in Tarrow blocked", "Boat owners won",
			doc("g.md", "2025-03-05", "A federal judge in Tarrow blocked the state's new fishing quota rule on Tuesday.\n\nBoat owners had sued in January."),
			doc("h.md", "2025-03-12", "Boat owners won an injunction in Tarrow on March 4.\n\nThe state has appealed.")},
	}
	for _, tc := range cases {
		tl, _ := Extract([]Doc{tc.a, tc.b}, Options{})
		var got []string
		one := false
		for _, e := range find(tl, tc.day) {
			got = append(got, e.Title)
			first, second := false, false
			for _, s := range e.Sources {
				first = first || strings.HasPrefix(s.Sentence, tc.first)
				second = second || strings.HasPrefix(s.Sentence, tc.second)
			}
			one = one || first && second
		}
		for _, e := range tl.Events {
			t.Logf("%s %q %d", e.Date, e.Title, len(e.Sources))
		}
		if !one {
			t.Errorf("%s: want %q and %q as one event; got %q", tc.day, tc.first, tc.second, got)
		}
	}
}
