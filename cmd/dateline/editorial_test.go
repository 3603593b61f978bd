package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// copyCorpus copies examples/corpus into a fresh folder and returns it.
func copyCorpus(t *testing.T) string {
	t.Helper()
	src := filepath.Join(moduleRoot(t), "examples", "corpus")
	dst := filepath.Join(t.TempDir(), "articles")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readJSON(t *testing.T, path string) timeline.Timeline {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return tl
}

func find(tl timeline.Timeline, id string) *timeline.Event {
	for i := range tl.Events {
		if tl.Events[i].ID == id {
			return &tl.Events[i]
		}
	}
	return nil
}

func articlesOf(e *timeline.Event) []string {
	var out []string
	for _, s := range e.Sources {
		if !slices.Contains(out, s.Article) {
			out = append(out, s.Article)
		}
	}
	return out
}

// TestEditorial builds the example corpus with an editor's corrections,
// checks every output shows them, then adds articles that report the
// corrected event and rebuilds: the corrections still apply.
func TestEditorial(t *testing.T) {
	dir := copyCorpus(t)
	code, stdout, stderr := runCmd(t, "", "extract", dir)
	if code != 0 {
		t.Fatalf("extract: exit %d\n%s", code, stderr)
	}
	before := decode(t, stdout)

	// The corrected event is the one most articles report (the summit at
	// the Vostochny Cosmodrome); the hidden one an event of one source;
	// the merged one an event citing an article the corrected one lacks;
	// the redated one any other.
	var target *timeline.Event
	for i := range before.Events {
		if e := &before.Events[i]; target == nil || len(articlesOf(e)) > len(articlesOf(target)) {
			target = e
		}
	}
	if !strings.Contains(target.Title, "Vostochny") {
		t.Fatalf("the event most articles report is %q, not the Vostochny summit", target.Title)
	}
	var hidden, merged, redated *timeline.Event
	for i := range before.Events {
		e := &before.Events[i]
		switch {
		case e.ID == target.ID:
		case hidden == nil && len(e.Sources) == 1:
			hidden = e
		case merged == nil && slices.ContainsFunc(articlesOf(e), func(a string) bool { return !slices.Contains(articlesOf(target), a) }):
			merged = e
		case redated == nil && e.Date.Gran == timeline.Day && e.Date.Year == 2024:
			redated = e
		}
	}
	if hidden == nil || merged == nil || redated == nil {
		t.Fatal("the example corpus lacks an event to hide, merge or redate")
	}
	ed := fmt.Sprintf(`# corrections by the desk
events:
  %s:
    title: Putin hosts Kim at the Vostochny Cosmodrome
    summary: Kim Jong Un and Vladimir Putin held talks at Russia's new spaceport.
    key: true
    merge: [%s]
  %s:
    hide: true
  %s:
    date: 2019-04-25
  2001-01-01-an-event-no-longer-there:
    title: Gone
`, target.ID, merged.ID, hidden.ID, redated.ID)
	writeFile(t, filepath.Join(dir, "editorial.yaml"), ed)

	out := filepath.Join(t.TempDir(), "public")
	check := func(stage string) {
		t.Helper()
		code, _, stderr := runCmd(t, "", "build", "--quiet", "--out", out, dir)
		if code != 0 {
			t.Fatalf("%s: build: exit %d\n%s", stage, code, stderr)
		}
		want := filepath.Join(dir, "editorial.yaml") + `:12: event "2001-01-01-an-event-no-longer-there" not found; kept`
		if !strings.Contains(stderr, want) {
			t.Errorf("%s: stderr lacks %q:\n%s", stage, want, stderr)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "editorial.yaml")); string(b) != ed {
			t.Errorf("%s: editorial.yaml was changed", stage)
		}
		tl := readJSON(t, filepath.Join(out, "timeline.json"))
		e := find(tl, target.ID)
		if e == nil {
			t.Fatalf("%s: the corrected event %s is gone from timeline.json (its id changed?)", stage, target.ID)
		}
		if e.Title != "Putin hosts Kim at the Vostochny Cosmodrome" || !e.Key || !slices.Equal(e.Edited, []string{"title", "summary", "key", "merge"}) {
			t.Errorf("%s: corrected event = %q key %v edited %v", stage, e.Title, e.Key, e.Edited)
		}
		for _, a := range articlesOf(merged) {
			if !slices.Contains(articlesOf(e), a) {
				t.Errorf("%s: merged source %s missing from %v", stage, a, articlesOf(e))
			}
		}
		seen := map[string]bool{}
		for _, s := range e.Sources {
			k := fmt.Sprint(s.Article, s.Sentence, s.Expression)
			if seen[k] {
				t.Errorf("%s: source %q of %s twice", stage, s.Sentence, s.Article)
			}
			seen[k] = true
		}
		if find(tl, hidden.ID) != nil || find(tl, merged.ID) != nil {
			t.Errorf("%s: hidden %s or merged %s still in timeline.json", stage, hidden.ID, merged.ID)
		}
		if r := find(tl, redated.ID); r == nil || r.Date.String() != "2019-04-25" || !slices.Equal(r.Edited, []string{"date"}) {
			t.Errorf("%s: redated event = %+v", stage, r)
		} else if r.Sources[0].Value == "2019-04-25" {
			t.Errorf("%s: the source's value changed with the correction", stage)
		}
		if !slices.IsSortedFunc(tl.Events, func(a, b timeline.Event) int { return a.Date.Compare(b.Date) }) {
			t.Errorf("%s: timeline.json is not in date order after a date correction", stage)
		}
		for _, f := range []string{"timeline.md", "index.html", "timeline/index.html", "embed.html", "feed.atom", "timelinejs.json", filepath.Join("events", target.ID, "index.html")} {
			b, err := os.ReadFile(filepath.Join(out, f))
			if err != nil {
				t.Errorf("%s: %v", stage, err)
				continue
			}
			if !strings.Contains(string(b), "Putin hosts Kim at the Vostochny Cosmodrome") {
				t.Errorf("%s: %s lacks the corrected title", stage, f)
			}
		}
		if md, _ := os.ReadFile(filepath.Join(out, "timeline.md")); !strings.Contains(string(md), "Putin hosts Kim at the Vostochny Cosmodrome (key event) (edited: ") {
			t.Errorf("%s: timeline.md does not mark the corrected event as edited", stage)
		}
		if _, err := os.Stat(filepath.Join(out, "events", hidden.ID)); err == nil {
			t.Errorf("%s: the hidden event still has a page", stage)
		}
		page, _ := os.ReadFile(filepath.Join(out, "events", target.ID, "index.html"))
		if !strings.Contains(string(page), "id: <code>"+target.ID+"</code>") {
			t.Errorf("%s: the event page does not show its id", stage)
		}
	}
	check("first build")

	// New articles report the summit; the override follows its event.
	writeFile(t, filepath.Join(dir, "2023-09-13-aa-morning-wire-cosmodrome.md"), `---
title: "Kim and Putin meet at the cosmodrome"
published: 2023-09-13
outlet: Morning Wire
---

Vladimir Putin met Kim Jong Un on Wednesday at the Vostochny Cosmodrome, where the two leaders toured the launch site before their talks.
`)
	writeFile(t, filepath.Join(dir, "2023-09-15-zz-evening-post-spaceport.md"), `---
title: "What the spaceport summit changed"
published: 2023-09-15
outlet: Evening Post
---

Kim Jong Un's meeting with Vladimir Putin at the Vostochny Cosmodrome on Wednesday was watched closely in Seoul and Tokyo.
`)
	check("after new articles")
	tl := readJSON(t, filepath.Join(out, "timeline.json"))
	if e := find(tl, target.ID); e != nil && !slices.Contains(articlesOf(e), "2023-09-13-aa-morning-wire-cosmodrome.md") {
		t.Errorf("the new article did not join the corrected event: %v", articlesOf(e))
	}

	// extract applies the corrections too; --ids lists id, date, title.
	code, stdout, _ = runCmd(t, "", "extract", "--format", "markdown", dir)
	if code != 0 || !strings.Contains(stdout, "Putin hosts Kim at the Vostochny Cosmodrome") {
		t.Errorf("extract --format markdown: exit %d, corrected title missing", code)
	}
	code, stdout, _ = runCmd(t, "", "extract", "--ids", dir)
	want := target.ID + "\t" + target.Date.String() + "\tPutin hosts Kim at the Vostochny Cosmodrome\n"
	if code != 0 || !strings.Contains(stdout, want) {
		t.Errorf("extract --ids: exit %d, no line %q in\n%s", code, want, stdout)
	}
	for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		if f := strings.Split(line, "\t"); len(f) != 3 || find(tl, f[0]) == nil {
			t.Errorf("extract --ids line %q: want an id of timeline.json, a date and a title", line)
		}
	}
}

// TestEditorialErrors checks that a malformed editorial file fails the
// build with one line, file:line: reason, before anything is written.
func TestEditorialErrors(t *testing.T) {
	dir := copyCorpus(t)
	out := filepath.Join(t.TempDir(), "public")
	for _, tc := range []struct{ name, file, want string }{
		{"unknown field", "events:\n  2023-09-13-x:\n    headline: New\n", `editorial.yaml:3: 2023-09-13-x: unknown field "headline"`},
		{"bad date", "events:\n  2023-09-13-x:\n    date: September 13\n", `editorial.yaml:3: 2023-09-13-x: date "September 13": want a date`},
		{"bad key", "events:\n  2023-09-13-x:\n    key: maybe\n", `editorial.yaml:3: 2023-09-13-x: key: want true or false`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			writeFile(t, filepath.Join(dir, "editorial.yaml"), tc.file)
			for _, args := range [][]string{{"build", "--out", out, dir}, {"extract", dir}} {
				code, stdout, stderr := runCmd(t, "", args...)
				if code != exitError {
					t.Errorf("%s: exit %d, want %d", args[0], code, exitError)
				}
				if !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
					t.Errorf("%s: stderr = %q, want one line with %q", args[0], stderr, tc.want)
				}
				if stdout != "" {
					t.Errorf("%s: stdout = %q, want nothing", args[0], stdout)
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("the build wrote %s", out)
			}
		})
	}
	// --editorial names a file elsewhere; a missing one is an error.
	code, _, stderr := runCmd(t, "", "extract", "--editorial", filepath.Join(dir, "nope.yaml"), dir)
	if code != exitError || !strings.Contains(stderr, "nope.yaml: no such file") {
		t.Errorf("missing --editorial: exit %d, %q", code, stderr)
	}
}
