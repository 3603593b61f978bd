package extract

import (
	"strings"
	"testing"
)

// TestBodySubjectNoPerson: a name whose own clause gives it "its" ("Talbot
// Mills cut its profit forecast") is a body's, not a person's, however its
// words read; the "he" of a sentence after it is someone else, and the
// title keeps its pronoun rather than name the body. Probes written before
// the rule (realistic sentences, no set's).
func TestBodySubjectNoPerson(t *testing.T) {
	for _, c := range []struct{ dct, text, date, body string }{
		{"2026-03-18", "Talbot Mills cut its profit forecast again on Tuesday.\n\nThe company's chief executive spoke to analysts. He said sales had fallen 8% in February.\n",
			"2026-02", "Talbot Mills"},
		{"2026-03-18", "LEEDS — Brenmoor Foods on Tuesday widened its recall of frozen pies.\n\nBuyers were told to throw them away.\n\n\"We got this wrong,\" the chief executive said in a statement. He said checks made in late April had shown that the seal could leak.\n",
			"2025-04", "Brenmoor Foods"},
	} {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if got == "" || strings.Contains(got, c.body) {
			t.Errorf("title at %s %q: names the body %q for a person", c.date, got, c.body)
		}
	}
}
