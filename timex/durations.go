package timex

// Counts of units: durations ("24 years", "two-day", "for years", "a year
// or two") and the dates they measure from the DCT or from the text's last
// date ("three years ago", "two weeks later", "in five years"), and
// frequencies ("twice a year"). matchCount reads them into mentions;
// resolvecount.go gives them their values (countDate, agoDate,
// anchoredDate).

// bareUnits matches a plural unit with no count after a preposition of
// extent: "for years", "within weeks", "the first time in decades". TIMEX3
// gives it a duration of unknown length (PXY, PXW, PXDE).
func (t *Tagger) bareUnits(i int) (mention, bool) {
	w := t.w(i)
	if w[len(w)-1] != 's' || t.toks[i].cap {
		return mention{}, false
	}
	if !extentPreps.Has(t.w(i - 1)) {
		return mention{}, false
	}
	u, ok := units[w]
	if !ok || u.g == gWeekend || u.code == "Q" {
		return mention{}, false
	}
	if bareUnitStops.Has(t.w(i + 1)) {
		return mention{}, false // "for years of talks", "in years past"
	}
	return valueMention(i, i+1, "DURATION", durationOf(0, true, u)), true
}

// count reads a number of units at i: digits, words ("twenty-four",
// "a"), or a vague count ("several", "a few"). vague is true for the
// latter; end is the token after the count.
func (t *Tagger) count(i int) (n int, vague bool, end int, ok bool) {
	if i >= len(t.toks) {
		return 0, false, 0, false
	}
	tok := &t.toks[i]
	if tok.kind == tNum {
		if tok.num < 0 || tok.digits > 4 {
			return 0, false, 0, false
		}
		return tok.num, false, i + 1, true
	}
	w := tok.low
	switch w {
	case "a", "an":
		switch t.w(i + 1) {
		case "few":
			return 0, true, i + 2, true
		case "couple":
			if t.w(i+2) == "of" {
				return 2, false, i + 3, true
			}
			return 0, false, 0, false
		}
		return 1, false, i + 1, true
	}
	if vagueCounts.Has(w) {
		return 0, true, i + 1, true
	}
	if tens, ok := tensWords[w]; ok {
		k := i + 1
		if t.w(k) == "-" && t.adj(k) {
			k++
		}
		if u, ok := numberWords[t.w(k)]; ok && u < 10 && t.w(k) != "a" && t.w(k) != "an" {
			return tens + u, false, k + 1, true
		}
		return tens, false, i + 1, true
	}
	if n, ok := numberWords[w]; ok {
		if t.w(i+1) == "hundred" {
			return n * 100, false, i + 2, true
		}
		return n, false, i + 1, true
	}
	return 0, false, 0, false
}

// countExpr matches a count of units at i ("24 years", "two-day", "a week
// ago", "two weeks later") and resolves it: a duration, or a date when it
// is measured from the document date or from the previous expression.
// start is where the expression began.
func (t *Tagger) countExpr(start, i int) (mention, bool) {
	if !t.countStart(i) {
		return mention{}, false // most words: no mention to read
	}
	return t.matchCount(start, i)
}

// countStart reports whether a count may start at i (count says whether
// one does): a number, or a word of number or quantity.
func (t *Tagger) countStart(i int) bool {
	if i >= len(t.toks) {
		return false
	}
	if t.toks[i].kind == tNum {
		return true
	}
	return openers[t.toks[i].low]&oCount != 0
}

// matchCount reads a count of units at i into a mention: the count n
// (vague: "several"), the unit, and the word that relates it to another
// time (rel: "ago", "earlier", "later", "before", "after", "from now" and
// "hence" as "ahead"); an open count ("a year or two"); an "in" before it
// that may make it a time ahead ("in five years"). Rates ("$5 a year",
// "twice a week") and counts that can only be stretches ("two-day", "a day
// after the meeting") need no date: the mention carries their value.
func (t *Tagger) matchCount(start, i int) (mention, bool) {
	n, vague, j, ok := t.count(i)
	if !ok {
		return mention{}, false
	}
	// "two or three days": the first count takes the units of the second.
	if t.w(j) == "or" && !vague && j+1 < len(t.toks) && (t.toks[i].kind == tWord) == (t.toks[j+1].kind == tWord) {
		if _, v2, k, ok := t.count(j + 1); ok && !v2 {
			if u, ok := units[t.w(k)]; ok && u.g != gWeekend && t.w(j+1) != "a" && t.w(j+1) != "an" {
				return t.openCount(start, k+1, u), true
			}
		}
	}
	hyphen := false
	if t.w(j) == "-" && t.adj(j) {
		hyphen = true
		j++
	}
	if countExtras.Has(t.w(j)) {
		j++
	}
	u, ok := units[t.w(j)]
	if !ok || u.g == gWeekend {
		return mention{}, false
	}
	singular := t.w(j)[len(t.w(j))-1] != 's' || t.w(j) == "centuries"
	w := t.w(i)
	if (w == "a" || w == "an") && !singular && !vague {
		return mention{}, false
	}
	if !vague && n > 1 && singular && !hyphen && t.toks[i].kind == tNum {
		return mention{}, false // "the 1988 quarter": a year, not a count
	}
	if n == 1 && !singular && t.toks[i].kind == tWord {
		return mention{}, false
	}
	if (w == "a" || w == "an") && t.w(j) == "day" && t.w(j+1) == "of" && (purposeDays.Has(t.w(j+2)) || t.toks[j+2].kind == tWord && purposeDays.Has(t.w(j+3))) {
		// "declared a day of national mourning": a day kept for a
		// purpose, no stretch of time.
		return mention{}, false
	}
	end := j + 1
	if t.w(end) == "-" && t.adj(end) {
		if yearCompounds.Has(t.w(end + 1)) {
			// "a year-earlier loss" is matched at "year".
			return mention{}, false
		}
	}
	// "$5 a year", "twice a week": a frequency.
	if rateArticles.Has(w) && !rateStops.Has(t.w(end)) {
		if i > 0 {
			p := &t.toks[i-1]
			if p.kind == tNum || rateCues.Has(p.low) {
				freq := ""
				switch p.low {
				case "once":
					freq = "1X"
				case "twice":
					freq = "2X"
				}
				s := start
				if freq != "" {
					s = i - 1
				}
				return mention{start: s, end: end, kind: mValue, typ: "SET", v: durationOf(1, false, u), freq: freq}, true
			}
		}
	}
	m := mention{start: start, kind: mCount, n: n, vague: vague, unit: u}
	if t.seq(end, "or", "so", "ago") {
		end += 2 // "a week or so ago"
	}
	if hyphen {
		return mention{start: start, end: end, kind: mValue, typ: "DURATION", v: durationOf(n, vague, u)}, true
	}
	// "a year or two", "two or three weeks": a count the text leaves open.
	if e, ok := t.orCount(end, u); ok {
		return t.openCount(start, e, u), true
	}
	m.end = end
	if w2, ok := t.weekOnDay(start, i, end, n, vague, u); ok {
		// "a week tomorrow", "a week on Tuesday": the day a week after
		// the one named, or the count alone should the day fail.
		return w2.or(m, true), true
	}
	switch t.w(end) {
	case "ago", "earlier", "later", "hence":
		m.rel, m.end = t.w(end), end+1
		if wd, ok := weekdays[t.w(end+1)]; ok && m.rel == "ago" && u.g == gWeek && !vague && t.toks[end+1].cap {
			// "a week ago Thursday": the Thursday of that week, one
			// week before the last Thursday (countDate).
			m.weekday, m.end = wd, end+2
		}
		if u2, ok := units[t.w(end+2)]; ok && (u2.g == gMonth || u2.g == gWeek) && t.w(end+1) == "this" && m.rel == "ago" && m.weekday == 0 && !vague && (u.g == gYear || u.g == gDecade) {
			// "Ten years ago this month, the plant exploded": this
			// month of that year, one expression; "this month" alone
			// would date the happening to now.
			whole := m
			whole.within, whole.end = u2.g, end+3
			return whole.or(m, true), true
		}
	case "before", "after":
		// "a day after the meeting": anchored on an event, not a time.
		if nx := t.w(end + 1); end+1 < len(t.toks) && t.toks[end+1].kind != tPunct && !coordinators.Has(nx) {
			return mention{start: start, end: end, kind: mValue, typ: "DURATION", v: durationOf(n, vague, u)}, true
		}
		m.rel, m.end = t.w(end), end+1
	case "from":
		if t.w(end+1) == "now" {
			m.rel, m.end = "hence", end+2
		}
	}
	if m.rel == "" && !vague && !u.time && t.inCue(start) && !t.vagueCount(end) {
		// "will be redeemed in five years": perhaps the time that far
		// ahead, as the clause's tense will tell.
		m.ahead, m.aheadEnd = true, end
		if t.apostrophe(end) && t.w(end+1) == "time" {
			m.aheadEnd = end + 2 // "in two years' time"
		}
	}
	return m, true
}

// openCount reads a count of units the text leaves open ("a year or two"),
// from token start to end, with the "ago" after it or the "in" before it.
// Resolved (countDate), it is some time past before "ago", some time to
// come in a clause that looks ahead ("in a year or two"), else a stretch of
// unknown length.
func (t *Tagger) openCount(start, end int, u unit) mention {
	m := mention{start: start, end: end, kind: mCount, unit: u, open: true}
	switch {
	case t.w(end) == "ago":
		m.rel, m.end = "ago", end+1
	case !u.time && t.inCue(start):
		m.ahead, m.aheadEnd = true, end
	}
	return m
}

// orCount reads the second count of "a year or two", "two or three
// weeks", "a day or two" after the units that end before token end, and
// returns the token after it.
func (t *Tagger) orCount(end int, u unit) (int, bool) {
	if t.w(end) != "or" {
		return 0, false
	}
	_, vague, e, ok := t.count(end + 1)
	if !ok || vague || t.w(end+1) == "a" || t.w(end+1) == "an" {
		return 0, false
	}
	if u2, ok := units[t.w(e)]; ok && u2.code == u.code {
		e++ // "a year or two years"
	}
	return e, true
}

// vagueCount reports whether the units that end before token end are
// followed by words that make them no point in time: a second count ("a
// year or two"), a relative clause or a complement ("in a quarter that
// lost money", "in five years of talks").
func (t *Tagger) vagueCount(end int) bool {
	return countStops.Has(t.w(end)) && t.w(end+1) != "time"
}

// inCue reports whether the count of units at token start comes after
// "in" with no superlative or "first" before it that makes it the span
// since something last happened ("his first visit in 24 years", "the
// highest level in five years"): it may then name a time ahead, if its
// clause looks ahead (aheadTense, resolvecount.go). The look back stops at
// a modal: a cue before it is another predicate's or the subject's ("The
// talks ended last week and will resume in two weeks", "The road, closed
// since Monday, will reopen in a month").
func (t *Tagger) inCue(start int) bool {
	if t.w(start-1) != "in" {
		return false
	}
	for j := start - 2; j >= 0 && start-j < 40 && !t.sentenceEnd(j); j-- {
		if modals.Has(t.w(j)) && !t.toks[j].cap {
			return true
		}
		if spanCues.Has(t.w(j)) {
			return false
		}
		if w := t.w(j); len(w) > 5 && w[len(w)-3:] == "est" && !notSuperlative.Has(w) {
			return false
		}
	}
	return true
}

// weekOnDay reads British "a week tomorrow", "a week today", "a week
// yesterday" and "a week on Tuesday" after a count of one week from start
// to end: the day named, moved a week on (a week back from "yesterday";
// weekOn, resolved by resolveKind and weekdayDate). "for a week on
// Tuesday" is a stretch that began that day, no such day.
func (t *Tagger) weekOnDay(start, i, end, n int, vague bool, u unit) (mention, bool) {
	if n != 1 || vague || u.g != gWeek || t.toks[i].kind != tWord || t.w(i-1) == "for" || t.w(end-1) != "week" {
		return mention{}, false
	}
	if t.w(end) == "on" && weekdays[t.w(end+1)] != 0 && t.weekdayName(end+1) {
		return mention{start: start, end: end + 2, kind: mWeekday, at: end + 1, weekday: weekdays[t.w(end+1)], weekOn: true}, true
	}
	if shift, ok := weekOnDayWords[t.w(end)]; ok && !t.toks[end].cap && !t.inQuote(end) {
		return mention{start: start, end: end + 1, kind: mDayWord, at: end, shift: shift, weekOn: true}, true
	}
	return mention{}, false
}
