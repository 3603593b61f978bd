package archive

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// digest is the SHA-256 of every file under dir, with its path, in walk
// order, and the number of files.
func digest(t *testing.T, dir string) ([32]byte, int) {
	t.Helper()
	h := sha256.New()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		h.Write([]byte(filepath.ToSlash(rel) + "\x00"))
		h.Write(data)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, n
}

// TestSameBytes: the same n and seed write the same files; another seed
// writes others.
func TestSameBytes(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	for _, d := range []struct {
		dir  string
		seed uint64
	}{{a, 1}, {b, 1}, {c, 2}} {
		if err := Generate(d.dir, 200, d.seed); err != nil {
			t.Fatal(err)
		}
	}
	da, na := digest(t, a)
	db, nb := digest(t, b)
	dc, _ := digest(t, c)
	if na != 200 || nb != 200 {
		t.Fatalf("wrote %d and %d articles, want 200", na, nb)
	}
	if da != db {
		t.Errorf("the same n and seed wrote different files")
	}
	if da == dc {
		t.Errorf("seeds 1 and 2 wrote the same files")
	}
}

// TestArticles: every article is 2-6 KB of Markdown with a title, date,
// outlet and url; no two are the same; stories are told by several outlets.
func TestArticles(t *testing.T) {
	dir := t.TempDir()
	if err := Generate(dir, 300, 7); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	years := map[string]bool{}
	outlets := map[string]bool{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) < 2000 || len(data) > 6144 {
			t.Errorf("%s: %d bytes, want 2-6 KB", p, len(data))
		}
		head, body, ok := bytes.Cut(bytes.TrimPrefix(data, []byte("---\n")), []byte("\n---\n"))
		if !ok || !bytes.HasPrefix(data, []byte("---\n")) {
			t.Fatalf("%s: no front matter", p)
		}
		for _, k := range []string{"title: \"", "date: 20", "outlet: ", "url: https://"} {
			if !bytes.Contains(head, []byte("\n"+k)) && !bytes.HasPrefix(head, []byte(k)) {
				t.Errorf("%s: no %q in front matter:\n%s", p, k, head)
			}
		}
		if bytes.Contains(body, []byte("{")) {
			t.Errorf("%s: an unfilled slot:\n%s", p, body)
		}
		if q, dup := seen[string(body)]; dup {
			t.Errorf("%s has the same text as %s", p, q)
		}
		seen[string(body)] = p
		rel, _ := filepath.Rel(dir, p)
		years[strings.Split(filepath.ToSlash(rel), "/")[0]] = true
		for line := range strings.Lines(string(head)) {
			if o, ok := strings.CutPrefix(line, "outlet: "); ok {
				outlets[o] = true
			}
		}
		return nil
	})
	if len(years) < 8 {
		t.Errorf("articles in %d years, want them spread over ten", len(years))
	}
	if len(outlets) < 10 {
		t.Errorf("%d outlets, want a dozen", len(outlets))
	}
}

// TestGenerateIf: a window of an archive holds the very files the whole
// archive holds there, and only those.
func TestGenerateIf(t *testing.T) {
	all, part := t.TempDir(), t.TempDir()
	if err := Generate(all, 300, 3); err != nil {
		t.Fatal(err)
	}
	in := func(p string) bool { return p >= "2017" && p < "2019" }
	n, err := GenerateIf(part, 300, 3, in)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	err = filepath.WalkDir(all, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(all, p)
		rel = filepath.ToSlash(rel)
		got, gerr := os.ReadFile(filepath.Join(part, filepath.FromSlash(rel)))
		if !in(rel) {
			if gerr == nil {
				t.Errorf("%s is outside the window but was written", rel)
			}
			return nil
		}
		want++
		if b, _ := os.ReadFile(p); gerr != nil || !bytes.Equal(got, b) {
			t.Errorf("%s: not the whole archive's bytes (%v)", rel, gerr)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want == 0 || want == 300 || n != want {
		t.Fatalf("wrote %d of the window's %d articles (of 300)", n, want)
	}
}
