package extract

import (
	"strings"
	"testing"
)

// TestLiveTitleNoStamp: an entry of a live blog whose own time dates it
// ("around 4:30 this morning") is titled by its clause, its stamp gone,
// whichever path its title takes (here the one that drops a relative
// clause set off on its subject). The text is as the Markdown reader
// gives it, the bold of the stamps gone.
func TestLiveTitleNoStamp(t *testing.T) {
	text := "Live: Flood waters rise in Brenton; schools shut\n\n" +
		"2:10 p.m. The river crested at 9.4 metres at the Mill Street gauge, the highest level since records began.\n\n" +
		"11:20 a.m. A firefighter at the scene, who asked not to be named because he is not allowed to speak to the press, told the Post that the water \"just kept coming\" around 4:30 this morning. \"We have been bailing since,\" he said.\n\n" +
		"9:05 a.m. Brenton schools are closed for the day, the district says.\n"
	tl, _ := Extract([]Doc{doc("a.md", "2031-05-02", text)}, Options{})
	found := false
	for _, e := range tl.Events {
		if strings.IndexAny(e.Title[:1], "0123456789") == 0 {
			t.Errorf("title opens on a stamp: %q", e.Title)
		}
		if strings.HasPrefix(e.Title, "A firefighter at the scene told the Post") {
			found = true
		}
	}
	if !found {
		t.Errorf("no event titled by the firefighter's entry: %+v", tl.Events)
	}
}
