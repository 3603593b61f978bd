package timex

// The driver of the matchers: run walks the tokens, matchAt reads a
// modifier ("early", "the end of") and core looks at the first token of an
// expression to call the matcher of its kind, one file each: weekdays.go,
// months.go, years.go, parts.go (quarters, halves, seasons), relative.go,
// durations.go, sets.go, codes.go, holiday.go, numbers.go, clock.go and
// ranges.go. The matchers are layered (see core): each calls only those
// of the layers below it. They read the words into a mention with no date,
// which resolve (resolve.go, resolvecount.go, resolveyear.go,
// resolvetime.go) turns into a result, its span in tokens and its Value
// (value.go); no matcher resolves: a composite that takes an expression
// by its value leaves the choice to the resolver (mTake, mModified).
// emit appends it and notes it as the anchor of what
// follows (state.go). The tokens come from scan.go, the words from
// data/lexicon.txt (lexicon.go), the tense of a clause from tense.go and
// calendar arithmetic from date.go.

// result is one matched expression: tokens [start, end) and its value.
type result struct {
	start, end int
	typ        string
	v          Value // its value (emit sets its Type from typ)
	mod        string
	freq       string
	quant      string
	d          date // the resolved date, when concrete
	concrete   bool
	// compare marks a date named only for a comparison ("a year
	// earlier", "year-ago"): it does not become the anchor of what follows.
	compare bool
	// fiscal marks a fiscal quarter ("the fiscal first quarter").
	fiscal bool
}

func (t *Tagger) w(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.toks[i].low
}

// seq reports whether the words from token i on are words, in order.
func (t *Tagger) seq(i int, words ...string) bool {
	for k, w := range words {
		if t.w(i+k) != w {
			return false
		}
	}
	return true
}

// apostrophe reports whether token i is an apostrophe, straight or curly.
func (t *Tagger) apostrophe(i int) bool {
	w := t.w(i)
	return w == "'" || w == "\u2019"
}

// possessive reports whether tokens i and i+1 are the "'s" of a
// possessive ("year's", "Thursday's").
func (t *Tagger) possessive(i int) bool {
	return t.apostrophe(i) && t.w(i+1) == "s"
}

// adj reports whether token i follows token i-1 with no space between.
func (t *Tagger) adj(i int) bool {
	return i > 0 && i < len(t.toks) && !t.toks[i].space
}

// capital reports whether word i is capitalized (or the text is in capitals).
func (t *Tagger) capital(i int) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	return t.toks[i].cap
}

// run walks the tokens and appends every match to t.out.
func (t *Tagger) run() {
	for i := 0; i < len(t.toks); {
		// Most words and punctuation open no expression: one look-up
		// (openers, lexicon.go) and no call.
		c := opener(0)
		switch tok := &t.toks[i]; tok.kind {
		case tWord:
			if !openerShapes.mayOpen(tok.low) {
				i++
				continue
			}
			if c = openers[tok.low]; c == 0 {
				i++
				continue
			}
		case tPunct:
			if !t.apostrophe(i) {
				i++
				continue
			}
		}
		m, ok := t.matchAt(i, c)
		if !ok {
			i++
			continue
		}
		r, ok := t.resolve(&m)
		if !ok || r.end <= i {
			i++
			continue
		}
		t.st.counted = m.kind == mCount || m.kind == mRelative
		t.emit(r)
		i = r.end
	}
}

func (t *Tagger) emit(r result) {
	r.v.Type = typeOf(r.typ)
	if t.st.noDCT && r.v.Ref == NoRef && r.v.Unit == UnitNone && r.v.Grain >= gYear && r.v.Unknown&UnknownYear == 0 && r.v.Year < 10 {
		return // counted from a missing document date (year 1)
	}
	s, e := t.toks[r.start].start, t.toks[r.end-1].end
	// The same moment told in another zone, in brackets after a time, is
	// no anchor: "lifted off at 22:14 local time (0114 GMT Wednesday)"
	// goes on with the local day (zoneAside).
	aside := r.concrete && t.zoneAside(r.start)
	t.out = append(t.out, Timex{
		Start: s, End: e, Text: t.st.text[s:e], Type: r.typ, Value: r.v.String(), Val: r.v,
		Mod: r.mod, Freq: r.freq, Quant: r.quant,
	})
	if r.concrete && !r.compare && !t.st.sawDate && !t.datelineDay(r) {
		t.st.sawDate = true
		st := &t.st
		st.leadBefore = r.start < leadReach && !st.noDCT && r.d.g == gDay && !r.d.yx && r.d.before(st.dct) && !r.d.before(st.dct.addDays(-6))
		if st.leadBefore {
			st.leadDay, st.leadPart = r.d, 0
			if r.typ == "TIME" && !r.v.Clock {
				st.leadPart = r.v.PartOfDay
			}
			st.leadEnd = r.end
			for st.leadEnd < len(t.toks) && st.leadEnd < r.end+80 && !t.sentenceEnd(st.leadEnd) && !t.toks[st.leadEnd].nl {
				st.leadEnd++
			}
		}
	}
	if r.concrete && !aside && !r.compare && !t.st.noDCT && r.d.g == gDay && !r.d.yx && t.st.dct.before(r.d) {
		t.st.ahead, t.st.hasAhead, t.st.aheadAt = r.d, true, r.start
	}
	if r.concrete && (r.typ == "DATE" || t.toldTime(r)) && !r.compare && !aside {
		prev, had, prevAt, prevNight, prevPoss := t.st.ref, t.st.hasRef, t.st.refAt, t.st.refNight, t.st.refPoss
		bg, hadBg, bgAt, bgNight := t.st.bgDay, t.st.hasBgDay, t.st.bgAt, t.st.bgNight
		t.st.note(r.d)
		if !r.d.yx && (r.d.g == gYear || r.d.g > gYear && t.writesYear(r.start, r.end)) {
			t.st.year, t.st.hasYear, t.st.yearAt = r.d.y, true, r.start
		} else if !r.d.yx && r.d.y != t.st.year && !t.st.counted {
			t.st.hasYear = false
		}
		t.st.refAt, t.st.refPoss = r.start, t.possessive(r.end)
		t.st.refNight = r.typ == "TIME" && (r.v.PartOfDay >= Evening || r.v.Clock && r.v.Hour >= 18) || r.typ == "DATE" && r.d.g == gDay && t.lateDay(r.start)
		if t.st.refPoss && r.d.g == gDay && had && prev.g == gDay && !prev.yx && !prevPoss && prevAt >= t.clauseStart(r.start) && prevAt < r.start &&
			prepositions.Has(t.w(r.start-1)) && !t.saidOn(prevAt) {
			// "Divers found the body on Wednesday, raising the toll from
			// Tuesday's flood to three. / He was pulled out shortly
			// after 7 a.m.": a day in the possessive after the day the
			// sentence told its news on names a happening, not the time
			// of what follows; that day stays the anchor. Not when the
			// day before is a saying's ("Police said on Wednesday that
			// Tuesday's flood killed two"), nor when the possessive is
			// no object of a preposition (the subject is the news).
			t.st.ref, t.st.refAt, t.st.refPoss, t.st.refNight = prev, prevAt, false, prevNight
		}
		if r.d.g == gDay && had && prev.g == gDay && !prev.yx && r.d != prev && prevAt < r.start && t.sentenceOn(prev, r.start) && t.pluperfectSince(t.clauseStart(r.start), r.start) && !t.saidOn(prevAt) {
			// "The rocket lifted off on Thursday, two days into a window
			// that had opened on Tuesday and was held up on Wednesday.
			// At 1.02pm ...": a day before the sentence's own, told in
			// the pluperfect after it, is the background of its news,
			// not the day that what follows is on; that day stays the
			// anchor. Not when that day is a saying's ("Police said on
			// Thursday that firefighters had been called on Tuesday"):
			// the pluperfect after a past verb of saying is the past of
			// what was said, moved back, and the story is at its day.
			t.st.ref, t.st.refAt, t.st.refPoss, t.st.refNight = prev, prevAt, false, prevNight
		}
		if r.d.g == gDay && t.closingAttribution(r.start, r.end) {
			// A day in the possessive ("Saturday's earthquake killed
			// 37, officials said on Monday. The army arrived at 11
			// a.m.") names a happening, not the time of what follows.
			pre := had && prev.g == gDay && !prev.yx && !prevPoss && prevAt >= t.clauseStart(r.start) && prevAt < r.start
			if pre || r.typ == "DATE" {
				// A saying told with its part of the day ("officials
				// said Thursday morning") gives way to the happening's
				// day its sentence named before it; with none, its day
				// stays the anchor, as it was.
				t.st.saidRef = true
				t.st.hasPre = pre
				t.st.preRef, t.st.preNight, t.st.preAt = prev, prevNight, prevAt
			}
		}
		ahead := !t.st.noDCT && t.st.dct.before(r.d)
		if (r.d.g < gDay || ahead && r.d.g == gDay) && had && prev.g == gDay && !prev.yx && !prevPoss && (ahead || !t.saidOn(prevAt)) && !t.st.dct.before(prev) && prevAt >= t.clauseStart(r.start) && prevAt < r.start {
			// "Hundreds gathered on Sunday to remember the climbers who
			// died a month ago. / The bells rang at noon": a coarser
			// date after the day in the day's sentence is background;
			// the story is still on that day (state bgDay). Not a
			// saying's day ("officials said on Monday that the mill
			// burned in 2019"), nor a day in the possessive. So is a
			// date ahead that the sentence gives a plan ("said on
			// Monday that it would close the site on March 31. Staff
			// were told that morning"), after a saying's day too: the
			// plan's saying is the news of that day.
			t.st.bgDay, t.st.hasBgDay, t.st.bgAt, t.st.bgNight = prev, true, prevAt, prevNight
		}
		if r.d.g < gDay && !t.st.hasBgDay && t.inQuote(r.start) {
			// "\"This winter the sea took our brothers,\" the priest
			// said": a coarser date within quotation marks is the
			// speaker's, not the narrative's; the day the story was at
			// stays behind it, as after a background phrase.
			if hadBg {
				t.st.bgDay, t.st.hasBgDay, t.st.bgAt, t.st.bgNight = bg, true, bgAt, bgNight
			} else if had && prev.g == gDay && !prev.yx && !prevPoss && !t.saidOn(prevAt) {
				t.st.bgDay, t.st.hasBgDay, t.st.bgAt, t.st.bgNight = prev, true, prevAt, prevNight
			}
		}
		if r.fiscal && r.d.g == gQuarter {
			t.st.fiscalQ = true
		}
	}
	if r.typ == "DATE" && r.d.g == gDay && !r.d.yx && t.toks[r.start].kind == tWord && weekdays[t.w(r.start)] != 0 {
		t.noteHappening(r)
	}
	if u := r.v.Unit; r.typ == "DURATION" && (u == UnitMonth && (r.v.Unknown != 0 || r.v.N != 1 && r.v.N != 3) || u == UnitMinute || u == UnitYear) {
		t.st.inQuarter = false // "the first nine months", "the year"
	}
}

// lateDay reports whether the day at token at is said "late" ("took off
// late Friday", "late on Tuesday") or is the day of "the evening of", "the
// night of" ("broke out on the evening of Aug. 3"): its evening or night,
// after which the small hours are the next day's.
func (t *Tagger) lateDay(at int) bool {
	if t.w(at-1) == "of" && t.w(at-3) == "the" && (t.w(at-2) == "evening" || t.w(at-2) == "night") {
		return true
	}
	return t.w(at) == "late" || t.w(at-1) == "on" && t.w(at-2) == "late"
}

// sentenceOn reports whether the sentence of token at gave, before it,
// a date or time on day d: its own day ("lifted off on Thursday", or "at
// 12.18pm" after a Thursday a sentence before). The last expression
// emitted is the one at at.
func (t *Tagger) sentenceOn(d date, at int) bool {
	lo := t.toks[t.clauseStart(at)].start
	for i := len(t.out) - 2; i >= 0 && t.out[i].Start >= lo; i-- {
		v := t.out[i].Val
		if v.Unknown == 0 && v.Ref == NoRef && v.Unit == UnitNone && (v.Grain == GrainDay || v.Clock) && v.Year == d.y && int(v.Month) == d.m && int(v.Day) == d.d {
			return true
		}
	}
	return false
}

// pluperfectSince reports whether a verb in the pluperfect ("had opened",
// "had been held") comes between tokens from and at, in one sentence: at
// most 40 tokens, as clauseStart reads back.
func (t *Tagger) pluperfectSince(from, at int) bool {
	for k := at - 1; k >= from && at-k <= 40; k-- {
		if t.w(k) == "had" && (t.w(k+1) == "been" || t.participle(k+1) || enParticiples.Has(t.w(k+1))) {
			return true
		}
	}
	return false
}

// closingSpeaker is how many words a closing attribution's speaker may
// run to between its comma and its verb of saying: a speaker with its
// office and body ("a spokesman for the regional health ministry"), or
// two ("its owners and local emergency officials").
const closingSpeaker = 8

// closingAttribution reports whether the day from token start to end is
// the time of a closing attribution: a verb of saying (and "on") before
// it, the end of the sentence after it ("..., the Coast Guard said
// Wednesday.", "..., police said on Tuesday."). The day, with its part or
// not ("said Wednesday morning"), is the saying's, not the time the story
// is at.
func (t *Tagger) closingAttribution(start, end int) bool {
	k := start - 1
	if t.w(k) == "on" {
		k--
	}
	if k < 1 || !reportingVerbs.Has(t.w(k)) || end < len(t.toks) && !t.sentenceEnd(end) {
		return false
	}
	// The verb closes the sentence: a comma before it, at most
	// closingSpeaker words between ("..., the Coast Guard said", "..., a
	// spokesman for the regional health ministry said").
	for j := k - 1; j >= 0 && j >= k-closingSpeaker-1; j-- {
		if t.w(j) == "," {
			return true
		}
		if t.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// noteHappening records the day of a weekday r that dates a happening no
// one plans: "Saturday's earthquake", "Saturday's deadly earthquake", "the
// explosion on Tuesday" (namedDay reads it).
func (t *Tagger) noteHappening(r result) {
	var k string
	if t.possessive(r.end) {
		for j := r.end + 2; j <= r.end+3 && j < len(t.toks) && t.toks[j].kind == tWord; j++ {
			if k = happeningKey(t.w(j)); k != "" {
				break
			}
		}
	} else if t.w(r.start-1) == "on" {
		k = happeningKey(t.w(r.start - 2))
	}
	if k == "" {
		return
	}
	if t.st.named == nil {
		t.st.named = map[string]date{}
	}
	t.st.named[k] = r.d
}

// happeningKey gives the name under which a noun of a happening no one
// plans is recorded: its alias ("quake" for an earthquake), else itself;
// "" for a noun of no such happening.
func happeningKey(w string) string {
	if a, ok := happeningAliases[w]; ok {
		return a
	}
	if unplannedNouns.Has(w) {
		return w
	}
	return ""
}

// toldTime reports whether a time of day is on a day the text writes
// ("10 a.m. on Monday", "Saturday night", "the next morning") and not
// after the DCT, so that it dates what follows as the day alone would: "He
// left around 11 a.m." after it is on that day, not the DCT's. A time ahead
// ("will appear in court tomorrow morning") is a plan, not a happening
// the story goes on to tell.
func (t *Tagger) toldTime(r result) bool {
	return r.typ == "TIME" && r.d.g == gDay && !t.st.dct.before(r.d)
}

func dateResult(start, end int, d date) result {
	return result{start: start, end: end, typ: "DATE", v: d.val(), d: d, concrete: !d.yx}
}

func refResult(start, end int, ref Ref) result {
	return result{start: start, end: end, typ: "DATE", v: Value{Ref: ref}}
}

// refMention is a mention of a reference ("now", "the past"), which
// needs no anchor.
func refMention(start, end int, ref Ref) mention {
	return valueMention(start, end, "DATE", Value{Ref: ref})
}

// valueMention is a mention that carries its value, which needs no
// anchor.
func valueMention(start, end int, typ string, v Value) mention {
	return mention{start: start, end: end, kind: mValue, typ: typ, v: v}
}

// matchAt tries every rule at token i, whose word may open the kinds of
// expression c: a modifier ("early", "the end of") and then an
// expression.
func (t *Tagger) matchAt(i int, c opener) (mention, bool) {
	mod, j := "", i
	if c&oMod != 0 {
		mod, j = t.modifier(i)
	}
	if mod == "" {
		return t.core(i)
	}
	// "the end of the year", "the end of this month": the DCT's unit, as
	// "this year" is.
	if w := t.w(j); w == "the" || w == "this" {
		if modifiedUnits.Has(t.w(j + 1)) {
			if nx := t.w(j + 2); nx != "'" && nx != "-" { // not "the year's", "the year-earlier"
				return mention{start: i, end: j + 2, kind: mRelative, at: j + 1, det: "this", unit: units[t.w(j+1)], mod: mod}, true
			}
		}
	}
	if (mod == "START" || mod == "END") && t.seq(j, "in", "the", "year") {
		// "early in the year", "late in the year": the document's year
		// (unlike "the year" said alone, which follows the text's last
		// date; see theYear).
		return mention{start: i, end: j + 3, kind: mRelative, at: j + 2, det: "this", unit: units["year"], mod: mod}, true
	}
	// The expression after the modifier, if it is a date or a time
	// (the resolver tells), else one that starts at the modifier.
	in, ok := t.core(j)
	if !ok {
		return t.core(i)
	}
	m := mention{start: i, kind: mModified, inner: in.ptr(), want: wantDated, mod: mod}
	return m.or(t.core(i)), true
}

// modifier reads a modifier at i ("early", "late", "mid-", "the end of",
// "the beginning of", "End of" in a heading): its TIMEX3 mod (START, END,
// MID, or "" for none) and the token after it.
func (t *Tagger) modifier(i int) (mod string, j int) {
	w := t.w(i)
	switch w {
	case "early", "earlier":
		return "START", i + 1
	case "late", "later":
		return "END", i + 1
	case "mid":
		if t.w(i+1) == "-" {
			return "MID", i + 2
		}
		return "MID", i + 1
	case "the":
		if m, ok := partMods[t.w(i+1)]; ok && t.w(i+2) == "of" {
			return m, i + 3 // "the end of", "the close of"
		}
	}
	if headingMods.Has(w) && t.w(i+1) == "of" && t.capital(i) {
		return partMods[w], i + 2 // "End of 1998"
	}
	return "", i
}

// core matches an expression of any layer that starts at token i. The
// matchers are layered, and each calls only matchers of the layers below
// its own, so that no expression is matched inside one of its own layer
// and no rule recurses ("the the the ...", "the first half of the first
// half of ..."); TestLayers checks it on the source:
//
//   - core (this layer): a determiner's expression (detExpr, relative.go)
//     or the part of a decade or century that an ordinal names
//     (ordinalExpr, parts.go);
//   - determiners: detExpr, which reads the determiner and calls the
//     atoms, or the parts of years (partExpr) and the decades and
//     centuries (eraAt) below it;
//   - atoms (atom): an expression of one kind that no determiner opens,
//     built at most of smaller atoms ("Friday, Nov. 3" of a weekday and a
//     day, "5 p.m. Friday" of a time and a weekday);
//   - readers: the matchers of one kind (matchMonth, matchWeekday, count,
//     yearNum, ...) that read the words of a mention and call no
//     expression.
func (t *Tagger) core(i int) (mention, bool) {
	if i >= len(t.toks) {
		return mention{}, false
	}
	switch t.toks[i].kind {
	case tPunct:
		if !t.apostrophe(i) {
			return mention{}, false // most punctuation: no call
		}
		return t.atom(i)
	case tNum:
		return t.atom(i)
	}
	// One look-up tells which kinds of expression the word may open
	// (openers, lexicon.go); most words open none.
	w := t.toks[i].low
	switch c := openers[w]; {
	case c == 0:
		return mention{}, false
	case c&oDet != 0:
		m, ok := t.detExpr(i)
		if w == "current" {
			// "the current weakness", "its current position": the
			// present state of things (TIMEX3 PRESENT_REF). "Current
			// account" and the like are terms; "the current year" is
			// matched by detExpr.
			if ok {
				return m.or(t.currentAdj(i)), true
			}
			return t.currentAdj(i)
		}
		return m, ok
	case c&oOrdinal != 0:
		return t.ordinalExpr(i, i)
	default:
		return t.wordAtom(i, c)
	}
}

// atom matches an expression that starts at token i and that no
// determiner opens (see core).
func (t *Tagger) atom(i int) (mention, bool) {
	if i >= len(t.toks) {
		return mention{}, false
	}
	tok := &t.toks[i]
	switch tok.kind {
	case tNum:
		if m, ok := t.codeExpr(i); ok {
			return m.or(t.numberExpr(i)), true
		}
		return t.numberExpr(i)
	case tPunct:
		if t.apostrophe(i) {
			return t.shortDecade(i)
		}
		return mention{}, false
	}
	return t.wordAtom(i, openers[tok.low])
}

// wordAtom matches an atom opened by the word at i, which may open the
// kinds of expression c.
func (t *Tagger) wordAtom(i int, c opener) (mention, bool) {
	if c == 0 || c&oDet != 0 {
		return mention{}, false
	}
	tok := &t.toks[i]
	w := tok.low
	if c&oRule != 0 {
		switch w {
		case "q", "h", "fy":
			return t.codeExpr(i)
		}
	}
	if c&oWeekdayAbbrev != 0 && tok.cap && len(w) >= 3 && len(w) <= 5 {
		return t.abbrevWeekdayDate(i)
	}
	if c&oHoliday != 0 {
		if m, ok := t.holidayExpr(i); ok {
			// a holiday with no day (in a text without a DCT) gives way
			// to the other kinds the word opens
			return m.or(t.wordAtomRest(i, c)), true
		}
	}
	return t.wordAtomRest(i, c)
}

// wordAtomRest matches an atom opened by the word at i of the kinds c
// other than a holiday.
func (t *Tagger) wordAtomRest(i int, c opener) (mention, bool) {
	tok := &t.toks[i]
	w := tok.low
	if c&(oMonth|oMonthAbbrev) != 0 {
		return t.monthExpr(i, 0)
	}
	if c&oWeekday != 0 {
		return t.weekdayExpr(i, i, "")
	}
	if c&oWeekdayPlural != 0 && t.capital(i) {
		return setWord(i, weekdayPlurals[w]), true
	}
	if c&oRule != 0 {
		if m, ok, done := t.ruleWord(i, w); done {
			return m, ok
		}
	}
	if c&oRef != 0 {
		if w == "now" && t.w(i-1) == "from" {
			return mention{}, false
		}
		return refMention(i, i+1, refWords[w]), true
	}
	if c&oOrdinal != 0 {
		return t.partExpr(i, i, 0, "")
	}
	if c&oSeason != 0 {
		return t.seasonExpr(i, i, "")
	}
	if c&oUnit != 0 {
		if m, ok := t.bareUnits(i); ok {
			return m, true
		}
	}
	if c&oCount != 0 {
		return t.countExpr(i, i)
	}
	return mention{}, false
}

// ruleWord matches an expression opened by a word with a rule of its own
// (rule-words in the lexicon): a day word, "every", "noon",
// "fiscal 2024", "right now" ... done is false when the word's rule lets
// the other rules of core try it.
func (t *Tagger) ruleWord(i int, w string) (mention, bool, bool) {
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		return final(t.dayWord(i))
	case "every", "each", "per":
		return final(t.setExpr(i))
	case "noon", "midnight", "midday":
		return final(t.noonExpr(i))
	case "annually", "yearly":
		return final(setWord(i, 0), true)
	case "fiscal":
		if y, ok := t.yearNum(i + 1); ok {
			return final(yearMention(i, i+2, y), true)
		}
	case "year":
		return final(t.yearWord(i))
	case "nineteen":
		return final(t.matchSpelledYear(i))
	case "as":
		if t.seq(i+1, "soon", "as", "possible") {
			return final(refMention(i, i+4, FutureRef), true)
		}
	case "in":
		if t.seq(i+1, "the", "future") {
			return final(mention{}, false) // "the future" is matched at "the"
		}
	case "at":
		if t.w(i+1) == "present" && (t.w(i+2) == "," || t.w(i+2) == "." || t.w(i+2) == "") {
			return final(refMention(i, i+2, PresentRef), true)
		}
	case "right":
		if t.w(i+1) == "now" {
			return final(refMention(i, i+2, PresentRef), true)
		}
	case "soon":
		// "will soon begin", "may soon seek": the near future. "As soon
		// as", "soon after the vote", "too soon to say" measure from
		// another event or judge timing, and name no time.
		if notSoonAfter.Has(t.w(i-1)) || notSoonBefore.Has(t.w(i+1)) {
			return final(mention{}, false)
		}
		return final(refMention(i, i+1, FutureRef), true)
	case "then":
		// "until then", "by then": the last date of the text. Alone,
		// "then" is too often a connective ("and then").
		if thenPreps.Has(t.w(i - 1)) {
			// (no other rule takes "then" if the text has no date before)
			return final(mention{start: i, end: i + 1, kind: mThen, at: i}, true)
		}
	case "a", "some":
		// "at a later date", "at some later date": an unnamed future time.
		if t.seq(i+1, "later", "date") {
			return final(refMention(i, i+3, FutureRef), true)
		}
	case "future":
		// "in future years", "in future quarters": the future.
		if futurePlurals.Has(t.w(i+1)) && t.w(i-1) != "the" {
			return final(refMention(i, i+2, FutureRef), true)
		}
	case "someday":
		return final(refMention(i, i+1, FutureRef), true)
	case "one":
		// "will one day be": a modal before "one day" makes it the
		// future, not a count of days.
		if t.w(i+1) == "day" && modals.Has(t.w(i-1)) {
			return final(refMention(i, i+2, FutureRef), true)
		}
	}
	return mention{}, false, false
}

// final gives the answer of a rule that decides, whether it matched or not.
func final(m mention, ok bool) (mention, bool, bool) { return m, ok, true }

// inQuote reports whether token i stands inside quotation marks, counting
// quotes from the start of its paragraph (the paragraph of token i-1).
// The answer for every token is worked out once per text, in one pass
// (quoteStates), so a long paragraph is not read again for each token.
func (t *Tagger) inQuote(i int) bool {
	if !t.quoted {
		t.quoteStates()
	}
	return i < len(t.inq) && t.inq[i]
}

// quoteStates fills t.inq: for token i, whether it stands inside quotation
// marks. Reading back from i-1 to the start of that token's paragraph, a
// curly opening (closing) quote answers at once, each straight quote met
// before it flips the answer, and with no curly quote the straight quotes
// alone decide. Forward, that is: the parity of the straight quotes since
// the last curly quote of the paragraph, flipped after an opening one.
func (t *Tagger) quoteStates() {
	t.quoted = true
	if cap(t.inq) < len(t.toks) {
		t.inq = make([]bool, len(t.toks))
	}
	t.inq = t.inq[:len(t.toks)]
	parity, open := false, false
	for k := range t.toks {
		t.inq[k] = parity != open
		if t.toks[k].nl {
			parity, open = false, false
		}
		switch t.toks[k].low {
		case "\"":
			parity = !parity
		case "\u201c":
			parity, open = false, true
		case "\u201d":
			parity, open = false, false
		}
	}
}

// nameNext reports whether a capitalised word that is no month, weekday or
// part of a day follows token i: "Spring Valley", "Sunday Times".
func (t *Tagger) nameNext(i int) bool {
	j := i + 1
	if j >= len(t.toks) || !t.toks[j].cap || t.toks[j].kind != tWord || !t.toks[j].space {
		return false
	}
	w := t.w(j)
	_, m := monthNames[w]
	_, wd := weekdays[w]
	_, pod := partsOfDay[w]
	return !m && !wd && !pod
}

// sentenceStart reports whether token i opens a sentence, where any word is
// capitalised.
func (t *Tagger) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	switch t.w(i - 1) {
	case ".", "!", "?", "\"", "\u201c", ":", "(", "\n":
		return true
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// datelineDay reports whether r, the DCT's day, is the date of a
// dateline, a credit or a dash right after it ("LIÈGE, Belgium, Nov 16
// (Continental Wire) —"): the day the dispatch was filed, not its lead's
// news (leadBefore reads past it).
func (t *Tagger) datelineDay(r result) bool {
	if r.d != t.st.dct {
		return false
	}
	for j := r.end; j < len(t.toks) && j < r.end+3; j++ {
		switch t.w(j) {
		case "(", "—", "–", "--":
			return true
		}
	}
	return false
}

// saidOn reports whether the day at token at is the day of a saying: a
// verb of saying right before it, or before "on" ("said Wednesday",
// "said on Wednesday").
func (t *Tagger) saidOn(at int) bool {
	k := at - 1
	if t.w(k) == "on" {
		k--
	}
	return reportingVerbs.Has(t.w(k))
}

// writesYear reports whether the tokens from start to end write a year
// out in four digits ("January 2021", "Jan. 9, 2021").
func (t *Tagger) writesYear(start, end int) bool {
	for j := start; j < end && j < len(t.toks); j++ {
		if tk := t.toks[j]; tk.kind == tNum && tk.digits == 4 && tk.num >= 1000 && tk.num < 3000 {
			return true
		}
	}
	return false
}
