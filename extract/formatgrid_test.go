package extract_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/timeline"
)

// The format grid: the page formats newsrooms publish besides running
// prose, read as what they are. Three shapes of page are crossed here:
//
//   - a banner, a line in which the page speaks of its own coverage ("Our
//     live coverage has ended for the night", "Updates will resume on
//     Thursday morning", "Read the full story here"), set in italics, bold
//     or plain, at the top or the foot of a live blog or of a report: it
//     tells of the page, not of the news, and is the source of no event;
//     the page's entries and paragraphs are still sources;
//   - a chronology of key dates, one happening a line, its day as the
//     line's label in the shapes outlets write ("March 7", "7 March",
//     "Mar. 7", "March 7, 2030"), bold or plain, with a colon or a dash, in
//     bullets or not: each line is a source of an event of its label's day;
//   - a timeline under day headings, the day on a line of its own ("**7
//     March**", "## March 7") above the paragraph that tells its
//     happening: the paragraph's happening is of the heading's day; it may
//     go undated (a missing source is no published correction), never
//     dated by another day.
//
// On a live blog every entry is a source of an event; on a report its
// lead is (its later paragraphs, undated, date nothing of their own).
//
// What is expected is read from what the format means, never from the
// tool.

// fgBanners are the lines with which pages speak of their own coverage,
// in words of this grid's own.
var fgBanners = []string{
	"Our live coverage has ended for the night.",
	"Live coverage has ended for today.",
	"This live blog has now closed.",
	"This live page is no longer being updated.",
	"Updates will resume on Thursday morning.",
	"We'll be back tomorrow morning.",
	"Follow our live coverage of the story here.",
	"Read the full story here.",
	"That's all from our live team for today.",
	"We are pausing our coverage here.",
	// (Session 36's fmt4: promos, sign-offs and credits, added before
	// any rule for them.)
	"Our Saturday roundup of the week's news from Hallam.",
	"That is all from us for tonight.",
	"Sign up to our free morning newsletter.",
	"This story has been updated with comment from the council.",
	"Related: What we know about the Hallam case",
	"Watch: the moment the news broke on Tuesday",
	"Share this story on Facebook and X.",
	"Photo: Hallam News Service",
}

// fgStyles set a banner as outlets do.
var fgStyles = []struct{ name, open, close string }{
	{"italic", "*", "*"},
	{"bold", "**", "**"},
	{"plain", "", ""},
}

// fgFault is one thing the grid found wrong.
type fgFault struct{ page, line, cause, detail string }

// fgRead reads a page as the command does: its Markdown made plain text.
func fgRead(title, pub, body string) *timeline.Timeline {
	md := "---\ntitle: \"" + title + "\"\ndate: " + pub + "\n---\n\n" + body
	cd, err := corpus.ReadFrom("page.md", strings.NewReader(md), corpus.Options{Location: time.UTC, Now: time.Date(2036, 12, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	tl, _ := extract.Extract([]extract.Doc{{Article: cd.Article, Text: cd.Text, Filed: cd.Filed}}, extract.Options{})
	return tl
}

// fgSourced reports the events one of whose sources holds key.
func fgSourced(tl *timeline.Timeline, key string) []timeline.Event {
	var out []timeline.Event
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, key) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// fgBannerPages crosses the banners with their styles, their place and
// the page they stand on (a live blog of stamped entries, a report).
func fgBannerPages() (faults []fgFault, pages int) {
	for _, b := range lbBeats {
		for _, banner := range fgBanners {
			for _, st := range fgStyles {
				for _, live := range []bool{true, false} {
					for _, top := range []bool{true, false} {
						pages++
						var paras []string
						for i, e := range b.entries {
							e = strings.Replace(e, "{T}", "5:40 p.m.", 1)
							if live {
								e = "**" + lbTwelve(17*60+5+75*i) + "** " + e
							} else if i == 0 {
								e = "HALLAM — " + e
							}
							paras = append(paras, e)
						}
						if live {
							slicesReverse(paras)
						}
						line := st.open + banner + st.close
						if top {
							paras = append([]string{line}, paras...)
						} else {
							paras = append(paras, line)
						}
						title := "Live: the latest"
						if !live {
							// (A report's headline tells its lead's news.)
							title = strings.Join(strings.Fields(b.entries[0])[:6], " ")
						}
						page := fmt.Sprintf("banner/%s/%q/%s/live=%v/top=%v", b.name, banner, st.name, live, top)
						tl := fgRead(title, "2026-03-10", strings.Join(paras, "\n\n")+"\n")
						key := strings.Join(strings.Fields(strings.Trim(banner, "."))[:3], " ")
						for _, e := range fgSourced(tl, key) {
							faults = append(faults, fgFault{page, banner, "banner a source", e.Date.String() + " " + e.Title})
						}
						for i, entry := range b.entries {
							if !live && i > 0 {
								break // a report's undated paragraphs after its lead date nothing
							}
							k := strings.Join(strings.Fields(entry)[:4], " ")
							if len(fgSourced(tl, k)) == 0 {
								faults = append(faults, fgFault{page, k, "entry lost beside a banner", ""})
							}
						}
					}
				}
			}
		}
	}
	return faults, pages
}

func slicesReverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// fgDay is one happening of a chronology: its day in 2030 and the line
// that tells it (present tense, as chronologies write).
type fgDay struct {
	month time.Month
	day   int
	text  string
}

var fgChronologies = []struct {
	name string
	days []fgDay
}{
	{"quarry", []fgDay{
		{time.January, 14, "A resident of Kelby writes to the council about blasting at the quarry."},
		{time.February, 3, "An inspector orders the quarry's owner to shore up the north face."},
		{time.March, 7, "Part of the north face collapses onto the access road."},
		{time.March, 9, "The council suspends the quarry's licence."},
		{time.April, 22, "The owner is fined for breaching the inspector's order."},
	}},
	{"trial", []fgDay{
		{time.May, 5, "Police arrest a nurse at the Riverside clinic."},
		{time.May, 12, "The nurse is charged with fraud and released on bail."},
		{time.June, 30, "The clinic's director resigns."},
		{time.September, 8, "The trial opens at the county court."},
		{time.October, 2, "The jury returns a guilty verdict."},
	}},
	// A line may end on a clock time; the next line's label opens its
	// own line, and is no day of that time.
	{"storm", []fgDay{
		{time.January, 20, "The weather service issues a flood watch at 4 p.m."},
		{time.January, 21, "The river tops its banks and the main bridge closes at 6 a.m."},
		{time.January, 22, "Rescuers reach the stranded families shortly after 9 p.m."},
		{time.January, 25, "The main bridge reopens to traffic at noon."},
		{time.February, 2, "The governor declares a state of emergency."},
	}},
}

// fgDateShapes write a chronology's day label.
var fgDateShapes = []struct {
	name  string
	label func(m time.Month, d int) string
}{
	{"March 7", func(m time.Month, d int) string { return fmt.Sprintf("%s %d", m, d) }},
	{"7 March", func(m time.Month, d int) string { return fmt.Sprintf("%d %s", d, m) }},
	{"Mar. 7", func(m time.Month, d int) string {
		s := m.String()
		if len(s) > 5 {
			return fmt.Sprintf("%s. %d", s[:3], d)
		}
		return fmt.Sprintf("%s %d", s, d)
	}},
	{"March 7, 2030", func(m time.Month, d int) string { return fmt.Sprintf("%s %d, 2030", m, d) }},
}

// fgChronologyLines are the ways a chronology sets its label before its
// line's text, and the headings above its day on a line of its own.
var fgChronologyLines = []struct {
	name string
	line func(label, text string) string
}{
	{"bullet, bold, dash", func(l, t string) string { return "- **" + l + "** — " + t }},
	{"bullet, colon", func(l, t string) string { return "- " + l + ": " + t }},
	{"bold, dash", func(l, t string) string { return "**" + l + "** - " + t }},
	{"bold colon inside", func(l, t string) string { return "**" + l + ":** " + t }},
	{"bold period, run in", func(l, t string) string { return "**" + l + ".** " + t }},
	{"heading above, bold", func(l, t string) string { return "**" + l + "**\n\n" + t }},
	{"heading above, ##", func(l, t string) string { return "## " + l + "\n\n" + t }},
}

// fgChronologyPages crosses the chronologies with the date shapes and the
// line formats, under a report's lead and a heading.
func fgChronologyPages() (faults []fgFault, pages int) {
	for _, c := range fgChronologies {
		for _, sh := range fgDateShapes {
			for _, lf := range fgChronologyLines {
				pages++
				paras := []string{
					"KELBY — A report published on Friday set out how the case unfolded over the year.",
					"**Key dates**",
				}
				for _, d := range c.days {
					paras = append(paras, lf.line(sh.label(d.month, d.day), d.text))
				}
				page := fmt.Sprintf("chronology/%s/%s/%s", c.name, sh.name, lf.name)
				tl := fgRead("How the case unfolded: key dates", "2030-11-15", strings.Join(paras, "\n\n")+"\n")
				for _, d := range c.days {
					k := strings.Join(strings.Fields(d.text)[:4], " ")
					want := fmt.Sprintf("2030-%02d-%02d", int(d.month), d.day)
					evs := fgSourced(tl, k)
					if len(evs) == 0 {
						faults = append(faults, fgFault{page, k, "line no source", ""})
					}
					for _, e := range evs {
						if e.Date.String() != want {
							faults = append(faults, fgFault{page, k, "line wrong day", e.Date.String() + " for " + want})
						}
					}
				}
			}
		}
	}
	return faults, pages
}

// fgExplainers are "what we know" explainers: a question set as a heading,
// then its answer, which tells a happening of a day it names.
var fgExplainers = []struct {
	name  string
	pairs [][3]string // question, answer ("{D}" where its day goes), the answer's day
}{
	{"ferry", [][3]string{
		{"What happened to the ferry?", "The Island Star ran aground off Pellow Point on {D}, the coastguard said.", "2030-03-04"},
		{"Was anyone hurt?", "Two passengers were taken to hospital on {D} with minor injuries.", "2030-03-04"},
		{"Why did the ship lose power?", "The operator said on {D} that an engine room fire had cut its power.", "2030-03-06"},
		{"When will sailings resume?", "The operator cancelled all sailings on {D} until a replacement ship is found.", "2030-03-07"},
	}},
	{"school", [][3]string{
		{"Who is the new head teacher?", "The trust appointed Dana Price as interim head on {D}.", "2030-03-02"},
		{"Why did the inspectors fail the school?", "Inspectors published a report on {D} that rated the school inadequate.", "2030-03-04"},
		{"Is the school going to close?", "The council voted on {D} to keep the school open for another year.", "2030-03-06"},
		{"What happens next?", "Parents met the trust's board on {D} to discuss the plans.", "2030-03-07"},
	}},
}

// fgQuestionStyles set a question as outlets do; fgDayShapes write the
// answer's day.
var fgQuestionStyles = []func(q string) string{
	func(q string) string { return "**" + q + "**" },
	func(q string) string { return "## " + q },
	func(q string) string { return q },
}

var fgDayShapes = []func(day string) string{
	func(day string) string {
		t, _ := time.Parse(time.DateOnly, day)
		return fmt.Sprintf("%s %d", t.Month(), t.Day())
	},
	func(day string) string {
		t, _ := time.Parse(time.DateOnly, day)
		return t.Weekday().String()
	},
}

// fgExplainerPages crosses the explainers with the styles of their
// questions and the shapes of their answers' days: no question is the
// source of an event (it asks, it tells nothing); every answer is a
// source of an event of its day.
func fgExplainerPages() (faults []fgFault, pages int) {
	for _, x := range fgExplainers {
		for qi, qs := range fgQuestionStyles {
			for di, ds := range fgDayShapes {
				pages++
				paras := []string{"Here is what we know so far."}
				for _, p := range x.pairs {
					paras = append(paras, qs(p[0]), strings.Replace(p[1], "{D}", ds(p[2]), 1))
				}
				page := fmt.Sprintf("explainer/%s/question %d/day %d", x.name, qi, di)
				tl := fgRead("What we know", "2030-03-08", strings.Join(paras, "\n\n")+"\n")
				for _, p := range x.pairs {
					for _, e := range fgSourced(tl, p[0]) {
						faults = append(faults, fgFault{page, p[0], "question a source", e.Date.String() + " " + e.Title})
					}
					k := strings.Join(strings.Fields(p[1])[:3], " ")
					evs := fgSourced(tl, k)
					if len(evs) == 0 {
						faults = append(faults, fgFault{page, k, "answer no source", ""})
					}
					for _, e := range evs {
						if e.Date.String() != p[2] {
							faults = append(faults, fgFault{page, k, "answer wrong day", e.Date.String() + " for " + p[2]})
						}
					}
				}
			}
		}
	}
	return faults, pages
}

// fgKnown is the count of faults of each cause the grid still finds: a
// count never goes up.
var fgKnown = map[string]int{
	// A page's banner of its own coverage ("Live coverage has ended for
	// today", "Updates will resume on Thursday morning", "We'll be back
	// tomorrow morning", "That's all from our live team for today") is an
	// event of its own, dated by the page or by the day it names. 216 at
	// 7c1e46b; 48 since pageFurniture (session 35's ttl56, written beside
	// this grid and landed first; fmt1's own banner rule, 0 here, was not
	// landed for the overlap: its wordings pageFurniture misses, "This live
	// page has closed", "This blog has now ended" and the like, are these 48).
	// Session 36's fmt4 added 8 wordings (promos, sign-offs, credits)
	// before any rule: 3 of them were sources, 48 pages each. "Our
	// Saturday roundup of the week's news from Hallam" is no source since
	// "roundup" is a noun of the outlet's coverage (48 -> 0); "That's all
	// from our live team for today" (a sign-off, dated by "today") and
	// "Watch: the moment the news broke on Tuesday" (a video's label
	// before its colon, dated by its day) were still: 96. A video's or a
	// recording's label is now a photo-label ("Video:", "Watch:",
	// "Listen:"; session 36, from a fresh set's "Video: crews at work
	// ... Thursday", read a week ahead): 48, the
	// sign-off.
	"banner a source": 48,
	// (A timeline under day headings, "**7 March**" above its paragraph,
	// left every paragraph undated: the heading dated nothing below it.
	// Since the corpus sets such a heading before its paragraph as its
	// label, "7 March: Part of the north face collapses" (labelDayHeads):
	// 80 -> 0, and no line wrong day.)
	// (A line that ends on a clock time, "The main bridge closes at 6
	// a.m.", took the next line's label as the time's day ("6 a.m. /
	// January 22" one expression across the paragraph break), and the
	// next line dated nothing: the tagger reads no clock time's day
	// across a paragraph break since session 35's fmt3: storm's lines on
	// their label's line, 48 without a source -> 0.)
	// (A question, an explainer's heading, "Why did the inspectors fail
	// the school?", joined its answer's event as a source: read as no
	// statement since asksQuestion: 6 -> 0.)
	// (An answer to a "Who is ...?" question whose verb is no auxiliary,
	// "The trust appointed Dana Price as interim head on March 2", was
	// read as a verbless answer and dated nothing: read as a clause since
	// qaAnswer reads a verb in the past with its object after it: 6 ->
	// 0.)
}

func TestFormatGrid(t *testing.T) {
	bf, bp := fgBannerPages()
	cf, cp := fgChronologyPages()
	xf, xp := fgExplainerPages()
	faults := append(append(bf, cf...), xf...)
	count := map[string]int{}
	for _, f := range faults {
		count[f.cause]++
	}
	var causes []string
	for c := range count {
		causes = append(causes, c)
	}
	sort.Strings(causes)
	t.Logf("%d banner pages, %d chronology pages, %d explainer pages, %d faults", bp, cp, xp, len(faults))
	for _, c := range causes {
		t.Logf("  %4d %s", count[c], c)
		if count[c] > fgKnown[c] {
			t.Errorf("%s: %d faults, known %d", c, count[c], fgKnown[c])
		}
	}
	if os.Getenv("DATELINE_FMT_GRID") != "" {
		for _, f := range faults {
			t.Logf("%s | %s | %s | %s", f.cause, f.page, f.line, f.detail)
		}
	}
}
