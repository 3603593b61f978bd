package timex

import "strconv"

// result is one matched expression: tokens [start, end) and its value.
type result struct {
	start, end int
	typ        string
	val        string
	mod        string
	freq       string
	quant      string
	d          date // the resolved date, when concrete
	concrete   bool
	// compare marks a date named only for a comparison ("a year
	// earlier", "year-ago"): it does not become the anchor of what follows.
	compare bool
	// fiscal marks a fiscal quarter ("the fiscal first quarter").
	fiscal bool
}

func (t *Tagger) w(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.toks[i].low
}

// adj reports whether token i follows token i-1 with no space between.
func (t *Tagger) adj(i int) bool {
	return i > 0 && i < len(t.toks) && !t.toks[i].space
}

// capital reports whether word i is capitalized (or the text is in capitals).
func (t *Tagger) capital(i int) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	return t.toks[i].cap
}

// run walks the tokens and appends every match to t.out.
func (t *Tagger) run() {
	for i := 0; i < len(t.toks); {
		r, ok := t.matchAt(i)
		if !ok || r.end <= i {
			i++
			continue
		}
		t.emit(r)
		i = r.end
	}
}

func (t *Tagger) emit(r result) {
	if t.st.noDCT && len(r.val) > 3 && r.val[:3] == "000" {
		return // counted from a missing document date
	}
	s, e := t.toks[r.start].start, t.toks[r.end-1].end
	t.out = append(t.out, Timex{
		Start: s, End: e, Text: t.st.text[s:e], Type: r.typ, Value: r.val,
		Mod: r.mod, Freq: r.freq, Quant: r.quant,
	})
	if r.concrete && r.typ == "DATE" && !r.compare {
		t.st.note(r.d)
		if r.fiscal && r.d.g == gQuarter {
			t.st.fiscalQ = true
		}
	}
	if r.typ == "DURATION" && len(r.val) >= 3 && (r.val[len(r.val)-1] == 'M' && r.val != "P3M" && r.val != "P1M" || r.val[len(r.val)-1] == 'Y') {
		t.st.inQuarter = false // "the first nine months", "the year"
	}
}

func dateResult(start, end int, d date) result {
	return result{start: start, end: end, typ: "DATE", val: d.value(), d: d, concrete: !d.yx}
}

func refResult(start, end int, ref string) result {
	return result{start: start, end: end, typ: "DATE", val: ref}
}

// matchAt tries every rule at token i: a modifier ("early", "the end of")
// and then an expression.
func (t *Tagger) matchAt(i int) (result, bool) {
	mod, j := "", i
	switch t.w(i) {
	case "early", "earlier":
		mod, j = "START", i+1
	case "late", "later":
		mod, j = "END", i+1
	case "mid":
		mod, j = "MID", i+1
		if t.w(j) == "-" {
			j++
		}
	case "the":
		switch t.w(i + 1) {
		case "end", "close":
			if t.w(i+2) == "of" {
				mod, j = "END", i+3
			}
		case "beginning", "start":
			if t.w(i+2) == "of" {
				mod, j = "START", i+3
			}
		case "middle":
			if t.w(i+2) == "of" {
				mod, j = "MID", i+3
			}
		}
	case "end", "beginning", "start", "middle":
		if t.w(i+1) == "of" && t.capital(i) {
			mod, j = partMods[t.w(i)], i+2
		}
	}
	if mod != "" {
		// "the end of the year", "the end of the month"
		if t.w(j) == "the" || t.w(j) == "this" {
			switch t.w(j + 1) {
			case "year", "month", "week", "decade", "century", "quarter":
				d, _ := coarsen(t.st.dct, units[t.w(j+1)].g)
				if t.w(j+2) != "'" && t.w(j+2) != "-" {
					return result{start: i, end: j + 2, typ: "DATE", val: d.value(), mod: mod, d: d, concrete: true}, true
				}
			}
		}
		if t.w(j) == "in" && (mod == "START" || mod == "END") && t.w(j+1) == "the" && t.w(j+2) == "year" {
			// "early in the year", "late in the year": the document's year
			// (unlike "the year" said alone, which follows the text's
			// last date; see theYear).
			d := date{y: t.st.dct.y, g: gYear}
			return result{start: i, end: j + 3, typ: "DATE", val: d.value(), mod: mod, d: d, concrete: true}, true
		}
		if r, ok := t.inner(j); ok && (r.typ == "DATE" || r.typ == "TIME") && r.val != "" && !isRef(r.val) {
			r.start = i
			if r.mod == "" {
				r.mod = mod
			}
			return r, true
		}
	}
	return t.core(i)
}

func isRef(v string) bool {
	return v == "PRESENT_REF" || v == "PAST_REF" || v == "FUTURE_REF"
}

// maxNest bounds how many expressions may be matched inside one another.
// Some rules match a smaller expression inside theirs ("the 1990s", "the
// last half of the '80s", "the end of the first half of the '80s"), so
// core is entered again through inner; no expression nests deeper than
// this, and the bound keeps a run of determiners ("the the the ...", "the
// first half of the first half of ...") from recursing once per word:
// without it the stack grows with the text, and the time with its square.
const maxNest = 3

// inner matches an expression at token i that is part of a larger one
// being matched: core within maxNest.
func (t *Tagger) inner(i int) (result, bool) {
	if t.nest >= maxNest {
		return result{}, false
	}
	t.nest++
	r, ok := t.core(i)
	t.nest--
	return r, ok
}

// core matches an expression that starts at token i.
func (t *Tagger) core(i int) (result, bool) {
	if i >= len(t.toks) {
		return result{}, false
	}
	tok := &t.toks[i]
	switch tok.kind {
	case tNum:
		if r, ok := t.codeExpr(i); ok {
			return r, true
		}
		return t.numberExpr(i)
	case tPunct:
		if tok.low == "'" || tok.low == "\u2019" {
			return t.shortDecade(i)
		}
		return result{}, false
	}
	w := tok.low
	switch w {
	case "q", "h", "fy":
		return t.codeExpr(i)
	}
	if tok.cap && len(w) >= 3 && len(w) <= 5 && weekdayAbbrevs[w] {
		return t.abbrevWeekdayDate(i)
	}
	if holidayWords[w] {
		if r, ok := t.holidayExpr(i); ok {
			return r, true
		}
	}
	if _, ok := monthNames[w]; ok {
		return t.monthExpr(i, 0)
	}
	if _, ok := monthAbbrevs[w]; ok {
		return t.monthExpr(i, 0)
	}
	if _, ok := weekdays[w]; ok {
		return t.weekdayExpr(i, i, "")
	}
	if wd, ok := weekdayPlurals[w]; ok && t.capital(i) {
		return result{start: i, end: i + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(wd), freq: "1W"}, true
	}
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		return t.dayWord(i)
	case "the", "this", "last", "next", "past", "coming", "previous", "current",
		"that", "following", "latest", "prior", "upcoming", "recent", "same", "these":
		r, ok := t.detExpr(i)
		if !ok && w == "current" {
			// "the current weakness", "its current position": the present
			// state of things (TIMEX3 PRESENT_REF). "Current account" and
			// the like are terms; "the current year" is matched above.
			return t.currentAdj(i)
		}
		return r, ok
	case "every", "each", "per":
		return t.setExpr(i)
	case "noon", "midnight", "midday":
		return t.noonExpr(i)
	case "annually", "yearly":
		return result{start: i, end: i + 1, typ: "SET", val: "P1Y", freq: "1X"}, true
	case "fiscal":
		if y, ok := t.yearNum(i + 1); ok {
			d := date{y: y, g: gYear}
			return dateResult(i, i+2, d), true
		}
	case "year":
		return t.yearWord(i)
	case "nineteen":
		return t.spelledYear(i)
	case "as":
		if t.w(i+1) == "soon" && t.w(i+2) == "as" && t.w(i+3) == "possible" {
			return refResult(i, i+4, "FUTURE_REF"), true
		}
	case "in":
		if t.w(i+1) == "the" && t.w(i+2) == "future" {
			return result{}, false // "the future" is matched at "the"
		}
	case "at":
		if t.w(i+1) == "present" && (t.w(i+2) == "," || t.w(i+2) == "." || t.w(i+2) == "") {
			return refResult(i, i+2, "PRESENT_REF"), true
		}
	case "right":
		if t.w(i+1) == "now" {
			return refResult(i, i+2, "PRESENT_REF"), true
		}
	case "soon":
		// "will soon begin", "may soon seek": the near future. "As soon
		// as", "soon after the vote", "too soon to say" measure from
		// another event or judge timing, and name no time.
		switch t.w(i - 1) {
		case "as", "too", "so", "how", "very":
			return result{}, false
		}
		switch t.w(i + 1) {
		case "as", "after", "afterward", "afterwards", "thereafter", "before", "enough", "-":
			return result{}, false
		}
		return refResult(i, i+1, "FUTURE_REF"), true
	case "then":
		// "until then", "by then": the last date of the text. Alone,
		// "then" is too often a connective ("and then").
		switch t.w(i - 1) {
		case "until", "till", "by":
			if t.st.hasRef && t.st.ref.g >= gMonth && !t.st.ref.yx {
				return dateResult(i, i+1, t.st.ref), true
			}
		}
	case "a", "some":
		// "at a later date", "at some later date": an unnamed future time.
		if t.w(i+1) == "later" && t.w(i+2) == "date" {
			return refResult(i, i+3, "FUTURE_REF"), true
		}
	case "future":
		// "in future years", "in future quarters": the future.
		switch t.w(i + 1) {
		case "years", "months", "weeks", "decades", "quarters", "generations":
			if t.w(i-1) != "the" {
				return refResult(i, i+2, "FUTURE_REF"), true
			}
		}
	case "someday":
		return refResult(i, i+1, "FUTURE_REF"), true
	case "one":
		// "will one day be": a modal before "one day" makes it the
		// future, not a count of days.
		if t.w(i+1) == "day" && modals[t.w(i-1)] {
			return refResult(i, i+2, "FUTURE_REF"), true
		}
	}
	if ref, ok := refWords[w]; ok {
		if w == "now" && t.w(i-1) == "from" {
			return result{}, false
		}
		return refResult(i, i+1, ref), true
	}
	if _, ok := ordinals[w]; ok {
		return t.ordinalExpr(i, date{}, false)
	}
	if _, ok := seasons[w]; ok {
		return t.seasonExpr(i, i, "")
	}
	if r, ok := t.bareUnits(i); ok {
		return r, true
	}
	return t.countExpr(i, i)
}

// bareUnits matches a plural unit with no count after a preposition of
// extent: "for years", "within weeks", "the first time in decades". TIMEX3
// gives it a duration of unknown length (PXY, PXW, PXDE).
func (t *Tagger) bareUnits(i int) (result, bool) {
	w := t.w(i)
	if w[len(w)-1] != 's' || t.toks[i].cap {
		return result{}, false
	}
	switch t.w(i - 1) {
	case "for", "within", "in", "over", "after", "lasting", "took", "take", "takes":
	default:
		return result{}, false
	}
	u, ok := units[w]
	if !ok || u.g == gWeekend || u.code == "Q" {
		return result{}, false
	}
	switch t.w(i + 1) {
	case "of", "'", "\u2019", "-", "ago", "later", "earlier", "before", "after", "to", "old", "past":
		return result{}, false // "for years of talks", "in years past"
	}
	return result{start: i, end: i + 1, typ: "DURATION", val: durationValue(0, true, u)}, true
}

// dayWord matches "today", "yesterday", "tomorrow", "tonight", with a part
// of the day ("yesterday morning").
func (t *Tagger) dayWord(i int) (result, bool) {
	d := t.st.dct
	switch t.w(i) {
	case "yesterday":
		d = d.addDays(-1)
	case "tomorrow":
		d = d.addDays(1)
	case "tonight":
		return result{start: i, end: i + 1, typ: "TIME", val: d.value() + "TNI"}, true
	case "today":
		// "USA Today", "VOA Today": a name, not the day.
		if t.toks[i].cap && i > 0 && t.toks[i-1].kind == tWord && t.toks[i-1].cap && !t.toks[i].nl {
			return result{}, false
		}
		// "Today" in a quotation is the day the words were said, which the
		// text does not give; TIMEX3 calls that the present.
		if t.inQuote(i) {
			return refResult(i, i+1, "PRESENT_REF"), true
		}
	}
	if pod, ok := partsOfDay[t.w(i+1)]; ok {
		return result{start: i, end: i + 2, typ: "TIME", val: d.value() + "T" + pod}, true
	}
	return dateResult(i, i+1, d), true
}

// inQuote reports whether token i stands inside quotation marks, counting
// quotes from the start of its paragraph (the paragraph of token i-1).
// The answer for every token is worked out once per text, in one pass
// (quoteStates), so a long paragraph is not read again for each token.
func (t *Tagger) inQuote(i int) bool {
	if !t.quoted {
		t.quoteStates()
	}
	return i < len(t.inq) && t.inq[i]
}

// quoteStates fills t.inq: for token i, whether it stands inside quotation
// marks. Reading back from i-1 to the start of that token's paragraph, a
// curly opening (closing) quote answers at once, each straight quote met
// before it flips the answer, and with no curly quote the straight quotes
// alone decide. Forward, that is: the parity of the straight quotes since
// the last curly quote of the paragraph, flipped after an opening one.
func (t *Tagger) quoteStates() {
	t.quoted = true
	if cap(t.inq) < len(t.toks) {
		t.inq = make([]bool, len(t.toks))
	}
	t.inq = t.inq[:len(t.toks)]
	parity, open := false, false
	for k := range t.toks {
		t.inq[k] = parity != open
		if t.toks[k].nl {
			parity, open = false, false
		}
		switch t.toks[k].low {
		case "\"":
			parity = !parity
		case "\u201c":
			parity, open = false, true
		case "\u201d":
			parity, open = false, false
		}
	}
}

// yearNum reports the year of a plain four-digit token at i.
func (t *Tagger) yearNum(i int) (int, bool) {
	if i < 0 || i >= len(t.toks) {
		return 0, false
	}
	tok := &t.toks[i]
	if tok.kind != tNum || tok.digits != 4 || tok.num < 1000 || tok.num > 2199 {
		return 0, false
	}
	// "2000-strong", "1990s" are not a bare year.
	if i+1 < len(t.toks) && !t.toks[i+1].space && t.toks[i+1].kind == tWord {
		return 0, false
	}
	if i+1 < len(t.toks) && !t.toks[i+1].space && t.w(i+1) == "-" && i+2 < len(t.toks) && t.toks[i+2].kind == tWord && !t.toks[i+2].space {
		return 0, false
	}
	return tok.num, true
}

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
		return result{start: start, end: j, typ: "DATE", val: "XXXX-WXX-" + strconv.Itoa(wd)}, true
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
		return result{start: start, end: j + 1, typ: "TIME", val: d.value() + "T" + pod, d: d}, true
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

// nameNext reports whether a capitalised word that is no month, weekday or
// part of a day follows token i: "Spring Valley", "Sunday Times".
func (t *Tagger) nameNext(i int) bool {
	j := i + 1
	if j >= len(t.toks) || !t.toks[j].cap || t.toks[j].kind != tWord || !t.toks[j].space {
		return false
	}
	w := t.w(j)
	_, m := monthNames[w]
	_, wd := weekdays[w]
	_, pod := partsOfDay[w]
	return !m && !wd && !pod
}

// sentenceStart reports whether token i opens a sentence, where any word is
// capitalised.
func (t *Tagger) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	switch t.w(i - 1) {
	case ".", "!", "?", "\"", "\u201c", ":", "(", "\n":
		return true
	}
	return false
}

// rangeStart returns the day a range ends its span from when the expression
// at token i closes one: "Tuesday to Thursday", "June 18 through Friday",
// "between Monday and Wednesday".
func (t *Tagger) rangeStart(i int) (date, bool) {
	if i < 2 || len(t.out) == 0 {
		return date{}, false
	}
	last := t.out[len(t.out)-1]
	if last.End != t.toks[i-2].end || t.st.ref.g != gDay {
		return date{}, false
	}
	switch t.w(i - 1) {
	case "to", "through", "thru", "until", "till", "-", "\u2013":
		return t.st.ref, true
	case "and":
		// only after "between": "Monday and Wednesday" alone is two days.
		for k := i - 2; k >= 0 && t.toks[k].start >= last.Start; k-- {
			if k > 0 && t.toks[k].start == last.Start && t.w(k-1) == "between" {
				return t.st.ref, true
			}
		}
	}
	return date{}, false
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
		// unless it began yesterday and is still going on ("Kim hosts
		// Putin from Tuesday to Thursday", said on Wednesday).
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

// currentAdj matches "current" used before a noun.
func (t *Tagger) currentAdj(i int) (result, bool) {
	if i+1 >= len(t.toks) || t.toks[i+1].kind != tWord || t.toks[i+1].cap {
		return result{}, false
	}
	switch t.w(i + 1) {
	case "account", "accounts", "affairs", "events", "assets", "liabilities", "ratio",
		"year", "quarter", "month", "week", "fiscal", "period", "season", "term", "session", "flows", "flow":
		return result{}, false
	}
	if _, ok := units[t.w(i+1)]; ok {
		return result{}, false
	}
	if nx := t.w(i + 1); afterYear[nx] || nx == "of" || nx == "are" || nx == "can" || nx == "could" {
		return result{}, false // the noun: "the current was strong", "a current of air"
	}
	if t.w(i-1) == "then" {
		return refResult(i-1, i+1, "PAST_REF"), true // "the then current price"
	}
	return refResult(i, i+1, "PRESENT_REF"), true
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
