package main

import (
	"io/fs"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/archive"
)

// sameRuns is how many times TestSameBytesEveryRun extracts its archive
// again from the cache (each run merges anew, in a map order of its own).
const sameRuns = 8

// TestSameBytesEveryRun: the same articles give the same bytes in every
// run, whatever order they are named in and whatever order Go's maps give
// their keys in (random at each range). A rule that returns at the first
// key of a map that decides (session 23's familyShared read the shared
// words of two clusters in map order and stopped at the first) shows as a
// run that differs from the first.
//
// The articles are fifteen months of the 10,000-article generated archive
// (about 1,200 articles: its recurring stories, with the merges a big
// archive makes). The first run reads and tags them into a cache; the
// others take the cache (the same bytes, TestCacheSameBytes) and merge
// again, each with the files named in another order. At decf56b^ one run
// in three or four of these articles differed (a 33-source signing that
// took 31); eight runs catch that nearly always.
func TestSameBytesEveryRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	n, err := archive.GenerateIf(dir, 10000, 1, func(p string) bool { return p >= "2023/2023-10" && p < "2025" })
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) != n || n < 1000 {
		t.Fatalf("%d files of %d written (%v)", len(files), n, err)
	}
	slices.Sort(files)
	cache := filepath.Join(t.TempDir(), "cache")
	extract := func(names []string) string {
		t.Helper()
		args := append([]string{"extract", "--now", "2026-12-01", "--cache", cache, "--format", "json"}, names...)
		code, out, errs := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		return out
	}
	want := extract(files)
	if strings.Count(want, `"date"`) < 100 {
		t.Fatalf("only %d dates in the timeline of %d articles", strings.Count(want, `"date"`), n)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for run := range sameRuns {
		names := slices.Clone(files)
		r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
		if got := extract(names); got != want {
			t.Fatalf("run %d of %d gave other bytes than the first:\n%s", run+2, sameRuns+1, firstDiff(want, got))
		}
	}
}

// firstDiff shows the first line where got differs from want, with the
// lines before it.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return strings.Join(w[max(0, i-8):i], "\n") + "\n- " + w[i] + "\n+ " + g[i]
		}
	}
	return "(one ends before the other)"
}
