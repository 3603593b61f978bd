package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestToldAlike checks that a statement of one day and the happening of
// that day told in nearly the same words by other articles become one
// event (consolidate, toldAlike), and that a reaction of the same day, in
// other words, stays apart.
func TestToldAlike(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-10-09", "The port authority said on Tuesday it would close the Brackley ferry crossing for the winter after a safety inspection found corroded ramps."),
		doc("b.md", "2024-10-10", "The port authority closed the Brackley ferry crossing for the winter on Tuesday after a safety inspection found corroded ramps."),
		doc("c.md", "2024-10-10", "The Brackley ferry crossing was closed for the winter on Tuesday after an inspection found corroded ramps."),
		doc("d.md", "2024-10-10", "The boatmen's union said on Tuesday it would fight for the jobs of its members through the winter."),
	}
	tl, _ := Extract(docs, Options{})
	evs := find(tl, "2024-10-08")
	var sources []int
	for _, e := range evs {
		sources = append(sources, len(e.Sources))
		t.Logf("%q: %d sources", e.Title, len(e.Sources))
	}
	if len(evs) != 2 {
		t.Errorf("want 2 events of 2024-10-08 (the closure told three times, the union apart); got events of %v sources", sources)
	}
}

// TestStatementToReported checks that a statement of one day whose
// sentence the day's happening holds as a report ("X said on Tuesday it
// was recalling ...") joins that happening, titled by the happening's own
// source, and that a statement of the day on something else stays apart.
func TestStatementToReported(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2025-09-02", "Electric scooter maker Zipwell said on Tuesday it was recalling about 30,000 chargers after reports of fires in customers' garages.\n\nThe company said the recall covered chargers sold since 2023.\n\nThe fire safety office said on Tuesday it was reviewing its guidance on garages."),
		doc("b.md", "2025-09-03", "Zipwell's announcement on Tuesday that it would recall 30,000 scooter chargers in Leeds has raised fresh questions about battery safety.\n\nThe recall, announced on Tuesday, covers chargers sold over two years."),
		doc("c.md", "2025-09-20", "Zipwell recalled the chargers in Leeds on September 2 after reports of overheating."),
		doc("d.md", "2025-09-04", "Zipwell shares fell 5% on Wednesday."),
		doc("e.md", "2025-09-25", "Zipwell named a new finance chief on Wednesday."),
	}
	docs[0].Article.Title = "Zipwell recalls 30,000 scooter chargers after fires"
	tl, _ := Extract(docs, Options{})
	evs := find(tl, "2025-09-02")
	n := 0
	for _, e := range evs {
		t.Logf("%q: %d sources", e.Title, len(e.Sources))
		for _, s := range e.Sources {
			if strings.HasPrefix(s.Sentence, "Electric scooter maker Zipwell said") {
				n++
				if strings.HasPrefix(e.Title, "Electric scooter maker") {
					t.Errorf("the statement titles %q, want the recall titled by its own source", e.Title)
				}
			}
		}
	}
	if n != 1 || len(evs) != 2 {
		t.Errorf("want the statement in one event (%d) and two events of 2025-09-02 (%d): the recall and the office's review", n, len(evs))
	}
}

// TestTimeBeforeSaying checks that a statement's report whose time stands
// before its verb of saying ("X completed the takeover on Tuesday, nine
// months after the two firms first confirmed talks") stays on its own day:
// it joins no happening of the days before it, a sentence in two events.
func TestTimeBeforeSaying(t *testing.T) {
	a := doc("a.md", "2025-12-02", "Gorvin completed its takeover of the Arlen bakery chain on Tuesday, nine months after the two firms first confirmed they were in talks.")
	a.Article.Title = "Gorvin completes Arlen bakery takeover"
	b := doc("b.md", "2025-12-03", "Arlen shares stopped trading on Monday, and the bakery takeover by Gorvin took effect on Tuesday.")
	tl, _ := Extract([]Doc{a, b}, Options{})
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			t.Logf("%s %q: %s", e.Date, e.Title, s.Sentence)
			if strings.HasPrefix(s.Sentence, "Gorvin completed") && e.Date.String() != "2025-12-02" {
				t.Errorf("the completion, dated Tuesday 2025-12-02, sits in an event of %s", e.Date)
			}
		}
	}
}

// TestStatementToReportedUndated checks that a statement joins the day's
// happening that holds its sentence as a report when only one of the two
// is dated by its own words: a wire lead "Two fishermen have drowned ...,
// the coastguard confirmed today" beside same-day articles that tell the
// drowning undated, and an undated "says it cannot yet say how many homes
// have been flooded" beside the flood other articles date. One sentence,
// one day, one event.
func TestStatementToReportedUndated(t *testing.T) {
	cases := []struct {
		name, day, sentence string
		docs                []Doc
	}{
		{"dated statement, undated happening", "2025-03-11", "Two fishermen have drowned after their trawler capsized off Kerrow Head, the coastguard confirmed today.", []Doc{
			doc("a.md", "2025-03-11", "Two fishermen have drowned after their trawler capsized off Kerrow Head, the coastguard confirmed today.\n\nThe 12-metre boat went over in heavy swell about three miles from the harbour."),
			doc("b.md", "2025-03-11", "Two fishermen have drowned off Kerrow Head after their trawler capsized in heavy swell.\n\nA third crew member was pulled from the water by a lifeboat crew."),
			doc("c.md", "2025-04-02", "The marine accident branch opened an inquiry on Wednesday into the capsizing of the trawler off Kerrow Head on March 11, in which two fishermen drowned."),
		}},
		{"undated statement, dated happening", "2025-11-04", "The county emergency office says it cannot yet say how many homes have been flooded in the lower town of Alnford.", []Doc{
			doc("a.md", "2025-11-04", "The county emergency office says it cannot yet say how many homes have been flooded in the lower town of Alnford.\n\nResidents were moved to the sports hall overnight."),
			doc("b.md", "2025-11-05", "The River Aln burst its banks on Tuesday evening and flooded the lower town of Alnford overnight.\n\nAbout 300 homes were damaged, the county said."),
			doc("c.md", "2025-12-06", "The river flooded 300 homes in the lower town of Alnford on November 4."),
		}},
	}
	cases[0].docs[0].Article.Title = "Two fishermen drown after trawler capsizes off Kerrow Head"
	cases[0].docs[1].Article.Title = "Fishermen drown as trawler capsizes off Kerrow Head"
	cases[1].docs[0].Article.Title = "River Aln bursts its banks and floods the lower town"
	cases[1].docs[1].Article.Title = "Hundreds of homes flooded in Alnford"
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := Extract(tc.docs, Options{})
			n := 0
			for _, e := range find(tl, tc.day) {
				t.Logf("%q: %d sources", e.Title, len(e.Sources))
				if slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return s.Sentence == tc.sentence }) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("the sentence %q stands in %d events of %s, want 1", tc.sentence, n, tc.day)
			}
		})
	}
}
