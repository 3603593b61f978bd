package extract

import "testing"

// TestLostOfObjectDropped checks that a phrase ending on "of" before a
// comma, whose object was the time the title took out ("in the first half
// of, up 4%" of "in the first half of this year, up 4%"), goes whole, from
// the preposition that opens it, and the comma that set it off with it.
// Probes written before the rule (realistic sentences, no set's).
func TestLostOfObjectDropped(t *testing.T) {
	for _, c := range []struct{ t, sentence, want string }{
		{"The airport handled 2.1 million passengers in the first half of, up 4% on a year earlier",
			"The airport handled 2.1 million passengers in the first half of this year, up 4% on a year earlier.",
			"The airport handled 2.1 million passengers, up 4% on a year earlier"},
		{"Police searched the flat and, on the evening of, charged him with burglary",
			"Police searched the flat and, on the evening of 3 May, charged him with burglary.",
			"Police searched the flat and charged him with burglary"},
		{"Exports fell by a fifth in the last quarter of, the ministry said",
			"Exports fell by a fifth in the last quarter of 2024, the ministry said.",
			"Exports fell by a fifth, the ministry said"},
		// (Kept: an "of" with its object.)
		{"The mayor spoke of the flood, the worst in decades",
			"The mayor spoke of the flood on Monday, the worst in decades.",
			"The mayor spoke of the flood, the worst in decades"},
	} {
		if got := trimDangling(c.t, c.sentence); got != c.want {
			t.Errorf("trimDangling(%q) = %q, want %q", c.t, got, c.want)
		}
	}
}
