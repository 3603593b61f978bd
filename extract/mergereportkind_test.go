package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestReportedOwnDayKind: a statement of a happening's one day that
// reports a happening of the kind that day's dated sources name
// ("Firefighters said on Tuesday that a blast tore through the bakery"
// beside "A gas explosion destroyed a bakery on Tuesday") is one more
// source of it in its own words, as two dated reports of that day are
// (sameDayKind). A statement of that day that reports another kind of
// happening, one whose day comes after the happening's, or one that
// tells a state, what is to come or a quotation (reportsAct), stays
// apart.
func TestReportedOwnDayKind(t *testing.T) {
	const blast = "A gas explosion destroyed the Corner Loaf bakery on Elm Street in Riverton on Tuesday, injuring four people."
	for _, tc := range []struct {
		name, report, date string
		one                bool
	}{
		{"the same kind in other words",
			"Firefighters said on Tuesday that a blast tore through the bakery shortly after dawn.", "2025-03-12", true},
		{"another kind of happening of the day",
			"Police said on Tuesday that they had arrested a man who was seen near the building shortly after dawn.", "2025-03-12", false},
		{"a state at the telling",
			"Firefighters said on Tuesday that the bakery is unsafe after the blast and must stay shut.", "2025-03-12", false},
		{"what is to come",
			"Firefighters said on Tuesday that the blast would be investigated.", "2025-03-12", false},
		{"a state in the past",
			"Firefighters said on Tuesday that the blast had no witnesses.", "2025-03-12", false},
		{"a quotation",
			"Firefighters said on Tuesday: \"The blast was the worst we have seen.\"", "2025-03-12", false},
		{"a state before the telling",
			"Bakeries in the town are all inspected every year and withstand the sort of blast reported on Tuesday.", "2025-03-12", false},
		{"the same kind in the passive",
			"Firefighters said on Tuesday that the bakery was destroyed by a blast shortly after dawn.", "2025-03-12", true},
		{"a told plan",
			"Firefighters said on Tuesday that they planned to blast through the bakery's back wall to reach the cellar.", "2025-03-12", false},
		{"a told expectation",
			"Firefighters said on Tuesday that a blast was expected to tear through the bakery's cellar when they vented it.", "2025-03-12", false},
		{"a told clause of a later day",
			"Firefighters said on Tuesday that a blast tore through the bakery and that inspectors check the street next week.", "2025-03-12", false},
		{"next to a place is no later day",
			"Firefighters said on Tuesday that a blast tore through the bakery next to the bank shortly after dawn.", "2025-03-12", true},
		{"a statement of the next day",
			"Firefighters said on Wednesday that a blast tore through the bakery shortly after dawn.", "2025-03-13", false},
	} {
		docs := []Doc{
			doc("a.md", "2025-03-11", blast+"\n\nThe owner, Mia Grant, was not in the shop."),
			doc("b.md", tc.date, "Firefighters describe bakery blast\n\n"+tc.report+"\n\nInvestigators were still at the scene."),
			doc("c.md", "2025-03-14", "Riverton council voted on Thursday to inspect gas mains on Elm Street.\n\nThe work will take a month."),
			doc("d.md", "2025-03-20", "The Corner Loaf bakery reopened in a temporary unit on Wednesday.\n\nCustomers queued from 7 a.m."),
		}
		tl, _ := Extract(docs, Options{})
		one := citesBoth(tl, blast, tc.report)
		if one != tc.one {
			t.Errorf("%s: the two reports are in events of %v and %v, want one event %v", tc.name, eventsCiting(tl, blast), eventsCiting(tl, tc.report), tc.one)
		}
	}
}

// TestJoinedStatementTitle: a statement of a happening's own day joined
// to it as one more source (reportsAct) stays an event of its own under
// its own title, so the happening takes its title from another source
// that tells it, a preview too ("Mia Grant is expected to testify on
// Tuesday"): titled by the statement, the day would show the
// statement's title twice.
func TestJoinedStatementTitle(t *testing.T) {
	const report = "Mia Grant told the inquiry on Tuesday that she had smelled gas in the bakery for a week."
	docs := []Doc{
		doc("a.md", "2025-03-09", "Bakery inquiry opens\n\nThe inquiry into the Corner Loaf bakery blast opened in Riverton on Sunday.\n\nThe owner, Mia Grant, is expected to testify on Tuesday."),
		doc("b.md", "2025-03-11", "Owner tells inquiry of gas smell\n\n"+report+"\n\nInvestigators were still at the scene."),
		doc("c.md", "2025-03-14", "Riverton council voted on Thursday to inspect gas mains on Elm Street.\n\nThe work will take a month."),
	}
	tl, _ := Extract(docs, Options{})
	found := false
	for _, e := range tl.Events {
		joined := false
		for _, x := range e.Sources {
			joined = joined || x.Sentence == report && x.Basis == "reported"
		}
		if joined && strings.HasPrefix(e.Title, "Mia Grant told") {
			t.Errorf("the happening is titled %q by the statement joined to it", e.Title)
		}
		found = found || joined
	}
	if !found {
		t.Errorf("the statement joined no happening: %v", eventsCiting(tl, report))
	}
}

// TestToldStateAfterTelling: a statement of one day whose told clause
// opens, after the time and place of the telling, on a state at the
// telling ("said at a briefing in Riverton on Wednesday afternoon that
// at least one gas valve was missing") tells that state, not the
// happening of the day before whose words it shares (toldState looks for
// the told clause's verb from its "that"); one that tells an act of
// before ("... that a blast had destroyed the bakery") still reports it.
func TestToldStateAfterTelling(t *testing.T) {
	const blast = "A gas explosion destroyed the Corner Loaf bakery on Elm Street in Riverton on Tuesday, injuring four people."
	for _, tc := range []struct {
		name, report string
		one          bool
	}{
		{"a state after a long telling",
			"Firefighters said at a briefing in Riverton on Wednesday afternoon that at least one gas valve was missing from the Corner Loaf bakery on Elm Street after the gas explosion that injured four people.", false},
		{"an act after a long telling",
			"Firefighters said at a briefing in Riverton on Wednesday afternoon that a gas explosion had destroyed the Corner Loaf bakery on Elm Street, injuring four people.", true},
	} {
		docs := []Doc{
			doc("a.md", "2025-03-11", blast+"\n\nThe owner was not in the shop."),
			doc("b.md", "2025-03-12", "Investigators brief on bakery blast\n\n"+tc.report+"\n\nThe street stayed closed."),
			doc("c.md", "2025-03-14", "Riverton council voted on Thursday to inspect gas mains on Elm Street.\n\nThe work will take a month."),
		}
		tl, _ := Extract(docs, Options{})
		one := citesBoth(tl, blast, tc.report)
		if one != tc.one {
			t.Errorf("%s: the two reports are in events of %v and %v, want one event %v", tc.name, eventsCiting(tl, blast), eventsCiting(tl, tc.report), tc.one)
		}
	}
}

// citesBoth reports whether one event of tl cites both sentences a and b.
func citesBoth(tl *timeline.Timeline, a, b string) bool {
	return slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
		return slices.ContainsFunc(e.Sources, func(x timeline.Source) bool { return x.Sentence == a }) &&
			slices.ContainsFunc(e.Sources, func(x timeline.Source) bool { return x.Sentence == b })
	})
}
