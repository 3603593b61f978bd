package site

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/timeline"
)

// The view types are what the templates see: text still raw (html/template
// escapes it), URLs already checked by safeURL, dates already worded.

type eventView struct {
	ID         string
	Title      string
	Summary    string
	Key        bool
	Date       dateView
	End        *dateView
	When       string // the date or span in words: "18–19 June 2024"
	NSources   int    // how many articles report the event
	Actors     []nameView
	Places     []nameView
	Anchor     string // site path of its entry on the full timeline: "timeline/#ID"
	ActorSlugs string // space-separated, for the filter script
	PlaceSlugs string
	ev         *timeline.Event
	// names and bases are each source's article naming and date basis,
	// made once by newModel (shared by the sources of one article).
	names []*sourceName
	bases []string
}

// Sources are the event's sources, one per sentence the event was read
// from. They are made each time they are asked for (the pages show Cited,
// the feeds the newest events' sources), so that the model does not hold
// every source twice.
func (v *eventView) Sources() []sourceView {
	if len(v.ev.Sources) == 0 {
		return nil
	}
	out := make([]sourceView, len(v.ev.Sources))
	for i, s := range v.ev.Sources {
		out[i] = v.names[i].view(s, v.bases[i])
	}
	return out
}

// Cited are the event's sources grouped by article, each with the
// sentences read from it, in the order of Sources: what the pages show,
// so that an article that told the event in many sentences is named once.
// Like Sources they are made each time they are asked for: held for every
// event they were a fifth of a 100,000-article build's heap.
func (v *eventView) Cited() []citedView { return v.cited(len(v.ev.Sources)) }

// cited is Cited with the quotes of its first quoted articles only, the
// others' nil: JSON-LD names the articles and no sentence, a list shows
// the quotes of its first listSources.
func (v *eventView) cited(quoted int) []citedView {
	if len(v.ev.Sources) == 0 {
		return nil
	}
	// Sentences are grouped under one article when they would name it
	// the same way (a source may carry a title or URL of its own): the
	// same naming, or one that reads the same.
	// First each sentence's article (at), then the quotes of all in one
	// slice, each article's its own part of it: no slice grows.
	var room [64]int32
	at := room[:0]
	if len(v.ev.Sources) > len(room) {
		at = make([]int32, 0, len(v.ev.Sources))
	}
	var named []*sourceName // the naming of each article
	var count []int32       // and how many it has
	var group map[citedKey]int
	for i := range v.ev.Sources {
		n := v.names[i]
		k := -1
		if group == nil {
			for j, m := range named {
				if m == n || sameNaming(m, n) {
					k = j
					break
				}
			}
			if k < 0 && len(named) == 16 {
				// Many articles: a map from here on.
				group = make(map[citedKey]int, 32)
				for j, m := range named {
					group[m.key()] = j
				}
			}
		} else if j, ok := group[n.key()]; ok {
			k = j
		}
		if k < 0 {
			k = len(named)
			if group != nil {
				group[n.key()] = k
			}
			named = append(named, n)
			count = append(count, 0)
		}
		count[k]++
		at = append(at, int32(k))
	}
	out := make([]citedView, len(named))
	quoted = min(quoted, len(named))
	total := 0
	for k := range quoted {
		total += int(count[k])
	}
	all := make([]quoteView, total)
	off := 0
	for k, n := range named {
		out[k] = citedView{Outlet: n.outlet, Title: n.title, URL: n.url, Published: n.published, Untitled: n.untitled}
		if k < quoted {
			c := int(count[k])
			out[k].Quotes = all[off : off : off+c]
			off += c
		}
	}
	for i, s := range v.ev.Sources {
		if c := &out[at[i]]; int(at[i]) < quoted {
			c.Quotes = append(c.Quotes, quoteView{Sentence: s.Sentence, Expression: s.Expression, Basis: v.bases[i]})
		}
	}
	return out
}

// citedKey is what Cited groups sentences by: how their article is named.
type citedKey struct {
	outlet, title, url, datetime, text string
	published, untitled                bool
}

func (n *sourceName) key() citedKey {
	k := citedKey{outlet: n.outlet, title: n.title, url: n.url, untitled: n.untitled}
	if n.published != nil {
		k.published, k.datetime, k.text = true, n.published.Datetime, n.published.Text
	}
	return k
}

// sameNaming reports whether a and b name an article the same way.
func sameNaming(a, b *sourceName) bool {
	if a.outlet != b.outlet || a.title != b.title || a.url != b.url || a.untitled != b.untitled ||
		(a.published == nil) != (b.published == nil) {
		return false
	}
	return a.published == nil || a.published.Datetime == b.published.Datetime && a.published.Text == b.published.Text
}

// listSources is how many of an event's articles the lists (the full
// timeline, the front page, the embed) name under it; the event's page
// names them all.
const listSources = 8

// leadsView is what a list shows of an event's articles: the first
// listSources of Cited, and how many more the event's page names.
type leadsView struct {
	Cited []citedView
	More  int
}

// Leads is the part of Cited that the lists show, nil without sources,
// so that an event reported by hundreds of articles is not a page of its
// own on every list that holds it.
func (v *eventView) Leads() *leadsView {
	c := v.cited(listSources)
	if len(c) == 0 {
		return nil
	}
	n := min(len(c), listSources)
	return &leadsView{Cited: c[:n:n], More: len(c) - n}
}

type nameView struct {
	Name, Slug string
}

type sourceView struct {
	Outlet     string
	Title      string
	URL        string
	Published  *dateView
	Sentence   string
	Expression string
	Basis      string // "Date from “last week”", or how the date was known without one
	Untitled   bool   // Title is "Article of <its publication date>"
}

// citedView is one article an event cites, and what was read from it.
type citedView struct {
	Outlet    string
	Title     string
	URL       string
	Published *dateView
	Untitled  bool
	Quotes    []quoteView
}

// Lead is the sentence that list pages (the full timeline, the front
// page, the embed) show of the article: the first that carries a date
// expression, else the first. The event's own page shows every one.
func (c citedView) Lead() quoteView {
	for _, q := range c.Quotes {
		if q.Expression != "" {
			return q
		}
	}
	return c.Quotes[0]
}

// More is how many sentences of the article list pages leave to the
// event's page.
func (c citedView) More() int { return len(c.Quotes) - 1 }

// quoteView is one sentence of a cited article, with how its date was known.
type quoteView struct {
	Sentence   string
	Expression string
	Basis      string
}

type yearView struct {
	Label  string
	Anchor string
	Events []*eventView
}

type actorView struct {
	Name, Slug string
	Events     []*eventView
}

// model is the timeline once, as every HTML page sees it.
type model struct {
	Events []*eventView
	Years  []yearView
	Actors []*actorView // sorted by name
	Places []nameView   // sorted by name
}

func newModel(t *timeline.Timeline) *model {
	actorSlugs := slugs(t.Events, func(e *timeline.Event) []string { return e.Actors })
	placeSlugs := slugs(t.Events, func(e *timeline.Event) []string { return e.Places })
	m := &model{Events: make([]*eventView, len(t.Events))}
	actors := make(map[string]*actorView, len(actorSlugs))
	nv := newNamer(t)
	for i := range t.Events {
		e := &t.Events[i]
		v := &eventView{ID: e.ID, Title: e.Title, Summary: e.Summary, Key: e.Key, ev: e,
			names: make([]*sourceName, len(e.Sources)), bases: make([]string, len(e.Sources))}
		if strings.TrimSpace(v.Title) == "" {
			v.Title = "Untitled event"
		}
		v.Date, v.End = spanViews(e.Date, e.End)
		v.When = policy.SpanLabel(e.Date, e.End)
		v.Actors = names(e.Actors, actorSlugs)
		v.Places = names(e.Places, placeSlugs)
		v.ActorSlugs = joinSlugs(v.Actors)
		v.PlaceSlugs = joinSlugs(v.Places)
		cited := map[string]bool{}
		for j, s := range e.Sources {
			v.names[j], v.bases[j] = nv.record(s)
			cited[cmp.Or(s.Article, s.URL, s.Title)] = true
		}
		v.NSources = len(cited)
		m.Events[i] = v
		for _, a := range v.Actors {
			av := actors[a.Name]
			if av == nil {
				av = &actorView{Name: a.Name, Slug: a.Slug}
				actors[a.Name] = av
			}
			if len(av.Events) == 0 || av.Events[len(av.Events)-1] != v {
				av.Events = append(av.Events, v)
			}
		}
	}
	m.Years = years(m.Events)
	for _, a := range actors {
		m.Actors = append(m.Actors, a)
	}
	slices.SortFunc(m.Actors, func(a, b *actorView) int { return cmp.Compare(a.Name, b.Name) })
	for name, slug := range placeSlugs {
		m.Places = append(m.Places, nameView{name, slug})
	}
	slices.SortFunc(m.Places, func(a, b nameView) int { return cmp.Compare(a.Name, b.Name) })
	return m
}

// namer makes the views of sources, naming each article once: the
// sources of one article share its name, publication date view and
// their date's basis, so that the model holds an article's naming once
// and not once per sentence read from it.
type namer struct {
	t     *timeline.Timeline
	names map[nameKey]*sourceName
	basis map[string]string
}

// nameKey is what policy.NameSource reads of a source.
type nameKey struct {
	article, title, url string
	published           timeline.Date
}

type sourceName struct {
	outlet, title, url string
	published          *dateView
	untitled           bool
}

func newNamer(t *timeline.Timeline) *namer {
	return &namer{t: t, names: map[nameKey]*sourceName{}, basis: map[string]string{}}
}

// record returns the name of s's article and its basis, made once for
// every source that shares them. newModel calls it for every source, on
// one goroutine.
func (nv *namer) record(s timeline.Source) (*sourceName, string) {
	k := nameKey{s.Article, s.Title, s.URL, s.Published}
	n := nv.names[k]
	if n == nil {
		n = nv.name(s)
		nv.names[k] = n
	}
	basis := policy.DateBasis(s)
	if b, ok := nv.basis[basis]; ok {
		basis = b
	} else {
		nv.basis[basis] = basis
	}
	return n, basis
}

func (nv *namer) name(s timeline.Source) *sourceName {
	a, _ := nv.t.Article(s.Article)
	pn := policy.NameSource(s, a)
	n := &sourceName{outlet: pn.Outlet, title: pn.Headline, url: pn.URL, untitled: pn.Untitled}
	if !pn.Published.IsZero() {
		d := newDateView(pn.Published)
		n.published = &d
	}
	return n
}

func (n *sourceName) view(s timeline.Source, basis string) sourceView {
	return sourceView{Outlet: n.outlet, Title: n.title, URL: n.url, Published: n.published, Sentence: s.Sentence,
		Expression: s.Expression, Basis: basis, Untitled: n.untitled}
}

// years groups events (already in date order) by the year they start in
// (a week by its Monday's year: the week of 30 December 2002 is in 2002);
// undated events come last.
func years(events []*eventView) []yearView {
	var ys []yearView
	var undated []*eventView
	at := map[string]int{}
	for _, v := range events {
		if v.ev.Date.IsZero() {
			undated = append(undated, v)
			continue
		}
		label := fmt.Sprintf("%d", v.ev.Date.First().Year())
		i, ok := at[label]
		if !ok {
			// Anchors hold "_", which event IDs cannot, so they never clash.
			i = len(ys)
			at[label] = i
			ys = append(ys, yearView{Label: label, Anchor: "y_" + label})
		}
		ys[i].Events = append(ys[i].Events, v)
	}
	if len(undated) > 0 {
		ys = append(ys, yearView{Label: "Undated", Anchor: "y_undated", Events: undated})
	}
	return ys
}

func names(list []string, slugOf map[string]string) []nameView {
	var out []nameView
	seen := map[string]bool{}
	for _, n := range list {
		if strings.TrimSpace(n) == "" || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, nameView{n, slugOf[n]})
	}
	return out
}

func joinSlugs(ns []nameView) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = n.Slug
	}
	return strings.Join(s, " ")
}

// slugs gives every distinct name in the events a unique slug of
// [a-z0-9-]: safe as a path segment and an HTML token. Names are visited in
// sorted order, so clashes ("Ana-Ruiz", "Ana Ruiz") are numbered the
// same way on every run.
func slugs(events []timeline.Event, list func(*timeline.Event) []string) map[string]string {
	set := map[string]bool{}
	for i := range events {
		for _, n := range list(&events[i]) {
			if strings.TrimSpace(n) != "" {
				set[n] = true
			}
		}
	}
	all := make([]string, 0, len(set))
	for n := range set {
		all = append(all, n)
	}
	slices.Sort(all)
	out := make(map[string]string, len(all))
	used := make(map[string]bool, len(all))
	for _, n := range all {
		base := slugify(n)
		s := base
		for i := 2; used[s]; i++ {
			s = fmt.Sprintf("%s-%d", base, i)
		}
		used[s] = true
		out[n] = s
	}
	return out
}

// slugify lowercases ASCII letters and digits and turns every run of other
// characters into one "-". A name with no ASCII letter or digit (a name in
// Cyrillic, say) gets "n-" and a hash of it instead.
func slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 60 {
				break
			}
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		h := fnv.New32a()
		h.Write([]byte(name))
		return fmt.Sprintf("n-%08x", h.Sum32())
	}
	return b.String()
}
