package site

import (
	"fmt"

	"github.com/dateline-news/dateline/timeline"
)

// dateView is a Date as the pages show it: Text for readers, Datetime for
// the <time datetime> attribute.
type dateView struct {
	Text     string
	Datetime string
}

// humanDate writes d at its own granularity and never more precisely: a
// month is "September 2023", an ISO week "week of 10 June 2024" (its
// Monday, which the week starts on), a quarter "Q2 2019".
func humanDate(d timeline.Date) string {
	switch d.Gran {
	case timeline.Year:
		return fmt.Sprintf("%d", d.Year)
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

// htmlDatetime is d as an HTML valid date, month, week or year string. HTML
// has no quarters, so a quarter gives its year, which contains it.
func htmlDatetime(d timeline.Date) string {
	if d.Gran == timeline.Quarter {
		return fmt.Sprintf("%04d", d.Year)
	}
	return d.String()
}

func newDateView(d timeline.Date) dateView {
	return dateView{Text: humanDate(d), Datetime: htmlDatetime(d)}
}

// spanViews returns the views of an event's start and end (nil without an
// end). Two days of one month read "18–19 June 2024".
func spanViews(start, end timeline.Date) (dateView, *dateView) {
	s := newDateView(start)
	if end.IsZero() {
		return s, nil
	}
	e := newDateView(end)
	if start.Gran == timeline.Day && end.Gran == timeline.Day && start.Year == end.Year && start.Month == end.Month {
		s.Text = fmt.Sprintf("%d", start.Day)
	}
	return s, &e
}
