package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/archive"
	"github.com/dateline-news/dateline/internal/output"
)

// TestServeRebuildIsABuild: the site serve shows after one article
// changed, then another, is the one a build of the changed archive writes
// from scratch (no cache; the pages with serve's live-reload script), and
// its timeline.json is `build --out`'s, on one core and on two. serve
// rebuilds from its cache (--cache): the unchanged articles come from it.
func TestServeRebuildIsABuild(t *testing.T) {
	for _, procs := range []int{1, 2} {
		t.Run(fmt.Sprint(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			tmp := t.TempDir()
			dir := filepath.Join(tmp, "archive")
			files := generatedArchive(t, dir, 24, 3)
			site, built := startServe(t, "--cache", filepath.Join(tmp, "cache"), dir)
			built()
			for i, f := range []string{files[len(files)/2], files[0]} {
				data, _ := os.ReadFile(f)
				moveIn(t, f, string(data)+fmt.Sprintf("\nThe harbour council of Zanthorp voted on Tuesday to close pier %d.\n", i))
				built()
				want := coldServeSite(t, dir, filepath.Join(tmp, fmt.Sprint("want", i)))
				if got := tree(t, site); got != want {
					t.Fatalf("after change %d, serve's site:\n%s\nwant (a build from scratch):\n%s", i, got, want)
				}
				out := filepath.Join(tmp, fmt.Sprint("out", i))
				if code, _, stderr := runCmd(t, "", "build", "--quiet", "--out", out, dir); code != 0 {
					t.Fatalf("build: %d %s", code, stderr)
				}
				a, _ := os.ReadFile(filepath.Join(site, "timeline.json"))
				b, _ := os.ReadFile(filepath.Join(out, "timeline.json"))
				if len(a) == 0 || string(a) != string(b) {
					t.Fatalf("after change %d, serve's timeline.json is not build's", i)
				}
				if !strings.Contains(string(a), fmt.Sprintf("pier %d", i)) {
					t.Fatalf("after change %d, the timeline does not have it", i)
				}
			}
		})
	}
}

// coldServeSite writes into out the site serve would show for the
// articles of dir read from scratch (no cache), and returns its tree.
func coldServeSite(t *testing.T, dir, out string) string {
	t.Helper()
	fs := newFlags("serve", io.Discard)
	var in inputFlags
	in.register(fs)
	var sf siteFlags
	sf.register(fs)
	if err := parse(fs, nil); err != nil {
		t.Fatal(err)
	}
	tl, _, err := in.load([]string{dir}, nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	d, err := output.Open(out, output.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	opt := sf.options()
	opt.LiveReload = true
	s, err := stageSite(d, tl, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(-1); err != nil {
		t.Fatal(err)
	}
	return tree(t, out)
}

// startServe runs serve with args until the test ends, and returns the
// folder of the site it shows and a function that waits for its next
// build.
func startServe(t *testing.T, args ...string) (site string, built func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	saved := serveContext
	serveContext = ctx
	previews := make(chan *preview, 1)
	servePreview = func(p *preview) { previews <- p }
	errR, errW := io.Pipe()
	done := make(chan int)
	go func() {
		code := run(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), io.Discard, errW)
		errW.Close()
		done <- code
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
		serveContext, servePreview = saved, nil
	})
	lines := make(chan string, 16)
	go func() {
		s := bufio.NewScanner(errR)
		for s.Scan() {
			if strings.HasPrefix(s.Text(), "dateline: built") {
				lines <- s.Text()
			}
		}
		close(lines)
	}()
	p := <-previews
	return p.dir, func() {
		t.Helper()
		select {
		case <-lines:
		case <-time.After(60 * time.Second):
			t.Fatal("no build in 60 s")
		}
	}
}

// TestServeOwnCache checks that serve with no --cache keeps a cache of its
// own in its folder, which its rebuilds use, and that its site after a
// change is still a build's from scratch.
func TestServeOwnCache(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "archive")
	files := generatedArchive(t, dir, 12, 5)
	site, built := startServe(t, dir)
	built()
	cache := filepath.Join(filepath.Dir(site), "cache")
	if entries, err := os.ReadDir(cache); err != nil || len(entries) == 0 {
		t.Fatalf("no cache in serve's folder (%v, %d entries)", err, len(entries))
	}
	data, _ := os.ReadFile(files[0])
	moveIn(t, files[0], string(data)+"\nThe harbour council of Zanthorp voted on Tuesday to close pier 7.\n")
	built()
	if got, want := tree(t, site), coldServeSite(t, dir, filepath.Join(tmp, "want")); got != want {
		t.Fatalf("serve's site after a change:\n%s\nwant (a build from scratch):\n%s", got, want)
	}
}

// generatedArchive writes n generated articles (internal/archive, seed)
// into dir and returns their paths; two at least.
func generatedArchive(t *testing.T, dir string, n int, seed uint64) []string {
	t.Helper()
	if err := archive.Generate(dir, n, seed); err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if len(files) < 2 {
		t.Fatalf("%d articles generated", len(files))
	}
	return files
}
