package corpus

import (
	"fmt"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/dateline-news/dateline/timeline"
)

// isHTML reports whether an article name is a saved web page's.
func isHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// errNoPageDate says where a page's date was looked for.
var errNoPageDate = fmt.Errorf("%w in the page's metadata (article:published_time, JSON-LD datePublished, <time>)", ErrNoDate)

// yearOnly matches a date source that names a year and no day ("© 2024",
// "2024"): htmldate turns it into 1 January, which no page meant.
var yearOnly = regexp.MustCompile(`^\D*\d{4}\D*$`)

// readHTML reads a saved article page, s being its decoded text: the main
// text through go-trafilatura (navigation, related links, bylines, footers
// and comments left out), the publication date from the page's own
// metadata through go-htmldate in fast mode (never from the body or a
// copyright line: such a page has no date and is refused like a Markdown
// article without one), and the title, outlet (og:site_name) and
// canonical URL from its metadata.
func (r *reader) readHTML(name, rel, s string, warnings []error) (d Document, err error) {
	// The page is untrusted and the extractors are not ours: a panic in
	// them refuses this page, not the run.
	defer func() {
		if p := recover(); p != nil {
			d, err = Document{}, fmt.Errorf("%w: the page could not be read (%v)", ErrEmpty, p)
		}
	}()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return Document{}, fmt.Errorf("%w: not an HTML page: %v", ErrEmpty, err)
	}
	loc := r.opt.loc()
	dopt := htmldate.Options{
		UseOriginalDate:     true, // published, not modified
		ExtractTime:         true, // the zone decides the newsroom's day
		SkipExtensiveSearch: true, // metadata only: never "© 2024" or the body
		DeferUrlExtractor:   true, // the page's metadata before its URL
		// No upper bound of htmldate's own (it would read the clock):
		// a date after Options.Now is refused below, with its reason.
		MaxDate: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
	}
	found, err := htmldate.FromDocument(doc, dopt)
	dated := err == nil && !found.IsZero() && !yearOnly.MatchString(found.SrcString) &&
		!strings.Contains(found.SrcString, "©") && !strings.Contains(strings.ToLower(found.SrcString), "copyright")
	if !dated && !r.opt.InferPublished {
		return Document{}, errNoPageDate
	}
	var day timeline.Date
	if dated {
		day = timeline.DayOfTime(found.DateTime) // a date without a zone is the day written
		if found.HasTimezone {
			day = publishedDay(found.DateTime, loc)
		}
	} else {
		found = htmldate.Result{}
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments:  true,
		ExcludeTables:    false,
		HtmlDateOverride: &found, // htmldate has run, in fast mode
	})
	if err != nil || res == nil {
		return Document{}, fmt.Errorf("%w: no article text found in the page", ErrEmpty)
	}
	warn := func(err error) { warnings = append(warnings, toProblem(name, err)) }
	title, outlet := oneLine(res.Metadata.Title), oneLine(res.Metadata.Sitename)
	for _, f := range []*string{&title, &outlet} {
		if v, ok := stripControls(*f); ok {
			*f = v
			warn(fmt.Errorf("%w: control characters removed", ErrWarning))
		}
	}
	url := strings.TrimSpace(res.Metadata.URL)
	if url != "" && !safeURL(url) {
		warn(fmt.Errorf("%w: url %q dropped: only valid http, https and relative links are kept", ErrWarning, url))
		url = ""
	}
	text, marks := pageText(res.ContentNode, s)
	if text == "" || text == title+"\n" {
		return Document{}, fmt.Errorf("%w: no article text found in the page", ErrEmpty)
	}
	var inferred string
	if !dated { // and r.opt.InferPublished
		d, ev, err := inferPublished(text)
		if err != nil {
			return Document{}, fmt.Errorf("%w, and none inferred: %v", errNoPageDate, err)
		}
		day, inferred = d, ev
		warn(fmt.Errorf("%w: publication date %s inferred from %s", ErrWarning, d, ev))
	}
	if !r.opt.Now.IsZero() {
		if today := timeline.DayOfTime(r.opt.Now.In(loc)); today.Before(day) {
			return Document{}, fmt.Errorf("%w: %s is after today, %s", ErrFuture, day, today)
		}
	}
	return Document{
		Article: timeline.Article{
			Path:      rel,
			Title:     title,
			URL:       url,
			Outlet:    outlet,
			Published: day,
			Inferred:  inferred,
		},
		Text:     text,
		Name:     name,
		Warnings: warnings,
		marks:    marks,
	}, nil
}

// pageText writes the blocks of trafilatura's content tree (paragraphs,
// headings, list items, quotations, table rows) one per line, each ending
// in "\n", and marks each line with the line of the page where its first
// words stand (or the line before's, when markup splits them).
func pageText(content *html.Node, page string) (string, []mark) {
	var lines []string
	var cur strings.Builder
	flush := func() {
		l, _ := stripControls(strings.Join(strings.Fields(cur.String()), " "))
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "img", "figure", "svg":
				return
			case "br", "hr":
				flush()
				return
			case "td", "th":
				cur.WriteByte(' ') // cells of a row, one line
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	if content != nil {
		walk(content)
	}
	flush()

	var sb strings.Builder
	var marks []mark
	pos, line := 0, 1
	for _, l := range lines {
		probe := l
		if len(probe) > 24 {
			n := 24
			for n > 0 && !utf8.RuneStart(probe[n]) {
				n--
			}
			probe = probe[:n]
		}
		if i := strings.Index(page[pos:], probe); i >= 0 {
			line += strings.Count(page[pos:pos+i], "\n")
			pos += i
		}
		marks = append(marks, mark{off: sb.Len(), line: line})
		sb.WriteString(l)
		sb.WriteByte('\n')
	}
	return sb.String(), marks
}

// blockElements are the elements whose text is a line of its own.
var blockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true, "pre": true,
	"table": true, "tr": true, "section": true, "article": true, "main": true, "header": true, "footer": true,
	"aside": true, "figcaption": true, "caption": true, "body": true, "head": true, "html": true, "address": true,
}
