package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSecondPredicateOwnTime: when a clause in the active past holds a
// time of its own before "and" and a second predicate sharing its subject
// holds a time of another date ("joined the club in 2019 and scored his
// first hat-trick in March 2021"), each time dates its own predicate: the
// second is an event titled with the shared subject, and the first keeps
// its title. A predicate joined to a passive ("was built in the 1990s and
// repaired in March", where "repaired" may share "was") and a second
// predicate with no time of its own are left to their rules. (Probes
// written before the rule: on the old code the second time made no event.)
func TestSecondPredicateOwnTime(t *testing.T) {
	for _, c := range []struct{ pub, text, date, want, first, firstWant string }{
		{"2026-03-09", "The striker joined the club in 2019 and scored his first hat-trick for it in March 2021.",
			"2021-03", "The striker scored his first hat-trick for it", "2019", "The striker joined the club"},
		{"2026-06-12", "The ferry operator cut two winter routes in January, and raised its fares by 8 percent in April.",
			"2026-04", "The ferry operator raised its fares by 8 percent", "2026-01", "The ferry operator cut two winter routes"},
		{"2026-02-03", "Councillor Ruth Vale chaired the planning committee from 2015 and quit the party in 2022 over the housing plan.",
			"2022", "Councillor Ruth Vale quit the party over the housing plan", "", ""},
		// (A second time of TestParticipleBeforeVerbDate's sentence, which
		// checked only that "resigned" keeps its own.)
		{"2024-05-11", "The mayor resigned in March and moved abroad on Thursday.",
			"2024-05-09", "The mayor moved abroad", "2024-03", ""},
		{"2026-05-20", "The singer signed with a major label in 2009 and released her debut album in 2011 to wide acclaim.",
			"2011", "The singer released her debut album to wide acclaim", "2009", "The singer signed with a major label"},
	} {
		got := titlesOn(c.date, [2]string{c.pub, c.text})
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
		if c.first != "" {
			if got := titlesOn(c.first, [2]string{c.pub, c.text}); len(got) == 0 || c.firstWant != "" && !slices.Contains(got, c.firstWant) {
				t.Errorf("%q: %s titled %q, want %q", c.text, c.first, got, c.firstWant)
			}
		}
	}
	// Left alone: a passive's second participle may share its auxiliary,
	// and a second predicate with no time of its own dates nothing.
	for _, c := range []struct{ pub, text, date string }{
		{"2026-03-06", "The pier was built in the 1890s and restored in March.", "2026-03"},
		{"2026-03-06", "The firm opened a depot in Hull in 2018 and now employs 40 drivers.", "2026"},
		// (A time after the second date may be another clause's: the
		// saying's Saturday dates no flight.)
		// (A time in a clause of the second predicate's own dates that
		// clause: the sacking, not the stay.)
		{"2026-03-06", "The coach returned to the club in 2010 as a scout and stayed for six seasons until the board sacked him on May 2, 2016.", "2016-05-02"},
		// (A clause before the "and" may own the second predicate: the
		// storm, not the port, was forecast.)
		{"2026-03-10", "The port closed its container terminal on Monday as the storm gathered strength and was forecast to reach the coast late on Tuesday.", "2026-03-10"},
		// (A time a noun or a plan holds dates no act of the second
		// predicate: the trial's day is not the day the date was set.)
		{"2026-07-15", "The judge merged the two lawsuits on Tuesday and set a trial date of Nov. 7.", "2026-11-07"},
		{"2026-07-15", "The council approved the budget on Monday and scheduled a public hearing for Aug. 3.", "2026-08-03"},
		{"2026-03-08", "Robbers smashed the window of a jeweller in Ghent late on Friday and fled with rings from the nineteenth century and two gold watches, police said on Saturday.", "2026-03-07"},
	} {
		for _, title := range titlesOn(c.date, [2]string{c.pub, c.text}) {
			if title == "The pier restored" || title == "The firm now employs 40 drivers" || strings.HasPrefix(title, "Robbers fled") || strings.HasPrefix(title, "The port was forecast") || strings.HasPrefix(title, "The coach stayed") || strings.HasPrefix(title, "The judge set") || strings.HasPrefix(title, "The council scheduled") {
				t.Errorf("%q: %s titled %q", c.text, c.date, title)
			}
		}
	}
}

// TestSecondPredicateTitleSecond: a title joined from one predicate's
// subject and another predicate's words is second to a source that tells
// the happening in a clause of its own, whichever article comes first.
func TestSecondPredicateTitleSecond(t *testing.T) {
	own := [2]string{"2027-06-30", "The Harbour Road Bridge was last repaired in 2019."}
	joined := [2]string{"2027-03-09", "Engineers closed the Harbour Road Bridge to traffic on Monday after finding cracks in two of its beams. The steel bridge opened in 1958 and was last repaired in 2019 at a cost of $9 million."}
	want := "The Harbour Road Bridge was last repaired in 2019"
	for _, arts := range [][][2]string{{own, joined}, {joined, own}} {
		if got := titlesOn("2019", arts...); !slices.Equal(got, []string{want}) {
			t.Errorf("%s first: 2019 titled %q, want %q", arts[0][1], got, want)
		}
	}
}
