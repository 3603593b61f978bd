package extract

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/ordered"
	"github.com/dateline-news/dateline/timeline"
)

// sharedLeadsToDaysBefore does for the own news of several articles in one
// happening of their publication day what leadsToDaysBefore does for one
// article's: when an article's lead, in the present perfect, is told
// again by one of its next two sentences dated one or two days before
// (sameLeadHappening: "A British climber has fallen to his death in New
// Zealand." then "Robert Buckley, 32, fell about 600 metres ... on
// Saturday, police said."), the happening is that of the day before,
// which the article dates, and the headlines and leads that tell it, of
// every article, are more sources of it. Articles whose leads date two
// happenings apart, or an article whose lead is not in it, leave the
// happening where it was.
func (m *merger) sharedLeadsToDaysBefore() {
	m.perfectLeadsToTheirDay()
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || len(cl.docs) < 2 || slices.ContainsFunc(cl.members, func(x *candidate) bool { return x.basis != "published" && x.basis != "reported" }) {
			continue
		}
		var to *cluster
		var docs []int
		one := true
		for _, x := range cl.members {
			if slices.Contains(docs, x.doc) {
				continue
			}
			docs = append(docs, x.doc)
			o, ok := m.sharedLeadTarget(cl, x.doc)
			if !ok {
				one = false
				break
			}
			if o != nil {
				if to != nil && to != o {
					one = false
					break
				}
				to = o
			}
		}
		if to == nil || !one {
			continue
		}
		m.moveArticleDated(cl, to)
	}
}

// sharedLeadTarget is the happening of the days before that article d's
// lead in cl, its first in the present perfect, tells (see
// sharedLeadsToDaysBefore), or nil; ok is false when cl holds no sentence
// of d's lead besides its headline: its lead is told elsewhere, and may
// tell another day.
func (m *merger) sharedLeadTarget(cl *cluster, d int) (to *cluster, ok bool) {
	var c *candidate
	n := 0
	for _, x := range cl.members {
		if x.doc != d || isHeadline(x) {
			continue
		}
		if !x.lead {
			continue // a sentence of the body that tells it again
		}
		n++
		if (c == nil || x.sent.index < c.sent.index) && perfectLead(words(x.stext, 0, len(x.stext))) {
			c = x
		}
	}
	if n == 0 || d >= len(m.news) || m.news[d].Gran != timeline.Day {
		return nil, false
	}
	if c == nil {
		return nil, true
	}
	pub, _ := dayNum(m.news[d])
	own := m.byDoc.of(d)
	for _, o := range own[max(0, len(own)-probeClusters):] {
		if o == cl || o.dead || o.first != o.last || o.first >= pub || o.first < pub-newsDays {
			continue
		}
		if slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == d && x.basis == "" && x.sent.index > c.sent.index && x.sent.index <= c.sent.index+2 &&
				!looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && m.leadTold(c, x)
		}) {
			if to != nil {
				return nil, false // two happenings: the lead tells neither for sure
			}
			to = o
		}
	}
	return to, true
}

// nightLeadsToNight gives an article's lead that tells its happening
// "overnight" with no date of its own, alone an event of its publication
// day (with its headline, if that joined it), to the happening of one of
// its next two sentences that its words date to that night: the evening
// or the night of the day before ("at about 11.40pm on Monday", "on Monday
// night"), or the small hours of the publication day ("shortly after 3:30
// Tuesday morning" is no such hour: the morning, which many sentences of
// the day name, is left out). "A teenager was stabbed in the town centre
// overnight" then "Police were called to Market Square at about 11.40pm
// on Monday" in Tuesday's paper is Monday's stabbing. Two such happenings,
// or none, leave the lead at its publication.
func (m *merger) nightLeadsToNight() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || len(cl.docs) != 1 || len(cl.members) > 2 {
			continue
		}
		c := loneLead(cl)
		if c == nil || !c.lead || c.doc >= len(m.news) || m.news[c.doc].Gran != timeline.Day {
			continue
		}
		if !slices.ContainsFunc(words(c.stext, 0, len(c.stext)), func(w word) bool { return nightWords.Has(w.w) }) {
			continue
		}
		pub, _ := dayNum(m.news[c.doc])
		m.leadToNext(cl, c, 2, func(o *cluster) bool { return o.first >= pub-1 && o.first <= pub }, func(o *cluster, x *candidate) bool {
			return x.kind.class() != kindStatement && atNight(x.tx.Value, o.first < pub)
		})
	}
}

// leadToNext moves cluster cl, an article's lead c alone an event (with
// its headline, if that joined it), into the one event of a single day
// that one of the lead's next reach sentences (two, mostly) dates (its source x with a
// date of its own, basis ""), among the article's last probeClusters
// events: the event's day must pass day, the sentence tells. Two such
// events, or none, move nothing.
func (m *merger) leadToNext(cl *cluster, c *candidate, reach int, day func(o *cluster) bool, tells func(o *cluster, x *candidate) bool) {
	var to *cluster
	n := 0
	own := m.byDoc.of(c.doc)
	for _, o := range own[max(0, len(own)-probeClusters):] {
		if o == cl || o.dead || o.first != o.last || !day(o) {
			continue
		}
		if slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == c.doc && x.basis == "" && x.sent.index > c.sent.index && x.sent.index <= c.sent.index+reach && tells(o, x)
		}) {
			to = o
			n++
		}
	}
	if n != 1 {
		return
	}
	m.moveArticleDated(cl, to)
}

// nightWords place a lead's happening in the night before its publication,
// without a date (data/words.txt).
var nightWords = wordSet("night-words")

// atNight reports whether a time value is of the night: of the evening or
// the night when before is true (the day before the publication: "EV",
// "NI", or a clock from 18:00), of the small hours otherwise (a clock
// before 06:00).
func atNight(v string, before bool) bool {
	_, t, ok := strings.Cut(v, "T")
	if !ok {
		return false
	}
	if before && (t == "EV" || t == "NI") {
		return true
	}
	if len(t) < 5 || t[2] != ':' {
		return false
	}
	h, err := strconv.Atoi(t[:2])
	if err != nil {
		return false
	}
	if before {
		return h >= 18
	}
	return h < 6
}

// headlinesToLeadDay gives an article's headline, alone an event of its
// publication day (with its lead when the lead has no date of its own),
// to the one happening of another day near it that the article's own
// words date as the headline's news, told in one of three shapes news
// copy uses:
//
//   - a preview: the lead itself, in the headline's words and not in a
//     future tense, is dated by its own words in the week after: "Former
//     mayor goes on trial over bribery charges" over "Former mayor Alan
//     Price goes on trial at Leeds Crown Court on Tuesday, ..." in
//     Monday's paper (a lead that says "will" tells a later step of
//     what the headline announces: "Union calls strike" over "Dockers
//     will strike on Thursday" stays);
//   - a count: the headline's number (not a year) is in one sentence of
//     the article, with a word of the headline, and that sentence is
//     dated one or two days before (three in a Monday's paper): "... as
//     toll climbs to 61" over "The government raised the official death
//     toll on Monday to 61" in Tuesday's paper. The same number dated at
//     the publication, or on two days, leaves the headline;
//   - a report: the headline tells a finding or an act made known
//     ("Audit finds council overspent", "Regulator bans ..."), its lead
//     in its words, and the lead or the sentence after it is a statement
//     whose saying is dated the day before, by the verb of saying ("said
//     Thursday") or by the phrase that opens it ("In a report released
//     on Thursday, the Auditor-General said ...").
//
// A lead that the lead's-day rules gave its own day takes its headline
// there (movedLeadDay); a headline that tells, in two of its words, a
// happening one of the article's first sentences dates before takes its
// day (nearLeadDay). Two such happenings, or none, leave the headline
// at its publication.
func (m *merger) headlinesToLeadDay() {
	for _, cl := range m.clusters {
		h, first, own, from, pub, ok := m.aloneHeadline(cl)
		if !ok {
			continue
		}
		var to *cluster
		if first != nil && m.tellsLead(h.stext, first.stext) {
			to = m.previewDay(cl, h, first, own, pub)
			if to == nil {
				to = m.reportDay(cl, h, first, own, from, pub)
			}
		}
		if to == nil {
			to = m.countDay(cl, h, own, from, pub)
		}
		if to == nil {
			to = m.movedLeadDay(cl, h, first, own, from, pub)
		}
		if to == nil {
			to = m.nearLeadDay(cl, h, own, from, pub)
		}
		if to == nil {
			to = m.olderLeadDay(cl, h, first, own, from, pub)
		}
		if to == nil {
			to = m.dayAfterDay(cl, h, first, own, from, pub)
		}
		if to == nil {
			continue
		}
		m.moveArticleDated(cl, to)
	}
	m.echoedNewsToLead()
}

// echoedNewsToLead gives back to their own day an article's lead and
// headline that echo joined to an older happening (basis "reported"),
// before the days of the news, when the article's own words date the
// lead's news to one of those days. A lead in the present perfect tells
// news of now; a sentence of its own that echo found like an older
// happening's reports (the killing its participle names, the threat its
// words retell) is still the news the next sentences date: "The family of
// the surfer killed at the point have named him" then "In a statement
// released on Tuesday, his wife said ..." is Tuesday's naming, not the
// attack of the weekend before. The lead goes to the one happening of the
// news days before the publication that one of its next two sentences
// dates as its news (datesLead, as perfectLeadsToTheirDay does for a lead
// left at its publication); then a headline that tells the lead in a word
// of its act (tellsLead) and that echo joined to an older happening goes
// with the lead, wherever the lead's-day rules dated it: "Customer data
// dumped online after firm refuses to pay" over "Personal details of 3.2
// million customers have been published on the dark web" that "The files
// appeared on the leak site on Wednesday morning" dates, not the threat
// of the week before whose words it shares. A lead at its publication,
// or dated by no sentence of its own, leaves both where echo put them.
func (m *merger) echoedNewsToLead() {
	// The articles with a sentence that echo joined to a happening before
	// the days of their news, and their first sentences with the
	// happenings they are in, gathered in a pass over the clusters each:
	// linear, whatever the size of a happening.
	var want map[int]bool
	for _, cl := range m.clusters {
		for _, x := range cl.members {
			if !cl.dead && m.echoedOld(cl, x) {
				if want == nil {
					want = map[int]bool{}
				}
				want[x.doc] = true
			}
		}
	}
	if want == nil {
		return
	}
	top := map[int][]placed{}
	for _, cl := range m.clusters {
		for _, x := range cl.members {
			if !cl.dead && want[x.doc] && x.sent.index > 0 && x.sent.index <= topSentences {
				top[x.doc] = append(top[x.doc], placed{x, cl})
			}
		}
	}
	for _, headlines := range []bool{false, true} {
		for _, cl := range m.clusters {
			if cl.dead {
				continue
			}
			for i := 0; i < len(cl.members); i++ {
				x := cl.members[i]
				if (x.sent.index == 0) != headlines || !m.echoedOld(cl, x) {
					continue
				}
				var to *cluster
				if headlines {
					to = m.echoedFirst(cl, x, top[x.doc])
				} else {
					to = m.echoedLeadDay(cl, x, top[x.doc])
				}
				if to == nil {
					continue
				}
				cl.members = slices.Delete(cl.members, i, i+1)
				i--
				if !slices.ContainsFunc(cl.members, func(y *candidate) bool { return y.doc == x.doc }) {
					delete(cl.docs, x.doc)
				}
				x.basis = "article"
				m.add(to, x)
				for k, p := range top[x.doc] {
					if p.x == x {
						top[x.doc][k].cl = to
					}
				}
			}
		}
	}
}

// placed is a sentence of an article and the happening it is in.
type placed struct {
	x  *candidate
	cl *cluster
}

// topSentences is how far into an article (its sentences after the
// headline) echoedNewsToLead looks for its lead and the two sentences
// after it.
const topSentences = 10

// echoedOld reports whether x, a member of cl, is a sentence that echo
// joined to cl (basis "reported"), a happening before the news days of
// x's article.
func (m *merger) echoedOld(cl *cluster, x *candidate) bool {
	if x.basis != "reported" || x.doc >= len(m.news) || m.news[x.doc].Gran != timeline.Day {
		return false
	}
	pub, _ := dayNum(m.news[x.doc])
	return cl.last < m.newsFrom(x.doc, pub)
}

// newsFrom is the first day of the news of article d, published on day
// pub: two days before, the Friday before in a Monday's paper.
func (m *merger) newsFrom(d int, pub int64) int64 {
	if m.news[d].First().Weekday() == time.Monday {
		return pub - 3
	}
	return pub - newsDays
}

// echoedLeadDay is the one happening of the news days before the
// publication of the lead c, which echo joined to cl, that one of its
// next two sentences dates as its news (datesLead), when c is its
// article's first sentence and a present perfect; or nil. top holds the
// article's first sentences and their happenings.
func (m *merger) echoedLeadDay(cl *cluster, c *candidate, top []placed) *cluster {
	if !c.lead || !perfectLead(words(c.stext, 0, len(c.stext))) {
		return nil
	}
	pub, _ := dayNum(m.news[c.doc])
	from := m.newsFrom(c.doc, pub)
	var to *cluster
	for _, p := range top {
		x, o := p.x, p.cl
		if x.lead && x.sent.index < c.sent.index {
			return nil // not the article's first sentence
		}
		if o == cl || o.dead || o.first != o.last || o.first < from || o.first >= pub || o == to {
			continue
		}
		if x.basis == "" && x.sent.index > c.sent.index && x.sent.index <= c.sent.index+2 && m.datesLead(c, cl, x) {
			if to != nil {
				return nil // two happenings: the lead tells neither for sure
			}
			to = o
		}
	}
	return to
}

// echoedFirst is the happening of the news days before the publication
// of the headline h, which echo joined to cl, that the lead's-day rules
// gave its article's lead (its first sentence after the headline, among
// top, the article's first sentences and their happenings), when h tells
// the lead (see echoedNewsToLead); or nil.
func (m *merger) echoedFirst(cl *cluster, h *candidate, top []placed) *cluster {
	pub, _ := dayNum(m.news[h.doc])
	from := m.newsFrom(h.doc, pub)
	var first *candidate
	var to *cluster
	for _, p := range top {
		if p.x.lead && (first == nil || p.x.sent.index < first.sent.index) {
			first, to = p.x, p.cl
		}
	}
	if first == nil || to == cl || to.dead || first.basis != "article" || to.first != to.last || to.first < from || to.first >= pub {
		return nil
	}
	if !m.tellsLead(h.stext, first.stext) {
		return nil
	}
	return to
}

// movedLeadDay is the happening of the days before the publication pub
// (from on) that the article's lead, first (its first sentence after the
// headline), with no date of its own, was
// given: by its own day (the lead's-day rules: perfectLeadsToTheirDay,
// leadsToDaysBefore; basis "article"), or by telling a happening other
// articles date (basis "published" in an event of another day), when the headline h, alone in cl, tells the lead in a word
// of its act: "Regulator strips ferry operator of its licence" over "The
// maritime regulator has revoked the licence of ..." that "said on
// Tuesday that it had cancelled ..." dates in Wednesday's paper. The lead
// is the article's first sentence that makes a source (first), its first
// or second: a line that tells no news may stand under the headline, a
// time stamp over its byline ("Friday 18 May, 9:40am") or a hook ("It is
// the news the village had feared"), and the headline still tells the
// lead under it, when the lead's-day rules read that sentence as the
// article's news and dated it (basis "article"). A second sentence that
// only joined a happening other articles date may be background under
// a first that tells news and made no source ("Greece's parliament is due
// to vote ..." then "It comes a day after three bank workers died ..."),
// and leaves the headline. Or nil.
func (m *merger) movedLeadDay(cl *cluster, h, first *candidate, own []*cluster, from, pub int64) *cluster {
	if len(cl.members) != 1 || first == nil || first.sent.index > movedLeadReach || first.basis != "article" && (first.basis != "published" || first.sent.index != 1) || !m.tellsLead(h.stext, first.stext) {
		return nil
	}
	for _, o := range own {
		if o != cl && !o.dead && slices.Contains(o.members, first) {
			if o.first != o.last || o.first < from || o.first >= pub {
				return nil
			}
			return o
		}
	}
	return nil
}

// movedLeadReach is the index of the last sentence of an article that may
// be the lead a headline follows (movedLeadDay): one line that tells no
// news may stand before it.
const movedLeadReach = 2

// olderLeadDay is the one happening of the days before the publication
// pub (from on) that one of the next two sentences after the lead, first,
// dates as the lead's news (leadTold), when the headline h, alone in cl,
// tells the lead, a present perfect that a time of its own puts before
// the days of the news: "A judge has ordered the former mayor ... to
// stand trial ... over a contract awarded in 2023" under "Judge sends
// ex-mayor to trial" then "In an order dated Wednesday, Judge Alicia
// Monforte said ..." in Thursday's paper. A present perfect tells news of
// now, and the older time dates a part of its sentence, not its act;
// the sentence that dates the act dates the headline's news. Or nil.
func (m *merger) olderLeadDay(cl *cluster, h, first *candidate, own []*cluster, from, pub int64) *cluster {
	if len(cl.members) != 1 || first == nil || first.basis != "" || first.tx.Value == "" || !perfectLead(words(first.stext, 0, len(first.stext))) || !m.tellsLead(h.stext, first.stext) {
		return nil
	}
	older := false
	for _, o := range own {
		if o != cl && !o.dead && slices.Contains(o.members, first) {
			older = o.last < from
			break
		}
	}
	if !older {
		return nil
	}
	var to *cluster
	for _, o := range own {
		if o == cl || o.dead || o.first != o.last || o.first < from || o.first >= pub {
			continue
		}
		if !slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == h.doc && x.basis == "" && x.sent.index > first.sent.index && x.sent.index <= first.sent.index+2 &&
				!looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && m.leadTold(first, x)
		}) {
			continue
		}
		if to != nil {
			return nil
		}
		to = o
	}
	return to
}

// nearLeadDay is the one happening of the days before the publication
// pub (from on) that a sentence at the top of the article (one of its
// first three after the headline) dates by its own day, when the headline
// h, alone in cl, shares two words with that sentence (their stems, in
// any case, or a name and its initials): "From schoolboy star to banned
// sprinter: Okafor takes his case to CAS" over a first paragraph of his
// youth and "On Monday his lawyers lodged an appeal against the ban with
// the Court of Arbitration for Sport" in Tuesday's paper. A feature's
// headline tells the news its top tells after the scene it opens with.
// Two such happenings, or none, give nil.
func (m *merger) nearLeadDay(cl *cluster, h *candidate, own []*cluster, from, pub int64) *cluster {
	if len(cl.members) != 1 {
		return nil
	}
	low, up := m.headTokens(h.stext)
	toks := append(append([]string(nil), low...), up...)
	acr := acronyms(h.stext)
	var to *cluster
	for _, o := range own {
		if o == cl || o.dead || o.first != o.last || o.first < from || o.first >= pub {
			continue
		}
		if !slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == h.doc && x.basis == "" && x.sent.index >= 1 && x.sent.index <= 3 &&
				!looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && m.sharedWords(toks, acr, x.stext) >= 2
		}) {
			continue
		}
		if to != nil {
			return nil
		}
		to = o
	}
	return to
}

// sharedWords counts the tokens of toks that the sentence s holds, each
// once, and the acronyms of acr that the initials of a name of s spell
// ("CAS", "Court of Arbitration for Sport").
func (m *merger) sharedWords(toks, acr []string, s string) int {
	ws := words(s, 0, len(s))
	var seen []string
	for _, w := range ws {
		if t := m.lx.token(w.w); t != "" && slices.Contains(toks, t) && !slices.Contains(seen, t) {
			seen = append(seen, t)
		}
	}
	n := len(seen)
	for _, a := range acr {
		if spelledBy(s, ws, a) {
			n++
		}
	}
	return n
}

// acronyms are the words of h of two to six capital letters ("CAS",
// "NATO").
func acronyms(h string) []string {
	var out []string
	for _, w := range strings.Fields(h) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			out = append(out, w)
		}
	}
	return out
}

// spelledBy reports whether the initials of a run of capitalised words of
// s (the words ws), with the small words of a name between them skipped
// ("of", "for", "the", "and"), spell the acronym a.
func spelledBy(s string, ws []word, a string) bool {
	for i := range ws {
		k, j := 0, i
		for j < len(ws) && k < len(a) {
			c := rune(s[ws[j].i])
			if unicode.IsUpper(c) && byte(c) == a[k] {
				k++
			} else if !(k > 0 && nameLinks.Has(ws[j].w)) {
				break
			}
			j++
		}
		if k == len(a) {
			return true
		}
	}
	return false
}

// nameLinks are the small words inside a name that its initials skip
// (data/words.txt).
var nameLinks = wordSet("name-links")

// previewDay is the happening of the week after the publication pub that
// a clause of the article's lead (the sentence of first) dates by its own
// words in a tense that is not of the future, in the words of the headline
// h, alone in cl, before its time (previewClause), the lead dating no day
// of the news besides: "The Senate votes on Tuesday on a bill ... that
// three members say they will oppose" under "Senate faces vote on budget
// bill" (see headlinesToLeadDay); or nil.
func (m *merger) previewDay(cl *cluster, h, first *candidate, own []*cluster, pub int64) *cluster {
	if len(cl.members) != 1 {
		return nil
	}
	var to *cluster
	for _, o := range own {
		if o == cl || o.dead {
			continue
		}
		i := slices.IndexFunc(o.members, func(x *candidate) bool {
			return x.doc == first.doc && x.basis == "" && x.sent.index == first.sent.index
		})
		if i < 0 {
			continue
		}
		if o.first <= pub && o.last >= pub-newsDays {
			return nil // the lead dates a day of the news too
		}
		if o.first <= pub || o.first > pub+aheadDays {
			continue
		}
		if to != nil || o.first != o.last || !m.previewClause(h, o.members[i]) {
			return nil
		}
		to = o
	}
	return to
}

// previewClause reports whether x's clause tells, before its time and in
// no future tense, the news of the headline h (previewTold): "Dockers will
// strike on Thursday" does not tell "Port union calls strike"; "England
// named their squad for the World Cup, which starts on June 11" dates the
// cup in a clause that does not tell "England names World Cup squad".
func (m *merger) previewClause(h, x *candidate) bool {
	a, at := x.seg[0]-x.sent.start, x.tx.Start-x.sent.start
	if a < 0 || at < a || at > len(x.stext) {
		return false
	}
	ws := words(x.stext, a, at)
	return !looksAhead(x.stext, ws) && m.previewTold(h.stext, x.stext, ws)
}

// previewTold reports whether the headline h and the lead s share a word
// that h has in lower case, among ws, the words of s before its time: a
// word no name of s (its first word aside), and in neither in a phrase
// (inPhrase). The lead's own news ("Former mayor Alan Price goes on trial"
// under "Former mayor goes on trial over bribery charges", "The Senate
// votes" under "Senate faces vote"), not the thing it is about ("An
// inquiry into the Northport fire opens on Monday" under "Northport fire:
// 40 people evacuated", the fire being old news; "The line through
// Oldcastle Bay reopens" under "Crash on Oldcastle Bay line").
func (m *merger) previewTold(h, s string, ws []word) bool {
	hs := words(h, 0, len(h))
	var own []string
	for k, w := range hs {
		if t := m.lx.token(w.w); t != "" && !unicode.IsUpper(rune(h[w.i])) && !inPhrase(h, hs, k) {
			own = append(own, t)
		}
	}
	for k, w := range ws {
		if (k == 0 || !unicode.IsUpper(rune(s[w.i]))) && slices.Contains(own, m.lx.token(w.w)) && !inPhrase(s, ws, k) {
			return true
		}
	}
	return false
}

// inPhrase reports whether the word k of the words ws of s stands in a
// phrase that a preposition opens a few words before it (previewPhrase,
// not counting the words of a name), with no comma between: "into the
// Oldcastle Bay fire", "on trial".
func inPhrase(s string, ws []word, k int) bool {
	n := 0
	for i := k; i > 0 && n < previewPhrase && !ws[i].comma; i-- {
		w := ws[i-1]
		if prepositions.Has(w.w) && !unicode.IsUpper(rune(s[w.i])) {
			return true
		}
		if !unicode.IsUpper(rune(s[w.i])) {
			n++
		}
	}
	return false
}

// previewPhrase is how many words, the words of names aside, a
// preposition may stand before a word whose phrase it opens.
const previewPhrase = 3

// countDay is the happening of the days before the publication pub (from
// on) of the one sentence of the article that carries the number of the
// headline h, alone in cl or with its lead, and a word of it (see
// headlinesToLeadDay); or nil.
func (m *merger) countDay(cl *cluster, h *candidate, own []*cluster, from, pub int64) *cluster {
	var num string
	for _, n := range numbersIn(h.stext) {
		if !yearLike(n) {
			num = n
			break
		}
	}
	if num == "" {
		return nil
	}
	var to *cluster
	for _, o := range own {
		if o == cl || o.dead || !slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == h.doc && x.basis == "" && slices.Contains(numbersIn(x.stext), num) && m.tellsLead(h.stext, x.stext)
		}) {
			continue
		}
		if to != nil || o.first != o.last || o.first < from || o.first >= pub {
			return nil // the number dated twice, or at the publication
		}
		to = o
	}
	return to
}

// reportDay is the happening of the days before the publication pub (from
// on) whose statement, the lead first or the sentence after it, the
// headline h of a finding or an act made known dates by its saying (see
// headlinesToLeadDay); or nil.
func (m *merger) reportDay(cl *cluster, h, first *candidate, own []*cluster, from, pub int64) *cluster {
	if !slices.ContainsFunc(words(h.stext, 0, len(h.stext)), func(w word) bool {
		return (madeKnownVerbs.Has(w.w) || findingVerbs.Has(w.w)) && !unicode.IsUpper(rune(h.stext[w.i]))
	}) {
		return nil
	}
	var to *cluster
	for _, o := range own {
		if o == cl || o.dead || o.first != o.last || o.first >= pub || o.first < from {
			continue
		}
		if slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == h.doc && x.basis == "" && x.lead && x.sent.index <= first.sent.index+1 &&
				(x.kind.class() == kindStatement && (saidDay(x) || openingSaid(x)) || reportOut(x))
		}) {
			if to != nil {
				return nil
			}
			to = o
		}
	}
	return to
}

// reportOut reports whether the time of x dates the coming out of a
// report the reader knows: the sentence opens on a given subject ("The",
// "Its") naming a document (documentNouns) and the time stands right
// after a participle of putting out ("The 80-page report by fire engineer
// Sara Holt was published on Tuesday", "The inquiry's findings were
// released on Wednesday morning"), no verb of saying before it. News
// English tells a finding in the headline and lead with no time ("...,
// review finds", "..., an independent review has found") and dates it by
// the report's publication in the paragraph after; "The review was
// ordered by the council last month" dates another act of the report,
// and "The bus overturned on Monday" the happening it is about.
func reportOut(x *candidate) bool {
	ws := words(x.stext, 0, len(x.stext))
	at := x.tx.Start - x.sent.start
	t := slices.IndexFunc(ws, func(w word) bool { return w.i >= at })
	if t < 2 || !givenOpeners.Has(ws[0].w) && !possessivePronouns.Has(ws[0].w) {
		return false
	}
	p := t - 1
	if dayPrepositions.Has(ws[p].w) {
		p--
	}
	if p < 1 || !putOutParticiples.Has(ws[p].w) {
		return false
	}
	doc := false
	for _, w := range ws[:p] {
		if sayingVerb(w.w) {
			return false
		}
		doc = doc || documentNouns.Has(w.w)
	}
	return doc
}

// findingVerbs tell, in a headline, the findings of an inquiry, an audit
// or a study, made known by its report (data/words.txt).
var findingVerbs = wordSet("finding-headline-verbs")

// sayingOpeners open a phrase before a statement's subject that dates its
// saying: "In a report released on Thursday, ...", "At a news conference
// on Monday, ..." (data/words.txt).
var sayingOpeners = wordSet("saying-phrase-openers")

// openingSaid reports whether the time of c lies in the phrase that opens
// its sentence, from one of sayingOpeners to a comma, and a verb of saying
// follows within a few words: "In a report released on Thursday, retired
// judge Margaret Feeney said ...". The report, the conference, the
// statement is the saying.
func openingSaid(c *candidate) bool {
	ws := words(c.stext, 0, len(c.stext))
	at := c.tx.Start - c.sent.start
	k := slices.IndexFunc(ws, func(w word) bool { return w.i >= at })
	if k < 1 || !sayingOpeners.Has(ws[0].w) || !unicode.IsUpper(rune(c.stext[ws[0].i])) {
		return false
	}
	if slices.ContainsFunc(ws[1:k+1], func(w word) bool { return w.comma }) {
		return false // the time is past the opening phrase
	}
	j := slices.IndexFunc(ws[k+1:], func(w word) bool { return w.comma })
	if j < 0 || j > 3 {
		return false
	}
	j += k + 1
	for _, w := range ws[j:min(len(ws), j+openingSubject)] {
		if sayingVerb(w.w) {
			return true
		}
	}
	return false
}

// openingSubject is how many words, from the comma that closes the
// opening phrase, may name who said it: "retired judge Margaret Feeney
// said".
const openingSubject = 7

// numbersIn returns the numbers written in digits in s, their thousands
// commas and decimal points kept: "3,400", "4.6", "61".
func numbersIn(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' || i > 0 && isWordByte(s[i-1]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// yearLike reports whether a number of numbersIn may be a year (four
// digits from 1800 to 2199): no count of the news.
func yearLike(n string) bool {
	return len(n) == 4 && (n[:2] == "18" || n[:2] == "19" || n[:2] == "20" || n[:2] == "21")
}

// dropCountClashes lets go of a sentence with no date of its own that
// joined a happening its article dates in another sentence, when the two
// give one word different counts, and no source of the happening gives
// the sentence's: "The storm killed 61 people, according to the
// government's latest count" is no source of "In April 1991, another
// cyclone killed about 138,000". A count tells its happening apart; the
// undated sentence told another one, which it does not date.
func (m *merger) dropCountClashes() {
	// Each cluster is read and trimmed on its own, touching no other: the
	// clusters are gone through on every core, a run at a time (an
	// archive's merge runs on one core otherwise).
	const run = 256
	cls := m.clusters
	ordered.Run((len(cls)+run-1)/run, 0, 0, func(k int) bool {
		for _, cl := range cls[k*run : min(len(cls), (k+1)*run)] {
			m.dropCountClash(cl)
		}
		return true
	}, func(int, bool) {})
}

// dropCountClash is dropCountClashes for one cluster. It reads only cl,
// its members and the lexicon, and may run beside itself.
func (m *merger) dropCountClash(cl *cluster) {
	if cl.dead || cl.dated == 0 || cl.dated == len(cl.members) {
		return
	}
	var dated []count // the counts of the sources that date it, with their articles
	for _, y := range cl.members {
		if y.basis == "" && strings.ContainsAny(y.stext, "0123456789") {
			dated = m.appendCounts(dated, y)
		}
	}
	if len(dated) == 0 {
		return
	}
	cl.members = slices.DeleteFunc(cl.members, func(x *candidate) bool {
		if x.basis == "" || x.sent.index == 0 || x.tx.Value != "" || !strings.ContainsAny(x.stext, "0123456789") {
			return false
		}
		clash := false
		for _, c := range m.appendCounts(nil, x) {
			for _, d := range dated {
				if d.word != c.word {
					continue
				}
				if d.n == c.n {
					return false // a source gives the same count
				}
				clash = clash || d.doc == x.doc
			}
		}
		return clash
	})
}

// count is a number that a sentence of article doc gives a word: "killed
// 61", "toll ... at 34".
type count struct {
	word, n string
	doc     int
}

// appendCounts appends the counts of c's sentence: each number in digits
// that is no year and no part of a name ("3GS"), with the word before it,
// in lower case ("iPhone 3" gives none), approximators and a few words
// of measure aside ("killed about 138,000", "at least 40").
func (m *merger) appendCounts(out []count, c *candidate) []count {
	s := c.stext
	var room wordRoom
	ws := appendWords(room[:0], s, 0, len(s))
	for k, w := range ws {
		if w.w[0] < '0' || w.w[0] > '9' || w.i > 0 && (s[w.i-1] == ',' || s[w.i-1] == '.') && w.i > 1 && s[w.i-2] >= '0' && s[w.i-2] <= '9' {
			continue // no number, or the rest of one ("138,000")
		}
		ns := numbersIn(s[w.i:])
		if len(ns) == 0 || yearLike(ns[0]) || w.i+len(ns[0]) < len(s) && isWordByte(s[w.i+len(ns[0])]) {
			continue // a year, or a name ("3GS", "B52")
		}
		for j := k - 1; j >= max(0, k-countBack); j-- {
			if approximators.Has(ws[j].w) || countLinks.Has(ws[j].w) {
				continue
			}
			if t := m.lx.token(ws[j].w); t != "" && s[ws[j].i:ws[j].j] == ws[j].w {
				out = append(out, count{t, ns[0], c.doc})
			}
			break
		}
	}
	return out
}

// countBack is how many words before a count its word may stand, the
// words between being approximators or countLinks.
const countBack = 3

// countLinks stand between a word and its count ("at least 40", "more
// than 3,000"; data/words.txt).
var countLinks = wordSet("count-links")

// perfectLeadsToTheirDay does what leadsToDaysBefore does for an article's
// lead in the present perfect, alone an event of its publication day with
// its headline at most (dated by the publication, or by its closing verb of
// saying on the publication day: saidLead), for the leads it leaves: the
// lead tells the happening of one of its next two sentences, dated one or
// two days before (the Friday before a Monday's paper), when that sentence tells it in a verb of the lead's family
// (leadTold: "Personal details of 3.2 million customers have been
// published on the dark web" then "The files appeared on the gang's leak
// site on Wednesday morning"), or dates the saying that the lead reports
// ("The minister has admitted that ..." then "Priya Lal told the
// committee on Wednesday that ..."). A sentence that looks ahead past its
// time ("was charged on Saturday night and will appear before magistrates
// on Monday") tells its time's happening all the same; one that looks
// ahead before it does not.
func (m *merger) perfectLeadsToTheirDay() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 1 || len(cl.docs) != 1 || len(cl.members) > 2 {
			continue
		}
		var c *candidate
		if cl.dated == 0 {
			c = loneLead(cl)
		} else {
			c = m.saidLead(cl)
		}
		if c == nil || !c.lead || c.doc >= len(m.news) || m.news[c.doc].Gran != timeline.Day || !perfectLead(words(c.stext, 0, len(c.stext))) {
			continue
		}
		pub, _ := dayNum(m.news[c.doc])
		from := pub - newsDays
		if m.news[c.doc].First().Weekday() == time.Monday {
			from = pub - 3 // a Monday's paper: the Friday before
		}
		m.leadToNext(cl, c, 2, func(o *cluster) bool { return o.first < pub && o.first >= from }, func(_ *cluster, x *candidate) bool {
			return m.datesLead(c, cl, x)
		})
	}
}

// datesLead reports whether x, a clause of one of the two sentences after
// the present-perfect lead c (in cl), dates the lead's news (see
// perfectLeadsToTheirDay): it looks not ahead before its time, and tells
// the lead's act (leadTold) or is the paragraph that dates it
// (secondParagraph).
func (m *merger) datesLead(c *candidate, cl *cluster, x *candidate) bool {
	a, at := x.seg[0]-x.sent.start, x.tx.End-x.sent.start
	if a < 0 || at < a || at > len(x.stext) || looksAhead(x.stext, words(x.stext, a, at)) {
		return false
	}
	return m.leadTold(c, x) || m.secondParagraph(c, cl, x)
}

// secondParagraph reports whether x, a clause of the sentence right after
// the lead c (the article's first sentence, a present perfect with no time
// of its own), dates the lead's
// news whatever verb it tells it in. News copy opens with the latest
// development in the present perfect and dates it in the paragraph after,
// often in other words: "Glasgow councillors have approved the return ..."
// then "The city administration committee voted 14 to 1 in favour
// yesterday"; "Dock workers have walked out over pay" then "The strike
// began at 6am on Monday". The time must date that sentence's own telling,
// before any verb of saying (not "Police said on Monday that ..."), the
// sentence may not look back past it ("had"), and its subject must be
// one the lead made known (givenSubject). A lead that names a
// happening before its news ("have arrested a man after a woman was
// stabbed") may be dated by the sentence after for that happening, and so
// may a lead whose act answers or undoes an earlier happening
// (sequelLeadVerbs: "Services have resumed" then "Engineers halted all
// trains on Sunday"; "has been charged with the murder" then "was found
// dead on Sunday"; not a finding told with "that"): those move nothing
// here (leadTold still moves them when the sentence tells their own act).
func (m *merger) secondParagraph(c *candidate, cl *cluster, x *candidate) bool {
	if c.sent.index != 1 || x.sent.index != 2 || x.basis != "" {
		return false
	}
	cw := words(c.stext, 0, len(c.stext))
	if slices.ContainsFunc(cw, func(w word) bool { return leadBackgroundLinks.Has(w.w) }) {
		return false
	}
	if sequelLead(c.stext) {
		return false
	}
	ws := words(x.stext, 0, len(x.stext))
	at := x.tx.Start - x.sent.start
	for _, w := range ws {
		if w.w == "had" || w.i < at && sayingVerb(w.w) {
			return false
		}
	}
	if len(ws) == 0 || !m.givenSubject(c, x.stext, ws) && !responseTold(ws, at) {
		return false
	}
	// A subject the headline names as its news's cause ("Hundreds flee as
	// wildfire spreads" then "The fire started in dry scrub on Monday
	// evening") tells that happening.
	for _, h := range cl.members {
		if !isHeadline(h) || h.doc != c.doc {
			continue
		}
		hs := words(h.stext, 0, len(h.stext))
		k := slices.IndexFunc(hs, func(w word) bool { return causeOpeners.Has(w.w) })
		if k < 0 {
			continue
		}
		for _, w := range ws[:min(len(ws), subjectReach)] {
			if t := m.lx.token(w.w); t != "" && slices.ContainsFunc(hs[k+1:], func(v word) bool { return m.lx.token(v.w) == t }) {
				return false
			}
		}
	}
	return true
}

// subjectReach is how many words open a sentence's subject (secondParagraph).
const subjectReach = 3

// sequelLead reports whether the lead s tells in its present perfect an
// act that answers, follows or undoes an earlier happening
// (sequelLeadVerbs: "has reopened", "has been charged"; not a finding
// told with "that").
func sequelLead(s string) bool {
	cw := words(s, 0, len(s))
	for _, j := range leadPerfects(cw) {
		if sequelLeadVerbs.Has(cw[j].w) && !(j+1 < len(cw) && cw[j+1].w == "that") {
			return true
		}
	}
	return false
}

// responseTold reports whether the sentence of words ws tells, before its
// time at offset at, the response to a happening at a place or on people
// the reader knows: a verb of calling out or of arrival, then "the"
// ("Crews were called to the building ...", "Police were sent to the
// scene ...", "A lifeboat reached the men ..."). News English dates an
// incident in the paragraph after its lead by the response, under the
// responders' own subject, new to the reader: the response follows the
// incident within the hour, on its day, and is no other happening (a
// cause, a reaction: "Residents protested against the plans on Tuesday"
// tells none). Either kind of verb takes "to" or "at" (responseLinks)
// before "the", respondArrivals "the" right after them too.
func responseTold(ws []word, at int) bool {
	for k, w := range ws {
		if w.i >= at || k+2 >= len(ws) {
			break
		}
		linked := responseLinks.Has(ws[k+1].w) && ws[k+2].w == "the"
		if linked && (calloutVerbs.Has(w.w) || respondArrivals.Has(w.w)) || respondArrivals.Has(w.w) && ws[k+1].w == "the" {
			return true
		}
	}
	return false
}

// calloutVerbs call responders out to a place, respondArrivals tell their
// arrival there, responseLinks stand between either and "the"
// (responseTold; data/words.txt).
var (
	calloutVerbs    = wordSet("callout-verbs")
	respondArrivals = wordSet("response-arrivals")
	responseLinks   = wordSet("response-links")
)

// givenSubject reports whether the sentence s (its words ws) opens on a
// subject its reader knows from the lead c: a definite noun phrase ("The
// strike began ...", "The city committee voted ..."), a pronoun, or a
// name the lead names ("Freitas passed a medical ..." after "have signed
// the winger Caio Freitas"). A sentence that retells the lead's news
// refers back to it; one whose subject comes in new ("A flood shut its
// factory on Monday", "Engineers halted all trains on Sunday") brings in
// another happening.
func (m *merger) givenSubject(c *candidate, s string, ws []word) bool {
	w := ws[0]
	switch {
	case givenOpeners.Has(w.w) || personPronouns.Has(w.w) || possessivePronouns.Has(w.w):
		return true
	case unicode.IsUpper(rune(s[w.i])) && !articleWords.Has(w.w):
		t := m.lx.token(w.w)
		return t != "" && slices.ContainsFunc(words(c.stext, 0, len(c.stext)), func(v word) bool { return m.lx.token(v.w) == t })
	}
	return false
}

// givenOpeners open a subject the reader knows (givenSubject);
// leadBackgroundLinks name, in a lead, a happening before its news;
// sequelLeadVerbs tell an act that answers or undoes an earlier happening
// (data/words.txt).
var (
	givenOpeners        = wordSet("given-openers")
	leadBackgroundLinks = wordSet("lead-background-links")
	sequelLeadVerbs     = wordSet("sequel-lead-verbs")
)

// leadTold reports whether x, a clause of a sentence after the lead c,
// tells the happening of the lead's present perfect: in its verb or one of
// its kind (sameLeadHappening), in a verb of the same family of
// leadVerbFamilies ("have been published" and "appeared", "have sacked"
// and "was dismissed"), or, for a lead that reports a saying ("has
// admitted", "has apologised") or an act made known (madeKnownVerbs: "has
// ordered", "has banned"), as a statement whose time dates its saying
// (sayingDated). A verb of saying whose object names the lead's act again
// by a noun of anaphoricNouns after "the" or a possessive ("has resigned"
// then "Fisk announced his decision at a council meeting that ran late on
// Monday") tells it too: news English dates an act by the saying that
// made it known, and such a saying reports no clause of its own ("said on
// Monday that ..." still tells another happening).
func (m *merger) leadTold(c, x *candidate) bool {
	statement := x.kind.class() == kindStatement
	if m.sameLeadHappening(c, x, statement) {
		return true
	}
	a, b := x.seg[0]-x.sent.start, x.seg[1]-x.sent.start
	if a < 0 || b > len(x.stext) || a >= b {
		return false
	}
	xs := words(x.stext, a, b)
	ws := words(c.stext, 0, len(c.stext))
	if statement && presentReported(ws) && sayingDated(x, nil, nil) && reportingSpeaker(x, ws) {
		// A lead that tells its news as what is said or shown now
		// ("..., the latest round of testing shows, and officials say
		// ...") is the saying the sentence after dates by its verb of
		// saying ("..., the Environment Agency said on Tuesday").
		return true
	}
	for i, j := range leadPerfects(ws) {
		subj, rest := leadSubject(c.stext, ws, i), ws[i:]
		v := ws[j].w
		if sayingVerb(v) || sayingLeadVerbs.Has(v) {
			if statement && sayingDated(x, subj, rest) {
				return true
			}
			if !slices.ContainsFunc(leadVerbFamilies, func(f map[string]bool) bool { return f[v] }) {
				continue
			}
			// A saying of a family ("has admitted") is told again by a
			// verb of it that is no saying ("pleaded guilty"), below.
		}
		if madeKnownVerbs.Has(v) && sayingDated(x, subj, rest) {
			// An act made known ("A judge has ordered ... to stand
			// trial") is told by its maker's saying that the sentence
			// after dates ("In an order dated Wednesday, Judge Alicia
			// Monforte said ..."), whatever kind of happening the
			// clause was read as: a maker who told a meeting of it
			// ("Council leader Ann Vole told a cabinet meeting on
			// Tuesday evening that the ban would start at once") dates
			// the telling by its verb of saying all the same
			// (sayingDated).
			return true
		}
		for k, w := range xs {
			if sayingVerb(w.w) && k+2 < len(xs) && (xs[k+1].w == "the" || possessivePronouns.Has(xs[k+1].w)) && anaphoricNouns.Has(xs[k+2].w) {
				// "Fisk announced his decision at a council meeting
				// that ran late on Monday": the saying makes the lead's
				// act known, named again.
				return true
			}
			if statement && sayingVerb(w.w) {
				break // what was said, not told as done
			}
			if slices.ContainsFunc(leadVerbFamilies, func(f map[string]bool) bool { return f[v] && f[w.w] }) && !(k+1 < len(xs) && negations.Has(xs[k+1].w)) &&
				(!voteVerbs.Has(w.w) || slices.ContainsFunc(xs[k+1:], func(a word) bool { return voteAssents.Has(a.w) })) {
				// (Not the verb denied: "pleaded not guilty"; nor a vote
				// not told as assent: "voted on Thursday to strike"
				// after "have approved a pay deal" is another question.)
				return true
			}
		}
	}
	return false
}

// sayingDated reports whether the time of the statement x dates its
// saying: by the verb of saying before it, a few words on with no comma,
// "that" or quotation between ("Priya Lal told the home affairs committee
// on Wednesday that ..."), or by the phrase that opens the sentence
// (openingSaid: "Speaking on a radio phone-in on Sunday, Martin Crane
// said ..."). Its speaker must be the lead's (subj, the lead's words
// before its verb): named ("Priya Lal told"), a pronoun of a person, or
// in a word of the lead's subject ("The minister told MPs"), or an
// organisation's noun after "the" when the lead's subject is a name
// (leadSubject: "Nimbus Cloud has blamed ..." then "The company said on
// Monday"); "Unions said on Monday" or "The plan was first reported by a
// newspaper on Sunday" dates another saying.
func sayingDated(x *candidate, subj, rest []word) bool {
	ws := words(x.stext, 0, len(x.stext))
	at := x.tx.Start - x.sent.start
	t := slices.IndexFunc(ws, func(w word) bool { return w.i >= at })
	if t < 1 {
		return false
	}
	k := -1
	for i, w := range ws[:t] {
		if sayingVerb(w.w) {
			k = i
			break
		}
	}
	dated := openingSaid(x)
	if !dated && k >= 1 && t-k <= sayingReach {
		dated = !slices.ContainsFunc(ws[k+1:t+1], func(w word) bool { return w.comma || w.w == "that" }) &&
			!strings.ContainsAny(x.stext[ws[k].j:ws[t].i], "\"“”")
	}
	if !dated {
		return false
	}
	if k < 0 {
		// The opening phrase: the verb of saying after it.
		for i := t + 1; i < len(ws) && i <= t+openingSubject+1; i++ {
			if sayingVerb(ws[i].w) {
				k = i
				break
			}
		}
	}
	if k < 1 || passiveAuxiliaries.Has(ws[k-1].w) {
		return false // "was first reported by ...": another's saying
	}
	h := ws[k-1]
	if personPronouns.Has(h.w) {
		return true
	}
	if k >= 2 && ws[k-2].w == "the" && organisationNouns.Has(h.w) && slices.ContainsFunc(subj, func(s word) bool { return s.w == "" }) &&
		!slices.ContainsFunc(rest, func(r word) bool { return r.w == h.w || r.w == h.w+"s" }) {
		// "The company said on Monday that ..." after a lead whose
		// subject is named ("Nimbus Cloud has blamed ..."): the
		// company is the one the lead names, when the rest of the
		// lead names no other thing by that noun ("Skylark Air has
		// blamed the pilots' union" then "The union said ..."; a
		// name that holds another noun, "... into fees at
		// Brenmoor University" then "The regulator announced ...",
		// leaves the regulator the lead's).
		return true
	}
	if k-1 > 0 && unicode.IsUpper(rune(x.stext[h.i])) {
		return true // a name: "Priya Lal told"
	}
	return slices.ContainsFunc(subj, func(s word) bool { return s.w == h.w })
}

// leadSubject is the words of the lead s (its words ws) before its verb
// at i, with an empty word after them when they hold a name, a word in
// capitals that is no article ("Nimbus Cloud", "Harbour City"; not "The
// ministry"): an organisation's noun after "the" may then stand for the
// name, when the rest of the lead names no other thing by that noun
// (sayingDated). "Skylark Air has blamed the pilots' union" then "The
// union said on Monday" is another's saying.
func leadSubject(s string, ws []word, i int) []word {
	subj := ws[:i:i]
	for _, w := range subj {
		if unicode.IsUpper(rune(s[w.i])) && !articleWords.Has(w.w) && !personPronouns.Has(w.w) {
			return append(subj, word{})
		}
	}
	return subj
}

// sayingReach is how many words after its verb of saying a time may stand
// and date the saying ("told the home affairs committee on Wednesday").
const sayingReach = 7

// sayingLeadVerbs report a saying in a lead's present perfect besides the
// verbs of statements: "has admitted", "has apologised" (data/words.txt).
var sayingLeadVerbs = wordSet("saying-lead-verbs")

// presentReported reports whether the lead of words ws tells its news as
// what someone says or what figures show now: a verb of
// presentReportVerbs ("officials say", "testing shows") after a word that
// is no auxiliary, "to" or negation ("will say", "to show", "did not
// say").
func presentReported(ws []word) bool {
	for k, w := range ws {
		if k > 0 && presentReportVerbs.Has(w.w) {
			p := ws[k-1].w
			if !auxiliaries.Has(p) && !modalAuxiliaries.Has(p) && !negations.Has(p) && !presentReportBlockers.Has(p) {
				return true
			}
		}
	}
	return false
}

// reportingSpeaker reports whether the speaker of the statement x, the
// words before its verb of saying back to a comma, is a body that reports
// (organisationNouns: "the Environment Agency said", "Tennford Borough
// Council said") or shares a word with the words of the lead lw before
// its verb of the present ("police say" then "Police said on Tuesday"):
// what a passer-by said on a day ("A swimmer, Jane Holt, said on
// Tuesday") is not what the lead says is shown now.
func reportingSpeaker(x *candidate, lw []word) bool {
	ws := words(x.stext, 0, len(x.stext))
	at := x.tx.Start - x.sent.start
	k := -1
	for i, w := range ws {
		if w.i >= at {
			break
		}
		if sayingVerb(w.w) {
			k = i
		}
	}
	if k < 1 {
		return false
	}
	var own []string
	for i, w := range lw {
		if i > 0 && presentReportVerbs.Has(w.w) {
			for _, v := range lw[max(0, i-2):i] {
				own = append(own, v.w)
			}
		}
	}
	for j := k - 1; j >= 0; j-- {
		if organisationNouns.Has(ws[j].w) || slices.Contains(own, ws[j].w) {
			return true
		}
		if ws[j].comma {
			break
		}
	}
	return false
}

// presentReportVerbs tell in the present what is said or shown
// (presentReported; data/words.txt);
// presentReportBlockers before one make it no verb of now ("to say",
// "did say").
var (
	presentReportVerbs    = wordSet("present-report-verbs")
	presentReportBlockers = wordSet("present-report-blockers")
)

// voteVerbs tell a vote, one of a family of approval in
// leadVerbFamilies; voteAssents tell it cast for what was put ("voted 72
// per cent in favour", "voted to accept it"; data/words.txt).
var (
	voteVerbs   = wordSet("vote-verbs")
	voteAssents = wordSet("vote-assents")
)

// leadVerbFamilies are families of verbs that tell one happening in a
// lead and in the sentence that dates it (data/words.txt: a family is its
// verbs joined by "+"; leadTold).
var leadVerbFamilies = func() []map[string]bool {
	var out []map[string]bool
	for _, f := range wordLists["lead-verb-families"] {
		out = append(out, set(strings.Split(f, "+")))
	}
	return out
}()

// saidLead is the one sentence of a cluster that is not its headline when
// it is dated by its own words only as a saying of its publication day that
// closes a present perfect ("A team of climbers has reached the summit of
// ..., their organiser said on Monday" in Monday's paper), every other
// member its headline: the saying is the article's, the happening the
// lead tells is of its own day. Or nil.
func (m *merger) saidLead(cl *cluster) *candidate {
	var c *candidate
	for _, x := range cl.members {
		if isHeadline(x) {
			continue
		}
		if c != nil || x.basis != "" || x.doc >= len(m.news) || m.news[x.doc].Gran != timeline.Day {
			return nil
		}
		c = x
	}
	if c == nil || c.tx.Value != m.news[c.doc].String() {
		return nil
	}
	if !closingSaid(words(c.stext, 0, len(c.stext)), c.tx.Start-c.sent.start) {
		return nil
	}
	return c
}

// loneLead is the one sentence of a cluster that is not its headline when
// every member is dated by its publication (a lead alone, or with its
// headline), or nil.
func loneLead(cl *cluster) *candidate {
	var c *candidate
	for _, x := range cl.members {
		if x.basis != "published" {
			return nil
		}
		if !isHeadline(x) {
			if c != nil {
				return nil
			}
			c = x
		}
	}
	return c
}

// leadPerfects yields each present perfect of a lead's words that
// perfectLead reads as its news ("has admitted", "have been published"):
// the index of its "has" or "have" and of its verb.
func leadPerfects(ws []word) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i+1 < len(ws); i++ {
			if w := ws[i].w; w != "has" && w != "have" {
				continue
			}
			j := i + 1
			if ws[j].w == "been" && j+1 < len(ws) {
				j++
			}
			if perfectLead(ws[i:j+1]) && !yield(i, j) {
				return
			}
		}
	}
}

// dayAfterTop is how many sentences after the headline make the top of an
// article, where its news is told (dayAfterDay).
const dayAfterTop = 5

// dayAfterDay is the happening of the days before the publication pub
// (from on) that an article reporting the day before tells first: when
// the article's own words date nothing on its publication day, and the
// first sentence of its top (dayAfterTop) dated by a day of its own dates
// one of those days, the headline h, alone in cl, tells that sentence's
// happening. That sentence may be the lead itself, dated in its main
// clause (mainDated): a headline tells its lead's news in words of its
// own, "MPs round on utility bosses over sewage spills" over "Members of
// Parliament on Tuesday accused the heads of England's biggest water
// companies ..." in Wednesday's paper (a headline that shares a word of
// the act with its lead is the lead rules' first: ownLead). News copy
// tells its newest news first; an article that names no happening of its
// own day is the next morning's report of the day before ("Treasures go
// on show" over a scene, then "The exhibition was opened on Friday by the
// President" in Saturday's paper; a match report under its scoreline).
// Nil when the article dates its own day, when its first day is older,
// when that sentence looks ahead, when the lead's time dates a relative
// clause, a noun or is inferred (its main clause is the news of now:
// "The bank's chief, who met shareholders on Tuesday, is under
// pressure"), or when a lead left with the headline tells an act (a
// present perfect or a verb in the past: "Council has scrapped its bus
// lanes" over "About 300 people marched on Tuesday" in Thursday's paper),
// the news of now that the day before's sentence only explains. A lead
// in the present perfect, wherever the rules of the lead put it, tells
// the news of now too, and so does a first line in the present perfect
// read as the headline (a text that opens with its lead); a feature's
// title (featureTitle) or an explainer's tells no act.
func (m *merger) dayAfterDay(cl *cluster, h, first *candidate, own []*cluster, from, pub int64) *cluster {
	if featureTitle(h.stext) || explainerHeadline(h.stext) || first != nil && perfectLead(words(first.stext, 0, len(first.stext))) || perfectLead(words(h.stext, 0, len(h.stext))) {
		return nil // a feature's title; a lead that tells news of now (or a first line that is one)
	}
	if slices.ContainsFunc(cl.members[1:], func(x *candidate) bool {
		ws := words(x.stext, 0, len(x.stext))
		return perfectLead(ws) || slices.ContainsFunc(ws, func(w word) bool { return pastVerb(w.w) })
	}) {
		return nil // its lead tells an act of its own day
	}
	var to *cluster
	at := -1
	for _, o := range own {
		if o == cl || o.dead || o.first != o.last {
			continue
		}
		for _, x := range o.members {
			if x.doc != h.doc || x.basis != "" {
				continue
			}
			if o.first == pub {
				return nil // the article dates its own day
			}
			if x.sent.index < 1 || x.sent.index > dayAfterTop || at >= 0 && x.sent.index >= at {
				continue
			}
			at = x.sent.index
			to = o
		}
	}
	if to == nil || at < 1 || to.first < from || to.first >= pub || slices.ContainsFunc(to.members, func(x *candidate) bool {
		return x.doc == h.doc && x.sent.index == at && (looksAhead(x.stext, words(x.stext, 0, len(x.stext))) || (at == 1 || first != nil && at == first.sent.index) && !mainDated(x))
	}) {
		return nil
	}
	return to
}

// featureTitle reports whether a headline names its subject after a colon
// by a noun phrase, an article opening it ("From child prodigy to outcast:
// the long fall of Mara Lind", "Back to the ice: a season with the
// drillers"): a feature's title, which tells no act of a day.
func featureTitle(h string) bool {
	i := strings.LastIndexByte(h, ':')
	if i < 0 {
		return false
	}
	w := strings.ToLower(firstWord(strings.TrimLeft(h[i+1:], " ")))
	return articleWords.Has(w)
}

// mainDated reports whether the time of c dates its sentence's main
// clause: not a noun ("the 2004 tsunami"), a relative clause ("which the
// regulator cleared on 14 May") or a date inferred.
func mainDated(c *candidate) bool {
	a, b := c.seg[0]-c.sent.start, c.seg[1]-c.sent.start
	return !c.noun && !c.derived && a >= 0 && b <= len(c.stext) && a < b && !relativeClause(c.stext, [2]int{a, b})
}

// stockDays is how many days before its publication a piece that takes
// stock of a story may date its lead's news (stockLeadsToTheirDay).
const stockDays = 7

// stockLeadsToTheirDay gives the lead of a piece that takes stock of a
// story (its headline an explainer's: "Harbour fire: what we know so
// far"), a present perfect alone an event of its publication day, to the
// one happening of the week before that a later sentence of the piece
// tells in the verb of the lead's first present perfect
// (sameLeadHappening). Such a piece opens on the story's latest news and
// dates it further down, under one of its questions, in the lead's own
// verb: "A second driver has been arrested over the crash ..." then, under
// "Who has been arrested?", "A second man ... was arrested on Tuesday on
// suspicion of dangerous driving". (News copy dates its lead in the next two
// sentences: perfectLeadsToTheirDay.) Two such happenings, none, or one
// older than a week leave the lead at its publication; so does a lead
// whose first act the body does not tell again, whatever its later acts.
func (m *merger) stockLeadsToTheirDay() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || len(cl.docs) != 1 || len(cl.members) > 2 {
			continue
		}
		c := loneLead(cl)
		if c == nil || !c.lead || c.doc >= len(m.arts) || c.doc >= len(m.news) || m.news[c.doc].Gran != timeline.Day || !explainerHeadline(m.arts[c.doc].Title) {
			continue
		}
		ws := words(c.stext, 0, len(c.stext))
		if !perfectLead(ws) {
			continue
		}
		// The lead's first act: its words up to its second present
		// perfect ("A second driver has been arrested ..., and the van
		// ... has been traced").
		first := *c
		k := 0
		for i := range leadPerfects(ws) {
			if k++; k == 2 {
				first.stext = c.stext[:ws[i].i]
				break
			}
		}
		pub, _ := dayNum(m.news[c.doc])
		var to *cluster
		n := 0
		own := m.byDoc.of(c.doc)
		for _, o := range own[max(0, len(own)-probeClusters):] {
			if o == cl || o.dead || o.first != o.last || o.first >= pub || o.first < pub-stockDays {
				continue
			}
			if slices.ContainsFunc(o.members, func(x *candidate) bool {
				return x.doc == c.doc && x.basis == "" && x.sent.index > c.sent.index &&
					!looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && m.sameLeadHappening(&first, x, x.kind.class() == kindStatement)
			}) {
				to = o
				n++
			}
		}
		if n != 1 {
			continue
		}
		m.moveArticleDated(cl, to)
	}
}

// moveArticleDated moves every member of cl into to, each now dated by its
// article's words (basis "article"), not by its publication, and ends cl:
// the step that ends each of the rules that give a lead to the happening
// its article dates elsewhere.
func (m *merger) moveArticleDated(cl, to *cluster) {
	for _, x := range cl.members {
		x.basis = "article"
		m.add(to, x)
	}
	cl.dead = true
}

// headlinesToTheirAct gives an article's headline to the day of its own
// act when it sits with its lead in an event dated only by the lead's
// closing attribution. A headline tells its happening, not the saying
// that made it known: "Hiker, 64, dies after fall on Scafell Pike" over
// "A 64-year-old hiker has died after falling on Scafell Pike, Fenmouth
// Police confirmed on Tuesday" is the death, which "The man died on
// Monday evening at the Royal Lancaster Infirmary" dates in Wednesday's
// paper; the attribution's day only bounds it. The headline goes to the
// one happening of the days of the news before the attribution's that a
// sentence of the article's top (dayAfterTop) dates in its main clause,
// in the past and not as a saying, in a verb of the headline's own news
// (headActs: its words in lower case before a cause it names, "after
// fall"). Two such happenings, or none, leave the headline with its
// lead; the lead, a saying of its day, stays.
func (m *merger) headlinesToTheirAct() {
	for _, cl := range m.clusters {
		if cl.dead || cl.first != cl.last {
			continue
		}
		h := m.headWithSaidLead(cl)
		if h == nil {
			continue
		}
		pub, _ := dayNum(m.news[h.doc])
		if cl.first > pub || cl.first < pub-1 {
			continue
		}
		from := m.newsFrom(h.doc, pub)
		acts := m.headActs(h.stext)
		if len(acts) == 0 {
			continue
		}
		var to *cluster
		own := m.byDoc.of(h.doc)
		for _, o := range own[max(0, len(own)-probeClusters):] {
			if o == cl || o.dead || o.first != o.last || o.first >= cl.first || o.first < from || o == to {
				continue
			}
			if !slices.ContainsFunc(o.members, func(x *candidate) bool {
				return x.doc == h.doc && x.basis == "" && x.sent.index >= 1 && x.sent.index <= dayAfterTop &&
					x.kind.class() != kindStatement && mainDated(x) && !looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && m.toldAct(acts, x)
			}) {
				continue
			}
			if to != nil {
				to = nil // two happenings: the headline tells neither for sure
				break
			}
			to = o
		}
		if to == nil {
			continue
		}
		i := slices.Index(cl.members, h)
		cl.members = slices.Delete(cl.members, i, i+1)
		if !slices.ContainsFunc(cl.members, func(y *candidate) bool { return y.doc == h.doc }) {
			delete(cl.docs, h.doc)
		}
		h.basis = "article"
		m.add(to, h)
	}
}

// headWithSaidLead is the headline of cl when every other source of its
// article in cl is a lead sentence dated by its own closing attribution
// (closingSaying: "..., police confirmed on Tuesday"), one at least, and
// the article is dated to a day; or nil.
func (m *merger) headWithSaidLead(cl *cluster) *candidate {
	var h *candidate
	for _, x := range cl.members {
		if x.sent.index == 0 && (x.basis == "published" || x.basis == "article") {
			if h != nil {
				return nil
			}
			h = x
		}
	}
	if h == nil || h.doc >= len(m.news) || m.news[h.doc].Gran != timeline.Day {
		return nil
	}
	said := false
	for _, x := range cl.members {
		if x == h || x.doc != h.doc {
			continue
		}
		if x.basis != "" || !x.lead || x.kind.class() != kindStatement || !closingSaying(words(x.stext, 0, len(x.stext)), x.tx.Start-x.sent.start) {
			return nil
		}
		said = true
	}
	if !said {
		return nil
	}
	return h
}

// closingSaying reports whether the time at offset at in the words ws of
// a sentence dates a verb of saying of an attribution set off by a comma
// after the sentence's own clause ("..., police said Friday", "..., the
// Fenmouth District Water Board confirmed Tuesday, the first closure ..."): the
// verb right before the time ("on" between at most), its subject a few
// words after the comma, and the time closing the sentence or followed
// by a comma.
func closingSaying(ws []word, at int) bool {
	k := slices.IndexFunc(ws, func(w word) bool { return w.i >= at })
	if k < 2 || k+1 < len(ws) && !ws[k+1].comma && k+3 < len(ws) {
		return false
	}
	j := k - 1
	if ws[j].w == "on" {
		j--
	}
	if j < 1 || !sayingVerb(ws[j].w) {
		return false
	}
	for i := j; i > 0 && i >= j-attributionSubject; i-- {
		if ws[i].comma {
			return true
		}
	}
	return false
}

// attributionSubject is how many words may name the speaker between the
// comma that opens an attribution and its verb ("the Fenmouth District Water
// Board confirmed").
const attributionSubject = 7

// headActs are the tokens of the words of the headline h in lower case
// before the first word that opens a cause or circumstance of its news
// (causeOpeners: "dies after fall", "resigns amid ..."): the words of its
// own news. A headline with an auxiliary or a copula ("Body found in
// lake is that of missing diver") tells its news after it; the words
// before are its subject, a participle there a noun's modifier.
func (m *merger) headActs(h string) []string {
	var out []string
	ws := words(h, 0, len(h))
	if k := slices.IndexFunc(ws, func(w word) bool { return auxiliaries.Has(w.w) }); k >= 0 {
		ws = ws[k+1:]
	}
	for _, w := range ws {
		if causeOpeners.Has(w.w) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(h[w.i:]); unicode.IsUpper(r) {
			continue
		}
		if t := m.lx.token(w.w); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// toldAct reports whether a verb in the past of x's clause before its
// time ("died Monday", "resigned on Monday night", "was captured late
// Wednesday") is, by its token, one of acts. A verb after the time may
// be another act that another time dates ("toured the plant on
// Wednesday and signed the lease on Thursday morning").
func (m *merger) toldAct(acts []string, x *candidate) bool {
	a, b := x.seg[0]-x.sent.start, x.tx.Start-x.sent.start
	if a < 0 || b > len(x.stext) || a >= b {
		return false
	}
	for _, w := range words(x.stext, a, b) {
		if !(pastVerb(w.w) || len(w.w) > 3 && strings.HasSuffix(w.w, "ed") && !clauseEdWords.Has(w.w)) {
			continue
		}
		if t := m.lx.token(w.w); t != "" && slices.Contains(acts, t) {
			return true
		}
	}
	return false
}
