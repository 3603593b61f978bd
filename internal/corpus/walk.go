package corpus

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// ErrLoop is wrapped by the problem for a symlink that leads back into a
// folder being read, or that resolves to itself.
var ErrLoop = errors.New("symlink loop")

func openFile(name string) (io.ReadCloser, error) { return os.Open(name) }

// unwrapPath drops the *fs.PathError around err: the problem names the file
// already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// statError describes why a path could not be looked at.
func statError(err error) error {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("%w: the link resolves to itself", ErrLoop)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("not found: %w", fs.ErrNotExist)
	}
	return unwrapPath(err)
}

// readPath reads one path given by the user.
func (r *reader) readPath(p string) {
	info, err := os.Stat(p)
	if err != nil {
		r.report(p, statError(err))
		return
	}
	if info.IsDir() {
		real, err := realPath(p)
		if err != nil {
			r.report(p, unwrapPath(err))
			return
		}
		if first, ok := r.visited[real]; ok {
			r.report(p, fmt.Errorf("%w: folder already read as %s", ErrDuplicate, first))
			return
		}
		r.visited[real] = p
		r.walkDir(p, "", []string{real})
		return
	}
	base := filepath.Base(p)
	if !isArticle(base) {
		r.report(p, fmt.Errorf("not an article (want %s)", strings.Join(articleExts, ", ")))
		return
	}
	if !info.Mode().IsRegular() {
		r.report(p, errors.New("not a regular file"))
		return
	}
	r.readFile(p, base, filepath.Dir(p), info)
}

// realPath is the absolute path of p with every symlink resolved.
func realPath(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

// walkDir reads the articles in folder dir, whose Path prefix is rel, and
// in its subfolders, in sorted order. stack holds the real paths of the
// folders being walked, dir's last: a symlink to one of them is a loop.
// A folder reached a second time by another symlink is reported and not
// read again (its articles would all be duplicates).
func (r *reader) walkDir(dir, rel string, stack []string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		r.report(dir, unwrapPath(err))
		return
	}
	if slices.ContainsFunc(entries, func(e fs.DirEntry) bool { return e.Name() == SourcesFile }) {
		if src := r.loadSources(dir); src != nil {
			for _, e := range src.entries {
				if !slices.ContainsFunc(entries, func(d fs.DirEntry) bool { return d.Name() == e.file }) {
					r.report(src.name, atLine(e.line, fmt.Errorf("%w: %s", ErrMissing, e.file)))
				}
			}
		}
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden: .git, editor swap files, .DS_Store
		}
		full := filepath.Join(dir, name)
		relp := path.Join(rel, name)
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(full)
			if err != nil {
				if isArticle(name) || errors.Is(err, syscall.ELOOP) {
					r.report(full, statError(err))
				}
				continue
			}
			if info.IsDir() {
				real, err := realPath(full)
				if err != nil {
					r.report(full, unwrapPath(err))
					continue
				}
				r.walkSub(full, relp, real, stack)
				continue
			}
			if info.Mode().IsRegular() && isArticle(name) {
				r.readFile(full, relp, dir, info)
			}
			continue
		}
		if e.IsDir() {
			r.walkSub(full, relp, filepath.Join(stack[len(stack)-1], name), stack)
			continue
		}
		if !e.Type().IsRegular() || !isArticle(name) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			r.report(full, unwrapPath(err))
			continue
		}
		r.readFile(full, relp, dir, info)
	}
}

// walkSub walks subfolder full, whose real path is real, unless that would
// loop or read a folder twice.
func (r *reader) walkSub(full, rel, real string, stack []string) {
	if slices.Contains(stack, real) {
		r.report(full, fmt.Errorf("%w: leads back to %s", ErrLoop, r.visited[real]))
		return
	}
	if first, ok := r.visited[real]; ok {
		r.report(full, fmt.Errorf("%w: folder already read as %s", ErrDuplicate, first))
		return
	}
	r.visited[real] = full
	r.walkDir(full, rel, append(stack[:len(stack):len(stack)], real))
}

// readFile reads the article file name, whose Path is rel, in folder dir.
func (r *reader) readFile(name, rel, dir string, info fs.FileInfo) {
	if strings.ContainsFunc(rel, isStrippedControl) {
		// The Path is published (sources, links, messages): a control
		// character in it would reach every output.
		r.report(name, errors.New("file name has control characters; rename it"))
		return
	}
	max := r.opt.maxSize()
	if info.Size() > max {
		r.report(name, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, info.Size(), max))
		return
	}
	f, err := r.open(name)
	if err != nil {
		r.report(name, unwrapPath(err))
		return
	}
	d, err := r.readArticle(name, rel, dir, f)
	f.Close()
	if err != nil {
		r.report(name, err)
		return
	}
	sum := sha256.Sum256([]byte(d.Text))
	if first, ok := r.byText[sum]; ok {
		r.report(name, fmt.Errorf("%w: same text as %s", ErrDuplicate, first))
		return
	}
	if first, ok := r.byPath[rel]; ok {
		r.report(name, fmt.Errorf("%w: same article path %s as %s", ErrDuplicate, rel, first))
		return
	}
	r.byText[sum] = name
	r.byPath[rel] = name
	r.docs = append(r.docs, d)
}

// sources is a folder's parsed sources.yaml.
type sources struct {
	name    string // its path, for messages
	entries []sourceEntry
	broken  bool // it could not be parsed at all
}

// loadSources returns the sources.yaml of folder dir, or nil when there is
// none. It is read once per folder; its problems are reported then.
func (r *reader) loadSources(dir string) *sources {
	key := filepath.Clean(dir)
	if s, ok := r.sources[key]; ok {
		return s
	}
	name := filepath.Join(dir, SourcesFile)
	info, err := os.Stat(name)
	if err != nil || !info.Mode().IsRegular() {
		r.sources[key] = nil
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			r.report(name, statError(err))
		}
		return nil
	}
	s := &sources{name: name}
	r.sources[key] = s
	if info.Size() > r.opt.maxSize() {
		r.report(name, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, info.Size(), r.opt.maxSize()))
		s.broken = true
		return s
	}
	f, err := r.open(name)
	if err != nil {
		r.report(name, unwrapPath(err))
		s.broken = true
		return s
	}
	b, err := io.ReadAll(io.LimitReader(f, r.opt.maxSize()+1))
	f.Close()
	if err != nil {
		r.report(name, unwrapPath(err))
		s.broken = true
		return s
	}
	text, _, err := decode(b)
	if errors.Is(err, ErrEmpty) {
		return s // an empty sources.yaml lists nothing
	}
	if err != nil {
		r.report(name, err)
		s.broken = true
		return s
	}
	entries, errs := parseSources(text)
	for _, err := range errs {
		r.report(name, err)
	}
	s.entries = entries
	s.broken = entries == nil && len(errs) > 0
	return s
}

// fromSources fills what front matter m lacks from the entry for the .txt
// article name in dir's sources.yaml. Without a sources.yaml, or without an
// entry, the article has no date: that is the error returned.
func (r *reader) fromSources(m meta, name, dir string) (meta, error) {
	if dir == "" {
		return m, nil
	}
	src := r.loadSources(dir)
	switch {
	case src == nil && m.has:
		return m, nil
	case src == nil:
		return m, fmt.Errorf("%w: no front matter, and no %s in its folder", ErrNoDate, SourcesFile)
	case src.broken:
		return m, fmt.Errorf("%w: %s could not be read", ErrNoDate, src.name)
	}
	base := filepath.Base(name)
	i := slices.IndexFunc(src.entries, func(e sourceEntry) bool { return e.file == base })
	if i < 0 {
		if m.has {
			return m, nil
		}
		return m, fmt.Errorf("%w (no front matter, no publication date)", ErrNotListed)
	}
	e := src.entries[i]
	from := func(f field) field {
		f.file = src.name
		return f
	}
	if m.date.value == "" {
		m.date = from(e.meta.date)
		if m.date.value == "" {
			return m, &elsewhereError{file: src.name, line: e.line, err: fmt.Errorf(`%w: missing "published"`, ErrNoDate)}
		}
	}
	if m.title.value == "" {
		m.title = from(e.meta.title)
	}
	if m.url.value == "" {
		m.url = from(e.meta.url)
	}
	if m.outlet.value == "" {
		m.outlet = from(e.meta.outlet)
	}
	m.has = true
	return m, nil
}
