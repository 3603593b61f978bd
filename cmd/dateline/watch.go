package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watcher tells when files under its roots change, as the system reports
// them (fsnotify: inotify, kqueue, ReadDirectoryChangesW) rather than by
// walking the tree. A root is a file or a folder; a folder is watched with
// every folder in it, and a folder created or moved in later is watched
// from then on. Changes are debounced: the paths changed in a burst (no
// two changes more than quiet apart) come together as one batch on C, so
// that an editor's save or a copy of many articles costs one rebuild.
type watcher struct {
	w     *fsnotify.Watcher
	quiet time.Duration
	// files are the roots that are files, watched through their folder
	// (an editor saves by writing a new file and renaming it over the
	// old one): only these names in those folders count.
	files map[string]bool
	dirs  map[string]bool // the root folders and every folder in them
	// C has one batch per burst: the paths that changed, sorted. It
	// holds one batch; a burst that ends while the last is still unread
	// is added to it.
	C chan []string
	// errs is where the watcher reports what it cannot watch; nil drops
	// it.
	errs func(error)
}

func newWatcher(roots []string, quiet time.Duration, errs func(error)) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{w: fw, quiet: quiet, files: map[string]bool{}, dirs: map[string]bool{}, C: make(chan []string, 1), errs: errs}
	for _, r := range roots {
		r = filepath.Clean(r)
		info, err := os.Stat(r)
		if err != nil {
			fw.Close()
			return nil, err
		}
		if info.IsDir() {
			w.addTree(r, nil)
			continue
		}
		w.files[r] = true
		if err := fw.Add(filepath.Dir(r)); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

// addTree watches dir and every folder in it, and adds the files it finds
// to found: a folder moved in, or files written into a new folder before
// its watch was added, are changes too.
func (w *watcher) addTree(dir string, found *[]string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // gone already, or unreadable: the reader reports it
		}
		if !d.IsDir() {
			if found != nil && !hidden(p) {
				*found = append(*found, p)
			}
			return nil
		}
		if p != dir && hidden(p) {
			return filepath.SkipDir // .git and the like: the reader skips them too
		}
		if w.dirs[p] {
			return nil
		}
		if err := w.w.Add(p); err != nil {
			w.report(err)
			return nil
		}
		w.dirs[p] = true
		return nil
	})
}

func (w *watcher) report(err error) {
	if w.errs != nil {
		w.errs(err)
	}
}

// relevant reports whether a change to p concerns the roots. Hidden files
// and folders (an editor's swap file, .git) are not read as articles, so
// their changes are not either.
func (w *watcher) relevant(p string) bool {
	if w.files[p] {
		return true
	}
	return !hidden(p) && (w.dirs[filepath.Dir(p)] || w.dirs[p])
}

// hidden reports whether the last element of p starts with a dot.
func hidden(p string) bool {
	return strings.HasPrefix(filepath.Base(p), ".")
}

// run reads the system's events until ctx is done, then closes the
// watcher.
func (w *watcher) run(ctx context.Context) {
	defer w.w.Close()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var batch []string
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			// A change of mode or owner is not a change of text (and
			// some backup and search tools touch every file).
			if ev.Op == fsnotify.Chmod || !w.relevant(ev.Name) {
				continue
			}
			batch = append(batch, ev.Name)
			if ev.Has(fsnotify.Create) {
				if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
					w.addTree(ev.Name, &batch)
				}
			}
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				// The system drops the watch of a folder removed or
				// moved away; a folder by that name made later is new.
				for d := range w.dirs {
					if d == ev.Name || within(d, ev.Name) {
						delete(w.dirs, d)
					}
				}
			}
			timer.Reset(w.quiet)
		case err, ok := <-w.w.Errors:
			if !ok {
				return
			}
			w.report(err)
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				// Events were lost: rebuild all the same.
				batch = append(batch, "")
				timer.Reset(w.quiet)
			}
		case <-timer.C:
			slices.Sort(batch)
			batch = slices.Compact(batch)
			w.send(batch)
			batch = nil
		}
	}
}

// send puts a batch on C, merging it into the one still unread.
func (w *watcher) send(batch []string) {
	for {
		select {
		case w.C <- batch:
			return
		default:
		}
		select {
		case old := <-w.C:
			batch = slices.Compact(slices.Sorted(slices.Values(append(old, batch...))))
		default:
		}
	}
}

// within reports whether p lies inside folder dir.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != "." && rel != ".." && !filepath.IsAbs(rel) && (len(rel) < 3 || rel[:3] != ".."+string(filepath.Separator))
}
