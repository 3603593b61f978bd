package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestRelativeCutTakesTimeNoun checks that a relative clause the title
// leaves out, whose time qualifies the noun after it ("the 3 March fire",
// "Sunday's derby"), goes with that noun, and that its time still dates
// nothing of its own.
func TestRelativeCutTakesTimeNoun(t *testing.T) {
	for _, c := range []struct{ text, date, want, not string }{
		{"Most of the timber houses that burned in the 3 March fire on the hill were built without permits, inspectors said on Tuesday.",
			"2016-04-12", "Most of the timber houses on the hill were built without permits, inspectors said", "2016-03-03"},
		{"The stewards who worked at Sunday's derby walked out over pay on Wednesday.",
			"2016-04-13", "The stewards walked out over pay", "2016-04-10"},
		// Look-alikes: a time that qualifies no noun after it, and one in
		// a clause that is not cut, keep their titles.
		{"Three men who were arrested in the raid on Monday were freed on Friday.",
			"2016-04-08", "Three men were freed", ""},
		{"A ferry captain who was rescued on Thursday said on Friday he had drifted for days.",
			"2016-04-08", "A ferry captain said he had drifted for days", ""},
		{"Residents who fled last week's floods returned home on Tuesday.",
			"2016-04-12", "Residents who fled last week's floods returned home", ""},
	} {
		got := eventTitles(t, "2016-04-14", c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got[c.date], c.want)
		}
		if c.not != "" && got[c.not] != "" {
			t.Errorf("%q: the time of the cut clause dates %s %q", c.text, c.not, got[c.not])
		}
	}
	for _, c := range []struct{ text, x, want string }{
		{"the houses that burned in the 3 March fire on the hill were", "the 3 March", " fire"},
		{"the club that lost Saturday's home match was fined", "Saturday", "'s home match"},
		{"the club that lost Saturday's match between the two was", "Saturday", "'s match"},
		{"the club that lost on Saturday was fined", "Saturday", ""},                  // no noun after it
		{"the club that lost on Saturday in the rain", "Saturday", ""},                // a preposition
		{"the club that lost Saturday's match.", "Saturday", "'s match"},              // the clause's end
		{"the club that lost Saturday's big home cup tie replay was", "Saturday", ""}, // too long to tell
	} {
		i := strings.Index(c.text, c.x)
		tx := timex.Timex{Start: i, End: i + len(c.x), Text: c.x}
		end := timeNounEnd(c.text, words(c.text, 0, len(c.text)), tx)
		if got := c.text[tx.End:end]; got != c.want {
			t.Errorf("timeNounEnd(%q): %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSinceObjectThenVerb checks that "since" before a time and "and" a
// verb ("had been shut since May and was sold ...") took the time as its
// object: no subject of a clause of its own, and no title made of it.
func TestSinceObjectThenVerb(t *testing.T) {
	for _, c := range []struct {
		text, x string
		since   bool // sinceSubject finds a subject
		seq     int  // sequenceSubject's sign
	}{
		{"A valve at the plant had been leaking since March and was due to be replaced next month.", "next month", false, -1},
		{"The pier had been closed since May or was meant to reopen in July.", "July", false, -1},
		// Look-alikes: subjects of clauses of their own.
		{"It was the first strike at the port since the dockers walked out in 1998.", "1998", true, 1},
		{"It was the first trial since Smith and Jones were charged in 2019.", "2019", true, 1},
		{"Prices have risen since the mill closed and was sold in 2015.", "2015", true, 1},
	} {
		i := strings.Index(c.text, c.x)
		tx := timex.Timex{Start: i, End: i + len(c.x), Text: c.x}
		seg := [2]int{0, len(c.text)}
		if got := sinceSubject(c.text, seg, tx, nil) > 0; got != c.since {
			t.Errorf("sinceSubject(%q) = %v, want %v", c.text, got, c.since)
		}
		got := sequenceSubject(c.text, seg, tx, nil)
		if got < 0 != (c.seq < 0) || got > 0 != (c.seq > 0) {
			t.Errorf("sequenceSubject(%q) = %d, want sign %d", c.text, got, c.seq)
		}
	}
	for _, e := range eventTitles(t, "2016-04-14", "A valve at the plant had been leaking since March and was due to be replaced next month.") {
		if strings.HasPrefix(e, "March") {
			t.Errorf("a title opens on the object of since: %q", e)
		}
	}
}

// TestVerblessNounLosesToClause checks that of two sources of one
// happening, a title made of the noun its time dates with no verb ("Stabbing
// murder of ...") loses to one told as a clause, whichever article comes
// first; alone, the noun still titles the event.
func TestVerblessNounLosesToClause(t *testing.T) {
	noun := "Hale is serving a life sentence for the 2009 stabbing murder of a taxi driver in Leeds."
	verb := "Hale stabbed a taxi driver to death in Leeds in 2009."
	want := "Hale stabbed a taxi driver to death in Leeds"
	for _, pair := range [][2]string{{noun, verb}, {verb, noun}} {
		tl, _ := Extract([]Doc{doc("a.md", "2015-11-17", pair[0]), doc("b.md", "2015-11-17", pair[1])}, Options{})
		got := ""
		for _, e := range tl.Events {
			if e.Date.String() == "2009" {
				got = e.Title
			}
		}
		if got != want {
			t.Errorf("%q first: 2009 titled %q, want %q", pair[0], got, want)
		}
	}
	if got := eventTitles(t, "2015-11-17", noun)["2009"]; got != "Stabbing murder of a taxi driver in Leeds" {
		t.Errorf("the noun alone: 2009 titled %q", got)
	}
}
