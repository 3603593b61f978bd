// Package testdir finds the folders tests read: the module's root, and the
// shared reference material (../shared/seeds, ../shared/corpora/timebank)
// that sits beside a checkout. It is for tests only.
package testdir

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the module's root: the nearest folder above the working
// directory that holds go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Shared returns ../shared/<rel> beside the module. The test is skipped when
// the folder is absent, except under CI=true, where that is a failure: CI
// always has it.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	dir := filepath.Join(Root(t), "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (required in CI): %v", dir, err)
		}
		t.Skipf("%s is absent", dir)
	}
	return dir
}
