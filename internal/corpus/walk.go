package corpus

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
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

// root is one path given by the user that can be read: a folder or an
// article file.
type root struct {
	given string // as the user gave it
	real  string // absolute, symlinks resolved: its identity
	abs   string // absolute, as given: the end of it names the root
	info  fs.FileInfo
	label string // the Path prefix of its articles (see labelRoots)
}

// roots checks the paths given and returns those that can be read, sorted
// by real path (a folder before what is inside it), each labelled. A path
// that cannot be read, and one that is another's real path again, is
// reported.
func (r *reader) roots(paths []string) []root {
	var roots []root
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			r.report(p, statError(err))
			continue
		}
		if !info.IsDir() {
			if !isArticle(filepath.Base(p)) {
				r.report(p, fmt.Errorf("not an article (want %s)", strings.Join(articleExts, ", ")))
				continue
			}
			if !info.Mode().IsRegular() {
				r.report(p, errors.New("not a regular file"))
				continue
			}
		}
		real, err := realPath(p)
		if err != nil {
			r.report(p, unwrapPath(err))
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = real
		}
		roots = append(roots, root{given: p, real: real, abs: abs, info: info})
	}
	slices.SortFunc(roots, func(a, b root) int {
		return cmp.Or(cmp.Compare(a.real, b.real), cmp.Compare(a.given, b.given))
	})
	kept := roots[:0]
	for i, rt := range roots {
		if i > 0 && rt.real == roots[i-1].real {
			what := "file"
			if rt.info.IsDir() {
				what = "folder"
			}
			r.report(rt.given, fmt.Errorf("%w: %s already given as %s", ErrDuplicate, what, roots[i-1].given))
			continue
		}
		kept = append(kept, rt)
	}
	labelRoots(kept)
	return kept
}

// labelRoots names each root's articles. One folder given alone names none
// (its articles' Paths are relative to it); a file given alone is its base
// name. With several, each root is named by the last elements of its path,
// as few as tell it from every other root: "a/index.md" and "b/index.md"
// for folders a and b, "2024/wire/x.md" and "2023/wire/x.md" for two files.
func labelRoots(roots []root) {
	if len(roots) == 1 {
		if !roots[0].info.IsDir() {
			roots[0].label = filepath.Base(roots[0].given)
		}
		return
	}
	elems := make([][]string, len(roots))
	for i, rt := range roots {
		for _, e := range strings.Split(filepath.ToSlash(rt.abs), "/") {
			if e != "" {
				elems[i] = append(elems[i], e)
			}
		}
		if len(elems[i]) == 0 {
			elems[i] = []string{"_"} // the file system's root
		}
	}
	suffix := func(i, k int) string {
		e := elems[i]
		return strings.Join(e[len(e)-min(k, len(e)):], "/")
	}
	clash := func(i, k int) bool {
		for j := range roots {
			if j != i && suffix(j, k) == suffix(i, k) {
				return true
			}
		}
		return false
	}
	for i := range roots {
		k := 1
		for k < len(elems[i]) && clash(i, k) {
			k++
		}
		roots[i].label = suffix(i, k)
	}
}

// readRoot reads one root: a folder walked, or an article file.
func (r *reader) readRoot(rt root) {
	if !rt.info.IsDir() {
		r.readFile(rt.given, rt.label, filepath.Dir(rt.given), rt.real, rt.info)
		return
	}
	if first, ok := r.visited[rt.real]; ok {
		for _, o := range r.walked {
			if within(rt.real, o.real) {
				first = o.given
				break
			}
		}
		r.report(rt.given, fmt.Errorf("%w: folder already read as part of %s", ErrDuplicate, first))
		return
	}
	r.visited[rt.real] = rt.given
	r.walked = append(r.walked, rt)
	r.root = rt.real
	r.walkDir(rt.given, rt.label, []string{rt.real})
}

// readPath reads one path given by the user, as the only one.
func (r *reader) readPath(p string) {
	for _, rt := range r.roots([]string{p}) {
		r.readRoot(rt)
	}
}

// within reports whether real path p is folder dir or inside it.
func within(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir) && (strings.HasSuffix(dir, string(filepath.Separator)) || p[len(dir)] == filepath.Separator)
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
			real, err := realPath(full)
			if err != nil {
				if info.IsDir() || isArticle(name) {
					r.report(full, unwrapPath(err))
				}
				continue
			}
			if info.IsDir() {
				if !within(real, r.root) {
					// A link to / or to a home folder would read the
					// whole disk: only what is inside the folder given
					// is walked.
					r.report(full, fmt.Errorf("symlink to a folder outside %s (%s): not followed", r.visited[r.root], real))
					continue
				}
				r.walkSub(full, relp, real, stack)
				continue
			}
			if info.Mode().IsRegular() && isArticle(name) {
				r.readFile(full, relp, dir, real, info)
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
		r.readFile(full, relp, dir, filepath.Join(stack[len(stack)-1], name), info)
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

// readFile lists the article file name, whose Path is rel and real path
// real, in folder dir, to be read (see Listing.Read).
func (r *reader) readFile(name, rel, dir, real string, info fs.FileInfo) {
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
	if isPlain(name) {
		r.loadSources(dir) // read now, so that reading articles only looks it up
	}
	r.files = append(r.files, pending{name, rel, dir, real})
}

// sources is a folder's parsed sources.yaml.
type sources struct {
	name    string // its path, for messages
	entries []sourceEntry
	broken  bool     // it could not be parsed at all
	sum     [32]byte // of its bytes, for a cache of the articles it describes
}

// loadSources returns the sources.yaml of folder dir, or nil when there is
// none. It is read once per folder; its problems are reported then.
func (r *reader) loadSources(dir string) *sources {
	r.mu.Lock()
	defer r.mu.Unlock()
	key := filepath.Clean(dir)
	if s, ok := r.sources[key]; ok {
		return s
	}
	name := filepath.Join(dir, SourcesFile)
	info, err := os.Stat(name)
	if err != nil || !info.Mode().IsRegular() {
		r.sources[key] = nil
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			r.reportLocked(name, statError(err))
		}
		return nil
	}
	s := &sources{name: name}
	r.sources[key] = s
	if info.Size() > r.opt.maxSize() {
		r.reportLocked(name, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, info.Size(), r.opt.maxSize()))
		s.broken = true
		return s
	}
	f, err := r.open(name)
	if err != nil {
		r.reportLocked(name, unwrapPath(err))
		s.broken = true
		return s
	}
	b, err := readLimited(f, r.opt.maxSize())
	f.Close()
	if err != nil {
		r.reportLocked(name, unwrapPath(err))
		s.broken = true
		return s
	}
	s.sum = sha256.Sum256(b)
	text, _, err := decode(b)
	if errors.Is(err, ErrEmpty) {
		return s // an empty sources.yaml lists nothing
	}
	if err != nil {
		r.reportLocked(name, err)
		s.broken = true
		return s
	}
	entries, errs := parseSources(text)
	for _, err := range errs {
		r.reportLocked(name, err)
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
