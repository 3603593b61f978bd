package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The entries of a cache are kept in packs, files of many entries each,
// so that a rebuild opens a few files, not one per article. A run reads the
// indexes of the packs of its options when it opens the cache and each
// entry it needs with one read; the entries it makes go into one new pack,
// written as they come and renamed into place when the run ends: a pack is
// there whole or not at all. Packs are compacted when a run ends (compact).
//
// A pack is packMagic, the entries one after another, the index (for
// each entry its key, offset, length and crc32c: packSlot bytes), and the
// trailer: the sha256 of the run's options, the index's offset, the number
// of entries and the crc32c of the index and the trailer before it
// (integers little-endian). A pack whose trailer or index does not check
// out, or of other options, is not read at all; an entry is checked whole
// by its crc32c before it is used. A crc32c, not a sha256, because what it
// guards against is a disk or a write cut short, not an attacker (who
// could as well change the articles), and it costs nearly nothing: what
// makes an entry of another article, build or options unusable is its key,
// a sha256 of them all.

const (
	packMagic   = "dateline cache pack 1\n"
	packSlot    = 32 + 8 + 4 + 4
	packTrailer = 32 + 8 + 4 + 4
	// packsKept is how many packs of one option set may pile up (a run
	// that changed articles adds one) before the small ones are compacted.
	packsKept = 8
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// setID names the files of the runs of options salt.
func setID(salt []byte) string {
	s := sha256.Sum256(salt)
	return hex.EncodeToString(s[:8])
}

type pack struct {
	name  string
	f     *os.File
	slots []packEntry
}

type packEntry struct {
	key    [32]byte
	off    int64
	n, crc uint32
}

// packName tells a pack's file name by its option set.
func packName(name string) (set string, ok bool) {
	rest, ok := strings.CutPrefix(name, "pack-")
	if !ok || len(rest) < 18 || rest[16] != '-' || !isHex(rest[:16], 16) {
		return "", false
	}
	return rest[:16], true
}

// openPacks opens the packs of options salt in dir, oldest first. One
// that does not check out is removed: it never will.
func openPacks(dir string, salt []byte) []*pack {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	set := setID(salt)
	sum := sha256.Sum256(salt)
	var packs []*pack
	for _, e := range entries {
		if s, ok := packName(e.Name()); ok && s == set && e.Type().IsRegular() {
			name := filepath.Join(dir, e.Name())
			p, err := readPack(name, sum)
			if err == nil {
				packs = append(packs, p)
			} else if err == errNotPack {
				os.Remove(name)
			}
		}
	}
	return packs
}

// errNotPack is readPack's answer for a file that was read and is not a
// sound pack of the options.
var errNotPack = errors.New("not a pack of these options")

// readPack opens the pack name and reads its index, if it is a sound pack
// of the options whose sha256 is sum.
func readPack(name string, sum [32]byte) (*pack, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	p, ok := readIndex(f, sum)
	if !ok {
		f.Close()
		return nil, errNotPack
	}
	p.name = name
	return p, nil
}

func readIndex(f *os.File, sum [32]byte) (*pack, bool) {
	info, err := f.Stat()
	if err != nil || info.Size() < int64(len(packMagic)+packTrailer) {
		return nil, false
	}
	size := info.Size()
	head := make([]byte, len(packMagic))
	if _, err := f.ReadAt(head, 0); err != nil || string(head) != packMagic {
		return nil, false
	}
	tr := make([]byte, packTrailer)
	if _, err := f.ReadAt(tr, size-packTrailer); err != nil || [32]byte(tr[:32]) != sum {
		return nil, false
	}
	at := binary.LittleEndian.Uint64(tr[32:])
	n := uint64(binary.LittleEndian.Uint32(tr[40:]))
	if at < uint64(len(packMagic)) || at > uint64(size) || (uint64(size)-at-packTrailer) != n*packSlot {
		return nil, false
	}
	index := make([]byte, n*packSlot)
	if _, err := f.ReadAt(index, int64(at)); err != nil {
		return nil, false
	}
	crc := crc32.Update(crc32.Checksum(index, castagnoli), castagnoli, tr[:packTrailer-4])
	if crc != binary.LittleEndian.Uint32(tr[packTrailer-4:]) {
		return nil, false
	}
	p := &pack{f: f, slots: make([]packEntry, n)}
	for i := range p.slots {
		b := index[i*packSlot:]
		s := packEntry{key: [32]byte(b), off: int64(binary.LittleEndian.Uint64(b[32:])),
			n: binary.LittleEndian.Uint32(b[40:]), crc: binary.LittleEndian.Uint32(b[44:])}
		if s.off < int64(len(packMagic)) || uint64(s.off)+uint64(s.n) > at {
			return nil, false
		}
		p.slots[i] = s
	}
	return p, true
}

// read reads the i-th entry of p into b (grown as it needs), and reports
// whether it is whole.
func (p *pack) read(i int, b []byte) ([]byte, bool) {
	s := p.slots[i]
	b = slices.Grow(b[:0], int(s.n))[:s.n]
	if _, err := p.f.ReadAt(b, s.off); err != nil {
		return b, false
	}
	return b, crc32.Checksum(b, castagnoli) == s.crc
}

// A packWriter writes a new pack in dir, beside where it goes.
type packWriter struct {
	dir, set string
	f        *os.File
	off      int64
	slots    []packEntry
}

func newPackWriter(dir, set string) (*packWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, ".pack-*")
	if err != nil {
		return nil, err
	}
	w := &packWriter{dir: dir, set: set, f: f}
	if err := w.write([]byte(packMagic)); err != nil {
		w.abandon()
		return nil, err
	}
	return w, nil
}

func (w *packWriter) write(b []byte) error {
	n, err := w.f.Write(b)
	w.off += int64(n)
	return err
}

// add writes the entry of key.
func (w *packWriter) add(key [32]byte, b []byte) error {
	if uint64(len(b)) > 1<<32-1 {
		return fmt.Errorf("a cache entry of %d bytes", len(b))
	}
	s := packEntry{key: key, off: w.off, n: uint32(len(b)), crc: crc32.Checksum(b, castagnoli)}
	if err := w.write(b); err != nil {
		return err
	}
	w.slots = append(w.slots, s)
	return nil
}

// finish writes the index and the trailer of the options whose sha256 is
// sum, and puts the pack in place; its name sorts after the packs made
// before it.
func (w *packWriter) finish(sum [32]byte) (string, error) {
	at := w.off
	b := make([]byte, 0, len(w.slots)*packSlot+packTrailer)
	for _, s := range w.slots {
		b = append(b, s.key[:]...)
		b = binary.LittleEndian.AppendUint64(b, uint64(s.off))
		b = binary.LittleEndian.AppendUint32(b, s.n)
		b = binary.LittleEndian.AppendUint32(b, s.crc)
	}
	b = append(b, sum[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(at))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(w.slots)))
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
	err := w.write(b)
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	// The temporary name's random part keeps two runs ending in the same
	// nanosecond apart.
	_, tail, _ := strings.Cut(filepath.Base(w.f.Name()), "-")
	name := filepath.Join(w.dir, fmt.Sprintf("pack-%s-%016x-%s", w.set, time.Now().UnixNano(), tail))
	if err == nil {
		err = os.Rename(w.f.Name(), name)
	}
	if err != nil {
		os.Remove(w.f.Name())
		return "", err
	}
	return name, nil
}

// abandon removes the pack being written.
func (w *packWriter) abandon() {
	w.f.Close()
	os.Remove(w.f.Name())
}

// compact drops the entries not in keep from the packs of one option set
// when a fifth or more of their entries are such, by writing those of keep
// into one pack and removing the others. When the packs are only many
// (more than packsKept), the largest is left as it is and the others are
// written into one: a rebuild after a few articles changed does not copy
// the whole archive's pack. An entry is copied only if it checks out;
// anything that fails leaves the packs as they were.
func compact(dir, set string, sum [32]byte, packs []*pack, keep map[[32]byte]struct{}) error {
	// The newest copy of a key is the one kept (an older one may be the
	// corrupt one it was made again for).
	newest := map[[32]byte][2]int{}
	total := 0
	for pi, p := range packs {
		for i, s := range p.slots {
			total++
			if _, ok := keep[s.key]; ok {
				newest[s.key] = [2]int{pi, i}
			}
		}
	}
	wasteful := (total-len(newest))*4 >= len(newest) && total > 0
	if !wasteful && len(packs) <= packsKept {
		return nil
	}
	merged := make([]bool, len(packs))
	for pi := range packs {
		merged[pi] = true
	}
	if !wasteful {
		largest := 0
		for pi, p := range packs {
			if len(p.slots) > len(packs[largest].slots) {
				largest = pi
			}
		}
		merged[largest] = false
	}
	w, err := newPackWriter(dir, set)
	if err != nil {
		return err
	}
	var b []byte
	for pi, p := range packs {
		if !merged[pi] {
			continue
		}
		for i, s := range p.slots {
			if newest[s.key] != [2]int{pi, i} {
				continue
			}
			var ok bool
			if b, ok = p.read(i, b); !ok {
				continue
			}
			if err := w.add(s.key, b); err != nil {
				w.abandon()
				return err
			}
		}
	}
	if _, err := w.finish(sum); err != nil {
		return err
	}
	for pi, p := range packs {
		if merged[pi] {
			os.Remove(p.name)
		}
	}
	return nil
}
