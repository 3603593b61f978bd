package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// Feeds carry the newest events first. Their dates come from the articles,
// never from a clock and never from the events: an entry is updated when the
// newest article citing it was published, the feed when the newest article
// of the timeline was (a publication date given only as a month or year
// counts for nothing: a feed needs a day, and inventing one is what feeds
// must not do). Without a publication day anywhere, Options.Updated is used,
// and without that the Unix epoch, which no reader mistakes for news.
// Without a BaseURL, links are relative to the site root and ids are
// "urn:dateline:..." names unique to the timeline (see feedID).

// feedItem is one event as the feeds see it.
type feedItem struct {
	e       *eventView
	id, url string
	updated string // RFC 3339
	text    string
}

type feedData struct {
	home, self, id string
	updated        string
	items          []feedItem
}

// feedID is the feed's id: the BaseURL when there is one, else a urn named
// by a hash of the title and the oldest event's id, so that two timelines
// built without a BaseURL do not share an id (urn:dateline:timeline was
// every timeline's), and a timeline keeps its id as new events arrive.
func feedID(c *config) string {
	if c.base != nil {
		return c.abs("")
	}
	h := sha256.New()
	h.Write([]byte(c.Title))
	if len(c.t.Events) > 0 {
		h.Write([]byte{0})
		h.Write([]byte(c.t.Events[0].ID))
	}
	return "urn:dateline:" + hex.EncodeToString(h.Sum(nil)[:10])
}

func newFeedData(c *config, self string) feedData {
	m := c.m()
	f := feedData{home: c.abs(""), self: c.abs(self), id: feedID(c)}
	var newest timeline.Date
	later := func(d timeline.Date) {
		if d.Gran == timeline.Day && (newest.IsZero() || newest.Before(d)) {
			newest = d
		}
	}
	for _, a := range c.t.Articles {
		later(a.Published)
	}
	for i := range c.t.Events {
		for _, s := range c.t.Events[i].Sources {
			later(s.Published)
		}
	}
	switch {
	case !newest.IsZero():
		f.updated = rfc3339(newest)
	case !c.Updated.IsZero():
		f.updated = c.Updated.UTC().Format(time.RFC3339)
	default:
		f.updated = "1970-01-01T00:00:00Z"
	}
	events := slices.Clone(m.Events)
	slices.Reverse(events)
	if c.FeedItems > 0 && len(events) > c.FeedItems {
		events = events[:c.FeedItems]
	}
	for _, e := range events {
		it := feedItem{e: e, url: c.abs("events/" + e.ID + "/"), id: f.id + ":event:" + e.ID}
		if c.base != nil {
			it.id = it.url
		}
		it.updated = f.updated
		var up timeline.Date
		for _, s := range e.Sources() {
			if s.Published != nil && s.Published.d.Gran == timeline.Day && (up.IsZero() || up.Before(s.Published.d)) {
				up = s.Published.d
			}
		}
		if !up.IsZero() {
			it.updated = rfc3339(up)
		}
		it.text = feedText(e)
		f.items = append(f.items, it)
	}
	return f
}

// rfc3339 is the day d at midnight UTC; d is a Day.
func rfc3339(d timeline.Date) string {
	return d.First().Format("2006-01-02T15:04:05Z")
}

// feedText is an event as plain text: when, summary, then one line per source.
func feedText(e *eventView) string {
	var b strings.Builder
	b.WriteString(e.When)
	if e.Key {
		b.WriteString(" (key event)")
	}
	if e.Summary != "" {
		b.WriteString(". " + oneLine(e.Summary))
	}
	for _, s := range e.Sources() {
		b.WriteString("\n\n")
		if s.Outlet != "" {
			b.WriteString(oneLine(s.Outlet) + ": ")
		}
		b.WriteString(s.Title)
		if s.URL != "" {
			b.WriteString(" <" + s.URL + ">")
		}
		if s.Published != nil && !s.Untitled {
			b.WriteString(", " + s.Published.Text)
		}
		if s.Sentence != "" {
			b.WriteString(" — “" + oneLine(s.Sentence) + "”")
		}
		if s.Basis != "" {
			b.WriteString(" (" + s.Basis + ")")
		}
	}
	return b.String()
}

// Atom renders feed.atom, an Atom 1.0 feed of the newest events.
// encoding/xml escapes all text and drops characters XML cannot carry.
func Atom(t *timeline.Timeline, opt Options) ([]File, error) {
	return run(t, opt, (*config).atom)
}

func (c *config) atom(emit func(File) error) error {
	f := newFeedData(c, "feed.atom")
	feed := atomFeed{
		Title: atomText{Type: "text", Text: c.Title}, ID: f.id, Updated: f.updated,
		Author: atomPerson{Name: c.Author}, Generator: "dateline",
		Links: []atomLink{{Rel: "alternate", Type: "text/html", Href: f.home}, {Rel: "self", Type: "application/atom+xml", Href: f.self}},
	}
	if c.Description != "" {
		feed.Subtitle = &atomText{Type: "text", Text: c.Description}
	}
	for _, it := range f.items {
		en := atomEntry{
			Title: atomText{Type: "text", Text: it.e.Title}, ID: it.id, Updated: it.updated,
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: it.url}},
			Summary: atomText{Type: "text", Text: it.text},
		}
		for _, a := range it.e.Actors {
			en.Categories = append(en.Categories, atomCategory{Term: a.Slug, Label: a.Name})
		}
		feed.Entries = append(feed.Entries, en)
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		return fmt.Errorf("feed.atom: %w", err)
	}
	b.WriteString("\n")
	return emit(File{Path: "feed.atom", Data: b.Bytes()})
}

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title     atomText    `xml:"title"`
	Subtitle  *atomText   `xml:"subtitle"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Links     []atomLink  `xml:"link"`
	Entries   []atomEntry `xml:"entry"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	Title      atomText       `xml:"title"`
	ID         string         `xml:"id"`
	Updated    string         `xml:"updated"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    atomText       `xml:"summary"`
}

// JSONFeed renders feed.json, a JSON Feed 1.1 of the newest events.
func JSONFeed(t *timeline.Timeline, opt Options) ([]File, error) {
	return run(t, opt, (*config).jsonFeed)
}

func (c *config) jsonFeed(emit func(File) error) error {
	f := newFeedData(c, "feed.json")
	feed := jsonFeed{
		Version: "https://jsonfeed.org/version/1.1", Title: c.Title, HomePageURL: f.home, FeedURL: f.self,
		Description: c.Description, Language: c.Lang, Authors: []jfAuthor{{Name: c.Author}}, Items: []jfItem{},
	}
	for _, it := range f.items {
		item := jfItem{ID: it.id, URL: it.url, Title: it.e.Title, ContentText: it.text, DateModified: it.updated}
		if srcs := it.e.Sources(); len(srcs) > 0 {
			item.ExternalURL = srcs[0].URL
		}
		for _, a := range it.e.Actors {
			item.Tags = append(item.Tags, a.Name)
		}
		feed.Items = append(feed.Items, item)
	}
	data, err := marshalJSON(feed)
	if err != nil {
		return err
	}
	return emit(File{Path: "feed.json", Data: data})
}

type jsonFeed struct {
	Version     string     `json:"version"`
	Title       string     `json:"title"`
	HomePageURL string     `json:"home_page_url"`
	FeedURL     string     `json:"feed_url"`
	Description string     `json:"description,omitempty"`
	Language    string     `json:"language"`
	Authors     []jfAuthor `json:"authors"`
	Items       []jfItem   `json:"items"`
}

type jfAuthor struct {
	Name string `json:"name"`
}

type jfItem struct {
	ID           string   `json:"id"`
	URL          string   `json:"url"`
	ExternalURL  string   `json:"external_url,omitempty"`
	Title        string   `json:"title"`
	ContentText  string   `json:"content_text"`
	DateModified string   `json:"date_modified"`
	Tags         []string `json:"tags,omitempty"`
}
