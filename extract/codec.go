package extract

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"time"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// An Analysis is kept between runs (a build's cache) as the bytes of
// MarshalBinary: what each candidate holds, field by field, in exported
// twins of the package's types that encoding/gob can write.
// TestCandidateFieldsEncoded fails when candidate gains a field this file
// does not write.

type wireDate struct {
	Year, Quarter, Month, Week, Day, Gran int
}

func toWireDate(d timeline.Date) wireDate {
	return wireDate{d.Year, d.Quarter, int(d.Month), d.Week, d.Day, int(d.Gran)}
}

func (w wireDate) date() timeline.Date {
	return timeline.Date{Year: w.Year, Quarter: w.Quarter, Month: time.Month(w.Month), Week: w.Week, Day: w.Day, Gran: timeline.Granularity(w.Gran)}
}

type wireCandidate struct {
	Sent                 [4]int
	Seg                  [2]int
	Tx                   timex.Timex
	Date, End            wireDate
	Kind                 uint8
	Actors               []string
	Places               []string
	Persons              []string
	Title                string
	Derived, Coref, Noun bool
	Priority             int
	Stext                string
	Bag, Names           []string
	Basis                string
	Lead                 bool
	Pub                  int8
}

type wireUndated struct {
	Sent       [4]int
	At         int32
	Lead       bool
	Bag, Names []string
}

type wireAnalysis struct {
	Path, Title, URL, Outlet, Inferred string
	Published                          wireDate
	Cands                              []wireCandidate
	Und                                []wireUndated
	Text                               []byte
	Leaders                            []string
	URLDiag                            *Diagnostic
	Diags                              []Diagnostic
}

// MarshalBinary writes the Analysis for a later run of the same build of
// dateline with the same Options.
func (a *Analysis) MarshalBinary() ([]byte, error) {
	w := wireAnalysis{Path: a.art.Path, Title: a.art.Title, URL: a.art.URL, Outlet: a.art.Outlet,
		Inferred: a.art.Inferred, Published: toWireDate(a.art.Published),
		Text: a.text, Leaders: a.leaders, URLDiag: a.urlDiag, Diags: a.diags}
	for _, c := range a.cands {
		w.Cands = append(w.Cands, wireCandidate{
			Sent: [4]int{c.sent.start, c.sent.end, c.sent.line, c.sent.index}, Seg: c.seg, Tx: c.tx,
			Date: toWireDate(c.date), End: toWireDate(c.end), Kind: uint8(c.kind),
			Actors: c.m.actors, Places: c.m.places, Persons: c.m.persons, Title: c.title,
			Derived: c.derived, Coref: c.coref, Noun: c.noun, Priority: c.priority, Stext: c.stext,
			Bag: c.bag, Names: c.names, Basis: c.basis, Lead: c.lead, Pub: c.pub})
	}
	for _, u := range a.und {
		w.Und = append(w.Und, wireUndated{Sent: [4]int{u.sent.start, u.sent.end, u.sent.line, u.sent.index},
			At: u.at, Lead: u.lead, Bag: u.bag, Names: u.names})
	}
	var b bytes.Buffer
	err := gob.NewEncoder(&b).Encode(&w)
	return b.Bytes(), err
}

// UnmarshalBinary reads an Analysis written by MarshalBinary. Bytes that
// are not one (a cache file cut short, or written by another build) give
// an error, never a wrong Analysis that looks right: a candidate's spans
// must lie in order within its sentence.
func (a *Analysis) UnmarshalBinary(b []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("extract: not an analysis: %v", p)
		}
	}()
	var w wireAnalysis
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("extract: not an analysis: %w", err)
	}
	out := Analysis{art: timeline.Article{Path: w.Path, Title: w.Title, URL: w.URL, Outlet: w.Outlet,
		Inferred: w.Inferred, Published: w.Published.date()},
		text: w.Text, leaders: w.Leaders, urlDiag: w.URLDiag, diags: w.Diags}
	sentOf := func(s [4]int) (sentence, error) {
		if s[0] < 0 || s[1] < s[0] || s[2] < 0 || s[3] < 0 {
			return sentence{}, errors.New("extract: not an analysis: a sentence out of order")
		}
		return sentence{start: s[0], end: s[1], line: s[2], index: s[3]}, nil
	}
	for _, c := range w.Cands {
		s, err := sentOf(c.Sent)
		if err != nil {
			return err
		}
		if len(c.Stext) != s.end-s.start || c.Seg[0] < s.start || c.Seg[1] > s.end || c.Seg[0] > c.Seg[1] ||
			c.Tx.End > c.Tx.Start && (c.Tx.Start < s.start || c.Tx.End > s.end) {
			return errors.New("extract: not an analysis: a candidate outside its sentence")
		}
		out.cands = append(out.cands, candidate{sent: s, seg: c.Seg, tx: c.Tx,
			date: c.Date.date(), end: c.End.date(), kind: kind(c.Kind),
			m:     mentions{actors: c.Actors, places: c.Places, persons: c.Persons},
			title: c.Title, derived: c.Derived, coref: c.Coref, noun: c.Noun, priority: c.Priority,
			stext: c.Stext, bag: c.Bag, names: c.Names, basis: c.Basis, lead: c.Lead, pub: c.Pub})
	}
	at := int32(0)
	for _, u := range w.Und {
		s, err := sentOf(u.Sent)
		if err != nil {
			return err
		}
		if u.At < at || int(u.At) > len(out.cands) {
			return errors.New("extract: not an analysis: an undated sentence out of order")
		}
		at = u.At
		out.und = append(out.und, undated{sent: s, at: u.At, lead: u.Lead, bag: u.Bag, names: u.Names})
	}
	*a = out
	return nil
}
