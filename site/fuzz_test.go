package site

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

var autolinkRE = regexp.MustCompile(`<a href="(?:https?://|mailto:)[^"<>]*">([^<]*)</a>`)

// FuzzMarkdownText: whatever the text, mdText makes it one list item of
// plain text, even for a renderer that lets raw HTML through, and the
// reader sees the text itself.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{
		"plain", "<script>alert(1)</script>", "[x](javascript:alert(1))", "![i](https://e/i.png)",
		"{{< shortcode >}}", "- list", "1. item", "# heading", "a\n===", "`code`", "*em* _em_ ~~del~~",
		"<https://example.org>", "www.example.org", "&amp; &#x3C;", "| a | b |", "\\*", "x\u2028y", "12) x",
	} {
		f.Add(s)
	}
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	f.Fuzz(func(t *testing.T, s string) {
		var out bytes.Buffer
		if err := gm.Convert([]byte("- "+mdText(s)+"\n"), &out); err != nil {
			t.Fatal(err)
		}
		got := out.String()
		inner, ok := strings.CutPrefix(got, "<ul>\n<li>")
		if text := oneLine(s); text == "" {
			return
		}
		if !ok {
			t.Fatalf("mdText(%q) is not one list item: %q", s, got)
		}
		inner, ok = strings.CutSuffix(inner, "</li>\n</ul>\n")
		if !ok {
			t.Fatalf("mdText(%q) is not one list item: %q", s, got)
		}
		// GFM links bare www., http(s) and e-mail addresses in text; those
		// links are harmless, and nothing else may become markup.
		plain := autolinkRE.ReplaceAllString(inner, "$1")
		if strings.Contains(plain, "<") {
			t.Fatalf("mdText(%q) made markup: %q", s, got)
		}
		if plain != inner {
			return
		}
		if want := html.EscapeString(oneLine(s)); html.UnescapeString(inner) != html.UnescapeString(want) && strings.ToValidUTF8(s, "") == s && !strings.ContainsRune(s, 0) {
			t.Fatalf("mdText(%q) reads as %q, want %q", s, html.UnescapeString(inner), oneLine(s))
		}
	})
}
