package extract

import "github.com/dateline-news/dateline/timeline"

// leadsOfOneDay joins a retelling to the day's own news. A cluster that
// holds the lead (or headline) of an article and is dated the day of its
// publication or the day before is that article's main news. When a day
// has one such happening, a sentence of a later article that dates its
// past-tense main clause to that day, and names it with two words of the
// story's main news that are no kinds of the story's happenings (see
// storyWord; people and places count: "Okafor", "Brandt"), retells it in
// other words: "The head of the state lottery resigned on Friday" in
// Friday's report, "Oct. 23 - Lottery chief executive resigns, a day
// after ..." in a later timeline. A day with two such happenings leaves
// its retellings where they are: which one they tell is not sure. The
// clusters must share no article (an article's sentences set two
// happenings apart) and be of alike classes (classesAlike).
func (m *merger) leadsOfOneDay() {
	own := map[int64]*cluster{}
	many := map[int64]bool{}
	for _, cl := range m.clusters {
		if cl.dead || cl.first != cl.last || !m.ownNewsOf(cl) {
			continue
		}
		if own[cl.first] != nil {
			many[cl.first] = true
		}
		own[cl.first] = cl
	}
	for _, cl := range m.clusters {
		o := own[cl.first]
		if cl.dead || o == nil || o == cl || many[cl.first] || cl.first != cl.last || cl.dated == 0 || m.ownNewsOf(cl) {
			continue
		}
		if !classesAlike(o.class, cl.class) || !disjointDocs(o, cl) || !m.retoldPast(cl) || !m.wordsShared(o, cl) {
			continue
		}
		for _, c := range cl.members {
			m.add(o, c)
		}
		cl.dead = true
	}
}

// classesAlike reports whether a happening of class a and its retelling
// of class b may be one: the same class, or a bare happening and a
// statement, one told as an act and the other as a saying ("Brandt
// broke his silence on Tuesday" and "At a news conference on Tuesday,
// Brandt said ..."). Two kinds named apart (a signing, a meeting) stay
// apart: the title of the one would take the other's.
func classesAlike(a, b kind) bool {
	return a == b || a == kindOther && b == kindStatement || a == kindStatement && b == kindOther
}

// ownNewsOf reports whether cl holds an article's headline or lead and is
// dated its publication day or the day before.
func (m *merger) ownNewsOf(cl *cluster) bool {
	for _, c := range cl.members {
		if !c.lead || c.doc >= len(m.news) || m.news[c.doc].Gran != timeline.Day {
			continue
		}
		if pub, _ := dayNum(m.news[c.doc]); cl.first == pub || cl.first == pub-1 {
			return true
		}
	}
	return false
}

// retoldPast reports whether every source of cl that dates it by its
// words is a sentence of an article published after its day whose main
// clause is in the past (see pastFirst) and that does not look ahead
// ("is set for", "will", "is expected to").
func (m *merger) retoldPast(cl *cluster) bool {
	for _, c := range cl.members {
		if c.basis != "" {
			continue
		}
		if c.doc >= len(m.newsDay) || m.newsDay[c.doc] <= cl.first {
			return false
		}
		main := mainClause(c.stext, sentence{start: 0, end: len(c.stext), line: c.sent.line, index: c.sent.index})
		if looksAhead(c.stext, words(c.stext, 0, len(c.stext))) || !pastFirst(appendWords(nil, main, 0, len(main)), m.lx.stop) {
			return false
		}
	}
	return true
}

// wordsShared reports whether the sources of a and b that date them or
// tell them as news (core) share two words that are no kinds of the
// story's happenings: one is as often the story's own word as the
// happening's.
func (m *merger) wordsShared(a, b *cluster) bool {
	if b.core.n < a.core.n {
		a, b = b, a
	}
	k := 0
	for s, n := range a.core.stems() {
		if n > 0 && b.core.count(s) > 0 && !m.storyWord(s) {
			k++
			if k == 2 {
				return true
			}
		}
	}
	return false
}
