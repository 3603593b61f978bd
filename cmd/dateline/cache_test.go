package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// cacheCorpus is a copy of the example corpus the test may change.
func cacheCorpus(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(moduleRoot(t), "examples", "corpus"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

var cacheSummary = regexp.MustCompile(`(?m)^dateline: note: cache: (\d+) of (\d+) articles read from the cache.*\n`)

// extractCached runs extract with --cache and returns the timeline, the
// other lines of stderr, and how many articles came from the cache.
func extractCached(t *testing.T, corpus, cache string) (string, string, string) {
	t.Helper()
	code, out, errs := runCmd(t, "", "extract", "-v", "--now", "2026-12-01", "--cache", cache, "--format", "json", corpus)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m := cacheSummary.FindStringSubmatch(errs)
	if m == nil {
		t.Fatalf("no cache note in %q", errs)
	}
	return out, cacheSummary.ReplaceAllString(errs, ""), m[1] + "/" + m[2]
}

func fresh(t *testing.T, corpus string) (string, string) {
	t.Helper()
	code, out, errs := runCmd(t, "", "extract", "-v", "--now", "2026-12-01", "--format", "json", corpus)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	return out, errs
}

// A cached run gives the bytes of a run without the cache, and a rebuild
// after one article changes reads only that one.
func TestCacheSameBytes(t *testing.T) {
	corpus := cacheCorpus(t)
	cache := filepath.Join(t.TempDir(), "cache")
	want, wantErr := fresh(t, corpus)
	out, errs, hits := extractCached(t, corpus, cache)
	if hits != "0/10" || out != want {
		t.Fatalf("first run: %s from the cache; same timeline: %v", hits, out == want)
	}
	out, errs2, hits := extractCached(t, corpus, cache)
	if hits != "10/10" || out != want || errs2 != errs {
		t.Fatalf("second run: %s from the cache; same timeline: %v; same notes: %v", hits, out == want, errs2 == errs)
	}
	if errs != wantErr {
		t.Errorf("notes with the cache:\n%s\nwithout:\n%s", errs, wantErr)
	}

	// One article changes: it alone is read again, and the timeline is
	// the one a run without the cache makes of the changed corpus.
	changeOne(t, corpus)
	want, _ = fresh(t, corpus)
	out, _, hits = extractCached(t, corpus, cache)
	if hits != "9/10" || out != want {
		t.Errorf("after one article changed: %s from the cache; same timeline as without: %v", hits, out == want)
	}
}

// A pack cut short, changed or replaced, or of other options, is never
// trusted, and is removed; nor is an entry changed within it: the
// articles are read again, the run is the same, and the next run has them
// all from the cache.
func TestCacheCorrupt(t *testing.T) {
	corpus := cacheCorpus(t)
	want, _ := fresh(t, corpus)
	other := filepath.Join(t.TempDir(), "other")
	if code, _, errs := runCmd(t, "", "extract", "--tz", "Asia/Tokyo", "--now", "2026-12-01", "--cache", other, "--format", "json", corpus); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	otherPacks, _ := filepath.Glob(filepath.Join(other, "*", "pack-*"))
	if len(otherPacks) != 1 {
		t.Fatalf("%d packs of other options", len(otherPacks))
	}
	theirs, err := os.ReadFile(otherPacks[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		change func([]byte) []byte
		hits   string
	}{
		{"cut short", func(b []byte) []byte { return b[:len(b)/2] }, "0/10"},
		{"its last byte changed", func(b []byte) []byte { b[len(b)-1] ^= 0x40; return b }, "0/10"},
		{"a byte of its index changed", func(b []byte) []byte { b[len(b)-packTrailer-packSlot+33] ^= 1; return b }, "0/10"},
		{"a byte of its first entry changed", func(b []byte) []byte { b[len(packMagic)+10] ^= 1; return b }, "9/10"},
		{"of other options", func([]byte) []byte { return theirs }, "0/10"},
		{"not a pack", func([]byte) []byte { return []byte("not a cache entry") }, "0/10"},
		{"empty", func([]byte) []byte { return nil }, "0/10"},
	} {
		cache := filepath.Join(t.TempDir(), "cache")
		extractCached(t, corpus, cache)
		packs, _ := filepath.Glob(filepath.Join(cache, "*", "pack-*"))
		if len(packs) != 1 {
			t.Fatalf("%d packs after one run", len(packs))
		}
		b, err := os.ReadFile(packs[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(packs[0], c.change(b), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _, hits := extractCached(t, corpus, cache)
		if hits != c.hits || out != want {
			t.Errorf("a pack %s: %s from the cache, want %s; same timeline: %v", c.name, hits, c.hits, out == want)
		}
		if _, err := os.Stat(packs[0]); (err == nil) != (c.hits == "9/10") {
			t.Errorf("a pack %s: still there: %v, want %v (only a sound pack is kept)", c.name, err == nil, c.hits == "9/10")
		}
		if _, _, hits := extractCached(t, corpus, cache); hits != "10/10" {
			t.Errorf("a pack %s: the entries made again: %s from the cache", c.name, hits)
		}
	}
}

// The cache folder is dateline's own: a folder holding other files is
// refused and left as it was; another build's entries are removed, and
// nothing else.
func TestCacheFolder(t *testing.T) {
	corpus := cacheCorpus(t)
	theirs := t.TempDir()
	notes := filepath.Join(theirs, "notes.txt")
	if err := os.WriteFile(notes, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "", "extract", "--cache", theirs, "--format", "json", corpus)
	if code == 0 || !strings.Contains(errs, "did not write") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("a folder of other files as --cache: exit %d, %q", code, errs)
	}
	if entries, _ := os.ReadDir(theirs); len(entries) != 1 {
		t.Errorf("the refused folder now holds %d files", len(entries))
	}

	cache := filepath.Join(t.TempDir(), "cache")
	extractCached(t, corpus, cache)
	old := filepath.Join(cache, "0123456789abcdef", "ab", "abcd")
	keep := filepath.Join(cache, "kept", "x")
	for _, p := range []string{old, keep} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	extractCached(t, corpus, cache)
	if _, err := os.Stat(filepath.Dir(filepath.Dir(old))); err == nil {
		t.Error("another build's entries are still there")
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("a folder that is not a build's was touched: %v", err)
	}
}

// A cache inside the folder a build replaces would be lost, or refused as
// a file dateline did not write: the build says so before reading.
func TestCacheNotInOutput(t *testing.T) {
	corpus := cacheCorpus(t)
	out := filepath.Join(t.TempDir(), "public")
	code, _, errs := runCmd(t, "", "build", "--out", out, "--cache", filepath.Join(out, "cache"), corpus)
	if code != 2 || !strings.Contains(errs, "--cache") {
		t.Errorf("--cache in --out: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("--out was made")
	}
}

// extractStamped is extractCached, also returning how many articles were
// taken by their file's stamp, unread.
func extractStamped(t *testing.T, corpus, cache string) (string, string, int64) {
	t.Helper()
	var stamped int64 = -1
	cacheClosed = func(c *articleCache) { stamped = c.stamped.Load() }
	defer func() { cacheClosed = nil }()
	out, _, hits := extractCached(t, corpus, cache)
	return out, hits, stamped
}

// A file whose stamp is the one the last run read it with is not read
// again; a file that changed, or changed too lately to be sure of, is; an
// index that is not sound is not trusted.
func TestCacheStatIndex(t *testing.T) {
	corpus := cacheCorpus(t)
	cache := filepath.Join(t.TempDir(), "cache")
	want, _ := fresh(t, corpus)
	// The files were just written: their stamps are not kept.
	extractStamped(t, corpus, cache)
	if out, hits, stamped := extractStamped(t, corpus, cache); hits != "10/10" || stamped != 0 || out != want {
		t.Errorf("files written just now: %s from the cache, %d by their stamps; same timeline: %v", hits, stamped, out == want)
	}
	// An hour later they are old enough.
	statClock = func() time.Time { return time.Now().Add(time.Hour) }
	defer func() { statClock = time.Now }()
	extractStamped(t, corpus, cache)
	if out, hits, stamped := extractStamped(t, corpus, cache); hits != "10/10" || stamped != 10 || out != want {
		t.Errorf("old files: %s from the cache, %d by their stamps; same timeline: %v", hits, stamped, out == want)
	}
	// One changes: it alone is read, and read again next time until its
	// stamp is old enough (an hour later, here: at once).
	changeOne(t, corpus)
	want, _ = fresh(t, corpus)
	if out, hits, stamped := extractStamped(t, corpus, cache); hits != "9/10" || stamped != 9 || out != want {
		t.Errorf("one changed: %s from the cache, %d by their stamps; same timeline as without: %v", hits, stamped, out == want)
	}
	// The same bytes, written again: read again (the change time moved),
	// and found in the cache.
	rewriteChanged(t, corpus)
	if out, hits, stamped := extractStamped(t, corpus, cache); hits != "10/10" || stamped != 9 || out != want {
		t.Errorf("rewritten: %s from the cache, %d by their stamps; same timeline: %v", hits, stamped, out == want)
	}
	// An index changed, or cut short, is not read: every file is.
	idx, _ := filepath.Glob(filepath.Join(cache, "*", "stat-*"))
	if len(idx) != 1 {
		t.Fatalf("stat indexes: %q", idx)
	}
	for _, cut := range []func([]byte) []byte{
		func(b []byte) []byte { b[len(b)-3] ^= 1; return b },
		func(b []byte) []byte { return b[:len(b)/2] },
	} {
		b, err := os.ReadFile(idx[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(idx[0], cut(b), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, hits, stamped := extractStamped(t, corpus, cache); hits != "10/10" || stamped != 0 || out != want {
			t.Errorf("a bad index: %s from the cache, %d by their stamps; same timeline: %v", hits, stamped, out == want)
		}
	}
	// Other options have an index of their own; another day does not.
	code, _, _ := runCmd(t, "", "extract", "--now", "2026-11-30", "--cache", cache, "--format", "json", corpus)
	if idx, _ := filepath.Glob(filepath.Join(cache, "*", "stat-*")); code != 0 || len(idx) != 1 {
		t.Errorf("another --now: exit %d, stat indexes %q", code, idx)
	}
	code, _, _ = runCmd(t, "", "extract", "--now", "2026-11-30", "--tz", "Asia/Tokyo", "--cache", cache, "--format", "json", corpus)
	if idx, _ := filepath.Glob(filepath.Join(cache, "*", "stat-*")); code != 0 || len(idx) != 2 {
		t.Errorf("another --tz: exit %d, stat indexes %q", code, idx)
	}
}

// changedArticle is the article of cacheCorpus that changeOne changes, and
// the line it adds.
const (
	changedArticle = "2024-03-29-northern-wire-un-panel-veto.md"
	changedLine    = "\nThe panel will meet again on Friday, its chair said.\n"
)

// changeOne adds a line to one article of corpus.
func changeOne(t *testing.T, corpus string) {
	t.Helper()
	p := filepath.Join(corpus, changedArticle)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, append(b, changedLine...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// rewriteChanged writes the article changeOne changed again, with the
// same bytes.
func rewriteChanged(t *testing.T, corpus string) {
	t.Helper()
	p := filepath.Join(corpus, changedArticle)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// The cache outlives the day: a run of the next day takes every article
// from it, and a run of a day before an article's publication refuses that
// article as a run without the cache does.
func TestCacheAcrossDays(t *testing.T) {
	corpus := cacheCorpus(t)
	cache := filepath.Join(t.TempDir(), "cache")
	run := func(now string, withCache bool) (int, string, string) {
		args := []string{"extract", "-v", "--now", now, "--format", "json"}
		if withCache {
			args = append(args, "--cache", cache)
		}
		code, out, errs := runCmd(t, "", append(args, corpus)...)
		return code, out, errs
	}
	if code, _, errs := run("2026-12-01", true); code != 0 {
		t.Fatalf("filling the cache: exit %d: %s", code, errs)
	}
	for _, now := range []string{"2026-12-02", "2024-01-01"} {
		wantCode, want, wantErr := run(now, false)
		code, out, errs := run(now, true)
		m := cacheSummary.FindStringSubmatch(errs)
		if m == nil {
			t.Fatalf("--now %s: no cache note in %q", now, errs)
		}
		errs = cacheSummary.ReplaceAllString(errs, "")
		if code != wantCode || out != want || errs != wantErr {
			t.Errorf("--now %s: exit %d, same timeline %v, same notes %v as without the cache (exit %d)\n%s\nwant\n%s", now, code, out == want, errs == wantErr, wantCode, errs, wantErr)
		}
		switch hits := m[1] + "/" + m[2]; {
		case now == "2026-12-02" && hits != "10/10":
			t.Errorf("the next day: %s from the cache, want 10/10", hits)
		case now == "2024-01-01" && (hits == "10/10" || !strings.Contains(errs, "after today")):
			t.Errorf("before the last articles: %s from the cache; notes %q", hits, errs)
		}
	}
}

// A build's name is its executable's as the process started: a binary
// put at its path since is another build, whose name this process must
// not give the entries it makes (serve, rebuilding after an install).
func TestBuildIDOnce(t *testing.T) {
	exe := filepath.Join(t.TempDir(), "dateline")
	if err := os.WriteFile(exe, []byte("this build"), 0o755); err != nil {
		t.Fatal(err)
	}
	id := onceBuildID(func() (string, error) { return exe, nil })
	first, err := id()
	if err != nil || !isBuildID(first) {
		t.Fatalf("buildID = %q, %v", first, err)
	}
	if err := os.WriteFile(exe, []byte("the next build"), 0o755); err != nil {
		t.Fatal(err)
	}
	if again, err := id(); again != first || err != nil {
		t.Fatalf("after the executable was replaced, buildID = %q, %v; want %q as before", again, err, first)
	}
	// The running executable, which the file system names at once.
	name, err := ownExecutable()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(name); err != nil {
		t.Fatalf("ownExecutable: %v", err)
	}
}
