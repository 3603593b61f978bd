package timex

import (
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// Value is the value of a time expression in fields: the resolver's answer
// (resolve.go), from which its TIMEX3 string (Timex.Value) is formatted in
// one place, String. It is one of
//
//   - a reference to the present, past or future: Ref ("PRESENT_REF");
//   - a date, or the day of a time: Grain and the fields it needs
//     ("2019-04-25", "2024-W24", "1989-Q3", "199", "XXXX-12-25", "XXXX-WXX-1"),
//     with a time of day when Type is TypeTime ("2019-04-25T10:30",
//     "2019-04-25TMO");
//   - a duration, or the period of a set: N units ("P24Y", "PT3H", "PXD").
//
// A SET is either a period ("every week": P1W) or a date pattern ("every
// Monday": XXXX-WXX-1).
type Value struct {
	Type Type
	// Ref is set for a reference; nothing else is then set.
	Ref     Ref
	Grain   Grain   // the granularity of a date
	Unit    Unit    // the unit of a duration or a set's period
	Unknown Unknown // the fields the text leaves open
	// PartOfDay is a part of the day (MO, AF, EV, NI) and Clock says that
	// Hour (0-24) and Minute give a time of day.
	PartOfDay DayPart
	Clock     bool
	// Month, Day, Week (ISO, of the ISO year Year), Part (a quarter 1-4,
	// a half 1-2 or a season 1-4: spring, summer, fall, winter) and
	// Weekday (1 Monday .. 7 Sunday, for a day known only by its weekday).
	Month, Day, Week, Part, Weekday, Hour, Minute int16
	// Year is the year; a decade's first year (1990 for "199"), a
	// century's (1900 for "19").
	Year int
	N    int // the number of units of a duration or a set's period
}

// DayPart is a part of the day.
type DayPart uint8

// The parts of the day of TIMEX3.
const (
	NoDayPart DayPart = iota
	Morning
	Afternoon
	Evening
	Night
)

var dayPartCodes = [...]string{"", "MO", "AF", "EV", "NI"}

func (p DayPart) String() string { return dayPartCodes[p] }

// dayPartOf is the part of the day of a TIMEX3 code ("MO").
func dayPartOf(code string) DayPart {
	for k, c := range dayPartCodes {
		if c == code && k > 0 {
			return DayPart(k)
		}
	}
	panic("timex: no part of the day " + code)
}

// Type is the TIMEX3 type of an expression.
type Type uint8

// The TIMEX3 types.
const (
	TypeNone Type = iota
	TypeDate
	TypeTime
	TypeDuration
	TypeSet
)

var typeNames = [...]string{"", "DATE", "TIME", "DURATION", "SET"}

func (t Type) String() string { return typeNames[t] }

// typeOf is the Type named s ("DATE").
func typeOf(s string) Type {
	for k, n := range typeNames {
		if n == s {
			return Type(k)
		}
	}
	return TypeNone
}

// Ref is a reference to the present, past or future.
type Ref uint8

// The references of TIMEX3.
const (
	NoRef Ref = iota
	PresentRef
	PastRef
	FutureRef
)

var refNames = [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}

func (r Ref) String() string { return refNames[r] }

// Grain is the granularity of a date, from coarse to fine.
type Grain uint8

// The granularities of a date.
const (
	GrainNone Grain = iota
	GrainCentury
	GrainDecade
	GrainYear
	GrainHalf
	GrainQuarter
	GrainSeason
	GrainMonth
	GrainWeek
	GrainWeekend
	GrainDay
)

// Unit is the unit of a duration or of a set's period.
type Unit uint8

// The units of durations.
const (
	UnitNone Unit = iota
	UnitDay
	UnitWeek
	UnitMonth
	UnitQuarter
	UnitYear
	UnitDecade
	UnitCentury
	UnitWeekend
	UnitHour
	UnitMinute
)

// unitCodes are the TIMEX3 codes of the units; the hour and the minute
// are written after a T ("PT3H").
var unitCodes = [...]string{"", "D", "W", "M", "Q", "Y", "DE", "CE", "WE", "H", "M"}

// Time reports whether u is a unit of a time of day (a PT duration).
func (u Unit) Time() bool { return u >= UnitHour }

// Unknown marks the fields of a value that the text leaves open, written X
// in TIMEX3.
type Unknown uint8

// The fields that may be unknown.
const (
	UnknownYear  Unknown = 1 << iota // XXXX-12-25
	UnknownWeek                      // 2019-WXX, XXXX-WXX-1
	UnknownPart                      // 1989-QX: a quarter whose place in the year is unknown
	UnknownCount                     // PXY: a duration of unknown length
)

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// String formats v as a TIMEX3 value: the one place the value strings are
// written.
func (v Value) String() string {
	if v.Ref != NoRef {
		return v.Ref.String()
	}
	var b [24]byte
	s := b[:0]
	if v.Unit != UnitNone {
		s = append(s, 'P')
		if v.Unit.Time() {
			s = append(s, 'T')
		}
		if v.Unknown&UnknownCount != 0 {
			s = append(s, 'X')
		} else {
			s = appendInt(s, v.N)
		}
		return string(append(s, unitCodes[v.Unit]...))
	}
	s = v.appendDate(s)
	if v.Type == TypeTime {
		s = append(s, 'T')
		if v.Clock {
			s = pad(s, int(v.Hour), 2)
			s = append(s, ':')
			s = pad(s, int(v.Minute), 2)
		} else {
			s = append(s, dayPartCodes[v.PartOfDay]...)
		}
	}
	return string(s)
}

// appendDate appends the date of v: nothing if it has no granularity.
func (v Value) appendDate(s []byte) []byte {
	year := func() {
		if v.Unknown&UnknownYear != 0 {
			s = append(s, "XXXX"...)
		} else {
			s = pad(s, v.Year, 4)
		}
	}
	week := func() {
		s = append(s, "-W"...)
		if v.Unknown&UnknownWeek != 0 {
			s = append(s, "XX"...)
		} else {
			s = pad(s, int(v.Week), 2)
		}
	}
	switch v.Grain {
	case GrainCentury:
		s = pad(s, v.Year/100, 2)
	case GrainDecade:
		s = pad(s, v.Year/10, 3)
	case GrainYear:
		year()
	case GrainHalf:
		year()
		s = append(s, "-H"...)
		s = appendInt(s, int(v.Part))
	case GrainQuarter:
		year()
		s = append(s, "-Q"...)
		if v.Unknown&UnknownPart != 0 {
			s = append(s, 'X')
		} else {
			s = appendInt(s, int(v.Part))
		}
	case GrainSeason:
		year()
		s = append(s, '-')
		s = append(s, seasonCodes[v.Part]...)
	case GrainMonth:
		year()
		s = append(s, '-')
		s = pad(s, int(v.Month), 2)
	case GrainWeek, GrainWeekend:
		year()
		week()
		if v.Grain == GrainWeekend {
			s = append(s, "-WE"...)
		}
	case GrainDay:
		year()
		if v.Weekday != 0 {
			week()
			s = append(s, '-')
			return appendInt(s, int(v.Weekday))
		}
		s = append(s, '-')
		s = pad(s, int(v.Month), 2)
		s = append(s, '-')
		s = pad(s, int(v.Day), 2)
	}
	return s
}

// Date gives the timeline date of a DATE or of the day of a TIME whose
// value names one whole year, quarter, month, ISO week or day with no
// unknown field; ok is false for references, durations, sets, the other
// granularities (decades, halves, seasons, weekends ...) and patterns.
func (v Value) Date() (d timeline.Date, ok bool) {
	if v.Type != TypeDate && v.Type != TypeTime || v.Ref != NoRef || v.Unit != UnitNone || v.Unknown != 0 || v.Weekday != 0 {
		return timeline.Date{}, false
	}
	if v.Year < 0 || v.Year > 9999 {
		return timeline.Date{}, false
	}
	switch v.Grain {
	case GrainYear:
		d = timeline.YearOf(v.Year)
	case GrainQuarter:
		d = timeline.QuarterOf(v.Year, int(v.Part))
	case GrainMonth:
		d = timeline.MonthOf(v.Year, time.Month(v.Month))
	case GrainWeek:
		d = timeline.WeekOf(v.Year, int(v.Week))
	case GrainDay:
		d = timeline.DayOf(v.Year, time.Month(v.Month), int(v.Day))
	default:
		return timeline.Date{}, false
	}
	if !d.IsValid() {
		return timeline.Date{}, false
	}
	return d, true
}

// val is the Value of a date (a DATE; emit sets the type).
func (d date) val() Value {
	v := Value{Type: TypeDate, Grain: d.g, Year: d.y, Month: int16(d.m), Day: int16(d.d), Week: int16(d.w), Part: int16(d.q)}
	if d.yx {
		v.Unknown |= UnknownYear
	}
	if d.g == gQuarter && d.q == 0 {
		v.Unknown |= UnknownPart
	}
	return v
}

// timeOn is the Value of a part of the day on day d ("MO", "NI").
func timeOn(d date, pod string) Value {
	v := d.val()
	v.Type, v.PartOfDay = TypeTime, dayPartOf(pod)
	return v
}

// clockOn is the Value of a clock time on day d.
func clockOn(d date, h, m int) Value {
	v := d.val()
	v.Type, v.Clock, v.Hour, v.Minute = TypeTime, true, int16(h), int16(m)
	return v
}

// weekdayPattern is the Value of a weekday with no week: XXXX-WXX-3.
func weekdayPattern(wd int) Value {
	return Value{Type: TypeDate, Grain: GrainDay, Weekday: int16(wd), Unknown: UnknownYear | UnknownWeek}
}

// durationOf is the Value of n units u (a fortnight is two weeks); vague
// leaves the count unknown.
func durationOf(n int, vague bool, u unit) Value {
	v := Value{Type: TypeDuration, N: n, Unit: u.u}
	if vague {
		v.N, v.Unknown = 0, UnknownCount
	} else if u.code == "2W" {
		v.N = 2 * n
	}
	return v
}

func appendInt(b []byte, n int) []byte { return pad(b, n, 1) }
