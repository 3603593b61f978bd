package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestTopFromTo: --top N keeps the N most salient events in date order (an
// event known to a month or a year counting half, the day of an article's
// headline news told beyond its headline and lead two more), and
// --from/--to a window of dates; a bad date is a usage error.
func TestTopFromTo(t *testing.T) {
	dir := shared(t, "seeds")
	code, stdout, stderr := runCmd(t, "", "extract", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	all := decode(t, stdout)
	code, stdout, stderr = runCmd(t, "", "extract", "--format", "json", "--top", "3", dir)
	if code != 0 {
		t.Fatalf("--top 3: exit %d: %s", code, stderr)
	}
	top := decode(t, stdout)
	if len(top.Events) != 3 {
		t.Fatalf("--top 3 gave %d events", len(top.Events))
	}
	// A date coarser than a day counts half its salience in the cut: a
	// moment of the story is a day.
	moment := func(e timeline.Event) float64 {
		if e.Date.Gran != timeline.Day {
			return e.Salience / 2
		}
		return e.Salience
	}
	// The day of an article's headline news, told beyond its headline
	// and lead (a salience above 1.5), counts two more (extract's
	// headlineWeight).
	headline := func(e timeline.Event) float64 {
		for _, s := range e.Sources {
			if s.Title != "" && s.Sentence == s.Title && e.Date.Gran == timeline.Day && e.Salience > 1.5 {
				return 2
			}
		}
		return 0
	}
	var sal []float64
	for _, e := range all.Events {
		sal = append(sal, moment(e)+headline(e))
	}
	slices.Sort(sal)
	third := sal[len(sal)-3]
	for i, e := range top.Events {
		if moment(e)+headline(e) < third {
			t.Errorf("--top 3 kept %s (salience %v as a moment), below the third highest %v", e.ID, moment(e), third)
		}
		if i > 0 && e.Date.Before(top.Events[i-1].Date) {
			t.Errorf("--top 3 not in date order: %s after %s", e.ID, top.Events[i-1].ID)
		}
	}
	code, stdout, stderr = runCmd(t, "", "extract", "--format", "json", "--from", "2024", "--to", "2024-06", dir)
	if code != 0 {
		t.Fatalf("--from/--to: exit %d: %s", code, stderr)
	}
	win := decode(t, stdout)
	if len(win.Events) == 0 || len(win.Events) >= len(all.Events) {
		t.Errorf("--from 2024 --to 2024-06 kept %d of %d events", len(win.Events), len(all.Events))
	}
	for _, e := range win.Events {
		if !strings.HasPrefix(e.Date.String(), "2024") {
			t.Errorf("--from 2024 --to 2024-06 kept %s", e.ID)
		}
	}
	if code, _, stderr := runCmd(t, "", "extract", "--from", "June", dir); code == 0 || !strings.Contains(stderr, "--from") {
		t.Errorf("--from June: exit %d, %q; want a usage error", code, stderr)
	}
}

// TestBuildTop: build takes the same cut as extract.
func TestBuildTop(t *testing.T) {
	dir := shared(t, "seeds")
	out := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := runCmd(t, "", "build", "--top", "4", "--out", out, dir); code != 0 {
		t.Fatalf("build --top 4: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	if tl := decode(t, string(data)); len(tl.Events) != 4 {
		t.Errorf("build --top 4 published %d events", len(tl.Events))
	}
}
