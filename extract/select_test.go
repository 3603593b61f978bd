package extract

import (
	"encoding/json"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

func TestSelect(t *testing.T) {
	ev := func(id, date, end string, sal float64) timeline.Event {
		e := timeline.Event{ID: id, Date: mustDate(date), Salience: sal}
		if end != "" {
			e.End = mustDate(end)
		}
		return e
	}
	base := []timeline.Event{
		ev("a", "2019-04-25", "", 3), ev("b", "2023-09", "", 1), ev("c", "2023-09-13", "", 6),
		ev("d", "2024-06-18", "2024-06-19", 4.5), ev("e", "2024-07", "", 2), ev("f", "2024-07-02", "", 2),
		ev("g", "2024-07-09", "", 2),
	}
	ids := func(tl *timeline.Timeline) string {
		s := ""
		for _, e := range tl.Events {
			s += e.ID
		}
		return s
	}
	for _, tc := range []struct {
		sel  Selection
		want string
	}{
		{Selection{}, "abcdefg"},
		{Selection{Top: 3}, "acd"},                          // the three most salient, in date order
		{Selection{Top: 5}, "acdfg"},                        // a tie in salience goes to the finer date: a day is a moment, a month is not
		{Selection{Top: 4}, "acdf"},                         // ... then to the earlier event, so the cut is the same every time
		{Selection{From: mustDate("2023-09-13")}, "bcdefg"}, // "2023-09" holds the day
		{Selection{To: mustDate("2024-06-18")}, "abcd"},     // the visit starts that day
		{Selection{From: mustDate("2024-06-19"), To: mustDate("2024-06")}, "d"},
		{Selection{From: mustDate("2024"), Top: 1}, "d"},
	} {
		tl := &timeline.Timeline{Events: append([]timeline.Event(nil), base...)}
		Select(tl, tc.sel)
		if got := ids(tl); got != tc.want {
			t.Errorf("Select(%+v) = %s, want %s", tc.sel, got, tc.want)
		}
	}
}

// TestSelectCoarse: cut to its most salient events, a timeline keeps a day
// before a month or a year unless the coarser date is twice as salient: a
// moment of the story is a day ("the 1991 agreement" is background).
func TestSelectCoarse(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "year", Date: mustDate("1991"), Salience: 3.8},
		{ID: "day", Date: mustDate("2010-06-15"), Salience: 2},
		{ID: "month", Date: mustDate("2011-07"), Salience: 5},
	}}
	Select(tl, Selection{Top: 2})
	if len(tl.Events) != 2 || tl.Events[0].ID != "day" || tl.Events[1].ID != "month" {
		t.Errorf("Select(Top 2) = %+v, want the day and the month", tl.Events)
	}
}

// TestSelectNotAhead: cut to its most salient events, a timeline keeps a
// day that has come before a day that every article reporting it still
// expects (a hearing set for a date) unless that one is twice as salient.
func TestSelectNotAhead(t *testing.T) {
	src := func(pub string) timeline.Source { return timeline.Source{Published: mustDate(pub)} }
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "came", Date: mustDate("2017-02-03"), Salience: 2, Sources: []timeline.Source{src("2017-02-04")}},
		{ID: "set", Date: mustDate("2017-03-20"), Salience: 3.5, Sources: []timeline.Source{src("2017-02-04"), src("2017-02-06")}},
		{ID: "held", Date: mustDate("2017-04-11"), Salience: 3.5, Sources: []timeline.Source{src("2017-04-01"), src("2017-04-12")}},
	}}
	Select(tl, Selection{Top: 2})
	if len(tl.Events) != 2 || tl.Events[0].ID != "came" || tl.Events[1].ID != "held" {
		t.Errorf("Select(Top 2) = %+v, want the day that came and the hearing reported once held", tl.Events)
	}
}

// TestKeyIsAMoment: a key event is a moment of the story. A hearing that
// every article reporting it still expects is not key however many of
// them report it, and takes no place from the moments; the same hearing
// once an article tells it as held is. A year that a fifth of the
// articles recall as background is not key by that reach; and a month
// takes its place among the key events at 0.3 of its salience, unless it
// is the month of a summit, a signing, a launch or a leader's visit that
// a headline or lead tells, which is a moment even before it comes.
func TestKeyIsAMoment(t *testing.T) {
	src := func(pubs ...string) []timeline.Source {
		var out []timeline.Source
		for _, p := range pubs {
			out = append(out, timeline.Source{Published: mustDate(p)})
		}
		return out
	}
	ev := func(date string, pubs ...string) timeline.Event {
		return timeline.Event{Date: mustDate(date), Sources: src(pubs...)}
	}
	// 15 articles: three is a fifth.
	events := []timeline.Event{
		ev("2018-06-04", "2018-05-02", "2018-05-03", "2018-05-09", "2018-05-10"), // a trial set to open
		ev("2018-06-04", "2018-05-02", "2018-05-03", "2018-05-09", "2018-06-05"), // ... reported once opened
		ev("2009", "2018-05-02", "2018-05-03", "2018-05-09"),                     // background three recall
		ev("2018-05-01", "2018-05-02", "2018-05-03"),
		ev("2018-07", "2018-05-09"), // next month's summit
	}
	reaches := []reach{{docs: 4}, {docs: 4}, {docs: 3}, {docs: 2}, {docs: 1, leads: 1, key: true}}
	for range 7 {
		events = append(events, ev("2018-05-02", "2018-05-02"))
		reaches = append(reaches, reach{docs: 1})
	}
	rank(events, reaches, 15)
	for i, want := range []bool{false, true, false, true, true} {
		if events[i].Key != want {
			t.Errorf("event %d (%s, salience %v): key %v, want %v", i, events[i].Date, events[i].Salience, events[i].Key, want)
		}
	}
	// 40 articles, 6 events: 4 places (ceil(1.5 sqrt(6))), the hearing
	// still ahead takes none, and the month, four articles' but a moment
	// at 0.3, comes after the four days of two or three.
	if k := int(math.Ceil(keyShare * math.Sqrt(6))); k != 4 {
		t.Fatalf("%d places for 6 events, the test wants 4", k)
	}
	events = []timeline.Event{
		ev("2018-06-04", "2018-05-02", "2018-05-03", "2018-05-09", "2018-05-10"),
		ev("2018-04", "2018-05-02", "2018-05-03", "2018-05-09", "2018-05-10"),
		ev("2018-05-01", "2018-05-02", "2018-05-03", "2018-05-04"),
		ev("2018-05-07", "2018-05-07", "2018-05-08"),
		ev("2018-05-09", "2018-05-09", "2018-05-10"),
		ev("2018-05-11", "2018-05-11", "2018-05-12", "2018-05-13"),
	}
	reaches = []reach{{docs: 4}, {docs: 4}, {docs: 3}, {docs: 2, leads: 1}, {docs: 2, leads: 1}, {docs: 3}}
	rank(events, reaches, 40)
	for i, want := range []bool{false, false, true, true, true, true} {
		if events[i].Key != want {
			t.Errorf("of 6, event %d (%s, salience %v): key %v, want %v", i, events[i].Date, events[i].Salience, events[i].Key, want)
		}
	}
	// A summit known only to its month, told by one article's lead, is a
	// moment at its whole salience (3.5): it takes the place of a day of
	// 2.5.
	reaches[1] = reach{docs: 1, leads: 1, key: true}
	rank(events, reaches, 40)
	for i, want := range []bool{false, true, true, true, false, true} {
		if events[i].Key != want {
			t.Errorf("with a summit, event %d (%s, salience %v): key %v, want %v", i, events[i].Date, events[i].Salience, events[i].Key, want)
		}
	}
}

// TestKeyKindInPassing: a summit, a signing or a launch known only to
// its month or year, that one article mentions in its body and no
// headline or lead tells, is the background of the story ("the club sold
// its striker abroad in July", "the last rocket of the old type flew in
// 2021"): it counts 0.3, as a coarse event, and half again when recalled
// weeks on, and gives its place to the story's days. Told in a lead or by
// two articles it stays a moment, and so does one known to its day in
// one article's body (a first summit of years before).
func TestKeyKindInPassing(t *testing.T) {
	ev := eventPublished
	events := []timeline.Event{
		ev("2021-07", "2022-03-10"),               // a signing in passing
		ev("2021", "2022-03-11"),                  // a launch in passing
		ev("2021-08", "2022-03-12"),               // a summit a lead tells
		ev("2021-09", "2022-03-10", "2022-03-12"), // a summit two articles tell
		ev("2019-04-25", "2022-03-11"),            // a day's summit in passing
		ev("2022-03-09", "2022-03-10"),            // the story's days, in leads
		ev("2022-03-10", "2022-03-11"),
		ev("2022-03-11", "2022-03-12"),
	}
	reaches := []reach{
		{docs: 1, key: true}, {docs: 1, key: true}, {docs: 1, leads: 1, key: true},
		{docs: 2, key: true}, {docs: 1, key: true},
		{docs: 1, leads: 1, newsLead: true}, {docs: 1, leads: 1, newsLead: true}, {docs: 1, leads: 1, newsLead: true},
	}
	// 8 more events of one sentence: ceil(1.5 sqrt(16)) = 6 places.
	for range 8 {
		events = append(events, ev("2022-03-05", "2022-03-12"))
		reaches = append(reaches, reach{docs: 1})
	}
	rank(events, reaches, 12)
	for i, want := range []bool{false, false, true, true, true, true, true, true} {
		if events[i].Key != want {
			t.Errorf("event %d (%s, salience %v): key %v, want %v", i, events[i].Date, events[i].Salience, events[i].Key, want)
		}
	}
}

// TestKeyPlacesAreDays: the places among the key events go to the days of
// the story: the four reports of its first day, all key, take one place,
// and the days after it take the others; an event of a key day that
// comes after every place is taken is not key.
func TestKeyPlacesAreDays(t *testing.T) {
	var events []timeline.Event
	var reaches []reach
	add := func(date string, r reach) {
		events = append(events, timeline.Event{Date: mustDate(date), Sources: []timeline.Source{{Published: mustDate(date)}}})
		reaches = append(reaches, r)
	}
	for range 4 {
		add("2022-05-01", reach{docs: 3})
	}
	for _, d := range []string{"2022-05-02", "2022-05-03", "2022-05-04", "2022-05-05", "2022-05-06"} {
		add(d, reach{docs: 2})
	}
	add("2022-05-01", reach{docs: 1, leads: 1, newsLead: true}) // a tenth, least salient
	// 10 events: ceil(1.5 sqrt(10)) = 5 places.
	if k := int(math.Ceil(keyShare * math.Sqrt(10))); k != 5 {
		t.Fatalf("%d places for 10 events, the test wants 5", k)
	}
	rank(events, reaches, 30)
	for i, want := range []bool{true, true, true, true, true, true, true, true, false, false} {
		if events[i].Key != want {
			t.Errorf("event %d (%s, salience %v): key %v, want %v", i, events[i].Date, events[i].Salience, events[i].Key, want)
		}
	}
}

// TestKeyStatementAsNews: the news of an article is often told as what
// someone said or announced ("The company is recalling 40,000 cars, it
// said"): a statement that an article tells as its own news in its
// headline or lead, dated there by its publication, is a moment and may
// be key, and so is one a lead dates a day or two before its article
// came out ("The regulator said on Monday it had fined the bank", in
// Tuesday's paper). A statement a lead dates by the day of publication (a
// reaction: "the ministry on Tuesday called the vote a sham") is not, nor
// one a lead dates three days before, nor one that two articles report
// further down; none takes a place among the key events.
func TestKeyStatementAsNews(t *testing.T) {
	ev := func(date, basis string) timeline.Event {
		return timeline.Event{Date: mustDate(date), Sources: []timeline.Source{{Published: mustDate(date), Basis: basis}}}
	}
	events := []timeline.Event{ev("2020-02-03", "published"), ev("2020-02-05", "published"), ev("2020-02-06", ""), ev("2020-02-07", ""), ev("2020-02-09", "")}
	reaches := []reach{
		{docs: 1, leads: 1, newsLead: true},                  // a happening in a lead
		{docs: 1, leads: 1, newsLead: true, statement: true}, // a statement told as the news
		{docs: 1, leads: 1, newsLead: true, statement: true}, // a reaction a lead dates
		{docs: 2, statement: true},                           // a statement further down
		{docs: 1, leads: 1, newsLead: true},
		{docs: 1, leads: 1, newsLead: true, statement: true}, // yesterday's announcement
		{docs: 1, leads: 1, newsLead: true, statement: true}, // said three days before
	}
	told := func(date, pub string) timeline.Event {
		return timeline.Event{Date: mustDate(date), Sources: []timeline.Source{{Published: mustDate(pub)}}}
	}
	events = append(events, told("2020-02-10", "2020-02-11"), told("2020-02-11", "2020-02-14"))
	// 14 events of one sentence each: ceil(1.5 sqrt(21)) = 7 places.
	for range 14 {
		events = append(events, ev("2020-02-04", ""))
		reaches = append(reaches, reach{docs: 1})
	}
	rank(events, reaches, 30)
	for i, want := range []bool{true, true, false, false, true, true, false} {
		if events[i].Key != want {
			t.Errorf("event %d (salience %v, %+v): key %v, want %v", i, events[i].Salience, reaches[i], events[i].Key, want)
		}
	}
}

// eventPublished is an event of date whose sources were published on pubs.
func eventPublished(date string, pubs ...string) timeline.Event {
	e := timeline.Event{Date: mustDate(date)}
	for _, p := range pubs {
		e.Sources = append(e.Sources, timeline.Source{Published: mustDate(p)})
	}
	return e
}

func mustDate(s string) timeline.Date {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestSameBytesAnyCores: articles are tagged on every core, and the
// timeline is the same on one core as on several.
func TestSameBytesAnyCores(t *testing.T) {
	var docs []Doc
	for i := range 60 {
		docs = append(docs, doc(fmt.Sprintf("a%02d.md", i), fmt.Sprintf("2024-06-%02d", 10+i%9),
			fmt.Sprintf("A bomb exploded at station %d on Monday, police said.\nThe mayor visited the site on Tuesday.\nOfficials met on June %d.", i%4, 1+i%20)))
	}
	run := func(procs int) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		tl, _ := Extract(docs, Options{})
		b, err := json.Marshal(tl)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	one := run(1)
	for _, n := range []int{2, 4} {
		if got := run(n); got != one {
			t.Errorf("GOMAXPROCS=%d gives other bytes than one core", n)
		}
	}
}

// TestIDsStableWhenSourcesArrive: an event that gains sources keeps its id,
// so an editor's correction keyed by it still applies after new articles.
func TestIDsStableWhenSourcesArrive(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-06-19", "A bomb exploded at the central station on Tuesday, killing four people, police said.\nThe mayor met union leaders on Monday."),
		doc("b.md", "2024-06-19", "The explosion at the central station on Tuesday killed four people."),
	}
	before, _ := Extract(docs, Options{})
	more := append(docs,
		// First in path order, and told with a verb of another kind.
		doc("0.md", "2024-06-20", "Rescuers met at the central station on Tuesday after a bomb exploded there, killing four people."),
		doc("c.md", "2024-06-21", "Four people were killed when a bomb exploded at the central station on Tuesday."))
	after, _ := Extract(more, Options{})
	ids := map[string]bool{}
	for _, e := range after.Events {
		ids[e.ID] = true
	}
	for _, e := range before.Events {
		if !ids[e.ID] {
			t.Errorf("event %s (%q) lost its id when articles were added", e.ID, e.Title)
		}
	}
}

// TestUniqueIDs: an id too long for a page name is cut at a hyphen, and a
// repeated id takes the first "-N" that no other event has, even one whose
// own id ends in "-2" (that once aborted the build: "two events with id").
func TestUniqueIDs(t *testing.T) {
	long := "2024-06-18-statement-" + strings.Repeat("abcdefghij-", 20) + "end"
	events := []timeline.Event{{ID: "2024-06-18-visit-john-smith"}, {ID: "2024-06-18-visit-john-smith"},
		{ID: "2024-06-18-visit-john-smith-2"}, {ID: long}, {ID: long}}
	uniqueIDs(events)
	seen := map[string]bool{}
	for _, e := range events {
		if seen[e.ID] {
			t.Errorf("id %q twice", e.ID)
		}
		seen[e.ID] = true
		if len(e.ID) > maxIDLen+4 || strings.HasSuffix(e.ID, "-") {
			t.Errorf("id %q: %d bytes", e.ID, len(e.ID))
		}
	}
	if events[2].ID != "2024-06-18-visit-john-smith-2" || events[1].ID != "2024-06-18-visit-john-smith-3" {
		t.Errorf("ids %q, %q: the event whose own id ends in -2 keeps it", events[1].ID, events[2].ID)
	}
}

// TestPanicCostsOneArticle: an article that trips a bug is skipped with a
// diagnostic naming it; the others go through.
func TestPanicCostsOneArticle(t *testing.T) {
	defer func() { articleHook = nil }()
	articleHook = func(d Doc) {
		if d.Article.Path == "b.md" {
			panic("boom")
		}
	}
	docs := []Doc{
		doc("a.md", "2024-06-19", "Kim met Putin on Tuesday in Pyongyang."),
		doc("b.md", "2024-06-19", "A bomb exploded on Monday."),
		doc("c.md", "2024-06-19", "Kim and Putin met on Tuesday in Pyongyang."),
	}
	tl, diags := Extract(docs, Options{})
	found := false
	for _, d := range diags {
		if d.Article == "b.md" && strings.Contains(d.Reason, "internal error: boom") {
			found = true
		}
	}
	if !found {
		t.Errorf("no diagnostic for b.md: %v", diags)
	}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Article == "b.md" {
				t.Errorf("b.md still cited by %s", e.ID)
			}
		}
	}
	if len(tl.Events) == 0 || len(tl.Articles) != 3 {
		t.Errorf("%d events, %d articles: the other articles must go through", len(tl.Events), len(tl.Articles))
	}
	// The failure is told apart from the expressions left out, which a
	// caller shows only when asked: the CLI reports it always.
	x := NewExtractor(Options{})
	if g, ok := x.Analyze(docs[1]).Failure(); !ok || g.Article != "b.md" || !strings.Contains(g.Reason, "boom") {
		t.Errorf("Failure of b.md = %v, %v", g, ok)
	}
	if g, ok := x.Analyze(docs[0]).Failure(); ok {
		t.Errorf("Failure of a.md = %v, want none", g)
	}
}

// TestClauseOpeningWithItsBound: a sentence whose clause opens with
// "after" or "before" and the time ("After Tuesday the union will
// decide") once tripped the title's cut of a measure before its bound and
// cost the whole article.
func TestClauseOpeningWithItsBound(t *testing.T) {
	for _, s := range []string{
		"After Tuesday the union will decide.",
		"Talks stalled. After Tuesday, the union will decide whether to strike.",
		"Before Friday the board must answer.",
	} {
		d := doc("a.md", "2019-03-06", "Teachers met the school board on Monday. "+s)
		if g, ok := NewExtractor(Options{}).Analyze(d).Failure(); ok {
			t.Errorf("%q: %v", s, g)
		}
		tl, _ := Extract([]Doc{d}, Options{})
		met := false
		for _, e := range tl.Events {
			met = met || e.Date.String() == "2019-03-04"
		}
		if !met {
			t.Errorf("%q: no event on the Monday before: %v", s, tl.Events)
		}
	}
}

func TestKindFreeID(t *testing.T) {
	for in, want := range map[string]string{
		"2023-09-13-meeting-kim-jong-un-vladimir-putin": "2023-09-13-kim-jong-un-vladimir-putin",
		"2023-09-13-visit-kim-jong-un-vladimir-putin":   "2023-09-13-kim-jong-un-vladimir-putin",
		"2024-w24-statement-kurt-campbell":              "2024-w24-kurt-campbell",
		"2013-05-02-event":                              "2013-05-02",
		"2013-05-02-event-3":                            "2013-05-02-3",
		"no-kind-here":                                  "no-kind-here",
	} {
		if got := KindFreeID(in); got != want {
			t.Errorf("KindFreeID(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKeyWhenWidelyReported: an event a fifth of the story's articles
// report is key even when the square root of the number of events would
// leave it out.
func TestKeyWhenWidelyReported(t *testing.T) {
	var clusters []*cluster
	for i := range 60 {
		clusters = append(clusters, &cluster{members: []*candidate{{doc: i % 10, lead: true, about: &noAbout}, {doc: (i + 1) % 10, lead: true, about: &noAbout}}})
	}
	clusters = append(clusters, &cluster{members: []*candidate{{doc: 1, about: &noAbout}, {doc: 4, about: &noAbout}, {doc: 7, about: &noAbout}}})
	events := make([]timeline.Event, len(clusters))
	reaches := make([]reach, len(clusters))
	all := map[int]bool{}
	for i, cl := range clusters {
		reaches[i] = reachOf(cl, nil, all)
	}
	rank(events, reaches, len(all))
	if !events[60].Key {
		t.Errorf("an event 3 of 10 articles report is not key (salience %v)", events[60].Salience)
	}
	n := 0
	for _, e := range events[:60] {
		if e.Key {
			n++
		}
	}
	if want := int(math.Ceil(keyShare * math.Sqrt(61))); n != want {
		t.Errorf("%d of the 60 two-article events are key, want the %d most salient", n, want)
	}
}

// TestKeyWhenLeadOfOneArticle: in a short running story whose articles
// each report a new development in their lead, those developments are
// its moments: an event one article's lead tells as its news is key,
// within the square root of the events; one sentence further down is
// not, nor the background of years before that a lead recalls.
func TestKeyWhenLeadOfOneArticle(t *testing.T) {
	day := func(s string) int64 { d, _ := dayNum(mustDate(s)); return d }
	arts := []timeline.Article{}
	var clusters []*cluster
	for i := range 5 {
		pub := fmt.Sprintf("2016-03-%02d", 7+2*i)
		arts = append(arts, timeline.Article{Published: mustDate(pub)})
		clusters = append(clusters, &cluster{first: day(pub) - 1, last: day(pub) - 1, members: []*candidate{{doc: i, lead: true, about: &noAbout}}})
	}
	// Background in a lead: "the mine's first accident since 2009".
	clusters = append(clusters, &cluster{first: day("2009-01-01"), last: day("2009-12-31"), members: []*candidate{{doc: 2, lead: true, about: &noAbout}}})
	for i := range 20 {
		clusters = append(clusters, &cluster{first: day("2016-03-08"), last: day("2016-03-08"), members: []*candidate{{doc: i % 5, about: &noAbout}}})
	}
	events := make([]timeline.Event, len(clusters))
	reaches := make([]reach, len(clusters))
	all := map[int]bool{}
	for i, cl := range clusters {
		reaches[i] = reachOf(cl, nil, all)
		reaches[i].newsLead = newsLead(cl, arts)
	}
	rank(events, reaches, len(all))
	for i, e := range events {
		if want := i < 5; e.Key != want {
			t.Errorf("event %d (salience %v, news lead %v): key %v, want %v", i, e.Salience, reaches[i].newsLead, e.Key, want)
		}
	}
}

// TestTopSpansDates: cut to N, a timeline gives each date its most salient
// event before it gives any date a second one.
func TestTopSpansDates(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "x", Date: mustDate("2024-06-18"), Salience: 5},
		{ID: "y", Date: mustDate("2024-06-18"), Salience: 4},
		{ID: "z", Date: mustDate("2024-06-20"), Salience: 1},
	}}
	Select(tl, Selection{Top: 2})
	if len(tl.Events) != 2 || tl.Events[0].ID != "x" || tl.Events[1].ID != "z" {
		t.Errorf("top 2 = %v, want x and z", tl.Events)
	}
	tl = &timeline.Timeline{Events: []timeline.Event{
		{ID: "x", Date: mustDate("2024-06-18"), Salience: 5},
		{ID: "y", Date: mustDate("2024-06-18"), Salience: 4},
		{ID: "z", Date: mustDate("2024-06-20"), Salience: 1},
	}}
	Select(tl, Selection{Top: 3})
	if len(tl.Events) != 3 {
		t.Errorf("top 3 = %v, want all three", tl.Events)
	}
}

// FuzzFoldSpace: foldSpace and fieldCount agree with strings.Fields on any
// bytes.
func FuzzFoldSpace(f *testing.F) {
	for _, s := range []string{"", " a  b\t\nc ", "\xff x\u00a0y", "é\u2003ü "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestKeyNotRecalled: a happening that no headline or lead tells, and
// that every article tells days after it, is the background of the news:
// it counts half among the key moments and gives its place to the news of
// the days the articles report. A happening a lead tells days later is
// news still, as is a summit that articles recall, and a background
// that a fifth of the articles recall is key all the same.
func TestKeyNotRecalled(t *testing.T) {
	ev := eventPublished
	events := []timeline.Event{
		ev("2021-03-01", "2021-03-15", "2021-03-20"), // recalled two weeks on
		ev("2021-03-10", "2021-03-13", "2021-03-14"), // told days later, in no lead
		ev("2021-03-11", "2021-03-14"),               // told days later in a lead
		ev("2021-03-14", "2021-03-14", "2021-03-15"), // the news of the day
		ev("2021-03-02", "2021-03-15"),               // recalled, but in many articles
		ev("2020-11-05", "2021-03-14"),               // a summit recalled
	}
	reaches := []reach{{docs: 2}, {docs: 2}, {docs: 1, leads: 1, newsLead: true}, {docs: 2}, {docs: 4}, {docs: 1, key: true}}
	// 10 more events of one sentence: ceil(1.5 sqrt(16)) = 6 places.
	for range 10 {
		events = append(events, ev("2021-03-12", "2021-03-12"))
		reaches = append(reaches, reach{docs: 1})
	}
	rank(events, reaches, 20)
	for i, want := range []bool{false, false, true, true, true, true} {
		if events[i].Key != want {
			t.Errorf("event %d (%s, salience %v): key %v, want %v", i, events[i].Date, events[i].Salience, events[i].Key, want)
		}
	}
}

// TestTopArticlesNews: cut to N entries, a timeline keeps the news of its
// latest article (the development its headline tells) before a day that
// more articles mention in passing; and when N leaves an entry for every
// article, each article's headline news. A headline that previews a day to
// come is no article's news.
func TestTopArticlesNews(t *testing.T) {
	head := func(art, pub, title string) timeline.Source {
		return timeline.Source{Article: art, Published: mustDate(pub), Title: title, Sentence: title}
	}
	body := func(art, pub, title, sentence string) timeline.Source {
		return timeline.Source{Article: art, Published: mustDate(pub), Title: title, Sentence: sentence}
	}
	const (
		h1 = "Ferry runs aground off island harbour"
		h2 = "Passengers taken off stranded ferry"
		h3 = "Operator sacks captain of grounded ferry"
		h4 = "Salvage crews to refloat ferry on Friday"
	)
	events := func() []timeline.Event {
		return []timeline.Event{
			{ID: "aground", Date: mustDate("2025-05-02"), Salience: 8, Sources: []timeline.Source{head("a1", "2025-05-02", h1), body("a2", "2025-05-04", h2, "The ferry ran aground on Friday.")}},
			{ID: "taken-off", Date: mustDate("2025-05-03"), Salience: 1.75, Sources: []timeline.Source{head("a2", "2025-05-04", h2)}},
			{ID: "tugs", Date: mustDate("2025-05-04"), Salience: 4, Sources: []timeline.Source{body("a2", "2025-05-04", h2, "Two tugs arrived on Sunday."), body("a3", "2025-05-20", h3, "Tugs reached the ferry on May 4.")}},
			{ID: "refloat", Date: mustDate("2025-05-23"), Salience: 3.5, Sources: []timeline.Source{head("a4", "2025-05-15", h4)}},
			{ID: "sacked", Date: mustDate("2025-05-19"), Salience: 1.75, Sources: []timeline.Source{head("a3", "2025-05-20", h3)}},
		}
	}
	ids := func(tl *timeline.Timeline) string {
		var s []string
		for _, e := range tl.Events {
			s = append(s, e.ID)
		}
		return strings.Join(s, " ")
	}
	for _, tc := range []struct {
		top  int
		want string
	}{
		// The latest article's news, the captain's sacking, is kept
		// before the tugs that two articles mention.
		{2, "aground sacked"},
		// Four entries for four articles: each article's news, and the
		// tugs before the refloating still ahead of its only report.
		{4, "aground taken-off tugs sacked"},
	} {
		tl := &timeline.Timeline{Events: events()}
		Select(tl, Selection{Top: tc.top})
		if got := ids(tl); got != tc.want {
			t.Errorf("top %d = %s, want %s", tc.top, got, tc.want)
		}
	}
}

// TestTopNewsDay: the day of the latest article's news is kept with its
// most salient event: a statement its headline tells gives its place to
// the visit of that day it answers.
func TestTopNewsDay(t *testing.T) {
	const h = "Ministry warns of closer ties after state visit"
	src := func(art, pub, sentence string) []timeline.Source {
		return []timeline.Source{{Article: art, Published: mustDate(pub), Title: "Headline of " + art, Sentence: sentence}}
	}
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "summit-eve", Date: mustDate("2024-03-04"), Salience: 4, Sources: src("a1", "2024-03-05", "Delegations arrived on Monday.")},
		{ID: "visit", Date: mustDate("2024-03-05"), Salience: 3, Sources: src("a1", "2024-03-05", "The president arrived on Tuesday.")},
		{ID: "warning", Date: mustDate("2024-03-06"), Salience: 1.5, Sources: []timeline.Source{{Article: "a3", Published: mustDate("2024-03-06"), Title: h, Sentence: h}}},
		{ID: "deal", Date: mustDate("2024-03-05"), Salience: 2, Sources: src("a2", "2024-03-05", "They signed a deal on Tuesday.")},
		{ID: "reply", Date: mustDate("2024-03-06"), Salience: 3.5, Sources: src("a2", "2024-03-06", "The embassy replied on Wednesday.")},
		{ID: "talks", Date: mustDate("2024-03-03"), Salience: 5, Sources: src("a2", "2024-03-05", "Talks opened on Sunday.")},
	}}
	all := slices.Clone(tl.Events)
	for _, tc := range []struct {
		top  int
		want string
	}{
		{2, "reply talks"},
		// A second event of the news day comes after a more salient
		// second event of another day.
		{5, "summit-eve visit deal reply talks"},
	} {
		tl.Events = slices.Clone(all)
		Select(tl, Selection{Top: tc.top})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.ID)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("top %d = %v, want %s", tc.top, got, tc.want)
		}
	}
}

// TestTopHeadlineNews: cut to fewer entries than the story has articles, a
// timeline keeps an article's headline news, which that article alone
// reports, before a day that more articles mention in passing (the rain
// before the landslide) or the funerals three articles recall, when the
// article tells it beyond its headline and lead.
func TestTopHeadlineNews(t *testing.T) {
	head := func(art, pub, title string) timeline.Source {
		return timeline.Source{Article: art, Published: mustDate(pub), Title: title, Sentence: title}
	}
	body := func(art, pub, sentence string) timeline.Source {
		return timeline.Source{Article: art, Published: mustDate(pub), Title: "Headline of " + art, Sentence: sentence}
	}
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "rain", Date: mustDate("2025-10-03"), Salience: 3, Sources: []timeline.Source{body("a1", "2025-10-05", "Heavy rain fell on Friday."), body("a2", "2025-10-06", "The rain on Friday loosened the slope."), body("a4", "2025-11-02", "Rain had fallen for hours on Oct. 3.")}},
		{ID: "landslide", Date: mustDate("2025-10-04"), Salience: 12, Sources: []timeline.Source{head("a1", "2025-10-05", "Landslide buries homes in hill village"), body("a2", "2025-10-06", "The hillside gave way on Saturday.")}},
		{ID: "evacuated", Date: mustDate("2025-10-06"), Salience: 1.5, Sources: []timeline.Source{head("a2", "2025-10-06", "Hundreds evacuated as slope keeps moving")}},
		{ID: "engineer-charged", Date: mustDate("2025-10-20"), Salience: 2.5, Sources: []timeline.Source{head("a3", "2025-10-21", "Engineer who approved hillside homes charged")}},
		{ID: "inquiry", Date: mustDate("2025-11-01"), Salience: 1.5, Sources: []timeline.Source{head("a4", "2025-11-02", "Inquiry into village landslide opens")}},
		{ID: "school", Date: mustDate("2025-10-24"), Salience: 1.5, Sources: []timeline.Source{head("a5", "2025-10-24", "Village school reopens")}},
		{ID: "funerals", Date: mustDate("2025-10-10"), Salience: 3.25, Sources: []timeline.Source{body("a2", "2025-10-11", "Funerals were held on Friday."), body("a3", "2025-10-21", "The victims were buried on Oct. 10."), body("a4", "2025-11-02", "Funerals on Oct. 10 drew thousands.")}},
	}}
	all := slices.Clone(tl.Events)
	for _, tc := range []struct {
		top  int
		want string
	}{
		// The latest article's news, the inquiry, and the landslide;
		// then the engineer's charging, which one article's headline
		// tells (and its body: 2.5), before the funerals (3.25) and the
		// rain (3) that three mention in passing.
		{3, "landslide engineer-charged inquiry"},
		// A headline and its lead alone (1.5: the evacuation, the
		// school) gain nothing: the funerals come next.
		{4, "landslide engineer-charged inquiry funerals"},
	} {
		tl.Events = slices.Clone(all)
		Select(tl, Selection{Top: tc.top})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.ID)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("top %d = %v, want %s", tc.top, got, tc.want)
		}
	}
}
