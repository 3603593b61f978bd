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
