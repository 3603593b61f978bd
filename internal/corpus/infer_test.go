package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestInferPublished(t *testing.T) {
	for _, tc := range []struct {
		name, text, want, evidence string
	}{
		{"dateline with year", "Harbour talks resume\nLONDON, 18 June 2024 (Wire) - Port workers and owners met again on Tuesday.\n",
			"2024-06-18", `the dateline "LONDON, 18 June 2024 (Wire) -"`},
		{"dateline, year from the text", "SEOUL, June 18 (Reuters) - The two leaders last met on 13 September 2023 at a spaceport.\n",
			"2024-06-18", `the dateline "SEOUL, June 18 (Reuters) -", its year from "13 September 2023", the latest full date in the text`},
		{"dateline in January after a December date", "NEW YORK, Jan. 5 (Wire) — The storm of December 20, 2023 closed the port for a week.\n",
			"2024-01-05", `the dateline "NEW YORK, Jan. 5 (Wire) —"`},
		{"dateline with a region", "SEOUL, South Korea, June 18 (AP) — The vote of May 30, 2024 was close.\n",
			"2024-06-18", `the dateline "SEOUL, South Korea, June 18 (AP) —"`},
		{"dateline with its weekday", "PARIS, Tuesday, June 18, 2024 - Talks went on.\n", "2024-06-18", `the dateline "PARIS, Tuesday, June 18, 2024 -"`},
		{"date line", "# Ferry returns\nPublished June 18, 2024 at 9:30 a.m. EDT\nThe ferry sailed on Tuesday.\n", "2024-06-18", `the date line "June 18, 2024"`},
		{"ISO date line", "2024-06-18\nThe ferry sailed on Tuesday.\n", "2024-06-18", `the date line "2024-06-18"`},
		{"dateline and date line agree", "18 June 2024\nSEOUL, June 18 (Reuters) - Talks.\n", "2024-06-18", `the dateline "SEOUL, June 18 (Reuters) -" and the date line "18 June 2024"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, ev, err := inferPublished(tc.text)
			if err != nil {
				t.Fatalf("inferPublished(%q): %v", tc.text, err)
			}
			if d.String() != tc.want || !strings.HasPrefix(ev, tc.evidence) {
				t.Errorf("inferPublished(%q) = %s, %q; want %s, %q", tc.text, d, ev, tc.want, tc.evidence)
			}
		})
	}
}

func TestInferPublishedRefused(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"nothing", "The ferry sailed on Tuesday after a long winter.\n", "no dateline"},
		{"date mid-sentence", "The ferry first sailed on June 18, 2024, and again on Tuesday.\n", "no dateline"},
		{"copyright", "The ferry sailed on Tuesday.\n© 2024 Coastal Gazette\n", "no dateline"},
		{"dateline without year", "SEOUL, June 18 (Reuters) - The leaders met on Tuesday.\n", "gives no year"},
		{"weekday disagrees", "The summit opened on Wednesday, June 18, 2024, in the capital.\nSEOUL, June 18 (Reuters) - Talks.\n", "evidence disagrees"},
		{"dateline weekday disagrees", "PARIS, Monday, June 18, 2024 - Talks went on.\n", "evidence disagrees"},
		{"dateline and date line disagree", "June 19, 2024\nSEOUL, June 18 (Reuters) - Talks.\n", "evidence disagrees"},
		{"no such day", "SEOUL, June 31, 2024 (Reuters) - Talks.\n", "no real day"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _, err := inferPublished(tc.text)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("inferPublished(%q) = %s, %v; want an error with %q", tc.text, d, err, tc.want)
			}
		})
	}
}

// TestReadInferred reads articles without a date with InferPublished: the
// date comes with a warning naming the evidence and is marked on the
// article; without the option, or with disagreeing evidence, the article
// is refused as before.
func TestReadInferred(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "wire.md"), []byte("---\ntitle: Talks resume\n---\n\nSEOUL, June 18 (Reuters) - Negotiators met on Tuesday, nine months after the summit of 13 September 2023.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.md"), []byte("---\ntitle: Bad\n---\nJune 19, 2024\nSEOUL, June 18 (Reuters) - Talks.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "page.html"), []byte(`<html><head><title>Ferry returns</title></head><body><article><p>SEOUL, June 18 (Reuters) - The ferry sailed again on Tuesday, for the first time since the storm of December 20, 2023 closed the harbour to every boat for weeks.</p><p>Harbour officials said the crossing carried forty passengers and supplies for the school on the largest island.</p></article></body></html>`), 0o644)
	opt := Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), InferPublished: true}
	docs, problems := Read([]string{dir}, opt)
	if len(docs) != 2 {
		t.Fatalf("docs = %+v, problems %v; want wire.md and page.html", docs, problems)
	}
	for _, d := range docs {
		if d.Article.Published.String() != "2024-06-18" || !strings.Contains(d.Article.Inferred, `"SEOUL, June 18 (Reuters) -"`) {
			t.Errorf("%s: published %s, inferred %q", d.Article.Path, d.Article.Published, d.Article.Inferred)
		}
		if len(d.Warnings) != 1 || !errors.Is(d.Warnings[0], ErrWarning) || !strings.Contains(d.Warnings[0].Error(), "publication date 2024-06-18 inferred from the dateline") {
			t.Errorf("%s: warnings = %v", d.Article.Path, d.Warnings)
		}
	}
	if len(problems) != 1 || !errors.Is(problems[0], ErrNoDate) || !strings.Contains(problems[0].Error(), "bad.md: ") || !strings.Contains(problems[0].Error(), "evidence disagrees") {
		t.Errorf("problems = %v, want bad.md refused", problems)
	}
	opt.InferPublished = false
	if docs, _ := Read([]string{dir}, opt); len(docs) != 0 {
		t.Errorf("without InferPublished: %d documents read", len(docs))
	}
}
