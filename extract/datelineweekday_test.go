package extract

import (
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
	for _, h := range heads {
		for _, f := range firsts {
			for _, r := range rests {
				for _, tl := range tails {
					line := h + f + r + tl
					if got, want := dateLineWeekday(line), dateLineWeekdaySplit(line); got != want {
						t.Errorf("dateLineWeekday(%q) = %d, the split reading %d", line, got, want)
					}
					if want := dateLineWeekdaySplit(line); want >= 0 {
						n++
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no line of the grid is a date line: the grid tests nothing")
	}
	for _, s := range []string{"", "Monday", "10:15 Crews", "Updated: 9", "a b", "é: x"} {
		if got, want := indexSpaceColon(s), strings.IndexAny(s, " :"); got != want {
			t.Errorf("indexSpaceColon(%q) = %d, IndexAny %d", s, got, want)
		}
	}
}
