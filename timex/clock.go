package timex

import "strconv"

// Times of day: "10:30 a.m.", "3 p.m. EST", "10.30am", "noon Saturday",
// "midnight Friday", with the day that may follow them; without one, the
// time is on the text's last day, else the DCT's.

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
	return result{start: i, end: j, typ: "TIME", v: clockOn(d, h, m)}, true
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

// noonExpr matches "noon" and "midnight" with a day ("noon Saturday",
// "midnight Friday").
func (t *Tagger) noonExpr(i int) (result, bool) {
	h := 12 // noon, midday
	if t.w(i) == "midnight" {
		h = 24
	}
	end, d := t.dayAfterClock(i+1, date{})
	if end == i+1 || d.yx {
		return result{}, false
	}
	return result{start: i, end: end, typ: "TIME", v: clockOn(d, h, 0)}, true
}
