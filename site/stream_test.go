package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"html"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestStreamsMatchMarshal: the files written a piece at a time are what
// encoding/json makes of the whole document, byte for byte.
func TestStreamsMatchMarshal(t *testing.T) {
	undated := fixture()
	for i := range undated.Events {
		undated.Events[i].Date, undated.Events[i].End = timeline.Date{}, timeline.Date{}
	}
	for name, tl := range map[string]*timeline.Timeline{"fixture": fixture(), "synthetic": synthetic(450), "empty": {}, "undated": undated} {
		c, err := newConfig(tl, Options{Title: "A <b> & c", Description: "d", BaseURL: "https://news.example/x/"})
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := eventsLD(&got, c, c.m().Events); err != nil {
			t.Fatal(err)
		}
		g := ldGraph{Context: "https://schema.org", Graph: make([]ldEvent, len(c.m().Events))}
		for i, e := range c.m().Events {
			g.Graph[i] = eventLD(c, e)
		}
		want, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), append(want, '\n')) {
			t.Errorf("%s: events.jsonld differs from json.Marshal:\n%s", name, lineDiff(string(want)+"\n", got.String()))
		}

		got.Reset()
		if err := c.writeTimelineJS(&got); err != nil {
			t.Fatal(err)
		}
		doc := tlDoc{Title: &tlSlide{Text: tlText{Headline: html.EscapeString(c.Title), Text: tlPara(c.Description)}}, Events: []tlSlide{}}
		anyKey := slices.ContainsFunc(c.m().Events, func(e *eventView) bool { return e.Key })
		for _, e := range c.m().Events {
			if !e.ev.Date.IsZero() {
				doc.Events = append(doc.Events, tlSlideOf(e, anyKey))
			}
		}
		want, err = marshalJSON(doc)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s: timelinejs.json differs from marshalJSON:\n%s", name, lineDiff(string(want), got.String()))
		}
	}
}

// TestRenderTo: RenderTo hands over each of Render's files once, with the
// same bytes, the large ones streamed; an error of emit stops it and is
// returned as it is.
func TestRenderTo(t *testing.T) {
	opt := Options{Title: "T", BaseURL: "https://news.example/t/", LiveReload: true}
	tl := synthetic(450) // paged: a page per year
	want, err := Render(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]byte{}
	var streamed []string
	err = RenderTo(tl, opt, func(f File) error {
		if _, dup := got[f.Path]; dup {
			t.Errorf("%s handed over twice", f.Path)
		}
		if f.Stream != nil {
			streamed = append(streamed, f.Path)
		}
		data, err := f.Bytes()
		got[f.Path] = bytes.Clone(data) // Data is reused once emit returns
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("RenderTo gave %d files, Render %d", len(got), len(want))
	}
	for _, f := range want {
		if !bytes.Equal(got[f.Path], f.Data) {
			t.Errorf("%s differs", f.Path)
		}
	}
	slices.Sort(streamed)
	if w := []string{"events.jsonld", "timeline.json", "timeline.md", "timelinejs.json"}; !slices.Equal(streamed, w) {
		t.Errorf("streamed %q, want %q", streamed, w)
	}

	stop := errors.New("disk full")
	n := 0
	err = RenderTo(tl, opt, func(f File) error {
		n++
		if n == 100 {
			return stop
		}
		return nil
	})
	if err != stop || n != 100 {
		t.Errorf("after emit failed: %v, %d files handed over, want %v and 100", err, n, stop)
	}
}

// TestRenderConcurrently: the formats rendered at once hand over Render's
// files, each once and with the same bytes, whatever the number of lanes;
// an error of emit stops every lane and is returned as it is.
func TestRenderConcurrently(t *testing.T) {
	opt := Options{Title: "T", BaseURL: "https://news.example/t/", LiveReload: true}
	tl := synthetic(450)
	want, err := Render(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, lanes := range []int{1, 2, 4, 16} {
		var mu sync.Mutex
		got := map[string][]byte{}
		err := render(tl, opt, lanes, func(f File) error {
			data, err := f.Bytes()
			data = bytes.Clone(data)
			mu.Lock()
			defer mu.Unlock()
			if _, dup := got[f.Path]; dup {
				t.Errorf("lanes %d: %s handed over twice", lanes, f.Path)
			}
			got[f.Path] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("lanes %d: %d files, Render %d", lanes, len(got), len(want))
		}
		for _, f := range want {
			if !bytes.Equal(got[f.Path], f.Data) {
				t.Errorf("lanes %d: %s differs", lanes, f.Path)
			}
		}
	}
	stop := errors.New("disk full")
	var n atomic.Int64
	err = RenderConcurrently(tl, opt, func(f File) error {
		if n.Add(1) >= 100 {
			return stop
		}
		if _, err := f.Bytes(); err != nil {
			return err
		}
		return nil
	})
	// Each lane stops at its next file: a few more may have been offered.
	if err != stop || n.Load() > 100+int64(len(renders)) {
		t.Errorf("after emit failed: %v, %d files handed over, want %v and about 100", err, n.Load(), stop)
	}
}
