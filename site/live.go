package site

import (
	"bytes"
	"strings"
)

// Live reload, for `dateline serve` only. With Options.LiveReload every page
// loads livereload.js (a file of the site, so script-src 'self' allows it,
// and no inline script is needed), which asks LiveReloadPath for the build's
// version once a second and reloads the page when it changes. The page's
// policy is then ServeCSP, which adds connect-src 'self' for that request.
// A published site never has the script, the file or the connect-src.

// LiveReloadPath is the URL path, under the site root, that `dateline serve`
// answers with a short text naming the current build (any text that changes
// on every rebuild, such as a counter); the script reloads the page when
// the text differs from the one it first saw.
const LiveReloadPath = "_dateline/build"

// liveReloadScript is the script's path in the site.
const liveReloadScript = "livereload.js"

// liveReloadJS polls LiveReloadPath relative to the script's own URL (the
// site root), so pages at any depth reach the same endpoint.
const liveReloadJS = `// dateline serve: reload this page after a rebuild. Not in published sites.
(function () {
  "use strict";
  var me = document.currentScript && document.currentScript.src;
  if (!me || !window.fetch) return;
  var url = new URL("` + LiveReloadPath + `", me).href, seen = null;
  function poll() {
    fetch(url, {cache: "no-store"}).then(function (r) { return r.ok ? r.text() : null; }).then(function (v) {
      if (v === null) return;
      if (seen === null) seen = v;
      else if (v !== seen) { location.reload(); return; }
    }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
`

// ServeCSP is CSP with connect-src 'self', which the live-reload script
// needs: what `dateline serve` sends, and what pages carry, with
// Options.LiveReload.
func ServeCSP() string {
	return strings.Replace(CSP(), "; img-src", "; connect-src 'self'; img-src", 1)
}

// fragmentReset comes first in the fragment's stylesheet: every element of
// the fragment goes back to the browser's own styles, whatever the host
// page's stylesheet says of h2, blockquote or a, at a specificity (two
// classes) above a host rule of one class and an element or two, and below
// every rule of dateline's stylesheet as fragmentCSS rewrites it.
const fragmentReset = ".dl.dl :where(h1,h2,h3,h4,p,ol,ul,li,blockquote,a,details,summary,time,span,strong,cite,pre,code,div,section,nav,header,footer,main,article,form,label,input,select,option,button){all:revert}\n"

// fragmentCSS is the stylesheet fragment.html carries: fragmentReset, then
// style.css with every selector made more specific by a second .dl class
// (".dl h2" becomes ".dl.dl h2", ".dl-event" ".dl.dl .dl-event"), so that
// the fragment keeps its look inside a page whose own stylesheet styles
// headings, links and quotes. The stylesheet is trusted (package
// templates, or a folder given by the newsroom); this is no CSS parser,
// only a rewrite of rule selectors that leaves at-rule preludes and
// @keyframes alone.
func fragmentCSS(css []byte) []byte {
	css = stripComments(css)
	var b bytes.Buffer
	b.WriteString(fragmentReset)
	depth, keyframes := 0, -1
	for len(css) > 0 {
		i := bytes.IndexAny(css, "{}")
		if i < 0 {
			b.Write(css)
			break
		}
		pre := css[:i]
		if css[i] == '}' {
			b.Write(pre)
			b.WriteByte('}')
			depth--
			if depth == keyframes {
				keyframes = -1
			}
			css = css[i+1:]
			continue
		}
		sel := strings.TrimSpace(string(pre))
		lead := pre[:len(pre)-len(bytes.TrimLeft(pre, " \t\r\n"))]
		b.Write(lead)
		switch {
		case keyframes >= 0 || strings.HasPrefix(sel, "@"):
			if strings.HasPrefix(sel, "@keyframes") {
				keyframes = depth
			}
			b.WriteString(sel)
		default:
			parts := strings.Split(sel, ",")
			for k, p := range parts {
				parts[k] = scopeSelector(strings.TrimSpace(p))
			}
			b.WriteString(strings.Join(parts, ","))
		}
		b.WriteByte('{')
		depth++
		css = css[i+1:]
	}
	return b.Bytes()
}

// scopeSelector gives one selector a second .dl class.
func scopeSelector(s string) string {
	switch {
	case strings.HasPrefix(s, "body.dl"):
		return s // the pages' body, never in a fragment
	case s == ".dl" || strings.HasPrefix(s, ".dl ") || strings.HasPrefix(s, ".dl:") || strings.HasPrefix(s, ".dl."):
		return ".dl" + s
	case strings.HasPrefix(s, ".dl-"):
		return ".dl.dl " + s
	}
	return ".dl.dl " + s
}
