// Package output puts a build on disk without losing anything that was
// there.
//
// A static site goes through Open and Dir.Replace: the folder is dateline's
// own (it is missing, empty, or holds the Marker file of an earlier build),
// the new site is written to a folder beside it and swapped in with one
// atomic exchange, so a failed or killed build leaves the previous site
// whole. A lock file beside the folder keeps a second build out, and
// leftovers of killed builds are swept by the next one.
//
// Files added to someone else's folder (a Hugo site) go through OpenOwned:
// only files recorded in the folder's Manifest, or missing, are written;
// nothing else is overwritten or deleted.
package output

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// File is one output file: a slash-separated path relative to the output
// folder, and its bytes.
type File struct {
	Path string
	Data []byte
	// Stream, when not nil, writes the file's bytes in place of Data, so
	// that a large file (a site's timeline.json) is never whole in
	// memory. It is called at most once, and only before the function the
	// file was handed to returns (see Stage.Add).
	Stream func(w io.Writer) error
}

// WriteTo writes the file's bytes to w: Data, or what Stream writes.
func (f File) WriteTo(w io.Writer) (int64, error) {
	if f.Stream == nil {
		n, err := w.Write(f.Data)
		return int64(n), err
	}
	cw := &countWriter{w: w}
	err := f.Stream(cw)
	return cw.n, err
}

// Bytes returns the file's bytes: Data, or what Stream writes, collected.
func (f File) Bytes() ([]byte, error) {
	if f.Stream == nil {
		return f.Data, nil
	}
	var b bytes.Buffer
	if err := f.Stream(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// writeFile writes f to the file name (created or truncated, mode 0644
// before the umask, as os.WriteFile), streaming through a buffer.
func writeFile(name string, f File) error {
	if f.Stream == nil {
		return writeData(name, f.Data)
	}
	fh, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(fh, 64<<10)
	err = f.Stream(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	return err
}

// CheckPath reports an error for a path that could land outside the output
// folder or is not in canonical slash form.
func CheckPath(p string) error {
	if p == "" || strings.Contains(p, `\`) || strings.ContainsRune(p, 0) || path.IsAbs(p) ||
		path.Clean(p) != p || p == ".." || strings.HasPrefix(p, "../") {
		return fmt.Errorf("unsafe output path %q", p)
	}
	return nil
}

// Write replaces dir with files: Open with the zero Options, then Replace.
// It refuses a folder that is not dateline's own.
func Write(dir string, files []File) error {
	d, err := Open(dir, Options{})
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Replace(files, -1)
}

// Options say what Open and OpenOwned may do.
type Options struct {
	// Force replaces a folder (Open), or overwrites files (OpenOwned), that
	// dateline did not write. It never makes a file into a folder, nor
	// writes into a protected path.
	Force bool
	// AllowShrink lets CheckCount pass a build that read no article, or
	// fewer than half of the articles of the previous build.
	AllowShrink bool
	// Protect lists paths (the inputs, the templates) that the output may
	// not equal, contain, or be inside of.
	Protect []string
	// Keep lists paths (slash-separated, relative to the folder) that
	// OpenOwned leaves alone when they exist and are not dateline's, such
	// as a site's own config: they are reported by Plan.Kept, not refused.
	Keep []string
}

// hook, when set by a test, is called between the steps of a write with the
// step's name. A test kills the process there to check that every point of
// a build can be interrupted.
var hook func(step string)

// SetTestHook sets the function called between the steps of every write,
// with the step's name: for Replace "locked", "swept", "written", "ready",
// "aside" (only where the folders cannot be exchanged), "swapped", "done";
// for an owned folder "pending", "file" (after each file), "stale" (after
// each removal), "done". It is for tests only.
func SetTestHook(f func(step string)) { hook = f }

func step(name string) {
	if hook != nil {
		hook(name)
	}
}

// absPath returns p as an absolute, clean path with the symlinks of its
// existing part resolved, so that two spellings of one place compare equal.
func absPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest), nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// absFinal is absPath for the parent of p, with p's last name kept as it
// is: a symlink there is seen as one, not followed.
func absFinal(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return abs, nil
	}
	rp, err := absPath(parent)
	if err != nil {
		return "", err
	}
	return filepath.Join(rp, filepath.Base(abs)), nil
}

// within reports whether p is base or lies inside it; both are absolute
// and clean.
func within(p, base string) bool {
	rel, err := filepath.Rel(base, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// Overlap reports whether a and b are the same place or one lies inside the
// other.
func Overlap(a, b string) bool {
	x, err1 := absPath(a)
	y, err2 := absPath(b)
	return err1 == nil && err2 == nil && (within(x, y) || within(y, x))
}

// Within reports whether p is base or lies inside it, after both are made
// absolute and their symlinks resolved.
func Within(p, base string) bool {
	x, err1 := absPath(p)
	y, err2 := absPath(base)
	return err1 == nil && err2 == nil && within(x, y)
}

// ErrShrink is wrapped by CheckCount's refusal of a build that read no
// article, or far fewer than the previous one.
var ErrShrink = errors.New("not published")

// checkCount is CheckCount for a folder built before from prev articles
// (prev < 0: unknown or none).
func checkCount(name string, n, prev int, allow bool) error {
	if allow {
		return nil
	}
	if n == 0 {
		return fmt.Errorf("%s: %w: no article was read; anything published there is kept (--allow-empty publishes an empty timeline)", name, ErrShrink)
	}
	if prev > 0 && n*2 < prev {
		return fmt.Errorf("%s: %w: %d articles read, fewer than half of the %d of the last build; the output there is kept (--allow-empty publishes anyway)", name, ErrShrink, n, prev)
	}
	return nil
}
