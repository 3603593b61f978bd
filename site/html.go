package site

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"io"
	"slices"
	"time"

	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/timeline"
)

// page is the data of every HTML template.
type page struct {
	Site      *siteView
	Root      string // from this page to the site root: "", "../../" or BaseURL
	Embed     bool   // links open in the top window (embed.html)
	Title     string // the <title>
	Canonical string
	Count     int
	Years     []yearView
	Actors    []*actorView
	Places    []nameView
	Event     *eventView
	Actor     *actorView
	JSONLD    template.JS  // from jsonLD only
	CSS       template.CSS // the theme's style.css, scoped for the fragment (fragmentCSS)
	Items     *itemCache   // renders the "event" and "line" templates once per event and Root
	// Highlights are the events the index, the embed and the fragment lead
	// with, one line each (see highlights), in date order, and
	// HighlightsLabel their heading: "Key events", or "Most reported
	// events" when the timeline marks none as key.
	Highlights      []*eventView
	HighlightsLabel string
	// Full is the full timeline seen from this page: "timeline/" or, from
	// the embed and fragment, its absolute URL when there is a BaseURL.
	Full string
	// Home is the timeline's front page seen from this page ("./" for
	// the embed, the BaseURL for the fragment when there is one).
	Home string
	// YearNav lists the years present, each with the link to its events:
	// an anchor on the full timeline, or a page of its own when the
	// timeline is long (see yearPagesOver).
	YearNav []yearLink
	// Heading is the <h1> of a full timeline page.
	Heading string
	// Pages lists the pages a paged full timeline is split into: the
	// years on timeline/, the months on a year's page when the year is
	// split too (see yearPagesOver), each with its count of events.
	Pages []yearLink
	// MonthNav links the months of the year MonthsOf, on a month's page.
	MonthNav []yearLink
	MonthsOf string
	// Listed is how many events the page lists when that is not Count: a
	// year's page whose months have pages of their own lists only the
	// events dated to the year or a quarter.
	Listed int
	// Filter shows the filter form (the full timeline and year pages).
	Filter bool
	// ThemeClass is the colour-scheme class of the embed and fragment:
	// " dl-light", " dl-dark" or "" (follow the reader's setting).
	ThemeClass string
	// LinkStyle links style.css even when the built-in stylesheet could be
	// inline: event and actor pages, of which there is one per event or
	// actor, so that a site does not carry the stylesheet thousands of
	// times (the pages a reader lands on first keep it inline).
	LinkStyle bool
}

// Shown is how many events the page lists, for the filter's count.
func (p *page) Shown() int {
	if p.Listed > 0 {
		return p.Listed
	}
	return p.Count
}

// Style is the stylesheet to carry inline in <style>, or "" to link
// style.css (a template folder's own stylesheet, or LinkStyle).
func (p *page) Style() template.CSS {
	if p.LinkStyle {
		return ""
	}
	return p.Site.Style
}

// yearLink is one entry of the year navigation.
type yearLink struct {
	Label, Href, Anchor string
	Count               int
}

// siteView is what every page knows about the site.
type siteView struct {
	Title, Description, Lang string
	Articles                 int // how many articles the timeline cites
	CSP                      string
	LiveReload               bool         // add the live-reload script (Options.LiveReload)
	Style                    template.CSS // style.css to inline in <style>, or "" to link it
	Snippet                  string       // the iframe code readers copy
	c                        *config
}

// OEmbed is the oEmbed discovery URL seen from a page at root.
func (s *siteView) OEmbed(root string) string {
	if s.c.base != nil {
		return s.c.abs("oembed.json")
	}
	return root + "oembed.json"
}

func newSiteView(c *config, th *theme) *siteView {
	csp := CSP()
	if c.LiveReload {
		csp = ServeCSP()
	}
	return &siteView{Title: c.Title, Description: c.Description, Lang: c.Lang, Articles: len(c.t.Articles),
		CSP: csp, LiveReload: c.LiveReload, Style: th.style, Snippet: snippet(c), c: c}
}

// snippet is the iframe element that embeds the timeline; attribute values
// are escaped here because the snippet is text, shown (escaped again) on the
// page and carried in oembed.json.
func snippet(c *config) string {
	return fmt.Sprintf(`<iframe src="%s" title="%s" width="100%%" height="%d" style="border:0;width:100%%" loading="lazy"></iframe>`,
		html.EscapeString(c.abs("embed.html")), html.EscapeString(c.Title), c.EmbedHeight)
}

// HTML renders the timeline pages: index.html, events/ID/index.html for
// every event, actors/SLUG/index.html for every actor, events.jsonld with
// schema.org data for all events, and the theme's CSS and filter script.
func HTML(t *timeline.Timeline, opt Options) ([]File, error) {
	return run(t, opt, (*config).html)
}

// yearPagesOver is the number of events above which the full timeline is
// split into one page per year (timeline/2023/), and a year into one page
// per month (timeline/2023/06/), so that a timeline of thousands of events
// is not one page of many megabytes.
var yearPagesOver = 400

// paged reports whether the full timeline has a page per year.
func (c *config) paged() bool { return len(c.m().Events) > yearPagesOver }

// yearDir is the folder of year y's page when the timeline is paged.
func yearDir(y yearView) string {
	if y.Anchor == "y_undated" {
		return "timeline/undated/"
	}
	return "timeline/" + y.Label + "/"
}

// monthsOf splits year y, when the timeline is paged and y has more than
// yearPagesOver events, into its months (Label "June 2023", Anchor
// "y_2023_06", in date order) and the events dated only to the year or a
// quarter, which stay on the year's page; a week goes to its Monday's
// month, as to its Monday's year. Otherwise there are no months.
func (c *config) monthsOf(y yearView) (months []yearView, rest []*eventView) {
	return splitMonths(c.paged(), y)
}

// splitMonths is monthsOf for a timeline that is paged or not.
func splitMonths(paged bool, y yearView) (months []yearView, rest []*eventView) {
	if !paged || len(y.Events) <= yearPagesOver || y.Anchor == "y_undated" {
		return nil, y.Events
	}
	at := map[time.Month]int{}
	for _, e := range y.Events {
		if e.ev.Date.Gran < timeline.Month {
			rest = append(rest, e)
			continue
		}
		mo := e.ev.Date.First().Month()
		i, ok := at[mo]
		if !ok {
			i = len(months)
			at[mo] = i
			months = append(months, yearView{Label: mo.String() + " " + y.Label, Anchor: fmt.Sprintf("%s_%02d", y.Anchor, int(mo))})
		}
		months[i].Events = append(months[i].Events, e)
	}
	slices.SortStableFunc(months, func(a, b yearView) int { return cmp.Compare(a.Anchor, b.Anchor) })
	return months, rest
}

// monthDir is the folder of month m's page: "timeline/2023/06/".
func monthDir(y, m yearView) string { return yearDir(y) + m.Anchor[len(y.Anchor)+1:] + "/" }

// setAnchors gives every event the site path of its entry on the full
// timeline: "timeline/#ID", or "timeline/2023/#ID" when paged, or
// "timeline/2023/06/#ID" when its year is split by month.
func setAnchors(m *model) {
	paged := len(m.Events) > yearPagesOver
	for _, y := range m.Years {
		dir := "timeline/"
		if paged {
			dir = yearDir(y)
		}
		months, rest := splitMonths(paged, y)
		for _, e := range rest {
			e.Anchor = dir + "#" + e.ID
		}
		for _, mo := range months {
			for _, e := range mo.Events {
				e.Anchor = monthDir(y, mo) + "#" + e.ID
			}
		}
	}
}

// yearNav is the year navigation seen from a page at root: anchors on the
// one full timeline page, or links to the year pages.
func (c *config) yearNav(root string, years []yearView, paged bool) []yearLink {
	out := make([]yearLink, len(years))
	for i, y := range years {
		out[i] = yearLink{Label: y.Label, Anchor: y.Anchor, Count: len(y.Events), Href: "#" + y.Anchor}
		if paged {
			out[i].Href = root + yearDir(y)
		}
	}
	return out
}

// monthNav links the month pages of year y from a page at root.
func monthNav(root string, y yearView, months []yearView) []yearLink {
	out := make([]yearLink, len(months))
	for i, m := range months {
		out[i] = yearLink{Label: m.Label, Count: len(m.Events), Href: root + monthDir(y, m)}
	}
	return out
}

// highlights returns the events to lead with, in date order, and their
// heading: the key events, the most salient first when there are more
// than n (n <= 0: all key events); without key events, the n most salient
// (then most reported) events (n <= 0: 5). A negative n for the embed
// (Options.Top) means every event.
func (c *config) highlights(n int) ([]*eventView, string) {
	m := c.m()
	var pick []*eventView
	for _, e := range m.Events {
		if e.Key {
			pick = append(pick, e)
		}
	}
	label := "Key events"
	if len(pick) == 0 {
		pick = slices.Clone(m.Events)
		label = "Most reported events"
		if n == 0 {
			n = 5
		}
	}
	if n > 0 && len(pick) > n {
		order := slices.Clone(pick)
		slices.SortStableFunc(order, func(a, b *eventView) int {
			if c := cmp.Compare(b.ev.Salience, a.ev.Salience); c != 0 {
				return c
			}
			return cmp.Compare(b.NSources, a.NSources)
		})
		keep := map[*eventView]bool{}
		for _, e := range order[:n] {
			keep[e] = true
		}
		pick = slices.DeleteFunc(pick, func(e *eventView) bool { return !keep[e] })
	}
	return pick, label
}

// indexHighlights caps the key events on the front page, and
// embedHighlights those of the embed and fragment when Options.Top is 0.
const (
	indexHighlights = 12
	embedHighlights = 12
)

// html renders the HTML pages and events.jsonld, which RenderConcurrently
// renders at once.
func (c *config) html(emit func(File) error) error {
	if err := c.htmlPages(emit); err != nil {
		return err
	}
	return c.eventsLD(emit)
}

// eventsLD renders events.jsonld.
func (c *config) eventsLD(emit func(File) error) error {
	return emit(File{Path: "events.jsonld", Stream: func(w io.Writer) error { return eventsLD(w, c, c.m().Events) }})
}

func (c *config) htmlPages(emit func(File) error) error {
	th, err := c.theme()
	if err != nil {
		return err
	}
	m := c.m()
	sv := newSiteView(c, th)
	items := newItems(th)
	jobs := make([]job, 0, 2+len(m.Events)+len(m.Actors)+len(m.Years))
	hl, label := c.highlights(indexHighlights)
	index := &page{Site: sv, Items: items, Title: c.Title, Canonical: c.canonical(""), Count: len(m.Events),
		Highlights: hl, HighlightsLabel: label, Full: "timeline/", Home: "./"}
	jobs = append(jobs, job{name: "index.html", file: "index.html", p: index})
	paged := c.paged()
	full := &page{Site: sv, Items: items, Root: "../", Title: "Full timeline – " + c.Title, Canonical: c.canonical("timeline/"),
		Count: len(m.Events), YearNav: c.yearNav("../", m.Years, paged), Full: "./", Home: "../", Heading: "Full timeline"}
	if paged {
		full.Pages = full.YearNav
	} else {
		full.Years, full.Actors, full.Places, full.Filter = m.Years, m.Actors, m.Places, true
	}
	jobs = append(jobs, job{name: "timeline.html", file: "timeline/index.html", p: full})
	if paged {
		for _, y := range m.Years {
			dir := yearDir(y)
			months, rest := c.monthsOf(y)
			jobs = append(jobs, job{name: "timeline.html", file: dir + "index.html", make: func() (*page, error) {
				p := &page{Site: sv, Items: items, Root: "../../", Title: y.Label + " – " + c.Title, Canonical: c.canonical(dir),
					Count: len(y.Events), YearNav: c.yearNav("../../", m.Years, true), Full: "../", Home: "../../",
					Heading: y.Label, Pages: monthNav("../../", y, months)}
				if len(rest) > 0 {
					// The events dated only to the year (or a quarter)
					// when the months have pages of their own.
					p.Years, p.Filter, p.Listed = []yearView{{Label: y.Label, Anchor: y.Anchor, Events: rest}}, true, len(rest)
					p.Actors, p.Places = actorsIn(rest, m.Actors), placesIn(rest, m.Places)
				}
				return p, nil
			}})
			for _, mo := range months {
				mdir := monthDir(y, mo)
				jobs = append(jobs, job{name: "timeline.html", file: mdir + "index.html", make: func() (*page, error) {
					return &page{Site: sv, Items: items, Root: "../../../", Title: mo.Label + " – " + c.Title, Canonical: c.canonical(mdir),
						Count: len(mo.Events), Years: []yearView{mo}, YearNav: c.yearNav("../../../", m.Years, true),
						MonthNav: monthNav("../../../", y, months), MonthsOf: y.Label, Filter: true,
						Actors: actorsIn(mo.Events, m.Actors), Places: placesIn(mo.Events, m.Places), Full: "../../", Home: "../../../",
						Heading: mo.Label}, nil
				}})
			}
		}
	}
	for _, e := range m.Events {
		dir := "events/" + e.ID + "/"
		jobs = append(jobs, job{name: "event.html", file: dir + "index.html", make: func() (*page, error) {
			ld, err := jsonLD(c, eventLD(c, e))
			if err != nil {
				return nil, err
			}
			return &page{Site: sv, Items: items, Root: "../../", Title: e.Title + " – " + c.Title, Canonical: c.canonical(dir),
				Event: e, JSONLD: ld, Full: "../../timeline/", Home: "../../", LinkStyle: true}, nil
		}})
	}
	for _, a := range m.Actors {
		dir := "actors/" + a.Slug + "/"
		jobs = append(jobs, job{name: "actor.html", file: dir + "index.html", make: func() (*page, error) {
			return &page{Site: sv, Items: items, Root: "../../", Title: a.Name + " – " + c.Title, Canonical: c.canonical(dir),
				Count: len(a.Events), Years: years(a.Events), Actor: a, Full: "../../timeline/", Home: "../../", LinkStyle: true}, nil
		}})
	}
	if err := th.execute(jobs, emit); err != nil {
		return err
	}
	for _, name := range []string{"favicon.svg", "style.css", "timeline.js"} {
		if err := emit(File{Path: name, Data: th.files[name]}); err != nil {
			return err
		}
	}
	if c.LiveReload {
		return emit(File{Path: liveReloadScript, Data: []byte(liveReloadJS)})
	}
	return nil
}

// actorsIn and placesIn keep the names that the events mention, for the
// filter of one year's page.
func actorsIn(events []*eventView, all []*actorView) []*actorView {
	seen := map[string]bool{}
	for _, e := range events {
		for _, a := range e.Actors {
			seen[a.Slug] = true
		}
	}
	return slices.DeleteFunc(slices.Clone(all), func(a *actorView) bool { return !seen[a.Slug] })
}

func placesIn(events []*eventView, all []nameView) []nameView {
	seen := map[string]bool{}
	for _, e := range events {
		for _, p := range e.Places {
			seen[p.Slug] = true
		}
	}
	return slices.DeleteFunc(slices.Clone(all), func(p nameView) bool { return !seen[p.Slug] })
}

// canonical is the absolute URL of site path p, or "" without a BaseURL.
func (c *config) canonical(p string) string {
	if c.base == nil {
		return ""
	}
	return c.abs(p)
}

// Embed renders embed.html (the timeline for an iframe, which posts its
// height to the parent page), fragment.html (the timeline as an HTML
// fragment with scoped CSS, for a CMS that includes HTML server-side),
// oembed.json, and the files they need.
func Embed(t *timeline.Timeline, opt Options) ([]File, error) {
	return run(t, opt, (*config).embed)
}

func (c *config) embed(emit func(File) error) error {
	th, err := c.theme()
	if err != nil {
		return err
	}
	m := c.m()
	sv := newSiteView(c, th)
	items := newItems(th)
	hl, label := c.highlights(c.Top)
	if c.Top == 0 && len(hl) > embedHighlights {
		// A large timeline marks hundreds of events key: the embed
		// leads with the most salient of them, as the front page does.
		hl, label = c.highlights(embedHighlights)
	}
	if c.Top < 0 {
		hl = m.Events
	}
	themeClass := ""
	switch c.Theme {
	case "", "light":
		themeClass = " dl-light"
	case "dark":
		themeClass = " dl-dark"
	}
	// The embed's links open in the top window (<base target="_top">):
	// its title goes to the timeline's page, never to embed.html itself.
	p := &page{Site: sv, Items: items, Embed: true, Title: c.Title, Canonical: c.canonical("embed.html"),
		Count: len(m.Events), Highlights: hl, HighlightsLabel: label, Full: c.abs("timeline/"), Home: c.abs(""),
		ThemeClass: themeClass}
	// The fragment sits in another site's page: links need the BaseURL.
	root := ""
	if c.base != nil {
		root = c.base.String()
	}
	frag := &page{Site: sv, Items: items, Root: root, Title: c.Title, Count: len(m.Events),
		Highlights: hl, HighlightsLabel: label, Full: root + "timeline/", Home: cmp.Or(root, "./"),
		CSS: template.CSS(fragmentCSS(th.files["style.css"])), ThemeClass: themeClass}
	err = th.execute([]job{{name: "embed.html", file: "embed.html", p: p}, {name: "fragment.html", file: "fragment.html", p: frag}}, emit)
	if err != nil {
		return err
	}
	oe, err := marshalJSON(oembed{
		Version: "1.0", Type: "rich", Title: c.Title, ProviderName: c.Author,
		ProviderURL: c.canonical(""), HTML: sv.Snippet, Width: 700, Height: c.EmbedHeight,
	})
	if err != nil {
		return err
	}
	if err := emit(File{Path: "oembed.json", Data: oe}); err != nil {
		return err
	}
	for _, name := range []string{"embed.js", "favicon.svg", "style.css"} {
		if err := emit(File{Path: name, Data: th.files[name]}); err != nil {
			return err
		}
	}
	if c.LiveReload {
		return emit(File{Path: liveReloadScript, Data: []byte(liveReloadJS)})
	}
	return nil
}

// oembed is an oEmbed 1.0 "rich" response.
type oembed struct {
	Version      string `json:"version"`
	Type         string `json:"type"`
	Title        string `json:"title"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url,omitempty"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
}

// oneLine folds runs of white space, newlines included, into one space
// (policy.OneLine).
func oneLine(s string) string { return policy.OneLine(s) }
