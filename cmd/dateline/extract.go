package main

import (
	"fmt"
	"io"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/site"
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", stderr)
	format := fs.String("format", "json", "output `format`: json or markdown")
	var in inputFlags
	in.register(fs)
	var sel selectFlags
	sel.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	cut, err := sel.selection()
	if err != nil {
		return err
	}
	var render site.Format
	switch *format {
	case "json":
		render = site.JSON
	case "markdown", "md":
		render = site.Markdown
	default:
		return fmt.Errorf("%w: --format %q: want json or markdown", errUsage, *format)
	}
	if err := checkPaths(fs.Args()); err != nil {
		return err
	}
	tl, skipped, err := in.load(fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	extract.Select(tl, cut)
	files, err := render(tl, site.Options{})
	if err != nil {
		return err
	}
	for _, f := range files {
		if _, err := stdout.Write(f.Data); err != nil {
			return err
		}
	}
	if skipped {
		return errSkipped
	}
	return nil
}
