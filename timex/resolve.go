package timex

import "strings"

// The resolver: a matcher reads the words of an expression into a mention,
// its span, kind and the fields the text gives (a weekday, a month, a day,
// a year it writes, the determiner before it), and resolve gives it its
// value. The resolver owns what the words alone do not say: the anchor
// (the DCT, or the text's last date in state.go), the tense of the clause
// (tense.go) and calendar arithmetic (date.go). Here are weekdays ("on
// Tuesday", "last Friday"), months and days ("last September", "Nov. 8"),
// units after a determiner ("last week", "the next day"), holidays,
// seasons and day words ("yesterday"); counts of units ("three years
// ago") are in resolvecount.go, years and parts of years ("year-end",
// "the third quarter", "Q3", "the quarter") in resolveyear.go, times of
// day, days hung on the last date and sets ("that night", "3 p.m.",
// "every week") in resolvetime.go.

// mentionKind is the kind of a mention.
type mentionKind uint8

const (
	mNone       mentionKind = iota
	mWeekday                // "Tuesday", "last Friday", "Friday morning"
	mMonth                  // "September", "last April", "August 1988", "January this year"
	mDay                    // "Nov. 8", "April 25, 2019", "8 November 2023"
	mCount                  // "three years ago", "two weeks later", "in five years", "24 years"
	mValue                  // a value that needs no anchor: "two-day", "twice a week"
	mRelative               // "last week", "this year", "the next day", "that month"
	mHoliday                // "Christmas Day", "last Easter", "Easter 2019"
	mSeason                 // "summer", "last fall", "the winter of 1994"
	mDayWord                // "today", "yesterday morning", "tomorrow", "tonight"
	mCalendar               // a date the words fix alone: "2000", "fiscal 2024", "1990s", "2023-11-08", "the 20th century"
	mYearEnd                // "year-end", "by year end", "by year's end"
	mYearAgo                // "year-earlier", "year-ago": the year (or quarter) before, for a comparison
	mTheYear                // "the year" said alone: the year under discussion
	mPart                   // a quarter or a half: "the third quarter", "the first half of 1989", "Q3", "3Q24"
	mPeriodYear             // "the 1988 period", "the 1988 quarter" of earnings copy
	mTheQuarter             // "the quarter", "the quarter a year ago", "the latest quarter"
	mTheWeek                // "for the week": a week the text does not fix
	mTheDay                 // "later in the day", "the day before", "the day after"
	mThen                   // "until then", "by then": the text's last date
	mPartOfDay              // "that night", "the next morning", "this morning", "last night"
	mClock                  // "10:30 a.m.", "3 p.m. EST", "noon Saturday", "2024-06-18T09:00Z"
	mSet                    // "every week", "each Monday", "per year", "Mondays", "annually"
	mRangeDay               // the "19" of "June 18-19": a day of the month of the range's start
	mTake                   // a composite's choice of an expression by its value: "the 1990s", "the last half of the '80s", "the past two months"
	mModified               // an expression after a modifier: "early 1990", "the end of March"
)

// mention is what a matcher read in the text, with no date: tokens
// [start, end), its kind, the token of its head (the weekday or the
// month), where the clause's tense is read, and the fields the words give.
type mention struct {
	start, end int
	// weekOf is true for a weekday of a week a determiner names
	// ("Thursday of next week"), weekShift that week's distance from the
	// DCT's.
	weekOf    bool
	weekShift int
	kind      mentionKind
	at        int
	// det is the determiner that points it: "last", "past", "next",
	// "coming", "this", or "".
	det     string
	weekday int // 1 Monday .. 7 Sunday
	month   int
	day     int
	// bare marks a day of the month with neither month nor year ("on
	// the 24th"): the month is the DCT's or the last date's (bareDay).
	bare    bool
	year    int // the year the text writes, if hasYear
	hasYear bool
	// yearDet is the determiner of the year after a month: "this",
	// "last" or "next" ("January this year", "September last year").
	yearDet string
	pod     string // the part of the day after a weekday ("Friday morning"): MO, AF, EV, NI
	// closed marks a market's close after a weekday ("Thursday's closing
	// price"): known only once it is past.
	closed bool
	// ordWeekday and ordN are the weekday and its ordinal (1 to 5, -1
	// for the last) of a month's ordinal weekday ("the first Wednesday
	// of April"): the month mention's day.
	ordWeekday, ordN int
	// weekOn is true for a weekday and "week" ("Thursday week"): the
	// weekday a week after the next one.
	weekOn bool
	// thatWeek is true for a weekday and "(of) that week" ("On Thursday
	// of that week"): the day of the week of the text's last date.
	thatWeek bool

	// A count of units (mCount): n units (vague: "several"), related to
	// another time by rel ("ago", "earlier", "later", "before", "after",
	// "hence" for "from now" too); open for "a year or two"; ahead for a
	// count after "in" that is a time ahead if the clause looks ahead,
	// with aheadEnd the token after it then ("in two years' time").
	n        int
	vague    bool
	unit     unit
	rel      string
	open     bool
	ahead    bool
	aheadEnd int
	// within is the unit of "ten years ago this month" (gMonth, gWeek):
	// the DCT's month or week, so many years back.
	within gran

	// A unit after a determiner (mRelative), with the unit above: the
	// is true after "the" ("the next day"); compare marks "last year" in
	// a comparison ("compared with $2 million last year"); ofPart "the
	// last week of".
	the     bool
	compare bool
	ofPart  bool

	// A holiday (mHoliday): its day in a year. A season (mSeason): 1
	// spring, 2 summer, 3 fall, 4 winter.
	holiday func(y int) date
	season  int
	// A day word (mDayWord): days from the DCT ("yesterday": -1).
	shift int

	// A value that needs no anchor (mValue).
	typ  string
	v    Value
	freq string

	// A date the words fix (mCalendar): year, month and day above at
	// granularity g (a decade or century starts at year). A quarter or
	// half (mPart): number n of granularity g, its year written (hasYear),
	// pointed by yearDet ("this year's third quarter"), that of the year
	// under discussion (ofTheYear: "the second half of the year"), or,
	// with none of those, partYear's; short marks a year in two digits
	// ("3Q24"), whose century the DCT gives; fiscal a fiscal quarter.
	g         gran
	ofTheYear bool
	short     bool
	fiscal    bool
	// atEnd marks "by year end" (the year, modified END); since marks
	// "since year-end": the end of the year before.
	atEnd bool
	since bool
	// A part of the day (mPartOfDay): pod above, on the text's last day
	// moved by shift days (ofRef), else on the DCT's moved by shift.
	ofRef bool
	// A clock time (mClock): hour and minute; the day a composite
	// expression took after it ("5 p.m. Friday", a time stamp's date:
	// year, month and day above, its year unknown if yx) if onDay, else
	// the day word after it ("noon today": shift days from the DCT) if
	// dayWord, else none (the text's last day, or the DCT).
	hour, minute int
	onDay        bool
	yx           bool
	dayWord      bool
	// A set (mSet): weekday, month, or n units above; every for "every",
	// "each" (TIMEX3 quant EVERY), not "per".
	every bool
	// period marks "the latest period", which is a quarter only once one
	// was named.
	period bool

	// alt is what the words say if this mention names no real day: the
	// weekday alone of "Friday, Feb. 30".
	alt *mention
	// named is the weekday written before a day date with no year ("the
	// following Sunday, March 23"), 1 Monday .. 7 Sunday: the year given
	// it must make that day that weekday (monthDay).
	named int
	// on is the day written after a clock time ("5 p.m. Friday", "noon,
	// Nov. 9"), a weekday or a day date, which the resolver gives the time
	// if it is a day (else the time alone, which ends at timeEnd); needDay
	// marks "noon" and "midnight", a time only on a day of a known year. The first day of
	// "5 to 9 September" (mDay) has the second as its on, whose month and
	// year it takes.
	on      *mention
	timeEnd int
	needDay bool
	// bareName marks "noon" or "midnight" with no day after it ("went out
	// at midnight"): past, a midnight on the DCT's own day is the one
	// that began it.
	bareName bool
	// dayLater marks an on read after the second time of a range ("from
	// 10 a.m. to 4 p.m. Saturday"): the first time takes its day, but
	// its span ends at timeEnd.
	dayLater bool

	// A composite (mTake, mModified) takes the expression inner, the
	// first of its chain of alternatives that names a date, if that
	// value is one it wants (want): a decade or century after "half of",
	// a decade, century, day or quarter after "the", a duration after a
	// determiner, a date or time after a modifier. The value then spans
	// from start. mod is the TIMEX3 mod the words before it give (START,
	// END, MID): a composite's or a leaf's ("the end of the year"), which
	// a modified expression takes only if its own value has none. A
	// leaf read after words it takes in ("the" before an atom in "half
	// of the 1980s") spans from from if hasFrom.
	inner   *mention
	want    want
	mod     string
	from    int
	hasFrom bool
}

// want is what value a composite takes of the expression inside it.
type want uint8

const (
	wantEra      want = iota + 1 // a date of a decade or century
	wantTheAtom                  // a date of a decade, century, day or quarter
	wantDuration                 // a duration
	wantDated                    // a date with a grain, or a time, not a reference
)

// wants reports whether r is a value w wants.
func (w want) wants(r result) bool {
	switch w {
	case wantEra:
		return r.typ == "DATE" && r.d.g <= gDecade && r.d.g != gNone && r.v.Ref == NoRef
	case wantTheAtom:
		return r.typ == "DATE" && (r.d.g == gDecade || r.d.g == gCentury || r.d.g == gDay || r.d.g == gQuarter)
	case wantDuration:
		return r.typ == "DURATION"
	case wantDated:
		return (r.typ == "DATE" && r.v.Grain != gNone || r.typ == "TIME") && r.v.Ref == NoRef
	}
	return false
}

// or gives m with next after the alternatives it has: the mention the
// resolver takes if neither m nor those name a date (a holiday with no
// day in a text without a DCT, "the day before" with no day before it).
func (m mention) or(next mention, ok bool) mention {
	if !ok {
		return m
	}
	last := &m
	for last.alt != nil {
		last = last.alt
	}
	last.alt = next.ptr()
	return m
}

// ptr gives a copy of m on the heap: a composite's inner mention or an
// alternative, allocated only when one is read.
func (m mention) ptr() *mention {
	p := new(mention)
	*p = m
	return p
}

// resolve gives a mention its value: a result, or false when neither
// the mention nor its alternatives (alt) name a real date. The three
// resolvers are layered as the matchers are: resolve takes a modified
// expression (mModified), taken takes a composite's choice (mTake), and
// leaves the mentions of one kind, so that none calls itself.
func (t *Tagger) resolve(m *mention) (result, bool) {
	for p := m; p != nil; p = p.alt {
		if p.kind != mModified {
			if r, ok := t.taken(p); ok {
				return r, true
			}
			continue
		}
		if r, ok := t.takenChain(p.inner); ok && p.want.wants(r) {
			r.start = p.start
			if r.mod == "" {
				r.mod = p.mod
			}
			return r, true
		}
	}
	return result{}, false
}

// takenChain resolves the first of a chain of mentions that names a date.
func (t *Tagger) takenChain(m *mention) (result, bool) {
	for p := m; p != nil; p = p.alt {
		if r, ok := t.taken(p); ok {
			return r, true
		}
	}
	return result{}, false
}

// taken resolves one mention, not its alternatives: a composite's choice
// (mTake) by the value of the first of its inner chain that names a date,
// else a leaf.
func (t *Tagger) taken(p *mention) (result, bool) {
	if p.kind != mTake {
		return t.leaf(p)
	}
	for q := p.inner; q != nil; q = q.alt {
		if r, ok := t.leaf(q); ok {
			if !p.want.wants(r) {
				return result{}, false
			}
			r.start = p.start
			if p.mod != "" {
				r.mod = p.mod
			}
			return r, true
		}
	}
	return result{}, false
}

// leaf resolves a mention of one kind, with the span and mod the words
// around it give.
func (t *Tagger) leaf(p *mention) (result, bool) {
	r, ok := t.resolveKind(p)
	if !ok {
		return r, false
	}
	if p.hasFrom {
		r.start = p.from
	}
	if p.mod != "" {
		r.mod = p.mod
	}
	return r, true
}

// resolveKind gives a mention the value of its kind.
func (t *Tagger) resolveKind(m *mention) (result, bool) {
	if t.quotedEarlier(*m) {
		return result{}, false
	}
	if t.weekdayHabit(*m) {
		return result{}, false
	}
	if t.testimonyDay(*m) || t.theDayRetold(*m) {
		// The day of a story retold, whose week the words do not give:
		// what counts from the last day after it counts from this one.
		t.st.refLost = true
		return result{}, false
	}
	if start, ok := t.nextInPast(*m); ok {
		// "He was arrested on Jan. 14. The next Tuesday he was freed":
		// in a past clause "the next" counts from the last date, as
		// "the following" does, never from the DCT.
		m.start, m.det, m.the = start, "following", true
	}
	switch m.kind {
	case mCount, mRelative, mPartOfDay, mTheDay:
		// What counts from the day the story is at counts from the
		// happening's day, not a saying's (happeningDay).
		defer t.st.happeningDay()()
	}
	switch m.kind {
	case mWeekday:
		return t.weekdayDate(*m)
	case mMonth:
		if m.the && lastDateDets.Has(m.det) {
			return t.monthFromLast(*m)
		}
		r := t.monthDate(*m)
		if m.ordWeekday != 0 {
			return ordinalWeekdayDate(r, m.ordWeekday, m.ordN)
		}
		return r, true
	case mDay:
		r, ok := t.dayDate(*m)
		return t.boundAhead(r, ok)
	case mCount:
		return t.countDate(*m)
	case mRelative:
		return t.relativeDate(*m)
	case mHoliday:
		r, ok := t.holidayDate(*m)
		if ok && m.shift != 0 && r.concrete {
			// "the day after Labor Day", "the morning after Christmas"
			d := r.d.addDays(m.shift)
			if m.pod != "" {
				return result{start: r.start, end: r.end, typ: "TIME", v: timeOn(d, m.pod), d: d, concrete: true}, true
			}
			return dateResult(r.start, r.end, d), true
		}
		return t.boundAhead(r, ok)
	case mSeason:
		if (t.w(m.start) == "the" || t.w(m.start-1) == "the") && lastDateDets.Has(m.det) && t.st.hasRef && t.st.ref.g != gSeason && t.st.ref.g != gMonth && t.st.ref.g != gDay {
			// "It was dry in 2019. The previous summer was wetter": a
			// season counted from a year, or a coarser date, may be in
			// it or before it; no date.
			return result{}, false
		}
		return t.seasonDate(*m), true
	case mDayWord:
		base := t.st.dct
		if st := t.st; st.hasBlogDay && st.blogDay.g == gDay && st.blogDay.before(st.dct) && !st.blogDay.before(st.dct.addDays(-7)) {
			// "Wednesday 4 September / 6.10pm: Organisers had met police
			// yesterday", in a Thursday live blog: an entry under a date
			// line of a day gone by was written that day, and its
			// "yesterday" counts from it.
			base = st.blogDay
		}
		d := base.addDays(m.shift)
		if m.weekOn {
			// "a week tomorrow": a week after the day word's day; "a
			// week yesterday" a week before it; "a week today" a week
			// on, or back in a clause told in the past ("It happened
			// a week today").
			if m.shift < 0 || m.shift == 0 && t.tenseAt(m.at) == past {
				d = d.addDays(-7)
			} else {
				d = d.addDays(7)
			}
		}
		if m.pod != "" {
			return result{start: m.start, end: m.end, typ: "TIME", v: timeOn(d, m.pod), d: d, concrete: true}, true
		}
		return dateResult(m.start, m.end, d), true
	case mValue:
		return result{start: m.start, end: m.end, typ: m.typ, v: m.v, freq: m.freq}, true
	case mCalendar:
		return dateResult(m.start, m.end, date{y: m.year, m: m.month, d: m.day, g: m.g}), true
	case mYearEnd, mYearAgo, mTheYear, mPart, mPeriodYear, mTheQuarter:
		return t.yearDate(m)
	case mTheWeek, mTheDay, mThen, mPartOfDay, mClock, mRangeDay:
		return t.timeDate(m)
	case mSet:
		return setValue(m), true
	}
	return result{}, false
}

// quotedEarlier reports whether m, a time counted from now ("tomorrow",
// "on Friday", "next week", "next month"), stands inside quotation marks
// in a sentence whose words outside them date the saying to a day before
// the DCT, or a month before its month ("'Tomorrow we start again,' the
// coach said after the loss on Oct. 20", in a November story; "In an
// email sent on June 12, she wrote: 'The audit is due on Friday'"): the
// words counted from that day, which the quote does not give; no date.
func (t *Tagger) quotedEarlier(m mention) bool {
	if t.st.noDCT {
		return false
	}
	// The kind first: the quotation marks of the whole text are read
	// (quoteStates) only for a mention of these kinds.
	switch m.kind {
	case mDayWord:
	case mWeekday:
		if m.the && lastDateDets.Has(m.det) || m.thatWeek {
			return false
		}
	case mRelative, mMonth:
		if m.the || !pointingDets.Has(m.det) && m.det != "this" {
			return false
		}
	default:
		return false
	}
	if !t.inQuote(m.start) {
		return false
	}
	lo, hi := m.start, m.end
	for lo > 0 && m.start-lo < 60 && !t.toks[lo].nl && !t.sentenceEnd(lo-1) {
		lo--
	}
	for hi < len(t.toks) && hi-m.end < 60 && !t.sentenceEnd(hi-1) && !t.toks[hi].nl {
		hi++
	}
	dct := t.st.dct
	for k := lo; k < hi; k++ {
		if t.inQuote(k) || !t.capital(k) {
			continue
		}
		mo, ok := monthNames[t.w(k)]
		if !ok {
			if mo, ok = monthAbbrevs[t.w(k)]; !ok {
				continue
			}
		}
		j := k + 1
		if t.w(j) == "." {
			j++
		}
		day := 0
		if j < hi && t.toks[j].digits > 0 && t.toks[j].digits <= 2 && t.toks[j].num >= 1 && t.toks[j].num <= 31 {
			day = t.toks[j].num
			j++
		}
		if t.w(j) == "," {
			j++
		}
		y, hasYear := dct.y, false
		if j < hi && t.toks[j].digits == 4 {
			y, hasYear = t.toks[j].num, true
		}
		switch {
		case day > 0:
			said := date{y: y, m: mo, d: day, g: gDay}
			if !hasYear && dct.before(said) {
				said.y--
			}
			if said.before(dct) {
				return true
			}
		case t.w(k-1) == "in":
			if y < dct.y || y == dct.y && mo < dct.m || !hasYear && mo > dct.m {
				return true
			}
		}
	}
	return false
}

// testimonyDay reports whether m, a weekday alone ("on Tuesday", "on the
// Sunday", "Saturday night") in a past clause, follows "that" after a word
// of a trial or an inquest (testimony-words) in its sentence, retold: "The court
// heard that the victim had gone missing on the Sunday", "the nurse said in
// her testimony that on Tuesday she had noticed ...". The day is one of the
// happening retold, whose week the words do not give.
func (t *Tagger) testimonyDay(m mention) bool {
	if m.kind != mWeekday || m.det != "" || m.thatWeek || m.weekOf || t.st.noDCT {
		return false
	}
	that := -1
	for k := m.start - 1; k >= 0 && m.start-k <= 30 && !t.sentenceEnd(k) && !t.toks[k+1].nl; k-- {
		switch w := t.w(k); {
		case w == "that":
			that = k
		case testimonyWords.Has(w) && that >= 0:
			return t.retold(m, that) && t.tenseOutside(m.start, m.end) == past
		}
	}
	return false
}

// theDayRetold reports whether m is a weekday alone after "the", in a
// past clause: "Mr Brodie said he fell while crossing a stream on the
// Sunday morning", "She left the house on the Friday and never came
// back". News names a day of the week gone by without "the"; with it,
// the day is one of a story told of another time, whose week the words
// do not give. "the Friday before the vote" and "the Friday before last"
// are weekdayDate's; "the Tuesday deadline" names a thing's day.
func (t *Tagger) theDayRetold(m mention) bool {
	if m.kind != mWeekday || m.det != "" || m.thatWeek || m.weekOf || t.st.noDCT || t.w(m.at-1) != "the" || m.start != m.at {
		return false
	}
	if w := t.w(m.end); w == "before" || w == "after" {
		return false
	}
	if m.end < len(t.toks) && t.toks[m.end].kind == tWord && !t.toks[m.end].cap && t.functionFree(m.end) && !subjectPronouns.Has(t.w(m.end)) {
		// "by the Tuesday deadline", "in the Monday morning attack":
		// a weekday that qualifies a noun names the day of a thing the
		// text knows, not a day retold.
		return false
	}
	return t.tenseOutside(m.start, m.end) == past
}

// weekdayHabit reports whether m is a weekday alone, or after "the",
// that qualifies one of weekday-habit-nouns: what is held every such day
// ("After the flood, schools add Saturday classes", "end Sunday
// services", "attended the Friday prayers"), which names no date. After
// a preposition or a verb of saying the weekday is a date of its own
// ("on Saturday classes resumed", "said Saturday classes would resume").
func (t *Tagger) weekdayHabit(m mention) bool {
	if m.kind != mWeekday || m.det != "" || m.thatWeek || m.weekOf || m.weekOn || m.pod != "" || m.end != m.at+1 || !weekdayHabits.Has(t.w(m.end)) || t.toks[m.end].cap {
		return false
	}
	b := m.at - 1
	if m.start == m.at-1 && t.w(b) == "the" {
		b--
	} else if m.start != m.at {
		return false
	}
	return b < 0 || !prepositions.Has(t.w(b)) && !reportingVerbs.Has(t.w(b))
}

// retold reports whether the weekday m, in the clause that "that" at k
// opens, is told as a day of its own story: after "the" ("on the Sunday")
// or in the pluperfect ("that on Wednesday the accused had bought a
// knife"). "Prosecutors told the court that he was arrested on Friday"
// may tell of the last few days, and keeps its date.
func (t *Tagger) retold(m mention, k int) bool {
	if t.w(m.at-1) == "the" {
		return true
	}
	for j := k + 1; j < len(t.toks) && j < m.end+8; j++ {
		if j >= m.end && t.sentenceEnd(j) {
			break
		}
		if t.w(j) == "had" {
			return true
		}
	}
	return false
}

// nextInPast reports, with the token that opens it, whether m is a weekday, month or season after "the
// next" in a past clause ("The next Tuesday he was released", "the next
// winter the family moved"): a time after the last date, not after the
// DCT, which a past cannot reach.
func (t *Tagger) nextInPast(m mention) (int, bool) {
	if t.st.noDCT || (m.kind != mWeekday && m.kind != mMonth && m.kind != mSeason) {
		return 0, false
	}
	start := m.start
	switch {
	case m.det == "next" && (t.w(m.start) == "the" || t.w(m.start-1) == "the"):
	case m.kind == mSeason && t.w(m.start-1) == "next" && t.w(m.start-2) == "the":
		// "The next spring, she hired ...": the season matched alone
		// after "the next" when the words with them gave no date.
		start = m.start - 2
	default:
		return 0, false
	}
	return start, t.tenseOutside(start, m.end) == past
}

// weekdayDate resolves a weekday: "the previous" and "the following" count
// from the text's last day, "last" and "next" from the DCT, a bare weekday
// goes by the tense of its clause (resolveWeekday), and the end of a range
// ("Tuesday to Thursday") does not come before its start.
// appositiveWeekday gives the day of a bare weekday m set off by a comma
// or a bracket right after a date of a day on that weekday ("August 14,
// 2026, Friday - The storm signal is raised", "on 7 May (Thursday)"): it
// names that date's day again, not a day of the story's week.
func (t *Tagger) appositiveWeekday(m mention) (date, bool) {
	n := len(t.out) - 1
	p := m.start - 1
	if n < 0 || m.the || m.det != "" || p < 1 || (t.w(p) != "," && t.w(p) != "(") {
		return date{}, false
	}
	v := t.out[n].Val
	if t.out[n].End != t.toks[p-1].end || v.Unknown != 0 || v.Ref != NoRef || v.Unit != UnitNone || v.Grain != GrainDay || v.Clock || v.Year == 0 {
		return date{}, false
	}
	d := date{y: v.Year, m: int(v.Month), d: int(v.Day), g: gDay}
	if d.weekday() != m.weekday {
		return date{}, false
	}
	return d, true
}

func (t *Tagger) weekdayDate(m mention) (result, bool) {
	wd := m.weekday
	if m.the && lastDateDets.Has(m.det) {
		// "the previous Friday", "the following Monday": from the last
		// date, which must be a day.
		if !t.st.hasRef || t.st.ref.g != gDay || t.st.refLost {
			return result{}, false
		}
		ref := t.st.ref
		cur := ref.weekday()
		if m.det == "following" {
			return dateResult(m.start, m.end, ref.addDays((wd-cur+6)%7+1)), true
		}
		return dateResult(m.start, m.end, ref.addDays(-((cur-wd+6)%7 + 1))), true
	}
	if d, ok := t.appositiveWeekday(m); ok {
		return dateResult(m.start, m.end, d), true
	}
	if t.st.noDCT {
		return result{start: m.start, end: m.at + 1, typ: "DATE", v: weekdayPattern(wd)}, true
	}
	dct := t.st.dct
	cur := dct.weekday()
	if m.thatWeek {
		// "The fund sold its stake on March 3. On Thursday of that
		// week it bought some back": the week of the last date, which
		// must be a day or a week.
		if !t.st.hasRef || t.st.ref.g != gDay && t.st.ref.g != gWeek {
			return result{}, false
		}
		week := t.st.ref
		if week.g == gDay {
			week = week.weekOf()
		}
		return dateResult(m.start, m.end, dayOf(isoWeekMonday(week.y, week.w)).addDays(wd-1)), true
	}
	if m.det == "that" && !m.weekOf && t.st.hasRef && t.st.ref.g == gDay && !t.st.refLost && !reportingVerbs.Has(t.w(m.start-1)) && !thatConjunctions.Has(t.w(m.start-1)) {
		// "The levee broke on June 14. Farmers who lost cattle that
		// Saturday ...", "Her house collapsed on that Saturday": "that"
		// points back to a day the text is telling of, not to the
		// story's own week. It is the last day of the text on that
		// weekday, if one came in the four weeks up to the text's last
		// day; else the weekday on or before that day, or on or after it
		// in a clause ahead. Not after a verb of saying or a
		// conjunction, where "that" opens a clause ("said that Saturday
		// was the worst day").
		ref := t.st.ref
		d := ref.addDays(-((ref.weekday() - wd + 7) % 7))
		if tn, _ := t.clauseTense(m.at); tn == future || tn == reportedFuture {
			d = ref.addDays((wd - ref.weekday() + 7) % 7)
		}
		if a := t.st.days[wd]; a.y != 0 && !a.before(ref.addDays(-28)) && !ref.before(a) {
			d = a
		}
		if m.pod != "" {
			return result{start: m.start, end: m.end, typ: "TIME", v: timeOn(d, m.pod), d: d, concrete: true}, true
		}
		return dateResult(m.start, m.end, d), true
	}
	if m.det == "" && t.w(m.at-1) == "the" && !m.weekOf && m.end == m.at+1 && (t.w(m.end) == "before" || t.w(m.end) == "after") {
		// "the Friday before the vote", "the Monday after Christmas": a
		// day counted from a happening, not from the story. "the Friday
		// before last" is the Friday a week before last Friday, "the
		// Tuesday after next" a week after next Tuesday.
		switch {
		case t.w(m.end) == "before" && t.w(m.end+1) == "last":
			return dateResult(m.start, m.end, dct.addDays(-((cur-wd+6)%7+1)-7)), true
		case t.w(m.end) == "after" && t.w(m.end+1) == "next":
			return dateResult(m.start, m.end, dct.addDays((wd-cur+6)%7+1+7)), true
		}
		return result{}, false
	}
	var d date
	switch {
	case m.weekOf:
		// "a second strike on Thursday of next week": the weekday of
		// the week named.
		d = dct.addDays(1 - cur + 7*m.weekShift + wd - 1)
	case m.det == "last" || m.det == "past":
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		if back == 1 && m.det == "last" && t.saysYesterday() {
			// "The report came out yesterday. ... and, last Tuesday,
			// heard that three men had been arrested", in a Wednesday
			// story: a text that calls the day before "yesterday" means
			// by "last Tuesday" the Tuesday of the week before.
			back = 8
		}
		d = dct.addDays(-back)
	case m.det == "next" || m.det == "coming":
		fwd := (wd - cur + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		if fwd == 1 && m.det == "next" && !m.the && t.w(m.start-1) != "the" {
			// "The bank will hold its investor day next Thursday", in a
			// Wednesday story: a writer who means the day after says
			// "tomorrow" or the weekday alone; "next" before the next
			// day's name points past the week at hand, to the Thursday
			// of next week. "This coming Thursday" and "the next
			// Thursday" are tomorrow.
			fwd = 8
		}
		d = dct.addDays(fwd)
	case m.det == "" && !m.weekOn && m.end == m.at+1 && (t.w(m.end) == "last" || t.w(m.end) == "next") && t.w(m.end+1) == "week":
		// "On Wednesday last week we thought the drill had stuck", "a
		// vote on Tuesday next week": the weekday of the week named
		// right after it, as "Wednesday of last week".
		shift := -1
		if t.w(m.end) == "next" {
			shift = 1
		}
		d = dct.addDays(1 - cur + 7*shift + wd - 1)
	default:
		var ok bool
		if d, ok = t.resolveWeekday(m.at, wd, m.det == "this"); !ok {
			return result{}, false
		}
		if m.weekOn {
			// "The hearing was adjourned until Thursday week", in a
			// Monday story: the Thursday a week after this week's, ten
			// days on; a week today on a Thursday. What the tense puts
			// behind is no such day ("a week last Thursday" says that),
			// so no date is given.
			if d.before(dct) {
				return result{}, false
			}
			d = dct.addDays((wd-cur+7)%7 + 7)
			break
		}
		if prev, ok := t.rangeStart(m.start); ok && (d.before(prev) || t.weekdayStart(m.start) && prev.addDays(7).before(d)) {
			// "from Tuesday to Thursday": a range does not end before it
			// starts, nor a week after a weekday that starts it
			// ("postponed from Sunday to Monday"; "from Sept. 14 to
			// Thursday" may span weeks); its end is the first such day
			// after the start.
			f := (wd - prev.weekday() + 7) % 7
			if f == 0 {
				f = 7
			}
			d = prev.addDays(f)
			break
		}
		if a, ok := t.laterStage(m.at); ok && d.before(a) {
			// "The strike begins on Tuesday and ends on Sunday", in a
			// Saturday story: the end of a thing ahead is not before
			// its start; it is the first such day after it.
			d = a.addDays((wd - a.weekday() + 7) % 7)
			break
		}
		if m.closed && !t.expiresAtClose(m.at) {
			// "a premium over Thursday's closing price": a market's
			// close is known only once it is past, whatever the tense.
			back := (cur - wd + 7) % 7
			d = dct.addDays(-back)
		}
	}
	if m.pod != "" {
		return result{start: m.start, end: m.end, typ: "TIME", v: timeOn(d, m.pod), d: d, concrete: true}, true
	}
	return dateResult(m.start, m.end, d), true
}

// saysYesterday reports whether the word "yesterday" stands anywhere in
// the text, read once per text.
func (t *Tagger) saysYesterday() bool {
	if t.yesterday == 0 {
		t.yesterday = 1
		for i := range t.toks {
			if t.toks[i].kind == tWord && t.toks[i].low == "yesterday" {
				t.yesterday = 2
				break
			}
		}
	}
	return t.yesterday == 2
}

// expiresAtClose reports whether the weekday at token at, in the
// possessive before a close word, follows "at" and a verb of running out
// (expiry-verbs): "The offer expires at Friday's close" sets a
// deadline, which the tense puts ahead or behind; a price at a close is a
// level taken.
func (t *Tagger) expiresAtClose(at int) bool {
	return t.w(at-1) == "at" && expiryVerbs.Has(t.w(at-2))
}

// resolveWeekday finds the day of a bare weekday by the tense of its clause:
// past looks back (the most recent one on or before the document date),
// future forward, reported future and present to the nearest one. It
// reports false when the text does not tell which side of the DCT the day
// is (unsureAhead).
func (t *Tagger) resolveWeekday(at, wd int, this bool) (date, bool) {
	dct := t.st.dct
	cur := dct.weekday()
	back := (cur - wd + 7) % 7
	fwd := (wd - cur + 7) % 7
	if d, ok := t.dayInOrder(at, wd); ok {
		// "Markets will open on Monday after Friday's jobs report": a day
		// a phrase of order ties to the day named before it.
		return d, true
	}
	if d, ok := t.preparedFor(at, wd); ok {
		// "Officials were preparing on Monday for Sunday's marathon":
		// what is got ready for comes on or after the getting ready.
		return d, true
	}
	if t.putOffUntil(at) || dateSetVerbs.Has(t.w(at-1)) && t.dateSet(at) || t.arrangedFor(at) {
		// "The judge adjourned the trial until Monday", on a Friday:
		// what is put off is put off to a day ahead, whatever the tense;
		// so is the day a verb of setting names right before "as" or
		// "for" ("The government set Friday as the deadline", dateSet).
		return dct.addDays(fwd), true
	}
	if n, ok := t.daysTo(at); ok && n == fwd && n > 0 {
		// "With two days to go before Friday's deadline", "three days
		// left before Tuesday's election": a count of days to the
		// weekday that brings the DCT to it counts from today.
		return dct.addDays(fwd), true
	}
	if t.offNow(at) || t.reportedWill(at) {
		// "Saturday's derby is off", "The march on Sunday is
		// cancelled", in a Tuesday story: what the present says is
		// called off has not come; nor has the thing a verb of saying
		// reports in "will" ("The league has confirmed Saturday's match
		// will not go ahead"): ahead or today.
		return dct.addDays(fwd), true
	}
	if t.cancelled(at) || t.decreedStart(at) {
		// "Organizers called off Saturday's march", in a Friday story:
		// the day the march was to be on is the nearest Saturday; so is
		// the first day of a period decreed ("declared three days of
		// mourning, beginning on Thursday", in a Tuesday story).
		if fwd <= back {
			return dct.addDays(fwd), true
		}
		return dct.addDays(-back), true
	}
	if t.expectedFor(t.clauseStart(at), at, true) {
		// "The club had planned an open house at the hall on
		// Saturday", in a Thursday story: the day of the thing planned
		// or expected is the nearest, ahead when the plan is fresh (a
		// thing done would be told as held), as a cancelled one's is.
		if fwd <= back {
			return dct.addDays(fwd), true
		}
		return dct.addDays(-back), true
	}
	if t.warnedFor(at) {
		// "The Met Office has issued a yellow warning for snow from
		// Thursday evening", in a Wednesday story: the day warned of is
		// the nearest, ahead when the warning is fresh.
		if fwd <= back {
			return dct.addDays(fwd), true
		}
		return dct.addDays(-back), true
	}
	if t.declaredDay(at) {
		// "declared Saturday a day of national mourning", in a Monday
		// story: a day is declared ahead of it, or on it.
		return dct.addDays(fwd), true
	}
	if t.anticipated(at) || t.selectedFor(at) || t.worriedAbout(at) || t.extendedUntil(at) || t.dueNoun(at) {
		// "The striker misses Wednesday's game", "The warning has been
		// extended until Tuesday", "Investors waited for figures due on
		// Friday": what is awaited, or runs now to a day, or is due,
		// has not come: ahead or today.
		return dct.addDays(fwd), true
	}
	if t.closeMeasured(at) {
		// "is offering $52 a share, a premium of 31% to the closing
		// price on Friday", in a Monday story: a close a price is
		// measured against is taken, gone by or today.
		return dct.addDays(-back), true
	}
	if t.sequelOf(at) {
		// "The decision follows the confirmation of two cases on
		// Wednesday", in a Friday story: what a thing follows is gone
		// by, or today's.
		return dct.addDays(-back), true
	}
	if t.happenedPossessive(at) || t.happeningDated(at) || t.afterToday(at) || t.cancelledAfter(at) || t.afterHarm(at) {
		// "Police will question witnesses to Saturday's shooting", "will
		// examine complaints about Friday's vote", in a Monday story:
		// the happening is gone by, or today's; so is the day of one a
		// preposition of aftermath names ("will not face charges over the
		// crash early on Friday"), and of one after which a thing
		// happens today ("Talks resume today after breaking up on
		// Friday"), and of a calling off after which a thing happens
		// ("returns next year after being cancelled on Tuesday"), and of
		// a hurt a phrase of "after" tells ("will miss three months after
		// tearing a knee ligament in Sunday's draw").
		return dct.addDays(-back), true
	}
	if t.perfectArranged(at) {
		// "Protesters have called for a march on Friday", in a
		// Wednesday story: a present perfect takes no day gone by.
		return dct.addDays(fwd), true
	}
	tn, k := t.clauseTense(at)
	if tn != past && k < at && t.pastRightAfter(at) {
		// "The bank is expected to hold rates when it meets on
		// Thursday, after data on Friday showed inflation easing", in a
		// Saturday story: the past right after the weekday and its noun
		// is the verb of a clause of its own, which the weekday dates,
		// not the future before it.
		return dct.addDays(-back), true
	}
	if tn != future && tn != reportedFuture && t.captioned(at) {
		// "Syrians celebrate in Damascus on Sunday after rebels took the
		// capital. (AP Photo)", in a Monday story: a photo caption's
		// present tells what the picture shows, which is today or gone
		// by.
		return dct.addDays(-back), true
	}
	if tn != future && tn != reportedFuture && tn != past && t.pluralPlain(at) {
		// "Traders bet heavily on Tuesday", in a Thursday story: a verb
		// whose present and past are one form (agreement-past-verbs)
		// after a plural may tell of a Tuesday gone by or of one on the
		// calendar. No date is better than a wrong one; the day next to
		// the story is kept, the nearest ("Police set up roadblocks on
		// Wednesday", in a Thursday story: yesterday, not next week's).
		switch {
		case min(fwd, back) > 1:
			return date{}, false
		case back <= fwd:
			return dct.addDays(-back), true
		}
		return dct.addDays(fwd), true
	}
	if t.presentAhead(at, k) {
		// "The central bank raises rates on Thursday", in a Monday story:
		// what the present tells of a weekday is on the calendar, ahead,
		// or today; or it began yesterday and goes on ("The forum runs
		// from Tuesday to Thursday", said on Wednesday).
		if back == 1 && t.w(at-1) == "from" {
			return dct.addDays(-1), true
		}
		return dct.addDays(fwd), true
	}
	switch {
	case tn == future:
		if k > at && back == 1 && !t.opensSentence(at) && !directiveParts.Has(t.w(k+1)) && !t.subjectDay(at) {
			// "The vote on Friday will be challenged", "After talks on
			// Friday, the leaders will meet", in a Saturday dispatch: a
			// weekday before the future, not at the head of the
			// sentence, names a happening of its own, and yesterday's
			// is the one news tells of. "On Friday, the leaders will
			// meet" is the future's, and so is a directive's ("Fans
			// travelling on Saturday are advised to leave early"), and
			// a day between a subject and its verb ("The council on
			// Sunday will vote", subjectDay).
			return dct.addDays(-1), true
		}
		return dct.addDays(fwd), true
	case tn == past:
		if t.earlierWeekFrame(at) {
			// "The week before, on Thursday, the club had sacked its
			// manager", in a Tuesday story: the week before another,
			// which the text may not name, not the last Thursday.
			return date{}, false
		}
		if k >= 0 && t.headed(k) {
			// "Albright headed Tuesday for Africa", in a Monday story:
			// "headed" is also "is headed", and copy written the day
			// before tells of tomorrow; a day two to five days back may
			// be either side of the story.
			switch {
			case back == 6:
				return dct.addDays(fwd), true
			case back >= 2:
				return date{}, false
			}
		}
		if back == 6 && t.departedFor(k, at) {
			// "The foreign minister left Tuesday for talks in Beijing",
			// in a Monday story: a setting out told the day before, as
			// "headed" is; six days back it would be "last Tuesday".
			// Two to five days back the past holds ("left Tuesday", in a
			// Thursday story).
			return dct.addDays(fwd), true
		}
		if back == 6 && k >= 0 && !reportingVerbs.Has(t.w(k)) && !t.commaRelative(k) && t.futureAfter(at) {
			// "Albright headed Tuesday for Africa, where she will meet
			// ...", in a Monday story: copy written ahead of the day it
			// tells of, in a sentence that goes on to look ahead, is
			// about tomorrow, not six days back. Speech is not: "said
			// Tuesday it will cut jobs" reports last Tuesday's words; nor
			// is a past set off in a relative clause before the main
			// verb's future ("The ferry, which ran aground on Sunday,
			// will be towed to port", in a Saturday story: last
			// Sunday).
			return dct.addDays(fwd), true
		}
		if d, ok := t.dayOfNamedWeek(at, wd); ok {
			return d, true
		}
		if wd2, ok := t.nextPastWeekday(at); ok && (cur-wd2+7)%7 > back {
			// "The talks began Monday and ended Wednesday", in a Monday
			// story: the second happening comes after the first, and a
			// Wednesday gone by is last week's, so the Monday is too;
			// "reached voters on Saturday and Monday", in a Saturday
			// story: last Saturday, before the Monday.
			return dct.addDays(-back - 7), true
		}
		if wd2, ok := t.listedWeekday(at); ok && (cur-wd2+7)%7 > back && (wd2-wd+7)%7 <= 3 {
			// "Ballot papers reached voters on Saturday and Monday", in a
			// Saturday story: a list tells the days of one happening,
			// close together, and news lists them in the order they fell
			// when that keeps them within three days; the Saturday is
			// the one before the Monday gone by, not today. "Statements
			// released Friday and Thursday", in a Friday story, are today's
			// and yesterday's, listed back from now: in order they would
			// be six days apart.
			return dct.addDays(-back - 7), true
		}
		return dct.addDays(-back), true
	case tn == reportedFuture:
		// "said Saturday it would march on Sunday": seen from the day
		// of saying, when the sentence names it before. The day of saying
		// itself is that day ("WASHINGTON, July 22 - The commission on
		// Tuesday sued ..., saying the deal would ...", July 22 being a
		// Tuesday), not a week on.
		if said, ok := t.dayOfSaying(at); ok {
			return said.addDays((wd - said.weekday() + 7) % 7), true
		}
		if t.infinitiveNow(k, at) {
			// "Results to be published on Monday are expected to show
			// the party ahead", in a Tuesday story: a plan the noun
			// carries, under a verb of now.
			return dct.addDays(fwd), true
		}
		if min(fwd, back) > 1 && t.unsureAhead(at, k) {
			// "The trial had been set to start Monday", in a Thursday
			// story: the plan no longer holds, and its Monday may be
			// gone by or ahead; so is a day a warning of a day not named
			// was for. No date is better than a wrong one.
			return date{}, false
		}
		if t.perfectIntent(k, at) {
			// "Both sides have agreed to meet in Leeds on Monday", in a
			// Tuesday story: the present perfect takes no day gone by
			// ("have agreed on Monday" is no English), so the day is the
			// infinitive's, and what was agreed to lies ahead of now.
			return dct.addDays(fwd), true
		}
		if fwd < back || t.wouldAhead(k, at) || t.futureFromNow(k) {
			// "said the attacker would appear in court on Tuesday", in a
			// Thursday story: what was said to lie ahead, with no day of
			// saying before it, lies ahead of the story (a Tuesday gone
			// by would be told as done: "appeared"). A plan as it stood
			// in the past ("had been due to expire Friday") may be
			// behind, and "would have" is.
			return dct.addDays(fwd), true
		}
		return dct.addDays(-back), true
	case tn == present:
		// "the ministry says Monday": a weekday right after a verb of
		// saying is the day of saying, which is past or today.
		if sv := t.w(k); (sv == "says" || sv == "say") && (k == at-1 || k == at-2 && t.w(at-1) == "on") {
			return dct.addDays(-back), true
		}
		if k < at && t.recordShows(k, t.clauseStart(k)) {
			// "Security camera footage shows two men forcing a door on
			// Sunday", in a Thursday story: what a record shows was
			// before it was seen (depicts).
			return dct.addDays(-back), true
		}
		if deadlinePreps.Has(t.w(at - 1)) {
			// "The offer is valid until Sunday": what holds now holds
			// until a day ahead.
			return dct.addDays(fwd), true
		}
		// "The vote is Thursday", "Game 7 is on Sunday": the day a thing
		// is on, in the present, is ahead or today (a day gone by would be
		// told as "was"), as is the day of a present progressive, an
		// arrangement ("The minister is visiting Paris on Monday"); "is
		// Friday's" may be a day gone by. A time of day between says when
		// on that day ("Kickoff is at 8 p.m. on Friday").
		if dayCopulas.Has(t.w(k)) && (k == at-1 || k == at-2 && t.w(at-1) == "on" || strings.HasSuffix(t.w(k+1), "ing") || t.clockBetween(k, at) || t.stateBetween(k, at)) && !t.possessive(at+1) {
			return dct.addDays(fwd), true
		}
		if t.fixtureIs(k, at) {
			// "Its next match is at home to Kingsbridge on Saturday", "The
			// final is at the national stadium on Sunday": a fixture whose
			// place or foe the present tells is on a day ahead, or today.
			return dct.addDays(fwd), true
		}
		// "the trial opens Monday": what the calendar holds lies ahead,
		// unless it began yesterday and is still going on ("Berg hosts
		// Ruiz from Tuesday to Thursday", said on Wednesday). A fixture
		// of yesterday would be told in the past: "The Springboks face
		// Wales on Saturday", said on a Sunday, is the Saturday ahead.
		if k >= 0 && scheduledVerbs.Has(t.w(k)) {
			if back == 1 && t.w(at-1) == "from" {
				return dct.addDays(-1), true
			}
			return dct.addDays(fwd), true
		}
		if fwd < back {
			return dct.addDays(fwd), true
		}
		return dct.addDays(-back), true
	}
	if this {
		return dct.addDays(fwd), true
	}
	return dct.addDays(-back), true
}

// fixtureIs reports whether the weekday at token at, after "on", is the
// day of a thing held that is the subject of the present copula at token
// k: a noun of fixture-nouns or set-event-nouns right before the copula ("Its next match
// is", "The final is"), and between the copula and "on" at most eight
// words without tense, none of fixture-stops ("at home to Kingsbridge",
// "at the national stadium"). Not "He is in hospital after a crash on
// Saturday" (no fixture the subject) nor "The trial is over the killing on
// Saturday" (what the phrase is about may be gone by).
func (t *Tagger) fixtureIs(k, at int) bool {
	if k < 1 || k >= at-2 || at-k > 10 || !dayCopulas.Has(t.w(k)) || t.w(at-1) != "on" || !fixtureNouns.Has(t.w(k-1)) && !setEventNouns.Has(t.w(k-1)) || t.possessive(at+1) {
		return false
	}
	for j := k + 1; j < at-1; j++ {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) || fixtureStops.Has(t.w(j)) || t.marker(j) != noTense {
			return false
		}
	}
	return true
}

// stateBetween reports whether one word of a state stands between the
// copula at token k and the weekday at token at, with "on" or not: "The
// museum is closed on Monday", "Markets are closed Monday", "Polls are
// open Tuesday". A state told in the present for a day is ahead or today;
// one gone by would be told as "was".
func (t *Tagger) stateBetween(k, at int) bool {
	j := k + 1
	if at-j == 2 && t.w(at-1) == "on" {
		at--
	}
	return at-j == 1 && t.toks[j].kind == tWord && !t.toks[j].cap && t.marker(j) == noTense && t.functionFree(j)
}

// clockBetween reports whether the words between token k and the weekday
// at token at are one time of day and the words that place it: "is at 11
// a.m. Saturday", "is 5 p.m. EST on Friday", "is at 6 o'clock on
// Saturday".
func (t *Tagger) clockBetween(k, at int) bool {
	n := 0
	for j := k + 1; j < at; j++ {
		switch w := t.w(j); {
		case t.toks[j].kind == tNum || clockNames.Has(w):
			n++
		case clockMarks.Has(w) || timeZones.Has(w) || w == "at" || w == "on":
		case t.oclock(j):
			j += 2
		default:
			return false
		}
	}
	return n == 1
}

// wouldAhead reports whether the "would" at token k governs the weekday at
// token at closely: before it ("Asked on Friday whether he would run" is
// the Friday of the asking), not "would have", at most six words before
// it, no comma between ("a box that would hold a shotgun, ... in a
// Dumpster during a search Monday evening" is the search's Monday, told
// in the past), or up to thirteen after "would be" with no verb, clause
// or punctuation but a hyphen between ("would be sworn in for a second
// five-year term on Saturday"); or "was to be" and a participle ("was" or
// its "to").
func (t *Tagger) wouldAhead(k, at int) bool {
	if k >= 0 && k < at && at-k > 7 && at-k <= 14 && t.w(k) == "would" && t.w(k+1) == "be" {
		// "would be sworn in for a second five-year term on Saturday":
		// a passive told ahead, its phrase of place or purpose between,
		// with no comma, verb or clause of its own before the weekday.
		for i := k + 3; i < at; i++ {
			if w := t.w(i); t.toks[i].kind == tPunct && !(w == "-" && t.adj(i)) || clauseOpeners.Has(w) || t.marker(i) != noTense {
				return false
			}
		}
		return true
	}
	if k >= 0 && k < at && at-k > 7 && at-k <= 14 && t.w(k) == "would" && t.w(k+1) != "have" && t.w(k+1) != "be" {
		// "would stay closed Friday and reopen to visitors on Saturday":
		// a second bare verb joined by "and" under the same "would" is
		// told ahead as the first is, with no comma, clause word or
		// second "would" or a "have" between.
		// "said it would hold a rally outside the district's office
		// building on Monday": one bare verb, its object and a phrase of
		// place, no other verb between (a possessive is no break), are
		// told ahead as a short one is.
		and, verb := false, false
		for i := k + 1; i < at; i++ {
			w := t.w(i)
			if t.toks[i].kind == tPunct && !t.possessive(i) || clauseOpeners.Has(w) || w == "would" || w == "have" {
				return false
			}
			and = and || w == "and"
			verb = verb || i > k+1 && t.marker(i) != noTense
		}
		return and || !verb
	}
	if k < 0 || k > at || at-k > 7 {
		return false
	}
	switch {
	case t.w(k) == "would" && t.w(k+1) != "have":
	case t.w(k) == "to" && t.w(k+1) == "be" && pastArrangeCopulas.Has(t.w(k-1)),
		pastArrangeCopulas.Has(t.w(k)) && t.w(k+1) == "to" && t.w(k+2) == "be":
		// "The plan was to be put to staff on Monday", said on a
		// Thursday: a passive plan as it stood, told with no word of its
		// fate, is what was said to lie ahead, as "would be put" is; "was
		// to be held on Tuesday but was called off" may tell of one gone
		// by.
		for j := at + 1; j < len(t.toks) && j-at < 30 && !t.sentenceEnd(j) && !t.toks[j].nl; j++ {
			if planFateWords.Has(t.w(j)) {
				return false
			}
		}
	default:
		return false
	}
	for i := k + 1; i < at; i++ {
		if t.toks[i].kind == tPunct {
			return false
		}
	}
	return true
}

// perfectIntent reports whether the verb of intent at token k (marked a
// future seen from the past, intent-verbs) is a present perfect ("has
// agreed", "have now decided") whose infinitive, after "to", holds the
// weekday at token at with no punctuation or other tense between.
func (t *Tagger) perfectIntent(k, at int) bool {
	if k < 0 || k >= at || at-k > 14 || !intentVerbs.Has(t.w(k)) || !perfectAuxes.Has(t.before(k)) {
		return false
	}
	to := false
	for i := k + 1; i < at; i++ {
		if t.toks[i].kind == tPunct && !t.possessive(i) {
			return false
		}
		if t.w(i) == "to" {
			to = true
			continue
		}
		if to && t.marker(i) != noTense {
			return false
		}
	}
	return to
}

// nextPastWeekday is the weekday of a second predicate in the past after
// the weekday at token at: "and" or "but", a past verb within two words,
// and a bare weekday within two words of it ("began Monday and ended on
// Wednesday"), not one put off to ("was remanded until Friday", ahead).
func (t *Tagger) nextPastWeekday(at int) (int, bool) {
	for c := at + 1; c < len(t.toks) && c-at < 6 && !t.sentenceEnd(c); c++ {
		if !coordinators.Has(t.w(c)) {
			continue
		}
		for v := c + 1; v <= c+2 && v < len(t.toks); v++ {
			if t.marker(v) != past {
				continue
			}
			for j := v + 1; j <= v+3 && j < len(t.toks) && !t.sentenceEnd(j); j++ {
				if wd := weekdays[t.w(j)]; wd != 0 && t.toks[j].cap && !t.possessive(j+1) && !t.putOffUntil(j) {
					return wd, true
				}
			}
		}
		return 0, false
	}
	return 0, false
}

// listedWeekday is the weekday joined to the one at token at by "and"
// right after it, "on" allowed between: the next day of a list of a
// clause's days ("reached voters on Saturday and Monday", "met on
// Wednesday and on Friday").
func (t *Tagger) listedWeekday(at int) (int, bool) {
	c := at + 1
	if !coordinators.Has(t.w(c)) {
		return 0, false
	}
	j := c + 1
	if t.w(j) == "on" {
		j++
	}
	if wd := weekdays[t.w(j)]; wd != 0 && j < len(t.toks) && t.toks[j].cap && !t.possessive(j+1) && !t.putOffUntil(j) {
		return wd, true
	}
	return 0, false
}

// dayOfNamedWeek is the day wd of the week before the DCT's when the
// sentence of token at names that week before it ("Last week the talks
// broke down on Thursday"): a past weekday told of with the week named is
// that week's, even where the same weekday of this week is past too.
func (t *Tagger) dayOfNamedWeek(at, wd int) (date, bool) {
	week := t.st.dct.weekOf().shift(-1)
	// The last date is the week, or a day of it that the sentence named
	// after it and that the weekday does not come before, as news tells
	// one week's days in order: "Last week police arrested two men on
	// Monday and a third on Thursday"; not "Last week the talks broke down
	// on Thursday, and they resumed on Monday", this week's.
	if !t.st.hasRef || t.st.ref != week && (t.st.ref.g != gDay || t.st.ref.weekOf() != week || wd < t.st.ref.weekday()) {
		return date{}, false
	}
	lo := t.toks[t.clauseStart(at)].start
	n := len(t.out) - 1
	for n >= 0 && t.out[n].Start >= lo && !(t.out[n].Type == "DATE" && t.out[n].Value == week.value()) {
		n--
	}
	if n < 0 || t.out[n].Start < lo {
		// "Last week was a busy one for the board. On Tuesday, members
		// approved the calendar", in a Wednesday story: the week that
		// the sentence just before names, as the last time named in
		// the same paragraph, frames the days this one tells of.
		if wd == t.st.dct.weekday() || !t.weekBefore(t.clauseStart(at), week) {
			return date{}, false
		}
		return dayOf(isoWeekMonday(week.y, week.w)).addDays(wd - 1), true
	}
	last := t.out[n]
	if wd == t.st.dct.weekday() && last.Start != lo {
		// The DCT's own weekday is the day itself: "an employee who was
		// fired last week shot a woman Monday", in a Monday story; but
		// not where the week opens the sentence and frames all of it
		// ("Last week, the central bank raised rates on Thursday", in a
		// Thursday story).
		return date{}, false
	}
	// A week a relative clause names is that clause's ("an employee who
	// was fired last week shot a woman Monday", in a Wednesday story:
	// this week's Monday).
	relative := false
	for k := t.clauseStart(at); k < at && t.toks[k].start < last.Start; k++ {
		switch {
		case t.toks[k].kind == tPunct:
			relative = false
		case relPronouns.Has(t.w(k)):
			relative = true
		}
	}
	if relative || last.Start != lo && t.secondPredicate(last.End, at) {
		return date{}, false
	}
	// A week that names a noun ("suspected of involvement in last week's
	// bombing") frames no other time of the sentence; nor is the time of
	// a closing attribution ("..., officials said Saturday.", in a Sunday
	// story) the week's: it is the news of the last days. ("Last week,
	// the minister said on Thursday that ..." is a saying of that week.)
	for k := t.clauseStart(at); k < at; k++ {
		if t.toks[k].start >= last.End {
			if t.possessive(k) {
				return date{}, false
			}
			break
		}
	}
	if (reportingVerbs.Has(t.w(at-1)) || t.w(at-1) == "on" && reportingVerbs.Has(t.w(at-2))) && (at+1 >= len(t.toks) || t.sentenceEnd(at+1)) {
		return date{}, false
	}
	return dayOf(isoWeekMonday(week.y, week.w)).addDays(wd - 1), true
}

// secondPredicate reports whether "and" and a verb with a tense come
// between the byte offset end, where a week told after its verb ends, and
// the weekday at token at: "met the informant last week and was recorded
// on Tuesday", in a Thursday story, tells of a second happening with a day
// of its own, the Tuesday just gone; a week that opens the sentence frames
// all of it ("Last week police arrested two men on Monday and a third on
// Thursday"), which the caller checks.
func (t *Tagger) secondPredicate(end, at int) bool {
	for k := at - 1; k > 0 && at-k <= 40 && t.toks[k].start >= end; k-- {
		if t.w(k) == "and" && t.toks[k+1].kind == tWord && t.marker(k+1) != noTense {
			return true
		}
	}
	return false
}

// earlierWeekFrame reports whether the sentence of the weekday at token
// at, before it, or the sentence just before in its paragraph, names a
// week counted from another time: "the week before", "the previous week",
// "the prior week", "the preceding week" (earlier-week-words).
func (t *Tagger) earlierWeekFrame(at int) bool {
	lo := t.clauseStart(at)
	if lo >= 2 && !t.toks[lo].nl && t.sentenceEnd(lo-1) {
		lo = t.clauseStart(lo - 2)
	}
	for j := lo + 1; j < at; j++ {
		if t.w(j) != "week" || t.w(j-2) != "the" && t.w(j-1) != "the" {
			continue
		}
		if earlierWeekWords.Has(t.w(j-1)) && t.w(j-2) == "the" || t.w(j-1) == "the" && t.w(j+1) == "before" {
			return true
		}
	}
	return false
}

// weekBefore reports whether the last time named before the sentence that
// opens at token lo is the week week, written "last week" ("the previous
// week" may count from another week), opening the sentence just before in
// the same paragraph, as a frame ("Last week was a busy one", "Last week,
// ..."; "Intel said that last week a customer found flaws. On Friday,
// Intel began ..." names the week inside a report), and no possessive
// ("Last week's storm ..."), all times of the sentence at lo being of that
// week (dayOfNamedWeek).
func (t *Tagger) weekBefore(lo int, week date) bool {
	if lo < 2 || t.toks[lo].nl || !t.sentenceEnd(lo-1) {
		return false
	}
	p := t.clauseStart(lo - 2)
	lo0 := t.toks[lo].start
	n := len(t.out) - 1
	for n >= 0 && t.out[n].Start >= lo0 {
		n--
	}
	if n < 0 {
		return false
	}
	last := t.out[n]
	if last.Type != "DATE" || last.Value != week.value() || last.Start != t.toks[p].start || !strings.HasPrefix(strings.ToLower(last.Text), "last ") {
		return false
	}
	for j := p; j < lo; j++ {
		if t.toks[j].start >= last.End {
			return !t.possessive(j)
		}
	}
	return false
}

// dayOfSaying is the day named earlier in the sentence of token at ("said
// Saturday it would ..."), if it is a past day of the document's week or
// before.
func (t *Tagger) dayOfSaying(at int) (date, bool) {
	if len(t.out) == 0 || !t.st.hasRef || t.st.ref.g != gDay {
		return date{}, false
	}
	last := t.out[len(t.out)-1]
	if last.Start < t.toks[t.clauseStart(at)].start || last.Type != "DATE" || last.Value != t.st.ref.value() {
		return date{}, false
	}
	if t.w(t.st.refAt-1) == "since" {
		// "said it had replaced 64 poles since last Wednesday and hoped
		// to finish by Friday": a day a span runs from is no day of
		// saying.
		return date{}, false
	}
	d := t.st.ref
	if d.time().After(t.st.dct.time()) || t.st.dct.time().Sub(d.time()).Hours() > 24*7 {
		return date{}, false
	}
	return d, true
}

// futureFromNow reports whether the future at k, which a verb of saying
// before it reports, is told from now: "will" (or "shall"), a plan in the
// present ("plans to") and a plan a present copula gives ("are due to")
// keep the tense of the report, not the saying's, so what they tell still
// lies ahead of the story ("He said the bank will close on Tuesday", "The
// agency says the branches will reopen on Tuesday", in a Friday story:
// next Tuesday; a Tuesday gone by would be told "would close" or
// "closed"); so do the modals no past backshifts to ("may", "can",
// "must"). After a saying in the present or the present perfect ("says",
// "has said") any future is seen from now, "could" too: no sequence of
// tenses moves back what a present saying reports. Not a modal that may be
// the past of another ("could", "might") after a saying in the past, nor a
// plan in the past ("said it expected to close the deal Friday"), nor when
// the saying is put before the report ("The ministry earlier said the
// envoy will pay a visit from Tuesday", "had said": seen from then, the
// nearest day).
func (t *Tagger) futureFromNow(k int) bool {
	if k < 0 || t.marker(k) != future {
		return false
	}
	if t.w(k) == "to" && k > 1 && (planWords.Has(t.w(k-1)) && presentCopulas.Has(t.w(k-2)) || presentPlanVerbs.Has(t.w(k-1))) {
		// "is expected to be charged": the plan before the passive
		// infinitive tells its tense.
		k--
	}
	w := t.w(k)
	now := nowFutureWords.Has(w) || presentPlanVerbs.Has(w) || presentCopulas.Has(t.before(k)) || t.presentEffect(k)
	for r := k - 1; r >= 0 && r >= k-20 && !t.sentenceEnd(r); r-- {
		if v := t.toks[r].low; reportingVerbs.Has(v) {
			if earlierSayingWords.Has(t.w(r-1)) || earlierSayingWords.Has(t.w(r+1)) || t.before(r) == "had" {
				return false
			}
			// "The mayor says the bank could close in November", "has
			// said": a saying in the present or the present perfect is
			// now, and any future it reports is seen from now.
			return now || presentSaying.Has(v) || perfectAuxes.Has(t.before(r))
		}
	}
	return false
}

// presentEffect reports whether the marker at k is the "effect" of
// "takes effect" or the "force" of "comes into force" after a verb in the
// present, or after "will": "The ministry said the rules take effect on
// 15 December" keeps the present of now, so the day is seen from now, as
// after "will"; "would take effect", "to take effect" are seen from the
// saying.
func (t *Tagger) presentEffect(k int) bool {
	v := k - 1
	switch {
	case t.w(k) == "force" && t.w(v) == "into":
		v = k - 2
	case t.w(k) != "effect":
		return false
	}
	w := t.w(v)
	if strings.HasSuffix(w, "s") {
		return true
	}
	p := t.w(v - 1)
	return nowFutureWords.Has(p) || !modals.Has(p) && p != "to" && !auxiliaries.Has(p)
}

// limitAhead reports whether the day or month at token at is said in the
// present to be a time limit (limit-nouns): "The deadline for bids is June
// 30", "the deadline is on 30 June", "June 30 is the deadline". A limit
// told in the present still stands, so its day is ahead; one gone by is
// told in the past ("the deadline was", "passed").
func (t *Tagger) limitAhead(at int) bool {
	lo, hi := at, at+1
	if lo > 0 && t.toks[lo-1].kind == tNum {
		lo-- // "30 June"
	}
	if hi < len(t.toks) && t.toks[hi].kind == tNum {
		hi++ // "June 30"
	}
	j := lo - 1
	if t.w(j) == "on" {
		j--
	}
	if presentCopulas.Has(t.w(j)) && t.w(j) != "s" {
		// The subject before the copula, up to a few words back: "the
		// deadline for applications is".
		for r := j - 1; r >= 0 && r >= j-5 && t.toks[r].kind == tWord; r-- {
			if limitNouns.Has(t.w(r)) {
				return true
			}
		}
	}
	if presentCopulas.Has(t.w(hi)) && t.w(hi) != "s" && (t.w(hi+1) == "the" || t.w(hi+1) == "a") {
		// "June 30 is the deadline", "is the final deadline".
		for r := hi + 2; r < len(t.toks) && r <= hi+3 && t.toks[r].kind == tWord; r++ {
			if limitNouns.Has(t.w(r)) {
				return true
			}
		}
	}
	return false
}

// monthDate resolves a month: the year the text writes or names after it
// ("August 1988", "January this year"), else the one its determiner
// points to ("last April"), else the one the tense of its clause makes
// nearest (inferYear).
func (t *Tagger) monthDate(m mention) result {
	if m.hasYear {
		return dateResult(m.start, m.end, date{y: m.year, m: m.month, g: gMonth})
	}
	dct := t.st.dct
	if m.yearDet != "" {
		y := dct.y
		if m.yearDet == "last" {
			y--
		} else if m.yearDet == "next" {
			y++
		}
		return dateResult(m.start, m.end, date{y: y, m: m.month, g: gMonth})
	}
	var y int
	switch m.det {
	case "last", "past":
		// The most recent such month ("last April", said in October),
		// but the month just ended is "last month": "last February" said
		// in March is a year back ("this past February" is not).
		y = dct.y
		if m.month >= dct.m || m.month == dct.m-1 && m.det == "last" {
			y--
		}
	case "next", "coming":
		y = dct.y
		if m.month <= dct.m {
			y++
		}
	case "this":
		y = dct.y
	default:
		if ry, ok := t.rangeEndYear(m); ok {
			return dateResult(m.start, m.end, date{y: ry, m: m.month, g: gMonth})
		}
		if ry, ok := t.listEndYear(m); ok {
			// "in March and July 2024": a list writes its year once.
			return dateResult(m.start, m.end, date{y: ry, m: m.month, g: gMonth})
		}
		if t.ofThatYear(m.end) {
			// "convicted him in October of that year": the month of the
			// year the text last named, in its paragraph; with none, its
			// year is not known (no guess from the DCT).
			if y, ok := t.namedYear(m.at); ok {
				return dateResult(m.start, m.end, date{y: y, m: m.month, g: gMonth})
			}
			return dateResult(m.start, m.end, date{m: m.month, g: gMonth, yx: true})
		}
		if ref, ok := t.thatMonthYear(m); ok {
			// "lost a rocket in January 2023 and filed for bankruptcy
			// that April": "that" points back to the year the text is
			// telling of, the last date's, not the DCT's.
			return dateResult(m.start, m.end, date{y: ref, m: m.month, g: gMonth})
		}
		day := 0
		if m.ordWeekday != 0 {
			// "the first Wednesday of April" is one day of the month,
			// whose year is read as a day date's: about the day the
			// ordinal puts it on.
			day = 7*(m.ordN-1) + 1
			if m.ordN < 0 {
				day = 28
			}
		}
		y = t.inferYear(m.at, m.month, day)
		if prev, ok := t.rangeStartOf(m.start, gMonth); ok && (date{y: y, m: m.month, g: gMonth}).before(prev) {
			// "from June to November": a range does not end before it
			// starts; its end is the first such month after the start.
			y = prev.y
			if m.month < prev.m {
				y++
			}
		}
	}
	return dateResult(m.start, m.end, date{y: y, m: m.month, g: gMonth, yx: t.st.noDCT})
}

// thatMonthYear gives the year of a month alone after the determiner
// "that" ("closed for good that April", "That September they released a
// second album"): the year of the text's last date, which must be a year,
// month or day of a known year in the paragraph. Not after a verb of
// saying or a conjunction, where "that" opens a clause ("said that April
// sales rose", "so that March ...").
func (t *Tagger) thatMonthYear(m mention) (int, bool) {
	k := m.at - 1
	if t.w(k) != "that" || m.start != m.at {
		return 0, false
	}
	if w := t.w(k - 1); reportingVerbs.Has(w) || thatConjunctions.Has(w) {
		return 0, false
	}
	if y, ok := t.namedYear(m.at); ok {
		// "arrested in January 2021 for a robbery two months earlier.
		// He was convicted that October": the year the text named, not
		// the one a count of months reached.
		return y, true
	}
	ref := t.st.ref
	if !t.st.hasRef || ref.yx || ref.g != gYear && ref.g != gMonth && ref.g != gDay || t.otherParagraph(t.st.refAt, m.at) {
		return 0, false
	}
	return ref.y, true
}

// namedYear is the year the text last named (state.year) when it stands
// in the paragraph of token at.
func (t *Tagger) namedYear(at int) (int, bool) {
	if !t.st.hasYear || t.otherParagraph(t.st.yearAt, at) {
		return 0, false
	}
	return t.st.year, true
}

// ofThatYear reports whether "of that year" or "of the same year" follows
// at token j ("in October of that year").
func (t *Tagger) ofThatYear(j int) bool {
	if t.w(j) != "of" {
		return false
	}
	switch t.w(j + 1) {
	case "that":
		return t.w(j+2) == "year"
	case "the":
		return t.w(j+2) == "same" && t.w(j+3) == "year"
	}
	return false
}

// monthFromLast resolves "the following January", "the previous
// March": the first such month after (or before) the last date the text
// gave; a year alone ("in 2020 ... the following January") has its
// January in the next year. With no such date before it the year is left
// unknown (XXXX-01), not the DCT's guessed.
func (t *Tagger) monthFromLast(m mention) (result, bool) {
	ref := t.st.ref
	if !t.st.hasRef || ref.yx || ref.g != gYear && ref.g != gMonth && ref.g != gDay {
		return dateResult(m.start, m.end, date{m: m.month, g: gMonth, yx: true}), true
	}
	y := ref.y
	after := m.det == "following"
	switch {
	case ref.g == gYear && after:
		y++
	case ref.g == gYear:
		y--
	case after && m.month <= ref.m:
		y++
	case !after && m.month >= ref.m:
		y--
	}
	return dateResult(m.start, m.end, date{y: y, m: m.month, g: gMonth}), true
}

// dayDate resolves a day of a month; without a year the year is inferred
// (inferYear), or unknown without a DCT.
func (t *Tagger) dayDate(m mention) (result, bool) {
	if m.bare {
		return t.bareDay(m)
	}
	if m.on == nil {
		return t.monthDay(m)
	}
	// "5 to 9 September": the month and year of the second day; "the
	// 15th of last month": those of the month pointed to.
	var r result
	var ok bool
	if m.on.kind == mRelative {
		r, ok = t.relativeDate(*m.on)
	} else {
		r, ok = t.monthDay(*m.on)
	}
	if !ok || !validDay(r.d.y, r.d.m, m.day) {
		return result{}, false
	}
	return dateResult(m.start, m.end, date{y: r.d.y, m: r.d.m, d: m.day, g: gDay}), true
}

// openingYear gives the year of a year gone by that opens a sentence
// ("Last year ...", "In 2019, ...") and is still the last date the text
// named: the sentence of token at when ends is 0, the one just before it in
// the same paragraph when ends is 1 (sentences counted by their stops).
func (t *Tagger) openingYear(at, ends int) (int, bool) {
	st := t.st
	if !st.hasRef || st.ref.g != gYear || st.ref.yx || st.ref.y >= st.dct.y || st.refAt >= at || at-st.refAt > 40+20*ends {
		return 0, false
	}
	head := st.refAt
	if t.w(head-1) == "in" {
		head--
	}
	if !t.sentenceStart(head) {
		return 0, false
	}
	n := 0
	for j := st.refAt + 1; j <= at; j++ {
		if t.lineStart(j) {
			// (The date itself may open the next line: "2016 - Debt
			// soars." then "Feb. 2 - Agencies cut the rating.")
			return 0, false
		}
		if w := t.w(j); w == "." || w == "!" || w == "?" || w == ";" {
			n++
		}
	}
	return st.ref.y, n == ends
}

// bareDay resolves a day of the month written alone ("on the 24th",
// "until the 3rd"). After a day or a month the text named a few sentences
// before, it is a day of that month when it can be (a day of the month
// after the day named: "talks opened on March 3 and end on the 24th");
// otherwise the DCT's month, by the tense: a future, a thing put off or
// a day set looks ahead (to next month's after this month's day is gone);
// a past looks back within this month. Any other reading, a day the last
// date cannot hold, or one a past would put ahead, is left untagged: the
// month is not known.
func (t *Tagger) bareDay(m mention) (result, bool) {
	st := t.st
	if st.noDCT {
		return result{}, false
	}
	var d date
	if st.hasRef && st.refAt < m.start && m.start-st.refAt <= 60 {
		ref := st.ref
		if ref.yx || ref.g != gDay && ref.g != gMonth || ref.g == gDay && m.day <= ref.d {
			return result{}, false
		}
		d = date{y: ref.y, m: ref.m, d: m.day, g: gDay}
	} else {
		dct := st.dct
		d = date{y: dct.y, m: dct.m, d: m.day, g: gDay}
		tn, _ := t.clauseTense(m.at)
		switch {
		case m.day == dct.d:
		case tn == future || t.putOffAt(m.at):
			if m.day < dct.d {
				d.y, d.m = dct.y, dct.m+1
				if d.m > 12 {
					d.y, d.m = d.y+1, 1
				}
			}
		case tn == past && m.day < dct.d:
		default:
			return result{}, false
		}
	}
	if !validDay(d.y, d.m, d.d) {
		return result{}, false
	}
	return dateResult(m.start, m.end, d), true
}

// monthDay resolves a day of a month written with its month.
func (t *Tagger) monthDay(m mention) (result, bool) {
	mo, day := m.month, m.day
	if ry, ok := t.rangeEndYear(m); ok && !m.hasYear && validDay(ry, mo, day) {
		return dateResult(m.start, m.end, date{y: ry, m: mo, d: day, g: gDay}), true
	}
	if !m.hasYear && t.st.noDCT {
		if day > 31 || mo == 2 && day > 29 || (mo == 4 || mo == 6 || mo == 9 || mo == 11) && day > 30 {
			return result{}, false
		}
		return dateResult(m.start, m.end, date{m: mo, d: day, g: gDay, yx: true}), true
	}
	y := m.year
	if !m.hasYear {
		y = t.inferYear(m.at, mo, day)
		y = namedYear(y, mo, day, m.named)
	}
	if !validDay(y, mo, day) {
		return result{}, false
	}
	d := date{y: y, m: mo, d: day, g: gDay}
	defer t.noteEntry(m, &d)
	if !m.hasYear && t.st.dct.before(d) && t.namedHappening(m) {
		// A happening no one plans is gone by, whatever the tense that
		// put its day ahead: "The inquiry follows the Oct. 9 collision",
		// said on December 2, is the last October 9, less than half a
		// year back. "Survivors of the October 7 attack spoke", said on
		// October 3: the attack is behind, half a year or more, perhaps
		// years; the day alone does not tell which year's.
		last := date{y: t.st.dct.y, m: mo, d: day, g: gDay}
		if t.st.dct.before(last) {
			last.y--
		}
		if validDay(last.y, mo, day) && last.time().AddDate(0, 6, 0).After(t.st.dct.time()) {
			d = last
		} else {
			d = date{m: mo, d: day, g: gDay, yx: true}
		}
	}
	return dateResult(m.start, m.end, d), true
}

// namedYear gives the year of a day date written without one after its
// weekday ("Sunday, March 23"): y, the year inferred, if that day is that
// weekday there or no weekday was written; else the year before or after
// it in which the day is that weekday (a retelling of last year's
// "Sunday, March 23" said in a year where March 23 is a Monday); else y,
// the words disagreeing with every year near.
func namedYear(y, mo, day, named int) int {
	if named == 0 || !validDay(y, mo, day) || (date{y: y, m: mo, d: day, g: gDay}).weekday() == named {
		return y
	}
	for _, c := range []int{y - 1, y + 1} {
		if validDay(c, mo, day) && (date{y: c, m: mo, d: day, g: gDay}).weekday() == named {
			return c
		}
	}
	return y
}

// namedHappening reports whether the day of a month m, after "the", names
// a happening no one plans that follows it, past at most two words ("the
// October 7 attack", "the Nov. 13 Paris attacks"; unplanned-happenings).
func (t *Tagger) namedHappening(m mention) bool {
	if t.w(m.start) != "the" && t.w(m.start-1) != "the" {
		return false
	}
	for j := m.end; j < m.end+3 && j < len(t.toks) && t.toks[j].kind == tWord; j++ {
		if unplannedNouns.Has(t.w(j)) {
			return true
		}
		if t.marker(j) != noTense || !t.functionFree(j) {
			return false
		}
	}
	return false
}

// inferYear gives the year of a month (and day, if not 0) written without
// one: the nearest such month to the document date, but a past-tense clause
// does not look more than two months ahead, and a future one not more than
// two months back.
func (t *Tagger) inferYear(at, m, day int) int {
	if e, ok := t.entryAnchor(at); ok {
		saved := t.st.dct
		t.st.dct = e
		y := t.yearNear(at, m, day)
		t.st.dct = saved
		return y
	}
	return t.yearNear(at, m, day)
}

// yearNear is inferYear's reading from the document date.
func (t *Tagger) yearNear(at, m, day int) int {
	dct := t.st.dct
	y := dct.y
	diff := m - dct.m // months from the document date, within the same year
	if diff > 6 {
		y, diff = y-1, diff-12
	} else if diff < -6 {
		y, diff = y+1, diff+12
	}
	if t.putOffAt(at) {
		// "The judge adjourned the case until January 15", "The launch
		// was delayed until March", said in October: what is put off
		// lies ahead, whatever the tense, so a month behind the DCT's
		// is next year's.
		if diff < 0 {
			return y + 1
		}
		return y
	}
	if t.limitAhead(at) {
		// "The deadline for bids is June 30", said in September: a limit
		// that stands now is ahead, whatever verb reports it.
		if diff < 0 {
			return y + 1
		}
		return y
	}
	tn, k := t.clauseTense(at)
	if diff != 0 && t.lastingUntil(at) && !t.captioned(at) {
		// "The exhibition runs until August", "The mayor said the
		// exhibition runs until August", said in January: a verb of
		// lasting in the present before "until" holds now, whatever
		// verb reports it, so the month it lasts to is ahead
		// (presentUntil, for a present the clause's tense gives).
		if diff < 0 {
			return y + 1
		}
		return y
	}
	if y0, ok := t.openingYear(at, 0); ok && tn == past {
		// "Last year, Diwali fell on 12 November", "In 2019 the plant
		// closed in December", said in October 2024: the year gone by
		// that opens the sentence is the year of the month the past
		// tells of, not the nearest one.
		return y0
	}
	if tn == past && (diff > 0 || diff == 0 && day > dct.d) {
		if y0, ok := t.openingYear(at, 1); ok {
			// "Last year sales fell. The shop closed on 12 November.",
			// said in October 2024: a past cannot tell of a day ahead,
			// and the year gone by that opened the sentence before, the
			// last date named, is the one the story is in.
			return y0
		}
	}
	if tn == past {
		if ry, ok := t.narrativeYear(at, m, day); ok {
			return ry
		}
	}
	if day != 0 && (tn == present || tn == noTense || (tn == future || tn == reportedFuture) && (t.entryModalOnly(at, k) || t.entryAfterDay(at))) && t.timelineEntry(at) {
		// "April 20: An explosion on the rig kills 11 workers.": the
		// present of a chronicle tells what happened.
		return t.entryYear(at, m, day, y)
	}
	if diff == 0 && day != 0 {
		if tn == future && day < dct.d && t.governs(k, at) {
			// "The festival will run from July 3", said on July 17: a
			// day of this month gone by, which a future governs, is
			// next year's.
			return y + 1
		}
		return y
	}
	if tn != past && diff < -2 && day == 0 && t.w(at-1) == "in" && openPeriodEnds.Has(t.w(at-2)) {
		// "expects growth in the fiscal year ending in June", said in
		// October: a period that is not told in the past runs to the
		// next such month; one that ended months ago would be told so.
		return y + 1
	}
	if day != 0 && diff < 0 && (tn == present || tn == noTense) && t.presentAhead(at, k) && !t.captioned(at) && !(t.w(at-1) == "the" && t.nounAfter(at+1)) {
		// "The polls close at 8 p.m. on Nov. 5", said in March: a day of
		// a month that a present verb the lexicon does not know governs
		// is on the calendar, ahead, as a weekday is (presentAhead). A
		// month alone is left to the tense ("Inflation eases in
		// November" may be a present of the news gone by), nor a day
		// after "the" that qualifies a noun, the noun's ("asks the court
		// to declare the March 20 vote void", said in April: the vote
		// may be gone by, and the nearest March 20 is kept).
		return y + 1
	}
	if day == 0 && t.happeningBehind(at) {
		// "is awaiting trial in a fatal shooting in April", said in
		// September: the shooting is behind, whatever the tense.
		if diff > 0 {
			y--
		}
		return y
	}
	if day == 0 && diff != 0 && t.offerHolds(at) {
		// "has been offered a place at the world championships in
		// August", said in November: an offer in the present perfect
		// holds now, and the fixture it is for lies ahead, whatever
		// tense an aside before it tells ("Kerr, who was promoted to
		// first place, has been offered ...").
		if diff < 0 {
			return y + 1
		}
		return y
	}
	switch tn {
	case past:
		// "in December" after a past verb that is not one of saying tells
		// when something happened, so the month is behind the document
		// date ("changed to a calendar year in December", said in
		// October). Other prepositions may point ahead of a past verb
		// ("extended to Nov. 16", "gave it until mid-November"), and so
		// may a verb of saying ("announced job cuts in December").
		// "since January" counts from a month behind, whatever the verb.
		if day == 0 && diff != 0 && t.signalledFor(k, at) && (diff > 0 || perfectAuxes.Has(t.before(k))) {
			// "The central bank signalled a further cut in February",
			// said in November: the measure signalled lies ahead; "has
			// promised an election by the end of June" promises now.
			if diff < 0 {
				y++
			}
			break
		}
		if diff > 0 && t.expectedFor(k, at, false) {
			// "said she expected a first hearing in September", said in
			// June: the thing expected comes after the expecting, so the
			// nearest such month, not one of the year before.
			break
		}
		if day == 0 && diff > 0 && t.forwardFixture(at) {
			// "had been among the favourites for a medal at the world
			// championships in Budapest in August", said in June: the
			// fixture looked forward to is the August ahead.
			break
		}
		if diff != 0 && t.aheadOfEvent(at) {
			// "Parliament was dissolved on Monday ahead of elections on
			// April 4", "Troops were withdrawn ahead of talks on Jan. 10",
			// said in March and December: what the past was ahead of
			// comes after it, so the nearest such month, not one behind.
			break
		}
		if diff > 0 && diff <= 2 && t.beforeEvent(at) {
			// "The party picked its candidate on Sunday, before the
			// election on April 7", said in March: a thing planned for a
			// day that "before" points to, up to two months on, is the
			// one ahead, not the one of eleven months ago.
			break
		}
		if diff > 2 || diff > 0 && (t.w(at-1) == "since" || t.pastAt(at, day, k)) {
			y--
		}
	case future:
		if diff < 0 && !t.monthOfData(at, day, diff) {
			y++
		}
	case reportedFuture:
		if diff < 0 && t.futureFromNow(k) && !t.monthOfData(at, day, diff) {
			// "The mayor said the bank will close its branch in
			// November", said in January: a future that keeps the
			// tense of the report is seen from now, as a future is, so
			// a month behind the DCT's is next year's (futureFromNow),
			// not the November two months gone by.
			y++
			break
		}
		if diff < -2 && !t.monthOfData(at, day, diff) {
			y++
		}
	case present:
		if diff < 0 && k >= 0 && t.calendarVerb(k) && !t.captioned(at) {
			// "The museum reopens in September", said in October: a verb
			// of the calendar in the present tells what is ahead; not a
			// photo caption's, which tells what the picture shows ("The
			// former minister leaves the court in June. Photo: ...").
			y++
		}
		if diff < 0 && k >= 0 && !t.calendarVerb(k) && t.presentUntil(at, k) && !t.captioned(at) && !t.monthOfData(at, day, diff) {
			// "The road is closed until March", "He remains in custody
			// until March", said in October: a state the present holds
			// now lasts until the month, so the month is ahead; one
			// that ended would be told in the past. (A verb of the
			// calendar has put it ahead already.)
			y++
		}
		if diff < 0 && day != 0 && dayCopulas.Has(t.w(k)) && (k == at-1 || k == at-2 && t.w(at-1) == "on") && !t.nounAfter(at+1) && !t.captioned(at) {
			// "The meeting is on April 1", "The vote is April 1", said in
			// September: the day a thing is on, in the present, is
			// ahead, as a weekday is (a day gone by would be told as
			// "was"); not a day that qualifies a noun ("is April 1
			// figures").
			y++
		}
		if diff < 0 && k == at-2 && presentCopulas.Has(t.w(k)) && t.w(at-1) == "in" && !t.nounAfter(at) {
			// "The board exams are in March", said in July: a thing whose
			// time the copula gives now is ahead, as a verb of the
			// calendar's is; what is past would be told so ("were in
			// March"); not a month that qualifies a noun ("are in March
			// prices").
			y++
		}
	}
	return y
}

// untilAt gives the token that opens the month (or its day, "until 3
// March") at token at, and whether "until" or "till" stands before it.
func (t *Tagger) untilAt(at int) (int, bool) {
	i := at
	if i > 0 && t.toks[i-1].kind == tNum {
		i--
	}
	p := t.w(i - 1)
	return i, p == "until" || p == "till"
}

// presentUntil reports whether the month (or its day) at token at follows
// "until" or "till" and the present at k gives its clause's tense: a
// present verb that is not one of saying, not a period's end ("in the
// year until March", "the three months till June" count data), and no
// punctuation between the verb and the month.
func (t *Tagger) presentUntil(at, k int) bool {
	i, ok := t.untilAt(at)
	if !ok || presentSaying.Has(t.w(k)) || k >= i {
		return false
	}
	if _, unit := units[t.w(i-2)]; unit || periodNouns.Has(t.w(i-2)) {
		return false
	}
	for j := k + 1; j < i; j++ {
		if t.toks[j].kind == tPunct {
			return false
		}
	}
	return true
}

// lastingUntil reports whether the month (or its day) at token at follows
// "until" or "till" right after a verb of lasting in the present
// (lasting-verbs: "runs", "lasts") whose subject is a word before it, not
// a number ("two home runs until June" is a noun's plural).
func (t *Tagger) lastingUntil(at int) bool {
	i, ok := t.untilAt(at)
	if !ok {
		return false
	}
	v := i - 2
	return v > 0 && lastingVerbs.Has(t.w(v)) && !t.toks[v].cap && t.toks[v-1].kind == tWord && numberWords[t.w(v-1)] == 0 && !adjectiveCues.Has(t.w(v-1))
}

// happeningBehind reports whether the month alone at token at follows
// "in" right after a noun of a happening no one plans ("a fatal shooting
// in April"; unplanned-happenings), with none of happening-ahead-words
// before the noun in its clause, up to eight words back ("feared an
// attack in May").
func (t *Tagger) happeningBehind(at int) bool {
	if t.w(at-1) != "in" || !unplannedNouns.Has(t.w(at-2)) || t.capital(at-2) {
		return false
	}
	for j := at - 3; j >= 0 && j >= at-10; j-- {
		if t.sentenceEnd(j) || t.w(j) == "," || t.w(j) == ";" {
			break
		}
		if happeningAhead.Has(t.w(j)) {
			return false
		}
	}
	return true
}

// offerHolds reports whether the month alone at token at, after "in",
// follows a fixture's noun (forward-fixtures) that a verb of offer-verbs
// in the present perfect ("has been offered", "have selected") governs,
// up to sixteen words before the month with no comma, clause opener or
// other marker of tense between: in news English an offer or a choice
// told so holds now, and the present perfect takes no time gone by of its
// own, so the fixture it is for is ahead ("has been offered a place at
// the world championships in August", said in November).
func (t *Tagger) offerHolds(at int) bool {
	if t.w(at-1) != "in" {
		return false
	}
	fixture := false
	for k := at - 2; k >= 1 && k >= at-16; k-- {
		w := t.w(k)
		if t.sentenceEnd(k) || w == "," || w == ";" || clauseOpeners.Has(w) {
			return false
		}
		if offerVerbs.Has(w) && !t.toks[k].cap {
			aux := t.before(k)
			if aux == "been" {
				aux = t.w(k - 2)
			}
			return fixture && perfectAuxes.Has(aux)
		}
		if t.marker(k) != noTense {
			return false
		}
		if forwardFixtures.Has(w) {
			fixture = true
		}
	}
	return false
}

// forwardFixture reports whether the month alone at token at, after "in",
// is the month of a fixture looked forward to: one of forward-fixtures
// stands at most five words before "in" (a place may stand between:
// "the world championships in Budapest in August"), and one of
// forward-words before it in the clause, up to twelve words back, looks
// ahead to it ("among the favourites for a medal at", "had hoped to run
// in", "was tipped for"). No comma or end of sentence stands between.
func (t *Tagger) forwardFixture(at int) bool {
	if t.w(at-1) != "in" {
		return false
	}
	f := -1
	for j := at - 2; j >= 0 && j >= at-7; j-- {
		if t.sentenceEnd(j) || t.w(j) == "," || t.w(j) == ";" {
			return false
		}
		if forwardFixtures.Has(t.w(j)) {
			f = j
			break
		}
	}
	for j := f - 1; f > 0 && j >= 0 && j >= f-12; j-- {
		if t.sentenceEnd(j) || t.w(j) == "," || t.w(j) == ";" {
			return false
		}
		if forwardWords.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// timelineEntry reports whether the day of a month whose month is at
// token at opens its line and a mark of entry-marks follows it, past its
// day, a year or a time ("April 20: ...", "Feb. 27, 3:34 a.m.: ...",
// "11 June - ..."): an entry of a timeline.
func (t *Tagger) timelineEntry(at int) bool {
	head := at
	if t.entryDayBefore(at) {
		head = at - 1 // "11 June - ..."
	}
	head = t.markupBefore(head) // "**Oct. 28:** ...", "- Oct. 28: ..."
	if monthNames[t.w(at)] == 0 && monthAbbrevs[t.w(at)] == 0 || head > 0 && !t.lineStart(head) {
		return false
	}
	for j := at + 1; j < len(t.toks) && j <= at+8 && !t.lineStart(j); j++ {
		w := t.w(j)
		if entryMarks.Has(w) {
			return j > at+1 || head < at && t.toks[head].kind == tNum
		}
		if t.toks[j].kind != tNum && w != "." && w != "," && !clockMarks.Has(w) && !(t.toks[j].kind == tPunct && entryMarkup.Has(w)) {
			return false
		}
	}
	return false
}

// noteEntry records the day d of m, when m opens an entry of a timeline,
// as the day the next entry follows (entryYear).
func (t *Tagger) noteEntry(m mention, d *date) {
	st := &t.st
	if d.yx || d.g != gDay || st.hasEntry && m.at <= st.entryAt || !t.timelineEntry(m.at) {
		return
	}
	j := m.at + 1
	for j < len(t.toks) && !t.lineStart(j) {
		j++
	}
	st.entry, st.hasEntry, st.entryAt, st.entryEnd = *d, true, m.at, j
}

// entryAnchor gives the day a date without a year at token at is told
// from when it stands in the body of a timeline entry, after the entry's
// own day on its line, and the entry's day is gone by at the document's
// date: a chronicle of the past tells each entry from its day ("Nov. 12:
// The mayor calls a referendum. The vote is set for Dec. 14.", written in
// January, sets the vote for the December after Nov. 12, not the next
// one).
func (t *Tagger) entryAnchor(at int) (date, bool) {
	st := &t.st
	if !st.hasEntry || at <= st.entryAt || at >= st.entryEnd || !st.entry.before(st.dct) {
		return date{}, false
	}
	return st.entry, true
}

// lastEntry gives the day of the entry before the timeline entry at token
// at, when one of the lines above it is: the day a list that runs in order
// goes on from. A day named in an entry's body ("The hearing is set for
// May 4.") is no entry of the list, and the next entry does not follow
// it.
func (t *Tagger) lastEntry(at int) (date, bool) {
	st := &t.st
	if !st.hasEntry || st.entryAt >= at || !t.entryBefore(at) {
		return date{}, false
	}
	return st.entry, true
}

// entryAfterDay reports whether the timeline entry at token at follows
// another entry: a dated list runs in order, and an entry after another is
// the first such day on or after it whatever future its sentence tells,
// which in a chronicle is mostly that of a complement ("Dec. 30: The mayor
// says she will step down."; entryYear).
func (t *Tagger) entryAfterDay(at int) bool {
	_, ok := t.lastEntry(at)
	return ok
}

// entryModalOnly reports whether the marker of tense at k, after the day
// at token at, is a modal of a complement (entry-complement-modals) with
// a word between it and the day's entry mark that may be the entry's
// verb: "August 26 - The coast guard admits the ferry should not have
// sailed" tells the admission; "Dec. 15 - The union will vote" and "May 3
// - Talks could resume" do not (the modal is the only verb).
func (t *Tagger) entryModalOnly(at, k int) bool {
	if k <= at+1 || k >= len(t.toks) || !entryModals.Has(t.w(k)) {
		return false
	}
	words := 0
	for j := at + 1; j < k; j++ {
		if t.toks[j].kind == tWord {
			words++
		}
	}
	// The subject and its verb at least, then the complement's subject.
	return words >= 3 && t.w(k-1) != "," && !entryModals.Has(t.w(k-1))
}

// entryYear gives the year of the day of a month (m, day) of a timeline
// entry at token at, in the present of a chronicle, whose nearest year is
// y. An entry after another is the first such day on or after the last
// date (a timeline runs forward: "Nov. 28: Ireland accepts a bailout." then
// "Jan. 1: Estonia joins the euro."); the first one takes the year of a
// heading over it ("2010 in review"), else it is the most recent such day
// gone by, or one within a week ahead: a chronicle tells mostly of what
// was.
func (t *Tagger) entryYear(at, m, day, y int) int {
	st := &t.st
	if ref, ok := t.lastEntry(at); ok {
		if m < ref.m || m == ref.m && day < ref.d {
			return ref.y + 1
		}
		return ref.y
	}
	if ref := st.ref; st.hasRef && ref.g == gYear && !ref.yx && ref.y <= st.dct.y && t.entryHeaded(at) {
		// "2010 in review" over "Jan. 12: An earthquake devastates
		// Haiti.": the year of the heading is the timeline's.
		return ref.y
	}
	if validDay(y, m, day) && st.dct.addDays(7).before(date{y: y, m: m, d: day, g: gDay}) && !t.limitEntry(at) {
		return y - 1
	}
	return y
}

// limitEntry reports whether the timeline entry whose month is at token
// at is a time limit named with no verb of its own: a noun of
// limit-nouns right after the entry's mark, what is to be done by it told
// in an infinitive, and no marker of tense to the end of its sentence
// ("June 30: Deadline for the board to adopt a final budget."). A
// calendar lists a limit that stands, ahead; a chronicle tells what
// befell it ("March 3: Deadline for bids passes").
func (t *Tagger) limitEntry(at int) bool {
	j := at + 1
	for j < len(t.toks) && j <= at+8 && !entryMarks.Has(t.w(j)) {
		j++
	}
	j++
	if !limitNouns.Has(t.w(j)) {
		return false
	}
	to := false
	for j++; j < len(t.toks) && !t.sentenceEnd(j) && !t.lineStart(j); j++ {
		if t.marker(j) != noTense {
			return false
		}
		to = to || t.w(j) == "to"
	}
	return to
}

// entryHeaded reports whether the line before the timeline entry that
// token at opens is a heading with a year in it ("2010 in review",
// "Timeline of the crisis since 2008"): a line with no mark that ends a
// sentence, of at most 12 tokens.
func (t *Tagger) entryHeaded(at int) bool {
	if t.entryDayBefore(at) {
		at--
	}
	year := false
	for j := at - 1; j >= 0 && at-j <= 12; j-- {
		if t.toks[j].kind == tNum && len(t.w(j)) == 4 {
			year = true
		}
		if j < at-1 && t.sentenceEnd(j) {
			return false
		}
		if j == 0 || t.lineStart(j) {
			return year && !t.yearEntry(j)
		}
	}
	return false
}

// entryDayBefore reports whether the number before the month at token at is
// the day written before it on its line ("11 June - ..."); a number that
// ends the line above (a heading "2018") is no day of it.
func (t *Tagger) entryDayBefore(at int) bool {
	return at > 0 && t.toks[at-1].kind == tNum && !t.lineStart(at)
}

// yearEntry reports whether the line that token j opens is an entry of a
// timeline told by its year alone: a year, after a mark of a list item
// that may open the line ("- 1968: ..."), then a mark of entry-marks
// ("1968: The dam is completed.", "2016 - Debt passes 120 percent of
// GDP."). Such an entry tells a thing of that year, in the background of
// the story; it is no heading, and the entries after it with no year are
// the story's own, of the nearest such day ("2023: A repair contract is
// tendered." then "Oct. 13: The dam fails.", written in October 2026, is
// October 2026).
func (t *Tagger) yearEntry(j int) bool {
	j = t.markupAfter(j, len(t.toks)) // ("- 1968: ...", "**1968**: ...")
	if j >= len(t.toks) || t.toks[j].kind != tNum || len(t.w(j)) != 4 {
		return false
	}
	for k := j + 1; k < j+4 && k < len(t.toks) && !t.lineStart(k); k++ {
		if entryMarks.Has(t.w(k)) {
			return true
		}
		if !entryMarkup.Has(t.w(k)) {
			return false
		}
	}
	return false
}

// markupBefore returns the token at moved back over the marks of a list
// item or of emphasis that open its line before it (entryMarkup, at most
// three: "**Oct. 28:**", "- Oct. 28:").
func (t *Tagger) markupBefore(at int) int {
	for n := 0; n < 3 && at > 0 && !t.lineStart(at) && t.toks[at-1].kind == tPunct && entryMarkup.Has(t.w(at-1)); n++ {
		at--
	}
	return at
}

// markupAfter returns the token j, which opens its line, moved forward
// over such marks (at most three), staying on its line and before end.
func (t *Tagger) markupAfter(j, end int) int {
	for n := 0; n < 3 && j+1 < end && t.toks[j].kind == tPunct && entryMarkup.Has(t.w(j)) && !t.lineStart(j+1); n++ {
		j++
	}
	return j
}

// entryBefore reports whether the line before the one that token at opens
// is a timeline entry too (timelineEntry), read back at most 80 tokens.
func (t *Tagger) entryBefore(at int) bool {
	if t.entryDayBefore(at) {
		at-- // "11 June"
	}
	at = t.markupBefore(at) // "**Dec. 29:**"
	for j := at - 1; j >= 0 && at-j <= 80; j-- {
		if j == 0 || t.lineStart(j) {
			j = t.markupAfter(j, at) // "**Oct. 28:** ..."
			return t.timelineEntry(j) || j+1 < at && t.toks[j].kind == tNum && t.timelineEntry(j+1)
		}
	}
	return false
}

// putOffAt reports whether the month or season at token at (after "the",
// "mid-" or a day written before it: "until the summer", "to 12 June")
// is the time a thing is put off to, set for, or given until
// (putOffUntil); a month awaited may be one whose figures are awaited,
// gone by ("Investors await April figures"), and is left to the tense.
func (t *Tagger) putOffAt(at int) bool {
	i := at
	if p := t.w(i - 1); p == "the" || i > 0 && t.toks[i-1].kind == tNum {
		i--
	}
	return !awaitVerbs.Has(t.w(i-1)) && t.putOffUntil(i) || t.dateSet(i)
}

// aheadOfEvent reports whether the month at token at (with the day of it
// that may stand before it, "10 January") is the time of a thing that
// "ahead of" or "on the eve of" (ahead-of) points to, one to five words
// naming it between and "in" or "on" before the month: "ahead of
// elections in May", "ahead of talks with Iran on Jan. 10". No
// punctuation and no marker of tense stands between ("ahead of the vote,
// which took place in May" is another clause's).
func (t *Tagger) aheadOfEvent(at int) bool {
	i := at
	if i > 0 && t.toks[i-1].kind == tNum {
		i--
	}
	if p := t.w(i - 1); p != "in" && p != "on" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-7; j-- {
		if t.w(j) == "of" {
			return j < i-2 && aheadOfWords.Has(t.w(j-1))
		}
		if t.toks[j].kind == tPunct || t.sentenceEnd(j) || t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// beforeEvent reports whether the month at token at (with the day of it
// that may stand before it) is the time of a planned thing that "before"
// points to: "before", one to four words naming it, the last a noun of a
// thing set for a day (set-event-nouns, fixture-nouns), and "in" or "on"
// before the month ("before the election on April 7", "before the cup
// final in May"). No punctuation and no marker of tense stands between;
// a happening no one plans is not one ("arrested before the attack in
// June" is left to the tense).
func (t *Tagger) beforeEvent(at int) bool {
	i := at
	if i > 0 && t.toks[i-1].kind == tNum {
		i--
	}
	if p := t.w(i - 1); p != "in" && p != "on" {
		return false
	}
	if n := t.w(i - 2); !setEventNouns.Has(n) && !fixtureNouns.Has(n) {
		return false
	}
	for j := i - 3; j >= 0 && j >= i-6; j-- {
		if t.w(j) == "before" {
			return true
		}
		if t.toks[j].kind != tWord || t.sentenceEnd(j) || t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// governs reports whether the marker of tense at k comes before token at
// in one clause with it: no comma and no word that opens a clause between
// ("will run from July 3"; not "is expected to raise rates, though the
// collapse on March 10 has clouded the outlook").
func (t *Tagger) governs(k, at int) bool {
	if k < 0 || k >= at {
		return false
	}
	for j := k + 1; j < at; j++ {
		if w := t.w(j); w == "," || clauseOpeners.Has(w) {
			return false
		}
	}
	return true
}

// monthOfData reports whether a month (with no day) diff months behind the
// document date names the period of figures the text says will come: a
// month that modifies a noun of results, with at most two words between
// ("will publish December jobs data", "will release March trade figures",
// said in January or April), is one that has ended, since figures come
// out after their month. Only up to three months back: further back, or
// ahead ("Analysts expect December sales to rise", in October), the
// tense says which.
func (t *Tagger) monthOfData(at, day, diff int) bool {
	if day != 0 || diff < -3 {
		return false
	}
	for j := at + 1; j <= at+3 && j < len(t.toks) && t.toks[j].kind == tWord && !t.toks[j].cap; j++ {
		if resultWords.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// pastAt reports whether a month at token at (a day of it if day is not
// 0), in a clause whose past tense the marker at k gives, is when the
// past happened, and so behind the document date even a month or two
// ahead of it: "in" before a month after a verb that is not one of saying
// ("changed to a calendar year in December", not "announced job cuts in
// December"); "on" before a day likewise ("rear-ended a truck on June
// 8"); a month at the head of its sentence, whose past verb follows ("In
// January, the South Sudanese voted to secede"). A month that modifies a
// noun after "in a" or "in the" counts as one after "in".
func (t *Tagger) pastAt(at, day, k int) bool {
	if k < 0 {
		return false
	}
	prep := t.w(at - 1)
	if day == 0 && monthPartMods.Has(prep) {
		// "closed the branch in early February", "in late March": the
		// part of the month stands between "in" and the month, whose
		// time "in" places the verb at.
		prep = t.w(at - 2)
	} else if day == 0 && prep == "-" && monthPartMods.Has(t.w(at-2)) {
		prep = t.w(at - 3) // "in mid-February"
	}
	if day == 0 && (prep == "a" || prep == "the") && t.w(at-2) == "in" && at+1 < len(t.toks) && t.toks[at+1].kind == tWord && !t.toks[at+1].cap {
		// "voted in a January referendum", "lost in the March vote": the
		// month names the time of the thing "in" places the verb at.
		prep = "in"
	}
	if day != 0 && prep == "of" && partsOfDay[t.w(at-2)] != "" && t.w(at-3) == "the" && (partDayPreps.Has(t.w(at-4)) || pastVerbs.Has(t.w(at-4))) {
		// "had nightmares about the evening of Sept. 16", "had spent
		// the morning of Sept. 30 at home": a part of the day, told as
		// the past verb's time or its object, counts as "on" does.
		prep = "on"
	}
	if prep == "in" && openPeriodEnds.Has(t.w(at-2)) {
		// "raised its forecast for the year ending in December": the
		// month ends a period, not when the verb's past happened.
		return false
	}
	if k < at {
		// A verb of saying may say what lies ahead ("announced cuts in
		// December"), but a date right after it is when it was said
		// ("said in May that the bridge was unsafe").
		// A day right after the past verb is when it happened too, as
		// wire copy drops "on": "The trial opened Aug. 5 in Manhattan".
		// So is a day that ends the object of the past verb, with no
		// preposition before it: "The bank closed its Main Street branch
		// Feb. 3" (bareObjectDay).
		return (!reportingVerbs.Has(t.w(k)) || k >= at-2 || t.resultAfter(k)) && (day == 0 && prep == "in" || day != 0 && (prep == "on" || k == at-1 || t.bareObjectDay(k, at)))
	}
	return day == 0 && prep == "in" && t.sentenceStart(at-1)
}

// bareObjectDay reports whether the day of a month at token at stands
// right after the object of the verb at k with no preposition before it:
// in wire copy that drops "on", the day ends the verb's phrase and tells
// when the verb happened, as "on" would ("The bank closed its Main Street
// branch Feb. 3", "Police arrested two men Sept. 9"). The object is one to
// five words, none of them punctuation, a preposition, a relative
// pronoun, "that" or a marker of tense (another clause, or a phrase whose
// noun the day may date: "a deadline of Feb. 3"), nor a noun of a thing
// set for a day ("set a hearing Feb. 3", "called a strike Feb. 3"), and
// no lower-case word after the day that it would qualify ("released its
// Feb. 3 report").
func (t *Tagger) bareObjectDay(k, at int) bool {
	if at-k < 2 || at-k > 6 || t.toks[at].kind != tWord {
		return false
	}
	for j := k + 1; j < at; j++ {
		w := t.w(j)
		if t.toks[j].kind != tWord || prepositions.Has(w) || relPronouns.Has(w) || w == "that" || t.marker(j) != noTense {
			return false
		}
		if setEventNouns.Has(w) || dateNouns.Has(w) || gatheringNouns.Has(w) || fixtureNouns.Has(w) {
			// "The court set a hearing Feb. 3", "called a strike Feb.
			// 3", "gave him a deadline Feb. 3": the day is the thing's,
			// set or called for it, which may lie ahead.
			return false
		}
	}
	// The day ends the phrase: no noun after it that it would qualify
	// ("released its Feb. 3 report").
	j := at + 1
	for j < len(t.toks) && j <= at+3 && t.toks[j].kind != tNum {
		j++
	}
	j++
	return j >= len(t.toks) || t.toks[j].kind != tWord || prepositions.Has(t.w(j)) || t.toks[j].cap
}

// signalledFor reports whether the month at token at, after "in", "by",
// "before" or "by the end of", is the time of a measure that the past verb
// of signalling at k governs and whose noun stands between them
// ("signalled a further cut in February", "hinted at another rate rise in
// March", "has promised an election by the end of June"; signal-verbs and
// measure-nouns), not when the verb signalled ("signalled in September").
func (t *Tagger) signalledFor(k, at int) bool {
	p := at - 1
	if t.w(p) == "of" && partMods[t.w(p-1)] != "" && t.w(p-2) == "the" {
		p -= 3 // "by the end of June"
	}
	if k < 0 || k+2 > p || at-k > 10 || !signalVerbs.Has(t.w(k)) || !signalPreps.Has(t.w(p)) || !t.governs(k, at) {
		return false
	}
	for j := k + 1; j < p; j++ {
		if t.toks[j].kind != tWord || t.marker(j) != noTense {
			return false
		}
		if measureNouns.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// expectedFor reports whether the month (or day of a month) at token at,
// after "in", "by" or "before" (signal-preps), is the time of a thing
// that a past verb of expecting or planning (expectation-verbs) before it
// has as its object, in the clause whose past is at k: the verb, one to
// ten words with no punctuation but a possessive's, no "that" and no
// marker of tense (the object and a phrase of place), then the
// preposition ("expected a first hearing in the
// lawsuit in September"). Right after the verb the month dates the
// expecting or a plan ("expected in September"), which marker reads; a
// preposition right after it makes it a participle of the noun before
// ("apologised for the disruption expected on the line in May"), which
// is left to the clause.
// With on, a weekday after "on" is read so too ("had planned an open
// house at the hall on Saturday").
func (t *Tagger) expectedFor(k, at int, on bool) bool {
	p := at - 1
	if p > 0 && t.toks[p].kind == tNum {
		p-- // "by 30 June"
	}
	if k < 0 || k >= p || !signalPreps.Has(t.w(p)) && !(on && t.w(p) == "on") {
		return false
	}
	for j := p - 1; j >= k && j >= p-12; j-- {
		w := t.w(j)
		if expectationVerbs.Has(w) && !t.toks[j].cap {
			return j < p-1 && !prepositions.Has(t.w(j+1)) && (!auxiliaries.Has(t.before(j)) || perfectAuxes.Has(t.before(j)))
		}
		if t.toks[j].kind != tWord && !t.apostrophe(j) || w == "that" || t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// resultAfter reports whether a word of results (result-words) is the
// object of the verb at k, within three words of it: "posted a loss",
// "reported record sales", whose verb tells what happened, not what was
// said of a time ahead.
func (t *Tagger) resultAfter(k int) bool {
	for j := k + 1; j <= k+3 && j < len(t.toks) && t.toks[j].kind == tWord; j++ {
		if resultWords.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// relativeDate resolves a unit after a determiner: "this week" is the
// DCT's, "last year" and "next month" count from the DCT, "the next day",
// "the following week" and "the previous year" from the text's last date
// (so does "the next month" in a past clause), "that year" and "the same
// day" are the last date's; "last year" in earnings copy is the quarter
// under discussion a year before.
func (t *Tagger) relativeDate(m mention) (result, bool) {
	u, det, the := m.unit, m.det, m.the
	switch det {
	case "this", "current":
		if u.g == gWeekend {
			return dateResult(m.start, m.end, t.weekend(m.at, "this")), true
		}
		d, _ := coarsen(t.st.dct, u.g)
		if u.g == gWeek && t.w(m.at-2) == "earlier" && t.st.dct.weekday() == 1 {
			// "said earlier this week", in a Monday story: nothing of
			// the week came before its first day, so the words speak of
			// the days just gone (a week that starts on Sunday, as in
			// American copy), the week before. "Earlier this month" on
			// the first keeps the DCT's month, as TimeBank's annotators
			// gave it (wsj_0356, a story dated Nov. 1).
			d = d.shift(-1)
		}
		return dateResult(m.start, m.end, d), true
	case "same", "that":
		if !t.st.hasRef || det == "that" && u.g == gYear && t.yearNounBefore(m.start) {
			return result{}, false
		}
		d, ok := coarsen(t.st.ref, u.g)
		if !ok {
			return result{}, false
		}
		return dateResult(m.start, m.end, d), true
	}
	if m.compare && t.st.hasQ && t.st.inQuarter {
		r := dateResult(m.start, m.end, t.st.focusQ().shiftYears(-1))
		r.compare = true
		return r, true
	}
	if m.ofPart {
		return result{}, false
	}
	dir := 1
	if backwardDets.Has(det) {
		dir = -1
	}
	if !the && t.w(m.start-1) == "the" && lastDateDets.Has(det) && t.st.hasRef {
		// "The strike began in March 2021. The previous week, ...": the
		// last date is coarser than the unit, so the unit before or
		// after it is not known; never the DCT's.
		return result{}, false
	}
	if !the && t.w(m.start-1) == "the" && t.st.refLost && (det == "next" || lastDateDets.Has(det)) {
		// "He fell on the Sunday. He dragged himself downstream over
		// the next week": "next week" matched after "the", which failed
		// for the day retold, is no week from the DCT either.
		return result{}, false
	}
	if u.g == gWeekend && the && lastDateDets.Has(det) {
		// "The square was cleared on April 12, and the following
		// weekend the leader fled": the weekend after (or before) the
		// last date, which must be a day.
		if !t.st.hasRef || t.st.ref.g != gDay {
			return result{}, false
		}
		d := t.st.ref.addDays(6 - t.st.ref.weekday()) // the Saturday on or after it
		if det != "following" {
			d = t.st.ref.addDays(-t.st.ref.weekday()) // the Sunday before it
		}
		if det == "following" && t.st.ref.weekday() >= 6 {
			d = d.addDays(7)
		}
		we := d.weekOf()
		we.g = gWeekend
		return dateResult(m.start, m.end, we), true
	}
	if u.g == gWeekend {
		return dateResult(m.start, m.end, t.weekend(m.at, det)), true
	}
	// "The next day", "the following week", "the previous year" count
	// from the previous expression; "next week", "last year" from the
	// document date. A day is always counted from the last date ("last
	// day" was left to "the last day of ...").
	anchored := det == "following" || (the && (det == "previous" || det == "prior")) || (the && det == "next" && (u.g == gDay || t.tenseOutside(m.start, m.end) == past)) || u.g == gDay
	base := t.st.dct
	if anchored {
		if !t.st.hasRef || t.st.refLost {
			return result{}, false
		}
		base = t.st.ref
	}
	d, ok := coarsen(base, u.g)
	if !ok {
		return result{}, false
	}
	return dateResult(m.start, m.end, d.shift(dir)), true
}

// weekend resolves "the weekend", "this weekend", "last weekend".
func (t *Tagger) weekend(at int, det string) date {
	dct := t.st.dct
	wd := dct.weekday()
	var sat date
	switch det {
	case "last", "past", "previous":
		sat = dct.addDays(-((wd-6+7)%7 + 1))
		if wd == 7 {
			sat = dct.addDays(-8)
		}
	case "next", "coming":
		sat = dct.addDays((6-wd+7)%7 + 7*boolInt(wd >= 6))
	case "this":
		sat = dct.addDays(6 - wd)
		if wd <= 2 && t.toldPast(at) {
			// "Police arrested 40 people this weekend" in a Monday or
			// Tuesday story: the weekend just gone, which the past
			// tells.
			sat = dct.addDays(-(wd + 1))
		}
	default:
		// "since the weekend" counts from a weekend gone by, whatever
		// the tense ("The border has been closed since the weekend").
		if (t.tenseAt(at) == past || t.w(at-2) == "since") && wd < 6 {
			sat = dct.addDays(-(wd + 1))
		} else {
			sat = dct.addDays(6 - wd)
		}
	}
	d := sat.weekOf()
	d.g = gWeekend
	return d
}

// toldPast reports whether the clause of the expression at token at tells
// it in the past, by a verb that governs it: not a verb of saying or of
// a plan ("said this weekend", "expected 10,000 fans this weekend" may
// look ahead), nor one before an infinitive that takes it ("hoped to
// finish the deal this weekend"); and not in the possessive ("said this
// weekend's vote was called off" is the weekend ahead).
func (t *Tagger) toldPast(at int) bool {
	m, k := t.clauseTense(at)
	if m != past || k < 0 || reportingVerbs.Has(t.w(k)) || planWords.Has(t.w(k)) || t.possessive(at+1) {
		return false
	}
	for j := k + 1; j+1 < at; j++ {
		if t.w(j) == "to" && !adjectiveCues.Has(t.w(j+1)) && !t.toks[j+1].cap {
			return false // not "went to the polls", "flew to Paris"
		}
	}
	return true
}

// holidayDate resolves a holiday: the year the text writes, else "last",
// "next" or "this" from the DCT, else the year the tense of the clause
// makes nearest (inferYear), as for a day of a month. Without a DCT only a
// holiday on the same day every year keeps its day (XXXX-12-25).
func (t *Tagger) holidayDate(m mention) (result, bool) {
	fixed := m.holiday
	if m.hasYear {
		return dateResult(m.start, m.end, fixed(m.year)), true
	}
	if m.yearDet != "" && !t.st.noDCT {
		d, _ := t.detShift(m.yearDet, gYear)
		return dateResult(m.start, m.end, fixed(d.y)), true
	}
	if t.st.noDCT {
		d := fixed(2001) // any year: only fixed-date holidays keep their day
		if d != fixed(2002).shiftYears(-1) {
			return result{}, false
		}
		d.yx = true
		return dateResult(m.at, m.end, d), true
	}
	dct := t.st.dct
	y := dct.y
	switch m.det {
	case "last":
		if fixed(y).time().After(dct.time()) || fixed(y) == dct {
			y--
		}
	case "next":
		if !fixed(y).time().After(dct.time()) {
			y++
		}
	case "this":
	default:
		guess := fixed(dct.y)
		y = t.inferYear(m.at, guess.m, guess.d)
	}
	return dateResult(m.start, m.end, fixed(y)), true
}

// boundAhead gives the result r of a day of a month or a holiday (ok if it
// has one) that "after" bounds in a clause that looks ahead: "Demolition
// is to begin after New Year's Day" does not date the beginning on the
// holiday but some time after it. It is then the month of the two weeks
// after the day, when they are in one month ("after New Year's Day" is
// January, "after Easter" on March 31 is April), else no date ("will
// reopen after Christmas Day", which the new year may follow). A count
// or a unit before "after" makes a date of its own ("the day after
// Christmas", "two weeks after May 1"), and a past tells of the
// happening near the day ("reopened after Easter"), both left as they
// are.
func (t *Tagger) boundAhead(r result, ok bool) (result, bool) {
	a := r.start - 1
	if !ok || !r.concrete || r.d.g != gDay || t.w(a) != "after" || t.st.noDCT {
		return r, ok
	}
	if p := t.w(a - 1); units[p].code != "" || t.toks[max(a-1, 0)].kind == tNum || numberWords[p] != 0 {
		return r, ok
	}
	if tn, _ := t.clauseTense(a); tn != future && tn != reportedFuture {
		return r, ok
	}
	first, last := r.d.addDays(1), r.d.addDays(14)
	if first.y != last.y || first.m != last.m {
		return result{}, false
	}
	return dateResult(r.start, r.end, date{y: first.y, m: first.m, g: gMonth}), true
}

// seasonOfMonth is the season month m falls in, as seasonDate counts
// them: 1 spring (March to May) to 3 autumn, 4 winter for December, 0 for
// January and February (the winter that began the year before).
func seasonOfMonth(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 1
	case m >= 6 && m <= 8:
		return 2
	case m >= 9 && m <= 11:
		return 3
	case m == 12:
		return 4
	}
	return 0
}

// seasonDate resolves a season: the year the text writes, else the DCT's,
// the one before for "last fall" if this year's has not ended, the one
// after for "next spring" if this year's has begun.
func (t *Tagger) seasonDate(m mention) result {
	s := m.season
	if m.hasYear {
		return dateResult(m.start, m.end, date{y: m.year, q: s, g: gSeason})
	}
	y, cur := t.st.dct.y, seasonOfMonth(t.st.dct.m)
	if t.w(m.start) == "the" && lastDateDets.Has(m.det) && t.st.hasRef && (t.st.ref.g == gSeason || t.st.ref.g == gMonth || t.st.ref.g == gDay) {
		// "He won last spring and lost the previous autumn": a season
		// counted from the season or the day the text named last, not
		// from the DCT.
		ref := t.st.ref
		y, cur = ref.y, seasonOfMonth(ref.m)
		if ref.g == gSeason {
			cur = ref.q
		}
		if m.det == "following" {
			if s <= cur {
				y++
			}
		} else if s >= cur {
			y--
		}
		return dateResult(m.start, m.end, date{y: y, q: s, g: gSeason})
	}
	switch m.det {
	case "last", "past", "previous":
		if s >= cur {
			y--
		}
	case "next", "coming":
		if s <= cur {
			y++
		}
	case "":
		// "The bridge reopened in the fall", in a January story: a season
		// told of in the past that begins two months or more after the
		// DCT's month (in its third, sixth, ninth or twelfth month) is
		// last year's; the past of a clause is as often misread as a
		// season a month off is meant ("getting beat up in the spring",
		// said in February). "will reopen in the spring", in an October
		// story, is next year's, as this year's is gone.
		switch tn, _ := t.clauseTense(m.at); {
		case t.putOffAt(m.at):
			// "The court deferred sentencing until the autumn": what is
			// put off lies ahead, whatever the tense.
			if s < cur {
				y++
			}
		case tn == past && 3*s-t.st.dct.m >= 2:
			y--
		case tn == future && s < cur:
			y++
		}
	}
	return dateResult(m.start, m.end, date{y: y, q: s, g: gSeason})
}

// nounAfter reports whether the word after token at is a noun it
// qualifies: a word in lower case that is no function word and no marker
// of tense ("March prices", not "March, officials say", "March and").
func (t *Tagger) nounAfter(at int) bool {
	j := at + 1
	return j < len(t.toks) && t.toks[j].kind == tWord && !t.toks[j].cap && t.functionFree(j) && t.marker(j) == noTense
}

// narrativeYear gives the year of a month (and day, if not 0) written
// without one in a past-tense clause that goes on with a story of an
// earlier year: the paragraph's last date is a month, a day or a season
// (spring, summer, fall) of a year
// before the DCT's, and this month is the same or up to three months after
// it ("handed over the records in May 2025. Officers ... on the morning of
// June 3, arrested him", said in September 2026). A narrative of the past
// keeps the year it named for the months that follow, until it names
// another; the nearest June 3 to the DCT would leave the story. The
// earlier date must be a preposition's ("in May 2025"), the time a thing
// happened, not a noun's modifier. Not for a day less than a month
// behind the DCT, the recent one.
func (t *Tagger) narrativeYear(at, m, day int) (int, bool) {
	ref := t.st.ref
	if !t.st.hasRef || ref.yx || ref.g != gMonth && ref.g != gDay && ref.g != gSeason || ref.y >= t.st.dct.y || t.otherParagraph(t.st.refAt, at) {
		return 0, false
	}
	if !monthPreps.Has(t.w(t.st.refAt-1)) || t.w(t.st.refAt) == "the" && ref.g != gSeason {
		// "following the August 1988 cease-fire": a date that qualifies
		// a noun names a thing, no time the story is told in ("in the
		// spring of 2025" is a time).
		return 0, false
	}
	if ref.g == gSeason {
		// "in the spring of 2025": from the season's first month; not
		// the winter, which runs into the next year.
		if ref.q < 1 || ref.q > 3 {
			return 0, false
		}
		ref.m, ref.g = 3*ref.q, gMonth
	}
	if m < ref.m || m-ref.m > 3 || m == ref.m && (day == 0 || ref.g == gDay && day < ref.d) {
		return 0, false
	}
	if dct := t.st.dct; validDay(dct.y, m, max(day, 1)) {
		// "The company was founded in March 2019. It announced job cuts
		// on June 30.", said on July 9: news tells the last weeks without
		// a year, and a day (or a month's first day) less than a month
		// behind the DCT is the recent one, not the narrative's.
		c := date{y: dct.y, m: m, d: max(day, 1), g: gDay}
		if !dct.before(c) && dct.before(c.addDays(32)) {
			return 0, false
		}
	}
	return ref.y, true
}

// ordinalWeekdayDate gives the day of the month of r that is its n-th
// weekday wd (n -1: the last), none if the month has no such day (a fifth
// Monday) or no year.
func ordinalWeekdayDate(r result, wd, n int) (result, bool) {
	d := r.d
	if d.yx || d.g != gMonth {
		return result{}, false
	}
	var day int
	if n < 0 {
		last := 31
		for !validDay(d.y, d.m, last) {
			last--
		}
		w := date{y: d.y, m: d.m, d: last, g: gDay}.weekday()
		day = last - (w-wd+7)%7
	} else {
		w := date{y: d.y, m: d.m, d: 1, g: gDay}.weekday()
		day = 1 + (wd-w+7)%7 + 7*(n-1)
	}
	if !validDay(d.y, d.m, day) {
		return result{}, false
	}
	return dateResult(r.start, r.end, date{y: d.y, m: d.m, d: day, g: gDay}), true
}

// yearNounBefore reports whether the word "year" stands before token i in
// its paragraph, after the last time expression the text gave: "that
// year" then points back to the year that noun phrase names ("planning for
// the 2041-42 school year. ... the shortfall for that year"), which is no
// date the text gave, not to the last date.
func (t *Tagger) yearNounBefore(i int) bool {
	lo := 0
	if n := len(t.out); n > 0 {
		lo = t.out[n-1].End
	}
	for j := i - 1; j >= 0 && t.toks[j].start >= lo; j-- {
		if t.w(j) == "year" {
			return true
		}
		if t.toks[j].nl {
			break
		}
	}
	return false
}
