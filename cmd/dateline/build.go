package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/dateline-news/dateline/extract"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/site"
	"github.com/dateline-news/dateline/site/hugo"
	"github.com/dateline-news/dateline/timeline"
)

// siteFlags are the flags that shape the published site.
type siteFlags struct {
	title, description, baseURL, templates, theme string
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.title, "title", "Timeline", "the timeline's `title`")
	fs.StringVar(&f.description, "description", "", "one `sentence` under the title")
	fs.StringVar(&f.baseURL, "base-url", "", "absolute `URL` the site is published at (for feeds, oEmbed and canonical links)")
	fs.StringVar(&f.templates, "templates", "", "`folder` of templates overriding the built-in ones")
	fs.StringVar(&f.theme, "theme", "light", "colour `scheme` of embed.html and fragment.html inside another site's page: light, dark, or auto (the reader's system setting)")
}

func (f *siteFlags) options() site.Options {
	opt := site.Options{Title: f.title, Description: f.description, BaseURL: f.baseURL, Theme: f.theme}
	if f.templates != "" {
		opt.Templates = os.DirFS(f.templates)
	}
	return opt
}

// hugoConfigs are the config files Hugo reads besides hugo.toml. A site
// with one of them keeps it: dateline's hugo.toml, which Hugo would read
// first, is not written there.
var hugoConfigs = []string{"hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json", "config"}

func runBuild(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("build", stderr)
	out := fs.String("out", "", "output `folder` (default public, or none when --hugo or --hugo-content is given); it must be missing, empty or an earlier build's, and is replaced atomically")
	hugoDir := fs.String("hugo", "", "also write a complete Hugo site into this `folder`, touching only dateline's own files")
	hugoContent := fs.String("hugo-content", "", "also write only content/timeline/ and data/timeline.json into this Hugo site `folder`, touching only dateline's own files")
	force := fs.Bool("force", false, "replace an --out folder that holds files dateline did not write, and overwrite such files in --hugo folders")
	allowEmpty := fs.Bool("allow-empty", false, "publish even when no article was read, or fewer than half as many as the last build")
	quiet := fs.Bool("quiet", false, "no progress line (shown on a terminal when a build takes over a second)")
	var in inputFlags
	in.register(fs)
	var sf siteFlags
	sf.register(fs)
	var sel selectFlags
	sel.register(fs)
	var ed editorialFlags
	ed.register(fs)
	var proj projectFlags
	proj.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := proj.apply(fs, fs.Args()); err != nil {
		return err
	}
	cut, err := sel.selection()
	if err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		return fmt.Errorf("%w: no articles given (a file, a folder or -)", errUsage)
	}
	outDir := *out
	if outDir == "" && *hugoDir == "" && *hugoContent == "" {
		outDir = "public"
	}
	if *hugoDir != "" && *hugoContent != "" && output.Overlap(*hugoDir, *hugoContent) {
		return fmt.Errorf("%w: --hugo %s and --hugo-content %s overlap; give one of them", errUsage, *hugoDir, *hugoContent)
	}
	for _, h := range []struct{ flag, dir string }{{"--hugo", *hugoDir}, {"--hugo-content", *hugoContent}} {
		if h.dir != "" && outDir != "" && output.Within(h.dir, outDir) {
			return fmt.Errorf("%w: %s %s lies in --out %s, which each build replaces whole", errUsage, h.flag, h.dir, outDir)
		}
	}
	for _, h := range []struct{ flag, dir string }{{"--out", outDir}, {"--hugo", *hugoDir}, {"--hugo-content", *hugoContent}} {
		if in.cache != "" && h.dir != "" && output.Overlap(in.cache, h.dir) {
			return fmt.Errorf("%w: --cache %s and %s %s overlap; keep the cache in a folder of its own", errUsage, in.cache, h.flag, h.dir)
		}
	}
	if err := checkPaths(paths); err != nil {
		return err
	}
	edits, err := ed.load(paths)
	if err != nil {
		return err
	}
	opt := output.Options{Force: *force, AllowShrink: *allowEmpty, Protect: append(protected(paths, &in, &sf), ownFiles(paths, &ed, &proj)...)}

	// Everything that can refuse is checked before anything is written.
	var dir *output.Dir
	if outDir != "" {
		var err error
		if dir, err = output.Open(outDir, opt); err != nil {
			return fmt.Errorf("--out %w", err)
		}
		defer dir.Close()
	}
	type owned struct {
		flag, dir string
		o         *output.Owned
		plan      *output.Plan
	}
	var targets []*owned
	for _, h := range []*owned{{flag: "--hugo", dir: *hugoDir}, {flag: "--hugo-content", dir: *hugoContent}} {
		if h.dir == "" {
			continue
		}
		hopt := opt
		if h.flag == "--hugo" {
			hopt.Keep = []string{"hugo.toml"}
		}
		var err error
		if h.o, err = output.OpenOwned(h.dir, hopt); err != nil {
			return fmt.Errorf("%s %w", h.flag, err)
		}
		targets = append(targets, h)
	}

	prog := startProgress(stderr, *quiet)
	defer prog.end()
	// With DATELINE_SERVE_TIMES set, the run logs its stages' wall and
	// CPU seconds (list, read, merge, render, write; see stageClock).
	in.clock = newStageClock(stderr)
	defer in.clock.done()
	prog.set("reading articles")
	tl, skipped, err := in.load(paths, stdin, prog)
	if err != nil {
		return err
	}
	applyEditorial(edits, tl, prog)
	extract.Select(tl, cut)
	n := len(tl.Articles)
	if dir != nil {
		if err := dir.CheckCount(n); err != nil {
			return fmt.Errorf("--out %w", err)
		}
	}
	for _, h := range targets {
		if err := h.o.CheckCount(n); err != nil {
			return fmt.Errorf("%s %w", h.flag, err)
		}
	}
	// What extraction freed goes back to the system before the site is
	// rendered, when it holds much (see giveBack).
	giveBack()
	prog.set("rendering the site")
	// The site is written into a folder beside --out a file at a time,
	// and the Hugo files are planned from their paths and hashes: no
	// build holds its files. Nothing published changes before "writing".
	var stage *output.Stage
	var notes []string
	if dir != nil {
		if stage, err = stageSite(dir, tl, sf.options(), nil); err != nil {
			return err
		}
		defer stage.Abort()
		notes = append(notes, site.Warnings(sf.options())...)
	}
	hopt := hugo.Options{Title: sf.title, BaseURL: sf.baseURL}
	if len(targets) > 0 {
		notes = append(notes, hugo.Warnings(hopt)...)
	}
	for _, h := range targets {
		render, drop, cfg := hugo.ContentTo, "", ""
		if h.flag == "--hugo" {
			render = hugo.SiteTo
			if cfg = siteConfig(h.dir); cfg != "" {
				drop = "hugo.toml"
			}
		}
		// gen makes the files: once for their hashes, once more to write
		// them.
		gen := func(emit func(output.File) error) error {
			return render(tl, hopt, func(f output.File) error {
				if f.Path == drop {
					return nil
				}
				return emit(f)
			})
		}
		sums, err := output.Sums(gen)
		if err != nil {
			return err
		}
		if cfg != "" {
			notes = append(notes, fmt.Sprintf("%s %s: the site's own %s is kept; dateline's hugo.toml is not written", h.flag, h.dir, cfg))
		}
		if outDir != "" {
			if p := landsIn(h.dir, sums, outDir); p != "" {
				return fmt.Errorf("%w: %s %s would write %s inside --out %s, which each build replaces whole", errUsage, h.flag, h.dir, p, outDir)
			}
		}
		if h.plan, err = h.o.PlanSums(sums, gen); err != nil {
			if h.flag == "--hugo" && errors.Is(err, output.ErrConflict) {
				return fmt.Errorf("%s %w (--hugo-content adds only the timeline to an existing site)", h.flag, err)
			}
			return fmt.Errorf("%s %w", h.flag, err)
		}
		for _, k := range h.plan.Kept {
			notes = append(notes, fmt.Sprintf("%s %s: %s is the site's own and is kept", h.flag, h.dir, k))
		}
	}

	in.clock.mark("render")
	prog.set("writing")
	if stage != nil {
		if err := stage.Commit(n); err != nil {
			return err
		}
		prog.printf(stdout, "dateline: wrote %d events from %d articles to %s (open %s)\n",
			len(tl.Events), n, outDir, filepath.Join(outDir, "index.html"))
	}
	for _, h := range targets {
		if err := h.plan.Commit(n); err != nil {
			return fmt.Errorf("%s %w", h.flag, err)
		}
		for _, l := range h.plan.Left {
			notes = append(notes, fmt.Sprintf("%s %s: %s, written by an earlier build and changed since, is no longer made; it is left in place", h.flag, h.dir, l))
		}
		if h.flag == "--hugo" {
			prog.printf(stdout, "dateline: wrote a Hugo site to %s (build it with: hugo --source %s)\n", h.dir, h.dir)
		} else {
			prog.printf(stdout, "dateline: wrote Hugo content/%s and data/ into %s\n", hugo.Section, h.dir)
		}
	}
	in.clock.mark("write")
	prog.end()
	for _, note := range notes {
		fmt.Fprintf(stderr, "dateline: note: %s\n", note)
	}
	if skipped {
		return errSkipped
	}
	return nil
}

// checkPaths refuses a path that does not exist: a typo must fail the
// run, not build a site of nothing. Other problems with a path are the
// reader's to report.
func checkPaths(paths []string) error {
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: no such file or folder", p)
		}
	}
	return nil
}

// protected lists the paths no output may overwrite: the inputs, the
// aliases and lexicon files and the template folder.
func protected(paths []string, in *inputFlags, sf *siteFlags) []string {
	var p []string
	for _, x := range paths {
		if x != "-" {
			p = append(p, x)
		}
	}
	for _, x := range []string{in.aliases, in.lexicon, sf.templates} {
		if x != "" {
			p = append(p, x)
		}
	}
	return p
}

// siteConfig returns the name of a Hugo config, other than hugo.toml, that
// the site at dir has, or "".
func siteConfig(dir string) string {
	for _, name := range hugoConfigs {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			return name
		}
	}
	return ""
}

// stageSite renders the site into a folder beside --out, a file at a
// time, for the caller to Commit (swap in) or Abort. A render error that
// comes before the first file (an invalid option) comes before anything is
// written. The formats render at once (RenderConcurrently), the pages on
// every CPU: the data files (timeline.json, timeline.md, timelinejs.json,
// events.jsonld) are each written by one goroutine, which would otherwise
// leave the other core idle for a third of the stage. At 100,000 articles
// that held about 26 MB more at the render's peak (888 against 862 MB,
// the timeline decoded from its JSON and rendered under the soft memory
// limit a build sets), well under extraction's own peak; before the soft
// limit it had raised a build's peak from about 1.6 to 1.77 GB. With reuse
// not nil (serve), the stage links the files of the build in dir's place
// whose bytes are the same (see output.Stage.Reuse: reuse is that build's
// Sums, or empty).
func stageSite(dir *output.Dir, tl *timeline.Timeline, opt site.Options, reuse map[string][32]byte) (*output.Stage, error) {
	var (
		mu  sync.Mutex
		s   *output.Stage
		err error
	)
	stage := func() (*output.Stage, error) {
		mu.Lock()
		defer mu.Unlock()
		if s == nil && err == nil {
			if s, err = dir.Stage(); err == nil && reuse != nil {
				s.Reuse(reuse)
			}
		}
		return s, err
	}
	rerr := site.RenderConcurrently(tl, opt, func(f output.File) error {
		s, err := stage()
		if err != nil {
			return err
		}
		return s.Add(f)
	})
	if rerr == nil {
		_, rerr = stage()
	}
	if rerr != nil {
		if s != nil {
			s.Abort()
		}
		return nil, rerr
	}
	return s, nil
}

// landsIn returns the first of files (relative to dir) that would land in
// out, or "".
func landsIn(dir string, files []output.Sum, out string) string {
	if !output.Within(out, dir) {
		return ""
	}
	d, err1 := filepath.Abs(dir)
	o, err2 := filepath.Abs(out)
	if err1 != nil || err2 != nil {
		return ""
	}
	rel, err := filepath.Rel(d, o)
	if err != nil {
		return ""
	}
	rel = filepath.ToSlash(rel)
	for _, f := range files {
		if rel == "." || f.Path == rel || strings.HasPrefix(f.Path, rel+"/") {
			return f.Path
		}
	}
	return ""
}
