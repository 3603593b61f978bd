package extract

import "testing"

// TestSimplePastNoParticiple checks that a verb in a form that is only ever
// a simple past ("broke", "stole", "threw", "drove") is read as the finite
// verb of its clause, never as a participle on the noun before it: "a fire
// broke out" after a page label is no reduced clause "a fire (that was)
// broke out" and its title gains no "was". Verbs whose past is also their
// participle ("set off", "ran aground" aside) read as before. Probes
// written before the rule (realistic sentences, no set's).
func TestSimplePastNoParticiple(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-11-20", "Live updates: a fire broke out at a recycling plant in Dunmore on Tuesday morning.", "2026-11-17", "A fire broke out at a recycling plant in Dunmore"},
		{"2026-11-20", "Live updates: a fire broke out at a timber yard near Carlow on Tuesday.", "2026-11-17", "A fire broke out at a timber yard near Carlow"},
		{"2026-11-20", "Latest: a water main broke under the high street on Monday night.", "2026-11-16", "A water main broke under the high street"},
		{"2026-11-20", "Updates: a gunman stole a van from a depot in Ashby on Monday morning.", "2026-11-16", "A gunman stole a van from a depot in Ashby"},
		{"2026-11-20", "Live updates: a storm blew the roof off a school in Tralee on Sunday.", "2026-11-15", "A storm blew the roof off a school in Tralee"},
		{"2026-11-20", "Live updates: the lorry driver drove onto the hard shoulder on Monday afternoon.", "2026-11-16", "The lorry driver drove onto the hard shoulder"},
		{"2026-11-20", "Live updates: a cargo ship sank off the coast of Cornwall on Wednesday morning.", "2026-11-18", "A cargo ship sank off the coast of Cornwall"},
		// Unchanged: the other phrasal pasts, and a participle on a noun.
		{"2026-11-20", "Live updates: the plane took off from Leeds on Tuesday morning.", "2026-11-17", "The plane took off from Leeds"},
		{"2026-11-20", "Live updates: the ferry ran aground off Skye on Tuesday morning.", "2026-11-17", "The ferry ran aground off Skye"},
		{"2026-11-20", "Two climbers went missing on Ben Nevis on Tuesday morning.", "2026-11-17", "Two climbers went missing on Ben Nevis"},
		{"2026-11-20", "A fire broke out at a recycling plant in Dunmore on Tuesday morning.", "2026-11-17", "A fire broke out at a recycling plant in Dunmore"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all %q)", c.text, got[c.date], c.want, got)
		}
	}
}
