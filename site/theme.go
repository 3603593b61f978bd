package site

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dateline-news/dateline/templates"
)

// theme is a parsed template set and the static files (CSS, scripts) copied
// to every site.
type theme struct {
	tmpl  *template.Template
	files map[string][]byte
	// style is style.css as pages carry it inline (the built-in
	// stylesheet without its comments, whose hash CSP allows), or "" when
	// they link it.
	style template.CSS
	// direct is whether the theme's directTemplates are the embedded
	// ones, which the Go writers of direct.go then write; trees is
	// their parsed text, compared to tell.
	direct bool
	trees  string
	// directPage is whether event.html and the templates it calls
	// are the embedded ones too, and appendEventPage writes the event
	// pages.
	directPage bool
	pageTrees  string
}

// embeddedTheme parses the embedded templates once; the result is never
// modified afterwards.
var embeddedTheme = sync.OnceValues(func() (*theme, error) { return loadTheme(templates.FS(), nil) })

// themeFor returns the embedded theme, or for an override folder a theme in
// which its files replace the embedded ones of the same name.
func themeFor(override fs.FS) (*theme, error) {
	emb, err := embeddedTheme()
	if override == nil || err != nil {
		return emb, err
	}
	th, err := loadTheme(templates.FS(), override)
	if err != nil {
		return nil, err
	}
	th.direct = th.trees == emb.trees
	th.directPage = th.direct && th.pageTrees == emb.pageTrees
	return th, nil
}

// staticFiles are copied to the site as they are.
var staticFiles = []string{"embed.js", "favicon.svg", "style.css", "timeline.js"}

func loadTheme(base, override fs.FS) (*theme, error) {
	entries, err := fs.ReadDir(base, ".")
	if err != nil {
		return nil, fmt.Errorf("read templates: %w", err)
	}
	th := &theme{files: map[string][]byte{}}
	th.tmpl = template.New("").Option("missingkey=error").Funcs(template.FuncMap{"at": at})
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	for _, name := range names {
		data, err := readTheme(base, override, name)
		if err != nil {
			return nil, err
		}
		if path.Ext(name) == ".html" {
			if _, err := th.tmpl.New(name).Parse(string(data)); err != nil {
				return nil, fmt.Errorf("parse template: %w", err)
			}
			continue
		}
		th.files[name] = data
	}
	// The trees are read before any template executes (html/template
	// rewrites them with its escapers then).
	tree := func(names []string) string {
		var trees strings.Builder
		for _, name := range names {
			if t := th.tmpl.Lookup(name); t != nil && t.Tree != nil {
				trees.WriteString(t.Tree.Root.String())
			}
			trees.WriteString("\x00")
		}
		return trees.String()
	}
	th.trees, th.pageTrees = tree(directTemplates), tree(directPageTemplates)
	th.direct, th.directPage = override == nil, override == nil
	for _, name := range staticFiles {
		if th.files[name] == nil {
			return nil, fmt.Errorf("templates: missing %s", name)
		}
	}
	// Pages carry the stylesheet in a <style> element, so that the first
	// paint waits for no second request. The policy a web server sends
	// (CSP) allows it by its hash, so only the built-in stylesheet can be
	// inlined: a style.css from a template folder is linked as a file.
	if css, _ := embeddedStyle(); bytes.Equal(stripComments(th.files["style.css"]), css) {
		th.style = template.CSS(css)
	}
	return th, nil
}

func readTheme(base, override fs.FS, name string) ([]byte, error) {
	if override != nil {
		data, err := fs.ReadFile(override, name)
		if err == nil {
			return data, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("read template override %s: %w", name, err)
		}
	}
	data, err := fs.ReadFile(base, name)
	if err != nil {
		return nil, fmt.Errorf("read template %s: %w", name, err)
	}
	return data, nil
}

// evCtx is what the "event", "who" and "sources" templates see: one event
// and the path from the page it sits in to the site root.
type evCtx struct {
	Root  string
	Event *eventView
}

func at(root string, e *eventView) evCtx { return evCtx{root, e} }

// itemCache renders the "event", "line" and "link" templates for each
// event once per Root and hands the HTML to every list that shows the event
// (index, embed, actor pages, fragment): list pages are most of the work of
// a large site.
type itemCache struct {
	th *theme
	mu sync.Mutex
	m  map[itemKey]template.HTML
}

type itemKey struct {
	tmpl string
	evCtx
}

// newItems returns a cache of the theme's items, for one format's pages:
// it goes with them when they are done.
func newItems(th *theme) *itemCache {
	return &itemCache{th: th, m: map[itemKey]template.HTML{}}
}

// HTML returns the rendered "event" template for e seen from root. The
// value is html/template output, so it is safe as template.HTML. It is not
// cached: an event's entry is shown once per page depth (its year's page),
// and holding every entry until the render ends would hold the timeline
// again as HTML.
func (ic *itemCache) HTML(root string, e *eventView) (template.HTML, error) {
	if ic.direct() {
		return ic.write(appendEvent, root, e), nil
	}
	var b strings.Builder
	if err := ic.th.tmpl.ExecuteTemplate(&b, "event", evCtx{root, e}); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// Sources returns the rendered "sources" template (every article of e,
// each with every sentence read from it) seen from root: what the event's
// page shows. It is not cached (one page shows it).
func (ic *itemCache) Sources(root string, e *eventView) (template.HTML, error) {
	if ic.direct() {
		return ic.write(func(b []byte, _ string, e *eventView) []byte { return appendSources(b, e) }, root, e), nil
	}
	var b strings.Builder
	if err := ic.th.tmpl.ExecuteTemplate(&b, "sources", evCtx{root, e}); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// useDirect lets a test turn the Go writers of direct.go off, to compare
// them with the templates.
var useDirect = true

// direct reports whether the items are written by direct.go's writers.
func (ic *itemCache) direct() bool { return useDirect && ic.th.direct }

// write returns what f appends for e seen from root, made in a pooled
// buffer: the entries of a page are made one after another, and only the
// string returned is new.
func (ic *itemCache) write(f func([]byte, string, *eventView) []byte, root string, e *eventView) template.HTML {
	bp := itemBufs.Get().(*[]byte)
	b := f((*bp)[:0], root, e)
	h := template.HTML(b)
	if cap(b) <= 1<<20 {
		*bp = b
		itemBufs.Put(bp)
	}
	return h
}

// itemBufs are the buffers write makes entries in.
var itemBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// Line returns the rendered "line" template (one line of the highlights)
// for e seen from root.
func (ic *itemCache) Line(root string, e *eventView) (template.HTML, error) {
	return ic.render("line", root, e)
}

// Link returns the rendered "link" template (a date and a linked title,
// for actor pages) for e seen from root.
func (ic *itemCache) Link(root string, e *eventView) (template.HTML, error) {
	return ic.render("link", root, e)
}

func (ic *itemCache) render(name, root string, e *eventView) (template.HTML, error) {
	k := itemKey{name, evCtx{root, e}}
	ic.mu.Lock()
	h, ok := ic.m[k]
	ic.mu.Unlock()
	if ok {
		return h, nil
	}
	switch {
	case ic.direct() && name == "line":
		h = ic.write(appendLine, root, e)
	case ic.direct() && name == "link":
		h = ic.write(appendLink, root, e)
	default:
		var b strings.Builder
		if err := ic.th.tmpl.ExecuteTemplate(&b, name, k.evCtx); err != nil {
			return "", err
		}
		h = template.HTML(b.String())
	}
	ic.mu.Lock()
	ic.m[k] = h
	ic.mu.Unlock()
	return h, nil
}

// job is one page to render: a template, the file it makes, its data (or
// make, which gives the data when the page is rendered, so that what only
// one page needs is not held for all of them).
type job struct {
	name, file string
	p          *page
	make       func() (*page, error)
}

// execute renders the jobs on every CPU (html/template may execute in
// parallel) and hands the files to emit in the order of the jobs, so the
// output does not depend on scheduling. At most a few pages per CPU are
// rendered ahead of emit and held; an error stops it.
func (th *theme) execute(jobs []job, emit func(File) error) error {
	type result struct {
		buf *bytes.Buffer // the page, from pages; back there once emitted
		err error
	}
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	ahead := make(chan struct{}, 2*workers+2) // pages rendered and not yet emitted
	results := make([]chan result, len(jobs))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	quit := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				select {
				case ahead <- struct{}{}:
				case <-quit:
					return
				}
				i := int(next.Add(1)) - 1
				if i >= len(jobs) {
					return
				}
				j := jobs[i]
				p := j.p
				var err error
				if j.make != nil {
					p, err = j.make()
				}
				buf := pages.Get().(*bytes.Buffer)
				buf.Reset()
				switch {
				case err != nil:
				case j.name == "event.html" && useDirect && th.directPage:
					buf.Write(appendEventPage(buf.AvailableBuffer(), p))
				default:
					err = th.tmpl.ExecuteTemplate(buf, j.name, p)
				}
				if err != nil {
					pages.Put(buf)
					results[i] <- result{err: fmt.Errorf("%s: %w", j.file, err)}
					continue
				}
				results[i] <- result{buf: buf}
			}
		})
	}
	defer wg.Wait()
	defer close(quit)
	for i := range jobs {
		r := <-results[i]
		results[i] = nil
		<-ahead
		if r.err != nil {
			return r.err
		}
		// emit uses Data before it returns (RenderTo): the buffer is
		// the next page's.
		err := emit(File{Path: jobs[i].file, Data: r.buf.Bytes()})
		if r.buf.Cap() <= 4<<20 {
			pages.Put(r.buf)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// pages are the buffers execute renders pages into.
var pages = sync.Pool{New: func() any { return new(bytes.Buffer) }}
