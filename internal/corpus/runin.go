package corpus

import (
	"strings"

	"github.com/dateline-news/dateline/timeline"
)

// A weekly roundup tells its week a paragraph a day, each paragraph led
// by a run-in label of its weekday: "**Tuesday.** Boats from two ports
// joined the protest", "TUESDAY — Boats ...", "**Tuesday** — Boats ...".
// The label dates its paragraph as a chronology's label dates its line
// ("Tuesday: Boats from two ports joined the protest"); read as a
// sentence of its own, "Tuesday." dates nothing and the paragraph is
// undated, and a weekday in capitals before a dash reads as a dateline's
// place ("KELBY — "). So the text sets such a label as the chronology
// writes it, the weekday's name with its capital and a colon ("TUESDAY —"
// becomes "Tuesday:"), and the paragraph's tense reads which Tuesday it
// is, as it does for a chronology's line. Only a page with runInMin such paragraphs or more is
// read so: one paragraph that opens with "Thursday." may be a sentence
// the line before ran into.

// runInMin is how many paragraphs led by a weekday's run-in label make a
// page a roundup of days.
const runInMin = 2

// runInDash are the dashes after a run-in label, with the space before
// them.
var runInDash = []string{" — ", " – ", " - "}

// runInLabel reports whether line opens with a run-in label, a
// weekday's name in full (any case) followed by a period or a dash, or a
// day (dayHead: "March 7", "Tuesday, March 7") followed by a period, and
// then a paragraph (paragraphLine); it returns the label's length, how
// many bytes its mark and the space after it take, and whether it is a
// weekday's name. (A day before a dash, "March 7 — ...", is read as a
// chronology's label already.)
func runInLabel(line string, pub timeline.Date) (name, mark int, weekday, ok bool) {
	if i := strings.IndexAny(line, " ."); i >= 6 && dayWeekdays[strings.ToLower(line[:i])] {
		rest := line[i:]
		if strings.HasPrefix(rest, ". ") {
			mark = 2
		}
		for _, d := range runInDash {
			if strings.HasPrefix(rest, d) {
				mark = len(d)
			}
		}
		if mark > 0 && paragraphLine(rest[mark:]) {
			return i, mark, true, true
		}
	}
	for k := 0; k < min(len(line), dayHeadMax+1); {
		j := strings.Index(line[k:min(len(line), dayHeadMax+2)], ". ")
		if j < 0 {
			break
		}
		k += j
		if y, m, d, day := dayHead(line[:k]); day && paragraphLine(line[k+2:]) {
			if y == 0 {
				y = pub.Year
			}
			if pub.Gran != timeline.Day || y > pub.Year || y == pub.Year && (m > pub.Month || m == pub.Month && d > pub.Day) {
				// A day after the page's, or a page of no day: a
				// schedule's or last year's (dayhead.go); left as it is.
				return 0, 0, false, false
			}
			return k, 2, false, true
		}
		k += 2
	}
	return 0, 0, false, false
}

// labelRunInDays returns text with each run-in weekday label of a page
// that has runInMin of them or more set with a colon, "Tuesday. Boats
// joined" and "TUESDAY — Boats joined" both becoming "Tuesday: Boats
// joined", and marks moved to match. text and marks
// are returned as they are when nothing is set.
func labelRunInDays(text string, marks []mark, pub timeline.Date) (string, []mark) {
	type label struct {
		at, name, mark int
		weekday        bool
	}
	var labels []label
	for i, end := range lineSpans(text) {
		if n, m, wd, ok := runInLabel(text[i:end], pub); ok {
			labels = append(labels, label{i, n, m, wd})
		}
	}
	if len(labels) < runInMin {
		return text, marks
	}
	var b strings.Builder
	b.Grow(len(text))
	out := make([]mark, 0, len(marks))
	last, delta, mi := 0, 0, 0
	for _, l := range labels {
		cut := l.at + l.name // the mark's start
		for ; mi < len(marks) && marks[mi].off <= cut; mi++ {
			out = append(out, mark{marks[mi].off + delta, marks[mi].line})
		}
		// Marks inside the label's mark fall on its colon.
		for ; mi < len(marks) && marks[mi].off < cut+l.mark; mi++ {
			out = append(out, mark{cut + delta, marks[mi].line})
		}
		if l.weekday {
			// The name as a name is written: its capital, then lower
			// case (ASCII: the weekdays' names are).
			b.WriteString(text[last:l.at])
			b.WriteString(strings.ToUpper(text[l.at : l.at+1]))
			b.WriteString(strings.ToLower(text[l.at+1 : cut]))
		} else {
			b.WriteString(text[last:cut])
		}
		b.WriteString(": ")
		delta += 2 - l.mark
		last = cut + l.mark
	}
	b.WriteString(text[last:])
	for ; mi < len(marks); mi++ {
		out = append(out, mark{marks[mi].off + delta, marks[mi].line})
	}
	return b.String(), out
}
