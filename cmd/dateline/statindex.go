package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/dateline-news/dateline/internal/wire"
)

// The stat index spares a rebuild reading and hashing the articles that did
// not change. The cache's entries are still found by the article's bytes
// (key); the index only remembers, for each article file of the last run,
// the key its bytes gave and what the file system said of the file before
// they were read: its device and inode, size, modification and change
// times (fileStamp). A file that says the same now holds the same bytes,
// and its key is taken without reading it. Any write to a file, a rename
// over it, a chmod, a touch that sets an old modification time, changes its
// change time, which no program can set back; a file of another inode
// differs by its inode.
//
// A file written in the same tick of the file system's clock as it was
// read might change again with no stamp changing (the "racy" file of git's
// index): a stamp is kept only when both its times are at least racyMargin
// older than the run that read it. Such a file is read again next time,
// and kept then. A stamp that does not match, an index cut short or
// changed, or one for other options (it is named for them), is never
// trusted: the file is read and hashed as without the index.
//
// The stamp is read from the file opened (see stampOf), which a network
// file system answers afresh, not from the name, which it may answer from
// a cache of attributes.
//
// The index is written whole, beside the entries, when the run ends (a
// file renamed over the old one), with the files of this run only.

// fileStamp is what the file system says of a file, which changes when its
// bytes may have.
type fileStamp struct {
	dev, ino     uint64
	size         int64
	mtime, ctime int64 // nanoseconds since 1970
}

// racyMargin is how much older than the run reading it a file's times must
// be for its stamp to be kept: more than the coarsest clock of a file
// system (FAT's two seconds) and the lag of the kernel's coarse clock.
const racyMargin = 3 * time.Second

const statMagic = "dateline stat index 1\n"

type statIndex struct {
	path string
	now  time.Time // when the cache was opened, before any article's stamp was taken
	old  map[[32]byte]statEntry

	mu    sync.Mutex
	new   map[[32]byte]statEntry
	dirty bool
}

type statEntry struct {
	st  fileStamp
	key string
}

// statClock is the clock the racy test reads; tests move it.
var statClock = time.Now

// openStatIndex reads the index of the run's options (salt) in dir, or
// starts an empty one.
func openStatIndex(dir string, salt []byte) *statIndex {
	x := &statIndex{path: filepath.Join(dir, "stat-"+setID(salt)), now: statClock(),
		old: map[[32]byte]statEntry{}, new: map[[32]byte]statEntry{}}
	b, err := os.ReadFile(x.path)
	if err != nil || len(b) < len(statMagic)+sha256.Size || string(b[:len(statMagic)]) != statMagic {
		return x
	}
	sum, payload := b[len(statMagic):len(statMagic)+sha256.Size], b[len(statMagic)+sha256.Size:]
	if s := sha256.Sum256(payload); !bytes.Equal(s[:], sum) {
		return x
	}
	r := wire.NewReader(payload)
	n := r.Len(len(payload))
	old := make(map[[32]byte]statEntry, n)
	for range n {
		var id [32]byte
		copy(id[:], r.Bytes())
		var e statEntry
		e.st.dev, e.st.ino, e.st.size = r.Uint(), r.Uint(), r.Int()
		e.st.mtime, e.st.ctime = r.Int(), r.Int()
		e.key = r.String()
		if !isKey(e.key) {
			return x
		}
		old[id] = e
	}
	if r.Done() == nil {
		x.old = old
	}
	return x
}

func isKey(s string) bool {
	if len(s) != 2*sha256.Size {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// statID names an article file by what it is read with (its Context: its
// Path, its name as given, its folder's sources.yaml).
func statID(ctx []byte) [32]byte { return sha256.Sum256(ctx) }

// known returns the key of the file of id, whose stamp is st, if the last
// run read it with that stamp.
func (x *statIndex) known(id [32]byte, st fileStamp) (string, bool) {
	e, ok := x.old[id]
	if !ok || e.st != st {
		return "", false
	}
	return e.key, true
}

// record keeps the key of the file of id, whose stamp was st before its
// bytes were read, unless the file changed too lately to be sure of it.
func (x *statIndex) record(id [32]byte, st fileStamp, key string) {
	limit := x.now.Add(-racyMargin).UnixNano()
	x.mu.Lock()
	defer x.mu.Unlock()
	if st.mtime >= limit || st.ctime >= limit {
		x.dirty = true // the old index may hold it: it is not kept
		return
	}
	if e, ok := x.old[id]; !ok || e != (statEntry{st, key}) {
		x.dirty = true
	}
	x.new[id] = statEntry{st, key}
}

// save writes the index of this run, if it is not the one read. An index
// that cannot be written costs only speed.
func (x *statIndex) save() error {
	if !x.dirty && len(x.new) == len(x.old) {
		return nil
	}
	w := wire.Writer{B: append([]byte(statMagic), make([]byte, sha256.Size)...)}
	w.Uint(uint64(len(x.new)))
	for id, e := range x.new {
		w.Bytes(id[:])
		w.Uint(e.st.dev)
		w.Uint(e.st.ino)
		w.Int(e.st.size)
		w.Int(e.st.mtime)
		w.Int(e.st.ctime)
		w.String(e.key)
	}
	sum := sha256.Sum256(w.B[len(statMagic)+sha256.Size:])
	copy(w.B[len(statMagic):], sum[:])
	if err := os.MkdirAll(filepath.Dir(x.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(x.path), ".stat-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(w.B)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), x.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
