package timex

// Expressions that start with a digit token: ISO dates and time stamps,
// dates in figures ("06/30/2024"), "8 November 2023", day ranges ("June
// 18-19", "5 to 9 September"), decades ("1990s"), centuries ("20th
// century"), then counts of units (durations.go) and years (years.go);
// clock times are in clock.go.

// numberExpr matches expressions that start with a digit token: ISO dates,
// clock times, "8 November 2023", decades, counts of units and years.
func (t *Tagger) numberExpr(i int) (mention, bool) {
	tok := &t.toks[i]
	// ISO 8601: 2023-11-08
	if tok.digits == 4 && t.w(i+1) == "-" && t.adj(i+1) && t.adj(i+2) && t.adj(i+3) && t.adj(i+4) &&
		i+4 < len(t.toks) && t.toks[i+2].digits == 2 && t.w(i+3) == "-" && t.toks[i+4].digits == 2 {
		y, m, d := tok.num, t.toks[i+2].num, t.toks[i+4].num
		if validDay(y, m, d) {
			// "2024-06-18T09:00:00Z": a time stamp, to the minute.
			if t.w(i+5) == "t" && t.adj(i+5) && t.adj(i+6) {
				if c := t.w(i + 6); len(c) >= 5 && c[2] == ':' && isDigit(c[0]) && isDigit(c[1]) && isDigit(c[3]) && isDigit(c[4]) {
					end := i + 7
					if t.adj(end) && t.w(end) == "z" {
						end++
					}
					return mention{start: i, end: end, kind: mClock, at: i, hour: digitsOf(c[:2]), minute: digitsOf(c[3:5]), onDay: true, year: y, month: m, day: d}, true
				}
			}
			return mention{start: i, end: i + 5, kind: mCalendar, at: i, year: y, month: m, day: d, g: gDay}, true
		}
	}
	if m, ok := t.numericDate(i); ok {
		return m, true
	}
	if m, ok := t.clockTime(i); ok {
		return m.or(t.dayNumber(i)), true
	}
	return t.dayNumber(i)
}

// dayNumber matches an expression opened by a number that is no date in
// figures or time of day: a day before its month ("8 November 2023"), or
// a day of a range, else a decade, century, count or year (eraNumber).
func (t *Tagger) dayNumber(i int) (mention, bool) {
	if day, k, ok := t.dayNum(i); ok {
		// "8 November 2023", "25th of April"
		of := k
		if t.w(of) == "of" {
			of++
		}
		if m, ok := t.matchMonth(of, day); ok {
			m.start = i
			return m, true
		}
		// "the 15th of last month": a day of the month the determiner
		// points to, which gives it its month and year (dayDate).
		if det, the, j := t.determiner(of); of > k && !the && monthYearDets.Has(det) {
			if rel, ok := t.matchRelative(of, j, det, false); ok && rel.kind == mRelative && rel.unit.g == gMonth {
				return mention{start: i, end: rel.end, kind: mDay, at: i, day: day, on: &rel}, true
			}
		}
		// "on the 24th", "until the 3rd": a day of the month with no
		// month, before a stop or a word that opens no noun phrase
		// (bare-day-followers; not "on the 24th floor"), its month the
		// DCT's or the last date's (bareDay).
		if k > i+1 && t.w(i-1) == "the" && bareDayPreps.Has(t.w(i-2)) {
			if n := t.w(k); k >= len(t.toks) || n == "." || n == "," || n == ";" || n == ":" || bareDayFollowers.Has(n) || t.lineStart(k) {
				return mention{start: i, end: k, kind: mDay, at: i, day: day, bare: true}, true
			}
		}
		// Ranges of days: "5 to 9 September 2023" (the first day takes
		// the month and year of the second, dayDate); "June 18-19", "June
		// 18 to 20" (the second day takes those of the first).
		if rangeWords.Has(t.w(k)) {
			if day2, k2, ok := t.dayNum(k + 1); ok && day2 > day {
				if second, ok := t.matchMonth(k2, day2); ok {
					return mention{start: i, end: k, kind: mDay, at: i, day: day, on: &second}, true
				}
			}
		}
		if i >= 2 && rangeWords.Has(t.w(i-1)) && len(t.out) > 0 && t.out[len(t.out)-1].End == t.toks[i-2].end {
			_, full := monthNames[t.w(k)]
			_, abbr := monthAbbrevs[t.w(k)]
			_, unit := units[t.w(k)]
			w := t.w(k)
			counts := t.toks[i-1].kind == tWord && k < len(t.toks) && t.toks[k].kind == tWord && t.toks[k].space && !ordinalSuffixes.Has(w) && !prepositions.Has(w) && !rangeDayFollowers.Has(w)
			if !full && !abbr && !unit && !counts {
				// the second day of a range, if the first was a day; not
				// a number before a unit, which counts it: "was sentenced
				// Friday to 25 years" gives a term, not a day; nor one
				// after "to" before a word that is no preposition or
				// conjunction ("pleaded not guilty on Thursday to 16
				// federal charges"; "the June 18-19 state visit" is a
				// range)
				return mention{start: i, end: k, kind: mRangeDay, at: i, day: day}.or(t.eraNumber(i)), true
			}
		}
	}
	return t.eraNumber(i)
}

// eraNumber matches a decade, century, count or year opened by the number
// at i.
func (t *Tagger) eraNumber(i int) (mention, bool) {
	tok := &t.toks[i]
	// Decades: "1990s". "The 1800s" and "the 1900s" are centuries in
	// use (the 19th, the 20th); "the 2000s" is the decade.
	if tok.digits == 4 && tok.num%10 == 0 && (t.w(i+1) == "s" && t.adj(i+1) || t.decadeApostrophe(i)) {
		end := i + 2
		if t.w(i+1) != "s" {
			end++ // "1980's"
		}
		if tok.num%100 == 0 && tok.num < 2000 {
			return eraMention(i, end, tok.num, gCentury), true
		}
		return eraMention(i, end, tok.num, gDecade), true
	}
	// Centuries: "20th century"
	if tok.digits <= 2 && t.adj(i+1) && ordinalSuffixes.Has(t.w(i+1)) && t.w(i+2) == "century" && tok.num > 0 {
		return eraMention(i, i+3, (tok.num-1)*100, gCentury), true
	}
	if m, ok := t.countExpr(i, i); ok {
		// a count from a date the text has not given gives way to a year
		return m.or(t.yearNumber(i)), true
	}
	return t.yearNumber(i)
}

// yearNumber matches a year at i: "1988", "the 1988 period", "the 1988
// third quarter".
func (t *Tagger) yearNumber(i int) (mention, bool) {
	if y, ok := t.standaloneYear(i); ok {
		// "the 1988 period" of earnings copy: the quarter under discussion,
		// in that year.
		if periodNouns.Has(t.w(i+1)) && t.w(i-1) == "the" {
			return mention{start: i, end: i + 2, kind: mPeriodYear, at: i, year: y, period: t.w(i+1) == "period"}, true
		}
		// "the 1988 third quarter"
		if _, ok := ordinals[t.w(i+1)]; ok {
			if m, ok := t.partExpr(i, i+1, y, ""); ok {
				return m.or(yearMention(i, i+1, y), true), true
			}
		}
		return yearMention(i, i+1, y), true
	}
	return mention{}, false
}

// numericDate matches a date in figures, one token: "2024/06/18",
// "06/30/2024", "30.06.2024". Day and month are told apart only by their
// values: "6/30/2024" can only be June 30, but "3/4/2024" is March 4 in
// the United States and 3 April in Britain, so it is left untagged rather
// than guessed (as are "6/15", a score or a fraction as often as a date).
func (t *Tagger) numericDate(i int) (mention, bool) {
	s := t.toks[i].low
	if len(s) < 8 || len(s) > 10 {
		return mention{}, false
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
			return mention{}, false
		}
		sep = c
		n++
	}
	if n != 2 {
		return mention{}, false
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
			return mention{}, false
		}
	default:
		return mention{}, false
	}
	if y < 1900 || y > 2199 || !validDay(y, m, d) {
		return mention{}, false
	}
	return mention{start: i, end: i + 1, kind: mCalendar, at: i, year: y, month: m, day: d, g: gDay}, true
}

// digitsOf is the number the decimal digits s write.
func digitsOf(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// decadeApostrophe reports whether the year at i is written as a decade
// with "'s" ("the 1980's", "the late 1980's", "the mid-1930's"): "the"
// before it, or before a modifier before it, tells it from a year's
// possessive ("1991's agreement").
func (t *Tagger) decadeApostrophe(i int) bool {
	if !t.possessive(i+1) || !t.adj(i+1) || !t.adj(i+2) {
		return false
	}
	k := i - 1
	if t.w(k) == "-" {
		k--
	}
	if decadeModifiers.Has(t.w(k)) {
		k--
	}
	return t.w(k) == "the"
}
