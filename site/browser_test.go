package site

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/timeline"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

var screenshots = flag.Bool("screenshots", false, "write ../docs/site.png and ../docs/embed.png from the browser test")

const axePath = "testdata/axe/node_modules/axe-core/axe.min.js"

// needs skips the test when a tool is missing, but fails it in CI (CI=true),
// where the tool is installed and a skip would hide a broken setup.
func needs(tb testing.TB, what string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("CI=true but %s", what)
	}
	tb.Skip(what)
}

func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// startBrowser starts headless Chromium for the test, with a fresh profile
// and without the background networking that misbehaves on a closed network.
func startBrowser(tb testing.TB) context.Context {
	tb.Helper()
	exe := chromiumPath()
	if exe == "" {
		needs(tb, "no chromium on PATH")
	}
	profile := tb.TempDir()
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1024, 768),
	)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	tb.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	if err := chromedp.Do(bctx); err != nil {
		tb.Fatalf("start chromium: %v", err)
	}
	return bctx
}

// serve serves the rendered files (gzipped when asked and the browser
// accepts it, as a web server would) with the CSP header, plus extra pages.
func serve(tb testing.TB, files []File, gz bool, extra map[string]string) *httptest.Server {
	tb.Helper()
	byPath := map[string][]byte{}
	for _, f := range files {
		byPath[f.Path] = f.Data
		if d, ok := strings.CutSuffix(f.Path, "index.html"); ok && d != "" {
			byPath[d] = f.Data
		}
	}
	zipped := map[string][]byte{}
	for p, data := range byPath {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.DefaultCompression)
		w.Write(data)
		w.Close()
		zipped[p] = b.Bytes()
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(r.URL.Path, "/")
		if p == "" {
			p = "index.html"
		}
		if s, ok := extra[p]; ok {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, s)
			return
		}
		data, ok := byPath[p]
		if !ok {
			http.NotFound(w, r)
			return
		}
		ext := path.Ext(p)
		if ext == "" || strings.HasSuffix(p, "/") {
			ext = ".html"
		}
		w.Header().Set("Content-Type", mime.TypeByExtension(ext))
		if ext == ".html" {
			w.Header().Set("Content-Security-Policy", CSP())
		}
		if gz && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			data = zipped[p]
		}
		w.Write(data)
	}))
	tb.Cleanup(srv.Close)
	return srv
}

// tab is one browser tab that records console messages and CSP violations.
type tab struct {
	ctx     context.Context
	mu      sync.Mutex
	console []string
}

const cspProbe = `window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});`

func newTab(tb testing.TB, bctx context.Context) *tab {
	tb.Helper()
	ctx, cancel := chromedp.NewContext(bctx)
	tb.Cleanup(cancel)
	t := &tab{ctx: ctx}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			t.mu.Lock()
			t.console = append(t.console, fmt.Sprintf("%s (%s %s:%d)", m, m.Source, m.URL, m.Line))
			t.mu.Unlock()
		}
	}()
	t.do(tb, cmd(cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: cspProbe}))
	return t
}

func (t *tab) do(tb testing.TB, steps ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	if err := chromedp.Do(t.ctx, steps...); err != nil {
		tb.Fatal(err)
	}
}

// retry runs a, again when it lost a race with a navigation (the page's
// JavaScript context was being replaced).
func retry[T any](ctx context.Context, a chromedp.Action[T]) (T, error) {
	v, err := chromedp.Run(ctx, a)
	for i := 0; err != nil && strings.Contains(err.Error(), "Cannot find context") && i < 5; i++ {
		time.Sleep(100 * time.Millisecond)
		v, err = chromedp.Run(ctx, a)
	}
	return v, err
}

func eval[T any](tb testing.TB, t *tab, js string) T {
	tb.Helper()
	v, err := retry(t.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("evaluate %.60q: %v", js, err)
	}
	return v
}

// problems returns the console messages and CSP violations so far.
func (t *tab) problems(tb testing.TB) []string {
	tb.Helper()
	time.Sleep(50 * time.Millisecond) // let the last console events arrive
	t.mu.Lock()
	out := slices.Clone(t.console)
	t.mu.Unlock()
	for _, v := range eval[[]string](tb, t, `window.__csp || []`) {
		out = append(out, "CSP violation: "+v)
	}
	return out
}

func cmd[P, R any](c cdp.Command[P, R], p P) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, c, p)
		return err
	})
}

func media(typ string, features ...string) chromedp.Action[chromedp.Void] {
	p := emulation.SetEmulatedMediaParams{Media: typ}
	for i := 0; i+1 < len(features); i += 2 {
		p.Features = append(p.Features, &emulation.MediaFeature{Name: features[i], Value: features[i+1]})
	}
	return cmd(emulation.SetEmulatedMedia, p)
}

// axe runs axe-core on the page and returns its violations.
func (t *tab) axe(tb testing.TB, src string, only ...string) []string {
	tb.Helper()
	eval[chromedp.Void](tb, t, src)
	opts := "{}"
	if len(only) > 0 {
		opts = `{runOnly: ["` + strings.Join(only, `","`) + `"]}`
	}
	res := eval[struct {
		Passes     int
		Violations []string
	}](tb, t, `axe.run(document, `+opts+`).then(function (r) {
  return {Passes: r.passes.length, Violations: r.violations.map(function (v) {
    return v.id + " (" + v.impact + "): " + v.help + ": " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); }).join(", ");
  })};
})`)
	if res.Passes < 10 && len(only) == 0 || res.Passes == 0 {
		tb.Errorf("axe-core passed only %d rules: did it run?", res.Passes)
	}
	return res.Violations
}

// visibleJS counts the .dl-event elements that take up space on the page.
const visibleJS = `[].slice.call(document.querySelectorAll(".dl-event")).filter(function (e) {
  var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden";
}).length`

// heightJS is the page's full height in CSS pixels.
const heightJS = `Math.ceil(document.documentElement.scrollHeight)`

// seedTimeline builds the timeline of the five seed articles
// (../shared/seeds), as `dateline extract` does.
func seedTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	dir := testdir.Shared(t, "seeds")
	docs, problems := corpus.Read([]string{dir}, corpus.Options{})
	if len(problems) > 0 {
		t.Fatalf("seeds: %v", problems)
	}
	xdocs := make([]extract.Doc, len(docs))
	for i, d := range docs {
		xdocs[i] = extract.Doc{Article: d.Article, Text: d.Text}
	}
	tl, _ := extract.Extract(xdocs, extract.Options{})
	return tl
}

// phone is the viewport of a phone 375 px wide, and phoneScreen its height.
const phoneScreen = 667

func phone(w int) chromedp.Action[chromedp.Void] {
	return chromedp.EmulateViewport(int64(w), phoneScreen, chromedp.EmulateMobile)
}

// TestBrowser loads the site in real headless Chromium: the front page leads
// with the key events, the full timeline shows every event and its filter
// works (and lives in the URL), the embed tells its parent its height, and
// there are no console errors, no CSP violations and no axe-core findings
// at 320, 375 and 1280 px, light and dark.
func TestBrowser(t *testing.T) {
	axeSrc, err := os.ReadFile(axePath)
	if err != nil {
		needs(t, "no axe-core: run npm ci --prefix site/testdata/axe")
	}
	tl := fixture()
	files, err := Render(tl, Options{Title: "The strait crossing", Description: "How two towns agreed to build a bridge."})
	if err != nil {
		t.Fatal(err)
	}
	total, key := len(tl.Events), 0
	ana := 0
	for _, e := range tl.Events {
		if e.Key {
			key++
		}
		if slices.Contains(e.Actors, "Ana Ruiz") {
			ana++
		}
	}
	frag := ""
	for _, f := range files {
		if f.Path == "fragment.html" {
			frag = string(f.Data)
		}
	}
	parent := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="favicon.svg">
<script>window.__msgs = []; addEventListener("message", function (e) { window.__msgs.push(e.data); });</script>
</head><body><main><h1>A host page</h1>
<iframe id="f" src="embed.html?childId=tl1#?secret=abc123" data-secret="abc123" title="Timeline" style="width:600px;border:0" height="150"></iframe>
</main></body></html>`
	// A host page whose own stylesheet styles headings, quotes and links,
	// as a newsroom's article page does, and that includes the fragment.
	host := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="favicon.svg">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Georgia,serif;background:#fff;color:#222} h2{color:#e00;font-family:Impact,serif;text-transform:uppercase;letter-spacing:.3em}
.entry blockquote{font-size:3em;margin:2em} a{color:#0a0;text-decoration:none} li{list-style:disc;margin:2em}</style>
</head><body><main class="entry"><h1>A host article</h1><p>The story.</p>` + frag + `</main></body></html>`
	srv := serve(t, files, true, map[string]string{"parent.html": parent, "host.html": host})
	bctx := startBrowser(t)

	t.Run("index", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, chromedp.EmulateViewport(1000, 900), chromedp.Navigate(srv.URL+"/index.html"), chromedp.WaitVisible(chromedp.CSS(".dl-keys")))
		if got := eval[int](t, tb, `document.querySelectorAll(".dl-keys .dl-line").length`); got != key {
			t.Errorf("key event lines = %d, want %d", got, key)
		}
		// The skip link is the first stop of the keyboard.
		tb.do(t, chromedp.KeyEvent("\t"))
		if got := eval[string](t, tb, `document.activeElement.className`); got != "dl-skip" {
			t.Errorf("first tab stop = %q, want the skip link", got)
		}
		// Sources and quotes are one click away, behind a disclosure.
		if got := eval[bool](t, tb, `document.querySelector(".dl-keys blockquote").checkVisibility()`); got {
			t.Errorf("a quote shows before its disclosure is opened")
		}
		tb.do(t, chromedp.Click(chromedp.CSS(".dl-keys summary")))
		if got := eval[bool](t, tb, `document.querySelector(".dl-keys blockquote").checkVisibility()`); !got {
			t.Errorf("the quote does not show once its disclosure is opened")
		}
		if got := eval[string](t, tb, `document.querySelector(".dl-all a").getAttribute("href")`); got != "timeline/" {
			t.Errorf("full timeline link = %q", got)
		}
		for _, p := range tb.problems(t) {
			t.Errorf("index.html: %s", p)
		}
	})

	t.Run("full timeline", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, chromedp.EmulateViewport(1000, 900), chromedp.Navigate(srv.URL+"/timeline/"), chromedp.WaitVisible(chromedp.CSS("#dl_filter")))
		if got := eval[int](t, tb, visibleJS); got != total {
			t.Errorf("visible events = %d, want %d", got, total)
		}
		count := func() string { return eval[string](t, tb, `document.getElementById("dl_count").textContent`) }
		if got, want := count(), fmt.Sprintf("%d of %d events shown", total, total); got != want {
			t.Errorf("count = %q, want %q", got, want)
		}
		// Key events only, with a real click on the checkbox.
		tb.do(t, chromedp.Click(chromedp.CSS(`#dl_filter input[name="key"]`)))
		if got := eval[int](t, tb, visibleJS); got != key {
			t.Errorf("key events only: %d visible, want %d", got, key)
		}
		// Print shows every event even when the filter hides some, and
		// keeps each year's heading with its first event.
		tb.do(t, media("print"))
		if got := eval[int](t, tb, visibleJS); got != total {
			t.Errorf("print with a filter on: %d events shown, want %d", got, total)
		}
		if got := eval[string](t, tb, `getComputedStyle(document.querySelector(".dl-year h2")).breakAfter`); got != "avoid" {
			t.Errorf("print: year heading break-after = %q, want avoid", got)
		}
		if got := eval[bool](t, tb, `document.querySelector(".dl-event blockquote").checkVisibility()`); !got {
			t.Errorf("print: the sources behind a closed disclosure do not print")
		}
		tb.do(t, media(""), chromedp.Click(chromedp.CSS(`#dl_filter input[name="key"]`)))
		// One actor; the filter is kept in the URL.
		tb.do(t, chromedp.SetValue(chromedp.CSS(`#dl_filter select[name="actor"]`), "ana-ruiz"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector("#dl_filter select[name=actor]").dispatchEvent(new Event("change", {bubbles: true}))`))
		if got := eval[int](t, tb, visibleJS); got != ana {
			t.Errorf("actor Ana Ruiz: %d visible, want %d", got, ana)
		}
		if got, want := count(), fmt.Sprintf("%d of %d events shown", ana, total); got != want {
			t.Errorf("count = %q, want %q", got, want)
		}
		if got := eval[string](t, tb, `location.search`); got != "?actor=ana-ruiz" {
			t.Errorf("filter in the URL = %q, want ?actor=ana-ruiz", got)
		}
		tb.do(t, chromedp.Reload())
		if got := eval[int](t, tb, visibleJS); got != ana {
			t.Errorf("after a reload of the filtered URL: %d visible, want %d", got, ana)
		}
		// Nothing found: the count has a reset that shows all again.
		tb.do(t, chromedp.SetValue(chromedp.CSS(`#dl_filter select[name="actor"]`), ""),
			chromedp.SendKeys(chromedp.CSS(`#dl_filter input[name="q"]`), "zzzz"))
		if got, want := count(), fmt.Sprintf("0 of %d events shown", total); got != want {
			t.Errorf("count = %q, want %q", got, want)
		}
		tb.do(t, chromedp.Click(chromedp.CSS(`#dl_filter button[type="reset"]`)))
		if got, err := chromedp.Run(tb.ctx, chromedp.Poll[int](`(function(){var n = `+visibleJS+`; return n === `+fmt.Sprint(total)+` ? n : null})()`, chromedp.WithPollingTimeout(5*time.Second))); err != nil || got != total {
			t.Errorf("after Show all: %d visible (%v), want %d", got, err, total)
		}
		if got := eval[string](t, tb, `location.search`); got != "" {
			t.Errorf("after Show all the URL keeps %q", got)
		}
		tb.do(t, chromedp.SendKeys(chromedp.CSS(`#dl_filter input[name="q"]`), "protest"))
		if got := eval[int](t, tb, visibleJS); got != 1 {
			t.Errorf("search for protest: %d visible, want 1", got)
		}
		if got := eval[int](t, tb, `document.querySelectorAll(".dl-year:not([hidden])").length`); got != 1 {
			t.Errorf("search for protest: %d year sections shown, want 1", got)
		}
		// The year links list only the years shown.
		if got := eval[int](t, tb, `document.querySelectorAll(".dl-years li:not([hidden])").length`); got != 1 {
			t.Errorf("search for protest: %d year links shown, want 1", got)
		}
		for _, p := range tb.problems(t) {
			t.Errorf("timeline/: %s", p)
		}
	})

	t.Run("no javascript", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, cmd(emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}),
			chromedp.Navigate(srv.URL+"/timeline/"))
		if got := eval[int](t, tb, visibleJS); got != total {
			t.Errorf("visible events without JavaScript = %d, want %d", got, total)
		}
		if got := eval[bool](t, tb, `document.getElementById("dl_filter").getClientRects().length > 0`); got {
			t.Errorf("the filter form shows without JavaScript")
		}
	})

	t.Run("reduced motion", func(t *testing.T) {
		tb := newTab(t, bctx)
		anim := `getComputedStyle(document.getElementById("accord-signed")).animationName`
		tb.do(t, chromedp.Navigate(srv.URL+"/timeline/#accord-signed"))
		if got := eval[string](t, tb, anim); got != "dl-flash" {
			t.Errorf("a permalinked event's animation = %q, want dl-flash", got)
		}
		tb.do(t, media("", "prefers-reduced-motion", "reduce"), chromedp.Navigate(srv.URL+"/timeline/#state-visit"),
			chromedp.Navigate(srv.URL+"/timeline/#accord-signed"))
		if got := eval[string](t, tb, anim); got != "none" {
			t.Errorf("with reduced motion, the animation = %q, want none", got)
		}
	})

	// axe-core on every kind of page at 320, 375 and 1280 px, light and
	// dark, with every rule.
	t.Run("axe", func(t *testing.T) {
		tb := newTab(t, bctx)
		for _, scheme := range []string{"light", "dark"} {
			for _, w := range []int{320, 375, 1280} {
				tb.do(t, media("", "prefers-color-scheme", scheme), chromedp.EmulateViewport(int64(w), 800, chromedp.EmulateMobile))
				for _, p := range []string{"/index.html", "/timeline/", "/events/accord-signed/", "/actors/ana-ruiz/", "/embed.html", "/host.html"} {
					tb.do(t, chromedp.Navigate(srv.URL+p))
					if sw := eval[int](t, tb, `document.documentElement.scrollWidth`); sw > w {
						t.Errorf("%s is %d px wide in a %d px viewport", p, sw, w)
					}
					for _, v := range tb.axe(t, string(axeSrc)) {
						t.Errorf("axe, %s at %d px, %s: %s", p, w, scheme, v)
					}
				}
			}
		}
		tb.do(t, media(""))
		for _, p := range tb.problems(t) {
			t.Errorf("axe pages: %s", p)
		}
	})

	t.Run("fragment in a host page", func(t *testing.T) {
		tb := newTab(t, bctx)
		// The reader's system is dark; the fragment stays light (the
		// default theme) inside the white article.
		tb.do(t, media("", "prefers-color-scheme", "dark"), chromedp.EmulateViewport(375, phoneScreen, chromedp.EmulateMobile), chromedp.Navigate(srv.URL+"/host.html"))
		style := func(sel, prop string) string {
			return eval[string](t, tb, `getComputedStyle(document.querySelector(".dl-fragment `+sel+`")).`+prop)
		}
		if got := style("", "backgroundColor"); got != "rgb(255, 255, 255)" {
			t.Errorf("fragment background in a dark system = %s, want white", got)
		}
		for _, c := range []struct{ sel, prop, bad string }{
			{"h2", "color", "rgb(238, 0, 0)"}, {"h2", "textTransform", "uppercase"}, {"h2", "fontFamily", "Impact, serif"},
			{"a", "color", "rgb(0, 170, 0)"}, {"li", "listStyleType", "disc"},
		} {
			if got := style(c.sel, c.prop); got == c.bad {
				t.Errorf("the host page's %s %s leaks into the fragment: %s", c.sel, c.prop, got)
			}
		}
		tb.do(t, chromedp.Click(chromedp.CSS(".dl-fragment summary")))
		if got := style("blockquote", "fontSize"); got != "14.72px" && got != "16px" && got != "15px" {
			t.Logf("fragment blockquote font-size %s", got)
		}
		if got := style("blockquote", "fontSize"); got == "48px" || strings.HasPrefix(got, "4") {
			t.Errorf("the host page's blockquote size leaks into the fragment: %s", got)
		}
		for _, p := range tb.problems(t) {
			t.Errorf("host.html: %s", p)
		}
	})

	t.Run("pages", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, chromedp.Navigate(srv.URL+"/embed.html"))
		if got := eval[int](t, tb, `document.querySelectorAll(".dl-line").length`); got != key {
			t.Errorf("embed.html: %d event lines, want the %d key events", got, key)
		}
		if got := eval[string](t, tb, `document.querySelector("h1 a").href`); got != srv.URL+"/" {
			t.Errorf("embed.html: title link %q, want the timeline's page %q", got, srv.URL+"/")
		}
		if got := eval[string](t, tb, `getComputedStyle(document.body).backgroundColor`); got != "rgb(255, 255, 255)" {
			t.Errorf("embed.html background = %s, want white (light by default)", got)
		}
		for _, p := range tb.problems(t) {
			t.Errorf("pages: %s", p)
		}
	})

	t.Run("embed", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, chromedp.Navigate(srv.URL+"/parent.html"))
		heights := func() (pym, amp, wp int) {
			h, err := chromedp.Run(tb.ctx, chromedp.Poll[[]int](`(function () {
  var pym = 0, amp = 0, wp = 0;
  window.__msgs.forEach(function (m) {
    if (typeof m === "string" && m.indexOf("pymxPYMxtl1xPYMxheightxPYMx") === 0) pym = +m.split("xPYMx")[3];
    else if (m && m.sentinel === "amp" && m.type === "embed-size") amp = m.height;
    else if (m && m.message === "height" && m.secret === "abc123") wp = m.value;
  });
  return pym && amp && wp ? [pym, amp, wp] : null;
})()`, chromedp.WithPollingTimeout(10*time.Second)))
			if err != nil {
				t.Fatalf("no height messages from the embed: %v", err)
			}
			return h[0], h[1], h[2]
		}
		pym, amp, wp := heights()
		if pym != amp || pym != wp {
			t.Errorf("heights differ: pym %d, amp %d, wordpress %d", pym, amp, wp)
		}
		content := eval[int](t, tb, `Math.ceil(document.getElementById("f").contentDocument.documentElement.getBoundingClientRect().height)`)
		if pym != content || pym <= 150 {
			t.Errorf("embed says it is %d px tall; its content is %d px", pym, content)
		}
		// Narrower frame, taller content: the embed measures again.
		eval[chromedp.Void](t, tb, `window.__msgs = []; document.getElementById("f").style.width = "320px"`)
		narrow, _, _ := heights()
		if narrow <= pym {
			t.Errorf("after narrowing the frame the embed says %d px, before %d px", narrow, pym)
		}
		// A tab that becomes visible again makes the embed send its height.
		eval[chromedp.Void](t, tb, `window.__msgs = []; document.getElementById("f").contentDocument.dispatchEvent(new Event("visibilitychange"))`)
		if again, _, _ := heights(); again != narrow {
			t.Errorf("after visibilitychange the embed says %d px, want %d", again, narrow)
		}
		for _, p := range tb.problems(t) {
			t.Errorf("embed in a host page: %s", p)
		}
	})

	t.Run("live reload", func(t *testing.T) {
		live, err := Render(tl, Options{Title: "Live", LiveReload: true})
		if err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		build, polls := "1", 0
		lsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p := strings.TrimPrefix(r.URL.Path, "/")
			if p == LiveReloadPath {
				mu.Lock()
				polls++
				fmt.Fprint(w, build)
				mu.Unlock()
				return
			}
			if p == "" {
				p = "index.html"
			}
			for _, f := range live {
				if f.Path == p || f.Path == p+"index.html" {
					w.Header().Set("Content-Type", mime.TypeByExtension(cmp.Or(path.Ext(f.Path), ".html")))
					w.Header().Set("Content-Security-Policy", ServeCSP())
					w.Write(f.Data)
					return
				}
			}
			http.NotFound(w, r)
		}))
		defer lsrv.Close()
		tb := newTab(t, bctx)
		tb.do(t, chromedp.Navigate(lsrv.URL+"/timeline/"))
		eval[chromedp.Void](t, tb, `window.__before = 1`)
		// Rebuild once the script has seen the first build.
		for i, seen := 0, false; !seen; i++ {
			if i == 400 {
				t.Fatal("the live-reload script never asked for the build")
			}
			time.Sleep(50 * time.Millisecond)
			mu.Lock()
			seen = polls > 0
			mu.Unlock()
		}
		mu.Lock()
		build = "2"
		mu.Unlock()
		reloaded := false
		for i := 0; i < 300 && !reloaded; i++ {
			time.Sleep(100 * time.Millisecond)
			v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`window.__before === undefined && document.readyState === "complete"`))
			reloaded = err == nil && v
		}
		if !reloaded {
			t.Errorf("the page did not reload after a rebuild")
		}
		for _, p := range tb.problems(t) {
			t.Errorf("live reload: %s", p)
		}
	})
}

// TestBrowserPhone measures the pages at 375 px, as on a phone: a 20-event
// timeline's front page fits in about two phone screens, and the embed of
// the seed timeline stays under 1,200 px.
func TestBrowserPhone(t *testing.T) {
	if chromiumPath() == "" {
		needs(t, "no chromium on PATH")
	}
	seeds := seedTimeline(t)
	bctx := startBrowser(t)
	measure := func(tl *timeline.Timeline, opt Options, page string) int {
		files, err := Render(tl, opt)
		if err != nil {
			t.Fatal(err)
		}
		srv := serve(t, files, false, nil)
		tb := newTab(t, bctx)
		tb.do(t, phone(375), chromedp.Navigate(srv.URL+"/"+page))
		h := eval[int](t, tb, heightJS)
		for _, p := range tb.problems(t) {
			t.Errorf("%s: %s", page, p)
		}
		return h
	}
	for _, c := range []struct {
		name string
		tl   *timeline.Timeline
		page string
		max  int
	}{
		{"20 events, front page", synthetic(20), "index.html", 2 * phoneScreen},
		{"seeds, front page", seeds, "index.html", 2 * phoneScreen},
		{"seeds, embed", seeds, "embed.html", 1200},
		{"20 events, full timeline (no bar)", synthetic(20), "timeline/", 0},
		{"seeds, full timeline (no bar)", seeds, "timeline/", 0},
	} {
		h := measure(c.tl, Options{Title: "The timeline"}, c.page)
		t.Logf("%s: %d px tall at 375 px (bar %d)", c.name, h, c.max)
		if c.max > 0 && h > c.max {
			t.Errorf("%s: %d px tall at 375 px, want at most %d", c.name, h, c.max)
		}
	}
	// The embed's colour scheme: light by default whatever the reader's
	// system says, dark when asked, the system's with "auto".
	for _, c := range []struct{ theme, system, want string }{
		{"", "dark", "rgb(255, 255, 255)"},
		{"dark", "light", "rgb(18, 19, 20)"},
		{"auto", "dark", "rgb(18, 19, 20)"},
		{"auto", "light", "rgb(255, 255, 255)"},
	} {
		files, err := Embed(seeds, Options{Theme: c.theme})
		if err != nil {
			t.Fatal(err)
		}
		srv := serve(t, files, false, nil)
		tb := newTab(t, bctx)
		tb.do(t, media("", "prefers-color-scheme", c.system), chromedp.Navigate(srv.URL+"/embed.html"))
		if got := eval[string](t, tb, `getComputedStyle(document.body).backgroundColor`); got != c.want {
			t.Errorf("embed with Theme %q in a %s system: background %s, want %s", c.theme, c.system, got, c.want)
		}
	}
	if *screenshots {
		files, err := Render(seeds, Options{Title: "Putin and Kim", BaseURL: "https://news.example/putin-kim/"})
		if err != nil {
			t.Fatal(err)
		}
		srv := serve(t, files, false, nil)
		tb := newTab(t, bctx)
		// The front page with the first key event's sources opened.
		tb.do(t, chromedp.EmulateViewport(800, 900), chromedp.Navigate(srv.URL+"/index.html"),
			chromedp.Click(chromedp.CSS(".dl-keys summary")))
		shot(t, tb, "site.png")
		tb.do(t, chromedp.EmulateViewport(420, 900), chromedp.Navigate(srv.URL+"/embed.html"))
		shot(t, tb, "embed.png")
	}
}

// TestYearPages: a timeline of thousands of events is split into a page per
// year, each far smaller than the whole, with the year links between them.
func TestYearPages(t *testing.T) {
	tl := synthetic(3000)
	files, err := Render(tl, Options{Title: "Long"})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, f := range files {
		m[f.Path] = f.Data
	}
	if n := len(m["index.html"]); n > 200<<10 {
		t.Errorf("index.html of 3000 events is %d KiB", n>>10)
	}
	if n := len(m["timeline/index.html"]); n > 100<<10 {
		t.Errorf("timeline/index.html of 3000 events is %d KiB", n>>10)
	}
	if !bytes.Contains(m["timeline/index.html"], []byte(`<a href="../timeline/2003/">2003</a>`)) {
		t.Errorf("timeline/index.html does not link the year 2003's page")
	}
	pages := 0
	for p, data := range m {
		if strings.HasPrefix(p, "timeline/2") {
			pages++
			if len(data) > 2<<20 {
				t.Errorf("%s is %d KiB", p, len(data)>>10)
			}
			if bytes.Contains(data, []byte(`id="event-00000"`)) && p != "timeline/2000/index.html" {
				t.Errorf("%s holds an event of 2000", p)
			}
		}
	}
	if pages < 10 {
		t.Errorf("%d year pages, want one per year", pages)
	}
	if !bytes.Contains(m["events/event-00010/index.html"], []byte(`href="../../timeline/2000/#event-00010"`)) {
		t.Errorf("an event page does not link its entry on its year's page")
	}
}

// TestBrowserMonthPages: a year split by month, in Chromium: the year's
// page and a month's page have no console error, CSP violation or axe-core
// finding at 320 and 1280 px, show every event they list, and the month's
// filter counts its own events.
func TestBrowserMonthPages(t *testing.T) {
	axeSrc, err := os.ReadFile(axePath)
	if err != nil {
		needs(t, "no axe-core: run npm ci --prefix site/testdata/axe")
	}
	files, err := Render(dense(1000), Options{Title: "Dense"})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)
	bctx := startBrowser(t)
	srv := serve(t, files, false, nil)
	tb := newTab(t, bctx)
	for _, p := range []string{"timeline/2000/", "timeline/2000/01/"} {
		want := strings.Count(m[p+"index.html"], `class="dl-event`)
		for _, w := range []int{320, 1280} {
			tb.do(t, chromedp.EmulateViewport(int64(w), 800, chromedp.EmulateMobile), chromedp.Navigate(srv.URL+"/"+p))
			if got := eval[int](t, tb, visibleJS); got != want {
				t.Errorf("%s: %d events visible, want %d", p, got, want)
			}
			if got, wantCount := eval[string](t, tb, `document.getElementById("dl_count").textContent`), fmt.Sprintf("%d of %d events shown", want, want); got != wantCount {
				t.Errorf("%s: count %q, want %q", p, got, wantCount)
			}
			if sw := eval[int](t, tb, `document.documentElement.scrollWidth`); sw > w {
				t.Errorf("%s is %d px wide in a %d px viewport", p, sw, w)
			}
			for _, v := range tb.axe(t, string(axeSrc)) {
				t.Errorf("axe, %s at %d px: %s", p, w, v)
			}
		}
	}
	for _, p := range tb.problems(t) {
		t.Errorf("month pages: %s", p)
	}
}

// shot writes a screenshot of the viewport to ../docs/name for README.md.
func shot(t *testing.T, tb *tab, name string) {
	t.Helper()
	// Events off screen are skipped (content-visibility) until scrolled
	// to; a full-page picture needs them drawn.
	eval[chromedp.Void](t, tb, `document.querySelectorAll(".dl-event").forEach(function (e) { e.style.contentVisibility = "visible"; })`)
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join("..", "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

var _ = network.SetCacheDisabled
