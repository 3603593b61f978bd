package corpus

import (
	"iter"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/timeline"
)

// A timeline under day headings sets each day on a line of its own ("**4
// May**", "## March 7", "Tuesday, March 7, 2030") above the paragraph that
// tells what happened that day. The heading labels its paragraph as a
// chronology's label labels its line ("March 7: Part of the north face
// collapses"): read apart, the heading is a date that dates nothing and
// the paragraph is undated. So the text sets such a heading before its
// paragraph, on the paragraph's line, as the label it is ("4 May: He
// reached the hut."). Only a timeline of the page's past is read so: each
// of its days, in its year or the page's, on or before the page's day. A
// day heading after the page's day is a schedule's ("**12 December**"
// over "The council votes on the appeal", on a page of 15 November, and
// "**9 January**" below it is next year's), or a timeline's of last year,
// and the text cannot tell which: the page's headings then stay headings,
// and date nothing.

// dayHeadsMin is how many day headings make a page a timeline under day
// headings: one date on a line of its own is a page's dateline ("Friday 28
// January 2028"), two may be a dateline and an update stamp.
const dayHeadsMin = 3

// dayHeadMax bounds the length of a day heading's line ("Wednesday,
// September 27th, 2030" is 32 bytes).
const dayHeadMax = 40

// labelDayHeads returns text with each day heading (dayHead) of a page
// that has dayHeadsMin of them or more joined to the paragraph on the line
// below it as its label, "4 May" and "He reached the hut." becoming "4 May:
// He reached the hut.", and marks moved to match (the label keeps its
// file's line, the paragraph its own). A heading is joined only to a
// paragraph that opens as a sentence does (a capital or a quote; a figure
// opens a live blog's entry, whose stamp dates it) and ends as one
// (. ! ?): a heading over another heading, over a subheading or over
// nothing stays a heading. A heading ending with its colon ("4 May:") is
// joined with a space. Nothing is joined when a heading's day, in its
// year or pub's, is after pub, the page's day (see above). text and marks
// are returned as they are when nothing is joined.
func labelDayHeads(text string, marks []mark, pub timeline.Date) (string, []mark) {
	type line struct{ start, end int }
	if pub.Gran != timeline.Day {
		return text, marks
	}
	var heads []line
	for i, end := range lineSpans(text) {
		if y, m, d, ok := dayHead(text[i:end]); end-i <= dayHeadMax && ok {
			if y == 0 {
				y = pub.Year
			}
			if y > pub.Year || y == pub.Year && (m > pub.Month || m == pub.Month && d > pub.Day) {
				return text, marks // a day after the page's
			}
			heads = append(heads, line{i, end})
		}
	}
	if len(heads) < dayHeadsMin {
		return text, marks
	}
	var b strings.Builder
	var out []mark
	last, delta, mi := 0, 0, 0
	for _, h := range heads {
		if h.end >= len(text) {
			continue
		}
		next := text[h.end+1:]
		if n := strings.IndexByte(next, '\n'); n >= 0 {
			next = next[:n]
		}
		if !paragraphLine(next) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(text) + len(heads))
			out = make([]mark, 0, len(marks))
		}
		// Marks up to the heading's line end keep their offsets (moved
		// by what was joined before).
		for ; mi < len(marks) && marks[mi].off <= h.end; mi++ {
			out = append(out, mark{marks[mi].off + delta, marks[mi].line})
		}
		b.WriteString(text[last:h.end])
		if strings.HasSuffix(text[h.start:h.end], ":") {
			b.WriteByte(' ')
		} else {
			b.WriteString(": ")
			delta++
		}
		last = h.end + 1
	}
	if b.Len() == 0 {
		return text, marks
	}
	b.WriteString(text[last:])
	for ; mi < len(marks); mi++ {
		out = append(out, mark{marks[mi].off + delta, marks[mi].line})
	}
	return b.String(), out
}

// paragraphLine reports whether l is a paragraph's line that a day heading
// may label: it opens with a capital or a quotation mark, and ends a
// sentence. A line that opens with a figure is a live blog's entry under
// its clock time ("10:45 GMT", "9am: Crowds gather"), which its stamp
// dates: news style spells out a number that opens a sentence.
func paragraphLine(l string) bool {
	if l == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'", r) {
		return false
	}
	l = strings.TrimRight(l, "\"”’')]»")
	return l != "" && strings.ContainsAny(l[len(l)-1:], ".!?") && strings.Contains(l, " ")
}

// dayHead reports whether line is a day and nothing else: a month's name
// and the day's number, with at most a weekday before and a year after
// ("4 May", "March 7", "Mar. 7", "Tuesday, March 7, 2030", "7th March
// 2030:"), and returns its year (0 when it has none), month and day. A
// span of days ("7-9 May"), a month alone or a time of day is not one.
func dayHead(line string) (year int, month time.Month, day int, ok bool) {
	line = strings.TrimSuffix(line, ":")
	if line == "" || line[0] == ' ' {
		return 0, 0, 0, false
	}
	months, days, years, weekdays := 0, 0, 0, 0
	// The fields are met one by one (FieldsSeq): most lines are no
	// heading and end at their first word, with no slice of all.
	for w := range strings.FieldsSeq(line) {
		w = strings.TrimRight(w, ".,")
		lw := strings.ToLower(w)
		switch {
		case dayMonths[lw] != 0:
			month = dayMonths[lw]
			months++
		case dayWeekdays[lw]:
			weekdays++
			if months+days+years > 0 {
				return 0, 0, 0, false
			}
		case dayNumber(lw) > 0:
			day = dayNumber(lw)
			days++
		case len(w) == 4 && strings.Trim(w, "0123456789") == "" && days > 0:
			year = int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
			years++
		default:
			return 0, 0, 0, false
		}
	}
	ok = months == 1 && days == 1 && years <= 1 && weekdays <= 1
	return year, month, day, ok
}

// dayNumber returns the day of the month w is, 1 to 31, with or without
// its ordinal's ending ("7", "07", "7th", "21st"), or 0.
func dayNumber(w string) int {
	n := len(w) - len(strings.TrimLeft(w, "0123456789"))
	if n == 0 || n > 2 {
		return 0
	}
	switch w[n:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0
	}
	d := int(w[0] - '0')
	if n == 2 {
		d = 10*d + int(w[1]-'0')
	}
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// dayMonths are the months' names as a day heading writes them, lowered:
// in full or cut ("Mar.", "Sept.", the point trimmed before lookup).
var dayMonths = func() map[string]time.Month {
	m := map[string]time.Month{"sept": time.September}
	for i, s := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		m[s], m[s[:3]] = time.Month(i+1), time.Month(i+1)
	}
	return m
}()

// dayWeekdays are the weekdays' names, lowered, in full or cut to three
// letters.
var dayWeekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		m[s], m[s[:3]] = true, true
	}
	return m
}()

// lineSpans yields the start and end of each line of text, the end at its
// newline or at the text's end.
func lineSpans(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(text); {
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += i
			}
			if !yield(i, end) {
				return
			}
			i = end + 1
		}
	}
}
