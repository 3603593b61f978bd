package timex

import (
	"strconv"
	"strings"
)

// Resolving years and parts of years: "year-end" and "year-earlier"
// (years.go), "the year" said alone, quarters and halves (parts.go) and
// their codes (codes.go), "the 1988 period" (numbers.go) and "the quarter"
// (relative.go). The year is the one the text writes, else one counted
// from the DCT, else that of the text's last date or quarter (state.go).

// yearDate resolves a mention of a year or of a part of one.
func (t *Tagger) yearDate(m *mention) (result, bool) {
	dct := t.st.dct
	switch m.kind {
	case mYearEnd:
		if m.atEnd {
			// "by year end": the document's year, at its end; "since year
			// end" the year before.
			d := date{y: dct.y, g: gYear}
			if m.since {
				d.y--
			}
			r := dateResult(m.start, m.end, d)
			r.mod = "END"
			return r, true
		}
		// "year-end": the last day of this year, or of the year before in
		// a past clause or after "since".
		y := dct.y
		if m.since || t.tenseAt(m.at) == past {
			y--
		}
		return dateResult(m.start, m.end, date{y: y, m: 12, d: 31, g: gDay}), true
	case mYearAgo:
		// "a year-earlier loss": the quarter under discussion a year
		// before, if a quarter is under discussion, else last year.
		var r result
		if t.st.hasQ && t.st.inQuarter {
			r = dateResult(m.start, m.end, t.st.focusQ().shiftYears(-1))
		} else {
			r = dateResult(m.start, m.end, date{y: dct.y - 1, g: gYear})
		}
		r.compare = true
		return r, true
	case mTheYear:
		// The year the text is about: that of its last date, else the
		// document's.
		if t.st.noDCT && !t.st.hasRef {
			return result{}, false
		}
		return dateResult(m.start, m.end, date{y: t.yearUnderDiscussion(), g: gYear}), true
	case mPart:
		y := t.partYearOf(m)
		if !m.hasYear && m.yearDet == "" && !m.ofTheYear && (m.g == gQuarter || m.g == gHalf) {
			if v, ok := t.reportedPart(m); ok {
				if y, ok = t.reportedYear(m, strings.HasSuffix(t.w(v), "ed")); !ok {
					return result{}, false
				}
			}
		}
		r := dateResult(m.start, m.end, date{y: y, q: m.n, g: m.g})
		r.fiscal, r.compare = m.fiscal, m.compare
		return r, true
	case mPeriodYear:
		// "the 1988 period" of earnings copy: the quarter under
		// discussion, in that year; after "the nine months" or "the
		// year" the period under discussion is no quarter, and the year
		// is all the text fixes.
		var r result
		if m.period && t.st.hasQ && !t.st.inQuarter {
			r = dateResult(m.start, m.end, date{y: m.year, g: gYear})
		} else {
			r = dateResult(m.start, m.end, date{y: m.year, q: t.latestQuarter().q, g: gQuarter})
		}
		r.compare = m.year < dct.y
		return r, true
	case mTheQuarter:
		if m.det == "latest" {
			// "the latest quarter": the last one reported, the quarter
			// before the document's; "the latest period" only once a
			// quarter was named.
			if m.period && !t.st.hasQ {
				return result{}, false
			}
			return dateResult(m.start, m.end, dct.as(gQuarter).shift(-1)), true
		}
		if m.compare {
			// "the quarter a year ago"
			r := dateResult(m.start, m.end, t.latestQuarter().shiftYears(-1))
			r.compare = true
			return r, true
		}
		q := t.latestQuarter()
		if n, ok := t.quarterEnding(m.end); ok && q.q != 0 && n != q.q {
			// "the quarter ending Dec. 31", said in November: not the
			// quarter under discussion, and the year of the date is not
			// read here; "the quarter ended Oct. 31" is a fiscal one. No
			// date is better than a wrong one. A fiscal quarter under
			// discussion (QX) names no calendar quarter to contradict.
			return result{}, false
		}
		return dateResult(m.start, m.end, q), true
	}
	return result{}, false
}

// quarterEnding reads the end date written after "the quarter" from token
// j: a word of a stretch (year-stretch-cues: "ended", "ending", "to";
// "that ends") and a month with its day or not ("ended Sept. 30", "ending 31 December",
// "ended in June"). It gives the calendar quarter that date closes (0 if
// it closes none: "ended Oct. 31", a fiscal quarter), and false when no
// such date follows.
func (t *Tagger) quarterEnding(j int) (int, bool) {
	if w := t.w(j); w == "that" || w == "which" {
		j++ // "the quarter that ends in December"
	}
	if w := t.w(j); !yearStretchCues.Has(w) && w != "ends" && w != "end" {
		return 0, false
	}
	j++
	if t.w(j) == "in" {
		j++
	}
	day := 0
	if j < len(t.toks) && t.toks[j].kind == tNum {
		day, _ = strconv.Atoi(t.w(j))
		j++
	}
	mon, ok := monthNames[t.w(j)]
	if !ok {
		if mon, ok = monthAbbrevs[t.w(j)]; !ok {
			return 0, false
		}
	}
	if t.w(j+1) == "." {
		j++ // "Sept. 30"
	}
	if day == 0 && j+1 < len(t.toks) && t.toks[j+1].kind == tNum {
		day, _ = strconv.Atoi(t.w(j + 1))
	}
	last := 31
	if mon == 6 || mon == 9 {
		last = 30
	}
	if mon%3 != 0 || day != 0 && day != last {
		return 0, true
	}
	return mon / 3, true
}

// yearUnderDiscussion is the year of the text's last date, else the DCT's.
func (t *Tagger) yearUnderDiscussion() int {
	if t.st.hasRef {
		return t.st.ref.y
	}
	return t.st.dct.y
}

// partYearOf is the year of a quarter or half: the one the text writes
// (two digits in the century nearest the DCT), the one a determiner
// points to ("last year's first half"), the year under discussion ("the
// second half of the year"), else partYear's.
func (t *Tagger) partYearOf(m *mention) int {
	switch {
	case m.hasYear && m.short:
		base := t.st.dct.y
		y := base - base%100 + m.year
		if y > base+50 {
			y -= 100
		} else if y < base-50 {
			y += 100
		}
		return y
	case m.hasYear:
		return m.year
	case m.yearDet != "":
		d, _ := t.detShift(m.yearDet, gYear)
		return d.y
	case m.ofTheYear:
		return t.yearUnderDiscussion()
	}
	y := t.partYear(m.at, m.n, m.g)
	if y == t.st.dct.y && t.lastPartResults(m) {
		// "will report results for the fourth quarter", said in
		// January: the results of the quarter just ended, last year's.
		y--
	}
	return y
}

// reportedPart reports whether the quarter or half of m is the period of
// results a verb of part-report-verbs reports: "will report fourth-quarter
// results", "posted its first-half profit", "reported results for the
// third quarter". Results come out once the period has begun, mostly
// after it ends (reportedYear). It gives the verb's token.
func (t *Tagger) reportedPart(m *mention) (int, bool) {
	j := m.start - 1
	if t.w(m.start) != "the" && t.w(j) == "the" {
		j--
	}
	after := false
	if t.w(j) == "for" && resultWords.Has(t.w(j-1)) {
		j -= 2
	} else {
		for k := m.end; k < m.end+3 && k < len(t.toks) && t.toks[k].kind == tWord && !t.toks[k].cap; k++ {
			if resultWords.Has(t.w(k)) {
				after = true
				break
			}
		}
		if !after {
			return 0, false
		}
	}
	for n := 0; n < 2 && j > 0 && partReportSkips.Has(t.w(j)); n++ {
		j--
	}
	return j, j >= 0 && partReportVerbs.Has(t.w(j))
}

// reportedYear is the year of the reported quarter or half of m: the last
// such period that ends by the month after the DCT's ("will report
// fourth-quarter results", said in March 2025: 2024-Q4; "will post
// first-quarter earnings next month", said in March: this year's); what
// was reported (done, a past form) ended before the DCT's month. One
// that ended more than three months before the DCT ("reported fourth-quarter results", said in
// October) is a fiscal period, whose calendar the text does not give: no
// date.
func (t *Tagger) reportedYear(m *mention, done bool) (int, bool) {
	months := 3
	if m.g == gHalf {
		months = 6
	}
	dct := t.st.dct
	y := dct.y
	if done && months*m.n >= dct.m || !done && months*m.n > dct.m+1 {
		y--
	}
	if dct.y*12+dct.m-(y*12+months*m.n) > 3 {
		return 0, false
	}
	return y, true
}

// lastPartResults reports whether the quarter or half of m, written
// without a year, is the last of its year, said in the first quarter or
// half of the next, and the period a result is for: a result word
// (result-words) before "for" ("a loss for the fourth quarter") or
// after it ("fourth-quarter results"). "Sales
// in the fourth quarter are likely to rise", said in March, forecasts
// this year's.
func (t *Tagger) lastPartResults(m *mention) bool {
	last, cur := 4, quarterOfMonth(t.st.dct.m)
	if m.g == gHalf {
		last, cur = 2, (t.st.dct.m-1)/6+1
	}
	if m.n != last || cur != 1 {
		return false
	}
	if t.w(m.start-1) == "for" && resultWords.Has(t.w(m.start-2)) {
		return true
	}
	// "Netflix will report fourth-quarter results on Tuesday", "fourth
	// quarter net profit", said in January or February, when the results
	// of the period just ended come out: the quarter modifies a result
	// word, at most two words on. Later ("Analysts expect second-half
	// sales to improve", in May) the words may forecast this year's.
	if t.st.dct.m > 2 {
		return false
	}
	for j := m.end; j < m.end+3 && j < len(t.toks) && t.toks[j].kind == tWord && !t.toks[j].cap; j++ {
		if resultWords.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// partYear is the year of quarter or half n named without one: this
// year's, unless it has not begun yet and the clause at token i speaks of
// the past, or it ended more than three months ago and the clause speaks
// of the future ("The merger will close in the first quarter", said in
// October, is next year's; "will report third-quarter results" is the
// quarter just ended). A future seen from the past ("said it would
// reopen the mine in the fourth quarter", "planned to", in August) is of
// a quarter or half still ahead this year, once the DCT is past the first
// quarter (in the first, last year's periods are still being told of).
func (t *Tagger) partYear(i, n int, g gran) int {
	y := t.st.dct.y
	cur := quarterOfMonth(t.st.dct.m)
	end := 3 * n
	if g == gHalf {
		cur = (t.st.dct.m-1)/6 + 1
		end = 6 * n
	}
	tn := t.tenseAt(i)
	if n > cur && tn != future && !(tn == reportedFuture && t.st.dct.m > 3) {
		y--
	}
	if t.st.dct.m-end > 3 && tn == future {
		y++
	}
	return y
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
