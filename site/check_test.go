package site

import (
	"html"
	"path"
	"strings"
	"testing"
)

// fileMap indexes rendered files by path.
func fileMap(t *testing.T, files []File) map[string]string {
	t.Helper()
	m := make(map[string]string, len(files))
	for _, f := range files {
		if _, dup := m[f.Path]; dup {
			t.Fatalf("two files named %s", f.Path)
		}
		m[f.Path] = string(f.Data)
	}
	return m
}

// assertContent checks that file contains every line of want, or does not
// contain it when the line starts with "! " (as Hugo's AssertFileContent).
func assertContent(t *testing.T, files map[string]string, path string, want ...string) {
	t.Helper()
	got, ok := files[path]
	if !ok {
		t.Errorf("no file %s", path)
		return
	}
	for _, w := range want {
		if neg, ok := strings.CutPrefix(w, "! "); ok {
			if i := strings.Index(got, neg); i >= 0 {
				t.Errorf("%s contains %q: ...%s...", path, neg, excerpt(got, i))
			}
			continue
		}
		if !strings.Contains(got, w) {
			t.Errorf("%s does not contain %q", path, w)
		}
	}
}

// assertNone checks that no rendered file with one of the suffixes contains
// any of the strings, case-insensitively.
func assertNone(t *testing.T, files map[string]string, suffixes []string, bad ...string) {
	t.Helper()
	for path, data := range files {
		match := false
		for _, s := range suffixes {
			match = match || strings.HasSuffix(path, s)
		}
		if !match {
			continue
		}
		low := strings.ToLower(data)
		for _, b := range bad {
			if i := strings.Index(low, strings.ToLower(b)); i >= 0 {
				t.Errorf("%s contains %q: ...%s...", path, b, excerpt(data, i))
			}
		}
	}
}

func excerpt(s string, i int) string {
	lo, hi := max(0, i-60), min(len(s), i+60)
	return s[lo:hi]
}

// checkLinks checks that every relative href and src of every HTML page
// names a file of the site (a folder by its index.html) and that every
// #fragment names an id on the page it points to.
func checkLinks(t *testing.T, files map[string]string) {
	t.Helper()
	ids := map[string]map[string]bool{}
	idsOf := func(p string) map[string]bool {
		if m, ok := ids[p]; ok {
			return m
		}
		m := map[string]bool{}
		for _, rest := range strings.Split(files[p], ` id="`)[1:] {
			if id, _, ok := strings.Cut(rest, `"`); ok {
				m[id] = true
			}
		}
		ids[p] = m
		return m
	}
	for p, doc := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		dir := path.Dir(p)
		for _, attr := range []string{` href="`, ` src="`} {
			for _, rest := range strings.Split(doc, attr)[1:] {
				ref, _, _ := strings.Cut(rest, `"`)
				if strings.Contains(ref, ":") || strings.HasPrefix(ref, "//") {
					continue // absolute
				}
				ref = html.UnescapeString(ref)
				target, frag, _ := strings.Cut(ref, "#")
				to := p
				if target != "" {
					to = path.Join(dir, target)
					if strings.HasSuffix(target, "/") || target == "." || target == ".." {
						to = path.Join(to, "index.html")
					}
				}
				if _, ok := files[to]; !ok {
					t.Errorf("%s links %q: no file %s", p, ref, to)
					continue
				}
				if frag != "" && strings.HasSuffix(to, ".html") && !idsOf(to)[frag] {
					t.Errorf("%s links %q: no id %q in %s", p, ref, frag, to)
				}
			}
		}
	}
}
