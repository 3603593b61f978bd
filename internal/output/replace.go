package output

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Marker is the file every folder written by Replace holds. A folder with
// it is dateline's own, and the next build replaces it whole.
const Marker = ".dateline-output"

// markerText is the marker's content; articles < 0 is left out.
func markerText(articles int) []byte {
	s := "This folder is written by `dateline build`, which replaces all of it on every build:\n" +
		"files of your own put here are deleted by the next build.\n"
	if articles >= 0 {
		s += "articles: " + strconv.Itoa(articles) + "\n"
	}
	return []byte(s)
}

// readMarker reports whether dir holds a marker, and the article count it
// records (-1 when none).
func readMarker(dir string) (bool, int) {
	name := filepath.Join(dir, Marker)
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() || info.Size() > 1<<16 {
		return false, -1
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return false, -1
	}
	return true, countLine(string(b))
}

// countLine returns the number on the "articles: N" line of s, or -1.
func countLine(s string) int {
	for _, line := range strings.Split(s, "\n") {
		if v, ok := strings.CutPrefix(line, "articles: "); ok {
			if n, err := strconv.Atoi(v); err == nil && n >= 0 {
				return n
			}
		}
	}
	return -1
}

// Dir is an output folder that Replace swaps a whole new build into.
type Dir struct {
	name              string // as given
	dir, parent, base string
	opt               Options
	lock              *lock
	prev              int
}

// Open checks that dir may be replaced, takes its lock and sweeps what
// killed builds left beside it. dir may be missing, an empty folder, or a
// folder with the Marker (an earlier build); any other folder is refused
// unless opt.Force. A file, a symlink, a path equal to, inside of, or
// holding a protected path is always refused. A refusal touches nothing.
func Open(dir string, opt Options) (*Dir, error) {
	abs, err := absDir(dir, opt.Protect)
	if err != nil {
		return nil, err
	}
	d := &Dir{name: dir, dir: abs, parent: filepath.Dir(abs), base: filepath.Base(abs), opt: opt, prev: -1}
	if err := d.owned(); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	if err := os.MkdirAll(d.parent, 0o755); err != nil {
		return nil, err
	}
	d.lock, err = takeLock(filepath.Join(d.parent, "."+d.base+".dateline-lock"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	step("locked")
	if err := d.sweep(); err != nil {
		d.Close()
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	step("swept")
	// A sweep may have put back a site a killed build had moved aside.
	if err := d.owned(); err != nil {
		d.Close()
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return d, nil
}

// absDir checks the path of an output folder and returns it absolute.
func absDir(dir string, protect []string) (string, error) {
	if dir == "" {
		return "", errors.New("empty output path")
	}
	abs, err := absFinal(dir)
	if err != nil {
		return "", err
	}
	if filepath.Dir(abs) == abs {
		return "", fmt.Errorf("%s: the root of a file system cannot be an output folder", dir)
	}
	for _, p := range protect {
		pa, err := absPath(p)
		if err != nil {
			return "", err
		}
		switch {
		case pa == abs:
			return "", fmt.Errorf("%s: is the input %s; nothing was written", dir, p)
		case within(pa, abs):
			return "", fmt.Errorf("%s: holds the input %s; nothing was written", dir, p)
		case within(abs, pa):
			return "", fmt.Errorf("%s: lies inside the input %s, whose next read would take the output for articles; nothing was written", dir, p)
		}
	}
	return abs, nil
}

// owned checks that d's folder is missing, empty or marked (or that Force
// is set), and reads the previous build's article count.
func (d *Dir) owned() error {
	info, err := os.Lstat(d.dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		d.prev = -1
		return nil
	case err != nil:
		return err
	case info.Mode()&fs.ModeSymlink != 0:
		return errors.New("is a symbolic link; give the folder it points to (nothing was written)")
	case !info.IsDir():
		return errors.New("is a file, not a folder; nothing was written")
	}
	if ok, n := readMarker(d.dir); ok {
		d.prev = n
		return nil
	}
	d.prev = -1
	f, err := os.Open(d.dir)
	if err != nil {
		return err
	}
	names, err := f.Readdirnames(4)
	f.Close()
	if len(names) == 0 || d.opt.Force {
		return nil
	}
	if err != nil {
		return err
	}
	slices.Sort(names)
	more := ""
	if len(names) > 3 {
		names, more = names[:3], ", ..."
	}
	return fmt.Errorf("holds files dateline did not write (%s%s); give an empty or new folder, or --force to replace it", strings.Join(names, ", "), more)
}

// Previous returns the article count the folder's last build recorded, or
// -1.
func (d *Dir) Previous() int { return d.prev }

// CheckCount refuses a build of n articles that would replace a site with
// an empty one, or with one built from fewer than half as many articles as
// the site there, unless Options.AllowShrink.
func (d *Dir) CheckCount(n int) error {
	return checkCount(d.name, n, d.prev, d.opt.AllowShrink)
}

// Close releases the lock.
func (d *Dir) Close() error {
	if d.lock == nil {
		return nil
	}
	err := d.lock.release()
	d.lock = nil
	return err
}

// tmpPrefix starts the names of the folders a build writes beside dir.
func (d *Dir) tmpPrefix() string { return "." + d.base + ".new-" }

// isLeftover reports whether name is a folder Replace makes beside the
// output: the prefix, digits (os.MkdirTemp's), and optionally ".old".
func isLeftover(name, prefix string) bool {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, ".old")
	if rest == "" {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sweep removes the folders killed builds left beside the output. If the
// output is missing and a killed build had moved it aside (as ".old"), it
// is put back first.
func (d *Dir) sweep() error {
	entries, err := os.ReadDir(d.parent)
	if err != nil {
		return err
	}
	var left, old []string
	for _, e := range entries {
		if e.IsDir() && isLeftover(e.Name(), d.tmpPrefix()) {
			left = append(left, e.Name())
			if strings.HasSuffix(e.Name(), ".old") {
				old = append(old, e.Name())
			}
		}
	}
	if len(left) == 0 {
		return nil
	}
	if _, err := os.Lstat(d.dir); errors.Is(err, fs.ErrNotExist) && len(old) > 0 {
		// The newest one moved aside is the latest complete site.
		slices.SortFunc(old, func(a, b string) int {
			ia, _ := os.Stat(filepath.Join(d.parent, a))
			ib, _ := os.Stat(filepath.Join(d.parent, b))
			if ia == nil || ib == nil {
				return strings.Compare(a, b)
			}
			return ib.ModTime().Compare(ia.ModTime())
		})
		if err := os.Rename(filepath.Join(d.parent, old[0]), d.dir); err != nil {
			return fmt.Errorf("put back the site a killed build moved aside: %w", err)
		}
		left = slices.DeleteFunc(left, func(s string) bool { return s == old[0] })
	}
	for _, name := range left {
		if err := os.RemoveAll(filepath.Join(d.parent, name)); err != nil {
			return fmt.Errorf("remove a killed build's leftover: %w", err)
		}
	}
	return nil
}

// Replace writes files, and the Marker recording articles (< 0: unknown),
// into a new folder beside the output and swaps it in: on Linux with one
// atomic exchange of the two folders, elsewhere with two renames (a kill
// between them leaves the old site beside the output, put back by the
// next build). Until the swap the output is untouched. It is Stage, Add
// for each file, and Commit.
func (d *Dir) Replace(files []File, articles int) error {
	s, err := d.Stage()
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := s.Add(f); err != nil {
			return err
		}
	}
	return s.Commit(articles)
}

// Stage is a new build being written, a file at a time, into a folder
// beside the output, for Commit to swap in. It keeps only the paths it
// was given (to refuse a second file of the same name), never the files'
// bytes. Until Commit the output is untouched; Abort, or any error, removes
// what was staged. Add may be called from several goroutines at once
// (RenderConcurrently's lanes); Commit and Abort come after the last Add.
type Stage struct {
	d       *Dir
	tmp     string
	mu      sync.Mutex
	seen    map[string]bool
	made    map[string]bool
	writing sync.WaitGroup // Adds under way, which Abort waits for
	err     error          // the first error: every later call returns it
	done    bool
	swapped func() // see OnSwap
	// prev and sums: see Reuse.
	prev map[string][32]byte
	sums map[string][32]byte
}

// Reuse has Add link into the stage, rather than write, each file given as
// Data whose SHA-256 prev has under its path: prev must be what Sums
// returned for the build now in the output's place, which nothing may have
// changed since (serve's own folder). A file that cannot be linked is
// written. The swap stays atomic: the new build is whole in the stage
// before it is swapped in, and removing the previous build unlinks only
// its names. Call it before the first Add.
func (s *Stage) Reuse(prev map[string][32]byte) {
	s.prev = prev
	s.sums = map[string][32]byte{}
}

// Sums returns, after Reuse, the SHA-256 of each file added as Data, by
// path: the prev of the next build's Reuse once this one is committed.
func (s *Stage) Sums() map[string][32]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.sums)
}

// OnSwap has Commit call f once the new build is in the output's place,
// before the previous one is removed (which takes as long as writing it:
// serve shows the new build from then on). Commit may still return an
// error after f: the previous build could not be removed.
func (s *Stage) OnSwap(f func()) { s.swapped = f }

func (s *Stage) swap() {
	step("swapped")
	if s.swapped != nil {
		s.swapped()
	}
}

// Stage starts a new build in a folder beside the output.
func (d *Dir) Stage() (*Stage, error) {
	if d.lock == nil {
		return nil, errors.New("output: Replace after Close")
	}
	tmp, err := os.MkdirTemp(d.parent, d.tmpPrefix())
	if err != nil {
		return nil, d.wrap(err)
	}
	return &Stage{d: d, tmp: tmp, seen: map[string]bool{}, made: map[string]bool{tmp: true}}, nil
}

func (d *Dir) wrap(err error) error { return fmt.Errorf("write %s: %w", d.dir, err) }

// fail records the stage's first error and removes what was staged.
func (s *Stage) fail(err error) error {
	s.mu.Lock()
	if s.err == nil {
		s.err = s.d.wrap(err)
	}
	err = s.err
	s.mu.Unlock()
	s.Abort()
	return err
}

// Add writes f into the staged folder; f.Stream, if set, is called before
// Add returns. A path that is unsafe, dateline's marker, or given twice
// is refused.
func (s *Stage) Add(f File) error {
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return s.err
	}
	if s.done {
		s.mu.Unlock()
		return s.fail(errors.New("output: Add after Commit or Abort"))
	}
	if err := CheckPath(f.Path); err != nil {
		s.mu.Unlock()
		return s.fail(err)
	}
	if f.Path == Marker {
		s.mu.Unlock()
		return s.fail(fmt.Errorf("%q is dateline's marker", f.Path))
	}
	if s.seen[f.Path] {
		s.mu.Unlock()
		return s.fail(fmt.Errorf("two files named %q", f.Path))
	}
	s.seen[f.Path] = true
	name := filepath.Join(s.tmp, filepath.FromSlash(f.Path))
	dir := filepath.Dir(name)
	made := s.made[dir]
	parentMade := made || s.made[filepath.Dir(dir)]
	s.writing.Add(1)
	s.mu.Unlock()
	err := func() error {
		defer s.writing.Done()
		if !made {
			// An event's folder is new, in a folder made already: one
			// mkdir, not MkdirAll's stat, stat and mkdir.
			err := os.ErrNotExist
			if parentMade {
				err = os.Mkdir(dir, 0o755)
			}
			if err != nil {
				err = os.MkdirAll(dir, 0o755)
			}
			if err != nil {
				return err
			}
			s.mu.Lock()
			for p := dir; !s.made[p] && len(p) > len(s.tmp); p = filepath.Dir(p) {
				s.made[p] = true
			}
			s.mu.Unlock()
		}
		if s.sums != nil && f.Stream == nil {
			sum := sha256.Sum256(f.Data)
			s.mu.Lock()
			s.sums[f.Path] = sum
			s.mu.Unlock()
			if old, ok := s.prev[f.Path]; ok && old == sum {
				if os.Link(filepath.Join(s.d.dir, filepath.FromSlash(f.Path)), name) == nil {
					return nil
				}
			}
		}
		return writeFile(name, f)
	}()
	if err != nil {
		return s.fail(err)
	}
	return nil
}

// Abort removes the staged folder, once the Adds under way are done; the
// output is left as it was. It does nothing after Commit, so that a
// deferred Abort is safe.
func (s *Stage) Abort() {
	s.mu.Lock()
	if s.done {
		s.mu.Unlock()
		return
	}
	s.done = true
	s.mu.Unlock()
	s.writing.Wait()
	os.RemoveAll(s.tmp)
}

// Commit writes the Marker recording articles (< 0: unknown) into the
// staged folder and swaps it in for the output (see Replace). On an error
// before the swap the staged folder is removed and the output untouched.
func (s *Stage) Commit(articles int) (err error) {
	if s.err != nil {
		return s.err
	}
	if s.done {
		return errors.New("output: Commit after Commit or Abort")
	}
	d, tmp := s.d, s.tmp
	wrap := d.wrap
	if d.lock == nil {
		return s.fail(errors.New("output: Replace after Close"))
	}
	defer func() {
		if err != nil && !s.done {
			s.done = true
			os.RemoveAll(tmp)
		}
		s.done = true
	}()
	step("written")
	if err := os.WriteFile(filepath.Join(tmp, Marker), markerText(articles), 0o644); err != nil {
		return wrap(err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return wrap(err)
	}
	step("ready")
	if _, serr := os.Lstat(d.dir); errors.Is(serr, fs.ErrNotExist) {
		if err := os.Rename(tmp, d.dir); err != nil {
			return wrap(err)
		}
		s.swap()
		step("done")
		return nil
	}
	switch xerr := exchange(tmp, d.dir); {
	case xerr == nil:
		// tmp now holds the previous site.
		s.swap()
		if err := removeTree(tmp); err != nil {
			return wrap(fmt.Errorf("remove the previous site: %w", err))
		}
		step("done")
		return nil
	case !errors.Is(xerr, errNoExchange):
		return wrap(xerr)
	}
	// No atomic exchange here: move the old site aside, the new one in.
	old := tmp + ".old"
	if err := os.Rename(d.dir, old); err != nil {
		return wrap(err)
	}
	step("aside")
	if err := os.Rename(tmp, d.dir); err != nil {
		os.Rename(old, d.dir)
		return wrap(err)
	}
	s.swap()
	if err := removeTree(old); err != nil {
		return wrap(fmt.Errorf("remove the previous site: %w", err))
	}
	step("done")
	return nil
}

// removeTree removes the folder dir and everything in it, as os.RemoveAll,
// on every CPU: a previous site of 47,000 pages is 47,000 unlinks and
// rmdirs, which run in parallel in the kernel. The folders directly in dir
// and in its folders (events/ID/) are shared out.
func removeTree(dir string) error {
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 {
		return os.RemoveAll(dir)
	}
	var todo []string
	top, _ := os.ReadDir(dir)
	for _, e := range top {
		p := filepath.Join(dir, e.Name())
		if !e.IsDir() {
			todo = append(todo, p)
			continue
		}
		sub, _ := os.ReadDir(p)
		for _, f := range sub {
			todo = append(todo, filepath.Join(p, f.Name()))
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(todo) {
					return
				}
				os.RemoveAll(todo[i])
			}
		})
	}
	wg.Wait()
	return os.RemoveAll(dir)
}
