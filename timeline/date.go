package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Granularity is how precise a Date is. Its order runs from coarse to fine.
type Granularity uint8

// The granularities a timeline date can have. TIMEX3 values outside these
// (seasons, decades, references such as PAST_REF) are not timeline dates.
const (
	NoDate Granularity = iota
	Year
	Quarter
	Month
	Week
	Day
)

var granNames = [...]string{"none", "year", "quarter", "month", "week", "day"}

// String names the granularity ("year", "month", ...).
func (g Granularity) String() string {
	if int(g) < len(granNames) {
		return granNames[g]
	}
	return "invalid"
}

// Date is a calendar date of some granularity: "March 2019" is stored as a
// month and never as 1 March. Only the fields its granularity names are set:
// Year always; Quarter for Quarter; Month for Month and Day; Week (ISO 8601
// week of Year) for Week; Day for Day. The zero Date is "no date".
//
// Date is a small comparable value; it marshals to and from its TIMEX3 value
// (ISO 8601 reduced precision: "2019", "2019-Q2", "2019-04", "2019-W17",
// "2019-04-25"), so JSON output compares directly with TimeML gold values.
type Date struct {
	Year    int
	Quarter int
	Month   time.Month
	Week    int
	Day     int
	Gran    Granularity
}

// YearOf returns the Date for year y.
func YearOf(y int) Date { return Date{Year: y, Gran: Year} }

// QuarterOf returns the Date for quarter q (1-4) of year y.
func QuarterOf(y, q int) Date { return Date{Year: y, Quarter: q, Gran: Quarter} }

// MonthOf returns the Date for month m of year y.
func MonthOf(y int, m time.Month) Date { return Date{Year: y, Month: m, Gran: Month} }

// WeekOf returns the Date for ISO 8601 week w of ISO year y.
func WeekOf(y, w int) Date { return Date{Year: y, Week: w, Gran: Week} }

// DayOf returns the Date for the day y-m-d. It does not normalise: DayOf(2023,
// 2, 30) is not valid.
func DayOf(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d, Gran: Day} }

// DayOfTime returns the day of t in t's location.
func DayOfTime(t time.Time) Date {
	y, m, d := t.Date()
	return DayOf(y, m, d)
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d names a real period of its granularity.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 {
		return false
	}
	switch d.Gran {
	case Year:
		return d == YearOf(d.Year)
	case Quarter:
		return d.Quarter >= 1 && d.Quarter <= 4 && d == QuarterOf(d.Year, d.Quarter)
	case Month:
		return d.Month >= 1 && d.Month <= 12 && d == MonthOf(d.Year, d.Month)
	case Week:
		if d != WeekOf(d.Year, d.Week) || d.Week < 1 {
			return false
		}
		return d.Week <= weeksIn(d.Year)
	case Day:
		if d != DayOf(d.Year, d.Month, d.Day) || d.Month < 1 || d.Month > 12 || d.Day < 1 {
			return false
		}
		t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		return t.Day() == d.Day
	}
	return false
}

// weeksIn returns the number of ISO weeks in ISO year y (52 or 53): 28
// December always lies in the last week.
func weeksIn(y int) int {
	_, w := time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// String returns the TIMEX3 value of d, or "" for the zero Date.
func (d Date) String() string {
	switch d.Gran {
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", d.Year, d.Quarter)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case Week:
		return fmt.Sprintf("%04d-W%02d", d.Year, d.Week)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// ErrDate is returned, wrapped, by ParseDate for text that is not a timeline
// date.
var ErrDate = errors.New("not a timeline date")

// ParseDate parses a TIMEX3 value of one of the timeline granularities:
// "2019", "2019-Q2", "2019-04", "2019-W17" or "2019-04-25".
func ParseDate(s string) (Date, error) {
	bad := func() (Date, error) { return Date{}, fmt.Errorf("%w: %q", ErrDate, s) }
	num := func(t string) (int, bool) {
		for _, c := range t {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(t)
		return n, err == nil && t != ""
	}
	if len(s) < 4 {
		return bad()
	}
	y, ok := num(s[:4])
	if !ok {
		return bad()
	}
	var d Date
	rest := s[4:]
	switch {
	case rest == "":
		d = YearOf(y)
	case len(rest) == 3 && rest[:2] == "-Q":
		q, ok := num(rest[2:])
		if !ok {
			return bad()
		}
		d = QuarterOf(y, q)
	case len(rest) == 4 && rest[:2] == "-W":
		w, ok := num(rest[2:])
		if !ok {
			return bad()
		}
		d = WeekOf(y, w)
	case len(rest) == 3 && rest[0] == '-':
		m, ok := num(rest[1:])
		if !ok {
			return bad()
		}
		d = MonthOf(y, time.Month(m))
	case len(rest) == 6 && rest[0] == '-' && rest[3] == '-':
		m, ok1 := num(rest[1:3])
		dd, ok2 := num(rest[4:])
		if !ok1 || !ok2 {
			return bad()
		}
		d = DayOf(y, time.Month(m), dd)
	default:
		return bad()
	}
	if !d.IsValid() {
		return bad()
	}
	return d, nil
}

// MarshalText implements encoding.TextMarshaler with the TIMEX3 value.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// First returns the first day of d, at midnight UTC.
func (d Date) First() time.Time {
	switch d.Gran {
	case Year:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	case Quarter:
		return time.Date(d.Year, time.Month(3*(d.Quarter-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC)
	case Week:
		// ISO 8601: week 1 is the week with 4 January in it; weeks start on Monday.
		jan4 := time.Date(d.Year, 1, 4, 0, 0, 0, 0, time.UTC)
		off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
		return jan4.AddDate(0, 0, -off+7*(d.Week-1))
	case Day:
		return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Last returns the last day of d, at midnight UTC.
func (d Date) Last() time.Time {
	switch d.Gran {
	case Year:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case Quarter:
		return d.First().AddDate(0, 3, -1)
	case Month:
		return d.First().AddDate(0, 1, -1)
	case Week:
		return d.First().AddDate(0, 0, 6)
	case Day:
		return d.First()
	}
	return time.Time{}
}

// Contains reports whether every day of o lies within d: 2023-09 contains
// 2023-09-13 and itself, but not 2023-W39 (which ends in October).
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return !o.First().Before(d.First()) && !o.Last().After(d.Last())
}

// Compare orders dates on a timeline: by first day, then coarse before fine
// (the year 2023 before 2023-01 before 2023-01-01), so that a period is listed
// before the events within it. It returns -1, 0 or +1.
func (d Date) Compare(o Date) int {
	if c := d.First().Compare(o.First()); c != 0 {
		return c
	}
	switch {
	case d.Gran < o.Gran:
		return -1
	case d.Gran > o.Gran:
		return 1
	}
	return 0
}

// Before reports whether d sorts before o (see Compare).
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }
