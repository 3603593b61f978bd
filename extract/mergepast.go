package extract

import (
	"slices"
	"strings"
)

// pastTold reports whether c, an undated sentence of the article whose
// sentences are tried (m.text), tells in its main clause what has
// happened by its article's day: the first verb of its main clause is a
// verb in the past ("The bank held its rate ...", "The federation said
// ...", "The mayor criticised the budget ..."), before any verb in the
// present or a modal. A modal further on ("warned that it might raise
// it", "said it would not accept the time", "refused to say whether she
// would veto it") is the past's future, not the article's: such a
// sentence does not tell a happening its article expects (see score).
// "was", "were" and "had" do not decide ("The verdict was due on
// Friday", "was expected to", "had been set for"), nor do "do", "does"
// and "must"; a word in "-ed" counts only after a word that can end its
// subject, one that is no stop word ("Okafor criticized", "the board
// approved") or a subject pronoun ("she estimated"): opening the clause or after a determiner, a pronoun or a
// conjunction it may be an adjective or a participle ("The delayed vote",
// "Scheduled flights", "If convicted, he faces ...") and is passed over.
// A sentence out of the text's reach is taken not to.
func (m *merger) pastTold(c *candidate) bool {
	if c.sent.end > len(m.text) || c.sent.start < 0 {
		return false
	}
	s := m.sentText(c)
	main := mainClause(s, sentence{start: 0, end: len(s), line: c.sent.line, index: c.sent.index})
	return pastFirst(appendWords(nil, main, 0, len(main)), m.lx.stop)
}

// pastUndecided are the verbs that leave pastFirst undecided
// (data/words.txt).
var pastUndecided = wordSet("past-undecided")

// pastFirst is pastTold's reading of the words of a main clause.
func pastFirst(ws []word, stop map[string]bool) bool {
	for i, w := range ws {
		if pastUndecided.Has(w.w) {
			return false
		}
		t := tenseOf(w.w)
		if t == 0 {
			continue
		}
		if t > 0 || modalAuxiliaries.Has(w.w) {
			return false
		}
		if !pastOpeners.Has(w.w) && !verbForms.Has(w.w) && strings.HasSuffix(w.w, "ed") && (i == 0 || stop[ws[i-1].w] && !subjectPronouns.Has(ws[i-1].w)) {
			// "The delayed vote", "Scheduled flights", "If convicted";
			// after a subject pronoun the word is its verb ("She
			// estimated the repair would cost $6 million").
			continue
		}
		return true
	}
	return false
}

// perfectTold reports whether c, an undated sentence of the article whose
// sentences are tried (m.text), is told in the past perfect: its main
// clause ("The suspect had been treated ..."), or the clause a main
// clause in the past says, thinks or tells ("The company said in a statement
// that it had proposed ..."): an act before its telling, on a day its
// words do not give. A modal in the told clause ("said it would have
// finished") is no such act. A sentence out of the text's reach is taken
// not to be.
func (m *merger) perfectTold(c *candidate) bool {
	if c.sent.end > len(m.text) || c.sent.start < 0 {
		return false
	}
	if v, ok := m.perfect.get(c); ok {
		return v
	}
	if !mayHaveHad(m.text[c.sent.start:c.sent.end]) {
		// Most sentences: no "had", so no past perfect, and no words
		// to cut to say so.
		return m.perfect.put(c, false)
	}
	s := m.sentText(c)
	m.words = appendWords(m.words[:0], s, 0, len(s))
	if !slices.ContainsFunc(m.words, func(w word) bool { return w.w == "had" }) {
		// pastPerfectTold finds a past perfect only in a verb group
		// with "had" (pluperfect): a sentence without the word is none,
		// and its clauses need not be cut.
		return m.perfect.put(c, false)
	}
	m.chunks = appendClauses(m.chunks[:0], s, m.words)
	v := pastPerfectTold(m.chunks, m.words)
	return m.perfect.put(c, v)
}

// mayHaveHad reports whether the sentence b may hold the word "had"
// (perfectTold): whether its bytes hold the letters h, a, d in a row, in
// any case. A word lowers to "had" only from those bytes (no other letter
// lowers to h, a or d), so a sentence without them has no past perfect.
func mayHaveHad(b []byte) bool {
	for i := 0; i+2 < len(b); i++ {
		if b[i]|0x20 == 'h' && b[i+1]|0x20 == 'a' && b[i+2]|0x20 == 'd' {
			return true
		}
	}
	return false
}

// pastPerfectTold is perfectTold's reading of a sentence's clauses cs
// (appendClauses of its words ws).
func pastPerfectTold(cs []chunk, ws []word) bool {
	if len(cs) == 0 || cs[0].verb < 0 || cs[0].modal || cs[0].present {
		return false
	}
	if pluperfect(ws, &cs[0]) {
		return true
	}
	if w := ws[cs[0].verb].w; !reportingVerbs.Has(w) && !clauseSaying.Has(w) {
		return false
	}
	for k := 1; k < len(cs); k++ {
		if cs[k].parent == 0 && cs[k].kind == clComplement {
			return cs[k].verb >= 0 && !cs[k].modal && pluperfect(ws, &cs[k])
		}
	}
	return false
}

// aheadTold reports whether c, an undated sentence of the article whose
// sentences are tried (m.text), opens its main clause on a modal ("The
// fund will pay for ...", "Repairs could take months"): the first verb
// tenseOf reads is a modal auxiliary, before any verb in the present or
// the past. A sentence out of the text's reach is taken not to.
func (m *merger) aheadTold(c *candidate) bool {
	if c.sent.end > len(m.text) || c.sent.start < 0 {
		return false
	}
	if v, ok := m.modal.get(c); ok {
		return v
	}
	s := m.sentText(c)
	main := mainClause(s, sentence{start: 0, end: len(s), line: c.sent.line, index: c.sent.index})
	m.nowWords = appendWords(m.nowWords[:0], main, 0, len(main))
	return m.modal.put(c, modalFirst(m.nowWords))
}

// modalFirst is aheadTold's reading of the words of a main clause.
func modalFirst(ws []word) bool {
	for _, w := range ws {
		if tenseOf(w.w) != 0 {
			return modalAuxiliaries.Has(w.w)
		}
	}
	return false
}

// presentTold reports whether c, an undated sentence of the article whose
// sentences are tried (m.text), is a saying in the past whose told clause
// is in the present ("The company said it is cooperating with the
// inquiry", "Police said the driver remains in hospital"; not "said it
// had", "said it would", "says it is"). A sentence out of the text's reach
// is taken not to be.
func (m *merger) presentTold(c *candidate) bool {
	if c.sent.end > len(m.text) || c.sent.start < 0 {
		return false
	}
	if v, ok := m.toldNow.get(c); ok {
		return v
	}
	s := m.sentText(c)
	m.words = appendWords(m.words[:0], s, 0, len(s))
	m.chunks = appendClauses(m.chunks[:0], s, m.words)
	return m.toldNow.put(c, presentComplement(m.chunks, m.words))
}

// presentComplement is presentTold's reading of a sentence's clauses cs
// (appendClauses of its words ws): a main clause whose verb of saying is
// in the past, and a complement of it whose verb group opens in the
// present with no modal.
func presentComplement(cs []chunk, ws []word) bool {
	if len(cs) == 0 || cs[0].verb < 0 || cs[0].modal || cs[0].present {
		return false
	}
	if w := ws[cs[0].verb].w; !reportingVerbs.Has(w) && !clauseSaying.Has(w) {
		return false
	}
	for k := 1; k < len(cs); k++ {
		if cs[k].parent == 0 && cs[k].kind == clComplement {
			return cs[k].verb >= 0 && cs[k].present && !cs[k].modal
		}
	}
	return false
}
