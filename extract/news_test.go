package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestDateOfARelativeClause: a headline whose only date belongs to a
// relative clause ("who swam to stardom in 1944") or to a noun ("the 2004
// tsunami") still tells its article's own news, which joins the happening
// another article dates.
func TestDateOfARelativeClause(t *testing.T) {
	for _, head := range []string{
		"Esther Williams, who swam to stardom in 1944, has died at 91 in her sleep at home in Beverly Hills.",
		"Esther Williams has died at 91 in her sleep at home in Beverly Hills, where the 2004 festival honoured her.",
	} {
		a := doc("a.md", "2013-06-07", head+"\nShe made her last film years later.")
		b := doc("b.md", "2013-06-07", "Esther Williams died on Thursday at 91 in her sleep at home in Beverly Hills.")
		tl, _ := Extract([]Doc{a, b}, Options{})
		var cites []string
		for _, e := range find(tl, "2013-06-06") {
			for _, s := range e.Sources {
				cites = append(cites, s.Article)
			}
		}
		if !slices.Contains(cites, "a.md") || !slices.Contains(cites, "b.md") {
			t.Errorf("%q: the death on 2013-06-06 cites %v, want a.md and b.md\n%+v", head, cites, tl.Events)
		}
	}
}

// TestDemonymNames: "an Indonesian official" names Indonesia, in the
// sentence's names and in its bag of words.
func TestDemonymNames(t *testing.T) {
	lx := lexiconFor(nil)
	s := "The quake shook houses, an Indonesian official said."
	if got := lx.names(s, 0, len(s)); !slices.Contains(got, "indonesia") {
		t.Errorf("names(%q) = %v, want indonesia", s, got)
	}
	p := "The quake shook houses in Indonesia."
	a, b := lx.bagOf(s, 0, len(s), [2]int{}), lx.bagOf(p, 0, len(p), [2]int{})
	if !slices.ContainsFunc(a, func(w string) bool { return slices.Contains(b, w) && strings.HasPrefix(w, "indones") }) {
		t.Errorf("bags %v and %v share no word for Indonesia", a, b)
	}
	// A newsroom's line adds a place.
	lx = lexiconFor([]string{"demonyms Ruritania: Ruritanian Ruritanians"})
	s = "A Ruritanian minister resigned."
	if got := lx.names(s, 0, len(s)); !slices.Contains(got, "ruritania") {
		t.Errorf("names(%q) = %v, want ruritania", s, got)
	}
}
