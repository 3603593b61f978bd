package extract

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// The title grid: short synthetic reports of one happening, crossed by
// how the sentence that tells it is built and by what the article gives
// to name its subject. What is expected of the title the happening gets
// is read from news English, not from the tool: a clause that stands
// alone (its subject named, not pointed at by a pronoun or a bare
// definite whose referent is outside it), not cut inside a phrase, with
// no dateline, credit, byline, caption or stamp in it, under the right
// date.

// titleBeat is one kind of news story. name is the subject's full name,
// intro a sentence that brings it in (undated), subjects the words that
// point back at it; vp is the clause's predicate with "{D}" where its
// time goes, verbs the forms a title of the happening holds. The other
// fields build the shapes of the happening's sentence.
type titleBeat struct {
	beat, name, intro  string
	subjects           []string
	headNamed, headAny string
	vp                 string // predicate, "{D}" for " on Monday"
	verbs              []string
	rel, appos         string // "who ..." clause; appositive noun phrase
	partAfter          string // participle phrase after the clause
	opening            string // a long opening phrase
	quote              string // a full quotation of the subject's
	list               string // further predicates: ", a, b and c"
	long               string // the predicate of a long sentence, "{D}"
	teller             string // who tells it ("the town clerk")
	fragment           string // ", calling ... “...”"
	fillers            []string
	plan               string // what the subject says it will do, base form, "{D}"
}

var titleBeats = []titleBeat{
	{beat: "mayor", name: "Alan Fisk",
		intro:     "Alan Fisk, 62, the mayor of Brenton, had faced calls to step down since the audit was published.",
		subjects:  []string{"He", "The 62-year-old"},
		headNamed: "Alan Fisk quits as Brenton mayor over audit", headAny: "Brenton mayor quits over missing money",
		vp:    "resigned{D} after an audit found money missing from the town's accounts",
		verbs: []string{"resigned", "resigns", "quits", "quit", "resigning", "resign"},
		rel:   "who had led the town for 11 years", appos: "a former school principal",
		partAfter: "ending 11 years in office and leaving the council to choose a successor",
		opening:   "After months of pressure from the council and two votes of no confidence",
		quote:     "I have done nothing wrong, and I will clear my name",
		list:      ", handed his keys to the town clerk, thanked his staff and left the building without taking questions",
		long:      "resigned{D} after an audit by the state comptroller's office found $2 million missing from the town's accounts over five years",
		teller:    "the town clerk", fragment: ", calling the audit “a political hit job” by his rivals",
		plan: "resign at a special meeting of the council{D}",
		fillers: []string{"The audit covered five years of spending by the town.",
			"Council members met behind closed doors for most of the evening.",
			"Residents packed the public gallery of the town hall."}},
	{beat: "company", name: "Hollis Foods",
		intro:     "Hollis Foods, the region's largest food maker, has struggled with rising costs.",
		subjects:  []string{"It", "The company", "The firm"},
		headNamed: "Hollis Foods cuts 400 jobs at Kent plant", headAny: "Food maker cuts 400 jobs at Kent plant",
		vp:    "cut 400 jobs at its plant in Kent{D}, blaming higher prices for grain and energy",
		verbs: []string{"cut", "cuts", "cutting"},
		rel:   "which has made bread in the town since 1921", appos: "the region's largest food maker",
		partAfter: "blaming higher prices for grain and energy and warning of more losses",
		opening:   "Despite a rescue loan from the state and a year of cost savings",
		quote:     "These are painful decisions, but they are needed to keep the plant open",
		list:      ", closed its night shift, sold two warehouses and froze the pay of its managers",
		long:      "cut 400 jobs{D} at the plant in Kent that has made bread and biscuits for shops across the state for a hundred years",
		teller:    "a union official", fragment: ", calling the cuts “a hard but necessary step”",
		plan: "cut 400 jobs at its plant in Kent{D}",
		fillers: []string{"Grain prices have doubled over the past two years.",
			"Shares in the business fell sharply in early trading.",
			"The plant employs about 1,200 people."}},
	{beat: "agency", name: "The Coastal Safety Agency",
		intro:     "The Coastal Safety Agency tests the water at beaches along the bay every week.",
		subjects:  []string{"It", "The agency"},
		headNamed: "Coastal Safety Agency closes Gull Point beach", headAny: "Gull Point beach closed after sewage found",
		vp:    "closed the beach at Gull Point{D} after tests found sewage in the water",
		verbs: []string{"closed", "closes", "closing", "shut", "shuts"},
		rel:   "which tests the water at beaches along the bay", appos: "the state's coastal watchdog",
		partAfter: "warning swimmers to stay out of the water until further notice",
		opening:   "After two weeks of heavy rain and a broken pump at the treatment plant",
		quote:     "We will not reopen the beach until the water is safe for children",
		list:      ", put up warning signs, told swimmers to leave the water and asked the town to check its pipes",
		long:      "closed the beach at Gull Point{D} after tests of the water near the outflow of the town's treatment plant found high levels of sewage",
		teller:    "a town spokeswoman", fragment: ", calling the levels of sewage “far above the safe limit”",
		plan: "close the beach at Gull Point{D}",
		fillers: []string{"Heavy rain has fallen on the coast for two weeks.",
			"The beach is popular with families in the summer.",
			"Lifeguards moved their station to the harbor."}},
	{beat: "swimmer", name: "Dana Whitfield",
		intro:     "Dana Whitfield, 34, has swum for Brenton since she was a teenager.",
		subjects:  []string{"She", "The 34-year-old"},
		headNamed: "Dana Whitfield wins national 400m title", headAny: "Brenton swimmer wins national 400m title",
		vp:    "won the national 400-meter freestyle title{D} in a record time",
		verbs: []string{"won", "wins", "winning", "win"},
		rel:   "who trains at the Brenton pool", appos: "a mother of two from Brenton",
		partAfter: "beating the defending champion by more than a second",
		opening:   "Two years after a shoulder injury that nearly ended her career",
		quote:     "I never thought I would swim this fast again",
		list:      ", broke the meet record, beat the defending champion and qualified for the world championships",
		long:      "won the national 400-meter freestyle title{D} in a time that broke the meet record set by the defending champion three years ago",
		teller:    "her coach", fragment: ", calling the race “the best of my life”",
		plan: "swim in the final of the national 400-meter freestyle{D}",
		fillers: []string{"The pool in Brenton was built for the 1990 games.",
			"The final was held in front of a full crowd.",
			"Swimming is the most popular sport in the town."}},
	{beat: "officials", name: "Brenton health officials",
		intro:     "Brenton health officials have tracked a rise in measles cases among schoolchildren.",
		subjects:  []string{"They", "Officials"},
		headNamed: "Brenton health officials close two schools over measles", headAny: "Two Brenton schools closed over measles",
		vp:    "closed two primary schools{D} after 14 pupils caught measles",
		verbs: []string{"closed", "close", "closes", "closing", "shut"},
		rel:   "who have tracked the outbreak since the winter", appos: "the town's public health team",
		partAfter: "urging parents to make sure their children have had both doses of the vaccine",
		opening:   "With 14 pupils sick and dozens more kept at home by their parents",
		quote:     "We need to stop this outbreak before it reaches the younger children",
		list:      ", sent letters to parents, opened a vaccine clinic and asked doctors to report new cases",
		long:      "closed two primary schools{D} after 14 pupils at the schools caught measles in an outbreak that has spread to three other towns",
		teller:    "the school board", fragment: ", calling the outbreak “the worst in a decade”",
		plan: "close two primary schools{D}",
		fillers: []string{"Measles spreads quickly among children who are not vaccinated.",
			"Most of the sick pupils are under ten.",
			"Parents gathered outside the school gates."}},
	{beat: "fishermen", name: "Tom Reyes and Ed Marsh",
		intro:     "Tom Reyes and Ed Marsh, two fishermen from Brenton, set out from the harbor in a small boat.",
		subjects:  []string{"They", "The two men", "The men"},
		headNamed: "Tom Reyes and Ed Marsh rescued off Gull Point", headAny: "Two fishermen rescued off Gull Point",
		vp:    "were rescued off Gull Point{D} after their boat capsized in high winds",
		verbs: []string{"rescued", "rescue", "rescues"},
		rel:   "who have fished the bay for 30 years", appos: "two fishermen from Brenton",
		partAfter: "ending a search that had drawn boats from three harbors",
		opening:   "After six hours in the cold water clinging to their upturned boat",
		quote:     "We thought we would never see our families again",
		list:      ", were flown to hospital, treated for hypothermia and sent home to their families",
		long:      "were rescued off Gull Point{D} after their boat capsized in high winds and they spent six hours clinging to its hull in the cold water",
		teller:    "the coastguard", fragment: ", calling the rescue crew “the bravest people we know”",
		plan: "sail from the harbor again{D}",
		fillers: []string{"The wind reached 50 miles an hour near the point.",
			"The water off the point is among the coldest on the coast.",
			"A lifeboat and a helicopter joined the search."}},
}

type tgCase struct {
	name, pub, head, text string
	day                   string // the happening's day
	beat                  *titleBeat
	bare                  string // the pointing subject, if the sentence has one
	named                 bool   // the article names the subject before the sentence
	quoteFull             bool   // the sentence is a quotation the subject said
	key                   string // a word of the happening's sentence, when not the beat's first verb
	saying                string // the verb of saying the title must keep
}

// titleGridCases builds the grid.
func titleGridCases() []tgCase {
	var out []tgCase
	n := 0
	next := func() (time.Time, time.Time) {
		day, _ := time.Parse("2006-01-02", gridDays[n%len(gridDays)])
		n++
		return day, day.AddDate(0, 0, 1)
	}
	for bi := range titleBeats {
		b := &titleBeats[bi]
		f := b.fillers
		// subjects that need a referent, crossed with where it is named.
		for _, s := range b.subjects {
			for _, where := range []string{"headline", "lead", "before", "before2", "nowhere"} {
				day, pub := next()
				wd := day.Weekday().String()
				sent := s + " " + strings.Replace(b.vp, "{D}", " on "+wd, 1) + "."
				var ps []string
				head := b.headAny
				switch where {
				case "headline":
					head = b.headNamed
					ps = []string{sent, f[0], f[1]}
				case "lead":
					ps = []string{b.intro, sent, f[0], f[1]}
				case "before":
					ps = []string{f[2], b.intro, sent, f[0]}
				case "before2":
					ps = []string{f[2], b.intro, f[0], sent, f[1]}
				case "nowhere":
					ps = []string{f[2], f[0], sent, f[1]}
				}
				out = append(out, tgCase{name: fmt.Sprintf("%s/subject/%s/%s", b.beat, s, where),
					pub: pub.Format("2006-01-02"), day: day.Format("2006-01-02"), head: head,
					text: strings.Join(ps, "\n\n"), beat: b, bare: s, named: where != "nowhere" && where != "headline"})
			}
		}
		// the shapes of a long sentence and of what is said.
		shapes := []string{"plain", "relative", "appositive", "participle", "opening", "quotation",
			"list", "long", "saidthat", "saidafter", "fullquote", "fragment"}
		for _, sh := range shapes {
			day, pub := next()
			on := " on " + day.Weekday().String()
			vp := strings.Replace(b.vp, "{D}", on, 1)
			var sent string
			switch sh {
			case "plain":
				sent = b.name + " " + vp + "."
			case "relative":
				sent = b.name + ", " + b.rel + ", " + vp + "."
			case "appositive":
				sent = b.name + ", " + b.appos + ", " + vp + "."
			case "participle":
				sent = b.name + " " + strings.SplitN(vp, ",", 2)[0] + ", " + b.partAfter + "."
			case "opening":
				sent = b.opening + ", " + tgLowerThe(b.name) + " " + vp + "."
			case "quotation":
				sent = b.name + " " + strings.SplitN(vp, ",", 2)[0] + ", telling reporters: “" + b.quote + ".”"
			case "list":
				sent = b.name + " " + strings.SplitN(vp, ",", 2)[0] + b.list + "."
			case "long":
				sent = b.name + " " + strings.Replace(b.long, "{D}", on, 1) + "."
			case "saidthat":
				sent = tgUpperFirst(b.teller) + " said " + tgLowerThe(b.name) + " " + vp + "."
			case "saidafter":
				sent = b.name + " " + strings.SplitN(vp, ",", 2)[0] + ", " + b.teller + " said."
			case "fullquote":
				sent = "“" + b.quote + ",” " + tgLowerThe(b.name) + " said" + on + "."
			case "fragment":
				sent = b.name + " " + strings.SplitN(vp, ",", 2)[0] + b.fragment + "."
			}
			out = append(out, tgCase{name: fmt.Sprintf("%s/shape/%s", b.beat, sh),
				pub: pub.Format("2006-01-02"), day: day.Format("2006-01-02"), head: b.headAny,
				text: strings.Join([]string{sent, f[0], f[1]}, "\n\n"), beat: b, quoteFull: sh == "fullquote"})
		}
		// what the subject says it will do, told through "would" ("said it
		// would close the beach on Monday"): the title keeps the saying,
		// for without it "Hollis Foods would cut 400 jobs" reads as a
		// condition or a habit, not as news. ("could" is left out: "said
		// they could sail on Monday" may tell of a day past.)
		for _, sh := range []string{"said", "saidthat", "announced", "alsosaid"} {
			for _, modal := range []string{"would"} {
				day, _ := next()
				pub := day.AddDate(0, 0, -2) // (written two days before the day named)
				on := " on " + day.Weekday().String()
				pron := strings.ToLower(b.subjects[0])
				verb, that := "said", ""
				switch sh {
				case "saidthat":
					that = "that "
				case "announced":
					verb = "announced"
				case "alsosaid":
					verb = "also said"
				}
				sent := b.name + " " + verb + " " + that + pron + " " + modal + " " + strings.Replace(b.plan, "{D}", on, 1) + "."
				out = append(out, tgCase{name: fmt.Sprintf("%s/reported/%s/%s", b.beat, sh, modal),
					pub: pub.Format("2006-01-02"), day: day.Format("2006-01-02"), head: b.headAny,
					text: strings.Join([]string{sent, f[0], f[1]}, "\n\n"), beat: b,
					key: modal + " " + strings.Fields(b.plan)[0], saying: strings.Fields(verb)[len(strings.Fields(verb))-1]})
			}
		}
		// debris around the lead.
		for _, d := range []string{"dateline", "byline", "caption", "readmore", "stamp", "page"} {
			day, pub := next()
			on := " on " + day.Weekday().String()
			lead := b.name + " " + strings.Replace(b.vp, "{D}", on, 1) + "."
			var ps []string
			switch d {
			case "dateline":
				ps = []string{"BRENTON, Ore. (Wire) — " + lead, f[0], f[1]}
			case "byline":
				ps = []string{"By Jane Porter, Staff Writer", lead, f[0], f[1]}
			case "caption":
				ps = []string{lead, "Residents gather outside the town hall in Brenton. (Photo: Jane Porter/Valley Courier)", f[0], f[1]}
			case "readmore":
				ps = []string{lead, "Read more: Storms leave trail of damage across the coast", f[0], f[1]}
			case "stamp":
				ps = []string{"10:42 a.m. ET — " + lead, f[0], f[1]}
			case "page":
				ps = []string{"Page 2", lead, f[0], "Continued on Page A6", f[1]}
			}
			out = append(out, tgCase{name: fmt.Sprintf("%s/debris/%s", b.beat, d),
				pub: pub.Format("2006-01-02"), day: day.Format("2006-01-02"), head: b.headAny,
				text: strings.Join(ps, "\n\n"), beat: b})
		}
	}
	return out
}

func tgLowerThe(s string) string {
	if strings.HasPrefix(s, "The ") {
		return "the " + s[4:]
	}
	return s
}

func tgUpperFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// titleCutWords are words a phrase cannot end on: prepositions, articles,
// conjunctions, possessives, relative words.
var titleCutWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true,
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true, "as": true,
	"its": true, "his": true, "her": true, "their": true, "over": true, "after": true,
	"before": true, "off": true, "into": true, "than": true, "while": true}

// titleDebris are pieces of the page around an article, never of a title.
var titleDebris = []string{"(Wire)", "Ore.", "BRENTON,", "By Jane", "Staff Writer", "Photo",
	"Read more", "10:42", "Page", "Continued", "—"}

// titleFaults runs one case and names what went wrong with the title of
// the happening ("" when nothing).
func titleFaults(c tgCase) (faults []string, titles []string) {
	d := doc("a.md", c.pub, c.text)
	d.Article.Title = c.head
	tl, _ := Extract([]Doc{d}, Options{})
	key := c.beat.verbs[0]
	if c.key != "" {
		key = c.key
	}
	for _, e := range tl.Events {
		mine := false
		for _, src := range e.Sources {
			if c.quoteFull && strings.Contains(src.Sentence, " said on ") || !c.quoteFull && strings.Contains(src.Sentence, key) {
				mine = true
			}
		}
		if !mine {
			continue
		}
		t := e.Title
		titles = append(titles, e.Date.String()+" "+t)
		if e.Date.String() != c.day {
			faults = append(faults, "wrong date")
		}
		ws := strings.Fields(t)
		if len(ws) == 0 {
			faults = append(faults, "empty title")
			continue
		}
		for _, s := range []string{"He", "She", "They", "It", "Officials"} {
			if ws[0] == s {
				faults = append(faults, "pronoun subject")
			}
		}
		if c.bare != "" && strings.HasPrefix(c.bare, "The ") && strings.HasPrefix(t, c.bare+" ") {
			faults = append(faults, "bare definite subject")
		}
		last := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,;:"))
		if titleCutWords[last] {
			faults = append(faults, "cut after "+last)
		}
		if strings.Count(t, "“") != strings.Count(t, "”") || strings.Count(t, `"`)%2 == 1 {
			faults = append(faults, "quotation open")
		}
		for _, x := range titleDebris {
			if strings.Contains(t, x) {
				faults = append(faults, "debris "+x)
			}
		}
		if low, name := asciiLower(t), c.beat.name; strings.Contains(low, asciiLower(name)) && !strings.Contains(t, name) && !strings.Contains(t, tgLowerThe(name)) {
			faults = append(faults, "name miscased")
		}
		for _, p := range []string{"He", "She", "They", "It"} {
			if strings.Contains(t, "“"+p+" ") {
				faults = append(faults, "pronoun opens quotation")
			}
		}
		verb := false
		for _, w := range ws {
			w = strings.ToLower(strings.Trim(w, ".,;:“”\""))
			if slices.Contains(c.beat.verbs, w) || w == "said" || w == "says" || w == "is" || w == "are" ||
				w == "was" || w == "were" || w == "will" || w == "have" || w == "has" || w == "need" || w == "thought" || w == c.saying {
				verb = true
			}
		}
		if !verb {
			faults = append(faults, "no verb")
		}
		if c.saying != "" && !slices.Contains(ws, c.saying) && !slices.Contains(ws, c.saying+",") {
			faults = append(faults, "saying dropped")
		}
	}
	if len(titles) == 0 {
		faults = append(faults, "left out")
	}
	return
}

// titleGridKnown are the faults the grid still finds, by their cause: a
// pattern of the case's name ("*" for any part, "|" between choices) and
// the fault it may show. A case that shows any other fault fails the
// test. Each is a known limit, not a wish:
//
//   - a count of people as a definite subject ("The two men were rescued
//     ...", "The men ...") is titled as it stands, and keeps the title
//     over a headline that names no one by pointing (as "The three men
//     broke out of ..." does in pr25, where the other source is "It was
//     found ...");
//   - "The company" (or "The firm", "The agency") two sentences or more
//     after the business's name, or with none named, is titled as it
//     stands;
//   - "Officials" stays, named or not (a bare plural some editors
//     take);
//   - a full quotation cut to its second clause can open on its pronoun
//     ("Hollis Foods said: “They are needed to keep the plant open”").
var titleGridKnown = []struct{ pattern, fault string }{
	{"fishermen/subject/The two men|The men/*", "bare definite subject"},
	{"company/subject/The company|The firm/before2|nowhere", "bare definite subject"},
	{"agency/subject/The agency/headline|before2|nowhere", "bare definite subject"},
	{"officials/subject/Officials/*", "pronoun subject"},
	{"company/shape/fullquote", "pronoun opens quotation"},
}

func titleGridIsKnown(name, f string) bool {
	parts := strings.Split(name, "/")
	for _, k := range titleGridKnown {
		if k.fault != f {
			continue
		}
		if strings.Count(k.pattern, "/")+1 == len(parts) && gridMatches(k.pattern, parts) {
			return true
		}
	}
	return false
}

// TestTitleGrid: the title of every case of the grid reads as a careful
// editor would have it, but for the known faults (titleGridKnown).
// DATELINE_GRID=1 prints the faults by cause, with the titles.
func TestTitleGrid(t *testing.T) {
	cases := titleGridCases()
	causes := map[string][]string{}
	for _, c := range cases {
		fs, ts := titleFaults(c)
		for _, f := range fs {
			causes[f] = append(causes[f], c.name+"  "+strings.Join(ts, " | "))
			if !titleGridIsKnown(c.name, f) {
				t.Errorf("%s: %s\n  %s\n  %s\n  titles: %s", c.name, f, c.head, strings.ReplaceAll(c.text, "\n\n", " / "), strings.Join(ts, " | "))
			}
		}
	}
	if os.Getenv("DATELINE_GRID") != "" {
		var ks []string
		for k := range causes {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return len(causes[ks[i]]) > len(causes[ks[j]]) })
		fmt.Printf("title grid: %d cases\n", len(cases))
		for _, k := range ks {
			fmt.Printf("%4d  %s\n", len(causes[k]), k)
			for _, n := range causes[k] {
				fmt.Printf("        %s\n", n)
			}
		}
	}
}

func TestTitleGridDump(t *testing.T) {
	if os.Getenv("DATELINE_GRID_DUMP") == "" {
		t.Skip()
	}
	for _, c := range titleGridCases() {
		_, ts := titleFaults(c)
		fmt.Printf("%s\n    %s\n", c.name, strings.Join(ts, "\n    "))
	}
}
