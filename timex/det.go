package timex

import "strconv"

// detExpr matches expressions that start with a determiner: "last week",
// "this year", "the next day", "the third quarter", "next Friday", "the
// past two months", "the future".
func (t *Tagger) detExpr(i int) (result, bool) {
	start := i
	the := false
	det := t.w(i)
	j := i + 1
	if det == "the" {
		the = true
		switch nx := t.w(j); nx {
		case "past", "last", "next", "coming", "previous", "following", "latest",
			"same", "current", "first", "prior", "recent", "upcoming", "present", "future":
			det = nx
			j++
		default:
			det = ""
		}
	} else if det == "this" && t.w(j) == "past" {
		det = "last"
		j++
	}
	if t.w(j) == "near" && det == "" && t.w(j+1) == "future" {
		return refResult(start, j+2, "FUTURE_REF"), true
	}
	// "in the near term", "in the short term": the time just ahead. (The
	// long term and the run of "in the long run" name no time.)
	if the && det == "" && (t.w(j) == "near" || t.w(j) == "short") && t.w(j+1) == "term" {
		return refResult(start, j+2, "FUTURE_REF"), true
	}
	// References: "the future", "the past", "the present".
	switch det {
	case "future":
		if the {
			return refResult(start, j, "FUTURE_REF"), true
		}
		return result{}, false
	case "present":
		if the && t.w(j) != "day" {
			return refResult(start, j, "PRESENT_REF"), true
		}
		return result{}, false
	case "past":
		if the {
			if _, _, _, ok := t.count(j); !ok {
				if _, ok := units[t.w(j)]; !ok {
					return refResult(start, j, "PAST_REF"), true
				}
			}
		}
	}
	// "the past two months", "the first nine months", "the six months"
	switch det {
	case "", "past", "last", "next", "first", "coming", "following", "previous", "latest", "recent", "prior":
		if _, _, _, ok := t.count(j); ok && (the || det != "") {
			if r, ok := t.countExpr(start, j); ok && r.typ == "DURATION" {
				return r, true
			}
		}
	}
	w := t.w(j)
	// "the first quarter", "the last half of 1989"
	if the && (det == "first" || det == "last") && (w == "quarter" || w == "half" || w == "fiscal") {
		if r, ok := t.ordinalExpr(j-1, date{}, false, start); ok {
			return r, true
		}
	}
	// "the previous Friday", "the following Monday": from the last date.
	if wd, ok := weekdays[w]; ok && the && (det == "previous" || det == "following" || det == "prior") && t.capital(j) {
		if !t.st.hasRef || t.st.ref.g != gDay {
			return result{}, false
		}
		ref := t.st.ref
		cur := ref.weekday()
		var d date
		if det == "following" {
			d = ref.addDays((wd-cur+6)%7 + 1)
		} else {
			d = ref.addDays(-((cur-wd+6)%7 + 1))
		}
		return dateResult(start, j+1, d), true
	}
	// Weekdays and months: "last Friday", "next May".
	if _, ok := weekdays[w]; ok && det != "" && !the {
		return t.weekdayExpr(start, j, det)
	}
	if _, ok := monthNames[w]; ok && !the {
		if r, ok := t.monthExpr(j, 0); ok {
			if det == "this" || det == "last" || det == "next" || det == "past" || det == "coming" {
				r.start = start
			}
			return r, true
		}
		return result{}, false
	}
	if _, ok := seasons[w]; ok {
		return t.seasonExpr(start, j, det)
	}
	if _, ok := ordinals[w]; ok && det == "" {
		// "Today is the eighth day of the strike", "it's the second day
		// of the offensive": a count of days that names the present day.
		if t.w(j+1) == "day" && t.w(j+2) == "of" && the && t.presentCopula(start-1) && !t.st.noDCT {
			return dateResult(start, j+2, t.st.dct), true
		}
		return t.ordinalExpr(j, date{}, false, start)
	}
	if w == "fiscal" {
		if _, ok := ordinals[t.w(j+1)]; ok {
			return t.ordinalExpr(j+1, date{}, false, start)
		}
		if det == "" && the && t.w(j+1) == "year" {
			// "for the fiscal year" is the year under discussion, like
			// "the year"; "the fiscal year ended June 30" a stretch.
			if r, ok := t.theYear(start, j+1); ok {
				return r, true
			}
			return result{start: start, end: j + 2, typ: "DURATION", val: "P1Y"}, true
		}
	}
	// "this year's third quarter", "last year's first half"
	if w == "year" && (t.w(j+1) == "'" || t.w(j+1) == "\u2019") && t.w(j+2) == "s" {
		if y, ok := t.detShift(det, gYear); ok {
			if _, ok := ordinals[t.w(j+3)]; ok {
				if r, ok := t.ordinalExpr(j+3, y, true, start); ok {
					return r, true
				}
			}
			return dateResult(start, j+1, y), true
		}
	}
	// "that night", "the next morning", "the previous evening": a part of
	// the last day the text named, or of the day next to it.
	if pod, ok := partsOfDay[w]; ok && t.st.hasRef && t.st.ref.g == gDay && !t.st.ref.yx {
		shift, ok := 0, the || det == "that"
		switch det {
		case "that", "same":
		case "next", "following":
			shift = 1
		case "previous", "prior":
			shift = -1
		default:
			ok = false
		}
		if ok && t.w(j+1) != "of" {
			return result{start: start, end: j + 1, typ: "TIME", val: t.st.ref.addDays(shift).value() + "T" + pod}, true
		}
	}
	if det == "" && the {
		switch w {
		case "year":
			if y, ok := t.yearNum(j + 1); ok {
				return dateResult(start, j+2, date{y: y, g: gYear}), true
			}
			if r, ok := t.spelledYear(j + 1); ok {
				r.start = start
				return r, true
			}
			if t.w(j+1) == "two" && t.w(j+2) == "thousand" {
				return dateResult(start, j+3, date{y: 2000, g: gYear}), true
			}
			return t.theYear(start, j)
		case "quarter":
			if t.w(j+1) == "-" {
				return result{}, false // "the quarter-to-quarter comparison"
			}
			// "the quarter a year ago"
			if t.w(j+1) == "a" && t.w(j+2) == "year" && (t.w(j+3) == "ago" || t.w(j+3) == "earlier") {
				r := dateResult(start, j+4, t.latestQuarter().shiftYears(-1))
				r.compare = true
				return r, true
			}
			return dateResult(start, j+1, t.latestQuarter()), true
		case "weekend":
			return dateResult(start, j+1, t.weekend(j, "")), true
		case "week":
			// "For the week, the index fell": a week the text does not
			// fix (the trading week? the calendar week?) stays
			// unresolved, in the year under discussion.
			switch t.w(j + 1) {
			case "of", "before", "after", "ended", "ending", "to", "that", "when", "in", "-", "earlier", "later", "ago":
				return result{}, false
			}
			if t.toks[j].cap && !t.toks[j].upper || t.st.noDCT {
				return result{}, false // "The Week", a title
			}
			y := t.st.dct.y
			if t.st.hasRef {
				y = t.st.ref.y
			}
			return refResult(start, j+1, strconv.Itoa(y)+"-WXX"), true
		case "day":
			// "later in the day", "earlier in the day": the day of the
			// last date, else the document's.
			if t.w(start-1) == "in" && (t.w(start-2) == "later" || t.w(start-2) == "earlier") && !t.st.noDCT {
				d := t.st.dct
				if t.st.hasRef && t.st.ref.g == gDay {
					d = t.st.ref
				}
				return dateResult(start, j+1, d), true
			}
			// "the day before", "the day after" said alone: from the
			// last date of the text.
			if nx := t.w(j + 1); (nx == "before" || nx == "after") && (j+2 >= len(t.toks) || t.toks[j+2].kind == tPunct) {
				if t.st.hasRef && t.st.ref.g == gDay {
					dir := -1
					if nx == "after" {
						dir = 1
					}
					return dateResult(start, j+2, t.st.ref.addDays(dir)), true
				}
			}
			return result{}, false
		case "full":
			if t.w(j+1) == "year" {
				return dateResult(start, j+2, date{y: t.st.dct.y, g: gYear}), true
			}
		}
		if y, ok := decadeWords[w]; ok {
			return dateResult(start, j+1, date{y: y, g: gDecade}), true
		}
		if w == "year" || w == "years" {
			return result{}, false
		}
		// "the 1990s", "the 20th century", "the 8th of November", "the
		// year-earlier quarter"
		if r, ok := t.inner(j); ok && r.typ == "DATE" && (r.d.g == gDecade || r.d.g == gCentury || r.d.g == gDay || r.d.g == gQuarter) {
			r.start = start
			return r, true
		}
		return result{}, false
	}
	if det == "these" {
		if w == "days" {
			return refResult(start, j+1, "PRESENT_REF"), true
		}
		return result{}, false
	}
	if det == "coming" && !the {
		switch w {
		case "years", "months", "weeks", "days", "decades", "quarters":
			return refResult(start, j+1, "FUTURE_REF"), true
		}
	}
	if det == "past" && !the {
		// "in past years": the past, like "in recent years".
		switch w {
		case "years", "months", "weeks", "decades", "quarters":
			return refResult(start, j+1, "PAST_REF"), true
		}
	}
	if det == "recent" {
		switch w {
		case "years", "months", "weeks", "days", "decades", "times":
			return refResult(start, j+1, "PAST_REF"), true
		}
		return result{}, false
	}
	if det == "latest" && w == "fiscal" && t.w(j+1) == "year" {
		return dateResult(start, j+2, date{y: t.st.dct.y - 1, g: gYear}), true
	}
	if det == "latest" {
		// "the latest quarter": the last one reported, the quarter before
		// the document's.
		if w == "quarter" || w == "period" && t.st.hasQ {
			return dateResult(start, j+1, t.st.dct.as(gQuarter).shift(-1)), true
		}
		return result{}, false
	}
	// Parts of the day: "this morning", "last night".
	if pod, ok := partsOfDay[w]; ok {
		switch det {
		case "this":
			return result{start: start, end: j + 1, typ: "TIME", val: t.st.dct.value() + "T" + pod}, true
		case "last":
			if w == "night" || w == "evening" {
				return result{start: start, end: j + 1, typ: "TIME", val: t.st.dct.addDays(-1).value() + "T" + pod}, true
			}
		}
		return result{}, false
	}
	if w == "fiscal" && (det == "current" || det == "this" || det == "last" || det == "next" || det == "latest") && t.w(j+1) == "year" {
		j++
		w = t.w(j)
	}
	u, ok := units[w]
	if !ok || u.time {
		return result{}, false
	}
	if det == "this" && t.capital(start) && t.capital(j) && !t.toks[start].upper && (start > 0 && !t.sentenceEnd(start-1) && !t.toks[start].nl) {
		return result{}, false // a title: ABC's "This Week"
	}
	if w[len(w)-1] == 's' && w != "centuries" {
		if the && (det == "coming" || det == "next") && !u.time {
			return refResult(start, j+1, "FUTURE_REF"), true // "in the coming days"
		}
		return result{}, false // plural: "the last days"
	}
	end := j + 1
	switch det {
	case "this", "current":
		if u.g == gDay {
			return result{}, false
		}
		if u.g == gWeekend {
			return dateResult(start, end, t.weekend(j, "this")), true
		}
		d, _ := coarsen(t.st.dct, u.g)
		return dateResult(start, end, d), true
	case "last", "past", "previous", "prior", "next", "coming", "upcoming", "following":
		// Earnings copy compares a quarter with "last year": the same
		// quarter a year before ("$3 million, compared with $2 million
		// last year").
		if det == "last" && !the && u.g == gYear && t.st.hasQ && t.st.inQuarter && t.comparison(start) {
			r := dateResult(start, end, t.st.focusQ().shiftYears(-1))
			r.compare = true
			return r, true
		}
		if (the || t.w(start-1) == "the") && (det == "last" || det == "next") && t.w(end) == "of" {
			// "the last week of May", "the next month of talks": a part
			// of what follows, not the week before this one.
			return result{}, false
		}
		if the && (u.g == gDecade || u.g == gCentury) {
			// "over the past decade": the stretch of time up to now
			return result{start: start, end: end, typ: "DURATION", val: durationValue(1, false, u)}, true
		}
		dir := 1
		if det == "last" || det == "past" || det == "previous" || det == "prior" {
			dir = -1
		}
		if u.g == gWeekend {
			return dateResult(start, end, t.weekend(j, det)), true
		}
		// "The next day", "the following week", "the previous year" count
		// from the previous expression; "next week", "last year" from the
		// document date.
		anchored := det == "following" || (the && (det == "previous" || det == "prior")) || (the && det == "next" && (u.g == gDay || t.tenseAt(j) == past))
		if u.g == gDay && !anchored {
			if det == "last" || det == "past" {
				return result{}, false // "the last day of ..."
			}
			anchored = true
		}
		base := t.st.dct
		if anchored {
			if !t.st.hasRef {
				return result{}, false
			}
			base = t.st.ref
		}
		d, ok := coarsen(base, u.g)
		if !ok {
			return result{}, false
		}
		return dateResult(start, end, d.shift(dir)), true
	case "same", "that":
		if !t.st.hasRef {
			return result{}, false
		}
		if t.w(end) == "last" || t.w(end) == "a" || t.w(end) == "of" {
			return result{}, false // "the same period last year"
		}
		d, ok := coarsen(t.st.ref, u.g)
		if !ok {
			return result{}, false
		}
		return dateResult(start, end, d), true
	}
	return result{}, false
}

// detShift gives the document's unit shifted as a determiner says: "this
// year", "last year", "next year".
func (t *Tagger) detShift(det string, g gran) (date, bool) {
	d, _ := coarsen(t.st.dct, g)
	switch det {
	case "this", "current":
		return d, true
	case "last", "past", "previous":
		return d.shift(-1), true
	case "next", "coming":
		return d.shift(1), true
	}
	return date{}, false
}

// latestQuarter is "the quarter" of earnings copy: the last quarter named,
// else the last full quarter before the document date.
func (t *Tagger) latestQuarter() date {
	if t.st.hasQ {
		return t.st.focusQ()
	}
	return t.st.dct.as(gQuarter).shift(-1)
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
	default:
		if t.tenseAt(at) == past && wd < 6 {
			sat = dct.addDays(-(wd + 1))
		} else {
			sat = dct.addDays(6 - wd)
		}
	}
	d := sat.weekOf()
	d.g = gWeekend
	return d
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ordinalExpr matches "third quarter", "third-quarter", "first half", "20th
// century" at the ordinal i; year, if has, is the year given before
// ("this year's third quarter").
func (t *Tagger) ordinalExpr(i int, year date, has bool, start ...int) (result, bool) {
	s := i
	if len(start) > 0 {
		s = start[0]
	}
	n, ok := ordinals[t.w(i)]
	if !ok {
		return result{}, false
	}
	if n < 1 {
		if t.w(i+1) != "half" {
			return result{}, false
		}
		n = 2 // "the last half of 1989"
	}
	j := i + 1
	if t.w(j) == "-" && t.adj(j) {
		j++
	}
	if t.w(j) == "fiscal" {
		j++
	}
	switch t.w(j) {
	case "quarter", "half":
	case "century":
		return dateResult(s, j+1, date{y: (n - 1) * 100, g: gCentury}), true
	default:
		return result{}, false
	}
	g := gQuarter
	if t.w(j) == "half" {
		g = gHalf
		if n > 2 {
			return result{}, false
		}
	} else if n > 4 {
		return result{}, false
	}
	end := j + 1
	// "the last half of the '80s", "the first half of the century": a part
	// of a decade or century, not a half-year.
	if g == gHalf && !has && t.w(end) == "of" {
		if r, ok := t.inner(end + 1); ok && r.typ == "DATE" && r.d.g <= gDecade && r.d.g != gNone && r.val != "" && !isRef(r.val) {
			r.start = s
			r.mod = "START"
			if n == 2 {
				r.mod = "END"
			}
			return r, true
		}
	}
	y := 0
	switch {
	case has:
		y = year.y
	default:
		k := end
		if t.w(k) == "of" || t.w(k) == "," {
			k++
			if t.w(k) == "fiscal" {
				k++
			}
		}
		if yy, ok := t.yearNum(k); ok {
			y, end = yy, k+1
		} else if t.w(end) == "of" && (t.w(end+1) == "this" || t.w(end+1) == "last" || t.w(end+1) == "next") && t.w(end+2) == "year" {
			d, _ := t.detShift(t.w(end+1), gYear)
			y, end = d.y, end+3
		} else if t.w(end) == "of" && t.w(end+1) == "the" && t.w(end+2) == "year" && t.w(end+3) != "-" {
			// "the second half of the year": of the year under
			// discussion, as "the year" alone is.
			y = t.st.dct.y
			if t.st.hasRef {
				y = t.st.ref.y
			}
			end += 3
		} else {
			y = t.partYear(i, n, g)
		}
	}
	d := date{y: y, q: n, g: g}
	r := dateResult(s, end, d)
	r.fiscal = t.w(i-1) == "fiscal" || t.w(j-1) == "fiscal"
	return r, true
}

// partYear is the year of quarter or half n named without one: this
// year's, unless it has not begun yet and the clause at token i speaks of
// the past.
func (t *Tagger) partYear(i, n int, g gran) int {
	y := t.st.dct.y
	cur := quarterOfMonth(t.st.dct.m)
	if g == gHalf {
		cur = (t.st.dct.m-1)/6 + 1
	}
	if n > cur && t.tenseAt(i) != future {
		y--
	}
	return y
}

// seasonExpr matches "summer", "last fall", "the winter of 1994".
func (t *Tagger) seasonExpr(start, i int, det string) (result, bool) {
	s := seasons[t.w(i)]
	prev := t.w(start - 1)
	end := i + 1
	y := t.st.dct.y
	k := end
	if t.w(k) == "of" {
		k++
	}
	if yy, ok := t.yearNum(k); ok {
		return dateResult(start, k+1, date{y: yy, q: s, g: gSeason}), true
	}
	if r, ok := t.spelledYear(k); ok && t.w(end) == "of" {
		return dateResult(start, r.end, date{y: r.d.y, q: s, g: gSeason}), true
	}
	// A season written with a capital inside a sentence, or before
	// another name, is a name: "Spring Valley", "the Arab Spring", "The
	// Fall of Saigon". News writes the seasons in lower case.
	if t.capital(i) && (!t.sentenceStart(i) || t.nameNext(i) || t.w(i+1) == "of" && t.capital(i+2)) {
		return result{}, false
	}
	cur := 0
	switch m := t.st.dct.m; {
	case m >= 3 && m <= 5:
		cur = 1
	case m >= 6 && m <= 8:
		cur = 2
	case m >= 9 && m <= 11:
		cur = 3
	case m == 12:
		cur = 4
	}
	switch det {
	case "this", "current":
	case "last", "past", "previous":
		if s >= cur {
			y--
		}
	case "next", "coming":
		if s <= cur {
			y++
		}
	case "":
		if start == i && !seasonPreps[prev] {
			return result{}, false
		}
		if start != i && t.w(start) != "the" {
			return result{}, false
		}
	default:
		return result{}, false
	}
	return dateResult(start, end, date{y: y, q: s, g: gSeason}), true
}

// yearWord matches "year-end", "year-earlier", "year-ago", "year 2000".
func (t *Tagger) yearWord(i int) (result, bool) {
	if t.w(i+1) == "-" && t.adj(i+1) {
		switch t.w(i + 2) {
		case "end":
			y := t.st.dct.y
			if t.tenseAt(i) == past || t.w(i-1) == "since" {
				y--
			}
			return dateResult(i, i+3, date{y: y, m: 12, d: 31, g: gDay}), true
		case "earlier", "ago":
			end := i + 3
			var r result
			switch t.w(end) {
			case "quarter", "period":
				end++
			}
			if _, ok := ordinals[t.w(end)]; ok {
				// "the year-earlier third quarter"
				if q, ok := t.ordinalExpr(end, date{y: t.st.dct.y - 1, g: gYear}, true, i); ok {
					q.compare = true
					return q, true
				}
			}
			if t.st.hasQ && t.st.inQuarter {
				r = dateResult(i, end, t.st.focusQ().shiftYears(-1))
			} else {
				r = dateResult(i, end, date{y: t.st.dct.y - 1, g: gYear})
			}
			r.compare = true
			return r, true
		}
	}
	if y, ok := t.yearNum(i + 1); ok {
		return dateResult(i, i+2, date{y: y, g: gYear}), true
	}
	// "by year end", "by year's end"
	if t.w(i+1) == "end" || (t.w(i+1) == "'" || t.w(i+1) == "\u2019") && t.w(i+2) == "s" && t.w(i+3) == "end" {
		end := i + 2
		if t.w(i+1) != "end" {
			end = i + 4
		}
		d := date{y: t.st.dct.y, g: gYear}
		if t.w(i-1) == "since" {
			d.y--
		}
		return result{start: i, end: end, typ: "DATE", val: d.value(), mod: "END", d: d, concrete: true}, true
	}
	return result{}, false
}

// spelledYear matches a year in words: "nineteen ninety-six".
func (t *Tagger) spelledYear(i int) (result, bool) {
	if t.w(i) != "nineteen" {
		return result{}, false
	}
	tens, ok := tensWords[t.w(i+1)]
	if !ok {
		return result{}, false
	}
	y := 1900 + tens
	end := i + 2
	k := end
	if t.w(k) == "-" {
		k++
	}
	if u, ok := numberWords[t.w(k)]; ok && u < 10 && t.w(k) != "a" && t.w(k) != "an" {
		y += u
		end = k + 1
	}
	return dateResult(i, end, date{y: y, g: gYear}), true
}

// setExpr matches "every week", "each year", "every Monday", "per year".
func (t *Tagger) setExpr(i int) (result, bool) {
	j := i + 1
	if t.w(j) == "other" {
		j++
	}
	if wd, ok := weekdays[t.w(j)]; ok {
		return result{start: i, end: j + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd), quant: "EVERY"}, true
	}
	if m, ok := monthNames[t.w(j)]; ok && t.capital(j) && t.w(i) != "per" {
		return result{start: i, end: j + 1, typ: "SET", val: date{m: m, g: gMonth, yx: true}.value(), quant: "EVERY"}, true
	}
	n := 1
	if c, vague, k, ok := t.count(j); ok && !vague && t.toks[j].low != "a" {
		n, j = c, k
	}
	if t.w(i+1) == "other" {
		n = 2
	}
	u, ok := units[t.w(j)]
	if !ok || u.g == gWeekend {
		return result{}, false
	}
	quant := "EVERY"
	if t.w(i) == "per" {
		quant = ""
	}
	return result{start: i, end: j + 1, typ: "SET", val: durationValue(n, false, u), quant: quant}, true
}

// comparison reports whether the words before token i compare amounts
// ("compared with $2 million", "up from 40 cents").
func (t *Tagger) comparison(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if t.sentenceEnd(k) {
			return false
		}
		switch t.toks[k].low {
		case "compared", "from", "versus", "against":
			return true
		}
	}
	return false
}

// theYear matches "the year" said alone at j ("a high for the year", "the
// first nine months of the year"): the year the text is about, that of its
// last date, else the document's. A year bounded by a date ("the year
// ended Sept. 30", "the year to March") is a twelve-month stretch, not a
// calendar year. "the year before", "the year of the flood", "the year
// that ..." name another year and stay untagged, as does a title ("Man of
// the Year").
func (t *Tagger) theYear(start, j int) (result, bool) {
	if t.toks[j].cap && !t.toks[j].upper {
		return result{}, false
	}
	switch t.w(j + 1) {
	case "ended", "ending", "to", "through", "till", "until":
		return result{start: start, end: j + 1, typ: "DURATION", val: "P1Y"}, true
	}
	switch t.w(start - 1) {
	case "throughout", "over":
		// "throughout the year": the whole stretch of it.
		return result{start: start, end: j + 1, typ: "DURATION", val: "P1Y"}, true
	}
	switch t.w(j + 1) {
	case "of":
		// "a high for the year of $42" gives an amount, not another year.
		if nx := t.w(j + 2); nx != "$" && nx != "#" && nx != "\u00a3" && nx != "\u20ac" && (j+2 >= len(t.toks) || t.toks[j+2].kind != tNum) {
			return result{}, false
		}
	case "in":
		if t.w(j+2) == "which" {
			return result{}, false // "the year in which ..."
		}
	case "before", "after", "earlier", "later", "ago", "when", "that", "which",
		"-", "since", "he", "she", "they", "we", "i", "it", "you", "round", "around", "from", "and", "or":
		return result{}, false
	}
	if nx := t.w(j + 1); nx == "was" || nx == "is" {
		if _, ok := t.yearNum(j + 2); ok {
			return result{}, false // "the year was 1968": the number says it
		}
	}
	if t.st.noDCT && !t.st.hasRef {
		return result{}, false
	}
	y := t.st.dct.y
	if t.st.hasRef {
		y = t.st.ref.y
	}
	return dateResult(start, j+1, date{y: y, g: gYear}), true
}

// presentCopula reports whether token k is "is" or the "'s" of "it's".
func (t *Tagger) presentCopula(k int) bool {
	switch t.w(k) {
	case "is":
		return true
	case "s":
		return t.w(k-1) == "'" || t.w(k-1) == "\u2019"
	}
	return false
}
