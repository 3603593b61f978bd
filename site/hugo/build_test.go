package hugo

import (
	"bytes"
	"html"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/timeline"
)

// These tests run the real hugo binary on what Site and Content write:
// $DATELINE_HUGO if set (to try another release), else hugo on PATH. They
// skip when there is none, except in CI (CI=true), which installs hugo.

// hugoBin returns the hugo binary to run.
func hugoBin(t testing.TB) string {
	t.Helper()
	if b := os.Getenv("DATELINE_HUGO"); b != "" {
		return b
	}
	b, err := exec.LookPath("hugo")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("hugo is not installed; CI must install it (Debian: apt-get install hugo)")
		}
		t.Skip("hugo is not installed")
	}
	return b
}

var versionRE = regexp.MustCompile(`v(\d+)\.(\d+)\.`)

// hugoMinor returns the minor version of the hugo binary, 111 for 0.111.3,
// and 1000 for any release from 1.0 on.
func hugoMinor(t testing.TB, bin string) int {
	t.Helper()
	out, err := exec.Command(bin, "version").CombinedOutput()
	if err != nil {
		t.Fatalf("%s version: %v\n%s", bin, err, out)
	}
	m := versionRE.FindSubmatch(out)
	if m == nil {
		t.Fatalf("%s version: no version in %q", bin, out)
	}
	if string(m[1]) != "0" {
		return 1000
	}
	n, _ := strconv.Atoi(string(m[2]))
	return n
}

// problemRE matches the lines in hugo's log that must not appear: warnings,
// errors and deprecation notices, which newer releases print at INFO level
// before they turn them into warnings.
var problemRE = regexp.MustCompile(`(?mi)^.*(\bWARN|\bERROR|deprecat).*$`)

// buildSite writes files to a new folder, runs hugo in it and fails the
// test on any warning, error or deprecation in its output. It returns the
// folder, hugo's public/ in it, and how long hugo took.
func buildSite(t testing.TB, files []output.File) (public string, took time.Duration) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := output.Write(dir, files); err != nil {
		t.Fatal(err)
	}
	return runHugo(t, dir)
}

// runHugo runs hugo in the site folder dir and fails the test on any
// warning, error or deprecation in its output. It returns dir/public and
// how long hugo took.
func runHugo(t testing.TB, dir string) (public string, took time.Duration) {
	t.Helper()
	bin := hugoBin(t)
	args := []string{"--source", dir, "--destination", "public", "--cacheDir", t.TempDir(),
		"--noBuildLock", "--printPathWarnings"}
	if hugoMinor(t, bin) >= 114 {
		// --logLevel came in 0.114; at info, deprecations are shown early.
		args = append(args, "--logLevel", "info")
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "HUGO_ENVIRONMENT=production")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took = time.Since(start)
	if err != nil {
		t.Fatalf("hugo %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	if bad := problemRE.FindAll(out, -1); len(bad) > 0 {
		t.Errorf("hugo printed warnings or errors:\n%s", bytes.Join(bad, []byte("\n")))
	}
	return filepath.Join(dir, "public"), took
}

func readPage(t *testing.T, public, p string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(public, filepath.FromSlash(p)))
	if err != nil {
		t.Fatalf("hugo did not write %s: %v", p, err)
	}
	return string(b)
}

// TestHugoBuildsSite builds the fixture site and checks the pages Hugo wrote:
// every event on the home page and on its own page, dated at the
// granularity its text gave and never on the first day Hugo's date holds.
func TestHugoBuildsSite(t *testing.T) {
	tl := load(t, "fixture.json")
	files, err := Site(tl, Options{Title: "Harbour works"})
	if err != nil {
		t.Fatal(err)
	}
	public, _ := buildSite(t, files)
	home := readPage(t, public, "index.html")
	section := readPage(t, public, "timeline/index.html")
	// Year headings, as on the site: each year once, in order.
	for name, doc := range map[string]string{"index.html": home, "timeline/index.html": section} {
		last := -1
		for _, y := range []string{"2022", "2023", "2024"} {
			i := strings.Index(doc, `<h2 id="y`+y+`">`+y+`</h2>`)
			if i < 0 || i < last || strings.Count(doc, `<h2 id="y`+y+`">`) != 1 {
				t.Errorf("%s: the heading of %s is missing, repeated or out of order", name, y)
			}
			last = i
		}
	}
	tests := []struct {
		id, when, datetime, invented string
	}{
		{"storm-damage", "2022", `datetime="2022"`, "2022-01-01"},
		{"survey-published", "Q2 2023", `datetime="2023"`, "2023-04-01"},
		{"harbour-plan-vote", "September 2023", `datetime="2023-09"`, "2023-09-01"},
		{"works-begin", "4–5 March 2024", `datetime="2024-03-04"`, "1 March 2024"},
		{"public-meetings", "week of 10 June 2024", `datetime="2024-W24"`, "2024-06-10"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			var e timeline.Event
			for _, x := range tl.Events {
				if x.ID == tt.id {
					e = x
				}
			}
			page := readPage(t, public, "timeline/"+tt.id+"/index.html")
			for name, doc := range map[string]string{"index.html": home, "timeline/index.html": section, "event page": page} {
				text := html.UnescapeString(doc)
				if !strings.Contains(text, e.Title) {
					t.Errorf("%s lacks the title %q", name, e.Title)
				}
				if !strings.Contains(text, tt.when) {
					t.Errorf("%s lacks the date %q", name, tt.when)
				}
				if tt.datetime != "" && !strings.Contains(doc, tt.datetime) {
					t.Errorf("%s lacks %s", name, tt.datetime)
				}
			}
			for name, doc := range map[string]string{"index.html": home, "timeline/index.html": section, "event page": page} {
				if strings.Contains(doc, tt.invented) {
					t.Errorf("%s shows the invented day %s", name, tt.invented)
				}
			}
			text := html.UnescapeString(page)
			for _, s := range e.Sources {
				if !strings.Contains(text, s.Sentence) || !strings.Contains(text, "“"+s.Expression+"”") {
					t.Errorf("event page lacks the source sentence %q or its expression %q", s.Sentence, s.Expression)
				}
				if s.URL != "" && !strings.Contains(page, `href="`+s.URL+`"`) {
					t.Errorf("event page lacks a link to %s", s.URL)
				}
			}
			for _, a := range e.Actors {
				if !strings.Contains(text, ">"+a+"</a>") {
					t.Errorf("event page lacks a link to the actor %q", a)
				}
			}
		})
	}
	// The home page lists the events in timeline order.
	last := -1
	for _, tt := range tests {
		i := strings.Index(home, `href="/timeline/`+tt.id+`/"`)
		if i < last {
			t.Errorf("home page lists %s out of order", tt.id)
		}
		last = i
	}
	for _, p := range []string{"actors/index.html", "actors/harbour-board/index.html", "places/eastport/index.html", "dateline.css", "404.html"} {
		readPage(t, public, p)
	}
	term := html.UnescapeString(readPage(t, public, "actors/town-council/index.html"))
	for _, title := range []string{"Council votes on the harbour plan", "Works begin on the wall"} {
		if !strings.Contains(term, title) {
			t.Errorf("actors/town-council lacks %q", title)
		}
	}
}

// TestHugoHostile builds the hostile fixture: every page Hugo wrote holds
// only the markup of our layouts, links go only to http(s) URLs, no
// shortcode was expanded, and the hostile text is shown as text.
func TestHugoHostile(t *testing.T) {
	tl := load(t, "hostile.json")
	files, err := Site(tl, Options{Title: `<script>alert("site")</script>`, BaseURL: "https://news.example/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	public, _ := buildSite(t, files)
	for _, p := range []string{"sitemap.xml", "404.html"} {
		readPage(t, public, p)
	}
	// A feed reader renders the HTML in each description.
	descRE := regexp.MustCompile(`(?s)<description>(.*?)</description>`)
	feed := readPage(t, public, "index.xml")
	items := descRE.FindAllStringSubmatch(feed, -1)
	if len(items) < len(tl.Events) {
		t.Errorf("index.xml has %d descriptions, want at least %d", len(items), len(tl.Events))
	}
	for _, m := range items {
		checkMarkup(t, "index.xml", html.UnescapeString(m[1]), "p", "strong", "ul", "li", "a")
	}
	checkBuilt(t, public, "/harbour", "html", "head", "meta", "title", "link", "body", "header", "main", "a", "h1", "h2", "h3", "section",
		"ol", "ul", "li", "p", "time", "strong", "article", "blockquote", "span")
	page := html.UnescapeString(readPage(t, public, "timeline/outside-evil/index.html"))
	for _, s := range []string{`<script>alert("title")</script> Mayor {{< youtube xss1 >}} resigns`,
		`[click me](javascript:alert(1)) and <img src=x onerror=alert(2)>`, "{{< youtube xss3 >}}"} {
		if !strings.Contains(page, s) {
			t.Errorf("event page does not show %q as text", s)
		}
	}
	if _, err := os.Stat(filepath.Join(public, "timeline", "index-2", "index.html")); err != nil {
		t.Errorf("the event with ID INDEX has no page: %v", err)
	}
}

// existingSite is a newsroom's own Hugo site, whose theme shows only
// .Content, as many do. It mounts dateline's Content, written by
// output.Write to its own folder ../dateline, beside its own content: Write
// replaces the folder it writes, so it must never be the site itself.
var existingSite = []output.File{
	{Path: "hugo.toml", Data: []byte(`baseURL = "https://news.example/"
title = "Existing"
disableKinds = ["taxonomy", "term", "sitemap", "rss", "404"]

[[module.mounts]]
source = "content"
target = "content"
[[module.mounts]]
source = "../dateline/content"
target = "content"
[[module.mounts]]
source = "../dateline/data"
target = "data"
`)},
	{Path: "content/about.md", Data: []byte("---\ntitle: About us\n---\nA newsroom page.\n")},
	{Path: "layouts/_default/single.html", Data: []byte("<!DOCTYPE html>\n<html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>\n{{ .Content }}\n</body></html>\n")},
	{Path: "layouts/_default/list.html", Data: []byte("<!DOCTYPE html>\n<html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul></body></html>\n")},
}

// TestHugoExistingSite builds Content inside a newsroom's existing site: the
// Markdown bodies its theme shows must come out as text too.
func TestHugoExistingSite(t *testing.T) {
	files, err := Content(load(t, "hostile.json"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	if err := output.Write(filepath.Join(root, "dateline"), files); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(root, "newsroom")
	if err := output.Write(site, existingSite); err != nil {
		t.Fatal(err)
	}
	public, _ := runHugo(t, site)
	checkBuilt(t, public, "", "html", "head", "meta", "title", "body", "h1", "a", "ul", "li", "p", "strong")
	page := html.UnescapeString(readPage(t, public, "timeline/outside-evil/index.html"))
	for _, s := range []string{"{{< youtube xss3 >}}", "<img src=x onerror=alert(2)>", "line one --- title: pwned --- # Heading"} {
		if !strings.Contains(page, s) {
			t.Errorf("event page does not show %q as text", s)
		}
	}
	if about := readPage(t, public, "about/index.html"); !strings.Contains(about, "A newsroom page.") {
		t.Error("the newsroom's own page is missing")
	}
}

// checkBuilt checks every HTML file under public with checkMarkup, and that
// no event page came out outside public/timeline.
// Links are to base+path.
func checkBuilt(t *testing.T, public, base string, allowed ...string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(public, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(public, p)
		checkMarkup(t, rel, string(b), allowed...)
		checkLinks(t, public, base, rel, string(b))
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("hugo wrote no HTML")
	}
	entries, err := os.ReadDir(filepath.Dir(public))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		switch e.Name() {
		case "public", "content", "data", "layouts", "static", "hugo.toml", "resources", output.Marker:
		default:
			t.Errorf("unexpected %s in the site folder", e.Name())
		}
	}
}

var hrefRE = regexp.MustCompile(`href="(/[^"]*)"`)

// checkLinks checks that every root-relative link in the page rel leads to a
// file that hugo wrote: base followed by the file's path in public.
func checkLinks(t *testing.T, public, base, rel, page string) {
	t.Helper()
	for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
		u, err := url.Parse(html.UnescapeString(m[1]))
		if err != nil || u.Host != "" {
			t.Errorf("%s: bad link %q", rel, m[1])
			continue
		}
		path, ok := strings.CutPrefix(u.Path, base+"/")
		if !ok {
			t.Errorf("%s: link %q outside %s/", rel, m[1], base)
			continue
		}
		p := filepath.Join(public, filepath.FromSlash(path))
		if strings.HasSuffix(u.Path, "/") {
			p = filepath.Join(p, "index.html")
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: broken link %q", rel, m[1])
		}
	}
}

// TestHugoBuildsMany builds a site of a few hundred made-up events with
// every granularity, spans and shared terms: no warnings, every event listed
// on the home page in timeline order.
func TestHugoBuildsMany(t *testing.T) {
	tl := synthetic(200)
	files, err := Site(tl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	public, _ := buildSite(t, files)
	home := readPage(t, public, "index.html")
	sorted := clean(tl)
	last := -1
	for _, e := range sorted.Events {
		i := strings.Index(home, `href="/timeline/`+e.ID+`/"`)
		if i < 0 {
			t.Errorf("home page lacks %s", e.ID)
			continue
		}
		if i < last {
			t.Errorf("home page lists %s out of order", e.ID)
		}
		last = i
	}
	if n := strings.Count(home, `<li class="event`); n != len(tl.Events) {
		t.Errorf("home page lists %d events, want %d", n, len(tl.Events))
	}
}

// TestHugoEmpty builds the site of a timeline with no events.
func TestHugoEmpty(t *testing.T) {
	files, err := Site(&timeline.Timeline{}, Options{BaseURL: "https://news.example/"})
	if err != nil {
		t.Fatal(err)
	}
	public, _ := buildSite(t, files)
	if home := readPage(t, public, "index.html"); strings.Contains(home, `<li class="event`) {
		t.Error("the home page of an empty timeline lists events")
	}
}
