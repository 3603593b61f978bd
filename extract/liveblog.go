package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// A live blog ("latest updates", "as it happened") is a run of entries,
// each opened by a clock stamp on a line of its own or leading its
// paragraph: "22:47", "**10.47pm** -", "11:02 p.m. ET", "Updated 9:15
// BST", "Tuesday, 23:40". A stamp tells when its entry was posted: its
// hour, not its day. The page is dated by one day, but its entries may run
// across midnight, and then those on the far side of it are of another
// day: "tonight" in an entry stamped 11:55 p.m. on a page dated the
// morning after is the night before.
//
// The stamps run monotone in clock time, newest first (falling) or oldest
// first (rising); where the run jumps back the other way (newest first:
// 12:40 a.m. above 11:55 p.m.) it crossed midnight. An entry's day is
// then found from
//   - a day its stamp names ("Tuesday, 11:40 p.m."), which holds for the
//     entries after it in the page's order, across midnights counted;
//   - else the page's time, when its date carries one: it was published
//     (or last updated) at that time, so the entry nearest before it in
//     clock time is of its day (or, a page dated when it opened, the
//     entry nearest after it);
//   - else the page's day is its newest entry's: a page as it is read is
//     the page as it was last updated.
// When the stamps do not run one way (a gap of twelve hours or more
// between two entries, fewer than three stamps), the tool cannot tell,
// and no entry is moved off the page's day.

var (
	liveStampOpeners = wordSet("live-stamp-openers")
	liveStampHalves  = wordSet("live-stamp-halves")
)

// liveStamp is one entry's clock stamp: where its line starts, its minute of
// the day, and the weekday it names (-1 for none).
type liveStamp struct {
	at      int
	minute  int
	weekday int
	end     int // where the stamp ends in the text
	// The date of a day heading over the stamp that names one ("March
	// 11", "11 March 2026"; month 0 for none, year 0 when it names
	// none): liveRetag reads its weekday from the page's year.
	year, month, mday int
}

// liveEntriesMin is the fewest stamps that make a page a live blog: with
// fewer, the stamps run no way the tool can read (liveDays), and a stamp
// is read as any time of a sentence (stampYields).
const liveEntriesMin = 3

// liveStampsMax bounds the stamps read of one page (a page longer than
// this is read up to it: its later entries stay on the page's day).
const liveStampsMax = 500

// liveStamps returns the clock stamps that open lines of text, in order.
// A line that holds only a date with its weekday ("**Monday 9 March**",
// "Tuesday, March 10") heads the entries of that day: the stamp after it
// names its weekday, as "Monday, 9:35 p.m." would (liveDays).
func liveStamps(text string) []liveStamp {
	var out []liveStamp
	heading := -1 // the weekday of a date line over the next stamp
	var hy, hm, hd int
	for i := 0; i < len(text) && len(out) < liveStampsMax; {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		if m, wd, n, ok := liveStampSpan(text[i:end]); ok {
			s := liveStamp{at: i, minute: m, weekday: wd, end: i + n}
			if wd < 0 {
				s.weekday, s.year, s.month, s.mday = heading, hy, hm, hd
			}
			out = append(out, s)
			heading, hm = -1, 0
		} else if wd, y, mo, d, ok := dateLine(text[i:min(end, i+stampMax)]); ok && end-i <= stampMax {
			heading, hy, hm, hd = wd, y, mo, d
		} else if strings.TrimSpace(text[i:end]) != "" {
			heading, hm = -1, 0
		}
		i = end + 1
	}
	return out
}

// dateLine reads a line that holds only a date, a live blog's day
// heading: its weekday with or without the day ("**Monday 9 March**",
// "Tuesday, March 10, 2026", "## Monday"), or the day without its weekday
// ("## March 10", "**10 March 2026**"). It returns the weekday (-1 for
// none) and the year (0 for none), month (0 for none) and day of the
// month.
func dateLine(line string) (wd, year, month, mday int, ok bool) {
	if wd = dateLineWeekday(line); wd >= 0 {
		rest := strings.Trim(line, " \t#*_")
		if n := strings.IndexAny(rest, " ,\t"); n > 0 {
			_, year, month, mday, _ = dateLine(rest[n:]) // (the date after the weekday)
		}
		return wd, year, month, mday, true
	}
	// The fields are met one by one (FieldsFuncSeq), as in
	// dateLineWeekday: most lines are sentences, given up at their first
	// word that is no part of a date or at their fourth word, with no
	// slice of all their words.
	n := 0
	for w := range strings.FieldsFuncSeq(strings.Trim(line, " \t#*_"), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
		if n++; n > 3 {
			return -1, 0, 0, 0, false
		}
		w = strings.TrimSuffix(w, ".")
		k := len(w) - len(strings.TrimLeft(w, "0123456789")) // its figures
		switch {
		case k == 4 && len(w) == 4 && year == 0 && mday > 0:
			year = atoi2(w)
		case k >= 1 && k <= 2 && mday == 0 && (k == len(w) || len(w) == k+2 && strings.Trim(w[k:], "stndrh") == ""):
			// A day of the month, "11" or "11th".
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
	if n < 2 || month == 0 || mday == 0 {
		return -1, 0, 0, 0, false
	}
	return -1, year, month, mday, true
}

// liveMonth returns the month w names in full or cut to three letters
// ("March", "Mar", "Sept"), capitalised, or 0.
func liveMonth(w string) int {
	if w == "Sept" {
		return 9
	}
	for m := time.January; m <= time.December; m++ {
		if n := m.String(); w == n || w == n[:3] {
			return int(m)
		}
	}
	return 0
}

// dateLineWeekday returns the weekday of a line that holds only a date
// that opens with its weekday ("**Monday 9 March**", "Tuesday, March 10,
// 2026", "## Monday", after a stamp's opening word: "Updated Thursday"),
// or -1.
func dateLineWeekday(line string) int {
	// The fields are met one by one (FieldsFuncSeq): most lines open
	// with no weekday and end at their first word, with no slice of all.
	line = strings.TrimLeft(strings.Trim(line, " \t#*_"), " ,\t")
	if i := strings.IndexAny(line, " ,\t"); i > 0 && inSet(liveStampOpeners, line[:i]) && strings.TrimLeft(line[i:], " ,\t") != "" {
		line = strings.TrimLeft(line[i:], " ,\t") // "Updated Thursday"
	}
	if !weekdayOpens(line) {
		return -1 // (most lines: their first word is no weekday)
	}
	wd, n := -1, 0
	for w := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
		n++
		if n > 4 {
			return -1
		}
		if n == 1 {
			for d := time.Sunday; d <= time.Saturday; d++ {
				if w == d.String() {
					wd = int(d)
				}
			}
			if wd < 0 {
				return -1
			}
			continue
		}
		w = strings.TrimSuffix(w, ".")
		if n := strings.TrimRight(strings.TrimRight(w, "stndrh"), "0123456789"); n == "" && w != "" && digit(w[0]) && len(w) <= 4 {
			continue // a day of the month, "9th", or a year
		}
		if !inSet(calendarNames, w) || isLower(w) {
			return -1
		}
	}
	return wd
}

// weekdayOpens reports whether s opens with a weekday's name as a word
// of its own: the name, then the end, a space, a comma or a tab (the first
// field dateLineWeekday cuts).
func weekdayOpens(s string) bool {
	if s == "" || s[0] != 'S' && s[0] != 'M' && s[0] != 'T' && s[0] != 'W' && s[0] != 'F' {
		return false
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		n := d.String()
		if strings.HasPrefix(s, n) && (len(s) == len(n) || s[len(n)] == ' ' || s[len(n)] == ',' || s[len(n)] == '\t') {
			return true
		}
	}
	return false
}

// indexSpaceColon is strings.IndexAny(s, " :") without its set built per
// call: the first space or colon in s, or -1 (no byte of a character
// beyond ASCII is either).
func indexSpaceColon(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == ':' {
			return i
		}
	}
	return -1
}

// joinStamps returns text with each stamp of a live blog (three stamps or
// more) that stands alone on its line joined to its entry's text below
// it: the white space between the two made spaces, so that the entry reads
// as one line that opens with its stamp, and every offset holds (the
// text's length is kept). Live pages set the stamp in a block of its own
// ("**11:40 p.m.**", "23:40", "Updated 9:05 a.m. ET", a heading "## 10:15",
// then the entry's paragraph) as often as they open the entry's paragraph
// with it: either way it tells when the entry was posted. The entry's
// text opens with a capital, a figure or a quote; a stamp over another
// stamp (the page's "Updated 2:15pm" above its first entry's) or over
// nothing is left alone. The text is returned as it is when nothing is
// joined.
func joinStamps(text string) string {
	st := liveStamps(text)
	if len(st) < liveEntriesMin {
		return text
	}
	var b []byte
	for _, s := range st {
		le := strings.IndexByte(text[s.end:], '\n')
		if le < 0 || strings.Trim(text[s.end:s.end+le], " \t*_#") != "" {
			continue // the entry's text follows on the stamp's line
		}
		le += s.end
		k := le
		for k < len(text) && text[k] < utf8.RuneSelf && asciiSpace[text[k]] {
			k++
		}
		if k == len(text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“‘'`, r) {
			continue
		}
		line := text[k:min(len(text), k+stampMax)] // (a stamp's reach)
		if n := strings.IndexByte(line, '\n'); n >= 0 {
			line = line[:n]
		}
		if _, _, ok := clockStamp(line); ok {
			continue // another stamp
		}
		if _, _, _, _, ok := dateLine(line); ok {
			continue // a date line over the next stamp
		}
		if b == nil {
			b = []byte(text)
		}
		for i := le; i < k; i++ {
			b[i] = ' '
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// stampHead returns where the clock stamp ends that opens the line at
// from, when tx is its time and the stamp opens with a word or a weekday
// before it ("Updated 9:40 p.m. ET", "Tuesday, 9:05 p.m."): what the
// stamp says is when the entry was posted, its opening word with its
// time, and it goes from a title whole.
func stampHead(text string, from int, tx timex.Timex) (int, bool) {
	if from > 0 && text[from-1] != '\n' || tx.Start <= from || tx.End > from+stampMax || strings.Trim(text[from:tx.Start], " \t#*_") == "" {
		return 0, false
	}
	line := text[from:min(len(text), from+2*stampMax)] // (a stamp's reach, and the entry's first letter)
	if n := strings.IndexByte(line, '\n'); n >= 0 {
		line = line[:n]
	}
	_, _, end, ok := liveStampSpan(line)
	if !ok || from+end < tx.End {
		return 0, false
	}
	return from + end, true
}

// clockStamp reads a line that opens with a live blog's clock stamp: the
// minute of the day it gives and the weekday it names (-1 for none): a
// time of day, alone on the line or followed by the entry's text, set off
// by a dash or bold or opening with a capital ("12:40 a.m. Moreno has
// just ...", "**16:45** The transport secretary ..."), never by a word in
// lower case ("3.40 per cent", "9.30pm on Friday").
func clockStamp(line string) (minute, weekday int, ok bool) {
	minute, weekday, _, ok = liveStampSpan(line)
	return minute, weekday, ok
}

// liveStampSpan is clockStamp, and the offset in line where the stamp ends
// (after its time, its half of the day and its zone).
func liveStampSpan(line string) (minute, weekday, end int, ok bool) {
	s := strings.TrimLeft(line, " \t#")
	bold := false
	if strings.HasPrefix(s, "**") {
		s, bold = s[2:], true
	} else if strings.HasPrefix(s, "*") || strings.HasPrefix(s, "_") {
		s, bold = s[1:], true
	}
	if n := indexSpaceColon(s); n > 0 && inSet(liveStampOpeners, s[:n]) {
		s = strings.TrimLeft(s[n:], ": ")
	}
	weekday = -1
	for d := time.Sunday; d <= time.Saturday; d++ {
		n := d.String()
		if len(s) > len(n) && s[:len(n)] == n && (s[len(n)] == ',' || s[len(n)] == ' ') {
			s, weekday = strings.TrimLeft(s[len(n):], ", "), int(d)
			break
		}
	}
	// H:MM, HH:MM, H.MM or HH.MM
	k := 0
	for k < len(s) && k < 2 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 0 || k+3 > len(s) || s[k] != ':' && s[k] != '.' || !digit(s[k+1]) || !digit(s[k+2]) {
		return 0, 0, 0, false
	}
	h := atoi2(s[:k])
	mm := atoi2(s[k+1 : k+3])
	s = s[k+3:]
	if len(s) > 0 && digit(s[0]) {
		return 0, 0, 0, false
	}
	if mm > 59 || h > 23 {
		return 0, 0, 0, false
	}
	rest := strings.TrimLeft(s, " ")
	half := 0 // 1 a.m., 2 p.m.
	n := 0
	for n < len(rest) && n < 4 && (letter(rest[n]) || rest[n] == '.') {
		n++
	}
	if w := strings.ToLower(rest[:n]); liveStampHalves.Has(w) && (n == len(rest) || !letter(rest[n])) {
		half = 1
		if w[0] == 'p' {
			half = 2
		}
		rest = rest[n:]
	}
	if half > 0 {
		if h == 0 || h > 12 {
			return 0, 0, 0, false
		}
		h %= 12
		if half == 2 {
			h += 12
		}
	} else if len(s) > 0 && s[0] != ' ' && s[0] != '*' && s[0] != '_' || len(rest) > 0 && rest[0] >= 'a' && rest[0] <= 'z' && !strings.HasPrefix(rest, "local") {
		return 0, 0, 0, false // "10.5m", "3.40 per cent": a number
	}
	rest = strings.TrimLeft(rest, " ")
	if zoneWord(rest) {
		n := 0
		for n < len(rest) && letter(rest[n]) {
			n++
		}
		rest = strings.TrimLeft(rest[n:], " ")
	}
	end = len(line) - len(rest)
	if bold {
		rest = strings.TrimLeft(rest, "*_ ")
	}
	if rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
		return 0, 0, 0, false // "9.30pm on Friday ...": a sentence's time
	}
	return h*60 + mm, weekday, end, true
}

func digit(b byte) bool  { return b >= '0' && b <= '9' }
func letter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// zoneWord reports whether s opens with a time zone's abbreviation, two to
// four capitals ("ET", "BST", "AEST") ending the word, or "local".
func zoneWord(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	if n >= 2 && n <= 4 && (n == len(s) || !letter(s[n])) {
		return true
	}
	return strings.HasPrefix(s, "local") && (len(s) == 5 || !letter(s[5]))
}

// headingDays gives each stamp under a day heading that names its date
// ("March 11", "11 March 2026", "Wednesday, March 11") the weekday of that
// date, in the heading's year or else the page's (dct's, or the year
// before when the day would be after the page's), when the date is
// among the days liveDays reads a weekday as (the five days before the
// page's to the one after); a heading's weekday that its date does not
// fall on, or a date out of that reach, names no day (the heading may be
// a schedule's, or a year's that the page does not say).
func headingDays(st []liveStamp, dct time.Time) {
	for i := range st {
		s := &st[i]
		if s.month == 0 {
			continue
		}
		y := s.year
		if y == 0 {
			y = dct.Year()
		}
		d := time.Date(y, time.Month(s.month), s.mday, 0, 0, 0, 0, time.UTC)
		p := time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
		if s.year == 0 && d.After(p.AddDate(0, 0, 1)) {
			d = d.AddDate(-1, 0, 0) // "Thursday, December 31" over a page of 1 January
		}
		off := int(d.Sub(p).Hours()) / 24
		if d.Day() != s.mday || off < -5 || off > 1 || s.weekday >= 0 && s.weekday != int(d.Weekday()) {
			s.weekday = -1
			continue
		}
		s.weekday = int(d.Weekday())
	}
}

// liveDays returns, for each stamp, its entry's day as a count of days from
// the page's day (0 for all when the tool cannot tell). filed is the
// page's minute of the day when its date carries a time, else -1; pubWd
// is the page's weekday.
func liveDays(st []liveStamp, filed int, pubWd time.Weekday) []int {
	if len(st) < liveEntriesMin {
		return nil
	}
	// Which way the run goes: the one that takes the least time. A
	// stamp under a day heading, or naming its day, opens a run of its
	// own: the step to it is the day's, not the clock's ("### Wednesday"
	// between an entry of 9:20 a.m. Thursday and one of 2:05 p.m.
	// Wednesday), and is not counted when another step is.
	down, up, steps := 0, 0, 0
	for pass := 0; pass < 2 && steps == 0; pass++ {
		for i := 1; i < len(st); i++ {
			if pass == 0 && st[i].weekday >= 0 {
				continue
			}
			down += (st[i-1].minute - st[i].minute + 1440) % 1440
			up += (st[i].minute - st[i-1].minute + 1440) % 1440
			steps++
		}
	}
	if down == up {
		return nil
	}
	newestFirst := down < up
	rel := make([]int, len(st)) // days from the first stamp of the page
	split := -1                 // a named stamp after a step of half a day or more
	for i := 1; i < len(st); i++ {
		a, b := st[i-1].minute, st[i].minute
		gap := (a - b + 1440) % 1440
		if !newestFirst {
			gap = (b - a + 1440) % 1440
		}
		if gap >= 12*60 {
			if st[i].weekday < 0 {
				return nil // not one run: cannot tell
			}
			// The named day dates the entries from this one on: no
			// midnight is counted across the step.
			if split < 0 {
				split = i
			}
			rel[i] = rel[i-1]
			continue
		}
		rel[i] = rel[i-1]
		if newestFirst && b > a {
			rel[i]-- // back across midnight
		} else if !newestFirst && b < a {
			rel[i]++
		}
	}
	days := make([]int, len(st))
	named := -1
	for i, s := range st {
		if s.weekday >= 0 {
			named = i
			break
		}
	}
	if named >= 0 {
		// The named weekday, in the days up to the page's and the one
		// after (a page dated when it opened).
		d := (st[named].weekday - int(pubWd) + 7) % 7
		if d > 1 {
			d -= 7
		}
		base := d - rel[named]
		for i := range st {
			days[i] = base + rel[i]
			if i < named && split == named {
				// Entries above the first heading, half a day or
				// more from it: the tool cannot tell their day.
				days[i] = 0
			}
			if i > named && st[i].weekday >= 0 {
				// A later named day holds from its entry on.
				e := (st[i].weekday - int(pubWd) + 7) % 7
				if e > 1 {
					e -= 7
				}
				base = e - rel[i]
				days[i] = e
			}
		}
		return days
	}
	newest, oldest := 0, len(st)-1
	if !newestFirst {
		newest, oldest = oldest, newest
	}
	anchor, day := newest, 0
	if filed >= 0 {
		last := (filed - st[newest].minute + 1440) % 1440
		first := (st[oldest].minute - filed + 1440) % 1440
		if first < last {
			anchor = oldest
			if st[oldest].minute < filed {
				day = 1
			}
		} else if st[newest].minute > filed {
			day = -1
		}
	}
	for i := range st {
		days[i] = day + rel[i] - rel[anchor]
	}
	return days
}

// liveRetag tags again, against its own day, each entry of a live blog
// whose day is not the page's (see liveDays), and returns txs with the
// expressions of those entries replaced. text is the text tagged against
// dct into txs; pubFiled tells whether dct carries the page's time.
func liveRetag(tagger *timex.Tagger, text string, txs []timex.Timex, dct time.Time, pubFiled bool) ([]timex.Timex, []liveSpan) {
	st := liveStamps(text)
	if len(st) < liveEntriesMin {
		return txs, nil
	}
	filed := -1
	if pubFiled {
		filed = dct.Hour()*60 + dct.Minute()
	}
	headingDays(st, dct)
	days := liveDays(st, filed, dct.Weekday())
	moved := false
	for _, d := range days {
		if d < 0 {
			moved = true
			break
		}
	}
	if !moved {
		return stampDays(tagger, text, txs, st, days, dct), nil
	}
	// The entries of each day other than the page's: their spans (of
	// the first three such days: a page of more days keeps the rest on
	// the page's day).
	type span struct{ start, end, day, stamp int }
	var spans []span
	var other []int
	for i, s := range st {
		end := len(text)
		if i+1 < len(st) {
			end = st[i+1].at
		}
		if days[i] >= 0 {
			// (Entries after the page's day, a page dated when it
			// opened, are left to the tagger, which reads a clock time
			// past midnight after the page's time as the next day's.)
			continue
		}
		known := false
		for _, d := range other {
			known = known || d == days[i]
		}
		if !known && len(other) < 3 {
			other, known = append(other, days[i]), true
		}
		if known {
			spans = append(spans, span{s.at, end, days[i], i})
		}
	}
	inSpan := func(t timex.Timex) int {
		k := sort.Search(len(spans), func(k int) bool { return spans[k].end > t.Start })
		if k < len(spans) && spans[k].start <= t.Start && t.End <= spans[k].end {
			return k
		}
		return -1
	}
	out := make([]timex.Timex, 0, len(txs))
	for _, t := range txs {
		if inSpan(t) < 0 {
			out = append(out, t)
		}
	}
	for _, day := range other {
		// Read against that day at its latest stamp: the page's own
		// time is another day's.
		last := 0
		for _, sp := range spans {
			if sp.day == day {
				last = max(last, st[sp.stamp].minute)
			}
		}
		y, m, dd := dct.Date()
		at := time.Date(y, m, dd+day, last/60, last%60, 0, 0, dct.Location())
		for _, t := range tagger.Tag(text, at) {
			if k := inSpan(t); k >= 0 && spans[k].day == day {
				out = append(out, t)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	out = stampDays(tagger, text, out, st, days, dct)
	live := make([]liveSpan, len(spans))
	for i, sp := range spans {
		live[i] = liveSpan{sp.start, sp.end, sp.day}
	}
	return out, live
}

// stampDays returns txs with each stamp's time of day on its entry's day
// (days, counted from dct's; nil for all on dct's): a stamp tells when its
// entry was posted, on the day the run of stamps gives it, and never on a
// day the text named before it, which the tagger anchors a bare clock
// time to ("last seen at 5:30 p.m. Sunday" in the entry above "10:20 a.m.
// Police have asked residents ..."). So is a bare clock time of the
// entry's own text ("12:45 p.m. A resident reported seeing the cat
// around 11 a.m."): an entry is a report of its own, read on its own, and
// a page newest first names the days of later entries above it; not once
// the entry itself has named a day not its own ("last night", "Sunday"),
// which its later times may go on telling. A stamp of a day after the
// page's is left to the tagger (liveRetag).
func stampDays(tagger *timex.Tagger, text string, txs []timex.Timex, st []liveStamp, days []int, dct time.Time) []timex.Timex {
	k, cloned := 0, false
	for i, s := range st {
		day := 0
		if days != nil {
			day = days[i]
		}
		if day > 0 {
			continue
		}
		for k < len(txs) && txs[k].Start < s.at {
			k++
		}
		y, m, dd := dct.Date()
		at := time.Date(y, m, dd+day, 0, 0, 0, 0, dct.Location())
		want := at.Format("2006-01-02")
		next := len(text) // where the entry ends
		if i+1 < len(st) {
			next = st[i+1].at
		}
		other := false // the entry named a day not its own before txs[j]
		for j := k; j < len(txs) && txs[j].End <= next; j++ {
			if strings.HasPrefix(txs[j].Value, want) {
				continue
			}
			if txs[j].Type != "TIME" || other {
				other = other || txs[j].End > s.end
				continue
			}
			own := txs[j].End > s.end // a time of the entry's text
			other = other || own
			start, end := txs[j].Start, txs[j].End
			for _, t := range tagger.Tag(text[start:end], at) {
				if t.Start == 0 && t.End == end-start && t.Type == "TIME" && (!own || strings.HasPrefix(t.Value, want)) {
					if !cloned {
						// (txs may be the tagger's room, which Tag
						// writes over.)
						txs, cloned = slices.Clone(txs), true
					}
					t.Start, t.End = start, end
					txs[j] = t
				}
			}
		}
	}
	return txs
}

// liveSpan is an entry of a live blog of a day before the page's: its
// span of the text and its day, counted from the page's.
type liveSpan struct{ start, end, day int }

// liveOwnDay reports whether the byte at of d's text is in an entry of a
// day before the page's that dt is not before: a time of the entry's own
// day ("this morning" in an entry of the evening before), which is no
// past time to the entry.
func liveOwnDay(d *Doc, at int, dt timeline.Date) bool {
	for _, sp := range d.live {
		if sp.start <= at && at < sp.end {
			return !dt.Last().Before(d.Article.Published.First().AddDate(0, 0, sp.day))
		}
	}
	return false
}

// stampYields returns txs (in order, tagged from text) without the clock
// stamp that opens an entry's line ("10:42 a.m. ET — Alan Fisk resigned
// on Monday ...", "**14:05** Police said on Sunday ...") when the
// first clause of the sentence it opens names a day of its own after it
// (firstClause), on a page of fewer
// than three stamps (a live blog's are read by liveRetag, and its
// entries' own times by the clock). A stamp tells when the entry was
// posted, not when what it reports happened: the day the sentence names
// dates that (a stamp of the morning after over "resigned on Monday" is
// no resignation of that morning). A stamp alone in its sentence still
// dates it. sents are text's sentences, in order.
func stampYields(text string, sents []sentence, txs []timex.Timex) []timex.Timex {
	if len(liveStamps(text)) >= liveEntriesMin {
		return txs
	}
	si := 0
	return withoutTimexes(txs, func(i int) bool {
		t := txs[i]
		for si < len(sents) && sents[si].end <= t.Start {
			si++
		}
		return t.Type == "TIME" && si < len(sents) && sents[si].start <= t.Start && i+1 < len(txs) && txs[i+1].Start < sents[si].end && txs[i+1].Type == "DATE" && firstClause(text[t.End:txs[i+1].Start]) && lineStamp(text, t)
	})
}

// firstClause reports whether s, the words between an entry's stamp and
// the next time, runs in one clause: no comma, semicolon or colon after
// its first word and no relative word or "that" ("2.15pm: Reports that
// Ahmed Kora, the mayor who fled on Tuesday, ...": Tuesday dates the
// flight, not the report).
func firstClause(s string) bool {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && strings.ContainsAny(w, ",;:") {
			return false
		}
		if l := asciiLower(strings.Trim(w, ",;:")); l == "that" || relativePronouns.Has(l) {
			return false
		}
	}
	return true
}

// lineStamp reports whether the time t opens its line as an entry's
// clock stamp (clockStamp), with nothing before it but a stamp's marks
// or its opening word ("Updated").
func lineStamp(text string, t timex.Timex) bool {
	// (Only the few bytes around the time are read: a stamp's marks and
	// opening word before it, its half of the day, its zone and the
	// entry's first letter after it, so that the path stays linear.)
	from := max(0, t.Start-stampMax)
	ls := strings.LastIndexByte(text[from:t.Start], '\n') + 1 + from
	if ls == from && from > 0 {
		return false // no line opens within a stamp's reach
	}
	if pre := strings.Trim(text[ls:t.Start], " \t#*_:"); pre != "" && !liveStampOpeners.Has(asciiLower(pre)) {
		return false
	}
	to := min(len(text), t.End+stampMax)
	le := strings.IndexByte(text[t.Start:to], '\n')
	if le < 0 {
		le = to
	} else {
		le += t.Start
	}
	_, _, ok := clockStamp(text[ls:le])
	return ok
}
