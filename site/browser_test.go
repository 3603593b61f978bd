package site

import (
	"bytes"
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

// TestBrowser loads the site in real headless Chromium: every event is
// visible, the filter works, the embed tells its parent its height, and
// there are no console errors, no CSP violations and no axe-core findings.
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
	parent := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="favicon.svg">
<script>window.__msgs = []; addEventListener("message", function (e) { window.__msgs.push(e.data); });</script>
</head><body><main><h1>A host page</h1>
<iframe id="f" src="embed.html?childId=tl1#?secret=abc123" data-secret="abc123" title="Timeline" style="width:600px;border:0" height="150"></iframe>
</main></body></html>`
	srv := serve(t, files, true, map[string]string{"parent.html": parent})
	bctx := startBrowser(t)

	t.Run("index", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, chromedp.EmulateViewport(1000, 900), chromedp.Navigate(srv.URL+"/index.html"), chromedp.WaitVisible(chromedp.CSS("#dl_filter")))
		if got := eval[int](t, tb, visibleJS); got != total {
			t.Errorf("visible events = %d, want %d", got, total)
		}
		count := func() string { return eval[string](t, tb, `document.getElementById("dl_count").textContent`) }
		if got, want := count(), fmt.Sprintf("%d of %d events shown", total, total); got != want {
			t.Errorf("count = %q, want %q", got, want)
		}
		if *screenshots {
			shot(t, tb, "site.png")
		}
		// Key events only, with a real click on the checkbox.
		tb.do(t, chromedp.Click(chromedp.CSS(`#dl_filter input[name="key"]`)))
		if got := eval[int](t, tb, visibleJS); got != key {
			t.Errorf("key events only: %d visible, want %d", got, key)
		}
		// Print shows every event even when the filter hides some.
		tb.do(t, media("print"))
		if got := eval[int](t, tb, visibleJS); got != total {
			t.Errorf("print with a filter on: %d events shown, want %d", got, total)
		}
		tb.do(t, media(""), chromedp.Click(chromedp.CSS(`#dl_filter input[name="key"]`)))
		// One actor.
		tb.do(t, chromedp.SetValue(chromedp.CSS(`#dl_filter select[name="actor"]`), "ana-ruiz"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector("#dl_filter select[name=actor]").dispatchEvent(new Event("change", {bubbles: true}))`))
		if got := eval[int](t, tb, visibleJS); got != ana {
			t.Errorf("actor Ana Ruiz: %d visible, want %d", got, ana)
		}
		if got, want := count(), fmt.Sprintf("%d of %d events shown", ana, total); got != want {
			t.Errorf("count = %q, want %q", got, want)
		}
		tb.do(t, chromedp.SetValue(chromedp.CSS(`#dl_filter select[name="actor"]`), ""),
			chromedp.SendKeys(chromedp.CSS(`#dl_filter input[name="q"]`), "protest"))
		if got := eval[int](t, tb, visibleJS); got != 1 {
			t.Errorf("search for protest: %d visible, want 1", got)
		}
		if got := eval[int](t, tb, `document.querySelectorAll(".dl-year:not([hidden])").length`); got != 1 {
			t.Errorf("search for protest: %d year sections shown, want 1", got)
		}
		for _, p := range tb.problems(t) {
			t.Errorf("index.html: %s", p)
		}
		tb.do(t, chromedp.Navigate(srv.URL+"/index.html"))
		for _, v := range tb.axe(t, string(axeSrc)) {
			t.Errorf("axe, index.html: %s", v)
		}
		tb.do(t, media("", "prefers-color-scheme", "dark"), chromedp.Navigate(srv.URL+"/index.html"))
		for _, v := range tb.axe(t, string(axeSrc), "color-contrast") {
			t.Errorf("axe, index.html in dark mode: %s", v)
		}
	})

	t.Run("no javascript", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, cmd(emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}),
			chromedp.Navigate(srv.URL+"/index.html"))
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
		tb.do(t, chromedp.Navigate(srv.URL+"/index.html#accord-signed"))
		if got := eval[string](t, tb, anim); got != "dl-flash" {
			t.Errorf("a permalinked event's animation = %q, want dl-flash", got)
		}
		tb.do(t, media("", "prefers-reduced-motion", "reduce"), chromedp.Navigate(srv.URL+"/index.html#state-visit"),
			chromedp.Navigate(srv.URL+"/index.html#accord-signed"))
		if got := eval[string](t, tb, anim); got != "none" {
			t.Errorf("with reduced motion, the animation = %q, want none", got)
		}
	})

	t.Run("320px", func(t *testing.T) {
		tb := newTab(t, bctx)
		tb.do(t, chromedp.EmulateViewport(320, 640, chromedp.EmulateMobile), chromedp.Navigate(srv.URL+"/index.html"))
		if w := eval[int](t, tb, `document.documentElement.scrollWidth`); w > 320 {
			t.Errorf("index.html is %d px wide in a 320 px viewport", w)
		}
		tb.do(t, chromedp.Navigate(srv.URL+"/events/accord-signed/"))
		if w := eval[int](t, tb, `document.documentElement.scrollWidth`); w > 320 {
			t.Errorf("event page is %d px wide in a 320 px viewport", w)
		}
	})

	t.Run("pages", func(t *testing.T) {
		tb := newTab(t, bctx)
		for _, p := range []string{"/events/accord-signed/", "/actors/ana-ruiz/", "/embed.html"} {
			tb.do(t, chromedp.Navigate(srv.URL+p))
			if p == "/embed.html" {
				if got := eval[int](t, tb, visibleJS); got != total {
					t.Errorf("embed.html: %d events visible, want %d", got, total)
				}
				if *screenshots {
					tb.do(t, chromedp.EmulateViewport(600, 900), chromedp.Navigate(srv.URL+p))
					shot(t, tb, "embed.png")
				}
			}
			for _, v := range tb.axe(t, string(axeSrc)) {
				t.Errorf("axe, %s: %s", p, v)
			}
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
		if got := eval[int](t, tb, `(function(){var d=document.getElementById("f").contentDocument;return [].slice.call(d.querySelectorAll(".dl-event")).filter(function(e){return e.getBoundingClientRect().height>0}).length})()`); got != total {
			t.Errorf("events visible in the iframe = %d, want %d", got, total)
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
