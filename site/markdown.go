package site

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/timeline"
)

// Markdown renders timeline.md: the timeline as CommonMark, a heading per
// year and per event, with each event's sources as a list.
//
// Text is escaped so that any Markdown renderer, even one that passes raw
// HTML through, shows it as text: see mdText. Links keep only http(s) URLs.
func Markdown(t *timeline.Timeline, opt Options) ([]File, error) {
	return run(t, opt, (*config).markdown)
}

func (c *config) markdown() ([]File, error) {
	m := c.model
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n", mdText(c.Title))
	if c.Description != "" {
		fmt.Fprintf(&b, "\n%s\n", mdText(c.Description))
	}
	for _, y := range m.Years {
		fmt.Fprintf(&b, "\n## %s\n", y.Label)
		for _, e := range y.Events {
			when := e.Date.Text
			if e.End != nil {
				when += "–" + e.End.Text
			}
			fmt.Fprintf(&b, "\n### %s: %s", mdText(when), mdText(e.Title))
			if e.Key {
				b.WriteString(" (key event)")
			}
			b.WriteString("\n")
			if e.Summary != "" {
				fmt.Fprintf(&b, "\n%s\n", mdText(e.Summary))
			}
			var meta []string
			if len(e.Actors) > 0 {
				meta = append(meta, "Who: "+mdNames(e.Actors))
			}
			if len(e.Places) > 0 {
				meta = append(meta, "Where: "+mdNames(e.Places))
			}
			meta = append(meta, fmt.Sprintf("[Permalink](%s)", mdURL(c.abs("events/"+e.ID+"/"))))
			fmt.Fprintf(&b, "\n%s\n", strings.Join(meta, " · "))
			if len(e.Sources) > 0 {
				b.WriteString("\n")
			}
			for _, s := range e.Sources {
				b.WriteString("- ")
				if s.Outlet != "" {
					fmt.Fprintf(&b, "%s: ", mdText(s.Outlet))
				}
				if s.URL != "" {
					fmt.Fprintf(&b, "[%s](%s)", mdText(s.Title), mdURL(s.URL))
				} else {
					b.WriteString(mdText(s.Title))
				}
				if s.Published != nil {
					fmt.Fprintf(&b, " (%s)", s.Published.Text)
				}
				if s.Sentence != "" {
					fmt.Fprintf(&b, ": “%s”", mdText(s.Sentence))
				}
				if s.Expression != "" {
					fmt.Fprintf(&b, " — date from “%s”", mdText(s.Expression))
				}
				b.WriteString("\n")
			}
		}
	}
	return []File{{Path: "timeline.md", Data: b.Bytes()}}, nil
}

func mdNames(ns []nameView) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = mdText(n.Name)
	}
	return strings.Join(s, ", ")
}

// mdInline are the characters escaped with a backslash wherever they are:
// emphasis, code, links and images ([ ] !), raw HTML and autolinks (< >),
// entities (&), tables (|), strikethrough (~), headings (#), math ($), and
// Hugo shortcode braces ({ }). CommonMark allows a backslash before any
// ASCII punctuation, so each renders as itself.
const mdInline = "\\`*_{}[]<>&|~#$!"

// mdText makes untrusted text one line of literal Markdown text: white space
// is folded (no line can start a block), mdInline characters are escaped,
// and so is a leading character that would open a list, quote, heading or
// thematic break ("-", "+", "=", "1." and "1)").
func mdText(s string) string {
	s = oneLine(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	digits := 0
	for i, r := range s {
		switch {
		case r < 0x80 && strings.ContainsRune(mdInline, r):
			b.WriteByte('\\')
		case i == 0 && (r == '-' || r == '+' || r == '='):
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

// mdURL percent-encodes the characters that could end or break a link
// destination. The URL has been through safeURL or is the site's own.
func mdURL(u string) string {
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		switch c := u[i]; c {
		case '(', ')', '<', '>', ' ', '\\', '"', '\'', '`', '[', ']', '{', '}', '*', '_':
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
