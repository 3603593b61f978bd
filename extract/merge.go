package extract

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/ordered"
	"github.com/dateline-news/dateline/internal/wordset"
	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// cluster is a group of candidates that report one happening.
type cluster struct {
	members         []*candidate
	first, last     int64 // day numbers of the finest date range
	class           kind
	idx             int             // creation order, the tie-breaker
	actors, persons map[string]bool // named by any member
	names           map[sid]bool    // capitalised words of any member's sentence
	nations         map[sid]bool    // the nationalities its sources dated by their words or publication name
	docs, datedDocs map[int]bool    // the articles of the members, and of those that date it to its own days
	dated           int             // members dated by an expression of their own
	prof            profile
	core            profile      // what the members that date it or tell it as news say (see consolidate)
	stamp           int          // the last probe that met this cluster
	clocks          []int16      // the minutes of the day its dated sources name (see clockOf), a few
	clauses         []clauseDate // the clauses its first dated sources date, a few (see otherClause)
	dead            bool         // merged into another cluster (see consolidate)
	retold          int          // week's or month's sayings coarseSaysToDays joined to it
}

func (cl *cluster) add(c *candidate) {
	cl.members = append(cl.members, c)
	if cl.docs == nil {
		cl.docs, cl.datedDocs = map[int]bool{}, map[int]bool{}
	}
	cl.docs[c.doc] = true
	if c.basis == "" {
		cl.dated++
		// An article dates the happening itself only with the happening's
		// own days: "four years ago" does not tell which day in 2019.
		if a, b := candRange(c); a == cl.first && b == cl.last {
			cl.datedDocs[c.doc] = true
		}
	}
	if c.basis == "" && len(cl.clauses) < maxClauses {
		r0, r1 := candRange(c)
		cl.clauses = append(cl.clauses, clauseDate{c.doc, c.sent.start, c.seg[0], r0, r1})
	}
	if c.basis == "" && len(cl.clocks) < maxClocks {
		if k := clockOf(c); k >= 0 && !slices.Contains(cl.clocks, k) {
			cl.clocks = append(cl.clocks, k)
		}
	}
	for _, a := range c.m.actors {
		cl.actors[a] = true
	}
	for _, p := range c.m.persons {
		cl.persons[p] = true
	}
}

// maxClocks is how many minutes of the day a cluster keeps (see clockOf).
const maxClocks = 4

// clauseDate is a clause of an article's sentence that a dated source of a
// cluster stands on, and the days its time names.
type clauseDate struct {
	doc, sent, seg int
	r0, r1         int64
}

// maxClauses is how many of its dated sources' clauses a cluster keeps
// (see otherClause): a happening that many sources date is seldom the one
// a single sentence's other clause tells.
const maxClauses = 8

// otherClause reports whether c, dated by a week, month or year, stands in
// a sentence whose other clause, dated to other days, is a source of cl:
// "Varga, who was sacked earlier this month, said on Monday he had no
// regrets" tells two happenings, the sacking of earlier in the month and
// Monday's words; the month is not the statement's, whatever words the
// two clauses share.
func otherClause(cl *cluster, c *candidate) bool {
	if c.basis != "" || c.date.Gran >= timeline.Day || len(cl.clauses) == 0 {
		return false
	}
	a, b := candRange(c)
	for _, x := range cl.clauses {
		if x.doc == c.doc && x.sent == c.sent.start && x.seg != c.seg[0] && (x.r0 != a || x.r1 != b) {
			return true
		}
	}
	return false
}

// clockOf is the minute of the day c's own time names ("at 4:37 a.m.",
// "14:45"), or -1: none, or a round quarter of an hour ("3 p.m.", "at
// 10:30"), which many happenings of a day share. Two sentences of one
// day that name the same odd minute tell one happening ("The quake hit at
// 4:37 a.m." and "killed in their sleep when the tremor struck at 4.37am"),
// whatever names each adds (see score and consolidate).
func clockOf(c *candidate) int16 {
	v := c.tx.Value
	i := strings.IndexByte(v, 'T')
	if i < 0 || len(v) < i+6 || v[i+3] != ':' {
		return -1
	}
	h, err1 := strconv.Atoi(v[i+1 : i+3])
	mi, err2 := strconv.Atoi(v[i+4 : i+6])
	if err1 != nil || err2 != nil || h > 23 || mi > 59 || mi%15 == 0 {
		return -1
	}
	return int16(60*h + mi)
}

// clocksShared reports whether two clusters of one day name the same
// minute (see clockOf).
func clocksShared(a, b *cluster) bool {
	for _, k := range a.clocks {
		if slices.Contains(b.clocks, k) {
			return true
		}
	}
	return false
}

func dayNum(d timeline.Date) (int64, int64) {
	return d.First().Unix() / 86400, d.Last().Unix() / 86400
}

// candRange returns the day numbers a candidate spans, computed once.
func candRange(c *candidate) (int64, int64) {
	if !c.ranged {
		c.r0, c.r1 = dayNum(c.date)
		if end := c.endDate(); !end.IsZero() {
			_, c.r1 = dayNum(end)
		}
		c.ranged = true
	}
	return c.r0, c.r1
}

// yearOf is the calendar year of a day number.
func yearOf(day int64) int { return time.Unix(day*86400, 0).UTC().Year() }

// merge groups candidates into events. Candidates are taken finest date
// first (spans of days before single days, then weeks, months, years), so a
// month- or year-level mention joins the event known to the day instead of
// chaining two different days together. An article's own news, dated only
// by its publication, comes last and joins the happening of its last days
// that it tells (see joinSoft).
//
// lower holds the words the story's articles write in lower case: a
// capitalised word among them is no name ("A LARGE fire", "Fire crews",
// "the Club's Coach" name nobody, and would otherwise set two reports of
// one happening apart; see score). newsDays are, by article, the day its
// own news is dated by: its publication, or the day it was filed.
func merge(cands [][]candidate, und []undatedSet, texts [][]byte, nb *numberer, arts []timeline.Article, newsDays []timeline.Date, shifts []int, leaders map[string]bool, lx *lexicon, lower map[string]bool) []timeline.Event {
	n := 0
	for _, l := range cands {
		n += len(l)
	}
	// The keys of the order are worked out once for each candidate, which
	// the sort compares many times; the last, the candidate's place in
	// its article's list, keeps the order a stable sort gave.
	type orderKey struct {
		c        *candidate
		basis    int
		gran     timeline.Granularity
		derived  bool
		span, a1 int64
		doc, seg int
		at       int
	}
	keys := make([]orderKey, 0, n)
	for _, l := range cands {
		for i := range l {
			c := &l[i]
			a1, a2 := candRange(c)
			keys = append(keys, orderKey{c, basisOrder[c.basis], c.date.Gran, c.derived, a2 - a1, a1, c.doc, c.seg[0], len(keys)})
		}
	}
	slices.SortFunc(keys, func(a, b orderKey) int {
		if c := cmp.Compare(a.basis, b.basis); c != 0 {
			return c
		}
		if c := cmp.Compare(b.gran, a.gran); c != 0 {
			return c
		}
		if c := cmp.Compare(b.span, a.span); c != 0 {
			return c
		}
		if a.derived != b.derived {
			if a.derived {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(a.a1, b.a1); c != 0 {
			return c
		}
		if c := cmp.Compare(a.doc, b.doc); c != 0 {
			return c
		}
		if c := cmp.Compare(a.seg, b.seg); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	order := make([]*candidate, len(keys))
	for i, k := range keys {
		order[i] = k.c
	}
	// How many articles date something to each day, or publish their own
	// news that day: a day that several articles name is a moment of the
	// story (see rank).
	dayDocs := map[int64]int{}
	for _, l := range cands {
		seen := map[int64]bool{}
		for i := range l {
			c := &l[i]
			if c.basis != "" && c.basis != "published" || c.date.Gran != timeline.Day || !c.endDate().IsZero() {
				continue
			}
			if d, _ := candRange(c); !seen[d] {
				seen[d] = true
				dayDocs[d]++
			}
		}
	}
	m := newMerger(nb, lx)
	for _, ns := range nb.docNames {
		slices.Sort(ns)
	}
	m.docNames = nb.docNames
	m.news = newsDays
	m.arts = arts
	m.newsDay = make([]int64, len(newsDays))
	for i, d := range newsDays {
		m.newsDay[i], _ = dayNum(d)
	}
	fold := nb.initials(nb.lowered(lower))
	folder := newNameFolder(fold)
	for _, c := range order {
		c.nids = folder.names(c.nids)
	}
	for _, l := range cands {
		m.ownClauses(l)
	}
	consolidated := false
	nouns := m.nounsAhead(order)
	for i, c := range order {
		if c.basis != "" && !consolidated {
			m.consolidate(false)
			consolidated = true
		}
		m.noun0.c, m.noun0.v = c, nouns.at(i)
		best := m.best(c)
		if w, ok := m.whole[c]; ok {
			// A clause is placed by its own words (see ownClauses); its
			// happening keeps the sentence's.
			c.ids, c.nids = w[0], w[1]
		}
		if best != nil {
			if c.basis == "article" && !c.lead && best.datedDocs[c.doc] && quotation(c.stext) {
				continue // a reaction (see below)
			}
			if c.basis == "article" && !best.datedDocs[c.doc] {
				// Not dated elsewhere in its article: the sentence tells a
				// happening of the days before its publication.
				c.basis = "published"
			}
			if own := m.ownOverOther(c, best); own != nil {
				m.toOwnLead(c, own)
				continue
			}
			m.add(best, c)
			continue
		}
		if c.basis == "article" && c.lead {
			// A lead its article dates nowhere, in the past tense ("A
			// man accused of the double murder was sent for trial"),
			// may tell again the news of weeks before, as a headline
			// does; or nothing.
			c.basis = "published"
			m.echo(c)
			continue
		}
		if c.basis == "reported" || c.basis == "article" {
			continue // joins a happening dated by another source, or nothing
		}
		if c.basis == "published" && m.echo(c) {
			continue // old news told again: no event of its own
		}
		a, b := candRange(c)
		cl := &cluster{first: a, last: b, class: c.kind.class(), idx: len(m.clusters),
			actors: map[string]bool{}, persons: map[string]bool{}, names: map[sid]bool{}}
		m.clusters = append(m.clusters, cl)
		m.add(cl, c)
	}
	m.noun0.c = nil
	// Last, the sentences with no date of their own, by publication day
	// and article: one becomes a source when it joins a happening.
	type pubDoc struct {
		day int64
		doc int
	}
	var byDay []pubDoc
	for di, us := range und {
		if len(us.b) > 0 {
			d, _ := dayNum(newsDays[di])
			byDay = append(byDay, pubDoc{d, di})
		}
	}
	slices.SortFunc(byDay, func(a, b pubDoc) int {
		if c := cmp.Compare(a.day, b.day); c != 0 {
			return c
		}
		return cmp.Compare(a.doc, b.doc)
	})
	if !consolidated && len(byDay) > 0 {
		m.consolidate(false)
		consolidated = true
	}
	m.storyKinds()
	// The articles' texts are inflated on another core, a few articles
	// ahead of the loop that needs them, in its order: the merge itself
	// runs on one.
	docs := make([]int, len(byDay))
	for i, x := range byDay {
		docs[i] = x.doc
	}
	// Their undated sentences are read out as candidates there too, with
	// the tense each tells, their names folded (see decodeAhead).
	dec := decodeAhead(und, texts, docs, newsDays, fold)
	defer dec.stop()
	for _, x := range byDay {
		// The article's text, while its sentences are tried (nil, never,
		// when the bytes compressed here do not inflate).
		cs, told, text := dec.next()
		m.text, m.ahead.set, m.sent.set = text, false, false
		try := func(c *candidate) {
			best := m.best(c)
			if best == nil && !c.lead {
				// A sentence that names the story's happening of its kind
				// as its subject, weeks on, joins it (retelling); other
				// sentences join a happening dated by another source, or
				// nothing.
				if cl := m.retelling(c, text); cl != nil {
					c.stext = m.sentText(c)
					m.add(cl, kept(c))
				}
				return
			}
			if c.sent.end > len(text) {
				return
			}
			c.stext = m.sentText(c)
			if !c.lead && best.datedDocs[c.doc] && quotation(c.stext) {
				// A quotation its article adds to a happening it dates is
				// a reaction more often than the happening again ("“The
				// numbers speak for themselves,” said the union"): no
				// source. (One that another article carries too stays: the
				// same words, quoted twice, are one statement.)
				return
			}
			if best == nil {
				// A lead its article dates nowhere, in the past tense ("A
				// man accused of the double murder was sent for trial"),
				// may tell again the news of weeks before, as a headline
				// does; or nothing.
				p := kept(c)
				p.basis = "published"
				if looksAhead(c.stext, words(c.stext, 0, len(c.stext))) {
					// A lead that looks ahead ("Velmar army says it will
					// not fire on protesters") tells no happening of
					// the weeks before; it may tell its own lead's.
					if own, _ := m.ownLeadOf(p); own != nil {
						m.toOwnLead(p, own)
					}
					return
				}
				m.echo(p)
				return
			}
			if !best.datedDocs[c.doc] {
				// Not dated elsewhere in its article: the sentence tells a
				// happening of the days before its publication.
				c.basis = "published"
			}
			m.add(best, kept(c))
		}
		for i := range cs {
			m.told.c, m.told.v = &cs[i], told[i]
			try(&cs[i])
		}
		und[x.doc], texts[x.doc] = undatedSet{}, nil
	}
	m.told.c = nil
	// Once the headlines and leads have joined, the clusters they made
	// or grew are consolidated too.
	m.consolidate(consolidated)
	m.datedKinds()
	m.coarseToDays()
	m.leadsToAnaphora()
	m.headlinesToLeads()
	m.leadsToHeadlines()
	m.leadsToDaysBefore()
	m.sharedLeadsToDaysBefore()
	m.stockLeadsToTheirDay()
	m.nightLeadsToNight()
	m.headlinesToSaidDay()
	m.headlinesToLeadDay()
	m.headlinesToToldDay()
	m.headlinesToTheirAct()
	m.leadsOfOneDay()
	m.dropCountClashes()
	if mergeHook != nil {
		mergeHook(m, nb)
	}
	m.statementsToReported()
	m.dropToldStatements()
	m.coarseSaysToDays()
	m.dropBareNouns()
	m.dropSayingTitled()
	live := m.clusters[:0]
	for _, cl := range m.clusters {
		if !cl.dead {
			live = append(live, cl)
			for _, x := range cl.members {
				if d, _ := candRange(x); x.basis == "published" && x.doc < len(m.newsDay) && d != m.newsDay[x.doc] {
					// A lead dated by an aside of the sentence after it
					// (leadAsides): dated by its article's words, not by
					// its publication.
					x.basis = "article"
				}
			}
		}
	}
	m.clusters = nil
	// Each cluster becomes its event and is let go: the clusters and the
	// timeline are not held whole at once. What ranking needs of a
	// cluster is kept (reach).
	m.days, m.months, m.years, m.byDoc = nil, nil, nil, nil
	order, cands = nil, nil
	events := make([]timeline.Event, len(live))
	reaches := make([]reach, len(live))
	all := map[int]bool{}
	foretold := foretoldDone(live, arts)
	// The events are made on every core, a run of clusters at a time:
	// each reads only its own cluster and members.
	const run = 64
	ordered.Run((len(live)+run-1)/run, 0, 0, func(k int) int {
		for i := k * run; i < min(len(live), (k+1)*run); i++ {
			events[i] = toEvent(live[i], arts, shifts, leaders, lower)
		}
		return k
	}, func(k, _ int) {
		for i := k * run; i < min(len(live), (k+1)*run); i++ {
			cl := live[i]
			reaches[i] = reachOf(cl, leaders, all)
			reaches[i].newsLead = newsLead(cl, arts)
			// A span of days is the moment of its busiest day; a week, a
			// month or a year is no one moment.
			e := &events[i]
			days := e.Date.Gran == timeline.Day && (e.End.IsZero() || e.End.Gran == timeline.Day)
			for d := cl.first; days && cl.last-cl.first <= 6 && d <= cl.last; d++ {
				reaches[i].dayDocs = max(reaches[i].dayDocs, dayDocs[d])
			}
			reaches[i].statement = cl.class == kindStatement
			reaches[i].retold = cl.retold
			reaches[i].foretold = foretold[i]
			live[i] = nil
		}
	})
	rank(events, reaches, len(all))
	uniqueIDs(events)
	return events
}

// decoding reads the undated sentences of articles (undatedSet.each) out
// as candidates, their names folded (see initials), on a goroutine of
// its own, a few articles ahead of the merge, which takes them in turn
// (next), with their article's text, inflated there too. It also works out
// there whether each sentence tells its article's present (toldOf, what
// nowTold answers from the sentence's words alone): reading them is the
// same whenever it is done, and the merge, whose each step depends on the
// last, runs on one core.
type decoding struct {
	ready chan decodedSet
	free  chan decodedSet // room the caller is done with
	done  chan struct{}
	last  decodedSet
	has   bool
}

// decodedSet is one article's undated sentences as candidates, their
// numbers in ids, and the article's text: nil when its bytes do not
// inflate, else cut from room (the inflater's) or from the bytes kept.
type decodedSet struct {
	cs         []candidate
	ids        []sid
	told       []uint8 // by sentence, the tense it tells (toldOf)
	text, room []byte
}

// decodeAhead reads out und[d] and inflates texts[d] for each d of docs,
// in order, at most inflateRoom articles ahead of next.
func decodeAhead(und []undatedSet, texts [][]byte, docs []int, news []timeline.Date, fold []sid) *decoding {
	a := &decoding{ready: make(chan decodedSet, inflateRoom), free: make(chan decodedSet, inflateRoom+2), done: make(chan struct{})}
	go func() {
		defer close(a.ready)
		var f inflater
		var tr toldRoom
		folder := newNameFolder(fold)
		for _, d := range docs {
			var r decodedSet
			select {
			case r = <-a.free:
			default:
			}
			f.buf = r.room // a set in flight keeps its own room
			t, ok := f.decompress(texts[d])
			if !ok {
				t = nil
			}
			r.text, r.room = t, f.buf
			r.cs, r.ids, r.told = r.cs[:0], r.ids[:0], r.told[:0]
			und[d].each(d, news[d], func(c *candidate) {
				r.ids = append(append(r.ids, c.ids...), c.nids...)
				r.cs = append(r.cs, *c)
			})
			// The numbers, each sentence's in room of the set's (each
			// reuses its own), cut as each cut them.
			at := 0
			for i := range r.cs {
				c := &r.cs[i]
				ns, nn := len(c.ids), len(c.nids)
				c.ids = r.ids[at : at+ns : at+ns]
				c.nids = folder.names(r.ids[at+ns : at+ns+nn : at+ns+nn])
				at += ns + nn
				r.told = append(r.told, tr.toldOf(t, c))
			}
			select {
			case a.ready <- r:
			case <-a.done:
				return
			}
		}
	}()
	return a
}

// next returns the next article's candidates, the tense each tells
// (toldOf) and the article's text, good until the next call.
func (a *decoding) next() ([]candidate, []uint8, []byte) {
	if a.has {
		select {
		case a.free <- a.last:
		default:
		}
		a.has = false
	}
	r := <-a.ready
	a.last, a.has = r, true
	return r.cs, r.told, r.text
}

func (a *decoding) stop() { close(a.done) }

// clauseStems is the fewest stems a clause of a sentence that dates
// another clause to other days must keep to be compared by its own words
// (see ownClauses).
const clauseStems = 3

// ownClauses narrows what a clause of a sentence that dates two
// happenings to two different times says, while the merge places it, to
// its own words (the happening it joins or starts keeps the sentence's,
// see whole): the
// sentence's, less the clauses the other times date (l is an article's
// candidates, in the order its sentences gave them). "On Monday Dunmore
// stayed calm, but on Tuesday gangs rioted near the station" tells no riot
// of Monday, and joins none by the Tuesday clause's words or names;
// "Repairs to the ceilings, which the council approved in January, will
// start on Oct. 1" keeps its subject. A clause that a time dates as a noun
// ("after the fire on Sunday"), a relative clause ("which claimed the
// attack on Tuesday"), one whose subject is a pronoun ("after it crossed
// the coast") and one of fewer than clauseStems stems of its own keep the
// sentence's words.
func (m *merger) ownClauses(l []candidate) {
	for i := range l {
		c := &l[i]
		if c.basis != "" || c.noun || c.derived || c.stext == "" {
			continue
		}
		t := c.stext
		lo, hi := c.seg[0]-c.sent.start, c.seg[1]-c.sent.start
		if lo < 0 || hi > len(t) || lo >= hi {
			continue
		}
		a, b := candRange(c)
		// The sentence's other candidates stand next to c in l, a few.
		var cut [][2]int
		for k := max(0, i-maxClauses); k < min(len(l), i+maxClauses+1); k++ {
			o := &l[k]
			if k == i || o.basis != "" || o.sent.start != c.sent.start || o.seg[0] == c.seg[0] {
				continue
			}
			if oa, ob := candRange(o); oa != a || ob != b {
				x, y := o.seg[0]-c.sent.start, o.seg[1]-c.sent.start
				if x >= 0 && y <= len(t) && x < y && (y <= lo || x >= hi) && coordinate(t, max(x, lo)) {
					cut = append(cut, [2]int{x, y})
				}
			}
		}
		if len(cut) == 0 {
			continue
		}
		own := words(t, lo, hi)
		if len(own) == 0 || ownPronoun(own) || relativeOpeners.Has(own[0].w) {
			continue
		}
		ws := words(t, 0, len(t))
		kept := ws[:0:0]
		for _, w := range ws {
			if !slices.ContainsFunc(cut, func(x [2]int) bool { return w.i >= x[0] && w.j <= x[1] }) {
				kept = append(kept, w)
			}
		}
		in := map[sid]bool{}
		for k, w := range kept {
			toks := strings.Split(w.w, "-")
			if len(toks) > 1 {
				toks = append(toks, w.w)
			}
			if k+1 < len(kept) {
				if root, ok := m.lx.pair[[2]string{w.w, kept[k+1].w}]; ok {
					toks = append(toks, root)
				}
			}
			for _, x := range toks {
				if id, ok := m.num[m.lx.token(x)]; ok {
					in[id] = true
				}
			}
		}
		for _, n := range m.lx.namesFrom(t, kept, nil, nil, 0) {
			if id, ok := m.num["\x00"+n]; ok {
				in[id] = true
			}
		}
		n := 0
		for _, s := range c.ids {
			if in[s] {
				n++
			}
		}
		if n < clauseStems || n == len(c.ids) {
			continue
		}
		var ids, nids []sid
		for _, s := range c.ids {
			if in[s] {
				ids = append(ids, s)
			}
		}
		for _, s := range c.nids {
			if in[s] {
				nids = append(nids, s)
			}
		}
		if m.whole == nil {
			m.whole = map[*candidate][2][]sid{}
		}
		m.whole[c] = [2][]sid{c.ids, c.nids}
		c.ids, c.nids = ids, nids
	}
}

// coordinate reports whether the clause of a sentence t that begins at
// at stands beside the one before it: after a semicolon, or opened by a
// word of title-conjunctions ("..., but on Tuesday gangs rioted").
func coordinate(t string, at int) bool {
	if at <= 0 || at > len(t) {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(t[:at], " "), ";") {
		return true
	}
	ws := words(t, at, min(len(t), at+12))
	return len(ws) > 0 && titleConjunctions.Has(ws[0].w)
}

// ownPronoun reports whether a clause's subject is a pronoun among its
// first words ("after it crossed the coast", "but on Tuesday they
// rioted"): what it tells of is named in the sentence's other clause.
func ownPronoun(ws []word) bool {
	return slices.ContainsFunc(ws[:min(len(ws), 5)], func(w word) bool { return subjectPronouns.Has(w.w) })
}

// performativeVerbs make a statement that is the happening it tells
// (data/words.txt).
var performativeVerbs = wordSet("performative-verbs")

// performative reports whether a sentence says a performative verb, and
// no "said" that would make it the report of one ("Lee said Russia
// announced a transfer").
func performative(s string) bool {
	if i := strings.LastIndex(s, ", "); i > 0 {
		// "Kenya declared a national disaster on Wednesday ..., officials
		// said": the closing attribution is no verb of the clause.
		var room1 fieldRoom
		if tail := fieldsIn(&room1, s[i+2:]); len(tail) <= 5 && slices.ContainsFunc(tail, func(w string) bool {
			return inSet(reportingVerbs, strings.Trim(w, ".,;:!?\"”’"))
		}) {
			s = s[:i]
		}
	}
	found := false
	for _, w := range words(s, 0, len(s)) {
		if clauseVerbs.Has(w.w) {
			return false
		}
		found = found || performativeVerbs.Has(w.w)
	}
	return found
}

// dropSayingTitled drops the clusters whose dated sources are all a
// saying's title on the time of what it tells, from sentences whose saying
// has a time of its own (sayingToldDated): "The agency said on Tuesday the
// bridge was closed on Monday" is no event of Monday under the saying's
// words; its sentence stays on the timeline with the saying's Tuesday.
func (m *merger) dropSayingTitled() {
	for _, cl := range m.clusters {
		if cl.dead {
			continue
		}
		told := false
		for _, c := range cl.members {
			if c.basis == "" && c.priority != sayingToldDated {
				told = false
				break
			}
			told = told || c.priority == sayingToldDated
		}
		cl.dead = told
	}
}

// dropToldStatements lets go of the statements in performative words
// whose every sentence a happening of the same day cites: "The World
// Health Organization declared on Thursday that the flu had become a
// pandemic" is the declaration, which the happening's event shows with
// that sentence; a statement event of the same day in the same words is
// the same entry twice. So is a statement whose time stands in what it
// tells ("The agency said the leak began on Tuesday evening": the telling
// has no time of its own; see tellsTime), and one whose time stands
// before a closing attribution ("The man walked into the branch shortly
// before 10 a.m., a spokeswoman for the prosecutor said"; see attributed).
// (A statement that reports a
// happening, "the president said on Monday seven people were killed",
// stays one of its own.)
func (m *merger) dropToldStatements() {
	type told struct {
		doc, start int
		day        int64
	}
	// seen holds the sentences of the statements, each true once another
	// happening of its day has it too: an archive's statements are a few
	// of its members.
	seen := map[told]bool{}
	for _, cl := range m.clusters {
		if cl.dead || cl.class != kindStatement || cl.first != cl.last {
			continue
		}
		for _, c := range cl.members {
			seen[told{c.doc, c.sent.start, cl.first}] = false
		}
	}
	if len(seen) == 0 {
		return
	}
	// before holds, for the sentences of the statements, a day before the
	// statement's on which another happening has the sentence too: the
	// latest such day, within newsDays of it (see below).
	type sentKey struct{ doc, start int }
	before := map[sentKey]int64{}
	for _, cl := range m.clusters {
		if cl.dead || cl.class == kindStatement || cl.first != cl.last {
			continue
		}
		for _, c := range cl.members {
			if k := (told{c.doc, c.sent.start, cl.first}); !seen[k] {
				if _, ok := seen[k]; ok {
					seen[k] = true
				}
			}
			for d := cl.first + 1; d <= cl.first+newsDays; d++ {
				if _, ok := seen[told{c.doc, c.sent.start, d}]; ok {
					before[sentKey{c.doc, c.sent.start}] = max(before[sentKey{c.doc, c.sent.start}], cl.first)
				}
			}
		}
	}
	// "Sporting Almada have rejected an offer for the striker, the club
	// said on Tuesday": a happening told as the sentence's news, with
	// who told it and when after it, is not the telling; when another
	// source dates it to a day before the telling's, and the sentence has
	// joined it there, the saying's day dates nothing the sentence tells
	// (saidAfterNews).
	for _, cl := range m.clusters {
		if cl.dead || cl.class != kindStatement || cl.first != cl.last {
			continue
		}
		// (A headline among them keeps the cluster: it would go too.)
		if !slices.ContainsFunc(cl.members, func(c *candidate) bool {
			d, ok := before[sentKey{c.doc, c.sent.start}]
			return isHeadline(c) || !ok || d < cl.first-newsDays || !c.saidAfterNews()
		}) {
			cl.dead = true
		}
	}
	for _, cl := range m.clusters {
		if cl.dead || cl.class != kindStatement || cl.first != cl.last {
			continue
		}
		if !slices.ContainsFunc(cl.members, func(c *candidate) bool {
			return !seen[told{c.doc, c.sent.start, cl.first}] || !performative(c.stext) && !c.tellsTime() && !c.attributed() && !c.passiveReport() && !c.reportsObject()
		}) {
			cl.dead = true
		}
	}
}

// statementsToReported joins a statement of one day to the happening of
// that day it reports, when the happening holds the statement's own
// sentence as a report (basis "reported") and the two say the same kind of
// happening in agreeing words: "Voltra said on Tuesday it was recalling
// 40,000 batteries" is the recall of Tuesday that other articles date, one
// event, not a statement beside it that repeats its source sentence. One
// of the two at least must be dated by its sources' own words (a lead "Two
// climbers have died, police confirmed today" beside same-day articles
// that tell the deaths undated; an undated "says it cannot yet say how
// many homes were lost" beside the fire other articles date); they must
// agree in names (namesAgree) and name a kind of happening in common
// (kindsShared), their cores
// agreeing as an article's own news agrees with a happening (sameNews).
// A statement that reports two happenings ("While Kim visited Russia on
// Wednesday, North Korea fired two missiles"), tells what came before its
// telling (toldBefore) or tells what was said of one in other words stays
// its own.
func (m *merger) statementsToReported() {
	type told struct {
		doc, start int
		day        int64
	}
	in := map[told]*cluster{}
	twice := map[told]bool{}
	for _, cl := range m.clusters {
		if cl.dead || cl.class == kindStatement || cl.first != cl.last {
			continue
		}
		for _, c := range cl.members {
			if c.basis != "reported" {
				continue
			}
			k := told{c.doc, c.sent.start, cl.first}
			if o := in[k]; o != nil && o != cl {
				twice[k] = true
			}
			in[k] = cl
		}
	}
	if len(in) == 0 {
		return
	}
	for _, cl := range m.clusters {
		if cl.dead || cl.class != kindStatement || cl.first != cl.last {
			continue
		}
		var to *cluster
		for _, c := range cl.members {
			if c.basis != "" && c.basis != "published" || c.toldBefore() {
				continue
			}
			k := told{c.doc, c.sent.start, cl.first}
			if o := in[k]; o != nil && !twice[k] && !o.dead {
				to = o
				break
			}
		}
		if to == nil || cl.dated == 0 && to.dated == 0 || !m.namesAgree(cl, to) || !m.kindsShared(cl, to) || profileCosine(&cl.core, &to.core) < sameNews {
			continue
		}
		toldTitles(cl.members)
		for _, c := range cl.members {
			m.add(to, c)
		}
		cl.dead = true
	}
}

// saidAfterNews reports whether c's time is that of a closing attribution
// after its sentence's main clause told in the perfect ("X have rejected
// Y, the club said on Tuesday", "..., officials said Friday, upending
// ..."), with at most the verb's preposition between: the sentence tells
// the happening, whose day the perfect does not give, and the time dates
// who told it.
func (c *candidate) saidAfterNews() bool {
	if c.tx.End <= c.tx.Start || c.tx.Start < c.sent.start || c.tx.End > c.sent.end || len(c.stext) != c.sent.end-c.sent.start {
		return false
	}
	ws := words(c.stext, 0, len(c.stext))
	cs := appendClauses(nil, c.stext, ws)
	t := c.tx.timex()
	t.Start, t.End = t.Start-c.sent.start, t.End-c.sent.start
	k := chunkOf(cs, ws, t.Start)
	if k <= 0 || cs[k].kind != clAttrib || cs[k].parent != 0 || cs[k].vend < 0 || cs[0].verb < 0 || cs[0].verb >= cs[k].from {
		return false
	}
	v := cs[k].vend
	if v+1 >= len(ws) || ws[v].i > t.Start {
		return false
	}
	if at := v + 1; ws[at].i < t.Start && !(prepositions.Has(ws[at].w) && at+1 < len(ws) && ws[at+1].i >= t.Start) {
		return false
	}
	// The main clause in the perfect, not the progressive: "have
	// rejected", "has been found", "had agreed"; not "killed at least 23
	// people, officials said on Wednesday", a toll the saying's day gives,
	// nor "have been searching since Monday", what still goes on.
	m := &cs[0]
	if m.vend <= m.verb || m.modal || !clausePerfect.Has(ws[m.verb].w) && ws[m.verb].w != "had" {
		return false
	}
	last := ws[m.vend].w
	return !(len(last) > 4 && strings.HasSuffix(last, "ing"))
}

// toldBefore reports whether c's clause says, after its verb of saying,
// "had" ("The owner said on Monday that the insurers had been told of the
// blaze"): what it reports came before the telling, which is a statement
// of its own, not the happening ("said on Tuesday it was recalling 40,000
// batteries", "said on Thursday it would refer the deal").
func (c *candidate) toldBefore() bool {
	ws, i := c.firstSaying()
	return i >= 0 && slices.ContainsFunc(ws[i+1:], func(w word) bool { return w.w == "had" })
}

// toldTitles makes the statements of a statement cluster that joins a
// happening (see toldAlike, statementsToReported) titles of the second
// rank, as a clause's (priority 2): the happening's own sources tell it
// ("Deputy Ortiz was killed outside an apartment"), not what someone said
// of it ("Cooley said Orozco was charged with murdering the deputy").
func toldTitles(cs []*candidate) {
	for _, c := range cs {
		if c.kind.class() == kindStatement && c.priority < 2 {
			c.priority = 2
		}
	}
}

// passiveAuxiliaries make the verb after them passive (data/words.txt).
var passiveAuxiliaries = wordSet("passive-auxiliaries")

// passiveReport reports whether c's clause says its verb of saying in the
// passive ("He was reported missing on Tuesday", "The deal was announced
// on Monday"): no one is named who said it, and the sentence tells the
// happening, not a statement of its own.
func (c *candidate) passiveReport() bool {
	ws, i := c.firstSaying()
	return i > 0 && passiveAuxiliaries.Has(ws[i-1].w)
}

// firstSaying returns the words of c's clause and the index among them of
// its first verb of saying or announcing (-1: none).
func (c *candidate) firstSaying() ([]word, int) {
	seg, _ := c.inSentence()
	if seg[0] < 0 || seg[1] > len(c.stext) || seg[0] >= seg[1] {
		return nil, -1
	}
	ws := words(c.stext, seg[0], seg[1])
	return ws, slices.IndexFunc(ws, func(w word) bool { return reportingVerbs.Has(w.w) || announcingVerbs.Has(w.w) })
}

// reportsObject reports whether c's clause gives its verb of saying, put
// after another verb, only a thing as its object ("someone called 911 and
// reported a fire at the warehouse", "the crew landed and confirmed a
// fault"): the clause tells that happening, not a statement of its own.
// A verb that takes what was said ("... and said a man was hurt"), or a
// "that" after the object ("... and told a judge that ..."), keeps the
// statement.
func (c *candidate) reportsObject() bool {
	ws, i := c.firstSaying()
	if i <= 0 || ws[i-1].w != "and" || i+2 >= len(ws) || clauseVerbs.Has(ws[i].w) || !indefiniteArticles.Has(ws[i+1].w) {
		return false
	}
	return !slices.ContainsFunc(ws[i+2:], func(x word) bool { return x.w == "that" })
}

// attributionWords is how long a closing attribution may be ("...,
// South Sudan officials and witnesses said").
const attributionWords = 8

// attributed reports whether c's time stands before a closing attribution
// of its sentence ("A refugee camp was bombed on Thursday, officials
// said", "..., according to the police"): the time dates the happening
// the sentence tells, and the statement is only who told it, no happening
// of its own.
func (c *candidate) attributed() bool {
	i := strings.LastIndex(c.stext, ", ")
	if i < 0 || c.tx.End <= c.tx.Start {
		return false
	}
	// "..., officials said, sending traffic onto side roads": a participle
	// clause closing the sentence after the attribution is no part of it.
	var room2 fieldRoom
	if f := fieldsIn(&room2, c.stext[i+2:]); len(f) > 0 && len(f[0]) > 4 && f[0][0] >= 'a' && f[0][0] <= 'z' && strings.HasSuffix(f[0], "ing") {
		if j := strings.LastIndex(c.stext[:i], ", "); j >= 0 && c.tx.End-c.sent.start <= j && closingAttribution(c.stext[j+2:i]) {
			return true
		}
	}
	return c.tx.End-c.sent.start <= i && closingAttribution(c.stext[i+2:])
}

// closingAttribution reports whether s, the words after a sentence's last
// comma, tell only who told it: "according to the police", "a spokeswoman
// for the office said", or one told by name after the verb ("her
// representative confirmed to a magazine").
func closingAttribution(s string) bool {
	// A name's short form in brackets is no word more ("..., the
	// Philippine Institute of Volcanology and Seismology (Phivolcs) said").
	tail := slices.DeleteFunc(strings.Fields(s), func(w string) bool {
		w = strings.TrimRight(w, ".,;:!?")
		return len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')'
	})
	if len(tail) > attributionWords || len(tail) < 2 {
		return false
	}
	if strings.EqualFold(tail[0], "according") && tail[1] == "to" {
		return true
	}
	if inSet(reportingVerbs, strings.Trim(tail[len(tail)-1], ".,;:!?\"”’")) {
		return true
	}
	// "..., a spokesman confirmed to Reuters", "..., her agent confirms to
	// the magazine": the one told, in up to three words, closes it.
	for k := len(tail) - 2; k >= 2 && k >= len(tail)-4; k-- {
		if tail[k] == "to" && tellingVerb(strings.ToLower(tail[k-1])) {
			return true
		}
	}
	return false
}

// tellingVerb reports whether w is a verb of saying or announcing, in the
// past or the present of a headline ("confirms" as "confirmed").
func tellingVerb(w string) bool {
	if reportingVerbs.Has(w) || announcingVerbs.Has(w) {
		return true
	}
	b, ok := strings.CutSuffix(w, "s")
	return ok && len(b) > 2 && (announcingVerbs.Has(b+"ed") || announcingVerbs.Has(b+"d"))
}

// dropBareNouns lets go the clusters that only nouns dated after another
// happening's verb date (the other members are undated sentences, or the
// happenings statements of other days report), none with a title that
// reads as a headline of its own:
// "Hundreds attended a vigil for the victims of Tuesday's fire", alone, is
// no event "Fire" of Tuesday; its sentence tells of the vigil, which the
// time does not date (see objectTime). Joined to the fire that other
// sentences report, it is one more source for it.
func (m *merger) dropBareNouns() {
	for _, cl := range m.clusters {
		bare := func(c *candidate) bool { return c.objectNoun() || c.relativeOnly() }
		if !cl.dead && slices.ContainsFunc(cl.members, bare) &&
			!slices.ContainsFunc(cl.members, func(c *candidate) bool {
				return c.basis != "reported" && (c.grade() > 0 || c.tx.End > c.tx.Start && !bare(c))
			}) {
			cl.dead = true
		}
	}
}

// relativeOnly reports whether c is the clause of a "who" or "which" that
// its time dates, whose title tells less than a headline (see eventTitle).
func (c *candidate) relativeOnly() bool {
	if c.tx.End <= c.tx.Start || c.basis != "" || c.grade() > 0 || subjectVerb(c.title) {
		return false // ("The tanker capsized": short, and whole)
	}
	seg, _ := c.inSentence()
	return seg[0] > 0 && seg[1] <= len(c.stext) && relativeClause(c.stext, seg)
}

// inSentence is c's clause and time with offsets counted from the start of
// its sentence (stext).
func (c *candidate) inSentence() ([2]int, timex.Timex) {
	t := c.tx.timex()
	t.Start, t.End = t.Start-c.sent.start, t.End-c.sent.start
	return [2]int{c.seg[0] - c.sent.start, c.seg[1] - c.sent.start}, t
}

// objectNoun reports whether c is the mention of a noun that its time
// dates after the verb of another happening (see objectTime and
// sequenceNoun; c.noun says its noun names a happening).
func (c *candidate) objectNoun() bool {
	if !c.noun || c.tx.End <= c.tx.Start || c.basis == "article" {
		return false
	}
	seg, t := c.inSentence()
	return seg[0] >= 0 && seg[1] <= len(c.stext) && t.Start >= seg[0] && t.End <= seg[1] &&
		(objectTime(c.stext, seg, t) || sequenceNoun(c.stext, seg, t, func(string) bool { return true }) != "")
}

// tellsTime reports whether c's time stands in what its statement tells,
// after a verb of its own (see reportedTime): "The agency said the leak
// began on Tuesday evening" is a statement of no time, and the leak's.
func (c *candidate) tellsTime() bool {
	if c.tx.End <= c.tx.Start || c.tx.Start < c.sent.start {
		return false
	}
	seg, t := c.inSentence()
	seg = [2]int{max(0, seg[0]), min(len(c.stext), seg[1])}
	return t.End <= seg[1] && reportedTime(words(c.stext, max(seg[0], t.Start-clauseWindow), t.End), t) != nil
}

// looksAhead reports whether c, an undated sentence of the article whose
// sentences are tried (m.text), has a word that looks ahead ("will", "is
// expected to"); a sentence out of the text's reach is taken to.
func (m *merger) looksAhead(c *candidate) bool {
	if c.sent.end > len(m.text) || c.sent.start < 0 {
		return true
	}
	if v, ok := m.ahead.get(c); ok {
		return v
	}
	s := m.sentText(c)
	m.words = appendWords(m.words[:0], s, 0, len(s))
	v := looksAhead(s, m.words)
	return m.ahead.put(c, v)
}

// nowTold reports whether c, an undated sentence of the article whose
// sentences are tried (m.text), tells its article's present in its main
// clause: its first verb is in the present ("Mayor Ruiz says nobody warned
// him", "Three inquiries are under way", "His lawyers have argued that
// ..."), not in the past ("Shares fell 17 percent"). A sentence out of
// the text's reach is taken not to.
func (m *merger) nowTold(c *candidate) bool {
	if t := m.toldHere(c); t&toldSet != 0 {
		return t&toldNow != 0
	}
	if c.sent.end > len(m.text) || c.sent.start < 0 {
		return false
	}
	if v, ok := m.now.get(c); ok {
		return v
	}
	v, ok := openingTense(m.text[c.sent.start:c.sent.end])
	if !ok {
		s := m.sentText(c)
		main := mainClause(s, sentence{start: 0, end: len(s), line: c.sent.line, index: c.sent.index})
		m.nowWords = appendWords(m.nowWords[:0], main, 0, len(main))
		v = presentFirst(m.nowWords)
	}
	return m.now.put(c, v)
}

// sentMemo is a predicate's last answer, for the sentence of article doc
// at [start, end) of the merger's text (score asks it of each cluster it
// tries).
type sentMemo struct {
	doc, start, end int
	set, val        bool
}

// get is the answer kept for c's sentence, if it is c's.
func (a *sentMemo) get(c *candidate) (val, ok bool) {
	return a.val, a.set && a.doc == c.doc && a.start == c.sent.start && a.end == c.sent.end
}

// put keeps v as the answer for c's sentence, and returns it.
func (a *sentMemo) put(c *candidate, v bool) bool {
	*a = sentMemo{doc: c.doc, start: c.sent.start, end: c.sent.end, set: true, val: v}
	return v
}

// presentFirst reports whether the first verb of ws is in the present:
// "is", "are", "has", "have", "says" and the present verbs of telling
// ("argues", "confirms"), before any verb in the past ("was", "fell",
// "announced") or a modal ("will", "could").
func presentFirst(ws []word) bool {
	for _, w := range ws {
		if t := tenseOf(w.w); t != 0 {
			return t > 0
		}
	}
	return false
}

// tenseOf is what presentFirst reads in one lower-case word: 1 for a verb
// in the present, -1 for one in the past or a modal, 0 for neither.
func tenseOf(w string) int {
	if t, ok := tenseWords[w]; ok {
		return int(t)
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return -1
	}
	return 0
}

// tenseWords is tenseOf's answer for the words of its lists, in one map:
// 1 for clausePresent and tellingPresent, which come first, -1 for "had",
// pastOpeners, verbForms and modalAuxiliaries. (The serial merge asks it
// of the first words of every undated sentence it tries: one look-up a
// word, not up to six.)
var tenseWords = func() map[string]int8 {
	t := map[string]int8{"had": -1}
	for _, l := range []wordset.Set{pastOpeners, verbForms, modalAuxiliaries} {
		for w, in := range l.All() {
			if in {
				t[w] = -1
			}
		}
	}
	for _, l := range []wordset.Set{clausePresent, tellingPresent} {
		for w, in := range l.All() {
			if in {
				t[w] = 1
			}
		}
	}
	return t
}()

// kept is a copy of c, an undated sentence that joins, with its numbers
// in room of their own: they are cut from its article's undatedSet, which
// is let go once the article's sentences have been tried.
func kept(c *candidate) *candidate {
	p := new(candidate)
	*p = *c
	ids := make([]sid, len(c.ids)+len(c.nids))
	copy(ids, c.ids)
	copy(ids[len(c.ids):], c.nids)
	p.ids, p.nids = ids[:len(c.ids):len(c.ids)], ids[len(c.ids):]
	return p
}

// mergeHook, when set (by a test), sees the merger once its clusters are
// final.
var mergeHook func(*merger, *numberer)

// reach is what ranking needs of a cluster: how many articles report it,
// how many in their headline or lead, and whether it is a key kind.
type reach struct {
	docs, leads int
	more        int // sentences beyond one per article
	key         bool
	dayDocs     int  // articles that date something to the event's day (see rank)
	statement   bool // a statement: no key moment unless widely reported
	newsLead    bool // an article's headline or lead tells it as its news (see newsLead)
	entry       bool // an entry of a chronology tells it (see chronologyEntry)
	retold      int  // the coarse retellings joined to it (see coarseSaysToDays)
	foretold    bool // it tells a happening of a day a plan foretold (see foretoldDone)
}

// newsLead reports whether an article tells cl in its headline or lead as
// its news: a happening of the week around the article's publication, not
// the background of years before that a lead recalls ("his first visit
// since 2019").
func newsLead(cl *cluster, arts []timeline.Article) bool {
	for _, c := range cl.members {
		if !c.lead || arts[c.doc].Published.IsZero() {
			continue
		}
		if pub, _ := dayNum(arts[c.doc].Published); cl.last >= pub-7 && cl.first <= pub+7 {
			return true
		}
	}
	return false
}

// reachOf is the reach of cl; it adds the articles of cl to all.
func reachOf(cl *cluster, leaders map[string]bool, all map[int]bool) reach {
	docs, leads := map[int]bool{}, map[int]bool{}
	entry := false
	for _, m := range cl.members {
		all[m.doc] = true
		docs[m.doc] = true
		if m.lead {
			leads[m.doc] = true
		}
		entry = entry || chronologyEntry(m.stext)
	}
	return reach{docs: len(docs), leads: len(leads), more: len(cl.members) - len(docs), key: isKey(cl, leaders), entry: entry}
}

// basisOrder: dated mentions first, then an article's own news, then the
// sentences that may only join a happening dated by another source.
var basisOrder = map[string]int{"": 0, "published": 1, "reported": 2, "article": 3}

// merger files clusters by date, so that a candidate meets only the
// clusters it could join: those of its days (a mention known to the day or
// a span of up to two months), of its months (a coarser mention), or of its
// years. Within a bucket clusters are found by the rarest words they use,
// which keeps merging near-linear on an archive.
type merger struct {
	// whole holds, for the clauses ownClauses narrowed to their own
	// words, the stems and names of their whole sentence.
	whole    map[*candidate][2][]sid
	clusters []*cluster
	w        weights
	lx       *lexicon
	days     map[int64]*bucket
	months   map[int]*bucket
	years    map[int]*bucket
	byDoc    docClusters // the clusters an article's sentences are in
	named    []bool      // namedStems's, worked out once
	text     []byte      // the article whose undated sentences are tried (looksAhead)
	// noun0 is the candidate the merge places (c) and the noun its time
	// dates (v: datedNoun, worked out ahead by nounsAhead, or nounNotYet).
	noun0 struct {
		c *candidate
		v sid
	}
	// told is the undated sentence of text being tried (c) and the tense
	// it tells (v, worked out ahead: see toldOf).
	told struct {
		c *candidate
		v uint8
	}
	ndf   []int32 // in how many articles each name is used, by number
	stamp int
	// docNames are, by article, the names any of its sentences use,
	// sorted (numberer.docNames; see namesWithin).
	docNames [][]sid
	probe    []sid     // bestIn's buffer
	bks      []*bucket // buckets' last answer, for days bksDays
	bksDays  [2]int64
	bksMade  int    // made, when bks was found
	made     int    // buckets made so far
	nation   []bool // by number: the name is a nationality (see nationMark)
	// happening is, by number, whether the stem is a word for a kind of
	// happening (data/happenings.txt: "shooting" for "opened fire",
	// "gunfire", "shot").
	happening []bool
	// ahead is looksAhead's last answer (score asks it for each cluster
	// it tries).
	ahead sentMemo
	words []word // looksAhead's room
	// now is nowTold's last answer, as ahead is looksAhead's.
	now      sentMemo
	nowWords []word // nowTold's room
	// perfect is perfectTold's last answer, as ahead is looksAhead's.
	perfect sentMemo
	// modal is aheadTold's last answer, as ahead is looksAhead's.
	modal sentMemo
	// toldNow is presentTold's last answer, as ahead is looksAhead's.
	toldNow sentMemo
	chunks  []chunk // perfectTold's and presentTold's room
	// given is givenName's reading of the last sentence it was asked of.
	given givenWords
	// aside is asideName's last answer: the names that c's sentence
	// (doc, start, end) writes only in a clause set off on its subject.
	aside struct {
		doc, start, end int
		set             bool
		ids             []sid
	}
	// kindRoom is leadOfKind's room for the words of a headline's or a
	// member's sentence.
	kindRoom []word
	// sent is sentText's last copy, for the sentence of article doc at
	// [start, end) of text.
	sent struct {
		doc, start, end int
		set             bool
		s               string
	}
	// nameRoom is nameWordsOnly's and tellsLead's (headTokens): the
	// words of a sentence, and the stems of a headline's words in lower
	// and upper case.
	nameRoom struct {
		ws      []word
		low, up []string
	}
	// news are, by article, its publication date (leadsToDaysBefore).
	news []timeline.Date
	num  map[string]sid
	// arts are the articles, by number (their headlines:
	// stockLeadsToTheirDay).
	arts []timeline.Article

	// newsDay is, by article, the number of the first day of its news
	// (dayNum), worked out once: score reads it for many clusters.
	newsDay []int64
	// noun is the number of the noun the time of the candidate bestIn
	// tries dates (see datedNoun), or -1.
	noun sid
	// clock is the minute of the day the own time of the candidate bestIn
	// tries names (see clockOf), or -1: worked out once, not for each
	// cluster score tries.
	clock int16
	// lead is, for the headline bestIn tries, the first sentence of its
	// article's lead that dates its act by its own words (see laterLead),
	// or nil; leadDay its day.
	lead    *candidate
	leadDay int64
	// story is, by the number of a word of a kind of happening, the one
	// happening of a day of that kind that two articles or more date by
	// their words, or nil when two such happenings share the kind (see
	// storyKinds and retelling).
	story map[sid]*cluster
	// otherKind holds the articles that date by their words a happening of
	// a kind other than the story's of that kind (see storyKinds).
	otherKind map[kindDoc]bool
	// main is the story's one main happening: of the happenings of a
	// kind that two articles date, the one cited by twice as many articles
	// as any other, or nil (see storyKinds); mainNouns the numbers of the words a story calls it by
	// whatever its kind ("the disaster", "the tragedy").
	main      *cluster
	mainNouns map[sid]bool
	// storyWords has bit h set for each word h of a kind the story's
	// happening of that kind is known by (story[h] not nil) or, with a
	// main happening, each of mainNouns: retelling reads it for every
	// sentence it tries, most of which use none (see storyKinds).
	storyWords []uint64
}

type bucket struct {
	all    []*cluster
	byStem map[sid][]*cluster
	// has has bit s%bucketBits set for every stem s filed: most stems a
	// candidate probes with are filed under no cluster of the bucket, and
	// are not looked up.
	has [bucketBits / 64]uint64
}

const bucketBits = 1024

// files reports whether a cluster may be filed under s (see has).
func (b *bucket) files(s sid) bool {
	return b.has[uint32(s)/64%(bucketBits/64)]&(1<<(uint32(s)%64)) != 0
}

// probeStems and probeClusters bound the work per candidate: the rarest
// stems it uses, and the most recent clusters filed under each.
const (
	probeStems    = 16
	probeClusters = 64
	spanDays      = 62
)

func newMerger(nb *numberer, lx *lexicon) *merger {
	m := &merger{lx: lx, days: map[int64]*bucket{}, months: map[int]*bucket{}, years: map[int]*bucket{}}
	m.w.df, m.ndf, m.w.n = nb.df, nb.ndf, nb.docs
	m.num = nb.num
	m.nation = make([]bool, len(nb.ndf))
	m.happening = make([]bool, len(nb.df))
	names := map[string]bool{}
	for _, name := range lx.class {
		names[name] = true
	}
	for w, id := range nb.num {
		if strings.HasPrefix(w, "\x00"+nationMark) {
			m.nation[id] = true
		}
		if int(id) < len(m.happening) && names[w] {
			m.happening[id] = true
		}
	}
	return m
}

// numberer numbers the stems and names of the candidates as their articles
// come, in article order, and counts in how many articles each is used.
// From then on the numbers stand for the words: an archive's candidates
// need not hold both.
type numberer struct {
	num     map[string]sid
	df, ndf []int32 // in how many articles each stem (or name) is used
	last    []int32 // the article (plus one) that last counted each number
	docs    int     // articles with a candidate
	key     []byte  // room for a name's key
	set     []byte  // room for an article's undatedSet
	room    []sid   // room for an undated sentence's numbers
	memo    []sid   // by place in an article's keyedWords: 2k its stem's number, 2k+1 its name's, or -1
	// docNames lists, by article, the names it uses (see namesWithin).
	docNames [][]sid
}

func newNumberer() *numberer {
	return &numberer{num: map[string]sid{}}
}

func (nb *numberer) intern(w string) sid {
	id, ok := nb.num[w]
	if !ok {
		id = nb.add(strings.Clone(w)) // not a piece of an article's text
	}
	return id
}

// internKey is intern of string(k), which it copies only when new.
func (nb *numberer) internKey(k []byte) sid {
	id, ok := nb.num[string(k)]
	if !ok {
		id = nb.add(string(k))
	}
	return id
}

func (nb *numberer) add(w string) sid {
	id := sid(len(nb.num))
	nb.num[w] = id
	nb.df = append(nb.df, 0)
	nb.ndf = append(nb.ndf, 0)
	nb.last = append(nb.last, 0)
	return id
}

// article numbers what the candidates and undated sentences of article di
// say, in the order its sentences gave them, and drops the words. When
// the Analysis was read back, wl holds its words (see keyedWords): a word
// of its table is looked up once, however often the article uses it, and
// gets the number it would have got looked up each time.
func (nb *numberer) article(di int, cands []candidate, und []undated, wl *keyedWords) undatedSet {
	if len(cands)+len(und) > 0 {
		nb.docs++
	}
	if wl != nil {
		nb.memo = slices.Grow(nb.memo[:0], 2*wl.len())[:2*wl.len()]
		for i := range nb.memo {
			nb.memo[i] = -1
		}
	}
	// stemsOf and namesOf number the bag and names of the i-th list pair
	// of wl, or those given.
	stemsOf := func(b bag, pair int, room []sid) []sid {
		if wl == nil {
			return nb.stems(di, b, room)
		}
		return nb.stemKeys(di, wl, wl.lists[2*pair], room)
	}
	namesOf := func(names []string, pair int, room []sid) []sid {
		if wl == nil {
			return nb.names(di, names, room)
		}
		return nb.nameKeys(di, wl, wl.lists[2*pair+1], room)
	}
	lens := func(bag, names []string, pair int) (int, int) {
		if wl == nil {
			return len(bag), len(names)
		}
		return len(wl.lists[2*pair]), len(wl.lists[2*pair+1])
	}
	// The numbers of the candidates are cut from one slice (the article's
	// candidates are let go together); an undated sentence's are written
	// to the set at once, from room used again.
	total := 0
	for i := range cands {
		var s says
		if c := &cands[i]; c.says != nil {
			s = *c.says
		}
		nstems, nnames := lens(s.bag, s.names, i)
		total += nstems + nnames
	}
	ids := make([]sid, total)
	b := nb.set[:0]
	var end, line, index int
	var prev sid
	k := 0
	undated := func() {
		u := &und[k]
		pair := len(cands) + k
		nstems, nnames := lens(u.bag, u.names, pair)
		if nstems > 0xffff || nnames > 0xffff {
			// A sentence of over 65,535 words (a scraped table) joins nothing.
			u.bag, u.names = nil, nil
			nstems, nnames = 0, 0
			if wl != nil {
				wl.lists[2*pair], wl.lists[2*pair+1] = nil, nil
			}
		}
		s := u.sent
		b = binary.AppendVarint(b, int64(s.start-end))
		b = binary.AppendVarint(b, int64(s.end-s.start))
		b = binary.AppendVarint(b, int64(s.line-line))
		b = binary.AppendVarint(b, int64(s.index-index))
		end, line, index = s.end, s.line, s.index
		lead := uint64(0)
		if u.lead {
			lead = 1
		}
		b = binary.AppendUvarint(b, uint64(nstems)<<1|lead)
		b = binary.AppendUvarint(b, uint64(nnames))
		nb.room = stemsOf(u.bag, pair, nb.room[:0])
		nb.room = namesOf(u.names, pair, nb.room)
		for _, id := range nb.room {
			b = binary.AppendVarint(b, int64(id-prev))
			prev = id
		}
		k++
	}
	for i := range cands {
		for k < len(und) && int(und[k].at) <= i {
			undated()
		}
		c := &cands[i]
		var s says
		if c.says != nil {
			s = *c.says
		}
		nstems, nnames := lens(s.bag, s.names, i)
		c.ids = stemsOf(s.bag, i, ids[:0:nstems])
		c.nids = namesOf(s.names, i, ids[nstems:nstems:nstems+nnames])
		ids = ids[nstems+nnames:]
		c.says = nil
	}
	for k < len(und) {
		undated()
	}
	var set undatedSet
	if len(b) > 0 {
		set.b = bytes.Clone(b)
	}
	nb.set = b
	return set
}

// lowered marks the numbers of the names that are words in lower, by
// number.
func (nb *numberer) lowered(lower map[string]bool) []bool {
	out := make([]bool, len(nb.num))
	if len(lower) == 0 {
		return out
	}
	for w, id := range nb.num {
		if len(w) > 0 && w[0] == 0 && lower[w[1:]] {
			out[id] = true
		}
	}
	return out
}

// initials folds the keys of initials (see acronymMark) into names, on
// top of lowered's marks (no): a run of capitalised words whose initials
// the story writes in capitals is named by that word too ("the Financial
// Conduct Authority" names "fca" when an article writes "the FCA"); every
// other key of initials is let go. Each article's names and the count of
// the articles that use a name are folded the same way, so that a name
// spelled out in most articles and abbreviated in a few is the story's
// common name it was. The fold is by number: fold[n] is n, -1 (let go) or
// the name n stands for.
func (nb *numberer) initials(no []bool) []sid {
	fold := make([]sid, len(no))
	for i := range fold {
		fold[i] = sid(i)
		if no[i] {
			fold[i] = -1
		}
	}
	folded := false
	for w, id := range nb.num {
		if len(w) < 2 || w[0] != 0 || !strings.HasSuffix(w, initialsEnd) {
			continue
		}
		switch w[1:2] {
		case acronymMark:
			fold[id] = -1
		case spelledMark:
			fold[id] = -1
			letters := strings.TrimSuffix(w[2:], initialsEnd)
			if _, ok := nb.num["\x00"+acronymMark+letters+initialsEnd]; !ok {
				continue
			}
			plain := nameKeys([]string{letters})[0]
			if to, ok := nb.num["\x00"+plain]; ok && !no[to] {
				fold[id] = to
				folded = true
			}
		}
	}
	if !folded {
		return fold
	}
	// The articles' names, and the counts of the names folded into.
	into := map[sid]bool{}
	for i, f := range fold {
		if f >= 0 && f != sid(i) {
			into[f] = true
		}
	}
	for n := range into {
		nb.ndf[n] = 0
	}
	folder := newNameFolder(fold)
	for di, ns := range nb.docNames {
		ns = folder.names(ns)
		slices.Sort(ns)
		ns = slices.Compact(ns)
		for _, n := range ns {
			if into[n] {
				nb.ndf[n]++
			}
		}
		nb.docNames[di] = ns
	}
	return fold
}

// nameFolder folds the names of a sentence (see initials), each once:
// seen marks the names met in the sentence being folded, and is cleared
// after it, so that each sentence costs its own length.
type nameFolder struct {
	fold []sid
	seen []bool
}

func newNameFolder(fold []sid) *nameFolder {
	return &nameFolder{fold: fold, seen: make([]bool, len(fold))}
}

// names is nids folded, in place: a name let go is left out, one folded
// into another is that one, once.
func (f *nameFolder) names(nids []sid) []sid {
	out := nids[:0:len(nids)]
	for _, n := range nids {
		if to := f.fold[n]; to >= 0 && !f.seen[to] {
			f.seen[to] = true
			out = append(out, to)
		}
	}
	for _, n := range out {
		f.seen[n] = false
	}
	return out
}

// stems appends the numbers of the stems of b to room, sorted, and
// counts them as used by article di.
func (nb *numberer) stems(di int, b bag, room []sid) []sid {
	at := len(room)
	for _, w := range b {
		room = append(room, nb.countStem(di, nb.intern(w)))
	}
	slices.Sort(room[at:])
	return room
}

// stemKeys is stems of the words at keys of wl.
func (nb *numberer) stemKeys(di int, wl *keyedWords, keys []int32, room []sid) []sid {
	at := len(room)
	for _, k := range keys {
		id := nb.memo[2*k]
		if id < 0 {
			id = nb.intern(wl.word(k))
			nb.memo[2*k] = id
		}
		room = append(room, nb.countStem(di, id))
	}
	slices.Sort(room[at:])
	return room
}

func (nb *numberer) countStem(di int, id sid) sid {
	if nb.last[id] != int32(di+1) {
		nb.df[id]++
		nb.last[id] = int32(di + 1)
	}
	return id
}

// names appends the numbers of names to room, in their order, and counts
// them as used by article di.
func (nb *numberer) names(di int, names []string, room []sid) []sid {
	for _, w := range names {
		room = append(room, nb.countName(di, nb.name(w)))
	}
	return room
}

// nameKeys is names of the words at keys of wl.
func (nb *numberer) nameKeys(di int, wl *keyedWords, keys []int32, room []sid) []sid {
	for _, k := range keys {
		id := nb.memo[2*k+1]
		if id < 0 {
			id = nb.name(wl.word(k))
			nb.memo[2*k+1] = id
		}
		room = append(room, nb.countName(di, id))
	}
	return room
}

// name is the number of a name: a name's key is the word after a 0 byte,
// so that it is never a stem's.
func (nb *numberer) name(w string) sid {
	nb.key = append(append(nb.key[:0], 0), w...)
	return nb.internKey(nb.key)
}

func (nb *numberer) countName(di int, id sid) sid {
	// A name's number is never a stem's: last serves both.
	if nb.last[id] != int32(di+1) {
		nb.ndf[id]++
		nb.last[id] = int32(di + 1)
		for len(nb.docNames) <= di {
			nb.docNames = append(nb.docNames, nil)
		}
		nb.docNames[di] = append(nb.docNames[di], id)
	}
	return id
}

func monthOf(day int64) int {
	t := time.Unix(day*86400, 0).UTC()
	return t.Year()*12 + int(t.Month()) - 1
}

// file puts a cluster (or the new stems of one) into the buckets of its dates.
func (m *merger) file(cl *cluster, stems []sid, isNew bool) {
	put := func(b *bucket) {
		if isNew {
			b.all = append(b.all, cl)
		}
		for _, s := range stems {
			b.byStem[s] = append(b.byStem[s], cl)
			b.has[uint32(s)/64%(bucketBits/64)] |= 1 << (uint32(s) % 64)
		}
	}
	made := func() *bucket {
		m.made++
		return &bucket{byStem: map[sid][]*cluster{}}
	}
	if cl.last-cl.first <= spanDays {
		for d := cl.first; d <= cl.last; d++ {
			b := m.days[d]
			if b == nil {
				b = made()
				m.days[d] = b
			}
			put(b)
		}
	}
	for mo := monthOf(cl.first); mo <= min(monthOf(cl.last), monthOf(cl.first)+12); mo++ {
		b := m.months[mo]
		if b == nil {
			b = made()
			m.months[mo] = b
		}
		put(b)
	}
	for y := yearOf(cl.first); y <= min(yearOf(cl.last), yearOf(cl.first)+10); y++ {
		b := m.years[y]
		if b == nil {
			b = made()
			m.years[y] = b
		}
		put(b)
	}
}

// add makes c a member of cl and files what is new in it.
func (m *merger) add(cl *cluster, c *candidate) {
	isNew := len(cl.members) == 0
	var fresh []sid
	for _, s := range c.ids {
		if cl.prof.count(s) == 0 {
			fresh = append(fresh, s)
		}
	}
	inDoc := cl.docs[c.doc]
	cl.add(c)
	if !inDoc {
		m.byDoc.add(c.doc, cl)
	}
	cl.prof.add(c.ids)
	if c.basis != "article" && c.basis != "reported" {
		cl.core.add(c.ids)
		for _, n := range c.nids {
			if m.nation[n] {
				if cl.nations == nil {
					cl.nations = map[sid]bool{}
				}
				cl.nations[n] = true
			}
		}
	}
	if c.basis == "" || len(cl.members) == 1 {
		// What a cluster names is what its dated sources name: the
		// sentences dated by their article only join on it, so they cannot
		// chain two happenings together.
		for _, n := range c.nids {
			if !m.nation[n] {
				cl.names[n] = true
			}
		}
	}
	m.file(cl, fresh, isNew)
}

// docClusters lists by article the clusters its sentences are in: a slice
// by article, not a map, as the merge asks for an article's often.
type docClusters [][]*cluster

func (d docClusters) of(doc int) []*cluster {
	if doc < 0 || doc >= len(d) {
		return nil
	}
	return d[doc]
}

func (d *docClusters) add(doc int, cl *cluster) {
	if doc >= len(*d) {
		*d = slices.Grow(*d, doc+1-len(*d))[:doc+1]
	}
	(*d)[doc] = append((*d)[doc], cl)
}

// buckets returns the buckets a candidate of days [a, b] looks in, in
// room it reuses at the next call. The sentences of one article ask for
// the same days one after another: while no bucket is made, the last
// answer holds.
func (m *merger) buckets(a, b int64) []*bucket {
	if a == m.bksDays[0] && b == m.bksDays[1] && m.made == m.bksMade && m.bks != nil {
		return m.bks
	}
	m.bksDays, m.bksMade = [2]int64{a, b}, m.made
	out := m.bks[:0]
	switch {
	case b-a <= spanDays:
		for d := a; d <= b; d++ {
			if x := m.days[d]; x != nil {
				out = append(out, x)
			}
		}
	case b-a <= 400:
		for mo := monthOf(a); mo <= monthOf(b); mo++ {
			if x := m.months[mo]; x != nil {
				out = append(out, x)
			}
		}
	default:
		for y := yearOf(a); y <= min(yearOf(b), yearOf(a)+10); y++ {
			if x := m.years[y]; x != nil {
				out = append(out, x)
			}
		}
	}
	m.bks = out
	return out
}

// best returns the cluster c joins, or nil: among the clusters of its dates
// that it is compatible with, the one it shares most with.
func (m *merger) best(c *candidate) *cluster {
	a, b := candRange(c)
	if c.basis != "" && !(c.basis == "reported" && c.reportsOwnDay()) {
		// An article's own news happened in the days up to its publication.
		// (Not a statement's report whose time comes before its verb of
		// saying: "Penrose completed the takeover on Tuesday, nine months
		// after the two chains first confirmed talks" dates the completion,
		// not a telling of the days before; see reportsOwnDay.)
		a = b - newsDays
	}
	return m.bestIn(c, a, b)
}

// reportsOwnDay reports whether c, a dated statement's sentence offered
// to the happening it reports (basis "reported"), can report only a
// happening of its own time. A sentence reports an earlier happening
// when its time dates a telling whose content is that happening ("At
// least four people died in the flooding, police said on Wednesday",
// "Prosecutors said on Friday that Greaves had been convicted"). It does
// not when its time comes before the verb of saying (timeBeforeSaying),
// when it has no verb of telling at all, its statement an act of that day
// ("The council on Wednesday declared a major incident", "The judge on
// Friday praised the jurors": see tellsNothing), or when its time stands
// in the subject of what is told ("The agency said an inspection on
// Tuesday had found two breaches": see toldSubjectTime, and
// timeOfToldSubject for a subject of more words, "said a survey of the
// stranded ship on Wednesday had found"), or inside what is told
// (tellsTime), or when its words are performative, the saying itself the
// happening ("The government on Thursday declared three days of national
// mourning": see performative), dating that.
//
// Nor does a telling whose told clause says a state that holds at the
// telling (toldState): reported speech moves the present back a tense, so
// "Officers said on Friday that they were still combing the warehouse"
// and "said on Friday that it hoped the offer would end the strike" tell
// that day's search and hope, not a happening of the days before.
func (c *candidate) reportsOwnDay() bool {
	return c.timeBeforeSaying() || c.tellsNothing() || c.toldSubjectTime() || c.timeOfToldSubject() ||
		c.tx.End > c.tx.Start && (c.tellsTime() || performative(c.stext) || c.toldState())
}

// toldStateWords is how far after its verb of saying the told clause's
// verb is looked for ("said on Thursday night that the two companies
// were ...").
const toldStateWords = 10

// toldState reports whether the clause c's verb of saying tells, after
// the time of the telling, opens on a verb of a state at the telling: a
// progressive ("they were still searching", "it was examining"), "still",
// a verb of hope, intent or belief ("it hoped", "it believed"), or a
// future ("the plant would close"); data/words.txt, told-state-*. A told
// clause in the simple past or a perfect ("had opened", "was charged")
// may tell a happening of before, and the first such verb ends the look.
func (c *candidate) toldState() bool {
	ws, i := c.firstSaying()
	if i < 0 {
		return false
	}
	end := i + 1 + toldStateWords
	for k := i + 1; k < min(len(ws), end); k++ {
		w := ws[k]
		switch {
		case w.w == "that" && k+1 < len(ws):
			// The told clause opens here, after the time and place of
			// the telling ("said at a briefing Monday afternoon that at
			// least one fan blade was missing"): its verb is looked for
			// as far from its opening.
			end = k + 1 + toldStateWords
		case w.comma:
			return false // the told clause's opening ends
		case toldStateVerbs.Has(w.w) || stillWords.Has(w.w):
			return true
		case toldStateAuxiliaries.Has(w.w):
			if k+1 >= len(ws) || ws[k+1].comma {
				return false
			}
			n := ws[k+1].w
			return stillWords.Has(n) || len(n) > 4 && strings.HasSuffix(n, "ing") && !ingNouns.Has(n)
		case toldFutures.Has(w.w):
			return k+1 < len(ws) && ws[k+1].w != "have"
		case auxiliaries.Has(w.w) || verbForms.Has(w.w) || pastOpeners.Has(w.w) || len(w.w) > 4 && strings.HasSuffix(w.w, "ed"):
			return false
		}
	}
	return false
}

// toldStateVerbs, toldStateAuxiliaries and toldFutures open a told clause
// that says a state at its telling (toldState; data/words.txt).
var (
	toldStateVerbs       = wordSet("told-state-verbs")
	toldStateAuxiliaries = wordSet("told-state-auxiliaries")
	toldFutures          = wordSet("told-futures")
)

// tellsNothing reports whether c, a dated sentence, has no verb of
// telling (said, reported, announced, confirmed ...) anywhere: its
// statement verb ("declared", "praised", "condemned") makes an act.
func (c *candidate) tellsNothing() bool {
	if c.tx.End <= c.tx.Start || c.stext == "" {
		return false
	}
	return !slices.ContainsFunc(words(c.stext, 0, len(c.stext)), func(w word) bool {
		return reportingVerbs.Has(w.w) || announcingVerbs.Has(w.w)
	})
}

// toldSubjectTime reports whether c's time stands in the subject of the
// clause its verb of saying tells, between an article opening that
// subject right after the verb and the told clause's verb right after the
// time: "said a survey on Wednesday had found", "said the meeting on
// Monday morning had agreed". (Not "said on Thursday that ...", "said
// Thursday the ...", "said in a statement on Thursday": the telling's.)
func (c *candidate) toldSubjectTime() bool {
	if c.tx.End <= c.tx.Start {
		return false
	}
	ws, i := c.firstSaying()
	if i < 0 || i+2 >= len(ws) || !articleWords.Has(ws[i+1].w) {
		return false
	}
	_, t := c.inSentence()
	at := slices.IndexFunc(ws, func(w word) bool { return w.i >= t.Start })
	after := slices.IndexFunc(ws, func(w word) bool { return w.i >= t.End })
	if at < i+3 || after < 0 || at-i > toldSubjectWords {
		return false
	}
	if slices.ContainsFunc(ws[i+1:at], func(w word) bool { return w.w == "that" || w.comma }) {
		return false
	}
	return auxiliaries.Has(ws[after].w) && !ws[after].comma
}

// toldSubjectWords is how far after its verb of saying a time may stand
// in the subject of what is told ("said the forensic review of the system
// on Wednesday had found").
const toldSubjectWords = 7

// timeOfToldSubject reports whether c's time dates the subject of what its
// verb of saying tells, its verb right after the time: "said a survey on
// Wednesday had found no new damage" (not "told reporters on Wednesday
// that ...", "said in a statement on Wednesday").
func (c *candidate) timeOfToldSubject() bool {
	ws, i := c.firstSaying()
	if i < 0 || i+1 >= len(ws) || prepositions.Has(ws[i+1].w) {
		return false
	}
	_, t := c.inSentence()
	at := slices.IndexFunc(ws, func(w word) bool { return w.i >= t.Start })
	if at <= i+1 || slices.ContainsFunc(ws[i+1:at+1], func(w word) bool { return w.comma }) {
		return false
	}
	k := slices.IndexFunc(ws, func(w word) bool { return w.i >= t.End })
	if k < 0 || ws[k].comma {
		return false
	}
	w := ws[k].w
	return auxiliaries.Has(w) || pastOpeners.Has(w) || verbForms.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// timeBeforeSaying reports whether c's time stands before the first verb
// of saying of its clause: the time dates what the clause tells.
func (c *candidate) timeBeforeSaying() bool {
	ws, i := c.firstSaying()
	if i < 0 || c.tx.End <= c.tx.Start {
		return false
	}
	return ws[i].i >= c.tx.End-c.sent.start
}

// echoDays is how far back an article's own news may be news already
// reported (see echo).
const echoDays = 21

// echo reports whether an article's own news, which joins no happening of
// its last days, tells a happening that other articles reported in the
// weeks before: a follow-up's headline ("Esther Williams dies at 91", a
// week later), which must not become a second event dated by its
// publication, a wrong date. When its words agree closely (sameEcho), it
// is one more report of that happening, which keeps its date: echo adds it
// there, with basis "reported". A headline that names a kind of happening
// the older one does not name ("Crew member of hijacked tanker dies",
// three weeks after the hijacking) tells news of its own: its own lead's,
// or none of before.
func (m *merger) echo(c *candidate) bool {
	_, b := candRange(c)
	old := m.bestIn(c, b-echoDays, b-newsDays-1)
	if old == nil {
		return false
	}
	if own := m.leadOfKind(c, old); own != nil {
		// "Council shuts footbridges after Mill Lane collapse": the
		// closing its lead dates the day before, not the collapse.
		m.toOwnLead(c, own)
		return true
	}
	told := m.kindsTold(old, c)
	if own, sim := m.ownLeadOf(c); own != nil && own != old && (sim >= m.simTo(old, c) || m.simTo(old, c) < sameEcho || !told) {
		// A headline that tells the happening its own lead dates, in
		// the last weeks, at least as well as an older one tells that
		// ("Meridian chief grilled by Congress over Gulf spill" over the
		// hearing of the day before, not the failure of two weeks before
		// that a later sentence names).
		m.toOwnLead(c, own)
		return true
	}
	if !told {
		return false
	}
	if m.simTo(old, c) >= sameEcho {
		c.basis, c.priority = "reported", 4
		m.add(old, c)
	}
	return true
}

// kindsTold reports whether cl names every kind of happening c names: a
// headline that names one more ("Crew member of hijacked tanker dies",
// weeks after the hijacking) tells news of its own, not the older
// happening again.
func (m *merger) kindsTold(cl *cluster, c *candidate) bool {
	for _, s := range c.ids {
		if int(s) < len(m.happening) && m.happening[s] && cl.prof.count(s) == 0 {
			return false
		}
	}
	return true
}

// bestIn is best for the clusters of days [a, b].
func (m *merger) bestIn(c *candidate, a, b int64) *cluster {
	m.stamp++
	var bks []*bucket
	var own []*cluster
	if c.basis == "article" {
		// The happenings its article dates elsewhere (the latest few), and
		// those of the days before its publication.
		_, pub := candRange(c)
		bks = m.buckets(pub-newsDays, pub)
		own = m.byDoc.of(c.doc)
		own = own[max(0, len(own)-probeClusters):]
	} else {
		bks = m.buckets(a, b)
	}
	if len(bks) == 0 && len(own) == 0 {
		return nil // no happening of its days, none of its article
	}
	m.noun, m.clock, m.lead = m.datedNoun(c), -1, nil
	if isHeadline(c) {
		m.lead, m.leadDay = m.laterLead(c)
	}
	if c.basis == "" {
		m.clock = clockOf(c)
	}
	var best *cluster
	bestScore := 0.0
	plan := m.planFromInside(c)
	try := func(cl *cluster) {
		if cl.stamp == m.stamp || cl.dead {
			return
		}
		cl.stamp = m.stamp
		if plan && cl.first == cl.last {
			return // a plan of the days its article is written in (planFromInside)
		}
		s, ok := m.score(cl, c, a, b)
		if ok && c.noun && c.date.Gran < timeline.Day && cl.first == cl.last {
			// "last week's earthquake" is the quake most articles
			// report that week, not the death toll of the day after
			// whose words it shares more.
			s += float64(len(cl.docs))
		}
		if ok && (best == nil || s > bestScore || s == bestScore && m.before(cl, best, c)) {
			best, bestScore = cl, s
		}
	}
	for _, cl := range own {
		try(cl)
	}
	if len(bks) == 0 {
		return best
	}
	// The rarest stems of the candidate find the clusters that use them.
	// The stems most of the story's articles share find the clusters of
	// its happenings; a stem no other article uses finds none. A
	// candidate with few stems probes with all of them, unsorted: the
	// order of the tries changes nothing, as try keeps the best score and
	// on a tie the oldest cluster.
	probe := c.ids
	if len(probe) > probeStems {
		probe = append(m.probe[:0], c.ids...)
		slices.SortStableFunc(probe, func(x, y sid) int { return cmp.Compare(m.w.df[y], m.w.df[x]) })
		m.probe = probe
		probe = probe[:probeStems]
	}
	for _, bk := range bks {
		for _, s := range probe {
			if !bk.files(s) {
				continue
			}
			l := bk.byStem[s]
			for _, cl := range l[max(0, len(l)-probeClusters):] {
				try(cl)
			}
		}
		// The legacy rules of the same people need no shared word.
		if len(c.m.persons) > 0 || c.date.Gran < timeline.Day {
			for _, cl := range bk.all[max(0, len(bk.all)-probeClusters):] {
				try(cl)
			}
		}
	}
	return best
}

// toldBefore reports whether a source of cl is dated by a week or month
// that its own words put behind its article (spanBehind), in an article
// published before day: the happening it tells happened by then.
func (m *merger) toldBefore(cl *cluster, day int64) bool {
	for _, c := range cl.members {
		if c.basis == "" && c.doc < len(m.newsDay) && m.news[c.doc].Gran == timeline.Day && day > m.newsDay[c.doc] && spanBehind(c) {
			return true
		}
	}
	return false
}

// spanBehind reports whether c's time is a week, month or year that its
// words put behind the writer ("earlier this week", "earlier this
// month": data/words.txt, spans-behind): the part of the span up to its
// article's day.
func spanBehind(c *candidate) bool {
	if c.date.Gran >= timeline.Day || c.tx.Text == "" {
		return false
	}
	for _, w := range strings.Fields(asciiLower(c.tx.Text)) {
		if spansBehind.Has(w) {
			return true
		}
	}
	return false
}

// spansBehind are the words that put a span of time behind the writer
// (spanBehind).
var spansBehind = wordSet("spans-behind")

// laterLead is the clause of the lead of c's article that dates the
// headline c's act to a day of its own, and that day; nil when the lead
// does not tell it plainly. A follow-up's headline names the happening it
// follows in the words of its background ("Two men charged over Kelvedon
// pangolin haul", "Fourth worker dies after quarry blast"), and its act in
// a word of a kind of happening (data/happenings.txt) that its lead's
// first dated sentence dates: that day is its news. The lead tells it
// plainly only when that sentence's other dates, but a statement's, are of
// the same day ("charged on Saturday"; "died on Thursday night, police said
// on Friday"): a sentence that dates another day too ("a day after an
// explosion killed three", "over Monday's blast") tells two happenings,
// and which one the headline names its words do not say. A lead framed as
// a statement (its only date is the telling's, or a date the telling
// frames: "were closed on Wednesday, officials said") dates no act: the
// headline is left to the other rules.
func (m *merger) laterLead(c *candidate) (*candidate, int64) {
	first := -1 // the first sentence of the lead dated by its own words
	for _, o := range m.byDoc.of(c.doc) {
		if o.dead {
			continue
		}
		for _, x := range o.members {
			if x.doc == c.doc && x.lead && x.sent.index > 0 && x.basis == "" && !x.derived && (first < 0 || x.sent.index < first) {
				first = x.sent.index
			}
		}
	}
	if first < 0 {
		return nil, -1
	}
	var lead *candidate
	day := int64(-1)
	for _, o := range m.byDoc.of(c.doc) {
		if o.dead {
			continue
		}
		for _, x := range o.members {
			if x.doc != c.doc || x.sent.index != first || x.basis != "" || x.kind.class() == kindStatement {
				continue
			}
			d0, d1 := candRange(x)
			if d0 != d1 || day >= 0 && d0 != day {
				return nil, -1 // a span, or two days in one sentence
			}
			day = d0
			if !x.noun && !x.derived && (lead == nil || x.seg[0] < lead.seg[0]) {
				lead = x
			}
		}
	}
	if lead == nil || !m.namesActOf(c, lead) {
		return nil, -1
	}
	return lead, day
}

// namesActOf reports whether the headline c names a kind of happening
// (data/happenings.txt) that the lead sentence x names too.
func (m *merger) namesActOf(c, x *candidate) bool {
	for _, s := range c.ids {
		if int(s) < len(m.happening) && m.happening[s] && slices.Contains(x.ids, s) {
			return true
		}
	}
	return false
}

// planFromInside reports whether c, a source dated by its own words to a
// week or a month, tells its clause as to come in an article published
// inside that span: "said on Tuesday that it would call a special session
// this week" in Wednesday's paper. What an article says will happen in the
// days it is written in is a plan; the plan kept, which another sentence
// dates to one day of those ("approved the budget at a session that ran late
// on Thursday"), is another happening, and the plan joins only a cluster of
// a span, another telling of the plan (bestIn).
func (m *merger) planFromInside(c *candidate) bool {
	if c.basis != "" || c.date.Gran != timeline.Week && c.date.Gran != timeline.Month || c.doc >= len(m.news) || m.news[c.doc].Gran != timeline.Day {
		return false
	}
	a, b := candRange(c)
	if pub := m.newsDay[c.doc]; pub < a || pub > b {
		return false
	}
	s, at := c.seg[0]-c.sent.start, c.tx.Start-c.sent.start
	return s >= 0 && at >= s && at <= len(c.stext) && looksAhead(c.stext, words(c.stext, s, at))
}

// namesIn reports whether every name of c that is neither a nationality
// nor one most of the story's articles use is a name of cl: a sentence that
// joins a happening by the noun its time dates adds no name the happening
// did not have ("Anyone with information about this morning's fire is asked
// to call Sgt. Ruiz": a name would set the happening's headlines apart).
func (m *merger) namesIn(cl *cluster, c *candidate) bool {
	for _, n := range c.nids {
		if !m.nation[n] && !cl.names[n] && !m.common(n) {
			return false
		}
	}
	return true
}

// datedNoun is the number of the noun that c's time of one day dates
// directly, the happening a sentence names by its day: "the <noun>
// on|of|in|at|during <time>" ("the crush on 12 April"), "the <time>
// <noun>" ("the April 12 crush"), "<time>'s <noun>" ("Tuesday's
// vote"); -1 for none, for a sentence dated otherwise, and for a name
// or a noun that names no kind of happening.
func (m *merger) datedNoun(c *candidate) sid {
	if c.basis != "" || c.date.Gran != timeline.Day || m.num == nil {
		return -1
	}
	if c == m.noun0.c && m.noun0.v != nounNotYet {
		return m.noun0.v // worked out ahead (nounsAhead)
	}
	return m.datedNounIn(c, &m.words)
}

// datedNounIn is datedNoun for c, a candidate dated to a day by its own
// words, with ws as its room for the words of c's sentence. It reads
// nothing the merge changes: nounsAhead runs it on a goroutine of its own.
func (m *merger) datedNounIn(c *candidate, room *[]word) sid {
	_, tx := c.inSentence()
	t := c.stext
	if tx.Start < 0 || tx.End > len(t) || tx.Start >= tx.End {
		return -1
	}
	*room = appendWords((*room)[:0], t, 0, len(t))
	ws := *room
	at, after := len(ws), len(ws)
	for i, w := range ws {
		if w.i >= tx.Start && at == len(ws) {
			at = i
		}
		if w.i >= tx.End {
			after = i
			break
		}
	}
	k := -1
	rest := t[tx.End:]
	switch {
	case at >= 3 && nounLinks.Has(ws[at-1].w) && ws[at-3].w == "the" && !ws[at-1].comma && !ws[at-2].comma:
		k = at - 2
	case after+1 < len(ws) && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")) && ws[after].w == "s":
		k = after + 1
	case after < len(ws) && at >= 1 && at < len(ws) && ws[at-1].w == "the" && ws[after].i == tx.End+1:
		k = after
	}
	if k < 0 || ws[k].i >= len(t) || t[ws[k].i] < 'a' || t[ws[k].i] > 'z' {
		return -1 // none, or a name
	}
	// The noun must name a kind of happening (data/happenings.txt):
	// "visited the site on 10 March", "hearing the case on 20 June" date
	// the verb, whose object is no happening.
	tok := m.lx.token(ws[k].w)
	if id, ok := m.num[tok]; ok && int(id) < len(m.happening) && m.happening[id] {
		return id
	}
	return -1
}

// before breaks a tie between two clusters c fits as well: the oldest
// cluster wins, but an article's own news is the latest happening of its
// days ("Serra names Conti as economy minister" fits as well the naming
// of Tuesday and the resignation of Monday that its lead dates "a day
// earlier": the naming it is).
func (m *merger) before(cl, best *cluster, c *candidate) bool {
	if c.basis == "published" && cl.first != best.first {
		return cl.first > best.first
	}
	return cl.idx < best.idx
}

// Thresholds of the cosine between a candidate and a cluster (see score).
var (
	sameHappening     = 0.45 // a dated mention and a cluster of its days
	sameNews          = 0.35 // an article's own news and a happening of its last days
	newsDays          = int64(2)
	sameArticle       = 0.35 // a sentence and a happening its article dates elsewhere
	sameArticleWindow = 0.6  // a sentence and a happening of the days before its article (a lead: sameHappening)
	sameEcho          = 0.5  // an article's own news and the happening of weeks before it tells again
	sameDayKind       = 0.2  // a dated mention and a cluster of its one day that name the same kind of happening
	sameWords         = 0.8  // a statement and one of the same day in (nearly) the same words
	sameCoarseKind    = 0.15 // a mention dated by a week or month and a cluster of one day in it that name the same kind of happening
)

// linkMembers is how many of a cluster's latest members a candidate is
// also compared with one by one (a cluster's profile averages away what
// one member says).
const linkMembers = 4

// score tells whether c can join cl, whose days must hold c's (or the
// other way round), and how well it fits. Two signals: the rules of the
// same people (compatible), and what the sentences say (the cosine of their
// stems), the latter with no conflict of names: two sentences that name
// people or places, none in common, tell two happenings.
func (m *merger) score(cl *cluster, c *candidate, a, b int64) (float64, bool) {
	if c.basis != "" && !cl.core.meets(c.ids) {
		// A sentence not dated by its own words joins only on a cosine
		// (simTo) above a limit, and one that uses no stem of the core
		// has none: the members simTo compares it with are counted in
		// the core. Most sentences tried are such, and cost no more.
		return 0, false
	}
	switch c.basis {
	case "article":
		if _, pub := candRange(c); cl.first > pub && cl.datedDocs[c.doc] && (!m.looksAhead(c) || m.pastTold(c)) {
			// A sentence with no date and no word that looks ahead
			// tells no happening its article expects: "Tap water is safe
			// to drink again in Ludlow" is not the public meeting due on
			// 26 March that the article announces. Nor does one whose
			// main clause tells in the past what has happened by the
			// article's day, whatever modal its told clause has ("The
			// council kept the fee but warned it might rise" is not the next
			// rate decision; see pastTold).
			return 0, false
		}
		if _, pub := candRange(c); cl.last < pub && !c.lead && m.nowTold(c) {
			// A sentence of the body with no date that tells in the
			// present ("Three inquiries are under way", "The mayor says
			// nobody warned him") tells its article's day, not a
			// happening of the days before that its article dates,
			// whatever words they share: not the day before either ("The
			// airline has not said when flights will resume", the day
			// after a crash, tells the day it is written). (A headline or
			// lead tells the article's news in the present, of the day
			// before too.)
			return 0, false
		}
		if _, pub := candRange(c); cl.last < pub-1 && !c.lead && m.presentTold(c) {
			// So does one whose saying in the past tells a clause in the
			// present ("The company said it is cooperating with the
			// inquiry"): reported speech moves a present of before the
			// telling back a tense, so the present it keeps holds at the
			// telling, the article's day (see toldState).
			return 0, false
		}
		if _, pub := candRange(c); cl.last < pub-1 && m.aheadTold(c) {
			// One whose main clause opens on a modal ("The fund will
			// pay for new pumps", "Repairs could take months") tells
			// what is still to come from its article's day, not a
			// happening of days before it, whatever words they share.
			// (Of the day before it may tell the news: "Okafor will be
			// the next mayor" the morning after the count.)
			return 0, false
		}
		if _, pub := candRange(c); cl.last < pub && cl.datedDocs[c.doc] && m.perfectTold(c) && m.simTo(cl, c) < sameArticleWindow {
			// A sentence with no date told in the past perfect, in its
			// main clause or in what its main clause's saying tells
			// ("The company said in a statement that it had proposed a
			// one-off payment", "The suspect had been treated in the
			// weeks before the attack"), tells an act of some day before
			// its telling that its article does not give: it joins a
			// happening its article dates days before only when its
			// words agree closely, not by the article's dates alone.
			return 0, false
		}
		if _, pub := candRange(c); cl.last < pub-echoDays && cl.datedDocs[c.doc] && m.simTo(cl, c) < sameArticleWindow {
			// An undated sentence tells its article's news more likely
			// than a happening of months or years before, which it joins
			// only when its words agree closely: a wrong date is worse
			// than a missing source.
			return 0, false
		}
		if !cl.datedDocs[c.doc] {
			_, pub := candRange(c)
			if cl.first < pub-newsDays || cl.first > pub || cl.last-cl.first > spanDays {
				return 0, false
			}
			// A headline or lead tells its article's news: it needs
			// the agreement a dated mention needs; a sentence further
			// down, more. Both are measured against what the happening's
			// dated sources, headlines and leads say (core), not the
			// quotes and background its articles' other sentences added:
			// those would draw in another story's quotes of the same
			// people, and each one drawn in would draw more.
			limit := sameArticleWindow
			if c.lead {
				limit = sameHappening
			}
			if sim := cl.core.cosine(c.ids); sim < limit || (c.kind.class() == kindStatement) != (cl.class == kindStatement) {
				return 0, false
			}
		}
	case "published", "reported":
		if cl.first < a || cl.first > b || cl.last-cl.first > spanDays {
			return 0, false
		}
		// The news of the days before publication is a happening that a
		// source dates by its words: a cluster that only publication
		// dates (a headline of the day before) does not date it, or
		// one article's publication date would date the news of all.
		if _, day := candRange(c); cl.first < day && cl.dated == 0 {
			return 0, false
		}
		// A headline tells the news its lead tells: under a lead that
		// dates its act to a later day (laterLead) and does not read as
		// a report of a happening of the days before (a lead dated a day
		// off is still that happening: the cosine), the words the
		// headline shares with that happening are its act's background
		// ("Krol in court over Brenton shop stabbing" over "Daniel Krol
		// appeared before magistrates on Wednesday ..."), not a report
		// of it.
		if m.lead != nil && cl.last < m.leadDay && cl.core.cosine(m.lead.ids) < sameHappening {
			return 0, false
		}
		// A statement offers the happening it reports to a happening
		// another source dates, not to its own article's headline: the
		// two would be its statement again ("Alvarez to skip Olympics"
		// over "Alvarez said on Tuesday she would not play ...").
		if c.basis == "reported" && cl.dated == 0 && len(cl.docs) == 1 && cl.docs[c.doc] {
			return 0, false
		}
	default:
		if !(a >= cl.first && b <= cl.last) && !(cl.first >= a && cl.last <= b) {
			return 0, false
		}
		if otherClause(cl, c) {
			return 0, false
		}
		// A week or month its words put behind the writer ("A judge
		// ruled earlier this week ...", "was arrested earlier this
		// month": spanBehind) holds the happening's day up to its
		// article's, not the days after it: a happening another article
		// dates after this one's publication is another, whatever words
		// the two share.
		if c.date.Gran < timeline.Day && c.doc < len(m.newsDay) && m.news[c.doc].Gran == timeline.Day && cl.first > m.newsDay[c.doc] && spanBehind(c) {
			return 0, false
		}
		// The rest of a week, month or year after its article's day ("The
		// board expects to present its findings later this month") holds
		// what is still to come: not a happening of a day before the
		// article, whoever its people are. (A verb that looks ahead says
		// less: "his first visit in 24 years", "in May".)
		// (laterSpan first: it is cheap, and dayNum is not.)
		if c.date.Gran < timeline.Day && cl.first == cl.last && c.doc < len(m.news) && m.news[c.doc].Gran == timeline.Day && c.laterSpan() {
			if cl.last < m.newsDay[c.doc] {
				return 0, false
			}
		}
	}
	// The words' agreement (simTo) is the dearest test: it comes after
	// the tests that need none.
	if c.basis == "" {
		if s, ok := compatible(cl, c); ok {
			// The rules of the same people rank first, by the people
			// shared and then by how many sources date the happening
			// ("last September" goes to the September meeting most
			// reported); the words break a tie.
			return 2 + float64(s) + m.simTo(cl, c), true
		}
		// A clause of an article that names nobody ("The talks on 25 April
		// 2019 opened with ...") is the happening of its kind that the same
		// article dates to the same days.
		if len(c.m.persons) == 0 && c.kind.class() == cl.class && cl.class != kindOther &&
			cl.class != kindStatement && cl.datedDocs[c.doc] && a == cl.first && b == cl.last {
			return 1 + m.simTo(cl, c), true
		}
	}
	if m.coarseNewsStatement(cl, c, a, b) {
		return m.simTo(cl, c), true
	}
	// A statement is the same statement only by the rules of the same
	// speaker (compatible), or in the same words on the same day (wire
	// copy that several outlets carry: "He said police found a box ...");
	// a happening never merges into one.
	if c.kind.class() == kindStatement || cl.class == kindStatement {
		if c.basis == "" && c.kind.class() == cl.class && a == cl.first && b == cl.last {
			if sim := m.simTo(cl, c); sim >= sameWords {
				return sim, true
			}
		}
		return 0, false
	}
	// Two kinds the vocabulary tells apart (a launch and a meeting) are two
	// happenings, however many words their sentences share ("While Kim
	// visited Russia on Wednesday, North Korea fired two missiles").
	if k := c.kind.class(); k != kindOther && cl.class != kindOther && k != cl.class {
		return 0, false
	}
	// Names that most articles of the story use (its protagonists) do not
	// tell its happenings apart; the other names do. A name that only one
	// article uses (its spokesman, the town its fire crews came from) no
	// other article can confirm or deny: it sets neither a sentence dated
	// by its own words nor a cluster apart. A sentence whose date says
	// less of which happening it tells (a headline or lead dated by its
	// publication, a statement offering the happening it reports) is set
	// apart by any name of its own; a statement offering a happening of a
	// day before its own, by any name of the cluster's too. A statement
	// of the happening's own day is joined to a cluster by a name half the articles use
	// but not three in four ("the Betty Ford Center" in a story of two
	// rehab clinics): the name it shares tells which of a day's happenings
	// it reports. The given names a mention dated to the happening's one
	// day adds to a family name the happening's sources use ("Ann and Tom
	// Kerr" beside "the Kerrs") are no name of its own (givenName).
	// People of one nationality are not those of another: "a British
	// climber" is not the Australian one the cluster tells of.
	if len(cl.nations) > 0 {
		ours, theirs := false, false
		for _, n := range c.nids {
			if m.nation[n] {
				ours = true
				theirs = theirs || cl.nations[n]
			}
		}
		if ours && !theirs {
			return 0, false
		}
	}
	if r0, r1 := candRange(c); r0 == r1 && cl.first == r0 && cl.last == r1 {
		// Two sentences of one day that name the same odd minute tell
		// one happening, whatever names each adds (see clockOf): one
		// word in common is enough.
		if m.clock >= 0 && slices.Contains(cl.clocks, m.clock) && cl.prof.meets(c.ids) {
			return m.simTo(cl, c), true
		}
		// A happening that a sentence names by its day ("follows the
		// crush on 12 April in which 12 supporters died", "Tuesday's vote
		// was largely peaceful") is the happening of that day whose dated
		// sources, headlines and leads name its kind (datedNoun): the
		// noun is the word they share, whatever else the sentence tells
		// (the decision it dates by the crush), when it names no one the
		// happening does not.
		if m.noun >= 0 && cl.core.count(m.noun) > 0 && m.namesIn(cl, c) {
			return m.simTo(cl, c), true
		}
	}
	d0, day := candRange(c)
	// (A mention dated by its own words to the one day of a happening of
	// that day: see givenName.)
	oneDay := c.basis == "" && d0 == day && cl.first == day && cl.last == day
	own, shared := 0, false
	for _, n := range c.nids {
		if m.nation[n] {
			continue
		}
		if cl.names[n] && (!m.common(n) || c.basis == "reported" && cl.first == day && !m.protagonist(n)) {
			shared = true
			break
		}
		if m.common(n) {
			continue
		}
		if (c.basis != "" || m.ndf[n] >= 2) && !(oneDay && (m.givenName(cl, c, n) || m.asideName(c, n))) {
			own++
		}
	}
	if own > 0 && !shared && m.distinct(cl, c.basis != "reported" || cl.first == day) {
		return 0, false
	}
	limit := sameHappening
	switch c.basis {
	case "published", "reported":
		limit = sameNews
	case "article":
		limit = sameArticle
	}
	// Reports of one day that name the same kind of happening in other
	// words ("opened fire ..., killing two workers" and "shot three
	// co-workers, killing two") share few words beyond it: when no name
	// sets them apart (above), the kind tells the happening. So does a
	// statement's report whose time stands in what it tells ("the company
	// said its team discovered the intrusion on Jan. 11", see tellsTime):
	// the time dates the happening, as a dated mention's does.
	if r0, r1 := candRange(c); (c.basis == "" || c.basis == "reported" && c.tellsTime()) && r0 == r1 && cl.first == r0 && cl.last == r1 && m.sameKind(cl, c) {
		limit = sameDayKind
	}
	// So does a statement of the happening's own day that reports it in
	// other words ("Firefighters said on Tuesday that a blast tore through
	// the bakery" beside "A gas explosion destroyed the bakery on
	// Tuesday"): it joins as one more source, and its statement stays an
	// event of its own where it is news in itself (statementsToReported).
	// The happening must be dated by a source's own words: a cluster of
	// the day's headlines alone dates nothing the statement could report,
	// and one joined would keep them from the happening they tell. It
	// must be another article's too (the statement's own article tells it
	// with its headline, which the lead's statement joins), and the
	// statement may name no one the happening's articles do not ("Police
	// arrested Martin Pryce, his lawyer said" is not "MP arrested":
	// namesWithin). It must tell an act, dated by its own words, not a
	// state or what is to come (reportsAct).
	if _, r1 := candRange(c); c.basis == "reported" && !(len(cl.docs) == 1 && cl.docs[c.doc]) && cl.first == r1 && cl.last == r1 && cl.dated > 0 && m.sameKind(cl, c) && m.namesWithin(cl, c) && c.reportsAct() {
		limit = sameDayKind
	}
	// "Hale was charged earlier this month" and "Hale was charged on
	// Thursday": a coarser date that holds the happening's one day, and
	// the same kind of happening, with no name that sets them apart. When
	// the vocabulary's kinds of the two differ (one names a launch or a
	// signing, the other none it knows), nothing but that word of a
	// happening tells them one: it must be the happening the day's sources
	// name most (mainKind), not one a source of the day recalls in passing
	// ("resigned on Monday, four days after the company admitted ..." is
	// not "the company admitted in March ...").
	if c.basis == "" && c.date.Gran < timeline.Day && cl.first == cl.last && a <= cl.first && cl.last <= b && m.sameKind(cl, c) && m.namesWithin(cl, c) &&
		(c.kind.class() == cl.class || m.mainKind(cl, c)) {
		limit = sameCoarseKind
	}
	// Background that later articles retell by the same year or month
	// ("the council approved the bypass in 2018", "the scheme was approved
	// in 2018") is one happening when another article dates it by that same
	// span and names the same kind of happening, with no name that sets
	// them apart: each article wraps its own words around the retelling, as
	// reports of one day do (sameDayKind). Two happenings of one kind in
	// one year that several articles recall are rare in a story; the same
	// article's mentions of its span are left to their words.
	if c.basis == "" && c.date.Gran < timeline.Day && cl.first == a && cl.last == b && !cl.datedDocs[c.doc] && m.sameKind(cl, c) && m.namesWithin(cl, c) {
		limit = sameDayKind
	}
	if !cl.prof.meets(c.ids) {
		// No stem of c in any member: simTo is 0, under every limit.
		return 0, false
	}
	sim := m.simTo(cl, c)
	return sim, sim >= limit
}

// givenName reports whether name n stands in c's sentence as a given name
// of a family name that cl names and most of the story's articles use
// ("Ann and Tom Kerr", "Ann Kerr" beside "the Kerrs" or "Kerr"): the
// given names one report adds tell who of the family it means, not
// another happening; the family name the two share is that happening's.
func (m *merger) givenName(cl *cluster, c *candidate, n sid) bool {
	g := m.given.of(m, c.stext)
	ws := g.ws
	family := func(k int) bool {
		id := g.keys[k]
		return id >= 0 && g.caps[k] && cl.names[id] && m.common(id)
	}
	fam := -1
	for k := 0; k+1 < len(ws) && fam < 0; k++ {
		if g.keys[k] != n || n < 0 || !g.caps[k] || ws[k+1].comma {
			continue
		}
		if family(k + 1) {
			fam = k + 1
		} else if k+3 < len(ws) && ws[k+1].w == "and" && g.caps[k+2] && !ws[k+2].comma && !ws[k+3].comma && family(k+3) {
			// "Ann and Tom Kerr": the first of two given names.
			fam = k + 3
		}
	}
	if fam < 0 {
		return false
	}
	// A happening whose sources give the family name a given name of its
	// own tells of another of the family ("John Kerr was arrested"
	// beside "the body of Kathryn Kerr was found"), not of this one.
	f := g.keys[fam]
	for _, x := range cl.members {
		xt := x.stext
		xs := words(xt, 0, len(xt))
		for k := 1; k < len(xs); k++ {
			if id, ok := m.num["\x00"+nameKey(xs[k].w)]; !ok || id != f || xs[k].comma {
				continue
			}
			r, _ := utf8.DecodeRuneInString(xt[xs[k-1].i:xs[k-1].j])
			g, ok := m.num["\x00"+xs[k-1].w]
			if unicode.IsUpper(r) && ok && !slices.Contains(c.nids, g) {
				return false
			}
		}
	}
	return true
}

// asideName reports whether name n stands in c's sentence only inside a
// clause set off by commas on its subject, before its main verb ("The
// inquiry, led by retired judge Ann Lee, began hearings on Monday", "Kerr,
// who chairs the board, was arrested on Friday"): that clause says who the
// subject is or what it did before, not which happening the sentence
// tells, and a report of the same day that leaves it out tells the same
// one. A name of the main clause ("Ann Lee began hearings"), of an
// apposition that names the subject ("The suspect, Tom Baker, was
// arrested"), or of a clause after the verb (", killing Tom Baker") still
// sets the sentence apart.
func (m *merger) asideName(c *candidate, n sid) bool {
	a := &m.aside
	if !a.set || a.doc != c.doc || a.start != c.sent.start || a.end != c.sent.end {
		a.doc, a.start, a.end, a.set = c.doc, c.sent.start, c.sent.end, true
		a.ids = a.ids[:0]
		t := c.stext
		ws := words(t, 0, len(t))
		cs := appendClauses(nil, t, ws)
		in := func(k int) bool {
			for i := range cs {
				x := &cs[i]
				if x.parent == 0 && !x.late && x.verb >= 0 && x.from > 0 && x.from <= k && k < x.to && ws[x.from].comma && x.to < len(ws) && ws[x.to].comma &&
					(x.kind == clRelative || x.kind == clReduced || x.kind == clAside) {
					return true
				}
			}
			return false
		}
		var out []sid
		for k := range ws {
			id, ok := m.num["\x00"+nameKey(ws[k].w)]
			if !ok {
				continue
			}
			if in(k) {
				a.ids = append(a.ids, id)
			} else {
				out = append(out, id)
			}
		}
		a.ids = slices.DeleteFunc(a.ids, func(id sid) bool { return slices.Contains(out, id) })
	}
	return slices.Contains(a.ids, n)
}

// givenWords is what givenName reads of a sentence's words: the words,
// the number of each as a name (nameKey; -1 for none) and whether it opens
// with a capital. score asks givenName of one sentence for each name of
// it and each cluster it tries: the words are cut and looked up once.
type givenWords struct {
	t    string
	set  bool
	ws   []word
	keys []sid
	caps []bool
}

// of is t's words, worked out when t is not the last sentence asked of.
func (g *givenWords) of(m *merger, t string) *givenWords {
	if g.set && g.t == t {
		return g
	}
	g.t, g.set = t, true
	g.ws = appendWords(g.ws[:0], t, 0, len(t))
	g.keys, g.caps = g.keys[:0], g.caps[:0]
	for _, w := range g.ws {
		id, ok := m.num["\x00"+nameKey(w.w)]
		if !ok {
			id = -1
		}
		r, _ := utf8.DecodeRuneInString(t[w.i:w.j])
		g.keys, g.caps = append(g.keys, id), append(g.caps, unicode.IsUpper(r))
	}
	return g
}

// headlinesToLeads gives each headline that no other source joined, an
// event of its own dated by its publication, to the happening its own lead
// dates, when it names a word of it (ownLead): "Blackout in Yarrow Sound"
// is the blackout of Friday its lead tells of, not news of the Saturday it
// was published. It runs last, so that the headlines of several articles
// that tell one happening first find each other.
//
// A headline that other articles' own news joined first, with no source
// that dates it ("Boy returns to Cuba with father", which another
// article's undated "Castro greeted the boy's father at the airport"
// joined), takes them along: they told the headline's happening.
func (m *merger) headlinesToLeads() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || !isHeadline(cl.members[0]) {
			continue
		}
		c := cl.members[0]
		if slices.ContainsFunc(cl.members[1:], func(x *candidate) bool { return x.basis != "published" || x.doc == c.doc }) {
			continue
		}
		if best, _ := m.ownLeadOf(c); best != nil && !m.sequelBefore(cl, best, c) {
			for _, x := range cl.members {
				if _, pub := candRange(x); best.first != pub && x.doc == c.doc {
					// Dated by its lead, not by its publication: a
					// sentence that repeats a happening its article
					// dates elsewhere.
					x.basis = "article"
				}
				m.add(best, x)
			}
			cl.dead = true
		}
	}
}

// sequelBefore reports whether the headline c, with its article's first
// sentence in cl, would go to best, a happening before its publication,
// when that sentence's act answers, follows or undoes an earlier happening
// (sequelLead: "The swing bridge has reopened" under "Swing bridge
// reopens") and no sentence of the article in best tells that act
// (leadTold): best is then the happening before ("The bridge was closed on
// Monday"), not the headline's news.
func (m *merger) sequelBefore(cl, best *cluster, c *candidate) bool {
	if _, pub := candRange(c); best.first >= pub {
		return false
	}
	// The headline may stand for its lead: then its text is the lead's.
	i := slices.IndexFunc(cl.members, func(l *candidate) bool {
		return l.doc == c.doc && l.sent.index <= 1 && l.basis == "published" && sequelLead(l.stext)
	})
	if i < 0 {
		return false
	}
	l := cl.members[i]
	return !slices.ContainsFunc(best.members, func(x *candidate) bool { return x.doc == c.doc && x.basis == "" && m.leadTold(l, x) })
}

// anaphoricNouns stand, after "the", for the news the lead told
// (leadsToAnaphora; data/words.txt).
var anaphoricNouns = wordSet("anaphoric-nouns")

// leadsToAnaphora gives an article's lead that no date of its own dates,
// alone an event of its publication day, to the happening of the next
// sentence when that sentence dates it by its words in the days before
// and names it again as "the announcement", "the decision" ...: "Uganda
// has declared its Marburg outbreak over." then "The health minister made
// the announcement on Thursday 16 November ...". The article's headline,
// alone too and in the lead's words, goes with it.
func (m *merger) leadsToAnaphora() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || len(cl.members) > 2 {
			continue
		}
		// The lead, alone or with its own headline.
		i := slices.IndexFunc(cl.members, func(x *candidate) bool { return x.sent.index > 0 })
		if i < 0 || slices.ContainsFunc(cl.members, func(x *candidate) bool {
			return x.doc != cl.members[i].doc || x.basis != "published" || x.sent.index > 0 && x != cl.members[i]
		}) {
			continue
		}
		c := cl.members[i]
		if !c.lead {
			continue
		}
		_, pub := candRange(c)
		own := m.byDoc.of(c.doc)
		if slices.ContainsFunc(own, func(o *cluster) bool {
			return slices.ContainsFunc(o.members, func(x *candidate) bool { return x.doc == c.doc && x.basis == "" && x.sent.index < c.sent.index })
		}) {
			continue // the article told a dated happening first: that is its news
		}
		// A lead whose act answers, follows or undoes an earlier happening
		// ("The bridge has reopened", "has been charged with the murder")
		// is told again by the sentence after only in its own act; the
		// words it shares with that sentence may name the happening before
		// it ("The bridge was closed on Sunday", "was found dead on
		// Sunday").
		sequel := sequelLead(c.stext)
		for _, o := range own[max(0, len(own)-probeClusters):] {
			if o == cl || o.dead || o.first > pub || o.first < pub-newsDays || o.last-o.first > spanDays {
				continue
			}
			if !slices.ContainsFunc(o.members, func(x *candidate) bool {
				return x.doc == c.doc && x.basis == "" && x.sent.index > c.sent.index && x.sent.index <= c.sent.index+2 &&
					(namesAgain(x.stext) || bagCosine(c.ids, x.ids) >= sameLeadNext && (!sequel || m.leadTold(c, x)))
			}) {
				continue
			}
			m.moveArticleDated(cl, o)
			for _, h := range own {
				if h != o && !h.dead && h.dated == 0 && len(h.members) == 1 && isHeadline(h.members[0]) && bagCosine(h.members[0].ids, c.ids) >= sameNews {
					h.members[0].basis = "article"
					m.add(o, h.members[0])
					h.dead = true
				}
			}
			break
		}
	}
}

// sameLeadNext is the cosine at which an undated lead and the dated
// sentence right after it (a byline may stand between) tell one happening:
// "Brightmoor's former finance director has admitted false accounting" and
// "Nigel Varty ... pleaded guilty to two counts of false accounting ...
// yesterday".
const sameLeadNext = 0.15

// namesAgain reports whether a sentence names the news told before it by
// "the" and a noun of anaphoricNouns ("made the announcement").
func namesAgain(s string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	for i := 1; i < len(ws); i++ {
		if strings.EqualFold(ws[i-1], "the") && inSet(anaphoricNouns, strings.TrimRight(ws[i], ",;:.")) {
			return true
		}
	}
	return false
}

// sameHeadlineLead is the cosine at which an article's headline and its
// undated lead tell one happening ("Ferreira takes doping ban to Court of
// Arbitration for Sport" and "Tomás Ferreira has appealed against his
// four-year doping ban ...": a headline shares few words).
const sameHeadlineLead = 0.2

// leadsToHeadlines gives an article's lead that no date of its own dates,
// alone an event of its article's publication day, to the happening its
// headline joined when its article dates that happening by its words in
// the days before, and the lead and the headline share words
// (sameHeadlineLead): "The government has declared a public health emergency ..." under
// "Uganda declares public health emergency ...", whose article dates the
// declaration to "last evening" in its next sentence.
func (m *merger) leadsToHeadlines() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || len(cl.members) != 1 {
			continue
		}
		c := cl.members[0]
		if c.basis != "published" || !c.lead || c.sent.index == 0 {
			continue
		}
		_, pub := candRange(c)
		own := m.byDoc.of(c.doc)
		for _, o := range own[max(0, len(own)-probeClusters):] {
			if o == cl || o.dead || !o.datedDocs[c.doc] || o.first >= pub || o.first < pub-newsDays || o.last-o.first > spanDays {
				continue
			}
			i := slices.IndexFunc(o.members, func(h *candidate) bool { return h.doc == c.doc && h.sent.index == 0 && h.tx.End == h.tx.Start })
			if i < 0 || bagCosine(o.members[i].ids, c.ids) < sameHeadlineLead {
				continue
			}
			c.basis = "article"
			m.add(o, c)
			cl.dead = true
			break
		}
	}
}

// ownLeadOf returns the happening of its own article's lead that the
// headline c tells (ownLead), and the cosine that ranks it; or nil.
func (m *merger) ownLeadOf(c *candidate) (*cluster, float64) {
	if !isHeadline(c) {
		return nil, 0
	}
	var best *cluster
	bestSim, bestRep := 0.0, false
	own := m.byDoc.of(c.doc)
	for _, o := range own[max(0, len(own)-probeClusters):] {
		if o.dead || len(o.members) == 1 && o.members[0] == c {
			continue
		}
		// On a tie, the happening a lead's statement reports before the
		// statement ("First U.S. death from flu" over "A boy has died of
		// the flu, officials said Tuesday": one sentence, both clusters).
		if sim, rep, ok := m.ownLead(o, c); ok && (best == nil || sim > bestSim || sim == bestSim && (rep && !bestRep || rep == bestRep && m.before(o, best, c))) {
			best, bestSim, bestRep = o, sim, rep
		}
	}
	return best, bestSim
}

// ownOverOther returns the happening the headline c's own lead dates in
// its last days (ownLeadOf), when c would join best, a happening its
// article does not date, and the headline shares with that lead a word in
// lower case that best's sources never use: "Dive school owner flies to
// Malta as questions mount over fatal dive" is the owner's flight its lead
// dates "on Thursday" ("The owner of the Gozo dive school flew to Malta"),
// not the bodies found the day before that other articles report, whose
// "fatal dive" it names too. A headline that tells its lead
// in words best has too joins best, as does one whose lead dates nothing
// of the days before its publication (a lead of the day itself may tell
// the happening of the day before in other words), or the day of best
// (two happenings of one day are the merge's to tell apart, not a date's).
func (m *merger) ownOverOther(c *candidate, best *cluster) *cluster {
	if !isHeadline(c) {
		return nil
	}
	_, pub := candRange(c)
	leadOf := func(o *cluster) bool {
		return o != best && o.first != best.first && o.first >= pub-newsDays && o.first < pub && o.datedDocs[c.doc] &&
			slices.ContainsFunc(o.members, func(x *candidate) bool { return x.doc == c.doc && x.lead && x.basis == "" })
	}
	all := m.byDoc.of(c.doc)
	if !slices.ContainsFunc(all[max(0, len(all)-probeClusters):], leadOf) {
		return m.leadOfKind(c, best) // first the test that costs least
	}
	own, _ := m.ownLeadOf(c)
	if own == nil || !leadOf(own) {
		return m.leadOfKind(c, best)
	}
	for _, w := range words(c.stext, 0, len(c.stext)) {
		if unicode.IsUpper(rune(c.stext[w.i])) {
			continue
		}
		id, ok := m.num[m.lx.token(w.w)]
		if !ok || best.prof.count(id) > 0 || !slices.Contains(c.ids, id) {
			continue
		}
		if slices.ContainsFunc(own.members, func(x *candidate) bool {
			return x.doc == c.doc && x.lead && x.basis == "" && slices.Contains(x.ids, id)
		}) {
			return own
		}
	}
	return nil
}

// leadOfKind returns the one happening of the headline c's article that
// its lead dates in the days before its publication in a verb of the list
// (sameVerbs) of a verb of the headline's own news, before any "after" or
// "as" that gives its cause, when best, which c would join, has no verb of
// that list: "State shuts 14 bridges for checks after
// bridge collapse" is the closing its lead dates ("Fourteen bridges were
// closed to traffic Tuesday"), not the reopening of some of them the day
// after, nor the collapse of weeks before that its words name more often.
// The lead's happening may be of the publication day itself when best is
// of a day before: "U.S. safety investigators arrive at bridge collapse
// as toll rises" is their arrival its lead dates "on Tuesday", the day of
// publication, not the collapse of Monday. Two such happenings, or none,
// leave c to best.
func (m *merger) leadOfKind(c *candidate, best *cluster) *cluster {
	if !isHeadline(c) {
		return nil
	}
	_, pub := candRange(c)
	own := m.byDoc.of(c.doc)
	own = own[max(0, len(own)-probeClusters):]
	var lists []int // of sameVerbs
	m.kindRoom = appendWords(m.kindRoom[:0], c.stext, 0, len(c.stext))
	for _, w := range m.kindRoom {
		if causeOpeners.Has(w.w) {
			break
		}
		if unicode.IsUpper(rune(c.stext[w.i])) {
			continue
		}
		for i, l := range sameVerbs {
			if l.Has(w.w) && !slices.Contains(lists, i) {
				lists = append(lists, i)
			}
		}
	}
	if len(lists) == 0 {
		return nil
	}
	// The members' words are cut in the room the headline's were
	// (kindRoom): echo asks of every headline, best may hold many members.
	tells := func(x *candidate, l wordset.Set) bool {
		m.kindRoom = appendWords(m.kindRoom[:0], x.stext, 0, len(x.stext))
		return slices.ContainsFunc(m.kindRoom, func(w word) bool { return l.Has(w.w) })
	}
	var to *cluster
	for _, i := range lists {
		l := sameVerbs[i]
		if slices.ContainsFunc(best.members, func(x *candidate) bool { return tells(x, l) }) {
			return nil // best tells that kind too: the merge's to tell apart
		}
		for _, o := range own {
			if o.dead || o == to || o == best || o.first == best.first || o.first < pub-newsDays || o.first > pub || o.first == pub && best.first >= pub || !o.datedDocs[c.doc] || !slices.ContainsFunc(o.members, func(x *candidate) bool {
				return x.doc == c.doc && x.lead && x.basis == "" && tells(x, l)
			}) {
				continue
			}
			if to != nil {
				return nil
			}
			to = o
		}
	}
	return to
}

// causeOpeners open a headline's cause or circumstance, after its own news
// ("after", "as", "amid"; data/words.txt).
var causeOpeners = wordSet("cause-openers")

// toOwnLead adds the headline c to own, the happening its own lead dates
// (ownLeadOf): dated by its lead, not by its publication.
func (m *merger) toOwnLead(c *candidate, own *cluster) {
	if _, pub := candRange(c); own.first != pub {
		c.basis = "article"
	}
	m.add(own, c)
}

// isHeadline reports whether c is its article's headline, telling the
// article's own news with no date of its own.
func isHeadline(c *candidate) bool {
	return c.basis == "published" && c.sent.index == 0
}

// ownLead reports whether cl is the happening that the lead of c's article
// dates (a sentence of the lead dated by its own words, a statement too,
// begun in the three weeks up to its publication) and the headline c names
// a word of it: "Blackout in Yarrow Sound" over "Power went out across
// Yarrow Sound on Friday". A headline tells its article's main news, which
// its lead dates; it shares few words with the lead, and fewer with other
// articles' reports. The cosine with that sentence ranks the lead's
// happenings.
func (m *merger) ownLead(cl *cluster, c *candidate) (float64, bool, bool) {
	ahead := int64(0)
	if headlineAhead(c.title) || c.title == "" && headlineAhead(c.stext) {
		// "Kagadi schools to close as Marburg spreads": the closure its
		// lead dates to the Monday after.
		ahead = aheadDays
	}
	if _, pub := candRange(c); cl.first > pub+ahead || cl.first < pub-echoDays || cl.last-cl.first > spanDays {
		return 0, false, false
	}
	best, rep, ok := 0.0, false, false
	for _, x := range cl.members {
		if x.doc != c.doc || !x.lead || x.basis != "" && x.basis != "reported" {
			continue
		}
		if x.basis == "reported" && looksAhead(x.stext, words(x.stext, 0, len(x.stext))) {
			continue // "Seoul said it would reconsider ...": no happening of before
		}
		if sim := bagCosine(c.ids, x.ids); sim > 0 && (sim > best || sim == best && (!ok || x.basis == "reported")) &&
			!m.nameWordsOnly(c.stext, x.stext) { // not "kidney drug" and "the Food and Drug Administration"
			best, rep, ok = sim, x.basis == "reported", true
		}
	}
	return best, rep, ok
}

// nameWordsOnly reports whether each word that the headline h shares with
// the sentence s is, in s, a capitalised word inside a name while the
// headline has it in lower case: "Halvard prices kidney drug at $95,000"
// shares only "drug" with "... which the Food and Drug Administration
// cleared on 14 May ...", which names no drug of its own. A
// name both capitalise ("Blackout in Yarrow Sound" and "Power went out
// across Yarrow Sound on Friday"), or a lower-case word of s, is shared.
func (m *merger) nameWordsOnly(h, s string) bool {
	r := &m.nameRoom
	low, up := m.headTokens(h)
	shared := false
	r.ws = appendWords(r.ws[:0], s, 0, len(s))
	for k, w := range r.ws {
		t := m.lx.token(w.w)
		if t == "" {
			continue
		}
		if slices.Contains(up, t) {
			return false
		}
		if !slices.Contains(low, t) {
			continue
		}
		if k == 0 || !unicode.IsUpper(rune(s[w.i])) {
			return false
		}
		shared = true
	}
	return shared
}

// aheadDays is how far ahead of its publication a headline that looks
// ahead may tell its lead's happening.
const aheadDays = 7

// headlineAhead reports whether a headline tells what is to come in the
// headline's "to" and a verb: "Kagadi schools to close as Marburg spreads",
// "Minister to resign" (not "Toll rises to 12", "Trip to Paris", "Shift to
// the right", "up to").
func headlineAhead(t string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "to" {
			continue
		}
		next := ws[i+1]
		if !isLower(next) || determiners.Has(next) || possessivePronouns.Has(next) || prepositions.Has(next) || measureNumbers.Has(next) || strings.ContainsAny(next, "0123456789") {
			continue
		}
		if inSet(prepositions, ws[i-1]) {
			continue // "up to", "close to"
		}
		// (A verb's "to" before a noun, "Pupils return to school", is
		// taken too: such a headline joins only a happening of its own
		// lead that lies ahead, which it then tells.)
		return true
	}
	return false
}

// coarseNewsStatement reports whether c, a week's or a month's retelling
// of a happening ("In February the company recalled about 212,000 older
// Vantors"), is the happening that a statement of a day in it tells as an
// article's news: "Kestrel Motors is recalling about 212,000 Vantor sport
// utility vehicles ..., the U.S. auto safety regulator said on Wednesday",
// the lead of its article, is the recall, whatever verb of saying dates
// it. Every dated source of the statement must be a lead, and name no kind
// of happening c does not name ("Police said on Tuesday they had arrested
// a man over the March killing" is no killing of Tuesday); c must name
// one of them, a name the statement names and none its articles do not
// use (namesWithin), tell no happening to come ("Owners of the newly
// recalled vehicles will be notified by mail in late May"), and agree in
// words as a retelling of the same kind does (sameCoarseKind).
func (m *merger) coarseNewsStatement(cl *cluster, c *candidate, a, b int64) bool {
	if c.basis != "" || cl.class != kindStatement || c.kind.class() == kindStatement ||
		c.date.Gran != timeline.Week && c.date.Gran != timeline.Month || !c.endDate().IsZero() ||
		cl.first != cl.last || cl.first < a || cl.first > b || !m.sameKind(cl, c) || !m.namesWithin(cl, c) ||
		!slices.ContainsFunc(c.nids, func(n sid) bool { return cl.names[n] && !m.nation[n] }) ||
		c.looksAheadInClause() {
		return false
	}
	for _, x := range cl.members {
		if x.basis != "" {
			continue
		}
		if !x.lead {
			return false
		}
		for _, s := range x.ids {
			if int(s) < len(m.happening) && m.happening[s] && !slices.Contains(c.ids, s) {
				return false
			}
		}
	}
	return m.simTo(cl, c) >= sameCoarseKind
}

// looksAheadInClause reports whether c's clause, up to the first comma
// after its time, has a word that looks ahead ("will be notified in late
// May"; not "agreed in June to buy it, saying the company would ...").
func (c *candidate) looksAheadInClause() bool {
	seg, t := c.inSentence()
	if seg[0] < 0 || seg[1] > len(c.stext) || seg[0] >= seg[1] || t.End < seg[0] || t.End > seg[1] {
		return looksAhead(c.stext, words(c.stext, 0, len(c.stext)))
	}
	if i := strings.Index(c.stext[t.End:seg[1]], ", "); i >= 0 {
		seg[1] = t.End + i
	}
	return looksAhead(c.stext, words(c.stext, seg[0], seg[1]))
}

// laterSpan reports whether c's time is the rest of a week, month or year
// after its article's day ("later this month", "later this year").
func (c *candidate) laterSpan() bool {
	t := c.tx.Text
	return len(t) > len("later ") && strings.EqualFold(t[:len("later ")], "later ")
}

// namesWithin reports whether every name of c but a nationality is one
// of cl's: "Jamal Williams is the second player this month to be
// arrested" is not the arrest of the cluster's Vincent Jackson, however
// many of the story's articles name both. A name no other article uses
// ("Volunteers from Kessing helped with the fire in Brell in March") no
// other article can confirm or deny: it is let be when c shares another
// name with cl, never when it is all c names.
func (m *merger) namesWithin(cl *cluster, c *candidate) bool {
	shared, alone := false, false
	for _, n := range c.nids {
		switch {
		case m.nation[n]:
		case cl.names[n]:
			shared = true
		case m.namedByArticles(cl, n):
		case int(n) < len(m.ndf) && m.ndf[n] < 2:
			alone = true
		default:
			return false
		}
	}
	return !alone || shared
}

// namedByArticles reports whether one of the articles of cl (the first
// dozen of its members' articles, in the order they joined) names n in any
// sentence: "Kessler, who has pleaded not guilty, was charged in February"
// names the doctor that the charge's report names below its lead ("Dr.
// Alan Kessler surrendered ..."). (Not the first dozen of cl.docs: a map
// gives its keys in another order at each range.)
func (m *merger) namedByArticles(cl *cluster, n sid) bool {
	var met [12]int
	k := 0
	for _, c := range cl.members {
		d := c.doc
		if slices.Contains(met[:k], d) {
			continue
		}
		if d < len(m.docNames) {
			if _, ok := slices.BinarySearch(m.docNames[d], n); ok {
				return true
			}
		}
		met[k] = d
		if k++; k == len(met) {
			break
		}
	}
	return false
}

// sameKind reports whether c names the kind of happening that cl's core
// names ("opened fire" and "the shooting").
func (m *merger) sameKind(cl *cluster, c *candidate) bool {
	for _, s := range c.ids {
		if int(s) < len(m.happening) && m.happening[s] && cl.core.count(s) > 0 {
			return true
		}
	}
	return false
}

// mainKind reports whether c names the kind of happening that cl's core
// names most often (one of them when several tie): the happening the
// day's sources tell, not the background a few of them recall.
func (m *merger) mainKind(cl *cluster, c *candidate) bool {
	most := int32(0)
	for _, t := range cl.core.counts {
		if t.n > most && int(t.s) < len(m.happening) && m.happening[t.s] {
			most = t.n
		}
	}
	for _, s := range c.ids {
		if int(s) < len(m.happening) && m.happening[s] && cl.core.count(s) == most && most > 0 {
			return true
		}
	}
	return false
}

// simTo is how well c's words agree with cl's: the cosine against what the
// cluster's dated sources, headlines and leads say (core), or against one
// of its latest such members.
func (m *merger) simTo(cl *cluster, c *candidate) float64 {
	sim := cl.core.cosine(c.ids)
	for _, x := range cl.members[max(0, len(cl.members)-linkMembers):] {
		if x.basis == "article" || x.basis == "reported" {
			continue
		}
		sim = max(sim, bagCosine(c.ids, x.ids))
	}
	return sim
}

// compatible reports whether c can be the happening cl reports, and how
// many actors they share (the better match wins when several fit).
func compatible(cl *cluster, c *candidate) (int, bool) {
	a, b := candRange(c)
	if !(a >= cl.first && b <= cl.last) && !(cl.first >= a && cl.last <= b) {
		return 0, false
	}
	if c.kind.class() != cl.class || cl.class == kindOther {
		// A clause whose verb we do not know ("last saw") is the event
		// of the same day with the same two people.
		if c.kind != kindOther || cl.class == kindStatement || a != cl.first || b != cl.last {
			return 0, false
		}
		n := 0
		for _, p := range c.m.persons {
			if cl.persons[p] {
				n++
			}
		}
		return 10000 * n, n >= 2
	}
	shared := 0
	for _, x := range c.m.actors {
		if cl.actors[x] {
			shared++
		}
	}
	sharedPersons := 0
	for _, x := range c.m.persons {
		if cl.persons[x] {
			sharedPersons++
		}
	}
	// Several events may fit a coarse mention ("last September"): the one
	// sharing the most people, then the one most reported, takes it.
	// (Sources dated only by their article, or by a statement, do not
	// count: they follow the happening, they do not say when it was.)
	score := 10000*sharedPersons + 100*min(99, cl.dated) + shared
	switch cl.class {
	case kindStatement:
		// The same statement: the same speaker, or the same body (a G7
		// statement, not just "the United States"), on the same day.
		sameOrg := false
		for _, x := range c.m.actors {
			if !isCountry[x] && !isPersonName(x) && cl.actors[x] {
				sameOrg = true
			}
		}
		return score, (sharedPersons > 0 || sameOrg || sameSpeaker(cl, c)) && a == cl.first && b == cl.last
	case kindMeeting, kindSigning:
		// "The summit in September", naming nobody, is the summit of
		// that September the articles report most.
		anonymous := len(c.m.actors) == 0 && c.date.Gran < timeline.Day && c.kind.key()
		return score, sharedPersons > 0 || (len(c.m.persons) == 0 && shared >= 2) || anonymous
	case kindLaunch:
		return score, shared > 0
	}
	return 0, false
}

// speaker is the name a clause gives the one who speaks: the capitalised
// word just before a reporting verb ("Jobs said", "Kirby told", "Marsh
// announced"),
// lower-cased, or "". Statements by a speaker the built-in lists do not
// know are told apart by it.
func speaker(c *candidate) string {
	if c.stext == "" || c.seg[0] < c.sent.start || c.seg[1]-c.sent.start > len(c.stext) {
		return ""
	}
	clause := c.stext[c.seg[0]-c.sent.start : c.seg[1]-c.sent.start]
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, clause)
	for i := 1; i < len(ws); i++ {
		if v := strings.ToLower(strings.Trim(ws[i], ",.;:")); !reportingVerbs.Has(v) && !announcingVerbs.Has(v) {
			continue
		}
		w := strings.Trim(ws[i-1], ",.;:\"“”'’")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !inSet(determiners, w) {
			return strings.ToLower(w)
		}
	}
	return ""
}

// sameSpeaker reports whether c's speaker speaks in one of cl's latest
// statements.
func sameSpeaker(cl *cluster, c *candidate) bool {
	who := speaker(c)
	if who == "" {
		return false
	}
	for _, x := range cl.members[max(0, len(cl.members)-linkMembers):] {
		if x.basis == "" && speaker(x) == who {
			return true
		}
	}
	return false
}

// toEvent builds the published event of a cluster.
func toEvent(cl *cluster, arts []timeline.Article, shifts []int, leaders map[string]bool, lower map[string]bool) timeline.Event {
	// A source written before the happening's first day (a preview: "The
	// judge set a trial date of Oct. 3") titles it only when no report
	// written since does ("The bribery trial opened on Monday ...").
	preview := func(c *candidate) bool {
		p, _ := dayNum(arts[c.doc].Published)
		return p < cl.first
	}
	// Each member's title traits are read once: a cluster of n sources
	// compares n-1 pairs, and the best of them is in every pair.
	best, bt := cl.members[0], traitsOf(cl.members[0])
	for _, m := range cl.members[1:] {
		if sm, sb := m.priority >= sayingTold && best.priority < 4, best.priority >= sayingTold && m.priority < 4; sm != sb {
			// (A saying's title on the time of what it tells titles no
			// happening another source tells: see sayingTold.)
			if sb {
				best, bt = m, traitsOf(m)
			}
			continue
		}
		if rm, rb := joinedStatement(m) && best.basis != "reported" && best.priority < 4, joinedStatement(best) && m.basis != "reported" && m.priority < 4; rm != rb {
			// A statement of the happening's own day joined as one more
			// source of it (reportsAct: "His lawyer told reporters on
			// Monday, when the trial opened, that ...") tells the
			// saying, which stays an event of its own under its own
			// title: a source that tells the happening itself titles
			// it, a preview too ("goes on trial on Monday"), or the
			// day would show the saying's title twice.
			if rb {
				best, bt = m, traitsOf(m)
			}
			continue
		}
		if pm, pb := preview(m), preview(best); pm != pb {
			if pb {
				best, bt = m, traitsOf(m)
			}
			continue
		}
		if mt := traitsOf(m); betterTraits(m, best, &mt, &bt) {
			best, bt = m, mt
		}
	}
	first := cl.members[0]
	e := timeline.Event{
		Date:    first.date,
		End:     first.endDate(),
		Title:   leadInCase(trimDangling(withoutStamp(eventTitle(best)), best.stext), lower),
		Summary: foldSpace(best.stext),
		Key:     isKey(cl, leaders),
		Actors:  []string{},
		Places:  []string{},
	}
	if !e.End.IsZero() && e.End == e.Date {
		e.End = timeline.Date{}
	}
	// Who and where: the people every source names, and the countries,
	// bodies and places the best source names or two sources agree on;
	// a place one source mentions in passing is not where it happened.
	actorN, placeN := map[string]int{}, map[string]int{}
	for _, m := range cl.members {
		if m.basis == "article" || m.basis == "reported" {
			// A sentence that only repeats or reports the happening says
			// little of who and where ("Berg had left Lisbon by train").
			continue
		}
		for _, a := range m.m.actors {
			actorN[a]++
		}
		for _, p := range m.m.places {
			placeN[p]++
		}
	}
	for a, n := range actorN {
		if n >= 2 || slices.Contains(best.m.actors, a) || isPersonName(a) && cl.persons[a] {
			e.Actors = append(e.Actors, a)
		}
	}
	for p, n := range placeN {
		if n >= 2 || slices.Contains(best.m.places, p) {
			e.Places = append(e.Places, p)
		}
	}
	slices.Sort(e.Actors)
	slices.Sort(e.Places)
	type at struct{ doc, seg, tx int }
	seen := map[at]bool{}
	// A sentence cited by its date is not cited again without it (a
	// sentence whose date is a noun's may also join as its article's news).
	dated := map[at]bool{}
	for _, m := range cl.members {
		if m.tx.Text != "" {
			dated[at{m.doc, m.sent.start, 0}] = true
		}
	}
	for _, m := range cl.members {
		a := arts[m.doc]
		key := at{m.doc, m.seg[0], m.tx.Start}
		if seen[key] || m.tx.Text == "" && dated[at{m.doc, m.sent.start, 0}] {
			continue
		}
		seen[key] = true
		e.Sources = append(e.Sources, timeline.Source{
			Article:    a.Path,
			Title:      a.Title,
			URL:        a.URL,
			Published:  a.Published,
			Sentence:   foldSpace(m.stext),
			Expression: sourceExpression(m),
			Value:      sourceValue(m, first),
			Basis:      m.basis,
			Offset:     m.tx.Start - shifts[m.doc], // in the text given: the headline Analyze put before it is before 0
		})
	}
	slices.SortStableFunc(e.Sources, func(x, y timeline.Source) int {
		if c := x.Published.Compare(y.Published); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Article, y.Article); c != 0 {
			return c
		}
		return cmp.Compare(x.Offset, y.Offset)
	})
	// The people most sources name come first in the id.
	count := map[string]int{}
	for _, m := range cl.members {
		for _, p := range m.m.persons {
			count[p]++
		}
	}
	// The kind in the id is the one most of its dated sources tell (the
	// first source's on a tie), so that an event that gains sources keeps
	// its id, and an editor's correction keyed by it still applies.
	kinds := map[kind]int{}
	for _, m := range cl.members {
		if m.basis == "" || m.basis == "published" {
			kinds[m.kind]++
		}
	}
	idKind := first.kind
	for k := range kind(len(kindNouns)) {
		if kinds[k] > kinds[idKind] {
			idKind = k
		}
	}
	e.ID = eventID(e, idKind, count)
	return e
}

// sourceExpression is the time expression a source shows: the one that
// dated it, or none. A sentence dated by its article's other sentences or
// by its publication (basis "article", "published") shows none although
// its words may hold one: a lead's "on Wednesday" that dated the saying,
// its sentence joined to the happening its article dates the day before,
// would stand under a day it does not name. (A reported source keeps its
// expression: its value is the expression's, the saying's day, and its
// basis says why the event's date is another.)
func sourceExpression(c *candidate) string {
	if c.basis == "article" || c.basis == "published" {
		return ""
	}
	return c.tx.Text
}

// sourceValue is the value a source's expression gave the event: the
// tagger's value, or the year a "first ... in N years" points back to.
func sourceValue(c, first *candidate) string {
	if c.basis == "article" {
		// Dated by the article's other sentences: the event's date.
		return first.date.String()
	}
	if c.derived || c.basis == "published" || c.tx.Value == "" {
		// A headline or lead that reports a happening is dated by its
		// publication.
		return c.date.String()
	}
	return c.tx.Value
}

// isKey reports whether an event is a key event: a summit, launch or
// signing; a visit by a leader; a meeting of two leaders. Statements,
// briefings and the meetings of officials are minor.
func isKey(cl *cluster, leaders map[string]bool) bool {
	n := 0
	seen := map[string]bool{}
	for _, m := range cl.members {
		switch m.kind {
		case kindSummit, kindLaunch, kindSigning:
			if keyTold(m) {
				return true
			}
		}
		for _, p := range m.m.persons {
			if leaders[p] && !seen[p] {
				seen[p] = true
				n++
			}
		}
	}
	switch cl.class {
	case kindMeeting:
		for _, m := range cl.members {
			if m.kind == kindVisit && n >= 1 {
				return true
			}
		}
		return n >= 2
	}
	return false
}

// keyTold reports whether c tells the summit, launch or signing its kind
// names, not a plan of one moved ("The launch was first planned for late
// 2025 but slipped", "pushed back the summit to June") nor a thing named
// after one ("The rocket was rolled to the launch pad on Saturday"): the
// kind's verb in its clause tells it, and so does its noun, in a clause
// with no word of moving a date (key-kind-deferrals), not followed by a
// noun it names (key-kind-compounds). A clause with no word of its kind
// is read in its sentence ("The signing of the deal was pushed back to
// June, the union said on Tuesday": the kind read outside the saying's
// clause); a sentence with none (a kind read elsewhere) is taken as it
// comes.
func keyTold(c *candidate) bool {
	t := c.stext
	lo, hi := c.seg[0]-c.sent.start, c.seg[1]-c.sent.start
	if lo < 0 || hi > len(t) || lo >= hi {
		lo, hi = 0, len(t)
	}
	told, found := keyToldIn(c, appendWords(nil, t, lo, hi))
	if !found && (lo > 0 || hi < len(t)) {
		told, _ = keyToldIn(c, appendWords(nil, t, 0, len(t)))
	}
	return told
}

// keyToldIn is keyTold read in the words ws, and whether they name c's
// kind at all.
func keyToldIn(c *candidate, ws []word) (told, found bool) {
	noun, deferred := false, false
	for i, w := range ws {
		if keyDeferrals.Has(w.w) {
			deferred = true
			continue
		}
		kw, ok := keywords[w.w]
		if !ok || kw.k != c.kind {
			continue
		}
		found = true
		if kw.verb {
			return true, true
		}
		if i+1 < len(ws) && keyCompounds.Has(ws[i+1].w) {
			continue
		}
		noun = true
	}
	return !found || noun && !deferred, found
}

var keyDeferrals, keyCompounds = wordSet("key-kind-deferrals"), wordSet("key-kind-compounds")

// better reports whether a is a better source than b for an event's title:
// headlines first, then a clause with its subject before a title made from
// a noun with no verb, then (after the checks below) written dates before
// inferred ones, finer dates first, and the earliest article last.
func better(a, b *candidate) bool {
	ta, tb := traitsOf(a), traitsOf(b)
	return betterTraits(a, b, &ta, &tb)
}

// titleTraits are what better reads of a source's title, each read at
// most once per source, when a comparison first needs it.
type titleTraits struct {
	c          *candidate
	read, bits uint16
	grade      int8
}

const (
	traitVerbless = iota
	traitTold
	traitHeadless
	traitPointing
	traitBackRef
	traitBare
	traitAlone
	traitAsked
	traitNegated
	traitState
	traitShort
	traitCut
	traitBareQuote
	traitGrade
)

func traitsOf(c *candidate) titleTraits { return titleTraits{c: c} }

func (t *titleTraits) is(k int) bool {
	if t.read&(1<<k) == 0 {
		t.read |= 1 << k
		c := t.c
		var v bool
		switch k {
		case traitVerbless:
			v = verblessNoun(c)
		case traitTold:
			v = toldClause(c)
		case traitHeadless:
			v = headless(c)
		case traitPointing:
			v = pointingTitle(c.title)
		case traitBackRef:
			v = backReference(c.title)
		case traitBare:
			v = bareDefinite(c.title)
		case traitAlone:
			v = toldClause(c) && standsAlone(c.title)
		case traitAsked:
			v = askedTitle(c.title)
		case traitNegated:
			v = negatedTitle(c.title)
		case traitState:
			v = stateTitle(c.title)
		case traitShort:
			v = fieldCount(c.title) < 4
		case traitCut:
			v = cutTitle(c)
		case traitBareQuote:
			v = bareQuoteTitle(c.title)
		case traitGrade:
			t.grade = c.grade()
		}
		if v {
			t.bits |= 1 << k
		}
	}
	return t.bits&(1<<k) != 0
}

func (t *titleTraits) gradeOf() int8 {
	t.is(traitGrade)
	return t.grade
}

// betterTraits is better with the two sources' traits read already.
func betterTraits(a, b *candidate, ta, tb *titleTraits) bool {
	// A sentence dated only by the rest of its article, or a headline
	// that tells again the news of weeks before (see echo), never titles
	// an event: some other source dated it.
	if aa, ab := a.priority >= 4, b.priority >= 4; aa != ab {
		return ab
	}
	if ga, gb := ta.gradeOf(), tb.gradeOf(); ga != gb {
		return ga > gb
	}
	if na, nb := ta.is(traitVerbless) && tb.is(traitTold), tb.is(traitVerbless) && ta.is(traitTold); na != nb {
		// A title made of the noun a time dates, with no verb ("Stabbing
		// murder of a man at a hotel"), reads worse than another
		// source's clause that tells the happening with its subject
		// ("A man was stabbed to death at a hotel"), though both are
		// headlines. (Not one that lost its subject: "Struck with a
		// force of about 6".)
		return nb
	}
	if ha, hb := ta.is(traitHeadless) && tb.is(traitTold), tb.is(traitHeadless) && ta.is(traitTold); ha != hb {
		// A title that is the predicate of a clause whose subject its
		// sentence kept ("Cost the coach his job", of "the loss, which
		// cost the coach his job") tells less than a clause with its
		// subject ("The coach was sacked").
		return hb
	}
	if pa, pb := ta.is(traitPointing), tb.is(traitPointing); pa != pb {
		// A title whose subject is a pronoun ("He told investigators
		// ...") or points back at another sentence ("Its rival says",
		// "The other two remain") names nobody: one that names who did
		// it reads better.
		return pb
	}
	if ra, rb := ta.is(traitBackRef), tb.is(traitBackRef); ra != rb {
		// So does a title that names what it tells of only by pointing
		// back ("The mayor rejected those claims", "Nurses voted in
		// favour of accepting it"): another source's that names it
		// ("... had backed the pay deal") reads better.
		return rb
	}
	if qa, qb := ta.is(traitBareQuote) && tb.is(traitTold) && !tb.is(traitBareQuote), tb.is(traitBareQuote) && ta.is(traitTold) && !ta.is(traitBareQuote); qa != qb {
		// A title that is all one quotation, with no speaker outside it
		// ("\"The weather in the hills turned with heavy rain and
		// snow\"", of a quotation of several sentences whose speaker
		// comes after its last), tells someone's words and names
		// nobody who said them: another source's clause that tells the
		// happening reads better (bareQuoteTitle).
		return qb
	}
	if qa, qb := ta.is(traitAsked) && tb.is(traitTold), tb.is(traitAsked) && ta.is(traitTold); qa != qb {
		// A headline that asks or promises to explain ("How it all went
		// wrong for the coach", "Is the bridge safe?") tells no
		// happening: a source that tells it ("The club sacked the coach")
		// titles the event.
		return qb
	}
	if na, nb := ta.is(traitNegated), tb.is(traitNegated); na != nb {
		// A title that tells what did not happen ("No homes had been
		// lost") tells a state on the day, not the happening another
		// source tells ("The fire started near the creek").
		return nb
	}
	if sa, sb := ta.is(traitState), tb.is(traitState); sa != sb {
		// A title that tells how things stand ("The collapse is the
		// deadliest of its kind", "If the appeal fails, he will be 31")
		// gives the background or a condition, not the happening another
		// source tells ("The dam burst late on Tuesday").
		return sb
	}
	if a.priority != b.priority {
		return a.priority < b.priority
	}
	if ba, bb := ta.is(traitBare) && tb.is(traitAlone), tb.is(traitBare) && ta.is(traitAlone); ba != bb {
		// A title whose subject is a bare definite ("The woman died at
		// the hospital", "The company recalled the pies") points back
		// at a sentence before it, as a pronoun does: news English
		// names a thing first and then points back at it so. Among
		// sources of one rank, one whose clause stands alone, its
		// subject named and no pronoun in it ("Joan Pelham died ..."),
		// reads better; not a label with no verb, nor a title that
		// tells a quotation, the speaker's words and not the happening
		// (standsAlone).
		return bb
	}
	if a.date.Gran != b.date.Gran {
		return a.date.Gran > b.date.Gran
	}
	if a.coref != b.coref {
		return b.coref
	}
	if sa, sb := ta.is(traitShort), tb.is(traitShort); sa != sb {
		return sb
	}
	if ca, cb := ta.is(traitCut), tb.is(traitCut); ca != cb {
		return cb
	}
	if a.kind.key() != b.kind.key() {
		return a.kind.key()
	}
	if a.doc != b.doc {
		return a.doc < b.doc
	}
	return a.seg[0] < b.seg[0]
}

// negatedTitle reports whether a title's clause is negated among its
// first words: it opens on a negation ("No group has claimed ...") or its
// verb has one ("Police did not name ...", "hasn't"); a quotation is the
// speaker's and is not read.
func negatedTitle(t string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	for i, w := range ws[:min(len(ws), 6)] {
		if strings.ContainsAny(w, "\"“”:") {
			return false
		}
		lw := strings.ToLower(strings.Trim(w, ",;."))
		if negations.Has(lw) && (i > 0 || lw != "not") || strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") {
			return true
		}
	}
	return false
}

// stateTitle reports whether a title tells a state or a condition, not a
// happening: it opens on a condition ("If ...", "Unless ..."), or its first
// verb among its first words, outside a quotation, is "is" or "are" with
// no participle after it ("The flood is the worst in decades"; not "is
// expected", "are being held", "is to").
func stateTitle(t string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if len(ws) == 0 {
		return false
	}
	if lw := strings.ToLower(strings.Trim(ws[0], ",")); conditionOpeners.Has(lw) {
		return true
	}
	for i, w := range ws[:min(len(ws)-1, 8)] {
		if strings.ContainsAny(w, "\"“”:,") {
			return false
		}
		if i > 0 && verbAt(ws, i) && !stateCopulas.Has(w) {
			return false
		}
		if stateCopulas.Has(w) {
			n := strings.ToLower(strings.Trim(ws[i+1], ",;."))
			return !(participle(n) || verbAt(ws, i+1) || strings.HasSuffix(n, "en") || strings.HasSuffix(n, "wn") || verbForms.Has(n) || stateBreakers.Has(n) || negations.Has(n))
		}
	}
	return false
}

// conditionOpeners open a clause that tells a condition, not a happening
// (data/words.txt).
var conditionOpeners = wordSet("condition-openers")

// stateCopulas tell a state unless a participle or one of stateBreakers
// follows ("is the worst", not "is expected", "is to", "are being held").
var (
	stateCopulas  = wordSet("state-copulas")
	stateBreakers = wordSet("state-breakers")
)

// eventID makes a stable, URL-safe id: the date, the kind of happening and
// up to two people (or actors) taking part.
func eventID(e timeline.Event, k kind, count map[string]int) string {
	parts := []string{e.Date.String(), kindNouns[k]}
	who := personsOf(e)
	slices.SortStableFunc(who, func(a, b string) int { return cmp.Compare(count[b], count[a]) })
	if len(who) == 0 {
		who = e.Actors
	}
	parts = append(parts, who[:min(2, len(who))]...)
	return slug(strings.Join(parts, " "))
}

func personsOf(e timeline.Event) []string {
	var out []string
	for _, a := range e.Actors {
		if isPersonName(a) {
			out = append(out, a)
		}
	}
	return out
}

// slug keeps [a-z0-9] and turns every other run into one hyphen.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// keyShare times the square root of a timeline's events is how many of
// them may be key: 10 of 43 events, 19 of 159. (One square root marked 63%
// of the key days of 16 probe stories of ten beats and 82% of ECB+'s;
// 1.5 marks 77% and 88%, with as many key events on a gold day among the
// probes' and 0.60 against 0.63 among ECB+'s.)
const keyShare = 1.5

// chronologyWeight is what a chronology's entry adds to its day's most
// salient event (see rank): as much as a happening of the kinds a
// timeline leads with.
const chronologyWeight = 2

// rank gives each event its salience and marks the most salient ones key.
// Salience counts the articles that report an event, an article whose
// headline or lead reports it counting one and a half, a quarter for each
// further sentence that tells it (up to one, and not for a statement),
// plus, for a happening of the kinds a timeline leads with (a summit, a
// signing, a launch, a leader's visit: see isKey) counts two; and the most
// salient event of a day (or a span of days up to a week) that two
// articles or more date something to, or publish as their own news,
// counts those articles too, and so does the day's most salient event
// that may be key and a headline or lead tells, when that is another. The key events are the few most salient as
// moments (one and a half times the square root of the number of events,
// counted in days: an event of a day already key takes no place of a day;
// a week, a month or a year counts 0.3 (coarseDateWeight), one still
// ahead of every report half, but for the kinds of isKey that a headline
// or lead or two articles tell) that
// are not statements (but those an article tells as its own news: see
// ownNews) nor still ahead of every report (but for the kinds of isKey), and only those with salience two or more; and any moment
// that a fifth of the story's articles report.
func rank(events []timeline.Event, reaches []reach, articles int) {
	reportedBy := make([]int, len(events))
	top := map[timeline.Date]int{} // the most salient event of each day
	// The most salient event of each day that may be key (not minor) and
	// that a headline or lead tells.
	topKey := map[timeline.Date]int{}
	// A summit, a signing, a launch or a leader's visit known only to its
	// month or year is a moment of the story only when the news tells it:
	// in a headline or a lead, or in two articles. One article that
	// mentions it in passing tells the background ("the club sold its
	// striker to a Chinese side in July", "the last rocket of its kind
	// flew in 2023"), which counts as any other coarse retelling. Known to
	// its day, it is a moment however it is told (two leaders' first
	// summit of years before, dated to the day in one article's body).
	told := make([]bool, len(events))
	for i, r := range reaches {
		told[i] = r.key && (events[i].Date.Gran == timeline.Day || r.leads > 0 || r.docs >= 2)
	}
	// A change in a person's office or standing before the law (a
	// resignation, a dismissal, an appointment, an arrest, a charge: see
	// standingTitle), told as a happening of its day, is a moment a
	// newsroom's timeline keeps however briefly one article tells it: a
	// running story's chronology lists each step in the fate of the
	// people it is about ("the finance director was sacked on 4 May", in
	// a report of his court hearing three weeks on), where another
	// detail one later article recalls is the background of its news. It
	// is not recalled background (below), and one article is enough
	// (least).
	standing := make([]bool, len(events))
	for i := range events {
		standing[i] = events[i].Date.Gran == timeline.Day && moment(&events[i]) && standingTitle(events[i].Title)
	}
	// Statements are not moments, nor plans that every report expects
	// (see the key marking below): minor events take no key place.
	minor := make([]bool, len(events))
	for i := range events {
		minor[i] = reaches[i].statement && !standing[i] && !(reaches[i].newsLead && (ownNews(&events[i]) || yesterdaysNews(&events[i]) || reaches[i].dayDocs >= 2 && todaysNews(&events[i]))) || ahead(&events[i]) && !told[i]
	}
	// A day the story's earlier reports foretold (a vote, a hearing, a
	// debate set for it: an event still ahead of every report of it) is
	// a moment of the story when a later article tells the happening the
	// plan foretold, in words of the plan's ("councillors will decide the
	// pool's future on 9 March", then "the pool was saved on 9 March,
	// when councillors backed a rescue package": see foretoldDone): the
	// plan's reports are news of the day, and the happening is not the
	// background a later article recalls. Its most salient such
	// happening (done: a moment, not minor) counts the day's articles,
	// as the day's most salient event does, and is not halved as
	// recalled.
	done := make([]bool, len(events))
	for i := range events {
		e := &events[i]
		done[i] = reaches[i].foretold && e.Date.Gran == timeline.Day && e.End.IsZero() && !minor[i] && moment(e)
	}
	for i, r := range reaches {
		reportedBy[i] = r.docs
		s := float64(r.docs) + 0.5*float64(r.leads)
		if !r.statement && (r.docs >= 2 || r.leads > 0) {
			// An article that tells a happening over several sentences
			// makes it its subject (a quotation's sentences do not),
			// when its headline or lead tells it, or another article
			// does too: one that only repeats a happening further down
			// (the hearing it recalls in four sentences) tells a detail
			// of its news, not a moment of the story.
			s += min(1, 0.25*float64(r.more))
		}
		if r.key {
			s += 2
		}
		events[i].Salience = s
	}
	for i, r := range reaches {
		if r.dayDocs < 2 {
			continue
		}
		d := events[i].Date
		if j, ok := top[d]; !ok || events[i].Salience > events[j].Salience {
			top[d] = i
		}
		if j, ok := topKey[d]; !minor[i] && r.leads > 0 && (!ok || events[i].Salience > events[j].Salience) {
			topKey[d] = i
		}
	}
	// A day that several articles name is a moment of the story, however
	// its reports split into events: its most salient event counts them.
	// So does the most salient event of the day that an article's
	// headline or lead tells and that may be key (not minor), when that
	// is another: the news of a day is often told in two events, a
	// statement that later articles and a chronology retell ("the firm
	// announced in March it would shut the mill") and the happening the
	// day's own report leads with ("The mill's 300 workers were told on
	// Tuesday it will close"); a statement that is no moment cannot stand
	// for the day among the key moments, and the day's moment is what its
	// news led with. (An event no headline or lead tells is a detail of
	// its day, and takes no count of it: giving it one marked as many
	// days off the gold timelines as on them.) The day's most salient
	// event keeps its count, so a timeline cut to its most salient events
	// (Select) keeps its days.
	topDone := map[timeline.Date]int{}
	for i, r := range reaches {
		if j, ok := topDone[events[i].Date]; done[i] && r.dayDocs >= 2 && (!ok || events[i].Salience > events[j].Salience) {
			topDone[events[i].Date] = i
		}
	}
	for _, i := range top {
		events[i].Salience += float64(reaches[i].dayDocs)
	}
	for d, i := range topKey {
		if top[d] != i {
			events[i].Salience += float64(reaches[i].dayDocs)
		}
	}
	for d, i := range topDone {
		if j, ok := topKey[d]; top[d] != i && (!ok || j != i) {
			events[i].Salience += float64(reaches[i].dayDocs)
		}
	}
	// A chronology is an editor's own list of a story's moments ("3
	// March: The firm lifted its bid to 4%", "Oct. 21 - The operator
	// suspends the driver"): a day one of its entries names is a moment
	// of the story, however briefly the entry tells it and however its
	// reports split into events. The day's most salient event counts it
	// as much as a happening of the kinds a timeline leads with (isKey).
	// So does its most salient event that a headline or lead tells and
	// that may be key, when that is another (as above).
	best := map[timeline.Date]int{}
	bestKey := map[timeline.Date]int{}
	listed := map[timeline.Date]bool{}
	for i := range events {
		d := events[i].Date
		if d.Gran != timeline.Day || !events[i].End.IsZero() {
			continue
		}
		if j, ok := best[d]; !ok || events[i].Salience > events[j].Salience {
			best[d] = i
		}
		if j, ok := bestKey[d]; !minor[i] && reaches[i].leads > 0 && (!ok || events[i].Salience > events[j].Salience) {
			bestKey[d] = i
		}
		listed[d] = listed[d] || reaches[i].entry
	}
	for d, i := range best {
		if listed[d] {
			events[i].Salience += chronologyWeight
		}
	}
	for d, i := range bestKey {
		if listed[d] && best[d] != i {
			events[i].Salience += chronologyWeight
		}
	}
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	// The key moments are chosen by their salience as moments (see
	// momentSalience): an event known only to a week, a month or a year
	// counts 0.3 (coarseDateWeight), one still ahead of every report of it
	// half (coarseWeight); but a
	// summit, a signing, a launch or a leader's visit (isKey) is a moment
	// even when known only to its month ("the minister visited the capital
	// last month"), and before it comes ("next month's summit"), when the
	// news tells it (see told below).
	ms := make([]float64, len(events))
	moments := make([]bool, len(events))
	for i := range events {
		e := &events[i]
		moments[i] = moment(e) || told[i]
		ms[i] = e.Salience
		switch {
		case moments[i]:
		case e.Date.Gran != timeline.Day:
			ms[i] *= coarseDateWeight
		default:
			ms[i] *= coarseWeight
		}
		// A happening that no article tells in its headline or lead, and
		// every article tells more than two days after it, is the
		// background the news recalls ("the council had voted in November
		// to close the station", "talks had collapsed on 2 July"), not a
		// moment of the news: it counts half again. A lead that recalls
		// the crime of months before at the trial keeps its salience, and
		// so does a summit, a signing, a launch or a leader's visit
		// (isKey): a timeline of two leaders leads with their first
		// summit of years before.
		if reaches[i].leads == 0 && !told[i] && !standing[i] && !done[i] && recalled(e, 2) {
			ms[i] *= coarseWeight
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := cmp.Compare(ms[b], ms[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// A week's or a month's retelling of a day's saying that
	// coarseSaysToDays joined to its day was an entry of its own on the
	// timelines keyShare was measured on, and still counts: joining it
	// shows one saying once, and tells no fewer moments of the story.
	n := len(events)
	for i := range reaches {
		n += reaches[i].retold
	}
	k := int(math.Ceil(keyShare * math.Sqrt(float64(n))))
	// A happening that a fifth of a story's articles report (three at
	// least) is key too, however many others there are, if it is a
	// moment: not the background of years before that every article
	// recalls ("the 2004 tsunami"), nor a hearing set for a day to come.
	wide := max(3, (articles+4)/5)
	// Statements are not moments: they take no place among the k, nor do
	// plans, schedules and forecasts that every article reporting them
	// expects (see ahead: "a plea hearing will be held on 6 September",
	// "the deadline is 29 April"). One article that tells a happening as
	// its news in its headline or lead (a salience of 1.5) is enough: in
	// a short running story each article reports the new development in
	// its lead ("Three miners pulled alive", "State suspends the mine's
	// permit"), which no other article may repeat. So a statement is a
	// moment too when an article tells it as its news in its headline or
	// lead, undated there (ownNews): the news is often told as what
	// someone said or announced ("Power line sparked deadly fire, Cal
	// Fire says", "Carmaker recalls 212,000 SUVs"); not a reaction a
	// sentence dates by its own day ("Russia on Thursday said the
	// criticism was hypocritical"). So is a statement a lead tells of the
	// day or two before its article came out (yesterdaysNews: "The
	// regulator said on Monday it had fined the bank", in Tuesday's
	// paper): yesterday's announcement is the news a daily leads with.
	// And so is a statement a lead tells of its own article's day
	// (todaysNews), when another article too dates something to that day
	// (dayDocs): a day the story's articles name is a day of its news,
	// and what a lead says was announced or confirmed on it is that news
	// ("The hospital confirmed on Wednesday that a ransomware attack
	// caused the outage", "the No side won 52 percent, the electoral
	// commission said early Monday"); a day no other article names is
	// the day of the article alone, and what is said on it answers the
	// article's news, as above.
	//
	// The k places are the story's moments, its days: an event of a day
	// that a more salient event has made key already (a second report of
	// the collapse, the split parts of one happening) takes no place of
	// the k from the days still unmarked; it is key as before, if the
	// places taken by every event above it leave it one (r).
	r, days := 0, 0 // places taken by the events above, and by their days
	keyDays := map[timeline.Date]bool{}
	for _, i := range order {
		least := 2.0
		if reaches[i].newsLead {
			least = 1.5
		}
		if standing[i] {
			least = 1
		}
		d := events[i].Date
		again := d.Gran == timeline.Day && keyDays[d]
		place := days
		if again {
			place = r
		}
		events[i].Key = !minor[i] && place < k && ms[i] >= least || reportedBy[i] >= wide && moments[i]
		if !minor[i] {
			r++
			if !again {
				days++
			}
		}
		if events[i].Key {
			keyDays[d] = true
		}
	}
}

// standingTitle reports whether a title tells a change in a person's
// office or standing before the law: one of standingVerbs in its main
// clause, before any subordinator or quotation ("The jail's administrator
// resigned", "The treasurer was charged with theft"; not "... signed off after
// the auditor resigned", nor a word said in quotation marks).
func standingTitle(t string) bool {
	var wsRoom fieldRoom
	for _, w := range fieldsIn(&wsRoom, t) {
		if strings.ContainsAny(w, "\"“”:") {
			return false
		}
		lw := asciiLower(strings.Trim(w, ",;."))
		if subordinators.Has(lw) || reportingVerbs.Has(lw) || announcingVerbs.Has(lw) {
			return false
		}
		if standingVerbs.Has(lw) {
			return true
		}
	}
	return false
}

// standingVerbs tell a change in a person's office or standing before the
// law (data/words.txt).
var standingVerbs = wordSet("standing-verbs")

// maxIDLen caps an event id (the site's limit on a path segment leaves room
// for a suffix and an extension).
const maxIDLen = 80

// uniqueIDs makes every id unique and short enough for a file name: a long
// id is cut at a hyphen, and a second event with the same id takes the
// first free "-2", "-3"... that no other event has.
func uniqueIDs(events []timeline.Event) {
	taken := map[string]bool{}
	for i := range events {
		id := events[i].ID
		if len(id) > maxIDLen {
			id = id[:maxIDLen]
			if j := strings.LastIndexByte(id, '-'); j > 10 {
				id = id[:j]
			}
			id = strings.TrimRight(id, "-")
		}
		events[i].ID = id
	}
	base := map[string]bool{}
	for _, e := range events {
		base[e.ID] = true
	}
	next := map[string]int{} // the next suffix to try, per id
	for i := range events {
		id := events[i].ID
		if taken[id] {
			for n := max(2, next[id]); ; n++ {
				c := id + "-" + strconv.Itoa(n)
				if !taken[c] && !base[c] {
					next[id] = n + 1
					id = c
					break
				}
			}
		}
		taken[id] = true
		events[i].ID = id
	}
}

// common reports whether a name is used by half the articles or more.
func (m *merger) common(name sid) bool {
	return m.w.n >= 4 && 2*int(m.ndf[name]) >= m.w.n
}

// protagonist reports whether a name is used by three articles in four or
// more: the story's own, which tells none of its happenings apart.
func (m *merger) protagonist(name sid) bool {
	return m.w.n >= 4 && 4*int(m.ndf[name]) >= 3*m.w.n
}

// distinct reports whether a cluster's sentences name anyone or anything
// that is not common to the story; with confirmed, that two articles or
// more name.
func (m *merger) distinct(cl *cluster, confirmed bool) bool {
	for n := range cl.names {
		if !m.common(n) && (!confirmed || m.ndf[n] >= 2) {
			return true
		}
	}
	return false
}

// bagCosine is the cosine of two bags, every stem weighing one.
func bagCosine(a, b []sid) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	// One comparison a step, the count without a branch (the steps still
	// branch as compiled): faster on random bags, hardly on the merge's.
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		if x == y {
			n++
		}
		if x <= y {
			i++
		}
		if y <= x {
			j++
		}
	}
	return float64(n) / math.Sqrt(float64(len(a)*len(b)))
}

// sameClusters is the cosine above which two clusters of the same days tell
// one happening: a headline's words and a lead's, each gathered from
// several articles. It is the cosine at which one mention joins a cluster
// (sameHappening): two clusters' profiles agree no less than one sentence
// and a profile.
var sameClusters = 0.45

// sameDayClusters is the cosine of two clusters of one day that name the
// same kind of happening (see consolidate).
var sameDayClusters = 0.25

// disjointDocs reports whether no article is a source of both clusters:
// two clusters an article's sentences set apart are two happenings of its.
func disjointDocs(a, b *cluster) bool {
	if len(b.docs) < len(a.docs) {
		a, b = b, a
	}
	for d := range a.docs {
		if b.docs[d] {
			return false
		}
	}
	return true
}

// storyKinds finds, for each kind of happening, the story's happening of
// one day of that kind (story): the one of its kind that most articles
// cite, two or more dating it by their words, its own kind, and
// cited by twice as many articles as any other of the kind that two
// articles date (a plant's blast, not the next day's "Toll in plant
// explosion rises to six"). Its later articles name it by its kind alone
// ("since the explosion", "Six workers died in the explosion"). A kind
// with no such happening names none.
func (m *merger) storyKinds() {
	m.story = map[sid]*cluster{}
	second := map[sid]int{}
	named := map[sid]int{} // by word of a kind, the members of a cluster that name it
	var main *cluster
	mainSecond := 0
	for _, cl := range m.clusters {
		if cl.dead || cl.class == kindStatement || cl.first != cl.last || len(cl.datedDocs) < 2 {
			continue
		}
		clear(named)
		for _, c := range cl.members {
			for _, h := range c.ids {
				if int(h) < len(m.happening) && m.happening[h] && cl.core.count(h) > 0 {
					named[h]++
				}
			}
		}
		own := false
		for h, n := range named {
			// The kind is the happening's own when half its members or
			// more name it (a court appearance "charged with escaping
			// custody" is no escape).
			if 2*n < len(cl.members) {
				continue
			}
			own = true
			o := m.story[h]
			switch {
			case o == nil:
				m.story[h] = cl
			case len(cl.docs) > len(o.docs):
				second[h] = max(second[h], len(o.docs))
				m.story[h] = cl
			default:
				second[h] = max(second[h], len(cl.docs))
			}
		}
		if own {
			// The main happening: of the happenings of a kind two
			// articles date, the one cited by twice as many articles
			// as any other, so that a word for any happening ("the
			// disaster") names it and not one of two.
			switch {
			case main == nil || len(cl.docs) > len(main.docs):
				if main != nil {
					mainSecond = max(mainSecond, len(main.docs))
				}
				main = cl
			default:
				mainSecond = max(mainSecond, len(cl.docs))
			}
		}
	}
	m.main, m.mainNouns = nil, map[sid]bool{}
	if main != nil && 2*mainSecond <= len(main.docs) {
		m.main = main
	}
	for h, cl := range m.story {
		if 2*second[h] > len(cl.docs) {
			m.story[h] = nil
		}
	}
	for w := range mainNouns.All() {
		if id, ok := m.num[m.lx.token(w)]; ok {
			m.mainNouns[id] = true
		}
	}
	m.storyWords = m.storyWords[:0]
	mark := func(h sid) {
		if h < 0 {
			return
		}
		for int(h)/64 >= len(m.storyWords) {
			m.storyWords = append(m.storyWords, 0)
		}
		m.storyWords[h/64] |= 1 << (uint32(h) % 64)
	}
	for h, cl := range m.story {
		if cl != nil {
			mark(h)
		}
	}
	if m.main != nil {
		for h := range m.mainNouns {
			mark(h)
		}
	}
	// An article that dates another happening of the kind by its words
	// names that one by its kind ("the fire that burned so hot", of the
	// house fire it tells, not the warehouse fire of the story).
	m.otherKind = map[kindDoc]bool{}
	for _, cl := range m.clusters {
		if cl.dead {
			continue
		}
		for h, n := range cl.core.stems() {
			if st := m.story[h]; n > 0 && st != nil && st != cl && !m.anchoredOnly(cl, h) {
				for d := range cl.datedDocs {
					m.otherKind[kindDoc{h, d}] = true
				}
			}
		}
	}
}

// kindDoc is a word of a kind of happening and an article.
type kindDoc struct {
	h   sid
	doc int
}

// retelling is the story's happening (storyKinds) that c, a sentence with
// no date of its own that joined no happening of its article's last days,
// names as its subject by its kind: "The <noun> ..." opens it ("The
// disaster at the plant", "The crush at the stadium was the worst in
// decades"), a day before its article; it names no one the happening does
// not (namesIn), quotes no one and looks ahead to nothing ("The strike
// will go on until ..."). Nil for none: a wrong date is worse than a
// missing source, so a noun of two happenings of the story names neither.
func (m *merger) retelling(c *candidate, text []byte) *cluster {
	if m.num == nil || c.sent.start < 0 || c.sent.end > len(text) || c.kind.class() == kindStatement {
		return nil
	}
	// Most sentences name no kind of the story's happenings: their stems
	// tell, before their words are read.
	if !slices.ContainsFunc(c.ids, m.storyWord) {
		return nil
	}
	s := string(text[c.sent.start:c.sent.end])
	m.words = appendWords(m.words[:0], s, 0, len(s))
	ws := m.words
	for _, w := range ws {
		if negations.Has(w.w) {
			return nil // "not the trip", "no one saw the blast"
		}
	}
	var cl *cluster
	for i := 1; i < len(ws) && cl == nil; i++ {
		if ws[i-1].w != "the" || ws[i].comma || s[ws[i].i] < 'a' || s[ws[i].i] > 'z' {
			continue
		}
		if kindPeople.Has(ws[i].w) || i+1 < len(ws) && !ws[i+1].comma && !m.lx.stop[ws[i+1].w] {
			continue // "the dead workers": no noun of a happening
		}
		id, ok := m.num[m.lx.token(ws[i].w)]
		switch {
		case !ok:
		case m.story[id] != nil && !m.story[id].dead && !m.otherKind[kindDoc{id, c.doc}]:
			cl = m.story[id]
		case m.mainNouns[id] && m.main != nil && !m.main.dead && !m.otherMain(c.doc):
			// "the disaster", "the tragedy": the story's main
			// happening, whatever its kind.
			cl = m.main
		}
	}
	if cl == nil {
		return nil
	}
	if _, pub := candRange(c); cl.last >= pub || !m.namesIn(cl, c) || quotation(s) || m.looksAhead(c) {
		return nil
	}
	return cl
}

// storyWord reports whether h is a word of storyWords: story[h] is not
// nil, or a main happening is known by h (mainNouns).
func (m *merger) storyWord(h sid) bool {
	return h >= 0 && int(h)/64 < len(m.storyWords) && m.storyWords[h/64]&(1<<(uint32(h)%64)) != 0
}

// retold reports whether each article that two clusters of one day share
// tells the happening first in one of them and only retells it in the
// other: its sentences there, all after its first sentence in the other
// cluster, name it by a definite noun of a kind of happening both
// clusters' dated sources name ("An explosion tore through a chemical
// plant on Tuesday, ..." and, further down, "The blast happened at 10:42
// a.m. in a processing unit"). An article that tells a second happening of
// the kind names it otherwise ("a second blast", "another explosion"), so
// two happenings of one day that one article tells stay apart.
func (m *merger) retold(a, b *cluster) bool {
	shared := false
	for d := range a.docs {
		if !b.docs[d] {
			continue
		}
		shared = true
		fa, fb := firstOf(a, d), firstOf(b, d)
		later := b
		if fa > fb {
			later = a
		}
		for _, c := range later.members {
			if c.doc == d && !m.definiteKind(c, a, b) {
				return false
			}
		}
	}
	return shared
}

// firstOf is where the first member of cl from article d begins in it.
func firstOf(cl *cluster, d int) int {
	at := -1
	for _, c := range cl.members {
		if c.doc == d && (at < 0 || c.seg[0] < at) {
			at = c.seg[0]
		}
	}
	return at
}

// definiteKind reports whether c's sentence names, after "the", a word
// of a kind of happening that the dated sources of both a and b name, and
// names none after a word that tells another of its kind ("a second
// blast", "another explosion": otherOfKind).
func (m *merger) definiteKind(c *candidate, a, b *cluster) bool {
	if m.num == nil {
		return false
	}
	t := c.stext
	m.words = appendWords(m.words[:0], t, 0, len(t))
	ws := m.words
	the := false
	for i := 1; i < len(ws); i++ {
		if ws[i].comma || t[ws[i].i] < 'a' || t[ws[i].i] > 'z' {
			continue
		}
		id, ok := m.num[m.lx.token(ws[i].w)]
		if !ok || int(id) >= len(m.happening) || !m.happening[id] || a.core.count(id) == 0 || b.core.count(id) == 0 {
			continue
		}
		switch {
		case otherOfKind.Has(ws[i-1].w):
			return false
		case ws[i-1].w == "the":
			the = true
		}
	}
	return the
}

// otherOfKind are the words before a noun of a happening that tell another
// one of its kind (data/words.txt).
var otherOfKind = wordSet("other-of-kind")

// kindPeople are words of a kind of happening that after "the" name
// people ("the dead", "the gunman"), not the happening (data/words.txt).
var kindPeople = wordSet("kind-people")

// kindsShared reports whether two clusters' dated sources name the same
// kind of happening.
func (m *merger) kindsShared(a, b *cluster) bool {
	for s, n := range a.core.stems() {
		if n > 0 && int(s) < len(m.happening) && m.happening[s] && b.core.count(s) > 0 {
			return true
		}
	}
	return false
}

// consolidate merges clusters of the same days whose sentences, taken
// together, tell one happening: mentions are taken one at a time, so a
// happening told in two ways ("Four men rammed their car into a jewelry
// store", "Ram-raiders ploughed their vehicle into a jeweller's") may have
// started two clusters before either had the other's words. Two clusters
// are compared by what their dated sources, headlines and leads say (core):
// the sentences that only repeat or report the happening, each with words
// of its own, would blur them. It runs once
// on the clusters of dated mentions, and again (last) once the headlines
// and leads dated by their publication have joined them or made their
// own. A headline may tell any happening of its day ("Actress checks into
// clinic", on a day she checked into two), so in the last pass the names
// must agree for real: a cluster that names someone two articles name
// joins only a cluster that names someone it names (see namesShared).
func (m *merger) consolidate(last bool) {
	// Room for each cluster's stems and their counts, and its probe,
	// used again.
	type stemCount struct {
		s sid
		n int32
	}
	var counts []stemCount
	var probe []sid
	var held, told [][2]*cluster
	for _, cl := range m.clusters {
		if cl.dead || cl.last-cl.first > spanDays || cl.class == kindStatement && (cl.first != cl.last || cl.dated == 0) {
			continue
		}
		// cl's most used stems find the clusters that use them (sorted
		// with their counts, not looking each up at each comparison).
		counts = counts[:0]
		for s, n := range cl.prof.stems() {
			counts = append(counts, stemCount{s, n})
		}
		slices.SortFunc(counts, func(x, y stemCount) int {
			if c := cmp.Compare(y.n, x.n); c != 0 {
				return c
			}
			return cmp.Compare(x.s, y.s)
		})
		probe = probe[:0]
		for _, x := range counts[:min(len(counts), probeStems)] {
			probe = append(probe, x.s)
		}
		bk := m.days[cl.first]
		if bk == nil {
			continue
		}
		m.stamp++
		cl.stamp = m.stamp
		for _, s := range probe {
			l := bk.byStem[s]
			for _, o := range l[max(0, len(l)-probeClusters):] {
				if o.stamp == m.stamp || o.dead || o.idx < cl.idx {
					continue
				}
				o.stamp = m.stamp
				if o.first != cl.first || o.last != cl.last {
					continue
				}
				if cl.class == kindStatement || o.class == kindStatement {
					// A statement of one day and a happening of that day
					// (or another statement) told in the same words
					// ("The regulator said on Thursday it would refer
					// the deal to an in-depth inquiry" and "July 23: CMA
					// refers deal to phase 2") are one (see toldAlike).
					if !m.toldAlike(cl, o) {
						if m.toldOfKind(cl, o) {
							told = append(told, [2]*cluster{cl, o})
						}
						continue
					}
					m.joinTold(cl, o, true)
					continue
				}
				if o.class != cl.class {
					continue
				}
				// Two clusters of one day that name the same odd minute
				// tell one happening (see clockOf).
				clock := cl.first == cl.last && clocksShared(cl, o)
				if !clock && !m.namesAgree(cl, o) {
					continue
				}
				unshared := !clock && last && !m.namesShared(cl, o)
				limit := sameClusters
				if last {
					// Clusters grown by headlines and leads agree as an
					// article's own news agrees with a happening.
					limit = sameNews
				}
				// Two clusters of one day whose dated sources name the same
				// kind of happening and someone or somewhere in common tell
				// one happening (see familyShared).
				family := !clock && m.familyShared(cl, o)
				// A happening announced for the day and its report are
				// one too (see announcedAndTold).
				planned := !clock && !family && last && m.announcedAndTold(cl, o)
				if sim := profileCosine(&cl.core, &o.core); !clock && !family && !planned && sim < limit && (sim < sameDayClusters || cl.dated == 0 || o.dated == 0 || !disjointDocs(cl, o) && !m.retold(cl, o) || !m.kindsShared(cl, o)) {
					// Below the limit, two clusters of one day that name
					// the same kind of happening, reported by different
					// articles and dated by their words, are still one
					// ("An explosion tore through an offshore platform
					// late Tuesday" and "The rig exploded on April 10").
					continue
				}
				if unshared {
					held = append(held, [2]*cluster{cl, o})
					continue
				}
				for _, c := range o.members {
					m.add(cl, c)
				}
				o.dead = true
			}
		}
	}
	// The sayings that only their kind of happening joins to another
	// telling of their day (toldOfKind) join once the day's reports have
	// found each other: taken first, a saying would hold apart the reports
	// it shares an article with.
	for _, p := range told {
		if !p[0].dead && !p[1].dead && disjointDocs(p[0], p[1]) {
			m.joinTold(p[0], p[1], m.dayReported(p[0]) && m.dayReported(p[1]))
		}
	}
	m.joinUnnamed(held)
}

// joinTold joins o, of which or of cl one at least is a statement, to cl
// (see toldAlike and toldOfKind): a statement that another telling joins
// tells a happening, and when demote, the happening's own sources title
// it (toldTitles). A saying that only a retelling weeks on joins by its
// kind ("The ban is backdated to May 28, the day he was provisionally
// suspended") is the day's own report, and the titles keep their ranks
// (see dayReported).
func (m *merger) joinTold(cl, o *cluster, demote bool) {
	if cl.class == kindStatement {
		cl.class = o.class
		if demote {
			toldTitles(cl.members)
		}
	}
	if o.class == kindStatement && demote {
		toldTitles(o.members)
	}
	for _, c := range o.members {
		m.add(cl, c)
	}
	o.dead = true
}

// announcedAndTold reports whether a and b, clusters of the same one day
// and class, are a happening announced ahead and its report: every
// article of one was published before the day (it tells what is planned,
// due or expected then), an article of the other on or after it. News
// announces what it will report, and names it in other words before and
// after ("The first debate is scheduled for Sept. 29 at Lakeport
// Community College", "The two candidates clashed over the water system
// on Tuesday night"): the two need the agreement two reports of one day
// naming one kind of happening need (sameDayClusters) and two words or
// more in common (one is as often the story's own word, "plant" or
// "workers", as the happening's), both dated by their sources' words, no
// article a source of both. It is tried in the last consolidation only
// (consolidate), once the day's reports have found each other: a plan
// taken by one report first would hold it apart from the others.
func (m *merger) announcedAndTold(a, b *cluster) bool {
	if a.first != a.last || a.dated == 0 || b.dated == 0 || !disjointDocs(a, b) {
		return false
	}
	pa, pb := m.announced(a), m.announced(b)
	if pa == pb {
		return false
	}
	sim := profileCosine(&a.core, &b.core)
	if sim < sameDayClusters {
		return false
	}
	return sharedStems(&a.core, &b.core) >= 2
}

// announced reports whether every article of cl was published, by day,
// before cl's first day.
func (m *merger) announced(cl *cluster) bool {
	for d := range cl.docs {
		if d >= len(m.news) || m.news[d].Gran != timeline.Day || m.newsDay[d] >= cl.first {
			return false
		}
	}
	return true
}

// joinUnnamed joins a cluster of the last consolidation that names no one
// but the story's own people and places (distinct), and agrees in words
// with exactly one cluster of its day that names someone two articles
// name (held: the pairs consolidate found, names agreeing but none
// shared), to that one, when a source dates it by its own words, no more
// articles tell it than tell the named one, and both name a kind of
// happening in common (kindsShared): "A helicopter pilot was killed on
// Thursday while dropping water on a wildfire" is the crash that "the
// pilot, Dana Whitford, 52" and "pilot Dana Whitford was killed on
// Thursday" tell. One that agrees with two such clusters (the actress's
// lawyer saying she checked into rehab, on a day she checked into two
// clinics) tells neither for sure, and stays apart; so does a headline
// alone (a headline may tell any happening of its day), and a happening
// most articles tell beside a named one few tell (the murders, and the
// discovery of one victim an article tells by her town).
func (m *merger) joinUnnamed(held [][2]*cluster) {
	if len(held) == 0 {
		return
	}
	unnamed := func(p [2]*cluster) (x, y *cluster) {
		if m.distinct(p[0], true) {
			return p[0], p[1]
		}
		return p[1], p[0]
	}
	partners := map[*cluster]int{}
	for _, p := range held {
		_, y := unnamed(p)
		partners[y]++
	}
	for _, p := range held {
		x, y := unnamed(p)
		if partners[y] != 1 || x.dead || y.dead || !m.distinct(x, true) || m.distinct(y, false) || y.dated == 0 || len(y.docs) > len(x.docs) || !m.kindsShared(x, y) {
			continue
		}
		for _, c := range y.members {
			m.add(x, c)
		}
		y.dead = true
	}
}

// familyShared reports whether two clusters of one day, both dated by
// their sources' words, tell one happening by its kind: a name in common,
// the story's own people and places too, and a word of the same kind of
// happening in the clause a dated source of each dates ("Police arrested
// the mayor, Ines Carrasco, on Tuesday" and "Officers detained Carrasco at
// her home at about 7 a.m."), whatever other names each adds (when those
// set them apart, namesAgree has already). The word counts in the dated
// clause only, in lower case: "on Tuesday the crowd was calm, but on
// Wednesday it rioted" dates no riot to Tuesday, and "the Alpine Rescue
// Team" is no rescue.
func (m *merger) familyShared(a, b *cluster) bool {
	if a.first != a.last || a.dated == 0 || b.dated == 0 || m.num == nil {
		return false
	}
	named := false
	for n := range a.names {
		if b.names[n] {
			named = true
			break
		}
	}
	return named && m.kindsNamed(a, b)
}

// kindsNamed reports whether a kind of happening both clusters' dated
// sources name is named by each in lower case in the clause its time
// dates (clauseKind: not "the Mines Rescue chief"), and none names it as
// another of its kind.
func (m *merger) kindsNamed(a, b *cluster) bool {
	// Every word in common is read (a.core's stems come in its table's
	// order, not the words'): one told as another of its kind rules the
	// join out whatever the others say.
	shared := false
	for s, n := range a.core.stems() {
		if n > 0 && int(s) < len(m.happening) && m.happening[s] && b.core.count(s) > 0 {
			ka, oa := m.clauseKind(a, s)
			kb, ob := m.clauseKind(b, s)
			if oa || ob {
				return false // "a second blast", "another explosion"
			}
			shared = shared || ka && kb
		}
	}
	return shared
}

// clauseKind reports whether one of cl's first dated sources (maxClauses)
// names the kind of happening h in lower case in the clause its time
// dates, and whether one names it after a word that tells another of its
// kind (otherOfKind: "a second blast").
func (m *merger) clauseKind(cl *cluster, h sid) (named, other bool) {
	seen := 0
	for i, c := range cl.members {
		if seen == maxClauses || i == 4*maxClauses {
			break
		}
		if c.basis != "" {
			continue
		}
		seen++
		t := c.stext
		lo, hi := c.seg[0]-c.sent.start, c.seg[1]-c.sent.start
		if lo < 0 || hi > len(t) || lo >= hi {
			continue
		}
		m.words = appendWords(m.words[:0], t, lo, hi)
		for k, w := range m.words {
			if t[w.i] < 'a' || t[w.i] > 'z' {
				continue
			}
			if id, ok := m.num[m.lx.token(w.w)]; ok && id == h {
				named = true
				if k > 0 && otherOfKind.Has(m.words[k-1].w) {
					return named, true
				}
			}
		}
	}
	return named, false
}

// toldAlike reports whether a and b, clusters of the same one day of
// which one at least is a statement, tell one happening: both dated by
// their sources' own words, no distinctive name that sets them apart
// (namesAgree), a distinctive name in common or none on either side
// (namesShared: "the actress's lawyer said she checked into rehab on
// Thursday" names no clinic, and joins neither of the day's two), and
// their dated sources, headlines and leads in words that agree as two
// clusters' must (sameClusters). Reactions of the day ("The union said on
// Monday it would seek urgent meetings") share few of the happening's
// words and stay apart.
func (m *merger) toldAlike(a, b *cluster) bool {
	if a.first != a.last || a.dated == 0 || b.dated == 0 || !m.namesAgree(a, b) || !m.namesShared(a, b) {
		return false
	}
	return profileCosine(&a.core, &b.core) >= sameClusters
}

// dayReported reports whether an article published in the days up to
// newsDays after cl's last day is a source of cl: the happening is told
// as that day's news, not only retold weeks on.
func (m *merger) dayReported(cl *cluster) bool {
	for d := range cl.docs {
		if d < len(m.news) && m.news[d].Gran == timeline.Day && m.newsDay[d] >= cl.first && m.newsDay[d]-cl.last <= newsDays {
			return true
		}
	}
	return false
}

// toldOfKind reports whether a and b, clusters of the same one day of
// which one at least is a statement, that toldAlike does not join, tell
// one happening all the same: news reports a day's act as someone's
// saying ("Police said on Tuesday that they had arrested the captain")
// and other articles retell it with words of their own ("The captain,
// who was arrested on June 10, remains on bail while ..."), sharing few
// words beyond the happening's kind. Both dated by their sources' own
// words, names agreeing and shared as toldAlike wants, no article a
// source of both, both naming the same kind of happening in the clauses
// their times date (kindsNamed), at the agreement two reports of one day
// need (sameDayClusters). Not a plan and its outcome: a cluster whose
// every article was published before the day tells what is due there,
// not what happened (announced). A reaction of the day names another
// kind of happening, or none, and stays apart ("The mayor said on
// Tuesday the town would hold a vigil").
func (m *merger) toldOfKind(a, b *cluster) bool {
	if a.first != a.last || a.dated == 0 || b.dated == 0 || !disjointDocs(a, b) || !m.namesAgree(a, b) || !m.namesShared(a, b) {
		return false
	}
	if profileCosine(&a.core, &b.core) < sameDayClusters || m.num == nil || !m.kindsNamed(a, b) {
		return false
	}
	return m.announced(a) == m.announced(b)
}

// coarseMonth is the longest span, in days, of a cluster that coarseToDays
// offers to a day in it: a week's or a month's.
const coarseMonth = 31

// coarseToDays joins a cluster of a week or a month ("whose ministry
// admitted this week that the sunken ferry was carrying more than 600
// people") to the cluster of one day in it that tells the same kind of
// happening ("The ferry was carrying at least 611 people, ..., officials
// admitted" on Tuesday), as one mention does when it comes
// (sameCoarseKind): mentions come finest date first, so a week's or a
// month's retelling was tried before the day's headlines and leads had
// joined its day and told its kind. It runs once the
// headlines and leads have joined. The day must be dated by a source's
// own words; the two clusters' dated sources must name the same kind of
// happening, agree in names (namesAgree) and in words (sameCoarseKind);
// the best day of the span takes it.
//
// When no day of its class takes it, a statement of a day in the span
// may: findings, decisions and announcements are reported on their day
// as someone's saying ("The wildfire was started by sparks from a
// rail-grinding machine, investigators said on Tuesday", "The FCA opened
// an investigation on March 10, the company confirmed") and retold weeks
// on as acts of the month ("Investigators concluded last month that
// sparks started the fire", "the FCA, which opened its own investigation
// in March"). The words must agree as a dated mention's must with a
// happening of its own day (sameHappening), and no source of the retelling
// may stand in a sentence that dates another clause to other days ("The
// tanker, which spilled oil last month, was pulled off the reef on
// Tuesday": the month dates a clause beside the news; see told).
func (m *merger) coarseToDays() {
	// The sentences that date clauses to two different times (see
	// told): one pass over the dated sources.
	type sentKey struct{ doc, at int }
	span := map[sentKey][2]int64{}
	twoTimes := map[sentKey]bool{}
	for _, cl := range m.clusters {
		for _, c := range cl.members {
			if c.basis != "" {
				continue
			}
			k := sentKey{c.doc, c.sent.start}
			a, b := candRange(c)
			if r, ok := span[k]; !ok {
				span[k] = [2]int64{a, b}
			} else if r != [2]int64{a, b} {
				twoTimes[k] = true
			}
		}
	}
	told := func(cl *cluster) bool {
		return !slices.ContainsFunc(cl.members, func(c *candidate) bool { return c.basis == "" && twoTimes[sentKey{c.doc, c.sent.start}] })
	}
	for _, cl := range m.clusters {
		if cl.dead || cl.class == kindStatement || cl.first == cl.last || cl.last-cl.first > coarseMonth || cl.dated == 0 ||
			slices.ContainsFunc(cl.members, ownDaySource) {
			continue
		}
		probe := m.rarestStems(cl)
		var best, stmt, plan *cluster
		bestSim, stmtSim, planSim := 0.0, 0.0, 0.0
		retold := told(cl)
		ahead := m.plannedMonth(cl)
		for o := range m.spanDays(cl, probe) {
			if m.toldBefore(cl, o.first) {
				continue // a day after a span told as behind (see score)
			}
			sim := profileCosine(&cl.core, &o.core)
			if !m.kindsShared(cl, o) && !m.retoldAlike(cl, o, sim, retold) {
				// A happening announced for a month and its day
				// (see plannedMonth).
				if ahead && o.class == cl.class && !m.announced(o) && disjointDocs(cl, o) {
					if sim >= sameNews && sharedStems(&cl.core, &o.core) >= 2 && preferredDay(o, sim, plan, planSim) {
						plan, planSim = o, sim
					}
				}
				continue
			}
			if o.class == kindStatement && o.class != cl.class {
				if retold && sim >= sameHappening && preferredDay(o, sim, stmt, stmtSim) {
					stmt, stmtSim = o, sim
				}
				continue
			}
			if o.class != cl.class {
				continue
			}
			if sim >= sameCoarseKind && preferredDay(o, sim, best, bestSim) {
				best, bestSim = o, sim
			}
		}
		if best == nil {
			best, bestSim = stmt, stmtSim
		}
		if best == nil {
			best = plan
		}
		if best == nil {
			continue
		}
		for _, c := range cl.members {
			m.add(best, c)
		}
		cl.dead = true
	}
	m.coarseAcrossClasses()
}

// retoldAlike reports whether cl, a cluster of a week or a month told as
// the past (retold: see told in coarseToDays), retells o, a cluster of one
// day in its span, by o's own words when neither names a kind of happening
// that kindsShared knows. Claim: news English retells a day's act weeks on
// by the month or the week it fell in, with the act's own verb or noun and
// object ("The state lottery, which resumed drawings a month ago", "The
// lottery resumed its draw games Monday night"; "a $22 million federal
// grant awarded in May", "A $22 million federal grant was announced May
// 20"); two tellings of one month that agree as closely as a dated
// mention must with a happening of its own day (sameHappening), on three
// stems or more, one at least no name's, tell one act. Not when they share
// only the participants' names ("Ashcombe District Council, which asked
// for the review in October" and "Household grants will be paid through
// Ashcombe District Council, which said on Wednesday ..."); not when an
// article of the retelling was published by the day (a plan, or the day's
// own news, is not a retelling); not when the time names a part of the
// month ("opened a formal inspection at the end of September": a day of
// early September is another act; see monthParts).
func (m *merger) retoldAlike(cl, o *cluster, sim float64, retold bool) bool {
	if !retold || sim < sameHappening || !disjointDocs(cl, o) || sharedStems(&cl.core, &o.core) < retoldStems {
		return false
	}
	for d := range cl.docs {
		if d >= len(m.news) || m.news[d].Gran != timeline.Day || m.newsDay[d] <= o.last {
			return false // told on the day or before it: not a retelling
		}
	}
	for _, c := range cl.members {
		if c.basis == "" && monthPart(c.tx.Text) {
			return false
		}
	}
	named := m.namedStems()
	n := 0
	for s, k := range cl.core.stems() {
		if k > 0 && o.core.count(s) > 0 && (int(s) >= len(named) || !named[s]) {
			n++
		}
	}
	return n > 0
}

// monthParts are the words that date a part of a week or a month ("in late
// September", "at the end of September", "in mid-June"): such a time
// dates a part of the month that no day of it is known to fall in, and a
// retelling by it is not joined by its words alone (retoldAlike).
var monthParts = wordSet("month-parts")

// monthPart reports whether the time expression t names a part of its
// span (monthParts).
func monthPart(t string) bool {
	for _, w := range strings.FieldsFunc(asciiLower(t), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if monthParts.Has(w) {
			return true
		}
	}
	return false
}

// retoldStems is how many stems a coarse retelling and its day share in
// retoldAlike, one of them at least no name's.
const retoldStems = 3

// namedStems is, by number, whether a stem is some name's (a name's key,
// after its 0 byte, stemmed: "Ashcombe District Council" makes ashcomb,
// district and council): worked out once a merge, the first time
// retoldAlike asks, over the story's words.
func (m *merger) namedStems() []bool {
	if m.named == nil {
		m.named = make([]bool, len(m.w.df))
		for k := range m.num {
			if len(k) < 2 || k[0] != 0 {
				continue
			}
			if s, ok := m.num[stem(k[1:])]; ok && int(s) < len(m.named) {
				m.named[s] = true
			}
		}
	}
	return m.named
}

// plannedMonth reports whether cl, a cluster of a week or a month, is a
// happening announced for a month: its articles were all published before
// the month (see announced), and its sources are dated by the month
// ("The satellite is due to start routine operations in September", "An
// exhibition is planned to open in September"). News announces what it
// will report, in other words before and after ("began routine
// operations", "was opened by the President"): when no day of the month
// names its kind, the day of its class that a later article reports and
// whose words agree as an article's own news agrees with a happening of
// its days (sameNews), with two stems or more in common and no name that
// sets them apart, takes it. A week ahead ("over the coming week,
// controllers will deploy the arrays") says less of which day's happening
// it announces (the arrays deployed, or one stuck and freed days later),
// and stays apart.
func (m *merger) plannedMonth(cl *cluster) bool {
	if !m.announced(cl) {
		return false
	}
	for _, c := range cl.members {
		if c.basis == "" && c.date.Gran != timeline.Month {
			return false
		}
	}
	return true
}

// ownDaySource reports whether c keeps its cluster from being a coarse
// retelling: a span of days ("on March 4 for a three-day trip") is no
// retelling; nor is a cluster that a day's source (a statement's report of
// the days before it) joined.
func ownDaySource(c *candidate) bool {
	return (c.basis == "" || c.basis == "reported") && (c.date.Gran != timeline.Week && c.date.Gran != timeline.Month || !c.endDate().IsZero())
}

// spanDays yields, once each, the clusters of one dated day within cl's
// span that the latest probeClusters clusters of a day under one of
// probe's stems hold and whose names agree with cl's (namesAgree): the
// days a coarse cluster may join. It stamps cl and what it visits.
func (m *merger) spanDays(cl *cluster, probe []sid) iter.Seq[*cluster] {
	return func(yield func(*cluster) bool) {
		m.stamp++
		cl.stamp = m.stamp
		for d := cl.first; d <= cl.last; d++ {
			bk := m.days[d]
			if bk == nil {
				continue
			}
			for _, s := range probe {
				l := bk.byStem[s]
				for _, o := range l[max(0, len(l)-probeClusters):] {
					if o.stamp == m.stamp || o.dead {
						continue
					}
					o.stamp = m.stamp
					if o.first != o.last || o.first != d || o.dated == 0 || !m.namesAgree(cl, o) {
						continue
					}
					if !yield(o) {
						return
					}
				}
			}
		}
	}
}

// rarestStems is the probeStems stems of cl's core that the fewest
// documents hold (ties by stem), the keys its candidates are looked up by.
func (m *merger) rarestStems(cl *cluster) []sid {
	probe := make([]sid, 0, cl.core.n)
	for s, n := range cl.core.stems() {
		if n > 0 {
			probe = append(probe, s)
		}
	}
	slices.SortFunc(probe, func(x, y sid) int {
		if c := cmp.Compare(m.w.df[x], m.w.df[y]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	return probe[:min(len(probe), probeStems)]
}

// coarseSaysToDays joins a statement of a week or a month ("Norland said
// last month that it had moved some work to its mill in Tampere") to the
// statement of one day in it that it retells ("Norland Paper told
// investors on Wednesday that it had begun shipping ... from its mill in
// Tampere"). Claim: in news English a later article retells a day's
// announcement, finding or testimony by its week or month, with the same
// teller and the same object; when the span holds one saying that agrees
// with it, that saying is what it retells. So the retelling joins a
// day's statement when the statement agrees with it in names (namesAgree)
// and in words as an article's own news agrees with a happening of its
// days (sameNews), and it is the only candidate: no happening of another
// day of the span agrees with it so ("since the board declared a drought
// last month": the board's meeting, and the water trucks it paid for days
// later), no other statement of the span tells the same kind of thing
// (sameCoarseKind), and no other statement of its day that shares one of
// its words tells the same kind of thing (a day whose saying is told in
// two events: "Lind tells the jury she never saw the ledger", "Lind said
// the entries ..."; a reply of the same day that shares its words, a
// union's anger at the closure announced, tells another kind of thing
// and leaves the day's saying one); otherwise the
// coarse date does not tell which, and it stays apart. It runs last, once
// the day's clusters have joined, on the statement clusters of weeks and
// months that coarseToDays leaves out; the retelling's sources never
// title the day (its own sources do). Each is compared with the latest
// probeClusters clusters of its days that share one of its rarest stems:
// linear in the clusters.
//
// Claim: weeks later, news retells a day's act by its month as someone's
// saying ("the county declared an emergency last month", "its chief
// executive told a parliamentary committee last month that ...",
// "engineers have said two lines were taken out of service in January")
// where the day's own report told it as an act ("The head of Northway
// apologized on Tuesday before a Commons committee"). So when no saying
// of the span tells the same kind of thing, the retelling joins the one
// act of the span whose words agree with it as a dated mention's must
// with a happening of its days (sameHappening), when no other cluster of
// the span agrees with it as news does (sameNews). Neither may be only
// announced (see announced): "said it would send inspectors next week"
// tells a plan, and a day's act that its articles only foresee ("is
// scheduled to appear before the council") is not yet what was done.
func (m *merger) coarseSaysToDays() {
	for _, cl := range m.clusters {
		if cl.dead || cl.class != kindStatement || cl.first == cl.last || cl.last-cl.first > coarseMonth || cl.dated == 0 ||
			slices.ContainsFunc(cl.members, ownDaySource) {
			continue
		}
		probe := m.rarestStems(cl)
		var best, act *cluster
		bestSim := 0.0
		day, days, others, acts := int64(0), 0, 0, 0
		// The statements of each day of the span that share a word
		// with the retelling, agree in names and tell the same kind of
		// thing (sameCoarseKind).
		said := make([]int, cl.last-cl.first+1)
		for o := range m.spanDays(cl, probe) {
			sim := profileCosine(&cl.core, &o.core)
			if o.class == kindStatement && sim >= sameCoarseKind {
				// Another saying of the span that tells the same
				// kind of thing: the retelling may tell either.
				others++
			}
			if o.class == kindStatement && sim >= sameCoarseKind {
				said[o.first-cl.first]++
			}
			if sim < sameNews {
				continue
			}
			if days == 0 || o.first != day {
				day = o.first
				days++
			}
			if o.class == kindStatement && preferredDay(o, sim, best, bestSim) {
				best, bestSim = o, sim
			}
			if o.class != kindStatement {
				acts++
				if sim >= sameHappening && !m.announced(o) {
					act = o
				}
			}
		}
		if best == nil && act != nil && days == 1 && acts == 1 && others == 0 && said[act.first-cl.first] == 0 && !m.announced(cl) {
			// The day told it as an act (see the claim above).
			best, others, said[act.first-cl.first] = act, 1, 1
		}
		if best == nil || days != 1 || others != 1 || said[best.first-cl.first] != 1 {
			continue
		}
		for _, c := range cl.members {
			// The day's own sources title it: the retelling names
			// the saying by a coarser time, often by what came of it
			// ("The company first announced ...").
			c.priority = max(c.priority, 4)
			m.add(best, c)
		}
		best.retold += 1 + cl.retold
		cl.dead = true
	}
}

// sharedStems counts the stems two profiles both use.
func sharedStems(a, b *profile) int {
	if a.n > b.n {
		a, b = b, a
	}
	n := 0
	for s, k := range a.stems() {
		if k > 0 && b.count(s) > 0 {
			n++
		}
	}
	return n
}

// preferredDay reports whether o, a day's cluster as like a coarse one
// as sim, is a better home for it than cur (nil, or as like as curSim):
// the more alike, then the more articles, then the older.
func preferredDay(o *cluster, sim float64, cur *cluster, curSim float64) bool {
	return cur == nil || sim > curSim || sim == curSim && (len(o.docs) > len(cur.docs) || len(o.docs) == len(cur.docs) && o.idx < cur.idx)
}

// coarseAcrossClasses joins two clusters of the same year, month or week
// that tell one happening, one as a saying, the other as an act. Background that
// articles date only by its year or month is retold in other words and
// other grammar: one article tells the act ("the works were put out to
// tender in 2023"), another a saying or a document about it ("a 2019
// inspection noted seepage", "the company first announced in September
// that it would move production"); the class of the verb, which tells a
// day's statements from its acts, does not tell background apart. Two such
// clusters join when their dated sources' words agree as a dated mention's
// must with a happening of its days (sameHappening) and their names agree
// (namesAgree). The one with more dated sources takes the other (the
// older on a tie). Each cluster is compared with the latest probeClusters
// clusters of its span of the other classes: linear in the clusters.
// Only a saying and an act join so: two acts of different kinds ("the
// works were put out to tender", "the contract was signed") are told
// apart by their kinds.
func (m *merger) coarseAcrossClasses() {
	type spanKey struct {
		first, last int64
		saying      bool
	}
	seen := map[spanKey][]*cluster{}
	for _, cl := range m.clusters {
		if cl.dead || cl.first == cl.last || cl.dated == 0 {
			continue
		}
		own := spanKey{cl.first, cl.last, cl.class == kindStatement}
		other := own
		other.saying = !own.saying
		l := seen[other]
		var best *cluster
		bestSim := 0.0
		for _, o := range l[max(0, len(l)-probeClusters):] {
			if o.dead || !m.namesAgree(cl, o) {
				continue
			}
			if sim := profileCosine(&cl.core, &o.core); sim >= sameHappening && (best == nil || sim > bestSim) {
				best, bestSim = o, sim
			}
		}
		if best == nil {
			seen[own] = append(seen[own], cl)
			continue
		}
		keep, gone := best, cl
		if cl.dated > best.dated {
			keep, gone = cl, best
		}
		for _, c := range gone.members {
			m.add(keep, c)
		}
		gone.dead = true
		if keep == cl {
			seen[own] = append(seen[own], cl)
		}
	}
}

// namesShared reports whether two clusters name a distinctive person or
// place in common, or neither names one that two articles name.
func (m *merger) namesShared(a, b *cluster) bool {
	if !m.distinct(a, true) && !m.distinct(b, true) {
		return true
	}
	for n := range a.names {
		if !m.common(n) && b.names[n] {
			return true
		}
	}
	return false
}

// namesAgree reports whether two clusters name the same distinctive people
// and places, or one of them names none.
func (m *merger) namesAgree(a, b *cluster) bool {
	if !m.distinct(a, false) || !m.distinct(b, false) {
		return true
	}
	for n := range a.names {
		if !m.common(n) && b.names[n] {
			return true
		}
	}
	return false
}

// profileCosine is the cosine between two clusters' profiles.
func profileCosine(a, b *profile) float64 {
	if a.norm2 == 0 || b.norm2 == 0 {
		return 0
	}
	if a.n > b.n {
		a, b = b, a
	}
	dot := 0.0
	for s, c := range a.stems() {
		dot += float64(c) * float64(b.count(s))
	}
	return dot / math.Sqrt(a.norm2*b.norm2)
}

// publishable reports whether c's title is a headline (see grade).
func (c *candidate) publishable() bool {
	return c.grade() == 2
}

// grade is how well c's title reads as a headline: 2 a clause with a verb
// of its own (or a label: a title made of the noun that names the
// happening, "NATO summit in Washington", "Previous visit of ..."), 1
// publishable but with no verb of its own (see predicateless), 0 not
// publishable; worked out once.
func (c *candidate) grade() int8 {
	if c.pub == 0 {
		switch {
		case !publishable(c.title):
			c.pub = 1
		case c.noun || strings.HasPrefix(c.title, derivedPrefix) || clause(strings.Fields(c.title)):
			c.pub = 3
		default:
			c.pub = 2
		}
	}
	return c.pub - 1
}

// verblessNoun reports whether c's title, a headline, is made of the noun
// its time dates (c.noun) and has no verb of its own.
func verblessNoun(c *candidate) bool {
	return c.noun && c.grade() == 2 && !clause(strings.Fields(c.title))
}

// toldClause reports whether c's title is a clause with a verb of its own
// that does not open it (its subject does): "A man was stabbed ...", not
// "Struck with a force of about 6".
func toldClause(c *candidate) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, c.title)
	return c.grade() == 2 && len(ws) > 1 && !verbAt(ws, 0) && clause(ws)
}

// eventTitle is the best source's title; when no source gives a
// publishable one (a clause of one or two words, "Violence", a fragment),
// the best source's whole sentence, cut the same way, if that reads as a
// headline.
func eventTitle(best *candidate) string {
	if best.publishable() {
		return best.title
	}
	for _, m := range []*candidate{best} {
		if m.basis == "article" {
			continue
		}
		if seg, _ := m.inSentence(); seg[0] > 0 && seg[1] <= len(m.stext) && relativeClause(m.stext, seg) {
			// "The ship, which sank on Tuesday, was carrying ...": the
			// time is the relative clause's, and the whole sentence
			// without it would date the main clause; the clause told of
			// its subject, short as it is, stays ("The ship sank"), and
			// one with no title of its own makes no event alone (see
			// dropBareNouns: "... would delay its annual results, which
			// had been scheduled for March 6" is no event of March 6
			// titled by the delay).
			continue
		}
		// The sentence's own text, so the offsets count from its start.
		var tx *timex.Timex
		if m.tx.End > m.tx.Start {
			t := m.tx.timex()
			t.Start, t.End = t.Start-m.sent.start, t.End-m.sent.start
			tx = &t
		}
		if m.objectNoun() {
			// "Police arrested two men over Sunday's bombing": the
			// sentence tells of the arrest, which the time does not
			// date.
			continue
		}
		// A headline; else a title with no verb of its own is still
		// better than one that cannot be published ("Is expected").
		if t := clauseTitle(m.stext, [2]int{0, len(m.stext)}, tx); headline(t) || publishable(t) && best.grade() == 0 {
			return t
		}
	}
	return best.title
}

// leadInCase writes in lower case the words a paper set in capitals to
// open its lead ("A MAN was last night being quizzed", "ONE Australian and
// one English climber"): the capitals that open a title, up to three words,
// when words in lower case follow them and each is a word the story writes
// in lower case elsewhere (lower, which holds no stop words), an article
// or a number word. An acronym ("SEACOM said", "the BBC") is none of
// these and ends the run; words of one or two letters count only as an
// article ("IT staff", "A US drone" stay). The first word keeps its
// capital.
func leadInCase(t string, lower map[string]bool) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	n := 0
	for n < len(ws) && n < 3 && allCaps(ws[n]) {
		w := strings.ToLower(ws[n])
		if !articleWords.Has(w) && (len(w) <= 2 || !lower[w] && !measureNumbers.Has(w)) {
			break
		}
		n++
	}
	if n == 0 || n >= len(ws) || n == 1 && len(ws[0]) == 1 || allCaps(strings.Join(ws[n:min(len(ws), n+3)], "")) {
		return t // (a headline in capitals: "BRIEF UNPLANNED CABLE OUTAGE")
	}
	for i := range n {
		ws[i] = strings.ToLower(ws[i])
	}
	ws[0] = capitalize(ws[0])
	return strings.Join(ws, " ")
}

// articleWords are the articles (data/words.txt).
var articleWords = wordSet("articles")

// KindFreeID is an event id without the word for its kind of happening
// ("2023-09-13-meeting-kim-jong-un" -> "2023-09-13-kim-jong-un"): an event
// keeps its date and people when enough new sources tell it as another kind
// ("visit" instead of "meeting") to change its id, and an editor's
// correction keyed by the old id can still find it (internal/editorial).
func KindFreeID(id string) string {
	at, n := -1, 0
	for _, k := range kindNouns {
		for _, form := range []string{"-" + k + "-", "-" + k} {
			i := strings.Index(id, form)
			if i < 0 || form == "-"+k && i+len(form) != len(id) {
				continue
			}
			if at < 0 || i < at {
				at, n = i, len("-"+k)
			}
		}
	}
	if at < 0 {
		return id
	}
	return id[:at] + id[at+n:]
}

// fieldCount is len(strings.Fields(s)), without building the fields.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// foldSpace is strings.Join(strings.Fields(s), " "), in one allocation.
func foldSpace(s string) string {
	if folded(s) {
		return s // most sentences: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			sep = b.Len() > 0
			i += n
			continue
		}
		if sep {
			b.WriteByte(' ')
			sep = false
		}
		b.WriteString(s[i : i+n]) // the bytes as they are, valid or not
		i += n
	}
	return b.String()
}

// folded reports whether foldSpace(s) is s: no space at either end, and
// none but single ' ' within.
func folded(s string) bool {
	prev := true // as if a space came before s: none may lead
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := c == ' '
			if sp && prev || c != ' ' && asciiSpace[c] {
				return false
			}
			prev = sp
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prev = false
		i += n
	}
	return !prev || s == ""
}

// quotation reports whether a sentence opens with a quotation mark.
func quotation(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“")
}

// leadsToDaysBefore gives an article's lead in the present perfect, with
// its headline an event of the article's publication day (undated, or
// dated only by a closing said-day of that day: "Searchers have found the
// hiker's pack, police said Friday"), to the happening that one of the
// next two sentences dates to one of the two days before, in the words of
// the lead's verb (sameLeadHappening): "The pack
// was spotted by a helicopter crew Thursday afternoon". A present perfect
// reports the latest development, which the body dates; the said-day then
// dates the saying, the publication day nothing. A sentence in two such
// happenings, or one that tells a statement, moves nothing.
func (m *merger) leadsToDaysBefore() {
	for _, cl := range m.clusters {
		if cl.dead || len(cl.docs) != 1 || len(cl.members) > 2 {
			continue
		}
		var c, h *candidate
		n := 0
		for _, x := range cl.members {
			if isHeadline(x) {
				h = x
			} else {
				c = x
				n++
			}
		}
		if n != 1 || !c.lead || h != nil && h.doc != c.doc || c.doc >= len(m.news) || m.news[c.doc].Gran != timeline.Day {
			continue
		}
		pub, _ := dayNum(m.news[c.doc])
		ws := words(c.stext, 0, len(c.stext))
		if !perfectLead(ws) {
			continue
		}
		switch c.basis {
		case "published":
		case "":
			if c.kind.class() != kindStatement || cl.first != pub || cl.last != pub || !closingSaid(ws, c.tx.Start-c.sent.start) {
				continue
			}
		default:
			continue
		}
		days := func(o *cluster) bool { return o.first < pub && o.first >= pub-newsDays }
		m.leadToNext(cl, c, 2, days, func(_ *cluster, x *candidate) bool {
			return !looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && (m.sameLeadHappening(c, x, x.kind.class() == kindStatement) || h != nil && m.headVerbDated(h, x))
		})
		if h != nil && !cl.dead {
			// The headline's own verb is the closer evidence: the body
			// may first tell who died or what broke, then the step the
			// headline reports, in the lead's next four sentences.
			m.leadToNext(cl, c, headVerbReach, days, func(_ *cluster, x *candidate) bool {
				return !looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && m.headVerbDated(h, x)
			})
		}
	}
}

// headVerbReach is how many sentences after the lead leadsToDaysBefore
// reads for the headline's verb told in the past (headVerbDated).
const headVerbReach = 4

// headVerbDated reports whether x, a clause of a sentence after the lead,
// tells in the past the act the headline h names in its present-tense
// verb: "Inquest hears carer died of multiple injuries" and "At a brief
// hearing on Tuesday, the coroner heard that ...". A headline is written
// in the present of the news it reports; the body tells that act in the
// past and dates it, so the lead's present perfect is the same step.
// Verbs of saying ("says", "said") date only a saying and are not read.
func (m *merger) headVerbDated(h, x *candidate) bool {
	a, b := x.seg[0]-x.sent.start, x.seg[1]-x.sent.start
	if a < 0 || b > len(x.stext) || a >= b {
		return false
	}
	// The headline's verb: its first word in lower case in "-s" before any
	// preposition ("Council scraps plan for ... after protests": "scraps",
	// never the noun "protests").
	v := ""
	for k, w := range words(h.stext, 0, len(h.stext)) {
		if k == 0 || unicode.IsUpper(rune(h.stext[w.i])) {
			continue
		}
		if prepositions.Has(w.w) {
			break
		}
		if len(w.w) >= 4 && strings.HasSuffix(w.w, "s") && !strings.HasSuffix(w.w, "ss") {
			v = w.w
			break
		}
	}
	if v == "" || sayingVerb(v) || reportingVerbs.Has(v) {
		return false
	}
	stem := v[:len(v)-1] // "hears": "hear"; "votes": "vote"
	for _, y := range words(x.stext, a, b) {
		// The same verb in the past: the past its present's stem opens
		// ("heard", "voted", "opened").
		if (verbForms.Has(y.w) || strings.HasSuffix(y.w, "ed")) && !sayingVerb(y.w) && !reportingVerbs.Has(y.w) && strings.HasPrefix(y.w, stem) && len(y.w)-len(stem) <= 2 {
			return true
		}
	}
	return false
}

// madeKnownVerbs tell an act made by making it known (data/words.txt).
var madeKnownVerbs = wordSet("made-known-verbs")

// aloneHeadline reads a live, undated cluster that holds an article's
// headline alone, dated at its publication (with its undated lead at
// most): the headline
// h, the article's lead first (its first sentence after the headline, nil
// when it has none among its last clusters), the article's clusters own
// (its last probeClusters), and the days from which a report of the day
// before may date it (from, the Friday before a Monday's paper) up to the
// publication pub. ok is false for any other cluster.
func (m *merger) aloneHeadline(cl *cluster) (h, first *candidate, own []*cluster, from, pub int64, ok bool) {
	if cl.dead || cl.dated > 0 || len(cl.members) > 2 || !isHeadline(cl.members[0]) {
		return nil, nil, nil, 0, 0, false
	}
	h = cl.members[0]
	if slices.ContainsFunc(cl.members[1:], func(x *candidate) bool { return x.doc != h.doc || x.basis != "published" || !x.lead }) {
		return nil, nil, nil, 0, 0, false
	}
	if h.doc >= len(m.news) || m.news[h.doc].Gran != timeline.Day {
		return nil, nil, nil, 0, 0, false
	}
	pub, _ = dayNum(m.news[h.doc])
	from = pub - newsDays
	if m.news[h.doc].First().Weekday() == time.Monday {
		from = pub - 3 // a Monday's paper: the Friday before
	}
	own = m.byDoc.of(h.doc)
	own = own[max(0, len(own)-probeClusters):]
	for _, o := range own {
		for _, x := range o.members {
			if x.doc == h.doc && x.lead && x.sent.index > 0 && (first == nil || x.sent.index < first.sent.index) {
				first = x
			}
		}
	}
	return h, first, own, from, pub, true
}

// headlinesToSaidDay gives an article's headline that tells, in a verb of
// madeKnownVerbs, an act its lead tells too (a word of it in lower case,
// not inside a name), alone an event of its publication day (with its lead
// when the lead has no date of its own), to the day that a statement of
// the lead dates by its verb of saying, one or two days before the
// article, or the Friday before a Monday's: "Regulator proposes $3 million
// in fines over refinery fire" over "Safety regulators have cited the
// owner of a refinery ... and proposed $3 million in fines" and "The state
// labour department said Monday that ...", in Tuesday's paper. The act is
// its making known: the headline tells in the present what the body dates
// the day before. A headline of a happening that is no announcement
// ("Halvard shares soar"), a lead whose next dated sentence tells a
// happening, not a statement ("A flood shut its main factory on Monday"),
// or a statement further down, leaves the headline at its publication.
func (m *merger) headlinesToSaidDay() {
	for _, cl := range m.clusters {
		h, first, own, from, pub, ok := m.aloneHeadline(cl)
		if !ok {
			continue
		}
		if first == nil {
			continue
		}
		var to *cluster
		n := 0
		for _, o := range own {
			if o == cl || o.dead || o.first != o.last || o.first >= pub || o.first < from {
				continue
			}
			if slices.ContainsFunc(o.members, func(x *candidate) bool {
				return x.doc == h.doc && x.basis == "" && x.lead && x.sent.index <= first.sent.index+1 &&
					x.kind.class() == kindStatement && saidDay(x)
			}) {
				to = o
				n++
			}
		}
		if n != 1 || !slices.ContainsFunc(words(h.stext, 0, len(h.stext)), func(w word) bool {
			return madeKnownVerbs.Has(w.w) && !unicode.IsUpper(rune(h.stext[w.i]))
		}) || !m.tellsLead(h.stext, first.stext) {
			continue
		}
		m.moveArticleDated(cl, to)
	}
}

// headTokens returns the tokens of the words of the headline h in lower
// case and in capitals, in m.nameRoom's room.
func (m *merger) headTokens(h string) (low, up []string) {
	r := &m.nameRoom
	low, up = r.low[:0], r.up[:0]
	r.ws = appendWords(r.ws[:0], h, 0, len(h))
	for _, w := range r.ws {
		if t := m.lx.token(w.w); t == "" {
		} else if unicode.IsUpper(rune(h[w.i])) {
			up = append(up, t)
		} else {
			low = append(low, t)
		}
	}
	r.low, r.up = low, up
	return low, up
}

// tellsLead reports whether the headline h shares with the lead s a word
// that h has in lower case, a word of the act, not one inside a name of s
// (see nameWordsOnly).
func (m *merger) tellsLead(h, s string) bool {
	low, _ := m.headTokens(h)
	r := &m.nameRoom
	r.ws = appendWords(r.ws[:0], s, 0, len(s))
	for k, w := range r.ws {
		if (k == 0 || !unicode.IsUpper(rune(s[w.i]))) && slices.Contains(low, m.lx.token(w.w)) {
			return true
		}
	}
	return false
}

// saidDay reports whether the time of c dates its verb of saying ("said
// Monday", "confirmed on Friday").
func saidDay(c *candidate) bool {
	ws := words(c.stext, 0, len(c.stext))
	at := c.tx.Start - c.sent.start
	k := slices.IndexFunc(ws, func(w word) bool { return w.i >= at })
	if k < 1 {
		return false
	}
	j := k - 1
	if ws[j].w == "on" && j > 0 {
		j--
	}
	return sayingVerb(ws[j].w)
}

// closingSaid reports whether the time at offset at in the words ws of a
// sentence dates a verb of saying that closes it, after a present perfect
// ("..., police said Friday", "..., officials said on Tuesday").
func closingSaid(ws []word, at int) bool {
	k := slices.IndexFunc(ws, func(w word) bool { return w.i >= at })
	if k < 2 || k+3 < len(ws) {
		return false
	}
	j := k - 1
	if ws[j].w == "on" {
		j--
	}
	if !sayingVerb(ws[j].w) {
		return false
	}
	return perfectLead(ws[:j])
}

// perfectLead reports whether a lead's words hold a present perfect, of a
// participle in "-ed" or of an irregular one ("have found", "has flown").
func perfectLead(ws []word) bool {
	if presentPerfect(ws) {
		return true
	}
	for i := 0; i+1 < len(ws); i++ {
		if w := ws[i].w; (w == "has" || w == "have") && (i == 0 || !notPresentPerfect.Has(ws[i-1].w)) && (verbForms.Has(ws[i+1].w) || pastOpeners.Has(ws[i+1].w)) {
			return true
		}
	}
	return false
}

// sameLeadHappening reports whether x, a clause of a sentence after the
// lead c, tells the happening of the lead's present perfect: the same verb
// ("have reopened the bridge" and "The bridge was reopened on Monday"), a
// word of its kind of happening (data/happenings.txt: "have detained" and
// "was arrested"), or a verb of the same list of sameVerbs ("have found
// the backpack" and "The pack was spotted by a helicopter crew Thursday
// afternoon", "have arrived in Nelson" and "flew in from Brisbane
// yesterday"). Another happening of the same thing is not ("have
// reopened the bridge" and "The bridge was closed on Monday", "Police
// have arrested a man over the fire" and "The fire destroyed a warehouse
// on Thursday"). A clause told as a statement (said) is the lead's
// happening in a verb before its verb of saying, not one of saying:
// "Officers arrested him on Wednesday when a farmer reported a stranger"
// tells the capture; "Police said Thursday they had found the pack" dates
// the saying. A time that stands in the reported clause after its verb,
// no comma between, dates the act it reports (reportedDated): "The
// coastguard said the pair were rescued by a lifeboat crew at about 9pm
// on Sunday" tells Sunday's rescue.
func (m *merger) sameLeadHappening(c, x *candidate, statement bool) bool {
	a, b := x.seg[0]-x.sent.start, x.seg[1]-x.sent.start
	if a < 0 || b > len(x.stext) || a >= b {
		return false
	}
	xs := words(x.stext, a, b)
	ws := words(c.stext, 0, len(c.stext))
	at := x.tx.Start - x.sent.start
	// The last comma, colon, semicolon or quotation mark before the time,
	// found once: a word after it is in the time's clause (reportedDated),
	// so that a long reported clause is read in one pass.
	lo := len(x.stext)
	if at >= 0 && at <= len(x.stext) {
		lo = strings.LastIndexAny(x.stext[:at], reportedBreaks)
	}
	for _, j := range leadPerfects(ws) {
		v := ws[j].w
		t := m.lx.token(v)
		if t == "" {
			continue
		}
		if statement && sayingVerb(v) {
			continue
		}
		said := false
		for _, w := range xs {
			if statement && sayingVerb(w.w) {
				if said {
					break
				}
				said = true
				continue
			}
			if said && !reportedDated(w, at, lo) {
				continue // what was said, not told as done by its time
			}
			if m.lx.token(w.w) == t || slices.ContainsFunc(sameVerbs, func(l wordset.Set) bool { return l.Has(v) && l.Has(w.w) }) {
				return true
			}
		}
	}
	return false
}

// reportedDated reports whether the word w of a reported clause is
// dated by the time at offset at of its sentence: the time follows it, a
// clause of its own with no comma between ("said the pair were rescued
// by a lifeboat crew at about 9pm on Sunday"). A time before the verb
// dates the saying or another verb ("said on Monday that she had been
// charged"); one after a comma, another clause ("the man, who was
// arrested in March, was charged on Monday"). lo is where the last of
// reportedBreaks before the time stands in the sentence (-1 for none;
// its length when the time is out of it).
func reportedDated(w word, at, lo int) bool {
	return w.j <= at && lo < w.j
}

// reportedBreaks end the clause of a reported verb before its time.
const reportedBreaks = ",;:\"“”"

// sameVerbs are lists of verbs that tell one happening (data/words.txt).
var sameVerbs = []wordset.Set{wordSet("finding-verbs"), wordSet("arrival-verbs"), wordSet("capture-verbs"), wordSet("closing-verbs")}

// occurredVerbs say only that a happening took place (data/words.txt).
var occurredVerbs = wordSet("occurred-verbs")

// occurredLinks are the words that may stand between one of
// occurredVerbs and its time (data/words.txt).
var occurredLinks = wordSet("occurred-links")

// kindDated is the word of a kind of happening that c's sentence names
// after "the" and dates, and nothing else, by one of occurredVerbs right
// after it, its time right after the verb ("the breakout, which happened
// on the night of August 10"; "The blast occurred at 10:42 a.m."), or -1.
func (m *merger) kindDated(c *candidate) sid {
	t := c.stext
	if m.num == nil || t == "" || c.kind.class() == kindStatement {
		return -1
	}
	if !slices.ContainsFunc(c.ids, func(h sid) bool { return int(h) < len(m.happening) && m.happening[h] }) {
		return -1 // most sentences name no kind: their stems tell
	}
	_, tx := c.inSentence()
	if tx.Start < 0 || tx.Start > len(t) {
		return -1
	}
	m.words = appendWords(m.words[:0], t, 0, len(t))
	ws := m.words
	for i := 1; i+1 < len(ws); i++ {
		if ws[i-1].w != "the" || t[ws[i].i] < 'a' || t[ws[i].i] > 'z' {
			continue
		}
		id, ok := m.num[m.lx.token(ws[i].w)]
		if !ok || int(id) >= len(m.happening) || !m.happening[id] {
			continue
		}
		j := i + 1
		if ws[j].w == "which" || ws[j].w == "that" {
			j++
		}
		if j >= len(ws) || !occurredVerbs.Has(ws[j].w) {
			continue
		}
		if ws[j].w == "took" {
			if j+1 >= len(ws) || ws[j+1].w != "place" {
				continue
			}
			j++
		}
		// The time comes right after the verb, or after words that
		// only lead to it ("on", "late on", "on the night of"), not
		// after an object ("which began a search on March 9").
		if tx.Start < ws[j].j {
			continue
		}
		gap := t[ws[j].j:tx.Start]
		if !slices.ContainsFunc(words(gap, 0, len(gap)), func(w word) bool { return !occurredLinks.Has(w.w) }) {
			return id
		}
	}
	return -1
}

// datedKinds joins a cluster of one day whose every source only dates a
// happening it names by its kind (kindDated: "the review of the breakout,
// which happened on the night of August 10, would go on") to the one other
// happening its day holds, dated by another article's words, when that
// article names the kind somewhere ("Murderer and armed robber escape Qld
// jail" over "Mercer and Kowalczyk cut through two fences late on
// Sunday"). A day that holds two happenings besides gives it to neither: a
// wrong date is worse than a split.
func (m *merger) datedKinds() {
	var byDay map[int64][]*cluster
	var kinds map[kindDoc]bool
	for _, x := range m.clusters {
		if x.dead || x.first != x.last || x.class == kindStatement || x.dated == 0 {
			continue
		}
		k := sid(-1)
		for _, c := range x.members {
			h := m.kindDated(c)
			if h < 0 && (c.tx.timex().Text != "" || !slices.ContainsFunc(x.members, func(o *candidate) bool {
				// The sentence's other clause, dated by it, goes
				// with it ("... said that the review of the
				// breakout, which happened on ..., would go on").
				return o != c && o.doc == c.doc && o.sent.start == c.sent.start && m.kindDated(o) >= 0
			})) {
				k = -1
				break
			}
			if h >= 0 && k >= 0 && h != k {
				k = -1
				break
			}
			k = max(k, h)
		}
		if k < 0 {
			continue
		}
		if byDay == nil {
			// Built once, only when a cluster asks: the single days'
			// clusters, and the kinds each article names.
			byDay, kinds = map[int64][]*cluster{}, map[kindDoc]bool{}
			for _, cl := range m.clusters {
				if cl.dead {
					continue
				}
				if cl.first == cl.last && cl.class != kindStatement && cl.dated > 0 {
					byDay[cl.first] = append(byDay[cl.first], cl)
				}
				for _, c := range cl.members {
					for _, h := range c.ids {
						if int(h) < len(m.happening) && m.happening[h] {
							kinds[kindDoc{h, c.doc}] = true
						}
					}
				}
			}
		}
		var y *cluster
		n := 0
		for _, o := range byDay[x.first] {
			if o != x && !o.dead {
				n++
				y = o
			}
		}
		if n != 1 || !disjointDocs(x, y) {
			continue
		}
		told := false
		for d := range y.datedDocs {
			told = told || kinds[kindDoc{k, d}]
		}
		if !told {
			continue
		}
		for _, c := range x.members {
			m.add(y, c)
		}
		x.dead = true
	}
}

// mainNouns are the words a story calls its main happening by, whatever
// its kind (data/words.txt main-nouns).
var mainNouns = wordSet("main-nouns")

// otherMain reports whether article d dates by its words another happening
// of a kind of the story's main happening (see otherKind): its "the
// disaster" may name that one.
func (m *merger) otherMain(d int) bool {
	for h, cl := range m.story {
		if cl == m.main && m.otherKind[kindDoc{h, d}] {
			return true
		}
	}
	return false
}

// anchoredOnly reports whether every member of cl that names kind h names
// it only as the happening its own is told after, since or before ("has
// resigned, ... two weeks after an explosion at its plant", "exactly one
// month after the explosion, the bells rang"; sequenceSubordinators, up
// to ten words before it, no comma between): that is the story's happening,
// not another of its kind.
func (m *merger) anchoredOnly(cl *cluster, h sid) bool {
	for _, c := range cl.members {
		if !slices.Contains(c.ids, h) {
			continue
		}
		t := c.stext
		if t == "" {
			return false
		}
		m.words = appendWords(m.words[:0], t, 0, len(t))
		ws := m.words
		named := false
		for i, w := range ws {
			if id, ok := m.num[m.lx.token(w.w)]; !ok || id != h {
				continue
			}
			named = true
			anchored := false
			for k := i; k >= max(0, i-10) && !anchored; k-- {
				if k < i && sequenceSubordinators.Has(ws[k].w) {
					anchored = true
				}
				if ws[k].comma {
					break
				}
			}
			if !anchored {
				return false
			}
		}
		if !named {
			return false
		}
	}
	return true
}

// sayingVerb reports whether w is a verb of the statement kind of
// data/kinds.txt ("said", "told", "announced"): a verb of saying.
func sayingVerb(w string) bool {
	kw, ok := keywords[w]
	return ok && kw.verb && kw.k == kindStatement
}
