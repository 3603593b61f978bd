package corpus

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"slices"
	"sync"

	"github.com/yuin/goldmark"
)

// A Listing is the article files under the paths given to List, found and
// checked but not yet read. Read reads one, on any goroutine; Keep, called
// in order of i with each article read, leaves out those that are not new.
// Reading them all, in order, is Read(paths): an archive's articles can be
// read, used and dropped one at a time instead of held at once.
type Listing struct {
	r     *reader
	files []pending
	mds   sync.Pool // goldmark parsers, one per reading goroutine

	byFile   map[string]string
	byPath   map[string]string
	bySource map[source]string
}

// pending is an article file found by the walk.
type pending struct {
	name, rel, dir, real string
}

type source struct {
	text        [32]byte
	outlet, url string
}

// List walks paths and lists the article files to read, sorted by Path
// (then by name as given), which is the order Read(paths) gives them in.
// The problems of the walk are in Problems.
func List(paths []string, opt Options) *Listing {
	r := newReader(opt)
	for _, rt := range r.roots(paths) {
		r.readRoot(rt)
	}
	slices.SortStableFunc(r.files, func(a, b pending) int {
		return cmp.Or(cmp.Compare(a.rel, b.rel), cmp.Compare(a.name, b.name))
	})
	l := &Listing{r: r, files: r.files,
		byFile: map[string]string{}, byPath: map[string]string{}, bySource: map[source]string{}}
	l.mds.New = func() any { return newMarkdown() }
	r.files = nil
	return l
}

// Len is the number of article files listed.
func (l *Listing) Len() int { return len(l.files) }

// Name is the i-th file's path as the user gave it.
func (l *Listing) Name(i int) string { return l.files[i].name }

// Problems are the problems found walking the paths: files that cannot be
// articles, loops, a sources.yaml that cannot be read.
func (l *Listing) Problems() []error {
	l.r.mu.Lock()
	defer l.r.mu.Unlock()
	return slices.Clone(l.r.problems)
}

// Read reads the i-th article. It may be called on several goroutines at
// once. The error is a *Problem naming the file.
func (l *Listing) Read(i int) (Document, error) {
	// The file's bytes are read into room used again from one article to
	// the next: Parse keeps nothing of them (the text is a string of its
	// own).
	room := readRooms.Get().(*[]byte)
	defer readRooms.Put(room)
	raw, err := l.raw(i, *room)
	if err != nil {
		return Document{}, err
	}
	if cap(raw) <= maxReadRoom && cap(raw) > cap(*room) {
		*room = raw[:0]
	}
	d, err := l.Parse(i, raw)
	clear(raw) // nothing of the article stays in the room
	return d, err
}

// readRooms hold the room Read reads a file into; maxReadRoom is the most
// one keeps (an article is a few kilobytes; a huge one's room is let go).
var readRooms = sync.Pool{New: func() any { return new([]byte) }}

const maxReadRoom = 64 << 10

// Raw returns the bytes of the i-th article's file, as Read reads them.
func (l *Listing) Raw(i int) ([]byte, error) { return l.raw(i, nil) }

// raw is Raw reading into room's storage where it fits (see
// readLimitedInto).
func (l *Listing) raw(i int, room []byte) ([]byte, error) {
	f := l.files[i]
	in, err := l.r.open(f.name)
	if err != nil {
		return nil, toProblem(f.name, unwrapPath(err))
	}
	defer in.Close()
	max := l.r.opt.maxSize()
	b, err := readLimitedInto(room, in, max)
	if err != nil {
		return nil, toProblem(f.name, fmt.Errorf("read: %w", unwrapPath(err)))
	}
	if int64(len(b)) > max {
		return nil, toProblem(f.name, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max))
	}
	return b, nil
}

// Parse makes the i-th article of raw, its file's bytes (see Raw).
func (l *Listing) Parse(i int, raw []byte) (Document, error) {
	f := l.files[i]
	md := l.mds.Get().(goldmark.Markdown)
	d, err := l.r.parseArticle(md, f.name, f.rel, f.dir, raw)
	l.mds.Put(md)
	if err != nil {
		return Document{}, toProblem(f.name, err)
	}
	d.file = f.real
	d.sum = sumText(d.Text)
	return d, nil
}

// sumText is sha256.Sum256([]byte(s)) without the copy of s: an archive's
// texts are hashed through a small buffer used again.
func sumText(s string) [32]byte {
	b := sumBufs.Get().(*[4096]byte)
	h := sha256.New()
	for len(s) > 0 {
		n := copy(b[:], s)
		h.Write(b[:n])
		s = s[n:]
	}
	sumBufs.Put(b)
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

var sumBufs = sync.Pool{New: func() any { return new([4096]byte) }}

// Context is what the i-th article is read with besides its own bytes:
// its folder's sources.yaml, for a .txt article (its metadata may be
// there), and its Path. Two reads of the same bytes in the same context
// with the same Options give the same Document.
func (l *Listing) Context(i int) []byte {
	f := l.files[i]
	ctx := []byte(f.rel + "\x00" + f.name + "\x00")
	if isPlain(f.name) {
		if src := l.r.loadSources(f.dir); src != nil {
			ctx = append(ctx, src.sum[:]...)
		}
	}
	return ctx
}

// Identity is what Keep tells articles apart by.
type Identity struct {
	Name, Path, Outlet, URL string
	File                    string   // the real path of its file
	Sum                     [32]byte // of its text
}

// Identity is the identity of d.
func (d *Document) Identity() Identity {
	sum := d.sum
	if sum == ([32]byte{}) {
		sum = sumText(d.Text)
	}
	return Identity{d.Name, d.Article.Path, d.Article.Outlet, d.Article.URL, d.file, sum}
}

// Real is the real path of the i-th article's file.
func (l *Listing) Real(i int) string { return l.files[i].real }

// Keep tells whether d, read in order, is new: not the same file read
// again (through a symlink, or given twice), not the same Path (roots
// named alike), and not the same text from the same source (outlet and
// url: a copy of one article). The same text from two outlets is two
// sources, and stays. Which of two is kept does not depend on the order
// the paths were given in: the first by Path. The error, when d is not
// new, is a *Problem wrapping ErrDuplicate.
func (l *Listing) Keep(d *Document) error { return l.KeepIdentity(d.Identity()) }

// KeepIdentity is Keep for the article of identity id.
func (l *Listing) KeepIdentity(id Identity) error {
	src := source{id.Sum, id.Outlet, id.URL}
	if first, ok := l.byFile[id.File]; ok && id.File != "" {
		return toProblem(id.Name, fmt.Errorf("%w: same file as %s", ErrDuplicate, first))
	}
	if first, ok := l.byPath[id.Path]; ok {
		return toProblem(id.Name, fmt.Errorf("%w: same article path %s as %s", ErrDuplicate, id.Path, first))
	}
	if first, ok := l.bySource[src]; ok {
		return toProblem(id.Name, fmt.Errorf("%w: same text as %s", ErrDuplicate, first))
	}
	if id.File != "" {
		l.byFile[id.File] = id.Name
	}
	l.byPath[id.Path] = id.Name
	l.bySource[src] = id.Name
	return nil
}
