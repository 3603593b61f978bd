package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/araddon/dateparse"
	"github.com/dateline-news/dateline/timeline"
)

// Sentinel errors for publication dates.
var (
	ErrNoDate = errors.New("no publication date")
	ErrDate   = errors.New("unreadable publication date")
	ErrFuture = errors.New("publication date in the future")
)

// dateLayouts are tried, in order, before dateparse: the layouts newsroom
// tools write most (RFC 3339 and ISO 8601 dates and date-times). The first
// carries its own zone; the others are read in the newsroom's zone.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.DateOnly,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
}

// timeOfDay matches a time without a date, which dateparse would read as
// a two-digit year, month and day ("10:30:00" as 2000-10-30).
var timeOfDay = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([aApP]\.?[mM]\.?)?$`)

// parseDate reads a metadata date: the standard library's layouts first, then
// araddon/dateparse in loc with RetryAmbiguousDateWithSwap, so that both
// 06/18/2024 and 18/06/2024 read as 18 June; 03/04/2024, which could be
// either day first or month first, is refused. dateparse is used here and
// nowhere else. A value must name a day: "2024" or "June 2024" is refused
// rather than read as the first of the period.
func parseDate(s string, loc *time.Location) (t time.Time, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("%w: empty", ErrDate)
	}
	for i, layout := range dateLayouts {
		var err error
		if i == 0 {
			t, err = time.Parse(layout, s)
		} else {
			t, err = time.ParseInLocation(layout, s, loc)
		}
		if err == nil {
			return checkYear(s, t, loc)
		}
	}
	if ambiguous(s) {
		return time.Time{}, fmt.Errorf("%w: %q could be day/month or month/day: write it as YYYY-MM-DD", ErrDate, s)
	}
	if timeOfDay.MatchString(s) {
		return time.Time{}, fmt.Errorf("%w: %q is a time of day, not a date", ErrDate, s)
	}
	// dateparse has panicked on odd input in the past; a bad date in one
	// article must not stop the run.
	defer func() {
		if r := recover(); r != nil {
			t, err = time.Time{}, fmt.Errorf("%w: %q: date parser failed", ErrDate, s)
		}
	}()
	opt := dateparse.RetryAmbiguousDateWithSwap(true)
	layout, err := dateparse.ParseFormat(s, opt)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %q: %w", ErrDate, s, dateparseError{err})
	}
	if !namesDay(layout) {
		return time.Time{}, fmt.Errorf("%w: %q is not a day (a publication date needs year, month and day)", ErrDate, s)
	}
	t, err = dateparse.ParseIn(s, loc, opt)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %q: %w", ErrDate, s, dateparseError{err})
	}
	return checkYear(s, t, loc)
}

// The years a publication date may fall in. A news article dated year 1
// or 9999 is a slip of the CMS, and the dates counted from it would be
// nonsense on the timeline ("-023", "10000-W01").
const (
	minYear = 1800
	maxYear = 2200
)

// checkYear refuses times whose published day (see publishedDay) lies
// outside minYear..maxYear.
func checkYear(s string, t time.Time, loc *time.Location) (time.Time, error) {
	if y := writerTime(t, loc).Year(); y < minYear || y > maxYear {
		return time.Time{}, fmt.Errorf("%w: %q: year %d out of range (%d-%d)", ErrDate, s, y, minYear, maxYear)
	}
	return t, nil
}

// numericDate matches a date written as three numbers with the year last
// ("03/04/2024", "3.4.24", "03-04-2024 10:00").
var numericDate = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b`)

// ambiguous reports a numeric date whose first two numbers could each be
// the day or the month ("03/04/2024": 3 April or 4 March). dateline does
// not guess which anywhere; "18/06/2024" and "06/18/2024" can only be 18
// June, and "03/03/2024" is the same either way.
func ambiguous(s string) bool {
	m := numericDate.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	return a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12
}

// namesDay reports whether a Go time layout, as dateparse.ParseFormat
// returns it, has a day of the month (or is a Unix timestamp, which
// ParseFormat returns as the digits themselves). Day fields are "2", "02" and
// "_2" (and "002" for day of year); every other "2" is part of "2006" or a
// zone offset, which are removed first.
func namesDay(layout string) bool {
	for _, tok := range []string{"2006", "Z07:00", "-07:00", "-0700", "Z0700"} {
		layout = strings.ReplaceAll(layout, tok, "")
	}
	return strings.Contains(layout, "2")
}

// publishedDay is the calendar day of t where it was written: in the
// zone of its offset, when the date gave one ("2024-06-18T23:30:00-04:00"
// is the 18th, the day its writer's "yesterday" and "today" count from,
// wherever the newsroom is); else in the newsroom's zone (a date with no
// zone, or one in UTC: "Z" or "+00:00" is more often a system's clock
// than where its writer was).
func publishedDay(t time.Time, loc *time.Location) timeline.Date {
	return timeline.DayOfTime(writerTime(t, loc))
}

// writerTime is t in its writer's zone (see publishedDay).
func writerTime(t time.Time, loc *time.Location) time.Time {
	if _, off := t.Zone(); t.Location() != loc && off != 0 {
		return t
	}
	return t.In(loc)
}

// dateparseError rewraps an error from dateparse for a one-line message: its
// own errors start with a capital letter ("Could not find format for ..."),
// as Go error strings do not, and the time.ParseError it passes on repeats
// the input and the layout it tried ("parsing time "the day after" as "Mon
// Jan after": cannot parse ..."), which the user did not write. Both say
// only what is wrong; the original stays wrapped.
type dateparseError struct{ err error }

func (e dateparseError) Error() string {
	var pe *time.ParseError
	if errors.As(e.err, &pe) && pe.Message != "" {
		return strings.TrimPrefix(pe.Message, ": ")
	}
	s := e.err.Error()
	if pe != nil || strings.HasPrefix(s, "Could not find format") {
		return "no known date format"
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func (e dateparseError) Unwrap() error { return e.err }
