package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// dateLineWeekdaySplit is dateLineWeekday as first written, splitting the
// whole line: the reference its quicker reading must agree with.
func dateLineWeekdaySplit(line string) int {
	ws := strings.FieldsFunc(strings.Trim(line, " \t#*_"), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(ws) == 0 || len(ws) > 4 {
		return -1
	}
	wd := -1
	for d := time.Sunday; d <= time.Saturday; d++ {
		if ws[0] == d.String() {
			wd = int(d)
		}
	}
	if wd < 0 {
		return -1
	}
	for _, w := range ws[1:] {
		w = strings.TrimSuffix(w, ".")
		if n := strings.TrimRight(strings.TrimRight(w, "stndrh"), "0123456789"); n == "" && w != "" && digit(w[0]) && len(w) <= 4 {
			continue
		}
		if !inSet(calendarNames, w) || isLower(w) {
			return -1
		}
	}
	return wd
}

// TestDateLineWeekdaySame crosses the shapes of a date line (and of lines
// that are none) and checks dateLineWeekday against the split reading.
func TestDateLineWeekdaySame(t *testing.T) {
	heads := []string{"", "**", "## ", "_", " \t", ",", "*", "# **"}
	firsts := []string{"Monday", "Tuesday", "Sunday", "Mondays", "Monday.", "monday", "Mon", "Fri", "Friday", "Saturday", "Wednesday", "Thursday", "The", "Tues", "M", "", "Ünter", "Sunday\u00a0"}
	rests := []string{"", " 9 March", ", March 10, 2026", " 9th March 2026", ",March", " March 9 2026 noon", "\t9\tMarch", " 9 march", " 21st", " 2026.", " 9 March, 2026", " update", " , ,", " Mar. 9", "  ", " 10:15", " 9 March 2026 2027"}
	tails := []string{"", "**", "_", " ", "#", ":"}
	n := 0
	eachGridLine(heads, firsts, rests, tails, func(line string) {
		got, want := dateLineWeekday(line), dateLineWeekdaySplit(line)
		if got != want {
			t.Errorf("dateLineWeekday(%q) = %d, the split reading %d", line, got, want)
		}
		if want >= 0 {
			n++
		}
	})
	if n == 0 {
		t.Fatal("no line of the grid is a date line: the grid tests nothing")
	}
	for _, s := range []string{"", "Monday", "10:15 Crews", "Updated: 9", "a b", "é: x"} {
		if got, want := indexSpaceColon(s), strings.IndexAny(s, " :"); got != want {
			t.Errorf("indexSpaceColon(%q) = %d, IndexAny %d", s, got, want)
		}
	}
}

// dateLineSplit is dateLine as first written, splitting the whole line:
// the reference its quicker reading must agree with.
func dateLineSplit(line string) (wd, year, month, mday int, ok bool) {
	if wd = dateLineWeekday(line); wd >= 0 {
		rest := strings.Trim(line, " \t#*_")
		if n := strings.IndexAny(rest, " ,\t"); n > 0 {
			_, year, month, mday, _ = dateLineSplit(rest[n:])
		}
		return wd, year, month, mday, true
	}
	ws := strings.FieldsFunc(strings.Trim(line, " \t#*_"), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(ws) < 2 || len(ws) > 3 {
		return -1, 0, 0, 0, false
	}
	for _, w := range ws {
		w = strings.TrimSuffix(w, ".")
		k := len(w) - len(strings.TrimLeft(w, "0123456789"))
		switch {
		case k == 4 && len(w) == 4 && year == 0 && mday > 0:
			year = atoi2(w)
		case k >= 1 && k <= 2 && mday == 0 && (k == len(w) || len(w) == k+2 && strings.Trim(w[k:], "stndrh") == ""):
			if d := atoi2(w[:k]); d >= 1 && d <= 31 {
				mday = d
			} else {
				return -1, 0, 0, 0, false
			}
		case month == 0 && liveMonth(w) > 0:
			month = liveMonth(w)
		default:
			return -1, 0, 0, 0, false
		}
	}
	if month == 0 || mday == 0 {
		return -1, 0, 0, 0, false
	}
	return -1, year, month, mday, true
}

// TestDateLineSame crosses the shapes of a day heading (and of lines that
// are none: a sentence, too many fields, one alone) and checks dateLine
// against the split reading; a sentence's line, most lines of a page, is
// given up with nothing allocated.
func TestDateLineSame(t *testing.T) {
	heads := []string{"", "**", "## ", "_", " \t", ","}
	firsts := []string{"March", "Mar.", "Sept.", "11", "11th", "32", "2026", "Wednesday", "Police", "", "march"}
	rests := []string{"", " 11", ", 11", " March", " 11, 2026", " 11 2026 2027", " 2026", " 11th March 2026", ",,11", " said on March 11", " 9 March, 2026", "\t11\t2026", " 11 11", " 11 March March"}
	tails := []string{"", "**", " ", ".", "_", ","}
	n := 0
	eachGridLine(heads, firsts, rests, tails, func(line string) {
		wd, y, m, d, ok := dateLine(line)
		wwd, wy, wm, wdd, wok := dateLineSplit(line)
		if got, want := fmt.Sprint(wd, y, m, d, ok), fmt.Sprint(wwd, wy, wm, wdd, wok); got != want {
			t.Errorf("dateLine(%q) = %s, the split reading %s", line, got, want)
		}
		if wok {
			n++
		}
	})
	if n == 0 {
		t.Fatal("no line of the grid is a date line: the grid tests nothing")
	}
	sentence := "Police said the fire that broke out on Tuesday had been put out by the crews who arrived from three towns"
	if a := testing.AllocsPerRun(20, func() { dateLine(sentence) }); a != 0 {
		t.Errorf("dateLine of a sentence's line allocated %.0f times, want none", a)
	}
}

// eachGridLine calls f with every line made of a head, a first word, a
// rest and a tail of the grid's lists.
func eachGridLine(heads, firsts, rests, tails []string, f func(line string)) {
	for _, h := range heads {
		for _, w := range firsts {
			for _, r := range rests {
				for _, tl := range tails {
					f(h + w + r + tl)
				}
			}
		}
	}
}
