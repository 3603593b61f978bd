package editorial

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/timeline"
)

// Name is the file's name beside the articles.
const Name = "editorial.yaml"

// Fields are the fields an override may hold, in the order Event.Edited
// lists them (hide removes the event, so it is never listed).
var Fields = []string{"title", "summary", "date", "key", "hide", "merge", "drop-sources"}

// File is a parsed editorial file.
type File struct {
	// Path is the file's name as given, used in every message.
	Path string
	// Overrides are the file's entries, in file order.
	Overrides []Override
}

// Override is the editor's decision about one event.
type Override struct {
	// ID is the event's id; Line is where it stands in the file.
	ID   string
	Line int
	// Title and Summary replace the event's, when not nil.
	Title, Summary *string
	// Date replaces the event's date, when not zero; the sources keep
	// what they said.
	Date timeline.Date
	// Key sets whether the event is a key event, when not nil.
	Key *bool
	// Hide removes the event from every output.
	Hide bool
	// Merge lists events whose sources fold into this one; they disappear.
	Merge []Ref
	// DropSources lists articles (their paths as in Source.Article) whose
	// sources are taken off the event.
	DropSources []Ref
}

// Ref is one id or article path of a list, with its line.
type Ref struct {
	Value string
	Line  int
}

// Load reads and checks the editorial file at path. Any problem is one
// error "path:line: reason"; nothing is applied then.
func Load(path string) (*File, error) {
	b, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, b)
}

// MaxSize is the largest editorial or project file read.
const MaxSize = 4 << 20

// ReadFile reads a small settings file: a regular file (not a folder, a
// pipe or a device that never ends) of at most MaxSize bytes.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil {
		return nil, err
	} else if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("%s: over %d bytes", path, MaxSize)
	}
	return b, nil
}

// Parse checks the editorial file data, named name in messages.
func Parse(name string, data []byte) (*File, error) {
	f := &File{Path: name}
	if !isText(data) {
		return nil, fmt.Errorf("%s: not a text file", name)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s%s", name, yamlError(err))
	}
	if len(doc.Content) == 0 {
		return f, nil // an empty file corrects nothing
	}
	root := doc.Content[0]
	bad := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, n.Line, fmt.Sprintf(format, args...))
	}
	if root.Kind != yaml.MappingNode {
		return nil, bad(root, "want a mapping with one key, events")
	}
	var events *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value != "events" || k.Kind != yaml.ScalarNode {
			return nil, bad(k, "unknown key %q (want events)", k.Value)
		}
		if events != nil {
			return nil, bad(k, "events given twice")
		}
		events = v
	}
	if events == nil || events.Kind == yaml.ScalarNode && events.Tag == "!!null" {
		return f, nil
	}
	if events.Kind != yaml.MappingNode {
		return nil, bad(events, "events: want a mapping of event ids to their corrections")
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(events.Content); i += 2 {
		k, v := events.Content[i], events.Content[i+1]
		if k.Kind != yaml.ScalarNode || !validID(k.Value) {
			return nil, bad(k, "%q is not an event id (lower-case letters, digits and hyphens; dateline extract --ids lists them)", k.Value)
		}
		if l, dup := seen[k.Value]; dup {
			return nil, bad(k, "event %q is already corrected at line %d", k.Value, l)
		}
		seen[k.Value] = k.Line
		o, err := parseOverride(name, k, v)
		if err != nil {
			return nil, err
		}
		f.Overrides = append(f.Overrides, o)
	}
	return f, nil
}

// parseOverride checks one event's entry.
func parseOverride(name string, k, v *yaml.Node) (Override, error) {
	o := Override{ID: k.Value, Line: k.Line}
	bad := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s: %s", name, n.Line, o.ID, fmt.Sprintf(format, args...))
	}
	if v.Kind != yaml.MappingNode {
		return o, bad(v, "want a mapping of fields (%s)", strings.Join(Fields, ", "))
	}
	given := map[string]bool{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		fk, fv := v.Content[i], v.Content[i+1]
		field := fk.Value
		if fk.Kind != yaml.ScalarNode || !slices.Contains(Fields, field) {
			return o, bad(fk, "unknown field %q (want %s)", field, strings.Join(Fields, ", "))
		}
		if given[field] {
			return o, bad(fk, "%s given twice", field)
		}
		given[field] = true
		switch field {
		case "title", "summary":
			s, err := text(fv)
			if err != nil {
				return o, bad(fv, "%s: %v", field, err)
			}
			if field == "title" {
				o.Title = &s
			} else {
				o.Summary = &s
			}
		case "date":
			if fv.Kind != yaml.ScalarNode || fv.Tag == "!!null" {
				return o, bad(fv, "date: want a date such as 2024, 2024-Q2, 2024-06, 2024-W25 or 2024-06-18")
			}
			d, err := timeline.ParseDate(strings.TrimSpace(fv.Value))
			if err != nil || !d.IsValid() {
				return o, bad(fv, "date %q: want a date such as 2024, 2024-Q2, 2024-06, 2024-W25 or 2024-06-18", fv.Value)
			}
			o.Date = d
		case "key", "hide":
			b, err := boolean(fv)
			if err != nil {
				return o, bad(fv, "%s: %v", field, err)
			}
			if field == "key" {
				o.Key = &b
			} else {
				o.Hide = b
			}
		case "merge", "drop-sources":
			refs, err := list(fv)
			if err != nil {
				return o, bad(fv, "%s: %v", field, err)
			}
			for _, r := range refs {
				n := &yaml.Node{Line: r.Line}
				switch {
				case field == "merge" && !validID(r.Value):
					return o, bad(n, "merge: %q is not an event id", r.Value)
				case field == "merge" && r.Value == o.ID:
					return o, bad(n, "merge: an event cannot be merged into itself")
				}
			}
			if field == "merge" {
				o.Merge = refs
			} else {
				o.DropSources = refs
			}
		}
	}
	return o, nil
}

// text is a one-line string field: no control or bidirectional
// formatting characters, which would reach every output.
func text(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", errors.New("want text")
	}
	s := strings.Join(strings.Fields(n.Value), " ")
	if s == "" {
		return "", errors.New("empty (remove the field to keep the extracted text)")
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029' {
			return "", fmt.Errorf("control character %U", r)
		}
	}
	return s, nil
}

func boolean(n *yaml.Node) (bool, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		var b bool
		if err := n.Decode(&b); err == nil {
			return b, nil
		}
	}
	return false, fmt.Errorf("want true or false, not %q", n.Value)
}

// list is a sequence of strings (or one string), each with its line.
func list(n *yaml.Node) ([]Ref, error) {
	one := func(n *yaml.Node) (Ref, error) {
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" || strings.TrimSpace(n.Value) == "" {
			return Ref{}, errors.New("want a list of names")
		}
		return Ref{Value: strings.TrimSpace(n.Value), Line: n.Line}, nil
	}
	if n.Kind == yaml.ScalarNode {
		r, err := one(n)
		if err != nil {
			return nil, err
		}
		return []Ref{r}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, errors.New("want a list of names")
	}
	var refs []Ref
	for _, c := range n.Content {
		r, err := one(c)
		if err != nil {
			return nil, err
		}
		refs = append(refs, r)
	}
	return refs, nil
}

// validID reports whether s could be an event id ([a-z0-9-]).
func validID(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// isText reports whether data looks like a text file: valid UTF-8 and no
// NUL byte.
func isText(data []byte) bool {
	return !bytes.ContainsRune(data, 0) && strings.ToValidUTF8(string(data), "\uFFFD") == string(data)
}

// yamlError turns yaml's "yaml: line 3: did not find expected key" into
// ":3: did not find expected key", so the message reads file:line: reason.
func yamlError(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if rest, ok := strings.CutPrefix(s, "line "); ok {
		if i := strings.Index(rest, ": "); i > 0 {
			return ":" + rest[:i] + ": " + rest[i+2:]
		}
	}
	return ": " + s
}

// Apply makes the file's corrections to tl and returns one warning per
// correction that could not be made ("editorial.yaml:7: event "x" not
// found; kept"). Merges come first, so a merged event's sources can be
// dropped; then sources are dropped, fields replaced, and hidden events
// removed. The events are sorted again, since a date may have changed.
func (f *File) Apply(tl *timeline.Timeline) []string {
	if f == nil || len(f.Overrides) == 0 {
		return nil
	}
	var warnings []string
	warn := func(line int, format string, args ...any) {
		warnings = append(warnings, fmt.Sprintf("%s:%d: %s", f.Path, line, fmt.Sprintf(format, args...)))
	}
	index := make(map[string]int, len(tl.Events))
	loose := map[string][]int{} // by id without its kind (extract.KindFreeID)
	for i, e := range tl.Events {
		index[e.ID] = i
		k := extract.KindFreeID(e.ID)
		loose[k] = append(loose[k], i)
	}
	gone := make([]bool, len(tl.Events))
	mergedInto := map[string]string{}
	edited := make([]map[string]bool, len(tl.Events))
	mark := func(i int, field string) {
		if edited[i] == nil {
			edited[i] = map[string]bool{}
		}
		edited[i][field] = true
	}
	// resolve returns the index of the event with the id. New sources may
	// tell an event as another kind of happening, which changes the kind in
	// its id: then the one event of the same date and people is it, and a
	// warning says so once.
	moved := map[string]bool{}
	resolve := func(id string, line int) (int, bool) {
		if i, ok := index[id]; ok {
			return i, true
		}
		if l := loose[extract.KindFreeID(id)]; len(l) == 1 {
			if !moved[id] {
				moved[id] = true
				warn(line, "event %q is now %q; applied (the file keeps the old id)", id, tl.Events[l[0]].ID)
			}
			return l[0], true
		}
		return 0, false
	}
	// find returns the index of the live event id, or -1 with a warning.
	find := func(id string, line int) int {
		if into, ok := mergedInto[id]; ok {
			warn(line, "event %q is merged into %q above; kept", id, into)
			return -1
		}
		i, ok := resolve(id, line)
		if !ok || gone[i] {
			warn(line, "event %q not found; kept", id)
			return -1
		}
		return i
	}

	for _, o := range f.Overrides {
		if len(o.Merge) == 0 {
			continue
		}
		i := find(o.ID, o.Line)
		if i < 0 {
			continue
		}
		for _, m := range o.Merge {
			j := find(m.Value, m.Line)
			if j < 0 {
				continue
			}
			merge(&tl.Events[i], tl.Events[j])
			gone[j] = true
			mergedInto[m.Value] = o.ID
			mark(i, "merge")
		}
	}
	for _, o := range f.Overrides {
		onlyMerge := o.Title == nil && o.Summary == nil && o.Date.IsZero() && o.Key == nil && !o.Hide && len(o.DropSources) == 0
		if onlyMerge && len(o.Merge) > 0 {
			continue // done above
		}
		if into, ok := mergedInto[o.ID]; ok {
			warn(o.Line, "event %q is merged into %q; its corrections are kept but not applied", o.ID, into)
			continue
		}
		i, ok := resolve(o.ID, o.Line)
		if !ok {
			if len(o.Merge) == 0 { // else reported above
				warn(o.Line, "event %q not found; kept", o.ID)
			}
			continue
		}
		e := &tl.Events[i]
		if len(o.DropSources) > 0 {
			before := slices.Clone(e.Sources)
			for _, d := range o.DropSources {
				n := len(e.Sources)
				e.Sources = slices.DeleteFunc(e.Sources, func(s timeline.Source) bool { return s.Article == d.Value })
				if len(e.Sources) == n {
					warn(d.Line, "event %q has no source from %q; kept", o.ID, d.Value)
				} else {
					mark(i, "drop-sources")
				}
			}
			if len(e.Sources) == 0 {
				warn(o.Line, "event %q has no source left after drop-sources; it is left out", o.ID)
				gone[i] = true
				continue
			}
			// The summary is a source's sentence: when that source was
			// dropped, the best remaining one (the first) says it instead.
			if o.Summary == nil && slices.ContainsFunc(before, func(s timeline.Source) bool {
				return s.Sentence == e.Summary && !slices.ContainsFunc(e.Sources, func(t timeline.Source) bool { return t.Sentence == e.Summary })
			}) {
				e.Summary = e.Sources[0].Sentence
				if o.Title == nil {
					warn(o.Line, "event %q: its title came from a dropped source; give it a title", o.ID)
				}
			}
		}
		// A field the editor gives is marked edited even when it says
		// what the extraction said: it is the editor's decision now.
		if o.Title != nil {
			e.Title = *o.Title
			mark(i, "title")
		}
		if o.Summary != nil {
			e.Summary = *o.Summary
			mark(i, "summary")
		}
		if !o.Date.IsZero() {
			e.Date = o.Date
			// A span ends after it starts; a corrected start past the
			// old end leaves one date.
			if !e.End.IsZero() && !e.End.First().After(o.Date.Last()) {
				e.End = timeline.Date{}
			}
			mark(i, "date")
		}
		if o.Key != nil {
			e.Key = *o.Key
			mark(i, "key")
		}
		if o.Hide {
			gone[i] = true
		}
	}

	kept := tl.Events[:0]
	for i, e := range tl.Events {
		if gone[i] {
			continue
		}
		e.Edited = nil
		for _, field := range Fields {
			if edited[i][field] {
				e.Edited = append(e.Edited, field)
			}
		}
		kept = append(kept, e)
	}
	clear(tl.Events[len(kept):])
	tl.Events = kept
	tl.Sort()
	return warnings
}

// merge folds o's sources, actors and places into e, without duplicates,
// in the order extract gives sources (publication date, article, offset).
func merge(e *timeline.Event, o timeline.Event) {
	type at struct {
		article, sentence string
		offset            int
	}
	seen := map[at]bool{}
	for _, s := range e.Sources {
		seen[at{s.Article, s.Sentence, s.Offset}] = true
	}
	for _, s := range o.Sources {
		k := at{s.Article, s.Sentence, s.Offset}
		if !seen[k] {
			seen[k] = true
			e.Sources = append(e.Sources, s)
		}
	}
	slices.SortStableFunc(e.Sources, func(x, y timeline.Source) int {
		if c := x.Published.Compare(y.Published); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(x.Article, y.Article), cmp.Compare(x.Offset, y.Offset))
	})
	e.Actors = union(e.Actors, o.Actors)
	e.Places = union(e.Places, o.Places)
	e.Key = e.Key || o.Key
	e.Salience = max(e.Salience, o.Salience)
}

func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}
