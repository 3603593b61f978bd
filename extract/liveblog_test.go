package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// TestClockStamp: a line that opens with a time of day set off from what
// follows is a live blog's stamp; a number or a sentence's time is not.
func TestClockStamp(t *testing.T) {
	for _, c := range []struct {
		line    string
		minute  int
		weekday int
		ok      bool
	}{
		{"23:52", 23*60 + 52, -1, true},
		{"**9.05pm** Voters in the last ward were still queueing.", 21*60 + 5, -1, true},
		{"12:15 a.m. ET The count resumed after a power cut.", 15, -1, true},
		{"Updated 6:40 BST", 6*60 + 40, -1, true},
		{"Friday, 11:20 p.m.", 23*60 + 20, int(time.Friday), true},
		{"07:10 - Ferries are running again.", 7*60 + 10, -1, true},
		{"4.75 per cent of the ballots were spoiled.", 0, 0, false},
		{"9.30pm on Friday was the deadline.", 0, 0, false},
		{"At 9:30 p.m. the doors closed.", 0, 0, false},
		{"25:10", 0, 0, false},
		{"13:05 p.m.", 0, 0, false},
		{"10:305 votes", 0, 0, false},
	} {
		m, wd, ok := clockStamp(c.line)
		if ok != c.ok || ok && (m != c.minute || wd != c.weekday) {
			t.Errorf("clockStamp(%q) = %d, %d, %v; want %d, %d, %v", c.line, m, wd, ok, c.minute, c.weekday, c.ok)
		}
	}
}

// TestLiveDays: an entry's day is the page's day unless the run of stamps
// crosses midnight, a stamp names a day, or the page's time puts its
// newest entry before midnight; stamps that run no one way move nothing.
func TestLiveDays(t *testing.T) {
	st := func(ms ...int) []liveStamp {
		var out []liveStamp
		for _, m := range ms {
			out = append(out, liveStamp{minute: m, weekday: -1})
		}
		return out
	}
	for _, c := range []struct {
		name  string
		st    []liveStamp
		filed int
		want  string
	}{
		{"newest first across midnight", st(30, 23*60+50, 22*60), -1, "[0 -1 -1]"},
		{"oldest first across midnight", st(22*60, 23*60+50, 30, 7*60), -1, "[-1 -1 0 0]"},
		{"one day, newest first", st(18*60, 12*60, 9*60), -1, "[0 0 0]"},
		{"page time after midnight, entries before it", st(23*60+40, 23*60, 22*60), 20, "[-1 -1 -1]"},
		{"page time when it opened", st(19*60, 23*60, 40), 19 * 60, "[0 0 1]"},
		{"no run", st(9*60, 21*60, 10*60, 20*60), -1, "[]"},
		{"two stamps", st(30, 23*60), -1, "[]"},
		{"a named day", []liveStamp{{minute: 2 * 60, weekday: int(time.Wednesday)}, {minute: 23 * 60, weekday: int(time.Tuesday)}, {minute: 21 * 60, weekday: -1}}, -1, "[0 -1 -1]"},
		// Under day headings, the step of half a day or more to a
		// heading's entry is the day's: 9:20 a.m. Wednesday above 2:05
		// p.m. Tuesday, newest first. Without a heading it is no run.
		{"a day heading after a long step", []liveStamp{{minute: 13 * 60, weekday: int(time.Wednesday)}, {minute: 9*60 + 20, weekday: -1}, {minute: 14*60 + 5, weekday: int(time.Tuesday)}, {minute: 10*60 + 40, weekday: -1}}, -1, "[0 0 -1 -1]"},
		{"entries above the first heading, a long step", []liveStamp{{minute: 13 * 60, weekday: -1}, {minute: 9*60 + 20, weekday: -1}, {minute: 14*60 + 5, weekday: int(time.Tuesday)}, {minute: 10*60 + 40, weekday: -1}}, -1, "[0 0 -1 -1]"},
		{"a long step under no heading", []liveStamp{{minute: 13 * 60, weekday: int(time.Wednesday)}, {minute: 9*60 + 20, weekday: -1}, {minute: 14*60 + 5, weekday: -1}, {minute: 10*60 + 40, weekday: -1}}, -1, "[]"},
	} {
		if got := fmt.Sprint(liveDays(c.st, c.filed, time.Wednesday)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

// TestLiveBlogEntryDays: in a live blog dated the morning after, entries
// posted before midnight tell of the evening before; those after it, and
// the entries of a page that never crosses midnight, keep the page's day.
func TestLiveBlogEntryDays(t *testing.T) {
	for _, c := range []struct {
		pub   string
		filed time.Time
		text  string
		want  map[string]string // words of a sentence: its event's date
	}{
		{"2024-11-06", time.Time{}, "1:05 a.m. The Associated Press called the county executive race for Lena Marsh tonight.\n" +
			"11:48 p.m. Marsh's rival Tom Pruitt conceded tonight in a short speech at a hotel ballroom.\n" +
			"10:15 p.m. A ballot printer broke down this evening at a school in Oakdale, the clerk said.\n" +
			"8:00 p.m. Polls closed at 8 p.m. across the county.\n",
			map[string]string{"The Associated Press called": "2024-11-06", "Marsh's rival Tom Pruitt conceded": "2024-11-05", "A ballot printer broke down": "2024-11-05", "Polls closed": "2024-11-05"}},
		{"2024-02-11", time.Time{}, "21:30\nThe river burst its banks tonight at Millford, the Environment Agency said.\n" +
			"23:10\nA care home in Millford was evacuated this evening, the council said.\n" +
			"02:20\nRescuers lifted a family from a roof overnight.\n" +
			"07:45\nThe A39 stays shut today, police said.\n",
			map[string]string{"The river burst": "2024-02-10", "A care home": "2024-02-10", "The A39": "2024-02-11"}},
		{"2024-02-11", time.Time{}, "09:10\nThe river burst its banks today at Millford, the Environment Agency said.\n" +
			"13:40\nA care home in Millford was evacuated today, the council said.\n" +
			"21:05\nThe A39 was shut tonight, police said.\n",
			map[string]string{"The river burst": "2024-02-11", "A care home": "2024-02-11", "The A39": "2024-02-11"}},
		{"2024-07-21", time.Date(2024, 7, 21, 0, 25, 0, 0, time.FixedZone("", 3600)), "11.52pm BST Ellis Carver won the final tonight in straight sets.\n" +
			"10.40pm BST Carver broke serve tonight to lead the second set.\n" +
			"9.15pm BST The roof was closed this evening because of rain.\n",
			map[string]string{"Ellis Carver won": "2024-07-20", "Carver broke serve": "2024-07-20", "The roof was closed": "2024-07-20"}},
		// A page dated when it opened: its entries after midnight are of
		// the next day, as the tagger reads them; nothing moves back.
		{"2024-09-14", time.Date(2024, 9, 14, 17, 30, 0, 0, time.FixedZone("", -4*3600)), "5:30 p.m. Forecasters said the storm was gaining strength this afternoon.\n" +
			"10:15 p.m. Crews closed the causeway to Oak Island tonight.\n" +
			"1:05 a.m. The storm came ashore near Sunset Beach at about 12:40 a.m., forecasters said.\n",
			map[string]string{"was gaining strength": "2024-09-14", "Crews closed the causeway": "2024-09-14", "came ashore": "2024-09-15"}},
	} {
		d := doc("live.md", c.pub, c.text)
		d.Article.Title = "Live: the latest"
		d.Filed = c.filed
		tl, _ := Extract([]Doc{d}, Options{})
		got := sourceDays(tl, c.want)
		for k, w := range c.want {
			if got[k] != w {
				t.Errorf("%s %q: got %q, want %q", c.pub, k, got[k], w)
			}
		}
	}
}

// TestJoinStamps: a live blog's stamp on a line of its own is joined to
// the entry's text below it (the same length, white space made spaces);
// a stamp over another stamp, over a line in lower case or at the end, or
// on a page of fewer than three stamps, is not.
func TestJoinStamps(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"**11:40 p.m.**\n\nCrews have restored power to 4,000 homes.\n\n**10:55 p.m.**\n\nThe utility says a transformer failed.\n\n**9:30 p.m.**\n\nPower went out across the east side.\n",
			"**11:40 p.m.**  Crews have restored power to 4,000 homes.\n\n**10:55 p.m.**  The utility says a transformer failed.\n\n**9:30 p.m.**  Power went out across the east side.\n"},
		{"23:40\nPolice have closed the A40.\n22:15\n\"We heard a bang,\" one resident said.\n21:05\n12 people were taken to hospital.\n",
			"23:40 Police have closed the A40.\n22:15 \"We heard a bang,\" one resident said.\n21:05 12 people were taken to hospital.\n"},
		{"Updated 9:05 a.m. ET\n\nThe storm made landfall near Morgan City.\n\n8:40 a.m. ET\n\nWinds reached 110 mph.\n\n## 8:10\n\nThe hurricane center upgraded the storm.\n",
			"Updated 9:05 a.m. ET  The storm made landfall near Morgan City.\n\n8:40 a.m. ET  Winds reached 110 mph.\n\n## 8:10  The hurricane center upgraded the storm.\n"},
		// The page's "Updated" over its first entry's stamp; a stamp
		// over a line in lower case; a stamp at the end.
		{"Updated 2:15pm AEST\n\n**2:05pm** - The rescue shaft is next.\n\n**1.40pm**\n\nand more to come.\n\n**1.10pm** Drilling began.\n\n12.30pm\n",
			"Updated 2:15pm AEST\n\n**2:05pm** - The rescue shaft is next.\n\n**1.40pm**\n\nand more to come.\n\n**1.10pm** Drilling began.\n\n12.30pm\n"},
		// Two stamps: no live blog.
		{"11:40 p.m.\n\nCrews have restored power.\n\n10:55 p.m.\n\nThe utility says a transformer failed.\n",
			"11:40 p.m.\n\nCrews have restored power.\n\n10:55 p.m.\n\nThe utility says a transformer failed.\n"},
	} {
		got := joinStamps(c.in)
		if got != c.want {
			t.Errorf("joinStamps(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("joinStamps(%q): length %d, want %d", c.in, len(got), len(c.in))
		}
	}
}

// TestLiveEntryRetoldClock: an entry of a live blog that retells a
// happening at a clock time of a day before its own ("at 5:10 p.m.
// yesterday") is dated by that time, not by its stamp (pastStamp).
func TestLiveEntryRetoldClock(t *testing.T) {
	for _, c := range []struct{ text, key, want string }{
		{"11:05 a.m. The coastguard says two people remain in hospital.\n9:40 a.m. The harbour has reopened to small boats.\n8:15 a.m. Here is what we know so far: the Calloway ferry left Dover at 5:10 p.m. yesterday with 212 people on board.\n",
			"left Dover", "2026-10-15"},
		{"**11:05 a.m.**\n\nThe coastguard says two people remain in hospital.\n\n**9:40 a.m.**\n\nThe harbour has reopened to small boats.\n\n**8:15 a.m.**\n\nThe Calloway ferry ran aground at 9:20 p.m. yesterday near the harbour wall, the coastguard said.\n",
			"ran aground", "2026-10-15"},
	} {
		d := doc("live.md", "2026-10-16", c.text)
		d.Article.Title = "Live: ferry aground"
		tl, _ := Extract([]Doc{d}, Options{})
		found := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.Contains(s.Sentence, c.key) {
					found = true
					if e.Date.String() != c.want {
						t.Errorf("%q: dated %s (%q), want %s", c.key, e.Date, s.Expression, c.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no source", c.key)
		}
	}
}

// TestLiveDateLines: a line that holds only a date with its weekday heads
// the entries of that day, newest first or oldest first, the stamps
// alone on their lines or opening their entries (liveStamps).
func TestLiveDateLines(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"**Wednesday 11 March**\n\n**9:10 a.m.** The Met Office issued an amber warning for the county.\n\n**8:05 a.m.** Police closed the Station Road bridge.\n\n" +
			"**Tuesday 10 March**\n\n**10:20 p.m.** Firefighters rescued two people from a car on Mill Lane.\n\n" +
			"**Monday 9 March**\n\n**9:35 p.m.** The River Wenlow burst its banks near the old mill.\n\n**8:15 p.m.** The council moved residents of a care home to a school hall.\n",
			map[string]string{"The Met Office issued": "2026-03-11", "Police closed": "2026-03-11", "Firefighters rescued": "2026-03-10", "The River Wenlow burst": "2026-03-09", "The council moved": "2026-03-09"}},
		{"## Monday, March 9\n\n8:15 p.m.\n\nThe council moved residents of a care home to a school hall.\n\n9:35 p.m.\n\nThe River Wenlow burst its banks near the old mill.\n\n" +
			"## Wednesday, March 11\n\n8:05 a.m.\n\nPolice closed the Station Road bridge.\n\n9:10 a.m.\n\nThe Met Office issued an amber warning for the county.\n",
			map[string]string{"The Met Office issued": "2026-03-11", "Police closed": "2026-03-11", "The River Wenlow burst": "2026-03-09", "The council moved": "2026-03-09"}},
	} {
		d := doc("live.md", "2026-03-11", c.text)
		d.Article.Title = "Live: flood latest"
		tl, _ := Extract([]Doc{d}, Options{})
		got := sourceDays(tl, c.want)
		for k, w := range c.want {
			if got[k] != w {
				t.Errorf("%q: got %q, want %q", k, got[k], w)
			}
		}
	}
}

// sourceDays returns, for each key of want, the date of the event whose
// source's sentence holds it ("" when none does).
func sourceDays(tl *timeline.Timeline, want map[string]string) map[string]string {
	got := map[string]string{}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			for k := range want {
				if strings.Contains(s.Sentence, k) {
					got[k] = e.Date.String()
				}
			}
		}
	}
	return got
}

// TestDateLine: a live blog's day heading, with or without its weekday
// and year; a month alone, a span of days or a sentence is none.
func TestDateLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"### Wednesday, March 11", "3 0 3 11 true"},
		{"Wednesday 11 March", "3 0 3 11 true"},
		{"**Thursday**", "4 0 0 0 true"},
		{"Updated Thursday", "4 0 0 0 true"},
		{"## March 11", "-1 0 3 11 true"},
		{"**11th March 2026**", "-1 2026 3 11 true"},
		{"Sept. 9, 2026", "-1 2026 9 9 true"},
		{"March 2026", "-1 0 0 0 false"},
		{"7-9 May", "-1 0 0 0 false"},
		{"March 32", "-1 0 0 0 false"},
		{"Police said on March 11", "-1 0 0 0 false"},
	} {
		wd, y, m, d, ok := dateLine(c.line)
		if got := fmt.Sprint(wd, y, m, d, ok); got != c.want {
			t.Errorf("%q: got %s, want %s", c.line, got, c.want)
		}
	}
}

// TestHeadingDays: a dated day heading names its date's weekday when the
// date is among the five days before the page's to the one after, in its
// year or the page's (or the year before, over a page of early January);
// a weekday its date does not fall on, or a date out of reach (a
// schedule's), names none.
func TestHeadingDays(t *testing.T) {
	pub := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct {
		name              string
		wd, y, m, d, want int
	}{
		{"the day before, across the year", -1, 0, 12, 31, int(time.Thursday)},
		{"the day before, its year", -1, 2026, 12, 31, int(time.Thursday)},
		{"the page's day", int(time.Friday), 0, 1, 1, int(time.Friday)},
		{"a weekday its date is not", int(time.Monday), 0, 12, 31, -1},
		{"a week after: a schedule's", -1, 0, 1, 8, -1},
		{"no date: the heading's weekday", int(time.Monday), 0, 0, 0, int(time.Monday)},
	} {
		st := []liveStamp{{weekday: c.wd, year: c.y, month: c.m, mday: c.d}}
		headingDays(st, pub)
		if st[0].weekday != c.want {
			t.Errorf("%s: got %d, want %d", c.name, st[0].weekday, c.want)
		}
	}
}
