package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/archive"
)

// TestSiteSize builds the site of 1,000 generated articles (internal/archive)
// and checks that it is under 20 MB (issue 14: 164 MB once, when every
// actor page repeated its events with their sources) and that it grows
// linearly: at most a fixed size per event (its page, with the inline
// stylesheet, and its lines in lists) and per source sentence (quoted on
// the event's page, its year's page and in timeline.json, timeline.md and
// timelinejs.json), never the timeline again per actor. With -short, 300
// articles.
func TestSiteSize(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 300
	}
	dir := filepath.Join(t.TempDir(), "archive")
	if err := archive.Generate(dir, n, 1); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCmd(t, "", "build", "--quiet", "--out", out, dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s%s", code, stdout, stderr)
	}
	var size int64
	var files int
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
			size += info.Size()
			files++
		}
		return nil
	})
	data, err := os.ReadFile(filepath.Join(out, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	tl := decode(t, string(data))
	events, sources := len(tl.Events), 0
	for _, e := range tl.Events {
		sources += len(e.Sources)
	}
	t.Logf("%d articles: %d events, %d sources, %d files, %.1f MB (%d bytes an event, %d a source)",
		n, events, sources, files, float64(size)/1e6, size/int64(max(events, 1)), size/int64(max(sources, 1)))
	if events == 0 {
		t.Fatal("no events")
	}
	if n == 1000 && size >= 20e6 {
		t.Errorf("the site of 1,000 articles is %.1f MB, want under 20 MB", float64(size)/1e6)
	}
	const perEvent, perSource = 10 << 10, 2 << 10
	if bound := int64(events*perEvent + sources*perSource); size > bound {
		t.Errorf("%d bytes, more than %d per event and %d per source (%d): the site grows faster than the timeline", size, perEvent, perSource, bound)
	}
}
