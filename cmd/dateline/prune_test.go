package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cacheFiles counts the entries in the packs of a cache (a key once), its
// packs and its key lists.
func cacheFiles(t *testing.T, cache string) (entries, packs, lists int) {
	t.Helper()
	keys := map[[32]byte]bool{}
	filepath.WalkDir(cache, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil || d.IsDir():
		case strings.HasPrefix(d.Name(), "pack-"):
			packs++
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			info, err := f.Stat()
			if err != nil || info.Size() < packTrailer {
				t.Fatalf("%s: %v", p, err)
			}
			tr := make([]byte, packTrailer)
			f.ReadAt(tr, info.Size()-packTrailer)
			pk, ok := readIndex(f, [32]byte(tr))
			if !ok {
				t.Fatalf("%s: not a pack", p)
			}
			for _, s := range pk.slots {
				keys[s.key] = true
			}
		case strings.HasPrefix(d.Name(), "keys-"):
			lists++
		}
		return nil
	})
	return len(keys), packs, lists
}

// A cache keeps the entries the last two runs of its options used, and
// drops the others when they are a fifth of its packs' entries; packs that
// pile up are written into one, all but the largest. A run over one article costs the next
// full run nothing; files dateline did not write, and temporary files of
// a write under way, are left alone.
func TestCachePrune(t *testing.T) {
	corpus := cacheCorpus(t)
	cache := filepath.Join(t.TempDir(), "cache")
	extractCached(t, corpus, cache)
	if n, packs, lists := cacheFiles(t, cache); n != 10 || packs != 1 || lists != 1 {
		t.Fatalf("after the first run: %d entries in %d packs, %d key lists; want 10 in 1, and 1", n, packs, lists)
	}
	changeOne(t, corpus)
	want, _ := fresh(t, corpus)
	extractCached(t, corpus, cache)
	if n, packs, _ := cacheFiles(t, cache); n != 11 || packs != 2 {
		t.Errorf("one article changed: %d entries in %d packs, want 11 in 2 (the old version, used by the run before, is kept)", n, packs)
	}
	extractCached(t, corpus, cache)
	if n, packs, _ := cacheFiles(t, cache); n != 11 || packs != 2 {
		t.Errorf("a run later: %d entries in %d packs, want 11 in 2 (one old entry of 11 is not worth a compaction)", n, packs)
	}
	// An article is added before each run: each adds a pack of one, until
	// there would be more than packsKept; then the small ones are written
	// into one, and the first is left as it is (its old entry with it).
	for k := 1; k <= packsKept-1; k++ {
		b, err := os.ReadFile(filepath.Join(corpus, changedArticle))
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(corpus, fmt.Sprintf("2024-03-30-added-%d.md", k))
		if err := os.WriteFile(name, append(b, fmt.Sprintf("\nAdded %d.\n", k)...), 0o644); err != nil {
			t.Fatal(err)
		}
		extractCached(t, corpus, cache)
		n, packs, _ := cacheFiles(t, cache)
		if k < packsKept-1 && (n != 11+k || packs != 2+k) {
			t.Errorf("%d articles added: %d entries in %d packs, want %d in %d", k, n, packs, 11+k, 2+k)
		}
		if k == packsKept-1 && (n != 11+k || packs != 2) {
			t.Errorf("%d articles added: %d entries in %d packs, want %d in 2 (the first and the others written into one)", k, n, packs, 11+k)
		}
	}
	articles := 10 + packsKept - 1
	// Three articles change three times: their old versions (and the one
	// kept in the first pack) are a fifth of the entries, and the packs
	// are written into one, of this run's entries and the last run's.
	for r := 1; r <= 3; r++ {
		for _, name := range []string{"2023-09-12-harbour-post-train-crosses.md", "2023-09-13-harbour-post-vostochny.md", changedArticle} {
			p := filepath.Join(corpus, name)
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, append(b, changedLine...), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		extractCached(t, corpus, cache)
		n, packs, _ := cacheFiles(t, cache)
		if r < 3 && packs != 2+r {
			t.Errorf("three articles changed %d times: %d entries in %d packs, want %d packs", r, n, packs, 2+r)
		}
		if r == 3 && (n != articles+3 || packs != 1) {
			t.Errorf("three articles changed three times: %d entries in %d packs, want %d in 1", n, packs, articles+3)
		}
	}
	want, _ = fresh(t, corpus)

	// A run over one article, then the whole corpus again.
	builds, _ := filepath.Glob(filepath.Join(cache, "*", "keys-*"))
	build := filepath.Dir(builds[0])
	theirs := filepath.Join(build, "notes.txt")
	young := filepath.Join(build, ".pack-123")
	stale := filepath.Join(build, ".pack-456")
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
	if out, _, hits := extractCached(t, corpus, cache); hits != fmt.Sprintf("%d/%d", articles, articles) || out != want {
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
	n, packs, lists := cacheFiles(t, cache)
	if lists != keysKept || n != articles*keysKept || packs != keysKept {
		t.Errorf("after six option sets: %d key lists and %d entries in %d packs; want %d and %d in %d", lists, n, packs, keysKept, articles*keysKept, keysKept)
	}
	if idx, _ := filepath.Glob(filepath.Join(build, "stat-*")); len(idx) > keysKept {
		t.Errorf("stat indexes of options not run lately are kept: %d", len(idx))
	}
	if _, err := os.Stat(theirs); err != nil {
		t.Errorf("a file dateline did not write was removed: %v", err)
	}
}
