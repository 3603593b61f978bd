package corpus

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestSimpleMarkdownText checks that the bodies simpleMarkdownText reads it
// reads as markdownText does (text, marks and notes), on bodies made of
// lines of plain text, headings and markup of every kind.
func TestSimpleMarkdownText(t *testing.T) {
	lines := []string{
		"", "", "A ferry service was launched on Sunday.", "“We were not consulted,” Lindqvist said.",
		"By Tobias Wren", "## Reaction", "# Title here", "###### Six", "####### Seven", "#NoSpace", "## ", "##  Two spaces",
		"2019 was a year.", "1. A list", "1) Another", "2019", "- item", "+ item", "* item", "> quote", "    code",
		" lead space", "trailing space ", "trailing two  ", "a\tb", "Tom & Jerry", "a *b* c", "a_b_c", "a [link](x) b",
		"a <b>c</b>", "a `code`", "a ~~x~~", "a | b", "---", "===", "Title\n===", "a {{< x >}} b", "a\\b", "Wow!", "(aside) text",
		"'Quoted' start", "\"Quoted\" start", "Ünïcödé text", "a\u00a0b", "a\u2028b", "a\u0085b", "x\x00y", "x\ry", "“Open",
		"¿Qué?", "\u00a0lead", "12 January - Vendor dies", "April 20: Rig explodes", "Jan. 14 — Protests", "10:45 GMT: Crowds", "50% of 3 = 1.5 - 2 + 3, said @x: ok; $5.", "```", "~~~", "<div>", "&amp;", "a\u200bb", "a\ufeffb",
	}
	plain := []string{"", "A ferry service was launched on Sunday.", "“We were not consulted,” Lindqvist said.",
		"## Reaction", "# Title", "2019 was a year.", "Wow! It's 50% off: $5.", "Ünïcödé text", "(aside) text"}
	rng := rand.New(rand.NewPCG(1, 2))
	md := newMarkdown()
	simple, n := 0, 0
	check := func(body string) {
		n++
		got, gm, gn, ok := simpleMarkdownText(body, 5)
		if !ok {
			return
		}
		simple++
		want, wm, wn := markdownText(md, body, 5)
		if got != want || !reflect.DeepEqual(gm, wm) || gn != wn {
			t.Errorf("%q:\nsimple   %q %v %+v\ngoldmark %q %v %+v", body, got, gm, gn, want, wm, wn)
		}
	}
	for _, l := range lines {
		check(l)
		check(l + "\n")
		check("Text before.\n" + l + "\nText after.\n")
		check("\n" + l + "\n\nNext paragraph.")
	}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			if rng.IntN(3) > 0 {
				b.WriteString(plain[rng.IntN(len(plain))])
			} else {
				b.WriteString(lines[rng.IntN(len(lines))])
			}
			if rng.IntN(6) > 0 {
				b.WriteByte('\n')
			}
		}
		check(b.String())
	}
	if simple < n/10 {
		t.Errorf("only %d of %d bodies read simply", simple, n)
	}
	t.Logf("%d of %d bodies read simply", simple, n)
}
