package hugo

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/timeline"
)

// anankeDir returns a copy of the Ananke theme (github.com/theNewDynamic/
// gohugo-theme-ananke, MIT licence) to build with: $DATELINE_ANANKE, a
// folder holding the theme (.ci/run clones a pinned release there), or the
// newest copy in Hugo's module cache. Without one the test skips, except
// in CI, where .ci/run provides it.
func anankeDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("DATELINE_ANANKE"); d != "" {
		if _, err := os.Stat(filepath.Join(d, "layouts")); err != nil {
			t.Fatalf("DATELINE_ANANKE=%s holds no theme: %v", d, err)
		}
		return d
	}
	var found []string
	for _, cache := range []string{os.Getenv("HUGO_CACHEDIR"), filepath.Join(os.TempDir(), "hugo_cache"), userCache()} {
		if cache == "" {
			continue
		}
		m, _ := filepath.Glob(filepath.Join(cache, "modules", "filecache", "modules", "pkg", "mod", "github.com", "!the!new!dynamic", "gohugo-theme-ananke*"))
		found = append(found, m...)
	}
	if len(found) > 0 {
		slices.Sort(found)
		return found[len(found)-1]
	}
	if os.Getenv("DATELINE_ANANKE_UNREACHABLE") != "" {
		// .ci/run tried and github.com was out of reach: no registry this
		// CI reaches serves a Hugo theme.
		t.Skip("no Ananke theme: .ci/run could not fetch it (github.com unreachable)")
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Ananke theme: .ci/run clones it and sets DATELINE_ANANKE")
	}
	t.Skip("no Ananke theme: set DATELINE_ANANKE to a copy of github.com/theNewDynamic/gohugo-theme-ananke")
	return ""
}

func userCache() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "hugo_cache")
}

// copyTheme copies the theme into dst without its version control, example
// site and node modules: a git-free copy, as a site vendors a theme.
func copyTheme(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		switch d.Name() {
		case ".git", ".github", "exampleSite", "node_modules", "images":
			if d.IsDir() && rel != "." {
				return filepath.SkipDir
			}
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatalf("copy the theme: %v", err)
	}
}

var minVersionRE = regexp.MustCompile(`(?m)^\s*min_version\s*=\s*"?0\.(\d+)`)

// TestAnanke builds the Content of the fixture timeline inside a real
// third-party theme, Ananke, which shows a page's Hugo date ("September 1,
// 2023") on every page, in its lists and in its RSS feed, and checks that
// no rendered page shows a day the articles did not give: every date in a
// datetime attribute, in Ananke's "January 2, 2006" form or in an RSS
// pubDate is an event's own day or an article's publication day, and no
// page of a month, quarter, week or year event names the first day of its
// period.
func TestAnanke(t *testing.T) {
	theme := anankeDir(t)
	bin := hugoBin(t)
	if b, err := os.ReadFile(filepath.Join(theme, "theme.toml")); err == nil {
		if m := minVersionRE.FindSubmatch(b); m != nil {
			need, _ := strconv.Atoi(string(m[1]))
			if have := hugoMinor(t, bin); have < need {
				// Not a missing tool: this release of the theme does not
				// support this hugo. CI runs the test again with a current
				// hugo (DATELINE_HUGO in .ci/run).
				t.Skipf("the theme needs hugo 0.%d, %s is 0.%d", need, bin, have)
			}
		}
	}
	tl := load(t, "fixture.json")
	files, err := Content(tl, Options{Title: "Harbour works"})
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, output.File{Path: "hugo.toml", Data: []byte(`baseURL = "https://news.example/"
title = "Harbour works"
theme = "ananke"
defaultContentLanguage = "en"
`)})
	dir := filepath.Join(t.TempDir(), "site")
	if err := output.Write(dir, files); err != nil {
		t.Fatal(err)
	}
	copyTheme(t, theme, filepath.Join(dir, "themes", "ananke"))
	cmd := exec.Command(bin, "--source", dir, "--destination", "public", "--cacheDir", t.TempDir(), "--noBuildLock")
	cmd.Env = append(os.Environ(), "HUGO_ENVIRONMENT=production")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("hugo with Ananke: %v\n%s", err, out)
	}

	// The days the articles gave: events' own days, publication days.
	given := map[string]bool{}
	add := func(d timeline.Date) {
		if d.Gran == timeline.Day {
			given[d.String()] = true
		}
	}
	for _, e := range tl.Events {
		add(e.Date)
		add(e.End)
		for _, s := range e.Sources {
			add(s.Published)
		}
	}
	for _, a := range tl.Articles {
		add(a.Published)
	}
	layouts := map[*regexp.Regexp]string{
		regexp.MustCompile(`datetime="(\d{4}-\d\d-\d\d)`): "2006-01-02",
		regexp.MustCompile(`\b((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})`): "January 2, 2006",
		regexp.MustCompile(`<pubDate>(\w{3}, \d\d \w{3} \d{4})`):                                                                           "Mon, 02 Jan 2006",
	}
	public := filepath.Join(dir, "public")
	pages, shown := 0, 0
	err = filepath.WalkDir(public, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || (!strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".xml")) {
			return err
		}
		pages++
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(public, p)
		for re, layout := range layouts {
			for _, m := range re.FindAllSubmatch(b, -1) {
				day, err := time.Parse(layout, string(m[1]))
				if err != nil {
					continue
				}
				shown++
				if !given[day.Format("2006-01-02")] {
					t.Errorf("%s shows %q, a day no article gave", rel, m[1])
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < len(tl.Events) || shown == 0 {
		t.Fatalf("Ananke wrote %d pages showing %d dates: did it build the events?", pages, shown)
	}
	// Each coarse event's own page: not the first day of its period.
	for _, e := range tl.Events {
		if e.Date.Gran == timeline.Day {
			continue
		}
		b, err := os.ReadFile(filepath.Join(public, Section, slug(e.ID), "index.html"))
		if err != nil {
			t.Errorf("no Ananke page for %s: %v", e.ID, err)
			continue
		}
		first := e.Date.First()
		for _, bad := range []string{first.Format("January 2, 2006"), first.Format("2006-01-02")} {
			if strings.Contains(string(b), bad) && !given[first.Format("2006-01-02")] {
				t.Errorf("%s (%s) shows %s", e.ID, e.Date, bad)
			}
		}
	}
}
