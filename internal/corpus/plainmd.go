package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// simpleMarkdownText is markdownText for a body goldmark would read as
// nothing but paragraphs of plain text and ATX headings ("## Reaction"),
// read without goldmark, and whether the body is such: no line starts with
// white space or a character that can open a block (a list, a quote, a
// fence, a thematic break or table), no character anywhere can open
// inline markup ("\`*_[]<>&|~{}", '#' but in a heading's marker), none is
// a control or a Unicode space, and no line ends with a space. Most of an
// archive's articles are such, and goldmark's AST costs them several
// times what their text does.
func simpleMarkdownText(body string, firstLine int) (string, []mark, mdNotes, bool) {
	if !simpleMarkdown(body) {
		return "", nil, mdNotes{}, false
	}
	// As markdownText's walk does: every block ends the line at its start
	// and at its end; a soft line break within a paragraph is a space.
	var b textBuilder
	b.sb.Grow(len(body))
	inPara := false
	line := firstLine
	for rest := body; ; line++ {
		l, next, more := strings.Cut(rest, "\n")
		switch {
		case l == "":
			if inPara {
				b.endLine()
				inPara = false
			}
		case l[0] == '#':
			if inPara {
				b.endLine()
				inPara = false
			}
			b.endLine()
			b.write(l[strings.IndexByte(l, ' ')+1:], line)
			b.endLine()
		default:
			if inPara && !entryLine(l) {
				b.separate()
			} else {
				b.endLine()
				inPara = true
			}
			b.write(l, line)
		}
		if !more {
			break
		}
		rest = next
	}
	b.endLine()
	return b.sb.String(), b.marks, mdNotes{control: b.controlLine}, true
}

// simpleMarkdown reports whether simpleMarkdownText reads body.
func simpleMarkdown(body string) bool {
	start := true // at the start of a line
	for i := 0; i < len(body); {
		c := body[i]
		if start {
			start = false
			switch {
			case c == '\n':
				start = true
				i++
				continue
			case c == '#':
				// An ATX heading: 1 to 6 marks, a space, then text.
				n := 0
				for i+n < len(body) && body[i+n] == '#' {
					n++
				}
				if n > 6 || i+n+1 >= len(body) || body[i+n] != ' ' || !startsText(body[i+n+1:]) {
					return false
				}
				i += n + 1
				continue
			case !startsText(body[i:]):
				return false
			}
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(body[i:])
			if r == utf8.RuneError && n == 1 || isSpace(r) || unicode.IsSpace(r) || unicode.IsControl(r) || r == '\ufeff' {
				return false
			}
			i += n
			continue
		}
		if c == '\n' {
			if body[i-1] == ' ' {
				return false // a hard line break, or trailing spaces
			}
			start = true
		} else if !plainByte[c] {
			return false
		}
		i++
	}
	return len(body) == 0 || body[len(body)-1] != ' '
}

// startsText reports whether a line that starts with s starts a paragraph's
// text (or a heading's): a letter, a quotation mark or parenthesis, any
// character past ASCII, or figures not followed by '.' or ')' (a list item).
func startsText(s string) bool {
	c := s[0]
	switch {
	case 'a' <= c|0x20 && c|0x20 <= 'z', c == '"', c == '\'', c == '(', c >= utf8.RuneSelf:
		return true
	case '0' <= c && c <= '9':
		i := 1
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i < len(s) && s[i] != '.' && s[i] != ')' && s[i] != '\n'
	}
	return false
}

// plainByte marks the ASCII bytes that open no Markdown markup within a
// line of a paragraph.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := byte(' '); c < 0x7f; c++ {
		t[c] = !strings.ContainsRune("\\`*_[]<>&#|~{}", rune(c))
	}
	return t
}()
