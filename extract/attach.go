package extract

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/timex"
)

// A learned ranker of which clause verb of its sentence a time dates: the
// attachment step only (whether a time dates anything at all stays with
// the rules in front of it). Each clause with a verb (appendClauses) is a
// candidate; a candidate's score is the sum of the weights of its surface
// features against the time: the side it stands on, how many words away,
// its rank among the verbs on that side, the verbs and commas between,
// a few words between ("that", "and", "to", "said" ...) and the word
// before the time. The weights (data/attach.tsv) were trained on TimeBank
// 1.2 as cleaned for TempEval-3 (times linked to a verb of their own
// sentence) by extract/testdata/attach/train.py, which computes the same
// features; in short they say "attach locally, across no that, and, comma
// or other verb". A time's work is bounded: each candidate reads at most
// attachWindow words between.

// attachOn turns the ranker's side-clause step on (attachSide); tests
// turn it off to see what it changes.
var attachOn = true

//go:embed data/attach.tsv
var attachTSV string

var attachWeights = func() map[string]float64 {
	w := map[string]float64{}
	for _, line := range strings.Split(attachTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil {
			panic("extract: bad line in data/attach.tsv: " + line)
		}
		w[k] = f
	}
	if len(w) == 0 {
		panic("extract: data/attach.tsv holds no weights")
	}
	return w
}()

// attachWindow bounds the words a candidate's features read between it
// and the time (a verb further away is ">20" words away all the same).
const attachWindow = 40

// attachWords are the words between a time and a verb the ranker tells
// apart; attachPreps the words before a time (the rest are "other"; a
// comma is ","). (data/words.txt; train.py's BETWEEN and PREPS.)
var (
	attachWords = wordSet("attach-between-words")
	attachPreps = wordSet("attach-time-prepositions")
)

func attachBucket(n int) string {
	switch {
	case n <= 3:
		return strconv.Itoa(n)
	case n <= 6:
		return "4-6"
	case n <= 10:
		return "7-10"
	case n <= 20:
		return "11-20"
	}
	return ">20"
}

// attachVerb is the word a candidate clause stands at: the last word of
// its verb group (the main verb: "has been arrested"), -1 with no verb.
func attachVerb(cl *chunk) int {
	if cl.verb < 0 {
		return -1
	}
	return max(cl.vend, cl.verb)
}

// attachScore is the ranker's score of the verb at word v for the time on
// words [t0, t1] of ws, with n candidate verbs between them (its rank on
// its side) and first whether it is the sentence's first candidate verb.
func attachScore(ws []word, v, t0, t1, n int, first bool) float64 {
	left := v < t0
	d := "R"
	lo, hi := t1+1, v // the words between
	if left {
		d, lo, hi = "L", v+1, t0
	}
	w := attachWeights
	s := w["bias:"+d]
	b := attachBucket(hi - lo + 1)
	s += w["dist:"+b] + w["dirdist:"+d+b]
	// Commas between: a comma stands before a word of (lo, hi] (the
	// time's first word or the verb's).
	commas := 0
	for j := lo; j <= min(hi, lo+attachWindow); j++ {
		if ws[j].comma {
			commas++
		}
	}
	s += w["comma:"+d+strconv.Itoa(min(commas, 2))]
	var room [8]string
	seen := room[:0] // (each word counts once)
	for j := lo; j < min(hi, lo+attachWindow); j++ {
		if a := ws[j].w; attachWords.Has(a) && !slices.Contains(seen, a) {
			seen = append(seen, a)
			s += w["btw:"+d+a]
		}
	}
	s += w["rank:"+d+strconv.Itoa(min(n, 3))] + w["nev:"+strconv.Itoa(min(n, 3))]
	if first {
		s += w["first:True"]
	} else {
		s += w["first:False"]
	}
	prep := "other"
	if t0 > 0 {
		if ws[t0].comma {
			prep = ","
		} else if attachPreps.Has(ws[t0-1].w) {
			prep = ws[t0-1].w
		}
	}
	return s + w["prep_dir:"+prep+d]
}

// attachClause returns the clause of cs whose verb the ranker says the
// time on text[start:end) dates, -1 when no clause has a verb outside the
// time. (Verbs in the order they stand: the verbs between a candidate and
// the time are its rank on its side.)
func attachClause(cs []chunk, ws []word, start, end int) int {
	t0 := sort.Search(len(ws), func(j int) bool { return ws[j].j > start })
	t1 := sort.Search(len(ws), func(j int) bool { return ws[j].i >= end }) - 1
	if t0 >= len(ws) || t1 < t0 {
		return -1
	}
	type cand struct{ c, v int }
	var room [16]cand
	vs := room[:0]
	for c := range cs {
		if v := attachVerb(&cs[c]); v >= 0 && (v < t0 || v > t1) {
			vs = append(vs, cand{c, v})
		}
	}
	sort.Slice(vs, func(a, b int) bool { return vs[a].v < vs[b].v })
	nl := sort.Search(len(vs), func(p int) bool { return vs[p].v > t1 }) // verbs left of the time: vs[:nl]
	best, bs := -1, 0.0
	for p, x := range vs {
		n := nl - 1 - p // verbs between on the left
		if p >= nl {
			n = p - nl
		}
		if s := attachScore(ws, x.v, t0, t1, n, p == 0); best < 0 || s > bs {
			best, bs = x.c, s
		}
	}
	return best
}

// attachSide reports whether the time on text[start:end), in clause c of
// its sentence (chunkOf), dates a side clause after the sentence's main
// verb, on which the ranker and the chunker agree: a relative clause or a
// participle phrase that restricts a noun (no comma before it), after the
// main clause's verb, with no comma between its verb and the time ("the
// police examined the lashings that the inquiry blamed last month",
// "settled a case over batteries supplied in 2018"). Its time dates that
// clause, titled by it (ownClauseTitle), not the main clause. Not a time
// that names a noun (nounTime: "the 2018 batteries"); not a clause of a
// modal's ("that will open in May"); not one on a document or a word of
// telling ("a statement issued on Monday"), nor the predicate after "have"
// or a copula ("had his jersey retired on May 2"), nor a participle after
// an agent. (A clause set off by
// commas may be the news itself, "Pujol, who was released in April": the
// rules of asides and relative clauses on names have it.)
func attachSide(cs []chunk, ws []word, c int, start, end int, nounTime bool) bool {
	if !attachOn || nounTime || c <= 0 || c >= len(cs) || cs[0].verb < 0 {
		return false
	}
	cl := &cs[c]
	if cl.verb < 0 || cl.modal || cl.kind != clRelative && cl.kind != clReduced || cl.from < 1 || ws[cl.from].comma {
		return false
	}
	if cl.from <= max(cs[0].vend, cs[0].verb) {
		return false // (a clause on the subject: its own rules)
	}
	if h := ws[cl.from-1].w; documentNouns.Has(h) || clauseTelling.Has(h) {
		return false
	}
	p := &cs[max(cl.parent, 0)]
	if p.verb < 0 || max(p.vend, p.verb) >= cl.from || p.vend == p.verb && auxiliaries.Has(ws[p.verb].w) && !p.present {
		// (Nor a clause on the subject of its parent: "said the appeal
		// launched on October 24 had received half", the launch's.)
		return false
	}
	// The guards of objectRelative after a verb in the past hold here
	// too: not after a phrase's or an infinitive's verb, nor a verb of
	// saying, finding or telling ("found the boiler failed on Friday",
	// "described how they escaped"), nor a clause of setting ("at a
	// meeting that took place on May 2": the meeting's time is the
	// vote's).
	if p.kind == clReduced || p.kind == clInfinitive {
		return false
	}
	if v := ws[max(p.vend, p.verb)].w; (reportingVerbs.Has(v) || clauseVerbs.Has(v) || clauseObjectVerbs.Has(v) || clauseSaying.Has(v)) && (p.vend <= p.verb || !passiveAuxiliaries.Has(ws[p.vend-1].w)) {
		// (A passive takes no clause: "a drug had been found in a
		// sample taken on March 3".)
		return false
	}
	for _, w := range ws[max(p.vend, p.verb)+1 : cl.from] {
		if clauseQuestionWords.Has(w.w) {
			return false
		}
	}
	if settingClause(ws, cl, max(p.vend, p.verb)) {
		return false
	}
	if cl.kind == clReduced {
		// (Not a participle after an agent, which may be the main
		// clause's verb: "Protesters enraged over the shooting of a
		// teenager by police poured into the streets Wednesday"; nor a
		// second subject's, "two women treated on Friday"; and the time
		// in the phrase's first phrase: "sold the painting stolen in
		// the raid at an auction on Friday" is the sale's.)
		for j := cl.from - 1; j > p.vend && j >= cl.from-6; j-- {
			if w := ws[j].w; w == "by" || titleConjunctions.Has(w) || ws[j+1].comma {
				return false
			} else if articleWords.Has(w) || possessivePronouns.Has(w) || clauseDemonstr.Has(w) {
				break
			}
		}
		n := 0
		for j := cl.verb + 1; j < cl.to && ws[j].j < start; j++ {
			if (prepositions.Has(ws[j].w) || byOf.Has(ws[j].w)) && j+1 < len(ws) && ws[j+1].i < start {
				n++
			}
		}
		if n > 1 {
			return false
		}
	}
	for j := cl.verb + 1; j < len(ws) && ws[j].i < end; j++ {
		if ws[j].comma {
			return false
		}
	}
	return attachClause(cs, ws, start, end) == c
}

// attachTitle titles the side clause c that attachSide found the time tx
// dates, when ownClauseTitle makes none because the noun stands after a
// preposition ("said a finding had been reported in a urine sample
// collected on April 7" -> "A urine sample was collected"): the noun
// phrase back to its article, possessive or demonstrative (a few words),
// with the clause's words after it. "" when no such phrase opens the noun
// or the title is no headline.
func attachTitle(text string, cs []chunk, ws []word, c int, tx timex.Timex) string {
	cl := &cs[c]
	head := cl.from - 1
	from := cl.from
	switch {
	case cl.kind == clReduced && cl.verb == cl.from:
	case cl.kind == clRelative && clauseSubjectRel.Has(ws[cl.from].w) && cl.verb == cl.from+1:
		from = cl.from + 1
	default:
		return ""
	}
	if hw := ws[head].w; clauseIndefinites.Has(hw) || subjectPronouns.Has(hw) || objectPronouns.Has(hw) || clauseFunction.Has(hw) || prepositions.Has(hw) {
		return ""
	}
	np := -1
	for j := head; j > head-6 && j > 0; j-- {
		if w := ws[j].w; articleWords.Has(w) || possessivePronouns.Has(w) || clauseDemonstr.Has(w) {
			np = j
			break
		}
		if ws[j].comma || prepositions.Has(ws[j].w) || byOf.Has(ws[j].w) {
			return ""
		}
	}
	if np < 0 {
		return ""
	}
	return retoldClause(text, ws, cl, np, head, head, from, tx)
}
