// Package output writes a rendered site to disk as one step: every format
// renders to Files in memory, and Write puts them in place atomically, so a
// failed or interrupted build leaves the previous site whole.
package output

import (
	"fmt"
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

// Write writes files into dir, replacing what dir held. The files are written
// to a new folder beside dir and swapped in with renames only when all of
// them are on disk; until then dir is untouched.
func Write(dir string, files []File) (err error) {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return fmt.Errorf("write %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	seen := make(map[string]bool, len(files))
	made := map[string]bool{tmp: true}
	for _, f := range files {
		if err := CheckPath(f.Path); err != nil {
			return fmt.Errorf("write %s: %w", dir, err)
		}
		if seen[f.Path] {
			return fmt.Errorf("write %s: two files named %q", dir, f.Path)
		}
		seen[f.Path] = true
		name := filepath.Join(tmp, filepath.FromSlash(f.Path))
		if d := filepath.Dir(name); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("write %s: %w", dir, err)
			}
			made[d] = true
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", dir, err)
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", dir, err)
	}
	// Swap: move the old site aside, move the new one in, then delete the
	// old. A crash between the two renames leaves the old site beside dir
	// under a dot-name, never a half-written dir.
	var old string
	if _, serr := os.Lstat(dir); serr == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("write %s: %w", dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return fmt.Errorf("write %s: %w", dir, err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}
