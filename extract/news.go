package extract

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// leadSentences is how many sentences at the top of an article count as its
// headline and lead: the place where news copy states its own news.
const leadSentences = 3

// news finishes the candidates of one article: it weighs what each
// sentence says (its bag of stems and its names), drops clauses that say
// nothing but a time (a "12:50 PM" or "Updated May 3" line), and adds the
// article's own news: a headline or lead that reports a happening with no
// date of its own is dated by the article's publication date, and says so.
//
// It also returns the words the article writes in lower case, stop words
// aside (see Extractor.Timeline): a capitalised word among them is no name.
func (lx *lexicon) news(di int, d Doc, sents []sentence, cands []candidate, g *gazetteer) ([]candidate, []undated, []string) {
	low := asciiLower(d.Text)
	return lx.newsLow(di, d, low, lx.credited(d.Text, low), sents, cands, g)
}

// newsLow is news given low, asciiLower(d.Text), and whether the text
// carries a photo credit anywhere (see credited): most carry none, and
// their sentences need not be searched for one.
func (lx *lexicon) newsLow(di int, d Doc, low string, credit bool, sents []sentence, cands []candidate, g *gazetteer) ([]candidate, []undated, []string) {
	text := d.Text
	out := cands[:0]
	ns := newsScratches.Get().(*newsScratch)
	defer newsScratches.Put(ns)
	info := ns.info
	if cap(info) < len(sents) {
		info = make([]said, len(sents))
	}
	info = info[:len(sents)]
	defer func() {
		clear(info) // nothing of this article stays in the scratch
		if cap(info) <= maxSaidRoom {
			ns.info = info[:0]
		}
	}()
	lower := ns.lower
	clear(lower)
	order := ns.order[:0] // the words of lower, in the order first met
	defer func() {
		// Nothing of this article's text stays in the scratch.
		clear(lower)
		clear(order)
		ns.order = order[:0]
	}()
	sc := lx.getScratch()
	defer func() {
		sc.words = sc.words[:0] // nothing keeps the words of a sentence
		sc.ids = sc.ids[:0]
		if cap(sc.words) > maxWordRoom {
			sc.words = nil // one huge article's room is not kept
			sc.ids = nil
		}
		lx.putScratch(sc)
	}()
	sc.stamp++
	of := func(s sentence) *said {
		x := &info[s.index]
		if !x.known {
			x.known = true
			n := len(sc.words)
			sc.words = appendWordsLow(sc.words, text, low, s.start, s.end)
			x.ws = sc.words[n:len(sc.words):len(sc.words)]
			// Each word is looked up once in the scratch (tokenID): its
			// token, whether it is a stop word and whether this article
			// wrote it in lower case before are then read by its place.
			for _, w := range x.ws {
				id := lx.tokenID(sc, w.w)
				sc.ids = append(sc.ids, id)
				// A stop word is never a name (namesOfWords), so it need
				// not be known as written in lower case.
				var isLower bool
				if c := text[w.i]; c < utf8.RuneSelf {
					isLower = 'a' <= c && c <= 'z'
				} else {
					r, _ := utf8.DecodeRuneInString(text[w.i:w.j])
					isLower = unicode.IsLower(r)
				}
				if !isLower || inWebAddress(text, w.i, w.j) {
					continue
				}
				if id >= 0 {
					if ti := &sc.info[id]; ti.seen != sc.stamp {
						ti.seen = sc.stamp
						if !ti.stop {
							order = append(order, w.w)
						}
					}
				} else if !lower[w.w] {
					// A word the scratch cannot hold (see tokenID).
					lower[w.w] = true
					if !lx.stop[w.w] {
						order = append(order, w.w)
					}
				}
			}
			x.ids = sc.ids[n:len(sc.ids):len(sc.ids)]
			x.caption = lx.captionLow(text[s.start:s.end], low[s.start:s.end], credit, s.start, x.ws, sc, x.ids) || credit && lx.creditAfter(low, sents, s.index)
			x.call = lx.unansweredIn(text, x.ws, x.ids, sc)
		}
		return x
	}
	bagOf := func(x *said) bag {
		if !x.hasBag {
			x.hasBag = true
			x.bag = lx.bagOfWords(sc, x.ws, x.ids, [2]int{})
		}
		return x.bag
	}
	namesOf := func(x *said) []string {
		if !x.hasNames {
			x.hasNames = true
			from := 1
			if x == &info[0] {
				from = 0 // a headline's first word may be its place or person
			}
			x.names = lx.namesFrom(text, x.ws, sc, x.ids, from)
		}
		return x.names
	}
	// The lead is the headline and the sentences after it up to the
	// third that says something: a time stamp, a dateline or a fragment
	// a scraper left ("September 10, 2010 10:14 AM") takes no place in it.
	leadEnd, told := 0, 0
	lead := -1 // the index of the lead: the first sentence after the headline that says something (saysSomething: no byline, no stamp)
	var leadS sentence
	for _, s := range sents {
		if told == leadSentences {
			break
		}
		leadEnd = s.index + 1
		if x := of(s); s.index == 0 || !x.caption && !stamp(text[s.start:s.end], x.ws) {
			told++
			if s.index > 0 && lead < 0 && lx.saysSomething(text, [2]int{s.start, s.end}, timex.Timex{}) {
				lead, leadS = s.index, s
			}
		}
	}
	// A live blog's lead is no run of its newest entries: the page's
	// news is the happening its headline tells, and the entry that tells
	// it ("Police confirm an animal has escaped from the zoo" under
	// "Snow leopard escapes from zoo"), wherever it stands, is its lead;
	// the newest entry tells the latest turn ("The search will continue
	// overnight"). That entry names the headline's kind of happening and
	// shares the most content words with it, two at least (liveLead); an
	// entry that recaps a day before the page's ("What we know: the
	// volcano erupted on Friday" on day two) is no lead. A page none of
	// whose entries tells the headline's act keeps its first sentences.
	inLead := func(index int) bool { return index < leadEnd }
	var recaps []bool // by sentence: a candidate dates it before the page's day
	recap := func(index int) bool {
		if recaps == nil {
			recaps = make([]bool, len(sents))
			for _, c := range cands {
				if c.date.Gran == timeline.Day && c.date.Last().Before(d.Article.Published.First()) && c.sent.index < len(recaps) {
					recaps[c.sent.index] = true
				}
			}
		}
		return recaps[index]
	}
	if liveLed := liveLead(text, sents, func(s sentence) bag { return bagOf(of(s)) }, recap); liveLed >= 0 {
		inLead = func(index int) bool { return index == 0 || index == liveLed }
	}
	// leadDay: the lead sentence has a day of its own (see TestLeadYear).
	leadDay := false
	for _, c := range cands {
		if c.sent.index == lead && !c.derived && c.date.Gran == timeline.Day {
			leadDay = true
			break
		}
	}
	for _, c := range cands {
		x := of(c.sent)
		if x.caption || x.call {
			continue // a photo caption, a call no one answered
		}
		if factBox(text[c.sent.start:c.sent.end]) {
			continue // a box of facts, its lines run together
		}
		if qaAnswer(text, sents, c.sent) {
			continue // the answer of a Q&A with no verb of its own
		}
		if !c.derived && c.kind == kindOther && !lx.saysSomething(text, c.seg, c.tx.timex()) {
			continue // a time stamp, a byline, a label
		}
		if !c.derived && pageFurniture(text, c.sent, x.ws) {
			continue // the page speaks of itself
		}
		if c.noun && c.kind == kindStatement && !lx.namesHappening(c.title) {
			// "said on Tuesday ..., citing an injury that had bothered
			// her during Saturday's final": the noun of another day in a
			// statement is no statement of that day, and names no kind
			// of happening that another source could date.
			continue
		}
		if c.noun && c.kind == kindStatement {
			// "police arrested three suspects in connection with
			// Friday's bomb blast, a spokesman said": the noun is the
			// happening its date tells, not a statement of that day, and
			// joins the blast's other reports.
			c.kind = kindOther
		}
		// The candidate's own stems leave its time expression out ("late
		// Thursday", "a day after"): measured on ECB+, that keeps two
		// happenings of one day apart more often.
		c.says = &says{lx.bagOfWords(sc, x.ws, x.ids, [2]int{c.tx.Start, c.tx.End}), namesOf(x)}
		if !c.derived && !c.noun && stampedVoice(text, c.sent, c.tx.timex(), len(c.says.bag)) {
			continue // "11:10 p.m. 48 of 61 precincts in.", "5:05 p.m. It's official."
		}
		if sp, ok := nounPhrase(text, &c, cands); ok {
			// "The Islamic State group on Wednesday claimed responsibility
			// for Tuesday's suicide bombing at a Kabul market": the
			// happening Tuesday dates is told by the noun phrase, not by
			// the claim around it, which Wednesday dates and whose words
			// and names would draw the bombing's other reports away and
			// the claim's in. (A sentence whose main clause has no date
			// of its own keeps its words: "Last week's escapee ... is now
			// on the list" tells little else.)
			in := wordsIn(x.ws, sp)
			if b := lx.bagOfWords(sc, in, nil, [2]int{}); len(b) >= possessiveStems {
				c.says = &says{b, lx.namesOfWords(text, in)}
			}
		} else if !c.noun && !c.derived && strings.EqualFold(firstWord(strings.TrimLeft(text[c.seg[0]:c.seg[1]], " ,")), "which") {
			// "Berthier would not say whether the suspects were linked to
			// the Black Dawn Cell, which claimed the attack on Tuesday":
			// the clause and the thing it tells of, a few words before
			// it, say what happened that day; the rest of the sentence
			// does not.
			k := 0
			for k < len(x.ws) && x.ws[k].i < c.seg[0] {
				k++
			}
			in := wordsIn(x.ws, [2]int{x.ws[max(0, k-relativeAntecedentWords)].i, c.seg[1]})
			if b := lx.bagOfWords(sc, in, nil, [2]int{c.tx.Start, c.tx.End}); len(b) >= possessiveStems {
				c.says = &says{b, lx.namesOfWords(text, in)}
			}
		}
		if c.sent.index == lead && c.date.Gran == timeline.Year && !c.derived && !c.noun && explicitYear(c.tx.Text) && !relativeClause(text, c.seg) &&
			(leadDay || presentPerfect(wordsIn(x.ws, [2]int{c.sent.start, c.tx.Start}))) {
			// A lead that tells its news as recent, with a day of its own
			// ("told a jury on Tuesday") or in the present perfect ("has
			// ordered", "have voted", which take no past date), takes its
			// time from that: a year written in it names background ("over
			// the award of the contract in 2023"), a horizon ("extends
			// health insurance into 2028") or a noun ("the 2025 hack"),
			// not the lead's news. The lead's main clause is no source of
			// that year; left undated by it, it may still tell its
			// article's own news (TestLeadYear). A clause the year does
			// date keeps it (a noun's, "a summit in 2019"; a relative
			// clause's, "who was elected in 2019"), and so does a lead in
			// the simple past ("The gang member shot the deputy in 2005"):
			// that year may be the very happening the lead retells.
			continue
		}
		c.lead = inLead(c.sent.index)
		// A sentence is dated by its clauses: a date of a relative clause
		// ("Williams, who swam to stardom in 1944, dies at 91") or of a
		// noun ("the 2004 tsunami") leaves its main clause undated, free
		// to tell its article's own news; so does a headline's year before
		// its noun ("hit by 2004 tsunami").
		if !c.derived && !c.noun && !relativeClause(text, c.seg) && !attributive(text, c.tx.timex()) && !(c.sent.index == 0 && headlineYearNoun(text, c.tx.timex())) {
			x.dated = true
		}
		out = append(out, c)
	}
	// A statement reports a happening ("the lawyer said Thursday the
	// actress checked into rehab"): the statement stays an event of its
	// own, and the sentence may also join the happening it reports, if
	// another source dates that to the days up to the statement.
	for i, n := 0, len(out); i < n; i++ {
		c := out[i]
		if c.kind.class() != kindStatement || c.derived || c.date.Gran != timeline.Day || !c.endDate().IsZero() {
			continue
		}
		c.basis, c.kind, c.priority = "reported", kindOther, 3
		out = append(out, c)
	}
	if d.Article.Published.Gran != timeline.Day {
		for _, s := range sents {
			of(s)
		}
		return out, nil, setWords(order)
	}
	und := undatedRoom(len(sents)) // short-lived: numbered in Add, which frees it
	// The day an aside of the sentence after the lead dates, which dates
	// the lead's news when the lead dates none of its own (leadAsides).
	asideDay, asided := timeline.Date{}, false
	if lead > 0 && lead < len(info) && !info[lead].dated && !quotedSpeech(text[leadS.start:leadS.end]) {
		asideDay, asided = asideDayAfter(d.asides, lead, d.Article.Published)
	}
	ahead := d.ahead // (in order, as sents)
	for _, s := range sents {
		x := of(s)
		if x.dated || x.caption || x.call || s.index == 0 && liveHeadline(text[s.start:s.end]) || pageFurniture(text, s, x.ws) {
			continue // (a live blog's headline tells of no one happening; the page's talk of itself of none)
		}
		if asksQuestion(text[s.start:s.end]) {
			// A question, an explainer's heading ("Why did the
			// inspectors fail the school?") or a headline that asks,
			// tells no happening: its answer does.
			continue
		}
		if s.index >= leadEnd || !lx.ownNews(text, s, d.Article.Title) || s.index == 0 && explainerHeadline(text[s.start:s.end]) {
			// A sentence that repeats a happening of the article dated
			// elsewhere in it is one more source for that happening; one
			// that names a time after its article's publication (a
			// deadline, "had until March 3 to repair the fence"; a plan,
			// "at its meeting in March") tells what is due then, not a
			// happening its article dates, whatever words the two share.
			for len(ahead) > 0 && ahead[0] < s.start {
				ahead = ahead[1:]
			}
			if len(ahead) > 0 && ahead[0] == s.start {
				continue
			}
			b := bagOf(x)
			if len(b) < 3 {
				continue
			}
			und = append(und, undated{sent: s, at: int32(len(out)), lead: s.index < leadEnd,
				bag: b, names: namesOf(x)})
			continue
		}
		b := bagOf(x)
		if len(b) < 3 {
			continue
		}
		seg := [2]int{s.start, s.end}
		// The main clause names the news: "Ruiz, who is on a state visit,
		// has pledged ..." is news of a pledge, not of the visit.
		main := mainClause(text, s)
		pseudo := timex.Timex{Start: s.start, End: s.start}
		m := g.find(maskQuotes(text[s.start:s.end]))
		c := candidate{doc: di, sent: s, seg: seg, tx: exprOf(pseudo), date: d.Article.Published,
			kind:  classify(words(main, 0, len(main)), timex.Timex{}),
			about: &about{m: m, title: clauseTitle(main, [2]int{0, len(main)}, nil)}, priority: 2,
			says: &says{b, namesOf(x)}, basis: "published", lead: true}
		if s.index == 0 && asided && lx.headNamesLead(x.ws, text, info[lead].ws) || s.index == lead && asided {
			// The lead's news is of the day the aside right after it
			// dates (leadAsides); so is its headline's, when the
			// headline names a word of the lead in lower case.
			c.date = asideDay
		}
		out = append(out, c)
		if c.kind.class() == kindStatement {
			// A lead that reports a happening ("A worker shot two
			// colleagues, police said") offers it to that happening too,
			// as a dated statement does (see above).
			c.basis, c.kind, c.priority = "reported", kindOther, 3
			out = append(out, c)
		}
	}
	return out, und, setWords(order)
}

// newsScratch is what news reuses from one article to the next: the set
// of words written in lower case, whose room a fresh map would grow again
// for every article.
type newsScratch struct {
	lower map[string]bool
	order []string
	info  []said
}

// said is what one sentence says, worked out once by newsLow: its stems
// and its names (when first asked for), whether it is a photo caption.
type said struct {
	ws       []word
	ids      []int32 // by word of ws: its place in the scratch's info, or -1
	bag      bag
	names    []string
	caption  bool
	call     bool // an unanswered call and nothing more (see unansweredIn)
	dated    bool // a candidate of its own
	known    bool
	hasBag   bool
	hasNames bool
}

// undatedRooms keeps the room of the undated sentences of articles added
// (see freeUndated) for the articles analysed next.
var undatedRooms sync.Pool // of *[]undated

// undatedRoom returns an empty slice with room for n undated sentences.
func undatedRoom(n int) []undated {
	if p, ok := undatedRooms.Get().(*[]undated); ok {
		if cap(*p) >= n {
			return (*p)[:0]
		}
		undatedRooms.Put(p)
	}
	return make([]undated, 0, n)
}

// freeUndated gives the room of u, which nothing uses any more, to
// undatedRoom.
func freeUndated(u []undated) {
	if cap(u) == 0 || cap(u) > maxSaidRoom {
		return
	}
	clear(u[:cap(u)])
	u = u[:0]
	undatedRooms.Put(&u)
}

// maxSaidRoom is the most sentences a newsScratch keeps room for between
// articles.
const maxSaidRoom = 1 << 12

var newsScratches = sync.Pool{New: func() any { return &newsScratch{lower: map[string]bool{}} }}

// asciiLower is s with its ASCII capitals lowered, every other byte as it
// is: as long as s, so an ASCII span of it is strings.ToLower of that span
// of s.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	// Written into one string of its own (a copy to a []byte and back
	// would be two), a block at a time lowered in room on the stack: a
	// loop over bytes with no call in it (run by run, the calls for
	// the short runs between capitals cost three times as much).
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var room [512]byte
	for i < len(s) {
		n := copy(room[:], s[i:])
		for k, c := range room[:n] {
			if 'A' <= c && c <= 'Z' {
				room[k] = c + 'a' - 'A'
			}
		}
		b.Write(room[:n])
		i += n
	}
	return b.String()
}

// maxWordRoom is the most words a scratch keeps room for between articles.
const maxWordRoom = 1 << 16

// stamp reports whether a line is a time stamp or a byline that a scraper
// left under a headline: "September 10, 2010 10:14 AM", "By Jane Doe",
// "Updated 6:22AM".
func stamp(line string, ws []word) bool {
	if strings.HasPrefix(line, "By ") {
		return true
	}
	n := 0
	for _, w := range ws {
		if hasLetter(w.w) {
			n++
		}
	}
	return n < 4 && strings.ContainsAny(line, "0123456789")
}

// attributive reports whether a time expression modifies the noun after
// it, after a determiner: "the 2004 tsunami", "a 2012 car crash case".
func attributive(text string, tx timex.Timex) bool {
	w, ok := wordBeforeModifier(text, tx)
	return ok && (determiners.Has(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// datedNounAhead reports whether a time modifies the noun after it as
// attributive does, or opens on the determiner the tagger took into it:
// "the June 3 upgrade", "the Feb. 2 landing", "the March 4-9 tour" (the
// word after the determiner a name or a figure: not "the end of May
// telling ...").
func datedNounAhead(text string, tx timex.Timex) bool {
	if attributive(text, tx) {
		return true
	}
	f := strings.Fields(tx.Text)
	return len(f) >= 2 && inSet(determiners, f[0]) && !isLower(f[1]) && namedTime(tx.Text) && nounAfter(text, tx)
}

// wordBeforeModifier returns the word before a time expression, in lower
// case, when a lower-case word follows the expression after one space (the
// time may then modify that word: "the 2004 tsunami"); ok is false when it
// does not.
func wordBeforeModifier(text string, tx timex.Timex) (string, bool) {
	if tx.End >= len(text) || text[tx.End] != ' ' {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(text[tx.End+1:]); !unicode.IsLower(r) {
		return "", false
	}
	before := strings.TrimRight(text[:tx.Start], " ")
	i := strings.LastIndexAny(before, " \n\t")
	return strings.ToLower(before[i+1:]), true
}

// headlineYearNoun reports whether a year in a headline modifies the noun
// after it, after a preposition, headlines dropping their articles: "Quake
// strikes Aceh in region hit by 2004 tsunami", "Rebels retake town lost in
// 2014 offensive". The headline's own clause has no date of its own: its
// news is of its day.
func headlineYearNoun(text string, tx timex.Timex) bool {
	if tx.End-tx.Start != 4 || strings.Trim(text[tx.Start:tx.End], "0123456789") != "" {
		return false
	}
	w, ok := wordBeforeModifier(text, tx)
	return ok && prepositions.Has(w)
}

// setWords returns the words of a set, in the order given (the order an
// article first writes them: the same for the same article, and no sort,
// as Add only looks them up), copied, not pieces of the article's text:
// all into one new string, cut into the words.
func setWords(set []string) []string {
	out := slices.Clone(set)
	n := 0
	for _, w := range set {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range out {
		b.WriteString(w)
	}
	all := b.String()
	for i, w := range out {
		out[i], all = all[:len(w)], all[len(w):]
	}
	return out
}

// undated is a sentence with no date of its own that may still join a
// happening: one its article dates elsewhere, or one of the days before its
// publication (basis "article"; see merge). Most sentences of an archive
// are such: once numbered (numberer.article), an article's undated
// sentences are an undatedSet, and each becomes a candidate only when it
// joins.
type undated struct {
	sent  sentence
	at    int32 // how many of its article's candidates come before it
	lead  bool  // the headline or the lead of its article
	bag   bag
	names []string
}

// undatedSet is the undated sentences of one article, numbered, in
// varints (an archive holds millions): for each, its start (from the end
// of the one before), length, line and index (from the one before's), how
// many stems it has and whether it is in the lead, how many names, then
// its stems' and names' numbers (each from the number before).
type undatedSet struct {
	b []byte
}

// each calls f with each sentence of the set as a candidate of article di,
// published pub. The candidate is f's to keep only if it copies it, and
// its numbers (see kept).
func (u *undatedSet) each(di int, pub timeline.Date, f func(c *candidate)) {
	var c candidate
	var ids []sid
	b := u.b
	varint := func() int64 {
		v, n := binary.Varint(b)
		b = b[n:]
		return v
	}
	uvarint := func() uint64 {
		v, n := binary.Uvarint(b)
		b = b[n:]
		return v
	}
	var sent sentence
	var prev sid
	// Every sentence of the set spans its publication's days: worked out
	// once here, not by candRange for each (see candRange).
	r0, r1 := dayNum(pub)
	for len(b) > 0 {
		sent.start = sent.end + int(varint())
		sent.end = sent.start + int(varint())
		sent.line += int(varint())
		sent.index += int(varint())
		sl := uvarint()
		stems, lead, names := int(sl>>1), sl&1 == 1, int(uvarint())
		ids = ids[:0]
		for range stems + names {
			prev += sid(varint())
			ids = append(ids, prev)
		}
		c = candidate{doc: di, sent: sent, seg: [2]int{sent.start, sent.end},
			tx:    expr{Start: sent.start, End: sent.start},
			about: &noAbout, date: pub, priority: 4, // never the title: see better
			ids: ids[:stems:stems], nids: ids[stems : stems+names : stems+names], basis: "article", lead: lead,
			r0: r0, r1: r1, ranged: true}
		f(&c)
	}
}

// ownNews reports whether a sentence at the top of an article states the
// article's own news: the headline (present tense by the convention of
// headlines), or a lead in the present perfect ("has checked into rehab")
// or the present ("unveils"). A sentence that looks ahead ("will", "plans
// to") or is quoted speech does not.
func (lx *lexicon) ownNews(text string, s sentence, title string) bool {
	sent := text[s.start:s.end]
	var room wordRoom
	ws := appendWords(room[:0], text, s.start, s.end)
	if len(ws) < 4 || quotedSpeech(sent) || strings.HasSuffix(sent, "?") || strings.HasSuffix(strings.TrimRight(sent, " "), ":") {
		// (A sentence that ends on a colon opens what follows: "Here is
		// what the company has confirmed so far:" tells no happening.)
		return false
	}
	if stockTaking(ws) || pageFurniture(text, s, ws) || itSinceSpan(ws) {
		return false
	}
	if presentPerfect(ws) {
		return !statePerfect(ws)
	}
	if looksAhead(text, ws) {
		return false
	}
	if title != "" && headlineOf(sent, title) {
		return true
	}
	// A present-tense verb that names a kind of happening ("Airbus unveils
	// its A380"), after the subject; after a determiner or a preposition
	// the word is a plural noun ("before the talks").
	for k, w := range ws[1:] {
		if prev := ws[k].w; determiners.Has(prev) || prepositions.Has(prev) {
			continue
		}
		if k+2 < len(ws) && strings.ContainsAny(text[w.j:ws[k+2].i], "–—") {
			continue // "The three remaining hostages – two cashiers ... –": a noun set off
		}
		if len(w.w) > 3 && strings.HasSuffix(w.w, "s") && !strings.HasSuffix(w.w, "ss") {
			if _, ok := lx.class[stem(w.w)]; ok && !strings.HasSuffix(w.w, "ings") && !strings.HasSuffix(w.w, "ions") {
				return true
			}
		}
	}
	return false
}

// presentPerfect reports whether a sentence's words hold a present
// perfect: "has" or "have" and a participle ("have found", "has been").
// One denied ("Police have not arrested anyone", "have never heard of")
// tells no happening.
func presentPerfect(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		if w := ws[i]; (w.w == "has" || w.w == "have") && (i == 0 || !notPresentPerfect.Has(ws[i-1].w)) {
			n := ws[i+1].w
			if negations.Has(n) {
				continue
			}
			if n == "been" || strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") || strings.HasSuffix(n, "wn") || strings.HasSuffix(n, "t") {
				return true
			}
		}
	}
	return false
}

// stockTaking reports whether a sentence opens with a span of weeks,
// months or years after a happening ("Three months after Peru quake",
// "A year on from the floods") and tells a state that still holds ("still
// wait", "has not yet begun", "remain"): a piece that takes stock of old
// news, not news of its day. "A year after the fire, the inquiry has
// published its report" tells its day's news.
func stockTaking(ws []word) bool {
	if len(ws) < 4 || !(countNumbers.Has(ws[0].w) || indefiniteArticles.Has(ws[0].w) || strings.Trim(ws[0].w, "0123456789") == "") ||
		!stockUnits.Has(ws[1].w) || !stockLinks.Has(ws[2].w) {
		return false
	}
	return slices.ContainsFunc(ws[3:], func(w word) bool { return stillWords.Has(w.w) })
}

// itSinceSpan reports whether a sentence opens on an expletive "it" that
// measures the time since a happening ("It has been four weeks since the
// ground opened", "It has now been a year since the flood", "It is 100
// days since the vote"): it tells how long ago that happening was on the
// page's day, no happening of that day. The words are data/words.txt
// span-units and span-copulas.
func itSinceSpan(ws []word) bool {
	if len(ws) < 5 || ws[0].w != "it" {
		return false
	}
	k := 2
	if ws[1].w == "has" {
		if ws[k].w == "now" {
			k++
		}
		if k >= len(ws) || ws[k].w != "been" {
			return false
		}
		k++
	} else if !spanCopulas.Has(ws[1].w) {
		return false
	}
	if k < len(ws) && ws[k].w == "now" {
		k++
	}
	if k+2 >= len(ws) {
		return false
	}
	if n := ws[k].w; !countNumbers.Has(n) && !indefiniteArticles.Has(n) && strings.Trim(n, "0123456789") != "" {
		return false
	}
	return spanUnits.Has(ws[k+1].w) && ws[k+2].w == "since"
}

// spanUnits are the units of a span itSinceSpan reads, spanCopulas the
// verbs before it besides "has been" (data/words.txt).
var spanUnits, spanCopulas = wordSet("span-units"), wordSet("span-copulas")

// stockUnits, stockLinks and stillWords make a stock-taking sentence
// (stockTaking; data/words.txt).
var (
	stockUnits = wordSet("stock-units")
	stockLinks = wordSet("stock-links")
	stillWords = wordSet("still-words")
)

// statePerfect reports whether every present perfect of a sentence's
// words tells a state that has lasted, not news: a bare span follows it
// in its clause, "for" and a unit with no count ("The two chains have
// been circling each other for years", "have been in talks on and off for
// almost a decade", "has been closed for some time"). A span with its
// count is the news's own ("has been jailed for five years"), and a
// second perfect that tells news keeps the sentence news ("A climber who
// has been missing for weeks has been found").
func statePerfect(ws []word) bool {
	state := false
	for i := 0; i+1 < len(ws); i++ {
		if w := ws[i]; (w.w != "has" && w.w != "have") || i > 0 && notPresentPerfect.Has(ws[i-1].w) || negations.Has(ws[i+1].w) {
			continue
		}
		if !presentPerfect(ws[i : i+2]) {
			continue
		}
		if !bareSpan(ws[i+1 : min(len(ws), i+1+stateReach)]) {
			return false
		}
		state = true
	}
	return state
}

// bareSpan reports whether the words ws, up to a comma, hold "for" and a
// unit of time with no count before it, the words of stateSpanFillers
// aside ("for years", "for almost a decade", "for the past few months").
func bareSpan(ws []word) bool {
	for k, w := range ws {
		if k > 0 && w.comma {
			return false
		}
		if w.w != "for" {
			continue
		}
		for _, u := range ws[k+1 : min(len(ws), k+1+stateFillers+1)] {
			if u.comma {
				return false
			}
			if stateSpanUnits.Has(u.w) {
				return true
			}
			if !stateSpanFillers.Has(u.w) {
				break
			}
		}
	}
	return false
}

// stateReach is how many words after its "has" a present perfect's span
// may stand; stateFillers how many words may stand between "for" and its
// unit.
const (
	stateReach   = 16
	stateFillers = 3
)

// stateSpanUnits and stateSpanFillers make the bare span of a state
// (statePerfect; data/words.txt).
var (
	stateSpanUnits   = wordSet("state-span-units")
	stateSpanFillers = wordSet("state-span-fillers")
)

// notPresentPerfect make the "have" after them no present perfect
// (data/words.txt).
var notPresentPerfect = wordSet("not-present-perfect")

// looksAhead reports whether a sentence's words look ahead: "will",
// "plans to", "is expected to".
func looksAhead(text string, ws []word) bool {
	for i, w := range ws {
		switch {
		case futureMarkers.Has(w.w):
			if i > 0 && w.i+1 < len(text) && text[w.i] == 'M' && text[w.i+1] == 'a' {
				// "the men arrested in May", "Theresa May said": a
				// month or a name, not the verb "may".
				continue
			}
			return true
		case w.w == "to":
			if i+1 < len(ws) && futureAfterTo.Has(ws[i+1].w) {
				return true
			}
		}
	}
	return false
}

// futureMarkers and futureAfterTo (after "to") make a sentence look ahead
// (data/words.txt).
var (
	futureMarkers = wordSet("future-markers")
	futureAfterTo = wordSet("future-after-to")
)

// explainerHeadline reports whether a headline explains, looks inside or
// counts what to know rather than telling a happening of its publication
// day: "Why the Lindgate port strike matters", "What next for Carrow
// Rovers", "Inside the village that banned cars", "Analysis: ...", "Five
// things to know about the new timetable", "The bridge closure,
// explained", "'I never looked back': the nurse who ..." (data/words.txt).
// Its article's news, if any, is its lead's;
// the headline is one more source of a happening its article dates, or of
// none. An opener that is a preposition ("Inside") does so before a
// determiner or a possessive only ("Inside job"): "Inside the ...".
func explainerHeadline(h string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, strings.ToLower(h))
	if len(ws) < 3 {
		return false
	}
	first := strings.TrimRight(ws[0], ":-–—,")
	switch {
	case explainerLabels.Has(first):
		// A label set off by a colon or a dash.
		if strings.HasSuffix(ws[0], ":") || ws[1] == "-" || ws[1] == "–" || ws[1] == "—" || ws[1] == ":" {
			return true
		}
	case explainerOpeners.Has(first) && first == ws[0]:
		if !prepositions.Has(first) {
			return true
		}
		if n := ws[1]; determiners.Has(n) || strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s") {
			return true
		}
	case countNumbers.Has(first) || first != "" && strings.Trim(first, "0123456789") == "":
		if explainerCounts.Has(strings.TrimRight(ws[1], ",:")) {
			return true
		}
	}
	if c := slices.IndexFunc(ws[:len(ws)-1], func(w string) bool { return strings.HasSuffix(w, ":") }); c >= 0 && c+3 <= len(ws) {
		// The part after a colon opens a feature: "Braziers and
		// biscuits: life on the picket line at the depot".
		after := ws[c+1:]
		if quoteEnds(ws[0], ws[c]) && articleWords.Has(after[0]) {
			// A quotation, then a noun phrase of its own: "'She always
			// went back for one more bucket': the pilot the town lost"
			// is a profile's label ("'We are heartbroken': family pays
			// tribute" tells news in headline words, with no article).
			return true
		}
		for _, p := range featureOpeners {
			if len(p) <= len(after) && slices.Equal(after[:len(p)], p) {
				return true
			}
		}
		if timelineAfter(h, after) {
			return true
		}
	}
	for i := range ws {
		for _, p := range explainerPhrases {
			if i+len(p) <= len(ws) && slices.EqualFunc(ws[i:i+len(p)], p, func(w, q string) bool { return strings.TrimRight(w, ",.:;!") == q }) {
				return true
			}
		}
	}
	return false
}

// timelineAfter reports whether a headline h, whose words after its colon
// are after (in lower case), labels a timeline of a story it names by a
// noun phrase ("Four weeks after the Mercer Avenue sinkhole: a timeline",
// "The lottery scandal: a timeline"): a timeline retells, and tells no
// happening of its day: the words before the colon open on an article
// or a count. Not a headline's clause in headline words ("Hacker launches
// appeal: a timeline of the case"), which tells its news.
func timelineAfter(h string, after []string) bool {
	if len(after) < 2 || after[0] != "a" || strings.TrimRight(after[1], ".,;!") != "timeline" {
		return false
	}
	before, _, _ := strings.Cut(h, ":")
	first := strings.ToLower(firstWord(before))
	return articleWords.Has(first) || countWord(first)
}

// quoteEnds reports whether a headline's first word opens a quotation and
// the word w, before its colon, closes it: "'She ... bucket':".
func quoteEnds(first, w string) bool {
	w = strings.TrimSuffix(w, ":")
	return strings.ContainsAny(first[:min(len(first), 3)], "'\"‘“") && w != "" && (strings.HasSuffix(w, "'") || strings.HasSuffix(w, "\"") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "”"))
}

// explainerOpeners, explainerLabels, explainerCounts and explainerPhrases
// mark a headline that explains, featureOpeners the part after a colon of
// a feature's headline (explainerHeadline; data/words.txt).
var (
	explainerOpeners = wordSet("explainer-openers")
	explainerLabels  = wordSet("explainer-labels")
	explainerCounts  = wordSet("explainer-counts")
	featureOpeners   = func() [][]string {
		var out [][]string
		for _, p := range wordLists["feature-openers"] {
			out = append(out, strings.Split(p, "-"))
		}
		return out
	}()
	explainerPhrases = func() [][]string {
		var out [][]string
		for _, p := range wordLists["explainer-phrases"] {
			out = append(out, strings.Split(p, "-"))
		}
		return out
	}()
)

// headlineOf reports whether a sentence is the article's headline.
// Each is read as strings.ToLower(strings.Join(strings.Fields(s), " "))
// gives it; ASCII text a byte at a time in place (every sentence of every
// article is asked), other text through those calls.
func headlineOf(sent, title string) bool {
	if !isASCII(sent) || !isASCII(title) {
		a := strings.ToLower(strings.Join(strings.Fields(sent), " "))
		b := strings.ToLower(strings.Join(strings.Fields(title), " "))
		return a == b || len(b) > 20 && strings.HasPrefix(a, b)
	}
	ra, rb := foldedReader{s: sent}, foldedReader{s: title}
	n := 0 // the bytes of the title read, all the sentence's too
	for {
		cb, ok := rb.next()
		if !ok {
			break
		}
		if ca, ok := ra.next(); !ok || ca != cb {
			return false
		}
		n++
	}
	_, more := ra.next()
	return !more || n > 20
}

// foldedReader reads ASCII text as strings.ToLower(strings.Join(
// strings.Fields(s), " ")) would write it, a byte at a time.
type foldedReader struct {
	s       string
	i       int
	started bool // a word's byte was read
}

func (r *foldedReader) next() (byte, bool) {
	if r.i < len(r.s) && isSpace(r.s[r.i]) {
		for r.i < len(r.s) && isSpace(r.s[r.i]) {
			r.i++
		}
		if r.i < len(r.s) && r.started {
			return ' ', true // the space between two words
		}
	}
	if r.i == len(r.s) {
		return 0, false
	}
	c := r.s[r.i]
	r.i++
	r.started = true
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c, true
}

// mainClause is a sentence without its relative clauses (", who ...,",
// ", which ...,").
func mainClause(text string, s sentence) string {
	var b strings.Builder
	dropped := false
	for _, seg := range segments(text, s.start, s.end) {
		if relativeClause(text, seg) {
			dropped = true
			continue
		}
		if b.Len() > 0 {
			// The clauses keep their comma ("..., while Washington
			// warned"); where a relative clause went, none is left.
			if dropped {
				b.WriteString(" ")
			} else {
				b.WriteString(", ")
			}
		}
		b.WriteString(strings.TrimSpace(text[seg[0]:seg[1]]))
		dropped = false
	}
	return b.String()
}

// caption reports whether a sentence is a photo caption: a present-tense
// verb of the captions list within its first words and a full date with its
// year, or a photo credit.
func (lx *lexicon) caption(sent string, base int, ws []word) bool {
	return lx.captionLow(sent, asciiLower(sent), true, base, ws, nil, nil)
}

// captionLow is caption given low, sent with its ASCII capitals lowered
// (see asciiLower); credit false when the text it is cut from carries no
// photo credit. sc and ids, when not nil, know the words (see
// bagOfWords).
func (lx *lexicon) captionLow(sent, low string, credit bool, base int, ws []word, sc *scratch, ids []int32) bool {
	if credit && lx.credited(sent, low) {
		return true
	}
	// The verb follows a name ("Blinken speaks", "Ruiz shake hands"), not a
	// determiner ("The talks on 25 April 2019 opened ..." is no caption).
	// It is looked for before the year: few sentences have such a verb,
	// and the year is looked for in all of the sentence's bytes.
	for i, w := range ws[:min(len(ws), 12)] {
		verb := false
		if ids != nil && ids[i] >= 0 {
			verb = sc.info[ids[i]].caption
		} else {
			verb = lx.captionVerbs[w.w]
		}
		if i > 0 && verb && strings.HasSuffix(w.w, "s") {
			prev := ws[i-1]
			r, _ := utf8.DecodeRuneInString(sent[prev.i-base:])
			if unicode.IsUpper(r) && !determiners.Has(prev.w) {
				return explicitYear(sent)
			}
		}
	}
	return false
}

// unansweredIn reports whether a sentence's words tell a reporter's call
// that no one answered and nothing more: "Vertex did not respond to
// repeated requests for comment", "Penhallow could not be reached", "A
// spokesman declined to comment further" (data/captions.txt unanswered).
// After the phrase come only the call's words (unanswered-tails): "did not
// return home", "could not be reached by rescuers" and "declined to
// comment on the brake but said ..." tell more. Before it comes only its
// subject, ten words at most: no saying ("He said the district had not
// responded"), no other clause ("Fitch died; Shaw could not be reached"). sc and ids, when not nil,
// know the words (see bagOfWords).
func (lx *lexicon) unansweredIn(text string, ws []word, ids []int32, sc *scratch) bool {
	for i, w := range ws {
		if i > 10 || i > 0 && strings.ContainsAny(text[ws[0].i:w.i], ";:") {
			return false // the phrase tells no sentence's main clause
		}
		if reportingVerbs.Has(w.w) || subordinators.Has(w.w) || titleConjunctions.Has(w.w) || relativePronouns.Has(w.w) {
			return false // nor one that follows a saying or another clause
		}
		if ids != nil && ids[i] >= 0 {
			if !sc.info[ids[i]].call {
				continue
			}
		} else if len(lx.unanswered[w.w]) == 0 {
			continue
		}
	phrases:
		for _, p := range lx.unanswered[w.w] {
			if i+len(p) > len(ws) {
				continue
			}
			for k, pw := range p[1:] {
				if ws[i+1+k].w != pw {
					continue phrases
				}
			}
			for _, t := range ws[i+len(p):] {
				if !lx.unansweredTails[t.w] {
					continue phrases
				}
			}
			return true
		}
	}
	return false
}

// credited reports whether a sentence carries a photo credit ("REUTERS/",
// "(AP Photo/...)", "In this ... file photo"): a caption's mark.
//
// Unicode lowers two runes beyond ASCII to ASCII letters, the Kelvin sign
// and the capital I with a dot above: a sentence without them, lowered,
// has the ASCII of low, where credits all in ASCII are found alike.
func (lx *lexicon) credited(sent, low string) bool {
	if !lx.creditIdx.ascii || strings.Contains(sent, "\u212a") || strings.Contains(sent, "\u0130") {
		low = strings.ToLower(sent)
	}
	return lx.creditIdx.in(low)
}

// withoutCaptions is text with the sentences that carry a photo credit
// blanked, byte for byte, for the tagger: a file photo's date ("In this
// Sept. 5, 2019 file photo, a man walks past the market") is no time the
// story tells, and would anchor the bare times after it ("The blast
// happened shortly after 10 a.m." read as that day of 2019). text itself
// when there is none; a text with no credit anywhere (see credited), most
// articles, need not be given.
func (lx *lexicon) withoutCaptions(text, low string, sents []sentence) string {
	var b []byte
	for _, s := range sents {
		if !lx.credited(text[s.start:s.end], low[s.start:s.end]) && !lx.creditAfter(low, sents, s.index) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for i := s.start; i < s.end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// creditAfter reports whether the sentence after sents[i] on its line opens
// with an agency's credit ("REUTERS/", "AFP/"), or the line ends after it
// with a credit's label and a name (trailingCredit): the splitter cut the credit
// from the caption it ends ("... in New Delhi, India, May 28, 2025."
// "REUTERS/Priyanshu Singh"), and sents[i] is that caption.
func (lx *lexicon) creditAfter(low string, sents []sentence, i int) bool {
	if lx.trailingCredit(low, sents[i].end) {
		return true
	}
	if i+1 >= len(sents) || sents[i+1].line != sents[i].line {
		return false
	}
	next := low[sents[i+1].start:sents[i+1].end]
	for _, c := range lx.credits {
		if strings.HasSuffix(c, "/") && strings.HasPrefix(next, c) {
			return true
		}
	}
	return false
}

// trailingCredit reports whether the line goes on from the byte end with
// a credit's label and a name and nothing else ("... on Thursday. Photo:
// Ana Ruiz"; trailing-credits), which the splitter leaves out as no
// sentence. Only the next 80 bytes are read.
func (lx *lexicon) trailingCredit(low string, end int) bool {
	rest := low[end:min(len(low), end+80)]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	} else if end+80 < len(low) {
		return false // the line goes on past the window
	}
	rest = strings.TrimLeft(rest, " *_(")
	for _, c := range lx.trailing {
		if strings.HasPrefix(rest, c) && fieldCount(rest[len(c):]) <= 6 {
			return true
		}
	}
	return false
}

// factBox reports whether a sentence is a box of facts whose lines the
// reader ran together ("Key facts: Height: 98 meters Payload: 45 tonnes
// First flight: March 13, 2025"): three labels or more, each with its
// colon and a space. Its date is a value in a table, and no sentence tells
// of it (the story's copy does, if it is news).
func factBox(sent string) bool {
	n := 0
	for i := strings.Index(sent, ": "); i >= 0; i = strings.Index(sent, ": ") {
		if n++; n == 3 {
			return true
		}
		sent = sent[i+2:]
	}
	return false
}

// liveHeadline reports whether a headline is a live blog's: it ends with
// a mark of one after a dash or colon ("Egypt protests - live", "Ash chaos:
// live updates", "Chile mine rescue – as it happened"), or the mark closes
// the words before its first dash or colon ("Storm Ida live: roads shut as
// rivers rise", "Live: ..."); its news is the entries', each dated by its
// time.
func liveHeadline(h string) bool {
	i := max(strings.LastIndex(h, " - "), strings.LastIndex(h, " – "), strings.LastIndex(h, " — "), strings.LastIndex(h, ": "))
	if i < 0 {
		return false
	}
	rest := strings.ToLower(strings.Trim(strings.TrimLeft(h[i+1:], "-–—: "), " .!"))
	if liveMarks[rest] {
		return true
	}
	j := len(h)
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		if k := strings.Index(h, sep); k >= 0 && k < j {
			j = k
		}
	}
	head := strings.ToLower(strings.TrimSpace(h[:j]))
	for m := range liveMarks {
		if head == m || strings.HasSuffix(head, " "+m) {
			return true
		}
	}
	return false
}

// liveMarks end a live blog's headline (data/words.txt; a hyphen joins the
// words of one).
var liveMarks = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range wordLists["live-marks"] {
		m[strings.ReplaceAll(w, "-", " ")] = true
	}
	return m
}()

// qaAnswer reports whether s answers the question of a Q&A that asks what
// or who something is ("What is the convention?" "A treaty signed in 1980
// which says that ..."; "Who is in charge now?" "The army council, led by
// ..."): a noun phrase, with no verb before its first comma or relative
// pronoun, which the question's "is" made a clause. Alone it is none a
// title or an event could tell. An answer with a verb ("It was signed in
// 1980") is news like any other sentence.
func qaAnswer(text string, sents []sentence, s sentence) bool {
	if s.index == 0 || s.index >= len(sents) || sents[s.index-1].index != s.index-1 {
		return false
	}
	q := text[sents[s.index-1].start:sents[s.index-1].end]
	var qsRoom fieldRoom
	qs := fieldsIn(&qsRoom, strings.ToLower(q))
	if !strings.HasSuffix(q, "?") || len(qs) < 2 || len(qs) > 12 || !definingQuestion.Has(qs[0]) || !definingQuestion.Has(qs[1]) {
		return false
	}
	ws := strings.Fields(text[s.start:s.end])
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if auxiliaries.Has(lw) || subjectPronouns.Has(lw) {
			return false
		}
		if i > 0 && i+1 < len(ws) && strings.HasSuffix(lw, "ed") && lw == w && (capitalized(ws[i+1]) || answerObjects.Has(strings.ToLower(ws[i+1]))) {
			// "The trust appointed Dana Price as interim head": a verb
			// in the past with its object, a name or a determiner's
			// noun, after it; a participle is followed by its
			// preposition ("A treaty signed in 1980").
			return false
		}
		if relativeOpeners.Has(lw) || lw == "that" || strings.HasSuffix(w, ",") {
			break
		}
	}
	return true
}

// ownCoverage reports whether a sentence speaks of the page it is on, not
// of the news: of the outlet's own coverage ("Welcome to our live
// coverage", "That is all from our live coverage for today") or
// of this page's edits ("This explainer was updated on July 10 with the
// final death toll", "We will update this story"). Its date is the page's,
// and what it tells is told by the page's other sentences. The words are
// data/words.txt coverage-nouns, page-nouns and page-edits.
func ownCoverage(ws []word) bool {
	edited := slices.ContainsFunc(ws, func(w word) bool { return pageEdits.Has(w.w) })
	for i, w := range ws {
		switch w.w {
		case "our":
			for k := i + 1; k < min(len(ws), i+3); k++ {
				if coverageNouns.Has(ws[k].w) {
					return true
				}
			}
		case "live":
			// "will have live coverage from the court": whoever's, the
			// coverage is a broadcast's, not a happening.
			if i+1 < len(ws) && coverageNouns.Has(ws[i+1].w) {
				return true
			}
		case "this":
			k := i + 1
			if k < len(ws) && ws[k].w == "live" {
				k++ // "this live blog"
			}
			if edited && k < len(ws) && pageNouns.Has(ws[k].w) {
				return true
			}
		}
	}
	return false
}

// asksQuestion reports whether a sentence is the page's own question: it
// ends with a question mark, past the marks of a heading that close it. A
// question in quotes is someone's ("Lawmakers grill lottery officials:
// 'Who was watching the watchman?'"), and the sentence around it may
// tell a happening.
func asksQuestion(sent string) bool {
	return strings.HasSuffix(strings.TrimRight(sent, " \t\n*_"), "?")
}

// pageFurniture reports whether a sentence is the page's talk of its own
// coverage, not of the news, however it is dated: ownCoverage; the
// announcement of what the page holds, "Here is what we know", "Here's
// how it unfolded" (its first words "here", a copula, a word of
// pageAnnounce and a subject pronoun or "happened", and no colon); a sentence whose subject opens it in the page's voice,
// "we" or "updates", outside quotation marks, with a verb of the
// coverage's return ("Updates will resume on Wednesday", "We'll be back at
// 7 a.m."), or, for "we", with "here", the page ("We will follow the
// count here"); and a photo's label before a colon ("Picture: Smoke rises
// over the mill"), a caption that shows what the page's text tells.
// The words are data/words.txt page-announce, page-voices, page-returns
// and photo-labels.
func pageFurniture(text string, s sentence, ws []word) bool {
	if ownCoverage(ws) {
		return true
	}
	if len(ws) < 2 || quotedSpeech(text[s.start:s.end]) {
		return false
	}
	first := ws[0].w
	if photoLabels.Has(first) && ws[0].j < len(text) && text[ws[0].j] == ':' {
		return true
	}
	if first == "here" && len(ws) > 3 && pageCopulas.Has(ws[1].w) && pageAnnounce.Has(ws[2].w) &&
		(subjectPronouns.Has(ws[3].w) || ws[3].w == "happened") && !strings.Contains(text[s.start:s.end], ":") {
		// (Not "Here is what we know: a quake struck ...", whose news
		// follows its colon, nor "Here is what the board's decision on
		// Tuesday means", which names the happening it explains.)
		return true
	}
	if pageAudience.Has(first) || len(ws) > 2 && answerObjects.Has(first) && pageAudience.Has(ws[1].w) {
		// The readers' part in the coverage: "Readers are sending us
		// pictures of Market Street", "A reader sent us a photo".
		for _, w := range ws[1:min(len(ws), 5)] {
			if pageObjects.Has(w.w) {
				return true
			}
		}
	}
	if !pageVoices.Has(first) {
		return false
	}
	for i, w := range ws[1:] {
		if pageReturns.Has(w.w) || first == "we" && (w.w == "here" || i < 3 && ws[0].i == s.start && pageReporting.Has(w.w)) {
			// (The page's own reporting: "We're hearing from several
			// readers about a smell of oil", "We've reached the
			// company's spokesperson", its "we" the sentence's first
			// mark: "'We heard them knocking': family rescued" quotes.)
			return true
		}
	}
	return false
}

var (
	coverageNouns = wordSet("coverage-nouns")
	pageNouns     = wordSet("page-nouns")
	pageEdits     = wordSet("page-edits")
	pageAnnounce  = wordSet("page-announce")
	pageCopulas   = wordSet("page-copulas")
	pageVoices    = wordSet("page-voices")
	pageReturns   = wordSet("page-returns")
	photoLabels   = wordSet("photo-labels")
	pageReporting = wordSet("page-reporting")
	pageAudience  = wordSet("page-audience")
	pageObjects   = wordSet("page-objects")
)

// answerObjects open the object of a verb in an answer (data/words.txt
// articles: "appointed a new head").
var answerObjects = wordSet("articles")

// bylineWords are the words of a byline and its stamp in lower case: a
// newsroom role and the marks of a clock (data/words.txt).
var bylineWords = wordSet("byline-words")

// definingQuestion holds the words that open a question asking what or who
// something is: both of its first two words are among them ("What is",
// "Who are", "What about") (data/words.txt).
var definingQuestion = wordSet("defining-question")

// saysSomething reports whether a clause has, outside its time expression,
// a word in lower case that is no stop word: "12:48PM BST", "Updated May
// 3" and "Robbery" say nothing but a time or a label. A byline says
// nothing either: a name with a newsroom role and a stamp of when the page
// was published or posted ("Maria Lund Transport correspondent Tue 3
// Mar 2026 08.15 GMT", "Posted March 3, 2026 7:40 am By Tom Reyes,
// Observer staff writer"), whose words are bylineWords.
func (lx *lexicon) saysSomething(text string, seg [2]int, tx timex.Timex) bool {
	var room wordRoom
	for _, w := range appendWords(room[:0], text, seg[0], seg[1]) {
		if w.i >= tx.Start && w.j <= tx.End {
			continue
		}
		if lx.stop[w.w] || len(w.w) < 3 || !hasLetter(w.w) || bylineWords.Has(w.w) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[w.i:w.j]); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// quotedSpeech reports whether a sentence is a quotation of what someone
// said: it opens with a quotation mark, and the quotation runs to the
// sentence's end or to a comma before the attribution ("“We will go on,”
// the union said"). A headline that opens with a quoted phrase ("‘Very
// Spiritual’ Woman Shoots Co-workers") is not.
func quotedSpeech(sent string) bool {
	open, n := utf8.DecodeRuneInString(sent)
	var close rune
	switch open {
	case '"':
		close = '"'
	case '“':
		close = '”'
	case '‘':
		close = '’'
	default:
		return false
	}
	rest := sent[n:]
	i := strings.IndexRune(rest, close)
	if i < 0 {
		return true // a quotation that goes on past the sentence
	}
	before, after := strings.TrimSpace(rest[:i]), strings.TrimSpace(rest[i+utf8.RuneLen(close):])
	return strings.HasSuffix(before, ",") || strings.HasPrefix(after, ",") || strings.Trim(after, ".!?") == ""
}

// nounPhrase is the span of the noun phrase a possessive date of c names,
// when c dates that noun in a sentence whose main clause has a date of its
// own (see newsLow).
func nounPhrase(text string, c *candidate, cands []candidate) ([2]int, bool) {
	if !c.noun {
		return [2]int{}, false
	}
	if objectTime(text, c.seg, c.tx.timex()) {
		// "A far-right group has claimed responsibility for Sunday's
		// bombing of the station": the clause has no date of its own,
		// and the claim's words are not the bombing's.
		if ws, stop := possessivePhrase(text, c.seg, c.tx.End); len(ws) > 0 {
			return [2]int{c.tx.End, stop}, true
		}
	}
	sp, ok := possessiveSpan(text, c.seg, c.tx.End)
	return sp, ok && clauseDated(cands, c.sent.index)
}

// clauseDated reports whether a date of its own dates the main clause of
// sentence idx: a candidate of it that dates no noun and is not inferred.
// Asked only for a possessive date's sentence, which is rare: a scan, no
// table per article.
func clauseDated(cands []candidate, idx int) bool {
	for i := range cands {
		if c := &cands[i]; c.sent.index == idx && !c.noun && !c.derived {
			return true
		}
	}
	return false
}

// relativeAntecedentWords is how many words before a "which" clause its
// thing may take.
const relativeAntecedentWords = 5

// possessiveStems is how many stems the noun phrase after a possessive date
// must have to stand for its happening alone: "this morning's fire" or
// "Wednesday's hearing" say too little, and keep their sentence's words.
const possessiveStems = 3

// wordsIn returns the words of ws that lie within span.
func wordsIn(ws []word, span [2]int) []word {
	lo := 0
	for lo < len(ws) && ws[lo].i < span[0] {
		lo++
	}
	hi := lo
	for hi < len(ws) && ws[hi].j <= span[1] {
		hi++
	}
	return ws[lo:hi]
}

// genericTime reports why a time of a clause dates nothing, or "": a
// "today" that means nowadays, told of a state in the simple present
// ("carbon dioxide levels today exceed 420 parts per million", "the
// village today has 300 people") or in a comparison ("more than today",
// "By comparison, the glacier today loses ..."); or a month with no year of its own in a clause that
// tells what happens as a rule ("The camp can only be reached between late
// November and early February", "The pass usually opens in May",
// "Nowadays the ferry sails in June"), a season of every year, not one
// month of the story. ws are the clause's words in lower case.
func genericTime(text string, ws []word, tx timex.Timex, date timeline.Date) string {
	k := wordFrom(ws, tx.Start)
	if k == len(ws) {
		return ""
	}
	if strings.EqualFold(tx.Text, "today") {
		if k+1 < len(ws) && genericTodayVerbs.Has(ws[k+1].w) && !ws[k+1].comma && k > 0 && !ws[k].comma && !sayingVerb(ws[k-1].w) && !personPronouns.Has(ws[k-1].w) && !(k+2 < len(ws) && todayNews(ws[k+2].w)) {
			return "today of a state in the simple present (nowadays) left out"
		}
		if k > 0 && ws[k-1].w == "than" || slices.ContainsFunc(ws[:k], func(w word) bool { return comparedWords.Has(w.w) }) {
			return "today in a comparison (nowadays) left out"
		}
		return ""
	}
	if date.Gran != timeline.Month || strings.ContainsAny(tx.Text, "0123456789'’") {
		return ""
	}
	for i := max(0, k-habitReach); i < min(len(ws), k+habitReach); i++ {
		w := ws[i].w
		if i < k && habitualWords.Has(w) || i+1 < len(ws) && habitualPairs.Has(w+"-"+ws[i+1].w) {
			return "month of a season that recurs (usually, can only, every year) left out"
		}
	}
	return ""
}

// todayNews reports whether w, after "today is", "today has", tells the
// day's news, not a state: a participle ("has introduced", "is expected"),
// a progressive ("is holding") or a plan ("is due to", "is set to").
func todayNews(w string) bool {
	return pastVerb(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ing") || todayPlans.Has(w)
}

// habitReach is how many words before a month a word that tells what
// happens as a rule may stand ("can only be reached by small aircraft
// between late November and the end of January"), or after it a pair
// ("in September each year").
const habitReach = 16

// genericTodayVerbs tell a state in the simple present after a generic
// "today" (todayPlans, after it, tell a plan: "today is due to");
// habitualWords and habitualPairs tell what happens as a rule;
// comparedWords open a comparison that ends "with today" (data/words.txt).
var (
	genericTodayVerbs = wordSet("generic-today-verbs")
	habitualWords     = wordSet("habitual-words")
	habitualPairs     = wordSet("habitual-pairs")
	comparedWords     = wordSet("compared-words")
	todayPlans        = wordSet("today-plans")
)

// leadAside is a sentence of an article's top that opens on a thing set
// off by an aside of its putting out, and the day the aside dates
// (leadAsides).
type leadAside struct {
	index int
	day   timeline.Date
}

// putOutParticiples tell a thing put out, made public or put to someone
// (data/words.txt).
var putOutParticiples = wordSet("put-out-participles")

// leadAsides finds the sentences of an article's top, up to the one after
// its lead, that open on "The" and a noun of up to four words set off by
// an aside whose participle (put-out-participles, after an adverb at
// most) tells the thing put out, dated to a day in the aside: "The
// new proposal, sent to staff representatives on Tuesday evening, would
// also add ...", "The figures, published by the office on Friday in a
// bulletin, were drawn from ...". News copy tells its lead's news in
// the present or the present perfect and dates it in the next sentence,
// often in such an aside on the thing the lead told of: the day it was
// put out is the day of the lead's news (see newsLow).
func leadAsides(text string, sents []sentence, txs []timex.Timex) []leadAside {
	var out []leadAside
	k := 0
	for _, s := range sents {
		if s.index < 1 {
			continue
		}
		if s.index > leadSentences+1 {
			break
		}
		for k < len(txs) && txs[k].Start < s.start {
			k++
		}
		for j := k; j < len(txs) && txs[j].End <= s.end; j++ {
			tx := txs[j]
			// (A document's aside is kept when its verb tells what the
			// document holds: "The audit, made public Thursday,
			// lists ...": the day it was put out is the lead's.)
			cut := asideCut(text, s.start, tx, true)
			if cut == [2]int{} || cut[0] <= s.start || cut[1] > s.end || tx.Start <= cut[0] {
				continue
			}
			if cut[0]-s.start > 80 {
				break // longer than "The" and four words: no noun that opens the sentence
			}
			opening := text[s.start:cut[0]]
			head := strings.Fields(opening)
			if len(head) < 2 || nounWords(head[1:]) > 4 || head[0] != "The" || strings.ContainsAny(opening, ",;:\"“”()") {
				break // the aside is on no noun that opens the sentence
			}
			ws := strings.Fields(text[cut[0]+1 : tx.Start])
			if len(ws) > 1 && participleAdverbs.Has(ws[0]) {
				ws = ws[1:]
			}
			if len(ws) == 0 || !putOutParticiples.Has(ws[0]) {
				break
			}
			if day, ok := timexDate(tx); ok && day.Gran == timeline.Day {
				out = append(out, leadAside{s.index, day})
			}
			break
		}
	}
	return out
}

// nounWords counts the words of a noun phrase (after its article) that
// are not those of a name it holds: a name in capitals, with the small
// words that link its parts ("The U.S. Bureau of Mine Safety report"
// is a report, one word, named by its maker; "The new draft budget" is
// three).
func nounWords(ws []string) int {
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	n := 0
	for i, w := range ws {
		switch {
		case capital(w):
		case nameLinks.Has(w) && i > 0 && i+1 < len(ws) && capital(ws[i-1]) && capital(ws[i+1]):
		default:
			n++
		}
	}
	return n
}

// asideDayAfter is the day that an aside of the sentence right after the
// lead (leadAsides) dates, when it is one of the newsDays days before the
// publication pub.
func asideDayAfter(asides []leadAside, lead int, pub timeline.Date) (timeline.Date, bool) {
	p, _ := dayNum(pub)
	for _, a := range asides {
		if a.index != lead+1 {
			continue
		}
		if d, _ := dayNum(a.day); d < p && d >= p-newsDays {
			return a.day, true
		}
	}
	return timeline.Date{}, false
}

// headNamesLead reports whether the headline's words hs name a word of the
// lead's ls that the headline writes in lower case (a word of the act or
// its thing, not a stop word).
func (lx *lexicon) headNamesLead(hs []word, text string, ls []word) bool {
	in := make(map[string]bool, len(ls))
	for _, w := range ls {
		if t := lx.token(w.w); t != "" {
			in[t] = true
		}
	}
	for _, h := range hs {
		if r, _ := utf8.DecodeRuneInString(text[min(h.i, len(text)):]); h.i >= len(text) || unicode.IsUpper(r) || lx.stop[h.w] {
			continue
		}
		if t := lx.token(h.w); t != "" && in[t] {
			return true
		}
	}
	return false
}

// aheadSentences returns the starts of the sentences, in order, that hold a
// date or time of their own whose first day is after pub, the article's
// publication day: a plan ("at its board meeting in June" of the
// year after) or a deadline ("the landlord had until March 3 to repair the
// fence"). What such a sentence tells is due then (see newsLow). A time
// of a relative clause ("The ban, which starts on July 9, covers
// 120 streets") is not the sentence's own, and the end of a span that is
// no deadline ("The park will stay shut until at least Friday") closes
// the state its clause tells, which may be the happening again. Linear in
// sents and txs, both in order.
func aheadSentences(text string, sents []sentence, txs []timex.Timex, pub timeline.Date) []int {
	if pub.Gran != timeline.Day {
		return nil
	}
	_, p := dayNum(pub)
	var out []int
	k := 0
	for _, s := range sents {
		for k < len(txs) && txs[k].Start < s.start {
			k++
		}
		clause, read := s.start, s.start
		for j := k; j < len(txs) && txs[j].End <= s.end; j++ {
			tx := txs[j]
			if tx.Type != "DATE" && tx.Type != "TIME" {
				continue
			}
			day, ok := timexDate(tx)
			if !ok || day.Gran < timeline.Year {
				continue
			}
			if f, _ := dayNum(day); f <= p {
				continue
			}
			// The clause the time stands in opens after the last comma
			// before it (read on from the last time's, once).
			if i := strings.LastIndexByte(text[read:tx.Start], ','); i >= 0 {
				clause = read + i + 1
				for clause < s.end && text[clause] == ' ' {
					clause++
				}
			}
			read = tx.Start
			if relativeClause(text, [2]int{clause, s.end}) {
				continue
			}
			if spanEnd(text, [2]int{s.start, s.end}, tx) && !spanDeadline(text, s.start, tx) {
				continue
			}
			out = append(out, s.start)
			break
		}
	}
	return out
}

// spanDeadline reports whether the span's end tx is a deadline: its span
// word ("until", a few words back) follows a verb of deadlineHolders ("had
// until Dec. 1"). It reads a few words back only.
func spanDeadline(text string, start int, tx timex.Timex) bool {
	ws := strings.Fields(text[max(start, tx.Start-48):tx.Start])
	for i := len(ws) - 1; i >= max(1, len(ws)-4); i-- {
		if inSet(spanEnds, ws[i]) {
			return inSet(deadlineHolders, ws[i-1])
		}
	}
	return false
}

// deadlineHolders are the verbs that make a span's end a deadline ("has
// until"; data/words.txt).
var deadlineHolders = wordSet("deadline-holders")

// liveLead returns the index of the sentence of a live blog (a page of
// three clock stamps or more, see liveStamps) that names its headline's
// kind of happening (a "~" stem both bags share) and shares the most
// content words with it, two at least, the first of those sharing as many,
// recaps of an earlier day aside (recap, by sentence index): the entry
// that tells the headline's happening; -1 when none does or on any other
// page. bagOf gives a sentence's content stems, sorted.
func liveLead(text string, sents []sentence, bagOf func(sentence) bag, recap func(int) bool) int {
	if len(sents) < 2 || sents[0].index != 0 || len(liveStamps(text)) < liveEntriesMin {
		return -1
	}
	head := bagOf(sents[0])
	best, at := 1, -1
	for _, s := range sents[1:] {
		b := bagOf(s)
		n, act, i, j := 0, false, 0, 0
		for i < len(head) && j < len(b) {
			switch {
			case head[i] == b[j]:
				n++
				act = act || strings.HasPrefix(b[j], "~")
				i++
				j++
			case head[i] < b[j]:
				i++
			default:
				j++
			}
		}
		if act && n > best && !recap(s.index) {
			best, at = n, s.index
		}
	}
	return at
}

// stampedVoice reports whether sentence s of text is a live blog's entry
// whose clock stamp (tx, opening its line: see liveStampSpan) dates
// nothing but a tally or the page's own voice: the words after the stamp
// are no clause ("48 of 61 precincts in.") or name one thing at most
// ("It's official.", "Breaking."), stems the stamp aside. Such an entry
// tells no happening that a title could tell or another source could
// join; the entries after it do ("Moreno leads by 1,900 votes"). stems
// is how many content stems the sentence holds without the stamp.
func stampedVoice(text string, s sentence, tx timex.Timex, stems int) bool {
	sent := text[s.start:s.end]
	_, _, end, ok := liveStampSpan(sent)
	if !ok || tx.Start < s.start || tx.End > s.start+end || !stampOnly(sent[:end]) || strings.IndexAny(strings.TrimLeft(sent[end:], " "), "-–—:") == 0 {
		return false // ("2:00pm - It's a hike": after a dash, a subhead)
	}
	if stems < 2 {
		return true
	}
	var room fieldRoom
	ws := fieldsIn(&room, sent[end:])
	return len(ws) > 0 && len(ws) <= 8 && noVerb(ws)
}

// headlineNounTime reports whether a time in a headline stands straight
// before a noun it modifies, after a word (not at the headline's start):
// a lower-case word follows after one space that is no preposition,
// conjunction, subordinator, article, "to" or auxiliary (headline-noun-stops;
// "sets Sept. 23 recall
// vote", "for June festival"; not "set for June after delay", "to vote
// Tuesday on budget").
func headlineNounTime(text string, tx timex.Timex) bool {
	if _, ok := wordBeforeModifier(text, tx); !ok || strings.TrimSpace(text[:tx.Start]) == "" {
		return false
	}
	rest := text[tx.End+1:]
	if i := strings.IndexAny(rest, " ,.;:!?"); i >= 0 {
		rest = rest[:i]
	}
	w := asciiLower(rest)
	return w != "" && !prepositions.Has(w) && !titleConjunctions.Has(w) && !subordinators.Has(w) && !headlineNounStops.Has(w) && !articleWords.Has(w) && !determiners.Has(w) && !possessivePronouns.Has(w) &&
		!auxiliaries.Has(w) && !modalAuxiliaries.Has(w) && !relativePronouns.Has(w)
}

var headlineNounStops = wordSet("headline-noun-stops")

// inWebAddress reports whether the word text[i:j] is a piece of a web or
// e-mail address ("press@tcrr.example", "tcrr.example/valley"): an address
// is written in small letters whatever the name, so an acronym set in
// capitals elsewhere ("TCRR said") is not thereby a word the story writes
// in lower case.
func inWebAddress(text string, i, j int) bool {
	if i > 0 {
		if c := text[i-1]; c == '@' || c == '/' || c == '.' && i > 1 && text[i-2] != ' ' {
			return true
		}
	}
	return j+1 < len(text) && (text[j] == '.' || text[j] == '@') && ('a' <= text[j+1] && text[j+1] <= 'z' || 'A' <= text[j+1] && text[j+1] <= 'Z')
}
