package extract

import "testing"

// TestHeadNamesLeadRune checks that headNamesLead reads the first letter
// of a headline's word as a character, not as its first byte: a word in
// lower case that opens on a letter of two bytes ("émeute", "ötzi") is
// written in lower case, and names the lead's word as any other does
// (the byte 0xC3 of "é" read as a rune is 'Ã', a capital).
func TestHeadNamesLeadRune(t *testing.T) {
	lx := newLexicon(nil)
	for _, c := range []struct {
		head, lead string
		want       bool
	}{
		{"Police end émeute in port", "Police have ended an émeute in the old port.", true},
		{"Police end riot in port", "Police have ended a riot in the old port.", true},
		{"Police end Émeute in port", "Police have ended the émeute in the old port.", false},
	} {
		hs := words(c.head, 0, len(c.head))
		ls := words(c.lead, 0, len(c.lead))
		// (Only the word under test: "Police" and "port" are the lead's
		// too.)
		var only []word
		for _, w := range hs {
			if w.w == "émeute" || w.w == "riot" {
				only = append(only, w)
			}
		}
		if got := lx.headNamesLead(only, c.head, ls); got != c.want {
			t.Errorf("%q / %q: %v, want %v", c.head, c.lead, got, c.want)
		}
	}
}
