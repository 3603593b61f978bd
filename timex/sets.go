package timex

// Sets: "every week", "each Monday", "every other year", "per year"
// ("Mondays" and "annually" are read in core, match.go; "twice a year" in
// countExpr, durations.go).

// setExpr matches "every week", "each year", "every Monday", "per year".
func (t *Tagger) setExpr(i int) (result, bool) {
	j := i + 1
	if t.w(j) == "other" {
		j++
	}
	if wd, ok := weekdays[t.w(j)]; ok {
		return result{start: i, end: j + 1, typ: "SET", v: weekdayPattern(wd), quant: "EVERY"}, true
	}
	if m, ok := monthNames[t.w(j)]; ok && t.capital(j) && t.w(i) != "per" {
		return result{start: i, end: j + 1, typ: "SET", v: date{m: m, g: gMonth, yx: true}.val(), quant: "EVERY"}, true
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
		return result{}, false
	}
	quant := "EVERY"
	if t.w(i) == "per" {
		quant = ""
	}
	return result{start: i, end: j + 1, typ: "SET", v: durationOf(n, false, u), quant: quant}, true
}
