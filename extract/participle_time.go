package extract

import (
	"sort"
	"strings"

	"github.com/dateline-news/dateline/timex"
)

// bareParticiple reports whether pre, the words before a time, ends on a
// past participle that modifies the noun before it (a reduced relative
// clause: "a rule introduced in 2021", "repairs recommended in 2019",
// "under a law passed in 2021") with the time as all it is told with: the
// time follows it directly, and the participle cannot be its clause's
// verb, for
//   - post goes on with a finite auxiliary, a form of "be", a modal or
//     a present in "-s" ("repairs recommended in 2019 were never carried
//     out", "the lawsuit filed in October seeks"): the noun's verb;
//     or
//   - its noun is the object of a preposition that opens the clause
//     ("Under a county rule introduced in 2021, ...").
//
// In news English such a participle is told with when or by whom; taken
// out, the time would leave it bare, to be read as the clause's verb ("a
// rule introduced, landlords must", "repairs recommended were"). The
// time stays. (timedParticiple keeps the time before any verb when
// nothing before the participle is one; a participle set off by commas,
// "The report, published on Monday, found ...", goes with its time, see
// loneParticiple.)
func bareParticiple(pre, post string) bool {
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, pre)
	n := len(p)
	if n < 3 {
		return false
	}
	part := p[n-1]
	if !isLower(part) || !strings.HasSuffix(part, "ed") && !verbForms.Has(part) || reportingVerbs.Has(part) {
		return false
	}
	var qRoom fieldRoom
	q := fieldsIn(&qRoom, post)
	if !nounParticipleEnd(pre, false) {
		return false
	}
	if len(q) > 0 {
		v := strings.ToLower(strings.Trim(q[0], ",;:"))
		if v == q[0] && (auxiliaries.Has(v) || beForms.Has(v) || modalAuxiliaries.Has(v)) {
			return true
		}
		if v == q[0] && len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !prepositions.Has(v) && !determiners.Has(v) && !titleConjunctions.Has(v) && !subordinators.Has(v) {
			return true // a present in "-s": "The lawsuit filed in October seeks ..."
		}
	}
	// The noun's phrase opens on a preposition that opens the clause: an
	// article, up to two words in lower case, then the noun ("Under a
	// county rule"). (Not a subject's phrase: "Families of the missing
	// men gathered".)
	if n <= 5 && inSet(prepositions, p[0]) && !strings.EqualFold(p[0], "to") {
		for _, w := range p[1 : n-1] {
			if !isLower(w) || strings.ContainsAny(w, ",;:\"“”()") {
				return false
			}
		}
		return true
	}
	return false
}

// saidAsideTitle titles the participle of an aside set off by commas on
// the noun a verb of saying tells of ("Whitlock said the offer, made on
// Oct. 8, does not close the gap" -> "The offer was made"): the noun
// phrase before the aside's comma, back to its article, possessive or
// demonstrative (at most five words, none a verb form) right after the
// verb of saying or its "that", "was" or "were",
// and the aside's words up to the time's end (cut is the aside, ws the
// sentence's words). "" when there is no such noun phrase or the title is
// no headline: the aside dates its own happening, which the sentence
// tells, and the saying none.
func saidAsideTitle(text string, ws []word, cut [2]int, tx timex.Timex) string {
	from := sort.Search(len(ws), func(i int) bool { return ws[i].i > cut[0] })
	head := from - 1
	if head < 1 || from >= len(ws) || !ws[from].comma || ws[head].comma || !participial(ws[from].w) || reportingVerbs.Has(ws[from].w) {
		return ""
	}
	np := head
	for ; np > 0 && head-np < 5; np-- {
		w := ws[np].w
		if articleWords.Has(w) || possessivePronouns.Has(w) || clauseDemonstr.Has(w) {
			break
		}
		if ws[np].comma || np < head && (reportingVerbs.Has(w) || auxiliaries.Has(w) || verbForms.Has(w) || prepositions.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed")) {
			return ""
		}
	}
	if w := ws[np].w; !articleWords.Has(w) && !possessivePronouns.Has(w) && !clauseDemonstr.Has(w) {
		return ""
	}
	if v := np - 1; v < 1 || ws[np].comma || !reportingVerbs.Has(ws[v].w) && !(ws[v].w == "that" && reportingVerbs.Has(ws[v-1].w)) {
		return "" // (the noun phrase right after the verb of saying: not "said Norcrest's pledge to sell its bakery arm, made in January", whose aside may be on any noun of it)
	}
	to := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.End })
	if to <= from || to > len(ws) {
		return ""
	}
	cl := chunk{from: from, to: to, kind: clReduced}
	return retoldClause(text, ws, &cl, np, head, head, from, tx)
}

// subjectParticipleTime reports whether the time tx (ws the sentence's
// words) follows a past participle on a noun that opens what "that" or a
// question word brings in, and the noun's own verb follows the time, after
// at most one phrase set off by commas: "auditors found that a payment
// booked on 3 June, a week before the vote, was never approved", "asked
// why the pumps installed in 2019 were never tested". The participle tells a happening of the noun's, which the
// time dates; neither the clause the noun is the subject of nor any clause
// above it is of that time. (At the head of the sentence the participle
// phrase on the subject has its own rule: participleBeforeVerb.)
func subjectParticipleTime(ws []word, tx timex.Timex) bool {
	t0 := wordFrom(ws, tx.Start)
	t1 := wordFrom(ws, tx.End)
	if t0 < 3 || t0 >= len(ws) || t1 >= len(ws) || ws[t0].comma {
		return false
	}
	p := t0 - 1
	if prepositions.Has(ws[p].w) {
		p-- // ("logged on")
	}
	if p < 2 || ws[p].comma || ws[p+1].comma {
		return false
	}
	if w := ws[p].w; !(len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w) || participleForms.Has(w)) || reportingVerbs.Has(w) {
		return false
	}
	n := p - 1 // the noun
	if w := ws[n].w; auxiliaries.Has(w) || beForms.Has(w) || subjectPronouns.Has(w) || objectPronouns.Has(w) || prepositions.Has(w) || determiners.Has(w) || relativeOpeners.Has(w) || w == "that" || clauseQuestionWords.Has(w) {
		return false
	}
	opener := -1
	for j := n - 1; j >= 0 && j >= n-4; j-- {
		if ws[j+1].comma {
			return false
		}
		if w := ws[j].w; clauseQuestionWords.Has(w) || w == "that" && j > 0 && (titleConjunctions.Has(ws[j-1].w) || beForms.Has(ws[j-1].w) || findingVerb(ws[j-1].w)) {
			// ("that" after a verb of saying or finding, a copula or
			// "and" brings in what is said or found; after a noun it is
			// a relative pronoun: "the bylaw that the council adopted in
			// May has been copied by other towns" tells the adoption.)
			opener = j
			break
		}
		if w := ws[j].w; auxiliaries.Has(w) || beForms.Has(w) || prepositions.Has(w) || subjectPronouns.Has(w) || relativeOpeners.Has(w) {
			return false
		}
	}
	if opener < 0 {
		return false
	}
	k := t1
	if ws[k].comma {
		// (One phrase set off after the time: ", three days before the
		// race,".)
		k = -1
		for m := t1 + 1; m < len(ws) && m <= t1+8; m++ {
			if ws[m].comma {
				k = m
				break
			}
		}
		if k < 0 {
			return false
		}
	}
	v := ws[k].w
	return auxiliaries.Has(v) || beForms.Has(v) || modalAuxiliaries.Has(v)
}
