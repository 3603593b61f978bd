package timex

import "strconv"

// numberExpr matches expressions that start with a digit token: ISO dates,
// clock times, "8 November 2023", decades, counts of units and years.
func (t *Tagger) numberExpr(i int) (result, bool) {
	tok := &t.toks[i]
	// ISO 8601: 2023-11-08
	if tok.digits == 4 && t.w(i+1) == "-" && t.adj(i+1) && t.adj(i+2) && t.adj(i+3) && t.adj(i+4) &&
		i+4 < len(t.toks) && t.toks[i+2].digits == 2 && t.w(i+3) == "-" && t.toks[i+4].digits == 2 {
		y, m, d := tok.num, t.toks[i+2].num, t.toks[i+4].num
		if validDay(y, m, d) {
			day := date{y: y, m: m, d: d, g: gDay}
			// "2024-06-18T09:00:00Z": a time stamp, to the minute.
			if t.w(i+5) == "t" && t.adj(i+5) && t.adj(i+6) {
				if c := t.w(i + 6); len(c) >= 5 && c[2] == ':' && isDigit(c[0]) && isDigit(c[1]) && isDigit(c[3]) && isDigit(c[4]) {
					end := i + 7
					if t.adj(end) && t.w(end) == "z" {
						end++
					}
					return result{start: i, end: end, typ: "TIME", val: day.value() + "T" + c[:5]}, true
				}
			}
			return dateResult(i, i+5, day), true
		}
	}
	if r, ok := t.numericDate(i); ok {
		return r, true
	}
	if r, ok := t.clockTime(i); ok {
		return r, true
	}
	// "8 November 2023", "25th of April"
	if day, k, ok := t.dayNum(i); ok {
		if t.w(k) == "of" {
			k++
		}
		if _, ok := monthNames[t.w(k)]; ok {
			if r, ok := t.monthExpr(k, day); ok {
				r.start = i
				return r, true
			}
		}
		if _, ok := monthAbbrevs[t.w(k)]; ok {
			if r, ok := t.monthExpr(k, day); ok {
				r.start = i
				return r, true
			}
		}
	}
	// Ranges of days: "5 to 9 September 2023" (the first day takes the
	// month and year of the second); "June 18-19", "June 18 to 20" (the
	// second day takes those of the first).
	if day, k, ok := t.dayNum(i); ok {
		if rangeWords[t.w(k)] {
			if day2, k2, ok := t.dayNum(k + 1); ok && day2 > day {
				_, full := monthNames[t.w(k2)]
				_, abbr := monthAbbrevs[t.w(k2)]
				if full || abbr {
					if r, ok := t.monthExpr(k2, day2); ok && r.d.g == gDay && validDay(r.d.y, r.d.m, day) {
						return dateResult(i, k, date{y: r.d.y, m: r.d.m, d: day, g: gDay}), true
					}
				}
			}
		}
		if i >= 2 && rangeWords[t.w(i-1)] && len(t.out) > 0 && t.out[len(t.out)-1].End == t.toks[i-2].end &&
			t.st.ref.g == gDay && day > t.st.ref.d && validDay(t.st.ref.y, t.st.ref.m, day) {
			_, full := monthNames[t.w(k)]
			_, abbr := monthAbbrevs[t.w(k)]
			if !full && !abbr {
				return dateResult(i, k, date{y: t.st.ref.y, m: t.st.ref.m, d: day, g: gDay}), true
			}
		}
	}
	// Decades: "1990s". "The 1800s" and "the 1900s" are centuries in
	// use (the 19th, the 20th); "the 2000s" is the decade.
	if tok.digits == 4 && tok.num%10 == 0 && t.w(i+1) == "s" && t.adj(i+1) {
		if tok.num%100 == 0 && tok.num < 2000 {
			return dateResult(i, i+2, date{y: tok.num, g: gCentury}), true
		}
		return dateResult(i, i+2, date{y: tok.num, g: gDecade}), true
	}
	// Centuries: "20th century"
	if tok.digits <= 2 && t.adj(i+1) && (t.w(i+1) == "th" || t.w(i+1) == "st" || t.w(i+1) == "nd" || t.w(i+1) == "rd") && t.w(i+2) == "century" && tok.num > 0 {
		return dateResult(i, i+3, date{y: (tok.num - 1) * 100, g: gCentury}), true
	}
	if r, ok := t.countExpr(i, i); ok {
		return r, true
	}
	if y, ok := t.standaloneYear(i); ok {
		// "the 1988 period" of earnings copy: the quarter under discussion,
		// in that year.
		if (t.w(i+1) == "period" || t.w(i+1) == "quarter") && t.w(i-1) == "the" {
			if t.w(i+1) == "period" && t.st.hasQ && !t.st.inQuarter {
				// After "the nine months" or "the year" the period under
				// discussion is no quarter: the year is all the text fixes.
				r := dateResult(i, i+2, date{y: y, g: gYear})
				r.compare = y < t.st.dct.y
				return r, true
			}
			r := dateResult(i, i+2, date{y: y, q: t.latestQuarter().q, g: gQuarter})
			r.compare = y < t.st.dct.y
			return r, true
		}
		// "the 1988 third quarter"
		if _, ok := ordinals[t.w(i+1)]; ok {
			if r, ok := t.ordinalExpr(i+1, date{y: y, g: gYear}, true, i); ok {
				return r, true
			}
		}
		return dateResult(i, i+1, date{y: y, g: gYear}), true
	}
	return result{}, false
}

// numericDate matches a date in figures, one token: "2024/06/18",
// "06/30/2024", "30.06.2024". Day and month are told apart only by their
// values: "6/30/2024" can only be June 30, but "3/4/2024" is March 4 in
// the United States and 3 April in Britain, so it is left untagged rather
// than guessed (as are "6/15", a score or a fraction as often as a date).
func (t *Tagger) numericDate(i int) (result, bool) {
	s := t.toks[i].low
	if len(s) < 8 || len(s) > 10 {
		return result{}, false
	}
	sep := byte(0)
	var parts [3]int
	var widths [3]int
	n := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		if isDigit(c) {
			parts[n] = parts[n]*10 + int(c-'0')
			widths[n]++
			continue
		}
		if c != '/' && c != '.' || sep != 0 && c != sep || n == 2 {
			return result{}, false
		}
		sep = c
		n++
	}
	if n != 2 {
		return result{}, false
	}
	var y, m, d int
	switch {
	case widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2:
		y, m, d = parts[0], parts[1], parts[2] // 2024/06/18
	case widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2:
		y = parts[2]
		a, b := parts[0], parts[1]
		switch {
		case a == b:
			m, d = a, a
		case a > 12 && b <= 12:
			d, m = a, b
		case b > 12 && a <= 12 && sep == '/':
			m, d = a, b
		default:
			return result{}, false
		}
	default:
		return result{}, false
	}
	if y < 1900 || y > 2199 || !validDay(y, m, d) {
		return result{}, false
	}
	return dateResult(i, i+1, date{y: y, m: m, d: d, g: gDay}), true
}

// standaloneYear reports whether the four-digit number at i is a year by
// its neighbours: "in 2000" is, "the 2000 troops" and "$2000" are not.
func (t *Tagger) standaloneYear(i int) (int, bool) {
	y, ok := t.yearNum(i)
	if !ok {
		return 0, false
	}
	prev, next := t.w(i-1), t.w(i+1)
	if i > 0 && t.toks[i-1].kind == tNum {
		return 0, false
	}
	if t.closesYearRange(i, y) {
		return y, true // "between 2001 and 2005 rates fell"
	}
	switch prev {
	case "$", "#", "\u20ac", "\u00a3", "no", "number", "route", "highway", "flight", "room", "page", "article", "section", "rule", "resolution", "model", "version":
		return 0, false
	}
	if countWords[prev] {
		return 0, false
	}
	switch next {
	case "%", "percent", "per":
		return 0, false
	case "-":
		if t.adj(i+1) && !(t.adj(i+2) && t.toks[i+2].digits == 4 && t.toks[i+2].num > y && t.toks[i+2].num <= y+30) {
			return 0, false // "1990-91", "2000-strong"; but "2008-2009"
		}
	}
	// "its 1990 invasion", "Kellogg's 1989 results": a possessive before
	// a recent number makes it a year.
	if (prev == "its" || prev == "his" || prev == "her" || prev == "their" || prev == "our" || prev == "s" && (t.w(i-2) == "'" || t.w(i-2) == "\u2019")) && y >= t.st.dct.y-30 && y <= t.st.dct.y+10 {
		if i+1 < len(t.toks) && t.toks[i+1].kind == tWord {
			return y, true
		}
	}
	if !yearPreps[prev] && (y < 1900 || y > t.st.dct.y+30) {
		return 0, false
	}
	if i+1 < len(t.toks) {
		n := &t.toks[i+1]
		if n.kind == tNum {
			return 0, false
		}
		if n.kind == tWord && !n.cap && !afterYear[next] && !yearNouns[next] {
			// "the 1987 crash" names a year; "the 2000 troops" counts. A
			// round number before a noun is taken for a count.
			// After "in", "since", "until" and the like the round number
			// is a year all the same ("since 2000 sales have doubled").
			if (y%10 == 0 && !timePreps[prev]) || y < 1900 || y > t.st.dct.y+5 {
				return 0, false
			}
			// "2019 points": a plural noun after the number counts it.
			if len(next) > 3 && next[len(next)-1] == 's' && next[len(next)-2] != 's' {
				return 0, false
			}
		}
	}
	return y, true
}

// closesYearRange reports whether the year y at token i ends a range that
// the previous expression, a year, opens: "from 2001 to 2005", "between
// 2001 and 2005", "2008-2009". Such a number is a year whatever follows.
func (t *Tagger) closesYearRange(i, y int) bool {
	if i < 2 || len(t.out) == 0 {
		return false
	}
	last := t.out[len(t.out)-1]
	if last.End != t.toks[i-2].end || len(last.Value) != 4 || last.Type != "DATE" {
		return false
	}
	first, err := strconv.Atoi(last.Value)
	if err != nil || y <= first || y > first+100 {
		return false
	}
	switch t.w(i - 1) {
	case "to", "through", "until", "till", "-", "\u2013":
		return true
	case "and":
		return t.w(i-3) == "between"
	}
	return false
}

// clockTime matches "10:30 a.m.", "3 p.m.", "15:45 GMT".
func (t *Tagger) clockTime(i int) (result, bool) {
	tok := &t.toks[i]
	h, m := -1, 0
	dot := false
	if tok.num >= 0 {
		if tok.digits > 2 || tok.num < 1 || tok.num > 12 {
			return result{}, false
		}
		h = tok.num
	} else {
		// "10:30" is one token with an inner colon; "10.30", as British
		// copy writes it, counts only with "am" or "pm" after it.
		s := tok.low
		c := -1
		for k := 0; k < len(s); k++ {
			if s[k] == ':' || s[k] == '.' {
				c, dot = k, s[k] == '.'
				break
			} else if s[k] < '0' || s[k] > '9' {
				return result{}, false
			}
		}
		if c < 1 || c > 2 || len(s)-c-1 != 2 {
			return result{}, false
		}
		hh, err1 := strconv.Atoi(s[:c])
		mm, err2 := strconv.Atoi(s[c+1:])
		if err1 != nil || err2 != nil || hh > 24 || mm > 59 {
			return result{}, false
		}
		h, m = hh, mm
	}
	j := i + 1
	ampm := ""
	switch t.w(j) {
	case "a", "p":
		if t.w(j+1) == "." && t.w(j+2) == "m" {
			ampm = t.w(j)
			j += 3
			if t.w(j) == "." && t.adj(j) {
				// The final period belongs to "p.m." unless it also ends
				// the sentence (a capitalized word that names no time
				// follows).
				nx := t.w(j + 1)
				_, wd := weekdays[nx]
				_, mn := monthNames[nx]
				_, ma := monthAbbrevs[nx]
				if j+1 >= len(t.toks) || !t.toks[j+1].cap || wd || mn || ma || timeZones[nx] {
					j++
				}
			}
		} else if t.w(j+1) == "m" && t.adj(j+1) {
			ampm = t.w(j)
			j += 2
		}
	case "am", "pm":
		ampm = t.w(j)[:1]
		j++
	}
	if ampm == "" && (tok.num >= 0 || dot) {
		return result{}, false
	}
	if dot && h > 12 {
		return result{}, false
	}
	if ampm == "p" && h < 12 {
		h += 12
	} else if ampm == "a" && h == 12 {
		h = 0
	}
	if timeZones[t.w(j)] {
		j++
	} else if t.w(j) == "local" && t.w(j+1) == "time" {
		j += 2
	}
	d := t.st.dct
	if t.st.hasRef && t.st.ref.g == gDay {
		d = t.st.ref
	}
	j, d = t.dayAfterClock(j, d)
	var b []byte
	b = append(b, d.value()...)
	b = append(b, 'T')
	b = pad(b, h, 2)
	b = append(b, ':')
	b = pad(b, m, 2)
	return result{start: i, end: j, typ: "TIME", val: string(b)}, true
}

// dayAfterClock reads the day that may follow a clock time ("5 p.m.
// Friday", "noon, Nov. 9") and returns the token after it and the day;
// without one it returns j and d unchanged.
func (t *Tagger) dayAfterClock(j int, d date) (int, date) {
	k := j
	if t.w(k) == "," || t.w(k) == "on" {
		k++
	}
	if r, ok := t.abbrevWeekdayDate(k); ok {
		return r.end, r.d
	}
	if _, ok := weekdays[t.w(k)]; ok && t.capital(k) {
		if r, ok := t.weekdayExpr(k, k, ""); ok && r.d.g == gDay && r.typ == "DATE" {
			return r.end, r.d
		}
	}
	if _, ok := monthAbbrevs[t.w(k)]; ok {
		if r, ok := t.monthExpr(k, 0); ok && r.d.g == gDay {
			return r.end, r.d
		}
	}
	if _, ok := monthNames[t.w(k)]; ok {
		if r, ok := t.monthExpr(k, 0); ok && r.d.g == gDay {
			return r.end, r.d
		}
	}
	switch t.w(k) {
	case "today":
		return k + 1, t.st.dct
	case "yesterday":
		return k + 1, t.st.dct.addDays(-1)
	case "tomorrow":
		return k + 1, t.st.dct.addDays(1)
	}
	return j, d
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

// noonExpr matches "noon" and "midnight" with a day ("noon Saturday",
// "midnight Friday").
func (t *Tagger) noonExpr(i int) (result, bool) {
	hm := "12:00" // noon, midday
	if t.w(i) == "midnight" {
		hm = "24:00"
	}
	end, d := t.dayAfterClock(i+1, date{})
	if end == i+1 || d.yx {
		return result{}, false
	}
	return result{start: i, end: end, typ: "TIME", val: d.value() + "T" + hm}, true
}

// shortDecade matches "'80s".
func (t *Tagger) shortDecade(i int) (result, bool) {
	if i+2 < len(t.toks) && t.toks[i+1].digits == 2 && t.adj(i+1) && t.w(i+2) == "s" && t.adj(i+2) && t.toks[i+1].num%10 == 0 {
		return dateResult(i, i+3, date{y: 1900 + t.toks[i+1].num, g: gDecade}), true
	}
	return result{}, false
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
	case "several", "few", "many", "numerous":
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
// ago", "two weeks later") as a duration, or as a date when it is measured
// from the document date or from the previous expression. start is where
// the expression began.
func (t *Tagger) countExpr(start, i int) (result, bool) {
	n, vague, j, ok := t.count(i)
	if !ok {
		return result{}, false
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
	if t.w(j) == "more" || t.w(j) == "additional" {
		j++
	}
	u, ok := units[t.w(j)]
	if !ok || u.g == gWeekend {
		return result{}, false
	}
	singular := t.w(j)[len(t.w(j))-1] != 's' || t.w(j) == "centuries"
	w := t.w(i)
	if (w == "a" || w == "an") && !singular && !vague {
		return result{}, false
	}
	if !vague && n > 1 && singular && !hyphen && t.toks[i].kind == tNum {
		return result{}, false // "the 1988 quarter": a year, not a count
	}
	if n == 1 && !singular && t.toks[i].kind == tWord {
		return result{}, false
	}
	end := j + 1
	if t.w(end) == "-" && t.adj(end) {
		switch t.w(end + 1) {
		case "earlier", "ago", "end":
			// "a year-earlier loss" is matched at "year".
			return result{}, false
		}
	}
	// "$5 a year", "twice a week": a frequency.
	if (w == "a" || w == "an" || w == "per") && t.w(end) != "ago" && t.w(end) != "earlier" && t.w(end) != "later" {
		if i > 0 {
			p := &t.toks[i-1]
			if p.kind == tNum || p.low == "%" || p.low == "times" || p.low == "once" || p.low == "twice" || p.low == "percent" || p.low == "dollars" || p.low == "million" || p.low == "billion" {
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
				return result{start: s, end: end, typ: "SET", val: "P1" + u.code, freq: freq}, true
			}
		}
	}
	dur := durationValue(n, vague, u)
	if t.w(end) == "or" && t.w(end+1) == "so" && t.w(end+2) == "ago" {
		end += 2 // "a week or so ago"
	}
	if hyphen {
		return result{start: start, end: end, typ: "DURATION", val: dur}, true
	}
	// "a year or two", "two or three weeks": a count the text leaves open.
	// Ago, it is some time past; ahead ("in a year or two"), some time to
	// come; else a stretch of unknown length.
	if e, ok := t.orCount(end, u); ok {
		return t.openCount(start, e, u), true
	}
	switch t.w(end) {
	case "ago":
		return t.agoDate(start, end+1, n, vague, u, t.st.dct, false), true
	case "earlier", "later", "before", "after":
		dir := -1
		if t.w(end) == "later" || t.w(end) == "after" {
			dir = 1
		}
		if t.w(end) == "before" || t.w(end) == "after" {
			// "a day after the meeting": anchored on an event, not a time.
			if nx := t.w(end + 1); end+1 < len(t.toks) && t.toks[end+1].kind != tPunct && nx != "and" && nx != "but" {
				return result{start: start, end: end, typ: "DURATION", val: dur}, true
			}
		}
		return t.anchoredDate(start, end+1, n, vague, u, dir, dur)
	case "from":
		if t.w(end+1) == "now" {
			return t.agoDate(start, end+2, -n, vague, u, t.st.dct, true), true
		}
	case "hence":
		return t.agoDate(start, end+1, -n, vague, u, t.st.dct, true), true
	}
	if !vague && !u.time && t.inCount(start) && !t.vagueCount(end) {
		// "will be redeemed in five years": the time that far ahead.
		if t.w(end) == "'" && t.w(end+1) == "time" || t.w(end) == "\u2019" && t.w(end+1) == "time" {
			end += 2 // "in two years' time"
		}
		return t.agoDate(start, end, -n, false, u, t.st.dct, true), true
	}
	return result{start: start, end: end, typ: "DURATION", val: dur}, true
}

// openCount is a count of units the text leaves open ("a year or two"),
// from token start to end: some time past before "ago", some time to come
// in a clause that looks ahead ("in a year or two"), else a stretch of
// unknown length.
func (t *Tagger) openCount(start, end int, u unit) result {
	switch {
	case t.w(end) == "ago":
		return refResult(start, end+1, "PAST_REF")
	case !u.time && t.inCount(start):
		return refResult(start, end, "FUTURE_REF")
	}
	return result{start: start, end: end, typ: "DURATION", val: durationValue(0, true, u)}
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
	switch t.w(end) {
	case "or", "to", "that", "which", "when", "where", "who", "of", "'", "\u2019":
		return !(t.w(end+1) == "time")
	}
	return false
}

// inCount reports whether the count of units at token start, after "in",
// names a time ahead of the document date rather than a stretch: the
// clause looks ahead ("will reopen in two weeks", "would be redeemed in
// five years", "the bridge opens in a month") and no superlative or
// "first" makes it the span since something last happened ("his first
// visit in 24 years", "the highest level in five years").
func (t *Tagger) inCount(start int) bool {
	if t.w(start-1) != "in" || t.st.noDCT {
		return false
	}
	tn, k := t.clauseTense(start - 1)
	if !(tn == future || tn == reportedFuture || tn == present && k >= 0 && scheduledVerbs[t.w(k)]) {
		return false
	}
	for j := start - 2; j >= 0 && start-j < 40 && !t.sentenceEnd(j); j-- {
		if spanCues[t.w(j)] {
			return false
		}
		if w := t.w(j); len(w) > 5 && w[len(w)-3:] == "est" && !notSuperlative[w] {
			return false
		}
	}
	return true
}

func durationValue(n int, vague bool, u unit) string {
	num := "X"
	if !vague {
		num = strconv.Itoa(n)
	}
	code := u.code
	if code == "2W" {
		if vague {
			code = "W"
		} else {
			num = strconv.Itoa(2 * n)
			code = "W"
		}
	}
	if u.time {
		return "PT" + num + code
	}
	return "P" + num + code
}

// coarsen gives d at the coarser granularity g, if it can.
func coarsen(d date, g gran) (date, bool) {
	if d.g == g {
		return d, true
	}
	if d.g == gDay {
		return d.as(g), true
	}
	if d.g < g {
		return date{}, false
	}
	switch g {
	case gYear, gDecade, gCentury:
		return date{y: d.y, g: g}, true
	case gQuarter:
		if d.g == gMonth {
			return date{y: d.y, q: quarterOfMonth(d.m), g: gQuarter}, true
		}
	case gHalf:
		if d.g == gMonth {
			return date{y: d.y, q: (d.m-1)/6 + 1, g: gHalf}, true
		}
		if d.g == gQuarter {
			return date{y: d.y, q: (d.q-1)/2 + 1, g: gHalf}, true
		}
	}
	return date{}, false
}

// agoDate is the date n units before base ("two years ago"); forward counts
// ("two years from now") come with n negative.
func (t *Tagger) agoDate(start, end, n int, vague bool, u unit, base date, forward bool) result {
	if vague || u.time {
		ref := "PAST_REF"
		if forward {
			ref = "FUTURE_REF"
		}
		if u.time {
			return result{start: start, end: end, typ: "TIME", val: ref}
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
	return dateResult(start, end, d.shift(-k))
}

// anchoredDate is the date n units before (dir -1) or after (dir 1) the
// previous expression of the text ("two weeks later", "a year earlier").
func (t *Tagger) anchoredDate(start, end, n int, vague bool, u unit, dir int, dur string) (result, bool) {
	if vague || u.time {
		return result{start: start, end: end - 1, typ: "DURATION", val: dur}, true
	}
	if u.g == gYear && n == 1 && dir < 0 && t.st.hasQ && t.st.inQuarter {
		r := dateResult(start, end, t.st.focusQ().shiftYears(-1))
		r.compare = true
		return r, true
	}
	if !t.st.hasRef {
		if dir < 0 {
			// With nothing to anchor on, "earlier" is counted from the
			// document date, like "ago".
			return t.agoDate(start, end, n, vague, u, t.st.dct, false), true
		}
		return result{start: start, end: end - 1, typ: "DURATION", val: dur}, true
	}
	g := u.g
	k := n
	switch u.g {
	case gDecade:
		g, k = gYear, 10*n
	case gCentury:
		g, k = gYear, 100*n
	}
	d, ok := coarsen(t.st.ref, g)
	if !ok {
		return result{start: start, end: end - 1, typ: "DURATION", val: dur}, true
	}
	return dateResult(start, end, d.shift(dir*k)), true
}
