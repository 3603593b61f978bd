package extract

import (
	"strings"
	"testing"
)

// A clock stamp that opens an entry's line dates its sentence only when
// the sentence names no day of its own (stampYields); the title keeps no
// stamp (withoutStamp).
func TestEntryStampYields(t *testing.T) {
	for _, c := range []struct{ pub, text, want, key string }{
		{"2026-03-10", "10:42 a.m. ET — Alan Fisk resigned on Monday after an audit found money missing from the town's accounts.",
			"2026-03-09", "resigned"},
		{"2026-05-18", "**14:05** Detectives said on Sunday they had arrested a man over the shooting at the Elm Street bar.",
			"2026-05-17", "arrested"},
		{"2026-09-12", "Updated 9:15 BST — The council voted on Friday to close the library on Mill Lane by the end of the year.",
			"2026-09-11", "voted"},
		// no day of its own: the stamp dates it
		{"2026-03-10", "10:42 a.m. ET — Police closed the coast road after a landslide buried both lanes near the harbor.",
			"2026-03-10", "closed"},
		// a day of a relative clause's: the stamp dates the main one
		{"2026-03-10", "10:42 a.m. ET — Police arrested a man who escaped on Monday from the county jail in Ardell.",
			"2026-03-10", "arrested"},
		// a clock time of its own: the same day either way
		{"2026-03-10", "10:42 a.m. ET — Police closed the coast road at 9 a.m. after a landslide buried both lanes.",
			"2026-03-10", "closed"},
	} {
		d := doc("a.md", c.pub, c.text+"\n\nThe road had been closed twice before.")
		d.Article.Title = "Update"
		tl, _ := Extract([]Doc{d}, Options{})
		found := false
		for _, e := range tl.Events {
			if !strings.Contains(e.Title, c.key) {
				continue
			}
			found = true
			if e.Date.String() != c.want {
				t.Errorf("%q: dated %s, want %s", c.text, e.Date, c.want)
			}
			if strings.ContainsAny(e.Title, "—*") || strings.Contains(e.Title, ":") {
				t.Errorf("%q: titled %q", c.text, e.Title)
			}
		}
		if !found {
			t.Errorf("%q: no event", c.text)
		}
	}
}

// A relative clause's title names its people without the entry's stamp
// that opens the sentence (relativeTitle).
func TestRelativeTitleStamp(t *testing.T) {
	for _, text := range []string{
		"5:40 p.m. — Nicole Gallant, who quit the caucus last week, rises to speak.",
		"11:05 a.m. — Mayor Ruth Kinsey, who was elected in 2019, takes questions from reporters.",
		"14:20 — Coach Dan Ferris, who was sacked in March, watches from the stands.",
	} {
		d := doc("a.md", "2027-11-16", "Lawmakers returned to the chamber.\n\n"+text+"\n\nThe debate went on into the night.")
		d.Article.Title = "Live: the debate"
		tl, _ := Extract([]Doc{d}, Options{})
		found := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Sentence == text {
					found = true
					if r := e.Title[0]; r >= '0' && r <= '9' || strings.Contains(e.Title, "—") {
						t.Errorf("%q: titled %q", text, e.Title)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no event", text)
		}
	}
}
