package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/ordered"
	"github.com/dateline-news/dateline/timeline"
)

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	aliases string
	lexicon string
	tz      string
	now     string
	verbose bool
	infer   bool
	cache   string
	// clock, when set (DATELINE_SERVE_TIMES, for serve, extract and build), is
	// told where load's stages end.
	clock *stageClock
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.aliases, "aliases", "", "YAML `file` mapping canonical actor names to their spellings")
	fs.StringVar(&f.lexicon, "lexicon", "", "`file` of words that name one kind of happening (\"attack: bombing blast\") of places' people (\"demonyms Indonesia: Indonesian\") and of places' short forms (\"shortforms New South Wales: NSW\"), added to the built-in lists")
	fs.StringVar(&f.tz, "tz", "UTC", "newsroom time `zone` for metadata dates with no offset or in UTC")
	fs.StringVar(&f.now, "now", "", "today's `date` (YYYY-MM-DD), for refusing future publication dates; default the clock")
	fs.BoolVar(&f.verbose, "v", false, "also list the expressions left off the timeline, and why")
	fs.StringVar(&f.cache, "cache", "", "keep what was read of each article in this `folder`, so that the next run reads and tags only the articles that changed (a folder of dateline's own: missing, empty or a cache)")
	fs.BoolVar(&f.infer, "infer-published", false, "give an article without a publication date the one its text shows (a dateline \"SEOUL, June 18 (Reuters) -\", a date line), reported on stderr with the evidence")
}

// load reads the articles under paths and extracts the timeline. Input
// problems are printed to stderr, one line each, and make skipped true;
// they never stop the other articles.
func (f *inputFlags) load(paths []string, stdin io.Reader, stderr io.Writer) (tl *timeline.Timeline, skipped bool, err error) {
	if len(paths) == 0 {
		return nil, false, fmt.Errorf("%w: no articles given (a file, a folder or -)", errUsage)
	}
	loc, err := time.LoadLocation(f.tz)
	if err != nil {
		return nil, false, fmt.Errorf("%w: --tz %q: %v", errUsage, f.tz, err)
	}
	opt := corpus.Options{Location: loc, Now: time.Now().In(loc), InferPublished: f.infer}
	if f.now != "" {
		now, err := time.ParseInLocation(time.DateOnly, f.now, loc)
		if err != nil {
			return nil, false, fmt.Errorf("%w: --now %q: want YYYY-MM-DD", errUsage, f.now)
		}
		// The last instant of that day: a calendar day later, not 24 hours
		// (a day is 23 or 25 hours long when the clocks change).
		opt.Now = now.AddDate(0, 0, 1).Add(-time.Nanosecond)
	}
	var xopt extract.Options
	var aliasBytes []byte
	if f.aliases != "" {
		b, err := os.ReadFile(f.aliases)
		if err != nil {
			return nil, false, err
		}
		aliasBytes = b
		if err := yaml.Unmarshal(b, &xopt.Aliases); err != nil {
			return nil, false, fmt.Errorf("%s: %v", f.aliases, err)
		}
	}
	var lexiconBytes []byte
	if f.lexicon != "" {
		b, err := os.ReadFile(f.lexicon)
		if err != nil {
			return nil, false, err
		}
		lexiconBytes = b
		if xopt.Happenings, err = extract.ReadLexicon(f.lexicon, b); err != nil {
			return nil, false, err
		}
	}
	// The cache is opened while the articles are listed, on another
	// core: opening it hashes the executable (buildID) and reads the stat
	// index and the packs' indexes, some 50 ms that the listing hides.
	type opened struct {
		c   *articleCache
		err error
	}
	var opening chan opened
	if f.cache != "" {
		// The day of the run is no part of the key: an article is read
		// the same whatever the day, and one published after the run's
		// day is refused below, cached or not.
		opening = make(chan opened, 1)
		go func() {
			c, err := openCache(f.cache, f.tz, fmt.Sprint(f.infer), string(aliasBytes), string(lexiconBytes))
			opening <- opened{c, err}
		}()
	}
	// Articles from standard input are read first; the files are listed,
	// then read and analysed on every core and added to the timeline in
	// path order, one at a time: an archive's texts are never all held.
	var stdinDocs []corpus.Document
	var files []string
	for _, p := range paths {
		if p != "-" {
			files = append(files, p)
			continue
		}
		d, err := corpus.ReadFrom("-", stdin, opt)
		if err != nil {
			fmt.Fprintf(stderr, "dateline: %v\n", err)
			skipped = true
			continue
		}
		stdinDocs = append(stdinDocs, d)
	}
	slices.SortStableFunc(stdinDocs, func(a, b corpus.Document) int { return cmp.Compare(a.Article.Path, b.Article.Path) })
	var list *corpus.Listing
	if len(files) > 0 {
		list = corpus.List(files, opt)
	}
	x := extract.NewExtractor(xopt)
	today := timeline.DayOfTime(opt.Now)
	var cache *articleCache
	if opening != nil {
		o := <-opening
		if o.err != nil {
			return nil, false, o.err
		}
		cache = o.c
	}
	// An article, analysed: what is printed about it is made while its
	// text is at hand.
	type read struct {
		id       corpus.Identity
		warnings []error
		err      error
		a        *extract.Analysis
		notes    map[extract.Diagnostic]string
	}
	analyse := func(d corpus.Document, notesToo bool) read {
		r := read{a: x.Analyze(extract.Doc{Article: d.Article, Text: d.Text, Filed: d.Filed}), id: d.Identity(), warnings: d.Warnings}
		if notesToo {
			r.notes = map[extract.Diagnostic]string{}
			for _, g := range r.a.Diagnostics() {
				r.notes[g] = note(g, &d)
			}
		}
		return r
	}
	var problems []error
	var warnings []error
	var stdinWarnings []error
	notes := map[extract.Diagnostic]string{}
	var addErr error
	mem := newMemoryBound()
	added := 0
	add := func(r read) {
		if added++; added%1024 == 0 {
			mem.update()
		}
		warnings = append(warnings, r.warnings...)
		if f.verbose {
			maps.Copy(notes, r.notes)
		}
		if g, failed := r.a.Failure(); failed {
			// An article that tripped a bug is on no event: said
			// always, as a skipped file is.
			problems = append(problems, &corpus.Problem{File: g.Article, Err: errors.New(g.Reason)})
		}
		if err := x.Add(r.a); err != nil && addErr == nil {
			addErr = err
		}
	}
	next := 0 // the next article of standard input to add
	addStdin := func(upTo string, all bool) {
		for ; next < len(stdinDocs) && (all || stdinDocs[next].Article.Path <= upTo); next++ {
			r := analyse(stdinDocs[next], f.verbose)
			stdinWarnings = append(stdinWarnings, r.warnings...)
			r.warnings = nil
			add(r)
		}
	}
	// readOne reads and analyses the i-th article listed, or takes it
	// from the cache.
	readOne := func(i int) read {
		if cache == nil {
			d, err := list.Read(i)
			if err != nil {
				return read{err: err}
			}
			return analyse(d, f.verbose)
		}
		// A file whose stamp is the one the last run read it with is
		// taken by the key its bytes gave then (see statIndex); any other
		// is read and hashed. The stamp is taken before the bytes are read.
		ctx := list.Context(i)
		id := statID(ctx)
		st, stamped := stampOf(list.Name(i))
		key := ""
		e, a, ok := cacheEntry{}, (*extract.Analysis)(nil), false
		if stamped {
			if key, ok = cache.stats.known(id, st); ok {
				if e, a, ok = cache.lookup(key); ok {
					cache.stamped.Add(1)
				}
			}
		}
		var raw []byte
		if !ok {
			var err error
			if raw, err = list.Raw(i); err != nil {
				return read{err: err}
			}
			if k := cache.key(raw, ctx); k != key {
				key = k
				e, a, ok = cache.lookup(key)
			}
		}
		if ok && today.Before(a.Published()) {
			// Cached by a run of a later --now: today it is from the
			// future, refused as a run without the cache refuses it.
			ok = false
			if raw == nil {
				var err error
				if raw, err = list.Raw(i); err != nil {
					return read{err: err}
				}
			}
		}
		if stamped {
			cache.stats.record(id, st, key)
		}
		if ok {
			cache.hits.Add(1)
			cache.used.add(key)
			r := read{a: a, id: corpus.Identity{Name: list.Name(i), Path: e.Path, Outlet: e.Outlet, URL: e.URL, File: list.Real(i), Sum: e.Sum}}
			for _, w := range e.Warnings {
				r.warnings = append(r.warnings, errors.New(w))
			}
			if f.verbose {
				r.notes = map[extract.Diagnostic]string{}
				for _, n := range e.Notes {
					r.notes[n.Diag] = n.Note
				}
			}
			return r
		}
		cache.misses.Add(1)
		d, err := list.Parse(i, raw)
		if err != nil {
			return read{err: err}
		}
		r := analyse(d, true)
		if e, err := entryOf(&d, r.a, r.notes); err == nil {
			cache.put(key, e)
		} else {
			cache.noteErr(err)
		}
		return r
	}
	f.clock.mark("list")
	var closed chan struct{} // closed once the cache is
	if list != nil {
		ordered.Run(list.Len(), 0, 0, readOne, func(i int, r read) {
			if r.err == nil {
				r.err = list.KeepIdentity(r.id)
			}
			if r.err != nil {
				problems = append(problems, r.err)
				return
			}
			addStdin(r.id.Path, false)
			add(r)
		})
		if cache != nil {
			// What the next run needs (the stat index, the packs) is
			// written while the timeline is made, on a core the merge
			// leaves idle; the run waits for it before it ends.
			closed = make(chan struct{})
			go func() {
				defer close(closed)
				cache.close()
			}()
			defer func() { <-closed }()
		}
		problems = append(problems, list.Problems()...)
		corpus.SortProblems(problems)
	}
	addStdin("", true)
	if addErr != nil {
		return nil, false, addErr
	}
	for _, p := range problems {
		fmt.Fprintf(stderr, "dateline: %v\n", p)
	}
	skipped = skipped || len(problems) > 0
	for _, w := range append(stdinWarnings, warnings...) {
		fmt.Fprintf(stderr, "dateline: %v\n", w)
	}
	mem.update()
	f.clock.mark("read")
	tl, diags := x.Timeline()
	markInferred(tl)
	f.clock.mark("merge")
	if f.verbose {
		for _, d := range diags {
			n, ok := notes[d]
			if !ok {
				n = d.String()
			}
			fmt.Fprintf(stderr, "dateline: note: %s\n", n)
		}
		if cache != nil {
			if closed != nil {
				<-closed // a pack that could not be written is noted
			}
			fmt.Fprintf(stderr, "dateline: note: %s\n", cache.summary())
		}
	}
	return tl, skipped, nil
}

// note is one line for a diagnostic: the article's file as the user named
// it and the line of the expression ("standard input" for -), then what was
// left out and why.
func note(d extract.Diagnostic, doc *corpus.Document) string {
	if doc == nil {
		return d.String()
	}
	name := doc.Name
	if name == "-" {
		name = "standard input"
	}
	where := name
	if d.Offset >= 0 && d.Offset < len(doc.Text) && d.Text != "" && strings.HasPrefix(doc.Text[d.Offset:], d.Text) {
		line := doc.Line(d.Offset)
		where = fmt.Sprintf("%s:%d", name, line)
	}
	return fmt.Sprintf("%s: %q: %s", where, d.Text, d.Reason)
}
