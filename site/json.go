package site

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"sync"

	"github.com/dateline-news/dateline/internal/ordered"
	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/timeline"
)

// JSON renders timeline.json: the Timeline itself, events in date order,
// indented, with a final newline. Empty lists are [] rather than null.
func JSON(t *timeline.Timeline, opt Options) ([]File, error) {
	return run(t, opt, (*config).json)
}

func (c *config) json(emit func(File) error) error {
	return emit(File{Path: "timeline.json", Stream: func(w io.Writer) error { return writeJSON(w, c.t) }})
}

// WriteJSON writes what JSON renders as timeline.json to w, an event at a
// time: the document is never whole in memory (dateline extract streams it
// to standard output).
func WriteJSON(w io.Writer, t *timeline.Timeline) error {
	if t == nil {
		return fmt.Errorf("nil timeline")
	}
	nt, err := normalize(t)
	if err != nil {
		return err
	}
	return writeJSON(w, nt)
}

// writeJSON writes the normalised t as marshalJSON(t) would, byte for
// byte: each event and article is indented on its own at the depth it
// has in the document. TestWriteJSON checks this against marshalJSON, and
// that Timeline has no field but these two lists.
func writeJSON(w io.Writer, t *timeline.Timeline) error {
	if _, err := io.WriteString(w, "{\n  \"events\": "); err != nil {
		return err
	}
	if err := writeList(w, t.Events); err != nil {
		return err
	}
	if _, err := io.WriteString(w, ",\n  \"articles\": "); err != nil {
		return err
	}
	if err := writeList(w, t.Articles); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n}\n")
	return err
}

// writeList writes a list of the document's top level, its elements
// indented four spaces: "[]" when empty.
func writeList[T any](w io.Writer, list []T) error {
	if len(list) == 0 {
		_, err := io.WriteString(w, "[]")
		return err
	}
	// The elements are marshalled on every core and written in order,
	// each in a room of its own that goes back to the pool once written.
	type marshalled struct {
		r   *jsonRoom
		err error
	}
	var err error
	ordered.Run(len(list), 0, 0, func(i int) marshalled {
		// json.MarshalIndent, in room used again: the Encoder marshals
		// as json.Marshal does (and adds a newline), appendIndent
		// indents as json.Indent.
		r := jsonRooms.Get().(*jsonRoom)
		r.buf.Reset()
		if err := r.enc.Encode(&list[i]); err != nil {
			jsonRooms.Put(r)
			return marshalled{nil, err}
		}
		r.out = appendIndent(r.out[:0], bytes.TrimSuffix(r.buf.Bytes(), []byte("\n")), "    ", "  ")
		return marshalled{r, nil}
	}, func(i int, m marshalled) {
		if m.r != nil {
			defer jsonRooms.Put(m.r)
		}
		switch {
		case err != nil:
			return
		case m.err != nil:
			err = fmt.Errorf("marshal json: %w", m.err)
			return
		}
		sep := ",\n    "
		if i == 0 {
			sep = "[\n    "
		}
		if _, err = io.WriteString(w, sep); err == nil {
			_, err = w.Write(m.r.out)
		}
	})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n  ]")
	return err
}

// jsonRoom is an Encoder, the buffer it writes to, and the element
// indented as writeList's elements are.
type jsonRoom struct {
	buf bytes.Buffer
	enc *json.Encoder
	out []byte
}

var jsonRooms = sync.Pool{New: func() any {
	r := new(jsonRoom)
	r.enc = json.NewEncoder(&r.buf)
	return r
}}

// marshalJSON indents v with two spaces and adds a newline. encoding/json
// writes <, > and & as \u003c, \u003e and \u0026, so the text can never
// close a <script> element it is pasted into.
func marshalJSON(v any) ([]byte, error) {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal json: %w", err)
	}
	return append(data, '\n'), nil
}

// schema.org types for the JSON-LD in the event pages and events.jsonld.
type ldEvent struct {
	Context     string      `json:"@context,omitempty"`
	Type        string      `json:"@type"`
	Name        string      `json:"name"`
	Description string      `json:"description,omitempty"`
	StartDate   string      `json:"startDate,omitempty"`
	EndDate     string      `json:"endDate,omitempty"`
	URL         string      `json:"url,omitempty"`
	Location    []ldThing   `json:"location,omitempty"`
	About       []ldThing   `json:"about,omitempty"`
	SubjectOf   []ldArticle `json:"subjectOf,omitempty"`
}

type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type ldArticle struct {
	Type          string   `json:"@type"`
	Headline      string   `json:"headline"`
	URL           string   `json:"url,omitempty"`
	DatePublished string   `json:"datePublished,omitempty"`
	Publisher     *ldThing `json:"publisher,omitempty"`
}

type ldGraph struct {
	Context string    `json:"@context"`
	Graph   []ldEvent `json:"@graph"`
}

// eventLD is the schema.org Event for e. Dates keep their granularity
// (policy.ISORange): a year is "2000" and a month "2024-05", never a first
// day; a week is its first and last day as startDate and endDate, a quarter
// its first and last month.
func eventLD(c *config, e *eventView) ldEvent {
	ld := ldEvent{Type: "Event", Name: e.Title, Description: e.Summary, URL: c.canonical("events/" + e.ID + "/")}
	if !e.ev.Date.IsZero() {
		ld.StartDate, ld.EndDate = policy.ISORange(e.ev.Date)
	}
	if !e.ev.End.IsZero() {
		first, last := policy.ISORange(e.ev.End)
		ld.EndDate = cmp.Or(last, first)
	}
	for _, p := range e.Places {
		ld.Location = append(ld.Location, ldThing{"Place", p.Name})
	}
	for _, a := range e.Actors {
		ld.About = append(ld.About, ldThing{"Thing", a.Name})
	}
	cited := e.cited(0) // each article once, no sentence
	if len(cited) > 0 {
		ld.SubjectOf = make([]ldArticle, 0, len(cited))
	}
	for _, s := range cited {
		a := ldArticle{Type: "NewsArticle", Headline: s.Title, URL: s.URL}
		if s.Published != nil {
			a.DatePublished = s.Published.Datetime
		}
		if s.Outlet != "" {
			a.Publisher = &ldThing{"Organization", s.Outlet}
		}
		ld.SubjectOf = append(ld.SubjectOf, a)
	}
	return ld
}

// jsonLD marshals one event for a <script type="application/ld+json">
// element. It is the only place a value becomes template.JS: encoding/json
// escapes "<" (and U+2028, U+2029), so no text can end the element.
func jsonLD(c *config, ld ldEvent) (template.JS, error) {
	ld.Context = "https://schema.org"
	data, err := json.Marshal(ld)
	if err != nil {
		return "", fmt.Errorf("marshal json-ld: %w", err)
	}
	if bytes.Contains(data, []byte("<")) {
		return "", fmt.Errorf("marshal json-ld: unescaped <")
	}
	return template.JS(data), nil
}

// eventsLD writes events.jsonld: every event in one schema.org graph,
// compact (it is for machines, and large), as json.Marshal of an ldGraph
// would, byte for byte, an event at a time.
func eventsLD(w io.Writer, c *config, events []*eventView) error {
	if _, err := io.WriteString(w, `{"@context":"https://schema.org","@graph":[`); err != nil {
		return err
	}
	// The events are marshalled on every core and written in order.
	err := writeChunks(w, len(events), func(i int, b *bytes.Buffer) error {
		if i > 0 {
			b.WriteByte(',')
		}
		data, err := json.Marshal(eventLD(c, events[i]))
		if err != nil {
			return fmt.Errorf("marshal json-ld: %w", err)
		}
		b.Write(data)
		return nil
	})
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, "]}\n")
	return err
}
