package timex

import (
	"strconv"
	"strings"
)

// Times of day: "10:30 a.m.", "3 p.m. EST", "10.30am", "noon Saturday",
// "midnight Friday", with the day that may follow them, read into a
// mention; without a day, timeDate (resolvetime.go) puts the time on the
// text's last day, else the DCT's. The day after a time is read into the
// time's mention (on), with where the time alone ends (timeEnd):
// timeDate (resolvetime.go) takes the day only if it names one ("5 p.m.
// Friday", not "5 p.m. Friday morning").

// clockTime matches "10:30 a.m.", "3 p.m.", "15:45 GMT" and resolves it.
func (t *Tagger) clockTime(i int) (mention, bool) {
	return t.matchClock(i)
}

// matchClock reads a clock time at i, with its time zone and the day
// after it.
func (t *Tagger) matchClock(i int) (mention, bool) {
	tok := &t.toks[i]
	h, m := -1, 0
	dot := false
	if tok.num >= 0 {
		if tok.digits > 2 || tok.num < 1 || tok.num > 12 {
			return mention{}, false
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
				return mention{}, false
			}
		}
		if c < 1 || c > 2 || len(s)-c-1 != 2 {
			return mention{}, false
		}
		hh, err1 := strconv.Atoi(s[:c])
		mm, err2 := strconv.Atoi(s[c+1:])
		if err1 != nil || err2 != nil || hh > 24 || mm > 59 {
			return mention{}, false
		}
		h, m = hh, mm
	}
	j := i + 1
	ampm := ""
	switch t.w(j) {
	case "a", "p":
		if t.seq(j+1, ".", "m") {
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
				if j+1 >= len(t.toks) || !t.toks[j+1].cap || wd || mn || ma || timeZones.Has(nx) || t.zoneWritten(j+1) > 0 {
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
	oclock := false
	if ampm == "" && tok.num >= 0 && t.oclock(j) {
		// "at 6 o'clock": an hour of the clock, morning or evening
		// unknown, written as the hour (TIMEX3 takes it as given).
		oclock = true
		j += 3
	}
	if ampm == "" && !oclock && (tok.num >= 0 || dot) {
		return mention{}, false
	}
	if ampm == "" && t.w(i-1) == "(" && t.w(j) == ")" {
		// "Watch: Drone footage shows the flooded valley (2:14)": a
		// time alone in parentheses, with no a.m. or p.m. or zone, is
		// the length of a video or a clip, no clock time.
		return mention{}, false
	}
	if dot && h > 12 {
		return mention{}, false
	}
	if ampm == "p" && h < 12 {
		h += 12
	} else if ampm == "a" && h == 12 {
		h = 0
	}
	if timeZones.Has(t.w(j)) {
		j++
	} else if t.seq(j, "local", "time") {
		j += 2
	} else if n := t.zoneWritten(j); n > 0 {
		j += n
	}
	c := mention{start: i, kind: mClock, at: i, hour: h, minute: m}
	c.end = t.dayAfterClock(&c, j)
	return c, true
}

// zoneWritten is how many tokens from j write a time zone out after a
// clock time ("Mountain time", "Pacific Daylight Time"): a zone's name
// in capitals, then one of the heads (time-zone-heads), and "time" after
// "standard" or "daylight"; 0 when they do not. The zone completes the
// time as "EST" does, and a period before it ends no sentence; the name
// alone may open one ("at 9 a.m. Pacific shipping lines said").
func (t *Tagger) zoneWritten(j int) int {
	if j+1 >= len(t.toks) || !t.toks[j].cap || !timeZoneNames.Has(t.w(j)) || !timeZoneHeads.Has(t.w(j+1)) {
		return 0
	}
	if t.w(j+1) != "time" && t.w(j+2) == "time" {
		return 3
	}
	return 2
}

// oclock reports whether the tokens from j are "o'clock".
func (t *Tagger) oclock(j int) bool {
	return t.w(j) == "o" && t.apostrophe(j+1) && t.w(j+2) == "clock"
}

// dayAfterClock reads the day that may follow a clock time at j ("5 p.m.
// Friday", "noon, Nov. 9", "noon today") into the mention c: a weekday or
// a day date (c.on, which the resolver keeps only if it names a day, else
// it takes the time alone, up to c.timeEnd), or a day word. It returns the
// token after it; without one it returns j. No day is read across a
// paragraph break.
func (t *Tagger) dayAfterClock(c *mention, j int) int {
	if j < len(t.toks) && t.toks[j].nl {
		// "Ambulances are diverted from 6 a.m. / (blank line) March 12 —
		// The hospital confirms ...": a day after a paragraph break opens
		// the next paragraph (a chronology's label, a heading); it is
		// not the day of the time that ends the paragraph before.
		return j
	}
	k := j
	if t.w(k) == "(" {
		// "9 p.m. local time (1800 GMT) on Tuesday": the day comes after
		// the time given again in another zone.
		for e := k + 1; e < len(t.toks) && e <= k+6; e++ {
			if t.w(e) == ")" {
				k = e + 1
				break
			}
		}
	}
	if d, ok := t.clockDay(k); ok {
		day := d // allocated only here
		c.on, c.timeEnd = &day, j
		return d.end
	}
	switch t.w(k) {
	case "today":
		c.dayWord, c.shift = true, 0
		return k + 1
	case "yesterday":
		c.dayWord, c.shift = true, -1
		return k + 1
	case "tomorrow":
		c.dayWord, c.shift = true, 1
		return k + 1
	case "tonight":
		c.dayWord, c.shift = true, 0
		return k + 1
	case "last":
		// "at 10pm last night": the night before the DCT, whose small
		// hours ("at 2am last night") are the DCT's.
		if lastPartsOfDay.Has(t.w(k + 1)) {
			c.dayWord, c.shift = true, -1
			if c.hour < 6 {
				c.shift = 0
			}
			return k + 2
		}
	case "this":
		// "at 7am this morning"
		if _, ok := partsOfDay[t.w(k+1)]; ok {
			c.dayWord, c.shift = true, 0
			return k + 2
		}
	}
	if day, ok := t.pointedWeekday(k); ok {
		// "died at 6:15 p.m. last Wednesday", "lands at 9 a.m. next
		// Friday, May 3": the time is on the weekday the determiner
		// points to, which is an expression of its own, as it would be
		// without the time; the time alone is not on the DCT's day.
		c.on, c.timeEnd, c.dayLater = &day, j, true
		return j
	}
	if day, ok := t.dayFromLast(k); ok {
		// "was arrested at 6 p.m. the next day", "had bought the gun at
		// 10 a.m. the day before": the time is on the day the words
		// after it count from the text's last date, and they are an
		// expression of their own.
		c.on, c.timeEnd, c.dayLater = &day, j, true
		return j
	}
	if t.w(k) == "on" && t.w(k+1) == "the" && t.w(k+3) == "of" {
		// "at about 9 p.m. on the evening of Feb. 12": the time is on
		// the day the part of the day names, an expression of its own.
		if _, ok := partsOfDay[t.w(k+2)]; ok {
			if d, ok := t.clockDay(k + 4); ok {
				day := d
				c.on, c.timeEnd, c.dayLater = &day, j, true
				return j
			}
		}
	}
	if e := t.clockNounEnd(c.start, j); e > j {
		// "at the 5.45am muster on Monday", "the 8 a.m. meeting on
		// Tuesday": a time that names a thing of the day is on the day
		// written after the noun, which is an expression of its own.
		if d, ok := t.clockDay(e); ok && t.w(e) == "on" {
			day := d
			c.on, c.timeEnd, c.dayLater = &day, j, true
			return j
		}
	}
	if rangeWords.Has(t.w(j)) || t.w(j) == "and" {
		// "from 10 a.m. to 4 p.m. Saturday", "between 6 a.m. and noon
		// on Tuesday": the first time of a range is on the day written
		// after the second, which the first's span does not take in.
		e := j + 1
		if e >= len(t.toks) || t.toks[e].kind != tNum && !clockNames.Has(t.w(e)) {
			return j
		}
		e++
		for e < len(t.toks) && e <= j+6 && (clockMarks.Has(t.w(e)) || timeZones.Has(t.w(e))) {
			e++
		}
		if d, ok := t.clockDay(e); ok {
			day := d
			c.on, c.timeEnd, c.dayLater = &day, j, true
		}
	}
	return j
}

// pointedWeekday reads at k, after an optional comma or "on", a weekday
// with a determiner and no "the" ("last Wednesday", "next Friday, May
// 3"), with no part of the day after it: a day of its own.
func (t *Tagger) pointedWeekday(k int) (mention, bool) {
	if t.w(k) == "," || t.w(k) == "on" {
		k++
	}
	if openers[t.w(k)]&oDet == 0 {
		return mention{}, false
	}
	det, the, e := t.determiner(k)
	if the || det == "" || openers[t.w(e)]&oWeekday == 0 || !t.weekdayName(e) {
		return mention{}, false
	}
	m, ok := t.matchWeekday(k, e, det)
	if !ok || m.kind == mWeekday && m.pod != "" || m.kind != mWeekday && m.kind != mDay {
		return mention{}, false
	}
	return m, true
}

// dayFromLast reads at k a day counted from the text's last date: "the
// next day", "the following day", "the previous day", "that day", "the
// day before".
func (t *Tagger) dayFromLast(k int) (mention, bool) {
	if t.w(k) == "the" && t.w(k+1) == "day" {
		return t.matchDayBefore(k, k+1)
	}
	det, the, e := t.determiner(k)
	if !the && det != "that" {
		return mention{}, false
	}
	m, ok := t.matchRelative(k, e, det, the)
	return m, ok && m.kind == mRelative && m.unit.g == gDay
}

// clockDay reads the day a clock time may be on at k, past a comma or
// "on": a weekday without a part of the day, or a day date.
func (t *Tagger) clockDay(k int) (mention, bool) {
	if t.w(k) == "," || t.w(k) == "on" {
		k++
	}
	if d, ok := t.matchAbbrevWeekdayDate(k); ok {
		return d, true
	}
	if _, wd := weekdays[t.w(k)]; wd && t.weekdayName(k) {
		d, ok := t.matchWeekday(k, k, "")
		return d, ok && d.pod == ""
	}
	_, ma := monthAbbrevs[t.w(k)]
	_, mn := monthNames[t.w(k)]
	if ma || mn {
		d, ok := t.matchMonth(k, 0)
		return d, ok && d.kind == mDay
	}
	if day, of, ok := t.dayNum(k); ok {
		// "closes at 5pm on 28 March", "at 11.30pm on the 2nd of
		// March": a day written before its month.
		if t.w(of) == "of" {
			of++
		}
		if d, ok := t.matchMonth(of, day); ok && d.kind == mDay {
			d.start = k
			return d, true
		}
	}
	return mention{}, false
}

// noonExpr matches "noon" and "midnight" with a day ("noon Saturday",
// "midnight Friday") and resolves it.
func (t *Tagger) noonExpr(i int) (mention, bool) {
	h := 12 // noon, midday
	if t.w(i) == "midnight" {
		h = 24
		// "a minute past midnight on Thursday", "just after midnight
		// Sunday": the first minutes of that day, not its end.
		if midnightStarts.Has(t.w(i - 1)) {
			h = 0
		}
	}
	c := mention{start: i, kind: mClock, at: i, hour: h, needDay: true}
	c.end = t.dayAfterClock(&c, i+1)
	if c.end == i+1 {
		// "went out at midnight", "starts at noon": with no day after
		// it, a time after a preposition of clock-name-preps, on the
		// day the text is on (timeDate, resolvetime.go); in capitals
		// or with no such word before, no time ("High Noon", "a
		// midnight feast").
		if c.on != nil || t.toks[i].cap || !clockNamePreps.Has(t.w(i-1)) {
			return mention{}, false
		}
		c.needDay, c.bareName = false, true
		if timeZones.Has(t.w(i + 1)) {
			c.end = i + 2 // "shortly before noon EDT"
		}
	}
	return c, true
}

// clockNounEnd is the token after the noun that a clock time from token
// i to j qualifies after "the", "a" or a possessive
// (attributive-determiners: "the 5.45am muster", "a 6 a.m. headcount",
// "its 9 p.m. curfew"): one or two words in lower case that are no
// function words and no verb in -ed; j if there is none.
func (t *Tagger) clockNounEnd(i, j int) int {
	if i == 0 || !attributiveDets.Has(t.w(i-1)) {
		return j
	}
	e := j
	for e < len(t.toks) && e < j+2 && t.toks[e].kind == tWord && !t.toks[e].cap && t.functionFree(e) && !strings.HasSuffix(t.w(e), "ed") {
		e++
	}
	return e
}
