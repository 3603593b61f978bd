package timex_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// The weekday grid: the common constructions of news English around a
// weekday, crossed: a frame of saying (or none) x the tense of the clause
// that holds the day x the form of the day x the weekday of publication x
// the weekday named. The value each case wants comes from grammar alone:
//
//   - a clause in the past (simple, perfect with "since", pluperfect,
//     passive) dates the day gone by: the last such weekday before the
//     story's day;
//   - a clause that tells what lies ahead ("will", "is to", "is due to",
//     "plans to", "is expected to", a present progressive arrangement,
//     "could", "may", a passive with "will") dates the next such weekday
//     after it, reported or not: a present tense or "will" kept after a
//     verb of saying in the past is still seen from the story's day.
//
// Left out, as careful editors would not agree on them: the weekday of
// publication itself (today, or a week off?); "would", whose reported
// plan may have happened or not; "could" after a past verb of saying
// (the past of "can" as much as a possibility ahead); "last Tuesday" when the Tuesday gone by
// is in the story's own week (that day, or the week before?); "this
// Tuesday" in the past when the day is not earlier in the same week; a
// frame's day of saying named again as the day told.

type gridFrame struct {
	name string
	// wrap puts a clause (lower-case, no full stop) into a sentence.
	wrap func(clause string) string
	// sayDay: the frame names the day of saying, the day before the
	// story's.
	sayDay bool
	// pastSaying: the frame's verb of saying is in the past.
	pastSaying bool
}

type gridTense struct {
	name   string
	future bool
	// clause builds the clause around the day's phrase d.
	clause func(p gridPredicate, d string) string
	since  bool // the day follows "since"
}

// gridPredicate is one happening told in every tense.
type gridPredicate struct {
	subj, base, past, pp, ing, passSubj, passPP string
	thirdS                                      string // present, third person singular
}

var gridPredicates = []gridPredicate{
	{"the bank", "close its branches", "closed its branches", "closed its branches", "closing its branches", "the main branch", "closed", "closes its branches"},
	{"the council", "vote on the budget", "voted on the budget", "voted on the budget", "voting on the budget", "the budget", "put to a vote", "votes on the budget"},
	{"the company", "reopen the plant", "reopened the plant", "reopened the plant", "reopening the plant", "the plant", "reopened", "reopens the plant"},
}

func upperFirst(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

var gridFrames = []gridFrame{
	{"none", func(c string) string { return upperFirst(c) + "." }, false, false},
	{"X said", func(c string) string { return "A spokesman said " + c + "." }, false, true},
	{"X says", func(c string) string { return "A spokesman says " + c + "." }, false, false},
	{"X told reporters", func(c string) string { return "The mayor told reporters " + c + "." }, false, true},
	{"X said in a statement", func(c string) string { return "The ministry said in a statement " + c + "." }, false, true},
	{"X announced that", func(c string) string { return "The ministry announced that " + c + "." }, false, true},
	{", X said", func(c string) string { return upperFirst(c) + ", a spokesman said." }, false, true},
	{"according to X", func(c string) string { return upperFirst(c) + ", according to a spokesman." }, false, false},
	{"X said DAY", nil, true, true}, // wrap set per case: the day of saying
}

var gridTenses = []gridTense{
	{name: "past", clause: func(p gridPredicate, d string) string { return p.subj + " " + p.past + " " + d }},
	{name: "present perfect since", since: true, clause: func(p gridPredicate, d string) string {
		return p.subj + " has not " + p.pp + " since " + d
	}},
	{name: "pluperfect", clause: func(p gridPredicate, d string) string { return p.subj + " had " + p.pp + " " + d }},
	{name: "passive past", clause: func(p gridPredicate, d string) string { return p.passSubj + " was " + p.passPP + " " + d }},
	{name: "present progressive", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " is " + p.ing + " " + d }},
	{name: "will", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " will " + p.base + " " + d }},
	{name: "is to", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " is to " + p.base + " " + d }},
	{name: "is due to", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " is due to " + p.base + " " + d }},
	{name: "plans to", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " plans to " + p.base + " " + d }},
	{name: "is expected to", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " is expected to " + p.base + " " + d }},
	{name: "passive will", future: true, clause: func(p gridPredicate, d string) string { return p.passSubj + " will be " + p.passPP + " " + d }},
	{name: "could", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " could " + p.base + " " + d }},
	{name: "can", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " can " + p.base + " " + d }},
	{name: "must", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " must " + p.base + " " + d }},
	{name: "may", future: true, clause: func(p gridPredicate, d string) string { return p.subj + " may " + p.base + " " + d }},
}

// gridForms: the day's forms; %s is the weekday.
var gridForms = []string{"on %s", "%s", "%s morning", "%s night", "late %s", "early %s", "last %s", "this %s", "on %s at 3 p.m."}

var gridWeekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// gridCase is one sentence of the grid and the day its weekday must have.
type gridCase struct {
	frame, tense, form string
	dct                time.Time
	text, day, want    string // day: the weekday named; want: YYYY-MM-DD
}

// mondayIndex: Monday 0 .. Sunday 6.
func mondayIndex(d time.Weekday) int { return (int(d) + 6) % 7 }

// weekdayGrid builds the grid's cases. The stories are dated in the week
// of Monday 2026-09-14.
func weekdayGrid() []gridCase {
	var out []gridCase
	n := 0
	for pub := 0; pub < 7; pub++ {
		dct := time.Date(2026, 9, 14+pub, 0, 0, 0, 0, time.UTC) // Monday + pub
		for _, fr := range gridFrames {
			for _, tn := range gridTenses {
				for _, form := range gridForms {
					for wi, wd := range gridWeekdays {
						w := time.Weekday(wi)
						if w == dct.Weekday() {
							continue // today, or a week off
						}
						// The day the grammar gives.
						var day time.Time
						if tn.future {
							diff := (int(w) - int(dct.Weekday()) + 7) % 7
							day = dct.AddDate(0, 0, diff)
						} else {
							diff := (int(dct.Weekday()) - int(w) + 7) % 7
							day = dct.AddDate(0, 0, -diff)
						}
						switch form {
						case "last %s":
							// Only in the past, and only when the day gone by
							// lies in the week before the story's, whether a
							// week starts on Monday or on Sunday.
							if tn.future || mondayIndex(w) < mondayIndex(dct.Weekday()) || int(w) < int(dct.Weekday()) {
								continue
							}
						case "this %s":
							if tn.since {
								continue
							}
							// In the past only a day earlier in the same week,
							// Monday to Saturday.
							if !tn.future && (w == time.Sunday || dct.Weekday() == time.Sunday || int(w) > int(dct.Weekday())) {
								continue
							}
						case "on %s", "on %s at 3 p.m.":
							if tn.since {
								continue
							}
						}
						if tn.name == "could" && fr.pastSaying {
							continue // the past of "can" as much as a possibility ahead
						}
						phrase := fmt.Sprintf(form, wd)
						if form == "on %s at 3 p.m." && tn.since {
							continue
						}
						p := gridPredicates[n%len(gridPredicates)]
						clause := tn.clause(p, phrase)
						var text string
						if fr.sayDay {
							say := dct.AddDate(0, 0, -1)
							if say.Weekday() == w {
								continue
							}
							// A pluperfect told on the day of saying is
							// before it: the day gone by is before the
							// day of saying, as it is before the story's
							// (the saying is the day before it).
							text = "A spokesman said " + say.Weekday().String() + " " + clause + "."
						} else {
							text = fr.wrap(clause)
						}
						n++
						out = append(out, gridCase{fr.name, tn.name, form, dct, text, wd, day.Format("2006-01-02")})
					}
				}
			}
		}
	}
	return out
}

// gridValue is the date the tag holding the weekday gives ("(none)" when
// no tag holds it): the first ten bytes of its value.
func gridValue(tags []timex.Timex, day string) string {
	for _, x := range tags {
		if strings.Contains(x.Text, day) {
			v := x.Value
			if len(v) > 10 {
				v = v[:10]
			}
			return v
		}
	}
	return "(none)"
}

// TestWeekdayGrid runs the grid. DATELINE_GRID=1 prints the failures
// grouped by frame, tense and form.
func TestWeekdayGrid(t *testing.T) {
	cases := weekdayGrid()
	fails := map[string]int{}
	var failed []string
	for _, c := range cases {
		got := gridValue(timex.Tag(c.text, c.dct), c.day)
		if got != c.want {
			failed = append(failed, fmt.Sprintf("%s %s: %q = %s, want %s [%s | %s | %s]", c.dct.Format("2006-01-02"), c.dct.Weekday(), c.text, got, c.want, c.frame, c.tense, c.form))
			fails["frame "+c.frame]++
			fails["tense "+c.tense]++
			fails["form "+c.form]++
		}
	}
	if os.Getenv("DATELINE_GRID") != "" {
		var keys []string
		for k := range fails {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			t.Logf("%5d %s", fails[k], k)
		}
		for _, f := range failed {
			t.Log(f)
		}
	}
	t.Logf("weekday grid: %d cases, %d wrong", len(cases), len(failed))
	for i, f := range failed {
		if i == 20 {
			t.Errorf("... and %d more (DATELINE_GRID=1 lists them all)", len(failed)-20)
			break
		}
		t.Error(f)
	}
}
