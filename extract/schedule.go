package extract

import (
	"strings"

	"github.com/dateline-news/dateline/timex"
)

// A clock time tells when a happening was only when nothing makes it a
// time that recurs. In news copy a clock time that a word of recurrence
// follows in its clause ("the footpath will be open from 5 a.m. to 11
// p.m. daily", "shuttles leave from 6 a.m. to 8 p.m. on weekdays", "the
// clinic opens at 9 a.m. every Saturday") or an indefinite day ("at 11:30
// on a weekday morning, the counter would usually be full") is a
// timetable's or a habit's: it dates no event, and is left out, so that
// the sentence is not put on the page's day (or on a day named in the
// sentence before).

var (
	scheduleRecurrence  = wordSet("schedule-recurrence")
	scheduleIndefinites = wordSet("schedule-indefinites")
	scheduleDayNouns    = wordSet("schedule-day-nouns")
)

// meridiems strips "a.m." and "p.m." from a clock time (clockOnly).
var meridiems = strings.NewReplacer("a.m.", "", "p.m.", "", "am", "", "pm", "")

// scheduleWindow bounds the text read after a clock time for its
// recurrence (a range's second end and a few words: "to 11 p.m. daily").
const scheduleWindow = 48

// scheduleClock returns txs (in order, tagged from text) without the clock
// times of a timetable or a habit (see above); sents are text's sentences,
// in order (a clock time's recurrence is read in its own sentence only).
func scheduleClock(text string, sents []sentence, txs []timex.Timex) []timex.Timex {
	si := 0
	return withoutTimexes(txs, func(i int) bool {
		t := txs[i]
		for si < len(sents) && sents[si].end <= t.Start {
			si++
		}
		send := len(text)
		if si < len(sents) {
			send = sents[si].end
		}
		return t.Type == "TIME" && clockOnly(t.Text) && recurs(text[:max(send, t.End)], txs, i)
	})
}

// withoutTimexes returns txs without those drop reports true for (drop is
// asked of each index once, in order); txs itself when it drops none.
func withoutTimexes(txs []timex.Timex, drop func(i int) bool) []timex.Timex {
	var out []timex.Timex
	for i, t := range txs {
		if !drop(i) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make([]timex.Timex, 0, len(txs)), txs[:i]...)
		}
	}
	if out == nil {
		return txs
	}
	return out
}

// clockOnly reports whether a time expression is a clock time and nothing
// else ("6 a.m.", "11:30", "8.45pm", "noon"): no day of its own.
func clockOnly(s string) bool {
	l := asciiLower(strings.TrimSpace(s))
	if l == "noon" || l == "midnight" {
		return true
	}
	l = meridiems.Replace(l)
	digits := false
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == ':' || c == '.' || c == ' ':
		default:
			return false
		}
	}
	return digits
}

// recurs reports whether the clause after txs[i] (text ends with its
// sentence), within scheduleWindow
// bytes and before a comma, a semicolon or a sentence's end, holds a set
// time expression ("every day"), a word of schedule-recurrence, or "on"
// and an indefinite day ("on a weekday morning").
func recurs(text string, txs []timex.Timex, i int) bool {
	t := txs[i]
	end := min(len(text), t.End+scheduleWindow)
	if k := strings.IndexAny(text[t.End:end], ",;!?\n"); k >= 0 {
		end = t.End + k
	}
	for k := i + 1; k < len(txs) && txs[k].Start < end; k++ {
		if txs[k].Type == "SET" {
			return true
		}
	}
	ws := strings.Fields(asciiLower(text[t.End:end]))
	for j, w := range ws {
		w = strings.TrimRight(w, ".")
		if scheduleRecurrence.Has(w) {
			return true
		}
		if w == "on" && j+1 < len(ws) && scheduleIndefinites.Has(ws[j+1]) {
			for k := j + 2; k < len(ws) && k <= j+4; k++ {
				if scheduleDayNouns.Has(strings.TrimRight(ws[k], ".")) {
					return true
				}
			}
		}
	}
	return false
}
