package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/internal/wire"
)

// The cache (--cache DIR) keeps what each article gave the timeline
// between runs, so that a rebuild after one article of an archive changes
// reads and tags only that one. An entry is found by the article's bytes,
// what it is read with (its Path and name, a .txt's sources.yaml) and the
// run's options, under a folder named for the build of dateline that wrote
// it: another build never reads it. The entries are kept in packs
// (pack.go); an entry is checked whole before it is used, and one that is
// cut short, changed or not readable is made again, never trusted.
//
// The folder is dateline's: it must be missing, empty or a cache (it holds
// the cacheMarker file). Entries of other builds are removed when it is
// opened, and entries of this build that no recent run used when a run
// ends (prune.go, compact).

const (
	cacheMarker = "DATELINE-CACHE"
	cacheMagic  = "dateline article cache 1\n"
)

type articleCache struct {
	dir          string // the folder of this build's entries
	salt         []byte // this build and the run's options
	packs        []*pack
	found        map[[32]byte]packRef // the newest copy of each entry in packs
	hits, misses atomic.Int64
	writeErr     atomic.Pointer[error]
	stats        *statIndex   // the keys of the files of the last run, by their stamps
	stamped      atomic.Int64 // articles taken by their file's stamp, not read
	used         usedKeys     // the entries this run read or wrote (see prune)

	mu     sync.Mutex
	new    *packWriter // the entries this run made, if it made any
	broken bool        // the pack of this run could not be written
}

// packRef is where an entry is: the i-th of a pack.
type packRef struct {
	p *pack
	i int
}

// cacheClosed, when set (by a test), sees the cache at the end of a run.
var cacheClosed func(*articleCache)

// cacheEntry is what one article gave: the Analysis, and what is printed
// or checked about the article besides.
type cacheEntry struct {
	Path, Outlet, URL string
	Sum               [32]byte // of its text, for telling copies apart
	Warnings          []string
	Notes             []cacheNote
	Analysis          []byte
}

type cacheNote struct {
	Diag extract.Diagnostic
	Note string
}

// openCache opens (or makes) the cache folder dir for runs whose options
// are options.
func openCache(dir string, options ...string) (*articleCache, error) {
	build, err := buildID()
	if err != nil {
		return nil, fmt.Errorf("--cache %s: %v", dir, err)
	}
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("--cache %s: %v", dir, err)
		}
	case err != nil:
		return nil, fmt.Errorf("--cache %s: %v", dir, err)
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(dir, cacheMarker)); err != nil {
			return nil, fmt.Errorf("--cache %s: the folder holds files dateline did not write (a cache folder holds %s); give a missing or empty folder", dir, cacheMarker)
		}
		for _, e := range entries {
			// Another build's entries: never read again.
			if e.IsDir() && e.Name() != build && isBuildID(e.Name()) {
				os.RemoveAll(filepath.Join(dir, e.Name()))
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, cacheMarker), []byte("dateline keeps what it read of each article here, to rebuild faster; delete the folder at any time.\n"), 0o644); err != nil {
		return nil, fmt.Errorf("--cache %s: %v", dir, err)
	}
	salt := []byte(cacheMagic + build + "\x00" + strings.Join(options, "\x00"))
	c := &articleCache{dir: filepath.Join(dir, build), salt: salt, found: map[[32]byte]packRef{}}
	c.stats = openStatIndex(c.dir, salt)
	c.packs = openPacks(c.dir, salt)
	for _, p := range c.packs {
		for i, s := range p.slots {
			c.found[s.key] = packRef{p, i}
		}
	}
	return c, nil
}

// buildID names this build of dateline: a hash of its executable. It is
// worked out once a process, from the file the process runs
// (ownExecutable): a binary put in this one's place while serve runs is
// another build, and the entries this one makes must never be filed under
// its name. Once is also all it costs: hashing the executable takes some
// 30 ms, which a rebuild of serve would otherwise pay each time.
var buildID = onceBuildID(ownExecutable)

func onceBuildID(exe func() (string, error)) func() (string, error) {
	return sync.OnceValues(func() (string, error) {
		name, err := exe()
		if err != nil {
			return "", err
		}
		h, err := output.HashFile(name)
		if err != nil {
			return "", err
		}
		return h[:16], nil
	})
}

func isBuildID(s string) bool {
	if len(s) != 16 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// key finds the entry of an article of bytes raw read in context ctx.
func (c *articleCache) key(raw, ctx []byte) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00", len(c.salt))
	h.Write(c.salt)
	fmt.Fprintf(h, "%d\x00", len(ctx))
	h.Write(ctx)
	h.Write(raw)
	return hex.EncodeToString(h.Sum(nil))
}

// lookup returns the entry of key and its Analysis, if there is a sound
// one.
func (c *articleCache) lookup(key string) (cacheEntry, *extract.Analysis, bool) {
	k, ok := keyBytes(key)
	if !ok {
		return cacheEntry{}, nil, false
	}
	ref, ok := c.found[k]
	if !ok {
		return cacheEntry{}, nil, false
	}
	// The entry is read into room used again: nothing read from it
	// keeps its bytes (the Analysis copies what it keeps).
	room := entryRoom.Get().(*[]byte)
	defer func() {
		if cap(*room) <= 1<<20 {
			entryRoom.Put(room)
		}
	}()
	b, ok := ref.p.read(ref.i, *room)
	*room = b
	if !ok {
		return cacheEntry{}, nil, false
	}
	var a extract.Analysis
	e, ok := readEntry(b)
	if !ok || a.UnmarshalBinary(e.Analysis) != nil {
		return cacheEntry{}, nil, false
	}
	e.Analysis = nil
	return e, &a, true
}

func keyBytes(key string) ([32]byte, bool) {
	var k [32]byte
	n, err := hex.Decode(k[:], []byte(key))
	return k, err == nil && n == len(k)
}

// close puts the pack of the entries this run made in place, writes what
// the next run needs besides (the stat index, the keys this run used), and
// prunes the entries no recent run used (see prune and compact). A pack
// that cannot be written is noted; an index that cannot be written costs
// only speed, and is not reported: the next run reads every file.
func (c *articleCache) close() {
	c.stats.save()
	packs, sum := c.packs, sha256.Sum256(c.salt)
	if c.new != nil {
		if name, err := c.new.finish(sum); err != nil {
			c.noteErr(err)
		} else if p, err := readPack(name, sum); err == nil {
			packs = append(packs, p)
		}
	}
	if keep, err := prune(c.dir, c.salt, c.used.keys, statClock()); err == nil {
		compact(c.dir, setID(c.salt), sum, packs, keep)
	}
	for _, p := range packs {
		p.f.Close()
	}
	if cacheClosed != nil {
		cacheClosed(c)
	}
}

var entryRoom = sync.Pool{New: func() any { b := make([]byte, 0, 32<<10); return &b }}

// put adds the entry of key to the pack this run writes. A cache that
// cannot be written costs only speed: the first error is kept for a note,
// and the entries this run made are dropped.
func (c *articleCache) put(key string, e cacheEntry) {
	k, ok := keyBytes(key)
	if !ok {
		return
	}
	c.used.add(key)
	var w wire.Writer
	writeEntry(&w, e)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.broken {
		return
	}
	var err error
	if c.new == nil {
		c.new, err = newPackWriter(c.dir, setID(c.salt))
	}
	if err == nil {
		err = c.new.add(k, w.B)
	}
	if err != nil {
		if c.new != nil {
			c.new.abandon()
			c.new = nil
		}
		c.broken = true
		c.noteErr(err)
	}
}

func (c *articleCache) noteErr(err error) { c.writeErr.CompareAndSwap(nil, &err) }

// summary is the -v note on what the cache gave.
func (c *articleCache) summary() string {
	s := fmt.Sprintf("cache: %d of %d articles read from the cache", c.hits.Load(), c.hits.Load()+c.misses.Load())
	if p := c.writeErr.Load(); p != nil {
		s += fmt.Sprintf("; some could not be kept: %v", *p)
	}
	return s
}

// entryOf is the cache entry of an article read and analysed; a's bytes
// must be taken before it is added to the timeline.
func entryOf(d *corpus.Document, a *extract.Analysis, notes map[extract.Diagnostic]string) (cacheEntry, error) {
	b, err := a.MarshalBinary()
	if err != nil {
		return cacheEntry{}, err
	}
	id := d.Identity()
	e := cacheEntry{Path: id.Path, Outlet: id.Outlet, URL: id.URL, Sum: id.Sum, Analysis: b}
	for _, w := range d.Warnings {
		e.Warnings = append(e.Warnings, w.Error())
	}
	for _, g := range a.Diagnostics() {
		e.Notes = append(e.Notes, cacheNote{g, notes[g]})
	}
	return e, nil
}

func writeEntry(w *wire.Writer, e cacheEntry) {
	w.String(e.Path)
	w.String(e.Outlet)
	w.String(e.URL)
	w.Bytes(e.Sum[:])
	w.Strings(e.Warnings)
	w.Uint(uint64(len(e.Notes)))
	for _, n := range e.Notes {
		w.String(n.Diag.Article)
		w.Int(int64(n.Diag.Offset))
		w.String(n.Diag.Text)
		w.String(n.Diag.Reason)
		w.String(n.Note)
	}
	w.Bytes(e.Analysis)
}

func readEntry(b []byte) (cacheEntry, bool) {
	r := wire.NewReader(b)
	e := cacheEntry{Path: r.String(), Outlet: r.String(), URL: r.String()}
	if sum := r.Bytes(); len(sum) == len(e.Sum) {
		copy(e.Sum[:], sum)
	} else {
		return cacheEntry{}, false
	}
	e.Warnings = r.Strings()
	n := r.Len(len(b))
	for range n {
		var d extract.Diagnostic
		d.Article, d.Offset, d.Text, d.Reason = r.String(), int(r.Int()), r.String(), r.String()
		e.Notes = append(e.Notes, cacheNote{d, r.String()})
	}
	e.Analysis = r.Bytes()
	return e, r.Done() == nil
}
