package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/extract"
)

// TestMain lets a test run the command as a separate process (to kill it
// midway): with DATELINE_MAIN=1 the test binary is dateline.
func TestMain(m *testing.M) {
	if os.Getenv("DATELINE_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestBrokenInput reads testdata/broken (see its CASES file): each broken
// article costs one line on stderr naming the file (and line), the good
// articles still go through, and the exit status says input was skipped.
func TestBrokenInput(t *testing.T) {
	src := filepath.Join(moduleRoot(t), "testdata", "broken")
	dir := filepath.Join(t.TempDir(), "broken")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	// Cases that are not small text files are made here.
	os.WriteFile(filepath.Join(dir, "binary.md"), []byte("---\ndate: 2024-02-01\n---\nA\x00B\x01\x02"), 0o644)
	big := make([]byte, 50<<20)
	copy(big, "---\ndate: 2024-02-01\n---\n")
	for i := 30; i < len(big); i++ {
		big[i] = 'a' + byte(i%26)
	}
	os.WriteFile(filepath.Join(dir, "huge.md"), big, 0o644)
	os.Mkdir(filepath.Join(dir, "loop"), 0o755)
	if err := os.Symlink("..", filepath.Join(dir, "loop", "up")); err != nil {
		t.Fatal(err)
	}

	done := make(chan struct{})
	var code int
	var stdout, stderr string
	go func() {
		code, stdout, stderr = runCmd(t, "", "extract", "--now", "2024-06-01", dir)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("extract did not finish: a symlink loop followed forever?")
	}
	if code != exitSkipped {
		t.Errorf("exit %d, want %d (output written, input skipped)", code, exitSkipped)
	}
	tl := decode(t, stdout)
	var dates []string
	for _, e := range tl.Events {
		dates = append(dates, e.Date.String())
	}
	for _, want := range []string{"2024-02-12", "2024-02-15", "2024-02-19"} {
		if !slices.Contains(dates, want) {
			t.Errorf("events %v lack %s from a good article", dates, want)
		}
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	wants := []string{"bad-date.md:3:", "bad-toml.md:2:", "bad-yaml.md:6:", "duplicate-b.md:", "empty.md:",
		"future-date.md:3:", "sources.yaml:7:", "unlisted.txt:", "binary.md:", "huge.md:", "loop"}
	for _, w := range wants {
		n := 0
		for _, l := range lines {
			if strings.Contains(l, w) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no line on stderr names %q:\n%s", w, stderr)
		}
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "dateline: "+dir) {
			t.Errorf("stderr line does not name a file under the input: %q", l)
		}
	}
	if strings.Contains(stderr, "good-") || strings.Contains(stderr, "latin1.md:") && !strings.Contains(stderr, "Latin-1") {
		t.Errorf("a good article was reported:\n%s", stderr)
	}
}

// TestInternalErrorSaid checks that an article that trips a bug in its
// analysis is named on standard error without -v, as a skipped file is,
// with exit status 3, and that the other articles still make the
// timeline.
func TestInternalErrorSaid(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.md": "---\ntitle: Dam holds\ndate: 2024-06-19\n---\nEngineers inspected the dam on Tuesday.\n",
		"b.md": "---\ntitle: Bridge shut\ndate: 2024-06-19\n---\nThe bridge was shut on Monday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	extract.SetTestHook(func(path string) {
		if filepath.Base(path) == "b.md" {
			panic("boom")
		}
	})
	defer extract.SetTestHook(nil)
	code, out, errs := runCmd(t, "", "extract", "--format", "json", dir)
	if code != 3 || !strings.Contains(errs, "b.md: skipped: internal error: boom") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("exit %d, stderr %q: want 3 and one line naming b.md", code, errs)
	}
	tl := decode(t, out)
	if len(tl.Events) == 0 {
		t.Errorf("no events: a.md must go through")
	}
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if filepath.Base(s.Article) == "b.md" {
				t.Errorf("b.md cited by %s", e.ID)
			}
		}
	}
}
