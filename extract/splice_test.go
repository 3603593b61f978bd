package extract

import (
	"strings"
	"testing"
)

// Titles whose words do not join where the sentence's words were left out
// are mended from the same sentence (mendSplice, through trimDangling);
// titles that left out only a time, an aside or a relative word stay.
func TestMendSplice(t *testing.T) {
	cases := []struct{ title, sentence, want string }{
		// the aside's closing comma kept, the word after it lost
		{"The regulator said that it had withdrawn the airline's operating permit finding \"serious failings\" in its maintenance records",
			"The regulator said on Monday that it had withdrawn the airline's operating permit, which lets it fly scheduled routes, after finding \"serious failings\" in its maintenance records.",
			"The regulator said that it had withdrawn the airline's operating permit"},
		// an object relative read as a subject
		{"The old pier fishermen used for decades was demolished",
			"The old pier, which fishermen used for decades, was demolished on Friday.",
			"The old pier was demolished"},
		{"The north tunnel engineers inspected for the first time after pumping out the floodwater",
			"The water was found in the north tunnel, which engineers inspected for the first time last week after pumping out the floodwater.",
			"Engineers inspected the north tunnel for the first time after pumping out the floodwater"},
		{"The roof repair the council paid for in 2019",
			"The roof repair, which the council paid for in 2019, failed within a year.",
			"The council paid for the roof repair"},
		{"The strike the union called off in 2022",
			"The strike, which the union called off in 2022, had shut the port for a week.",
			"The union called the strike off"},
		// a subordinate clause run into the main one
		{"Storm Edda struck it cut power to 80,000 homes",
			"When Storm Edda struck in 2021 it cut power to 80,000 homes.",
			"Storm Edda cut power to 80,000 homes"},
		{"The flood reached the old mill it destroyed its water wheel",
			"When the flood reached the old mill in 1953 it destroyed its water wheel.",
			"The flood reached the old mill"},
		// a range that lost its start
		{"A night bus that ran through the valley and 2011 may return, the council said",
			"A night bus that ran through the valley between 1995 and 2011 may return, the council said.",
			"A night bus that ran through the valley may return, the council said"},
		{"The summit can only be reached on foot and the start of October",
			"The summit can only be reached on foot between late June and the start of October, rangers say.",
			"The summit can only be reached on foot"},
	}
	for _, c := range cases {
		if got := trimDangling(c.title, c.sentence); got != c.want {
			t.Errorf("trimDangling(%q)\n got %q\nwant %q", c.title, got, c.want)
		}
	}
	whole := []struct{ title, sentence string }{
		{"The first ferry opened", "The first ferry, which opened in September 2019, still runs."},
		{"Olivia Grant postponed the rest of her tour", "Olivia Grant, who was not seen in public on Tuesday, postponed the rest of her tour."},
		{"The court would deliver its ruling", "The court said it would deliver its ruling in March."},
		{"One of the two prisoners was caught at a bus station", "One of the two prisoners who escaped from the county jail last week was caught at a bus station."},
		{"Aid donations were sent to the affected villages", "Aid donations, including tents, blankets, canned food and water were sent to the affected villages on Friday."},
		{"At the first hearing he was refused bail", "At the first hearing in March he was refused bail."},
		{"Brunner was arrested, near the harbour", "Brunner was arrested just before midnight yesterday, near the harbour."},
		{"The ice at the base of a core is at least a million years old", "The ice at the base of a core drilled in Greenland this year is at least a million years old."},
		{"The second prototype would fly in June", "The second prototype was already being assembled and would fly in June."},
	}
	for _, c := range whole {
		if k := spliceGap(strings.Fields(c.title), c.sentence); k >= 0 {
			t.Errorf("spliceGap(%q) = %d, want -1 (of %q)", c.title, k, c.sentence)
		}
	}
}

// A report's tail whose speaker is a pronoun goes from a title; a named
// speaker's stays.
func TestWithoutPronounReport(t *testing.T) {
	for _, c := range [][2]string{
		{"The two firms had met in secret at least nine times, it said", "The two firms had met in secret at least nine times"},
		{"The two firms had met in secret at least nine times, the regulator said", "The two firms had met in secret at least nine times, the regulator said"},
		{"\"We were never told,\" she said", "\"We were never told,\" she said"},
	} {
		if got := withoutPronounReport(c[0], c[0]); got != c[1] {
			t.Errorf("withoutPronounReport(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
