package timex

// Resolving days and times of day that hang on the text's last date or on
// the DCT: "for the week", "later in the day", "the day before", "until
// then", parts of the day after a determiner ("that night", "this
// morning"), clock times (clock.go), and sets, which need no anchor.

// timeDate resolves a mention of a day or a time of day.
func (t *Tagger) timeDate(m *mention) (result, bool) {
	st := &t.st
	if (m.kind == mClock || m.kind == mPartOfDay && m.ofRef) && st.hasBgDay {
		// (the clause's tense is asked only when a background date
		// stands to be put back: narrativeDay does nothing without one)
		tn, _ := t.clauseTense(m.start)
		defer st.narrativeDay(tn == past)()
	}
	refDay := st.hasRef && st.ref.g == gDay && !st.ref.yx
	switch m.kind {
	case mTheWeek:
		// "For the week, the index fell": a week the text does not fix
		// (the trading week? the calendar week?) stays unresolved, in
		// the year under discussion.
		if st.noDCT {
			return result{}, false
		}
		if t.weekAhead(m.start) {
			return dateResult(m.start, m.end, st.dct.as(gWeek)), true
		}
		return result{start: m.start, end: m.end, typ: "DATE", v: Value{Grain: gWeek, Year: t.yearUnderDiscussion(), Unknown: UnknownWeek}}, true
	case mTheDay:
		if m.ofRef {
			return t.dayBefore(*m)
		}
		// "later in the day": the day of the last date, else the
		// document's.
		if st.noDCT {
			return result{}, false
		}
		d := st.dct
		if st.hasRef && st.ref.g == gDay {
			d = st.ref
		}
		if d.before(st.dct) && t.w(m.start-2) == "later" && t.tenseAt(m.start) == future {
			// "Bush spoke Wednesday evening. Cheney will brief reporters
			// later in the day", in a Thursday story: what is still to
			// come happens on no day gone by, so the day is the DCT's.
			d = st.dct
		}
		return dateResult(m.start, m.end, d), true
	case mThen:
		if st.hasRef && st.ref.g >= gMonth && !st.ref.yx {
			return dateResult(m.start, m.end, st.ref), true
		}
		return result{}, false
	case mPartOfDay:
		d := st.dct
		if m.ofRef {
			// "that night", "the next morning": a part of the last day
			// the text named, or of the day next to it.
			if !refDay || st.refLost {
				return result{}, false
			}
			d = st.ref
		}
		if m.shift != 0 {
			d = d.addDays(m.shift)
		}
		// "the next morning" and "last night" move the text on to their
		// day; "this morning" is the DCT's and anchors nothing new.
		return result{start: m.start, end: m.end, typ: "TIME", v: timeOn(d, m.pod), d: d, concrete: m.ofRef || m.shift != 0}, true
	case mRangeDay:
		// "June 18-19", "June 18 to 20": the second day takes the month
		// and year of the first, and comes after it.
		if ref := st.ref; ref.g == gDay && m.day > ref.d && validDay(ref.y, ref.m, m.day) {
			return dateResult(m.start, m.end, date{y: ref.y, m: ref.m, d: m.day, g: gDay}), true
		}
		return result{}, false
	case mClock:
		// The day written after the time, else the text's last day, else
		// the DCT's.
		var d date
		end, onDay, written := m.end, false, true
		if m.on != nil {
			r, ok := t.dayAfter(m.on)
			switch {
			case ok && !(m.needDay && r.d.yx):
				d, end, onDay = r.d, r.end, true
				if prev, ok := t.rangeStart(m.start); ok && m.on.kind == mWeekday && d.before(prev) {
					// "a curfew from 7 p.m. Tuesday to 7:30 a.m.
					// Wednesday": a range does not end before it
					// starts; its end is the first such day after the
					// start.
					f := (d.weekday() - prev.weekday() + 7) % 7
					if f == 0 {
						f = 7
					}
					d = prev.addDays(f)
				}
				if m.dayLater {
					end = m.timeEnd
				}
				// "at 6 p.m. the next day": the day counted from the last
				// date is an expression of its own, emitted after the
				// time, and moves the text on; the time does not, or the
				// day would count from its own day.
				written = m.on.kind != mRelative && m.on.kind != mTheDay
			case m.needDay:
				return result{}, false
			default:
				end = m.timeEnd // the time alone
			}
		}
		switch {
		case onDay:
		case m.onDay:
			d = date{y: m.year, m: m.month, d: m.day, g: gDay, yx: m.yx}
		case m.dayWord:
			d = st.dct
			if m.shift != 0 {
				d = d.addDays(m.shift)
			}
		case t.clockEntry(m):
			// "1.15pm: Trains are running again": an entry of a live
			// blog is on the day its entries run on, whatever an entry
			// before it said of last night: the day of a line above that
			// holds only a date ("Tuesday 27 January"), else the day of
			// the entries before, else the DCT's. It starts a new entry,
			// so what follows counts from its day.
			switch {
			case st.hasRef && st.ref.g == gDay && !st.ref.yx && t.dateLine(st.refAt):
				d = st.ref
			case st.hasBlogDay:
				d = st.blogDay
				if m.hour < 6 && st.blogClock >= 18*60 {
					// "10:15 p.m. Crews closed the causeway. / 1:05
					// a.m. The storm came ashore": the small hours
					// after an evening's entry are the night that
					// follows, on the next day.
					d = d.addDays(1)
				}
			default:
				d = st.dct
			}
			st.blogDay, st.hasBlogDay, st.blogClock = d, true, m.hour*60+m.minute
		case t.namedDay(m.start, &d):
			written = false
		case t.aheadClock(m):
			// "Liftoff is scheduled for 22:14 local time on Tuesday. ...
			// HYDRA should separate from the rocket at about 23:11", in
			// a Monday story: a time in the future after a day ahead
			// that the text named last is on that day, not the DCT's.
			d, written = st.ahead, false
		case st.refLost:
			// "He fell on the Sunday morning. At 10 a.m. he reached the
			// road": the day of a story retold, which got no date.
			return result{}, false
		case st.hasRef && st.ref.g == gDay:
			d, written = st.ref, false
			night := st.refNight
			if st.saidRef {
				// "An explosion tore through the platform late Tuesday,
				// the Coast Guard said Wednesday. The blast hit shortly
				// before 10 p.m.": the time is the happening's, on the
				// day the sentence named before its attribution; with
				// none, the day is unknown and the time is left.
				if !st.hasPre {
					return result{}, false
				}
				d, night = st.preRef, st.preNight
			} else if st.dct.before(d) && st.refAt < t.clauseStart(m.start) && !t.futureClock(m) {
				// "Results are expected on Monday. Polling stations close
				// at 7 p.m.", in a Sunday story: a day ahead that a
				// sentence before named may be the time's or not (the
				// polls close today); unsure, the time is left. A time
				// told in the future goes on with that day ("Voting
				// starts on Monday. Polls will close at 8 p.m.").
				return result{}, false
			}
			if t.w(st.refAt-1) == "since" {
				// "The tremor, the largest since Monday's quake, struck
				// at 11:20 pm": a day after "since" starts a stretch
				// the time is at the end of, on a day not named.
				return result{}, false
			}
			if d == st.dct && !st.saidRef && (st.refAt >= st.leadEnd || t.saidOn(st.refAt)) && t.otherParagraph(st.refAt, m.start) && t.dayBeforeReport(m) {
				// "Ashcombe became the hottest place ever recorded on
				// Wednesday. The Met Office confirmed the reading on
				// Thursday morning. / Crowds queued from 10:00", filed
				// on Thursday: the DCT's day, named after the lead in
				// a paragraph before, is no day the report's bare times
				// go on with (dayBeforeReport). Not the DCT's day the
				// lead itself came to ("... late on Tuesday, and the
				// road reopened early on Wednesday"), unless as the day
				// of its saying ("..., prosecutors said on Monday, in
				// what officials called a planned raid"). A time within
				// the part of the day the lead gave its news is of the
				// lead's day (leadClockDay).
				if ld, ok := t.leadClockDay(m); ok {
					d = ld
				} else {
					return result{}, false
				}
			}
			if d == st.dct && !st.saidRef && !st.hasTime && st.refAt < t.clauseStart(m.start) && t.dayBeforeReport(m) && m.hour*60+m.minute > t.hoursShown(st.refAt) {
				// "A tornado tore through the town on Tuesday evening
				// ... A survey on Wednesday afternoon found EF-3 damage.
				// The twister touched down at 6:38 p.m.", filed on
				// Wednesday at an hour not given: a time told in the
				// past, later than any hour the text showed of the DCT's
				// day, may be the lead's day's as well as the DCT's (the
				// report may have been written before it); unsure, the
				// time is left. A time within the hours shown ("toured
				// the damage on Wednesday morning ... landed at 10:15
				// a.m.") goes on with the DCT's day. A time within the
				// part of the day the lead gave its news ("The twister
				// touched down at 6:38 p.m." after "on Tuesday evening")
				// is of the lead's day (leadClockDay).
				if ld, ok := t.leadClockDay(m); ok {
					d = ld
				} else {
					return result{}, false
				}
			}
			if t.ofHappening(m) || !st.saidRef && t.otherParagraph(st.refAt, m.start) && (d.before(st.dct.addDays(-1)) || st.dct.addDays(1).before(d) || t.pluperfectAt(m.start)) && !t.narrativeNext(st.refAt, m, d) {
				// "Gov. Nixon signed it on April 10. / During the trial,
				// jurors heard from the neighbor who saw his truck
				// shortly before 11 p.m. on the night of the killing", in
				// an April 26 story: a time of the night of a happening,
				// or a time in a paragraph after the one that named a
				// day more than a day from the DCT, may be of another
				// day than that one; unsure, the time is left.
				return result{}, false
			}
			if night && (m.hour < 6 || m.hour < 9 && st.refAt >= t.clauseStart(m.start) && !t.pluperfectAt(m.start)) {
				// "Saturday night. Police arrived at 12:40 a.m.": the
				// small hours after a night are the next day's; so is
				// an early morning the sentence of the night comes to
				// ("left at 11 p.m. Thursday and docked at 6:15 a.m.").
				d = d.addDays(1)
			} else if m.hour < 6 && t.afternoonClockOn(d) && !st.dct.before(d.addDays(1)) && !t.pluperfectAt(m.start) {
				if tn, _ := t.clauseTense(m.start); tn == past {
					// "The span fell at about 5:10 p.m. Monday. ... A
					// fourth body was recovered shortly before 3 a.m.",
					// filed on Tuesday: a time of the small hours told
					// in the past after a time of that day's afternoon or
					// evening is in the night that followed, on the next
					// day, when that day is not after the story's.
					d = d.addDays(1)
				}
			}
			if m.hour >= 18 && !st.saidRef && (t.w(st.refAt) == "early" || t.w(st.refAt-1) == "early" || t.w(st.refAt-1) == "on" && t.w(st.refAt-2) == "early") && st.refAt < t.clauseStart(m.start) {
				// "Storms hit on Wednesday night and went on early
				// Thursday. The first call came at 11:45 p.m.": an
				// evening's time after the small hours of a day a
				// clause before named ("early Thursday", "early on
				// Thursday") may be the night before or that day's
				// evening; unsure, the time is left.
				return result{}, false
			}
		default:
			d, written = st.dct, false
			if t.dayBeforeReport(m) {
				ld, ok := t.leadClockDay(m)
				if !ok {
					return result{}, false
				}
				d = ld
			}
			if m.bareName && m.hour == 24 && !st.noDCT {
				if tn, _ := t.clauseTense(m.start); tn == past {
					// "The power went out at midnight", filed that
					// day: the midnight gone by is the one that began
					// the DCT's day, the end of the day before.
					d = d.addDays(-1)
				}
			}
		}
		if !written {
			var ok bool
			if d, ok = t.clockDayByTense(m, d); !ok {
				return result{}, false
			}
			if (m.hour < 6 || m.hour < 12 && t.nextStep(m)) && t.eveningBefore(m, d) {
				// "Polls close at 10 p.m. and the first results are
				// expected shortly after 1 a.m.": the small hours after
				// an evening's time of the same sentence, ahead, are in
				// the night that follows, on the next day.
				d = d.addDays(1)
			}
		}
		// A time on a day the text writes dates what follows (emit).
		return result{start: m.start, end: end, typ: "TIME", v: clockOn(d, m.hour, m.minute), d: d, concrete: written && !d.yx}, true
	}
	return result{}, false
}

// dayBeforeReport reports whether the clock time m, with no day of its
// own and no day named in its paragraph, is told in the past in a report
// whose lead put its news on a day of the week before the DCT's
// (st.leadBefore: "Ashcombe became the hottest place ever recorded on
// Wednesday", filed on Thursday). News English writes a report of the
// day before at a day's distance: its bare times in the past ("Crowds
// queued from 10:00 at the lido") go on telling the lead's day, or the
// day of a sentence before, whatever the report says of its own day in
// between ("The Met Office confirmed the reading on Thursday morning");
// the DCT's day, the day after, is the least likely of them. Unsure which
// day, the time is left: no date is a missing source, a wrong one a
// published correction. Not in a live blog, whose entries are of their
// own day.
func (t *Tagger) dayBeforeReport(m *mention) bool {
	st := &t.st
	if !st.leadBefore || st.hasBlogDay || st.noDCT {
		return false
	}
	tn, _ := t.clauseTense(m.start)
	return tn == past
}

// leadClockDay gives the lead's day for a clock time m, with no day of
// its own, that a report of the day before (dayBeforeReport) tells within
// the part of the day its lead gave its news ("A tornado tore through the
// town on Tuesday evening", filed on Wednesday: "The twister touched down
// at 6:38 p.m."): the time is of the news the report is of, on its day. A
// lead that named a day alone, or a time out of its part of the day
// ("Crews left at 4 a.m."), gives none.
func (t *Tagger) leadClockDay(m *mention) (date, bool) {
	st := &t.st
	if !st.leadBefore || m.hour > 23 {
		return date{}, false
	}
	h := m.hour
	switch st.leadPart {
	case Morning:
		return st.leadDay, h >= 5 && h < 12
	case Afternoon:
		return st.leadDay, h >= 12 && h < 18
	case Evening, Night:
		return st.leadDay, h >= 17
	}
	return date{}, false
}

// futureClock reports whether the clock time m is told in the future
// ("will close at 8 p.m.", "should separate at about 23:11").
func (t *Tagger) futureClock(m *mention) bool {
	tn, _ := t.clauseTense(m.start)
	return tn == future
}

// aheadClock reports whether the clock time m, with no day of its own, is
// told in the future after the text named a day after the DCT's (state
// ahead), with no day named since (the anchor, if any, is older), at most
// 300 tokens before it; or told in the present in the sentence of that day.
func (t *Tagger) aheadClock(m *mention) bool {
	st := &t.st
	if !st.hasAhead || m.start <= st.aheadAt || m.start-st.aheadAt > 300 || st.hasRef && st.ref.g == gDay && st.refAt >= st.aheadAt {
		return false
	}
	tn, _ := t.clauseTense(m.start)
	if st.aheadAt >= t.clauseStart(m.start) && (tn == present || tn == noTense) {
		// "The ferry sails at 6 p.m. on Monday and docks at 9 a.m.": in
		// the sentence of the time ahead, a present (or no marked
		// tense) tells the same timetable.
		return true
	}
	return tn == future
}

// zoneAside reports whether the expression at token i is in a bracket,
// at most four tokens in, that opens right after a time of day: "at
// 22:14 local time (0114 GMT Wednesday)", the same moment told in another
// zone, whose day may be the next.
func (t *Tagger) zoneAside(i int) bool {
	n := len(t.out) - 1
	for j := i - 1; j >= 1 && j >= i-4 && n >= 0; j-- {
		switch t.toks[j].low {
		case "(":
			return t.out[n].Type == "TIME" && t.out[n].End == t.toks[j-1].end
		case ")", ".", ",":
			return false
		}
	}
	return false
}

// eveningBefore reports whether the clock time m, with no day of its own,
// on day d, follows in its sentence a time of the evening or midnight on
// d (the last expression emitted, not the start of a range with m, unless
// a next step of the sentence opens that range: "starts at 10 p.m. and
// lasts until 6 a.m."), in a clause that is not in the past: the past is
// afternoonClockOn's.
func (t *Tagger) eveningBefore(m *mention, d date) bool {
	n := len(t.out) - 1
	if n < 0 || rangeWords.Has(t.w(m.start-1)) && !t.nextStep(m) || t.w(m.start-1) == "and" {
		return false
	}
	v := t.out[n].Val
	if !v.Clock || v.Unknown != 0 || v.Hour < 18 || v.Year != d.y || int(v.Month) != d.m || int(v.Day) != d.d {
		return false
	}
	if t.out[n].Start < t.toks[t.clauseStart(m.start)].start {
		return false
	}
	tn, _ := t.clauseTense(m.start)
	// A verb in -s with no marked tense after "and" is a timetable's
	// present ("sails at 6 p.m. and docks at 9 a.m.", nextStep).
	return tn == future || tn == reportedFuture || tn == present || tn == noTense && t.nextStep(m)
}

// nextStep reports whether the clock time m follows the last expression
// emitted as the next step of what its sentence tells: an "and" or "then"
// between them opens a clause with a verb of its own ("The ferry sails at
// 6 p.m. on Monday and will dock at about 9 a.m.", "Trading halts at 8
// p.m. and resumes at 7 a.m."), so a morning's time after an evening's
// (eveningBefore) is the next morning; not "closes at 10 p.m. after
// opening at 7 a.m.", a time told out of order. It reads at most 20
// tokens back.
func (t *Tagger) nextStep(m *mention) bool {
	n := len(t.out) - 1
	if n < 0 {
		return false
	}
	for j := m.start - 1; j > 0 && j >= m.start-20 && t.toks[j].start >= t.out[n].End; j-- {
		if w := t.w(j); (w == "and" || w == "then") && j+1 < m.start && t.toks[j+1].kind == tWord && (t.marker(j+1) != noTense || t.presentS(j+1)) {
			return true
		}
	}
	return false
}

// afternoonClockOn reports whether the last time of day the text gave
// was one of the afternoon or the evening (noon or later) on day d.
func (t *Tagger) afternoonClockOn(d date) bool {
	for i := len(t.out) - 1; i >= 0; i-- {
		v := t.out[i].Val
		if !v.Clock {
			continue
		}
		return v.Unknown == 0 && v.Year == d.y && int(v.Month) == d.m && int(v.Day) == d.d && v.Hour >= 12
	}
	return false
}

// pluperfectAt reports whether the clause of token at is in the
// pluperfect ("a crowd had built up in the street by 2.40 p.m."): it tells
// of a time before another past, which a day named in another paragraph
// need not be, even yesterday.
func (t *Tagger) pluperfectAt(at int) bool {
	tn, k := t.clauseTense(at)
	if tn != past || k < 0 {
		return false
	}
	return t.w(k) == "had" && (t.w(k+1) == "been" || t.participle(k+1)) || t.before(k) == "had" && t.participle(k)
}

// ofHappening reports whether the clock time m, with no day of its own,
// is followed by "on the night of", "on the morning of" ... and a word
// that names no day ("shortly before 11 p.m. on the night of the
// killing"): the time is on the day of that happening, which the text's
// last day need not be.
func (t *Tagger) ofHappening(m *mention) bool {
	j := m.timeEnd
	if m.on == nil {
		j = m.end
	}
	if t.w(j) != "on" || t.w(j+1) != "the" || t.w(j+3) != "of" {
		return false
	}
	if _, ok := partsOfDay[t.w(j+2)]; !ok && t.w(j+2) != "day" {
		return false
	}
	if j+4 >= len(t.toks) || t.toks[j+4].kind != tWord {
		return false
	}
	w := t.w(j + 4)
	_, wd := weekdays[w]
	_, mn := monthNames[w]
	_, ma := monthAbbrevs[w]
	return !wd && !mn && !ma // "on the night of Sept. 3" names its day
}

// otherParagraph reports whether a blank line stands between the tokens
// ref and at (ref before at). It reads back from at within its paragraph,
// 150 tokens at most: a ref further back counts as another paragraph.
func (t *Tagger) otherParagraph(ref, at int) bool {
	for j := at; j > ref; j-- {
		if t.toks[j].nl || at-j > 150 {
			return true
		}
	}
	return false
}

// narrativeNext reports whether the clock time m, with no day of its
// own, goes on with the story of the day d named at token ref in the
// paragraph before: its sentence opens the paragraph right after the one
// of ref, and both clauses tell, in the simple past, what happened on a
// day gone by ("Rescuers reached the mine on Tuesday, Sept. 22. / At 6:45
// p.m. the first worker was brought up"), the day after a preposition
// ("on", "by") or "late"/"early", not a noun's modifier. A time deeper in
// the paragraph, or told in the pluperfect, may be of another day.
func (t *Tagger) narrativeNext(ref int, m *mention, d date) bool {
	lo := t.clauseStart(m.start)
	if ref < 0 || ref >= lo || !t.toks[lo].nl || lo-ref > 150 || !d.before(t.st.dct) {
		return false
	}
	for j := lo - 1; j > ref; j-- {
		if t.toks[j].nl {
			return false
		}
	}
	if p := t.w(ref - 1); t.st.refPoss || !(prepositions.Has(p) && p != "of") && p != "late" && p != "early" {
		// "was investigating the June 20 shooting", "Friday's crash":
		// a day that names a happening by a noun is no day the story is
		// on.
		return false
	}
	for k := ref + 1; k < lo && k-ref <= 40 && !t.sentenceEnd(k); k++ {
		if t.marker(k) != noTense && t.w(k-1) != "and" && !reportingVerbs.Has(t.w(k)) {
			// "Two of the people arrested on Tuesday, ..., were
			// remanded": a finite verb after the day, not one that goes
			// on with the same subject, is the sentence's own; the day
			// was a noun's; a closing verb of saying is not the news.
			return false
		}
	}
	for k := lo; k < m.start; k++ {
		if reportingVerbs.Has(t.w(k)) {
			// "In court, a neighbour said she heard a scream at 10
			// p.m.": what someone told is of its own day.
			return false
		}
	}
	if tn, _ := t.clauseTense(m.start); tn != past || t.pluperfectAt(m.start) {
		return false
	}
	tn, _ := t.clauseTense(ref)
	return tn == past && !t.pluperfectAt(ref)
}

// clockDayByTense checks the day d that a clock time m with no day of
// its own took from the text or the DCT against the tense of its clause
// and the DCT's own time. The end of a range of clock times is on the
// start's day, or the next when it is no later ("from 9 p.m. to 5 a.m.").
// A time in the future is on no day gone by: "The curfew, announced late
// on Thursday, will run from 9 p.m.", in a Friday story, runs from the
// DCT's evening, or from a day unknown when the DCT's time is past it. A
// time in the past is no later than the DCT's time on the DCT's day:
// "after the bomb went off shortly before 7:45 pm", filed at 7:40 pm, is
// a day before, which one the text does not say. It reports false when
// no day can be given.
func (t *Tagger) clockDayByTense(m *mention, d date) (date, bool) {
	st := &t.st
	at := m.hour*60 + m.minute
	if n := len(t.out); n > 0 && m.start >= 2 && rangeWords.Has(t.w(m.start-1)) && t.out[n-1].End == t.toks[m.start-2].end && t.out[n-1].Val.Clock {
		prev := t.out[n-1].Val
		if prev.Unknown != 0 || prev.Grain != GrainDay && prev.Grain != 0 {
			return d, true
		}
		s := date{y: prev.Year, m: int(prev.Month), d: int(prev.Day), g: gDay}
		if at <= int(prev.Hour)*60+int(prev.Minute) {
			s = s.addDays(1)
		}
		return s, true
	}
	if st.noDCT {
		return d, true
	}
	h, mi, _ := st.dctTime.Clock()
	now := h*60 + mi
	// The time of writing: the DCT's, or in an entry of a live blog the
	// entry's own ("**9:41 a.m.** The roof collapsed at 9 p.m."), on the
	// day its entries run on.
	nowDay, hasNow := st.dct, st.hasTime
	if st.hasBlogDay {
		nowDay, now, hasNow = st.blogDay, st.blogClock, true
	}
	tn, k := t.clauseTense(m.start)
	if tn == reportedFuture && (t.w(k) == "will" || t.futureFromNow(k)) {
		// "The curfew, announced on Thursday, will run from 9 p.m.": a
		// future told in "will" after a verb of saying is the text's;
		// so is one told from now after a past saying ("Police said the
		// results are due to be announced at 4 a.m.", futureFromNow).
		tn = future
	}
	switch tn {
	case future:
		if d.before(st.dct) {
			if st.hasTime && at <= now {
				return d, false
			}
			return st.dct, true
		}
		if hasNow && d == nowDay && at <= now {
			// "The road will reopen shortly after 4 a.m.", filed at
			// 6:30 p.m. or in an entry of 9:41 a.m.: a time still to
			// come is no time of the writing's day gone by; which day
			// after it the text does not say, so the time is left.
			return d, false
		}
	case past:
		if st.hasTime && d == st.dct && at > now && !(st.hasRef && st.ref == d && st.refNight) {
			// The text's own "Thursday evening", the DCT's day, says
			// the DCT's time is no time of filing to trust ("killed
			// Thursday evening ... around 7:15 p.m.", filed at 1:58).
			return d, false
		}
		if st.hasBlogDay && d == nowDay && at > now && t.w(k-1) != "," {
			// "09:41 — The roof collapsed at 9 p.m.": a time told in
			// the past in an entry of a live blog is no later than the
			// entry's own; on the entry's day it would be, so the day
			// is another (the day before?) and the time is left. Not
			// when the past is a participle after a comma ("The
			// decision lands at 2pm, followed by the press conference
			// at 3pm"): no finite verb of the time's clause tells the
			// past.
			return d, false
		}
	}
	return d, true
}

// clockEntry reports whether the clock time m, written with no day after
// it, is the time of an entry of a live blog: it opens its line (or the
// text), past any markup of entry-markup ("**1.15pm**", "## 1.15pm", "-
// 1.15pm"), and a mark of entry-marks follows it ("9.05am: Good
// morning.", "1.15pm - Police say ..."), past markup. With no mark, the
// time that ends its line ("## 12.10pm", a heading) or comes before a
// capitalised word ("1.05pm Flights resume.") is one when markup opened
// its line or the line before ended a sentence (not a line of wrapped
// prose, "... hit at\n10 a.m. Eastern time"), or it opens a paragraph (the
// entry above may end on a time's "p.m."). A word of entry-openers may
// come before the time ("Updated 9:40 p.m. ET"), and "p.m." followed by
// the period that ends it and a capital ("11:40 p.m. Crews have ...") is
// read as the time before a capitalised word.
func (t *Tagger) clockEntry(m *mention) bool {
	if m.on != nil {
		return false
	}
	s := m.start
	markup := func() {
		for s > 0 && !t.lineStart(s) && t.toks[s-1].kind == tPunct && (entryMarkup.Has(t.w(s-1)) || t.w(s-1) == "#") {
			s--
		}
	}
	markup()
	if s > 0 && !t.lineStart(s) && t.toks[s-1].kind == tWord && entryOpeners.Has(t.w(s-1)) {
		s--
		markup()
	}
	if s > 0 && !t.lineStart(s) {
		return false
	}
	e := m.end
	for e < len(t.toks) && !t.lineStart(e) && t.toks[e].kind == tPunct && entryMarkup.Has(t.w(e)) && !entryMarks.Has(t.w(e)) {
		e++
	}
	if e < len(t.toks) && !t.lineStart(e) && entryMarks.Has(t.w(e)) {
		return true
	}
	if e < len(t.toks) && !t.lineStart(e) && t.w(e) == "." && e >= 2 && t.w(e-1) == "m" && t.w(e-2) == "." {
		// "11:40 p.m. Crews have brought back power": the period of
		// "p.m." that the sentence took (clock) stands between the
		// stamp and its entry's first word.
		e++
	}
	if s > 0 && s == m.start && !t.sentenceEnd(s-1) && !t.toks[s].nl {
		return false
	}
	if e >= len(t.toks) || t.lineStart(e) {
		return true
	}
	w := t.w(e)
	return t.toks[e].kind == tWord && t.toks[e].cap && !t.toks[e].upper && weekdays[w] == 0 && monthNames[w] == 0 && monthAbbrevs[w] == 0
}

// dateLine reports whether token at is on a line that holds only a date
// ("Tuesday 27 January", "Jan. 27, 2014", "**Monday 26 January**"):
// weekdays, months, numbers, commas, periods and markup.
func (t *Tagger) dateLine(at int) bool {
	if at < 0 || at >= len(t.toks) {
		return false
	}
	ok := func(j int) bool {
		w := t.w(j)
		switch t.toks[j].kind {
		case tNum:
			return true
		case tWord:
			return weekdays[w] != 0 || monthNames[w] != 0 || monthAbbrevs[w] != 0
		}
		return w == "," || w == "." || w == "#" || entryMarkup.Has(w)
	}
	for j := at; ; j-- {
		if !ok(j) {
			return false
		}
		if j == 0 || t.lineStart(j) {
			break
		}
	}
	for j := at + 1; j < len(t.toks) && !t.lineStart(j); j++ {
		if !ok(j) {
			return false
		}
	}
	return true
}

// namedDay reports whether the sentence of a clock time at token at opens
// with "the" and the noun of a happening that a weekday dated before
// ("The death toll from Saturday's earthquake rose on Monday. The quake
// struck at 11:42 a.m."), its verb in the past, and gives that day in d:
// the time is the happening's, not the last day's.
func (t *Tagger) namedDay(at int, d *date) bool {
	if len(t.st.named) == 0 {
		return false
	}
	lo := t.clauseStart(at)
	if t.w(lo) != "the" || lo+1 >= at {
		return false
	}
	nd, ok := t.st.named[happeningKey(t.w(lo+1))]
	if !ok || happeningKey(t.w(lo+1)) == "" {
		return false
	}
	if tn, k := t.clauseTense(at); tn != past || k < lo+2 || k >= at {
		return false
	}
	*d = nd
	return true
}

// dayBefore resolves "the day before", "the day after" said alone: from
// the last date of the text.
func (t *Tagger) dayBefore(m mention) (result, bool) {
	if !t.st.hasRef || t.st.ref.g != gDay {
		return result{}, false
	}
	return dateResult(m.start, m.end, t.st.ref.addDays(m.shift)), true
}

// dayAfter resolves the day written after a clock time (mention.on): a
// day date, or a weekday without a part of the day; a day date that names
// no real day gives way to its weekday (alt).
func (t *Tagger) dayAfter(m *mention) (result, bool) {
	for ; m != nil; m = m.alt {
		switch m.kind {
		case mDay:
			if r, ok := t.dayDate(*m); ok {
				return r, true
			}
		case mWeekday:
			if r, ok := t.weekdayDate(*m); ok && r.typ == "DATE" && r.d.g == gDay {
				return r, true
			}
			return result{}, false
		case mRelative:
			if r, ok := t.relativeDate(*m); ok && r.d.g == gDay {
				return r, true
			}
			return result{}, false
		case mTheDay:
			return t.dayBefore(*m)
		}
	}
	return result{}, false
}

// setValue gives a set its value: a weekday ("every Monday"), a month
// ("every April") or n units ("every other year", "per week").
func setValue(m *mention) result {
	r := result{start: m.start, end: m.end, typ: "SET", freq: m.freq}
	if m.every {
		r.quant = "EVERY"
	}
	switch {
	case m.weekday != 0:
		r.v = weekdayPattern(m.weekday)
	case m.month != 0:
		r.v = date{m: m.month, g: gMonth, yx: true}.val()
	default:
		r.v = durationOf(m.n, false, m.unit)
	}
	return r
}

// weekAhead reports whether "the week" at token start (its "the") is the
// rest of the DCT's week that its clause looks into: after a word of
// week-ahead-preps ("Flights will continue through the week", "Rain is
// expected throughout the week") or "later in" ("Talks resume later in the
// week"), in a clause whose tense is a future or a present, with a mark
// of punctuation or "and" right after it ("the week beginning 17
// October" is the week the words after it fix). "For the week" and a
// past clause stay a week the text does not fix.
func (t *Tagger) weekAhead(start int) bool {
	p := t.w(start - 1)
	if !weekAheadPreps.Has(p) && !(p == "in" && t.w(start-2) == "later") {
		return false
	}
	if e := start + 2; e < len(t.toks) && t.toks[e].kind != tPunct && t.w(e) != "and" {
		return false
	}
	switch t.tenseAt(start) {
	case future, present, reportedFuture:
		return true
	}
	return false
}

// hoursShown gives, in minutes from midnight, how far into the DCT's day
// the text had shown it when it named that day at token at, in a report
// of the day before (dayBeforeReport): a clock time its own time, a part
// of the day its end ("Wednesday morning" noon, "Wednesday afternoon" 6
// p.m., an evening or a night midnight), "early" the morning. A day alone
// that a sentence after the lead tells a happening on ("Officials met on
// Monday") is a day the story has come to, all of it; one the lead names
// beside the earlier day of its news ("... killed four on Tuesday night,
// the weather service confirmed after a survey on Wednesday") shows no
// hour of it (-1).
func (t *Tagger) hoursShown(at int) int {
	if at < 0 || at >= len(t.toks) {
		return -1
	}
	s := t.toks[at].start
	for i := len(t.out) - 1; i >= 0; i-- {
		if t.out[i].Start != s {
			continue
		}
		v := t.out[i].Val
		switch {
		case v.Clock:
			return int(v.Hour)*60 + int(v.Minute)
		case v.PartOfDay == Morning:
			return 12 * 60
		case v.PartOfDay == Afternoon:
			return 18 * 60
		case v.PartOfDay >= Evening:
			return 24 * 60
		case t.w(at-1) == "early" || t.w(at-1) == "on" && t.w(at-2) == "early":
			return 12 * 60
		case at >= t.st.leadEnd:
			return 24 * 60
		}
		return -1
	}
	return -1
}
