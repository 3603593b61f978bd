package policy

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// oneLineSlow and markdownTextSlow are OneLine and MarkdownText as they
// were written before their fast paths (rune by rune, always copied):
// the fast ones must give the same strings.
func oneLineSlow(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func markdownTextSlow(s string) string {
	s = oneLineSlow(s)
	var b strings.Builder
	digits := 0
	for i, r := range s {
		switch {
		case r < 0x80 && strings.ContainsRune(mdInline, r):
			b.WriteByte('\\')
		case i == 0 && (r == '-' || r == '+' || r == '=' || r == '>'):
			b.WriteByte('\\')
		case (r == '.' || r == ')') && digits == i && i > 0:
			b.WriteByte('\\')
		}
		if r >= '0' && r <= '9' && digits == i {
			digits++
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestOneLineFastPath(t *testing.T) {
	fixed := []string{
		"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb", "12. Main St", "3) three",
		"-5 degrees", "+1", "=x", "> quoted", "The mayor’s office said", "a\u2028b", "a\u00a0b",
		"a\u0085b", "bad \xff byte", "\xe2\x80", "ends \xe2", "x\x7fy", "100", "1.", "a*b_c[d]", "\uFFFD ok",
		"Fire at 4 a.m. on Main St.", "#1 <b>&amp;</b> | ~ $ ! {x}",
	}
	for _, s := range fixed {
		if got, want := OneLine(s), oneLineSlow(s); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", s, got, want)
		}
		if got, want := MarkdownText(s), markdownTextSlow(s); got != want {
			t.Errorf("MarkdownText(%q) = %q, want %q", s, got, want)
		}
	}
	// Random strings over an alphabet of the characters either treats
	// apart.
	parts := []string{"a", "Z", " ", "  ", "\t", "\n", "1", "9", ".", ")", "-", "+", "=", ">", "*", "\\", "&", "’", "é", "\u2028", "\u0085", "\u00a0", "\xff", "\xe2\x80", "\x00", "\x7f", "\uFFFD"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := OneLine(s), oneLineSlow(s); got != want {
			t.Fatalf("OneLine(%q) = %q, want %q", s, got, want)
		}
		if got, want := MarkdownText(s), markdownTextSlow(s); got != want {
			t.Fatalf("MarkdownText(%q) = %q, want %q", s, got, want)
		}
	}
}
