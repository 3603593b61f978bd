package timex

// Weekdays: "Friday", "last Friday", "Friday morning", "Friday, Nov. 3",
// "Tue June 18, 2024". A bare weekday is resolved here (resolveWeekday) by
// the tense of its clause (tense.go) or the day of saying; "the following
// Monday" is read in relative.go (detExpr), the end of "Tuesday to
// Thursday" in ranges.go, a plural ("Mondays") in core (match.go).

// weekdayExpr matches a weekday at i ("Friday", "Friday morning",
// "Friday, Nov. 3"); start is where the expression began (a determiner) and
// det the determiner ("last", "next", "this", "").
func (t *Tagger) weekdayExpr(start, i int, det string) (result, bool) {
	wd := weekdays[t.w(i)]
	if !t.capital(i) {
		return result{}, false
	}
	// Names, not days: "The Sunday Times", "the Wednesday Club", "Black
	// Friday", "Super Tuesday".
	if (t.w(i-1) == "the" && t.nameNext(i)) || weekdayNamePrefixes[t.w(i-1)] && t.capital(i-1) {
		return result{}, false
	}
	j := i + 1
	if r, ok := t.dayDateAt(j); ok {
		r.start = start
		return r, true
	}
	if t.st.noDCT {
		return result{start: start, end: j, typ: "DATE", v: weekdayPattern(wd)}, true
	}
	dct := t.st.dct
	cur := dct.weekday()
	var d date
	switch det {
	case "last", "past":
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		d = dct.addDays(-back)
	case "next", "coming":
		fwd := (wd - cur + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		d = dct.addDays(fwd)
	default:
		d = t.resolveWeekday(i, wd, det == "this")
		if prev, ok := t.rangeStart(start); ok && d.before(prev) {
			// "from Tuesday to Thursday": a range does not end before it
			// starts; its end is the first such day after the start.
			f := (wd - prev.weekday() + 7) % 7
			if f == 0 {
				f = 7
			}
			d = prev.addDays(f)
			break
		}
		if (t.w(j) == "'" || t.w(j) == "\u2019") && t.w(j+1) == "s" && closedWords[t.w(j+2)] {
			// "a premium over Thursday's closing price": a market's
			// close is known only once it is past, whatever the tense.
			back := (cur - wd + 7) % 7
			d = dct.addDays(-back)
		}
	}
	if pod, ok := partsOfDay[t.w(j)]; ok {
		return result{start: start, end: j + 1, typ: "TIME", v: timeOn(d, pod), d: d}, true
	}
	return dateResult(start, j, d), true
}

// dayDateAt matches the day date that may follow a weekday's name at token
// k, after an optional comma: "Friday, Nov. 3", "Monday 17 June", "Friday,
// 14 June 2024". The date says it all.
func (t *Tagger) dayDateAt(k int) (result, bool) {
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
		return result{}, false
	}
	r, ok := t.monthExpr(m, day)
	if !ok || r.d.g != gDay {
		return result{}, false
	}
	return r, true
}

// resolveWeekday finds the day of a bare weekday by the tense of its clause:
// past looks back (the most recent one on or before the document date),
// future forward, reported future and present to the nearest one.
func (t *Tagger) resolveWeekday(at, wd int, this bool) date {
	dct := t.st.dct
	cur := dct.weekday()
	back := (cur - wd + 7) % 7
	fwd := (wd - cur + 7) % 7
	tn, k := t.clauseTense(at)
	switch {
	case tn == future:
		return dct.addDays(fwd)
	case tn == past:
		return dct.addDays(-back)
	case tn == reportedFuture:
		// "said Saturday it would march on Sunday": seen from the day
		// of saying, when the sentence names it before.
		if said, ok := t.dayOfSaying(at); ok {
			f := (wd - said.weekday() + 7) % 7
			if f == 0 {
				f = 7
			}
			return said.addDays(f)
		}
		if fwd < back {
			return dct.addDays(fwd)
		}
		return dct.addDays(-back)
	case tn == present:
		// "the ministry says Monday": a weekday right after a verb of
		// saying is the day of saying, which is past or today.
		if sv := t.w(k); (sv == "says" || sv == "say") && (k == at-1 || k == at-2 && t.w(at-1) == "on") {
			return dct.addDays(-back)
		}
		// "the trial opens Monday": what the calendar holds lies ahead,
		// unless it began yesterday and is still going on ("Berg hosts
		// Ruiz from Tuesday to Thursday", said on Wednesday).
		if k >= 0 && scheduledVerbs[t.w(k)] {
			if back <= 1 {
				return dct.addDays(-back)
			}
			return dct.addDays(fwd)
		}
		if fwd < back {
			return dct.addDays(fwd)
		}
		return dct.addDays(-back)
	}
	if this {
		return dct.addDays(fwd)
	}
	return dct.addDays(-back)
}

// dayOfSaying is the day named earlier in the sentence of token at ("said
// Saturday it would ..."), if it is a past day of the document's week or
// before.
func (t *Tagger) dayOfSaying(at int) (date, bool) {
	if len(t.out) == 0 || !t.st.hasRef || t.st.ref.g != gDay {
		return date{}, false
	}
	last := t.out[len(t.out)-1]
	lo := at
	for lo > 0 && at-lo < 40 && !t.sentenceEnd(lo-1) && !t.toks[lo].nl {
		lo--
	}
	if last.Start < t.toks[lo].start || last.Type != "DATE" || last.Value != t.st.ref.value() {
		return date{}, false
	}
	d := t.st.ref
	if d.time().After(t.st.dct.time()) || t.st.dct.time().Sub(d.time()).Hours() > 24*7 {
		return date{}, false
	}
	return d, true
}

// abbrevWeekdayDate matches an abbreviated weekday before a day date at
// token i: "Tue June 18, 2024", "Wed., Nov. 8", "Mon 17 June". The date
// decides the day.
func (t *Tagger) abbrevWeekdayDate(i int) (result, bool) {
	if !weekdayAbbrevs[t.w(i)] || !t.capital(i) {
		return result{}, false
	}
	k := i + 1
	if t.w(k) == "." && t.adj(k) {
		k++
	}
	r, ok := t.dayDateAt(k)
	if !ok {
		return result{}, false
	}
	r.start = i
	return r, true
}
