package site

import (
	"strconv"
	"strings"
)

// The built-in templates of an event's entry ("event", "line", "link" and
// what they call, and "sources", in templates/partials.html and
// templates/actor.html) are written here in Go as well: a large site
// shows tens of thousands of entries, and html/template, which finds
// every field and method through reflection, spent most of a
// 100,000-article build's render on them. A theme uses these writers only
// when every one of directTemplates parses to the same tree as the
// embedded one (theme.direct); a template folder that changes any of them
// gets html/template as before. The writers escape as html/template
// escapes in each context (the chains its escaper puts in the embedded
// templates: htmlescaper, attrescaper, urlfilter and urlnormalizer), and
// TestDirectMatchesTemplates holds them to the templates' bytes.

// directTemplates are the templates the writers below stand for.
var directTemplates = []string{"event", "line", "link", "more", "who", "leads", "sources", "cite", "quote", "when", "date"}

// appendHTML appends s escaped for HTML text or a quoted attribute value
// (html/template's htmlescaper and attrescaper of a plain string): NUL,
// '"', '&', the single quote, '+', '<' and '>' are replaced, every other byte, valid
// UTF-8 or not, is kept.
func appendHTML(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case 0:
			r = "\uFFFD"
		case '"':
			r = "&#34;"
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '+':
			r = "&#43;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, r...)
		last = i + 1
	}
	return append(b, s[last:]...)
}

// appendURL appends s as the start of a quoted URL attribute
// (urlfilter, urlnormalizer, attrescaper): a URL of a scheme other than
// http, https or mailto becomes "#ZgotmplZ".
func appendURL(b []byte, s string) []byte {
	if protocol, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(protocol, "/") {
		if !strings.EqualFold(protocol, "http") && !strings.EqualFold(protocol, "https") && !strings.EqualFold(protocol, "mailto") {
			s = "#ZgotmplZ"
		}
	}
	return appendURLPart(b, s)
}

// appendURLPart appends s as a later part of a quoted URL attribute,
// before any query (urlnormalizer, attrescaper): bytes outside RFC 3986's
// unreserved and reserved sets are percent-encoded (a valid escape is
// kept), then '&' and '+' are escaped for the attribute.
func appendURLPart(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var r string
		switch c {
		case '&':
			r = "&amp;"
		case '+':
			r = "&#43;"
		case '!', '#', '$', '*', ',', '/', ':', ';', '=', '?', '@', '[', ']', '-', '.', '_', '~':
			continue
		case '%':
			if i+2 < len(s) && isHexByte(s[i+1]) && isHexByte(s[i+2]) {
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				continue
			}
		}
		b = append(b, s[last:i]...)
		if r != "" {
			b = append(b, r...)
		} else {
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
		last = i + 1
	}
	return append(b, s[last:]...)
}

func isHexByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// appendDate is the "date" template.
func appendDate(b []byte, d *dateView) []byte {
	if d.Datetime == "" {
		return appendHTML(b, d.Text)
	}
	b = append(b, `<time datetime="`...)
	b = appendHTML(b, d.Datetime)
	b = append(b, `">`...)
	b = appendHTML(b, d.Text)
	return append(b, "</time>"...)
}

// appendWhen is the "when" template.
func appendWhen(b []byte, e *eventView) []byte {
	b = appendDate(b, &e.Date)
	if e.End != nil {
		b = append(b, "–"...)
		b = appendDate(b, e.End)
	}
	return b
}

// appendEventLink is the part of "line" and "link" from the date to the
// linked title, and the closing </p>.
func appendEventLink(b []byte, root string, e *eventView) []byte {
	b = append(b, `<p class="dl-lh"><span class="dl-when">`...)
	b = appendWhen(b, e)
	b = append(b, `</span> <a href="`...)
	b = appendURL(b, root)
	b = append(b, "events/"...)
	b = appendURLPart(b, e.ID)
	b = append(b, `/">`...)
	b = appendHTML(b, e.Title)
	return append(b, "</a></p>"...)
}

// appendEvent is the "event" template: one entry of the full timeline.
func appendEvent(b []byte, root string, e *eventView) []byte {
	b = append(b, "\n<li id=\""...)
	b = appendHTML(b, e.ID)
	b = append(b, `" class="dl-event`...)
	if e.Key {
		b = append(b, " dl-key"...)
	}
	b = append(b, `" data-actors="`...)
	b = appendHTML(b, e.ActorSlugs)
	b = append(b, `" data-places="`...)
	b = appendHTML(b, e.PlaceSlugs)
	b = append(b, "\">\n<p class=\"dl-when\">"...)
	b = appendWhen(b, e)
	if e.Key {
		b = append(b, ` <strong class="dl-badge">Key event</strong>`...)
	}
	b = append(b, "</p>\n<h3><a href=\""...)
	b = appendURL(b, root)
	b = append(b, "events/"...)
	b = appendURLPart(b, e.ID)
	b = append(b, `/">`...)
	b = appendHTML(b, e.Title)
	b = append(b, "</a></h3>"...)
	b = appendMore(b, root, e)
	return append(b, "\n</li>"...)
}

// appendLine is the "line" template: one line of the highlights.
func appendLine(b []byte, root string, e *eventView) []byte {
	b = append(b, "\n<li class=\"dl-line"...)
	if e.Key {
		b = append(b, " dl-key"...)
	}
	b = append(b, "\">\n"...)
	b = appendEventLink(b, root, e)
	b = appendMore(b, root, e)
	return append(b, "\n</li>"...)
}

// appendLink is the "link" template: one line of an actor's page.
func appendLink(b []byte, root string, e *eventView) []byte {
	b = append(b, "\n<li class=\"dl-line"...)
	if e.Key {
		b = append(b, " dl-key"...)
	}
	b = append(b, `">`...)
	b = appendEventLink(b, root, e)
	return append(b, "</li>"...)
}

// appendMore is the "more" template: the folded summary, names and
// sources of a list's entry.
func appendMore(b []byte, root string, e *eventView) []byte {
	if e.NSources == 0 && e.Summary == "" {
		return b
	}
	b = append(b, "\n<details class=\"dl-more\"><summary>"...)
	switch {
	case e.NSources == 0:
		b = append(b, "Summary"...)
	case e.NSources == 1:
		b = append(b, "1 source"...)
	default:
		b = strconv.AppendInt(b, int64(e.NSources), 10)
		b = append(b, " sources"...)
	}
	b = append(b, "</summary>"...)
	if e.Summary != "" {
		b = append(b, "\n<p>"...)
		b = appendHTML(b, e.Summary)
		b = append(b, "</p>"...)
	}
	b = appendWho(b, root, e)
	b = appendLeads(b, e)
	return append(b, "\n</details>"...)
}

// appendWho is the "who" template: the event's actors, linked, and places.
func appendWho(b []byte, root string, e *eventView) []byte {
	if len(e.Actors) == 0 && len(e.Places) == 0 {
		return b
	}
	b = append(b, "\n<p class=\"dl-meta\">"...)
	if len(e.Actors) > 0 {
		b = append(b, "Who: "...)
		for i, a := range e.Actors {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = append(b, `<a href="`...)
			b = appendURL(b, root)
			b = append(b, "actors/"...)
			b = appendURLPart(b, a.Slug)
			b = append(b, `/">`...)
			b = appendHTML(b, a.Name)
			b = append(b, "</a>"...)
		}
	}
	if len(e.Actors) > 0 && len(e.Places) > 0 {
		b = append(b, " · "...)
	}
	if len(e.Places) > 0 {
		b = append(b, "Where: "...)
		for i, p := range e.Places {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendHTML(b, p.Name)
		}
	}
	return append(b, "</p>"...)
}

// appendLeads is the "leads" template: the first articles of an event,
// each with its lead sentence.
func appendLeads(b []byte, e *eventView) []byte {
	l := e.Leads()
	if l == nil {
		return b
	}
	b = append(b, "\n<ul class=\"dl-src\" aria-label=\"Sources\">"...)
	for _, c := range l.Cited {
		b = append(b, "\n<li>"...)
		b = appendCite(b, &c)
		b = appendQuote(b, c.Lead())
		if m := c.More(); m != 0 {
			b = append(b, "\n<span class=\"dl-expr\">and "...)
			b = strconv.AppendInt(b, int64(m), 10)
			if m == 1 {
				b = append(b, " more sentence on the event's page</span>"...)
			} else {
				b = append(b, " more sentences on the event's page</span>"...)
			}
		}
		b = append(b, "</li>"...)
	}
	if l.More != 0 {
		b = append(b, "\n<li>and "...)
		b = strconv.AppendInt(b, int64(l.More), 10)
		if l.More == 1 {
			b = append(b, " more article on the event's page</li>"...)
		} else {
			b = append(b, " more articles on the event's page</li>"...)
		}
	}
	return append(b, "\n</ul>"...)
}

// appendSources is the "sources" template: every article of an event,
// each with every sentence read from it (the event's page).
func appendSources(b []byte, e *eventView) []byte {
	cited := e.Cited()
	if len(cited) == 0 {
		return b
	}
	b = append(b, "\n<ul class=\"dl-src\" aria-label=\"Sources\">"...)
	for i := range cited {
		b = append(b, "\n<li>"...)
		b = appendCite(b, &cited[i])
		for _, q := range cited[i].Quotes {
			b = appendQuote(b, q)
		}
		b = append(b, "</li>"...)
	}
	return append(b, "\n</ul>"...)
}

// appendCite is the "cite" template: how an article is named.
func appendCite(b []byte, c *citedView) []byte {
	if c.Outlet != "" {
		b = append(b, `<span class="dl-outlet">`...)
		b = appendHTML(b, c.Outlet)
		b = append(b, "</span>: "...)
	}
	if c.URL != "" {
		b = append(b, `<a href="`...)
		b = appendURL(b, c.URL)
		b = append(b, `">`...)
		b = appendHTML(b, c.Title)
		b = append(b, "</a>"...)
	} else {
		b = append(b, "<cite>"...)
		b = appendHTML(b, c.Title)
		b = append(b, "</cite>"...)
	}
	if !c.Untitled && c.Published != nil {
		b = append(b, " ("...)
		b = appendDate(b, c.Published)
		b = append(b, ")"...)
	}
	return b
}

// appendQuote is the "quote" template: a sentence and how its date was
// known.
func appendQuote(b []byte, q quoteView) []byte {
	if q.Sentence != "" {
		b = append(b, "\n<blockquote>"...)
		b = appendHTML(b, q.Sentence)
		b = append(b, "</blockquote>"...)
	}
	if q.Basis != "" {
		b = append(b, "\n<span class=\"dl-expr\">"...)
		b = appendHTML(b, q.Basis)
		b = append(b, "</span>"...)
	}
	return b
}

// directPageTemplates are the templates appendEventPage stands for, with
// directTemplates.
var directPageTemplates = []string{"event.html", "head", "skip"}

// appendHead is the "head" template: the document up to <body>.
func appendHead(b []byte, p *page) []byte {
	b = append(b, "<!doctype html>\n<html lang=\""...)
	b = appendHTML(b, p.Site.Lang)
	b = append(b, "\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""...)
	b = appendHTML(b, p.Site.CSP)
	b = append(b, "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"...)
	if p.Embed {
		b = append(b, "\n<base target=\"_top\">"...)
	}
	b = append(b, "\n<title>"...)
	b = appendHTML(b, p.Title)
	b = append(b, "</title>"...)
	if p.Site.Description != "" {
		b = append(b, "\n<meta name=\"description\" content=\""...)
		b = appendHTML(b, p.Site.Description)
		b = append(b, `">`...)
	}
	if p.Canonical != "" {
		b = append(b, "\n<link rel=\"canonical\" href=\""...)
		b = appendURL(b, p.Canonical)
		b = append(b, `">`...)
	}
	if style := p.Style(); style != "" {
		b = append(b, "\n<style>"...)
		b = append(b, style...)
		b = append(b, "</style>"...)
	} else {
		b = append(b, "\n<link rel=\"stylesheet\" href=\""...)
		b = appendURL(b, p.Root)
		b = append(b, `style.css">`...)
	}
	b = append(b, "\n<link rel=\"icon\" href=\""...)
	b = appendURL(b, p.Root)
	b = append(b, "favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"alternate\" type=\"application/atom+xml\" href=\""...)
	b = appendURL(b, p.Root)
	b = append(b, "feed.atom\" title=\""...)
	b = appendHTML(b, p.Site.Title)
	b = append(b, " (Atom)\">\n<link rel=\"alternate\" type=\"application/feed+json\" href=\""...)
	b = appendURL(b, p.Root)
	b = append(b, "feed.json\" title=\""...)
	b = appendHTML(b, p.Site.Title)
	b = append(b, " (JSON Feed)\">\n<link rel=\"alternate\" type=\"application/json+oembed\" href=\""...)
	b = appendURL(b, p.Site.OEmbed(p.Root))
	b = append(b, "\" title=\""...)
	b = appendHTML(b, p.Site.Title)
	b = append(b, `">`...)
	if p.JSONLD != "" {
		b = append(b, "\n<script type=\"application/ld+json\">"...)
		b = append(b, p.JSONLD...)
		b = append(b, "</script>"...)
	}
	if p.Site.LiveReload {
		b = append(b, "\n<script src=\""...)
		b = appendURL(b, p.Root)
		b = append(b, "livereload.js\" defer></script>"...)
	}
	return append(b, "\n</head>\n"...)
}

// appendEventPage is event.html: an event's own page.
func appendEventPage(b []byte, p *page) []byte {
	e := p.Event
	b = appendHead(b, p)
	b = append(b, "<body class=\"dl\">\n<a class=\"dl-skip\" href=\"#dl_main\">Skip to the timeline</a>\n<header class=\"dl-wrap\">\n<p><a href=\""...)
	b = appendURL(b, p.Home)
	b = append(b, `">`...)
	b = appendHTML(b, p.Site.Title)
	b = append(b, "</a> · <a href=\""...)
	b = appendURL(b, p.Root)
	b = appendURL(b, e.Anchor)
	b = append(b, "\">On the full timeline</a></p>\n</header>\n<main id=\"dl_main\" class=\"dl-wrap\">\n<article class=\"dl-one"...)
	if e.Key {
		b = append(b, " dl-key"...)
	}
	b = append(b, "\">\n<p class=\"dl-when\">"...)
	b = appendWhen(b, e)
	if e.Key {
		b = append(b, ` <strong class="dl-badge">Key event</strong>`...)
	}
	b = append(b, "</p>\n<h1>"...)
	b = appendHTML(b, e.Title)
	b = append(b, "</h1>"...)
	if e.Summary != "" {
		b = append(b, "\n<p>"...)
		b = appendHTML(b, e.Summary)
		b = append(b, "</p>"...)
	}
	b = appendWho(b, p.Root, e)
	b = append(b, "\n<h2>Sources</h2>"...)
	b = appendSources(b, e)
	b = append(b, "\n<p class=\"dl-note\">id: <code>"...)
	b = appendHTML(b, e.ID)
	return append(b, "</code></p>\n</article>\n</main>\n</body>\n</html>\n"...)
}
