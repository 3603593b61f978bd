package site

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/templates"
	"github.com/dateline-news/dateline/timeline"
)

// File is one rendered file: a slash-separated path relative to the site
// root and its bytes. output.Write puts a []File on disk.
type File = output.File

// Options configure a render. The zero value is useful: a site titled
// "Timeline" in English, with relative links and the embedded templates.
type Options struct {
	// Title names the timeline in pages and feeds; "" means "Timeline".
	Title string
	// Description is one sentence under the title and in feeds; optional.
	Description string
	// BaseURL is the absolute http(s) URL the site will be published at,
	// such as "https://news.example/timelines/kim/". Pages link relatively
	// either way; BaseURL makes canonical links, feed ids and links, the
	// oEmbed iframe, the embed snippet and the links in fragment.html
	// absolute. Without it those are relative to the site root, which
	// readers of the site itself follow but a feed reader, an oEmbed
	// consumer or a CMS page that includes the fragment cannot; feed ids
	// are then "urn:dateline:..." names, and pages have no canonical link.
	BaseURL string
	// Templates overrides the embedded templates (package templates): a
	// file here replaces the embedded file of the same name, such as
	// os.DirFS("mytheme") holding only style.css. nil uses the embedded set.
	Templates fs.FS
	// Lang is the BCP 47 language of the pages; "" means "en".
	Lang string
	// Author names who publishes the feeds; "" means the Title.
	Author string
	// FeedItems is how many events, newest first, the feeds carry; 0 means
	// 50 and a negative number means all of them.
	FeedItems int
	// EmbedHeight is the initial iframe height in pixels in the embed
	// snippet and oEmbed; 0 means 600. The embed resizes itself after load.
	EmbedHeight int
	// Updated is the feeds' "updated" time when no article has a
	// publication day (see feeds.go); the zero value is the Unix epoch.
	// A build may pass its own time here.
	Updated time.Time
	// Theme is the colour scheme of embed.html and fragment.html, which sit
	// in another site's page: "light" (the default), "dark", or "auto" to
	// follow the reader's system setting as the site's own pages do.
	Theme string
	// Top is how many events the embed shows, the most salient first in
	// date order; 0 means the key events, the 12 most salient of them
	// when there are more (or the 5 most salient events when none is
	// key), a negative number every event.
	Top int
	// LiveReload adds a small script to every page that reloads it when
	// `dateline serve` rebuilds the site (see LiveReloadPath). For serve
	// only: a published site never carries it.
	LiveReload bool
}

// Format renders one output format of a timeline into files.
type Format func(t *timeline.Timeline, opt Options) ([]File, error)

// formats maps format names to renderers, which hand their files to emit
// one at a time; it is never modified.
var formats = map[string]func(*config, func(File) error) error{
	"html":       (*config).html,
	"embed":      (*config).embed,
	"markdown":   (*config).markdown,
	"json":       (*config).json,
	"timelinejs": (*config).timelineJS,
	"atom":       (*config).atom,
	"jsonfeed":   (*config).jsonFeed,
}

// run renders one format on its own, its files sorted by path.
func run(t *timeline.Timeline, opt Options, f func(*config, func(File) error) error) ([]File, error) {
	c, err := newConfig(t, opt)
	if err != nil {
		return nil, err
	}
	var files []File
	if err := f(c, collect(&files)); err != nil {
		return nil, err
	}
	return sortFiles(files)
}

// collect returns an emit that appends each file, with a copy of its
// bytes, to files.
func collect(files *[]File) func(File) error {
	return func(f File) error {
		data, err := f.Bytes()
		if err != nil {
			return err
		}
		if f.Stream == nil {
			data = bytes.Clone(data) // Data is not the emit's to keep
		}
		*files = append(*files, File{Path: f.Path, Data: data})
		return nil
	}
}

// Formats returns the names of every format, sorted.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// FormatByName returns the renderer of the named format (see Formats).
func FormatByName(name string) (Format, bool) {
	f, ok := formats[name]
	if !ok {
		return nil, false
	}
	return func(t *timeline.Timeline, opt Options) ([]File, error) { return run(t, opt, f) }, true
}

// Render renders every format and returns all files sorted by path. Formats
// that share a file (style.css) must render it identically. It is RenderTo
// collecting every file's bytes: a large timeline should go to disk
// through RenderTo.
func Render(t *timeline.Timeline, opt Options) ([]File, error) {
	var files []File
	if err := RenderTo(t, opt, collect(&files)); err != nil {
		return nil, err
	}
	return sortFiles(files)
}

// RenderTo renders every format and hands each file to emit, one at a
// time and from one goroutine, so that a site need never be whole in
// memory: the same files as Render, in an order of RenderTo's own. A large
// file (timeline.json, timeline.md, timelinejs.json, events.jsonld) comes
// with File.Stream instead of Data, which emit must call, if at all,
// before it returns; so must it use Data, whose room holds the next page
// once emit returns (emit copies what it keeps). Pages are
// rendered on every CPU, a few ahead of emit. A file that two formats
// share (style.css) is handed over once; two different files at one path
// are an error. An error of emit stops the render and is returned as it
// is.
func RenderTo(t *timeline.Timeline, opt Options, emit func(File) error) error {
	return render(t, opt, 1, emit)
}

// RenderConcurrently is RenderTo with the formats rendered at once, on as
// many lanes as there are CPUs (GOMAXPROCS): emit is called from several
// goroutines at once and must be safe for that. The files and their bytes
// are RenderTo's; only the order and the goroutines of the calls differ,
// so what emit writes does not depend on the number of CPUs. It holds
// more at once than RenderTo: the largest event's page, JSON and slide may
// be in memory together (dateline build uses RenderTo for that). The first
// error (in the order of the renders, not of time) is returned, an error of
// emit as it is; any error stops the other lanes at their next file.
func RenderConcurrently(t *timeline.Timeline, opt Options, emit func(File) error) error {
	return render(t, opt, runtime.GOMAXPROCS(0), emit)
}

// renders are the parts of a site that can be rendered at once, the
// longest first (at 100,000 articles: the pages, then timeline.json, ...).
// html is htmlPages then eventsLD.
var renders = []struct {
	name string
	f    func(*config, func(File) error) error
}{
	{"html", (*config).htmlPages},
	{"json", (*config).json},
	{"markdown", (*config).markdown},
	{"timelinejs", (*config).timelineJS},
	{"html", (*config).eventsLD},
	{"atom", (*config).atom},
	{"embed", (*config).embed},
	{"jsonfeed", (*config).jsonFeed},
}

// firstErr keeps the first error set, from any goroutine.
type firstErr struct {
	mu  sync.Mutex
	err error
}

func (e *firstErr) set(err error) {
	e.mu.Lock()
	if e.err == nil {
		e.err = err
	}
	e.mu.Unlock()
}

func (e *firstErr) get() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.err
}

// errStopped is what a lane's emit returns once another lane failed.
var errStopped = errors.New("stopped")

// seenFile is a path handed to emit: its bytes' maphash, known when done
// is closed (a streamed file's once streamed).
type seenFile struct {
	sum  uint64
	done chan struct{}
}

func render(t *timeline.Timeline, opt Options, lanes int, emit func(File) error) error {
	c, err := newConfig(t, opt)
	if err != nil {
		return err
	}
	var (
		mu      sync.Mutex
		seen    = map[string]*seenFile{}
		stopped atomic.Bool
	)
	seed := maphash.MakeSeed()
	// once hands f to emit unless a file of its path was handed over;
	// emitErr gets emit's own first error, returned as it is (a format's
	// pages may call once from several goroutines).
	once := func(f File, emitErr *firstErr) error {
		if stopped.Load() {
			return errStopped
		}
		if err := output.CheckPath(f.Path); err != nil {
			return err
		}
		var sum uint64
		if f.Stream == nil {
			sum = maphash.Bytes(seed, f.Data)
		} else {
			// The sum is known once emit has streamed the file.
			stream := f.Stream
			f.Stream = func(w io.Writer) error {
				var h maphash.Hash
				h.SetSeed(seed)
				err := stream(io.MultiWriter(w, &h))
				sum = h.Sum64()
				return err
			}
		}
		mu.Lock()
		prev, dup := seen[f.Path]
		me := &seenFile{done: make(chan struct{})}
		if !dup {
			seen[f.Path] = me
		}
		mu.Unlock()
		if dup {
			if f.Stream != nil {
				if err := f.Stream(io.Discard); err != nil {
					return err
				}
			}
			<-prev.done
			if prev.sum != sum {
				err := fmt.Errorf("two different files named %q", f.Path)
				emitErr.set(err)
				stopped.Store(true)
				return err
			}
			return nil
		}
		err := emit(f)
		me.sum = sum
		close(me.done)
		if err != nil {
			emitErr.set(err)
			stopped.Store(true)
			return err
		}
		return nil
	}
	errs := make([]error, len(renders))
	do := func(i int) {
		var emitErr firstErr
		err := renders[i].f(c, func(f File) error { return once(f, &emitErr) })
		switch {
		case emitErr.get() != nil:
			err = emitErr.get()
		case errors.Is(err, errStopped):
		case err != nil:
			err = fmt.Errorf("render %s: %w", renders[i].name, err)
		}
		if err != nil {
			errs[i] = err
			stopped.Store(true)
		}
	}
	if lanes <= 1 {
		for i := range renders {
			if do(i); errs[i] != nil {
				return errs[i]
			}
		}
		return nil
	}
	// The theme is parsed before the lanes share it.
	if _, err := c.theme(); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(lanes, len(renders)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(renders) || stopped.Load() {
					return
				}
				do(i)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil && !errors.Is(err, errStopped) {
			return err
		}
	}
	return nil
}

// sortFiles sorts files by path and drops exact duplicates; two different
// files at one path are an error.
func sortFiles(files []File) ([]File, error) {
	slices.SortStableFunc(files, func(a, b File) int { return cmp.Compare(a.Path, b.Path) })
	out := files[:0]
	for i, f := range files {
		if err := output.CheckPath(f.Path); err != nil {
			return nil, err
		}
		if i > 0 && files[i-1].Path == f.Path {
			if !bytes.Equal(files[i-1].Data, f.Data) {
				return nil, fmt.Errorf("two different files named %q", f.Path)
			}
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// CSP returns the Content-Security-Policy that every page carries in a
// <meta http-equiv> element, for `dateline serve` and web servers to send as
// a header as well. It allows scripts, styles and images from the site's own
// origin only, and no inline code except the built-in stylesheet, which
// pages carry in a <style> element and which the policy names by its
// SHA-256 hash (so the value changes when templates/style.css does: send
// what this function returns rather than a copy). It leaves out
// frame-ancestors, so that embed.html can be framed anywhere (and browsers
// ignore it in <meta>).
func CSP() string {
	return "default-src 'none'; script-src 'self'; style-src 'self' " + embeddedStyleHash() + " " + fragmentStyleHash() +
		"; img-src 'self'; base-uri 'none'; form-action 'none'"
}

// styleHash is the CSP hash source of an inline stylesheet: the SHA-256 of
// the exact text between <style> and </style>.
func styleHash(css []byte) string {
	sum := sha256.Sum256(css)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// embeddedStyle is the embedded templates/style.css as pages carry it
// inline (without its comments), and that text's styleHash.
var embeddedStyle = sync.OnceValues(func() ([]byte, string) {
	css, err := fs.ReadFile(templates.FS(), "style.css")
	if err != nil {
		panic("templates: no style.css: " + err.Error())
	}
	css = stripComments(css)
	return css, styleHash(css)
})

func embeddedStyleHash() string { _, h := embeddedStyle(); return h }

// fragmentStyleHash is the hash of the <style> element fragment.html
// carries with the built-in stylesheet, so that fragment.html opened from
// `dateline serve` is styled under the header policy too.
var fragmentStyleHash = sync.OnceValue(func() string {
	css, err := fs.ReadFile(templates.FS(), "style.css")
	if err != nil {
		panic("templates: no style.css: " + err.Error())
	}
	return styleHash(fragmentCSS(css))
})

// stripComments drops the /* comments */ of a stylesheet, and the line
// break after each, so that every page does not carry them. It does not
// parse strings: it is for the built-in stylesheet, whose strings hold no
// comment marks.
func stripComments(css []byte) []byte {
	var out []byte
	for {
		i := bytes.Index(css, []byte("/*"))
		if i < 0 {
			return append(out, css...)
		}
		j := bytes.Index(css[i+2:], []byte("*/"))
		if j < 0 {
			return append(out, css[:i]...)
		}
		out = append(out, css[:i]...)
		css = bytes.TrimPrefix(css[i+2+j+2:], []byte("\n"))
	}
}

// config is Options with defaults applied, the timeline normalised, and
// what every format renders from, computed once per Render.
type config struct {
	Options
	base  *url.URL // nil without BaseURL
	t     *timeline.Timeline
	model *model // see m
	// modelOnce makes model once, on the first goroutine to ask.
	modelOnce sync.Once
	th        *theme // see theme
}

// theme returns the templates, parsed on first use.
func (c *config) theme() (*theme, error) {
	if c.th == nil {
		th, err := themeFor(c.Templates)
		if err != nil {
			return nil, err
		}
		c.th = th
	}
	return c.th, nil
}

func newConfig(t *timeline.Timeline, opt Options) (*config, error) {
	if t == nil {
		return nil, fmt.Errorf("nil timeline")
	}
	c := &config{Options: opt}
	if c.Title == "" {
		c.Title = "Timeline"
	}
	if c.Lang == "" {
		c.Lang = "en"
	}
	if c.Author == "" {
		c.Author = c.Title
	}
	if c.FeedItems == 0 {
		c.FeedItems = 50
	}
	if c.EmbedHeight <= 0 {
		c.EmbedHeight = 600
	}
	switch c.Theme {
	case "", "light", "dark", "auto":
	default:
		return nil, fmt.Errorf("theme %q: want light, dark or auto", c.Theme)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
			return nil, fmt.Errorf("base URL %q: want an absolute http or https URL", c.BaseURL)
		}
		u.RawQuery, u.Fragment = "", ""
		if !strings.HasSuffix(u.Path, "/") {
			u.Path += "/"
			u.RawPath = ""
		}
		c.base = u
	}
	nt, err := normalize(t)
	if err != nil {
		return nil, err
	}
	c.t = nt
	return c, nil
}

// m returns the model of the timeline, made on first use: timeline.json
// needs none, and renders while the pages wait for it.
func (c *config) m() *model {
	c.modelOnce.Do(func() {
		m := newModel(c.t)
		setAnchors(m)
		c.model = m
	})
	return c.model
}

// abs returns the URL of site path p ("" is the root): absolute with a
// BaseURL, else relative to the site root.
func (c *config) abs(p string) string {
	if c.base == nil {
		if p == "" {
			return "./"
		}
		return p
	}
	return c.base.String() + p
}

// normalize returns a sorted copy of t with nil lists made empty, so that the
// JSON has [] and not null; t itself is not changed. Event IDs must be
// unique and hold only [a-z0-9-], since they become paths and anchors.
func normalize(t *timeline.Timeline) (*timeline.Timeline, error) {
	nt := &timeline.Timeline{
		Events:   slices.Clone(t.Events),
		Articles: slices.Clone(t.Articles),
	}
	if nt.Events == nil {
		nt.Events = []timeline.Event{}
	}
	if nt.Articles == nil {
		nt.Articles = []timeline.Article{}
	}
	seen := make(map[string]bool, len(nt.Events))
	for i := range nt.Events {
		e := &nt.Events[i]
		if !validID(e.ID) {
			return nil, fmt.Errorf("event %d: id %q: want 1 to 200 characters of [a-z0-9-]", i, e.ID)
		}
		if seen[e.ID] {
			return nil, fmt.Errorf("event %d: two events with id %q", i, e.ID)
		}
		seen[e.ID] = true
		if e.Actors == nil {
			e.Actors = []string{}
		}
		if e.Places == nil {
			e.Places = []string{}
		}
		if e.Sources == nil {
			e.Sources = []timeline.Source{}
		}
	}
	nt.Sort()
	return nt, nil
}

func validID(id string) bool {
	if id == "" || len(id) > 200 {
		return false
	}
	for _, c := range []byte(id) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// safeURL returns s if it is an absolute http or https URL and "" otherwise
// (policy.WebURL): javascript:, data:, vbscript:, relative and malformed
// links are dropped.
func safeURL(s string) string { return policy.WebURL(s) }

// Warnings returns what a build with these options should tell its user
// (one line each, no trailing period, for the CLI to print): today, that
// without a BaseURL the outputs read outside the site itself cannot follow
// their links. It does not render anything; an invalid BaseURL is Render's
// error, not a warning.
func Warnings(opt Options) []string {
	var w []string
	if strings.TrimSpace(opt.BaseURL) == "" {
		w = append(w, "no base URL (--base-url): feed.atom and feed.json link relatively and their ids are urn:dateline names; "+
			"oembed.json, the embed snippet and fragment.html use relative links, which work only on the site's own pages; "+
			"pages have no canonical link")
	}
	return w
}
