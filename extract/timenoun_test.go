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
