package timex

import (
	"strconv"
	"time"
)

// gran is the granularity of a resolved date value: Grain, under short
// names.
type gran = Grain

const (
	gNone    = GrainNone
	gCentury = GrainCentury
	gDecade  = GrainDecade
	gYear    = GrainYear
	gHalf    = GrainHalf
	gQuarter = GrainQuarter
	gSeason  = GrainSeason
	gMonth   = GrainMonth
	gWeek    = GrainWeek
	gWeekend = GrainWeekend
	gDay     = GrainDay
)

// date is a calendar value of some granularity: y always (unless yx), m and
// d for months and days, q for the quarter, half or season (1-4: SP, SU, FA,
// WI), w for ISO weeks (y is then the ISO year). yx marks an unknown year
// (XXXX-12-25).
type date struct {
	y, m, d, q, w int
	g             gran
	yx            bool
}

func pad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// value formats d as a TIMEX3 value (Value.String).
func (d date) value() string { return d.val().String() }

// dayOf returns the day of t.
func dayOf(t time.Time) date {
	y, m, d := t.Date()
	return date{y: y, m: int(m), d: d, g: gDay}
}

func (d date) time() time.Time {
	return time.Date(d.y, time.Month(d.m), d.d, 12, 0, 0, 0, time.UTC)
}

// validDay reports whether y-m-d is a real day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// addDays moves a day date by n days (calendar arithmetic, never 24h units).
func (d date) addDays(n int) date { return dayOf(d.time().AddDate(0, 0, n)) }

// before reports whether day d comes before day e.
func (d date) before(e date) bool { return d.time().Before(e.time()) }

// weekOf gives the ISO week of a day.
func (d date) weekOf() date {
	y, w := d.time().ISOWeek()
	return date{y: y, w: w, g: gWeek}
}

func quarterOfMonth(m int) int { return (m-1)/3 + 1 }

// as coarsens a day date to granularity g, one of a unit's (see units):
// never a season.
func (d date) as(g gran) date {
	switch g {
	case gDay:
		return d
	case gWeek, gWeekend:
		w := d.weekOf()
		w.g = g
		return w
	case gMonth:
		return date{y: d.y, m: d.m, g: gMonth}
	case gQuarter:
		return date{y: d.y, q: quarterOfMonth(d.m), g: gQuarter}
	case gHalf:
		return date{y: d.y, q: (d.m-1)/6 + 1, g: gHalf}
	case gYear, gDecade, gCentury:
		return date{y: d.y, g: g}
	}
	return d
}

// shift moves d by n units of its own granularity, one of a unit's (see
// units and coarsen): never a season.
func (d date) shift(n int) date {
	switch d.g {
	case gDay:
		return d.addDays(n)
	case gWeek, gWeekend:
		// Monday of the ISO week, then whole weeks.
		t := isoWeekMonday(d.y, d.w).AddDate(0, 0, 7*n)
		y, w := t.ISOWeek()
		return date{y: y, w: w, g: d.g}
	case gMonth:
		t := time.Date(d.y, time.Month(d.m)+time.Month(n), 1, 12, 0, 0, 0, time.UTC)
		return date{y: t.Year(), m: int(t.Month()), g: gMonth}
	case gQuarter:
		k := d.y*4 + d.q - 1 + n
		return date{y: k / 4, q: k%4 + 1, g: gQuarter}
	case gHalf:
		k := d.y*2 + d.q - 1 + n
		return date{y: k / 2, q: k%2 + 1, g: gHalf}
	case gYear:
		return date{y: d.y + n, g: gYear}
	case gDecade:
		return date{y: d.y + 10*n, g: gDecade}
	case gCentury:
		return date{y: d.y + 100*n, g: gCentury}
	}
	return d
}

// shiftYears moves d by n years keeping its granularity (the same quarter
// a year earlier).
func (d date) shiftYears(n int) date {
	switch d.g {
	case gDay:
		t := d.time().AddDate(n, 0, 0)
		return dayOf(t)
	case gWeek, gWeekend:
		return date{y: d.y + n, w: d.w, g: d.g}
	}
	d.y += n
	return d
}

func isoWeekMonday(y, w int) time.Time {
	// January 4 is always in week 1.
	t := time.Date(y, 1, 4, 12, 0, 0, 0, time.UTC)
	wd := int(t.Weekday())
	if wd == 0 {
		wd = 7
	}
	return t.AddDate(0, 0, 1-wd+7*(w-1))
}

// weekday returns 1 (Monday) .. 7 (Sunday).
func (d date) weekday() int {
	wd := int(d.time().Weekday())
	if wd == 0 {
		wd = 7
	}
	return wd
}

// coarsen gives d at the coarser granularity g, if it can.
func coarsen(d date, g gran) (date, bool) {
	if d.g == g {
		return d, true
	}
	if d.g == gDay {
		return d.as(g), true
	}
	if d.g < g {
		return date{}, false
	}
	switch g {
	case gYear, gDecade, gCentury:
		return date{y: d.y, g: g}, true
	case gQuarter:
		if d.g == gMonth {
			return date{y: d.y, q: quarterOfMonth(d.m), g: gQuarter}, true
		}
	case gHalf:
		if d.g == gMonth {
			return date{y: d.y, q: (d.m-1)/6 + 1, g: gHalf}, true
		}
		if d.g == gQuarter {
			return date{y: d.y, q: (d.q-1)/2 + 1, g: gHalf}, true
		}
	}
	return date{}, false
}
