package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestContactRelativeTime: a relative clause with no relative word on the
// noun after its clause's verb, its subject a pronoun or a definite noun
// phrase ("the sum she paid in 2023", "a promise the council first made in
// May"), tells that noun's happening, whose time it is: never the clause
// above's title. (The first two probes were written before the rule, and
// dated the main clause by the inner time.)
func TestContactRelativeTime(t *testing.T) {
	for _, c := range []struct{ text, date, verb string }{
		{"The council has refused to refund the sum she paid in 2023.", "2023", "refused"},
		{"The mayor repeated a promise the council first made in May and said work would start soon.", "2025-05", "repeated"},
		{"The club returned the trophy it won in 1998.", "1998", "returned"},
		{"She paid back the money she borrowed in March.", "2026-03", "paid"},
		{"The minister withdrew the rule his predecessor introduced in 2019.", "2019", "withdrew"},
	} {
		for _, title := range titlesOn(c.date, [2]string{"2026-03-06", c.text}) {
			if strings.Contains(title, c.verb) {
				t.Errorf("%q: %s titled %q, the clause above the relative clause", c.text, c.date, title)
			}
		}
	}
	// What a verb of telling tells is its own: "he fled in January" dates
	// the flight, told under "told".
	if got := titlesOn("2026-01", [2]string{"2026-03-06", "He told reporters he fled in January."}); len(got) == 0 {
		t.Errorf("told ... he fled in January: no 2026-01 event")
	}
	// An indefinite noun before a past form is a participle's, no subject
	// of a relative clause.
	for _, text := range []string{
		"Apple Corps claims the store violates an agreement reached in 1991.",
		"Tarrow called the survey a smear dressed up as research on Tuesday.",
	} {
		if got := chunkString(text); slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "rel(") }) {
			t.Errorf("%q: chunks %q, want no relative clause", text, got)
		}
	}
}
