package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// lbLeadProbes are live blogs of my own words, newest first, the stamp and
// its entry joined with no dash (as a page reads once its Markdown bold is
// gone): want is the entry that tells the headline's happening, "" when no
// entry does.
var lbLeadProbes = []struct{ text, want string }{
	{"Live: Inmate escapes from Harlan prison; lockdown ordered\n\n9:40 p.m. The warden says the search will go on through the night with dogs.\n\n3:15 p.m. Schools near the prison will stay shut tomorrow.\n\n11:05 a.m. Corrections officials confirm an inmate has escaped from Harlan prison.\n", "Corrections officials confirm an inmate has escaped"},
	{"Live updates: Chemical plant explodes in Dunmore, residents evacuated\n\n10:30 p.m. The fire chief says crews will stay at the site overnight.\n\n6:45 p.m. The Red Cross has opened a shelter at Dunmore High School.\n\n2:20 p.m. A blast tore through the Dunmore chemical plant shortly after 2 p.m., sending a plume over the town.\n", "A blast tore through"},
	{"Live: Storm latest as rivers rise\n\n9:00 p.m. Forecasters say the rain will ease after midnight.\n\n4:10 p.m. Two roads near the river have been closed.\n\n1:30 p.m. Rain is falling across the county.\n", ""},
	// An entry that recaps a day before the page's is no lead.
	{"Live: Wildfire day 3 as Carrow fire spreads\n\n8:00 p.m. Crews say the Carrow fire spread east through the afternoon.\n\n9:00 a.m. What we know: the Carrow fire started on Sunday near the reservoir and spread to 2,000 acres.\n\n7:30 a.m. Evacuation orders remain for the north shore.\n", "Crews say the Carrow fire spread east"},
}

// TestLiveLeadAct: a live blog's lead is the entry that tells its
// headline's happening (liveLead), not its newest entry: the headline's
// "explodes" and the entry's "blast" name one kind of happening. A page
// no entry of which tells the headline's act keeps its first sentences.
func TestLiveLeadAct(t *testing.T) {
	lx := newLexicon(nil)
	dct := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range lbLeadProbes {
		var sents []sentence
		for i, sp := range splitSentences(p.text, 0, len(p.text)) {
			sents = append(sents, sentence{start: sp[0], end: sp[1], index: i})
		}
		recap := func(index int) bool {
			s := p.text[sents[index].start:sents[index].end]
			return strings.Contains(s, "Sunday") // (the page is Monday's)
		}
		_ = dct
		at := liveLead(p.text, sents, func(s sentence) bag { return lx.bagOf(p.text, s.start, s.end, [2]int{}) }, recap)
		got := ""
		if at >= 0 {
			got = p.text[sents[at].start:sents[at].end]
		}
		if p.want == "" && at >= 0 || p.want != "" && !strings.Contains(got, p.want) {
			t.Errorf("%q: lead %d %q, want %q", p.text[:40], at, got, p.want)
		}
	}
}

// TestStampedVoice: an entry of a live blog that is a tally or the page's
// own voice after its stamp gives no event; the entries around it do.
func TestStampedVoice(t *testing.T) {
	pages := []struct {
		text string
		gone []string // no event's source
		kept []string // a source each
	}{
		{"Live: Council race results\n\n11:50 p.m. Ortega has conceded the race to Lindqvist.\n\n11:05 p.m. 38 of 44 wards in.\n\n10:15 p.m. Lindqvist leads Ortega by about 600 votes with half the wards counted.\n",
			[]string{"38 of 44 wards"}, []string{"Ortega has conceded", "Lindqvist leads Ortega"}},
		{"Live: Port strike talks\n\n7:25 p.m. It's over.\n\n7:20 p.m. The dockworkers union and the port authority have signed a new three-year contract.\n\n1:00 p.m. Negotiators resumed talks at the labor board offices.\n",
			[]string{"It's over"}, []string{"signed a new three-year contract", "Negotiators resumed talks"}},
	}
	for _, p := range pages {
		tl, err := Extract([]Doc{{Article: timeline.Article{Title: strings.SplitN(p.text, "\n", 2)[0], Published: timeline.Date{Year: 2027, Month: time.March, Day: 1, Gran: timeline.Day}}, Text: p.text}}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		has := func(s string) bool {
			for _, e := range tl.Events {
				for _, src := range e.Sources {
					if strings.Contains(src.Sentence, s) {
						return true
					}
				}
			}
			return false
		}
		for _, g := range p.gone {
			if has(g) {
				t.Errorf("%q is a source", g)
			}
		}
		for _, k := range p.kept {
			if !has(k) {
				t.Errorf("%q is no source", k)
			}
		}
	}
}

// TestLiveBareTimeOwnDay: a bare clock time of a live entry's text is of
// the entry's day, not of a day an entry above it named (a page newest
// first names the days of later entries above them): the sighting "around
// 11 a.m." is of the page's day, and dates its entry, not "Sunday" of the
// entry above.
func TestLiveBareTimeOwnDay(t *testing.T) {
	text := "Live: Hiker missing on Mount Orrin\n\n4:30 p.m. Schools near the park will stay closed tomorrow.\n\n2:10 p.m. Park chief Dana Ortiz told reporters the hiker is 34. She said the woman was last seen by a ranger at 5:30 p.m. Sunday, near the lodge. \"We are not giving up,\" she said.\n\n12:45 p.m. A cyclist reported seeing \"a woman in a red jacket\" near the north trail around 11 a.m.\n\n10:20 a.m. Rangers have asked hikers to stay off the north trail.\n\n7:50 a.m. Park rangers confirm a hiker is missing on Mount Orrin.\n"
	tl, _ := Extract([]Doc{{Article: timeline.Article{Title: "Live: Hiker missing on Mount Orrin", Published: timeline.Date{Year: 2027, Month: time.March, Day: 1, Gran: timeline.Day}}, Text: text}}, Options{})
	found := false
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if !strings.Contains(s.Sentence, "red jacket") {
				continue
			}
			if e.Date.Day != 1 || !strings.Contains(s.Expression, "11 a.m") {
				t.Errorf("red jacket entry on %v by %q, want 2027-03-01 by 11 a.m.", e.Date, s.Expression)
			}
			found = true
		}
	}
	if !found {
		t.Error("the red jacket entry is no source")
	}
}
