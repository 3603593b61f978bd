package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A timeline under day headings sets each day on a line of its own ("**4
// May**", "## March 7", "Tuesday, March 7, 2030") above the paragraph that
// tells what happened that day. The heading labels its paragraph as a
// chronology's label labels its line ("March 7: Part of the north face
// collapses"): read apart, the heading is a date that dates nothing and
// the paragraph is undated. So the text sets such a heading before its
// paragraph, on the paragraph's line, as the label it is ("4 May: He
// reached the hut.").

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
// paragraph that opens as a sentence does (a capital, a figure or a quote,
// but no clock time: a live blog's stamp stays its entry's) and ends as
// one (. ! ?): a heading over another heading, over a subheading or over
// nothing stays a heading. A heading ending with its colon ("4 May:") is
// joined with a space. text and marks are returned as they are when
// nothing is joined.
func labelDayHeads(text string, marks []mark) (string, []mark) {
	type line struct{ start, end int }
	var heads []line
	for i := 0; i < len(text); {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		if end-i <= dayHeadMax && dayHead(text[i:end]) {
			heads = append(heads, line{i, end})
		}
		i = end + 1
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
		if !paragraphLine(next) || dayHead(next) {
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
// may label: it opens with a capital, a figure or a quotation mark, but
// not with a clock time ("10:45 GMT"), and ends a sentence.
func paragraphLine(l string) bool {
	if l == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'", r) {
		return false
	}
	if n := len(l) - len(strings.TrimLeft(l, "0123456789")); n > 0 && n < len(l) && (l[n] == ':' || l[n] == '.') {
		return false // a clock time
	}
	l = strings.TrimRight(l, "\"”’')]»")
	return l != "" && strings.ContainsAny(l[len(l)-1:], ".!?") && strings.Contains(l, " ")
}

// dayHead reports whether line is a day and nothing else: a month's name
// and the day's number, with at most a weekday before and a year after
// ("4 May", "March 7", "Mar. 7", "Tuesday, March 7, 2030", "7th March
// 2030:"). A span of days ("7-9 May"), a month alone or a time of day is
// not one.
func dayHead(line string) bool {
	line = strings.TrimSuffix(line, ":")
	if line == "" || line[0] == ' ' {
		return false
	}
	months, days, years, weekdays := 0, 0, 0, 0
	for _, w := range strings.Fields(line) {
		w = strings.TrimRight(w, ".,")
		lw := strings.ToLower(w)
		switch {
		case dayMonths[lw]:
			months++
		case dayWeekdays[lw]:
			weekdays++
			if months+days+years > 0 {
				return false
			}
		case dayNumber(lw):
			days++
		case len(w) == 4 && strings.Trim(w, "0123456789") == "" && days > 0:
			years++
		default:
			return false
		}
	}
	return months == 1 && days == 1 && years <= 1 && weekdays <= 1
}

// dayNumber reports whether w is a day of the month: 1 to 31, with or
// without its ordinal's ending ("7", "07", "7th", "21st").
func dayNumber(w string) bool {
	n := len(w) - len(strings.TrimLeft(w, "0123456789"))
	if n == 0 || n > 2 {
		return false
	}
	switch w[n:] {
	case "", "st", "nd", "rd", "th":
	default:
		return false
	}
	d := int(w[0] - '0')
	if n == 2 {
		d = 10*d + int(w[1]-'0')
	}
	return 1 <= d && d <= 31
}

// dayMonths are the months' names as a day heading writes them, lowered:
// in full or cut ("Mar.", "Sept.", the point trimmed before lookup).
var dayMonths = func() map[string]bool {
	m := map[string]bool{"sept": true}
	for _, s := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		m[s], m[s[:3]] = true, true
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
