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
	if strings.IndexFunc(s, isStrippedControl) < 0 {
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
	i := strings.IndexFunc(s, isBidiControl)
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
