package extract

import (
	"strings"
	"testing"
)

// TestThingChainOwner: news keeps a thing's "it" (and several things'
// "they") as the subject from sentence to sentence once it has named
// them ("Brightwell Foods said it would close two plants. It expects the
// closures to cost $40 million. Its shares fell 9% on Friday."): the
// pronoun that opens a sentence after one that opened on the same pronoun
// names the owner of that one, the subject of the sentence before it. An
// "It" that the sentence before used with no verb of its own ("It was not
// clear whether ...") carries nothing on. Probes written before the rule
// (realistic sentences, no set's).
func TestThingChainOwner(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-02-14", "Brightwell Foods said it would close two of its bakeries. It expects the closures to cost $40 million this year. Its shares fell 9% on Friday.\n",
			"2026-02-13", "Brightwell Foods' shares fell 9%"},
		{"2026-08-20", "The tanker Nordic Crest ran aground off Gotland in July. It was refloated on August 3 and towed to Visby. It will leave for a shipyard in Gdansk on September 1.\n",
			"2026-09-01", "The tanker Nordic Crest will leave for a shipyard in Gdansk"},
		{"2026-05-06", "The two striking unions rejected the offer on Monday. They want a raise of 6%. They will meet the mediator on Thursday.\n",
			"2026-05-07", "The two striking unions will meet the mediator"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("title at %s %q, want %q (all %q)", c.date, got[c.date], c.want, got)
		}
	}
	// The "It" before carried no thing on: no title names the firm for
	// the talks.
	text := "Brightwell Foods said it would close two of its bakeries. It was not clear how many jobs would go. It will hold talks with the unions on Friday.\n"
	for date, got := range eventTitles(t, "2026-02-14", text) {
		if strings.HasPrefix(got, "Brightwell Foods will hold") {
			t.Errorf("title at %s %q, want the pronoun kept", date, got)
		}
	}
}
