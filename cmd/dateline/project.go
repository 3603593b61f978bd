package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dateline-news/dateline/internal/editorial"
	"github.com/dateline-news/dateline/timeline"
)

// projectName is the project file's name beside the articles.
const projectName = "dateline.yaml"

// projectKeys are the keys a project file may hold, each the name of the
// flag it stands for. Paths (aliases, editorial, templates) are relative
// to the project file's folder.
var projectKeys = []string{"title", "description", "base-url", "theme", "top", "from", "to", "aliases", "lexicon", "editorial", "templates", "tz"}

// projectPaths are the keys whose values are file or folder paths.
var projectPaths = []string{"aliases", "lexicon", "editorial", "templates"}

// projectFlags name the project file: --project FILE, or the dateline.yaml
// of the first PATH that is a folder.
type projectFlags struct {
	path string
}

func (p *projectFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.path, "project", "", "YAML `file` of default flags (title, description, base-url, theme, top, from, to, aliases, lexicon, editorial, templates, tz); default: dateline.yaml in the first folder given; flags given override it")
}

// file returns the project file to read, or "".
func (p *projectFlags) file(paths []string) string {
	if p.path != "" {
		return p.path
	}
	return besideArticles(paths, projectName)
}

// apply reads the project file, if any, and sets every flag of fs it
// names that the command line did not set. A key that flags lacks (extract
// has no --title) is checked and ignored. Any problem is one error,
// file:line: reason, before anything is read or written.
func (p *projectFlags) apply(flags *flag.FlagSet, paths []string) error {
	name := p.file(paths)
	if name == "" {
		return nil
	}
	data, err := editorial.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("--project %s: no such file", name)
	}
	if err != nil {
		return err
	}
	values, err := parseProject(name, data)
	if err != nil {
		return err
	}
	set := map[string]bool{}
	flags.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, key := range projectKeys {
		v, ok := values[key]
		if !ok || set[key] || flags.Lookup(key) == nil {
			continue
		}
		if slices.Contains(projectPaths, key) && !filepath.IsAbs(v.value) {
			v.value = filepath.Join(filepath.Dir(name), v.value)
		}
		if err := flags.Set(key, v.value); err != nil {
			return fmt.Errorf("%s:%d: %s: %v", name, v.line, key, err)
		}
	}
	return nil
}

type projectValue struct {
	value string
	line  int
}

// parseProject checks a project file: a mapping of known keys to scalars,
// each value valid for its flag.
func parseProject(name string, data []byte) (map[string]projectValue, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			return nil, fmt.Errorf("%s:%s", name, rest)
		}
		return nil, fmt.Errorf("%s: %s", name, msg)
	}
	values := map[string]projectValue{}
	if len(doc.Content) == 0 {
		return values, nil
	}
	root := doc.Content[0]
	bad := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, n.Line, fmt.Sprintf(format, args...))
	}
	if root.Kind != yaml.MappingNode {
		return nil, bad(root, "want a mapping of settings (%s)", strings.Join(projectKeys, ", "))
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := k.Value
		if k.Kind != yaml.ScalarNode || !slices.Contains(projectKeys, key) {
			return nil, bad(k, "unknown key %q (want %s)", key, strings.Join(projectKeys, ", "))
		}
		if _, dup := values[key]; dup {
			return nil, bad(k, "%s given twice", key)
		}
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			return nil, bad(v, "%s: want a single value", key)
		}
		s := strings.TrimSpace(v.Value)
		if strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return nil, bad(v, "%s: control character", key)
		}
		switch key {
		case "top":
			if n, err := strconv.Atoi(s); err != nil || n < 0 {
				return nil, bad(v, "top: want a whole number, 0 or more, not %q", s)
			}
		case "from", "to":
			if d, err := timeline.ParseDate(s); err != nil || !d.IsValid() {
				return nil, bad(v, "%s: want a date such as 2024, 2024-06 or 2024-06-18, not %q", key, s)
			}
		case "theme":
			if !slices.Contains([]string{"light", "dark", "auto"}, s) {
				return nil, bad(v, "theme: want light, dark or auto, not %q", s)
			}
		}
		values[key] = projectValue{value: s, line: v.Line}
	}
	return values, nil
}
