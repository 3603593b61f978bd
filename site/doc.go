// Package site renders a timeline.Timeline into the files dateline publishes:
// a front page that leads with the key events, one line each; the full
// timeline (timeline/, split by year past yearPagesOver events, and a year
// by month past as many in the year); a page per event and per actor; an
// embeddable page and an HTML fragment showing the key events; Markdown, JSON, TimelineJS3 JSON, Atom and JSON Feed, with
// schema.org JSON-LD in the event pages. Date labels, link checks, Markdown
// escaping and source names come from package internal/policy, shared with
// site/hugo.
//
// Every format is a func from a Timeline and Options to files in memory
// (see Format and Formats); Render runs them all. Writing to disk is a
// separate step, output.Write. The same input gives the same bytes: no
// clock is read, and feeds take their dates from the articles.
//
// Text from articles is untrusted: HTML formats escape it through
// html/template, links keep only http and https URLs, Markdown escapes its
// metacharacters and HTML, JSON-LD escapes "<". Markup, CSS and script come
// only from the templates (package templates, or Options.Templates), and the
// pages carry a Content-Security-Policy (see CSP) that allows nothing else.
package site
