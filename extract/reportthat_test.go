package extract

import (
	"strings"
	"testing"
)

// TestReportThatVerdict: "Reports that X" is titled X, what was reported
// as the news; not when the sentence goes on to say the report was denied
// or could not be confirmed ("Reports that the mayor had resigned were
// denied by her office"), where X is no happening and the title without
// "Reports that" reads as nothing.
func TestReportThatVerdict(t *testing.T) {
	for _, c := range []struct{ entry, key, bad string }{
		{"Reports that the mayor had resigned were denied by her office.", "mayor had resigned", "were denied"},
		{"Claims that the reactor had leaked overnight could not be confirmed by the regulator.", "reactor had leaked", "could not be confirmed"},
		{"Rumours that the striker had signed for Hartley were dismissed by the club as false.", "striker had signed", "were dismissed"},
	} {
		text := "11:50 a.m. The harbour reopened to small boats.\n" + "11:05 a.m. " + c.entry + "\n" + "10:20 a.m. The coastguard says two people remain in hospital.\n"
		d := doc("live.md", "2026-10-16", text)
		d.Article.Title = "Live: the latest"
		tl, _ := Extract([]Doc{d}, Options{})
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.Contains(s.Sentence, c.key) && strings.Contains(e.Title, c.bad) && !strings.HasPrefix(e.Title, strings.Fields(c.entry)[0]) {
					t.Errorf("%q: titled %q", c.entry, e.Title)
				}
			}
		}
	}
}
