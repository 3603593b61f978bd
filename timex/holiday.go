package timex

import "time"

// Holidays are dates by name (TIMEX3 values them like any day: "Christmas
// Day" is XXXX-12-25 without a year, else the year the tense points to).
// Only holidays that are the same day for all who name them in English
// news are known here; a name alone that may be a modifier ("Christmas
// sales") counts only after a preposition or with Day/Eve.

// easter gives Easter Sunday of year y (the Gregorian computus).
func easter(y int) date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date{y: y, m: month, d: day, g: gDay}
}

// thanksgiving gives the fourth Thursday of November of year y (the US
// holiday).
func thanksgiving(y int) date {
	t := time.Date(y, 11, 1, 12, 0, 0, 0, time.UTC)
	off := (int(time.Thursday) - int(t.Weekday()) + 7) % 7
	return dayOf(t.AddDate(0, 0, off+21))
}

// holidayExpr matches a holiday name at i.
func (t *Tagger) holidayExpr(i int) (result, bool) {
	if !t.capital(i) {
		return result{}, false
	}
	var fixed func(y int) date
	end := i + 1
	needPrep := false
	dayWord := func(k int) bool { return (t.w(k) == "day" || t.w(k) == "eve") && t.capital(k) }
	possessive := func(k int) bool { return (t.w(k) == "'" || t.w(k) == "\u2019") && t.w(k+1) == "s" }
	fixedDay := func(m, d int) func(int) date {
		return func(y int) date { return date{y: y, m: m, d: d, g: gDay} }
	}
	switch t.w(i) {
	case "christmas":
		fixed = fixedDay(12, 25)
		if dayWord(end) {
			if t.w(end) == "eve" {
				fixed = fixedDay(12, 24)
			}
			end++
		} else {
			needPrep = true
		}
	case "new":
		// "New Year's Day", "New Year's Eve"
		if t.w(i+1) == "year" && t.capital(i+1) && possessive(i+2) && dayWord(i+4) {
			fixed = fixedDay(1, 1)
			if t.w(i+4) == "eve" {
				fixed = fixedDay(12, 31)
			}
			end = i + 5
		}
	case "halloween":
		fixed, needPrep = fixedDay(10, 31), true
	case "valentine":
		if possessive(i+1) && t.w(i+3) == "day" {
			fixed, end = fixedDay(2, 14), i+4
		}
	case "boxing":
		if t.w(i+1) == "day" && t.capital(i+1) {
			fixed, end = fixedDay(12, 26), i+2
		}
	case "easter":
		fixed = easter
		switch t.w(i + 1) {
		case "sunday":
			end++
		case "monday":
			fixed, end = func(y int) date { return easter(y).addDays(1) }, end+1
		default:
			needPrep = true
		}
	case "good":
		if t.w(i+1) == "friday" && t.capital(i+1) {
			fixed, end = func(y int) date { return easter(y).addDays(-2) }, i+2
		}
	case "thanksgiving":
		fixed = thanksgiving
		if t.w(end) == "day" && t.capital(end) {
			end++
		} else {
			needPrep = true
		}
	}
	if fixed == nil {
		return result{}, false
	}
	if needPrep {
		if !holidayPreps[t.w(i-1)] {
			return result{}, false
		}
		if end < len(t.toks) && t.toks[end].kind == tWord && !t.toks[end].cap && !afterYear[t.w(end)] {
			return result{}, false // "before Christmas shopping": a modifier
		}
	}
	if y, ok := t.yearNum(end); ok {
		return dateResult(i, end+1, fixed(y)), true
	}
	if t.w(end) == "," {
		if y, ok := t.yearNum(end + 1); ok {
			return dateResult(i, end+2, fixed(y)), true
		}
	}
	if t.st.noDCT {
		d := fixed(2001) // any year: only fixed-date holidays keep their day
		if d != fixed(2002).shiftYears(-1) {
			return result{}, false
		}
		d.yx = true
		return dateResult(i, end, d), true
	}
	guess := fixed(t.st.dct.y)
	y := t.inferYear(i, guess.m, guess.d)
	d := fixed(y)
	switch t.w(i - 1) {
	case "last":
		if y = t.st.dct.y; fixed(y).time().After(t.st.dct.time()) || fixed(y) == t.st.dct {
			y--
		}
		d = fixed(y)
		return dateResult(i-1, end, d), true
	case "next":
		if y = t.st.dct.y; !fixed(y).time().After(t.st.dct.time()) {
			y++
		}
		d = fixed(y)
		return dateResult(i-1, end, d), true
	case "this":
		return dateResult(i-1, end, fixed(t.st.dct.y)), true
	}
	return dateResult(i, end, d), true
}
