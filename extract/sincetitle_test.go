package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestSinceClauseTitle checks that a time inside a "since" clause with a
// subject and verb of its own titles that clause, not the count the
// clause before makes ("It was the first ... since ...").
func TestSinceClauseTitle(t *testing.T) {
	b := doc("b.md", "2021-08-02", "It was the first flood on the valley floor since the old dam gave way in March 1994, cutting the town off.")
	tl, _ := Extract([]Doc{b}, Options{})
	found := false
	for _, e := range tl.Events {
		t.Logf("%s %q", e.Date, e.Title)
		if e.Date.String() == "1994-03" {
			found = true
			if strings.Contains(e.Title, "first") || !strings.HasPrefix(e.Title, "The old dam gave way") {
				t.Errorf("March 1994 titled %q, want the dam giving way", e.Title)
			}
		}
	}
	if !found {
		t.Errorf("no event of 1994-03")
	}
	for _, tc := range []struct {
		text, x string
		want    bool
	}{
		{"Rates fell for the first time since the bank raised them in 2019.", "2019", true},
		{"It was her first visit since Nadia Petrova moved abroad in 2015.", "2015", true},
		{"It was the first visit since he left in 2015.", "2015", false},           // a pronoun subject
		{"It was the first visit since 2015.", "2015", false},                      // no clause
		{"Prices rose since the war, and the mill closed in 2015.", "2015", false}, // a comma between
	} {
		i := strings.Index(tc.text, tc.x)
		got := sinceSubject(tc.text, [2]int{0, len(tc.text)}, timex.Timex{Start: i, End: i + len(tc.x), Text: tc.x}, nil) > 0
		if got != tc.want {
			t.Errorf("sinceSubject(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestAndOtherDateTitle checks that the title of a time ends before the
// "and" that joins a predicate holding another date of the clause.
func TestAndOtherDateTitle(t *testing.T) {
	b := doc("b.md", "2022-05-10", "Marta Silva ran the Boston marathon in 2011 and won a city race in June 2016, her coach said.")
	tl, _ := Extract([]Doc{b}, Options{})
	found := false
	for _, e := range tl.Events {
		t.Logf("%s %q", e.Date, e.Title)
		if e.Date.String() == "2011" {
			found = true
			if e.Title != "Marta Silva ran the Boston marathon" {
				t.Errorf("2011 titled %q, want %q", e.Title, "Marta Silva ran the Boston marathon")
			}
		}
	}
	if !found {
		t.Errorf("no event of 2011")
	}
	text := "The mayor opened the bridge in 2011 and the river flooded in 2016."
	i, j := strings.Index(text, "2011"), strings.Index(text, "2016")
	if got := andOtherDate(text, [2]int{0, len(text)}, timex.Timex{Start: i, End: i + 4}, timex.Timex{Start: j, End: j + 4}); got != len(text) {
		t.Errorf("a clause with a subject of its own after \"and\": %d, want %d", got, len(text))
	}
}

// TestRunInHeadingAndAsWell checks that the words of a heading run into a
// sentence that opens with a capitalized preposition and its time go, and
// that a long title is not cut inside "as well as".
func TestRunInHeadingAndAsWell(t *testing.T) {
	text := "Spring range On Thursday, Brightline unveiled a kettle that can be set from a phone app, as well as a new toaster in four colours."
	i := strings.Index(text, "Thursday")
	got := clauseTitle(text, [2]int{0, len(text)}, &timex.Timex{Start: i, End: i + len("Thursday"), Text: "Thursday"})
	if strings.Contains(got, "Spring range") || strings.HasSuffix(got, "as well") || !strings.HasPrefix(got, "Brightline unveiled a kettle") {
		t.Errorf("clauseTitle = %q, want the kettle unveiled, without the heading or a dangling \"as well\"", got)
	}
	if !asWellAs(strings.Fields("a b, as well as c"), 4) || asWellAs(strings.Fields("as well as c"), 1) {
		t.Errorf("asWellAs: want only the last word of \"as well as\"")
	}
}

// TestConcessiveClauseTitle checks that a time after the verb of a clause
// "even though" opens titles that clause, its bound ("as early as") going
// with it, in a relative clause too.
func TestConcessiveClauseTitle(t *testing.T) {
	b := doc("b.md", "2018-03-20", "Officials said it was Chen, not Ward, who approved the launch even though the agency had known of the valve fault as early as two years ago.")
	tl, _ := Extract([]Doc{b}, Options{})
	found := false
	for _, e := range tl.Events {
		t.Logf("%s %q", e.Date, e.Title)
		if e.Date.String() == "2016" {
			found = true
			if e.Title != "The agency had known of the valve fault" {
				t.Errorf("2016 titled %q, want %q", e.Title, "The agency had known of the valve fault")
			}
		}
	}
	if !found {
		t.Errorf("no event of 2016")
	}
}

// TestCleftEnd checks that a title cut after the name of a cleft sentence
// ("it was Chen", before "who approved ...") says nothing.
func TestCleftEnd(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"Officials said that it was Maria Chen", true},
		{"Officials said that it was Chen", true},
		{"It was Chen", true},
		{"Officials said that it was late", false},
		{"Officials said the launch was approved by Chen", false},
		{"Chen", false},
	} {
		if got := cleftEnd(strings.Fields(tc.t)); got != tc.want {
			t.Errorf("cleftEnd(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
	if headline("Officials also said that it was Chen") {
		t.Errorf("a cleft cut before its clause is no headline")
	}
}

// TestRunInHeadingNeedsNoVerb: words before "On Wednesday," that hold a
// verb of saying are an attribution, not a heading run into the
// sentence: they stay.
func TestRunInHeadingNeedsNoVerb(t *testing.T) {
	in := "Park said to that Radio Free Asia On Wednesday, the ministry announced a transfer of technology."
	txs := timex.Tag(in, time.Date(2019, 5, 10, 0, 0, 0, 0, time.UTC))
	if len(txs) == 0 {
		t.Fatalf("no time in %q", in)
	}
	if got := clauseTitle(in, [2]int{0, len(in)}, &txs[0]); !strings.HasPrefix(got, "Park said") {
		t.Errorf("clauseTitle(%q) = %q: the attribution went", in, got)
	}
	if !saysOrDid(strings.Fields("Lee said to that Radio Free Asia")) || saysOrDid(strings.Fields("The new iPod")) {
		t.Errorf("saysOrDid: said is a verb of saying, The new iPod holds none")
	}
}
