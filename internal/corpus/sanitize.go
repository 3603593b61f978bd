package corpus

import (
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/internal/policy"
)

// isBidiControl reports the Unicode bidirectional embedding, override and
// isolate controls (U+202A-U+202E, U+2066-U+2069). They reorder the text
// around them on screen, so a title can show "gpj.exe" as "exe.jpg"; news
// text has no use for them, and they are removed on reading.
func isBidiControl(r rune) bool {
	return 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069
}

// isStrippedControl reports the characters removed from everything an
// article gives (metadata values and text): the bidi controls, the
// direction marks (U+200E, U+200F, U+061C), and every control character
// (C0, DEL, C1) but tab and line feed. ESC, BEL or NUL that reach a page,
// a Markdown file or a terminal through a YAML escape ("\e") or a
// character reference ("&#27;") can rewrite what a reader sees.
func isStrippedControl(r rune) bool {
	if r < 0x20 {
		return r != '\n' && r != '\t'
	}
	return 0x7F <= r && r <= 0x9F || isBidiControl(r) || r == 0x200E || r == 0x200F || r == 0x061C
}

// stripControls removes isStrippedControl characters from s and reports
// whether there were any.
func stripControls(s string) (string, bool) {
	if indexStrippedControl(s) < 0 {
		return s, false
	}
	return strings.Map(func(r rune) rune {
		if isStrippedControl(r) {
			return -1
		}
		return r
	}, s), true
}

// escapeControls writes each isStrippedControl character of s as an
// escape (\x1b, \u202e), for messages that reach a terminal.
func escapeControls(s string) string {
	if !strings.ContainsFunc(s, isStrippedControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isStrippedControl(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

// stripBidi removes the bidi controls from s, returning the line of the
// first one removed (0 when there were none).
func stripBidi(s string) (string, int) {
	i := indexBidiControl(s)
	if i < 0 {
		return s, 0
	}
	line := strings.Count(s[:i], "\n") + 1
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s), line
}

// safeURL reports whether an article's url may be kept: the one policy of
// internal/policy, shared by every reader and output.
func safeURL(u string) bool { return policy.ArticleURL(u) }

// indexStrippedControl is indexStrippedControl(s), by
// bytes: in UTF-8 the characters it looks for are the ASCII controls, C2
// then 80-9F (C1 controls), D8 9C (U+061C), and E2 80 8E, 8F, AA-AE or E2
// 81 A6-A9 (U+200E, U+200F and the bidi controls). None of these lead
// bytes can sit inside another character's bytes, so a scan of the bytes
// finds what a scan of the runes finds, valid UTF-8 or not.
func indexStrippedControl(s string) int {
	for i := 0; i < len(s); i++ {
		if !controlLead[s[i]] {
			continue // most bytes: one look-up in a table
		}
		switch c := s[i]; {
		case c < 0x20:
			if c != '\n' && c != '\t' {
				return i
			}
		case c == 0x7F:
			return i
		case c == 0xC2:
			if i+1 < len(s) && 0x80 <= s[i+1] && s[i+1] <= 0x9F {
				return i
			}
		case c == 0xD8:
			if i+1 < len(s) && s[i+1] == 0x9C {
				return i
			}
		case c == 0xE2:
			if i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] == 0x8E || s[i+2] == 0x8F) || bidiTail(s[i+1], s[i+2])) {
				return i
			}
		}
	}
	return -1
}

// controlLead marks the bytes that may open what indexStrippedControl
// looks for.
var controlLead = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\n' && c != '\t'
	}
	t[0x7F], t[0xC2], t[0xD8], t[0xE2] = true, true, true, true
	return t
}()

// indexBidiControl is indexBidiControl(s), by bytes (see
// indexStrippedControl).
func indexBidiControl(s string) int {
	for i := 0; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-2], 0xE2)
		if k < 0 {
			return -1
		}
		i += k
		if bidiTail(s[i+1], s[i+2]) {
			return i
		}
	}
	return -1
}

// bidiTail reports whether E2 then a, b is a bidi control: U+202A-U+202E
// (E2 80 AA-AE) or U+2066-U+2069 (E2 81 A6-A9).
func bidiTail(a, b byte) bool {
	return a == 0x80 && 0xAA <= b && b <= 0xAE || a == 0x81 && 0xA6 <= b && b <= 0xA9
}
