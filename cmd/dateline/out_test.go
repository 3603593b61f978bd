package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/output"
)

// A child started by a test with DATELINE_MAIN=1 (see TestMain) and
// DATELINE_KILL_AT=STEP kills itself when the output reaches that step.
func init() {
	if at := os.Getenv("DATELINE_KILL_AT"); at != "" && os.Getenv("DATELINE_MAIN") == "1" {
		output.SetTestHook(func(step string) {
			if step == at {
				p, _ := os.FindProcess(os.Getpid())
				p.Kill()
				select {} // the kill is on its way
			}
		})
	}
}

// tree lists every file and folder under dir with a hash of each file's
// bytes: two equal trees are byte-identical.
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

// articles writes n small articles into dir, each with one dated event.
func articles(t *testing.T, dir string, n int) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		body := fmt.Sprintf("---\ntitle: Council report %d\ndate: 2024-03-%02d\n---\nThe harbour council of district %d met on Monday to approve budget line %d.\n", i, 1+i%28, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.md", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// oneLine checks that stderr is one line naming want.
func oneLine(t *testing.T, name, stderr, want string) {
	t.Helper()
	if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, want) {
		t.Errorf("%s: stderr %q, want one line with %q", name, stderr, want)
	}
}

func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+".new-*"))
	return m
}

// TestOutDeletesNothing is each case of issue 9's "--out deletes what was
// there".
func TestOutDeletesNothing(t *testing.T) {
	corpus := filepath.Join(moduleRoot(t), "examples", "corpus")
	tmp := t.TempDir()
	build := func(args ...string) (int, string, string) {
		t.Helper()
		return runCmd(t, "", append([]string{"build", "--now", "2024-07-01"}, args...)...)
	}

	// mkdir proj; echo x > proj/precious.txt; dateline build --out proj corpus
	proj := filepath.Join(tmp, "proj")
	write(t, filepath.Join(proj, "precious.txt"), "x\n")
	code, _, stderr := build("--out", proj, corpus)
	if code != exitError {
		t.Errorf("--out over a folder of the user's: exit %d, want %d", code, exitError)
	}
	oneLine(t, "--out proj", stderr, "--out "+proj+": holds files dateline did not write (precious.txt)")
	if b, err := os.ReadFile(filepath.Join(proj, "precious.txt")); string(b) != "x\n" {
		t.Errorf("precious.txt: %q %v", b, err)
	}
	// ... which --force replaces, as asked.
	if code, _, stderr := build("--force", "--out", proj, corpus); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(proj, "index.html")); err != nil {
		t.Errorf("--force did not build: %v", err)
	}

	// --out equal to the input, holding it, or inside it.
	in := articles(t, filepath.Join(tmp, "in"), 3)
	before := tree(t, in)
	for _, c := range []struct{ out, want string }{
		{in, "is the input"},
		{tmp, "holds the input"},
		{filepath.Join(in, "public"), "inside the input"},
	} {
		for _, force := range []string{"--force=false", "--force"} {
			code, _, stderr := build(force, "--out", c.out, in)
			if code != exitError {
				t.Errorf("--out %s %s: exit %d, want %d", c.out, force, code, exitError)
			}
			oneLine(t, "--out "+c.out, stderr, c.want)
			if after := tree(t, in); after != before {
				t.Errorf("--out %s %s changed the input:\n%s", c.out, force, after)
			}
		}
	}
	// The input still builds (issue 9: an --out inside the input made every
	// later build exit 3).
	if code, _, stderr := build("--out", filepath.Join(tmp, "site"), in); code != 0 {
		t.Errorf("a build of the input after the refusals: exit %d: %s", code, stderr)
	}
	// --templates and --aliases are inputs too.
	tpl := filepath.Join(tmp, "tpl")
	write(t, filepath.Join(tpl, "README"), "my templates")
	if code, _, stderr := build("--templates", tpl, "--out", tpl, in); code != exitError || !strings.Contains(stderr, "is the input "+tpl) {
		t.Errorf("--out equal to --templates: exit %d: %s", code, stderr)
	}

	// --out report.docx
	doc := filepath.Join(tmp, "report.docx")
	write(t, doc, "a document")
	for _, force := range []string{"--force=false", "--force"} {
		code, _, stderr := build(force, "--out", doc, corpus)
		if code != exitError {
			t.Errorf("--out a file %s: exit %d", force, code)
		}
		oneLine(t, "--out report.docx", stderr, "is a file")
		if b, err := os.ReadFile(doc); string(b) != "a document" {
			t.Errorf("report.docx after %s: %q %v", force, b, err)
		}
	}
	if l := leftovers(t, doc); len(l) > 0 {
		t.Errorf("leftovers: %v", l)
	}
}

// TestHugoKeepsTheSite is the Hugo half of "--out deletes what was there":
// an existing Hugo project keeps its config and its pages; --hugo-content
// keeps the user's own file in content/timeline/; --hugo . works, writing
// no ./public.
func TestHugoKeepsTheSite(t *testing.T) {
	corpus := filepath.Join(moduleRoot(t), "examples", "corpus")
	tmp := t.TempDir()
	site := filepath.Join(tmp, "site")
	users := map[string]string{
		"hugo.toml":                "baseURL = 'https://mine.example/'\ntitle = 'Mine'\n",
		"content/about.md":         "---\ntitle: About\n---\nAbout us.\n",
		"content/timeline/mine.md": "---\ntitle: My own page\n---\n",
		"layouts/partials/x.html":  "mine",
	}
	for p, s := range users {
		write(t, filepath.Join(site, p), s)
	}
	for _, flag := range []string{"--hugo", "--hugo-content"} {
		for range 2 { // the second build updates dateline's files
			code, stdout, stderr := runCmd(t, "", "build", "--now", "2024-07-01", flag, site, corpus)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", flag, code, stderr)
			}
			if flag == "--hugo" && !strings.Contains(stderr, "hugo.toml is the site's own and is kept") {
				t.Errorf("%s: no note that hugo.toml was kept: %q", flag, stderr)
			}
			if strings.Contains(stdout, "public") {
				t.Errorf("%s without --out wrote a static site: %q", flag, stdout)
			}
		}
		for p, s := range users {
			if b, err := os.ReadFile(filepath.Join(site, p)); string(b) != s {
				t.Errorf("%s: the user's %s changed: %q %v", flag, p, b, err)
			}
		}
		if _, err := os.Stat(filepath.Join(site, "data", "timeline.json")); err != nil {
			t.Errorf("%s: data/timeline.json not written: %v", flag, err)
		}
	}
	if _, err := os.Stat(filepath.Join(tmp, "public")); err == nil {
		t.Error("a build with --hugo and no --out wrote public/")
	}
	// A site with its own config.toml gets no hugo.toml (Hugo would read it
	// first).
	other := filepath.Join(tmp, "other")
	write(t, filepath.Join(other, "config.toml"), "title = 'Other'\n")
	code, _, stderr := runCmd(t, "", "build", "--now", "2024-07-01", "--hugo", other, corpus)
	if code != 0 || !strings.Contains(stderr, "config.toml is kept") {
		t.Errorf("--hugo on a site with config.toml: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(other, "hugo.toml")); err == nil {
		t.Error("hugo.toml written beside the site's config.toml")
	}

	// A project's own home page and layouts are not overwritten: --hugo is
	// refused, and says what adds a timeline to an existing site.
	mine := filepath.Join(tmp, "mine")
	write(t, filepath.Join(mine, "content", "_index.md"), "my home page")
	write(t, filepath.Join(mine, "layouts", "_default", "baseof.html"), "my layout")
	before := tree(t, mine)
	code, _, stderr = runCmd(t, "", "build", "--now", "2024-07-01", "--hugo", mine, corpus)
	if code != exitError || !strings.Contains(stderr, "would be overwritten") || !strings.Contains(stderr, "--hugo-content adds only the timeline") {
		t.Errorf("--hugo over a project's own pages: exit %d: %s", code, stderr)
	}
	oneLine(t, "--hugo over a project's own pages", stderr, "--hugo "+mine+": ")
	if tree(t, mine) != before {
		t.Error("a refused --hugo touched the project")
	}

	// --hugo . from inside a project, and with --out public there.
	proj := filepath.Join(tmp, "proj")
	write(t, filepath.Join(proj, "notes.txt"), "mine")
	t.Chdir(proj)
	if code, _, stderr := runCmd(t, "", "build", "--now", "2024-07-01", "--hugo", ".", corpus); code != 0 {
		t.Fatalf("--hugo .: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat("public"); err == nil {
		t.Error("--hugo . wrote ./public")
	}
	if code, _, stderr := runCmd(t, "", "build", "--now", "2024-07-01", "--hugo", ".", "--out", "public", corpus); code != 0 {
		t.Errorf("--hugo . --out public: exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile("notes.txt"); string(b) != "mine" {
		t.Errorf("notes.txt = %q", b)
	}
	// --out may not take in the Hugo folder.
	if code, _, stderr := runCmd(t, "", "build", "--hugo", "public/hugo", "--out", "public", corpus); code != exitUsage {
		t.Errorf("--hugo inside --out: exit %d: %s", code, stderr)
	}
}

// TestTypoKeepsSite is each case of issue 9's "a typo publishes an empty
// site": a missing folder fails (exit 1, one line); a malformed
// sources.yaml, an empty folder, or far fewer articles than the last build
// keep the published site unless --allow-empty.
func TestTypoKeepsSite(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "site")
	in := articles(t, filepath.Join(tmp, "in"), 10)
	build := func(args ...string) (int, string, string) {
		t.Helper()
		return runCmd(t, "", append([]string{"build", "--now", "2024-07-01", "--out", out}, args...)...)
	}
	if code, _, stderr := build(in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	published := tree(t, out)

	missing := filepath.Join(tmp, "missing-folder")
	code, stdout, stderr := build(missing)
	if code != exitError || stdout != "" {
		t.Errorf("missing folder: exit %d, stdout %q", code, stdout)
	}
	oneLine(t, "missing folder", stderr, missing+": no such file or folder")
	code, _, stderr = build(in, missing)
	if code != exitError {
		t.Errorf("a good folder and a missing one: exit %d", code)
	}
	oneLine(t, "a good folder and a missing one", stderr, missing+": no such file or folder")
	for _, cmd := range []string{"extract", "serve"} {
		code, _, stderr := runCmd(t, "", cmd, missing)
		if code != exitError {
			t.Errorf("%s of a missing folder: exit %d", cmd, code)
		}
		oneLine(t, cmd+" of a missing folder", stderr, "no such file or folder")
	}

	empty := filepath.Join(tmp, "empty")
	os.Mkdir(empty, 0o755)
	badSources := filepath.Join(tmp, "bad-sources")
	write(t, filepath.Join(badSources, "story.txt"), "The council met on Monday.\n")
	write(t, filepath.Join(badSources, "sources.yaml"), "- file: story.txt\n  published: [not, a, date\n")
	few := articles(t, filepath.Join(tmp, "few"), 4)
	for _, c := range []struct {
		name, in, want string
	}{
		{"an empty folder", empty, "no article was read"},
		{"a malformed sources.yaml", badSources, "no article was read"},
		{"4 articles after 10", few, "4 articles read, fewer than half of the 10"},
	} {
		code, stdout, stderr := build(c.in)
		if code != exitError || stdout != "" {
			t.Errorf("%s: exit %d, stdout %q", c.name, code, stdout)
		}
		last := stderr[strings.LastIndex(strings.TrimSuffix(stderr, "\n"), "\n")+1:]
		oneLine(t, c.name, last, c.want)
		if !strings.HasPrefix(last, "dateline: --out "+out+": ") || !strings.Contains(last, "kept") {
			t.Errorf("%s: %q does not say the site at --out is kept", c.name, last)
		}
		if tree(t, out) != published {
			t.Errorf("%s replaced the published site", c.name)
		}
	}
	// Half as many is enough; --allow-empty publishes anything.
	if code, _, stderr := build(articles(t, filepath.Join(tmp, "five"), 5)); code != 0 {
		t.Errorf("5 articles after 10: exit %d: %s", code, stderr)
	}
	if code, _, stderr := build("--allow-empty", empty); code != 0 {
		t.Errorf("--allow-empty: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out, "timeline.json"))
	if tl := decode(t, string(b)); len(tl.Articles) != 0 {
		t.Errorf("--allow-empty published %d articles", len(tl.Articles))
	}
	// --hugo-content keeps its own count.
	hsite := filepath.Join(tmp, "hugo-site")
	if code, _, stderr := runCmd(t, "", "build", "--now", "2024-07-01", "--hugo-content", hsite, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	hugoBefore := tree(t, hsite)
	code, _, stderr = runCmd(t, "", "build", "--now", "2024-07-01", "--hugo-content", hsite, few)
	if code != exitError || !strings.Contains(stderr, "--hugo-content "+hsite+": not published: 4 articles read") {
		t.Errorf("--hugo-content, 4 articles after 10: exit %d: %s", code, stderr)
	}
	if tree(t, hsite) != hugoBefore {
		t.Error("--hugo-content with too few articles changed the site")
	}
}

// TestSecondBuildFailsFast: while a build holds the output, a second one
// exits 1 at once with one line saying so, and touches nothing.
func TestSecondBuildFailsFast(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "site")
	in := articles(t, filepath.Join(tmp, "in"), 3)
	if code, _, stderr := runCmd(t, "", "build", "--now", "2024-07-01", "--out", out, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := tree(t, tmp)
	first, err := output.Open(out, output.Options{})
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "", "build", "--now", "2024-07-01", "--out", out, in)
	first.Close()
	if code != exitError {
		t.Errorf("second build: exit %d", code)
	}
	oneLine(t, "second build", stderr, "another dateline build is writing here")
	if after := tree(t, tmp); after != before {
		t.Errorf("the second build touched the folder:\n%s\nwas\n%s", after, before)
	}
	if code, _, stderr := runCmd(t, "", "build", "--now", "2024-07-01", "--out", out, in); code != 0 {
		t.Errorf("a build after the first ended: exit %d: %s", code, stderr)
	}
}

// TestAtomicBuild is issue 9's "not safe against a second build or a
// kill": a build that fails leaves the previous site; a build killed at
// each step of writing (through output's test hook, in a child process)
// leaves the previous site byte for byte until the swap and the new one
// after it, never a mix and never nothing; the next build leaves no
// .NAME.new-* folders.
func TestAtomicBuild(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "public")
	corpus := filepath.Join(moduleRoot(t), "examples", "corpus")
	build := func(args ...string) {
		t.Helper()
		if code, _, stderr := runCmd(t, "", append([]string{"build", "--now", "2024-07-01"}, args...)...); code != 0 {
			t.Fatalf("build %v: exit %d: %s", args, code, stderr)
		}
	}
	build("--out", out, corpus)
	before := tree(t, out)

	// A build that fails (a template folder that does not parse) writes nothing.
	bad := filepath.Join(tmp, "bad-templates")
	write(t, filepath.Join(bad, "index.html"), "{{ .Broken")
	if code, _, _ := runCmd(t, "", "build", "--now", "2024-07-01", "--out", out, "--templates", bad, corpus); code == 0 {
		t.Error("a build with a broken template succeeded")
	}
	if tree(t, out) != before {
		t.Error("a failed build changed the previous site")
	}

	// What a build of the other input gives, for the kills after the swap.
	other := articles(t, filepath.Join(tmp, "other"), 12)
	fresh := filepath.Join(tmp, "fresh")
	build("--out", fresh, other)
	newTree := tree(t, fresh)

	steps := []string{"locked", "swept", "written", "ready", "swapped", "done"}
	for i, at := range steps {
		// Start from the first site each time.
		build("--out", out, corpus)
		if tree(t, out) != before {
			t.Fatalf("%s: the first site does not rebuild the same", at)
		}
		cmd := exec.Command(os.Args[0], "build", "--now", "2024-07-01", "--out", out, other)
		cmd.Env = append(os.Environ(), "DATELINE_MAIN=1", "DATELINE_KILL_AT="+at)
		msg, err := cmd.CombinedOutput()
		if err == nil || cmd.ProcessState.ExitCode() != -1 {
			t.Fatalf("%s: the build was not killed: %v %s", at, err, msg)
		}
		want := before
		if i >= slices.Index(steps, "swapped") {
			want = newTree
		}
		if got := tree(t, out); got != want {
			t.Errorf("killed at %s: the site is neither whole nor the one expected:\n%s", at, got)
		}
		// The next build goes through and sweeps what the kill left.
		build("--out", out, other)
		if got := tree(t, out); got != newTree {
			t.Errorf("killed at %s: the next build:\n%s", at, got)
		}
		if l := leftovers(t, out); len(l) > 0 {
			t.Errorf("killed at %s: leftovers after the next build: %v", at, l)
		}
	}
}
