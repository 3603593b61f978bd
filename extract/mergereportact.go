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
	for k := i + 1; k < len(ws); k++ {
		t := tenseOf(ws[k].w)
		if t == 0 {
			continue
		}
		if t > 0 || modalAuxiliaries.Has(ws[k].w) {
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
