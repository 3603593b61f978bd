package extract

import (
	"strings"
	"testing"
)

// TestWebAddressIsNotLowerCase: a press release ends with its web and
// e-mail addresses ("tcrr.example/valley", "press@tcrr.example"), written
// in small letters whatever the name. The acronym the release sets in
// capitals ("TCRR board votes ...") is then no word the story writes in
// lower case: titles wrote it "Tcrr". A word the text itself writes in
// small letters still counts.
func TestWebAddressIsNotLowerCase(t *testing.T) {
	for _, tc := range []struct {
		name, tail, want string
	}{
		{"a web address", "Updates are at tcrr.example/valley online.", "TCRR board votes"},
		{"an e-mail address", "Questions go to press@tcrr.example by email.", "TCRR board votes"},
		{"a word written small", "Riders call it the tcrr line.", "Tcrr board votes"},
	} {
		d := doc("r.md", "2042-05-02", "TCRR board votes to replace the rail on Friday.\n\nThe board met in Lorrimer on Friday evening.\n\n"+tc.tail)
		d.Article.Title = "Rail board meets"
		tl, _ := Extract([]Doc{d}, Options{})
		got := ""
		for _, e := range tl.Events {
			if strings.Contains(strings.ToUpper(e.Title), "TCRR BOARD") {
				got = e.Title
			}
		}
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: title %q, want it to open %q", tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		at   string
		want bool
	}{
		{"see tcrr.example/valley now", "tcrr", true},
		{"see tcrr.example/valley now", "example", true},
		{"see tcrr.example/valley now", "valley", true},
		{"mail press@tcrr.example today", "press", true},
		{"the trains ran. the end", "ran", false},
		{"a.m. start", "start", false},
	} {
		i := strings.Index(tc.text, tc.at)
		if got := inWebAddress(tc.text, i, i+len(tc.at)); got != tc.want {
			t.Errorf("inWebAddress(%q, %q) = %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
}
