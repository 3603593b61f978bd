package extract

import "testing"

// TestPageLabelGoes checks that a label of the page a sentence opens with,
// set off by a colon ("Background:", "Live updates:", "Here is what we know
// so far:"), is no word of a title: the clause after the colon tells the
// happening. A label that holds a verb of its own ("The hearing is over:")
// is a clause and stays, as does one that names its topic ("Harbour
// fire:"). Probes written before the rule (realistic sentences, no set's).
func TestPageLabelGoes(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-11-20", "Background: The council closed the ferry terminal in March 2025 after a survey found rot in its piles.", "2025-03", "The council closed the ferry terminal after a survey found rot in its piles"},
		{"2026-11-20", "Context: the port authority sold the site to a housing developer in 2019.", "2019", "The port authority sold the site to a housing developer"},
		{"2026-11-20", "Here is what we know so far: the ferry left Port Ellis on Sunday with 212 passengers aboard.", "2026-11-15", "The ferry left Port Ellis with 212 passengers aboard"},
		{"2026-11-20", "First confirmed case: a nurse at the county hospital tested positive on Oct. 30.", "2026-10-30", "A nurse at the county hospital tested positive"},
		{"2026-11-20", "A reminder of what's next: the board approved the budget on Nov. 3, and a vote on the plan follows.", "2026-11-03", "The board approved the budget, and a vote on the plan follows"},
		{"2026-11-20", "The hearing is over: the judge adjourned the case on Monday.", "2026-11-16", "The hearing is over: the judge adjourned the case"},
		{"2026-11-20", "Harbour fire: forty people were evacuated from their homes on Monday.", "2026-11-16", "Harbour fire: forty people were evacuated from their homes"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all %q)", c.text, got[c.date], c.want, got)
		}
	}
}
