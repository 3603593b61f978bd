package timex

// Months and days of the month: "April 25, 2019", "Nov. 8", "8 November
// 2023" (with numbers.go), "August 1988", "May", "last April", "January
// this year". The year of a month or day written without one is inferred
// here (inferYear) from the DCT and the tense of the clause (tense.go).

// dayNum reports a day of the month at i ("25", "25th").
func (t *Tagger) dayNum(i int) (day, end int, ok bool) {
	if i >= len(t.toks) {
		return 0, 0, false
	}
	tok := &t.toks[i]
	if tok.kind != tNum || tok.digits < 1 || tok.digits > 2 || tok.num < 1 || tok.num > 31 {
		return 0, 0, false
	}
	end = i + 1
	if end < len(t.toks) && !t.toks[end].space {
		switch t.w(end) {
		case "st", "nd", "rd", "th":
			end++
		case "%":
			return 0, 0, false
		default:
			if t.toks[end].kind == tWord {
				return 0, 0, false
			}
		}
	}
	// "March 6-9" is a range; "March 6.5" a number.
	if end < len(t.toks) && !t.toks[end].space && t.w(end) == "." && end+1 < len(t.toks) && t.toks[end+1].kind == tNum && !t.toks[end+1].space {
		return 0, 0, false
	}
	return tok.num, end, true
}

// monthExpr matches the dates built on a month name at i: "April 25, 2019",
// "Nov. 8", "August 1988", "May" ... dayFirst, if not 0, is a day already
// read before the month ("8 November 2023"), and i then may be preceded by
// it.
func (t *Tagger) monthExpr(i int, dayFirst int) (result, bool) {
	w := t.w(i)
	m, full := monthNames[w]
	abbr := false
	if !full {
		m, abbr = monthAbbrevs[w]
		if !abbr {
			return result{}, false
		}
	}
	if !t.capital(i) {
		return result{}, false
	}
	j := i + 1
	if abbr && t.w(j) == "." && t.adj(j) {
		j++
	} else if abbr && (w == "mar" || w == "jun" || w == "jul" || w == "jan" || w == "dec") {
		// Without a period these are names too often ("Jan", "Dec").
		if _, _, ok := t.dayNum(j); !ok {
			return result{}, false
		}
	}
	start := i
	if dayFirst > 0 {
		y, hasYear := 0, false
		k := j
		if t.w(k) == "," {
			k++
		}
		if yy, ok := t.yearNum(k); ok {
			y, hasYear, j = yy, true, k+1
		}
		return t.monthDay(start, j, m, dayFirst, y, hasYear, i)
	}
	if day, k, ok := t.dayNum(j); ok {
		// "April 25, 2019", "April 25 2019", "Nov. 8"
		e := k
		y, hasYear := 0, false
		if t.w(e) == "," {
			if yy, ok := t.yearNum(e + 1); ok {
				y, hasYear, e = yy, true, e+2
			}
		} else if yy, ok := t.yearNum(e); ok {
			y, hasYear, e = yy, true, e+1
		}
		if m == 9 && day == 11 && !hasYear && sept11Words[t.w(e)] {
			// "the Sept. 11 attacks", "the Sept. 11 commission": news
			// names the 2001 attacks by their date.
			y, hasYear = 2001, true
		}
		return t.monthDay(start, e, m, day, y, hasYear, i)
	}
	// "January nineteen ninety-seven"
	if r, ok := t.spelledYear(j); ok {
		return dateResult(start, r.end, date{y: r.d.y, m: m, g: gMonth}), true
	}
	// "August 1988", "March, 1996", "May of 2001"
	k := j
	if t.w(k) == "," || t.w(k) == "of" {
		k++
	}
	if y, ok := t.yearNum(k); ok && !abbr || ok && t.w(j-1) == "." {
		d := date{y: y, m: m, g: gMonth}
		return dateResult(start, k+1, d), true
	}
	if abbr && !(t.w(i+1) == "." && t.adj(i+1) && (monthPreps[t.w(i-1)] || t.w(i-1) == "-")) {
		return result{}, false
	}
	// A month alone. "May" and "March" are verbs too: they count as the
	// month only after a preposition or similar ("in May", "last March").
	prev := t.w(i - 1)
	if (w == "may" || w == "march") && !monthPreps[prev] && prev != "-" {
		return result{}, false
	}
	if w == "may" && (t.w(j) == "'" || t.w(j) == "\u2019") {
		return result{}, false // "May's" is a name
	}
	if w == "may" && t.w(j) == "day" && t.capital(j) {
		return result{}, false // "May Day" is a holiday, not the month
	}
	if !monthPreps[prev] && prev != "-" && prev != "," && prev != "(" {
		// Sentence-initial or after a name: "April Ryan", "June Carter".
		if t.toks[i].kind == tWord && j < len(t.toks) && t.toks[j].cap && t.toks[j].kind == tWord && !t.toks[j].upper {
			return result{}, false
		}
	}
	end := j
	// "January this year", "September last year"
	switch t.w(end) {
	case "this", "last", "next":
		if t.w(end+1) == "year" {
			y := t.st.dct.y
			if t.w(end) == "last" {
				y--
			} else if t.w(end) == "next" {
				y++
			}
			return dateResult(start, end+2, date{y: y, m: m, g: gMonth}), true
		}
	}
	var y int
	switch prev {
	case "last", "past":
		// The most recent such month ("last April", said in October),
		// but the month just ended is "last month": "last February" said
		// in March is a year back ("this past February" is not).
		y = t.st.dct.y
		if m >= t.st.dct.m || m == t.st.dct.m-1 && prev == "last" {
			y--
		}
	case "next", "coming":
		y = t.st.dct.y
		if m <= t.st.dct.m {
			y++
		}
	case "this":
		y = t.st.dct.y
	default:
		y = t.inferYear(i, m, 0)
	}
	d := date{y: y, m: m, g: gMonth, yx: t.st.noDCT}
	start2 := start
	if prev == "last" || prev == "next" || prev == "this" || prev == "past" || prev == "coming" {
		start2 = i - 1
	}
	return dateResult(start2, end, d), true
}

// monthDay finishes a day date; without a year the year is inferred.
func (t *Tagger) monthDay(start, end, m, day, y int, hasYear bool, at int) (result, bool) {
	if !hasYear && t.st.noDCT {
		if day > 31 || m == 2 && day > 29 || (m == 4 || m == 6 || m == 9 || m == 11) && day > 30 {
			return result{}, false
		}
		return dateResult(start, end, date{m: m, d: day, g: gDay, yx: true}), true
	}
	if !hasYear {
		y = t.inferYear(at, m, day)
	}
	if !validDay(y, m, day) {
		return result{}, false
	}
	return dateResult(start, end, date{y: y, m: m, d: day, g: gDay}), true
}

// inferYear gives the year of a month (and day, if not 0) written without
// one: the nearest such month to the document date, but a past-tense clause
// does not look more than two months ahead, and a future one not more than
// two months back.
func (t *Tagger) inferYear(at, m, day int) int {
	dct := t.st.dct
	y := dct.y
	diff := m - dct.m // months from the document date, within the same year
	if diff > 6 {
		y, diff = y-1, diff-12
	} else if diff < -6 {
		y, diff = y+1, diff+12
	}
	if diff == 0 && day != 0 {
		return y
	}
	tn, k := t.clauseTense(at)
	switch tn {
	case past:
		// "in December" after a past verb that is not one of saying tells
		// when something happened, so the month is behind the document
		// date ("changed to a calendar year in December", said in
		// October). Other prepositions may point ahead of a past verb
		// ("extended to Nov. 16", "gave it until mid-November"), and so
		// may a verb of saying ("announced job cuts in December").
		// "since January" counts from a month behind, whatever the verb.
		if diff > 2 || diff > 0 && (t.w(at-1) == "since" || day == 0 && t.w(at-1) == "in" && k >= 0 && k < at && !reportingVerbs[t.w(k)]) {
			y--
		}
	case future:
		if diff < 0 || diff == 0 && day != 0 && day < dct.d {
			y++
		}
	case reportedFuture:
		if diff < -2 {
			y++
		}
	}
	return y
}
