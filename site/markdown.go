package site

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/dateline-news/dateline/internal/policy"
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

func (c *config) markdown(emit func(File) error) error {
	return emit(File{Path: "timeline.md", Stream: c.writeMarkdown})
}

// writeMarkdown writes timeline.md to w: the title, then each year's
// heading and each event's entry, made on every core (writeChunks) and
// written in order.
func (c *config) writeMarkdown(w io.Writer) error {
	m := c.m()
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n", mdText(c.Title))
	if c.Description != "" {
		fmt.Fprintf(&b, "\n%s\n", mdText(c.Description))
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return err
	}
	// The chunks: a year's heading (e nil), then its events.
	type chunk struct {
		y *yearView
		e *eventView
	}
	var chunks []chunk
	for i := range m.Years {
		y := &m.Years[i]
		chunks = append(chunks, chunk{y: y})
		for _, e := range y.Events {
			chunks = append(chunks, chunk{y: y, e: e})
		}
	}
	return writeChunks(w, len(chunks), func(i int, b *bytes.Buffer) error {
		if ch := chunks[i]; ch.e == nil {
			fmt.Fprintf(b, "\n## %s\n", ch.y.Label)
		} else {
			c.writeMarkdownEvent(b, ch.e)
		}
		return nil
	})
}

// writeMarkdownEvent writes e's entry in timeline.md to b.
func (c *config) writeMarkdownEvent(b *bytes.Buffer, e *eventView) {
	when := e.When
	fmt.Fprintf(b, "\n### %s: %s", mdText(when), mdText(e.Title))
	if e.Key {
		b.WriteString(" (key event)")
	}
	if len(e.ev.Edited) > 0 {
		// An editor's correction (editorial.yaml) says so.
		fmt.Fprintf(b, " (edited: %s)", mdText(strings.Join(e.ev.Edited, ", ")))
	}
	b.WriteString("\n")
	if e.Summary != "" {
		fmt.Fprintf(b, "\n%s\n", mdText(e.Summary))
	}
	var meta []string
	if len(e.Actors) > 0 {
		meta = append(meta, "Who: "+mdNames(e.Actors))
	}
	if len(e.Places) > 0 {
		meta = append(meta, "Where: "+mdNames(e.Places))
	}
	meta = append(meta, fmt.Sprintf("[Permalink](%s)", mdURL(c.abs("events/"+e.ID+"/"))))
	fmt.Fprintf(b, "\n%s\n", strings.Join(meta, " · "))
	if len(e.ev.Sources) > 0 {
		b.WriteString("\n")
	}
	for _, s := range e.Cited() {
		b.WriteString("- ")
		if s.Outlet != "" {
			fmt.Fprintf(b, "%s: ", mdText(s.Outlet))
		}
		if s.URL != "" {
			fmt.Fprintf(b, "[%s](%s)", mdText(s.Title), mdURL(s.URL))
		} else {
			b.WriteString(mdText(s.Title))
		}
		if s.Published != nil && !s.Untitled {
			fmt.Fprintf(b, " (%s)", s.Published.Text)
		}
		// An article's sentences follow its name, separated by
		// semicolons.
		sep := ": "
		for _, q := range s.Quotes {
			if q.Sentence != "" {
				fmt.Fprintf(b, "%s“%s”", sep, mdText(q.Sentence))
				sep = "; "
			}
			if q.Basis != "" {
				fmt.Fprintf(b, " — %s", mdText(q.Basis))
			}
		}
		b.WriteString("\n")
	}
}

func mdNames(ns []nameView) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = mdText(n.Name)
	}
	return strings.Join(s, ", ")
}

// mdText makes untrusted text one line of literal Markdown text
// (policy.MarkdownText).
func mdText(s string) string { return policy.MarkdownText(s) }

// mdURL writes a URL that has been through safeURL, or the site's own, as
// a link destination (policy.MarkdownURL).
func mdURL(u string) string { return policy.MarkdownURL(u) }
