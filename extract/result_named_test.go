package extract

import "testing"

// TestResultNamed: "The result" that opens a sentence after one telling of
// a vote or a ballot ("Nurses voted 64% to accept the deal. The result was
// announced on Friday.") is that count's result, and the title says so:
// "The result of the vote was announced". A result after a sentence of no
// count ("The result was a loss of $40 million") stays as it is. Probes
// written before the rule (realistic sentences, no set's).
func TestResultNamed(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-05-10", "Nurses at the Royal Infirmary voted 64% to accept the pay deal, on a turnout of 70%. The result was announced on Friday.\n",
			"2026-05-08", "The result of the vote was announced"},
		{"2026-04-06", "The council held a ballot of tenants on the estate's future in March. The result was published on April 2.\n",
			"2026-04-02", "The result of the ballot was published"},
		{"2026-08-10", "Harlow Freight sold its shipping arm in May. The result was a loss of $40 million in the second quarter.\n",
			"2026-Q2", "The result was a loss of $40 million"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("title at %s %q, want %q (all %q)", c.date, got[c.date], c.want, got)
		}
	}
}
