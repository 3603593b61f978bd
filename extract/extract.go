package extract

import (
	"cmp"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// Doc is one article to extract events from: its metadata (Published is
// the anchor of every relative expression) and its plain text, one block
// per line.
type Doc struct {
	Article timeline.Article
	Text    string
}

// Options configures Extract. The zero value uses the built-in tables.
type Options struct {
	// Aliases adds to (or overrides entries of) DefaultAliases.
	Aliases Aliases
	// Places adds to (or overrides entries of) DefaultPlaces.
	Places Places
	// Happenings adds lines to the list of words that name one kind of
	// happening ("attack: bombing blast explosion"), in the form of
	// extract/data/happenings.txt.
	Happenings []string
}

// Diagnostic is an expression Extract saw but did not put on the timeline
// because it could not resolve it safely. It is data, not an error: the run
// goes on.
type Diagnostic struct {
	Article string // article path
	Offset  int    // byte offset of the expression in the article text
	Text    string // the expression as written
	Reason  string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %q: %s", d.Article, d.Text, d.Reason)
}

// Extract finds the dated events of docs and merges those that report the
// same happening. The timeline lists every article given, events in date
// order; the same docs give the same timeline, byte for byte once rendered.
func Extract(docs []Doc, opt Options) (*timeline.Timeline, []Diagnostic) {
	aliases := DefaultAliases()
	maps.Copy(aliases, opt.Aliases)
	places := DefaultPlaces()
	maps.Copy(places, opt.Places)
	g := newGazetteer(aliases, places)
	lx := lexiconFor(opt.Happenings)

	// Work in path order, so the order the caller read the articles in
	// changes nothing.
	docs = slices.Clone(docs)
	slices.SortStableFunc(docs, func(a, b Doc) int { return cmp.Compare(a.Article.Path, b.Article.Path) })

	var diags []Diagnostic
	tl := &timeline.Timeline{Articles: []timeline.Article{}, Events: []timeline.Event{}}
	for di := range docs {
		if u := docs[di].Article.URL; u != "" && !policy.ArticleURL(u) {
			diags = append(diags, Diagnostic{docs[di].Article.Path, 0, u, "url dropped: only http and https links are published"})
			docs[di].Article.URL = ""
		}
		tl.Articles = append(tl.Articles, docs[di].Article)
	}
	// Each article is tagged and cut into candidates on its own, on every
	// core; the results are taken back in path order, so the output is the
	// same bytes as on one core. What each sentence says is numbered as its
	// article comes back (numberer), and the words are dropped.
	type result struct {
		cands []candidate
		und   []undated
		diags []Diagnostic
		done  chan struct{}
	}
	results := make([]result, len(docs))
	for di := range results {
		results[di].done = make(chan struct{})
	}
	workers := min(len(docs), runtime.GOMAXPROCS(0))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tagger timex.Tagger
			for di := range next {
				r := &results[di]
				func() {
					defer close(r.done)
					// One article that trips a bug costs only itself: the
					// run goes on with the others, and says which.
					defer func() {
						if p := recover(); p != nil {
							tagger = timex.Tagger{}
							r.cands, r.und = nil, nil
							r.diags = []Diagnostic{{docs[di].Article.Path, 0, "",
								fmt.Sprintf("skipped: internal error: %v (please report it with this article)", p)}}
						}
					}()
					d := docs[di]
					if articleHook != nil {
						articleHook(d)
					}
					txs := tagger.Tag(d.Text, d.Article.Published.First())
					sents := sentences(d.Text)
					c, dg := docCandidates(di, d, sents, txs, g)
					r.diags = dg
					r.cands, r.und = lx.news(di, d, sents, c, g)
				}()
			}
		}()
	}
	go func() {
		for di := range docs {
			if !docs[di].Article.Published.IsZero() {
				next <- di
			} else {
				close(results[di].done)
			}
		}
		close(next)
	}()
	nb := newNumberer()
	n := 0
	und := make([]undatedSet, len(docs))
	for di := range results {
		r := &results[di]
		<-r.done
		und[di] = nb.article(di, r.cands, r.und)
		n += len(r.cands)
		r.und = nil
		diags = append(diags, r.diags...)
	}
	wg.Wait()
	cands := make([]candidate, 0, n)
	for di := range results {
		cands = append(cands, results[di].cands...)
		results[di].cands = nil
	}
	tl.Events = merge(cands, und, nb, docs, g.leaders(docs), lx)
	tl.Sort()
	return tl, diags
}

// articleHook, when set by a test, runs before each article is tagged.
var articleHook func(Doc)

// docCandidates makes the dated clauses of one article.
func docCandidates(di int, d Doc, sents []sentence, txs []timex.Timex, g *gazetteer) ([]candidate, []Diagnostic) {
	text := d.Text
	var out []candidate
	var diags []Diagnostic
	k := 0
	for si, s := range sents {
		sentOut := len(out) // the candidates of this sentence are out[sentOut:]
		for k < len(txs) && txs[k].Start < s.start {
			k++
		}
		var in []timex.Timex
		for j := k; j < len(txs) && txs[j].End <= s.end; j++ {
			in = append(in, txs[j])
		}
		segs := segments(text, s.start, s.end)
		quotes := quoteSpans(text, s.start, s.end)
		type dated struct {
			tx   timex.Timex
			date timeline.Date
		}
		segDate := make([]*dated, len(segs))
		var sentDate *dated
		for gi, seg := range segs {
			ws := words(text, seg[0], seg[1])
			m := g.find(maskQuotes(text[seg[0]:seg[1]]))
			var first *dated
			var later []dated // further dates of the clause
			var durDays int
			lo := sort.Search(len(in), func(i int) bool { return in[i].Start >= seg[0] })
			hi := sort.Search(len(in), func(i int) bool { return in[i].Start >= seg[1] })
			for _, tx := range in[lo:max(lo, hi)] {
				if tx.End > seg[1] {
					continue
				}
				if n := yearsBack(text, seg, tx); n > 0 {
					y := d.Article.Published.Year - n
					kd := classify(ws, tx)
					if kd == kindOther {
						continue
					}
					out = append(out, candidate{doc: di, sent: s, seg: seg, tx: tx, date: timeline.YearOf(y),
						kind: kd, m: m, title: derivedTitle(kd, m), derived: true, priority: 3})
					continue
				}
				if tx.Type == "DURATION" && strings.HasPrefix(tx.Value, "P") && strings.HasSuffix(tx.Value, "D") {
					fmt.Sscanf(tx.Value, "P%dD", &durDays)
					continue
				}
				date, ok := timexDate(tx)
				if !ok {
					if (tx.Type == "DATE" || tx.Type == "TIME") && strings.ContainsAny(tx.Value, "X") {
						diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "no year or day could be inferred: " + tx.Value})
					}
					continue
				}
				if inSpans(quotes, tx.Start) && !explicitYear(tx.Text) {
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "date in quoted speech left out"})
					continue
				}
				if first == nil {
					first = &dated{tx, date}
				} else {
					later = append(later, dated{tx, date})
				}
			}
			if first == nil {
				continue
			}
			segDate[gi] = first
			if sentDate == nil {
				sentDate = first
			}
			kd, noun := classifyNoun(ws, first.tx)
			var ante [2]int // the subject, when a relative clause stands between it and this clause
			if gi >= 2 && relativeClause(text, segs[gi-1]) {
				ante = segs[gi-2]
				am := g.find(maskQuotes(text[ante[0]:ante[1]]))
				m.persons, m.actors = union(m.persons, am.persons), union(m.actors, am.actors)
			}
			c := candidate{doc: di, sent: s, seg: seg, tx: first.tx, date: first.date, kind: kd, m: m, priority: 0}
			span := first.tx // the expression, with the end of a range it opens
			if len(later) > 0 && rangeEnd(text, first.tx, later[0].tx) && first.date.Gran == timeline.Day &&
				later[0].date.Gran == timeline.Day && first.date.Before(later[0].date) &&
				later[0].date.First().Sub(first.date.First()) <= 31*24*time.Hour {
				// "from 18 to 20 June", "between Monday and Wednesday".
				c.end = later[0].date
				span.End = later[0].tx.End
				later = later[1:]
			}
			switch {
			case sinceFirst(text, seg, first.tx):
				// "her first trip since 19 July 2000": the date is the
				// previous trip's, not this one's.
				c.title, c.priority = derivedTitle(kd, m), 2
			case noun && kd.class() != kindStatement:
				c.title, c.priority, c.noun = nounTitle(kd, m), 1, true
				if len(m.actors) == 0 {
					c.title = clauseTitle(text, seg, &first.tx)
				}
			case isPossessive(ws, first.tx):
				c.title, c.noun = possessiveTitle(text, seg, first.tx), true
			case ante != [2]int{}:
				c.title = capitalize(tidy(text[ante[0]:ante[1]]) + " " + decapitalize(clauseTitle(text, seg, &span)))
			default:
				c.title = clauseTitle(text, seg, &span)
			}
			if durDays > 1 && durDays <= 31 && first.date.Gran == timeline.Day && kd.class() == kindMeeting {
				c.end = timeline.DayOfTime(first.date.First().AddDate(0, 0, durDays-1))
			}
			out = append(out, c)
			// A second date in the clause that names another kind of
			// happening ("said yesterday ... the treaty they signed on
			// Wednesday") is an event of its own.
			kinds := []kind{kd}
			// Each further date is classified on the clause: a handful is
			// plenty, and a clause of thousands of dates stays linear.
			for _, l := range later[:min(len(later), maxLaterDates)] {
				lk := classify(ws, l.tx)
				if lk == kindOther || slices.Contains(kinds, lk) {
					continue
				}
				kinds = append(kinds, lk)
				out = append(out, candidate{doc: di, sent: s, seg: seg, tx: l.tx, date: l.date, kind: lk, m: m,
					title: innerTitle(text, seg, l.tx, lk, m), priority: 1})
			}
		}
		// A clause with no date of its own that reports a key happening
		// takes the date of its sentence ("..., as Ruiz began his visit";
		// "While Berg was abroad on Wednesday, the army fired missiles").
		for gi, seg := range segs {
			if segDate[gi] != nil || sentDate == nil || !inherits(text, segs, gi) {
				continue
			}
			ws := words(text, seg[0], seg[1])
			pseudo := timex.Timex{Start: seg[0], End: seg[0]}
			kd := classify(ws, pseudo)
			if !kd.key() {
				continue
			}
			m := g.find(maskQuotes(text[seg[0]:seg[1]]))
			out = append(out, candidate{doc: di, sent: s, seg: seg, tx: sentDate.tx, date: sentDate.date,
				kind: kd, m: m, title: clauseTitle(text, seg, nil), priority: 2})
		}
		// A clause that names its people by pronoun ("he", "the two
		// leaders") or not at all takes the people of the sentences just
		// before it, the way a reader resolves them.
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || c.kind == kindLaunch || c.noun {
				continue
			}
			if relativeClause(text, c.seg) {
				// "Kim, who arrived on Wednesday, ...": who is the clause before.
				pm := g.find(maskQuotes(text[c.sent.start:c.seg[0]]))
				c.m.persons = union(c.m.persons, pm.persons)
				c.m.actors = union(c.m.actors, pm.actors)
				c.title = relativeTitle(text, c.sent.start, c.seg, &c.tx)
				continue
			}
			pronoun := pronounSubject(text, c.seg)
			if !pronoun && (len(c.m.persons) > 0 || !c.kind.key()) {
				continue // statements without a speaker are handled below
			}
			// Where to look: earlier in the same sentence ("Ruiz is in
			// Vladivostok, where he ..."), then the two sentences before.
			spans := [][2]int{{c.sent.start, c.seg[0]}}
			for back := si - 1; back >= max(0, si-2); back-- {
				spans = append(spans, [2]int{sents[back].start, sents[back].end})
			}
			for _, sp := range spans {
				prev := maskQuotes(text[sp[0]:sp[1]])
				pm := g.find(prev)
				if len(pm.persons) == 0 {
					continue
				}
				persons := pm.persons
				if pronoun {
					// "he" is one person: the one named first, the subject.
					who := g.firstPerson(prev)
					c.title = namePronoun(c.title, who)
					persons = []string{who}
				}
				c.coref = true
				c.m.persons = union(c.m.persons, persons)
				c.m.actors = union(c.m.actors, persons)
				break
			}
		}
		// A statement with no speaker named takes the speaker the next
		// sentences attribute it to ("... the US voiced concerns." "...,"
		// spokesman John Kirby told a news conference.).
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || c.kind != kindStatement || len(c.m.persons) > 0 {
				continue
			}
			for _, n := range sents[si+1 : min(si+3, len(sents))] {
				nm := g.find(maskQuotes(text[n.start:n.end]))
				if len(nm.persons) == 1 && classify(words(text, n.start, n.end), timex.Timex{Start: n.end, End: n.end}) == kindStatement {
					c.m.persons = nm.persons
					c.m.actors = union(c.m.actors, nm.persons)
					break
				}
			}
		}
	}
	return out, diags
}

// maxLaterDates bounds the further dates of one clause that may each make
// an event of their own.
const maxLaterDates = 8

// rangeEnd reports whether the expression b closes a range that a opens:
// "Tuesday to Thursday", "June 18 through June 20", "between Monday and
// Wednesday".
func rangeEnd(text string, a, b timex.Timex) bool {
	if b.Start < a.End {
		return false
	}
	switch between := strings.ToLower(strings.TrimSpace(text[a.End:b.Start])); {
	case rangeWords[between]:
		return true
	case between == "and":
		return strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:a.Start], " ")), "between")
	}
	return false
}

// rangeWords between two dates make a range (data/words.txt).
var rangeWords = wordSet("range-words")

// pronouns, openingPronouns and afterThe are the words of data/words.txt
// that stand for people named before; see pronounSubject.
var (
	pronouns        = wordSet("pronouns")
	openingPronouns = wordSet("opening-pronouns")
	afterThe        = wordSet("after-the")
)

// inherits reports whether clause gi of a sentence happens at the time its
// sentence gives: a clause of simultaneity ("as ...", "while ..."), or the
// main clause after an opening one ("While ..., the North fired ..."). A
// clause that elaborates ("when he met ...", "which ...") does not make an
// event of its own.
// relativeClause reports whether a segment is a relative clause ("who
// held talks ...").
func relativeClause(text string, seg [2]int) bool {
	w := strings.ToLower(firstWord(text[seg[0]:seg[1]]))
	return w == "who"
}

// pronounSubject reports whether a clause opens, after any subordinating
// word, with a pronoun or "the two (leaders)" standing for people named
// before it.
func pronounSubject(text string, seg [2]int) bool {
	ws := words(text, seg[0], seg[1])
	for len(ws) > 0 && subordinators[ws[0].w] {
		ws = ws[1:]
	}
	// Skip an opening adverbial ("Shortly after taking office, he ...").
	for k := 1; k < min(len(ws), 9); k++ {
		if w := ws[k].w; ws[k].comma && pronouns[w] {
			return true
		}
	}
	if len(ws) == 0 {
		return false
	}
	switch w := ws[0].w; {
	case pronouns[w] || openingPronouns[w]:
		return true
	case w == "the":
		return len(ws) > 1 && afterThe[ws[1].w]
	}
	return false
}

func inherits(text string, segs [][2]int, gi int) bool {
	w := strings.ToLower(firstWord(text[segs[gi][0]:segs[gi][1]]))
	if w == "as" || w == "while" {
		return true
	}
	if gi == 1 {
		w0 := strings.ToLower(firstWord(text[segs[0][0]:segs[0][1]]))
		return subordinators[w0] && !subordinators[w]
	}
	return false
}

// sinceFirst reports whether the clause says "first ... since <date>".
func sinceFirst(text string, seg [2]int, tx timex.Timex) bool {
	before := strings.ToLower(text[seg[0]:tx.Start])
	return strings.HasSuffix(strings.TrimRight(before, " "), " since") && strings.Contains(before, "first ")
}

// classifyNoun is classify that also says whether the kind came from a noun
// the expression modifies.
func classifyNoun(ws []word, tx timex.Timex) (kind, bool) {
	k := classify(ws, tx)
	at := len(ws)
	for i, w := range ws {
		if w.i >= tx.Start {
			at = i
			break
		}
	}
	for j := at - 1; j >= 0 && j >= at-2; j-- {
		if kw, ok := keywords[ws[j].w]; ok && !kw.verb && !verbBefore(ws, j) {
			return k, true
		}
		if nounLinks[ws[j].w] {
			continue
		}
		break
	}
	return k, false
}

// explicitYear reports whether an expression writes its year out, so that
// its date does not depend on when a quoted speaker spoke.
func explicitYear(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}
