package extract

import "testing"

// TestCutQuoteDropped checks that a title keeping only the first words of
// a quotation its sentence goes on with ('... the alert "only"' of '"only
// after two weeks of sustained decline"') ends before the quotation, when
// the quotation is no one's words told whole (after a colon or a verb of
// saying they stay) and what is left is a headline. Probes written before
// the rule (realistic sentences, no set's).
func TestCutQuoteDropped(t *testing.T) {
	for _, c := range []struct{ t, sentence, want string }{
		{`The council said that the bridge would reopen "only"`,
			`The council said on Monday that the bridge would reopen "only after every cable has been tested" by engineers.`,
			"The council said that the bridge would reopen"},
		{`The curfew covers the whole city and will stay in force "for as long"`,
			`The curfew covers the whole city from Friday and will stay in force "for as long as the unrest continues," the mayor said.`,
			"The curfew covers the whole city and will stay in force"},
		{`The airline said flights would resume "as soon"`,
			`The airline said flights would resume "as soon as the runway is cleared" on Tuesday.`,
			"The airline said flights would resume"},
		// (Kept: what was said, after a verb of saying or a colon; a
		// quotation told whole; a title that is only the quotation.)
		{`The coach said: “It's disappointing”`,
			`“It's disappointing to lose like this,” the coach said on Sunday.`,
			`The coach said: “It's disappointing”`},
		{`The minister called the report "a whitewash"`,
			`The minister called the report "a whitewash" on Monday.`,
			`The minister called the report "a whitewash"`},
		{`"They came to us"`,
			`"They came to us 60 years ago.`,
			`"They came to us"`},
	} {
		if got := trimDangling(c.t, c.sentence); got != c.want {
			t.Errorf("trimDangling(%q) = %q, want %q", c.t, got, c.want)
		}
	}
}
