package output

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestMain makes the test binary a small writer when a test runs it as a
// child (to kill it at a chosen step): OUTPUT_CHILD=replace|owned writes
// the "new" files into OUTPUT_DIR and kills itself at step OUTPUT_KILL_AT.
func TestMain(m *testing.M) {
	if mode := os.Getenv("OUTPUT_CHILD"); mode != "" {
		os.Exit(child(mode, os.Getenv("OUTPUT_DIR"), os.Getenv("OUTPUT_KILL_AT"), os.Getenv("OUTPUT_FALLBACK") == "1"))
	}
	os.Exit(m.Run())
}

func child(mode, dir, at string, fallback bool) int {
	if fallback {
		exchange = exchangeUnsupported
	}
	hook = func(s string) {
		if s == at {
			p, _ := os.FindProcess(os.Getpid())
			p.Kill()
			select {} // the kill is on its way
		}
	}
	var err error
	switch mode {
	case "replace":
		var d *Dir
		if d, err = Open(dir, Options{}); err == nil {
			err = d.Replace(newSite, 2)
		}
	case "owned":
		var o *Owned
		var pl *Plan
		if o, err = OpenOwned(dir, Options{}); err == nil {
			if pl, err = o.Plan(newOwned); err == nil {
				err = pl.Commit(2)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

var (
	oldSite  = []File{{Path: "index.html", Data: []byte("old index")}, {Path: "events/a.html", Data: []byte("old a")}, {Path: "events/b.html", Data: []byte("old b")}}
	newSite  = []File{{Path: "index.html", Data: []byte("new index")}, {Path: "events/a.html", Data: []byte("new a")}, {Path: "events/c.html", Data: []byte("new c")}}
	oldOwned = []File{{Path: "content/timeline/_index.md", Data: []byte("old section")}, {Path: "content/timeline/a.md", Data: []byte("old a")}, {Path: "data/timeline.json", Data: []byte("{}")}}
	newOwned = []File{{Path: "content/timeline/_index.md", Data: []byte("new section")}, {Path: "content/timeline/b.md", Data: []byte("new b")}, {Path: "data/timeline.json", Data: []byte("{\"new\":1}")}}
)

// tree returns every file under dir with a hash of its bytes, and every
// folder, one per line: two equal trees are byte-identical.
func tree(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			lines = append(lines, rel+"/")
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s %x", rel, sha256.Sum256(b)))
		return nil
	})
	if err != nil {
		return "error: " + err.Error()
	}
	return strings.Join(lines, "\n")
}

// siteOf writes files into a fresh folder and returns its tree.
func siteOf(t *testing.T, files []File, articles int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "public")
	d, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Replace(files, articles); err != nil {
		t.Fatal(err)
	}
	return tree(t, dir)
}

func leftovers(t *testing.T, parent, base string) []string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(parent, "."+base+".new-*"))
	return m
}

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, s := range files {
		name := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestOpenRefuses is issue 9's "--out deletes what was there": a folder
// with the user's files, a file, a symlink, the input itself, a folder
// holding the input or inside it. Each is refused and nothing is touched.
func TestOpenRefuses(t *testing.T) {
	tmp := t.TempDir()
	writeTree(t, tmp, map[string]string{
		"proj/precious.txt":        "x",
		"report.docx":              "a document",
		"articles/a.md":            "an article",
		"articles/sub/b.md":        "an article",
		"articles/gh-pages/.git/x": "a repository",
	})
	if err := os.Symlink(filepath.Join(tmp, "proj"), filepath.Join(tmp, "link")); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(tmp, "articles")
	for _, c := range []struct {
		name, out string
		force     bool
		want      string
	}{
		{"user's folder", "proj", false, "holds files dateline did not write (precious.txt)"},
		{"a file", "report.docx", false, "is a file"},
		{"a file, forced", "report.docx", true, "is a file"},
		{"a symlink", "link", false, "symbolic link"},
		{"the input", "articles", false, "is the input"},
		{"the input, forced", "articles", true, "is the input"},
		{"the input, spelt otherwise", "articles/sub/..", true, "is the input"},
		{"holds the input", ".", true, "holds the input"},
		{"inside the input", "articles/public", false, "inside the input"},
		{"inside the input, forced", "articles/sub", true, "inside the input"},
		{"a git checkout inside the input", "articles/gh-pages", true, "inside the input"},
	} {
		before := tree(t, tmp)
		d, err := Open(filepath.Join(tmp, c.out), Options{Force: c.force, Protect: []string{in}})
		if err == nil {
			d.Close()
			t.Errorf("%s: Open(%s) succeeded", c.name, c.out)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q, want one line with %q", c.name, err, c.want)
		}
		if after := tree(t, tmp); after != before {
			t.Errorf("%s: a refused Open touched the folder:\n%s\nwas\n%s", c.name, after, before)
		}
	}
	// --force replaces the user's folder, as asked.
	d, err := Open(filepath.Join(tmp, "proj"), Options{Force: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Replace(newSite, 3); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := os.Stat(filepath.Join(tmp, "proj", "precious.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("--force kept precious.txt: %v", err)
	}
}

// TestOpenAccepts: a missing folder (and missing parents), an empty one,
// and one marked by an earlier build, whose article count is read back.
func TestOpenAccepts(t *testing.T) {
	tmp := t.TempDir()
	os.Mkdir(filepath.Join(tmp, "empty"), 0o755)
	for _, out := range []string{"missing", "a/b/missing", "empty"} {
		d, err := Open(filepath.Join(tmp, out), Options{})
		if err != nil {
			t.Fatalf("%s: %v", out, err)
		}
		if d.Previous() != -1 {
			t.Errorf("%s: previous count %d, want -1", out, d.Previous())
		}
		if err := d.Replace(oldSite, 12); err != nil {
			t.Fatal(err)
		}
		d.Close()
		d, err = Open(filepath.Join(tmp, out), Options{})
		if err != nil {
			t.Fatalf("%s, its own output: %v", out, err)
		}
		if d.Previous() != 12 {
			t.Errorf("%s: previous count %d, want 12", out, d.Previous())
		}
		d.Close()
	}
	if b, _ := os.ReadFile(filepath.Join(tmp, "empty", Marker)); !strings.Contains(string(b), "articles: 12\n") {
		t.Errorf("marker = %q", b)
	}
}

// TestCheckCount is "a typo publishes an empty site": no article, or far
// fewer than the last build, keeps the site unless AllowShrink.
func TestCheckCount(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	d, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.CheckCount(0); !errors.Is(err, ErrShrink) {
		t.Errorf("no article and no site: %v, want ErrShrink", err)
	}
	if err := d.CheckCount(1); err != nil {
		t.Errorf("one article and no site: %v", err)
	}
	d.Replace(oldSite, 10)
	d.Close()
	for _, c := range []struct {
		n     int
		allow bool
		ok    bool
	}{{0, false, false}, {4, false, false}, {5, false, true}, {40, false, true}, {0, true, true}, {4, true, true}} {
		d, err := Open(dir, Options{AllowShrink: c.allow})
		if err != nil {
			t.Fatal(err)
		}
		err = d.CheckCount(c.n)
		d.Close()
		if (err == nil) != c.ok || err != nil && (!errors.Is(err, ErrShrink) || !strings.Contains(err.Error(), "kept")) {
			t.Errorf("%d articles after 10 (allow %v): %v", c.n, c.allow, err)
		}
	}
}

// TestLock: a second build of the same folder fails at once with a clear
// message while the first holds it, and goes through after.
func TestLock(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	a, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b, err := Open(dir, Options{}); err == nil || !strings.Contains(err.Error(), "another dateline build is writing") {
		if b != nil {
			b.Close()
		}
		t.Errorf("second Open: %v, want the lock's message", err)
	}
	if err := a.Replace(oldSite, 1); err != nil {
		t.Fatal(err)
	}
	a.Close()
	b, err := Open(dir, Options{})
	if err != nil {
		t.Fatalf("Open after the first build ended: %v", err)
	}
	b.Close()
}

// TestSweep: folders left by killed builds are removed by the next Open; a
// site a killed build had moved aside is put back; names that are not
// dateline's are left alone.
func TestSweep(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "public")
	writeTree(t, tmp, map[string]string{
		"public/" + Marker:           "articles: 1\n",
		".public.new-123/index.html": "half",
		".public.new-456.old/x":      "old",
		".public.new-mine/keep":      "the user's",
		".public.newer/keep":         "the user's",
	})
	d, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if got := listDir(t, tmp); !slices.Equal(got, []string{".public.dateline-lock", ".public.new-mine", ".public.newer", "public"}) {
		t.Errorf("after the sweep: %v", got)
	}

	// A kill between the two renames of the fallback left no site, the old
	// one aside.
	os.RemoveAll(dir)
	writeTree(t, tmp, map[string]string{".public.new-789.old/index.html": "the old site", ".public.new-789.old/" + Marker: "", ".public.new-789/index.html": "the new site"})
	d, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if b, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(b) != "the old site" {
		t.Errorf("the site moved aside was not put back: %q", b)
	}
	if l := leftovers(t, tmp, "public"); !slices.Equal(l, []string{filepath.Join(tmp, ".public.new-mine")}) {
		t.Errorf("left over: %v", l)
	}
}

// TestKilledReplace kills a child process at each step of Replace, with
// the atomic exchange and with the fallback: the folder holds the whole
// previous site before the swap and the whole new one after, byte for
// byte, never a mix or nothing (after the next Open); the next build
// leaves no leftovers.
func TestKilledReplace(t *testing.T) {
	oldTree, newTree := siteOf(t, oldSite, 1), siteOf(t, newSite, 2)
	for _, fallback := range []bool{false, true} {
		steps := []string{"locked", "swept", "written", "ready", "swapped", "done"}
		if fallback {
			steps = slices.Insert(steps, 4, "aside")
		}
		for i, at := range steps {
			name := fmt.Sprintf("%s fallback=%v", at, fallback)
			tmp := t.TempDir()
			dir := filepath.Join(tmp, "public")
			d, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			d.Replace(oldSite, 1)
			d.Close()
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			fb := "0"
			if fallback {
				fb = "1"
			}
			cmd.Env = append(os.Environ(), "OUTPUT_CHILD=replace", "OUTPUT_DIR="+dir, "OUTPUT_KILL_AT="+at, "OUTPUT_FALLBACK="+fb)
			out, err := cmd.CombinedOutput()
			if err == nil || cmd.ProcessState.ExitCode() != -1 {
				t.Fatalf("%s: the child was not killed: %v %s", name, err, out)
			}
			swapped := i >= slices.Index(steps, "swapped")
			if at != "aside" {
				want := oldTree
				if swapped {
					want = newTree
				}
				if got := tree(t, dir); got != want {
					t.Errorf("%s: the folder right after the kill:\n%s\nwant\n%s", name, got, want)
				}
			}
			// The next build: the previous site is whole again, then
			// replaced, and nothing is left beside it.
			d, err = Open(dir, Options{})
			if err != nil {
				t.Fatalf("%s: the build after the kill: %v", name, err)
			}
			want := oldTree
			if swapped {
				want = newTree
			}
			if got := tree(t, dir); got != want {
				t.Errorf("%s: the folder after the sweep:\n%s\nwant\n%s", name, got, want)
			}
			if l := leftovers(t, tmp, "public"); len(l) > 0 {
				t.Errorf("%s: leftovers after the sweep: %v", name, l)
			}
			if err := d.Replace(newSite, 2); err != nil {
				t.Fatal(err)
			}
			d.Close()
			if got := tree(t, dir); got != newTree {
				t.Errorf("%s: the next build:\n%s\nwant\n%s", name, got, newTree)
			}
			if l := leftovers(t, tmp, "public"); len(l) > 0 {
				t.Errorf("%s: leftovers after the next build: %v", name, l)
			}
		}
	}
}

// TestReplaceFallback takes the two-rename path all the way.
func TestReplaceFallback(t *testing.T) {
	exchange = exchangeUnsupported
	defer func() { exchange = exchangeFolders }()
	dir := filepath.Join(t.TempDir(), "public")
	for _, files := range [][]File{oldSite, newSite} {
		if err := Write(dir, files); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := tree(t, dir), siteOf(t, newSite, -1); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func commit(t *testing.T, dir string, opt Options, files []File) (*Plan, error) {
	t.Helper()
	o, err := OpenOwned(dir, opt)
	if err != nil {
		return nil, err
	}
	pl, err := o.Plan(files)
	if err != nil {
		return nil, err
	}
	return pl, pl.Commit(len(files))
}

// TestOwnedKeepsUsersFiles is "--hugo on an existing Hugo project replaced
// its hugo.toml and deleted content/about.md; --hugo-content deletes a
// user's own file under content/timeline/": dateline writes and removes
// only its own files.
func TestOwnedKeepsUsersFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	users := map[string]string{
		"hugo.toml":                "baseURL = 'https://mine.example/'",
		"content/about.md":         "about us",
		"content/timeline/mine.md": "my own page in the section",
		"data/other.json":          "{}",
	}
	writeTree(t, dir, users)
	opt := Options{Keep: []string{"hugo.toml"}}
	files := append([]File{{Path: "hugo.toml", Data: []byte("dateline's config")}}, oldOwned...)
	pl, err := commit(t, dir, opt, files)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(pl.Kept, []string{"hugo.toml"}) {
		t.Errorf("kept %v, want hugo.toml", pl.Kept)
	}
	// The next build no longer makes a.md: it goes; b.md comes.
	if _, err := commit(t, dir, opt, append([]File{{Path: "hugo.toml", Data: []byte("dateline's config")}}, newOwned...)); err != nil {
		t.Fatal(err)
	}
	for p, s := range users {
		if b, err := os.ReadFile(filepath.Join(dir, p)); string(b) != s {
			t.Errorf("the user's %s changed: %q %v", p, b, err)
		}
	}
	for _, f := range newOwned {
		if b, _ := os.ReadFile(filepath.Join(dir, f.Path)); string(b) != string(f.Data) {
			t.Errorf("%s = %q, want %q", f.Path, b, f.Data)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content/timeline/a.md")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a.md, no longer made, is still there: %v", err)
	}
	m, _ := os.ReadFile(filepath.Join(dir, Manifest))
	if strings.Contains(string(m), "hugo.toml") || strings.Contains(string(m), "about.md") || !strings.Contains(string(m), "content/timeline/b.md") || !strings.Contains(string(m), "articles: 4\n") {
		t.Errorf("manifest:\n%s", m)
	}

	// The user edits b.md; a build that no longer makes it leaves it.
	os.WriteFile(filepath.Join(dir, "content/timeline/b.md"), []byte("edited"), 0o644)
	pl, err = commit(t, dir, opt, oldOwned)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(pl.Left, []string{"content/timeline/b.md"}) {
		t.Errorf("left %v, want b.md", pl.Left)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "content/timeline/b.md")); string(b) != "edited" {
		t.Errorf("the edited b.md = %q", b)
	}
	// ... and one that makes it again refuses to overwrite the edit.
	before := tree(t, dir)
	if _, err := commit(t, dir, opt, newOwned); err == nil || !strings.Contains(err.Error(), "content/timeline/b.md would be overwritten") {
		t.Errorf("overwriting an edited file: %v", err)
	}
	if tree(t, dir) != before {
		t.Error("a refused commit touched the folder")
	}
	// --force overwrites it.
	if _, err := commit(t, dir, Options{Force: true, Keep: opt.Keep}, newOwned); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "content/timeline/b.md")); string(b) != "new b" {
		t.Errorf("forced b.md = %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "hugo.toml")); string(b) != users["hugo.toml"] {
		t.Errorf("--force replaced the site's config: %q", b)
	}
}

// TestOwnedRefuses: a file in the way, a symlinked folder, a static
// site's folder, and files that would land in an input.
func TestOwnedRefuses(t *testing.T) {
	tmp := t.TempDir()
	writeTree(t, tmp, map[string]string{
		"a/content/timeline":   "a file where a folder goes",
		"b/elsewhere/x":        "x",
		"c/" + Marker:          "",
		"d/content/posts/p.md": "an article",
		"e/articles/a.md":      "an article",
		"f/data/timeline.json": "the user's own data",
	})
	os.MkdirAll(filepath.Join(tmp, "b", "content"), 0o755)
	os.Symlink(filepath.Join(tmp, "b", "elsewhere"), filepath.Join(tmp, "b", "content", "timeline"))
	for _, c := range []struct {
		dir     string
		protect string
		want    string
	}{
		{"a", "", "content/timeline is a file"},
		{"b", "", "symbolic link"},
		{"c", "", "static site"},
		{"d", "d/content", "inside the input"},
		{"d", "d", "inside the input"},
		{"e/articles/site", "e/articles", "inside the input"},
		{"f", "", "data/timeline.json would be overwritten"},
	} {
		before := tree(t, tmp)
		var protect []string
		if c.protect != "" {
			protect = []string{filepath.Join(tmp, c.protect)}
		}
		_, err := commit(t, filepath.Join(tmp, c.dir), Options{Protect: protect}, oldOwned)
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want one line with %q", c.dir, err, c.want)
		}
		if tree(t, tmp) != before {
			t.Errorf("%s: a refusal touched the folder", c.dir)
		}
	}
	// Articles kept inside the Hugo site, outside what dateline writes, are
	// fine.
	if _, err := commit(t, filepath.Join(tmp, "e"), Options{Protect: []string{filepath.Join(tmp, "e", "articles")}}, oldOwned); err != nil {
		t.Errorf("input inside the site, outside dateline's files: %v", err)
	}
}

// TestKilledOwned kills a child at each step of an owned commit: the next
// build knows the files the killed one wrote as dateline's, goes through
// without --force, and leaves no temporary files.
func TestKilledOwned(t *testing.T) {
	for _, at := range []string{"pending", "file", "stale", "done"} {
		dir := filepath.Join(t.TempDir(), "site")
		writeTree(t, dir, map[string]string{"content/about.md": "about us"})
		if _, err := commit(t, dir, Options{}, oldOwned); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "OUTPUT_CHILD=owned", "OUTPUT_DIR="+dir, "OUTPUT_KILL_AT="+at)
		if out, err := cmd.CombinedOutput(); err == nil || cmd.ProcessState.ExitCode() != -1 {
			t.Fatalf("%s: the child was not killed: %v %s", at, err, out)
		}
		if _, err := commit(t, dir, Options{}, oldOwned); err != nil {
			t.Errorf("%s: the build after the kill: %v", at, err)
		}
		want := map[string]string{"content/about.md": "about us"}
		for _, f := range oldOwned {
			want[f.Path] = string(f.Data)
		}
		var got []string
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel(dir, p)
				got = append(got, filepath.ToSlash(rel))
			}
			return nil
		})
		wantNames := []string{Manifest, ownedLock}
		for p, s := range want {
			wantNames = append(wantNames, p)
			if b, _ := os.ReadFile(filepath.Join(dir, p)); string(b) != s {
				t.Errorf("%s: %s = %q, want %q", at, p, b, s)
			}
		}
		slices.Sort(got)
		slices.Sort(wantNames)
		if !slices.Equal(got, wantNames) {
			t.Errorf("%s: files %v, want %v", at, got, wantNames)
		}
	}
}
