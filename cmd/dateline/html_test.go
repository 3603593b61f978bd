package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLInput builds saved article pages (internal/corpus/testdata/html,
// in our own words) beside a Markdown article: the dated pages are
// published with their outlet and canonical URL, the undated one is
// reported and skipped (exit 3), as a Markdown article without a date is.
func TestHTMLInput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pages")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(moduleRoot(t), "internal", "corpus", "testdata", "html"))); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "brief.md"), "---\ntitle: Ferry brief\ndate: 2024-03-06\noutlet: Wire\n---\n\nThe island ferry sailed again on Tuesday.\n")
	out := filepath.Join(t.TempDir(), "public")
	code, _, stderr := runCmd(t, "", "build", "--quiet", "--now", "2025-01-01", "--out", out, dir)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d (one page skipped)\n%s", code, exitSkipped, stderr)
	}
	if want := filepath.Join(dir, "undated.html") + ": no publication date in the page's metadata"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	tl := readJSON(t, filepath.Join(out, "timeline.json"))
	got := map[string]string{}
	for _, a := range tl.Articles {
		got[a.Path] = a.Outlet + " " + a.URL + " " + a.Published.String()
	}
	for path, want := range map[string]string{
		"meta.html":  "Coastal Gazette https://gazette.example/2024/03/ferry-reopens 2024-03-05", // 22:40 at -05:00: the 5th where it was written
		"jsonld.htm": "Valley Courier https://courier.example/news/orchard-harvest 2023-08-21",
		"brief.md":   "Wire  2024-03-06",
	} {
		if got[path] != want {
			t.Errorf("article %s = %q, want %q", path, got[path], want)
		}
	}
	if _, ok := got["undated.html"]; ok {
		t.Error("undated.html was published")
	}
	page, _ := os.ReadFile(filepath.Join(out, "timeline", "index.html"))
	for _, bad := range []string{"Related stories", "All rights reserved", "Subscribe today"} {
		if strings.Contains(string(page), bad) {
			t.Errorf("the timeline shows page boilerplate %q", bad)
		}
	}
}
