package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// cluster is a group of candidates that report one happening.
type cluster struct {
	members         []*candidate
	first, last     int64 // day numbers of the finest date range
	class           kind
	idx             int             // creation order, the tie-breaker
	actors, persons map[string]bool // named by any member
}

func (cl *cluster) add(c *candidate) {
	cl.members = append(cl.members, c)
	for _, a := range c.m.actors {
		cl.actors[a] = true
	}
	for _, p := range c.m.persons {
		cl.persons[p] = true
	}
}

func dayNum(d timeline.Date) (int64, int64) {
	return d.First().Unix() / 86400, d.Last().Unix() / 86400
}

// candRange returns the day numbers a candidate spans, computed once.
func candRange(c *candidate) (int64, int64) {
	if !c.ranged {
		c.r0, c.r1 = dayNum(c.date)
		if !c.end.IsZero() {
			_, c.r1 = dayNum(c.end)
		}
		c.ranged = true
	}
	return c.r0, c.r1
}

// yearOf is the calendar year of a day number.
func yearOf(day int64) int { return time.Unix(day*86400, 0).UTC().Year() }

// merge groups candidates into events. Candidates are taken finest date
// first (spans of days before single days, then weeks, months, years), so a
// month- or year-level mention joins the event known to the day instead of
// chaining two different days together.
func merge(cands []candidate, docs []Doc, leaders map[string]bool) []timeline.Event {
	order := make([]*candidate, len(cands))
	for i := range cands {
		order[i] = &cands[i]
	}
	slices.SortStableFunc(order, func(a, b *candidate) int {
		if c := cmp.Compare(b.date.Gran, a.date.Gran); c != 0 {
			return c
		}
		a1, a2 := candRange(a)
		b1, b2 := candRange(b)
		if c := cmp.Compare(b2-b1, a2-a1); c != 0 {
			return c
		}
		if a.derived != b.derived {
			if a.derived {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(a1, b1); c != 0 {
			return c
		}
		if c := cmp.Compare(a.doc, b.doc); c != 0 {
			return c
		}
		return cmp.Compare(a.seg[0], b.seg[0])
	})
	// Clusters are filed by the year they start in: a candidate can only
	// join one that overlaps its own years (or starts the year before, for
	// a span over New Year), which keeps merging near-linear on an archive.
	var clusters []*cluster
	byYear := map[int][]*cluster{}
	for _, c := range order {
		var best *cluster
		bestScore := -1
		a, b := candRange(c)
		for y := yearOf(a) - 1; y <= yearOf(b); y++ {
			for _, cl := range byYear[y] {
				s, ok := compatible(cl, c)
				if ok && (s > bestScore || s == bestScore && cl.idx < best.idx) {
					best, bestScore = cl, s
				}
			}
		}
		if best == nil {
			cl := &cluster{first: a, last: b, class: c.kind.class(), idx: len(clusters),
				actors: map[string]bool{}, persons: map[string]bool{}}
			cl.add(c)
			clusters = append(clusters, cl)
			byYear[yearOf(a)] = append(byYear[yearOf(a)], cl)
			continue
		}
		best.add(c)
	}
	events := make([]timeline.Event, 0, len(clusters))
	ids := map[string]int{}
	for _, cl := range clusters {
		e := toEvent(cl, docs, leaders)
		base := e.ID
		ids[base]++
		if n := ids[base]; n > 1 {
			e.ID = fmt.Sprintf("%s-%d", base, n)
		}
		events = append(events, e)
	}
	return events
}

// compatible reports whether c can be the happening cl reports, and how
// many actors they share (the better match wins when several fit).
func compatible(cl *cluster, c *candidate) (int, bool) {
	a, b := candRange(c)
	if !(a >= cl.first && b <= cl.last) && !(cl.first >= a && cl.last <= b) {
		return 0, false
	}
	if c.kind.class() != cl.class || cl.class == kindOther {
		// A clause whose verb we do not know ("last saw") is the event
		// of the same day with the same two people.
		if c.kind != kindOther || cl.class == kindStatement || a != cl.first || b != cl.last {
			return 0, false
		}
		n := 0
		for _, p := range c.m.persons {
			for _, m := range cl.members {
				if slices.Contains(m.m.persons, p) {
					n++
					break
				}
			}
		}
		return 10000 * n, n >= 2
	}
	shared := 0
	for _, x := range c.m.actors {
		if cl.actors[x] {
			shared++
		}
	}
	sharedPersons := 0
	for _, x := range c.m.persons {
		if cl.persons[x] {
			sharedPersons++
		}
	}
	// Several events may fit a coarse mention ("last September"): the one
	// sharing the most people, then the one most reported, takes it.
	score := 10000*sharedPersons + 100*min(99, len(cl.members)) + shared
	shared = score
	switch cl.class {
	case kindStatement:
		// The same statement: the same speaker, or the same body (a G7
		// statement, not just "the United States"), on the same day.
		sameOrg := false
		for _, x := range c.m.actors {
			if !isCountry[x] && !isPersonName(x) && cl.actors[x] {
				sameOrg = true
			}
		}
		return shared, (sharedPersons > 0 || sameOrg) && a == cl.first && b == cl.last
	case kindMeeting, kindSigning:
		// "The summit in September", naming nobody, is the summit of
		// that September the articles report most.
		anonymous := len(c.m.actors) == 0 && c.date.Gran < timeline.Day && c.kind.key()
		return shared, sharedPersons > 0 || (len(c.m.persons) == 0 && shared >= 2) || anonymous
	case kindLaunch:
		return shared, shared > 0
	}
	return 0, false
}

// toEvent builds the published event of a cluster.
func toEvent(cl *cluster, docs []Doc, leaders map[string]bool) timeline.Event {
	best := cl.members[0]
	for _, m := range cl.members[1:] {
		if better(m, best) {
			best = m
		}
	}
	first := cl.members[0]
	e := timeline.Event{
		Date:    first.date,
		End:     first.end,
		Title:   best.title,
		Summary: sentenceText(docs[best.doc].Text, best.sent),
		Key:     isKey(cl, leaders),
		Actors:  []string{},
		Places:  []string{},
	}
	if !e.End.IsZero() && e.End == e.Date {
		e.End = timeline.Date{}
	}
	// Who and where: the people every source names, and the countries,
	// bodies and places the best source names or two sources agree on;
	// a place one source mentions in passing is not where it happened.
	actorN, placeN := map[string]int{}, map[string]int{}
	for _, m := range cl.members {
		for _, a := range m.m.actors {
			actorN[a]++
		}
		for _, p := range m.m.places {
			placeN[p]++
		}
	}
	for a, n := range actorN {
		if n >= 2 || slices.Contains(best.m.actors, a) || isPersonName(a) && cl.persons[a] {
			e.Actors = append(e.Actors, a)
		}
	}
	for p, n := range placeN {
		if n >= 2 || slices.Contains(best.m.places, p) {
			e.Places = append(e.Places, p)
		}
	}
	slices.Sort(e.Actors)
	slices.Sort(e.Places)
	seen := map[string]bool{}
	for _, m := range cl.members {
		a := docs[m.doc].Article
		key := fmt.Sprintf("%s\x00%d\x00%d", a.Path, m.seg[0], m.tx.Start)
		if seen[key] {
			continue
		}
		seen[key] = true
		e.Sources = append(e.Sources, timeline.Source{
			Article:    a.Path,
			Title:      a.Title,
			URL:        a.URL,
			Published:  a.Published,
			Sentence:   sentenceText(docs[m.doc].Text, m.sent),
			Expression: m.tx.Text,
			Value:      sourceValue(m),
			Offset:     m.tx.Start,
		})
	}
	slices.SortStableFunc(e.Sources, func(x, y timeline.Source) int {
		if c := x.Published.Compare(y.Published); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Article, y.Article); c != 0 {
			return c
		}
		return cmp.Compare(x.Offset, y.Offset)
	})
	// The people most sources name come first in the id.
	count := map[string]int{}
	for _, m := range cl.members {
		for _, p := range m.m.persons {
			count[p]++
		}
	}
	e.ID = eventID(e, first.kind, count)
	return e
}

// sourceValue is the value a source's expression gave the event: the
// tagger's value, or the year a "first ... in N years" points back to.
func sourceValue(c *candidate) string {
	if c.derived {
		return c.date.String()
	}
	return c.tx.Value
}

// isKey reports whether an event is a key event: a summit, launch or
// signing; a visit by a leader; a meeting of two leaders. Statements,
// briefings and the meetings of officials are minor.
func isKey(cl *cluster, leaders map[string]bool) bool {
	n := 0
	seen := map[string]bool{}
	for _, m := range cl.members {
		switch m.kind {
		case kindSummit, kindLaunch, kindSigning:
			return true
		}
		for _, p := range m.m.persons {
			if leaders[p] && !seen[p] {
				seen[p] = true
				n++
			}
		}
	}
	switch cl.class {
	case kindMeeting:
		for _, m := range cl.members {
			if m.kind == kindVisit && n >= 1 {
				return true
			}
		}
		return n >= 2
	}
	return false
}

// better reports whether a is a better source than b for an event's title:
// written dates before inferred ones, finer dates first, then clause titles
// before titles made from a noun, then the earliest article.
func better(a, b *candidate) bool {
	if a.priority != b.priority {
		return a.priority < b.priority
	}
	if a.date.Gran != b.date.Gran {
		return a.date.Gran > b.date.Gran
	}
	if a.coref != b.coref {
		return b.coref
	}
	if sa, sb := len(strings.Fields(a.title)) < 4, len(strings.Fields(b.title)) < 4; sa != sb {
		return sb
	}
	if ta, tb := strings.HasSuffix(a.title, "…"), strings.HasSuffix(b.title, "…"); ta != tb {
		return tb
	}
	if a.kind.key() != b.kind.key() {
		return a.kind.key()
	}
	if a.doc != b.doc {
		return a.doc < b.doc
	}
	return a.seg[0] < b.seg[0]
}

func sentenceText(text string, s sentence) string {
	return strings.Join(strings.Fields(text[s.start:s.end]), " ")
}

// eventID makes a stable, URL-safe id: the date, the kind of happening and
// up to two people (or actors) taking part.
func eventID(e timeline.Event, k kind, count map[string]int) string {
	parts := []string{e.Date.String(), kindNouns[k]}
	who := personsOf(e)
	slices.SortStableFunc(who, func(a, b string) int { return cmp.Compare(count[b], count[a]) })
	if len(who) == 0 {
		who = e.Actors
	}
	parts = append(parts, who[:min(2, len(who))]...)
	return slug(strings.Join(parts, " "))
}

func personsOf(e timeline.Event) []string {
	var out []string
	for _, a := range e.Actors {
		if isPersonName(a) {
			out = append(out, a)
		}
	}
	return out
}

// slug keeps [a-z0-9] and turns every other run into one hyphen.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}
