package extract

import "testing"

// TestSoBeforePurposeDropped checks that a title ending on "so" that its
// sentence goes on with as "so as" or "so that" ("... from the vault
// so" of "... so as not to alert him") ends before it: "so" opens the
// purpose the cut left out. "Do so" keeps it ("would not do so", of "do so
// as long as ..."). Probes written before the rule (realistic sentences,
// no set's).
func TestSoBeforePurposeDropped(t *testing.T) {
	for _, c := range []struct{ t, sentence, want string }{
		{"The council closed the road overnight so",
			"The council closed the road on Friday overnight so that crews could repair the bridge.",
			"The council closed the road overnight"},
		{"Staff were told to keep the fire doors shut so",
			"Staff were told on Monday to keep the fire doors shut so as not to let smoke spread.",
			"Staff were told to keep the fire doors shut"},
		{"The firm said it would not do so",
			"The firm said on Monday it would not do so as long as talks went on.",
			"The firm said it would not do so"},
		{"The minister said she thought so",
			"The minister said on Monday she thought so.",
			"The minister said she thought so"},
	} {
		if got := trimDangling(c.t, c.sentence); got != c.want {
			t.Errorf("trimDangling(%q) = %q, want %q", c.t, got, c.want)
		}
	}
}
