package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer/html"
)

// TestHostileInput builds testdata/hostile (articles whose metadata and
// bodies carry script, javascript: and data: URLs, attribute break-outs,
// Hugo shortcodes, path tricks and bidi controls; see its CASES file) into
// every format and checks that nothing comes out live.
func TestHostileInput(t *testing.T) {
	root := moduleRoot(t)
	in := filepath.Join(root, "testdata", "hostile")
	tmp := t.TempDir()
	out, hugoOut := filepath.Join(tmp, "out"), filepath.Join(tmp, "hugo")
	code, _, stderr := runCmd(t, "", "build", "--now", "2024-06-01", "--out", out, "--hugo", hugoOut, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, extracted, _ := runCmd(t, "", "extract", "--now", "2024-06-01", in)
	tl := decode(t, extracted)
	if len(tl.Articles) != 8 || len(tl.Events) != 8 {
		t.Errorf("%d articles and %d events, want 8 and 8: hostile text must be made inert, not make articles vanish",
			len(tl.Articles), len(tl.Events))
	}
	idRE := regexp.MustCompile(`^[a-z0-9-]+$`)
	for _, e := range tl.Events {
		if !idRE.MatchString(e.ID) || len(e.ID) > 200 {
			t.Errorf("event id %q is not [a-z0-9-]+ of a sane length", e.ID)
		}
	}

	markers := lines(t, filepath.Join(in, "MARKERS"))
	hugoMarkers := lines(t, filepath.Join(in, "HUGO-MARKERS"))
	md := goldmark.New(goldmark.WithRendererOptions(html.WithUnsafe()))
	tagRE := regexp.MustCompile(`<[a-zA-Z][^<>]*>`)
	handlerRE := regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	urlAttrRE := regexp.MustCompile(`(?i)\s(?:href|src|action|formaction|srcset|poster|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	badScheme := func(v string) bool {
		v = strings.Trim(v, `"'`)
		v = strings.Map(func(r rune) rune {
			if r <= ' ' {
				return -1
			}
			return r
		}, strings.ToLower(v))
		return strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:") ||
			strings.Contains(v, "example.com/phish") || strings.Contains(v, "example.com/track.gif")
	}
	files := 0
	for _, dir := range []string{out, hugoOut} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				t.Error(err)
				return nil
			}
			rel, _ := filepath.Rel(tmp, p)
			for _, seg := range strings.Split(rel, string(filepath.Separator)) {
				if len(seg) > 255 || !utf8.ValidString(seg) || seg == ".." || strings.ContainsAny(seg, "\\\u202e\u202d\u202a\u202b\u2066\u2067\u2068\u2069") {
					t.Errorf("unsafe path segment %q in %s", seg, rel)
				}
			}
			if d.IsDir() || strings.HasPrefix(rel, filepath.Join("hugo", "public")) {
				return nil
			}
			files++
			data, err := os.ReadFile(p)
			if err != nil {
				t.Error(err)
				return nil
			}
			text := data
			isHugoContent := strings.HasPrefix(rel, filepath.Join("hugo", "content"))
			if strings.HasSuffix(p, ".md") {
				front, body := splitFront(data)
				if isHugoContent {
					for _, m := range hugoMarkers {
						if bytes.Contains(body, []byte(m)) {
							t.Errorf("%s: Hugo body holds %q, which would run a shortcode", rel, m)
						}
					}
				}
				var buf bytes.Buffer
				if err := md.Convert(body, &buf); err != nil {
					t.Error(err)
				}
				text = append(front, buf.Bytes()...)
			}
			lower := strings.ToLower(string(text))
			for _, m := range markers {
				if strings.Contains(lower, strings.ToLower(m)) {
					t.Errorf("%s: holds the live marker %q", rel, m)
				}
			}
			if strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".atom") {
				for _, tag := range tagRE.FindAllString(string(text), -1) {
					if handlerRE.MatchString(tag) {
						t.Errorf("%s: event handler attribute in %s", rel, tag)
					}
					for _, m := range urlAttrRE.FindAllStringSubmatch(tag, -1) {
						if badScheme(m[1]) {
							t.Errorf("%s: dangerous link in %s", rel, tag)
						}
					}
				}
			}
			return nil
		})
	}
	if files < 10 {
		t.Errorf("only %d files checked", files)
	}
}

// splitFront splits a Markdown file into its front matter (kept as data)
// and its body.
func splitFront(b []byte) (front, body []byte) {
	for _, fence := range []string{"---\n", "+++\n"} {
		if bytes.HasPrefix(b, []byte(fence)) {
			if i := bytes.Index(b[len(fence):], []byte("\n"+fence)); i >= 0 {
				end := len(fence) + i + 1 + len(fence)
				return b[:end], b[end:]
			}
		}
	}
	if bytes.HasPrefix(b, []byte("{")) { // JSON front matter ends at the matching brace line
		if i := bytes.Index(b, []byte("\n}\n")); i >= 0 {
			return b[:i+3], b[i+3:]
		}
	}
	return nil, b
}

func lines(t *testing.T, name string) []string {
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimRight(l, "\r"); l != "" {
			out = append(out, l)
		}
	}
	return out
}
