package extract

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

// The merge grid: small stories of two or three articles from different
// outlets, each telling one happening, crossed by how the second article
// tells it (the words that name it, how it names its participants, how it
// dates it, where it says it) and joined by a third article that tells a
// happening that must stay apart (the same participants' next act, the
// same act by others, the same act on another day). What is expected is
// read from news English, never from the tool: the mentions of one
// happening are one event, dated to its day, and no event cites two
// happenings.

// mgBeat is one kind of happening. who names its participant in full, by
// a short name and by its role; headWho names it in a headline the same
// three ways. lead tells the happening with the same verb as the first
// article's, a synonym, and a noun; head is the headline of each. "{W}"
// is where the participant goes, "{S}" its short name in a headline or a
// later sentence, "{D}" where its time goes. follow, other and again are
// the happenings to keep apart: the participant's next act, the same act
// by others, the same act on another day, with their headlines.
type mgBeat struct {
	name               string
	who, headWho       [3]string
	lead, head, alt    [3]string
	follow, followHead string
	other, otherHead   string
	again, againHead   string
	filler             string
}

var mgBeats = []mgBeat{
	{name: "bombing",
		alt: [3]string{"A car bomb exploded outside {W}{D} as guests checked in for the evening.",
			"A powerful blast ripped through {W}{D}, shattering windows across the street.",
			"The bombing of {W}{D} was the deadliest attack on the city in a decade."},
		who:     [3]string{"the Grand Hotel on Quay Street in Brenton", "the Grand Hotel", "a hotel in the old port of Brenton"},
		headWho: [3]string{"Grand Hotel", "Grand Hotel", "Brenton hotel"},
		lead: [3]string{"A car bomb exploded outside {W}{D}, killing four people and wounding 20.",
			"A blast tore through the lobby of {W}{D}, killing four people and wounding 20.",
			"The bombing at {W}{D} killed four people and wounded 20, police said."},
		head:   [3]string{"Car bomb explodes outside {S}", "Blast at {S} kills four", "Four dead in bombing at {S}"},
		follow: "Hundreds of mourners attended the funerals of two of the victims of the attack on the Grand Hotel{D}.", followHead: "Mourners bury victims of Grand Hotel attack",
		other: "A second bomb exploded outside a police station in Alton{D}, wounding two officers.", otherHead: "Bomb wounds two officers at Alton police station",
		again: "Another car bomb exploded near the harbour in Brenton{D}, injuring a street cleaner.", againHead: "New car bomb hits Brenton harbour",
		filler: "Witnesses described windows shattering across the street."},
	{name: "arrest",
		alt: [3]string{"Police arrested {W}{D} after a week-long manhunt.",
			"{W} was taken into custody{D} at an address in the north of the town.",
			"The arrest of {W}{D} followed an appeal for witnesses."},
		who:     [3]string{"Daniel Krol, a 34-year-old builder,", "Krol", "a 34-year-old man"},
		headWho: [3]string{"Krol", "Krol", "Man"},
		lead: [3]string{"Police arrested {W}{D} in connection with the stabbing of a shop worker in Brenton.",
			"{W} was taken into custody{D} over the stabbing of a shop worker in Brenton, police said.",
			"The arrest of {W}{D} came after a week-long search for the attacker of a Brenton shop worker."},
		head:   [3]string{"Police arrest {S} over Brenton shop stabbing", "{S} detained over Brenton shop stabbing", "Arrest made in Brenton shop stabbing"},
		follow: "Daniel Krol appeared before Brenton magistrates{D} charged with attempted murder.", followHead: "Krol in court over Brenton shop stabbing",
		other: "In a separate case, police in Alton arrested a 52-year-old woman{D} after a pharmacy was robbed.", otherHead: "Woman held over Alton pharmacy robbery",
		again: "Police arrested a second man{D} over the stabbing of the Brenton shop worker.", againHead: "Second man arrested over Brenton stabbing",
		filler: "The shop worker remains in a serious condition in hospital."},
	{name: "resignation",
		alt: [3]string{"{W} resigned{D}, saying he could no longer lead the town.",
			"{W} stepped down{D} in a short statement to reporters outside town hall.",
			"The resignation of {W}{D} leaves the town without a leader before the budget vote."},
		who:     [3]string{"Brenton mayor Alan Fisk", "Fisk", "the mayor of Brenton"},
		headWho: [3]string{"Fisk", "Fisk", "Brenton mayor"},
		lead: [3]string{"{W} resigned{D} after an audit found money missing from the town's accounts.",
			"{W} stepped down{D} after an audit found money missing from the town's accounts.",
			"The resignation of {W}{D} followed an audit that found money missing from the town's accounts."},
		head:   [3]string{"{S} resigns over missing town funds", "{S} steps down after audit", "Resignation at Brenton town hall after audit"},
		follow: "The town council named deputy mayor Rita Osei acting mayor{D}.", followHead: "Brenton names acting mayor",
		other: "The mayor of nearby Alton, Peter Lund, resigned{D}, citing ill health.", otherHead: "Alton mayor resigns citing ill health",
		again: "A second Brenton councillor, Maria Hale, resigned{D} over the audit.", againHead: "Second Brenton councillor quits over audit",
		filler: "The audit found that 2 million dollars could not be accounted for."},
	{name: "ruling",
		alt: [3]string{"{W} ruled{D} in favour of civil rights groups that had challenged the voting law.",
			"{W} decided{D} in favour of civil rights groups that had challenged the voting law.",
			"The decision of {W}{D} was a victory for civil rights groups."},
		who:     [3]string{"federal judge Maria Ortega", "Ortega", "a federal judge"},
		headWho: [3]string{"Ortega", "Ortega", "Judge"},
		lead: [3]string{"{W} ruled{D} that the state's new voter ID law was unconstitutional.",
			"{W} struck down the state's new voter ID law{D}, finding that it was unconstitutional.",
			"The ruling by {W}{D} found the state's new voter ID law unconstitutional."},
		head:   [3]string{"{S} rules voter ID law unconstitutional", "{S} strikes down voter ID law", "Court ruling sinks voter ID law"},
		follow: "The state attorney general filed an appeal{D} against the voter ID decision.", followHead: "State appeals voter ID decision",
		other: "A state court in Alton upheld a separate law on postal voting{D}.", otherHead: "Alton court upholds postal voting law",
		again: "Judge Maria Ortega ruled{D} that a second election law, on voter rolls, was also unconstitutional.", againHead: "Judge strikes down second election law",
		filler: "Civil rights groups had challenged the law on behalf of older voters."},
	{name: "rescue",
		alt: [3]string{"Coastguard crews rescued {W}{D} in heavy seas.",
			"A lifeboat saved {W}{D} an hour after they raised the alarm.",
			"The rescue of {W}{D} took two hours in heavy seas."},
		who:     [3]string{"the crew of the trawler Mary Ann", "the Mary Ann's crew", "two fishermen"},
		headWho: [3]string{"Mary Ann crew", "Mary Ann crew", "two fishermen"},
		lead: [3]string{"Coastguard crews rescued {W}{D} after their boat capsized off Gull Point.",
			"A lifeboat pulled {W} from the sea{D} after their boat capsized off Gull Point.",
			"The rescue of {W}{D} came after their boat capsized off Gull Point."},
		head:   [3]string{"Coastguard rescues {S} off Gull Point", "Lifeboat saves {S} off Gull Point", "Rescue off Gull Point"},
		follow: "The two fishermen of the Mary Ann were released from Brenton hospital{D}.", followHead: "Rescued fishermen leave hospital",
		other: "Coastguard crews rescued a kayaker off Alton{D} after he was swept out to sea.", otherHead: "Kayaker rescued off Alton",
		again: "The Gull Point lifeboat was called out again{D} to rescue the crew of a yacht.", againHead: "Gull Point lifeboat in second rescue",
		filler: "The men were treated for hypothermia."},
	{name: "result",
		alt: [3]string{"{W} reported a sharp fall in annual profit{D}, blaming higher milk prices.",
			"{W} posted its weakest annual results in a decade{D}.",
			"Annual results from {W}{D} disappointed investors."},
		who:     [3]string{"Hollis Foods", "Hollis", "the Brenton food maker"},
		headWho: [3]string{"Hollis Foods", "Hollis", "Brenton food maker"},
		lead: [3]string{"{W} reported a 50 percent fall in annual profit{D} and said it would cut 400 jobs.",
			"{W} posted a 50 percent drop in annual profit{D} and said it would cut 400 jobs.",
			"Annual results published by {W}{D} showed profit fell by half, and the company said it would cut 400 jobs."},
		head:   [3]string{"{S} reports profit slump, to cut 400 jobs", "{S} profit halves, 400 jobs to go", "Results: profit down by half at {S}"},
		follow: "Unions called a strike at Hollis Foods{D} over the planned job cuts.", followHead: "Unions call strike at Hollis Foods",
		other: "Rival Marlow Dairies reported a 10 percent rise in annual profit{D}.", otherHead: "Marlow Dairies profit rises",
		again: "Hollis Foods issued a second profit warning{D}, blaming the cost of milk.", againHead: "Hollis Foods issues second profit warning",
		filler: "The company employs 3,000 people."},
	{name: "vote",
		alt: [3]string{"{W} voted{D} to shut the library, despite a petition signed by 3,000 residents.",
			"{W} approved the library's closure{D} despite a petition signed by 3,000 residents.",
			"The vote by {W}{D} ends 80 years of library service on Elm Street."},
		who:     [3]string{"Brenton's town council", "The council", "councillors in Brenton"},
		headWho: [3]string{"Brenton council", "Council", "Brenton councillors"},
		lead: [3]string{"{W} voted 7-2{D} to close the Elm Street library.",
			"{W} approved the closure of the Elm Street library{D} by seven votes to two.",
			"The vote by {W}{D} to close the Elm Street library passed 7-2."},
		head:   [3]string{"{S} votes to close Elm Street library", "{S} approves Elm Street library closure", "Vote seals fate of Elm Street library"},
		follow: "Protesters marched on Brenton town hall{D} against the closure of the Elm Street library.", followHead: "Protest over Elm Street library closure",
		other: "Alton's town council voted{D} to keep its own library open.", otherHead: "Alton votes to keep its library open",
		again: "Brenton's town council voted again{D}, this time to sell the Elm Street library building.", againHead: "Brenton council votes to sell library building",
		filler: "The library has served the town for 80 years."},
	{name: "storm",
		alt: [3]string{"{W} hit the coast{D} with winds of 90 miles an hour.",
			"{W} battered the coast{D}, bringing down trees and power lines.",
			"The arrival of {W}{D} brought winds of 90 miles an hour."},
		who:     [3]string{"Storm Hilda", "Hilda", "a winter storm"},
		headWho: [3]string{"Storm Hilda", "Hilda", "Storm"},
		lead: [3]string{"{W} hit the Brenton coast{D}, cutting power to 40,000 homes.",
			"{W} battered the Brenton coast{D}, cutting power to 40,000 homes.",
			"The arrival of {W} on the Brenton coast{D} cut power to 40,000 homes."},
		head:   [3]string{"{S} hits Brenton coast", "{S} batters Brenton coast", "40,000 homes without power as storm arrives"},
		follow: "Power was restored to most homes on the Brenton coast{D}.", followHead: "Power back on along Brenton coast",
		other: "A separate storm, Ivan, hit the northern isles{D}, closing ferry routes.", otherHead: "Storm Ivan hits northern isles",
		again: "A second storm, Jorge, hit the Brenton coast{D}, flooding the seafront.", againHead: "Second storm hits Brenton coast",
		filler: "Wind gusts reached 90 miles an hour."},
}

// mgDays are the happenings' days (a Monday, a Tuesday, a Monday): each
// story takes one in turn, so that "earlier this week" two days later
// holds the day.
var mgDays = []string{"2026-03-09", "2026-06-16", "2026-11-23"}

var (
	mgWordings = []string{"same", "synonym", "noun"}
	mgNamings  = []string{"full", "short", "role"}
	mgDatings  = []string{"weekday", "date", "yesterday", "coarse", "none"}
	mgPlaces   = []string{"head", "body", "background"}
	mgApart    = []string{"follow", "other", "again"}
)

// mgSent is a sentence of a story and the happening it tells.
type mgSent struct {
	art, text, hap, day string
}

type mgStory struct {
	name string
	docs []Doc
	sent []mgSent // every headline and sentence that tells a happening
	day  string   // the happening's day
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// mgFill puts the participant and the time in a template, and writes the
// sentence's first letter in capitals.
func mgFill(t, w, s, d string) string {
	t = strings.ReplaceAll(t, "{W}", w)
	t = strings.ReplaceAll(t, "{S}", s)
	t = strings.ReplaceAll(t, "{D}", d)
	return upperFirst(t)
}

func mgCases() []mgStory {
	var out []mgStory
	n := 0
	for _, b := range mgBeats {
		for wi, wf := range mgWordings {
			for ni, nf := range mgNamings {
				for _, df := range mgDatings {
					for _, pf := range mgPlaces {
						if df == "none" && pf != "head" {
							continue // an undated line of a body dates nothing
						}
						day, _ := time.Parse("2006-01-02", mgDays[n%len(mgDays)])
						apart := mgApart[n%len(mgApart)]
						n++
						on := func(t time.Time) string { return " on " + t.Weekday().String() }
						dayS := day.Format("2006-01-02")
						st := mgStory{name: fmt.Sprintf("%s/%s/%s/%s/%s/%s", b.name, wf, nf, df, pf, apart), day: dayS}
						// The first article: the same verb, the full name, the weekday, on the day.
						aHead := mgFill(b.head[0], "", b.headWho[0], "")
						aLead := mgFill(b.lead[0], b.who[0], b.headWho[0], on(day))
						a := doc("a.md", dayS, aLead+"\n\n"+b.filler)
						a.Article.Title, a.Article.Outlet = aHead, "Valley Courier"
						st.sent = append(st.sent, mgSent{"a.md", aHead, "H", dayS}, mgSent{"a.md", aLead, "H", dayS})
						// The second article tells it its own way.
						off := map[string]int{"weekday": 1, "date": 1, "yesterday": 1, "coarse": 2, "none": 0}[df]
						pub := day.AddDate(0, 0, off)
						d := map[string]string{"weekday": on(day), "date": " on " + day.Format("January 2"), "yesterday": " yesterday", "coarse": " earlier this week", "none": ""}[df]
						mention := mgFill(b.alt[wi], b.who[ni], b.headWho[ni], d)
						var bHead, bText string
						switch pf {
						case "head":
							bHead = mgFill(b.head[wi], "", b.headWho[ni], "")
							bText = mention
							st.sent = append(st.sent, mgSent{"b.md", bHead, "H", dayS}, mgSent{"b.md", mention, "H", dayS})
						case "body", "background":
							bHead = b.followHead
							fl := mgFill(b.follow, "", "", on(pub))
							fd := pub.Format("2006-01-02")
							st.sent = append(st.sent, mgSent{"b.md", bHead, "F" + fd, fd}, mgSent{"b.md", fl, "F" + fd, fd}, mgSent{"b.md", mention, "H", dayS})
							if pf == "body" {
								bText = fl + "\n\n" + mention
							} else {
								bText = fl + "\n\n\"We are still in shock,\" one resident said.\n\n" + mention
							}
						}
						bd := doc("b.md", pub.Format("2006-01-02"), bText)
						bd.Article.Title, bd.Article.Outlet = bHead, "Coast Herald"
						// The third tells a happening to keep apart.
						var cDay time.Time
						var cHead, cLead string
						switch apart {
						case "follow":
							cDay, cHead, cLead = day.AddDate(0, 0, 1), b.followHead, b.follow
						case "other":
							cDay, cHead, cLead = day, b.otherHead, b.other
						case "again":
							cDay, cHead, cLead = day.AddDate(0, 0, 3), b.againHead, b.again
						}
						cd := cDay.Format("2006-01-02")
						cLead = mgFill(cLead, "", "", on(cDay))
						hap := map[string]string{"follow": "F", "other": "O", "again": "G"}[apart] + cd
						cc := doc("c.md", cd, cLead)
						cc.Article.Title, cc.Article.Outlet = cHead, "Alton Gazette"
						st.sent = append(st.sent, mgSent{"c.md", cHead, hap, cd}, mgSent{"c.md", cLead, hap, cd})
						st.docs = []Doc{a, bd, cc}
						out = append(out, st)
					}
				}
			}
		}
	}
	return out
}

// mgResult is what the grid measures of one story.
type mgResult struct {
	recall      float64 // share of the happening's two articles its best event cites
	pairs, good int     // cross-article pairs of judged sources, and those of one happening
	faults      []string
}

func mgRun(st mgStory) mgResult {
	tl, _ := Extract(st.docs, Options{})
	label := func(art, s string) *mgSent {
		for i := range st.sent {
			x := &st.sent[i]
			if x.art == art && (s == x.text || strings.HasSuffix(s, x.text)) {
				return x
			}
		}
		return nil
	}
	var r mgResult
	best := 0
	for _, e := range tl.Events {
		type js struct {
			art string
			x   *mgSent
		}
		var srcs []js
		hdocs := map[string]bool{}
		for _, src := range e.Sources {
			x := label(src.Article, src.Sentence)
			if x == nil {
				continue
			}
			srcs = append(srcs, js{src.Article, x})
			if x.hap == "H" {
				hdocs[src.Article] = true
			}
			if ds := e.Date.String(); len(ds) == 10 && ds != x.day {
				d0, _ := time.Parse("2006-01-02", x.day)
				d1, _ := time.Parse("2006-01-02", ds)
				r.faults = append(r.faults, fmt.Sprintf("%s sentence dated %+d days", x.hap[:1], int(d1.Sub(d0).Hours()/24)))
			}
		}
		best = max(best, len(hdocs))
		seen := map[string]bool{}
		for i := range srcs {
			for j := i + 1; j < len(srcs); j++ {
				if srcs[i].art == srcs[j].art {
					continue
				}
				k := srcs[i].art + srcs[j].art + srcs[i].x.hap + srcs[j].x.hap
				if seen[k] {
					continue
				}
				seen[k] = true
				r.pairs++
				if srcs[i].x.hap == srcs[j].x.hap {
					r.good++
				} else {
					r.faults = append(r.faults, "false merge "+srcs[i].x.hap[:1]+"+"+srcs[j].x.hap[:1])
				}
			}
		}
	}
	r.recall = float64(best) / 2
	if best < 2 {
		r.faults = append(r.faults, fmt.Sprintf("split (%d of 2)", best))
	}
	return r
}

// mgKnown are the faults the grid still finds, by their cause: a pattern
// of beat/wording/naming/dating/place/apart ("*" for any part, "|"
// between choices) and the fault it shows. A story that shows any other
// fault fails the test; a split (one event per article) is counted in the
// grid's recall, which has a floor (mgFloors). Each is a known limit:
//
//   - the same act by other participants on the same day ("In a separate
//     case, police in Alton arrested a 52-year-old woman on Tuesday")
//     joins the happening: a name that only one article uses (Alton)
//     neither confirms nor denies (score), and the kind and the day
//     lower the bar (sameDayKind);
//   - the headline of a follow-up names the happening it follows ("Krol
//     in court over Brenton shop stabbing", "Mourners bury victims of
//     Grand Hotel attack") and joins it, away from its own lead; the
//     follow-ups of two days under one headline join each other through
//     it. Sending such a headline to its lead's happening (measured this
//     session) cost ECB+ recall 0.725 -> 0.721 (a headline that names
//     both, "Mich. accountant charged with murder in office shootings")
//     and pr27 one happening, and was left out;
//   - a retelling dated "earlier this week" joins a day of the week up to
//     its article that shares its names (the follow-up of the day after,
//     its own article's lead);
//   - the results told as "posted its weakest annual results in a decade"
//     join the next day's follow-up (not examined).
var mgKnown = []struct{ pattern, fault string }{
	{"*/*/*/*/*/other", "false merge H+O"},
	{"*/*/*/*/*/other", "false merge O+H"},
	{"*/*/*/*/*/*", "split (1 of 2)"},
	{"*/*/*/*/body|background/*", "F sentence dated -1 days"},
	{"*/*/*/*/body|background/*", "F sentence dated -2 days"},
	{"*/*/*/*/*/follow", "F sentence dated -1 days"},
	{"*/*/*/*/body|background/*", "false merge H+F"},
	{"*/*/*/*/body|background/*", "false merge F+H"},
	{"*/*/*/*/*/follow", "false merge H+F"},
	{"*/*/*/*/*/follow", "false merge F+H"},
	{"*/*/*/coarse/body|background/follow", "false merge F+F"},
	{"*/*/*/*/body|background/other", "false merge O+F"},
	{"*/*/*/coarse/*/*", "H sentence dated +1 days"},
	{"*/*/*/coarse/*/*", "H sentence dated +2 days"},
	{"result/synonym/full/*/head/follow", "H sentence dated +1 days"},
}

// mgFloors are the grid's recall and pair precision at this commit: they
// may rise, never fall.
var mgFloors = struct{ recall, precision float64 }{0.903, 0.552}

func mgIsKnown(name, f string) bool {
	parts := strings.Split(name, "/")
	for _, k := range mgKnown {
		if k.fault != f {
			continue
		}
		if gridMatches(k.pattern, parts) {
			return true
		}
	}
	return false
}

// TestMergeGrid: the mentions of each story's happening are one event,
// and no event cites two happenings, but for the known faults (mgKnown).
// DATELINE_GRID=1 prints recall and pair precision by each part of the
// grid, and the faults by cause.
func TestMergeGrid(t *testing.T) {
	cases := mgCases()
	causes := map[string][]string{}
	var rsum float64
	pairs, good := 0, 0
	byPart := map[string][2]float64{}
	for _, st := range cases {
		r := mgRun(st)
		rsum += r.recall
		pairs += r.pairs
		good += r.good
		for i, p := range strings.Split(st.name, "/") {
			k := fmt.Sprintf("%d %s", i, p)
			v := byPart[k]
			byPart[k] = [2]float64{v[0] + r.recall, v[1] + 1}
		}
		seen := map[string]bool{}
		for _, f := range r.faults {
			if seen[f] {
				continue
			}
			seen[f] = true
			causes[f] = append(causes[f], st.name)
			if !mgIsKnown(st.name, f) {
				t.Errorf("%s: %s", st.name, f)
			}
		}
	}
	recall, precision := rsum/float64(len(cases)), float64(good)/float64(max(pairs, 1))
	if math.Round(recall*1000)/1000 < mgFloors.recall || math.Round(precision*1000)/1000 < mgFloors.precision {
		t.Errorf("merge grid: recall %.3f, pair precision %.3f, below the floors %.3f, %.3f", recall, precision, mgFloors.recall, mgFloors.precision)
	}
	if os.Getenv("DATELINE_GRID") != "" {
		fmt.Printf("merge grid: %d stories; recall %.3f; pair precision %.3f (%d/%d)\n", len(cases), rsum/float64(len(cases)), float64(good)/float64(max(pairs, 1)), good, pairs)
		var ps []string
		for k := range byPart {
			ps = append(ps, k)
		}
		sort.Strings(ps)
		for _, k := range ps {
			fmt.Printf("  %-16s recall %.3f (%d)\n", k, byPart[k][0]/byPart[k][1], int(byPart[k][1]))
		}
		var ks []string
		for k := range causes {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return len(causes[ks[i]]) > len(causes[ks[j]]) })
		for _, k := range ks {
			fmt.Printf("%4d  %s\n", len(causes[k]), k)
			for _, n := range causes[k] {
				fmt.Printf("        %s\n", n)
			}
		}
	}
}
