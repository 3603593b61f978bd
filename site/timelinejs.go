package site

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/timeline"
)

// TimelineJS renders timelinejs.json in the TimelineJS3 JSON format, so a
// newsroom can load the same events into TimelineJS. TimelineJS shows its
// text fields as HTML, so every piece of text is HTML-escaped here. A date
// gives only the fields its granularity has (a month has no day); a week
// gives its Monday with display_date "week of ...", and a quarter its first
// month with display_date "Q2 2019". Undated events are left out, since
// TimelineJS needs a start date.
func TimelineJS(t *timeline.Timeline, opt Options) ([]File, error) {
	return run(t, opt, (*config).timelineJS)
}

func (c *config) timelineJS(emit func(File) error) error {
	return emit(File{Path: "timelinejs.json", Stream: c.writeTimelineJS})
}

// writeTimelineJS writes timelinejs.json, as marshalJSON of a tlDoc
// would, byte for byte, a slide at a time.
func (c *config) writeTimelineJS(w io.Writer) error {
	m := c.m()
	title := &tlSlide{Text: tlText{Headline: html.EscapeString(c.Title), Text: tlPara(c.Description)}}
	data, err := json.MarshalIndent(title, "  ", "  ")
	if err != nil {
		return fmt.Errorf("marshal json: %w", err)
	}
	if _, err := io.WriteString(w, "{\n  \"title\": "); err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if _, err := io.WriteString(w, ",\n  \"events\": "); err != nil {
		return err
	}
	anyKey := slices.ContainsFunc(m.Events, func(e *eventView) bool { return e.Key })
	// The slides are marshalled on every core and written in order.
	var dated []*eventView
	for _, e := range m.Events {
		if !e.ev.Date.IsZero() {
			dated = append(dated, e)
		}
	}
	n := len(dated)
	err = writeChunks(w, n, func(i int, b *bytes.Buffer) error {
		s := tlSlideOf(dated[i], anyKey)
		data, err := json.Marshal(&s) // indented as MarshalIndent would
		if err != nil {
			return fmt.Errorf("marshal json: %w", err)
		}
		if i == 0 {
			b.WriteString("[\n    ")
		} else {
			b.WriteString(",\n    ")
		}
		b.Write(appendIndent(b.AvailableBuffer(), data, "    ", "  "))
		return nil
	})
	if err != nil {
		return err
	}
	end := "\n  ]\n}\n"
	if n == 0 {
		end = "[]\n}\n"
	}
	_, err = io.WriteString(w, end)
	return err
}

// tlSlideOf is the slide of a dated event.
func tlSlideOf(e *eventView, anyKey bool) tlSlide {
	s := tlSlide{UniqueID: e.ID}
	s.StartDate, s.EndDate = tlDatesOf(e.ev.Date, e.ev.End)
	if anyKey {
		s.Group = "Other events"
		if e.Key {
			s.Group = "Key events"
		}
	}
	// Written piece by piece: no string is joined only to be copied.
	var body strings.Builder
	body.WriteString(tlPara(e.Summary))
	for _, src := range e.Cited() {
		body.WriteString("<p>")
		if src.Outlet != "" {
			body.WriteString(html.EscapeString(src.Outlet))
			body.WriteString(": ")
		}
		if src.URL != "" {
			body.WriteString(`<a href="`)
			body.WriteString(html.EscapeString(src.URL))
			body.WriteString(`">`)
			body.WriteString(html.EscapeString(src.Title))
			body.WriteString(`</a>`)
		} else {
			body.WriteString(html.EscapeString(src.Title))
		}
		sep := " — "
		for _, q := range src.Quotes {
			if q.Sentence != "" {
				body.WriteString(sep)
				body.WriteString("“")
				body.WriteString(html.EscapeString(oneLine(q.Sentence)))
				body.WriteString("”")
				sep = " "
			}
		}
		body.WriteString("</p>")
	}
	s.Text = tlText{Headline: html.EscapeString(e.Title), Text: body.String()}
	return s
}

func tlPara(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return "<p>" + html.EscapeString(oneLine(s)) + "</p>"
}

type tlDoc struct {
	Title  *tlSlide  `json:"title,omitempty"`
	Events []tlSlide `json:"events"`
}

type tlSlide struct {
	StartDate *tlDate `json:"start_date,omitempty"`
	EndDate   *tlDate `json:"end_date,omitempty"`
	Text      tlText  `json:"text"`
	Group     string  `json:"group,omitempty"`
	UniqueID  string  `json:"unique_id,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tlDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// tlDatesOf gives an event's start and end in TimelineJS's fields, at the
// date's own granularity: a year has no month, a month no day. TimelineJS
// has no weeks or quarters: a week is given as the span of its seven days, a
// quarter as the span of its three months. Every date carries display_date
// in the words every other format uses (policy.DateLabel), so that no
// "April 25, 2019" sits beside "week of 10 June 2024".
func tlDatesOf(start, end timeline.Date) (*tlDate, *tlDate) {
	s, e := tlDateOf(start, false), (*tlDate)(nil)
	if !end.IsZero() {
		e = tlDateOf(end, true)
	} else if start.Gran == timeline.Week || start.Gran == timeline.Quarter {
		e = tlDateOf(start, true)
	}
	if e != nil {
		// One label for the span, on the start; the end keeps its own.
		s.DisplayDate = policy.SpanLabel(start, end)
		e.DisplayDate = policy.DateLabel(cmp.Or(end, start))
	}
	return s, e
}

// tlDateOf is d in TimelineJS's fields: its first day's fields at d's
// granularity, or its last with last set (for the end of a week or
// quarter).
func tlDateOf(d timeline.Date, last bool) *tlDate {
	t := d.First()
	if last {
		t = d.Last()
	}
	out := &tlDate{Year: t.Year(), DisplayDate: policy.DateLabel(d)}
	switch d.Gran {
	case timeline.Quarter, timeline.Month:
		out.Month = int(t.Month())
	case timeline.Week, timeline.Day:
		out.Month, out.Day = int(t.Month()), t.Day()
	}
	return out
}
