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

// TestAnswerWordGoes checks that the answer word of a question and answer
// ("No.", "Yes.") that opens a sentence is no word of a title: it answers
// the question before, and the clause after it tells the happening. Probes
// written before the rule (realistic sentences, no set's).
func TestAnswerWordGoes(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-11-20", "Has the bridge failed before? No. In 2021 the council replaced the bridge's deck after inspectors found cracks.", "2021", "The council replaced the bridge's deck after inspectors found cracks"},
		{"2026-11-20", "Is this the first case? No. On Monday the hospital confirmed a second case of measles.", "2026-11-16", "The hospital confirmed a second case of measles"},
		{"2026-11-20", "Was anyone hurt? Yes. In 2019 a driver was injured when a beam fell onto the road.", "2019", "A driver was injured when a beam fell onto the road"},
		{"2026-11-20", "Train No. 57 left the station on Monday with 300 passengers aboard.", "2026-11-16", "Train No. 57 left the station with 300 passengers aboard"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all %q)", c.text, got[c.date], c.want, got)
		}
	}
}

// TestPageLabelQuoteStays checks that a label before a quotation stays
// whatever the marks of the quotation: withoutPageLabel cut the first byte
// of the words after the colon and looked for a quotation mark in it, which
// finds a straight quote but never a curly one (three bytes), so a
// quotation in curly quotes lost its label and opened the title cut from
// its context.
func TestPageLabelQuoteStays(t *testing.T) {
	for _, s := range []string{
		`Live updates: "We will rebuild the school," the mayor said`,
		"Live updates: \u201cWe will rebuild the school,\u201d the mayor said",
		"Live updates: \u2018We will rebuild the school,\u2019 the mayor said",
	} {
		if got := withoutPageLabel(s); got != s {
			t.Errorf("withoutPageLabel(%q) = %q, want it as it was", s, got)
		}
	}
}
