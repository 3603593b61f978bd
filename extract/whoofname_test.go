package extract

import (
	"strings"
	"testing"
)

// TestWhoNotOfName: a "who" clause after a name inside an "of" phrase ("a
// former director of Dunmore Logistics, who was charged ...") tells of the
// person the phrase's noun is, not of the name after "of", a body's or a
// place's: the title names the person the apposition is about.
func TestWhoNotOfName(t *testing.T) {
	for _, c := range []struct{ dct, text, date, not, want string }{
		{"2026-04-15", "The court also heard from Mark Ellery, 47, a former partner of Dunmore Logistics, who was charged on Monday with fraud.",
			"2026-04-13", "Dunmore Logistics", "Mark Ellery"},
		{"2026-06-08", "Police named the driver as Ruth Adler, the chief executive of Harrow Pharmaceuticals, who was taken to hospital on Saturday with head injuries.",
			"2026-06-06", "Harrow Pharmaceuticals", "Ruth Adler"},
	} {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if strings.Contains(got, c.not) || !strings.Contains(got, c.want) {
			t.Errorf("title on %s %q: want %q in it, and not %q", c.date, got, c.want, c.not)
		}
	}
}
