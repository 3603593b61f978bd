package timex

import "time"

// state is what resolution knows while it walks a text: the document time
// and the expressions met so far, on which later ones anchor ("the next
// day", "a year earlier").
type state struct {
	text    string
	dct     date // the document date (day)
	dctTime time.Time
	hasTime bool // the DCT has a time of day
	noDCT   bool // no document time: relative expressions cannot resolve

	ref    date // the last concrete date of the text
	hasRef bool
	// refLost is true when a day of a story retold came after ref and
	// got no date ("he fell on the Sunday morning"): what counts from the
	// last day ("the next week", "that night") counts from that day,
	// which the text does not give.
	refLost bool
	// refNight is true when the anchor came with the evening or night of
	// its day ("Saturday night", "11:40 p.m. Saturday"): a clock time in
	// the small hours after it ("Police arrived at 12:40 a.m.") is on the
	// day after.
	refNight bool
	refAt    int // the token the anchor was written at
	// year is the year the text last named (hasYear), at token yearAt:
	// of a date that writes its year out ("January 2021", "Jan. 9,
	// 2021") or a year itself ("2019", "the next year"). "That October"
	// and "in October of that year" point back to it, not to a date a
	// count of months or days put in another year ("a robbery two months
	// earlier").
	year    int
	hasYear bool
	yearAt  int
	// counted is true while the date being emitted is a count from the
	// text's last date ("two months earlier", "the next day"), which
	// stays in the story of the year named; another date of another year
	// ("in May" read in the DCT's year) leaves that year behind.
	counted bool
	refPoss bool // the anchor is a day in the possessive ("Saturday's")
	// saidRef is true when the anchor is the day of a closing attribution
	// ("..., late Tuesday, the Coast Guard said Wednesday."): a bare
	// clock time after it tells of the happening reported, not of the
	// saying. preRef is the day the sentence named before the
	// attribution (hasPre), preNight its refNight, preAt its refAt.
	saidRef  bool
	preRef   date
	hasPre   bool
	preNight bool
	preAt    int
	// bgDay is the day the story was at when a coarser date took the
	// anchor in a phrase of the same sentence after it, as background
	// ("gathered on Sunday to remember the climbers who died a month
	// ago", hasBgDay), with bgAt and bgNight its refAt and refNight: no
	// time of day is in a week, a month or a year, so a clock time with
	// no day of its own, or "that evening", still counts from that day
	// (narrativeDay). So is a day ahead that the sentence gave a plan
	// ("said on Monday that it would close the site on March 31"), for
	// a time told in the past.
	bgDay    date
	hasBgDay bool
	bgAt     int
	bgNight  bool
	// ahead is the last day after the DCT's that the text named
	// (hasAhead), at token aheadAt, which a later clock time in the
	// future is on ("Liftoff is scheduled for 22:14 on Tuesday. ... The
	// satellite should separate at about 23:11"; aheadClock).
	ahead    date
	hasAhead bool
	aheadAt  int
	// entry is the day of the last entry of a timeline (hasEntry), whose
	// head is at token entryAt: the day the next entry follows (entryYear).
	entry    date
	hasEntry bool
	entryAt  int
	entryEnd int // the token after the entry's line
	// blogDay is the day of the last entry of a live blog (hasBlogDay),
	// the day the entries after it run on (clockEntry).
	blogDay    date
	hasBlogDay bool
	// blogClock is the time of day of the last entry of a live blog
	// (minutes from midnight, on blogDay), the time its entry was written.
	blogClock int
	lastQ     date // the last quarter named, for "the quarter", "a year earlier"
	hasQ      bool
	// inQuarter is true while the last reporting period named is a
	// quarter ("the third quarter"), false after a year or a nine-month
	// period: "a year earlier" then means the same quarter a year before.
	inQuarter bool
	// fiscalQ is true while the last quarter named is a fiscal one ("the
	// fiscal first quarter"): its calendar months are unknown, so "the
	// quarter" and "a year earlier" that refer back to it stay "1989-QX".
	fiscalQ bool
	// named holds the day of each happening no one plans that a weekday
	// dated ("Saturday's earthquake"), by its noun (happeningKey).
	named map[string]date
	// days holds the last day of the text on each weekday (1 Monday ..
	// 7 Sunday), which "that Saturday" points back to.
	days [8]date
	// sawDate is true once the text resolved a date of its own; leadBefore
	// when that first date, within the first leadReach tokens (a
	// headline, a byline and a lead), was a day of the week before the
	// DCT's ("yesterday", "on Wednesday" in a Thursday story): the text is
	// a report of an earlier day (dayBeforeReport).
	sawDate    bool
	leadBefore bool
	leadEnd    int // the token after the lead's sentence, with leadBefore
	// leadDay and leadPart, with leadBefore, are that first date's day
	// and the part of the day it named ("Tuesday evening"), if any
	// (leadClockDay).
	leadDay  date
	leadPart DayPart
}

// leadReach is how many tokens from the start of a text its first date
// may be at to be its lead's: a headline, a byline and a lead sentence.
const leadReach = 120

// focusQ is the quarter under discussion, its number unknown (QX) when it
// is a fiscal quarter.
func (s *state) focusQ() date {
	q := s.lastQ
	if s.fiscalQ {
		q.q = 0
	}
	return q
}

func (s *state) reset(text string, dct time.Time) {
	*s = state{text: text, dct: dayOf(dct), dctTime: dct, noDCT: dct.IsZero()}
	h, m, sec := dct.Clock()
	s.hasTime = h != 0 || m != 0 || sec != 0
}

// note records a resolved date as the anchor of what follows.
func (s *state) note(d date) {
	if d.yx || d.g < gYear {
		return
	}
	s.ref, s.hasRef, s.refNight, s.saidRef, s.refLost, s.hasBgDay = d, true, false, false, false, false
	if d.g == gDay {
		s.days[d.weekday()] = d
	}
	switch d.g {
	case gQuarter:
		s.lastQ, s.hasQ, s.inQuarter, s.fiscalQ = d, true, true, false
	case gYear, gHalf:
		s.inQuarter = false
	}
}

// narrativeDay puts, for a time that counts from the day the story is at
// (a clock time with no day, "that evening"), the day a background date
// of coarser grain took the anchor from (bgDay) back as the anchor, and
// returns what puts the state back as it was. News English counts such a
// time from the last day of the narrative's thread, not from a week, a
// month or a year that a phrase of that day's sentence named in passing,
// nor, for a time told in the past (past), from a day ahead that the
// sentence gave a plan.
func (s *state) narrativeDay(past bool) (restore func()) {
	if !s.hasBgDay || !s.hasRef || s.ref.g >= gDay && !(past && s.dct.before(s.ref)) {
		return func() {}
	}
	return s.anchorAt(s.bgDay, s.bgAt, s.bgNight, false)
}

// happeningDay puts, for a day or a time that counts from the day the
// story is at ("the next day", "that evening", "two days later", "the
// day before"), the happening's day that a sentence named before its
// closing attribution (preRef) back as the anchor in place of the
// saying's day, and returns what puts the state back as it was. News
// English tells the narrative from the happening's day: "A man was
// stabbed on Tuesday, police said Thursday. The next day ..." is
// Wednesday. With no such day the saying's day stays the anchor.
func (s *state) happeningDay() (restore func()) {
	if !s.hasRef || !s.saidRef || !s.hasPre {
		return func() {}
	}
	return s.anchorAt(s.preRef, s.preAt, s.preNight, s.refLost)
}

// anchorAt makes ref, written at token at (night: it came with its
// evening or night, as refNight),
// the anchor for one expression, neither possessive nor a saying's day,
// with lost as refLost, and returns what puts the anchor back as it was.
func (s *state) anchorAt(ref date, at int, night, lost bool) (restore func()) {
	ref0, at0, night0, poss0, said0, lost0 := s.ref, s.refAt, s.refNight, s.refPoss, s.saidRef, s.refLost
	s.ref, s.refAt, s.refNight, s.refPoss, s.saidRef, s.refLost = ref, at, night, false, false, lost
	return func() {
		s.ref, s.refAt, s.refNight, s.refPoss, s.saidRef, s.refLost = ref0, at0, night0, poss0, said0, lost0
	}
}
