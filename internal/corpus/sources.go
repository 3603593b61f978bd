package corpus

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// SourcesFile is the name of the file that gives the metadata of the .txt
// articles in its folder.
const SourcesFile = "sources.yaml"

// Sentinel errors for sources.yaml.
var (
	ErrSources   = errors.New("malformed")
	ErrNotListed = errors.New("not listed in sources.yaml")
	ErrMissing   = errors.New("listed in sources.yaml but not there")
)

// sourceEntry is one article's metadata in sources.yaml.
type sourceEntry struct {
	file string
	line int // line of the entry in sources.yaml
	meta meta
}

// parseSources parses a sources.yaml: a YAML list of mappings, each with
// `file` (a file name in the same folder) and `published`, and optionally
// `title`, `url` and `outlet`; other keys are ignored. It returns the entries
// it could read, and an error with its line for each one it could not (a
// syntax error leaves no entries). Missing "published" is not an error here:
// an article may have its own date in front matter.
func parseSources(text string) ([]sourceEntry, []error) {
	// YAML reads a byte-order mark as UTF-16 and U+2028 as a line break:
	// its lines may then run past the file's. A line is always one of the
	// file's: text that is not UTF-8 is refused at its first bad byte, and
	// a line past the last is the last.
	if !utf8.ValidString(text) {
		bad := 0
		for i, r := range text {
			if r == utf8.RuneError {
				bad = i
				break
			}
		}
		return nil, []error{atLine(1+strings.Count(text[:bad], "\n"), fmt.Errorf("%w: not UTF-8 text", ErrSources))}
	}
	last := 1 + strings.Count(text, "\n")
	at := func(line int) int { return min(max(line, 1), last) }
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		return nil, []error{yamlError(ErrSources, err, text, 1)}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil
	}
	if root.Kind != yaml.SequenceNode {
		return nil, []error{atLine(at(root.Line), fmt.Errorf("%w: want a list of articles (- file: ...)", ErrSources))}
	}
	var entries []sourceEntry
	var errs []error
	seen := map[string]int{}
	for _, item := range root.Content {
		if item.Kind == yaml.AliasNode && item.Alias != nil {
			item = item.Alias
		}
		if item.Kind != yaml.MappingNode {
			errs = append(errs, atLine(at(item.Line), fmt.Errorf("%w: want file, published, title, url, outlet", ErrSources)))
			continue
		}
		e := sourceEntry{line: at(item.Line)}
		bad := false
		for i := 0; i+1 < len(item.Content); i += 2 {
			k := strings.ToLower(item.Content[i].Value)
			if k != "file" && !known(k) {
				continue
			}
			v := item.Content[i+1]
			if v.Kind == yaml.AliasNode && v.Alias != nil {
				v = v.Alias
			}
			if v.Kind != yaml.ScalarNode {
				errs = append(errs, atLine(at(v.Line), fmt.Errorf("%w: %s is not a single value", ErrSources, k)))
				bad = true
				break
			}
			if v.Tag == "!!null" {
				continue
			}
			if k == "file" {
				e.file = strings.TrimSpace(v.Value)
				continue
			}
			e.meta.set(k, field{value: v.Value, line: at(v.Line)})
		}
		switch {
		case bad:
		case e.file == "":
			errs = append(errs, atLine(e.line, fmt.Errorf(`%w: missing "file"`, ErrSources)))
		case strings.ContainsAny(e.file, `/\`) || e.file == "." || e.file == "..":
			errs = append(errs, atLine(e.line, fmt.Errorf("%w: file %q must be a name in this folder", ErrSources, e.file)))
		case seen[e.file] > 0:
			errs = append(errs, atLine(e.line, fmt.Errorf("%w: %s listed twice (first on line %d)", ErrSources, e.file, seen[e.file])))
		default:
			seen[e.file] = e.line
			e.meta.has = true
			entries = append(entries, e)
		}
	}
	return entries, errs
}
