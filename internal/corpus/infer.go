package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// Inferring a publication date (Options.InferPublished) from the article's
// own evidence, for an article whose metadata has none. Two kinds of
// evidence give the day:
//
//   - a dateline opening one of the article's first lines, in the wire
//     services' form "SEOUL, June 18 (Reuters) -" or "LONDON, 18 June 2024
//     -", its year, when it has none, from the full dates the text gives
//     ("13 September 2023"), taken as past: the first year that puts the
//     dateline's day on or after the latest of them;
//   - a date line among the first lines: "June 18, 2024", "Published 18
//     June 2024", "2024-06-18", alone on its line.
//
// A weekday written with a date ("Tuesday, June 18, 2024", "SEOUL,
// Tuesday, June 18") must be that date's weekday, and the dateline and a
// date line must name the same day: evidence that disagrees is refused,
// never weighed. Nothing else (a date in the middle of a sentence, a
// copyright year) is a publication date.

const (
	monthRe   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	weekdayRe = `(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?`
	ordRe     = `(?:st|nd|rd|th)?`
)

var (
	// fullMDY is "Tuesday, June 18, 2024"; fullDMY "Tuesday 18 June 2024".
	fullMDY = regexp.MustCompile(`\b` + weekdayRe + monthRe + `\s+(\d{1,2})` + ordRe + `,?\s+(\d{4})\b`)
	fullDMY = regexp.MustCompile(`\b` + weekdayRe + `(\d{1,2})` + ordRe + `\s+(?:of\s+)?` + monthRe + `,?\s+(\d{4})\b`)
	fullISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// dateline is a place in capitals (a region or country may follow),
	// an optional weekday, a day of the month, an optional year, an
	// optional agency in brackets, and a dash.
	datelineRe = regexp.MustCompile(`^([A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*)*(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?),\s+` +
		weekdayRe + `(?:` + monthRe + `\s+(\d{1,2})` + ordRe + `|(\d{1,2})` + ordRe + `\s+` + monthRe + `)(?:,?\s+(\d{4}))?\s*(?:\([^)]{1,40}\)\s*)?[-–—]`)
	// dateLine is a line that is only a date, perhaps after "Published"
	// and before a time.
	dateLineRe = regexp.MustCompile(`^(?:(?:Published|Posted|First published)(?:\s+on)?:?\s+)?(?:` +
		weekdayRe + monthRe + `\s+\d{1,2}` + ordRe + `,?\s+\d{4}|` + weekdayRe + `\d{1,2}` + ordRe + `\s+` + monthRe + `,?\s+\d{4}|\d{4}-\d{2}-\d{2})` +
		`(?:[,;]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[APap]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\.?$`)
)

// inferLines is how many of the first non-empty lines may hold a dateline
// or a date line (a headline and a standfirst may come first).
const inferLines = 4

// evidence is one date found in the text, as written.
type evidence struct {
	text string
	day  timeline.Date
}

// inferPublished returns the publication day the text gives, and the
// evidence in words; or an error saying why there is none.
func inferPublished(text string) (timeline.Date, string, error) {
	full, err := fullDates(text)
	if err != nil {
		return timeline.Date{}, "", err
	}
	var lines []string
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(strings.TrimLeft(l, "#*_> \t"))
		if l != "" {
			lines = append(lines, l)
		}
		if len(lines) == inferLines {
			break
		}
	}
	var dl, hl *evidence
	var dlYear bool
	for _, l := range lines {
		if hl == nil && dateLineRe.MatchString(l) {
			if ds, _ := fullDates(l); len(ds) == 1 {
				hl = &ds[0]
			}
		}
		if dl != nil {
			continue
		}
		m := datelineRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		month, day := m[3], m[4]
		if month == "" {
			day, month = m[5], m[6]
		}
		y := 0
		if m[7] != "" {
			y, _ = strconv.Atoi(m[7])
			dlYear = true
		}
		mo, _ := monthOf(month)
		d, _ := strconv.Atoi(day)
		dl = &evidence{text: strings.TrimSpace(m[0]), day: timeline.DayOf(y, mo, d)}
		if !dlYear {
			// The text's full dates are taken as past: the year is
			// the first that puts the dateline's day on or after the
			// latest of them (5 January after "20 December 2023" is
			// 2024's).
			latest := latestDate(full)
			if latest == nil {
				return timeline.Date{}, "", fmt.Errorf("the dateline %q gives no year, and no full date in the text does", dl.text)
			}
			best := latest.day.Year
			if timeline.DayOf(best, mo, d).Before(latest.day) {
				best++
			}
			dl.day = timeline.DayOf(best, mo, d)
		}
		if !dl.day.IsValid() {
			return timeline.Date{}, "", fmt.Errorf("the dateline %q names no real day", dl.text)
		}
		if w := m[2]; w != "" && dl.day.First().Weekday().String() != w {
			return timeline.Date{}, "", fmt.Errorf("evidence disagrees: the dateline %q says %s, but %s was a %s", dl.text, w, dl.day, dl.day.First().Weekday())
		}
	}
	switch {
	case dl != nil && hl != nil && dl.day != hl.day:
		return timeline.Date{}, "", fmt.Errorf("evidence disagrees: the dateline %q gives %s, the date line %q %s", dl.text, dl.day, hl.text, hl.day)
	case dl != nil && dlYear:
		return dl.day, fmt.Sprintf("the dateline %q", dl.text), nil
	case dl != nil && hl != nil:
		return dl.day, fmt.Sprintf("the dateline %q and the date line %q", dl.text, hl.text), nil
	case dl != nil:
		return dl.day, fmt.Sprintf("the dateline %q, its year from %q, the latest full date in the text", dl.text, latestDate(full).text), nil
	case hl != nil:
		return hl.day, fmt.Sprintf("the date line %q", hl.text), nil
	}
	return timeline.Date{}, "", fmt.Errorf("no dateline (\"SEOUL, June 18 (Reuters) -\") or date line at the article's start")
}

// fullDates returns the dates with a year the text writes out, in order;
// an error when one is written with another day's weekday.
func fullDates(text string) ([]evidence, error) {
	var out []evidence
	add := func(m []string, wd, y, mo, d string) error {
		month, ok := monthOf(mo)
		if !ok {
			n, _ := strconv.Atoi(mo)
			month = time.Month(n)
		}
		year, _ := strconv.Atoi(y)
		day, _ := strconv.Atoi(d)
		date := timeline.DayOf(year, month, day)
		if !date.IsValid() {
			return nil // "June 31, 2024" is no day: not evidence
		}
		if wd != "" && date.First().Weekday().String() != wd {
			return fmt.Errorf("evidence disagrees: %q, but %s was a %s", strings.TrimSpace(m[0]), date, date.First().Weekday())
		}
		out = append(out, evidence{text: strings.TrimSpace(m[0]), day: date})
		return nil
	}
	for _, m := range fullMDY.FindAllStringSubmatch(text, -1) {
		if err := add(m, m[1], m[4], m[2], m[3]); err != nil {
			return nil, err
		}
	}
	for _, m := range fullDMY.FindAllStringSubmatch(text, -1) {
		if err := add(m, m[1], m[4], m[3], m[2]); err != nil {
			return nil, err
		}
	}
	for _, m := range fullISO.FindAllStringSubmatch(text, -1) {
		if err := add(m, "", m[1], m[2], m[3]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func latestDate(ds []evidence) *evidence {
	var l *evidence
	for i := range ds {
		if l == nil || l.day.Before(ds[i].day) {
			l = &ds[i]
		}
	}
	return l
}

// monthOf reads a month's name or abbreviation.
func monthOf(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if s == "sept" {
		s = "sep"
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || len(s) == 3 && s == name[:3] {
			return m, true
		}
	}
	return 0, false
}

// inferDate sets m's date from text when m has none and the options ask
// for it, warning with the evidence, which it returns. A refusal is the
// article's ErrNoDate, with the reason.
func (r *reader) inferDate(m *meta, text string, warn func(error)) (string, error) {
	if m.date.value != "" || !r.opt.InferPublished {
		return "", nil
	}
	day, ev, err := inferPublished(text)
	if err != nil {
		return "", fmt.Errorf("%w, and none inferred: %v", ErrNoDate, err)
	}
	m.date = field{value: day.String()}
	warn(fmt.Errorf("%w: publication date %s inferred from %s", ErrWarning, day, ev))
	return ev, nil
}
