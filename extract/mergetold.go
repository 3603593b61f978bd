package extract

import "github.com/dateline-news/dateline/timeline"

// Whether an undated sentence tells its article's present (nowTold)
// depends on its words alone, not on the clusters the merge has made: it
// is worked out for each sentence as its article's sentences are read out
// (decodeAhead), on the core the merge leaves idle, and the merge reads
// the answer (merger.told) where it worked it out, once a sentence, for
// the first cluster that asked. The answer is the one the merge's own
// reading gives for the same text, so the timeline is the same bytes
// whichever reads it. (looksAhead and pastTold are asked of a tenth of
// the sentences: worked out for all of them ahead, they cost the idle
// core ten times what they spare the merge, and are left to it.)

// The bits of toldOf's answer.
const (
	toldSet uint8 = 1 << iota // the answer is worked out
	toldNow                   // nowTold
)

// toldRoom is toldOf's room, reused from sentence to sentence.
type toldRoom struct {
	ws []word
}

// toldOf is, for c, an undated sentence of the article whose text is text
// (nil when its bytes did not inflate), what nowTold answers while the
// merge tries the sentences of that text.
func (r *toldRoom) toldOf(text []byte, c *candidate) uint8 {
	if c.sent.end > len(text) || c.sent.start < 0 {
		return toldSet // out of the text's reach: taken not to tell
	}
	b := text[c.sent.start:c.sent.end]
	now, ok := openingTense(b)
	if !ok {
		s := string(b)
		main := mainClause(s, sentence{start: 0, end: len(s), line: c.sent.line, index: c.sent.index})
		r.ws = appendWords(r.ws[:0], main, 0, len(main))
		now = presentFirst(r.ws)
	}
	if now {
		return toldSet | toldNow
	}
	return toldSet
}

// toldHere is what c tells of its tense (toldOf) when c is the undated
// sentence the merge tries (m.told), or 0: not worked out. (A copy of it
// that joins a happening, kept, works its answer out itself.)
func (m *merger) toldHere(c *candidate) uint8 {
	if c != m.told.c {
		return 0
	}
	return m.told.v
}

// nounRun is how many candidates nounsAhead works out at a time.
const nounRun = 256

// nounNotYet is nounsAhead's answer for a candidate datedNoun reads
// nothing of (not dated to a day by its own words when it was read): the
// merge works it out itself if it asks.
const nounNotYet sid = -2

// nouns are the answers of datedNoun worked out ahead (nounsAhead).
type nouns struct {
	v     []sid
	ready chan struct{} // one a run of nounRun done, in order
	runs  int           // runs the caller has seen done
}

// nounsAhead works out datedNoun for each candidate of order, in order,
// on a goroutine of its own: it reads only the candidate's sentence and
// time, and the story's words (m.num, m.happening, m.lx), which the merge
// does not change, and the merge, which places order's candidates one
// after the other, reads each answer (at) before it changes anything of
// that candidate. The channel holds every run, so the goroutine never
// waits and ends whether or not the merge reads them all.
func (m *merger) nounsAhead(order []*candidate) *nouns {
	runs := (len(order) + nounRun - 1) / nounRun
	a := &nouns{v: make([]sid, len(order)), ready: make(chan struct{}, runs)}
	go func() {
		var room []word
		for k := range runs {
			for i := k * nounRun; i < min(len(order), (k+1)*nounRun); i++ {
				c := order[i]
				a.v[i] = nounNotYet
				if c.basis == "" && c.date.Gran == timeline.Day && m.num != nil {
					a.v[i] = m.datedNounIn(c, &room)
				}
			}
			a.ready <- struct{}{}
		}
	}()
	return a
}

// at is datedNoun's answer for order[i] worked out ahead, or nounNotYet.
func (a *nouns) at(i int) sid {
	for i >= a.runs*nounRun {
		<-a.ready
		a.runs++
	}
	return a.v[i]
}
