package site

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// hostile is a timeline whose every text field tries to inject markup,
// script, dangerous links, Markdown tricks or Hugo shortcodes.
func hostile() *timeline.Timeline {
	const (
		script = `<script>alert(1)</script>`
		img    = `<img src=x onerror=alert(2)>`
		attr   = `"><svg onload=alert(3)>`
		mdLink = `[click](javascript:alert(4))`
		short  = `{{< shortcode >}} {{% inner %}}`
		close  = `</script><script>alert(5)</script>`
	)
	day := timeline.DayOf(2024, time.March, 5)
	return &timeline.Timeline{
		Articles: []timeline.Article{
			{Path: "x/" + script + ".md", Title: img + short, URL: "javascript:alert(6)", Outlet: `<b onmouseover=alert(7)>Outlet</b>`, Published: day},
			{Path: "y.md", Title: "Plain", URL: "data:text/html,<script>alert(8)</script>", Outlet: attr, Published: day},
		},
		Events: []timeline.Event{{
			ID: "hostile", Date: day, Key: true,
			Title:   script + mdLink + short,
			Summary: img + "\n# not a heading\n- not a list\n" + close + "\n1. nor this",
			Actors:  []string{script, attr, "../../../etc/passwd"},
			Places:  []string{"javascript:alert(9)", mdLink},
			Sources: []timeline.Source{
				{Article: "x/" + script + ".md", Title: attr, URL: " JaVaScRiPt:alert(10)", Published: day, Sentence: close + mdLink, Expression: "</time><script>alert(11)</script>"},
				{Article: "y.md", Title: "![x](https://evil.example/i.png) <a href=javascript:alert(12)>x</a>", URL: "vbscript:msgbox(13)", Sentence: "java\tscript: " + short},
				{Article: "y.md", Title: "quote", URL: "https://ok.example/a\"onmouseover=\"alert(14)", Sentence: "<!-- comment --> <iframe src=//evil.example></iframe>"},
				{Article: "y.md", Title: "tab", URL: "java\tscript:alert(15)", Sentence: "&lt;script&gt; entity trick &#x3C;script&#x3E;"},
			},
		}, {
			ID: "minor", Date: timeline.MonthOf(2024, time.April), Title: "- " + mdLink, Summary: "-- \n===\n" + script,
			Actors:  []string{"\u2028line\u2029sep"},
			Sources: []timeline.Source{{Article: "y.md", Title: "ok", URL: "https://ok.example/path?q=<b>&x=(1)", Sentence: "fine"}},
		}},
	}
}

// tagRE finds markup: text escaped by html/template has no "<" left.
var tagRE = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)

// attrRE finds attribute names and values in a tag.
var attrRE = regexp.MustCompile(`\s([a-zA-Z-:]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?`)

// checkMarkup fails for any tag not in allowed, any on* attribute, and any
// href or src that is not http(s) or a site-relative path.
func checkMarkup(t *testing.T, name, doc string, allowed ...string) {
	t.Helper()
	for _, m := range tagRE.FindAllStringSubmatch(doc, -1) {
		tag := strings.ToLower(m[2])
		if !slices.Contains(allowed, tag) {
			t.Errorf("%s: unexpected tag %q", name, m[0])
			continue
		}
		for _, a := range attrRE.FindAllStringSubmatch(m[3], -1) {
			an := strings.ToLower(a[1])
			if strings.HasPrefix(an, "on") {
				t.Errorf("%s: event handler in %q", name, m[0])
			}
			if an == "href" || an == "src" || an == "action" || an == "formaction" {
				v := strings.Trim(a[2], `"'`)
				v = strings.ReplaceAll(v, "&amp;", "&")
				if strings.Contains(v, ":") && !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") {
					t.Errorf("%s: dangerous link in %q", name, m[0])
				}
			}
		}
	}
}

var pageTags = []string{"button", "html", "head", "base", "meta", "title", "link", "script", "style", "body", "header", "nav",
	"main", "footer", "section", "article", "ol", "ul", "li", "p", "a", "h1", "h2", "h3", "time", "strong",
	"span", "blockquote", "cite", "form", "label", "select", "option", "input", "details", "summary", "pre",
	"code", "div"}

func TestHostile(t *testing.T) {
	files, err := Render(hostile(), Options{Title: "<script>alert(0)</script>", Description: "<i>d</i>", BaseURL: "https://news.example/"})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(t, files)

	// Paths: slugs and ids only.
	for p := range m {
		if strings.Contains(p, "..") || strings.ContainsAny(p, "<>\"' ") {
			t.Errorf("unsafe path %q", p)
		}
	}
	assertContent(t, m, "actors/etc-passwd/index.html", "&lt;script&gt;alert(1)&lt;/script&gt;")

	html := []string{".html"}
	assertNone(t, m, html, "<script>alert", "<img", "<svg", "<b ", "<iframe", "<i>", "<!--",
		`href="javascript`, `href=" javascript`, `href="data:`, `href="vbscript`, `href="java`)
	for p, doc := range m {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		checkMarkup(t, p, doc, pageTags...)
		scripts := regexp.MustCompile(`<script[^>]*>`).FindAllString(doc, -1)
		for _, s := range scripts {
			switch s {
			case `<script src="../timeline.js" defer>`, `<script src="embed.js" defer>`, `<script type="application/ld+json">`:
			default:
				t.Errorf("%s: unexpected %s", p, s)
			}
		}
		if n := strings.Count(doc, "</script>"); n != len(scripts) {
			t.Errorf("%s: %d <script> but %d </script>", p, len(scripts), n)
		}
		if i := strings.Index(doc, `<script type="application/ld+json">`); i >= 0 {
			body := doc[i+len(`<script type="application/ld+json">`):]
			body = body[:strings.Index(body, "</script>")]
			var v any
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Errorf("%s: JSON-LD does not parse: %v", p, err)
			}
			if strings.Contains(body, "<") {
				t.Errorf("%s: JSON-LD holds a raw <", p)
			}
			if !strings.Contains(body, `\u003cscript\u003ealert(1)`) {
				t.Errorf("%s: JSON-LD lost the title text", p)
			}
		}
	}
	// Nothing lost: the text is there, escaped.
	assertContent(t, m, "index.html",
		"<h1>&lt;script&gt;alert(0)&lt;/script&gt;</h1>",
		"&lt;script&gt;alert(1)&lt;/script&gt;[click](javascript:alert(4)){{&lt; shortcode &gt;}}",
		"&lt;img src=x onerror=alert(2)&gt;",
		`<span class="dl-outlet">&lt;b onmouseover=alert(7)&gt;Outlet&lt;/b&gt;</span>`,
		`&#34;&gt;&lt;svg onload=alert(3)&gt;`,
		`<a href="https://ok.example/a%22onmouseover=%22alert%2814%29">`,
		"&amp;lt;script&amp;gt; entity trick &amp;#x3C;script&amp;#x3E;",
		// Dropped links leave their titles as plain text.
		"<cite>&#34;&gt;&lt;svg onload=alert(3)&gt;</cite>",
		"<cite>tab</cite>",
	)
	assertContent(t, m, "oembed.json", `"title": "\u003cscript\u003ealert(0)\u003c/script\u003e"`,
		`title=\"\u0026lt;script\u0026gt;alert(0)\u0026lt;/script\u0026gt;\"`)
	var oe oembed
	if err := json.Unmarshal([]byte(m["oembed.json"]), &oe); err != nil {
		t.Fatal(err)
	}
	checkMarkup(t, "oembed.json html", oe.HTML, "iframe")

	t.Run("markdown", func(t *testing.T) {
		md := m["timeline.md"]
		for _, bad := range []string{"{{<", "{{%", "\n# not", "\n- not", "\n1. nor", "\n===", "\n-- "} {
			if i := strings.Index(md, bad); i >= 0 {
				t.Errorf("timeline.md holds %q: ...%s...", bad, excerpt(md, i))
			}
		}
		// Even a renderer that passes raw HTML through must show only text.
		var out bytes.Buffer
		gm := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Typographer), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
		if err := gm.Convert([]byte(md), &out); err != nil {
			t.Fatal(err)
		}
		checkMarkup(t, "timeline.md as HTML", out.String(), "h1", "h2", "h3", "p", "ul", "li", "a")
		for _, want := range []string{"<h1>&lt;script&gt;alert(0)&lt;/script&gt;</h1>", "{{&lt; shortcode &gt;}}", "[click](javascript:alert(4))",
			`<a href="https://ok.example/path?q=%3Cb%3E&amp;x=(1)">ok</a>`} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("timeline.md as HTML lacks %q", want)
			}
		}
		if strings.Count(out.String(), "<h3>") != 2 || strings.Count(out.String(), "<ul>") != 2 {
			t.Errorf("timeline.md: Markdown in the text made structure:\n%s", out.String())
		}
	})

	t.Run("json", func(t *testing.T) {
		var got timeline.Timeline
		if err := json.Unmarshal([]byte(m["timeline.json"]), &got); err != nil {
			t.Fatal(err)
		}
		want := hostile()
		want.Sort()
		if got.Events[0].Title != want.Events[0].Title || got.Events[0].Sources[0].URL != want.Events[0].Sources[0].URL {
			t.Errorf("timeline.json changed the text: %q", got.Events[0].Title)
		}
		for _, f := range []string{"timeline.json", "timelinejs.json", "feed.json", "events.jsonld", "oembed.json"} {
			if strings.Contains(m[f], "<") {
				t.Errorf("%s holds a raw <", f)
			}
		}
	})

	t.Run("timelinejs", func(t *testing.T) {
		var doc tlDoc
		if err := json.Unmarshal([]byte(m["timelinejs.json"]), &doc); err != nil {
			t.Fatal(err)
		}
		for _, s := range append(doc.Events, *doc.Title) {
			checkMarkup(t, "timelinejs headline", s.Text.Headline)
			checkMarkup(t, "timelinejs text", s.Text.Text, "p", "a")
		}
	})

	t.Run("feeds", func(t *testing.T) {
		dec := xml.NewDecoder(strings.NewReader(m["feed.atom"]))
		var text strings.Builder
		for {
			tok, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("feed.atom is not XML: %v", err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				if tok.Name.Space != "http://www.w3.org/2005/Atom" {
					t.Errorf("feed.atom: element %v outside Atom", tok.Name)
				}
				for _, a := range tok.Attr {
					if a.Name.Local == "href" && !strings.HasPrefix(a.Value, "https://news.example/") {
						t.Errorf("feed.atom: link %q", a.Value)
					}
					if a.Name.Local == "type" && a.Value != "text" && !strings.Contains(a.Value, "/") {
						t.Errorf("feed.atom: content type %q", a.Value)
					}
				}
			case xml.CharData:
				text.Write(tok)
			}
		}
		if !strings.Contains(text.String(), "<script>alert(1)</script>") {
			t.Errorf("feed.atom lost the title text")
		}
		var jf jsonFeed
		if err := json.Unmarshal([]byte(m["feed.json"]), &jf); err != nil {
			t.Fatal(err)
		}
		for _, it := range jf.Items {
			for _, u := range []string{it.URL, it.ExternalURL} {
				if u != "" && !strings.HasPrefix(u, "https://") {
					t.Errorf("feed.json: link %q", u)
				}
			}
		}
	})
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a?b=c#d", "https://example.org/a?b=c#d"},
		{"http://example.org", "http://example.org"},
		{"HTTPS://example.org/", "https://example.org/"},
		{"javascript:alert(1)", ""},
		{" javascript:alert(1)", ""},
		{"JAVASCRIPT:alert(1)", ""},
		{"java\tscript:alert(1)", ""},
		{"data:text/html,x", ""},
		{"vbscript:x", ""},
		{"//evil.example/x", ""},
		{"/relative", ""},
		{"https:evil", ""},
		{"https://ex ample.org/", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safeURL(tt.in); got != tt.want {
			t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Putin meets Kim", "Putin meets Kim"},
		{"emphasis", "*a* _b_", `\*a\* \_b\_`},
		{"link", "[x](javascript:y)", `\[x\](javascript:y)`},
		{"html", "<b>&amp;", `\<b\>\&amp;`},
		{"shortcode", "{{< x >}}", `\{\{\< x \>\}\}`},
		{"list", "- a", `\- a`},
		{"ordered list", "12. a", `12\. a`},
		{"number mid-text", "on 12. May", "on 12. May"},
		{"newlines", "a\n# b\n\n- c", `a \# b - c`},
		{"heading", "# a", `\# a`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mdText(tt.in); got != tt.want {
				t.Errorf("mdText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
