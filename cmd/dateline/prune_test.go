package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cacheFiles counts the entry files of a cache, and its key lists.
func cacheFiles(t *testing.T, cache string) (entries, lists int) {
	t.Helper()
	filepath.WalkDir(cache, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil || d.IsDir():
		case isKey(d.Name()):
			entries++
		case strings.HasPrefix(d.Name(), "keys-"):
			lists++
		}
		return nil
	})
	return entries, lists
}

// A cache keeps the entries the last two runs of its options used, and no
// others: an article's old version goes two runs after it changed; a run
// over one article costs the next full run nothing; files dateline did
// not write, and temporary files of a write under way, are left alone.
func TestCachePrune(t *testing.T) {
	corpus := cacheCorpus(t)
	cache := filepath.Join(t.TempDir(), "cache")
	extractCached(t, corpus, cache)
	if n, lists := cacheFiles(t, cache); n != 10 || lists != 1 {
		t.Fatalf("after the first run: %d entries, %d key lists; want 10 and 1", n, lists)
	}
	changeOne(t, corpus)
	want, _ := fresh(t, corpus)
	extractCached(t, corpus, cache)
	if n, _ := cacheFiles(t, cache); n != 11 {
		t.Errorf("one article changed: %d entries, want 11 (the old version, used by the run before, is kept)", n)
	}
	extractCached(t, corpus, cache)
	if n, _ := cacheFiles(t, cache); n != 10 {
		t.Errorf("a run later: %d entries, want 10", n)
	}

	// A run over one article, then the whole corpus again.
	builds, _ := filepath.Glob(filepath.Join(cache, "*", "keys-*"))
	build := filepath.Dir(builds[0])
	fan := ""
	entries, _ := os.ReadDir(build)
	for _, e := range entries {
		if e.IsDir() {
			fan = filepath.Join(build, e.Name())
			break
		}
	}
	theirs := filepath.Join(fan, "notes.txt")
	young := filepath.Join(fan, ".entry-123")
	stale := filepath.Join(fan, ".entry-456")
	for _, p := range []string{theirs, young, stale} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(stale, old, old)
	code, _, errs := runCmd(t, "", "extract", "--now", "2026-12-01", "--cache", cache, "--format", "json", filepath.Join(corpus, changedArticle))
	if code != 0 {
		t.Fatalf("one article: exit %d: %s", code, errs)
	}
	if n, _ := cacheFiles(t, cache); n != 10 {
		t.Errorf("after a run over one article: %d entries, want 10", n)
	}
	if out, _, hits := extractCached(t, corpus, cache); hits != "10/10" || out != want {
		t.Errorf("the whole corpus after a run over one article: %s from the cache; same timeline: %v", hits, out == want)
	}
	for _, p := range []string{theirs, young} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
		}
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a killed write's temporary file, two hours old, is still there")
	}

	// Option sets run lately are kept, older ones go.
	for _, tz := range []string{"Asia/Tokyo", "Europe/Paris", "America/New_York", "Africa/Lagos", "Asia/Seoul"} {
		// The lists there are an hour older than the one this run
		// writes, whatever the file system's clock.
		lists, _ := filepath.Glob(filepath.Join(build, "keys-*"))
		for _, l := range lists {
			if info, err := os.Stat(l); err == nil {
				at := info.ModTime().Add(-time.Hour)
				os.Chtimes(l, at, at)
			}
		}
		code, _, errs := runCmd(t, "", "extract", "--tz", tz, "--now", "2026-12-01", "--cache", cache, "--format", "json", corpus)
		if code != 0 {
			t.Fatalf("--tz %s: exit %d: %s", tz, code, errs)
		}
	}
	n, lists := cacheFiles(t, cache)
	if lists != keysKept || n != 10*keysKept {
		t.Errorf("after six option sets: %d key lists and %d entries; want %d and %d", lists, n, keysKept, 10*keysKept)
	}
	if idx, _ := filepath.Glob(filepath.Join(build, "stat-*")); len(idx) > keysKept {
		t.Errorf("stat indexes of options not run lately are kept: %d", len(idx))
	}
	if _, err := os.Stat(theirs); err != nil {
		t.Errorf("a file dateline did not write was removed: %v", err)
	}
}
