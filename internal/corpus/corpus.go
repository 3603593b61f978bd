package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/yuin/goldmark"

	"github.com/dateline-news/dateline/timeline"
)

// DefaultMaxSize is the largest article read when Options.MaxSize is zero.
const DefaultMaxSize = 10 << 20

// ErrDuplicate is wrapped by the problem for an article whose text is the
// same as an earlier one's, or whose path is.
var ErrDuplicate = errors.New("duplicate")

// ErrWarning is wrapped by every one of a Document's Warnings.
var ErrWarning = errors.New("warning")

// Document is one article read from disk: its metadata and its plain text.
type Document struct {
	// Article is the article's metadata. Its Path is the slash path
	// relative to the folder given (for a file given directly, its base
	// name); Published is a day in the newsroom's zone. Title may be empty
	// for a .txt article without one.
	Article timeline.Article
	// Text is the plain text of the body: one block (paragraph, heading,
	// list item, table row, line of a .txt) per line, each ending in "\n",
	// with no markup; but a timeline's day heading ("**4 May**" above its
	// paragraph) opens its paragraph's line as its label ("4 May: ...").
	Text string
	// Filed is when the article was filed, in its writer's zone, when its
	// date gives a time of day ("2025-08-04T19:40:00+02:00"); else zero.
	Filed time.Time
	// Name is the file's path as the user gave it, for messages.
	Name string
	// Warnings are what was changed on reading, each a *Problem with a
	// one-line message wrapping ErrWarning: text converted from Latin-1
	// or Windows-1252, bidi controls removed, an unsafe url dropped. The
	// article is read all the same.
	Warnings []error

	marks []mark // sorted by offset
	// file is the file's real path (symlinks resolved), its identity; ""
	// for one read from a stream.
	file string
	sum  [32]byte // of Text, taken by Listing.Read
}

// Line returns the 1-based line of the file that the byte at offset off of
// d.Text came from (front matter lines counted), or 0 for a Document with no
// text. Offsets past the end give the last line's number.
func (d *Document) Line(off int) int { return lineOf(d.marks, off) }

// Options tells Read how to read articles. The zero value is usable.
type Options struct {
	// Now is the clock, for refusing articles published after today; the
	// zero time turns that check off. Days are compared in Location.
	Now time.Time
	// Location is the newsroom's time zone: metadata dates without a zone
	// are read in it, and Published is the calendar day in it. Nil means
	// UTC.
	Location *time.Location
	// MaxSize is the largest article read, in bytes; zero means
	// DefaultMaxSize.
	MaxSize int64
	// InferPublished gives an article without a publication date one
	// from its own text, a dateline or a date line (infer.go), with a
	// warning naming the evidence; Article.Inferred keeps it.
	InferPublished bool
}

func (o Options) loc() *time.Location {
	if o.Location == nil {
		return time.UTC
	}
	return o.Location
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Problem is an article, folder or sources.yaml that could not be read.
// Its message is one line: "file:line: reason", or "file: reason" when there
// is no line.
type Problem struct {
	File string // the path as the user gave it, or as found under it
	Line int    // 1-based line in File, 0 for none
	Err  error
}

// Error returns the one-line message.
func (p *Problem) Error() string {
	// A message goes to a terminal: a control character from the input
	// (a YAML parser quoting the line it stopped at) is shown escaped.
	msg := escapeControls(strings.Join(strings.Fields(p.Err.Error()), " "))
	file := p.File
	if strings.ContainsFunc(file, unicode.IsControl) || strings.ContainsFunc(file, isStrippedControl) {
		file = strconv.Quote(file) // a newline in a file name must not split the message
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", file, p.Line, msg)
	}
	return file + ": " + msg
}

// Unwrap returns the reason, for errors.Is and errors.As.
func (p *Problem) Unwrap() error { return p.Err }

// problem makes a Problem about file from err, taking the line from err
// when it has one, and leaving out the path an *fs.PathError repeats.
func problem(file string, err error) *Problem {
	p := &Problem{File: file, Err: err}
	var le *lineError
	if errors.As(err, &le) {
		p.Line = le.line
	}
	return p
}

// sortProblems orders problems by file, line and message.
// SortProblems sorts problems as Read does: by file, line and message.
func SortProblems(ps []error) { sortProblems(ps) }

func sortProblems(ps []error) {
	key := func(e error) (string, int) {
		var p *Problem
		if errors.As(e, &p) {
			return p.File, p.Line
		}
		return "", 0
	}
	slices.SortStableFunc(ps, func(a, b error) int {
		fa, la := key(a)
		fb, lb := key(b)
		return cmp.Or(cmp.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(a.Error(), b.Error()))
	})
}

// Read reads every article under paths (files, or folders read recursively
// in sorted order). Articles that cannot be read are reported in problems,
// each a *Problem whose message is one line naming the file (and line), and
// left out; the rest still go through. Problems are sorted by file, line
// and message.
//
// An article is its file: the same file reached twice (given twice, or
// through a folder and directly) is read once. Its Path is its path
// relative to the folder given; with several paths given, each is named by
// the end of its own path ("2024-06/index.md", "wire/index.md"), the
// shortest that tells them apart, so two folders each with an index.md
// keep both. Documents come sorted by Path, and the order of paths makes
// no difference to what is read or how it is named.
func Read(paths []string, opt Options) (docs []Document, problems []error) {
	l := List(paths, opt)
	for i := range l.Len() {
		d, err := l.Read(i)
		if err == nil {
			err = l.Keep(&d)
		}
		if err != nil {
			problems = append(problems, err)
			continue
		}
		docs = append(docs, d)
	}
	problems = append(problems, l.Problems()...)
	sortProblems(problems)
	return docs, problems
}

// ReadFrom reads one article from r, such as standard input. name is used in
// messages and as the article's Path; its extension picks the format (.txt
// is plain text, anything else Markdown). There is no sources.yaml for it:
// its metadata must be in front matter. The error, if any, is a *Problem.
func ReadFrom(name string, r io.Reader, opt Options) (Document, error) {
	rd := newReader(opt)
	d, err := rd.readArticle(name, filepath.ToSlash(name), "", r)
	if err != nil {
		return Document{}, toProblem(name, err)
	}
	return d, nil
}

// articleExts are the extensions of the files read as articles.
var articleExts = []string{".md", ".markdown", ".txt", ".html", ".htm"}

// isArticle reports whether a file name is an article's: an article
// extension, not hidden.
func isArticle(name string) bool {
	return !strings.HasPrefix(name, ".") && slices.Contains(articleExts, strings.ToLower(path.Ext(name)))
}

// isPlain reports whether an article name is a plain-text one.
func isPlain(name string) bool { return strings.EqualFold(path.Ext(name), ".txt") }

// readArticle reads one article from r. name is for messages, rel is its
// Path, and dir is the folder whose sources.yaml may give a .txt its
// metadata ("" for none).
func (r *reader) readArticle(name, rel, dir string, in io.Reader) (Document, error) {
	return r.readArticleWith(r.md, name, rel, dir, in)
}

// readArticleWith is readArticle with the Markdown parser md.
func (r *reader) readArticleWith(md goldmark.Markdown, name, rel, dir string, in io.Reader) (Document, error) {
	max := r.opt.maxSize()
	b, err := readLimited(in, max)
	if err != nil {
		return Document{}, fmt.Errorf("read: %w", unwrapPath(err))
	}
	if int64(len(b)) > max {
		return Document{}, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
	}
	return r.parseArticle(md, name, rel, dir, b)
}

// parseArticle makes the article of b, its file's bytes.
func (r *reader) parseArticle(md goldmark.Markdown, name, rel, dir string, b []byte) (Document, error) {
	s, conv, err := decode(b)
	if err != nil {
		return Document{}, err
	}
	var warnings []error
	warn := func(err error) { warnings = append(warnings, toProblem(name, err)) }
	if w := conv.warning(); w != nil {
		warn(w)
	}
	s, bidi := stripBidi(s)
	if bidi > 0 {
		warn(atLine(bidi, fmt.Errorf("%w: bidirectional control characters removed", ErrWarning)))
	}
	// Control characters that are not binary (decode refuses those) but
	// have no place in text either: C1 controls, vertical tab, form feed,
	// direction marks.
	if i := indexStrippedControl(s); i >= 0 {
		line := strings.Count(s[:i], "\n") + 1
		s, _ = stripControls(s)
		warn(atLine(line, fmt.Errorf("%w: control characters removed", ErrWarning)))
	}
	if isHTML(name) {
		return r.readHTML(name, rel, s, warnings) // html.go
	}
	format, fm, body, bodyLine, err := splitFrontMatter(s)
	if err != nil {
		return Document{}, err
	}
	var m meta
	if format != "" {
		if m, err = parseFrontMatter(format, fm, 2); err != nil {
			return Document{}, err
		}
	}
	plain := isPlain(name)
	if plain && m.date.value == "" {
		if m, err = r.fromSources(m, name, dir); err != nil {
			return Document{}, err
		}
	}
	inferred, err := r.inferDate(&m, body, warn) // infer.go
	if err != nil {
		return Document{}, err
	}
	if m.date.value == "" {
		if m.has {
			return Document{}, fmt.Errorf("%w: front matter has no date or published", ErrNoDate)
		}
		return Document{}, fmt.Errorf("%w: no front matter", ErrNoDate)
	}
	loc := r.opt.loc()
	t, err := parseDate(m.date.value, loc)
	if err != nil {
		return Document{}, m.date.at(err)
	}
	day := publishedDay(t, loc)
	var filed time.Time
	if strings.Contains(m.date.value, ":") {
		filed = writerTime(t, loc) // a time of day, not only a date
	}
	if !r.opt.Now.IsZero() {
		if today := timeline.DayOfTime(r.opt.Now.In(loc)); today.Before(day) {
			return Document{}, m.date.at(fmt.Errorf("%w: %s is after today, %s", ErrFuture, day, today))
		}
	}
	// Escapes in YAML ("\e", "\u202e") and TOML give control characters
	// no file byte shows. (A url with one is dropped below, not mended.)
	for _, f := range []*field{&m.title, &m.outlet} {
		if v, ok := stripControls(f.value); ok {
			f.value = v
			warn(f.at(fmt.Errorf("%w: control characters removed", ErrWarning)))
		}
	}
	url := strings.TrimSpace(m.url.value)
	if url != "" && !safeURL(url) {
		warn(m.url.at(fmt.Errorf("%w: url %q dropped: only valid http, https and relative links are kept", ErrWarning, url)))
		url = ""
	}
	var text string
	var marks []mark
	if plain {
		text, marks = plainText(body, bodyLine)
	} else {
		var notes mdNotes
		var ok bool
		if text, marks, notes, ok = simpleMarkdownText(body, bodyLine); !ok {
			text, marks, notes = markdownText(md, body, bodyLine)
		}
		// A timeline's day heading labels the paragraph below it
		// (dayhead.go).
		text, marks = labelDayHeads(text, marks, day)
		// A roundup's run-in weekday labels its paragraph (runin.go).
		text, marks = labelRunInDays(text, marks, day)
		if notes.control > 0 {
			warn(atLine(notes.control, fmt.Errorf("%w: control characters removed (written as character references)", ErrWarning)))
		}
		if notes.tamed > 0 {
			warn(atLine(notes.tamed, fmt.Errorf("%w: Markdown nested too deep or with too many links in one paragraph: read as plain text from here", ErrWarning)))
		}
		if notes.fence > 0 {
			warn(atLine(notes.fence, fmt.Errorf("%w: code fence never closed: the text after it is read as text", ErrWarning)))
		}
	}
	if text == "" {
		return Document{}, fmt.Errorf("%w: no text after the front matter", ErrEmpty)
	}
	return Document{
		Article: timeline.Article{
			Path:      rel,
			Title:     oneLine(m.title.value),
			URL:       url,
			Outlet:    oneLine(m.outlet.value),
			Published: day,
			Inferred:  inferred,
		},
		Text:     text,
		Filed:    filed,
		Name:     name,
		Warnings: warnings,
		marks:    marks,
	}, nil
}

// oneLine folds white space (newlines of a YAML block scalar included) into
// single spaces, and trims invisible format characters (zero-width spaces
// and joiners) from the ends.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSpace(strings.TrimFunc(s, func(r rune) bool { return unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) }))
}

// at places err at the field's line. A field from a sources.yaml carries the
// sources.yaml's name in its error already.
func (f field) at(err error) error {
	if f.file != "" {
		return &elsewhereError{file: f.file, line: f.line, err: err}
	}
	return atLine(f.line, err)
}

// newReader returns a reader with its goldmark instance.
func newReader(opt Options) *reader {
	return &reader{
		opt:     opt,
		md:      newMarkdown(),
		open:    openFile,
		sources: map[string]*sources{},
		visited: map[string]string{},
	}
}

// reader holds the state of one Read.
type reader struct {
	opt      Options
	md       goldmark.Markdown
	open     func(string) (io.ReadCloser, error) // os.Open; tests swap it
	files    []pending                           // the article files found, to be read
	problems []error
	root     string              // the real path of the folder being walked
	walked   []root              // the folders given, walked so far
	sources  map[string]*sources // folder -> its sources.yaml (nil entry: none)
	mu       sync.Mutex          // guards sources and problems while articles are read
	visited  map[string]string   // real folder path -> name it was read as
}

// report records a problem with file.
func (r *reader) report(file string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reportLocked(file, err)
}

// reportLocked is report with r.mu held.
func (r *reader) reportLocked(file string, err error) {
	r.problems = append(r.problems, toProblem(file, err))
}

// toProblem makes the Problem for an error reading file; an error found in
// the file's sources.yaml is placed there.
func toProblem(file string, err error) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		return p
	}
	var ee *elsewhereError
	if errors.As(err, &ee) {
		return &Problem{File: ee.file, Line: ee.line, Err: fmt.Errorf("%s: %w", filepath.Base(file), ee.err)}
	}
	return problem(file, err)
}

// elsewhereError is an article's error found in another file (its
// sources.yaml), reported at that file's line.
type elsewhereError struct {
	file string
	line int
	err  error
}

func (e *elsewhereError) Error() string { return fmt.Sprintf("%s:%d: %v", e.file, e.line, e.err) }
func (e *elsewhereError) Unwrap() error { return e.err }
