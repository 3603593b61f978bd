package extract

import "testing"

// TestItNamesThePhrase checks that a sentence opening on "It" right after
// one that opened on a definite noun phrase is titled by that phrase: a
// place or a person inside the phrase ("The Leeds depot", "The 30-page
// ruling by Judge Amara Osei") modifies its noun and makes it no place or
// person, a phrase of a preposition and a name after the noun stays with
// it, and "It was built by" is a passive told of the thing as "It was
// fined" is. Probes written before the rule (realistic sentences, no set's).
func TestItNamesThePhrase(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-06-12",
			"The Leeds depot is one of the largest employers in the district. It was built by a Swiss engineering group in 1998 and sold to the council in 2011.",
			"1998", "The Leeds depot was built by a Swiss engineering group"},
		{"2025-06-12",
			"The 30-page ruling by Judge Amara Osei ran to six sections. It ordered the transport authority on Tuesday to refund the fines.",
			"2025-06-10", "The 30-page ruling by Judge Amara Osei ordered the transport authority to refund the fines"},
		{"2025-06-12",
			"The old footbridge at Mill Lane carried 3,000 people a day. It was built in 1962 by the county council.",
			"1962", "The old footbridge at Mill Lane was built by the county council"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q:\n titles %q,\n want %q at %s", c.text, got, c.want, c.date)
		}
	}
	// Not a phrase whose noun is a name, nor one of several things, nor an
	// "it" that tells of no thing ("It was thought that ...").
	for _, c := range []struct{ title, prev string }{
		{"It was built by a Swiss group", "The rulings by Judge Amara Osei ran to six sections."},
		{"It was thought that the bridge was safe", "The old footbridge at Mill Lane carried 3,000 people a day."},
		{"It was hard to say", "The old footbridge at Mill Lane carried 3,000 people a day."},
		{"It was built by a Swiss group", "The report by the council and two firms was published."},
	} {
		if got := itSubject(c.title, c.prev); got != "" {
			t.Errorf("itSubject(%q, %q) = %q, want none", c.title, c.prev, got)
		}
	}
}
