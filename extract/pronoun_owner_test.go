package extract

import "testing"

// The speaker named after a quotation is found whichever order the verb
// and the name take, and a role set off by commas before the name.
func TestSpeakerAfterQuoteOrders(t *testing.T) {
	cases := []struct{ sent, want string }{
		{`"The water came in so fast," Mara Lind told reporters.`, "Mara Lind told reporters."},
		{`"The water came in so fast," said Tomas Berg, 58, a fisherman from the island.`, "Tomas Berg, 58, a fisherman from the island."},
		{`"We will appeal this ruling," her lawyer, Ana Ruiz, said in a statement.`, "Ana Ruiz, said in a statement."},
		{`"We will appeal this ruling," the club said.`, ""},
		{`"We will appeal this ruling," said the club's chairman.`, ""},
	}
	for _, c := range cases {
		got := ""
		if i := speakerAfterQuote(c.sent); i > 0 {
			got = c.sent[i:]
		}
		if got != c.want {
			t.Errorf("speakerAfterQuote(%q) at %q, want %q", c.sent, got, c.want)
		}
	}
}

// A "him" the subject's own "his" tells of is no other person; a "him"
// after a verb whose subject is someone else is.
func TestOtherPersonOwnPossessive(t *testing.T) {
	cases := []struct {
		sent, pronoun string
		want          bool
	}{
		{"After the second test came back positive, his club dismissed him and asked for its money back.", "he", false},
		{"His employer suspended him the same week.", "he", false},
		{"The coach dropped him for the final.", "he", true},
		{"After the hearing, the judge told him to surrender his passport.", "he", true},
	}
	for _, c := range cases {
		if got := otherPerson(c.sent, c.pronoun); got != c.want {
			t.Errorf("otherPerson(%q, %q) = %v, want %v", c.sent, c.pronoun, got, c.want)
		}
	}
}

// A title that opens on "He said" after a quotation whose speaker the
// verb comes before is named by that speaker. (Its time is what is told's:
// titled by what is told, with the named teller, as after a name:
// namedTellerTitle.)
func TestHeSaidAfterInvertedSpeaker(t *testing.T) {
	text := "Survivors described the last minutes on board.\n\n" +
		"\"The deck tilted and never came back,\" said Tomas Berg, 58, a fisherman from the island. " +
		"He said the lifeboats had been lowered on Friday night without any announcement."
	got := eventTitles(t, "2025-03-16", text)["2025-03-14"]
	if want := "The lifeboats had been lowered without any announcement, Tomas Berg said"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}
