package extract

import "testing"

// TestShortFirstPredicate checks that a clause of a subject and a verb
// alone ("Work began", "Voting opened"), joined by "and" to a second
// predicate that a time of another date ends, is titled by itself under
// its own time: the second predicate tells the other date's happening
// ("Work began May 3 and finished July 7" is no "Work began and finished
// July 7" under May 3). Two subjects joined by "and" stay whole. Probes
// written before the rule (realistic sentences, no set's).
func TestShortFirstPredicate(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-11-20", "Voting opened on Nov. 2 and closed on Nov. 9.", "2026-11-02", "Voting opened on Nov. 2"},
		{"2026-11-20", "The museum closed in March 2020 and reopened in June 2021.", "2020-03", "The museum closed in March 2020"},
		{"2026-11-20", "Construction started in 2019 and finished in 2022.", "2019", "Construction started in 2019"},
		{"2026-11-20", "The trial began on Oct. 5 and ended on Nov. 12.", "2026-10-05", "The trial began on Oct. 5"},
		{"2026-11-20", "The inquiry opened Oct. 5 and closed Nov. 12.", "2026-10-05", "The inquiry opened Oct. 5"},
		// Unchanged: a longer first predicate, and joined subjects.
		{"2026-11-20", "The ferry left Oban on Monday and reached Barra on Wednesday.", "2026-11-16", "The ferry left Oban"},
		{"2026-11-20", "Voting opened at the town hall on Nov. 2 and closed on Nov. 9.", "2026-11-02", "Voting opened at the town hall"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all %q)", c.text, got[c.date], c.want, got)
		}
	}
}
