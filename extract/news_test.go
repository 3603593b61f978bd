package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestDateOfARelativeClause: a headline whose only date belongs to a
// relative clause ("who swam to stardom in 1944") or to a noun ("the 2004
// tsunami") still tells its article's own news, which joins the happening
// another article dates.
func TestDateOfARelativeClause(t *testing.T) {
	for _, head := range []string{
		"Esther Williams, who swam to stardom in 1944, has died at 91 in her sleep at home in Beverly Hills.",
		"Esther Williams has died at 91 in her sleep at home in Beverly Hills, where the 2004 festival honoured her.",
	} {
		a := doc("a.md", "2013-06-07", head+"\nShe made her last film years later.")
		b := doc("b.md", "2013-06-07", "Esther Williams died on Thursday at 91 in her sleep at home in Beverly Hills.")
		tl, _ := Extract([]Doc{a, b}, Options{})
		var cites []string
		for _, e := range find(tl, "2013-06-06") {
			for _, s := range e.Sources {
				cites = append(cites, s.Article)
			}
		}
		if !slices.Contains(cites, "a.md") || !slices.Contains(cites, "b.md") {
			t.Errorf("%q: the death on 2013-06-06 cites %v, want a.md and b.md\n%+v", head, cites, tl.Events)
		}
	}
}

// TestDemonymNames: "an Indonesian official" names Indonesia, in the
// sentence's names and in its bag of words.
func TestDemonymNames(t *testing.T) {
	lx := lexiconFor(nil)
	s := "The quake shook houses, an Indonesian official said."
	if got := lx.names(s, 0, len(s)); !slices.Contains(got, "indonesia") {
		t.Errorf("names(%q) = %v, want indonesia", s, got)
	}
	p := "The quake shook houses in Indonesia."
	a, b := lx.bagOf(s, 0, len(s), [2]int{}), lx.bagOf(p, 0, len(p), [2]int{})
	if !slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) && strings.HasPrefix(w, "indones") }) {
		t.Errorf("bags %v and %v share no word for Indonesia", a, b)
	}
	// A newsroom's line adds a place.
	lx = lexiconFor([]string{"demonyms Ruritania: Ruritanian Ruritanians"})
	s = "A Ruritanian minister resigned."
	if got := lx.names(s, 0, len(s)); !slices.Contains(got, "ruritania") {
		t.Errorf("names(%q) = %v, want ruritania", s, got)
	}
}

// TestNationalities: two reports of a climber's death on one day are one
// event when they agree on the climber's nationality, two when they do not.
func TestNationalities(t *testing.T) {
	for other, want := range map[string]int{"British": 1, "Australian": 2} {
		twoReports(t, "2013-09-15", "2013-09-14", want,
			"A British climber died on Saturday after falling from a ridge in the national park.",
			"A "+other+" climber died on Saturday after falling from a ridge in the national park.")
	}
}

// twoReports checks that two articles published on pub, one sentence each,
// make want events on day.
func twoReports(t *testing.T, pub, day string, want int, a, b string) {
	t.Helper()
	tl, _ := Extract([]Doc{doc("a.md", pub, a), doc("b.md", pub, b)}, Options{})
	if got := len(find(tl, day)); got != want {
		t.Errorf("%q and %q: %d events on %s, want %d\n%+v", a, b, got, day, want, tl.Events)
	}
}

// TestLeadAfterTimeStamp: the time stamp lines under the
// headline take no place in the lead, so the sentence after them still
// tells the article's own news, dated by its publication.
func TestLeadAfterTimeStamp(t *testing.T) {
	d := doc("a.md", "2010-09-10", "Two dead in shooting at the Kraft plant in the city\nSeptember 10, 2010 10:14 AM\nSeptember 10, 2010 11:02 AM\n"+
		"Police say two workers have been killed in a shooting at the Kraft plant.")
	x := NewExtractor(Options{})
	sents := sentences(d.Text)
	txs := new(timex.Tagger).Tag(d.Text, d.Article.Published.First())
	cands, _ := docCandidates(0, d, sents, txs, x.g, x.lx)
	cands, _, _ = x.lx.news(0, d, sents, cands, x.g)
	for _, c := range cands {
		if c.basis == "published" && strings.HasPrefix(d.Text[c.sent.start:], "Police say") {
			return
		}
	}
	t.Errorf("the lead after the time stamp is not the article's own news: %+v", cands)
}

// TestMainClause: the main clause of a lead leaves its relative clause out
// and keeps the commas of the others, so that its title is cut where a
// clause ends, not inside a list of names.
func TestMainClause(t *testing.T) {
	text := "Vladimir Putin and Kim Jong Un, who held talks at the Vostochny Cosmodrome a day earlier, have said little about what they agreed, while Washington, Seoul and Tokyo warned against any arms deal between Russia and North Korea."
	s := sentences(text)[0]
	main := mainClause(text, s)
	if want := "Vladimir Putin and Kim Jong Un have said little about what they agreed, while Washington, Seoul and Tokyo warned against any arms deal between Russia and North Korea."; main != want {
		t.Errorf("main clause %q\nwant %q", main, want)
	}
	if got, want := clauseTitle(main, [2]int{0, len(main)}, nil), "Vladimir Putin and Kim Jong Un have said little about what they agreed"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestSinceOpensASpan: the date after "since" opens a span; it does not
// date the clause ("downloaded since its launch in 2003" is no 2003 event).
func TestSinceOpensASpan(t *testing.T) {
	text := "The firm said more than 4 billion songs had been downloaded from the store since its launch in 2003."
	tl, diags := Extract([]Doc{doc("a.md", "2008-04-03", text)}, Options{})
	if got := find(tl, "2003"); len(got) != 0 {
		t.Errorf("an event dated 2003: %+v", got)
	}
	if !slices.ContainsFunc(diags, func(d Diagnostic) bool { return strings.Contains(d.Reason, "since") }) {
		t.Errorf("no note of the span's start: %+v", diags)
	}
}

// TestUndatedSentenceKeepsToTheNews: an undated sentence that talks loosely
// of "the trip" is not a source of the trip of eight years before that its
// article mentions.
func TestUndatedSentenceKeepsToTheNews(t *testing.T) {
	text := "Kim Jong Un reached Vladivostok on Wednesday aboard his armoured train.\n" +
		"Kim Jong Il's last trip to Russia came in 2011, a few months before his death.\n" +
		"Kim told Russian television during a stop that he hoped the trip to Russia would be a useful one."
	tl, _ := Extract([]Doc{doc("a.md", "2019-04-24", text)}, Options{})
	for _, e := range find(tl, "2011") {
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, "Kim told") {
				t.Errorf("the 2011 trip cites %q", s.Sentence)
			}
		}
	}
}

// TestSameSpeaker: two articles that quote one speaker the built-in lists do
// not know, on one day, report one statement; two speakers make two.
func TestSameSpeaker(t *testing.T) {
	for other, want := range map[string]int{"Okafor": 1, "Lindqvist": 2} {
		twoReports(t, "2010-07-17", "2010-07-16", want,
			"Okafor said on Friday that every buyer would receive a free case for the phone.",
			"At a press conference on Friday, "+other+" said that all buyers of the phone would be eligible for a free bumper.")
	}
}

// TestDaySalience: a day that several articles date something to is a
// moment: its most salient event counts those articles, even when its
// reports split into several events; a day one article names is not.
func TestDaySalience(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-03-08", "A fire destroyed the old mill on Tuesday."),
		doc("b.md", "2024-03-08", "Crews pumped water from the river through the night on Tuesday."),
		doc("c.md", "2024-03-08", "Residents gathered on Tuesday outside the ruins to watch."),
		doc("d.md", "2024-03-08", "The council met on Monday to discuss the budget for roads."),
	}
	tl, _ := Extract(docs, Options{})
	best := 0.0
	for _, e := range find(tl, "2024-03-05") {
		best = max(best, e.Salience)
	}
	if best < 4 {
		t.Errorf("the best event of a day three articles name has salience %v, want at least 4 (1 + 3)\n%+v", best, tl.Events)
	}
	for _, e := range find(tl, "2024-03-04") {
		if e.Salience > 2 {
			t.Errorf("the day one article names: salience %v", e.Salience)
		}
	}
}

// TestRelativeClauseDate: a date in a relative clause opened without a
// comma is the relative clause's; when the clause has a day of its own
// after it, that day dates the clause and the title leaves the relative
// clause out. A date after the relative clause has ended stays the main
// clause's.
func TestRelativeClauseDate(t *testing.T) {
	for _, tc := range []struct{ pub, text, date, title string }{
		{"2000-11-25", "A fisherman who was rescued while clinging to an inner tube on Thanksgiving Day said Friday he had prayed for hours.",
			"2000-11-24", "A fisherman said he had prayed for hours"},
		{"2007-04-09", "An accounting firm employee who was fired last week shot and killed a woman Monday at the building where he worked.",
			"2007-04-09", "An accounting firm employee shot and killed a woman at the building where he worked"},
		// The relative clause has ended before the date ("was arrested").
		{"2007-04-10", "The man who shot three people was arrested on Monday after a chase.",
			"2007-04-09", "The man who shot three people was arrested after a chase"},
		// A later date that ends the title is the attribution's.
		{"1998-08-12", "The Aug. 7 bombings of the embassies killed 224 people, officials said on Wednesday.",
			"1998-08-07", "The bombings of the embassies killed 224 people, officials said"},
		// A year after it names a noun, not the clause's day.
		{"2013-07-03", "An earthquake which hit Aceh on Tuesday killed a child in a region hit by the tsunami of 2004.",
			"2013-07-02", "An earthquake which hit Aceh killed a child in a region hit by the tsunami of 2004"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", tc.pub, tc.text)}, Options{})
		found := false
		for _, e := range tl.Events {
			if e.Date.String() == tc.date && e.Title == tc.title {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no event %s %q in %+v", tc.text, tc.date, tc.title, tl.Events)
		}
	}
}

// TestPossessiveLaterDate: a second date of a clause that names a noun
// ("the men behind Tuesday's market bombing") is a mention of that day's
// happening, whatever its kind: the bombing cites both articles.
func TestPossessiveLaterDate(t *testing.T) {
	tl, _ := Extract([]Doc{
		doc("a.md", "2024-03-05", "A bomb exploded in a crowded market in Karachi on Tuesday, killing 12 people."),
		doc("b.md", "2024-03-06", "Police in Karachi were searching on Wednesday for the men behind Tuesday's market bombing."),
	}, Options{})
	for _, e := range find(tl, "2024-03-05") {
		arts := map[string]bool{}
		for _, s := range e.Sources {
			arts[s.Article] = true
		}
		if arts["a.md"] && arts["b.md"] {
			return
		}
	}
	t.Errorf("no event of 2024-03-05 cites both articles: %+v", tl.Events)
}

// TestPossessiveFirstDate: a first date that names a noun ("Tuesday's bomb
// attack") leaves the clause to a later date of its own: the death toll
// rose on Thursday.
func TestPossessiveFirstDate(t *testing.T) {
	tl, _ := Extract([]Doc{doc("a.md", "2024-03-07", "The death toll from Tuesday's bomb attack on a Karachi market rose to 15 on Thursday, hospital officials said.")}, Options{})
	if len(find(tl, "2024-03-05")) == 0 || len(find(tl, "2024-03-07")) == 0 {
		t.Errorf("want an event on the day of the attack and one on the day the toll rose: %+v", tl.Events)
	}
}

// TestJoinedSentencesDoNotAttract: the sentences that joined a happening
// only because their article dates it elsewhere (quotes, background) do not
// make its words: another article's quote that matches them, and not the
// happening, stays out of it.
func TestJoinedSentencesDoNotAttract(t *testing.T) {
	quotes := "“Our door remains open to everyone in this town,” said the Harbour Workers Union.\n" +
		"“We will study the details carefully before saying more,” said the Harbour Workers Union.\n" +
		"“Nobody should pretend this was easy for anyone here,” said the Harbour Workers Union.\n"
	strike := "A strike by the Harbour Workers Union halted work at the Keswick docks on Friday.\n" + quotes
	other := "Floods closed the coast road at Arnmouth on Saturday after a week of heavy rain.\n" +
		"“We will study the details carefully before saying more,” said the Harbour Workers Union.\n"
	tl, _ := Extract([]Doc{doc("strike.md", "2024-03-16", strike), doc("flood.md", "2024-03-17", other)}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() != "2024-03-15" {
			continue
		}
		for _, s := range e.Sources {
			if s.Article == "flood.md" {
				t.Errorf("the strike of %s cites the flood story's %q (%s)", e.Date, s.Sentence, s.Basis)
			}
		}
	}
}

// TestQuotationIsNoRepeat: a quotation an article adds to a happening it
// dates is a reaction, not the happening told again: it cites none.
func TestQuotationIsNoRepeat(t *testing.T) {
	text := "A strike by the Harbour Workers Union halted work at the Keswick docks on Friday.\n\n" +
		"Ships waited off the coast for a berth.\n\n" +
		"The port handles most of the region's grain.\n\n" +
		"“The numbers speak for themselves at the Keswick docks,” said the Harbour Workers Union.\n"
	tl, _ := Extract([]Doc{doc("strike.md", "2024-03-16", text)}, Options{})
	found := false
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, "A strike") {
				found = true
			}
			if strings.HasPrefix(s.Sentence, "“") {
				t.Errorf("%s %q cites the quotation %q (%q, %q)", e.Date, e.Title, s.Sentence, s.Basis, s.Expression)
			}
		}
	}
	if !found {
		t.Error("no event cites the strike")
	}
}

// TestQuotedSpeech: a lead that quotes someone is not its article's own
// news; a headline that opens with a quoted phrase may be. Curly marks
// count as straight ones do.
func TestQuotedSpeech(t *testing.T) {
	for s, want := range map[string]bool{
		"“We will go on with the strike,” the union said.": true,
		`"We will go on with the strike," the union said.`: true,
		"‘We will go on,’ said the union.":                 true,
		"“We will go on with the strike.”":                 true,
		"“We will go on with the strike":                   true,
		"‘Very Spiritual’ Woman Shoots Three Co-workers":   false,
		`"Silent" Film Star Opens Museum in Keswick`:       false,
		"The union said it would go on with the strike.":   false,
	} {
		if got := quotedSpeech(s); got != want {
			t.Errorf("quotedSpeech(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSinceWords: a date after "since" within five words of its clause
// opens a span, and one that ends a gerund's phrase after "since" too; after "since" in a clause that says "first" before it, it
// is the previous time's ("her first trip since 2000"), in any case.
func TestSinceWords(t *testing.T) {
	for _, tc := range []struct {
		before     string
		span, prev bool
	}{
		{"downloaded a million times since its launch in ", true, false},
		{"her first trip since ", true, true},
		{"HER FIRST TRIP SINCE  ", true, true},
		{"her fİrst trip since ", true, true},
		{"since then, the talks resumed in ", false, false},
		{"the first talks were held in ", false, false},
		{"since the talks of the two sides began in ", false, false},
		{"has not trained since picking up a knee injury in ", true, false},
		{"has not been seen since leaving her home in Leeds on ", true, false},
		{"since Reading won the cup at Wembley in ", false, false},
		{"since picking up an injury, he has played in ", false, false},
	} {
		text := tc.before + "2000, officials said."
		seg := [2]int{0, len(text)}
		tx := timex.Timex{Start: len(tc.before), End: len(tc.before) + 4}
		if got := sinceSpan(text, seg, tx); got != tc.span {
			t.Errorf("sinceSpan(%q) = %v, want %v", tc.before, got, tc.span)
		}
		if got := sinceFirst(text, seg, tx, firstIn(text, asciiLower(text), seg)); got != tc.prev {
			t.Errorf("sinceFirst(%q) = %v, want %v", tc.before, got, tc.prev)
		}
	}
}

// TestFactBox: a box of facts whose lines run together into one sentence
// ("Length: ... Opened: June 3, 2021") is no event; a sentence with one
// label and its colon still is.
func TestFactBox(t *testing.T) {
	text := "The new Keswick bridge was closed on Monday after engineers found a crack in one of its piers.\n\n" +
		"Bridge facts:\nLength: 310 metres\nCost: 42 million pounds\nOpened: June 3, 2021\n\n" +
		"Council leader Ana Ruiz said on Tuesday: the bridge will stay shut until the repairs are done.\n"
	tl, _ := Extract([]Doc{doc("a.md", "2024-06-19", text)}, Options{})
	var titles []string
	for _, e := range tl.Events {
		titles = append(titles, e.Title)
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, "Length:") {
				t.Errorf("the fact box is a source of %s %q", e.Date, e.Title)
			}
		}
	}
	if len(tl.Events) < 2 {
		t.Errorf("want the closure and the statement, got %q", titles)
	}
	if !factBox("Key facts: Height: 98 metres Payload: 45 tonnes") || factBox("The mayor said: the bridge is shut.") || factBox("At 10:15 a.m. the bridge shut.") {
		t.Error("factBox: want three labels, not one, and no clock time")
	}
}

// TestQAAnswer: the answer of a Q&A to a question of what or who something
// is, a noun phrase with no verb of its own, makes no event; an answer
// with a verb does, and the answer to a question of another kind is left
// as it was.
func TestQAAnswer(t *testing.T) {
	text := "What is the harbour charter?\nA deed signed in 1862 which says that the quay belongs to the town for ever.\n\n" +
		"When will the ferry run again?\nThe council said on Monday the ferry would run again in August.\n\n" +
		"Who is the charter's keeper?\nIt was given to the town clerk in 1990.\n\n" +
		"How did the quay fare?\nBadly damaged in the storm of 2013, with three boats lost.\n\n" +
		// (A verb in the past with its object after it makes a
		// clause; a participle with its preposition does not.)
		"Who is the new harbour master?\nThe council appointed Ruth Hale as harbour master in May.\n\n" +
		"What about the old pier?\nA pier built in 1890 and closed in 2001 to all boats."
	tl, _ := Extract([]Doc{doc("a.md", "2024-06-21", text)}, Options{})
	var got []string
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			got = append(got, strings.Fields(s.Sentence)[0])
		}
	}
	slices.Sort(got)
	if want := []string{"Badly", "It", "The", "The"}; !slices.Equal(got, want) {
		t.Errorf("events from the sentences opening %q, want %q", got, want)
	}
}

// TestLiveHeadline: a live blog's headline ("Ferry strike - live") tells
// of no one happening and makes no event; a headline with a dash that is
// no such mark does.
func TestLiveHeadline(t *testing.T) {
	for _, c := range []struct {
		head string
		want int
	}{
		{"Keswick ferry strike - live", 0},
		{"Keswick ferry strike: live updates", 0},
		{"Keswick ferrymen walk out - union", 1},
		{"Keswick ferry strike live: boats idle as talks resume", 0},
		{"LIVE: Keswick ferry strike enters second day", 0},
		{"Keswick ferry strike latest updates - talks resume", 0},
		// "live" as a verb or an adjective before the colon is no mark.
		{"Ferrymen who live on the island: we were not told", 1},
		{"Keswick ferrymen walk out over pay: union", 1},
	} {
		d := doc("a.md", "2024-06-21", "All times BST.\n\nThe port was quiet.")
		d.Article.Title = c.head
		tl, _ := Extract([]Doc{d}, Options{})
		if len(tl.Events) != c.want {
			t.Errorf("%q: %d events, want %d", c.head, len(tl.Events), c.want)
		}
	}
}

// TestOwnNewsPresentPerfect: a lead in the present perfect is the
// article's own news, and so is a finding ("may have built up"); a perfect
// infinitive ("is believed to have started") or the perfect of what did
// not happen ("would have died") in a past sentence is not.
func TestOwnNewsPresentPerfect(t *testing.T) {
	lx := newLexicon(nil)
	for _, tc := range []struct {
		sent string
		want bool
	}{
		{"Rescuers have reached the seven trapped miners in the Kestrel mine.", true},
		{"The mine's owner has apologized to the families of the dead.", true},
		{"The two men were found near a conveyor belt about 200 feet from where the explosion is believed to have started, officials said.", false},
		{"The men would have died within hours without the air packs, a doctor said.", false},
		{"The alarm should have sounded an hour earlier, a worker said.", false},
		{"Ice may have built up on the wings of the jet, investigators said.", true},
		// A sentence that opens what follows it tells no happening.
		{"Here is what the airline has confirmed so far:", false},
		// A plural noun set off by a dash is no verb in the present.
		{"The four remaining passengers – two pilots and a steward – were unharmed, police said.", false},
		{"The army arrests two former ministers in the capital.", true},
		// A denied perfect tells no happening.
		{"Police have not arrested anyone over the blaze.", false},
		{"Most drivers have never heard of the tunnel under the estuary.", false},
		// A perfect with a bare span tells a state that has lasted, not
		// news; a span with its count, or a second perfect, is news.
		{"The two brewers have been eyeing each other for years.", false},
		{"The unions have been in dispute with the operator on and off for almost a decade.", false},
		{"The pier has been closed for some time.", false},
		{"The former mayor has been jailed for six years for fraud.", true},
		{"A walker who has been missing for weeks has been found alive near the summit.", true},
		// A sentence that takes stock, months after, of a state that
		// still holds is no news of its day; news told after such a span
		// is.
		{"Six months after the floods, hundreds of families have moved into caravans and still wait for new homes.", false},
		{"Two years on from the strike, the union has signed no deal and talks remain stalled.", false},
		{"A year after the fire, the inquiry has published its report.", true},
	} {
		text := "Rescue crews worked through the night at the mine.\n\n" + tc.sent
		ss := sentences(text)
		if len(ss) != 2 {
			t.Fatalf("%q: %d sentences", tc.sent, len(ss))
		}
		if got := lx.ownNews(text, ss[1], ""); got != tc.want {
			t.Errorf("ownNews(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}
