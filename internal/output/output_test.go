package output

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplaces(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if err := Write(dir, []File{{Path: "index.html", Data: []byte("one")}, {Path: "events/a.html", Data: []byte("a")}}); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, []File{{Path: "index.html", Data: []byte("two")}}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "two" {
		t.Errorf("index.html = %q, want two", b)
	}
	if _, err := os.Stat(filepath.Join(dir, "events", "a.html")); !os.IsNotExist(err) {
		t.Errorf("a file of the old build survived: %v", err)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public.new-*"))
	if len(left) > 0 {
		t.Errorf("temporary folders left behind: %v", left)
	}
}

func TestWriteFailureKeepsOld(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if err := Write(dir, []File{{Path: "index.html", Data: []byte("old")}}); err != nil {
		t.Fatal(err)
	}
	for name, files := range map[string][]File{
		"escaping path": {{Path: "index.html", Data: []byte("new")}, {Path: "../evil.html", Data: []byte("x")}},
		"absolute path": {{Path: "/etc/evil", Data: []byte("x")}},
		"duplicate":     {{Path: "a.html"}, {Path: "a.html"}},
		"backslash":     {{Path: `..\evil`}},
		"unclean":       {{Path: "a/../b.html"}},
		"empty":         {{Path: ""}},
	} {
		if err := Write(dir, files); err == nil {
			t.Errorf("%s: Write succeeded", name)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "old" {
			t.Errorf("%s: the previous site changed: %q", name, b)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "evil.html")); err == nil {
		t.Error("a file was written outside the output folder")
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public.new-*"))
	if len(left) > 0 {
		t.Errorf("temporary folders left behind: %v", left)
	}
}
