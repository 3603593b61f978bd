package hugo

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/timeline"
)

// theme holds the layouts and the stylesheet of the complete site. They are
// ours and trusted: they print every value from the timeline through Hugo's
// html/template escaping.
//
//go:embed all:layouts static
var theme embed.FS

// Section is the Hugo section the events are written to: content/timeline/.
const Section = "timeline"

// Options configure the Hugo output. The zero value is ready to use.
type Options struct {
	// Title names the site and the timeline section; "" means "Timeline".
	Title string
	// BaseURL is the absolute http or https URL the site will be served
	// from, such as "https://news.example/harbour/". "" writes "/", so that
	// Hugo makes root-relative links and the site works on any host.
	BaseURL string
}

func (o Options) title() string {
	if t := strings.TrimSpace(o.Title); t != "" {
		return t
	}
	return "Timeline"
}

// baseURL returns the base URL to write into the config, with a final
// slash, or an error for anything but an absolute http(s) URL.
func (o Options) baseURL() (string, error) {
	if o.BaseURL == "" {
		return "/", nil
	}
	u := safeURL(o.BaseURL)
	if u == "" {
		return "", fmt.Errorf("base URL %q: not an absolute http or https URL", o.BaseURL)
	}
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u, nil
}

// Site returns a complete Hugo site for t: hugo.toml, the embedded layouts
// and stylesheet, a home page and everything Content returns. A stock `hugo`
// run in the folder the files are written to builds the timeline into
// public/. The files are sorted by path, and the same t and opt always give
// the same bytes. It is SiteTo collecting the files.
func Site(t *timeline.Timeline, opt Options) ([]output.File, error) {
	var files []output.File
	if err := SiteTo(t, opt, collect(&files)); err != nil {
		return nil, err
	}
	return files, nil
}

// collect returns an emit that appends each file, with its bytes, to files.
func collect(files *[]output.File) func(output.File) error {
	return func(f output.File) error {
		data, err := f.Bytes()
		if err != nil {
			return err
		}
		*files = append(*files, output.File{Path: f.Path, Data: data})
		return nil
	}
}

// SiteTo hands the files of Site to emit one at a time, in the same order
// (sorted by path), so that the site need never be whole in memory: the
// event pages and data/timeline.json come with File.Stream, which emit
// must call, if at all, before it returns (a file not wanted is not
// made). A bad event (an invalid date) is refused before the first file
// is handed over, with Content's error; an error of emit is returned as
// it is.
func SiteTo(t *timeline.Timeline, opt Options, emit func(output.File) error) error {
	cfg, err := config(opt)
	if err != nil {
		return err
	}
	ct, err := newContent(t, opt)
	if err != nil {
		return err
	}
	home, err := sectionPage(opt.title())
	if err != nil {
		return err
	}
	files := append(ct.files,
		lazyFile{path: "hugo.toml", data: cfg, event: -1},
		lazyFile{path: "content/_index.md", data: home, event: -1},
	)
	err = fs.WalkDir(theme, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := theme.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, lazyFile{path: p, data: b, event: -1})
		return nil
	})
	if err != nil {
		return fmt.Errorf("hugo site: read embedded layouts: %w", err)
	}
	slices.SortFunc(files, func(a, b lazyFile) int { return cmp.Compare(a.path, b.path) })
	return ct.emit(files, emit)
}

// config returns hugo.toml. Hugo reads hugo.toml since 0.110 and prefers it
// to config.toml in current releases. Only keys that 0.111 and current
// releases both accept without a deprecation notice are written: no
// languageCode (replaced by locale), no rssLimit (moved under services).
// Strings are quoted by encoding/json, whose escapes are all valid in TOML
// basic strings.
func config(opt Options) ([]byte, error) {
	base, err := opt.baseURL()
	if err != nil {
		return nil, fmt.Errorf("hugo config: %w", err)
	}
	q := func(s string) string {
		b, _ := json.Marshal(s) // a string always marshals
		return string(b)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Written by dateline. The layouts are in layouts/, the events in content/%s/.\n", Section)
	fmt.Fprintf(&b, "baseURL = %s\n", q(base))
	fmt.Fprintf(&b, "title = %s\n", q(opt.title()))
	b.WriteString("defaultContentLanguage = \"en\"\n")
	home := `["html", "rss"]`
	if base == "/" {
		// A sitemap and a feed need absolute URLs, which Hugo can only
		// make from an absolute base URL.
		b.WriteString("disableKinds = [\"sitemap\"]\n")
		home = `["html"]`
	}
	fmt.Fprintf(&b, `
[taxonomies]
actor = "actors"
place = "places"

# Only the home page gets a feed; section and term pages are HTML alone.
[outputs]
home = %s
section = ["html"]
`, home)
	b.WriteString(`taxonomy = ["html"]
term = ["html"]

# Hugo's default, stated: raw HTML in Markdown is dropped, never passed on.
[markup.goldmark.renderer]
unsafe = false
`)
	return b.Bytes(), nil
}

// frontMatter is one page's front matter. Hugo reads JSON front matter when
// a content file starts with "{". Hugo's own keys are at the top; ours are
// under params. Hugo 0.123 and later merge params into .Params, older
// releases keep it as .Params.params; the layouts read either.
type frontMatter struct {
	Title string `json:"title"`
	// Date is a day the articles gave (pageDate): the event's own day, or
	// for an event known only to its month, week, quarter or year, the day
	// it was reported. Never the first day of the event's period, which
	// themes and feeds would show as the event's day.
	Date string `json:"date,omitempty"`
	// Weight keeps timeline order (coarse before fine on the same first
	// day) where Hugo would otherwise sort by date and title.
	Weight int `json:"weight,omitempty"`
	// Actors and Places are taxonomy terms. Hugo 0.111 reads them only at
	// the top; current releases also read params, so both hold the same
	// names, made safe as terms.
	Actors []string `json:"actors,omitempty"`
	Places []string `json:"places,omitempty"`
	Params *params  `json:"params,omitempty"`
}

// params is what dateline knows about an event, under params.
type params struct {
	ID string `json:"id"`
	// Timex is the TIMEX3 value of the date: "2023-09" is September 2023.
	Timex       string `json:"timex"`
	Granularity string `json:"granularity"`
	End         string `json:"end,omitempty"`
	// When is the date as shown: "September 2023", never the made-up day.
	When string `json:"when"`
	// Year is the year the event starts in, for the year headings of the
	// lists: "2024" for the week of 30 December 2024, week 1 of ISO 2025.
	Year string `json:"year"`
	// Datetime is for <time datetime>; it is empty for a quarter, which
	// HTML has no syntax for.
	Datetime string   `json:"datetime,omitempty"`
	Key      bool     `json:"key"`
	Summary  string   `json:"summary,omitempty"`
	Actors   []string `json:"actors,omitempty"`
	Places   []string `json:"places,omitempty"`
	Sources  []source `json:"sources"`
}

// source is one source of an event, under params.sources.
type source struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	// PublishedLabel is Published in words: "18 June 2024".
	PublishedLabel string `json:"published_label,omitempty"`
	Sentence       string `json:"sentence"`
	Expression     string `json:"expression"`
	Value          string `json:"value"`
	// Basis is how the date was known, in words: "Date from “last
	// week”", or "Dated by the article's date of publication".
	Basis string `json:"basis,omitempty"`
	// untitled: Title is "Article of <its publication date>".
	untitled bool
}

// Content returns the content/ and data/ files for t, to drop into an
// existing Hugo site: the section content/timeline/_index.md, one page per
// event at content/timeline/<id>.md, and data/timeline.json with the whole
// timeline. t is not modified; its events are written in timeline order.
// Opt.BaseURL is not used. It is ContentTo collecting the files.
//
// output.Write replaces the folder it writes, so never Write these files
// to the site's own folder: write them to a folder of their own and mount
// its content/ and data/ in the site's config (see the package
// documentation), or replace only content/timeline/ and data/timeline.json.
func Content(t *timeline.Timeline, opt Options) ([]output.File, error) {
	var files []output.File
	if err := ContentTo(t, opt, collect(&files)); err != nil {
		return nil, err
	}
	return files, nil
}

// ContentTo hands the files of Content to emit one at a time, in the same
// order, as SiteTo does.
func ContentTo(t *timeline.Timeline, opt Options, emit func(output.File) error) error {
	ct, err := newContent(t, opt)
	if err != nil {
		return err
	}
	return ct.emit(ct.files, emit)
}

// lazyFile is a file of the Hugo output before it is made: its bytes, or
// the event whose page it is (event >= 0), or data/timeline.json.
type lazyFile struct {
	path  string
	data  []byte
	event int // index in content.tl.Events, or -1
	json  bool
}

// content is what Content makes, checked, and not yet made.
type content struct {
	tl    timeline.Timeline
	files []lazyFile
}

// newContent checks every event (its page's path and dates) in timeline
// order, so that an error names the first bad event as Content always
// has, and lists the files without making them.
func newContent(t *timeline.Timeline, opt Options) (*content, error) {
	if t == nil {
		return nil, errors.New("hugo content: nil timeline")
	}
	ct := &content{tl: clean(t)}
	tl := &ct.tl
	ct.files = make([]lazyFile, 0, len(tl.Events)+2)
	idx, err := sectionPage(opt.title())
	if err != nil {
		return nil, err
	}
	ct.files = append(ct.files, lazyFile{path: "content/" + Section + "/_index.md", data: idx, event: -1})
	names := make(map[string]bool, len(tl.Events))
	for i, e := range tl.Events {
		name := uniqueName(slug(e.ID), names)
		p := "content/" + Section + "/" + name + ".md"
		if err := output.CheckPath(p); err != nil {
			return nil, fmt.Errorf("hugo content: event %q: %w", e.ID, err)
		}
		if err := checkDates(e); err != nil {
			return nil, fmt.Errorf("hugo content: event %q: %w", e.ID, err)
		}
		ct.files = append(ct.files, lazyFile{path: p, event: i})
	}
	ct.files = append(ct.files, lazyFile{path: "data/timeline.json", event: -1, json: true})
	return ct, nil
}

// emit makes the files in turn and hands each to emit.
func (ct *content) emit(files []lazyFile, emit func(output.File) error) error {
	for _, f := range files {
		out := output.File{Path: f.path, Data: f.data}
		switch {
		case f.json:
			out.Stream = func(w io.Writer) error { return writeTimeline(w, &ct.tl) }
		case f.data == nil && f.event >= 0:
			// Made when asked for: a commit that finds the page
			// unchanged on disk does not make it again.
			out.Stream = func(w io.Writer) error {
				b, err := eventPage(&ct.tl, cleanSources(ct.tl.Events[f.event]), f.event+1)
				if err != nil {
					return fmt.Errorf("hugo content: event %q: %w", ct.tl.Events[f.event].ID, err)
				}
				_, err = w.Write(b)
				return err
			}
		}
		if err := emit(out); err != nil {
			return err
		}
	}
	return nil
}

// writeTimeline writes data/timeline.json, as json.Marshal of tl and a
// newline would, byte for byte, an event and an article at a time.
func writeTimeline(w io.Writer, tl *timeline.Timeline) error {
	if _, err := io.WriteString(w, `{"events":`); err != nil {
		return err
	}
	if err := writeCompact(w, tl.Events, cleanSources); err != nil {
		return err
	}
	if _, err := io.WriteString(w, `,"articles":`); err != nil {
		return err
	}
	if err := writeCompact(w, tl.Articles, nil); err != nil {
		return err
	}
	_, err := io.WriteString(w, "}\n")
	return err
}

// writeCompact writes list as json.Marshal would (null when nil), each
// element as prep, if not nil, makes it.
func writeCompact[T any](w io.Writer, list []T, prep func(T) T) error {
	if list == nil {
		_, err := io.WriteString(w, "null")
		return err
	}
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	for i := range list {
		v := &list[i]
		if prep != nil {
			x := prep(*v)
			v = &x
		}
		data, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("hugo content: data/timeline.json: %w", err)
		}
		if i > 0 {
			if _, err := io.WriteString(w, ","); err != nil {
				return err
			}
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]")
	return err
}

// clean returns a sorted copy of t in which every article URL that is not
// an absolute http or https URL is emptied. The events' sources are still
// t's: cleanSources gives an event's own cleaned copy when its page or its
// JSON is made, so that the sources are not copied all at once.
func clean(t *timeline.Timeline) timeline.Timeline {
	tl := timeline.Timeline{
		Events:   slices.Clone(t.Events),
		Articles: slices.Clone(t.Articles),
	}
	for i := range tl.Articles {
		tl.Articles[i].URL = safeURL(tl.Articles[i].URL)
	}
	tl.Sort()
	return tl
}

// cleanSources returns e with a copy of its sources in which every URL
// that is not an absolute http or https URL is emptied.
func cleanSources(e timeline.Event) timeline.Event {
	if e.Sources == nil {
		return e
	}
	e.Sources = slices.Clone(e.Sources)
	for j := range e.Sources {
		e.Sources[j].URL = safeURL(e.Sources[j].URL)
	}
	return e
}

// sectionPage returns a list page with only a title.
func sectionPage(title string) ([]byte, error) {
	b, err := json.MarshalIndent(frontMatter{Title: title}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("hugo content: section page: %w", err)
	}
	return append(b, '\n'), nil
}

// checkDates refuses an event whose page cannot be made.
func checkDates(e timeline.Event) error {
	if !e.Date.IsValid() {
		return fmt.Errorf("invalid date %+v", e.Date)
	}
	if !e.End.IsZero() && !e.End.IsValid() {
		return fmt.Errorf("invalid end date %+v", e.End)
	}
	return nil
}

// eventPage returns the content file of e, the weight-th event of tl.
func eventPage(tl *timeline.Timeline, e timeline.Event, weight int) ([]byte, error) {
	if err := checkDates(e); err != nil {
		return nil, err
	}
	p := &params{
		ID:          e.ID,
		Timex:       e.Date.String(),
		Granularity: e.Date.Gran.String(),
		When:        policy.SpanLabel(e.Date, e.End),
		Year:        strconv.Itoa(e.Date.First().Year()),
		Datetime:    datetime(e.Date),
		Key:         e.Key,
		Summary:     e.Summary,
		Actors:      terms(e.Actors),
		Places:      terms(e.Places),
		Sources:     make([]source, 0, len(e.Sources)),
	}
	if !e.End.IsZero() {
		p.End = e.End.String()
	}
	var reported timeline.Date // the newest publication day of a source
	for _, s := range e.Sources {
		a, _ := tl.Article(s.Article)
		n := policy.NameSource(s, a)
		src := source{
			Article:   s.Article,
			Title:     n.Headline,
			URL:       n.URL,
			Outlet:    n.Outlet,
			Published: n.Published.String(),
			PublishedLabel: func() string {
				if n.Published.IsZero() {
					return ""
				}
				return policy.DateLabel(n.Published)
			}(),
			Sentence:   s.Sentence,
			Expression: s.Expression,
			Value:      s.Value,
			Basis:      policy.DateBasis(s),
			untitled:   n.Untitled,
		}
		if n.Published.Gran == timeline.Day && (reported.IsZero() || reported.Before(n.Published)) {
			reported = n.Published
		}
		p.Sources = append(p.Sources, src)
	}
	title := strings.Join(strings.Fields(e.Title), " ")
	if title == "" {
		title = cmp.Or(strings.Join(strings.Fields(e.Summary), " "), "Event "+slug(e.ID))
	}
	fm := frontMatter{
		Title:  title,
		Date:   pageDate(e, reported),
		Weight: weight,
		Actors: p.Actors,
		Places: p.Places,
		Params: p,
	}
	b, err := json.MarshalIndent(fm, "", "  ")
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(len(b) * 2)
	buf.Write(b)
	buf.WriteString("\n\n")
	body(&buf, p)
	return buf.Bytes(), nil
}

// pageDate is the page's Hugo date: a day event's own day; for any coarser
// event the newest publication day of its sources (when it was reported,
// a day the articles did give), so that a theme that shows .Date, a feed's
// pubDate and a "recent" list show nothing made up; "" (no date) when no
// source has a publication day. Timeline order is kept by the weight.
func pageDate(e timeline.Event, reported timeline.Date) string {
	if e.Date.Gran == timeline.Day {
		return e.Date.String()
	}
	if reported.IsZero() {
		return ""
	}
	return reported.String()
}

// termReplacer swaps the characters that Hugo keeps in a term's path but
// that change what the path means for look-alikes Hugo leaves out of it: a
// slash or backslash would nest the term page or climb out of its taxonomy
// ("../../x" was written to public/x/), "#" would start a fragment and "%"
// an escape.
var termReplacer = strings.NewReplacer("/", "\u2215", "\\", "\u2216", "#", "\uff03", "%", "\uff05")

// terms returns the taxonomy terms for names: white space collapsed,
// characters that would bend the term's path swapped (termReplacer), names
// with no letter or digit dropped (Hugo would give them an empty or
// dots-only path), sorted and without duplicates, so a page's terms do not
// depend on the order its sources named them in. data/timeline.json keeps
// the names as they were.
func terms(names []string) []string {
	var out []string
	for _, n := range names {
		n = termReplacer.Replace(strings.Join(strings.Fields(n), " "))
		if strings.ContainsFunc(n, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// body writes the Markdown body of an event page, for themes that show only
// .Content: the date, the summary and the sources. Every piece of text from
// an article goes through mdText and every URL through mdURL.
func body(b *bytes.Buffer, p *params) {
	b.WriteString("**")
	b.WriteString(mdText(p.When))
	b.WriteString("**")
	if p.Key {
		b.WriteString(" · key event")
	}
	b.WriteString("\n")
	if s := mdText(p.Summary); s != "" {
		b.WriteString("\n")
		b.WriteString(s)
		b.WriteString("\n")
	}
	if len(p.Sources) == 0 {
		return
	}
	b.WriteString("\nSources:\n\n")
	for _, s := range p.Sources {
		b.WriteString("- ")
		if o := mdText(s.Outlet); o != "" {
			b.WriteString(o)
			b.WriteString(": ")
		}
		name := mdText(s.Title)
		if u := mdURL(s.URL); u != "" {
			fmt.Fprintf(b, "[%s](%s)", name, u)
		} else {
			b.WriteString(name)
		}
		if s.PublishedLabel != "" && !s.untitled {
			b.WriteString(", ")
			b.WriteString(mdText(s.PublishedLabel))
		}
		if t := mdText(s.Sentence); t != "" {
			b.WriteString(": “")
			b.WriteString(t)
			b.WriteString("”")
		}
		if x := mdText(s.Basis); x != "" {
			b.WriteString(" (")
			b.WriteString(x)
			b.WriteString(")")
		}
		b.WriteString("\n")
	}
}

// mdText returns s as inert Markdown text on one line
// (policy.MarkdownTextStrict): every ASCII punctuation character is
// backslash-escaped, so that Hugo's goldmark, with linkify and typographer
// on, makes no link, no markup and no shortcode of it.
func mdText(s string) string { return policy.MarkdownTextStrict(s) }

// mdURL returns u as a Markdown link destination, or "" if u is not an
// absolute http or https URL (policy.WebURL, policy.MarkdownURL).
func mdURL(u string) string {
	if u = safeURL(u); u == "" {
		return ""
	}
	return policy.MarkdownURL(u)
}

// safeURL returns s if it is an absolute http or https URL with a host, in
// the form url.URL.String gives it, and "" otherwise (policy.WebURL, the
// test every format of dateline uses).
func safeURL(s string) string { return policy.WebURL(s) }

// maxSlug bounds a file name well under the 255 bytes most file systems
// allow, leaving room for a numeric suffix and ".md".
const maxSlug = 100

// slug returns id as a file name: lower-case ASCII letters and digits, with
// one "-" for each run of anything else, and never empty. Event IDs should
// already have this form; this keeps a hostile or broken one inside the
// section folder.
func slug(id string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(id) && b.Len() < maxSlug; i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteByte(c)
			dash = false
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if s == "" {
		return "event"
	}
	return s
}

// uniqueName returns name, or name with the first free suffix "-2", "-3",
// ..., and records it in used. "index" is never returned: content/timeline/
// index.md would turn the section into a leaf bundle.
func uniqueName(name string, used map[string]bool) string {
	n := name
	for i := 2; used[n] || n == "index"; i++ {
		n = name + "-" + strconv.Itoa(i)
	}
	used[n] = true
	return n
}

// label returns d as a reader sees it, at its granularity, in the words
// every format uses (policy.DateLabel): "2023", "Q3 2023", "September
// 2023", "week of 18 September 2023", "13 September 2023".
func label(d timeline.Date) string { return policy.DateLabel(d) }

// datetime returns d for an HTML <time datetime> attribute
// (policy.HTMLDatetime): a quarter gives its year.
func datetime(d timeline.Date) string { return policy.HTMLDatetime(d) }

// Warnings returns what a build of the Hugo site with these options should
// tell its user, one line each, for the CLI to print: without a BaseURL
// the site has no feed and no sitemap, which need absolute URLs.
func Warnings(opt Options) []string {
	if strings.TrimSpace(opt.BaseURL) == "" {
		return []string{"no base URL (--base-url): the Hugo site is built without its RSS feed and sitemap, which need absolute URLs"}
	}
	return nil
}
