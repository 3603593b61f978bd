package main

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

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
	ctx, stop := signal.NotifyContext(serveContext, os.Interrupt)
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
	p := &preview{}
	if servePreview != nil {
		servePreview(p)
	}
	opt := sf.options()
	opt.LiveReload = true // the open page reloads after each rebuild
	build := func() {
		tl, err := loadEdited(&in, &ed, paths, stderr)
		if err == nil {
			var files []site.File
			files, err = site.Render(tl, opt)
			if err == nil {
				p.set(files)
				fmt.Fprintf(stderr, "dateline: built %d events from %d articles\n", len(tl.Events), len(tl.Articles))
				// The last build's files are unreachable now: give
				// their memory back, so that serve holds one build.
				tl, files = nil, nil
				debug.FreeOSMemory()
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
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-w.C:
				build()
			}
		}
	}()
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

// preview serves the last good build from memory, with the site's
// Content-Security-Policy, and answers site.LiveReloadPath with the number
// of the build, which the pages' live-reload script watches.
type preview struct {
	mu     sync.RWMutex
	files  map[string][]byte
	builds int
}

func (p *preview) set(files []site.File) {
	m := make(map[string][]byte, len(files))
	for _, f := range files {
		m[f.Path] = f.Data
	}
	p.mu.Lock()
	p.files = m
	p.builds++
	p.mu.Unlock()
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
	p.mu.RLock()
	data, ok := p.files[name]
	if !ok {
		data, ok = p.files[path.Join(name, "index.html")]
		name = path.Join(name, "index.html")
	}
	p.mu.RUnlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Security-Policy", site.ServeCSP())
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(data)
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
// folders of flags that change the site (aliases, editorial file,
// templates).
func watchRoots(paths []string, in *inputFlags, sf *siteFlags, ed *editorialFlags) []string {
	roots := slices.Clone(paths)
	for _, p := range []string{in.aliases, sf.templates, ed.path} {
		if p != "" {
			roots = append(roots, p)
		}
	}
	return roots
}
