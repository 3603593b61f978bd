package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/site"
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", stderr)
	format := fs.String("format", "json", "output `format`: json or markdown")
	ids := fs.Bool("ids", false, "print one line per event instead: its id, date and title, tab-separated (the ids editorial.yaml is keyed by)")
	var in inputFlags
	in.register(fs)
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
	edits, err := ed.load(fs.Args())
	if err != nil {
		return err
	}
	// With DATELINE_SERVE_TIMES set, the run's stages are logged as serve
	// logs a rebuild's (list, read, merge, then the output written): what
	// a rebuild from the cache costs, stage by stage (issue 14).
	in.clock = newStageClock(stderr)
	defer in.clock.done()
	tl, skipped, err := in.load(fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	applyEditorial(edits, tl, stderr)
	extract.Select(tl, cut)
	if *ids {
		if err := writeIDs(stdout, tl); err != nil {
			return err
		}
		if skipped {
			return errSkipped
		}
		return nil
	}
	if *format == "json" {
		// Streamed, an event at a time: the document is never whole in
		// memory.
		w := bufio.NewWriter(stdout)
		if err := site.WriteJSON(w, tl); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
	} else {
		files, err := render(tl, site.Options{})
		if err != nil {
			return err
		}
		for _, f := range files {
			if _, err := stdout.Write(f.Data); err != nil {
				return err
			}
		}
	}
	in.clock.mark("write")
	if skipped {
		return errSkipped
	}
	return nil
}
