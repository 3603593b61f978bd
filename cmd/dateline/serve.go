package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/site"
)

func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on (localhost only by default)")
	var in inputFlags
	in.register(fs)
	var sf siteFlags
	sf.register(fs)
	var ed editorialFlags
	ed.register(fs)
	var proj projectFlags
	proj.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := proj.apply(fs, fs.Args()); err != nil {
		return err
	}
	paths := fs.Args()
	for _, p := range paths {
		if p == "-" {
			return fmt.Errorf("%w: serve reads files, not standard input", errUsage)
		}
	}
	if err := checkPaths(paths); err != nil {
		return err
	}
	// An interrupt or a polite kill stops serve, which then removes its
	// folder.
	ctx, stop := signal.NotifyContext(serveContext, os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The watch starts before the first build, so that a change made
	// while it runs is not missed.
	w, err := newWatcher(watchRoots(paths, &in, &sf, &ed), serveQuiet, func(err error) {
		fmt.Fprintf(stderr, "dateline: watch: %v\n", err)
	})
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	go w.run(ctx)
	// Each build is written to a folder of serve's own, as `build --out`
	// writes one (a file at a time into a folder beside it, swapped in
	// whole), and served from there: serve holds no file of the site, and
	// while it rebuilds, memory holds one timeline and a few pages.
	sweepServeFolders(time.Minute)
	root, err := os.MkdirTemp("", serveFolderPrefix)
	if err != nil {
		return err
	}
	defer os.RemoveAll(root)
	if in.cache == "" {
		// With no --cache, serve keeps one of its own in its folder: a
		// rebuild after one article changed reads the others' analyses
		// from it rather than tag every article again.
		in.cache = filepath.Join(root, "cache")
	}
	dir, err := output.Open(filepath.Join(root, "site"), output.Options{})
	if err != nil {
		return err
	}
	defer dir.Close()
	p := &preview{dir: filepath.Join(root, "site")}
	if servePreview != nil {
		servePreview(p)
	}
	opt := sf.options()
	opt.LiveReload = true // the open page reloads after each rebuild
	// The SHA-256 of each file of the build in place: the next links
	// the files it makes the same, rather than write them again.
	sums := map[string][32]byte{}
	build := func() {
		in.clock = newStageClock(stderr)
		defer in.clock.done()
		tl, err := loadEdited(&in, &ed, paths, stderr)
		if err == nil {
			var stage *output.Stage
			if stage, err = stageSite(dir, tl, opt, sums); err == nil {
				in.clock.mark("render")
				// The new build is shown once it is in place: the
				// previous one is removed after (as long again as
				// writing it took).
				swapped := false
				stage.OnSwap(func() {
					swapped = true
					sums = stage.Sums()
					in.clock.mark("swap")
					p.built()
				})
				if err = stage.Commit(-1); err != nil && swapped {
					fmt.Fprintf(stderr, "dateline: %v\n", err)
					err = nil
				}
			}
			if err == nil {
				in.clock.mark("remove old")
				fmt.Fprintf(stderr, "dateline: built %d events from %d articles\n", len(tl.Events), len(tl.Articles))
				// The timeline is unreachable now: give its memory back,
				// so that serve holds no build between rebuilds.
				tl = nil
				debug.FreeOSMemory()
				in.clock.mark("free")
				return
			}
		}
		fmt.Fprintf(stderr, "dateline: %v (still serving the last good build)\n", err)
	}
	build()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "dateline: serving http://%s/ (Ctrl-C stops)\n", ln.Addr())
	// A rebuild under way ends before serve's folder is removed.
	var loop sync.WaitGroup
	defer loop.Wait()
	defer stop()
	loop.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-w.C:
				build()
			}
		}
	})
	srv := &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
		return err
	}
	return nil
}

// preview serves the last good build from the folder it was written to,
// with the site's Content-Security-Policy, and answers site.LiveReloadPath
// with the number of the build, which the pages' live-reload script
// watches.
type preview struct {
	dir    string // the site's folder, which each build replaces whole
	mu     sync.RWMutex
	builds int
}

// built records that a new build is in the folder.
func (p *preview) built() {
	p.mu.Lock()
	p.builds++
	p.mu.Unlock()
}

// open opens the file of the site at name, a cleaned slash path with no
// leading slash ("" is the root), or name/index.html for a folder. The
// folder's marker is not the site's.
func (p *preview) open(name string) (*os.File, string, fs.FileInfo, bool) {
	p.mu.RLock()
	n := p.builds
	p.mu.RUnlock()
	if n == 0 || name == output.Marker {
		return nil, "", nil, false
	}
	for _, try := range []string{name, path.Join(name, "index.html")} {
		if try == "" {
			continue
		}
		f, err := os.OpenInRoot(p.dir, filepath.FromSlash(try))
		if err != nil {
			continue
		}
		info, err := f.Stat()
		if err == nil && info.Mode().IsRegular() {
			return f, try, info, true
		}
		f.Close()
	}
	return nil, "", nil, false
}

func (p *preview) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == site.LiveReloadPath {
		p.mu.RLock()
		n := p.builds
		p.mu.RUnlock()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintf(w, "%d\n", n)
		return
	}
	f, name, info, ok := p.open(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Security-Policy", site.ServeCSP())
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Length", strconv.FormatInt(info.Size(), 10))
	io.Copy(w, f)
}

// serveFolderPrefix starts the name of the folder, in the system's
// temporary folder, that serve writes its builds to.
const serveFolderPrefix = "dateline-serve-"

// sweepServeFolders removes the folders that serves killed outright left
// in the temporary folder: one is removed only when it is older than age,
// holds nothing but serve's own (the site, its lock, a build under way),
// its site is a dateline build or missing, and no serve holds its lock.
func sweepServeFolders(age time.Duration) {
	tmp := os.TempDir()
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), serveFolderPrefix)
		if !ok || rest == "" || strings.Trim(rest, "0123456789") != "" || !e.IsDir() || e.Type()&fs.ModeSymlink != 0 {
			continue
		}
		root := filepath.Join(tmp, e.Name())
		if info, err := e.Info(); err != nil || time.Since(info.ModTime()) < age {
			continue
		}
		if !serveOwn(root) {
			continue
		}
		d, err := output.Open(filepath.Join(root, "site"), output.Options{})
		if err != nil {
			continue // a serve is running there
		}
		os.RemoveAll(root)
		d.Close()
	}
}

// serveOwn reports whether root holds only what serve puts there.
func serveOwn(root string) bool {
	entries, err := os.ReadDir(root)
	if err != nil {
		return false
	}
	for _, e := range entries {
		switch n := e.Name(); {
		case n == ".site.dateline-lock" && e.Type().IsRegular():
		case n == "site" && e.IsDir():
			if info, err := os.Lstat(filepath.Join(root, "site", output.Marker)); err != nil || !info.Mode().IsRegular() {
				return false
			}
		case strings.HasPrefix(n, ".site.new-") && e.IsDir():
		default:
			return false
		}
	}
	return true
}

// serveContext is the parent of serve's context: serve stops when it is
// done, or on an interrupt (tests stop serve through it).
var serveContext = context.Background()

// servePreview, when set (by tests), is handed serve's preview.
var servePreview func(*preview)

// serveQuiet is how long the articles must be left alone before serve
// rebuilds: an editor's save, or a copy of a folder of articles, is one
// burst of changes and costs one rebuild.
var serveQuiet = 200 * time.Millisecond

// watchRoots are the paths serve watches: the articles, and the files and
// folders of flags that change the site (aliases, lexicon, editorial file,
// templates).
func watchRoots(paths []string, in *inputFlags, sf *siteFlags, ed *editorialFlags) []string {
	roots := slices.Clone(paths)
	for _, p := range []string{in.aliases, in.lexicon, sf.templates, ed.path} {
		if p != "" {
			roots = append(roots, p)
		}
	}
	return roots
}
