package extract

import "testing"

// TestPossessiveKeepsSaying: a "would" clause whose subject opens on the
// speaker's possessive ("said her committee would hold a hearing") is a
// future only under the saying, and the possessive names nobody without
// it: the title keeps the speaker and the saying ("The mayor said his
// office would publish the audit"), or names the thing by its owner
// ("Senator Jane Rowe's committee would hold a hearing, Rowe said"),
// never "Her committee would hold a hearing".
func TestPossessiveKeepsSaying(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2031-05-12", "Senator Jane Rowe said her committee would hold a hearing on the outage in June.",
			"2031-06", "Senator Jane Rowe's committee would hold a hearing on the outage, Rowe said"},
		{"2031-05-12", "The mayor said his office would publish the audit on Friday.",
			"2031-05-16", "The mayor said his office would publish the audit"},
		{"2031-05-12", "The company said its engineers would inspect the bridge in July.",
			"2031-07", "The company said its engineers would inspect the bridge"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all: %q)", c.text, got[c.date], c.want, got)
		}
	}
}
