package timex

// Ranges: the end of a range of days or of years ("Tuesday to Thursday",
// "between Monday and Wednesday", "from 2001 to 2005") is read from the
// range's start. Day ranges in figures ("June 18-19", "5 to 9 September")
// are read in numberExpr (numbers.go).

// rangeStart returns the day a range ends its span from when the expression
// at token i closes one: "Tuesday to Thursday", "June 18 through Friday",
// "between Monday and Wednesday".
func (t *Tagger) rangeStart(i int) (date, bool) {
	return t.rangeStartOf(i, gDay)
}

// rangeStartOf is rangeStart for a range whose start has granularity g:
// gMonth for "from June to November".
func (t *Tagger) rangeStartOf(i int, g gran) (date, bool) {
	if i < 2 || len(t.out) == 0 {
		return date{}, false
	}
	last := t.out[len(t.out)-1]
	if last.End != t.toks[i-2].end || t.st.ref.g != g {
		return date{}, false
	}
	switch w := t.w(i - 1); {
	case rangeWords.Has(w):
		return t.st.ref, true
	case w == "and":
		// only after "between": "Monday and Wednesday" alone is two days.
		for k := i - 2; k >= 0 && t.toks[k].start >= last.Start; k-- {
			if k > 0 && t.toks[k].start == last.Start && t.w(k-1) == "between" {
				return t.st.ref, true
			}
		}
	}
	return date{}, false
}

// weekdayStart reports whether the range that the expression at token i
// closes starts with a weekday ("from Sunday to Monday"), which the end
// follows within a week.
func (t *Tagger) weekdayStart(i int) bool {
	return i >= 2 && weekdays[t.w(i-2)] != 0 && t.toks[i-2].start == t.out[len(t.out)-1].Start
}

// closesYearRange reports whether the year y at token i ends a range that
// the previous expression, a year, opens: "from 2001 to 2005", "between
// 2001 and 2005", "2008-2009". Such a number is a year whatever follows.
func (t *Tagger) closesYearRange(i, y int) bool {
	if i < 2 || len(t.out) == 0 {
		return false
	}
	last := t.out[len(t.out)-1]
	if last.End != t.toks[i-2].end || last.Val.Grain != gYear || last.Val.Unknown != 0 || last.Type != "DATE" {
		return false
	}
	if first := last.Val.Year; y <= first || y > first+100 {
		return false
	}
	switch w := t.w(i - 1); {
	case rangeWords.Has(w):
		return true
	case w == "and":
		return t.w(i-3) == "between"
	}
	return false
}

// rangeEndYear gives the year of a month, or a day of a month, written
// without one that opens a range whose end writes its year: "between
// January and June 2025", "from March 3 to May 9, 2024", "October through
// December 2019". English writes the year once, at the range's end, for
// both ends; a start later in the calendar than the end is in the year
// before ("from November to February 2024"). Reads at most six tokens
// after the start, so linear.
func (t *Tagger) rangeEndYear(m mention) (int, bool) {
	j := m.end
	switch w := t.w(j); {
	case rangeWords.Has(w):
	case w == "and" && t.w(m.start-1) == "between":
	default:
		return 0, false
	}
	j++
	mo, j, ok := t.monthAt(j)
	if !ok {
		return 0, false
	}
	day := 0
	if j < len(t.toks) && t.toks[j].kind == tNum && t.toks[j].digits <= 2 && t.toks[j].num >= 1 && t.toks[j].num <= 31 {
		day = t.toks[j].num
		j++
	}
	if day != 0 && t.w(j) == "," {
		j++
	}
	if monthYearDets.Has(t.w(j)) && t.w(j+1) == "year" && !t.st.noDCT {
		// "between March and August last year"
		if d, ok := t.detShift(t.w(j), gYear); ok {
			return t.rangeStartYear(m, mo, day, d.y), true
		}
	}
	if j >= len(t.toks) || t.toks[j].kind != tNum || t.toks[j].digits != 4 || t.toks[j].num < 1000 || t.toks[j].num > 2199 {
		return 0, false
	}
	if j+1 < len(t.toks) && !t.toks[j+1].space && t.toks[j+1].kind == tWord {
		return 0, false // "2000-strong", "1990s"
	}
	return t.rangeStartYear(m, mo, day, t.toks[j].num), true
}

// listEndYear gives the year of a month alone written without one that
// opens a list of months whose last writes its year: "in March and July
// 2024", "in October, November and December 2022", "in May or June 2023".
// English writes the year of a list once, after its last member, for all
// of them, as it does for a range; a month later in the calendar than the
// last is in the year before. Only months alone, joined by commas, "and"
// or "or"; reads at most four members, so linear.
func (t *Tagger) listEndYear(m mention) (int, bool) {
	j := m.end
	for n := 0; n < 4; n++ {
		last := false
		switch w := t.w(j); {
		case w == "," && (t.w(j+1) == "and" || t.w(j+1) == "or"):
			j += 2
			last = true
		case w == "and" || w == "or":
			j++
			last = true
		case w == ",":
			j++
		default:
			return 0, false
		}
		if t.w(j) == "in" {
			j++ // "in March and in July 2024"
		}
		mo, next, ok := t.monthAt(j)
		if !ok {
			return 0, false
		}
		j = next
		if j < len(t.toks) && t.toks[j].kind == tNum && t.toks[j].digits == 4 && t.toks[j].num >= 1000 && t.toks[j].num <= 2199 {
			if j+1 < len(t.toks) && !t.toks[j+1].space && t.toks[j+1].kind == tWord {
				return 0, false // "2000-strong", "1990s"
			}
			if n := t.w(j + 1); j+1 < len(t.toks) && t.toks[j+1].kind == tWord && !prepositions.Has(n) && !relPronouns.Has(n) && !coordinators.Has(n) && n != "whose" && n != "when" {
				// "The plant shut in January and June 2025 saw it
				// reopen": the last member is the subject of a verb
				// after it, no member of a list.
				return 0, false
			}
			return t.rangeStartYear(m, mo, 0, t.toks[j].num), true
		}
		if last || j < len(t.toks) && t.toks[j].kind == tNum {
			return 0, false
		}
	}
	return 0, false
}

// rangeStartYear is the year of the start m of a range whose end is the
// day (or month, day 0) mo/day of year y: y, or the year before if the
// start comes later in the calendar.
func (t *Tagger) rangeStartYear(m mention, mo, day, y int) int {
	if m.month > mo || m.month == mo && day != 0 && m.day > day {
		return y - 1
	}
	return y
}

// monthAt reads a month's name at token j, capitalised, whole ("March") or
// abbreviated with its point ("Sept."), and returns the month and the
// token after it (shared by rangeEndYear and listEndYear).
func (t *Tagger) monthAt(j int) (mo, next int, ok bool) {
	if !t.capital(j) {
		return 0, j, false
	}
	if mo, ok = monthNames[t.w(j)]; ok {
		return mo, j + 1, true
	}
	if mo, ok = monthAbbrevs[t.w(j)]; !ok || t.w(j+1) != "." {
		return 0, j, false
	}
	return mo, j + 2, true
}
