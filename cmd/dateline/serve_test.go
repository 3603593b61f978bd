package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/site"
)

// newPreview returns a preview of a folder of its own, before any build.
func newPreview(t *testing.T) *preview {
	return &preview{dir: filepath.Join(t.TempDir(), "site")}
}

// publish writes files as a build of serve does (replacing the folder
// whole) and tells p.
func publish(t *testing.T, p *preview, files []site.File) {
	t.Helper()
	if err := output.Write(p.dir, files); err != nil {
		t.Fatal(err)
	}
	p.built()
}

func TestPreviewServes(t *testing.T) {
	p := newPreview(t)
	publish(t, p, []site.File{{Path: "index.html", Data: []byte("<h1>t</h1>")}, {Path: "events/a/index.html", Data: []byte("a")}, {Path: "timeline.json", Data: []byte("{}")}, {Path: "events/b/x.txt", Data: []byte("x")}})
	for path, want := range map[string]string{"/": "<h1>t</h1>", "/events/a/": "a", "/events/a": "a", "/timeline.json": "{}", "/../../etc/passwd": "",
		"/" + output.Marker: "", "/events/b/": "", "/nope.html": ""} {
		rec := httptest.NewRecorder()
		p.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if want == "" {
			if rec.Code != 404 {
				t.Errorf("GET %s: %d, want 404", path, rec.Code)
			}
			continue
		}
		if rec.Code != 200 || rec.Body.String() != want {
			t.Errorf("GET %s: %d %q, want %q", path, rec.Code, rec.Body.String(), want)
		}
		if rec.Header().Get("Content-Security-Policy") != site.ServeCSP() {
			t.Errorf("GET %s: no Content-Security-Policy header", path)
		}
	}
}

// TestLiveReloadEndpoint: the build number the pages' script watches
// changes with every rebuild and is never cached.
func TestLiveReloadEndpoint(t *testing.T) {
	p := newPreview(t)
	get := func() string {
		rec := httptest.NewRecorder()
		p.ServeHTTP(rec, httptest.NewRequest("GET", "/"+site.LiveReloadPath, nil))
		if rec.Code != 200 || rec.Header().Get("Cache-Control") != "no-store" {
			t.Fatalf("GET %s: %d, Cache-Control %q", site.LiveReloadPath, rec.Code, rec.Header().Get("Cache-Control"))
		}
		return rec.Body.String()
	}
	publish(t, p, []site.File{{Path: "index.html", Data: []byte("one")}})
	first := get()
	if get() != first {
		t.Errorf("the build number changed without a rebuild")
	}
	publish(t, p, []site.File{{Path: "index.html", Data: []byte("two")}})
	if get() == first {
		t.Errorf("the build number did not change after a rebuild")
	}
}

func TestAliasesAndVerbose(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "aliases.yaml"), []byte("Harbour Council:\n  - harbour council\n  - the council\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ndate: 2024-02-14\nurl: javascript:alert(1)\n---\nThe harbour council met on Monday.\n\"We spoke on Friday,\" a member said.\n"), 0o644)
	code, stdout, stderr := runCmd(t, "", "extract", "-v", "--aliases", filepath.Join(dir, "aliases.yaml"), filepath.Join(dir, "a.md"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	tl := decode(t, stdout)
	if len(tl.Events) != 1 || len(tl.Events[0].Actors) != 1 || tl.Events[0].Actors[0] != "Harbour Council" {
		t.Errorf("events = %+v, want one with the actor Harbour Council", tl.Events)
	}
	if !strings.Contains(stderr, "a.md:3:") || !strings.Contains(stderr, "dropped") {
		t.Errorf("stderr %q, want a warning on the dropped URL naming the file and line", stderr)
	}
	// The note names the file and the line of the expression.
	if !strings.Contains(stderr, "a.md:6: \"Friday\": date in quoted speech left out") {
		t.Errorf("-v printed %q, want a note on the date left out", stderr)
	}
	if strings.Contains(stdout, "javascript") {
		t.Errorf("the javascript: URL reached the output")
	}
}

// TestSweepServeFolders: a folder a killed serve left is removed by the
// next serve; a running serve's, a young one, and anything not serve's
// are left alone.
func TestSweepServeFolders(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	site1 := []site.File{{Path: "index.html", Data: []byte("x")}}
	old := time.Now().Add(-2 * time.Hour)
	mk := func(name string, fill func(root string)) string {
		root := filepath.Join(tmp, name)
		if err := os.MkdirAll(root, 0o755); err != nil {
			t.Fatal(err)
		}
		fill(root)
		return root
	}
	built := func(root string) {
		if err := output.Write(filepath.Join(root, "site"), site1); err != nil {
			t.Fatal(err)
		}
	}
	dead := mk(serveFolderPrefix+"111", built)
	live := mk(serveFolderPrefix+"222", built)
	d, err := output.Open(filepath.Join(live, "site"), output.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	young := mk(serveFolderPrefix+"333", built)
	foreign := mk(serveFolderPrefix+"444", func(root string) {
		built(root)
		os.WriteFile(filepath.Join(root, "notes.txt"), []byte("mine"), 0o644)
	})
	unmarked := mk(serveFolderPrefix+"555", func(root string) {
		os.MkdirAll(filepath.Join(root, "site"), 0o755)
		os.WriteFile(filepath.Join(root, "site", "index.html"), []byte("mine"), 0o644)
	})
	named := mk(serveFolderPrefix+"abc", built)
	for _, root := range []string{dead, live, foreign, unmarked, named} {
		os.Chtimes(root, old, old)
	}
	sweepServeFolders(time.Minute)
	if _, err := os.Stat(dead); err == nil {
		t.Errorf("a killed serve's folder was left")
	}
	for _, root := range []string{live, young, foreign, unmarked, named} {
		if _, err := os.Stat(root); err != nil {
			t.Errorf("%s was removed", filepath.Base(root))
		}
	}
}
