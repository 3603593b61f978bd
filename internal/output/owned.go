package output

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Manifest is the file, at the top of a folder OpenOwned writes into, that
// lists the files dateline wrote there with their SHA-256. Those files, and
// only those, are dateline's to overwrite or delete.
const Manifest = ".dateline-manifest"

// pendingFile lists, while a write is under way, the hashes of the files it
// is writing: a build killed midway leaves files that are dateline's, and
// the next build must know them as such.
const pendingFile = ".dateline-manifest.pending"

// ownedLock is the lock file of an owned folder.
const ownedLock = ".dateline-lock"

// ErrConflict is wrapped by Plan's refusal to overwrite a file that is not
// dateline's.
var ErrConflict = errors.New("not dateline's")

// Owned is a folder of someone else's (a Hugo site) that dateline adds its
// files to.
type Owned struct {
	name, dir string
	opt       Options
	manifest  map[string]string          // path -> hash, from Manifest
	pending   map[string]map[string]bool // path -> hashes, from pendingFile
	prev      int
}

// OpenOwned checks that files may be added to dir and reads its manifest.
// dir may be missing or a folder; a file, a symlink, the folder of a
// static site (with the Marker) or a path inside a protected one is
// refused. Nothing is written until Plan.Commit.
func OpenOwned(dir string, opt Options) (*Owned, error) {
	abs, err := absFinal(dir)
	if err != nil {
		return nil, err
	}
	if filepath.Dir(abs) == abs {
		return nil, fmt.Errorf("%s: the root of a file system cannot be an output folder", dir)
	}
	for _, p := range opt.Protect {
		pa, err := absPath(p)
		if err != nil {
			return nil, err
		}
		if within(abs, pa) {
			return nil, fmt.Errorf("%s: lies inside the input %s, whose next read would take the output for articles; nothing was written", dir, p)
		}
	}
	o := &Owned{name: dir, dir: abs, opt: opt, manifest: map[string]string{}, pending: map[string]map[string]bool{}, prev: -1}
	info, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return o, nil
	case err != nil:
		return nil, err
	case info.Mode()&fs.ModeSymlink != 0:
		return nil, fmt.Errorf("%s: is a symbolic link; give the folder it points to (nothing was written)", dir)
	case !info.IsDir():
		return nil, fmt.Errorf("%s: is a file, not a folder; nothing was written", dir)
	}
	if ok, _ := readMarker(abs); ok {
		return nil, fmt.Errorf("%s: is the folder of a static site, which each build replaces whole; give another folder", dir)
	}
	if err := o.readManifests(); err != nil {
		return nil, err
	}
	return o, nil
}

func (o *Owned) readManifests() error {
	o.manifest, o.pending, o.prev = map[string]string{}, map[string]map[string]bool{}, -1
	m, n, err := readList(filepath.Join(o.dir, Manifest))
	if err != nil {
		return err
	}
	for p, hs := range m {
		for h := range hs {
			o.manifest[p] = h
		}
	}
	o.prev = n
	o.pending, _, err = readList(filepath.Join(o.dir, pendingFile))
	return err
}

// readList reads a manifest: "articles: N", then lines "HASH  PATH".
// A missing file is an empty list; lines that do not parse are ignored
// (the files they would name are then not dateline's).
func readList(name string) (map[string]map[string]bool, int, error) {
	m := map[string]map[string]bool{}
	b, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return m, -1, nil
	}
	if err != nil {
		return nil, -1, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		h, p, ok := strings.Cut(line, "  ")
		if !ok || len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" || CheckPath(p) != nil {
			continue
		}
		if m[p] == nil {
			m[p] = map[string]bool{}
		}
		m[p][h] = true
	}
	return m, countLine(string(b)), nil
}

// writeList writes a manifest atomically.
func writeList(name string, articles int, entries map[string]string) error {
	var b bytes.Buffer
	b.WriteString("# The files dateline wrote into this folder, with their SHA-256. dateline\n" +
		"# overwrites or deletes only these, and only while they are unchanged.\n")
	if articles >= 0 {
		fmt.Fprintf(&b, "articles: %d\n", articles)
	}
	paths := make([]string, 0, len(entries))
	for p := range entries {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		fmt.Fprintf(&b, "%s  %s\n", entries[p], p)
	}
	return writeAtomic(name, b.Bytes())
}

// Previous returns the article count recorded by the last build, or -1.
func (o *Owned) Previous() int { return o.prev }

// CheckCount is Dir.CheckCount for an owned folder.
func (o *Owned) CheckCount(n int) error {
	return checkCount(o.name, n, o.prev, o.opt.AllowShrink)
}

// Plan is what a Commit will do in an owned folder.
type Plan struct {
	o      *Owned
	sums   []Sum                             // every file, in the order given
	gen    func(emit func(File) error) error // makes the files again, for Commit
	write  map[string]bool                   // missing, or dateline's and unchanged, or forced
	nwrite int
	own    map[string]string // path -> hash of every file dateline has there after the commit
	remove []string          // written by an earlier build, no longer made, unchanged
	// Kept lists the files of Options.Keep that exist and are not
	// dateline's: they were left as they are.
	Kept []string
	// Left lists files an earlier build wrote and this one no longer
	// makes, left in place because they were changed since.
	Left []string
}

// Sum is what planning needs of a file: its path and the hex SHA-256 of
// its bytes.
type Sum struct {
	Path, Hash string
}

// Sums calls gen, which hands each file it makes to emit, and returns the
// files' paths and hashes in that order: the bytes go through SHA-256 and
// are let go (a file's Stream is called once). An error of emit is
// returned by gen; Sums returns gen's error as it is.
func Sums(gen func(emit func(File) error) error) ([]Sum, error) {
	var sums []Sum
	err := gen(func(f File) error {
		h, err := hashFile(f)
		if err != nil {
			return err
		}
		sums = append(sums, Sum{f.Path, h})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sums, nil
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// hashFile is hashOf the file's bytes, streamed.
func hashFile(f File) (string, error) {
	if f.Stream == nil {
		return hashOf(f.Data), nil
	}
	h := sha256.New()
	if err := f.Stream(h); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// ours reports whether the file at p with hash h is dateline's: written by
// an earlier build (or a killed one) and not changed since.
func (o *Owned) ours(p, h string) bool {
	return o.manifest[p] == h || o.pending[p][h]
}

// Plan decides, without writing, what adding files to the folder does, and
// refuses (touching nothing) when a file would overwrite one that is not
// dateline's, unless Options.Force, or would land in a protected path.
func (o *Owned) Plan(files []File) (*Plan, error) {
	gen := func(emit func(File) error) error {
		for _, f := range files {
			if err := emit(f); err != nil {
				return err
			}
		}
		return nil
	}
	sums, err := Sums(gen)
	if err != nil {
		return nil, err
	}
	return o.PlanSums(sums, gen)
}

// PlanSums is Plan for files known by their paths and hashes (Sums), so
// that no file's bytes are held: gen makes the files again, the same
// bytes in the same order, when Commit writes them.
func (o *Owned) PlanSums(sums []Sum, gen func(emit func(File) error) error) (*Plan, error) {
	pl := &Plan{o: o, sums: sums, gen: gen, write: map[string]bool{}, own: map[string]string{}}
	var conflicts []string
	dirOK := map[string]error{}
	protect := make([]string, 0, len(o.opt.Protect))
	for _, p := range o.opt.Protect {
		pa, err := absPath(p)
		if err != nil {
			return nil, err
		}
		protect = append(protect, pa)
	}
	write := func(p, h string) {
		pl.write[p] = true
		pl.nwrite++
		pl.own[p] = h
	}
	for _, f := range sums {
		if err := CheckPath(f.Path); err != nil {
			return nil, fmt.Errorf("%s: %w", o.name, err)
		}
		if strings.ContainsFunc(f.Path, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return nil, fmt.Errorf("%s: unsafe output path %q", o.name, f.Path)
		}
		switch f.Path {
		case Manifest, pendingFile, ownedLock:
			return nil, fmt.Errorf("%s: %q is dateline's own file", o.name, f.Path)
		}
		if _, dup := pl.own[f.Path]; dup {
			return nil, fmt.Errorf("%s: two files named %q", o.name, f.Path)
		}
		full := filepath.Join(o.dir, filepath.FromSlash(f.Path))
		for i, pa := range protect {
			if within(full, pa) {
				return nil, fmt.Errorf("%s: would write %s inside the input %s; nothing was written", o.name, f.Path, o.opt.Protect[i])
			}
		}
		if err := o.checkParents(path.Dir(f.Path), dirOK); err != nil {
			return nil, err
		}
		h := f.Hash
		info, err := os.Lstat(full)
		if errors.Is(err, fs.ErrNotExist) {
			write(f.Path, h)
			continue
		}
		if err != nil {
			return nil, err
		}
		if !info.Mode().IsRegular() && info.Mode()&fs.ModeSymlink == 0 {
			return nil, fmt.Errorf("%s: %s is not a file; nothing was written", o.name, f.Path)
		}
		var cur string
		if info.Mode().IsRegular() {
			cur, err = hashPath(full)
			if err != nil {
				return nil, err
			}
		}
		switch {
		case cur == h:
			pl.own[f.Path] = h // already there, byte for byte
		case cur != "" && o.ours(f.Path, cur):
			write(f.Path, h)
		case slices.Contains(o.opt.Keep, f.Path):
			pl.Kept = append(pl.Kept, f.Path)
		case o.opt.Force:
			write(f.Path, h)
		default:
			conflicts = append(conflicts, f.Path)
		}
	}
	if len(conflicts) > 0 {
		more := ""
		if len(conflicts) > 1 {
			more = fmt.Sprintf(" and %d more", len(conflicts)-1)
		}
		return nil, fmt.Errorf("%s: %s%s would be overwritten, and %w (dateline did not write it, or it was changed since); move it away or pass --force; nothing was written",
			o.name, conflicts[0], more, ErrConflict)
	}
	// Files an earlier build wrote that this one does not make.
	var stale []string
	for p := range o.manifest {
		stale = append(stale, p)
	}
	for p := range o.pending {
		stale = append(stale, p)
	}
	slices.Sort(stale)
	stale = slices.Compact(stale)
	for _, p := range stale {
		if _, made := pl.own[p]; made || slices.Contains(pl.Kept, p) {
			continue
		}
		full := filepath.Join(o.dir, filepath.FromSlash(p))
		if o.checkParents(path.Dir(p), dirOK) != nil {
			continue
		}
		info, err := os.Lstat(full)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		h, err := hashPath(full)
		if err != nil {
			continue
		}
		if o.ours(p, h) {
			pl.remove = append(pl.remove, p)
		} else {
			pl.Left = append(pl.Left, p)
		}
	}
	return pl, nil
}

// HashFile is the SHA-256 (hex) of the file at name, read a block at a
// time.
func HashFile(name string) (string, error) { return hashPath(name) }

// hashPath is the hash of the file at name, read a block at a time.
func hashPath(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// checkParents checks that every existing folder on the way to dir (slash
// path, relative to the owned folder) is a real folder, not a file or a
// symlink leading elsewhere.
func (o *Owned) checkParents(dir string, ok map[string]error) error {
	if dir == "." {
		return nil
	}
	if err, seen := ok[dir]; seen {
		return err
	}
	err := o.checkParents(path.Dir(dir), ok)
	if err == nil {
		info, lerr := os.Lstat(filepath.Join(o.dir, filepath.FromSlash(dir)))
		switch {
		case errors.Is(lerr, fs.ErrNotExist):
		case lerr != nil:
			err = lerr
		case info.Mode()&fs.ModeSymlink != 0:
			err = fmt.Errorf("%s: %s is a symbolic link, and dateline writes only inside the folder; nothing was written", o.name, dir)
		case !info.IsDir():
			err = fmt.Errorf("%s: %s is a file where dateline needs a folder; nothing was written", o.name, dir)
		}
	}
	ok[dir] = err
	return err
}

// Written reports how many files the commit writes (the others are there
// already).
func (pl *Plan) Written() int { return pl.nwrite }

// Commit takes the folder's lock, plans again under it (another build may
// have been there), and writes: the new files' hashes to a pending list,
// each file beside itself then renamed into place (the files made again,
// one at a time, by the plan's generator; a file whose bytes differ from
// the planned ones is refused before it replaces anything), the stale
// files removed, and the manifest, recording articles (< 0: unknown).
func (pl *Plan) Commit(articles int) error {
	o := pl.o
	if err := os.MkdirAll(o.dir, 0o755); err != nil {
		return err
	}
	lk, err := takeLock(filepath.Join(o.dir, ownedLock))
	if err != nil {
		return fmt.Errorf("%s: %w", o.name, err)
	}
	defer lk.release()
	if err := o.readManifests(); err != nil {
		return err
	}
	again, err := o.PlanSums(pl.sums, pl.gen)
	if err != nil {
		return err
	}
	*pl = *again
	if pl.nwrite > 0 && pl.gen == nil {
		return fmt.Errorf("%s: no files to write (PlanSums without a generator)", o.name)
	}
	sweepTemps(o.dir)
	swept := map[string]bool{o.dir: true}
	for _, f := range pl.sums {
		if !pl.write[f.Path] {
			continue
		}
		dir := filepath.Dir(filepath.Join(o.dir, filepath.FromSlash(f.Path)))
		if !swept[dir] {
			sweepTemps(dir)
			swept[dir] = true
		}
	}
	if pl.nwrite > 0 {
		pending := map[string]map[string]bool{}
		for p, hs := range o.pending {
			pending[p] = hs
		}
		for _, f := range pl.sums {
			if !pl.write[f.Path] {
				continue
			}
			if pending[f.Path] == nil {
				pending[f.Path] = map[string]bool{}
			}
			pending[f.Path][pl.own[f.Path]] = true
		}
		if err := writePending(filepath.Join(o.dir, pendingFile), pending); err != nil {
			return err
		}
	}
	step("pending")
	if pl.nwrite > 0 {
		written := 0
		err := pl.gen(func(f File) error {
			if !pl.write[f.Path] {
				return nil
			}
			name := filepath.Join(o.dir, filepath.FromSlash(f.Path))
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				return err
			}
			if err := writeAtomicFile(name, f, pl.own[f.Path]); err != nil {
				return err
			}
			written++
			step("file")
			return nil
		})
		if err != nil {
			return err
		}
		if written != pl.nwrite {
			return fmt.Errorf("%s: %d of %d files were made again to be written", o.name, written, pl.nwrite)
		}
	}
	for _, p := range pl.remove {
		name := filepath.Join(o.dir, filepath.FromSlash(p))
		if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		// Folders left empty go too, up to the owned folder.
		for d := filepath.Dir(name); d != o.dir && within(d, o.dir); d = filepath.Dir(d) {
			if os.Remove(d) != nil {
				break
			}
		}
		step("stale")
	}
	if err := writeList(filepath.Join(o.dir, Manifest), articles, pl.own); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(o.dir, pendingFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	step("done")
	return nil
}

// writePending writes the pending list: every hash each path may have.
func writePending(name string, m map[string]map[string]bool) error {
	var lines []string
	for p, hs := range m {
		for h := range hs {
			lines = append(lines, h+"  "+p)
		}
	}
	slices.SortFunc(lines, func(a, b string) int { return strings.Compare(a[66:]+a[:64], b[66:]+b[:64]) })
	return writeAtomic(name, []byte("# Files a dateline build is writing.\n"+strings.Join(lines, "\n")+"\n"))
}

// tmpMark is in the name of every file writeAtomic writes before renaming
// it into place.
const tmpMark = ".dateline-tmp-"

// writeAtomic writes data to name through a file beside it, renamed into
// place: name always holds either its old or its new bytes.
func writeAtomic(name string, data []byte) error {
	return writeAtomicFile(name, File{Data: data}, "")
}

// writeAtomicFile is writeAtomic for a file's bytes, streamed; when want
// is not "", bytes whose hash is not want are refused and name is left as
// it was.
func writeAtomicFile(name string, file File, want string) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+tmpMark+"*")
	if err != nil {
		return err
	}
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 64<<10)
	_, err = file.WriteTo(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && want != "" && hex.EncodeToString(h.Sum(nil)) != want {
		err = fmt.Errorf("%s: made again for writing, its bytes differ from the ones planned; nothing more was written", name)
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// sweepTemps removes the files writeAtomic left in dir when a build was
// killed.
func sweepTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && strings.Contains(e.Name(), tmpMark) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
