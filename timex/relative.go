package timex

import "strings"

// Expressions relative to the DCT or to the text's last date, most of them
// opened by a determiner: "last week", "this year", "the next day", "the
// previous Friday", "the quarter", "the weekend", "that night", "the past",
// and the day words "today", "yesterday", "tomorrow", "current". The anchor
// is the DCT or state.ref (state.go); calendar arithmetic is in date.go
// (coarsen, shift).

// dayWord matches "today", "yesterday", "tomorrow", "tonight", with a part
// of the day ("yesterday morning"), and resolves it (dayWordDate,
// resolve.go).
func (t *Tagger) dayWord(i int) (mention, bool) {
	m := mention{start: i, end: i + 1, kind: mDayWord, at: i}
	switch t.w(i) {
	case "yesterday":
		m.shift = -1
	case "tomorrow":
		m.shift = 1
	case "tonight":
		m.pod = "NI"
		return m, true
	case "today":
		// "USA Today", "VOA Today": a name, not the day.
		if t.toks[i].cap && i > 0 && t.toks[i-1].kind == tWord && t.toks[i-1].cap && !t.toks[i].nl {
			return mention{}, false
		}
		// "Today" in a quotation is the day the words were said, which the
		// text does not give; TIMEX3 calls that the present.
		if t.inQuote(i) {
			return refMention(i, i+1, PresentRef), true
		}
	}
	if pod, ok := partsOfDay[t.w(i+1)]; ok {
		m.pod, m.end = pod, i+2
	}
	return m, true
}

// currentAdj matches "current" used before a noun.
func (t *Tagger) currentAdj(i int) (mention, bool) {
	if i+1 >= len(t.toks) || t.toks[i+1].kind != tWord || t.toks[i+1].cap {
		return mention{}, false
	}
	if currentTerms.Has(t.w(i + 1)) {
		return mention{}, false
	}
	if _, ok := units[t.w(i+1)]; ok {
		return mention{}, false
	}
	if nx := t.w(i + 1); afterYear.Has(nx) || currentNounCues.Has(nx) {
		return mention{}, false // the noun: "the current was strong", "a current of air"
	}
	if t.w(i-1) == "then" {
		return refMention(i-1, i+1, PastRef), true // "the then current price"
	}
	return refMention(i, i+1, PresentRef), true
}

// detExpr matches expressions that start with a determiner: "last week",
// "this year", "the next day", "the third quarter", "next Friday", "the
// past two months", "the future". It reads the determiner (determiner)
// and what follows it: a reference (detRef), a count, or a noun
// (detNoun).
func (t *Tagger) detExpr(i int) (mention, bool) {
	det, the, j := t.determiner(i)
	if m, ok, done := t.detRef(i, j, det, the); done {
		return m, ok
	}
	// "the past two months", "the first nine months", "the six months":
	// a stretch, if the resolver finds the count one, else what the
	// determiner and the noun after the count say.
	if det == "" && the || countDets.Has(det) {
		if _, _, _, ok := t.count(j); ok {
			if c, ok := t.countExpr(i, j); ok {
				m := mention{start: i, kind: mTake, inner: c.ptr(), want: wantDuration}
				return m.or(t.detNoun(i, j, det, the)), true
			}
		}
	}
	return t.detNoun(i, j, det, the)
}

// detRef matches a reference after a determiner: "the near future", "in
// the short term", "the future", "the past", "the present". done is false
// when the words after the determiner are none.
func (t *Tagger) detRef(start, j int, det string, the bool) (mention, bool, bool) {
	if t.w(j) == "near" && det == "" && t.w(j+1) == "future" {
		return final(refMention(start, j+2, FutureRef), true)
	}
	// "in the near term", "in the short term": the time just ahead. (The
	// long term and the run of "in the long run" name no time.)
	if the && det == "" && (t.w(j) == "near" || t.w(j) == "short") && t.w(j+1) == "term" {
		return final(refMention(start, j+2, FutureRef), true)
	}
	// "the day before yesterday", "the day after tomorrow": two days from
	// the DCT, as a day word is one.
	if the && det == "" && t.w(j) == "day" {
		if t.w(j+1) == "before" && t.w(j+2) == "yesterday" {
			return final(mention{start: start, end: j + 3, kind: mDayWord, at: j + 2, shift: -2}, true)
		}
		if t.w(j+1) == "after" && t.w(j+2) == "tomorrow" {
			return final(mention{start: start, end: j + 3, kind: mDayWord, at: j + 2, shift: 2}, true)
		}
	}
	switch det {
	case "future":
		if the {
			return final(refMention(start, j, FutureRef), true)
		}
		return final(mention{}, false)
	case "present":
		if the && t.w(j) != "day" {
			return final(refMention(start, j, PresentRef), true)
		}
		return final(mention{}, false)
	case "past":
		if the {
			if _, _, _, ok := t.count(j); !ok {
				if _, ok := units[t.w(j)]; !ok {
					return final(refMention(start, j, PastRef), true)
				}
			}
		}
	}
	return mention{}, false, false
}

// detNoun matches the noun at j after a determiner that opens an
// expression at start: a quarter or half ("the first quarter", "the last
// half of 1989"), else a name (detName).
func (t *Tagger) detNoun(start, j int, det string, the bool) (mention, bool) {
	if o := j; the && (det == "" || det == "first" || det == "last") {
		// "the first Wednesday of April", "the last Friday in May",
		// "the second Monday of every month" ("first" and "last" are read
		// as determiners).
		if det != "" {
			o = j - 1
		}
		if m, ok := t.ordinalWeekday(start, o); ok {
			return m, true
		}
	}
	// "the fifth of March", "the first of May" ("first" is read as a
	// determiner), "the twenty-second of June": a day of the month written
	// as an ordinal word.
	if o := j; the && (det == "" || det == "first") {
		if det == "first" {
			o = j - 1
		}
		if d, k, ok := t.dayOrdinal(o); ok && t.w(k) == "of" {
			if m, ok := t.matchMonth(k+1, d); ok && m.kind == mDay && !dayOrdSpans.Has(t.w(m.end)) {
				m.start = start
				return m, true
			}
		}
	}
	if the && (det == "first" || det == "last") && ordinalPartNouns.Has(t.w(j)) {
		if m, ok := t.ordinalExpr(start, j-1); ok {
			return m.or(t.detName(start, j, det, the)), true
		}
	}
	return t.detName(start, j, det, the)
}

// detName matches a weekday, month, season, ordinal, fiscal year, "year's"
// or part of the day after a determiner: "the previous Friday", "last
// September", "last fall", "the third quarter", "the fiscal year", "this
// year's third quarter", "that night"; else a unit (detUnit).
func (t *Tagger) detName(start, j int, det string, the bool) (mention, bool) {
	w := t.w(j)
	// One look-up tells which of the lists of weekdays, months, seasons
	// and ordinals w is in (openers marks each of their words); most words
	// after a determiner are in none.
	c := openers[w]
	// "the previous Friday", "the following Monday": from the last date.
	if c&oWeekday != 0 && the && lastDateDets.Has(det) && t.capital(j) {
		return mention{start: start, end: j + 1, kind: mWeekday, at: j, det: det, the: true, weekday: weekdays[w]}, true
	}
	// Weekdays and months: "last Friday", "next May".
	if c&oWeekday != 0 && det != "" && !the {
		return t.weekdayExpr(start, j, det)
	}
	if c&oMonth != 0 && the && lastDateDets.Has(det) {
		// "took office the following January": the month after the last
		// date the text gave (monthDate), or none.
		m, ok := t.matchMonth(j, 0)
		if !ok || m.kind != mMonth || m.hasYear {
			return mention{}, false
		}
		m.start, m.det, m.the = start, det, true
		return m, true
	}
	if c&oMonth != 0 && !the {
		// "last September": the month's mention, its year resolved by
		// monthDate (resolve.go).
		m, ok := t.matchMonth(j, 0)
		if monthDets.Has(det) {
			m.start = start
		}
		return m, ok
	}
	if c&oSeason != 0 {
		return t.seasonExpr(start, j, det)
	}
	if c&oOrdinal != 0 && det == "" {
		// "Today is the eighth day of the strike", "it's the second day
		// of the offensive": a count of days that names the present day.
		if t.seq(j+1, "day", "of") && the && t.presentCopula(start-1) && !t.st.noDCT {
			return mention{start: start, end: j + 2, kind: mDayWord, at: j}, true
		}
		return t.ordinalExpr(start, j)
	}
	if w == "fiscal" {
		if _, ok := ordinals[t.w(j+1)]; ok {
			return t.ordinalExpr(start, j+1)
		}
		if det == "" && the && t.w(j+1) == "year" {
			// "for the fiscal year" is the year under discussion, like
			// "the year"; "the fiscal year ended June 30" a stretch.
			stretch := valueMention(start, j+2, "DURATION", Value{N: 1, Unit: UnitYear})
			if fiscalStretchCues.Has(t.w(j + 2)) {
				// "The fiscal year ends June 30", said in December:
				// the company's year, not the calendar's.
				return stretch, true
			}
			if m, ok := t.theYear(start, j+1); ok {
				return m.or(stretch, true), true
			}
			return stretch, true
		}
	}
	// "this year's third quarter", "last year's first half"
	if w == "year" && t.possessive(j+1) && yearDets.Has(det) {
		// "this year's", "last year's": the year the determiner points
		// to, counted from the DCT.
		year := mention{start: start, end: j + 1, kind: mRelative, at: j, det: det, unit: units["year"]}
		if _, ok := ordinals[t.w(j+3)]; ok {
			if m, ok := t.partExpr(start, j+3, 0, det); ok {
				return m.or(year, true), true
			}
		}
		return year, true
	}
	if m, ok := t.dayNextToHoliday(start, j, det, the); ok {
		return m, true // "the day after Labor Day"
	}
	// "that night", "the next morning", "the previous evening": a part of
	// the last day the text named, or of the day next to it.
	if pod, ok := partsOfDay[w]; ok {
		shift, ok := podShifts[det]
		if ok && (the || det == "that") && t.w(j+1) != "of" {
			m := mention{start: start, end: j + 1, kind: mPartOfDay, at: j, pod: pod, shift: shift, ofRef: true}
			return m.or(t.detUnit(start, j, det, the)), true
		}
	}
	return t.detUnit(start, j, det, the)
}

// dayNextToHoliday matches "the day after" or "the day before", or a
// part of the day there, and a holiday at j+2 ("the day after Labor Day",
// "the morning after Christmas", "the night before Easter"): the day
// next to the holiday's (holidayDate), with the part of the day. "The
// night after" a holiday is the next day's (the night's happenings
// follow midnight), with no part of the day: "the night after Labor Day"
// is the Tuesday; "the night before" is the eve's night.
func (t *Tagger) dayNextToHoliday(start, j int, det string, the bool) (mention, bool) {
	nx := t.w(j + 1)
	if det != "" || !the || nx != "after" && nx != "before" {
		return mention{}, false
	}
	pod, isPod := partsOfDay[t.w(j)]
	if t.w(j) != "day" && !isPod {
		return mention{}, false
	}
	h, ok := t.matchHoliday(j + 2)
	if !ok || h.det != "" {
		return mention{}, false
	}
	h.start, h.shift = start, 1
	if nx == "before" {
		h.shift = -1
	}
	if pod != "NI" || h.shift < 0 {
		h.pod = pod
	}
	return h, true
}

// detUnit matches a noun after "the" alone (theNoun), a word a determiner
// says something of (detWord), else a unit (matchRelative): "the year",
// "these days", "this morning", "last week", "the next day".
func (t *Tagger) detUnit(start, j int, det string, the bool) (mention, bool) {
	if det == "" && the {
		return t.theNoun(start, j)
	}
	if m, ok, done := t.detWord(start, j, det, the); done {
		return m, ok
	}
	if t.w(j) == "fiscal" && fiscalYearDets.Has(det) && t.w(j+1) == "year" {
		j++
	}
	return t.matchRelative(start, j, det, the)
}

// determiner reads the determiner that opens an expression at i: det is
// the word that points ("last", "next", "first", "past", or "" after "the"
// alone; "this past" is "last"), the whether "the" opens it, and j the
// token after it.
func (t *Tagger) determiner(i int) (det string, the bool, j int) {
	det, j = t.w(i), i+1
	if det == "the" {
		if nx := t.w(j); theDets.Has(nx) {
			return nx, true, j + 1
		}
		return "", true, j
	}
	if det == "this" && t.w(j) == "past" {
		return "last", false, j + 1
	}
	return det, false, j
}

// matchDayBefore reads "the day before", "the day after" said alone (a
// mark of punctuation after it), from "the" at start and "day" at j: a
// day from the last date of the text.
func (t *Tagger) matchDayBefore(start, j int) (mention, bool) {
	nx := t.w(j + 1)
	if nx != "before" && nx != "after" || j+2 < len(t.toks) && t.toks[j+2].kind != tPunct {
		return mention{}, false
	}
	dir := -1
	if nx == "after" {
		dir = 1
	}
	return mention{start: start, end: j + 2, kind: mTheDay, at: j, shift: dir, ofRef: true}, true
}

// unitBefore reads "the year before", "the year after" said alone (a mark
// of punctuation after it), from "the" at start and "year" at j: a count
// of one year from the last date of the text, as "a year earlier" is ("the
// day before" is matchDayBefore's; "the week before" counts from a week
// the text may not name and is left).
func (t *Tagger) unitBefore(start, j int) (mention, bool) {
	u, ok := units[t.w(j)]
	if !ok || u.g != gYear || strings.HasSuffix(t.w(j), "s") || t.toks[j].cap && !t.toks[j].upper {
		return mention{}, false
	}
	nx := t.w(j + 1)
	if nx != "before" && nx != "after" || j+2 < len(t.toks) && t.toks[j+2].kind != tPunct {
		return mention{}, false
	}
	return mention{start: start, end: j + 2, kind: mCount, n: 1, unit: u, rel: nx}, true
}

// theNoun matches "the" and a noun at j with no determiner between: "the
// year", "the year 2000", "the quarter", "the weekend", "the week", "the
// day before", "the full year", "the sixties", and "the" before another
// expression ("the 1990s", "the 8th of November").
func (t *Tagger) theNoun(start, j int) (mention, bool) {
	w := t.w(j)
	if m, ok := t.unitBefore(start, j); ok {
		return m, true // "up from 250 the year before."
	}
	switch w {
	case "year":
		if y, ok := t.yearNum(j + 1); ok {
			return yearMention(start, j+2, y), true
		}
		if m, ok := t.matchSpelledYear(j + 1); ok {
			m.start = start
			return m, true
		}
		if t.seq(j+1, "two", "thousand") {
			return yearMention(start, j+3, 2000), true
		}
		return t.theYear(start, j)
	case "quarter":
		if t.w(j+1) == "-" {
			return mention{}, false // "the quarter-to-quarter comparison"
		}
		// "the quarter a year ago"
		if t.seq(j+1, "a", "year") && (t.w(j+3) == "ago" || t.w(j+3) == "earlier") {
			return mention{start: start, end: j + 4, kind: mTheQuarter, at: j, compare: true}, true
		}
		return mention{start: start, end: j + 1, kind: mTheQuarter, at: j}, true
	case "weekend":
		return mention{start: start, end: j + 1, kind: mRelative, at: j, the: true, unit: units["weekend"]}, true
	case "week":
		// "For the week, the index fell": a week the text does not
		// fix (the trading week? the calendar week?) stays
		// unresolved, in the year under discussion.
		if weekStops.Has(t.w(j + 1)) {
			return mention{}, false
		}
		if t.toks[j].cap && !t.toks[j].upper {
			return mention{}, false // "The Week", a title
		}
		return mention{start: start, end: j + 1, kind: mTheWeek, at: j}, true
	case "day":
		// "later in the day", "earlier in the day": the day of the
		// last date, else the document's.
		var m mention
		ok := false
		if t.w(start-1) == "in" && (t.w(start-2) == "later" || t.w(start-2) == "earlier") {
			m, ok = mention{start: start, end: j + 1, kind: mTheDay, at: j}, true
		}
		if before, ok2 := t.matchDayBefore(start, j); ok2 {
			if ok {
				return m.or(before, true), true
			}
			return before, true
		}
		return m, ok
	case "full":
		if t.w(j+1) == "year" {
			// "the full year": the document's
			return mention{start: start, end: j + 2, kind: mRelative, at: j + 1, det: "this", unit: units["year"]}, true
		}
	}
	if y, ok := decadeWords[w]; ok {
		return eraMention(start, j+1, y, gDecade), true
	}
	if w == "year" || w == "years" {
		return mention{}, false
	}
	// "the 1990s", "the 20th century", "the 8th of November", "the
	// year-earlier quarter": "the" before an atom (a layer below this
	// one: "the the 1990s" is not matched whole).
	// The resolver takes the atom if it is a decade, century, day or
	// quarter.
	if a, ok := t.atom(j); ok {
		return mention{start: start, kind: mTake, inner: a.ptr(), want: wantTheAtom}, true
	}
	return mention{}, false
}

// detWord matches what a determiner says of the word at j besides a unit:
// a stretch of the past, present or future ("these days", "the coming
// months", "in past years", "recent weeks"), "the latest quarter", and
// parts of the day ("this morning", "last night"). done is false when
// the unit after the determiner is left to matchRelative.
func (t *Tagger) detWord(start, j int, det string, the bool) (mention, bool, bool) {
	w := t.w(j)
	if det == "these" {
		if w == "days" {
			return final(refMention(start, j+1, PresentRef), true)
		}
		return final(mention{}, false)
	}
	if det == "coming" && !the {
		if comingPlurals.Has(w) {
			return final(refMention(start, j+1, FutureRef), true)
		}
	}
	if det == "past" && !the {
		// "in past years": the past, like "in recent years".
		if pastPlurals.Has(w) {
			return final(refMention(start, j+1, PastRef), true)
		}
	}
	if det == "recent" {
		if recentPlurals.Has(w) {
			return final(refMention(start, j+1, PastRef), true)
		}
		return final(mention{}, false)
	}
	if det == "latest" && w == "fiscal" && t.w(j+1) == "year" {
		// "the latest fiscal year": last year
		return final(mention{start: start, end: j + 2, kind: mRelative, at: j + 1, det: "last", unit: units["year"]}, true)
	}
	if det == "latest" {
		// "the latest quarter", "the latest period" (yearDate).
		if periodNouns.Has(w) {
			return final(mention{start: start, end: j + 1, kind: mTheQuarter, at: j, det: det, period: w == "period"}, true)
		}
		return final(mention{}, false)
	}
	// Parts of the day: "this morning", "last night".
	if pod, ok := partsOfDay[w]; ok {
		switch det {
		case "this":
			return final(mention{start: start, end: j + 1, kind: mPartOfDay, at: j, pod: pod}, true)
		case "last":
			if lastPartsOfDay.Has(w) && (the || !finalPartDets.Has(t.w(start-1))) {
				// "for one last night together", "their last night
				// in Paris": after an article, a number or a
				// possessive "last" is the final one of a run, no
				// night gone by.
				return final(mention{start: start, end: j + 1, kind: mPartOfDay, at: j, pod: pod, shift: -1}, true)
			}
		}
		return final(mention{}, false)
	}
	return mention{}, false, false
}

// matchRelative reads a unit after a determiner at j: "this week", "last
// year", "the next day", "the following month", "that year", "the same
// day". start is where the expression began and det the determiner ("the"
// alone is det "" with the). relativeDate (resolve.go) counts it from the
// DCT or from the text's last date.
func (t *Tagger) matchRelative(start, j int, det string, the bool) (mention, bool) {
	w := t.w(j)
	u, ok := units[w]
	if !ok || u.time {
		return mention{}, false
	}
	if det == "this" && t.capital(start) && t.capital(j) && !t.toks[start].upper && (start > 0 && !t.sentenceEnd(start-1) && !t.toks[start].nl) {
		return mention{}, false // a title: ABC's "This Week"
	}
	if w[len(w)-1] == 's' && w != "centuries" {
		if the && (det == "coming" || det == "next") && !u.time {
			return mention{start: start, end: j + 1, kind: mValue, typ: "DATE", v: Value{Ref: FutureRef}}, true // "in the coming days"
		}
		return mention{}, false // plural: "the last days"
	}
	end := j + 1
	m := mention{start: start, end: end, kind: mRelative, at: j, det: det, the: the, unit: u}
	switch {
	case det == "this" || det == "current":
		if u.g == gDay {
			return mention{}, false
		}
	case pointingDets.Has(det):
		// Earnings copy compares a quarter with "last year": the same
		// quarter a year before ("$3 million, compared with $2 million
		// last year"), if a quarter is under discussion.
		m.compare = det == "last" && !the && u.g == gYear && t.comparison(start)
		// "the last week of May", "the next month of talks": a part of
		// what follows, not the week before this one (unless it is
		// earnings copy's "last year", which relativeDate tells).
		m.ofPart = (the || t.w(start-1) == "the") && (det == "last" || det == "next") && t.w(end) == "of"
		if the && (u.g == gDecade || u.g == gCentury) && !m.ofPart {
			// "over the past decade": the stretch of time up to now
			return mention{start: start, end: end, kind: mValue, typ: "DURATION", v: durationOf(1, false, u)}, true
		}
		if the && (det == "past" || det == "last") && (u.g == gWeek || u.g == gMonth) && !m.ofPart && t.w(end) != "of" {
			// "over the past week", "in the last month": the stretch of
			// days up to now, which runs over two calendar weeks or
			// months; none of them is its date ("last week" is).
			return mention{start: start, end: end, kind: mValue, typ: "DURATION", v: durationOf(1, false, u)}, true
		}
		if u.g == gDay && (det == "last" || det == "past") {
			return mention{}, false // "the last day of ..."
		}
	case det == "same" || det == "that":
		if sameUnitStops.Has(t.w(end)) {
			return mention{}, false // "the same period last year"
		}
	default:
		return mention{}, false
	}
	return m, true
}

// comparison reports whether the words before token i compare amounts
// ("compared with $2 million", "up from 40 cents").
func (t *Tagger) comparison(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if t.sentenceEnd(k) {
			return false
		}
		if comparisonWords.Has(t.toks[k].low) {
			return true
		}
	}
	return false
}

// presentCopula reports whether token k is "is" or the "'s" of "it's".
func (t *Tagger) presentCopula(k int) bool {
	switch t.w(k) {
	case "is":
		return true
	case "s":
		return t.apostrophe(k - 1)
	}
	return false
}
