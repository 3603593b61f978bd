package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// Pruning keeps a newsroom's cache from growing forever. Entries of other
// builds of dateline are removed when the cache is opened (openCache). At
// the end of a run that read its articles, the entries of this build that
// neither this run nor the previous run of the same options used are
// dropped when the packs of the options are compacted (compact), and the
// files of options not run lately are removed: a run remembers the keys
// it used in keys-<options> beside its stat index, and only the keysKept
// option sets written last are kept (the others' lists, stat indexes and
// packs go). An entry used by the last two runs of any kept option set
// stays, so that a run over a few articles (an editor checking one story)
// costs the next full run nothing.
//
// Only names dateline writes are removed: packs, stat indexes and key
// lists, and temporary files of writes a killed run left over an hour
// ago. A list cut short or changed is not trusted: its keys are not kept.
// Any error stops pruning; it costs only room.

const (
	keysMagic = "dateline cache keys 1\n"
	keysKept  = 4
	staleTemp = time.Hour
)

// usedKeys are the keys of the entries a run read or wrote.
type usedKeys struct {
	mu   sync.Mutex
	keys map[[32]byte]struct{}
}

func (u *usedKeys) add(key string) {
	var k [32]byte
	if n, err := hex.Decode(k[:], []byte(key)); err != nil || n != len(k) {
		return
	}
	u.mu.Lock()
	if u.keys == nil {
		u.keys = map[[32]byte]struct{}{}
	}
	u.keys[k] = struct{}{}
	u.mu.Unlock()
}

// keysPath is the list of the keys the last run of these options used.
func keysPath(dir string, salt []byte) string {
	return filepath.Join(dir, "keys-"+setID(salt))
}

// readKeys reads a key list into keep; a list cut short or changed adds
// nothing.
func readKeys(name string, keep map[[32]byte]struct{}) {
	b, err := os.ReadFile(name)
	if err != nil || len(b) < len(keysMagic)+sha256.Size || string(b[:len(keysMagic)]) != keysMagic {
		return
	}
	sum, payload := b[len(keysMagic):len(keysMagic)+sha256.Size], b[len(keysMagic)+sha256.Size:]
	if s := sha256.Sum256(payload); !bytes.Equal(s[:], sum) || len(payload)%32 != 0 {
		return
	}
	for i := 0; i < len(payload); i += 32 {
		keep[[32]byte(payload[i:i+32])] = struct{}{}
	}
}

// writeKeys writes the key list name, whole or not at all.
func writeKeys(name string, keys map[[32]byte]struct{}) error {
	list := make([][32]byte, 0, len(keys))
	for k := range keys {
		list = append(list, k)
	}
	slices.SortFunc(list, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	b := append([]byte(keysMagic), make([]byte, sha256.Size)...)
	for _, k := range list {
		b = append(b, k[:]...)
	}
	sum := sha256.Sum256(b[len(keysMagic)+sha256.Size:])
	copy(b[len(keysMagic):], sum[:])
	tmp, err := os.CreateTemp(filepath.Dir(name), ".keys-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// prune removes the files of options not run lately from the build's
// folder dir (see above), after a run of the options salt that used keys,
// and returns the keys the packs of these options keep.
func prune(dir string, salt []byte, used map[[32]byte]struct{}, now time.Time) (map[[32]byte]struct{}, error) {
	mine := keysPath(dir, salt)
	keep := map[[32]byte]struct{}{}
	for k := range used {
		keep[k] = struct{}{}
	}
	readKeys(mine, keep) // the previous run of these options
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := writeKeys(mine, used); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	// The option sets, newest list first; this run's is among them.
	type set struct {
		id  string
		mod time.Time
	}
	var sets []set
	packs := map[string][]string{} // by option set
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() {
			continue
		}
		switch id, isPack := packName(name); {
		case strings.HasPrefix(name, "keys-") && isHex(name[5:], 16):
			if info, err := e.Info(); err == nil {
				sets = append(sets, set{name[5:], info.ModTime()})
			}
		case isPack:
			packs[id] = append(packs[id], name)
		case strings.HasPrefix(name, ".keys-") || strings.HasPrefix(name, ".stat-") || strings.HasPrefix(name, ".pack-"):
			removeStale(filepath.Join(dir, name), now)
		}
	}
	slices.SortFunc(sets, func(a, b set) int {
		if c := b.mod.Compare(a.mod); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	for i, s := range sets {
		if i < keysKept || filepath.Join(dir, "keys-"+s.id) == mine {
			continue
		}
		os.Remove(filepath.Join(dir, "keys-"+s.id))
		os.Remove(filepath.Join(dir, "stat-"+s.id))
		for _, p := range packs[s.id] {
			os.Remove(filepath.Join(dir, p))
		}
	}
	// The stat index and packs of options whose list could not be
	// written are left until a later run of those options writes one.
	return keep, nil
}

// removeStale removes the temporary file name if it is older than
// staleTemp (a write a killed run left), and reports whether it did.
func removeStale(name string, now time.Time) bool {
	info, err := os.Lstat(name)
	if err != nil || now.Sub(info.ModTime()) < staleTemp {
		return false
	}
	return os.Remove(name) == nil
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil && strings.ToLower(s) == s
}
