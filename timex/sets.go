package timex

// Sets: "every week", "each Monday", "every other year", "per year",
// "Mondays", "annually" ("twice a year" is read in matchCount,
// durations.go). A set needs no anchor: setValue (resolvetime.go) gives
// its value from the mention.

// setExpr matches a set at i and resolves it.
func (t *Tagger) setExpr(i int) (mention, bool) {
	return t.matchSet(i)
}

// matchSet reads "every week", "each year", "every Monday", "every
// April", "every other year", "per year" at i.
func (t *Tagger) matchSet(i int) (mention, bool) {
	j := i + 1
	if t.w(j) == "other" {
		j++
	}
	if wd, ok := weekdays[t.w(j)]; ok {
		return mention{start: i, end: j + 1, kind: mSet, weekday: wd, every: true}, true
	}
	if m, ok := t.ordinalWeekday(i, j); ok && m.kind == mSet {
		return m, true // "every first Wednesday of the month"
	}
	if m, ok := monthNames[t.w(j)]; ok && t.capital(j) && t.w(i) != "per" {
		return mention{start: i, end: j + 1, kind: mSet, month: m, every: true}, true
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
		return mention{}, false
	}
	return mention{start: i, end: j + 1, kind: mSet, n: n, unit: u, every: t.w(i) != "per"}, true
}

// setWord is the mention of a set said in one word: a weekday in the
// plural (wd, "Mondays") or, with wd 0, "annually", "yearly".
func setWord(i, wd int) mention {
	if wd != 0 {
		return mention{start: i, end: i + 1, kind: mSet, weekday: wd, freq: "1W"}
	}
	return mention{start: i, end: i + 1, kind: mSet, n: 1, unit: units["year"], freq: "1X"}
}

// ordinalWeekday reads an ordinal weekday of a month at the ordinal o
// (first to fifth, or last), from start: "the first Wednesday of April",
// "the last Friday in May" are one day of that month (a month mention
// whose day the weekday and ordinal fix, monthDate); "the first Wednesday
// of the month", "of every month", "every first Wednesday of the month"
// come back every month, a set.
func (t *Tagger) ordinalWeekday(start, o int) (mention, bool) {
	n, ok := ordinals[t.w(o)]
	if !ok || n > 5 || n == 0 {
		return mention{}, false
	}
	j := o + 1
	wd := weekdays[t.w(j)]
	if wd == 0 || !t.capital(j) || t.w(j+1) != "of" && t.w(j+1) != "in" {
		return mention{}, false
	}
	k := j + 2
	if monthSetDets.Has(t.w(k)) && t.w(k+1) == "month" {
		// "of the month", "of every month", "of each month"
		return mention{start: start, end: k + 2, kind: mSet, n: 1, unit: units["month"], every: true, freq: "1X"}, true
	}
	if monthNames[t.w(k)] == 0 && monthAbbrevs[t.w(k)] == 0 {
		return mention{}, false
	}
	m, ok := t.matchMonth(k, 0)
	if !ok || m.kind != mMonth || m.det != "" {
		return mention{}, false
	}
	m.start, m.ordWeekday, m.ordN = start, wd, n
	return m, true
}
