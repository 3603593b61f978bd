package site

import (
	"html"
	"strings"

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

func (c *config) timelineJS() ([]File, error) {
	m := c.model
	doc := tlDoc{
		Title:  &tlSlide{Text: tlText{Headline: html.EscapeString(c.Title), Text: tlPara(c.Description)}},
		Events: []tlSlide{},
	}
	for _, e := range m.Events {
		if e.ev.Date.IsZero() {
			continue
		}
		s := tlSlide{UniqueID: e.ID, StartDate: tlDateOf(e.ev.Date)}
		if !e.ev.End.IsZero() {
			s.EndDate = tlDateOf(e.ev.End)
		}
		if e.Key {
			s.Group = "Key events"
		}
		var body strings.Builder
		body.WriteString(tlPara(e.Summary))
		for _, src := range e.Sources {
			body.WriteString("<p>")
			if src.Outlet != "" {
				body.WriteString(html.EscapeString(src.Outlet) + ": ")
			}
			if src.URL != "" {
				body.WriteString(`<a href="` + html.EscapeString(src.URL) + `">` + html.EscapeString(src.Title) + `</a>`)
			} else {
				body.WriteString(html.EscapeString(src.Title))
			}
			if src.Sentence != "" {
				body.WriteString(" — “" + html.EscapeString(oneLine(src.Sentence)) + "”")
			}
			body.WriteString("</p>")
		}
		s.Text = tlText{Headline: html.EscapeString(e.Title), Text: body.String()}
		doc.Events = append(doc.Events, s)
	}
	data, err := marshalJSON(doc)
	if err != nil {
		return nil, err
	}
	return []File{{Path: "timelinejs.json", Data: data}}, nil
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

func tlDateOf(d timeline.Date) *tlDate {
	switch d.Gran {
	case timeline.Quarter:
		return &tlDate{Year: d.Year, Month: 3*(d.Quarter-1) + 1, DisplayDate: humanDate(d)}
	case timeline.Month:
		return &tlDate{Year: d.Year, Month: int(d.Month)}
	case timeline.Week:
		m := d.First()
		return &tlDate{Year: m.Year(), Month: int(m.Month()), Day: m.Day(), DisplayDate: humanDate(d)}
	case timeline.Day:
		return &tlDate{Year: d.Year, Month: int(d.Month), Day: d.Day}
	}
	return &tlDate{Year: d.Year}
}
