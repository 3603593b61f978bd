package timex

// Months and days of the month: "April 25, 2019", "Nov. 8", "8 November
// 2023" (with numbers.go), "August 1988", "May", "last April", "January
// this year". matchMonth reads the words into a mention (month, day, the
// year if the text writes one, the determiner); resolve.go (monthDate,
// dayDate) gives the year of a month or day written without one, from the
// DCT and the tense of the clause (inferYear).

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
		switch w := t.w(end); {
		case ordinalSuffixes.Has(w):
			end++
		case w == "%":
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

// monthExpr matches the dates built on a month name at i and resolves
// them: "April 25, 2019", "Nov. 8", "August 1988", "May" ... dayFirst, if
// not 0, is a day already read before the month ("8 November 2023").
func (t *Tagger) monthExpr(i int, dayFirst int) (mention, bool) {
	return t.matchMonth(i, dayFirst)
}

// matchMonth reads the dates built on a month name at i: a day and maybe a
// year ("April 25, 2019", "Nov. 8"), a month and a year ("August 1988",
// "January this year"), or a month alone with the determiner before it
// ("May", "last April"). dayFirst, if not 0, is a day already read before
// the month ("8 November 2023"), and i then may be preceded by it.
func (t *Tagger) matchMonth(i int, dayFirst int) (mention, bool) {
	w := t.w(i)
	m, full := monthNames[w]
	abbr := false
	if !full {
		m, abbr = monthAbbrevs[w]
		if !abbr {
			return mention{}, false
		}
	}
	if !t.capital(i) {
		return mention{}, false
	}
	j := i + 1
	if abbr && t.w(j) == "." && t.adj(j) {
		j++
	} else if abbr && nameAbbrevs.Has(w) {
		// Without a period these are names too often ("Jan", "Dec").
		if _, _, ok := t.dayNum(j); !ok {
			return mention{}, false
		}
	}
	start := i
	if q, ok := t.monthQuarter(i, j, m, full, dayFirst); ok {
		return q, true
	}
	day := mention{start: start, kind: mDay, at: i, month: m}
	if dayFirst > 0 {
		k := j
		if t.w(k) == "," {
			k++
		}
		if yy, ok := t.yearNum(k); ok {
			day.year, day.hasYear, j = yy, true, k+1
		}
		j = t.yearOfDet(&day, j)
		if !day.hasYear && t.dayInName(t.dayStart(i), j) {
			return mention{}, false
		}
		day.day, day.end = dayFirst, j
		return day, true
	}
	d, dk, ok := t.dayNum(j)
	if !ok && full {
		// "July Fourth", "March fifth": the day as an ordinal word.
		d, dk, ok = t.dayOrdinalAfter(i, j)
	}
	if ok {
		k := dk
		// "April 25, 2019", "April 25 2019", "Nov. 8"
		e := k
		if t.w(e) == "," {
			if yy, ok := t.yearNum(e + 1); ok {
				day.year, day.hasYear, e = yy, true, e+2
			}
		} else if yy, ok := t.yearNum(e); ok {
			day.year, day.hasYear, e = yy, true, e+1
		}
		e = t.yearOfDet(&day, e)
		if !day.hasYear && t.dayInName(i, e) {
			return mention{}, false
		}
		if m == 9 && d == 11 && !day.hasYear && sept11Words.Has(t.w(e)) {
			// "the Sept. 11 attacks", "the Sept. 11 commission": news
			// names the 2001 attacks by their date.
			day.year, day.hasYear = 2001, true
		}
		day.day, day.end = d, e
		return day, true
	}
	month := mention{start: start, kind: mMonth, at: i, month: m}
	// "January nineteen ninety-seven"
	if y, ok := t.matchSpelledYear(j); ok {
		month.year, month.hasYear, month.end = y.year, true, y.end
		return month, true
	}
	// "August 1988", "March, 1996", "May of 2001"
	k := j
	if t.w(k) == "," || t.w(k) == "of" {
		k++
	}
	if y, ok := t.yearNum(k); ok && !abbr || ok && t.w(j-1) == "." {
		month.year, month.hasYear, month.end = y, true, k+1
		return month, true
	}
	if abbr && !(t.w(i+1) == "." && t.adj(i+1) && (monthPreps.Has(t.w(i-1)) || t.w(i-1) == "-")) {
		return mention{}, false
	}
	// A month alone. "May" and "March" are verbs too: they count as the
	// month only after a preposition or similar ("in May", "last March").
	prev := t.w(i - 1)
	if verbMonths.Has(w) && !monthPreps.Has(prev) && prev != "-" && !t.comparedMonth(i) && !t.namingMonth(i) {
		return mention{}, false
	}
	if w == "may" && t.apostrophe(j) {
		return mention{}, false // "May's" is a name
	}
	if w == "may" && t.w(j) == "day" && t.capital(j) {
		return mention{}, false // "May Day" is a holiday, not the month
	}
	if prev == "and" && t.givenNameBefore(i-2) && j < len(t.toks) && t.toks[j].cap && t.toks[j].kind == tWord && !t.toks[j].upper {
		// "Harold and June Pressley": after "and" and a first name, a
		// month name before a capitalised word is a first name too;
		// "March and June Smith said" joins two months.
		return mention{}, false
	}
	if !monthPreps.Has(prev) && prev != "-" && prev != "," && prev != "(" {
		// Sentence-initial or after a name: "April Ryan", "June Carter".
		if t.toks[i].kind == tWord && j < len(t.toks) && t.toks[j].cap && t.toks[j].kind == tWord && !t.toks[j].upper {
			return mention{}, false
		}
	}
	month.end = j
	// "January this year", "September last year", "April of last year"
	if monthYearDets.Has(t.w(j)) && t.w(j+1) == "year" {
		month.yearDet, month.end = t.w(j), j+2
		return month, true
	}
	if t.w(j) == "of" && monthYearDets.Has(t.w(j+1)) && t.w(j+2) == "year" {
		month.yearDet, month.end = t.w(j+1), j+3
		return month, true
	}
	// "last April", "next May", "this March": the determiner is part of it.
	if monthDets.Has(prev) {
		month.det, month.start = prev, i-1
	}
	return month, true
}

// yearOfDet gives the day d with no year written the year that "of",
// a determiner of month-year-determiners and "year" at token e name:
// "on Oct. 8 of last year", "Sept. 1 of next year", "8 October of this
// year", and with no "of", "on Jan. 19 last year". It returns where the
// day's expression ends: after the words with no "of", which are one
// expression with the day ("on November 14 last year", as "January this
// year" is with its month); at e before "of", whose words stay a mention
// of their own.
func (t *Tagger) yearOfDet(d *mention, e int) int {
	if d.hasYear || t.st.noDCT || e >= len(t.toks) {
		return e
	}
	det := e + 1 // "of last year"
	if t.w(e) != "of" {
		// "began on Jan. 19 last year", "reopens on March 4 next
		// year": the words right after the day, with no "of", name its
		// year too; "on May 2 last year's winner" is a possessive.
		det = e
		if !t.toks[e].space || t.possessive(e+2) {
			return e
		}
	}
	if !monthYearDets.Has(t.w(det)) || t.w(det+1) != "year" {
		return e
	}
	d.year, d.hasYear = t.st.dct.y, true
	switch t.w(det) {
	case "last":
		d.year--
	case "next":
		d.year++
	}
	if det == e {
		return e + 2
	}
	return e
}

// dayOrdinal reports a day of the month written as an ordinal word at i
// ("fifth", "Fourth", "twenty-second"; day-ordinals in the lexicon).
func (t *Tagger) dayOrdinal(i int) (day, end int, ok bool) {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != tWord {
		return 0, 0, false
	}
	w := t.w(i)
	if n, ok := dayOrdinals[w]; ok {
		return n, i + 1, true
	}
	if tens := tensWords[w]; (tens == 20 || tens == 30) && t.w(i+1) == "-" && t.adj(i+1) && t.adj(i+2) {
		if n, ok := dayOrdinals[t.w(i+2)]; ok && n < 10 && tens+n <= 31 {
			return tens + n, i + 3, true
		}
	}
	return 0, 0, false
}

// dayOrdinalAfter reports an ordinal word at j that is the day of the
// month named at i ("July Fourth", "on March fifth"): not after a month
// that is a verb too unless a preposition opens it ("May first ..."
// opening a sentence is no date), nor one that counts what follows ("the
// March first round", "first-half").
func (t *Tagger) dayOrdinalAfter(i, j int) (day, end int, ok bool) {
	if !t.toks[j-1].space && j-1 != i || j >= len(t.toks) || !t.toks[j].space {
		return 0, 0, false
	}
	if verbMonths.Has(t.w(i)) && !monthPreps.Has(t.w(i-1)) {
		return 0, 0, false
	}
	day, end, ok = t.dayOrdinal(j)
	if !ok || t.w(end) == "-" && t.adj(end) || dayOrdStops.Has(t.w(end)) || dayOrdSpans.Has(t.w(end)) {
		return 0, 0, false
	}
	return day, end, true
}

// dayStart is the token of the day written before the month at token i
// ("23 July", "25th of April").
func (t *Tagger) dayStart(i int) int {
	k := i - 1
	if t.w(k) == "of" {
		k--
	}
	if ordinalSuffixes.Has(t.w(k)) {
		k--
	}
	return k
}

// dayInName reports whether the day of a month without a year, from
// token first to e, is part of a name: after "the", before one to four
// capitalised words, the last of them one of name-heads ("the May 13
// Square", "the 6 October Bridge", "the April 6 Youth Movement"). Such a
// day names a place or a body after a day of some year, not a day of
// the year the DCT gives; "the March 3 Senate vote" dates the vote.
func (t *Tagger) dayInName(first, e int) bool {
	if t.w(first-1) != "the" {
		return false
	}
	j := e
	for ; j < len(t.toks) && j < e+4 && t.toks[j].kind == tWord && t.toks[j].cap && !t.toks[j].upper && t.toks[j].space; j++ {
	}
	if j == e {
		return false
	}
	if j < len(t.toks) && t.toks[j].kind == tWord && t.toks[j].cap {
		return false
	}
	return nameHeads.Has(t.w(j - 1))
}

// givenNameBefore reports whether token k is a capitalised word that names
// no month, weekday or season, and is a name by its shape: "Harold" in
// "Harold and June Pressley", not "March" in "March and June".
func (t *Tagger) givenNameBefore(k int) bool {
	if k < 0 || t.toks[k].kind != tWord || !t.toks[k].cap || t.toks[k].upper {
		return false
	}
	w := t.w(k)
	_, mo := monthNames[w]
	_, ab := monthAbbrevs[w]
	_, wd := weekdays[w]
	_, se := seasons[w]
	return !mo && !ab && !wd && !se
}

// namingMonth reports whether the "March" or "May" at i, capitalised
// after "the", names the month of a happening whose noun follows in lower
// case ("The March fire", "the May elections"; month-named-nouns).
func (t *Tagger) namingMonth(i int) bool {
	j := i + 1
	return t.w(i-1) == "the" && t.toks[i].cap && !t.toks[i].upper && j < len(t.toks) && !t.toks[j].cap && monthNamedNouns.Has(t.w(j))
}

// comparedMonth reports whether the "May" or "March" at i follows a
// comparison of time and ends its phrase, so that it is the month: "no
// earlier than March", "no later than May, officials said"; not a name
// before its verb ("later than May had promised").
func (t *Tagger) comparedMonth(i int) bool {
	if t.w(i-1) != "than" || !timeComparatives.Has(t.w(i-2)) {
		return false
	}
	j := i + 1
	return j >= len(t.toks) || t.toks[j].kind != tWord || prepositions.Has(t.w(j)) || coordinators.Has(t.w(j))
}

// monthQuarter reads a quarter named by the month that ends it, as the
// business news of Australia, New Zealand and much wire copy names the
// quarters of the calendar: "the September quarter", "December-quarter
// inflation", "the June quarter of 2025" are the third, fourth and second
// quarters, not the months. i is the month name (a full name of March,
// June, September or December), j the token after it; the quarter's year
// is the one written after it ("of 2025", partYearWords), else the
// resolver's (partYear). Not a quarter-final ("the December quarter-final"
// is a match) nor with a day before the month.
func (t *Tagger) monthQuarter(i, j, m int, full bool, dayFirst int) (mention, bool) {
	if !full || m%3 != 0 || dayFirst > 0 {
		return mention{}, false
	}
	q := j
	if t.w(q) == "-" && t.adj(q) && t.adj(q+1) {
		q++
	}
	if t.w(q) != "quarter" || t.w(q+1) == "-" && t.adj(q+1) {
		return mention{}, false
	}
	p := mention{start: i, end: q + 1, kind: mPart, at: i, n: m / 3, g: gQuarter}
	t.partYearWords(&p)
	return p, true
}
