package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline/internal/editorial"
	"github.com/dateline-news/dateline/timeline"
)

// editorialFlags name the editor's corrections: --editorial FILE, or the
// editorial.yaml of the first PATH that is a folder.
type editorialFlags struct {
	path string
}

func (f *editorialFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.path, "editorial", "", "YAML `file` of an editor's corrections keyed by event id (default: editorial.yaml in the first folder given)")
}

// file returns the editorial file to read: the flag's, or editorial.yaml
// in the first folder among paths when there is one, or "".
func (f *editorialFlags) file(paths []string) string {
	if f.path != "" {
		return f.path
	}
	return besideArticles(paths, editorial.Name)
}

// load reads and checks the editorial file, if any. A file named by the
// flag must exist; every problem is one line, file:line: reason.
func (f *editorialFlags) load(paths []string) (*editorial.File, error) {
	p := f.file(paths)
	if p == "" {
		return nil, nil
	}
	ed, err := editorial.Load(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("--editorial %s: no such file", p)
	}
	return ed, err
}

// applyEditorial makes ed's corrections to tl and prints its warnings.
func applyEditorial(ed *editorial.File, tl *timeline.Timeline, stderr io.Writer) {
	for _, w := range ed.Apply(tl) {
		fmt.Fprintf(stderr, "dateline: %s\n", w)
	}
}

// besideArticles returns name inside the first of paths that is a
// folder, if that file exists there, or "".
func besideArticles(paths []string, name string) string {
	for _, p := range paths {
		if p == "-" {
			continue
		}
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			continue
		}
		f := filepath.Join(p, name)
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			return f
		}
		return ""
	}
	return ""
}

// writeIDs prints one line per event: id, date and title, tab-separated,
// so an editor can find the id to correct.
func writeIDs(w io.Writer, tl *timeline.Timeline) error {
	var b strings.Builder
	flat := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", e.ID, e.Date, flat.Replace(e.Title))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ownFiles lists the editorial and project files in use, which no output
// may overwrite.
func ownFiles(paths []string, ed *editorialFlags, proj *projectFlags) []string {
	var out []string
	for _, p := range []string{ed.file(paths), proj.file(paths)} {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadEdited reads the articles and the editorial file afresh (serve calls
// it on every change) and returns the corrected timeline.
func loadEdited(in *inputFlags, ed *editorialFlags, paths []string, stderr io.Writer) (*timeline.Timeline, error) {
	edits, err := ed.load(paths)
	if err != nil {
		return nil, err
	}
	tl, _, err := in.load(paths, nil, stderr)
	if err != nil {
		return nil, err
	}
	applyEditorial(edits, tl, stderr)
	return tl, nil
}

// markInferred gives Basis "inferred" to every source of an article whose
// publication date was inferred from its text (--infer-published): its
// date rests on that inference, except one written in full with its year.
func markInferred(tl *timeline.Timeline) {
	inferred := map[string]bool{}
	for _, a := range tl.Articles {
		if a.Inferred != "" {
			inferred[a.Path] = true
		}
	}
	if len(inferred) == 0 {
		return
	}
	for i := range tl.Events {
		for j := range tl.Events[i].Sources {
			s := &tl.Events[i].Sources[j]
			if inferred[s.Article] && !hasYear(s.Expression) {
				s.Basis = "inferred"
			}
		}
	}
}

// hasYear reports whether an expression writes a year ("13 September
// 2023", "2019"), so its date does not rest on the publication date.
func hasYear(expr string) bool {
	run := 0
	for _, c := range expr {
		if c >= '0' && c <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
