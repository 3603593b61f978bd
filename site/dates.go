package site

import (
	"strconv"

	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/timeline"
)

// dateView is a Date as the pages show it: Text for readers, Short under
// its year's heading, Datetime for the <time datetime> attribute. The
// wording is package policy's, shared with every other format.
type dateView struct {
	Text     string
	Short    string
	Datetime string
	d        timeline.Date
}

// humanDate writes d at its own granularity and never more precisely
// (policy.DateLabel).
func humanDate(d timeline.Date) string { return policy.DateLabel(d) }

// htmlDatetime is d as an HTML valid date, month, week or year string
// (policy.HTMLDatetime).
func htmlDatetime(d timeline.Date) string { return policy.HTMLDatetime(d) }

func newDateView(d timeline.Date) dateView {
	return dateView{Text: humanDate(d), Short: policy.ShortLabel(d), Datetime: htmlDatetime(d), d: d}
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
		s.Text = strconv.Itoa(start.Day)
		s.Short = s.Text
	}
	return s, &e
}
