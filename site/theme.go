package site

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"sync"

	"github.com/dateline-news/dateline/templates"
)

// theme is a parsed template set and the static files (CSS, scripts) copied
// to every site.
type theme struct {
	tmpl  *template.Template
	files map[string][]byte
}

// embeddedTheme parses the embedded templates once; the result is never
// modified afterwards.
var embeddedTheme = sync.OnceValues(func() (*theme, error) { return loadTheme(templates.FS(), nil) })

// themeFor returns the embedded theme, or for an override folder a theme in
// which its files replace the embedded ones of the same name.
func themeFor(override fs.FS) (*theme, error) {
	if override == nil {
		return embeddedTheme()
	}
	return loadTheme(templates.FS(), override)
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
	for _, name := range staticFiles {
		if th.files[name] == nil {
			return nil, fmt.Errorf("templates: missing %s", name)
		}
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
// and how to link from the page it sits in.
type evCtx struct {
	Root   string // path from the page to the site root
	Target string // link target ("_top" in the embed) or ""
	Event  *eventView
}

func at(root, target string, e *eventView) evCtx { return evCtx{root, target, e} }
