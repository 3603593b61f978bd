package extract

import (
	"strings"
	"testing"
)

// TestPlaceNoPerson: a name that ends on a word of a street or a public
// place ("Harbour Road", "Castle Square", "Mill Lane") names a place, never
// the person a "he" or "she" stands for: the title keeps its pronoun or
// names the person, never the place.
func TestPlaceNoPerson(t *testing.T) {
	for _, c := range []struct{ dct, text, date, place string }{
		{"2026-03-12", "Harbour Road shopkeepers count the cost after the storm. " +
			"Four days after the sea broke through his shutters on the seafront, Ian Morrow is still drying out what is left of his stock. " +
			"\"Everything on the bottom shelf is gone,\" he said on Wednesday, standing in his empty shop.",
			"2026-03-11", "Harbour Road"},
		{"2026-05-20", "Castle Square was sealed off for most of the night after the fight outside the bar. " +
			"He was arrested on Tuesday and charged with assault, police said.",
			"2026-05-19", "Castle Square"},
		{"2026-01-08", "Elm Avenue reopened to traffic after the burst water main was repaired. " +
			"She said on Monday that the council had ignored warnings about the pipe for years.",
			"2026-01-05", "Elm Avenue"},
	} {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if got == "" || strings.Contains(got, c.place) {
			t.Errorf("title on %s %q: want one that does not make %s its person", c.date, got, c.place)
		}
	}
}
