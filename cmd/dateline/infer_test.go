package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInferPublished builds an article without a publication date: refused
// (exit 3) without --infer-published; with it, dated by its dateline, said
// on stderr with the evidence, and every output says the date rests on an
// inference.
func TestInferPublished(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "wire")
	os.Mkdir(dir, 0o755)
	writeFile(t, filepath.Join(dir, "talks.md"), "---\ntitle: Harbour talks resume\noutlet: Wire\n---\n\n"+
		"LONDON, June 18 (Wire) - Port workers and ship owners met again on Monday.\n\n"+
		"The strike began on 3 May 2024, when the owners cut the night shift.\n")
	writeFile(t, filepath.Join(dir, "brief.md"), "---\ntitle: Strike ends\ndate: 2024-06-20\n---\n\nThe port strike ended on Wednesday after a vote.\n")
	out := filepath.Join(t.TempDir(), "public")
	code, _, stderr := runCmd(t, "", "build", "--quiet", "--now", "2025-01-01", "--out", out, dir)
	if code != exitSkipped || !strings.Contains(stderr, "talks.md: no publication date") {
		t.Fatalf("without --infer-published: exit %d, %q; want talks.md skipped", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "build", "--quiet", "--now", "2025-01-01", "--infer-published", "--out", out, dir)
	if code != 0 {
		t.Fatalf("--infer-published: exit %d\n%s", code, stderr)
	}
	if want := `talks.md: warning: publication date 2024-06-18 inferred from the dateline "LONDON, June 18 (Wire) -", its year from "3 May 2024", the latest full date in the text`; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	tl := readJSON(t, filepath.Join(out, "timeline.json"))
	a, ok := tl.Article("talks.md")
	if !ok || a.Published.String() != "2024-06-18" || !strings.Contains(a.Inferred, "LONDON, June 18") {
		t.Errorf("talks.md article = %+v", a)
	}
	n := 0
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			switch {
			case s.Article == "talks.md" && hasYear(s.Expression) && s.Basis == "inferred":
				t.Errorf("source %q of talks.md: basis inferred, but %q gives its year", s.Sentence, s.Expression)
			case s.Article == "talks.md" && !hasYear(s.Expression) && s.Basis != "inferred":
				t.Errorf("source %q of talks.md: basis %q, want inferred", s.Sentence, s.Basis)
			case s.Article == "talks.md" && s.Basis == "inferred":
				n++
			case s.Basis == "inferred":
				t.Errorf("source %q of %s: basis inferred", s.Sentence, s.Article)
			}
		}
	}
	if n == 0 {
		t.Fatal("no event of talks.md rests on its inferred date")
	}
	for _, f := range []string{"timeline.md", "timeline/index.html"} {
		b, _ := os.ReadFile(filepath.Join(out, f))
		if !strings.Contains(string(b), "inferred from the article") {
			t.Errorf("%s does not say the date rests on an inferred publication date", f)
		}
	}
}
