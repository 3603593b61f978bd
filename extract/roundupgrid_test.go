package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The roundup grid: a weekly roundup tells the week a paragraph a day,
// each paragraph led by a run-in label of its weekday, set as outlets set
// it ("**Tuesday.** The council voted ...", "**Tuesday:** ...", "TUESDAY —
// ...", "Tuesday: ..."). The label dates its paragraph's first sentence:
// a roundup of the week gone by, in the past tense, dates it to the most
// recent such weekday on or before the page's day; a look ahead at the
// week to come ("The week ahead"), in the future or the present of a
// schedule, to the next one on or after it. Expected values come from
// what the format means, never from the tool: a line may go undated (a
// missing source is no published correction), never dated by another
// day.

// rgDay is one paragraph of a roundup: its weekday and its first
// sentence, then a sentence after it (undated: the label dates the
// paragraph's first sentence, whose event the rest tells more of).
type rgDay struct {
	wd          time.Weekday
	first, then string
}

var rgWeeks = []struct {
	name string
	days []rgDay
}{
	{"harbour", []rgDay{
		{time.Monday, "Dozens of fishing boats blocked the harbour mouth at dawn.", "Hundreds of people gathered on the quay."},
		{time.Tuesday, "Crews from two neighbouring ports joined the blockade.", "Organisers put the count at 90 boats."},
		{time.Wednesday, "Union leaders met the minister for two hours in the capital.", "Both sides called the talks frank."},
		{time.Thursday, "The minister refused to reverse the cut in Parliament.", "She offered to discuss support for the crews."},
		{time.Friday, "The ferry company moved its sailings to a wharf up the coast.", "Police said the protest remained peaceful."},
	}},
	{"school", []rgDay{
		{time.Monday, "Inspectors arrived at Kelby High for a two-day visit.", "Parents were told by letter."},
		{time.Tuesday, "Teachers at the school voted to strike over staffing.", "The union gave two weeks' notice."},
		{time.Wednesday, "The head teacher resigned in a letter to governors.", "Her deputy takes charge."},
		{time.Thursday, "The council's education committee ordered a review of the school.", "It reports in the spring."},
		{time.Friday, "A crowd of parents marched to the town hall.", "They handed in a petition."},
	}},
}

// rgAhead are a look ahead at the week to come: each paragraph tells
// what is scheduled for its day, in the future or the present.
var rgAhead = []rgDay{
	{time.Monday, "The council will vote on the budget.", "Protests are expected outside."},
	{time.Tuesday, "The inquiry into the bridge collapse opens at the county court.", "It is due to sit for six weeks."},
	{time.Wednesday, "The transport secretary will visit the rail depot.", "Unions plan to meet her."},
	{time.Thursday, "Voters go to the polls in the Kelby by-election.", "Counting starts at 10 p.m."},
	{time.Friday, "The central bank announces its decision on interest rates.", "Most economists expect a cut."},
}

// rgLabels set a weekday's run-in label before its paragraph.
var rgLabels = []struct {
	name  string
	label func(wd string) string
}{
	{"bold period", func(wd string) string { return "**" + wd + ".** " }},
	{"bold colon", func(wd string) string { return "**" + wd + ":** " }},
	{"capitals dash", func(wd string) string { return strings.ToUpper(wd) + " — " }},
	{"plain colon", func(wd string) string { return wd + ": " }},
	{"bold dash", func(wd string) string { return "**" + wd + "** — " }},
}

// rgPub are the days a roundup is published on: the Saturday after its
// week, and the Friday that ends it (its Friday is the page's day).
var rgPub = []string{"2030-03-16", "2030-03-15"}

func rgFaults() (faults []fgFault, pages int) {
	for _, w := range rgWeeks {
		for _, lb := range rgLabels {
			for _, pub := range rgPub {
				pages++
				p, _ := time.Parse(time.DateOnly, pub)
				paras := []string{"*Our weekly roundup of the news from Kelby.*",
					"**This week:** A week of protest and talks ended with no deal. Here is how it unfolded."}
				for _, d := range w.days {
					paras = append(paras, lb.label(d.wd.String())+d.first+" "+d.then)
				}
				page := fmt.Sprintf("roundup/%s/%s/%s", w.name, lb.name, pub)
				tl := fgRead("The week in Kelby", pub, strings.Join(paras, "\n\n")+"\n")
				for _, d := range w.days {
					back := (int(p.Weekday()) - int(d.wd) + 7) % 7
					want := p.AddDate(0, 0, -back).Format(time.DateOnly)
					k := strings.Join(strings.Fields(d.first)[:4], " ")
					evs := fgSourced(tl, k)
					if len(evs) == 0 {
						faults = append(faults, fgFault{page, k, "roundup line no source", ""})
					}
					for _, e := range evs {
						if e.Date.String() != want {
							faults = append(faults, fgFault{page, k, "roundup line wrong day", e.Date.String() + " for " + want})
						}
					}
				}
				for _, e := range fgSourced(tl, "weekly roundup") {
					faults = append(faults, fgFault{page, "weekly roundup", "banner a source", e.Date.String() + " " + e.Title})
				}
			}
		}
	}
	// The week ahead, published on the Sunday before it.
	for _, lb := range rgLabels {
		pages++
		pub := "2030-03-17"
		p, _ := time.Parse(time.DateOnly, pub)
		paras := []string{"**The week ahead:** The budget vote and a by-election top a busy week in Kelby."}
		for _, d := range rgAhead {
			paras = append(paras, lb.label(d.wd.String())+d.first+" "+d.then)
		}
		page := fmt.Sprintf("ahead/%s", lb.name)
		tl := fgRead("The week ahead in Kelby", pub, strings.Join(paras, "\n\n")+"\n")
		for _, d := range rgAhead {
			on := (int(d.wd) - int(p.Weekday()) + 7) % 7
			want := p.AddDate(0, 0, on).Format(time.DateOnly)
			k := strings.Join(strings.Fields(d.first)[:4], " ")
			for _, e := range fgSourced(tl, k) {
				if e.Date.String() != want {
					faults = append(faults, fgFault{page, k, "ahead line wrong day", e.Date.String() + " for " + want})
				}
			}
		}
	}
	return faults, pages
}

// rgKnown is the count of faults of each cause the grid still finds: a
// count never goes up.
var rgKnown = map[string]int{}

func TestRoundupGrid(t *testing.T) {
	faults, pages := rgFaults()
	count := map[string]int{}
	for _, f := range faults {
		count[f.cause]++
	}
	t.Logf("%d pages, %d faults", pages, len(faults))
	for c, n := range count {
		t.Logf("  %4d %s", n, c)
		if n > rgKnown[c] {
			t.Errorf("%s: %d faults, known %d", c, n, rgKnown[c])
		}
	}
	for _, f := range faults {
		t.Logf("%s | %s | %s | %s", f.cause, f.page, f.line, f.detail)
	}
}
