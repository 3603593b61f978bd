package extract

import (
	"strings"
	"testing"
)

// TestPresentComplementNounTime: what a verb of saying tells in the simple
// present or the present progressive ("The complaint says regulators are
// reviewing dozens of loans in 2023") is a state of now, as a main clause
// in the present is (presentSide): a time before the article's day that
// its verb reaches through nouns and prepositions dates the noun it
// follows, not the clause. (After a lede, as presentSide.)
func TestPresentComplementNounTime(t *testing.T) {
	const lede = "The inquiry into the collapse of the lender entered its third week. "
	for _, c := range []struct{ dct, text, date, not string }{
		{"2026-06-10", "The complaint says regulators are reviewing dozens of loans in 2023 that were never repaid.", "2023", "reviewing"},
		{"2026-06-10", "The audit says the council is owed rent on six properties from 2022.", "2022", "owed"},
		{"2026-06-10", "Officials said the agency is investigating two other fires in April at the same depot.", "2026-04", "investigating"},
		{"2026-06-10", "Police say the man is being questioned about a robbery in March.", "2026-03", "questioned"},
	} {
		if got := eventTitles(t, c.dct, lede+c.text)[c.date]; strings.Contains(got, c.not) {
			t.Errorf("%q: %s titled %q", c.text, c.date, got)
		}
	}
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-06-10", "Police said the man was arrested in April.", "2026-04", "The man was arrested, police said"},
	} {
		if got := eventTitles(t, c.dct, lede+c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
}
