package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// TestBucketFiles checks that a bucket's filter lets through every stem a
// cluster is filed under: a stem it refused would hide clusters from
// bestIn.
func TestBucketFiles(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	m := &merger{days: map[int64]*bucket{}, months: map[int]*bucket{}, years: map[int]*bucket{}}
	for i := range 200 {
		day := int64(19000 + r.IntN(5))
		cl := &cluster{first: day, last: day, idx: i}
		stems := make([]sid, r.IntN(20))
		for k := range stems {
			stems[k] = sid(r.IntN(8 * bucketBits))
		}
		m.file(cl, stems, true)
	}
	for _, bk := range m.days {
		for s := range sid(8 * bucketBits) {
			if len(bk.byStem[s]) > 0 && !bk.files(s) {
				t.Fatalf("stem %d is filed, and files says not", s)
			}
		}
	}
}

// TestBucketsMade checks that buckets, which keeps its last answer, sees a
// bucket made since.
func TestBucketsMade(t *testing.T) {
	m := &merger{days: map[int64]*bucket{}, months: map[int]*bucket{}, years: map[int]*bucket{}}
	m.file(&cluster{first: 100, last: 100}, []sid{1}, true)
	if got := len(m.buckets(100, 102)); got != 1 {
		t.Fatalf("buckets of days 100-102: %d, want 1", got)
	}
	m.file(&cluster{first: 102, last: 102}, []sid{1}, true)
	if got := len(m.buckets(100, 102)); got != 2 {
		t.Fatalf("buckets of days 100-102 once day 102 has one: %d, want 2", got)
	}
}

// TestSameDayKind checks that two reports of one day that name the same
// kind of happening in other words are one event ("opened fire" and
// "shot", both "killing two"), and that another kind of the same day and
// place stays apart.
func TestSameDayKind(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2010-09-10", "A disgruntled woman opened fire at a food factory in Philadelphia on Thursday night, killing two workers and wounding another."),
		doc("b.md", "2010-09-10", "Yvonne Hiller, a suspended employee at the plant, shot three co-workers on Thursday night, killing two, police said."),
		doc("c.md", "2010-09-10", "A fire destroyed a warehouse in Philadelphia on Thursday night, officials said."),
	}
	tl, _ := Extract(docs, Options{})
	var sources []int
	for _, e := range tl.Events {
		sources = append(sources, len(e.Sources))
	}
	if len(tl.Events) != 2 || len(tl.Events[0].Sources) != 2 {
		t.Errorf("want the shooting as one event of 2 sources and the fire apart; got events of %v sources", sources)
	}
}

// TestSameWords checks that statements of one day in (nearly) the same
// words, as outlets carrying one wire story print them, are one event,
// and that another statement of that day stays apart.
func TestSameWords(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2007-04-10", "He said police found a box consistent with one that would hold a shotgun, as well as empty shell boxes, in a Dumpster outside Monday evening."),
		doc("b.md", "2007-04-10", "He said police found a box consistent with one that would hold a shotgun, as well as empty shell boxes, in a Dumpster outside on Monday evening."),
		doc("c.md", "2007-04-10", "A recording said Monday evening that the offices would stay closed all week."),
	}
	tl, _ := Extract(docs, Options{})
	var sources []int
	for _, e := range tl.Events {
		sources = append(sources, len(e.Sources))
	}
	if len(tl.Events) != 2 || !slices.Contains(sources, 2) {
		t.Errorf("want the statement as one event of 2 sources and the recording apart; got events of %v sources", sources)
	}
}

// TestHeadlineRead checks that an article's title is read as its headline
// when its text does not open with it (Markdown's front matter): it joins
// the happening its lead tells as a source of its own, placed before the
// text (a negative offset), and the offsets of the text are the text's.
func TestHeadlineRead(t *testing.T) {
	a := doc("a.md", "2015-05-08", "Officers detained 18 suspects in Northport on Friday, police said.")
	a.Article.Title = "Police arrest 18 in Northport"
	b := doc("b.md", "2015-05-08", "Police arrest 18 in Northport\nEighteen people were arrested in Northport on Friday.")
	b.Article.Title = "Police arrest 18 in Northport"
	tl, _ := Extract([]Doc{a, b}, Options{})
	var heads, body int
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			switch {
			case s.Sentence == a.Article.Title && s.Article == "a.md":
				heads++
				if s.Offset >= 0 || s.Basis != "published" {
					t.Errorf("a.md's headline: offset %d, basis %q; want a negative offset, basis published", s.Offset, s.Basis)
				}
			case s.Article == "a.md" && s.Expression == "Friday":
				body++
				if want := strings.Index(a.Text, "Friday"); s.Offset != want {
					t.Errorf("a.md's Friday at offset %d, want %d (in the text given)", s.Offset, want)
				}
			case s.Sentence == b.Article.Title && s.Article == "b.md" && s.Offset < 0:
				t.Errorf("b.md opens with its headline: read twice")
			}
		}
	}
	if heads != 1 || body != 1 {
		t.Errorf("a.md's headline cited %d times, its Friday %d: want 1 and 1", heads, body)
	}
}

// TestHeadlineToLead checks that a headline that no other source joins is
// the happening its own lead dates, when it names a word of it, not an
// event of its own dated by its publication.
func TestHeadlineToLead(t *testing.T) {
	a := doc("a.md", "2015-01-24", "Power went out across Yarrow Sound on Friday after a storm brought down lines along the coast road, leaving thousands of homes dark for hours.\n\nRepairs are expected to take a week.")
	a.Article.Title = "Blackout in Yarrow Sound"
	tl, _ := Extract([]Doc{a}, Options{})
	if len(tl.Events) != 1 || len(tl.Events[0].Sources) != 2 || tl.Events[0].Date.String() != "2015-01-23" {
		for _, e := range tl.Events {
			t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
		}
		t.Errorf("want one event of 2015-01-23 citing the headline and the lead")
		return
	}
	for _, s := range tl.Events[0].Sources {
		if s.Sentence == a.Article.Title && (s.Basis != "article" || s.Value != "2015-01-23") {
			t.Errorf("the headline: basis %q, value %s; want basis article (dated by its lead), value 2015-01-23", s.Basis, s.Value)
		}
	}
}

// TestLongAttribution checks that a happening with a long attribution after
// it ("..., two sources close to the matter said") is the happening, not a
// statement: a headline or another report of the resignation can join it.
func TestLongAttribution(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2025-10-06", "The minister resigned on Monday after clashing with coalition partners over the budget, two sources close to the matter said."),
		doc("b.md", "2025-10-07", "The minister resigned on Monday after clashing with coalition partners over the budget, plunging the government into crisis."),
	}
	tl, _ := Extract(docs, Options{})
	if len(tl.Events) != 1 || strings.Contains(tl.Events[0].ID, "statement") {
		for _, e := range tl.Events {
			t.Logf("%s %q", e.ID, e.Title)
		}
		t.Errorf("want one event of the resignation citing both reports")
	}
}

// TestOwnNewsLatest checks that a headline that fits as well two
// happenings its lead dates (the naming of Tuesday, the resignation of
// Monday "a day earlier") tells the latest, its article's own news.
func TestOwnNewsLatest(t *testing.T) {
	a := doc("a.md", "2025-10-06", "The economy minister resigned on Monday after clashing with coalition partners over the budget.")
	b := doc("b.md", "2025-10-07", "Prime Minister Giulia Serra on Tuesday named Marta Conti to replace the economy minister, who quit a day earlier.")
	b.Article.Title = "Serra names Conti as new economy minister"
	tl, _ := Extract([]Doc{a, b}, Options{})
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Sentence == b.Article.Title && e.Date.String() != "2025-10-07" {
				t.Errorf("the headline is cited by the event of %s %q, want 2025-10-07", e.Date, e.Title)
			}
		}
	}
}

// TestHeadlineOfStatement checks that a headline announcing what its lead's
// statement says is one event with the statement, not a second event
// made of the headline and the statement's offer of its happening.
func TestHeadlineOfStatement(t *testing.T) {
	a := doc("a.md", "2025-07-15", "Sofia Alvarez said on Tuesday she would not play at the Olympics, citing a shoulder injury.")
	a.Article.Title = "Alvarez to skip Olympics"
	tl, _ := Extract([]Doc{a}, Options{})
	if len(tl.Events) != 1 || len(tl.Events[0].Sources) != 2 {
		for _, e := range tl.Events {
			t.Logf("%s %q: %d sources", e.ID, e.Title, len(e.Sources))
		}
		t.Errorf("want one event citing the headline and the statement")
	}
}

// TestPossessiveInStatement checks that a noun of another day in a
// statement ("during Saturday's final") makes no statement of that day.
func TestPossessiveInStatement(t *testing.T) {
	a := doc("a.md", "2025-07-15", "Sofia Alvarez said on Tuesday she would not play at the Olympics, citing a shoulder injury that she said had bothered her during Saturday's final.")
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() != "2025-07-15" {
			t.Errorf("an event of %s %q, want only the statement of 2025-07-15", e.Date, e.Title)
		}
	}
}

// TestHeadlineParagraph checks that the headline read from the title is a
// paragraph of its own: its present ("Apple unveils ...") does not set the
// weekday of the lead after it ahead.
func TestHeadlineParagraph(t *testing.T) {
	a := doc("a.md", "2010-10-23", "In a Wednesday media event, Apple Inc. released a new lineup of MacBook Air laptops.")
	a.Article.Title = "Apple unveils new MacBook Air laptops, iLife '11 software suite"
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() != "2010-10-20" {
			t.Errorf("an event of %s %q, want the release of Wednesday 2010-10-20 only", e.Date, e.Title)
		}
	}
}

// TestPossessiveHappeningInStatement checks that a statement's noun of
// another day that names a happening ("Friday's bomb blast") is one more
// report of that happening, not a statement of that day of its own.
func TestPossessiveHappeningInStatement(t *testing.T) {
	a := doc("a.md", "2024-03-09", "A bomb exploded in a crowded market in Lindenfield on Friday, killing nine people.")
	b := doc("b.md", "2024-03-10", "Police said on Saturday they had arrested two suspects in connection with Friday's bomb blast at the Lindenfield market.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	found := false
	for _, e := range tl.Events {
		if e.Date.String() != "2024-03-08" {
			continue
		}
		arts := map[string]bool{}
		for _, s := range e.Sources {
			arts[s.Article] = true
		}
		if len(arts) == 2 {
			found = true
		} else {
			t.Errorf("an event of the blast's day citing %d article(s): %q", len(arts), e.Title)
		}
	}
	if !found {
		t.Errorf("want the blast of 2024-03-08 as one event citing both articles")
	}
}

// TestCoarseDateSameKind checks that a mention dated by its month joins
// the happening of one day in it that names the same kind of happening
// ("charged earlier this month" and "charged on Thursday"), and not one
// of another person.
func TestCoarseDateSameKind(t *testing.T) {
	a := doc("a.md", "2016-03-04", "Former mayor Dennis Hale was charged on Thursday with taking more than $200,000 in bribes from a construction firm, prosecutors said.")
	b := doc("b.md", "2016-03-22", "Hale was charged earlier this month after a two-year investigation by the state attorney general's office.")
	c := doc("c.md", "2016-03-23", "Councillor Amy Roth was also charged earlier this month in a separate inquiry.")
	tl, _ := Extract([]Doc{a, b, c}, Options{})
	for _, e := range tl.Events {
		arts := map[string]bool{}
		for _, s := range e.Sources {
			arts[s.Article] = true
		}
		switch {
		case e.Date.String() == "2016-03-03" && (!arts["a.md"] || !arts["b.md"]):
			t.Errorf("the charge of 2016-03-03 cites %v, want a.md and b.md", arts)
		case arts["c.md"] && arts["a.md"]:
			t.Errorf("another person's charge joined Hale's: %q", e.Title)
		case e.Date.String() == "2016-03" && arts["b.md"]:
			t.Errorf("an event of the month for Hale's charge: %q", e.Title)
		}
	}
}

// TestHeadlineTakesItsNewsAlong checks that a headline that another
// article's undated news joined first still joins the happening its own
// lead dates, and takes that news along.
func TestHeadlineTakesItsNewsAlong(t *testing.T) {
	a := doc("a.md", "2021-05-10", "The passenger boat Aurora went down on Monday near Pell Island, coast guard officials said, and 40 people were rescued.")
	a.Article.Title = "Ferry sinks off Marlow coast"
	b := doc("b.md", "2021-05-11", "The ferry that sank off the Marlow coast was carrying 40 passengers.")
	b.Article.Title = "Ferry was carrying 40"
	tl, _ := Extract([]Doc{a, b}, Options{})
	for _, e := range tl.Events {
		headline, lead := false, false
		for _, s := range e.Sources {
			headline = headline || s.Sentence == a.Article.Title
			lead = lead || s.Article == "a.md" && s.Expression == "Monday"
		}
		if headline && !lead {
			t.Errorf("the headline is in an event of its own, %s %q, not with its lead's sinking", e.Date, e.Title)
		}
	}
}

// TestReportTitlesOverPreview checks that a happening that a preview
// announced and a report told is titled from the report ("Mayor Ana Ruiz
// resigned"), not from the preview ("... is expected to resign").
func TestReportTitlesOverPreview(t *testing.T) {
	a := doc("a.md", "2024-05-01", "Mayor Ana Ruiz is expected to resign on Friday over the harbour contract, colleagues said.")
	b := doc("b.md", "2024-05-04", "Mayor Ana Ruiz resigned on Friday over the harbour contract, saying it was time for someone new.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	merged := false
	for _, e := range find(tl, "2024-05-03") {
		if len(e.Sources) < 2 {
			continue
		}
		merged = true
		if strings.Contains(e.Title, "expected") {
			t.Errorf("the resignation is titled from the preview: %q", e.Title)
		}
	}
	if !merged {
		t.Errorf("the preview and the report of 2024-05-03 are not one event: %+v", tl.Events)
	}
}

// headlineDate returns the dates of the events that cite the headline of
// article name.
func headlineDate(tl *timeline.Timeline, name, title string) []string {
	var out []string
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Article == name && s.Sentence == title {
				out = append(out, e.Date.String())
			}
		}
	}
	return out
}

// TestHeadlineOwnLeadOverEcho checks that a follow-up's headline tells the
// happening its own lead dates, not an older one whose words it shares
// (echo): the hearing of the day before, not the sinking of two weeks
// before that a later sentence recalls.
func TestHeadlineOwnLeadOverEcho(t *testing.T) {
	a := doc("a.md", "2019-06-03", "A ferry sank off Port Alder on Saturday, and divers recovered four bodies from the hull, the harbour authority said.")
	a.Article.Title = "Ferry sinks off Port Alder, four dead"
	b := doc("b.md", "2019-06-14", "The owner of the ferry that sank off Port Alder told a Senate panel on Thursday that the vessel had passed its last inspection.\n\nThe ferry sank on June 1 with 40 people aboard.")
	b.Article.Title = "Port Alder ferry owner questioned by senators over sinking"
	tl, _ := Extract([]Doc{a, b}, Options{})
	if got := headlineDate(tl, "b.md", b.Article.Title); !slices.Equal(got, []string{"2019-06-13"}) {
		for _, e := range tl.Events {
			t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
		}
		t.Errorf("b.md's headline cited on %v, want only 2019-06-13 (its lead's hearing)", got)
	}
}

// TestNewKindNoEcho checks that a follow-up's headline that names a kind
// of happening the older one does not ("dies", weeks after a hijacking)
// tells its own lead's news, not the hijacking again; and that a wire
// dispatch filed the day before its publication dates its own news by
// that day.
func TestNewKindNoEcho(t *testing.T) {
	a := doc("a.md", "2009-11-18", "Pirates hijacked the tanker Vela Star with 28 crew aboard in the Gulf of Aden on Tuesday, a naval spokesman said.")
	a.Article.Title = "Pirates seize tanker Vela Star off Somalia"
	b := doc("b.md", "2009-12-09", "PORT LEMI, Dec 8 (Lakes Wire) - A sailor aboard the hijacked tanker Vela Star has died of an illness, the ship's managers said on Tuesday.\n\nThe other 27 crew were in good health, the managers said.")
	b.Article.Title = "Crew member of hijacked tanker Vela Star dies"
	tl, _ := Extract([]Doc{a, b}, Options{})
	if got := headlineDate(tl, "b.md", b.Article.Title); !slices.Equal(got, []string{"2009-12-08"}) {
		for _, e := range tl.Events {
			t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
		}
		t.Errorf("b.md's headline cited on %v, want only 2009-12-08 (its lead's death)", got)
	}
	// Alone, the headline is the dispatch's own news, of the day it was
	// filed.
	b.Text = "PORT LEMI, Dec 8 (Lakes Wire) - The other 27 crew were in good health, the managers said."
	tl, _ = Extract([]Doc{b}, Options{})
	if got := headlineDate(tl, "b.md", b.Article.Title); !slices.Equal(got, []string{"2009-12-08"}) {
		t.Errorf("the headline of a dispatch filed on Dec 8 and published on Dec 9 is dated %v, want 2009-12-08", got)
	}
}

// TestLookingAheadNoEcho checks that a headline that looks ahead ("will
// not") tells no happening of the weeks before whose words it shares.
func TestLookingAheadNoEcho(t *testing.T) {
	a := doc("a.md", "2020-03-10", "Riot police fired tear gas at protesters in Marren on Monday, injuring dozens of people near the town hall.")
	a.Article.Title = "Police fire tear gas at Marren protesters"
	b := doc("b.md", "2020-03-24", "The police chief of Marren said on Monday that officers would no longer use tear gas against peaceful protesters.")
	b.Article.Title = "Marren police will not fire tear gas at protesters, chief says"
	tl, _ := Extract([]Doc{a, b}, Options{})
	for _, d := range headlineDate(tl, "b.md", b.Article.Title) {
		if d == "2020-03-09" {
			t.Errorf("b.md's headline, which looks ahead, cited by the tear gas of 2020-03-09")
		}
	}
}

// TestSameDayKindClusters checks that two clusters of one day, from
// different articles, that name the same kind of happening in different
// words and no name that sets them apart are one happening: a long lead
// and the short recaps of later articles.
func TestSameDayKindClusters(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2021-03-03", "An explosion tore through a chemical depot on the edge of Harrowgate late Monday, setting off a fire that burned through the night and leaving six workers missing, fire officials said Tuesday."),
		doc("b.md", "2021-03-09", "The plant exploded on March 1 and sank two days later."),
		doc("c.md", "2021-03-12", "The chemical plant exploded on March 1, killing six workers, and sank two days later."),
	}
	tl, _ := Extract(docs, Options{})
	n := 0
	for _, e := range tl.Events {
		if e.Date.String() == "2021-03-01" {
			n++
			t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
		}
	}
	if n != 1 {
		t.Errorf("%d events of 2021-03-01, want 1: the explosion", n)
	}
}

// TestSubordinateDated checks that a time right after the verb of a
// closing "after" clause titles the event by that clause, the happening it
// dates, not by the clause it hangs off.
func TestSubordinateDated(t *testing.T) {
	a := doc("a.md", "2019-04-12", "Union leaders called a general strike after Finance Minister Ola Brenner resigned on Tuesday.")
	tl, _ := Extract([]Doc{a}, Options{})
	if len(tl.Events) != 1 || tl.Events[0].Title != "Finance Minister Ola Brenner resigned" || tl.Events[0].Date.String() != "2019-04-09" {
		for _, e := range tl.Events {
			t.Logf("%s %q", e.Date, e.Title)
		}
		t.Errorf("want one event of 2019-04-09 titled %q", "Finance Minister Ola Brenner resigned")
	}
	b := doc("b.md", "2019-06-12", "The report, which came two months after the regional governor resigned on April 3, blamed the police.")
	tl, _ = Extract([]Doc{b}, Options{})
	if len(tl.Events) != 1 || tl.Events[0].Title != "The regional governor resigned" {
		for _, e := range tl.Events {
			t.Logf("%s %q", e.Date, e.Title)
		}
		t.Errorf("want one event titled %q", "The regional governor resigned")
	}
	if got := subordinateSubject("The vote was held after the minister resigned on Tuesday.", [2]int{0, 57}, timex.Timex{Start: 49, End: 56}, nil); got != 24 {
		t.Errorf("a noun after its determiner (the minister): %d, want 24", got)
	}
	if got := subordinateSubject("The vote was held after he resigned on Tuesday.", [2]int{0, 47}, timex.Timex{Start: 39, End: 46}, nil); got != 0 {
		t.Errorf("a pronoun subject: %d, want 0", got)
	}
	if got := subordinateSubject("He was fired after a few minutes, a lawyer said on Tuesday.", [2]int{0, 59}, timex.Timex{Start: 51, End: 58}, nil); got != 0 {
		t.Errorf("an attribution after a comma: %d, want 0", got)
	}
	if got := subordinateSubject("The vote was held after Ola Brenner resigned on Tuesday.", [2]int{0, 56}, timex.Timex{Start: 48, End: 55}, nil); got != 24 {
		t.Errorf("subordinateSubject = %d, want 24 (Ola)", got)
	}
}

// TestSequenceDated checks that a time after the verb of a closing
// "after" or "before" clause, with words between them, dates that clause,
// which titles the event, and never the clause it closes; and that with no
// title of its own (a possessive opens it) the time dates nothing.
func TestSequenceDated(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		{"2021-06-11", "The lawsuit consolidates nine claims filed after the retailer revealed the hack on March 4.", "2021-03-04", "The retailer revealed the hack"},
		{"2019-05-14", "Vos had faced mounting criticism after his department admitted last Friday that safety inspections were skipped.", "", ""},
		{"2018-02-02", "The fund sold its stake before Halden Mining reported the losses in a filing on Jan. 12.", "2018-01-12", "Halden Mining reported the losses in a filing"},
		// A pronoun subject, a clock time: the clause before keeps the date.
		{"2013-03-12", "Protests grew across the district after he allegedly pointed a gun at officers on Saturday night.", "2013-03-09", "Protests grew across the district after he allegedly pointed a gun at officers"},
		// A noun after "before" that its time dates: the clause came
		// before it, at no time the sentence tells.
		{"2004-09-08", "Two labels were bidding for the singer's catalogue before her death in August.", "", ""},
		{"2010-05-02", "The party chose its candidates well ahead of the regional election in June.", "", ""},
		// A time in a relative clause of the subject, or in a
		// participle's phrase on it, dates that clause, not the verb
		// after the comma that closes it.
		{"2010-03-03", "Marla Quint, the folk singer whose 1971 ballad topped the charts for six weeks, has died.", "", ""},
		{"2022-03-10", "Lawyers for the family, whose son died in custody in 2016, welcomed the ruling.", "", ""},
		{"2004-08-23", "Rick Hale, known for the 1968 hit \"Long Road,\" died on Saturday at 70.", "2004-08-21", "Rick Hale, known for the 1968 hit \"Long Road,\" died at 70"},
		{"2004-06-20", "Kern, fired on June 8, is seeking $6 million from the university.", "2004-06-08", "Kern was fired"},
		{"2005-06-27", "A passer-by who found the wounded officer shortly after 3 p.m. on Friday called the police station.", "2005-06-24", "A passer-by found the wounded officer"},
		// A time in an aside on the subject (a relative clause with no
		// comma, a participle's phrase set off by commas) dates the aside,
		// told of the subject; not a report's content.
		{"2022-03-10", "Residents who fled their homes on Saturday were allowed to return.", "2022-03-05", "Residents fled their homes"},
		{"2022-03-10", "The company, fined in 2019 for similar failures, said it would appeal.", "2019", "The company was fined for similar failures"},
		{"2022-03-10", "The two ministers, sacked in March over the scandal, have launched a party.", "2022-03", "The two ministers were sacked over the scandal"},
		{"2022-03-10", "The inquiry's report, published on Monday, found that nurses had been overworked.", "2022-03-07", "The inquiry's report found that nurses had been overworked"},
		// A year that tells which thing (a model, a law, a will) after the
		// clause's verb dates nothing; one of a happening does.
		{"2022-03-10", "Police found a 2007 Ford abandoned near the border.", "", ""},
		{"2022-03-10", "Lawyers challenged the 2004 law in court.", "", ""},
		{"2022-03-10", "The new will overturned a 1998 will that had left everything to his children.", "", ""},
		{"2022-03-10", "His 2008 Bentley was found burned out near the airport.", "", ""},
		{"2022-03-10", "She attended the 2012 summit in Seoul.", "2012", "She attended the 2012 summit in Seoul"},
		{"2022-03-10", "The striker was suspended for the 2003 season.", "2003", "The striker was suspended for the 2003 season"},
		// A plan's time set off after the subject dates nothing of the
		// clause; a time of the clause's own does.
		{"2022-03-10", "The vote, scheduled for Thursday, was postponed.", "", ""},
		{"2022-03-10", "The factory, due to open in March, will now open in June.", "2022-06", "The factory, due to open in March, will now open"},
		// (An adverb before the plan, a month that reads as a modal.)
		{"2014-05-08", "The cup final, originally scheduled for 3 May, was played in an empty stadium.", "", ""},
		{"2014-05-08", "The summit, initially planned for June, was moved to Geneva.", "", ""},
		{"2014-05-08", "The bridge, reopened on May 5, carried 4,000 cars by noon.", "2014-05-05", "The bridge was reopened"},
		// A clause or phrase of "after", "before" or "since" that opens
		// the sentence, or a "since" clause after it, dates its own
		// happening, never the clause it tells the time of.
		{"2022-03-10", "Before the flood in 2019, the town had 5,000 residents.", "", ""},
		{"2022-03-10", "Three days after the quake struck on Sunday, rescuers pulled a girl from the rubble.", "", ""},
		{"2022-03-10", "Two days after the regional governor resigned on Monday, protesters left the square.", "2022-03-07", "The regional governor resigned"},
		{"2008-10-29", "He has been held since the bank manager reported him to police on Oct. 3.", "2008-10-03", "The bank manager reported him to police"},
		// A person's relative clause after a verb in the present perfect:
		// its time dates it only.
		{"2021-09-07", "The company has already paid $4 million to settle claims from families of people who fell ill in May.", "", ""},
		// So does one on a noun after a verb in the past: the praise or
		// the saying is not dated, the clause is, titled by itself with
		// the noun for its subject, or nothing (a thing's clause too, the
		// sinking not the arrest, unless it tells when the verb's setting
		// took place); not one on the subject, nor one after a copula,
		// which tells its happening.
		{"2004-10-13", "The mayor praised the two firefighters who carried the boy out of the blaze on Aug. 3.", "2004-08-03", "The two firefighters carried the boy out of the blaze"},
		{"2014-05-08", "It came a day after four officials, including the engineer who approved the design on 3 March, were suspended.", "", ""},
		{"2010-05-04", "The prosecutor said jurors would hear calls between Grant and Lena Moss, the contractor who admitted fraud in March and will testify.", "", ""},
		{"2010-05-04", "Coastguards arrested the captain of the boat that sank off Crete on Friday.", "", ""},
		{"2010-05-04", "The woman who found the bag handed it to police on Friday.", "2010-04-30", "The woman who found the bag handed it to police"},
		{"2010-05-04", "The first death of the week was that of a diver who drowned on Friday morning.", "2010-04-30", "The first death of the week was that of a diver who drowned on Friday morning"}, // (title.go keeps the time in the title)
		// A participle's phrase that opens the sentence with a year dates
		// that phrase, told of the subject; with a day it is one moment.
		{"2022-03-11", "Born in Lagos in 1961, Okafor moved to London as a teenager.", "1961", "Okafor was born in Lagos"},
		{"2022-03-11", "Reached by telephone on Wednesday, Okafor declined to comment on the case.", "2022-03-09", "Reached by telephone, Okafor declined to comment on the case"},
		// A participle's aside on the subject whose phrase goes on after
		// the time: the clause's own day is the event's.
		{"2022-03-11", "The striker, signed from Porto in 2019 for £40m, scored twice on Saturday.", "2022-03-05", "The striker scored twice"},
		// Longer, with a relative clause of its own, or with the time
		// right after the participle; the title leaves the aside out.
		{"2009-07-15", "State Senator Ann Doyle, indicted last month on charges of taking kickbacks from a paving firm, resigned on Monday.", "2009-07-13", "State Senator Ann Doyle resigned"},
		{"2014-04-29", "A new review of the collapse, ordered in 2011 after a campaign by survivors that lasted years, began on May 2 this year.", "2014-05-02", "A new review of the collapse began"},
		{"2016-10-12", "Judge Amos Reyes, appointed in 2009 by the governor, said on Monday that the trial would go ahead.", "2016-10-10", "Judge Amos Reyes said that the trial would go ahead"},
		// Not a document's aside before what it said, which it said at
		// the aside's time; nor one whose next date is in the aside.
		{"2016-10-12", "The agency's preliminary findings, released Monday afternoon, said the dam had been raised by three metres in 2015 without a permit.", "2016-10-10", "The agency's preliminary findings said the dam had been raised by three metres in 2015 without a permit"},
		{"2004-06-20", "The two-page will, signed March 2 of this year, names Ada Rook as executor.", "2004-03-02", "The two-page will names Ada Rook as executor"},
		// A relative clause that goes on after its time to a comma goes
		// from the title whole.
		{"2022-03-11", "Garcia, 52, a former police officer who was convicted in 2015 of fraud, was released on Thursday.", "2022-03-10", "Garcia, 52, a former police officer who was convicted in 2015 of fraud, was released"},
		// A past time of a phrase on the object of a verb in the present
		// progressive dates that phrase, not the news of now; a time
		// after a comma is the attribution's.
		{"2022-03-11", "Police are still searching for the gunman who opened fire at the school in June.", "", ""},
		{"2022-03-11", "The union is demanding compensation for workers laid off in 2020.", "", ""},
		{"2022-03-11", "Rescuers are still looking for two fishermen whose boat sank on Monday.", "", ""},
		// A range in the phrase is the phrase's too, its end no time of
		// the clause's own.
		{"2014-05-08", "Police are asking anyone who drove the coast road between Friday and Sunday to call them.", "", ""},
		{"2014-05-10", "Workers who struck between Monday and Wednesday returned to the plant on Thursday.", "2014-05-08", "Workers returned to the plant"},
		{"2022-03-11", "The regulator is investigating the carrier over a leak that exposed the data of 2 million customers, the company disclosed Wednesday.", "2022-03-09", "The regulator is investigating the carrier over a leak that exposed the data of 2 million customers"},
		// A participle's aside on the object: the clause's own time is
		// the next.
		{"2022-03-11", "The council wants to demolish the tower, built in 1968, next year.", "2023", "The council wants to demolish the tower"},
		// A "where" clause of the subject, a noun of "after ... of" that
		// opens the sentence: their times date them only.
		{"2022-03-11", "The hospital, where the boy was treated after the attack in January, has been praised by inspectors.", "", ""},
		{"2022-03-11", "Ten years after the tsunami of March 2011, the town has rebuilt its harbour.", "", ""},
		// A "who" clause on the subject of a clause of "after" or
		// "because" tells of that subject, not of the clause before.
		{"2009-07-13", "The resignation came a week after the mayor, who took office in March, called for it in public.", "2009-03", "The mayor took office"},
		{"2014-05-08", "The vote was delayed because the chairman, who fell ill on Sunday, could not attend.", "2014-05-04", "The chairman fell ill"},
		// A participle's aside on what a verb of saying tells of dates
		// the aside, not the saying; a plan's is the planned happening's.
		{"2024-05-21", "The regulator said Norcrest's pledge to sell its bakery arm, made in January, was not enough.", "", ""},
		{"2024-05-21", "Organisers said the book fair, scheduled to begin on Thursday, would go ahead.", "2024-05-23", "Organisers said the book fair would go ahead"},
		// A "who" or "whose" clause on the speaker that ends the
		// sentence: its time dates what it tells of the speaker.
		{"2015-11-17", "\"Nobody listened to us,\" said Rosa Lima, whose son was pulled from the rubble last Thursday.", "2015-11-12", "Rosa Lima's son was pulled from the rubble"},
		{"2015-11-17", "\"We warned them,\" said the principal, who left the school in 2010.", "2010", "The principal left the school"},
		// A participle's phrase on a noun with no article after the
		// clause's verb, or a preposition after it, dates when the things
		// were made or measured: no event. Not a clause after a verb of
		// saying, nor a verb after the subject or the auxiliary.
		{"2022-05-26", "The warning applies to vans assembled between May 2018 and January 2021.", "", ""},
		{"2019-03-09", "River levels were down to heights measured in early February, the agency said.", "", ""},
		{"2014-05-08", "The company recalled 5,000 heaters sold in March.", "", ""},
		{"2022-05-26", "The minister said prices climbed in April.", "2022-04", "The minister said prices climbed"},
		{"2014-05-08", "Talks with rebels resumed on Monday in Geneva.", "2014-05-05", "Talks with rebels resumed in Geneva"},
		{"2014-05-08", "Sahin was first appointed on 17 April.", "2014-04-17", "Sahin was first appointed"},
		{"2014-05-08", "An undersea cable cut on Tuesday blocked internet services in the city.", "2014-05-06", "An undersea cable cut on Tuesday blocked internet services in the city"},
		// A clause of "before" in the present whose title is too short
		// dates nothing; one of "when" is the clause's time too.
		{"2014-05-14", "Their lawyer said they would ask prosecutors to reopen the file before the inquiry resumes in October.", "", ""},
		{"2014-05-14", "The board will step down when its term ends at the end of next month.", "2014-06", "The board will step down when its term ends"},
		// No finite verb after "after": a noun or a gerund.
		{"2019-04-12", "The council voted to close the road after talks with residents on Tuesday.", "2019-04-09", "The council voted to close the road after talks with residents"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
	// A later day in the clause of "after" is a happening of its own; a
	// span there, or a day its first date holds, is not.
	for _, c := range []struct {
		pub, text string
		want      []string
	}{
		{"2011-09-10", "Rescuers pulled 23 bodies from the strait on Friday after a crowded ferry overturned on Thursday.", []string{"2011-09-08 A crowded ferry overturned", "2011-09-09 Rescuers pulled 23 bodies from the strait after a crowded ferry overturned"}},
		{"2014-06-10", "The agency opened its inquiry in April, weeks after the firm admitted overstating profits from 2011 to 2013.", []string{"2014-04 The agency opened its inquiry, weeks after the firm admitted overstating profits from 2011 to 2013"}},
	} {
		tl, _ := Extract([]Doc{doc("a.md", c.pub, c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String()+" "+e.Title)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
	if got := sequenceNoun("Two labels were bidding for the catalogue ahead of the singer's death in August.", [2]int{0, 80}, timex.Timex{Start: 73, End: 79}, func(string) bool { return true }); got != "The singer's death" {
		t.Errorf("sequenceNoun = %q, want %q", got, "The singer's death")
	}
	if got := sequenceSubject("The vote was held after the minister resigned on Tuesday.", [2]int{0, 57}, timex.Timex{Start: 49, End: 56}, nil); got != 24 {
		t.Errorf("sequenceSubject = %d, want 24 (the minister)", got)
	}
	if got := sequenceSubject("The vote was held after, as expected, the minister resigned on Tuesday.", [2]int{0, 71}, timex.Timex{Start: 63, End: 70}, nil); got != 0 {
		t.Errorf("a comma between: %d, want 0", got)
	}
}

// TestDeclarationOnce checks that a declaration reported by two articles
// is one event, not also a statement event of the same day in the same
// words; a statement that reports a happening stays one of its own.
func TestDeclarationOnce(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2016-09-09", "The regional council declared on Thursday that the drought had become an emergency, freeing funds for farmers."),
		doc("b.md", "2016-09-20", "The council declared a drought emergency on Sept. 8, the first since 1976.\n\nThe mayor said on Monday that the rivers had never been lower."),
		doc("c.md", "2016-09-12", "The drought emergency began on Sept. 8, when the regional council declared it."),
	}
	docs[0].Article.Title = "Council declares drought emergency"
	tl, _ := Extract(docs, Options{})
	var sept8, mayor int
	for _, e := range tl.Events {
		t.Logf("%s %q (%s): %d sources", e.Date, e.Title, e.ID, len(e.Sources))
		switch e.Date.String() {
		case "2016-09-08":
			sept8++
		case "2016-09-19":
			mayor++
		}
	}
	if sept8 != 1 {
		t.Errorf("%d events of 2016-09-08, want 1: the declaration", sept8)
	}
	if mayor != 1 {
		t.Errorf("%d events of 2016-09-19, want 1: the mayor's statement", mayor)
	}
}

// TestHeadlineToReportedHappening checks that a headline whose lead
// reports a happening of the day before ("..., officials said Tuesday")
// joins that happening, not the statement of the lead.
func TestHeadlineToReportedHappening(t *testing.T) {
	a := doc("a.md", "2018-10-10", "A 70-year-old woman in Carden has died of the new fever, the first death from the virus in the country, health officials said Tuesday.\n\nThe woman, a retired teacher, had traveled to Lisbon with her husband to visit relatives and died on Monday at Carden General Hospital, officials said.")
	a.Article.Title = "First Carden death from new fever"
	tl, _ := Extract([]Doc{a}, Options{})
	if got := headlineDate(tl, "a.md", a.Article.Title); !slices.Equal(got, []string{"2018-10-08"}) {
		for _, e := range tl.Events {
			t.Logf("%s %q (%s): %d sources", e.Date, e.Title, e.ID, len(e.Sources))
		}
		t.Errorf("the headline cited on %v, want only 2018-10-08 (the death the lead reports)", got)
	}
}

// TestSameSpeakerAnnounced checks that two statements of one day by a
// speaker named before "said" in one and "announced" in the other are one
// statement: the chancellor's announcement to MPs.
func TestSameSpeakerAnnounced(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2017-06-13", "Ruth Calder told MPs on Monday that selling the port was \"the only way to keep it open\"."),
		doc("b.md", "2017-06-17", "Finance Minister Ruth Calder announced the sale of the port on Monday after two rival bids collapsed."),
	}
	tl, _ := Extract(docs, Options{})
	n := 0
	for _, e := range tl.Events {
		t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
		if e.Date.String() == "2017-06-12" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d events of 2017-06-12, want 1", n)
	}
	for text, want := range map[string]string{"Calder announced the sale.": "calder", "the minister announced it.": "", "Calder told MPs.": "calder"} {
		c := &candidate{stext: text, seg: [2]int{0, len(text)}}
		if got := speaker(c); got != want {
			t.Errorf("speaker(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestCoarseNounToWidest checks that a happening named by a noun of a
// coarse date ("last week's flood") joins the happening of that kind most
// articles report that week, not another day's whose words it shares.
func TestCoarseNounToWidest(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2016-05-11", "A flood swept through the valley town of Orrin on Tuesday, killing 12 people."),
		doc("b.md", "2016-05-12", "The flood on Tuesday destroyed 300 homes in Orrin."),
		doc("c.md", "2016-05-12", "The death toll from the flood in Orrin rose to 20 on Wednesday as rescuers searched the church and the school by the river."),
		doc("d.md", "2016-05-17", "Mourners in Orrin buried victims of last week's flood at the church by the river on Monday."),
	}
	tl, _ := Extract(docs, Options{})
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Article == "d.md" && s.Expression == "last week" && e.Date.String() != "2016-05-10" {
				t.Errorf("last week's flood joined %s %q, want the flood of 2016-05-10", e.Date, e.Title)
			}
		}
	}
}

// TestNamedByArticles checks that a name counts as the cluster's when one
// of its articles uses it in any sentence (namesWithin, for a coarse
// date's mention), and not when none does.
func TestNamedByArticles(t *testing.T) {
	m := &merger{docNames: [][]sid{{3, 7, 9}, {2}, {7}}, nation: make([]bool, 10)}
	// (members of articles 0, 1 and 0 again; docs as cluster.add keeps it)
	of := func(docs ...int) *cluster {
		cl := &cluster{docs: map[int]bool{}}
		for _, d := range docs {
			cl.members = append(cl.members, &candidate{doc: d})
			cl.docs[d] = true
		}
		return cl
	}
	cl := of(0, 1, 0)
	for n, want := range map[sid]bool{7: true, 2: true, 5: false, 8: false} {
		if got := m.namedByArticles(cl, n); got != want {
			t.Errorf("namedByArticles(%d) = %v, want %v", n, got, want)
		}
	}
	c := &candidate{nids: []sid{7, 5}}
	cl.names = map[sid]bool{5: true}
	if !m.namesWithin(cl, c) {
		t.Errorf("namesWithin: 7 is named by article 0, 5 by the cluster")
	}
	c.nids = []sid{8}
	if m.namesWithin(cl, c) {
		t.Errorf("namesWithin: 8 is named by no article of the cluster")
	}
	// Of a cluster of fourteen articles, the first dozen that joined are
	// read, in every run: the last to join names 4, the first names 6.
	big := &merger{docNames: make([][]sid, 14)}
	big.docNames[0], big.docNames[13] = []sid{6}, []sid{4}
	cl = of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)
	for range 50 {
		if big.namedByArticles(cl, 4) || !big.namedByArticles(cl, 6) {
			t.Fatalf("namedByArticles read an article after the first dozen, or not the first")
		}
	}
}

// TestObjectNounTime checks that a time dating a noun after the verb of
// another happening ("arrested ... over Sunday's bombing", "adopted its
// report on the April 2018 crash") dates the noun, not the verb: the
// clause is never an event of the noun's day under its own title, the
// noun joins the happening it names, and alone it is an event only with a
// headline of its own ("Fire at a Harwick warehouse", not "Collision").
func TestObjectNounTime(t *testing.T) {
	a := doc("a.md", "2023-09-11", "A bomb tore through a bus depot in Harwick on Sunday, killing six people, the police said.")
	b := doc("b.md", "2023-09-14", "Police arrested two brothers over Sunday's bombing of the bus depot in Harwick. "+
		"A court convicted a lorry driver in the Aug. 30 collision that closed the ring road. "+
		"Hundreds attended a vigil for the victims of Tuesday's fire at a Harwick warehouse.")
	c := doc("c.md", "2024-05-02", "The transport board adopted its final report on the September 2023 bombing at a meeting in Harwick on Wednesday.")
	tl, _ := Extract([]Doc{a, b, c}, Options{})
	blast := false
	for _, e := range tl.Events {
		low := strings.ToLower(e.Title)
		for _, w := range []string{"arrested", "convicted", "vigil", "adopted"} {
			if strings.Contains(low, w) && e.Date.String() != "2024-05-01" {
				t.Errorf("%s %q: the time dates the noun, not the clause's %q", e.Date, e.Title, w)
			}
		}
		if e.Date.String() == "2023-08-30" {
			t.Errorf("%s %q: a noun alone with no headline is no event", e.Date, e.Title)
		}
		if e.Date.String() == "2023-09-10" {
			arts := map[string]bool{}
			for _, s := range e.Sources {
				arts[s.Article] = true
			}
			blast = len(arts) == 3
		}
	}
	if !blast {
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String()+" "+e.Title)
		}
		t.Errorf("want the bombing of 2023-09-10 as one event citing the three articles; got %q", got)
	}
}

// TestObjectTimeSameHappening checks the clauses whose verb is at the
// noun's time, which the time still dates: a verb of harm before "in", a
// verb with the noun as its object, a statement about the noun, "during".
func TestObjectTimeSameHappening(t *testing.T) {
	for _, s := range []string{
		"A guard was killed in Monday's attack on the embassy.",
		"Three people drowned in the March 3 flood.",
		"Thousands attended Sunday's rally in the capital.",
		"Officials said the Aug. 7 bombings killed 224 people.",
		"A not guilty plea was entered during Wednesday's hearing.",
	} {
		seg := [2]int{0, len(s) - 1}
		for _, tx := range timex.Tag(s, time.Date(2019, 3, 7, 0, 0, 0, 0, time.UTC)) {
			if objectTime(s, seg, tx) {
				t.Errorf("%q: %q read as dating a noun after another verb", s, tx.Text)
			}
		}
	}
	for _, s := range []string{
		"Prosecutors charged a teenager over the Feb. 27 stabbing at a shopping centre.",
		"Markets fell sharply after Sunday's bombing of the central station.",
		"Investigators are still examining the wreckage from the Feb. 20 collision.",
		"She was a suspect in Tuesday's shooting.",
	} {
		seg := [2]int{0, len(s) - 1}
		txs := timex.Tag(s, time.Date(2019, 3, 7, 0, 0, 0, 0, time.UTC))
		if len(txs) != 1 || !objectTime(s, seg, txs[0]) {
			t.Errorf("%q: want its one time read as the noun's after another verb (%v)", s, txs)
		}
	}
}

// TestParticipleNamesNoStatement checks that a verb of saying used as a
// participle after its noun ("a man accused of strangling ...") does not
// make the clause a statement: the plea is the happening.
func TestParticipleNamesNoStatement(t *testing.T) {
	for s, want := range map[string]bool{
		"A man accused of strangling his girlfriend pleaded not guilty on Wednesday.": false,
		"The mayor accused the council of lying on Wednesday.":                        true,
		"He was accused by the mayor on Wednesday of lying.":                          true,
	} {
		txs := timex.Tag(s, time.Date(2019, 3, 7, 0, 0, 0, 0, time.UTC))
		if len(txs) != 1 {
			t.Fatalf("%q: %d times", s, len(txs))
		}
		if got := classify(words(s, 0, len(s)), txs[0]) == kindStatement; got != want {
			t.Errorf("%q: statement %v, want %v", s, got, want)
		}
	}
}

// TestAttributionWithHearer checks that an attribution closed by its
// hearer or channel (", the police chief told reporters", ", the company
// said in a statement") is still the attribution: the sentence's time
// dates the happening it reports, one event, not a statement of that time
// beside it in the same words.
func TestAttributionWithHearer(t *testing.T) {
	for _, s := range []string{
		"Ortega, 41, was taken into custody at a motel outside Dunmore on Friday afternoon, Police Chief Ann Baird told reporters.",
		"Ortega was arrested at a motel outside Dunmore on Friday afternoon, the police department said in a statement.",
	} {
		a := doc("a.md", "2019-03-09", s)
		b := doc("b.md", "2019-03-10", "Luis Ortega was taken into custody at a Dunmore motel on Friday.")
		tl, _ := Extract([]Doc{a, b}, Options{})
		var got []string
		for _, e := range tl.Events {
			if e.Date.String() == "2019-03-08" {
				got = append(got, e.Title)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: events of the arrest's day %q, want one", s, got)
		}
	}
}

// TestStatementOfToldTime checks that a statement whose time stands in
// what it tells, after a verb of its own ("the agency said the leak began
// on Tuesday evening"), is no statement event of that time beside the
// happening that its sentence joins: the telling has no time of its own.
func TestStatementOfToldTime(t *testing.T) {
	a := doc("a.md", "2009-03-11", "The Environment Agency said the leak began on Tuesday evening at a storage tank of the Marlow Chemicals plant.")
	b := doc("b.md", "2009-03-12", "Solvent leaked from a storage tank at the Marlow Chemicals plant on Tuesday evening, polluting the river.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Date.String()+" "+e.Title)
	}
	if len(tl.Events) != 1 || tl.Events[0].Date.String() != "2009-03-10" {
		t.Errorf("events %q, want the leak of 2009-03-10 only", got)
	}
}

// TestUndatedNotAhead checks that a sentence with no date and no word
// that looks ahead does not join a happening its article expects after
// its publication: a present lede is not the meeting due next week.
func TestUndatedNotAhead(t *testing.T) {
	a := doc("a.md", "2009-03-18", "Tap water in Marlow is safe to drink again after the solvent spill in the River Teme, the water company said.\n\n"+
		"A public meeting on the solvent spill in the River Teme and the water in Marlow is due to take place at the town hall on 26 March.")
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() != "2009-03-26" {
			continue
		}
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, "Tap water") {
				t.Errorf("the lede is a source of the meeting of 26 March: %q", e.Title)
			}
		}
	}
}

// TestObjectNounWords checks that a noun dated after another verb joins
// the happening it names by its own words, not by the clause's: "has
// claimed responsibility for Sunday's bombing" is the bombing's report,
// not one of the day's "no group had claimed responsibility".
func TestObjectNounWords(t *testing.T) {
	a := doc("a.md", "2025-08-04", "A bomb exploded in the main hall of the Harwick railway station on Sunday evening, killing nine people.\n\n"+
		"No group had claimed responsibility for the attack by Sunday night.")
	b := doc("b.md", "2025-08-05", "A group calling itself the Black Dawn has claimed responsibility for Sunday's bombing of the station in Harwick.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Article == "b.md" && s.Expression == "Sunday" && !strings.HasPrefix(e.Title, "A bomb exploded") {
				t.Errorf("the claim's noun of the bombing is cited by %q, not by the bombing", e.Title)
			}
		}
	}
}

// TestLeadFollowsHeadline checks that an undated lead that tells its
// headline's happening in the same words goes where the headline went, to
// the day the article's next sentence dates, not to its publication day.
func TestLeadFollowsHeadline(t *testing.T) {
	a := doc("a.md", "2023-09-21", "The government has declared a state of emergency in the Ardent and Velm districts after cholera cases rose to twelve.\n\n"+
		"Prime Minister Ilse Varga announced the emergency in a televised address last evening, ordering a ban on travel.")
	a.Article.Title = "Government declares state of emergency over cholera"
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() == "2023-09-21" {
			t.Errorf("an event of the publication day: %q", e.Title)
		}
	}
}

// TestLeadNamedAgain checks that an undated lead whose next sentence dates
// it as "the announcement" is that day's happening, with its headline, and
// that a lead after a dated sentence is left alone.
func TestLeadNamedAgain(t *testing.T) {
	a := doc("a.md", "2023-11-17", "Velmaria has declared its cholera outbreak over, three months after the first cases.\n\n"+
		"The health minister, Oren Dask, made the announcement on Thursday 16 November at a clinic in Ardent.")
	a.Article.Title = "Velmaria declares end to cholera outbreak"
	tl, _ := Extract([]Doc{a}, Options{})
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Date.String()+" "+e.Title)
	}
	if len(tl.Events) != 1 || tl.Events[0].Date.String() != "2023-11-16" {
		t.Errorf("events %q, want the declaration of 2023-11-16 only", got)
	}
	if !namesAgain("The minister made the announcement on Thursday.") || namesAgain("An announcement is due.") {
		t.Errorf("namesAgain")
	}
}

// TestLeadSequelNotAnaphora checks that an undated lead whose act answers,
// follows or undoes an earlier happening ("has been charged", "has
// reopened", "have named") does not take the day of the next sentence that
// dates that happening in its words, and still takes the day of a next
// sentence that tells its own act ("has been jailed" then "was sentenced").
func TestLeadSequelNotAnaphora(t *testing.T) {
	for _, tc := range []struct {
		name, pub, head, text, lead, want string
	}{
		{"charge after a death", "2027-02-09", "Man charged over death of woman in Corby Vale",
			"A 40-year-old man has been charged with the murder of a woman in Corby Vale.\n\nAnnie Lusk, 62, was found dead at her home on Sunday morning.\n\nHe will appear in court on Thursday.",
			"A 40-year-old man has been charged", "2027-02-09"},
		{"reopening after a closure", "2027-02-09", "Swing bridge reopens",
			"The Essel swing bridge has reopened to traffic after emergency repairs.\n\nThe bridge was closed on Monday when an inspector found a crack.\n\nBuses are back on their usual route.",
			"The Essel swing bridge has reopened", "2027-02-09"},
		{"naming after a fall", "2027-02-09", "Police name walker who died in fall",
			"Police have named the walker who died on Crag Moor.\n\nThe man fell from a ledge on Sunday afternoon.\n\nHis family paid tribute to him.",
			"Police have named the walker", "2027-02-09"},
		{"jailing told as a sentence", "2027-02-09", "Fraudster jailed for stealing from charity",
			"A treasurer who stole from a children's charity has been jailed for four years.\n\nThe treasurer, Ron Palk, was sentenced at Essel Crown Court on Monday for stealing from the charity.\n\nHe had admitted theft.",
			"A treasurer who stole", "2027-02-08"},
	} {
		d := doc("a.md", tc.pub, tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsWhere(tl, func(x string) bool { return strings.HasPrefix(x, tc.lead) }); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%s: the lead is in events of %v, want [%s]", tc.name, got, tc.want)
		}
	}
}

// TestWhichClauseOwnWords checks that a "which" clause's happening is told
// by the clause and the thing before it, not by the rest of its sentence
// nor by the people of the clause before: two articles that tell the same
// claim in such clauses, inside sentences about other things, give one
// event.
func TestWhichClauseOwnWords(t *testing.T) {
	a := doc("a.md", "2025-08-06", "Chief prosecutor Anne Roux told reporters in Marlow she would not say whether the three suspects held since dawn were linked to the self-styled Red Morning Front, which claimed the attack in an online message on Tuesday.")
	b := doc("b.md", "2025-08-07", "The Red Morning Front, which claimed responsibility on Tuesday, has described itself as opposed to the replacement of the nation's people by migrants and has called for violence against officials in the capital.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	var got []string
	for _, e := range tl.Events {
		if e.Date.String() == "2025-08-05" {
			got = append(got, e.Title)
		}
	}
	if len(got) != 1 {
		t.Errorf("events of the claim's day %q, want one", got)
	}
}

// TestHeadlineAhead checks that a headline that tells what is to come
// ("Schools to close as fever spreads") joins the happening its lead dates
// in the days after publication, not its publication day.
func TestHeadlineAhead(t *testing.T) {
	a := doc("a.md", "2023-09-29", "All primary schools in the Ardent district will close on Monday, two weeks before the end of term, the education ministry said.")
	a.Article.Title = "Ardent schools to close as fever spreads"
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() != "2023-10-02" {
			t.Errorf("an event of %s %q, want the closure of 2023-10-02 only", e.Date, e.Title)
		}
	}
	for h, want := range map[string]bool{
		"Ardent schools to close as fever spreads": true,
		"Minister to resign":                       true,
		"Death toll rises to 12":                   false,
		"Trip to Paris":                            false,
		"Turnout up to the highest in years":       false,
	} {
		if got := headlineAhead(h); got != want {
			t.Errorf("headlineAhead(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestSubjectNounTime checks that a time dating a noun before its clause's
// verb, in the subject or an opening phrase, dates the noun only: the
// clause is no event of that day, the noun joins the happening it names,
// and a noun that names none dates nothing.
func TestSubjectNounTime(t *testing.T) {
	a := doc("a.md", "2025-08-04", "Tens of thousands of people marched in silence through the centre of Harwick on Sunday.")
	b := doc("b.md", "2025-08-05", "Organisers of Sunday's silent march in Harwick counted more than 40,000 people.\n\n"+
		"Relatives of Sunday's victims gathered outside the town hall.\n\n"+
		"After Sunday's march, shops in the centre stayed shut.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	for _, e := range tl.Events {
		low := strings.ToLower(e.Title)
		for _, w := range []string{"counted", "gathered", "stayed"} {
			if strings.Contains(low, w) && e.Date.String() == "2025-08-03" {
				t.Errorf("%s %q: the time dates the noun, not %q", e.Date, e.Title, w)
			}
		}
	}
	if objectTime("Relatives of Sunday's victims gathered.", [2]int{0, 37}, timex.Timex{Start: 13, End: 19, Text: "Sunday"}) == false {
		t.Errorf("objectTime: a possessive in the subject after \"of\"")
	}
}

// TestReportedNotTitleOfNoun checks that a noun of another day inside a
// statement ("said on Friday that the toll from Wednesday's shooting had
// risen") with no headline of its own is no event of that day titled by
// the statement.
func TestReportedNotTitleOfNoun(t *testing.T) {
	a := doc("a.md", "2026-03-13", "Civil society groups said on Friday that the death toll from Wednesday's shooting had risen to 11.")
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() == "2026-03-11" {
			t.Errorf("an event of the shooting's day titled %q", e.Title)
		}
	}
}

// TestFiledTime checks that a past clock time later than the filing time
// on the publication day is no happening of that day.
func TestFiledTime(t *testing.T) {
	a := doc("a.md", "2025-08-04", "Survivors described scenes of chaos after the bomb went off shortly before 7:45 pm.")
	a.Filed = time.Date(2025, 8, 4, 19, 40, 0, 0, time.FixedZone("", 2*3600))
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() == "2025-08-04" {
			t.Errorf("an event of the filing day after its filing: %q", e.Title)
		}
	}
	a.Filed = time.Time{}
	if tl, _ := Extract([]Doc{a}, Options{}); len(tl.Events) != 1 {
		t.Errorf("with no filing time, want the clock time's event: %d events", len(tl.Events))
	}
}

// TestLeadToNextSentence checks that an undated lead, with its headline,
// is the happening of the dated sentence after it when the two share words
// (a byline may stand between), and that a headline that shares few words
// with its lead still takes it along.
func TestLeadToNextSentence(t *testing.T) {
	a := doc("a.md", "2012-03-20", "An armed group holding two aid workers in the desert has demanded a ransom of ten million euros for their release, a news agency reported.\n\n"+
		"In a statement published late on Monday, a spokesman for the group said the hostages were well and would be freed when the ransom is paid.")
	a.Article.Title = "Kidnappers of aid workers demand ransom"
	b := doc("b.md", "2023-08-31", "Rui Tavares has appealed against his four-year doping ban, blaming a tainted supplement.\n\nBy Staff Reporter\n\n"+
		"The runner lodged his appeal against the doping ban with the sport's court yesterday.")
	b.Article.Title = "Tavares takes doping ban to sport's court"
	for _, d := range []Doc{a, b} {
		tl, _ := Extract([]Doc{d}, Options{})
		for _, e := range tl.Events {
			if e.Date == d.Article.Published {
				t.Errorf("%s: an event of the publication day: %q", d.Article.Path, e.Title)
			}
		}
	}
}

// TestSubjectParticipleTime checks that a time that closes a participle's
// phrase in the subject, right before the clause's finite verb, dates the
// participle's happening, not the clause: "... kidnapped in Niger two
// months ago have been released" is no release of two months ago.
func TestSubjectParticipleTime(t *testing.T) {
	a := doc("a.md", "2012-05-11", "A Danish nurse and a Dutch engineer kidnapped in Mali two months ago have been released and are safe, the government said.")
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() == "2012-03" && strings.Contains(e.Title, "released") {
			t.Errorf("an event of the kidnapping's month titled by the release: %q", e.Title)
		}
	}
	b := doc("b.md", "2018-12-31", "Judges in Quarry Hill handed down their ruling today in the case brought against the harbour board.")
	if tl, _ := Extract([]Doc{b}, Options{}); len(tl.Events) != 1 || !strings.Contains(tl.Events[0].Title, "against the harbour board") {
		t.Errorf("a clause's own verb before a participle keeps its time and title: %+v", tl.Events)
	}
}

// TestBurstIsCollapse checks that the lexicon's words for one kind of
// failure ("burst", "collapse") tell one happening across articles.
func TestBurstIsCollapse(t *testing.T) {
	a := doc("a.md", "2016-10-05", "An earthen dam on a farm in the Velm valley burst on Tuesday night, sending a wall of water through the village of Orla.")
	b := doc("b.md", "2016-10-06", "Tuesday's collapse released a torrent that tore through about 200 homes, a school and a clinic in Orla.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	var got []string
	for _, e := range tl.Events {
		if e.Date.String() == "2016-10-04" {
			got = append(got, e.Title)
		}
	}
	if len(got) != 1 {
		t.Errorf("events of the burst's day %q, want one", got)
	}
}

// TestDeclarationWithAttribution checks that a declaration told with a
// closing attribution ("..., officials said") is still performative: cited
// by the happening of its day, it is no statement event beside it.
func TestDeclarationWithAttribution(t *testing.T) {
	a := doc("a.md", "2016-10-05", "Velmaria declared a national disaster on Wednesday after floods in the north killed at least 23 people, officials said.")
	b := doc("b.md", "2016-10-13", "Timeline: the northern floods\n5 October - Velmaria declares a national disaster; 4,000 people are moved from the valley.\n6 October - The army joins the search.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	var got []string
	for _, e := range tl.Events {
		if e.Date.String() == "2016-10-05" {
			got = append(got, e.Title)
		}
	}
	if len(got) != 1 {
		t.Errorf("events of the declaration's day %q, want one", got)
	}
	if !performative("Velmaria declared a national disaster on Wednesday, officials said.") || performative("The minister said the disaster was declared.") {
		t.Errorf("performative")
	}
}

// TestThatClauseTime checks that a time in a relative clause opened by
// "that" after a noun dates that clause, and the clause's own later time
// dates the clause: "arrested the owner of a dam that burst last week,
// killing 46 people, on Tuesday evening" is an arrest of Tuesday.
func TestThatClauseTime(t *testing.T) {
	a := doc("a.md", "2016-10-11", "Police arrested the owner of a farm dam that burst last week, killing 46 people, on Tuesday evening.")
	tl, _ := Extract([]Doc{a}, Options{})
	found := false
	for _, e := range tl.Events {
		if strings.Contains(e.Title, "arrested") {
			found = true
			if e.Date.String() != "2016-10-11" || strings.Contains(e.Title, "killing") {
				t.Errorf("%s %q, want the arrest of 2016-10-11 without the burst's participle", e.Date, e.Title)
			}
		}
	}
	if !found {
		t.Errorf("no arrest: %+v", tl.Events)
	}
}

// TestUntilNounTime checks that a time that dates the noun ending a span
// opened by "until" ("held until a bail hearing on October 25") dates
// nothing of its clause, and that "due before a judge on Thursday" is no
// such span.
func TestUntilNounTime(t *testing.T) {
	a := doc("a.md", "2016-10-12", "Kirui pleaded not guilty before a magistrate, who ordered him held until a bail hearing on October 25.")
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() == "2016-10-25" {
			t.Errorf("an event of the hearing's day: %q", e.Title)
		}
	}
	b := doc("b.md", "2016-10-12", "The 27 suspects are due before a judge on Thursday.")
	if tl, _ := Extract([]Doc{b}, Options{}); len(tl.Events) != 1 {
		t.Errorf("due before a judge on Thursday: %+v", tl.Events)
	}
}

// TestClosingAttribution checks that a happening told with a closing
// attribution ("..., a spokeswoman for the prosecutor's office said"),
// which a happening of the same day cites, is not a statement event of its
// own beside it: one sentence, one event.
func TestClosingAttribution(t *testing.T) {
	a := doc("a.md", "2019-03-05", "The man, who had a rifle and a rucksack, went into the post office on the Tarvik main square shortly before 9 a.m. on Monday, soon after it opened, a spokeswoman for the Tarvik prosecutor's office said.")
	b := doc("b.md", "2019-03-08", "The siege at the post office on the Tarvik main square lasted from Monday morning until dawn on Wednesday.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	cited := citations(tl, "a.md")
	if len(tl.Events) != 1 || cited != 1 {
		t.Errorf("want one event citing a.md's sentence once, got %d events, %d citations: %+v", len(tl.Events), cited, tl.Events)
	}
	for s, want := range map[string]bool{
		"A bridge collapsed on Tuesday, officials said.":                               true,
		"A bridge collapsed on Tuesday, according to the police.":                      true,
		"The minister said on Tuesday, after a meeting, that the bridge would reopen.": false,
		"Kiir spoke on Tuesday of the raid on Guffa, which he said killed seven.":      false,
		"A bridge collapsed, officials said on Tuesday.":                               false,
		// A participle clause after the credit line is no part of it.
		"A bridge collapsed on Tuesday, county officials said, sending traffic onto side roads.": true,
		"A bridge collapsed on Tuesday, cutting the town in two, officials said.":                true,
		"A bridge, officials said, collapsed on Tuesday, cutting the town in two.":               false,
		"A bridge collapsed on Tuesday, the mayor warned, sending traffic onto side roads.":      false,
		"The mayor said on Tuesday, the paper reported, during the vote, that it would reopen.":  false,
		// The one told may close the credit line.
		"A bridge collapsed on Tuesday, the county engineer confirmed to reporters.": true,
		"A bridge collapsed on Tuesday, her agent confirms to the local paper.":      true,
		"A bridge collapsed on Tuesday, forcing drivers to take the ferry.":          false,
		"A bridge collapsed on Tuesday, the mayor hoping to reopen it soon.":         false,
	} {
		c := &candidate{stext: s}
		i := strings.Index(s, "Tuesday")
		c.tx = expr{Start: i, End: i + len("Tuesday"), Text: "Tuesday"}
		if got := c.attributed(); got != want {
			t.Errorf("attributed(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestReportedSameDayKind checks that a statement's report of a happening
// whose time stands in what it tells ("The owner said a blaze started in
// the mill's drying hall on Monday") is that happening of the day, named
// by the same kind in other words ("A fire broke out at the mill on
// Monday"), as a dated mention of it would be: one event, not two.
func TestReportedSameDayKind(t *testing.T) {
	a := doc("a.md", "2019-03-05", "A fire broke out at the Orla paper mill on Monday, sending smoke over the valley.")
	b := doc("b.md", "2019-03-06", "The owner said a blaze started in the mill's drying hall on Monday after a machine overheated.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	if len(tl.Events) != 1 || len(tl.Events[0].Sources) != 2 {
		t.Errorf("want one event with both sources: %+v", tl.Events)
	}
	// A statement of the day that tells no time of what it reports stays
	// apart: "said on Monday" dates the telling.
	c := doc("c.md", "2019-03-05", "The owner said on Monday that the mill's insurers had been told of the blaze.")
	tl, _ = Extract([]Doc{a, c}, Options{})
	if len(tl.Events) != 2 {
		t.Errorf("want the statement apart: %+v", tl.Events)
	}
}

// TestDiscoveryIsAKind checks that the lexicon's words for finding out
// ("discovered", "detected") name one kind of happening: the day a loss
// was found, told in other words by two articles, is one event.
func TestDiscoveryIsAKind(t *testing.T) {
	a := doc("a.md", "2019-03-05", "The theft of two paintings from the Vennel museum was discovered on Monday when staff opened the doors.")
	b := doc("b.md", "2019-03-06", "The curator said her assistant detected the missing paintings on Monday during a routine check.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	if len(tl.Events) != 1 {
		t.Errorf("want one event of the discovery: %+v", tl.Events)
	}
}

// TestCoarseWithOwnName checks that a month-level retelling of a day's
// happening of the same kind joins it when it shares a name with it, even
// with a name no other article uses ("Volunteers from Kessing helped with
// the fire in Brell in March": Kessing can neither confirm nor deny), but
// not when that lone name is all it names.
func TestCoarseWithOwnName(t *testing.T) {
	a := doc("a.md", "2019-03-04", "A blaze destroyed the Brell warehouse on Sunday, March 3, and sent smoke across the port.")
	b := doc("b.md", "2019-05-10", "Volunteers from Kessing helped with the fire in Brell in March.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	if len(tl.Events) != 1 || len(tl.Events[0].Sources) != 2 {
		t.Errorf("want the March retelling in the fire of March 3: %+v", tl.Events)
	}
	c := doc("c.md", "2019-05-10", "Volunteers fought a fire at the Kessing mill in March.")
	tl, _ = Extract([]Doc{a, c}, Options{})
	if len(tl.Events) != 2 {
		t.Errorf("want the Kessing fire apart: %+v", tl.Events)
	}
}

// TestSameOddMinute checks that two reports of one day that name the same
// odd minute ("at 3:52 a.m.") are one happening, however different the
// places each names; the same two at a round quarter of an hour ("at 3:45
// a.m.", shared by many happenings of a day) stay two.
func TestSameOddMinute(t *testing.T) {
	for _, tc := range []struct {
		clock string
		want  int
	}{{"3:52", 1}, {"3:45", 2}} {
		a := doc("a.md", "2021-06-08", "The quake struck at "+tc.clock+" a.m. on Monday near Dorrow, waking the whole Kessel valley.")
		b := doc("b.md", "2021-06-09", "Rescue teams from Annsford reached Millbrook, where a quake toppled the old church at "+tc.clock+" a.m. on Monday.")
		tl, _ := Extract([]Doc{a, b}, Options{})
		if len(tl.Events) != tc.want {
			t.Errorf("at %s: want %d events, got %+v", tc.clock, tc.want, tl.Events)
		}
	}
}

// TestPassiveReportNoStatement checks that a sentence that says its verb of
// saying in the passive ("was reported missing on Tuesday"), cited by the
// happening of its day, is no statement event beside it: nobody is named
// who said anything.
func TestPassiveReportNoStatement(t *testing.T) {
	a := doc("a.md", "2021-06-09", "The alarm was raised on Tuesday when the climber failed to come home from Mount Arlo.\n\nHe was reported missing Tuesday after he failed to come home.")
	tl, _ := Extract([]Doc{a}, Options{})
	if len(tl.Events) != 1 || len(tl.Events[0].Sources) < 2 {
		t.Errorf("want one event citing both sentences: %+v", tl.Events)
	}
}

// TestAttributionWithShortForm checks that a closing attribution is no
// longer for a name's short form in brackets ("..., the Arlo Institute of
// Volcanology and Seismology (Arvolcs) said"): the sentence is the
// happening its time dates, cited there, and no statement of its own.
func TestAttributionWithShortForm(t *testing.T) {
	b := doc("b.md", "2021-06-09", "The eruption of Mount Arlo began early on Tuesday and lasted most of the morning.\n\nThe eruption began at 5:10 a.m. and lasted about 40 minutes, the Arlo Institute of Volcanology and Seismology (Arvolcs) said.")
	tl, _ := Extract([]Doc{b}, Options{})
	if len(tl.Events) != 1 || len(tl.Events[0].Sources) < 2 {
		t.Errorf("want one event citing both sentences: %+v", tl.Events)
	}
}

// TestMonthRetellingJoinsDayLater checks that a month's retelling ("the
// fire at Dunne's warehouse in March") joins the day of the same kind of
// happening when only that day's headline tells its kind ("Fire guts
// ..."): the headline joins after the month was tried. A month's fire at
// someone else's warehouse stays apart.
func TestMonthRetellingJoinsDayLater(t *testing.T) {
	day := doc("a.md", "2009-03-18", "Crews spent six hours on Tuesday at the warehouse of Paul Dunne in Harlow, pouring water on what was left of the stock.")
	day.Article.Title = "Fire guts warehouse of Paul Dunne"
	for _, tc := range []struct {
		text string
		want int
	}{
		{"The charges follow the fire at Dunne's warehouse in March.", 1},
		{"The charges follow the fire at Marlow's warehouse in March.", 2},
	} {
		b := doc("b.md", "2009-06-25", tc.text)
		tl, _ := Extract([]Doc{day, b}, Options{})
		if len(tl.Events) != tc.want {
			t.Errorf("%q: want %d events, got %+v", tc.text, tc.want, tl.Events)
		}
	}
}

// TestCoarseRetellingOfNewsStatement checks that a month's retelling of a
// happening ("In February Arden recalled about 90,000 older Torvos") joins
// the day an article's lead tells it as a statement ("Arden Motors is
// recalling ..., the safety regulator said on Wednesday"), but not when it
// tells what is to come ("will be notified ... later this month").
func TestCoarseRetellingOfNewsStatement(t *testing.T) {
	a := doc("a.md", "2022-02-09", "Arden Motors is recalling about 90,000 Torvo pickups in the United States because a brake line can crack, the safety regulator said on Wednesday.\n\nThe pickups were built between 2019 and 2021.")
	a.Article.Title = "Arden recalls 90,000 Torvo pickups"
	for _, tc := range []struct {
		pub, text string
		want      int
	}{
		{"2022-06-01", "In February Arden recalled about 90,000 older Torvos, saying it knew of no crashes.", 1},
		{"2022-02-14", "Owners of the recalled Torvos will be notified by Arden later this month.", 2},
	} {
		b := doc("b.md", tc.pub, tc.text)
		tl, _ := Extract([]Doc{a, b}, Options{})
		n := 0
		for _, e := range tl.Events {
			if e.Date.Gran >= timeline.Month && e.Date.Year == 2022 && e.Date.Month == 2 {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: want %d events of February 2022, got %+v", tc.text, tc.want, tl.Events)
		}
	}
}

// TestDatedNounJoinsItsDay checks that a sentence that names the story's
// happening by its day ("the stampede on 3 June", "the 3 June stampede"),
// whatever else it tells, cites the happening of that day, and that one
// whose time dates a noun that names no happening ("inspected the arena
// on 3 June") or that names someone the happening does not stays apart.
func TestDatedNounJoinsItsDay(t *testing.T) {
	a := doc("a.md", "2023-06-04", "Seven people died and scores were hurt on Saturday when a crowd stampeded at the gates of a music festival in Larkfield, police said.\n\nOrganisers cancelled the rest of the programme.")
	a.Article.Title = "Seven dead in festival stampede"
	for _, tc := range []struct {
		text string
		want int // sources of the other article in the events of 3 June
		with bool
	}{
		{"The withdrawal of the permit, agreed by the licensing board at a hearing on Thursday after months of complaints from neighbours about noise, parking and litter, follows the stampede on 3 June.", 1, true},
		{"Saturday's stampede has cost the promoter its licence for next summer's concerts and a sponsorship deal with a brewery.", 1, true},
		{"Fire officers inspected the arena on 3 June and found two exits locked.", 1, false},
		{"Inspector Marta Quell will lead the review of the stampede on 3 June, the council said on Friday.", 1, false},
	} {
		pub := "2023-07-06"
		if strings.HasPrefix(tc.text, "Saturday") {
			pub = "2023-06-06"
		}
		b := doc("b.md", pub, tc.text)
		tl, _ := Extract([]Doc{a, b}, Options{})
		joined := false
		n := 0
		for _, e := range find(tl, "2023-06-03") {
			var docs []string
			for _, s := range e.Sources {
				docs = append(docs, s.Article)
			}
			if slices.Contains(docs, "a.md") && slices.Contains(docs, "b.md") {
				joined = true
			}
			if slices.Contains(docs, "b.md") {
				n++
			}
		}
		if joined != tc.with || tc.with && n != tc.want {
			t.Errorf("%q: want it joined with the stampede %v, got %v (%d events of 3 June cite it): %+v", tc.text, tc.with, joined, n, tl.Events)
		}
	}
}

// TestRetoldInOneArticle checks that an article's later sentence that
// names its happening by a definite noun ("The blast happened at 6:17
// a.m. ...") joins the happening its lead told of that day, though the
// two clusters share that article, and that a sentence that tells another
// happening of the kind ("A second blast", "Another explosion ... after
// the blast") stays apart.
func TestRetoldInOneArticle(t *testing.T) {
	b := doc("b.md", "2021-09-13", "Two workers were killed on Monday when an explosion tore through the Brannock Foods factory in Fenmoor, sending smoke over the town.\n\nNine other workers were taken to hospital.")
	b.Article.Title = "Factory explosion kills two"
	for _, tc := range []struct {
		text   string
		events int // events of 13 September
	}{
		{"The blast happened at 6:17 a.m. in a mixing hall at the Brannock Foods works by the river, which makes breakfast cereals.", 1},
		{"A second blast hit a mixing hall at the Brannock Foods works by the river at 9:48 p.m., which makes breakfast cereals.", 2},
		{"Another explosion hit a mixing hall at the Brannock Foods works by the river at 9:48 p.m., after the blast.", 2},
	} {
		a := doc("a.md", "2021-09-14", "An explosion ripped through a food factory on the north bank of the Fenmoor river on Monday, killing two workers and forcing 500 people from nearby streets as smoke drifted over the town.\n\n"+tc.text+"\n\nCrews searched the wreckage through the night.")
		a.Article.Title = "Two dead as blast rocks Fenmoor food factory"
		tl, _ := Extract([]Doc{a, b}, Options{})
		if got := find(tl, "2021-09-13"); len(got) != tc.events {
			t.Errorf("%q: want %d events of 13 September, got %d: %+v", tc.text, tc.events, len(got), got)
		}
	}
}

// TestRetellingJoinsStoryHappening checks that a sentence with no date of
// its own that names the story's happening by its kind weeks later ("since
// the fire") cites that happening, and that one that names people by a
// word of the kind ("the dead"), denies ("was not told about the fire") or
// could mean either of two happenings of the kind the story has stays out.
func TestRetellingJoinsStoryHappening(t *testing.T) {
	a := doc("a.md", "2022-05-02", "A fire swept through the Kelton paper mill on Sunday, killing two night-shift workers and sending a column of smoke over the valley.\n\nCrews from four towns fought the flames for nine hours.")
	a.Article.Title = "Fire guts Kelton paper mill"
	b := doc("b.md", "2022-05-01", "Two workers died on Sunday when fire tore through the Kelton paper mill, fire officials said.\n\nThe cause is being investigated.")
	b.Article.Title = "Two die in Kelton mill fire"
	// A second fire of the story, as widely reported.
	d := doc("d.md", "2022-05-11", "A fire destroyed a Kelton storage depot on Tuesday, days after the mill blaze.\n\nNo one was hurt.")
	e := doc("e.md", "2022-05-10", "Fire crews were called to the Kelton storage depot on Tuesday as flames tore through its roof.")
	const opening = "The owners of the Kelton paper mill will decide next month whether to rebuild.\n\nThe mill employed 240 people and supplied packaging firms across the region.\n\nIts chief executive has asked the county for help with the cost.\n\n"
	for _, tc := range []struct {
		text   string
		second bool // the story has a second fire
		want   bool
	}{
		{"Orders at Kelton have fallen by a fifth since the fire.", false, true},
		{"Relatives of the dead were at the gates.", false, false},
		{"The union at Kelton says it was not told about the fire.", false, false},
		{"Orders at Kelton have fallen by a fifth since the fire.", true, false},
	} {
		c := doc("c.md", "2022-05-24", opening+tc.text)
		c.Article.Title = "Kelton mill weighs its future"
		docs := []Doc{a, b, c}
		if tc.second {
			docs = append(docs, d, e)
		}
		tl, _ := Extract(docs, Options{})
		cited := false
		for _, ev := range find(tl, "2022-05-01") {
			for _, s := range ev.Sources {
				cited = cited || s.Article == "c.md"
			}
		}
		if cited != tc.want {
			t.Errorf("%q (second fire %v): want the fire of 1 May to cite it %v, got %v: %+v", tc.text, tc.second, tc.want, cited, tl.Events)
		}
	}
}

// TestDatedKindJoinsItsDay checks that a sentence that only dates a
// happening it names by its kind ("the jailbreak, which took place late on
// 9 March") joins the one happening of that day another article tells in
// its own words ("climbed the perimeter wall late on Saturday"), when that
// article names the kind too; and stays apart when the day holds a second
// happening, when that article never names the kind, or when the verb has
// an object of its own ("which began a search on 9 March").
func TestDatedKindJoinsItsDay(t *testing.T) {
	for _, tc := range []struct {
		title, extra, later string
		joined              bool
	}{
		{"Two inmates escape from Harlow Bay prison", "", "which took place late on 9 March", true},
		{"Two inmates escape from Harlow Bay prison", "", "which happened on the night of 9 March", true},
		{"Two inmates escape from Harlow Bay prison", "A fire broke out in the kitchen block of a school in Harlow Bay on Saturday morning.\n\n", "which took place late on 9 March", false},
		{"Two inmates missing from Harlow Bay prison", "", "which took place late on 9 March", false},
		{"Two inmates escape from Harlow Bay prison", "", "which began a search on 9 March", false},
	} {
		a := doc("a.md", "2019-03-11", "Two inmates climbed the perimeter wall of Harlow Bay prison late on Saturday and were still at large last night.\n\n"+tc.extra+"Officers searched farmland north of the town.")
		a.Article.Title = tc.title
		b := doc("b.md", "2019-04-02", "The state's prisons minister said on Tuesday that the inquiry into the jailbreak, "+tc.later+", would report in June.\n\nBoth men are back in custody.")
		b.Article.Title = "Prisons minister under pressure"
		tl, _ := Extract([]Doc{a, b}, Options{})
		joined := false
		for _, e := range tl.Events {
			if e.Date.String() != "2019-03-09" {
				continue
			}
			var docs []string
			for _, s := range e.Sources {
				docs = append(docs, s.Article)
			}
			joined = joined || slices.Contains(docs, "a.md") && slices.Contains(docs, "b.md")
		}
		if joined != tc.joined {
			t.Errorf("%q / %q / %q: joined %v, want %v: %+v", tc.title, tc.extra, tc.later, joined, tc.joined, find(tl, "2019-03-09"))
		}
	}
}

// TestMainNounRetelling checks that a sentence with no date of its own
// that calls the story's one main happening by a word for any happening
// ("since the disaster") cites it, and that it cites nothing when the
// story has a second such happening, when the word stands before a noun
// ("the disaster fund"), or when its article dates another happening of
// the kind; an article's dated sentence that names the story's happening
// only as what its own came after ("resigned ... three weeks after the
// fire") is no other happening of the kind.
func TestMainNounRetelling(t *testing.T) {
	a := doc("a.md", "2021-10-11", "Fire ripped through the Ossington textile works on Sunday night, killing three workers on the late shift.\n\nSmoke closed two roads near the works until dawn.")
	a.Article.Title = "Three killed in Ossington works fire"
	b := doc("b.md", "2021-10-10", "Three workers died on Sunday when a blaze swept through the Ossington textile works, the fire service said.\n\nInvestigators will return at first light.")
	b.Article.Title = "Workers die in Ossington works blaze"
	// A second fire of the story, told by two articles too.
	d := doc("d.md", "2021-10-20", "A fire gutted a warehouse at the Ossington docks on Tuesday, a week after the works blaze.\n\nNo one was inside.")
	e := doc("e.md", "2021-10-19", "Firefighters fought flames at an Ossington docks warehouse on Tuesday.")
	const opening = "The owners of the Ossington textile works have not said whether they will reopen it.\n\nThe works employed 310 people and sold cloth to mills across the north.\n\n"
	for _, tc := range []struct {
		dated, text string
		second      bool
		want        bool
	}{
		{"", "Orders at Ossington have fallen by a third since the disaster.", false, true},
		{"", "The tragedy has split a town where one family in four works for the mill.", false, true},
		{"", "Orders at Ossington have fallen by a third since the disaster.", true, false},
		{"", "Gifts to the disaster fund have passed £40,000.", false, false},
		{"The works manager resigned on Monday, three weeks after the fire.\n\n", "Orders at Ossington have fallen by a third since the fire.", false, true},
		{"The works manager resigned on Monday, three weeks after the fire.\n\n", "Orders at Ossington have fallen by a third since the disaster.", false, true},
		{"A fire damaged the works manager's garage on Monday.\n\n", "Orders at Ossington have fallen by a third since the fire.", false, false},
		{"A fire damaged the works manager's garage on Monday.\n\n", "Orders at Ossington have fallen by a third since the disaster.", false, false},
	} {
		c := doc("c.md", "2021-11-02", opening+tc.dated+tc.text)
		c.Article.Title = "Ossington counts the cost"
		docs := []Doc{a, b, c}
		if tc.second {
			docs = append(docs, d, e)
		}
		tl, _ := Extract(docs, Options{})
		cited := false
		for _, ev := range find(tl, "2021-10-10") {
			for _, s := range ev.Sources {
				cited = cited || s.Article == "c.md" && strings.Contains(s.Sentence, "since") || s.Article == "c.md" && strings.Contains(s.Sentence, "tragedy")
			}
		}
		if cited != tc.want {
			t.Errorf("%q %q (second fire %v): want the fire of 10 October to cite it %v, got %v: %+v", tc.dated, tc.text, tc.second, tc.want, cited, find(tl, "2021-10-10"))
		}
	}
}

// TestCoarseClauseNotItsSentencesDay checks that a clause dated by a
// month ("who was arrested earlier this month") in a sentence whose other
// clause is dated to another day ("said on Thursday") joins the happening
// of its month that other articles date to the day, not the statement of
// its own sentence's day; and that, with no such happening, it does not
// join the statement either.
func TestCoarseClauseNotItsSentencesDay(t *testing.T) {
	a := doc("a.md", "2023-05-03", "Police in Orvale arrested the harbour master Ines Corbel on Tuesday on suspicion of taking bribes from shipping agents.\n\nShe was released on bail in the evening.")
	a.Article.Title = "Orvale harbour master arrested"
	b := doc("b.md", "2023-05-19", "Ines Corbel, who was arrested on suspicion of bribery earlier this month, said on Thursday that she would fight to clear her name.\n\nHer lawyer declined to comment.")
	b.Article.Title = "Corbel vows to clear her name"
	for _, tc := range []struct {
		docs []Doc
		want bool // the month's clause cites the arrest of 2 May
	}{
		{[]Doc{a, b}, true},
		{[]Doc{b}, false},
	} {
		tl, _ := Extract(tc.docs, Options{})
		arrest, month := false, false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Article != "b.md" || s.Expression != "earlier this month" {
					continue
				}
				if e.Date.String() == "2023-05-18" {
					month = true // joined its own sentence's statement
				}
				if e.Date.String() == "2023-05-02" {
					arrest = true
				}
			}
		}
		if month || arrest != tc.want {
			t.Errorf("%d articles: want the month's clause with the arrest %v and never with Thursday's statement; got arrest %v, statement %v: %+v", len(tc.docs), tc.want, arrest, month, tl.Events)
		}
	}
}

// TestReportsObject checks that a sentence whose verb of saying, put after
// another verb, takes only a thing ("a neighbour called 911 and reported a
// fire"), which the day's happening cites, is no statement event beside it;
// one whose verb takes what was said stays a statement.
func TestReportsObject(t *testing.T) {
	a := doc("a.md", "2021-10-12", "Shortly before 2 a.m. on Sunday a neighbour called 911 and reported a fire at the Kessel bakery on Mill Lane.")
	b := doc("b.md", "2021-10-12", "A fire gutted the Kessel bakery on Mill Lane early on Sunday, destroying its ovens and the flat above it.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	cited := citations(tl, "a.md")
	if cited != 1 {
		t.Errorf("want a.md's sentence cited once, got %d citations: %+v", cited, tl.Events)
	}
	for s, want := range map[string]bool{
		"A neighbour called 911 and reported a fire at the bakery on Sunday.":     true,
		"The crew landed on Sunday and confirmed a fault in the left engine.":     true,
		"Police arrived on Sunday and said a man had been hurt.":                  false,
		"Her lawyer went to court on Sunday and told a judge that she was ready.": false,
		"A neighbour reported a fire at the bakery on Sunday.":                    false,
	} {
		c := &candidate{stext: s, seg: [2]int{0, len(s)}}
		i := strings.Index(s, "Sunday")
		c.tx = expr{Start: i, End: i + len("Sunday"), Text: "Sunday"}
		if got := c.reportsObject(); got != want {
			t.Errorf("reportsObject(%q) = %v, want %v", s, got, want)
		}
	}
}

// citations counts the sources of tl's events that cite article.
func citations(tl *timeline.Timeline, article string) int {
	n := 0
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Article == article {
				n++
			}
		}
	}
	return n
}
