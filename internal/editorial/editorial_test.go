package editorial

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

func day(s string) timeline.Date {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func src(article, sentence string, pub string, off int) timeline.Source {
	return timeline.Source{Article: article, Sentence: sentence, Published: day(pub), Offset: off, Expression: "Tuesday", Value: pub}
}

// fixture is three events: a meeting two articles report, a second
// meeting event that is the same happening, and a statement.
func fixture() *timeline.Timeline {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "2024-06-18-meeting-a", Date: day("2024-06-18"), Title: "A met B", Summary: "A met B on Tuesday.",
			Actors: []string{"A", "B"}, Salience: 2,
			Sources: []timeline.Source{src("a.md", "A met B on Tuesday.", "2024-06-18", 10), src("b.md", "B and A met.", "2024-06-19", 4)}},
		{ID: "2024-06-18-talks-a", Date: day("2024-06-18"), Title: "A and B held talks", Summary: "Talks were held.",
			Actors: []string{"A", "C"}, Places: []string{"Seoul"}, Salience: 1, Key: true,
			Sources: []timeline.Source{src("c.md", "Talks were held.", "2024-06-18", 0), src("b.md", "B and A met.", "2024-06-19", 4)}},
		{ID: "2024-06-20-statement-c", Date: day("2024-06-20"), Title: "C said things", Summary: "C said things.",
			Sources: []timeline.Source{src("c.md", "C said things.", "2024-06-20", 40)}},
	}}
	tl.Sort()
	return tl
}

func ids(tl *timeline.Timeline) []string {
	var out []string
	for _, e := range tl.Events {
		out = append(out, e.ID)
	}
	return out
}

func event(t *testing.T, tl *timeline.Timeline, id string) timeline.Event {
	t.Helper()
	for _, e := range tl.Events {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("event %q missing from %v", id, ids(tl))
	return timeline.Event{}
}

func TestApply(t *testing.T) {
	f, err := Parse("editorial.yaml", []byte(`events:
  2024-06-18-meeting-a:
    title: "A hosts B"
    key: true
    merge: [2024-06-18-talks-a]
  2024-06-20-statement-c:
    date: 2024-06
    summary: C spoke.
  2019-01-01-gone:
    hide: true
`))
	if err != nil {
		t.Fatal(err)
	}
	tl := fixture()
	warnings := f.Apply(tl)
	if want := []string{`editorial.yaml:9: event "2019-01-01-gone" not found; kept`}; !slices.Equal(warnings, want) {
		t.Errorf("warnings = %q, want %q", warnings, want)
	}
	// The statement moved to June 2024, which sorts before its days.
	if got, want := ids(tl), []string{"2024-06-20-statement-c", "2024-06-18-meeting-a"}; !slices.Equal(got, want) {
		t.Fatalf("events = %v, want %v", got, want)
	}
	m := event(t, tl, "2024-06-18-meeting-a")
	if m.Title != "A hosts B" || !m.Key || !slices.Equal(m.Edited, []string{"title", "key", "merge"}) {
		t.Errorf("meeting = %q key %v edited %v", m.Title, m.Key, m.Edited)
	}
	var arts []string
	for _, s := range m.Sources {
		arts = append(arts, s.Article)
	}
	if want := []string{"a.md", "c.md", "b.md"}; !slices.Equal(arts, want) {
		t.Errorf("merged sources = %v, want %v (deduplicated, by publication date)", arts, want)
	}
	if want := []string{"A", "B", "C"}; !slices.Equal(m.Actors, want) {
		t.Errorf("actors = %v, want %v", m.Actors, want)
	}
	s := event(t, tl, "2024-06-20-statement-c")
	if s.Date.String() != "2024-06" || s.Summary != "C spoke." || !slices.Equal(s.Edited, []string{"summary", "date"}) {
		t.Errorf("statement = %s %q edited %v", s.Date, s.Summary, s.Edited)
	}
	if s.Sources[0].Value != "2024-06-20" {
		t.Errorf("source value = %q; the source keeps what it said", s.Sources[0].Value)
	}
}

func TestHideAndDropSources(t *testing.T) {
	f, err := Parse("ed.yaml", []byte(`events:
  2024-06-18-meeting-a:
    drop-sources: [a.md, nowhere.md]
  2024-06-18-talks-a:
    hide: true
  2024-06-20-statement-c:
    drop-sources: c.md
`))
	if err != nil {
		t.Fatal(err)
	}
	tl := fixture()
	warnings := f.Apply(tl)
	want := []string{
		`ed.yaml:3: event "2024-06-18-meeting-a" has no source from "nowhere.md"; kept`,
		`ed.yaml:2: event "2024-06-18-meeting-a": its title came from a dropped source; give it a title`,
		`ed.yaml:6: event "2024-06-20-statement-c" has no source left after drop-sources; it is left out`,
	}
	if !slices.Equal(warnings, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
	if got := ids(tl); !slices.Equal(got, []string{"2024-06-18-meeting-a"}) {
		t.Fatalf("events = %v", got)
	}
	m := tl.Events[0]
	if len(m.Sources) != 1 || m.Sources[0].Article != "b.md" || m.Summary != "B and A met." || !slices.Equal(m.Edited, []string{"drop-sources"}) {
		t.Errorf("meeting = %+v", m)
	}
}

func TestMergeChainAndMissing(t *testing.T) {
	f, err := Parse("e.yaml", []byte(`events:
  2024-06-18-meeting-a:
    merge:
      - 2024-06-18-talks-a
      - 2024-06-21-nothing
  2024-06-18-talks-a:
    title: Talks
`))
	if err != nil {
		t.Fatal(err)
	}
	tl := fixture()
	warnings := f.Apply(tl)
	want := []string{
		`e.yaml:5: event "2024-06-21-nothing" not found; kept`,
		`e.yaml:6: event "2024-06-18-talks-a" is merged into "2024-06-18-meeting-a"; its corrections are kept but not applied`,
	}
	if !slices.Equal(warnings, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
	if got := ids(tl); len(got) != 2 {
		t.Errorf("events = %v", got)
	}
}

func TestApplyDeterministic(t *testing.T) {
	f, err := Parse("e.yaml", []byte("events:\n  2024-06-18-talks-a:\n    merge: [2024-06-18-meeting-a]\n    date: 2024-W25\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, b := fixture(), fixture()
	f.Apply(a)
	f.Apply(b)
	if !slices.EqualFunc(a.Events, b.Events, func(x, y timeline.Event) bool {
		return x.ID == y.ID && x.Date == y.Date && slices.Equal(x.Sources, y.Sources) && slices.Equal(x.Edited, y.Edited)
	}) {
		t.Error("the same file applied twice to the same timeline gave different results")
	}
	if e := event(t, a, "2024-06-18-talks-a"); !slices.Equal(e.Edited, []string{"date", "merge"}) || e.Date.String() != "2024-W25" {
		t.Errorf("edited = %v, date %s", e.Edited, e.Date)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"unknown field", "events:\n  2024-06-18-a:\n    titel: x\n", `e.yaml:3: 2024-06-18-a: unknown field "titel" (want title, summary, date, key, hide, merge, drop-sources)`},
		{"unknown key", "event:\n  x: {}\n", `e.yaml:1: unknown key "event" (want events)`},
		{"bad date", "events:\n  a:\n    date: 18/06/2024\n", `e.yaml:3: a: date "18/06/2024": want a date such as 2024, 2024-Q2, 2024-06, 2024-W25 or 2024-06-18`},
		{"impossible date", "events:\n  a:\n    date: 2024-02-30\n", `e.yaml:3: a: date "2024-02-30": want a date such as 2024, 2024-Q2, 2024-06, 2024-W25 or 2024-06-18`},
		{"bad bool", "events:\n  a:\n    hide: yes please\n", `e.yaml:3: a: hide: want true or false, not "yes please"`},
		{"bad id", "events:\n  Big Summit:\n    hide: true\n", `e.yaml:2: "Big Summit" is not an event id (lower-case letters, digits and hyphens; dateline extract --ids lists them)`},
		{"duplicate", "events:\n  a:\n    hide: true\n  a:\n    key: true\n", `e.yaml:4: event "a" is already corrected at line 2`},
		{"self merge", "events:\n  a:\n    merge: [b, a]\n", `e.yaml:3: a: merge: an event cannot be merged into itself`},
		{"merge map", "events:\n  a:\n    merge: {b: 1}\n", `e.yaml:3: a: merge: want a list of names`},
		{"empty title", "events:\n  a:\n    title: \"\"\n", `e.yaml:3: a: title: empty (remove the field to keep the extracted text)`},
		{"bidi title", "events:\n  a:\n    title: \"x\\u202Ey\"\n", `e.yaml:3: a: title: control character U+202E`},
		{"not a mapping", "events:\n  a: hide\n", `e.yaml:2: a: want a mapping of fields (title, summary, date, key, hide, merge, drop-sources)`},
		{"syntax", "events:\n\ta: 1\n", `e.yaml:2: found character that cannot start any token`},
		{"top list", "- a\n", `e.yaml:1: want a mapping with one key, events`},
		{"binary", "events:\x00", `e.yaml: not a text file`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("e.yaml", []byte(tc.in))
			if err == nil {
				t.Fatalf("Parse(%q) = nil error, want %q", tc.in, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("Parse(%q) error:\n got %s\nwant %s", tc.in, err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is more than one line", err)
			}
		})
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "# nothing yet\n", "events:\n", "events: {}\n"} {
		f, err := Parse("e.yaml", []byte(in))
		if err != nil || len(f.Overrides) != 0 {
			t.Errorf("Parse(%q) = %v, %v; want no overrides", in, f, err)
		}
	}
}

// TestLoadLeavesFile checks that loading and applying never writes the
// editor's file, even when its overrides are stale.
func TestLoadLeavesFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), Name)
	data := []byte("events:\n  2000-01-01-old:\n    title: Old\n")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if w := f.Apply(fixture()); len(w) != 1 {
		t.Errorf("warnings = %q, want one", w)
	}
	got, err := os.ReadFile(p)
	if err != nil || string(got) != string(data) {
		t.Errorf("file after Apply = %q, %v; want it unchanged", got, err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("Load of a missing file: no error")
	}
}

func TestReadFileRefuses(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Load(folder) = %v, want not a regular file", err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, make([]byte, MaxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "over") {
		t.Errorf("Load(big) = %v, want too large", err)
	}
}

// FuzzParse checks that no editorial file panics, every error is one
// line "name:line: reason" or "name: reason", and applying what parses
// keeps the timeline in order.
func FuzzParse(f *testing.F) {
	f.Add([]byte("events:\n  2024-06-18-meeting-a:\n    title: T\n    merge: [2024-06-18-talks-a]\n  2024-06-20-statement-c:\n    drop-sources: [c.md]\n    date: 2024-W25\n"))
	f.Add([]byte("events:\n  a:\n    hide: true\n"))
	f.Add([]byte("events: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ed, err := Parse("e.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "e.yaml") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q: want one line starting with the file name", err)
			}
			return
		}
		tl := fixture()
		for _, w := range ed.Apply(tl) {
			if strings.Contains(w, "\n") {
				t.Errorf("warning %q is more than one line", w)
			}
		}
		for i, e := range tl.Events {
			if len(e.Sources) == 0 {
				t.Errorf("event %s has no source", e.ID)
			}
			if i > 0 && e.Date.Before(tl.Events[i-1].Date) {
				t.Errorf("events out of order after Apply")
			}
		}
	})
}

// TestKindChangedID: new sources told the event as another kind, which
// changed the kind in its id; the correction keyed by the old id finds the
// one event of the same date and people, and says so.
func TestKindChangedID(t *testing.T) {
	f, err := Parse("e.yaml", []byte("events:\n  2024-06-20-meeting-c:\n    title: C spoke\n"))
	if err != nil {
		t.Fatal(err)
	}
	tl := fixture() // has 2024-06-20-statement-c
	warnings := f.Apply(tl)
	if got := event(t, tl, "2024-06-20-statement-c").Title; got != "C spoke" {
		t.Errorf("title %q: the correction did not follow the event", got)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], `is now "2024-06-20-statement-c"; applied`) {
		t.Errorf("warnings %q", warnings)
	}
	// Two events of that date and people: no guess.
	f, _ = Parse("e.yaml", []byte("events:\n  2024-06-18-visit-a:\n    title: X\n"))
	tl = fixture()
	tl.Events[1].ID = "2024-06-18-statement-a"
	if w := f.Apply(tl); len(w) != 1 || !strings.Contains(w[0], "not found; kept") {
		t.Errorf("ambiguous: warnings %q", w)
	}
}
