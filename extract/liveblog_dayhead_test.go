package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
)

// The live blog under day headings: a page published on its second day
// (Thursday 12 March 2026) whose entries, newest first, carry only clock
// stamps under a heading for each day ("### Wednesday, March 11",
// "Wednesday 11 March", "**Wednesday**", "## March 11", "11 March 2026"),
// the page's own day's entries above and the day before's below. What
// is expected is read from the format: an entry's day is the day of the
// nearest heading above it, and "tomorrow" or "this morning" in an entry
// is read from that day, not the page's. A page's headings are checked
// with and without their weekday and year, with the stamps bold, plain,
// twelve- or twenty-four-hour, on their own line or opening the entry,
// and the earlier day's entries posted late or early in its day (a gap of
// twelve hours or more between the two days' entries, or less).

type dhHeading struct {
	name string
	head func(wd string, day int, month string) string
}

var dhHeadings = []dhHeading{
	{"us md weekday", func(wd string, d int, m string) string { return fmt.Sprintf("### %s, %s %d", wd, m, d) }},
	{"uk plain weekday", func(wd string, d int, m string) string { return fmt.Sprintf("%s %d %s", wd, d, m) }},
	{"bold weekday only", func(wd string, d int, m string) string { return "**" + wd + "**" }},
	{"md weekday only", func(wd string, d int, m string) string { return "## " + wd }},
	{"us md no weekday", func(wd string, d int, m string) string { return fmt.Sprintf("## %s %d", m, d) }},
	{"uk bold year", func(wd string, d int, m string) string { return fmt.Sprintf("**%d %s 2026**", d, m) }},
	{"us plain year", func(wd string, d int, m string) string { return fmt.Sprintf("%s, %s %d, 2026", wd, m, d) }},
	{"uk plain no weekday", func(wd string, d int, m string) string { return fmt.Sprintf("%d %s", d, m) }},
	{"updated weekday", func(wd string, d int, m string) string { return "Updated " + wd }},
	{"bold weekday date", func(wd string, d int, m string) string { return fmt.Sprintf("**%s %d %s**", wd, d, m) }},
}

type dhStamp struct {
	name  string
	stamp func(m int) string
	sep   string
}

var dhStamps = []dhStamp{
	{"12h text", func(m int) string { return lbTwelve(m) }, " "},
	{"bold 12h own line", func(m int) string { return "**" + lbTwelve(m) + "**" }, "\n\n"},
	{"24h own line", lbDay, "\n\n"},
	{"bold 24h text", func(m int) string { return "**" + lbDay(m) + "**" }, " "},
	{"compact colon", func(m int) string { return lbCompact(m) + ":" }, " "},
}

// dhEntry is an entry and the day expected of the event it reports.
type dhEntry struct {
	text, want string
}

var dhToday = []dhEntry{
	{"Norland Rail suspended all services between Ashford and Kelby.", "2026-03-12"},
	{"Fire crews evacuated about 40 homes near the line as a precaution.", "2026-03-12"},
	{"The state transport board sent a team of investigators to the scene.", "2026-03-12"},
}

var dhYesterday = []dhEntry{
	{"The council will vote on an emergency budget tomorrow, the mayor said.", "2026-03-12"},
	{"Police closed the Station Road bridge to all traffic.", "2026-03-11"},
	{"Crews reopened the northern bypass this morning, the highways agency said.", "2026-03-11"},
	{"The River Wenlow burst its banks near the old mill in Carrbridge.", "2026-03-11"},
}

type dhFault = lbFault

func dhGrid() ([]dhFault, int) {
	var faults []dhFault
	pages := 0
	todayStamps := []int{13*60 + 30, 11*60 + 10, 9*60 + 20}
	lateStamps := []int{22*60 + 45, 20*60 + 5, 18*60 + 40, 17*60 + 15}
	earlyStamps := []int{14*60 + 5, 12*60 + 50, 11*60 + 25, 10*60 + 40}
	for _, h := range dhHeadings {
		for _, s := range dhStamps {
			for _, late := range []bool{true, false} {
				for _, oldestFirst := range []bool{false, true} {
					for _, todayHead := range []bool{true, false} {
						if oldestFirst && !todayHead {
							continue // (the page's day's entries without a heading open a page newest first)
						}
						pages++
						page := fmt.Sprintf("%s/%s/late=%v/oldestFirst=%v/todayHead=%v", h.name, s.name, late, oldestFirst, todayHead)
						ys := earlyStamps
						if late {
							ys = lateStamps
						}
						day := func(wd string, d int, stamps []int, es []dhEntry) []string {
							out := []string{h.head(wd, d, "March")}
							var ps []string
							for i, e := range es {
								ps = append(ps, s.stamp(stamps[i])+s.sep+e.text)
							}
							if oldestFirst {
								for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
									ps[i], ps[j] = ps[j], ps[i]
								}
							}
							return append(out, ps...)
						}
						var paras []string
						if oldestFirst {
							paras = append(day("Wednesday", 11, ys, dhYesterday), day("Thursday", 12, todayStamps, dhToday)...)
						} else {
							paras = append(day("Thursday", 12, todayStamps, dhToday), day("Wednesday", 11, ys, dhYesterday)...)
						}
						if !todayHead {
							paras = paras[1:] // an entry with no heading above is of the page's day
						}
						md := "---\ntitle: \"Live: the latest\"\ndate: 2026-03-12\n---\n\n" + strings.Join(paras, "\n\n") + "\n"
						cd, err := corpus.ReadFrom("live.md", strings.NewReader(md), corpus.Options{Location: time.UTC, Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
						if err != nil {
							panic(err)
						}
						tl, _ := extract.Extract([]extract.Doc{{Article: cd.Article, Text: cd.Text, Filed: cd.Filed}}, extract.Options{})
						for _, e := range append(append([]dhEntry{}, dhToday...), dhYesterday...) {
							key := strings.Join(strings.Fields(e.text)[:4], " ")
							found := false
							for _, ev := range tl.Events {
								for _, src := range ev.Sources {
									if !strings.Contains(src.Sentence, key) {
										continue
									}
									found = true
									if ev.Date.String() != e.want {
										faults = append(faults, dhFault{page, key, "wrong day", ev.Date.String() + " for " + e.want + " (" + src.Expression + ")"})
									}
								}
							}
							if !found {
								faults = append(faults, dhFault{page, key, "entry no source", ""})
							}
						}
					}
				}
			}
		}
	}
	return faults, pages
}

// dhKnown is the count of faults of each cause the day-heading grid
// still finds: a count never goes up.
var dhKnown = map[string]int{}

func TestLiveBlogDayHeadGrid(t *testing.T) {
	faults, pages := dhGrid()
	checkGridFaults(t, faults, pages, pages*7, dhKnown, "DATELINE_DH_GRID")
}
