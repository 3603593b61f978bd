package output

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// streamed returns f with its bytes given by Stream instead of Data.
func streamed(f File) File {
	data := f.Data
	return File{Path: f.Path, Stream: func(w io.Writer) error {
		for len(data) > 0 { // a few bytes a call, as a renderer writes
			n := min(len(data), 3)
			if _, err := w.Write(data[:n]); err != nil {
				return err
			}
			data = data[n:]
		}
		return nil
	}}
}

// TestStageStreams: a site written a file at a time, some streamed, is the
// same tree as the one Replace writes from whole files; a failed stage
// leaves the output as it was and nothing beside it.
func TestStageStreams(t *testing.T) {
	root := t.TempDir()
	want, got := filepath.Join(root, "want"), filepath.Join(root, "got")
	if err := Write(want, newSite); err != nil {
		t.Fatal(err)
	}
	d, err := Open(got, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	s, err := d.Stage()
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range newSite {
		if i%2 == 0 {
			f = streamed(f)
		}
		if err := s.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Commit(-1); err != nil {
		t.Fatal(err)
	}
	if a, b := tree(t, want), tree(t, got); a != b {
		t.Errorf("streamed tree:\n%s\nwant:\n%s", b, a)
	}

	before := tree(t, got)
	s, err = d.Stage()
	if err != nil {
		t.Fatal(err)
	}
	s.Add(File{Path: "index.html", Data: []byte("half")})
	if err := s.Add(File{Path: "index.html"}); err == nil || !strings.Contains(err.Error(), `two files named "index.html"`) {
		t.Errorf("second index.html: %v", err)
	}
	if err := s.Commit(1); err == nil {
		t.Error("Commit after a failed Add succeeded")
	}
	if after := tree(t, got); after != before {
		t.Errorf("a failed stage changed the output")
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".new-") {
			t.Errorf("a failed stage left %s beside the output", e.Name())
		}
	}
}

// TestPlanSumsStreams: an owned folder written from files made twice (once
// for their hashes, once to write them) is the one Plan writes from whole
// files, and a file made differently the second time is refused before it
// replaces anything.
func TestPlanSumsStreams(t *testing.T) {
	root := t.TempDir()
	want, got := filepath.Join(root, "want"), filepath.Join(root, "got")
	if _, err := commit(t, want, Options{}, newOwned); err != nil {
		t.Fatal(err)
	}
	gen := func(files []File) func(func(File) error) error {
		return func(emit func(File) error) error {
			for _, f := range files {
				if err := emit(streamed(f)); err != nil {
					return err
				}
			}
			return nil
		}
	}
	o, err := OpenOwned(got, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sums, err := Sums(gen(newOwned))
	if err != nil {
		t.Fatal(err)
	}
	pl, err := o.PlanSums(sums, gen(newOwned))
	if err != nil {
		t.Fatal(err)
	}
	if err := pl.Commit(len(newOwned)); err != nil {
		t.Fatal(err)
	}
	if a, b := tree(t, want), tree(t, got); a != b {
		t.Errorf("streamed tree:\n%s\nwant:\n%s", b, a)
	}

	// The files change between the plan and the commit.
	o, err = OpenOwned(got, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sums, err = Sums(gen(oldOwned))
	if err != nil {
		t.Fatal(err)
	}
	other := append([]File{}, oldOwned...)
	other[0] = File{Path: other[0].Path, Data: []byte("made otherwise")}
	pl, err = o.PlanSums(sums, gen(other))
	if err != nil {
		t.Fatal(err)
	}
	if err := pl.Commit(len(other)); err == nil || !strings.Contains(err.Error(), "differ from the ones planned") {
		t.Errorf("Commit of files made otherwise: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(got, filepath.FromSlash(other[0].Path))); string(b) != "new section" {
		t.Errorf("%s holds %q after the refused write", other[0].Path, b)
	}
}

// TestStageConcurrent: Adds from several goroutines at once stage every
// file; a failure in one of them (a path given twice) removes what was
// staged, after the other Adds under way, and leaves the output as it was.
func TestStageConcurrent(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "out")
	if err := Write(out, []File{{Path: "old.html", Data: []byte("old")}}); err != nil {
		t.Fatal(err)
	}
	d, err := Open(out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	add := func(s *Stage, dup bool) error {
		errs := make(chan error, 8)
		for g := range 8 {
			go func() {
				var first error
				for i := range 50 {
					p := fmt.Sprintf("events/e%d-%d/index.html", g, i)
					if dup && g == 3 && i == 20 {
						p = "events/e0-0/index.html"
					}
					f := File{Path: p, Data: []byte(p)}
					if i%2 == 0 {
						f = streamed(f)
					}
					if err := s.Add(f); err != nil && first == nil {
						first = err
					}
				}
				errs <- first
			}()
		}
		var first error
		for range 8 {
			if err := <-errs; err != nil && first == nil {
				first = err
			}
		}
		return first
	}
	s, err := d.Stage()
	if err != nil {
		t.Fatal(err)
	}
	if err := add(s, true); err == nil || !strings.Contains(err.Error(), "two files") {
		t.Fatalf("a path given twice: %v", err)
	}
	if err := s.Commit(1); err == nil {
		t.Fatal("Commit after a failed Add went through")
	}
	if b, err := os.ReadFile(filepath.Join(out, "old.html")); err != nil || string(b) != "old" {
		t.Fatalf("the output changed after a failed stage: %q, %v", b, err)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 2 { // out and its lock
		t.Errorf("left beside the output: %v", entries)
	}
	s, err = d.Stage()
	if err != nil {
		t.Fatal(err)
	}
	if err := add(s, false); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(1); err != nil {
		t.Fatal(err)
	}
	for g := range 8 {
		for i := range 50 {
			p := fmt.Sprintf("events/e%d-%d/index.html", g, i)
			if b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(p))); err != nil || string(b) != p {
				t.Fatalf("%s: %q, %v", p, b, err)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(out, "old.html")); err == nil {
		t.Error("the previous build's file is still there")
	}
}

// TestStageOnSwap: OnSwap's function runs once per Commit, when the new
// build is in the output's place and before the previous one is removed
// (the "done" step), on the first build as on the next.
func TestStageOnSwap(t *testing.T) {
	got := filepath.Join(t.TempDir(), "got")
	d, err := Open(got, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var steps []string
	SetTestHook(func(s string) { steps = append(steps, s) })
	defer SetTestHook(nil)
	for n, site := range [][]File{newSite, {{Path: "index.html", Data: []byte("second")}}} {
		steps = nil
		s, err := d.Stage()
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range site {
			if err := s.Add(f); err != nil {
				t.Fatal(err)
			}
		}
		s.OnSwap(func() {
			steps = append(steps, "f")
			b, err := os.ReadFile(filepath.Join(got, site[0].Path))
			if err != nil || string(b) != string(site[0].Data) {
				t.Errorf("build %d: when f runs, %s is %q, %v; want the new build's", n, site[0].Path, b, err)
			}
		})
		if err := s.Commit(-1); err != nil {
			t.Fatal(err)
		}
		if s := strings.Join(steps, " "); !strings.HasSuffix(s, "swapped f done") {
			t.Errorf("build %d: steps %s, want swapped f done at the end", n, s)
		}
	}
}

// TestStageReuse: a stage given the Sums of the build in place links the
// files whose bytes are the same (the same file on disk as before) and
// writes the others; the tree is the one written from scratch, and a file
// of the sums gone from the output is written again.
func TestStageReuse(t *testing.T) {
	root := t.TempDir()
	got := filepath.Join(root, "got")
	d, err := Open(got, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	commit := func(prev map[string][32]byte, files []File) map[string][32]byte {
		t.Helper()
		s, err := d.Stage()
		if err != nil {
			t.Fatal(err)
		}
		s.Reuse(prev)
		for _, f := range files {
			if err := s.Add(f); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Commit(-1); err != nil {
			t.Fatal(err)
		}
		return s.Sums()
	}
	first := []File{{Path: "index.html", Data: []byte("one")}, {Path: "a/index.html", Data: []byte("a")}, {Path: "b/index.html", Data: []byte("b")}, {Path: "c.txt", Data: []byte("c")}}
	sums := commit(map[string][32]byte{}, first)
	if len(sums) != len(first) {
		t.Fatalf("sums of %d files, want %d", len(sums), len(first))
	}
	stat := func(p string) os.FileInfo {
		info, err := os.Stat(filepath.Join(got, p))
		if err != nil {
			t.Fatal(err)
		}
		return info
	}
	a, idx, b := stat("a/index.html"), stat("index.html"), stat("b/index.html")
	os.Remove(filepath.Join(got, "c.txt")) // gone from the output: written again
	// A streamed file streams once: the list is made for each use.
	second := func() []File {
		return []File{{Path: "index.html", Data: []byte("two")}, {Path: "a/index.html", Data: []byte("a")}, {Path: "b/index.html", Data: []byte("b")}, {Path: "c.txt", Data: []byte("c")}, streamed(File{Path: "d.json", Data: []byte("{}")})}
	}
	commit(sums, second())
	want := filepath.Join(root, "want")
	if err := Write(want, second()); err != nil {
		t.Fatal(err)
	}
	if x, y := tree(t, want), tree(t, got); x != y {
		t.Errorf("reused tree:\n%s\nwant:\n%s", y, x)
	}
	if !os.SameFile(a, stat("a/index.html")) || !os.SameFile(b, stat("b/index.html")) {
		t.Errorf("the files of the same bytes were not linked")
	}
	if os.SameFile(idx, stat("index.html")) {
		t.Errorf("a changed file was linked")
	}
}
