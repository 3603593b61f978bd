package extract

import "testing"

// TestCorrectionOwner: a correction tells what an earlier version of the
// story said and then the fact ("An earlier version of this story said the
// terminal would open on Tuesday. It opens on Wednesday."); the pronoun that
// opens the fact names the subject of the clause the earlier version said,
// the thing corrected, not the "earlier version". A correction of a word
// ("misspelled the name of ...") says no clause: its pronoun names nobody.
// Probes written before the rule (realistic sentences, no set's).
func TestCorrectionOwner(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-06-02", "The airport's long-delayed terminal is finally ready, officials said.\n\n" +
			"CORRECTION: An earlier version of this story said the new terminal would open on Tuesday. It opens on Wednesday, June 3.\n",
			"2026-06-03", "The new terminal opens"},
		{"2026-03-06", "Lawyers for the former mayor asked for more time to prepare.\n\n" +
			"Correction: An earlier version of this article said the hearing was adjourned on Monday. It was adjourned on Tuesday, March 3.\n",
			"2026-03-03", "The hearing was adjourned"},
		{"2026-09-14", "Police are still searching for a third man.\n\n" +
			"An earlier version of this report incorrectly stated that the two suspects were arrested in Lyon. They were arrested in Grenoble on Friday.\n",
			"2026-09-11", "The two suspects were arrested in Grenoble"},
		{"2026-05-08", "The talks on the fishing quota resume next week.\n\n" +
			"Correction: A previous version of this article said the two ministers would meet on Monday. They meet on Tuesday, May 12.\n",
			"2026-05-12", "The two ministers meet"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("title at %s %q, want %q (all %q)", c.date, got[c.date], c.want, got)
		}
	}
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ title, sentence, prev string }{
		// A correction of a word: no clause, no owner.
		{"She retires in July", "She retires in July.", "An earlier version of this story misspelled the name of the school's principal."},
		// A reported clause whose subject is no definite thing.
		{"It was recovered on Thursday", "It was recovered on Thursday.", "An earlier version of this article said that police recovered nothing."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, "", g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
