package extract

import "strings"

// reportsAct reports whether c, a statement dated to its own day, can be
// one more source of a happening of that day (see score): it dates the
// telling by its own words, no verb in the present or modal comes before
// its verb of saying ("Buildings all conform to the code and withstand
// the tremors reported today" tells a state, not the tremor), and the
// clause it tells, if any, opens on no verb in the present, no modal and
// no state at the telling ("said it is sending every engine", "said the
// repair will take twelve days", "told the board the deal would cost
// $21 million": what is so at or after the telling, not the happening
// of that day; "said the city had no choice", a state in the past), nor
// on a quotation (the speaker's own words: "the trainer said: \"It is
// not the way to win\""). A statement with no time of its own ("Union leaders said talks had broken down") is dated by its
// article, which dates no day of a happening it could report.
func (c *candidate) reportsAct() bool {
	if c.tx.End <= c.tx.Start || c.stext == "" {
		return false
	}
	ws := words(c.stext, 0, len(c.stext))
	i := -1
	for k, w := range ws {
		if reportingVerbs.Has(w.w) || announcingVerbs.Has(w.w) {
			i = k
			break
		}
		if tenseOf(w.w) > 0 || modalAuxiliaries.Has(w.w) {
			return false
		}
	}
	if i < 0 {
		return false
	}
	if i+1 < len(ws) && strings.ContainsAny(c.stext[ws[i].j:ws[i+1].i], "\"“") {
		return false // a quotation: the speaker's words, not the happening
	}
	if toldLater(ws[i+1:]) {
		return false
	}
	for k := i + 1; k < len(ws); k++ {
		t := tenseOf(ws[k].w)
		if t == 0 {
			continue
		}
		if t > 0 || modalAuxiliaries.Has(ws[k].w) || toldPlan(ws, k) {
			return false
		}
		if pastUndecided.Has(ws[k].w) {
			// "had", "was" and "were" tell an act only before a
			// participle ("had been taken", "was declared"), not
			// before what is had or is ("the city had no choice",
			// "he had always acted on instructions").
			for k++; k < len(ws) && auxiliaries.Has(ws[k].w); k++ {
			}
			return k < len(ws) && tenseOf(ws[k].w) < 0 && !pastUndecided.Has(ws[k].w) && !modalAuxiliaries.Has(ws[k].w) && !c.toldState()
		}
		break
	}
	return !c.toldState()
}

// joinedStatement reports whether c is a statement of its own day joined
// to a happening of that day as a report of it (see score), its time the
// saying's and not in what it tells (tellsTime): it titles no
// event another source tells (toEvent).
func joinedStatement(c *candidate) bool {
	return c.basis == "reported" && !c.tellsTime() && c.reportsAct()
}

// toldPlanWords is how far after the told clause's first verb its verb
// group is looked at for a plan ("had been expected to").
const toldPlanWords = 4

// toldPlan reports whether the verb group opening at ws[k], the told
// clause's first verb, tells a plan, an intent or an expectation at the
// telling: a word of planning before "to" and a verb ("said they planned
// to sue", "said the vote was expected to go ahead", "said they were
// hoping to reopen"): what is to come, not the happening of that day..
func toldPlan(ws []word, k int) bool {
	for j := k; j < min(len(ws)-1, k+toldPlanWords); j++ {
		if ws[j].comma {
			return false
		}
		if toldPlans.Has(ws[j].w) && ws[j+1].w == "to" {
			return true
		}
	}
	return false
}

// toldLater reports whether the told clause ws names a time after the
// telling ("said on Friday that they filed a suit and would file more
// next week", "said Friday the hearing opens tomorrow"): a clause that
// looks past its own day tells what is to come. "next to" is a place.
func toldLater(ws []word) bool {
	for k, w := range ws {
		if toldLaterWords.Has(w.w) && (k+1 >= len(ws) || ws[k+1].w != "to") {
			return true
		}
	}
	return false
}

// toldPlans and toldLaterWords make a told clause one of what is to come
// (toldPlan, toldLater; data/words.txt).
var (
	toldPlans      = wordSet("told-plans")
	toldLaterWords = wordSet("told-later-words")
)
