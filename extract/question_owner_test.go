package extract

import "testing"

// TestQuestionOwner: an explainer that asks a question in a heading and
// answers it below ("**Where is the ferry now?** It was towed to Piraeus
// on Monday.") opens its answer on a pronoun that stands for what the
// question asked about, the subject the question inverts after its
// auxiliary ("the ferry"); a question about a pronoun ("Should it have
// sailed?") or with no auxiliary ("What happens next?") names nobody.
// Probes written before the rule (realistic sentences, no set's).
func TestQuestionOwner(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-04-02", "Here is what we know about the grounding.\n\n**Where is the ferry now?**\n\nIt was towed to Piraeus on Monday, March 30, and is in dry dock.\n",
			"2026-03-30", "The ferry was towed to Piraeus, and is in dry dock"},
		{"2026-04-02", "Here is what we know about the closure.\n\n**How old is the tunnel?**\n\nIt opened in 1974.\n",
			"1974", "The tunnel opened"},
		{"2026-04-02", "Here is what we know about the case.\n\n## When will the two officers be sentenced?\n\nThey will be sentenced on May 14, the court said.\n",
			"2026-05-14", "The two officers will be sentenced, the court said"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("title at %s %q, want %q (all %q)", c.date, got[c.date], c.want, got)
		}
	}
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ title, sentence, prev string }{
		{"It was overloaded by 40 passengers", "It was overloaded by 40 passengers in May.", "**Should it have sailed?**"},
		{"It will reopen in the spring", "It will reopen in the spring.", "**What happens next?**"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, "", g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
