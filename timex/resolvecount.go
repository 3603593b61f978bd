package timex

// The resolution of counts of units (matchCount, durations.go): "three
// years ago" and "two years from now" from the DCT, "two weeks later" and
// "a year earlier" from the text's last date (or the quarter under
// discussion in earnings copy), "in five years" ahead when the clause looks
// ahead, else a duration.

// countDate resolves a count of units.
func (t *Tagger) countDate(m mention) (result, bool) {
	n, vague, u := m.n, m.vague, m.unit
	if m.open {
		switch {
		case m.rel == "ago":
			return refResult(m.start, m.end, PastRef), true
		case m.ahead && t.aheadTense(m.start):
			return refResult(m.start, m.aheadEnd, FutureRef), true
		}
		return result{start: m.start, end: m.end, typ: "DURATION", v: durationOf(0, true, u)}, true
	}
	dur := durationOf(n, vague, u)
	if t.w(m.end) == "than" && (m.rel == "earlier" || m.rel == "later") {
		// "announced two days earlier than planned": a comparison with
		// a plan, whose day the text does not give, not a day so many
		// before the last date.
		return result{start: m.start, end: m.end - 1, typ: "DURATION", v: dur}, true
	}
	switch m.rel {
	case "ago":
		if m.weekday != 0 {
			// "a week ago Thursday", "two weeks ago Friday": the
			// weekday's last day on or before the DCT, so many weeks
			// before.
			dct := t.st.dct
			back := (dct.weekday() - m.weekday + 7) % 7
			return dateResult(m.start, m.end, dct.addDays(-back-7*n)), true
		}
		if m.within != gNone {
			// "ten years ago this month": with no DCT, "ten years ago"
			// alone (the alternative).
			if t.st.noDCT {
				return result{}, false
			}
			k := n
			if u.g == gDecade {
				k = 10 * n
			}
			if m.within == gWeek {
				return dateResult(m.start, m.end, t.st.dct.shiftYears(-k).as(gWeek)), true
			}
			return dateResult(m.start, m.end, t.st.dct.as(gMonth).shiftYears(-k)), true
		}
		if r, ok := t.roughAgo(m, n, u); ok {
			return r, true
		}
		return t.agoDate(m.start, m.end, n, vague, u, t.st.dct, false), true
	case "earlier", "before":
		return t.anchoredDate(m.start, m.end, n, vague, u, -1, dur)
	case "later", "after":
		return t.anchoredDate(m.start, m.end, n, vague, u, 1, dur)
	case "hence":
		return t.agoDate(m.start, m.end, -n, vague, u, t.st.dct, true), true
	}
	if m.ahead && t.aheadTense(m.start) {
		// "will be redeemed in five years": the time that far ahead.
		return t.agoDate(m.start, m.aheadEnd, -n, false, u, t.st.dct, true), true
	}
	return result{start: m.start, end: m.end, typ: "DURATION", v: dur}, true
}

// aheadTense reports whether the clause of a count after "in" (inCue) looks
// ahead ("will reopen in two weeks", "would be redeemed in five years",
// "the bridge opens in a month"), so that the count names a time ahead of
// the document date rather than a stretch.
func (t *Tagger) aheadTense(start int) bool {
	if t.st.noDCT {
		return false
	}
	tn, k := t.clauseTense(start - 1)
	return tn == future || tn == reportedFuture || tn == present && k >= 0 && scheduledVerbs.Has(t.w(k))
}

// agoDate is the date n units before base ("two years ago"); forward counts
// ("two years from now") come with n negative.
func (t *Tagger) agoDate(start, end, n int, vague bool, u unit, base date, forward bool) result {
	if vague || u.time {
		ref := PastRef
		if forward {
			ref = FutureRef
		}
		if u.time {
			return result{start: start, end: end, typ: "TIME", v: Value{Ref: ref}}
		}
		return refResult(start, end, ref)
	}
	// "a year ago" in earnings copy means the same quarter a year ago.
	if u.g == gYear && n == 1 && t.st.hasQ && t.st.inQuarter {
		r := dateResult(start, end, t.st.focusQ().shiftYears(-1))
		r.compare = true
		return r
	}
	g := u.g
	k := n
	switch u.g {
	case gDecade:
		g, k = gYear, 10*n
	case gCentury:
		g, k = gYear, 100*n
	}
	if u.code == "2W" {
		k = 2 * n
	}
	d, _ := coarsen(base, g)
	d, ok := roundMonths(d.shift(-k), g, k)
	if !ok {
		ref := PastRef
		if forward {
			ref = FutureRef
		}
		return refResult(start, end, ref)
	}
	return dateResult(start, end, d)
}

// roundMonths gives the date d that a count of k units of g gives, as it
// is, unless the count is of a year or more of months ("18 months ago",
// "30 months later"): a round figure, whose month is a guess. Then it is
// the year, if the months a sixth of the count either side of d (three
// for 18) are all in it ("18 months ago", in a December 2016 story, is
// 2015, not 2015-06), else no date (false). Whole years of months are
// years ("24 months ago" is the year "two years ago" gives).
func roundMonths(d date, g gran, k int) (date, bool) {
	if g != gMonth || k < 12 {
		return d, true
	}
	w := k / 6
	if lo, hi := d.shift(-w), d.shift(w); k%12 == 0 || lo.y == d.y && hi.y == d.y {
		return date{y: d.y, g: gYear}, true
	}
	return date{}, false
}

// anchoredDate is the date n units before (dir -1) or after (dir 1) the
// previous expression of the text ("two weeks later", "a year earlier").
func (t *Tagger) anchoredDate(start, end, n int, vague bool, u unit, dir int, dur Value) (result, bool) {
	if vague || u.time {
		return result{start: start, end: end - 1, typ: "DURATION", v: dur}, true
	}
	if u.g == gYear && n == 1 && dir < 0 && t.st.hasQ && t.st.inQuarter {
		r := dateResult(start, end, t.st.focusQ().shiftYears(-1))
		r.compare = true
		return r, true
	}
	if !t.st.hasRef {
		if dir < 0 && !((u.g == gDay || u.g == gWeek) && t.narrativePast(start, end)) {
			// With nothing to anchor on, "earlier" is counted from the
			// document date, like "ago".
			return t.agoDate(start, end, n, vague, u, t.st.dct, false), true
		}
		return result{start: start, end: end - 1, typ: "DURATION", v: dur}, true
	}
	g := u.g
	k := n
	switch u.g {
	case gDecade:
		g, k = gYear, 10*n
	case gCentury:
		g, k = gYear, 100*n
	}
	if u.code == "2W" {
		// "A fortnight earlier": two weeks each, as agoDate counts them.
		k = 2 * n
	}
	d, ok := coarsen(t.st.ref, g)
	if !ok {
		return result{start: start, end: end - 1, typ: "DURATION", v: dur}, true
	}
	d, ok = roundMonths(d.shift(dir*k), g, k)
	if !ok {
		return result{start: start, end: end - 1, typ: "DURATION", v: dur}, true
	}
	r := dateResult(start, end, d)
	// "Output rose in 2019 from a year earlier": a time named for the
	// comparison of amounts does not move the text on to it, so a second
	// "a year earlier" is counted from 2019 again.
	r.compare = dir < 0 && t.comparison(start)
	return r, true
}

// narrativePast reports whether the sentence of a count "earlier" or
// "before" (tokens start to end) tells a happening in the simple or past
// perfect past, with no present, future or present perfect in it: "A man
// fired four days earlier from his job walked into his old office" counts
// from the shooting the story tells, which a follow-up filed days later does
// not date, so the days before the DCT would be a wrong day and the count
// is left a duration. A sentence that speaks from now counts from the DCT
// ("the two leaders, who held talks a day earlier, have said little").
func (t *Tagger) narrativePast(start, end int) bool {
	seen := false
	for k := t.clauseStart(start); k < len(t.toks); k++ {
		if k < start || k >= end {
			switch m := t.marker(k); {
			case presentSaying.Has(t.w(k)):
				// "Investigators say the gunman had bought the rifle
				// two weeks earlier": the saying is now, what is said
				// is told in the past.
			case m == present || m == future || perfectAuxes.Has(t.w(k)):
				return false
			case m == past:
				seen = true
			}
		}
		if t.sentenceEnd(k) || k+1 < len(t.toks) && t.toks[k+1].nl {
			break
		}
	}
	return seen
}

// roughAgo resolves a count back from the DCT that the words before it
// make a bound or an estimate, to the precision the text gives. A bound
// ("more than 150 years ago", "at least a decade ago"; count-bounds)
// puts the time before the date the count gives, by no one knows how
// much: it is the past, not that year. An estimate ("about 30 years ago",
// "nearly 40 years ago", "some 20 years ago"; count-estimates) is the
// count's date give or take a sixth of the count, as roundMonths reads a
// round figure: exact while that is less than one unit ("nearly four
// years ago", "about two weeks ago"), else the next coarser unit (month,
// year) if the whole window lies in one, else the past. ok is false when
// no such word stands before the count, or the count is exact enough.
func (t *Tagger) roughAgo(m mention, n int, u unit) (result, bool) {
	if t.st.noDCT || u.time || n <= 0 {
		return result{}, false
	}
	prev := t.w(m.start - 1)
	if countBounds.Has(t.w(m.start-2)+"-"+prev) || countBounds.Has(prev) {
		return refResult(m.start, m.end, PastRef), true
	}
	if !countEstimates.Has(prev) {
		return result{}, false
	}
	g, k := u.g, n
	switch u.g {
	case gDecade:
		g, k = gYear, 10*n
	case gCentury:
		g, k = gYear, 100*n
	case gWeek:
		if u.code == "2W" {
			k = 2 * n
		}
	}
	w := k / 6
	if w == 0 {
		return result{}, false
	}
	var lo, hi date
	var up gran
	switch g {
	case gDay, gWeek:
		// Counted in days from the DCT's day, so that the window's
		// ends are days of a month.
		days := 1
		if g == gWeek {
			days = 7
		}
		dct := t.st.dct
		lo, hi = dct.addDays(-days*(k+w)), dct.addDays(-days*(k-w))
		up = gMonth
	case gMonth:
		d, _ := coarsen(t.st.dct, g)
		d = d.shift(-k)
		lo, hi = d.shift(-w), d.shift(w)
		up = gYear
	default:
		return refResult(m.start, m.end, PastRef), true
	}
	a, ok1 := coarsen(lo, up)
	b, ok2 := coarsen(hi, up)
	if !ok1 || !ok2 || a != b {
		return refResult(m.start, m.end, PastRef), true
	}
	return dateResult(m.start, m.end, a), true
}
