package extract_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/timeline"
)

// weekdayWord finds a day of the week named in a time expression.
var weekdayWord = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

// sourceDay is the date a source's value names, read to the day or coarser
// ("2013-05-02TNI" and "2011-11-10T15:00" are days); false for a value that
// names no date (a duration, "PRESENT_REF").
func sourceDay(v string) (timeline.Date, bool) {
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:i]
	}
	d, err := timeline.ParseDate(v)
	return d, err == nil && !d.IsZero()
}

// sourceDisagrees says how a source's expression and value fail to tell
// the same thing under the event they are shown with, or "": every event
// traces to its sentences, and the reader reads a source's expression as
// what dated it.
//   - A source dated by its article or its publication (basis "article",
//     "published") shows no expression: its words did not date it.
//   - An expression that names one day of the week has a value on that day.
//   - A source dated by its expression (no basis) has a value whose days
//     meet the event's (a week, a month, the day itself).
func sourceDisagrees(e *timeline.Event, s timeline.Source) string {
	if s.Expression == "" {
		return ""
	}
	if s.Basis == "article" || s.Basis == "published" {
		return "basis " + s.Basis + " with an expression that did not date it"
	}
	v, ok := sourceDay(s.Value)
	if !ok {
		return ""
	}
	if names := weekdayWord.FindAllString(s.Expression, -1); len(names) == 1 && v.Gran == timeline.Day &&
		!strings.EqualFold(v.First().Weekday().String(), names[0]) {
		return "names " + names[0] + ", value a " + v.First().Weekday().String()
	}
	if s.Basis == "" {
		last := e.Date
		if !e.End.IsZero() {
			last = e.End
		}
		if v.Last().Before(e.Date.First()) || v.First().After(last.Last()) {
			return "value outside the event's days"
		}
	}
	return ""
}

// checkSourcesAgree fails t for every source of tl whose expression and
// value disagree (sourceDisagrees). The corpus and newsroom scores call it
// on every timeline they make.
func checkSourcesAgree(t testing.TB, name string, tl *timeline.Timeline) {
	t.Helper()
	for i := range tl.Events {
		e := &tl.Events[i]
		for _, s := range e.Sources {
			if why := sourceDisagrees(e, s); why != "" {
				t.Errorf("%s: event %s (%s): source %s %q (expression %q, value %s, basis %q): %s",
					name, e.ID, e.Date, s.Article, s.Sentence, s.Expression, s.Value, s.Basis, why)
			}
		}
	}
}

// sourceDisagrees tells a weekday shown under another day, an expression
// on a source its article dated, a value outside its event's days; and
// passes a reported source's saying day, a week that holds the day.
func TestSourceDisagrees(t *testing.T) {
	day := func(s string) timeline.Date {
		d, err := timeline.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	ev := &timeline.Event{Date: day("2026-03-11")}
	cases := []struct {
		s    timeline.Source
		want bool // disagrees
	}{
		{timeline.Source{Expression: "Thursday", Value: "2026-03-11", Basis: "article"}, true},
		{timeline.Source{Expression: "", Value: "2026-03-11", Basis: "article"}, false},
		{timeline.Source{Expression: "Wednesday", Value: "2026-03-11"}, false},
		{timeline.Source{Expression: "late Wednesday night", Value: "2026-03-11TNI"}, false},
		{timeline.Source{Expression: "Thursday", Value: "2026-03-11"}, true},
		{timeline.Source{Expression: "Friday", Value: "2026-03-13"}, true},                     // not the event's day
		{timeline.Source{Expression: "Friday", Value: "2026-03-13", Basis: "reported"}, false}, // the saying's day
		{timeline.Source{Expression: "this week", Value: "2026-W11"}, false},
		{timeline.Source{Expression: "last month", Value: "2026-02"}, true},
	}
	for _, c := range cases {
		if got := sourceDisagrees(ev, c.s) != ""; got != c.want {
			t.Errorf("%+v: disagrees %v, want %v", c.s, got, c.want)
		}
	}

}

// A wire lead that reports a charge the day after it was laid ("police
// confirmed on Wednesday"), its next sentence dating the charge ("on
// Tuesday evening"), joins the charge dated by its article: its source
// shows no "Wednesday" under the Tuesday. (Two articles written for this
// test; at main 9c728d4 the lead's source showed "Wednesday" with the
// value 2026-05-12.)
func TestSourceExpressionOfArticleDated(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.md": "---\ntitle: Man arrested after warehouse blaze in Eastport\ndate: 2026-05-11\noutlet: Eastport Gazette\n---\n\n" +
			"A 41-year-old man was arrested on Monday after a fire destroyed a disused warehouse on Mill Street in Eastport, police said.\n\n" +
			"Firefighters fought the blaze for six hours on Sunday night. Nobody was hurt.\n",
		"b.md": "---\ntitle: Man charged with arson over Mill Street warehouse fire\ndate: 2026-05-13\noutlet: Coastal Wire\n---\n\n" +
			"A man has been charged with arson over the fire that destroyed a Mill Street warehouse in Eastport, police confirmed on Wednesday.\n\n" +
			"The 41-year-old was charged on Tuesday evening and released on conditional bail, a police spokesman said.\n\n" +
			"He will appear before magistrates on May 27.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, problems := corpus.Read([]string{dir}, corpus.Options{Location: time.UTC, Now: time.Date(2026, 7, 1, 23, 0, 0, 0, time.UTC)})
	if len(problems) > 0 || len(docs) != 2 {
		t.Fatalf("read %d articles: %v", len(docs), problems)
	}
	xdocs := make([]extract.Doc, len(docs))
	for i, d := range docs {
		xdocs[i] = extract.Doc{Article: d.Article, Text: d.Text, Filed: d.Filed}
	}
	tl, _ := extract.Extract(xdocs, extract.Options{})
	checkSourcesAgree(t, "warehouse fire", tl)
	cited := false
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			cited = cited || strings.HasPrefix(s.Sentence, "A man has been charged with arson")
		}
	}
	if !cited {
		t.Error("the wire lead is on no event")
	}
}
