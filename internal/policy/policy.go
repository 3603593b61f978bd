// Package policy is the one place that decides, for every output format,
// how a date is worded, which URLs may be published as links, how untrusted
// text is escaped for Markdown, and how a source is named. Package site
// (HTML, feeds, JSON-LD, TimelineJS, Markdown) and package site/hugo use it,
// so that a week reads the same and a javascript: link is dropped the same
// way in every file dateline writes.
//
// It depends on the standard library and package timeline only.
package policy

import (
	"fmt"
	"html"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/timeline"
)

// DateLabel writes d for readers at its own granularity and never more
// precisely: "2019", "Q2 2019", "September 2023", "week of 10 June 2024"
// (an ISO week by its Monday, which it starts on), "13 September 2023". The
// zero Date is "undated".
func DateLabel(d timeline.Date) string {
	switch d.Gran {
	case timeline.Year:
		return strconv.Itoa(d.Year)
	case timeline.Quarter:
		return fmt.Sprintf("Q%d %d", d.Quarter, d.Year)
	case timeline.Month:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	case timeline.Week:
		m := d.First()
		return fmt.Sprintf("week of %d %s %d", m.Day(), m.Month(), m.Year())
	case timeline.Day:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
	}
	return "undated"
}

// ShortLabel is DateLabel without the year where the year is shown next to
// it (a list under a year heading): "13 Sep", "Sep", "week of 10 Jun",
// "Q2"; a year alone stays "2019" ("" would say nothing).
func ShortLabel(d timeline.Date) string {
	switch d.Gran {
	case timeline.Quarter:
		return fmt.Sprintf("Q%d", d.Quarter)
	case timeline.Month:
		return d.Month.String()[:3]
	case timeline.Week:
		m := d.First()
		return fmt.Sprintf("week of %d %s", m.Day(), m.Month().String()[:3])
	case timeline.Day:
		return fmt.Sprintf("%d %s", d.Day, d.Month.String()[:3])
	}
	return DateLabel(d)
}

// SpanLabel writes a span from start to end (end may be zero): "18–19 June
// 2024" for two days of one month, else the two labels joined by "–".
func SpanLabel(start, end timeline.Date) string {
	if end.IsZero() {
		return DateLabel(start)
	}
	if start.Gran == timeline.Day && end.Gran == timeline.Day && start.Year == end.Year && start.Month == end.Month {
		return fmt.Sprintf("%d–%s", start.Day, DateLabel(end))
	}
	return DateLabel(start) + "–" + DateLabel(end)
}

// HTMLDatetime is d as an HTML valid year, month, week or date string for a
// <time datetime> attribute. HTML has no quarters: a quarter gives its
// year, which contains it. The zero Date gives "".
func HTMLDatetime(d timeline.Date) string {
	if d.Gran == timeline.Quarter {
		return fmt.Sprintf("%04d", d.Year)
	}
	return d.String()
}

// ISORange returns d as ISO 8601 dates for schema.org startDate and
// endDate, at d's own granularity: a year "2000", a month "2024-05" and a
// day "2024-05-03" are one value each (end ""); a week, which schema.org
// readers do not parse as "2024-W24", is its first and last day
// ("2024-06-10", "2024-06-16"), and a quarter its first and last month
// ("2021-04", "2021-06"). No day is given that the period does not
// contain from start to end.
func ISORange(d timeline.Date) (start, end string) {
	switch d.Gran {
	case timeline.Week:
		return d.First().Format("2006-01-02"), d.Last().Format("2006-01-02")
	case timeline.Quarter:
		return d.First().Format("2006-01"), d.Last().Format("2006-01")
	}
	return d.String(), ""
}

// WebURL returns s, trimmed and in the form url.URL.String gives it (scheme
// lower-cased, a quote in the path percent-encoded), if it is an absolute
// http or https URL with a host and no white space or control character;
// otherwise "". Quotes and angle brackets that remain (in a query) are left
// to each format's own escaping: html/template, MarkdownURL, encoding/json. javascript:, data:,
// vbscript:, scheme-relative ("//host"), relative and malformed links are
// dropped. It is the test for every link that dateline publishes.
func WebURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Opaque != "" || u.User != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		u.Scheme = strings.ToLower(u.Scheme)
		return u.String()
	}
	return ""
}

func badURLRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune("\"<>`", r)
}

// ArticleURL reports whether an article's url, as read from front matter or
// sources.yaml, may be kept: an absolute http or https URL (WebURL), or a
// reference with no scheme (relative) that net/url parses and that holds
// no white space, control character, quote or angle bracket. The scheme is
// looked for as browsers do, with ASCII white space and control characters
// removed and character references resolved, so "java\tscript:" and
// "javascript&#58;" are refused. Readers of articles (internal/corpus,
// extract) call it; the outputs then publish only what WebURL keeps.
func ArticleURL(u string) bool {
	if u == "" || strings.ContainsFunc(u, badURLRune) {
		return false
	}
	if WebURL(u) != "" {
		return true
	}
	if strings.HasPrefix(u, "//") || strings.Contains(u, "\\") {
		return false
	}
	if _, err := url.Parse(u); err != nil {
		return false
	}
	for _, s := range []string{u, html.UnescapeString(u)} {
		s = strings.Map(func(r rune) rune {
			if r <= ' ' || r == 0x7F {
				return -1
			}
			return r
		}, s)
		if i := strings.IndexAny(s, ":/?#"); i >= 0 && s[i] == ':' {
			return false // a scheme, and not an absolute http(s) URL
		}
	}
	return true
}

// Host returns the host of an http(s) URL without a leading "www.", for
// naming a source whose outlet is unknown ("news.example"), or "".
func Host(s string) string {
	u, err := url.Parse(WebURL(s))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// Source is how every format names one source of an event.
type Source struct {
	// Outlet is the publication: the article's outlet, else the host of
	// its URL, else "".
	Outlet string
	// Headline is the article's title, or, without one, a description
	// that names no file: "Article of 18 June 2024" or "Article".
	Headline string
	// URL is the link to the article (WebURL), or "".
	URL string
	// Published is the article's publication date (may be zero).
	Published timeline.Date
	// Untitled is set when Headline is the stand-in description ("Article
	// of 18 June 2024"), which already gives the publication date.
	Untitled bool
}

// NameSource names a source from what the event's source and its article
// say: the source's own title and URL before the article's. A file name
// (the article's path) is never used: it means nothing to readers.
func NameSource(s timeline.Source, a timeline.Article) Source {
	v := Source{
		Outlet:    OneLine(a.Outlet),
		Headline:  OneLine(s.Title),
		URL:       WebURL(s.URL),
		Published: s.Published,
	}
	if v.Headline == "" {
		v.Headline = OneLine(a.Title)
	}
	if v.URL == "" {
		v.URL = WebURL(a.URL)
	}
	if v.Published.IsZero() {
		v.Published = a.Published
	}
	if v.Outlet == "" {
		v.Outlet = Host(v.URL)
	}
	if v.Headline == "" {
		v.Untitled = true
		v.Headline = "Article"
		if !v.Published.IsZero() {
			v.Headline = "Article of " + DateLabel(v.Published)
		}
	}
	return v
}

// Name is the source on one line, "Outlet: Headline" or the headline alone.
func (s Source) Name() string {
	if s.Outlet == "" {
		return s.Headline
	}
	return s.Outlet + ": " + s.Headline
}

// DateBasis is how a source's date is explained to readers: the time
// expression it was read from ("Date from “last September”"), or, for an
// article's own news dated by its publication, "Dated by publication". ""
// when neither is known.
func DateBasis(s timeline.Source) string {
	// A publication date inferred from the article's text (Basis
	// "inferred", --infer-published) is said wherever the date rests on it.
	if e := OneLine(s.Expression); e != "" {
		if s.Basis == "inferred" {
			return "Date from “" + e + "”, counted from a publication date inferred from the article's text"
		}
		return "Date from “" + e + "”"
	}
	switch s.Basis {
	case "published":
		return "Dated by the article's date of publication"
	case "inferred":
		return "Dated by a publication date inferred from the article's text"
	}
	return ""
}

// OneLine folds runs of white space and control characters (newlines,
// U+2028, U+2029, C1 controls) into one space and trims the ends; invalid
// UTF-8 becomes U+FFFD.
func OneLine(s string) string {
	if oneLineAlready(s) {
		return s // most titles and sentences: no copy
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
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

// oneLineAlready reports whether OneLine(s) is s: valid UTF-8 with no
// white space or control character but single spaces between other
// characters.
func oneLineAlready(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || isSpace(r) {
				return false
			}
			i += n
			continue
		}
		if c <= ' ' || c == 0x7f {
			if c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		}
		i++
	}
	return true
}

func isSpace(r rune) bool {
	return r <= ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029'
}

// mdInline are the characters Markdown escapes with a backslash wherever
// they are: emphasis, code, links and images ([ ] !), raw HTML and
// autolinks (< >), entities (&), tables (|), strikethrough (~), headings
// (#), math ($), and Hugo shortcode braces ({ }). CommonMark allows a
// backslash before any ASCII punctuation, so each renders as itself.
const mdInline = "\\`*_{}[]<>&|~#$!"

// MarkdownText makes untrusted text one line of literal Markdown text that
// any renderer, even one that passes raw HTML through, and Hugo's shortcode
// lexer show as the text itself: white space is folded (OneLine, so no
// line can start a block), mdInline characters are escaped, and so is a
// leading character that would open a list, quote, heading or thematic
// break ("-", "+", "=", "1." and "1)").
func MarkdownText(s string) string {
	s = OneLine(s)
	// Every character escaped is ASCII, and no byte of a longer rune is:
	// the text is read by the byte, and copied only when it needs an
	// escape.
	var b strings.Builder
	digits, from := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		esc := c < utf8.RuneSelf && strings.IndexByte(mdInline, c) >= 0 ||
			i == 0 && (c == '-' || c == '+' || c == '=' || c == '>') ||
			(c == '.' || c == ')') && digits == i && i > 0
		if c >= '0' && c <= '9' && digits == i {
			digits++
		}
		if esc {
			if from == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[from:i])
			b.WriteByte('\\')
			from = i
		}
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// MarkdownTextStrict is MarkdownText for renderers that turn more than
// CommonMark into markup, such as Hugo's goldmark with its linkify and
// typographer extensions on: every ASCII punctuation character is
// backslash-escaped, so that no "www.x.example" or "https://..." becomes a
// link, no "--" a dash, and no "{{" is left for Hugo's shortcode lexer.
func MarkdownTextStrict(s string) string {
	s = OneLine(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		if r < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", byte(r)) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// MarkdownURL writes a URL that is already safe (WebURL, or the site's own
// relative path) as a Markdown link destination: bytes that have no
// business in a URL are percent-encoded, "&" is written "&amp;" (goldmark
// decodes entities in a destination even after a backslash), and
// parentheses and brackets are backslash-escaped.
func MarkdownURL(u string) string {
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c <= ' ' || c >= 0x7f || strings.IndexByte("\"'<>\\^`{|}", c) >= 0:
			fmt.Fprintf(&b, "%%%02X", c)
		case c == '&':
			b.WriteString("&amp;")
		case c == '(' || c == ')' || c == '[' || c == ']':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
