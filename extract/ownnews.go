package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/timeline"
)

// sharedLeadsToDaysBefore does for the own news of several articles in one
// happening of their publication day what leadsToDaysBefore does for one
// article's: when an article's lead, in the present perfect, is told
// again by one of its next two sentences dated one or two days before
// (sameLeadHappening: "A British climber has fallen to his death in New
// Zealand." then "Robert Buckley, 32, fell about 600 metres ... on
// Saturday, police said."), the happening is that of the day before,
// which the article dates, and the headlines and leads that tell it, of
// every article, are more sources of it. Articles whose leads date two
// happenings apart, or an article whose lead is not in it, leave the
// happening where it was.
func (m *merger) sharedLeadsToDaysBefore() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || len(cl.docs) < 2 || slices.ContainsFunc(cl.members, func(x *candidate) bool { return x.basis != "published" && x.basis != "reported" }) {
			continue
		}
		var to *cluster
		var docs []int
		one := true
		for _, x := range cl.members {
			if slices.Contains(docs, x.doc) {
				continue
			}
			docs = append(docs, x.doc)
			o, ok := m.sharedLeadTarget(cl, x.doc)
			if !ok {
				one = false
				break
			}
			if o != nil {
				if to != nil && to != o {
					one = false
					break
				}
				to = o
			}
		}
		if to == nil || !one {
			continue
		}
		for _, x := range cl.members {
			x.basis = "article"
			m.add(to, x)
		}
		cl.dead = true
	}
}

// sharedLeadTarget is the happening of the days before that article d's
// lead in cl, its first in the present perfect, tells (see
// sharedLeadsToDaysBefore), or nil; ok is false when cl holds no sentence
// of d's lead besides its headline: its lead is told elsewhere, and may
// tell another day.
func (m *merger) sharedLeadTarget(cl *cluster, d int) (to *cluster, ok bool) {
	var c *candidate
	n := 0
	for _, x := range cl.members {
		if x.doc != d || isHeadline(x) {
			continue
		}
		if !x.lead {
			continue // a sentence of the body that tells it again
		}
		n++
		if (c == nil || x.sent.index < c.sent.index) && perfectLead(words(x.stext, 0, len(x.stext))) {
			c = x
		}
	}
	if n == 0 || d >= len(m.news) || m.news[d].Gran != timeline.Day {
		return nil, false
	}
	if c == nil {
		return nil, true
	}
	pub, _ := dayNum(m.news[d])
	own := m.byDoc.of(d)
	for _, o := range own[max(0, len(own)-probeClusters):] {
		if o == cl || o.dead || o.first != o.last || o.first >= pub || o.first < pub-newsDays {
			continue
		}
		if slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == d && x.basis == "" && x.sent.index > c.sent.index && x.sent.index <= c.sent.index+2 &&
				!looksAhead(x.stext, words(x.stext, 0, len(x.stext))) && m.sameLeadHappening(c, x, x.kind.class() == kindStatement)
		}) {
			if to != nil {
				return nil, false // two happenings: the lead tells neither for sure
			}
			to = o
		}
	}
	return to, true
}

// nightLeadsToNight gives an article's lead that tells its happening
// "overnight" with no date of its own, alone an event of its publication
// day (with its headline, if that joined it), to the happening of one of
// its next two sentences that its words date to that night: the evening
// or the night of the day before ("at about 11.40pm on Monday", "on Monday
// night"), or the small hours of the publication day ("shortly after 3:30
// Tuesday morning" is no such hour: the morning, which many sentences of
// the day name, is left out). "A teenager was stabbed in the town centre
// overnight" then "Police were called to Market Square at about 11.40pm
// on Monday" in Tuesday's paper is Monday's stabbing. Two such happenings,
// or none, leave the lead at its publication.
func (m *merger) nightLeadsToNight() {
	for _, cl := range m.clusters {
		if cl.dead || cl.dated > 0 || len(cl.docs) != 1 || len(cl.members) > 2 {
			continue
		}
		var c *candidate
		n := 0
		for _, x := range cl.members {
			if x.basis != "published" {
				n = 2
				break
			}
			if !isHeadline(x) {
				c = x
				n++
			}
		}
		if n != 1 || !c.lead || c.doc >= len(m.news) || m.news[c.doc].Gran != timeline.Day {
			continue
		}
		if !slices.ContainsFunc(words(c.stext, 0, len(c.stext)), func(w word) bool { return nightWords[w.w] }) {
			continue
		}
		pub, _ := dayNum(m.news[c.doc])
		m.leadToNext(cl, c, func(o *cluster) bool { return o.first >= pub-1 && o.first <= pub }, func(o *cluster, x *candidate) bool {
			return x.kind.class() != kindStatement && atNight(x.tx.Value, o.first < pub)
		})
	}
}

// leadToNext moves cluster cl, an article's lead c alone an event (with
// its headline, if that joined it), into the one event of a single day
// that one of the lead's next two sentences dates (its source x with a
// date of its own, basis ""), among the article's last probeClusters
// events: the event's day must pass day, the sentence tells. Two such
// events, or none, move nothing.
func (m *merger) leadToNext(cl *cluster, c *candidate, day func(o *cluster) bool, tells func(o *cluster, x *candidate) bool) {
	var to *cluster
	n := 0
	own := m.byDoc.of(c.doc)
	for _, o := range own[max(0, len(own)-probeClusters):] {
		if o == cl || o.dead || o.first != o.last || !day(o) {
			continue
		}
		if slices.ContainsFunc(o.members, func(x *candidate) bool {
			return x.doc == c.doc && x.basis == "" && x.sent.index > c.sent.index && x.sent.index <= c.sent.index+2 && tells(o, x)
		}) {
			to = o
			n++
		}
	}
	if n != 1 {
		return
	}
	for _, x := range cl.members {
		x.basis = "article"
		m.add(to, x)
	}
	cl.dead = true
}

// nightWords place a lead's happening in the night before its publication,
// without a date (data/words.txt).
var nightWords = wordSet("night-words")

// atNight reports whether a time value is of the night: of the evening or
// the night when before is true (the day before the publication: "EV",
// "NI", or a clock from 18:00), of the small hours otherwise (a clock
// before 06:00).
func atNight(v string, before bool) bool {
	_, t, ok := strings.Cut(v, "T")
	if !ok {
		return false
	}
	if before && (t == "EV" || t == "NI") {
		return true
	}
	if len(t) < 5 || t[2] != ':' {
		return false
	}
	h, err := strconv.Atoi(t[:2])
	if err != nil {
		return false
	}
	if before {
		return h >= 18
	}
	return h < 6
}
