package extract

import (
	"strings"
	"testing"
)

// TestContactObjectTitle: a relative clause with no "that" or "which",
// its subject a noun phrase right after the noun it tells of, after a
// preposition or opening the sentence ("according to figures the union
// released last week", "The survey the council ordered in 2031 found
// ..."), is titled in the active, that noun its object ("The union
// released figures"), never as a passive of its own subject ("The union
// was released"). Two noun phrases after a verb (its two objects, or its
// object and what it told), a noun phrase before the sentence's own verb
// and a phrase of words no list knows stay as they were.
func TestContactObjectTitle(t *testing.T) {
	type grid struct{ noun, subj, verb, time, date string }
	nouns := []string{"figures", "the annual survey", "its own audit", "the new study"}
	subjs := []string{"the union", "the ministry", "the regulator"}
	verbs := []string{"released", "published", "commissioned"}
	times := [][2]string{{"last week", "2031-W18"}, {"in March", "2031-03"}, {"in 2029", "2029"}}
	for i, n := range nouns {
		s := subjs[i%len(subjs)]
		for j, v := range verbs {
			tm := times[(i+j)%len(times)]
			want := capitalize(s) + " " + v + " " + n
			// After a preposition.
			text := "Waiting times have doubled, according to " + n + " " + s + " " + v + " " + tm[0] + "."
			if got := eventTitles(t, "2031-05-06", text)[tm[1]]; got != want {
				t.Errorf("%q: %s titled %q, want %q", text, tm[1], got, want)
			}
			// Opening the sentence, before its own verb.
			if strings.HasPrefix(n, "the ") {
				text := capitalize(n) + " " + s + " " + v + " " + tm[0] + " put the cost of the repairs at $4 million."
				if got := eventTitles(t, "2031-05-06", text)[tm[1]]; got != want {
					t.Errorf("%q: %s titled %q, want %q", text, tm[1], got, want)
				}
			}
		}
	}
	// Guards: what was a passive stays one.
	for _, c := range []struct{ text, date, want string }{
		// The sentence's own clause before the noun phrase.
		{"The case recalls a scheme uncovered in Ohio in 2015, in which a clerk was convicted of rigging draws.", "2015", "A scheme was uncovered in Ohio"},
		// Words no list knows before the noun phrase.
		{"Their shells are sold in traditional medicine despite a global trade ban agreed in 2016.", "2016", "A global trade ban was agreed"},
	} {
		if got := eventTitles(t, "2031-05-06", c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
	// Two objects of a verb, or a verb of saying and what it told: no
	// title tells the word before as the second noun phrase's object.
	for _, c := range []struct{ text, wrong string }{
		{"He gave the police the documents seized in March.", "seized the police"},
		{"The council said the new buses ordered in March would arrive late.", "ordered said"},
		{"The council said the new buses ordered in March would arrive late.", "ordered the council"},
	} {
		for date, title := range eventTitles(t, "2031-05-06", c.text) {
			if strings.Contains(title, c.wrong) {
				t.Errorf("%q: %s titled %q", c.text, date, title)
			}
		}
	}
}

// TestParticipleOnlyTime: a participle set off by commas that told only
// the time taken out goes with it: after a subject with both its commas
// ("The advice, dating from 2029, said" -> "The advice said"), after a
// whole clause with one ("its results, reported on May 2, covering" ->
// "its results, covering"). Before "and" it is one of the clause's verbs.
func TestParticipleOnlyTime(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The previous guidance, dating from March 2029, advised against all travel to the region.", "2029-03", "The previous guidance advised against all travel to the region"},
		{"The union's executive, meeting on Tuesday, called on the board to resign.", "2031-05-06", "The union's executive called on the board to resign"},
		{"The firm took a $40 million charge in its quarterly results, reported on May 2, covering repairs and lost sales.", "2031-05-02", "The firm took a $40 million charge in its quarterly results, covering repairs and lost sales"},
	} {
		if got := eventTitles(t, "2031-05-08", c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
	if trailingParticiple("The man was arrested", "charged ", ", and released") || !trailingParticiple("The firm took a charge in its results", "reported ", ", covering repairs") {
		t.Errorf("trailingParticiple")
	}
}
