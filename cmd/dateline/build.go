package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/site"
	"github.com/dateline-news/dateline/site/hugo"
)

// siteFlags are the flags that shape the published site.
type siteFlags struct {
	title, description, baseURL, templates string
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.title, "title", "Timeline", "the timeline's `title`")
	fs.StringVar(&f.description, "description", "", "one `sentence` under the title")
	fs.StringVar(&f.baseURL, "base-url", "", "absolute `URL` the site is published at (for feeds, oEmbed and canonical links)")
	fs.StringVar(&f.templates, "templates", "", "`folder` of templates overriding the built-in ones")
}

func (f *siteFlags) options() site.Options {
	opt := site.Options{Title: f.title, Description: f.description, BaseURL: f.baseURL}
	if f.templates != "" {
		opt.Templates = os.DirFS(f.templates)
	}
	return opt
}

func runBuild(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("build", stderr)
	out := fs.String("out", "public", "output `folder`, replaced atomically")
	hugoDir := fs.String("hugo", "", "also write a complete Hugo site into this `folder`")
	hugoContent := fs.String("hugo-content", "", "also write only Hugo content/ and data/ into this `folder`")
	var in inputFlags
	in.register(fs)
	var sf siteFlags
	sf.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	tl, skipped, err := in.load(fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	files, err := site.Render(tl, sf.options())
	if err != nil {
		return err
	}
	if err := output.Write(*out, files); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "dateline: wrote %d events from %d articles to %s (open %s)\n",
		len(tl.Events), len(tl.Articles), *out, *out+"/index.html")
	hopt := hugo.Options{Title: sf.title, BaseURL: sf.baseURL}
	if *hugoDir != "" {
		files, err := hugo.Site(tl, hopt)
		if err != nil {
			return err
		}
		if err := output.Write(*hugoDir, files); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "dateline: wrote a Hugo site to %s (build it with: hugo --source %s)\n", *hugoDir, *hugoDir)
	}
	if *hugoContent != "" {
		files, err := hugo.Content(tl, hopt)
		if err != nil {
			return err
		}
		if err := writeHugoContent(*hugoContent, files); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "dateline: wrote Hugo content/%s and data/ into %s\n", hugo.Section, *hugoContent)
	}
	if skipped {
		return errSkipped
	}
	return nil
}

// writeHugoContent puts content/<section>/ and data/ files into an existing
// Hugo site at dir without touching the rest of it: the section folder is
// replaced atomically, and each data file is written beside itself and
// renamed into place.
func writeHugoContent(dir string, files []output.File) error {
	prefix := "content/" + hugo.Section + "/"
	var section []output.File
	for _, f := range files {
		if rest, ok := strings.CutPrefix(f.Path, prefix); ok {
			section = append(section, output.File{Path: rest, Data: f.Data})
			continue
		}
		if err := output.CheckPath(f.Path); err != nil {
			return err
		}
		name := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		tmp := name + ".new"
		if err := os.WriteFile(tmp, f.Data, 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, name); err != nil {
			return err
		}
	}
	return output.Write(filepath.Join(dir, "content", hugo.Section), section)
}
