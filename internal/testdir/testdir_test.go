package testdir

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRoot(t *testing.T) {
	root := Root(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Errorf("Root = %s, which holds no go.mod", root)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "testdir", "testdir.go")); err != nil {
		t.Errorf("Root = %s, not this module's root", root)
	}
}
