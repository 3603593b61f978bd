package extract

import (
	"strings"
	"testing"
)

// TestSetOffParticipleNoTimeKeepsEvent: a participle set off by a comma on
// an object with no time in its phrase ("the pilot, identified by the
// airline as NAME, a 20-year veteran") is an aside on the noun; the
// clause's own time still dates the clause, whose event keeps the sentence
// as a source. (An age or a length of service after it, "a 20-year
// veteran", is no time of the phrase.) Probes written before the fix
// (session 35, dt37), not copied from any set.
func TestSetOffParticipleNoTimeKeepsEvent(t *testing.T) {
	for _, tc := range []struct{ sentence, date string }{
		{"The airline on Friday suspended the captain, identified by the union as Mark Dunne, a 20-year veteran of the carrier.", "2026-03-06"},
		{"Police on Monday named the driver, identified by relatives as Tom Reyes, a 34-year-old father of two.", "2026-03-09"},
		{"The club on Tuesday sacked its manager, described by players as a 10-year servant of the team.", "2026-03-10"},
		{"The airline suspended the captain, identified by the union as Mark Dunne, a 20-year veteran, on Friday.", "2026-03-06"},
		{"Investigators interviewed the first officer, named by the airline as Ana Ruiz, a 12-year veteran, on Wednesday.", "2026-03-11"},
	} {
		text := "Officials gave an update on Thursday.\n\n" + tc.sentence + " More updates are expected."
		d := doc("a.md", "2026-03-12", text)
		tl, _ := Extract([]Doc{d}, Options{})
		found := false
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.Contains(s.Sentence, tc.sentence[:30]) && e.Date.String() == tc.date {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no event at %s holds the sentence", tc.sentence, tc.date)
		}
	}
}

// TestSpanBeforeHeadlineNoEventOfItsOwn: a headline that tells what went on
// for a span before a happening ("Residents warned of leaks for months
// before tower fire") has no day of its own: the article's day is the
// happening's. Its body's sentence dating the happening by a relative
// clause on the noun ("the tower that burned this morning") keeps that
// time, and the headline is never an event of its own at that day: it goes
// with the happening it names, or nowhere. Probes written before the fix
// (session 35, dt37), not copied from any set.
func TestSpanBeforeHeadlineNoEventOfItsOwn(t *testing.T) {
	for _, tc := range []struct{ headline, body, expr string }{
		{"Neighbours complained of fumes for months before warehouse blast",
			"Neighbours of the warehouse that exploded on Monday had complained about fumes for months, council records show.", "on Monday"},
		{"Tenants warned of damp for weeks before block collapsed",
			"Tenants of the block that collapsed this morning had been warning their landlord about damp since January, according to letters seen by the Herald.", "this morning"},
		{"Residents raised alarm for years before Harlow tower burned",
			"Residents of the Harlow tower that burned this morning had complained to the council about leaks since 2031, according to emails seen by the Gazette.", "this morning"},
	} {
		text := tc.headline + "\n\nBy Staff\n" + tc.body + " Rescue teams were still searching tonight."
		d := doc("a.md", "2034-03-07", text)
		d.Article.Title = tc.headline
		tl, _ := Extract([]Doc{d}, Options{})
		dated := false
		for _, e := range tl.Events {
			own := false
			for _, s := range e.Sources {
				if strings.HasPrefix(s.Sentence, tc.body[:30]) && strings.Contains(tc.expr, s.Expression) && s.Expression != "" {
					dated = true
				}
				if s.Expression != "" {
					own = true
				}
			}
			if e.Title == tc.headline && !own {
				t.Errorf("%q: the headline is an event of its own at the article's day %s", tc.headline, e.Date)
			}
		}
		if !dated {
			t.Errorf("%q: the body sentence is not dated by %q", tc.body, tc.expr)
		}
	}
}
