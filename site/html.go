package site

import (
	"fmt"
	"html"
	"html/template"

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
	CSS       template.CSS // the theme's style.css, for the fragment
	Items     *itemCache   // renders the "event" template once per event and Root
}

// siteView is what every page knows about the site.
type siteView struct {
	Title, Description, Lang string
	CSP                      string
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
	return &siteView{Title: c.Title, Description: c.Description, Lang: c.Lang, CSP: CSP(), Style: th.style,
		Snippet: snippet(c), c: c}
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

func (c *config) html() ([]File, error) {
	th, err := c.theme()
	if err != nil {
		return nil, err
	}
	m := c.model
	sv := newSiteView(c, th)
	items := c.items(th)
	jobs := make([]job, 0, 1+len(m.Events)+len(m.Actors))
	index := &page{Site: sv, Items: items, Title: c.Title, Canonical: c.canonical(""), Count: len(m.Events),
		Years: m.Years, Actors: m.Actors, Places: m.Places}
	jobs = append(jobs, job{"index.html", "index.html", index})
	for _, e := range m.Events {
		dir := "events/" + e.ID + "/"
		ld, err := jsonLD(c, eventLD(c, e))
		if err != nil {
			return nil, err
		}
		p := &page{Site: sv, Items: items, Root: "../../", Title: e.Title + " – " + c.Title, Canonical: c.canonical(dir),
			Event: e, JSONLD: ld}
		jobs = append(jobs, job{"event.html", dir + "index.html", p})
	}
	for _, a := range m.Actors {
		dir := "actors/" + a.Slug + "/"
		p := &page{Site: sv, Items: items, Root: "../../", Title: a.Name + " – " + c.Title, Canonical: c.canonical(dir),
			Count: len(a.Events), Years: years(a.Events), Actor: a}
		jobs = append(jobs, job{"actor.html", dir + "index.html", p})
	}
	files, err := th.execute(jobs)
	if err != nil {
		return nil, err
	}
	all, err := eventsLD(c, m.Events)
	if err != nil {
		return nil, err
	}
	files = append(files, File{Path: "events.jsonld", Data: all})
	for _, name := range []string{"favicon.svg", "style.css", "timeline.js"} {
		files = append(files, File{Path: name, Data: th.files[name]})
	}
	return sortFiles(files)
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

func (c *config) embed() ([]File, error) {
	th, err := c.theme()
	if err != nil {
		return nil, err
	}
	m := c.model
	sv := newSiteView(c, th)
	items := c.items(th)
	p := &page{Site: sv, Items: items, Embed: true, Title: c.Title, Canonical: c.canonical("embed.html"),
		Count: len(m.Events), Years: m.Years}
	// The fragment sits in another site's page: links need the BaseURL.
	root := ""
	if c.base != nil {
		root = c.base.String()
	}
	frag := &page{Site: sv, Items: items, Root: root, Title: c.Title, Count: len(m.Events), Years: m.Years,
		CSS: template.CSS(th.files["style.css"])}
	files, err := th.execute([]job{{"embed.html", "embed.html", p}, {"fragment.html", "fragment.html", frag}})
	if err != nil {
		return nil, err
	}
	oe, err := marshalJSON(oembed{
		Version: "1.0", Type: "rich", Title: c.Title, ProviderName: c.Author,
		ProviderURL: c.canonical(""), HTML: sv.Snippet, Width: 700, Height: c.EmbedHeight,
	})
	if err != nil {
		return nil, err
	}
	files = append(files, File{Path: "oembed.json", Data: oe})
	for _, name := range []string{"embed.js", "favicon.svg", "style.css"} {
		files = append(files, File{Path: name, Data: th.files[name]})
	}
	return sortFiles(files)
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
