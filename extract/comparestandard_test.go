package extract

import "testing"

// TestComparisonStandardClause: a time in a relative clause, a participle
// phrase or an adverbial clause inside a comparison's standard ("than
// ...") after its clause's verb dates the standard, never the comparison
// (standardClause). Our own sentences: no event on the standard's date
// may be titled by the comparison (bad); the guards, whose time is the
// clause's own, keep their event (good, a word its title holds).
func TestComparisonStandardClause(t *testing.T) {
	checkOwnsTime(t, "2026-06-20", "Officials gave an update on Thursday. ", "the comparison", []ownsTimeCase{
		{"The tally is now more than three times the 52 nests counted when the council closed the park on May 4.", "2026-05-04", "tally", ""},
		{"The storm was stronger than the one that hit the coast in 2019.", "2019", "stronger", ""},
		{"The plant produced more than it did when it opened in 2010.", "2010", "produced", ""},
		{"Turnout was higher than the figure recorded in March.", "2026-03", "Turnout", ""},
		// Guards: a bare quantity after "than", a comparison before its
		// clause's verb, a time of the clause itself.
		{"The company evacuated more than 200 workers when the fire broke out on Monday.", "2026-06-15", "", "evacuated"},
		{"Police said more than 40 people were arrested when protesters clashed with officers on Saturday.", "2026-06-20", "", "arrested"},
		{"More than 200 people who fled the flood returned home on Tuesday.", "2026-06-16", "", "returned"},
		{"Shares fell more than 3 percent on Wednesday.", "2026-06-17", "", "fell"},
	})
}
