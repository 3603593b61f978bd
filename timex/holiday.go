package timex

import "time"

// Holidays are dates by name (TIMEX3 values them like any day: "Christmas
// Day" is XXXX-12-25 without a year, else the year the tense points to,
// which holidayDate in resolve.go chooses).
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

// easterShift gives the rule of a holiday n days from Easter Sunday.
func easterShift(n int) func(y int) date {
	return func(y int) date { return easter(y).addDays(n) }
}

// thanksgiving gives the fourth Thursday of November of year y (the US
// holiday).
func thanksgiving(y int) date {
	t := time.Date(y, 11, 1, 12, 0, 0, 0, time.UTC)
	off := (int(time.Thursday) - int(t.Weekday()) + 7) % 7
	return dayOf(t.AddDate(0, 0, off+21))
}

// nthMonday is the rule of a holiday on a Monday of a month: the nth, or
// the last for n -1.
type nthMonday struct{ month, n int }

// day gives the holiday's day in year y.
func (r nthMonday) day(y int) date {
	if r.n < 0 {
		last := time.Date(y, time.Month(r.month)+1, 0, 12, 0, 0, 0, time.UTC)
		back := (int(last.Weekday()) - int(time.Monday) + 7) % 7
		return dayOf(last.AddDate(0, 0, -back))
	}
	first := time.Date(y, time.Month(r.month), 1, 12, 0, 0, 0, time.UTC)
	off := (int(time.Monday) - int(first.Weekday()) + 7) % 7
	return dayOf(first.AddDate(0, 0, off+7*(r.n-1)))
}

// holidayExpr matches a holiday name at i and resolves it.
func (t *Tagger) holidayExpr(i int) (mention, bool) {
	return t.matchHoliday(i)
}

// matchHoliday reads a holiday name at i into a mention: the rule of its
// day in a year (fixed), the year the text writes after it ("Easter
// 2019"), and "last", "next" or "this" before it. holidayDate (resolve.go)
// chooses the year.
func (t *Tagger) matchHoliday(i int) (mention, bool) {
	if !t.capital(i) {
		return mention{}, false
	}
	var fixed func(y int) date
	end := i + 1
	needPrep := false
	dayOrEve := func(k int) bool { return (t.w(k) == "day" || t.w(k) == "eve") && t.capital(k) }
	fixedDay := func(m, d int) func(int) date {
		return func(y int) date { return date{y: y, m: m, d: d, g: gDay} }
	}
	if r, ok := mondayHolidays[t.w(i)]; ok {
		// "Labor Day", "Presidents' Day"
		k := i + 1
		if t.apostrophe(k) {
			k++
		}
		if t.w(k) == "day" && t.capital(k) {
			fixed, end = r.day, k+1
		}
	}
	if n, ok := easterDays[t.w(i)+"-"+t.w(i+1)]; ok && t.capital(i+1) {
		// "Palm Sunday", "Ash Wednesday", "Whit Monday"
		fixed, end = easterShift(n), i+2
	} else if n, ok := easterDays[t.w(i)]; ok {
		fixed, needPrep = easterShift(n), true // "at Pentecost"
	}
	switch t.w(i) {
	case "christmas":
		fixed = fixedDay(12, 25)
		if dayOrEve(end) {
			if t.w(end) == "eve" {
				fixed = fixedDay(12, 24)
			}
			end++
		} else {
			needPrep = true
		}
	case "new":
		// "New Year's Day", "New Year's Eve"
		if t.w(i+1) == "year" && t.capital(i+1) && t.possessive(i+2) && dayOrEve(i+4) {
			fixed = fixedDay(1, 1)
			if t.w(i+4) == "eve" {
				fixed = fixedDay(12, 31)
			}
			end = i + 5
		}
	case "halloween":
		fixed, needPrep = fixedDay(10, 31), true
	case "valentine":
		if t.possessive(i+1) && t.w(i+3) == "day" {
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
		return mention{}, false
	}
	if t.holidayName(end) {
		// "the Good Friday Agreement", "the Good Friday peace
		// agreement": a holiday in the name of an agreement is no date.
		return mention{}, false
	}
	// "Christmas last year", "Easter next year": the holiday of the
	// year the determiner points to, a date with no preposition before
	// it too.
	yearDet := ""
	if monthYearDets.Has(t.w(end)) && t.w(end+1) == "year" {
		yearDet = t.w(end)
	}
	if needPrep && yearDet == "" {
		if !holidayPreps.Has(t.w(i-1)) && !t.describedHoliday(i) {
			return mention{}, false
		}
		if end < len(t.toks) && t.toks[end].kind == tWord && !t.toks[end].cap && !afterYear.Has(t.w(end)) && !t.participle(end) {
			// "before Christmas shopping": a modifier; not a past verb
			// after the name ("the ceasefire announced for Easter
			// expired", "sales in the week after Christmas rose").
			return mention{}, false
		}
	}
	m := mention{start: i, end: end, kind: mHoliday, at: i, holiday: fixed, det: t.w(i - 1)}
	if yearDet != "" {
		m.yearDet, m.end = yearDet, end+2
	}
	if y, ok := t.yearNum(end); ok {
		m.year, m.hasYear, m.end = y, true, end+1
	} else if t.w(end) == "," {
		if y, ok := t.yearNum(end + 1); ok {
			m.year, m.hasYear, m.end = y, true, end+2
		}
	}
	if !holidayDets.Has(m.det) {
		m.det = ""
	} else if !m.hasYear {
		m.start = i - 1 // "last Christmas"
	}
	return m, true
}

// describedHoliday reports whether the holiday name at i follows "a" and
// one adjective in lower case ("after a quiet Thanksgiving", "hoped for a
// white Christmas"): the day as it went or will go. A noun after the name
// still makes it a modifier ("a merry Christmas card"), as after a
// preposition.
func (t *Tagger) describedHoliday(i int) bool {
	return i >= 2 && t.w(i-2) == "a" && t.toks[i-1].kind == tWord && !t.toks[i-1].cap && t.functionFree(i-1)
}

// holidayName reports whether the words from token k make a holiday or a
// weekday right before them part of the proper name of an agreement, a
// rising or an offensive ("Agreement", "peace agreement" after "Good
// Friday"; holiday-name-nouns, holiday-name-fillers).
func (t *Tagger) holidayName(k int) bool {
	return holidayNames.Has(t.w(k)) || holidayFillers.Has(t.w(k)) && holidayNames.Has(t.w(k+1))
}
