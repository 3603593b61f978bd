package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/archive"
	"github.com/dateline-news/dateline/site"
)

// waitBatch returns the next batch of w, failing the test after a
// generous bound (the batch comes serveQuiet after the change).
func waitBatch(t *testing.T, w *watcher) []string {
	t.Helper()
	select {
	case b := <-w.C:
		return b
	case <-time.After(30 * time.Second):
		t.Fatal("no change reported in 30 s")
		return nil
	}
}

// moveIn writes data to a file outside the watched folders and renames it
// to p: one change, however busy the machine (a write in several system
// calls may be told in two bursts when the writer is held up longer than
// the quiet time between them).
func moveIn(t *testing.T, p string, data string) {
	t.Helper()
	tmp := filepath.Join(t.TempDir(), "tmp")
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}

// TestWatcher: a change to an article is one batch; hidden files and
// folders do not count; a folder moved in later is watched, and the files
// it brings are changes; a file root is watched by its name only.
func TestWatcher(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "2024", "a.md")
	os.MkdirAll(filepath.Dir(a), 0o755)
	os.WriteFile(a, []byte("one"), 0o644)
	other := t.TempDir()
	aliases := filepath.Join(other, "aliases.yaml")
	os.WriteFile(aliases, []byte("A: [a]\n"), 0o644)
	w, err := newWatcher([]string{dir, aliases}, 250*time.Millisecond, func(err error) { t.Errorf("watch: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go w.run(ctx)

	// One save (truncate, write, write, close) of an article in a
	// subfolder is one batch; the next batch is the next change only.
	f, _ := os.OpenFile(a, os.O_WRONLY|os.O_TRUNC, 0)
	f.WriteString("two, ")
	f.WriteString("longer")
	f.Close()
	if got := waitBatch(t, w); !slices.Equal(got, []string{a}) {
		t.Errorf("batch %q, want [%s]", got, a)
	}
	// Hidden files and folders are not articles: no rebuild.
	os.WriteFile(filepath.Join(dir, "2024", ".a.md.swp"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, ".git", "objects"), 0o755)
	os.WriteFile(filepath.Join(dir, ".git", "objects", "x"), []byte("x"), 0o644)
	sentinel := filepath.Join(dir, "sentinel.md")
	moveIn(t, sentinel, "s")
	if got := waitBatch(t, w); !slices.Equal(got, []string{sentinel}) {
		t.Errorf("batch %q, want only the sentinel: the first change was told twice, or a hidden file counted", got)
	}

	// A folder moved in with a file in it: the file is a change.
	src := filepath.Join(t.TempDir(), "2025")
	os.MkdirAll(filepath.Join(src, "june"), 0o755)
	os.WriteFile(filepath.Join(src, "june", "b.md"), []byte("b"), 0o644)
	os.Rename(src, filepath.Join(dir, "2025"))
	b := filepath.Join(dir, "2025", "june", "b.md")
	if got := waitBatch(t, w); !slices.Contains(got, b) {
		t.Errorf("batch %q, want %s in it", got, b)
	}
	// The new folders are watched from then on.
	moveIn(t, b, "b, again")
	if got := waitBatch(t, w); !slices.Equal(got, []string{b}) {
		t.Errorf("batch %q, want [%s]", got, b)
	}

	// The aliases file is watched; its neighbours are not.
	os.WriteFile(filepath.Join(other, "notes.txt"), []byte("n"), 0o644)
	tmp := aliases + ".tmp"
	os.WriteFile(tmp, []byte("B: [b]\n"), 0o644)
	os.Rename(tmp, aliases) // how editors save
	if got := waitBatch(t, w); !slices.Equal(got, []string{aliases}) {
		t.Errorf("batch %q, want [%s]", got, aliases)
	}
}

// TestPreviewHoldsOneBuild: once a new build is served, nothing of the one
// before is served or left on disk, and the preview holds no file.
func TestPreviewHoldsOneBuild(t *testing.T) {
	p := newPreview(t)
	publish(t, p, []site.File{{Path: "index.html", Data: make([]byte, 1<<20)}, {Path: "old.html", Data: []byte("old")}})
	publish(t, p, []site.File{{Path: "index.html", Data: []byte("new")}})
	for path, want := range map[string]int{"/": 200, "/old.html": 404} {
		rec := httptest.NewRecorder()
		p.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != want {
			t.Errorf("GET %s: %d, want %d", path, rec.Code, want)
		}
	}
	if left := serveLeftovers(t, filepath.Dir(p.dir)); len(left) > 0 {
		t.Errorf("beside the site after a rebuild: %q", left)
	}
}

// serveLeftovers lists what root holds besides the site folder and its
// lock.
func serveLeftovers(t *testing.T, root string) []string {
	t.Helper()
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range entries {
		if e.Name() != "site" && e.Name() != ".site.dateline-lock" && e.Name() != "cache" { // (serve's own cache: TestServeOwnCache)
			left = append(left, e.Name())
		}
	}
	return left
}

// TestServeRebuilds runs serve on a generated archive: changing an article
// rebuilds once, after which nothing of the first build is left, and an
// article added in a new folder is read; serve's folder goes when it
// stops.
func TestServeRebuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	if err := archive.Generate(dir, 6, 1); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer func(c context.Context) { serveContext = c }(serveContext)
	serveContext = ctx
	previews := make(chan *preview, 1)
	defer func() { servePreview = nil }()
	servePreview = func(p *preview) { previews <- p }
	outR, outW := io.Pipe()
	errR, errW := io.Pipe()
	done := make(chan int)
	go func() {
		code := run([]string{"serve", "--addr", "127.0.0.1:0", dir}, strings.NewReader(""), outW, errW)
		outW.Close()
		errW.Close()
		done <- code
	}()
	var root string // serve's folder
	defer func() {
		cancel()
		select {
		case <-done:
			if _, err := os.Stat(root); root != "" && err == nil {
				t.Errorf("serve left its folder %s", root)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	}()
	built := make(chan string, 16)
	go func() {
		s := bufio.NewScanner(errR)
		for s.Scan() {
			if strings.Contains(s.Text(), "dateline: built") {
				built <- s.Text()
			}
		}
		close(built)
	}()
	addr := make(chan string, 1)
	go func() {
		s := bufio.NewScanner(outR)
		for s.Scan() {
			if u, ok := strings.CutPrefix(s.Text(), "dateline: serving "); ok {
				addr <- strings.Fields(u)[0]
			}
		}
	}()
	next := func() string {
		t.Helper()
		select {
		case l := <-built:
			return l
		case <-time.After(60 * time.Second):
			t.Fatal("no build in 60 s")
			return ""
		}
	}
	if l := next(); !strings.HasSuffix(l, "from 6 articles") {
		t.Fatalf("first build: %q", l)
	}
	base := <-addr
	p := <-previews
	root = filepath.Dir(p.dir)

	// Change one article: one rebuild, and the page shows the change.
	var article string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if article == "" && !d.IsDir() {
			article = p
		}
		return nil
	})
	data, _ := os.ReadFile(article)
	moveIn(t, article, string(data)+"\nThe harbour council of Zanthorp voted on Tuesday to close the old pier.\n")
	if l := next(); !strings.HasSuffix(l, "from 6 articles") {
		t.Fatalf("rebuild: %q", l)
	}
	resp, err := http.Get(base + "timeline.json")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "Zanthorp") {
		t.Errorf("the served timeline.json does not have the change")
	}
	if left := serveLeftovers(t, root); len(left) > 0 {
		t.Errorf("beside the site after a rebuild: %q", left)
	}

	// A folder of one article moved in: the next build is this one (a
	// second rebuild for the first change would come first and say 6).
	src := filepath.Join(t.TempDir(), "new")
	os.MkdirAll(filepath.Join(src, "sub"), 0o755)
	os.WriteFile(filepath.Join(src, "sub", "c.md"), []byte("---\ntitle: Pier\ndate: 2020-03-04\n---\nThe pier at Zanthorp closed on Monday.\n"), 0o644)
	os.Rename(src, filepath.Join(dir, "new"))
	if l := next(); !strings.HasSuffix(l, "from 7 articles") {
		t.Errorf("after adding an article: %q, want the build of 7 articles next", l)
	}
}
