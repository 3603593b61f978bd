package timex

import "unicode"

// Weekdays: "Friday", "last Friday", "Friday morning", "Friday, Nov. 3",
// "Tue June 18, 2024". The matchers here read the words into a mention
// (its weekday, determiner, part of the day) with no date; resolve.go
// (weekdayDate) finds the day from the DCT, the tense of the clause and
// the day of saying. "The following Monday" is read in relative.go
// (detExpr), the end of "Tuesday to Thursday" in ranges.go, a plural
// ("Mondays") in core (match.go).

// weekdayExpr matches a weekday at i ("Friday", "Friday morning",
// "Friday, Nov. 3"); start is where the expression began (a determiner) and
// det the determiner ("last", "next", "this", ""), and resolves it.
func (t *Tagger) weekdayExpr(start, i int, det string) (mention, bool) {
	if !t.weekdayName(i) {
		return mention{}, false
	}
	return t.matchWeekday(start, i, det)
}

// weekdayName reports whether the weekday at i names a day: capitalised,
// not any one ("on a Friday afternoon"), not a kind of the noun after it
// ("a Sunday newspaper", "Sunday school"), and not part of a name ("The
// Sunday Times", "the Wednesday Club", "Black Friday", "Super Tuesday").
func (t *Tagger) weekdayName(i int) bool {
	if !t.capital(i) || weekdayIndefinites.Has(t.w(i-1)) && !t.attributive(i) {
		return false
	}
	if weekdayKindNouns.Has(t.w(i+1)) && !t.capital(i+1) {
		return false // "a Sunday newspaper", "the Sunday papers"
	}
	if t.weekdaySlot(i) {
		return false // "its Saturday opening hours", "the Sunday bus services"
	}
	if t.w(i-1) == "good" && t.capital(i-1) && t.holidayName(i+1) {
		return false // "the Good Friday Agreement"
	}
	return !((t.w(i-1) == "the" && t.nameNext(i)) || weekdayNamePrefixes.Has(t.w(i-1)) && t.capital(i-1))
}

// weekdaySlot reports whether the weekday at i, after a determiner or a
// possessive ("the", "its", "the branch's"), qualifies a noun of a
// timetable (weekday-slot-nouns) right after it or after one more word in
// lower case ("its Saturday opening hours", "the branch's Saturday reading
// hour", "the Sunday bus services"). News English names a slot that comes
// back every week so, not a day: what is restored, cut or moved is the
// timetable. A weekday with no determiner before it ("On Saturday service
// resumes") is left a day.
func (t *Tagger) weekdaySlot(i int) bool {
	p := t.w(i - 1)
	if p != "the" && !possessives.Has(p) && !(p == "s" && t.apostrophe(i-2)) {
		return false
	}
	for j := i + 1; j <= i+2; j++ {
		if j >= len(t.toks) || t.toks[j].kind != tWord || t.capital(j) {
			return false
		}
		if weekdaySlotNouns.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// attributive reports whether the weekday at i, with its part of the day,
// tells of the noun after it ("a Tuesday news conference", "a Monday
// evening vigil"): the noun is any one, the day is the calendar's. A
// weekday followed by a comma, a preposition or a clause ("on a Friday
// afternoon, just as", "a Thursday night in 2009") is itself any one.
func (t *Tagger) attributive(i int) bool {
	j := i + 1
	if _, ok := partsOfDay[t.w(j)]; ok {
		j++
	}
	w := t.w(j)
	if w == "" || !unicode.IsLower(rune(w[0])) || t.capital(j) {
		return false
	}
	return !prepositions.Has(w) && !clauseOpeners.Has(w) && !coordinators.Has(w)
}

// matchWeekday reads the weekday at i, with the part of the day after it
// ("Friday morning") and whether a market's close follows ("Thursday's
// closing price"). A day date after it ("Friday, Nov. 3") says it all:
// the mention is the date's, with the weekday's as its alternative (alt)
// should the date name no real day.
func (t *Tagger) matchWeekday(start, i int, det string) (mention, bool) {
	m := mention{start: start, end: i + 1, kind: mWeekday, at: i, det: det, weekday: weekdays[t.w(i)]}
	j := i + 1
	m.closed = t.possessive(j) && closedWords.Has(t.w(j+2))
	if pod, ok := partsOfDay[t.w(j)]; ok {
		m.pod, m.end = pod, j+1
	}
	if n, ok := weekOfDets[t.w(m.end+1)]; ok && t.w(m.end) == "of" && t.w(m.end+2) == "week" && m.det == "" {
		// "Thursday of next week", "Monday of this week"
		m.weekOf, m.weekShift, m.end = true, n, m.end+3
	}
	if m.det == "" && !m.weekOf {
		// "Thursday of that week", "Thursday that week"
		switch {
		case t.w(m.end) == "of" && t.w(m.end+1) == "that" && t.w(m.end+2) == "week":
			m.thatWeek, m.end = true, m.end+3
		case t.w(m.end) == "that" && t.w(m.end+1) == "week":
			m.thatWeek, m.end = true, m.end+2
		}
	}
	if m.det == "" && m.pod == "" && !m.weekOf && !m.thatWeek && t.w(m.end) == "week" && !t.capital(m.end) && t.weekEnds(m.end+1) {
		// "until Thursday week", "on Saturday week.": the weekday a
		// week after the next one (weekdayDate).
		m.weekOn, m.end = true, m.end+1
	}
	if d, ok := t.dayDateAt(i + 1); ok {
		alt := m // allocated only here
		d.start, d.alt, d.named = start, &alt, m.weekday
		return d, true
	}
	return m, true
}

// dayDateAt reads the day date that may follow a weekday's name at token
// k, after an optional comma: "Friday, Nov. 3", "Monday 17 June", "Friday,
// 14 June 2024".
func (t *Tagger) dayDateAt(k int) (mention, bool) {
	if t.w(k) == "," {
		k++
	}
	m, day := k, 0
	if d, e, ok := t.dayNum(k); ok {
		m, day = e, d // day first, as British copy writes it
	}
	_, mn := monthNames[t.w(m)]
	_, ma := monthAbbrevs[t.w(m)]
	if !mn && !ma {
		return mention{}, false
	}
	d, ok := t.matchMonth(m, day)
	if !ok || d.kind != mDay {
		return mention{}, false
	}
	return d, true
}

// abbrevWeekdayDate matches an abbreviated weekday before a day date at
// token i ("Tue June 18, 2024", "Wed., Nov. 8", "Mon 17 June") and
// resolves it.
func (t *Tagger) abbrevWeekdayDate(i int) (mention, bool) {
	return t.matchAbbrevWeekdayDate(i)
}

// matchAbbrevWeekdayDate reads an abbreviated weekday and the day date
// after it, which decides the day.
func (t *Tagger) matchAbbrevWeekdayDate(i int) (mention, bool) {
	if !weekdayAbbrevs.Has(t.w(i)) || !t.capital(i) {
		return mention{}, false
	}
	k := i + 1
	if t.w(k) == "." && t.adj(k) {
		k++
	}
	d, ok := t.dayDateAt(k)
	d.start = i
	return d, ok
}

// weekEnds reports whether the word at j ends "Thursday week" as a phrase
// of its own: nothing, a mark, or a preposition, a conjunction or a
// clause's opener after it, not a noun "week" is the head of ("a Monday
// week of talks" is no day).
func (t *Tagger) weekEnds(j int) bool {
	if j >= len(t.toks) || t.toks[j].kind == tPunct {
		return true
	}
	w := t.w(j)
	return !t.capital(j) && (prepositions.Has(w) || coordinators.Has(w) || clauseOpeners.Has(w)) && w != "of"
}
