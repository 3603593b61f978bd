package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/wordset"
	"github.com/dateline-news/dateline/timex"
)

// A shallow clause chunker: a sentence's words (appendWordsLow) cut into
// the clauses a reader sees, each with its kind, its finite verb, its
// subject and the clause it hangs on. It reads the words once, left to
// right, keeping the open clauses as a chain of parents; a few rules look
// ahead a bounded number of words. The dating asks it which clause a time
// stands in: the time dates that clause, and no other.

// clauseKind is what a clause is to its parent.
type clauseKind uint8

const (
	clMain       clauseKind = iota // the sentence's own clause
	clRelative                     // who/which/that/whose/where on a noun
	clReduced                      // a participle phrase on a noun ("the man arrested in May"), or set off after a clause (", killing 46")
	clComplement                   // what a verb says or thinks: "said (that) ...", "showed his office had been warned"
	clAdverbial                    // after/before/when/since/as/if/because/while/until ...; with no verb, a phrase of its parent
	clInfinitive                   // "to" + verb, or a target ("pushed back to March 14")
	clCoord                        // a second predicate or clause after "and"/"but"
	clAside                        // set off by commas, with no finite verb ("Garcia, 52,", ", up from 14,000 on Monday")
	clCompare                      // a comparison's standard: "than ..."
	clAttrib                       // an attribution set off by a comma: ", police said on Monday"
)

// chunk is one clause of a sentence: its words [from, to) of the
// sentence's words; its finite verb (an infinitive's or a participle
// phrase's verb), -1 when none was found; the first word of its subject,
// -1 when it shares its parent's; its parent, -1 for the main clause.
type chunk struct {
	from, to int
	kind     clauseKind
	verb     int
	vend     int // the last word of the verb group
	subj     int
	parent   int
	modal    bool // the verb group holds a modal or future word ("would", "will")
	target   bool // an infinitive that is a target date ("to March 14")
	late     bool // opened after its parent's verb (or after a phrase's that opened so): on an object, not on a subject
	present  bool // the verb group opens in the present ("has paid", "is searching", "visits")
}

var (
	clauseAdverbials    = wordSet("clause-adverbials")
	clauseSaying        = wordSet("clause-saying")
	clauseTargetTimes   = wordSet("clause-target-times")
	clauseTargetVerbs   = wordSet("clause-target-verbs")
	clauseGroupAdverbs  = wordSet("clause-group-adverbs")
	clauseTimeWords     = wordSet("clause-time-words")
	clauseCalendarWords = wordSet("clause-calendar-words")
	clauseHearerVerbs   = wordSet("clause-hearer-verbs")
	clauseDemonstr      = wordSet("clause-demonstratives")
	clauseGroupVerbs    = wordSet("clause-group-verbs")
	clauseStops         = wordSet("clause-stops")
	clauseThatAdverbs   = wordSet("clause-that-adverbials")
	clauseObjects       = wordSet("clause-objects")
	clauseFunction      = wordSet("clause-function-words")
	clauseSetOff        = wordSet("clause-set-off-openers")
	clauseHedges        = wordSet("clause-hedges")
	clauseNounForms     = wordSet("clause-noun-forms")
	clauseTelling       = wordSet("clause-telling-nouns")
	settingVerbs        = wordSet("setting-verbs")
	settingLasting      = wordSet("setting-lasting")
	settingLastingVerbs = wordSet("setting-lasting-verbs")
	clauseQuestionWords = wordSet("clause-question-words")
	tellingPresent      = wordSet("telling-present-verbs")
	settingPrepositions = wordSet("setting-prepositions")
	clauseEdWords       = wordSet("clause-ed-words")
	clausePresent       = wordSet("clause-present-verbs")
	pastMainSetting     = wordSet("past-main-setting")
	clausePreps         = wordSet("clause-prepositions")
	clauseMandative     = wordSet("clause-mandative-verbs")
	clauseSubjectRel    = wordSet("clause-subject-relatives")
	clauseIndefinites   = wordSet("clause-indefinites")
	clausePerfect       = wordSet("clause-perfect-auxiliaries")
	clauseFuture        = wordSet("clause-future-auxiliaries")
	clauseForecast      = wordSet("clause-forecast-verbs")
	causativeVerbs      = wordSet("causative-verbs")
	clausePastGroup     = wordSet("clause-past-auxiliaries")
	figureNouns         = wordSet("figure-nouns")
	figureSpans         = wordSet("figure-spans")
	figurePeriodPreps   = wordSet("figure-period-prepositions")
	ofTimeEdges         = wordSet("of-time-edges")
	ofTimeContainers    = wordSet("of-time-containers")
	causeNounPreps      = wordSet("cause-noun-prepositions")
	causeNounLinks      = wordSet("cause-noun-links")
	boundComparatives   = wordSet("clause-bound-comparatives")
	clauseCause         = wordSet("clause-cause-prepositions")
	clauseDeadline      = wordSet("clause-deadline-openers")
	clauseBeforePlaces  = wordSet("clause-before-places")
	clausePlainPresents = wordSet("clause-plain-presents")
	hearingAttribution  = wordSet("attribution-hearing-verbs")
	hearingPassives     = wordSet("attribution-hearing-passives")
	hearingParticiples  = wordSet("attribution-hearing-participles")
	nounPresents        = wordSet("clause-noun-presents")
	nounPresentMarks    = wordSet("clause-noun-present-marks")
	commissioning       = wordSet("commissioning-participles")
	gatheringParts      = wordSet("gathering-participles")
	sampleNouns         = wordSet("sample-nouns")
	originFigureWords   = wordSet("origin-figure-words")
	originClockMarks    = wordSet("origin-clock-marks")
	originUnitPreps     = wordSet("origin-unit-prepositions")
	originTimeOpeners   = wordSet("origin-time-openers")
	compareMultipliers  = wordSet("comparison-multipliers")
)

// What a word is as a verb, by its form and the lists.
const (
	vNone    = iota
	vFinite  // surely finite: an auxiliary, a modal, a past form of the lists, a verb of saying
	vPast    // a form in -ed or an irregular one: a past or a participle
	vPresent // a verb of the kinds in -s ("resigns")
)

// chunker holds what appendClauses reads.
type chunker struct {
	text string
	ws   []word
	cs   []chunk
	vc   []int8 // by word, its verbClass plus one once worked out (nil: none kept)
}

// upper reports whether word i is written with a capital (no word
// before the first or after the last is).
func (k *chunker) upper(i int) bool {
	if i < 0 || i >= len(k.ws) {
		return false
	}
	c := k.text[k.ws[i].i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(k.text[k.ws[i].i:])
	return unicode.IsUpper(r)
}

// gap is the text between word i-1 and word i.
func (k *chunker) gap(i int) string {
	if i == 0 {
		return ""
	}
	return k.text[k.ws[i-1].j:k.ws[i].i]
}

// comma reports whether a comma stands before word i, not one inside a
// figure ("14,000"): an amount whose currency is written in letters before
// its digits, with no space ("R150,000" rand, "Rs4,500" rupees, "K12,000"
// kwacha), separates its thousands as "$150,000" does.
func (k *chunker) comma(i int) bool {
	if i < 0 || i >= len(k.ws) || !k.ws[i].comma {
		return false
	}
	g := k.gap(i)
	figure := i > 0 && (k.digit(i-1) || g == "," && k.digitEnd(i-1))
	return i == 0 || g != "," && g != ", " || !figure || len(k.ws[i].w) != 3 || !k.digit(i)
}

// digitEnd reports whether word i ends on a digit.
func (k *chunker) digitEnd(i int) bool {
	w := k.ws[i].w
	if w == "" {
		return false
	}
	c := w[len(w)-1]
	return '0' <= c && c <= '9'
}

// digit reports whether word i opens on a digit.
func (k *chunker) digit(i int) bool {
	c := k.ws[i].w[0]
	return '0' <= c && c <= '9'
}

// verbClass tells what word i is as a verb (vNone, vFinite, vPast,
// vPresent). A name, or a word after an article or a possessive, is none.
func (k *chunker) verbClass(i int) int {
	// The clauses of a sentence ask again and again for the class of the
	// same few words: appendClauses keeps each (k.vc).
	if k.vc == nil {
		return k.verbClassOf(i)
	}
	if c := k.vc[i]; c != 0 {
		return int(c) - 1
	}
	c := k.verbClassOf(i)
	k.vc[i] = int8(c + 1)
	return c
}

// The word lists verbClassOf reads first, as bits of one lookup
// (verbBits): a word is looked up once, not once per list.
const (
	vbArticle = 1 << iota
	vbPossessive
	vbDemonstr
	vbAux
	vbNonfiniteAux
	vbModal
	vbFinitePast // reportingVerbs, pastOpeners, simplePasts
	vbVerbForm
	vbEdWord
	vbPlainPresent
)

// verbBits holds, for each word of those lists, the bits of the lists it
// is in.
var verbBits = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, l := range []struct {
		set wordset.Set
		bit uint16
	}{
		{articleWords, vbArticle}, {possessivePronouns, vbPossessive}, {clauseDemonstr, vbDemonstr},
		{auxiliaries, vbAux}, {nonfiniteAuxiliaries, vbNonfiniteAux}, {modalAuxiliaries, vbModal},
		{reportingVerbs, vbFinitePast}, {pastOpeners, vbFinitePast}, {simplePasts, vbFinitePast},
		{verbForms, vbVerbForm}, {clauseEdWords, vbEdWord}, {clausePlainPresents, vbPlainPresent},
	} {
		for w, in := range l.set.All() {
			if in {
				m[w] |= l.bit
			}
		}
	}
	return m
}()

// verbClassOf is verbClass worked out.
func (k *chunker) verbClassOf(i int) int {
	w := k.ws[i].w
	if i > 0 && k.upper(i) {
		return vNone
	}
	b := verbBits[w]
	if i > 0 && !k.comma(i) {
		if p := verbBits[k.ws[i-1].w]; p&(vbArticle|vbPossessive) != 0 || p&vbDemonstr != 0 && b&(vbAux|vbModal) == 0 || k.possessive(i-1) {
			return vNone // (a demonstrative before an auxiliary is the subject: "This is the fifth")
		}
	}
	switch {
	case b&vbAux != 0 && b&vbNonfiniteAux == 0, b&vbModal != 0, strings.HasSuffix(w, "n't"), strings.HasSuffix(w, "n’t"):
		return vFinite
	case b&vbFinitePast != 0:
		// A form that is only ever a simple past ("broke", "sank") is
		// the finite verb of its clause, never a participle on the noun
		// before it: "Live updates: a fire broke out" is no reduced
		// clause on "a fire" ("A fire was broke out").
		return vFinite
	case b&vbVerbForm != 0 || len(w) > 3 && strings.HasSuffix(w, "ed") && b&vbEdWord == 0:
		return vPast
	}
	if b&vbPlainPresent != 0 {
		return vPresent
	}
	if nounPresents.Has(w) && i > 0 && i+1 < len(k.ws) && !k.comma(i) && !k.comma(i+1) && !k.hard(i+1) && !nounPresentMarks.Has(k.ws[i-1].w) && !prepositions.Has(k.ws[i+1].w) && !clausePreps.Has(k.ws[i+1].w) {
		// "Inspectors who visited the home on Monday say conditions have
		// improved"; not the noun of "have no say in", "the final say on".
		return vPresent
	}
	if kw, ok := keywords[w]; ok && kw.verb && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return vPresent
	}
	if i > 0 && !k.comma(i) && (k.ws[i-1].w == personPronounHe || k.ws[i-1].w == personPronounShe || k.ws[i-1].w == thingPronoun) && len(w) > 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !clauseGroupAdverbs.Has(w) && !clauseAdverbials.Has(w) && !clauseFunction.Has(w) && !prepositions.Has(w) {
		return vPresent // "it describes corrosion", "she notes"
	}
	if i > 0 && i+1 < len(k.ws) && !k.comma(i) && clauseSubjectRel.Has(k.ws[i-1].w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") &&
		!clauseGroupAdverbs.Has(w) && !clauseFunction.Has(w) && !k.comma(i+1) && (prepositions.Has(k.ws[i+1].w) || articleWords.Has(k.ws[i+1].w) || possessivePronouns.Has(k.ws[i+1].w)) {
		return vPresent // "feedback that points to a problem", "a plan which includes the"
	}
	if i > 0 && i+1 < len(k.ws) && !k.comma(i) && titleConjunctions.Has(k.ws[i-1].w) && k.ws[i+1].w == "that" && !k.comma(i+1) && len(w) > 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !clauseGroupAdverbs.Has(w) && !clauseFunction.Has(w) && !k.relativeThat(i+1) {
		return vPresent // "... and notes that"
	}
	if k.tellingAfterNoun(i) {
		return vPresent // "The report notes that", "The lawsuit claims the"
	}
	if k.participleTimeVerb(i) >= 0 {
		return vPresent // "The lawsuit filed in October seeks"
	}
	return vNone
}

// participleTimeVerb returns the past participle whose time the present
// in "-s" at word i follows, or -1: a noun, a past participle, a time
// phrase right after it with a day, month, year or figure in it, then
// the "-s" word, with at most one adverb of the verb group before it and
// no comma ("The lawsuit filed in October seeks", "A report
// published in 2023 describes", "The course record set in 2023 still
// stands"). In news English a time right after a participle on a noun
// closes that participle's phrase, so the "-s" word after it is the
// noun's verb in the present, never a noun. (Only the participle's form
// is asked, never its class: the classes of the words before i are still
// being worked out.)
func (k *chunker) participleTimeVerb(i int) int {
	w := k.ws[i].w
	if i < 3 || k.comma(i) || len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") ||
		strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || prepositions.Has(w) || clausePreps.Has(w) || determiners.Has(w) || clauseGroupAdverbs.Has(w) || clauseAdverbials.Has(w) ||
		clauseFunction.Has(w) || titleConjunctions.Has(w) || clauseTimeWords.Has(w) || auxiliaries.Has(w) {
		return -1
	}
	j := i - 1
	if clauseGroupAdverbs.Has(k.ws[j].w) {
		if k.comma(j) {
			return -1
		}
		j-- // "still stands"
	}
	// The time phrase [s, j]: up to four time words or figures, the last a
	// figure or a word of the calendar.
	if !k.digit(j) && !clauseCalendarWords.Has(k.ws[j].w) {
		return -1
	}
	s := j
	for s > 0 && j-s < 3 && !k.comma(s) && (clauseTimeWords.Has(k.ws[s-1].w) || k.digit(s-1)) {
		s--
	}
	if s == j || k.comma(s) || s < 2 {
		return -1 // (a phrase with no word before its figure or month)
	}
	p := s - 1
	pw := k.ws[p].w
	if k.comma(p) || k.upper(p) || reportingVerbs.Has(pw) || !(verbForms.Has(pw) || len(pw) > 3 && strings.HasSuffix(pw, "ed") && !clauseEdWords.Has(pw)) {
		return -1
	}
	// Not before a preposition, "to", "that", a conjunction or an "-ing"
	// form: after a verb with its time before a long object, the "-s"
	// word opens that object ("The company announced on Monday plans to
	// cut jobs", "published on Tuesday details of the scheme", "unveiled
	// measures that would cap rents").
	if i+1 < len(k.ws) && !k.comma(i+1) && !k.hard(i+1) {
		a := k.ws[i+1].w
		if prepositions.Has(a) || clausePreps.Has(a) || byOf.Has(a) || particles.Has(a) || relativeOpeners.Has(a) || relativePronouns.Has(a) || a == "that" || a == "to" ||
			titleConjunctions.Has(a) || subordinators.Has(a) || clauseAdverbials.Has(a) || strings.HasSuffix(a, "ing") {
			return -1
		}
	}
	n := k.ws[p-1].w
	if k.upper(p-1) && p-1 > 0 || auxiliaries.Has(n) || modalAuxiliaries.Has(n) || prepositions.Has(n) || clausePreps.Has(n) || determiners.Has(n) || subjectPronouns.Has(n) || objectPronouns.Has(n) ||
		relativeOpeners.Has(n) || relativePronouns.Has(n) || clauseAdverbials.Has(n) || clauseGroupAdverbs.Has(n) || titleConjunctions.Has(n) || clauseFunction.Has(n) || strings.HasSuffix(n, "ly") {
		return -1
	}
	return p
}

// relativeThat reports whether the "that" of word i is followed by a
// finite auxiliary or a modal, the verb of a relative clause on the word
// before it ("and repairs that were to start", "and fees that will
// rise"): that word is its noun, not a verb of telling ("and notes that
// the survey had missed them").
func (k *chunker) relativeThat(i int) bool {
	if i+1 >= len(k.ws) || k.comma(i+1) {
		return false
	}
	n := k.ws[i+1].w
	return auxiliaries.Has(n) && !nonfiniteAuxiliaries.Has(n) || modalAuxiliaries.Has(n)
}

// tellingAfterNoun reports whether word i is a verb of telling in the
// present (telling-present-verbs) after a subject of an article, a
// possessive or a demonstrative and one lowercase noun ("The report notes
// that", "Her letter claims the"), before "that", an article, a possessive
// or a subject pronoun: not a noun of a list ("the claims that were
// made" has an article before it, "a study and findings that").
func (k *chunker) tellingAfterNoun(i int) bool {
	if i < 2 || i+1 >= len(k.ws) || !tellingPresent.Has(k.ws[i].w) || k.comma(i) || k.comma(i-1) || k.comma(i+1) || k.upper(i-1) || k.digit(i-1) {
		return false
	}
	p, pp, n := k.ws[i-1].w, k.ws[i-2].w, k.ws[i+1].w
	if !(articleWords.Has(pp) || possessivePronouns.Has(pp) || clauseDemonstr.Has(pp) || k.possessive(i-2)) || articleWords.Has(p) || possessivePronouns.Has(p) ||
		prepositions.Has(p) || determiners.Has(p) || auxiliaries.Has(p) || modalAuxiliaries.Has(p) || titleConjunctions.Has(p) || clauseFunction.Has(p) || clauseGroupAdverbs.Has(p) || strings.HasSuffix(p, "ly") ||
		measureNumbers.Has(p) || clauseTimeWords.Has(p) {
		return false
	}
	return n == "that" || articleWords.Has(n) || possessivePronouns.Has(n) || subjectPronouns.Has(n) && n != "it"
}

// nounish reports whether word i may end a noun phrase: not a verb, a
// function word or a group's adverb.
func (k *chunker) nounish(i int) bool {
	w := k.ws[i].w
	if auxiliaries.Has(w) || modalAuxiliaries.Has(w) || prepositions.Has(w) || clausePreps.Has(w) || determiners.Has(w) || possessivePronouns.Has(w) || subjectPronouns.Has(w) ||
		relativeOpeners.Has(w) || clauseAdverbials.Has(w) || clauseGroupAdverbs.Has(w) || titleConjunctions.Has(w) || clauseFunction.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ly") {
		return false
	}
	return k.verbClass(i) != vFinite
}

// groupAdverbs is how many adverbs a verb group holds between its verb
// and the word it goes on with, at most (inGroup).
const groupAdverbs = 8

// clauseDepth bounds a walk up a time's chain of enclosing clauses (a
// clause's parent, its parent's, ...): deeper nesting than this is no
// sentence of news, and the walk stays linear whatever the chunker made.
const clauseDepth = 16

// pastSubjectWords is the longest subject pastMainTime reads before a main
// clause's verb; pastReachWords how far after the verb group it looks for
// the time (linear in the sentence).
const (
	pastSubjectWords = 12
	pastReachWords   = 40
)

// inGroup reports whether word i goes on clause c's verb group ("has
// been arrested", "would probably slip").
func (k *chunker) inGroup(c, i int) bool {
	cl := &k.cs[c]
	if cl.verb < 0 || k.comma(i) {
		return false
	}
	// (At most groupAdverbs adverbs between the verb and word i: "would
	// probably not even have". The walk back is from each word of the
	// clause, and a run of thousands of adverbs, "early early early ...",
	// made the clause quadratic.)
	j := i - 1
	for j > cl.vend && i-j <= groupAdverbs && (clauseGroupAdverbs.Has(k.ws[j].w) || len(k.ws[j].w) > 4 && strings.HasSuffix(k.ws[j].w, "ly")) {
		j--
	}
	if j != cl.vend {
		return false
	}
	// (After a form of "be", "have" or a modal, the verb goes on; after a
	// past, a second past is another verb: "the man arrested said".)
	v := k.ws[cl.vend].w
	return auxiliaries.Has(v) || modalAuxiliaries.Has(v) || strings.HasSuffix(v, "n't") || clauseGroupVerbs.Has(v)
}

// finiteAhead returns the first word after i, up to n words on and before
// a comma (but one before i+1), a subordinator, a relative word or "and",
// that is surely finite (vFinite or vPresent), or -1.
func (k *chunker) finiteAhead(i, n int) int {
	for j := i + 1; j < len(k.ws) && j <= i+n; j++ {
		if j > i+1 && (k.comma(j) || k.hard(j)) {
			return -1
		}
		w := k.ws[j].w
		if relativeOpeners.Has(w) || clauseAdverbials.Has(w) || clauseStops.Has(w) {
			return -1
		}
		if c := k.verbClass(j); c == vFinite || c == vPresent {
			return j
		}
	}
	return -1
}

// commaAhead returns the next word after i set off by a comma, up to n
// words on, or -1 (also at the sentence's end).
func (k *chunker) commaAhead(i, n int) int {
	for j := i + 1; j < len(k.ws) && j <= i+n; j++ {
		if k.comma(j) || k.hard(j) {
			return j
		}
	}
	return -1
}

// hard reports whether the text before word i breaks every clause but
// the main one (hardBreak), not a colon inside a clock time ("13:30").
func (k *chunker) hard(i int) bool {
	if i == 0 {
		return false
	}
	g := k.gap(i)
	if g == ":" && k.digit(i-1) && k.digit(i) {
		return false
	}
	return hardBreak(g)
}

// hardBreak reports whether the text between two words breaks every
// clause but the main one: a semicolon, a colon, a dash or a bracket.
func hardBreak(gap string) bool {
	return strings.ContainsAny(gap, ";:()—–") || strings.Contains(gap, " - ")
}

// open starts a clause of kind at word i inside clause parent.
func (k *chunker) open(parent int, kind clauseKind, i int) int {
	late := false
	if parent >= 0 {
		p := &k.cs[parent]
		late = p.verb >= 0 || (p.kind == clAdverbial || p.kind == clAside) && p.late
	}
	k.cs = append(k.cs, chunk{from: i, to: len(k.ws), kind: kind, verb: -1, vend: -1, subj: -1, parent: parent, late: late})
	return len(k.cs) - 1
}

// close ends clause c (and nothing else) before word i.
func (k *chunker) close(c, i int) int {
	k.cs[c].to = i
	return k.cs[c].parent
}

// setVerb makes word i clause c's finite verb.
func (k *chunker) setVerb(c, i int) {
	cl := &k.cs[c]
	cl.verb, cl.vend = i, i
	cl.modal = cl.modal || modalAuxiliaries.Has(k.ws[i].w)
	vc := k.verbClass(i)
	cl.present = clausePresent.Has(k.ws[i].w) || vc == vPresent || vc == vNone && k.presentLike(i)
	if cl.subj >= 0 || cl.kind == clCoord || cl.kind == clInfinitive {
		return
	}
	switch cl.kind {
	case clMain:
		if i > cl.from {
			cl.subj = cl.from
		}
	case clRelative:
		// "who was rescued": the noun before; "which the judge settled":
		// the words after the pronoun; "whose son was pulled": its own.
		switch {
		case k.ws[cl.from].w == "whose":
			cl.subj = cl.from
		case i > cl.from+1:
			cl.subj = cl.from + 1
		case cl.from > 0:
			cl.subj = cl.from - 1
		}
	case clReduced:
		if cl.from > 0 && !k.ws[cl.from].comma {
			cl.subj = cl.from - 1
		}
	default:
		if i > cl.from+1 {
			cl.subj = cl.from + 1
		} else if i > cl.from && cl.kind == clComplement {
			cl.subj = cl.from
		}
	}
}

// appendClauses appends the clauses of the sentence whose words are ws
// (appendWordsLow of text) to cs, in the order they open; the main clause
// first, each clause inside its parent's span.
func appendClauses(cs []chunk, text string, ws []word) []chunk {
	k := chunker{text: text, ws: ws, cs: cs[:0]}
	if len(ws) == 0 {
		return k.cs
	}
	k.vc = make([]int8, len(ws))
	top := k.open(-1, clMain, 0)
	pending := -1 // where a complement without "that" opens
	for i := 0; i < len(ws); i++ {
		w := ws[i].w
		if k.hard(i) {
			for top > 0 {
				top = k.close(top, i)
			}
			if strings.Contains(k.gap(i), "(") {
				top = k.open(top, clAside, i)
				continue
			}
		}
		if k.comma(i) && k.cs[top].kind == clAside && k.cs[top].from == i-1 && k.age(i-1) {
			// (The comma after an age closes the age alone: "charged with
			// killing Jo Brant, 34, on Oct. 21" goes on.)
			top = k.close(top, i)
		} else if k.comma(i) && k.cs[top].kind == clReduced && k.age(i) {
			top = k.open(top, clAside, i)
			continue
		} else if k.comma(i) {
			// A comma closes the clauses that a comma ends, up to a main
			// clause, a complement or a second clause.
			for top > 0 {
				switch k.cs[top].kind {
				case clMain, clComplement:
				case clCoord:
					// (A second predicate of what a comma closes is closed
					// with it: "The ferry, which ran aground in May and was
					// refloated in June, was sold".)
					if p := k.cs[top].parent; p > 0 && k.commaCloses(p) {
						top = k.close(top, i)
						continue
					}
				default:
					top = k.close(top, i)
					continue
				}
				break
			}
		}
		if c := &k.cs[top]; c.target && !clauseTargetTimes.Has(w) && !clauseTimeWords.Has(w) && !k.digit(i) && w != "the" && w != "of" {
			top = k.close(top, i) // ("delayed to Thursday because of a storm")
		}
		if c := &k.cs[top]; c.kind == clCompare && i > c.from+1 && (prepositions.Has(w) && (k.digit(c.from+1) || measureNumbers.Has(ws[c.from+1].w)) || i == c.from+2 && k.verbClass(c.from+1) == vPast) {
			top = k.close(top, i) // ("rose more than 2 percent on Tuesday", "fell more than expected on Monday")
		} else if c.kind == clCompare && i > c.from+1 && measureUnits.Has(ws[i-1].w) {
			top = k.close(top, i) // ("less than an hour after checking in on Thursday")
		}
		if c := &k.cs[top]; c.kind == clReduced && c.verb >= 0 && c.verb+1 < i && ws[c.verb+1].w == "by" && i > c.verb+2 && (prepositions.Has(w) || clauseTimeWords.Has(w)) &&
			!(clauseTimeWords.Has(w) && !c.late && c.parent == 0 && k.cs[0].verb < 0) && !(c.late && k.comma(c.from) && k.timeInPhrase(c.verb)) {
			// An agent ends the phrase: "a depot owned by the council in
			// Leeds on Sunday" (the place and time are the clause's); not
			// a time on the subject's phrase before the clause's verb: "A
			// bus driven by a teenager on Friday crashed"; nor in a phrase
			// a comma sets off after the clause's verb, which runs to the
			// next comma or the sentence's end: "approved a budget of 4.2
			// million pounds, cut by a fifth in 2024" (the cut was in 2024).
			top = k.close(top, i)
		}
		if i == pending {
			pending = -1
			top = k.open(top, clComplement, i)
			k.cs[top].subj = i
		}
		vc := k.verbClass(i)
		switch {
		case w == "than":
			top = k.open(top, clCompare, i)
			continue
		case relativeOpeners.Has(w) || w == "where" && i > 0 && k.nounish(i-1):
			top = k.open(top, clRelative, i)
			continue
		case w == "that" && i > 0 && i+1 < len(ws) && !clauseTimeWords.Has(ws[i+1].w):
			p := ws[i-1].w
			cl := &k.cs[top]
			switch {
			case clauseThatAdverbs.Has(p):
				top = k.open(top, clAdverbial, i)
				continue
			case prepositions.Has(p):
				// ("after that", "before that day")
			case cl.verb >= 0 && (i-1 == cl.vend || clauseSaying.Has(p) || i-cl.vend <= 5 && k.timePhrase(cl.vend+1, i) ||
				(clauseHearerVerbs.Has(ws[cl.vend].w) || clauseSaying.Has(ws[cl.vend].w) && prepositions.Has(ws[cl.vend+1].w)) && i-cl.vend <= 5 && k.finiteAhead(cl.vend, i-cl.vend-1) < 0):
				top = k.open(top, clComplement, i)
				continue
			case k.nounish(i - 1):
				top = k.open(top, clRelative, i)
				continue
			}
		case clauseAdverbials.Has(w) && i+1 < len(ws):
			if w == "as" || w == "once" {
				// ("as he left", not "as head coach", "as well as")
				if j := k.finiteAhead(i, 5); (j < 0 || j == i+1) && !k.subjectPast(i) {
					break
				}
			}
			top = k.open(top, clAdverbial, i)
			if n := ws[i+1].w; len(n) > 4 && strings.HasSuffix(n, "ing") && !k.upper(i+1) {
				// "after checking in", "when knocking out Thompson"
				k.setVerb(top, i+1)
				i++
			}
			continue
		case w == "to" && i+1 < len(ws):
			n := ws[i+1].w
			if (clauseTargetTimes.Has(n) || k.digit(i+1) || n == "the" && i+2 < len(ws) && clauseTargetTimes.Has(ws[i+2].w)) && k.moved(top, i) {
				top = k.open(top, clInfinitive, i)
				k.cs[top].target = true
				continue
			}
			if !k.upper(i+1) && !k.digit(i+1) && !determiners.Has(n) && !articleWords.Has(n) && !possessivePronouns.Has(n) && !prepositions.Has(n) &&
				!measureNumbers.Has(n) && !clauseTimeWords.Has(n) && !strings.HasSuffix(n, "ing") {
				top = k.open(top, clInfinitive, i)
				k.setVerb(top, i+1)
				i++
				continue
			}
		case (w == "and" || w == "but") && i+1 < len(ws) && k.cs[top].verb >= 0:
			j := i + 1
			for j < len(ws) && j < i+3 && clauseGroupAdverbs.Has(ws[j].w) {
				j++
			}
			telling := j < len(ws) && k.cs[top].present && k.tellingCoord(j)
			if j < len(ws) && k.verbClass(j) != vNone && !k.comma(j) || k.cs[top].modal && j < len(ws) && k.baseVerb(j) || telling {
				// "gave no details and said it would": a second predicate
				// of the same subject; "will start on Monday and take
				// charge". (Not of a participle phrase or an infinitive
				// when the verb is finite or takes an object: "paintings
				// stolen from a museum and arrested four men".)
				for (k.cs[top].kind == clReduced || k.cs[top].kind == clInfinitive) && (k.verbClass(j) == vFinite || j+1 < len(ws) && k.objectNext(j+1)) {
					top = k.close(top, i)
				}
				// A verb in the present after a relative clause in the past
				// on its clause's object is that clause's second predicate
				// when that clause is in the present: "it describes
				// corrosion that had reduced the plates and notes that
				// ...".
				for n := 0; n < 8 && (k.cs[top].kind == clRelative || k.cs[top].kind == clReduced) && !k.cs[top].present && k.cs[top].parent >= 0 && k.cs[k.cs[top].parent].present && k.verbClass(j) == vPresent; n++ {
					top = k.close(top, i)
				}
				top = k.open(top, clCoord, i)
				if k.verbClass(j) == vNone {
					k.setVerb(top, j) // (a base form: "and take charge")
				}
				if telling {
					// "names the agency and claims the brakes failed": what
					// is told is its complement.
					k.cs[top].present = true
					k.sayingComplement(top, j, &pending)
				}
				continue
			}
			if j+1 < len(ws) && subjectPronouns.Has(ws[j].w) && k.verbClass(j+1) != vNone {
				// "would be lost but it was revived in 2008": a second
				// clause with its own subject.
				top = k.open(top, clCoord, i)
				k.cs[top].subj = j
				continue
			}
			if k.comma(i) && j < len(ws) && !k.comma(j) {
				if v := k.coordAhead(i+1, 8); v > i+1 || k.relativeSubject(i+1) {
					// ", and officials said": a second clause.
					top = k.open(top, clCoord, i)
					k.cs[top].subj = i + 1
					continue
				}
			}
		}
		if c := &k.cs[top]; (vc == vPast || vc == vFinite) && c.kind == clAdverbial && c.verb < 0 && !k.comma(i) && c.parent > 0 && k.cs[c.parent].verb >= 0 && k.clockPhrase(c.from+1, i) {
			// A time after "after" or "before" is a phrase, not a clause
			// whose verb follows: "a jogger who found the body shortly
			// after 7 a.m. called police" (called is the subject's).
			top = k.close(top, i)
		}
		cl := &k.cs[top]
		if vc == vNone && cl.verb < 0 && k.presentLike(i) {
			vc = vPresent // "The recall covers vans", "Officials expect the bridge to"
		} else if vc == vNone && cl.verb >= 0 && top > 0 && k.cs[0].verb < 0 && (clauseTimeWords.Has(ws[i-1].w) || k.digit(i-1)) && strings.HasSuffix(w, "s") && k.presentLike(i) {
			// A present after a time that ends a clause on the subject is
			// the subject's verb: "an employee who shot two co-workers
			// two years ago starts Monday".
			vc = vPresent
		}
		if i == 0 && w == "having" && len(ws) > 2 && k.commaAhead(0, 14) > 0 {
			// "Having been arrested in May, the man appeared in court":
			// an opening perfect participle phrase; its participle is
			// its verb, and the clause after its comma is the main one.
			p := 1
			if ws[1].w == "been" {
				p = 2
			}
			if vp := k.verbClass(p); vp == vPast || vp == vFinite && !auxiliaries.Has(ws[p].w) && !modalAuxiliaries.Has(ws[p].w) {
				top = k.open(top, clReduced, 0)
				k.setVerb(top, p)
				i = p
				continue
			}
		}
		if i == 0 && vc == vPast && len(ws) > 1 && (prepositions.Has(ws[1].w) || clauseTimeWords.Has(ws[1].w) || strings.HasSuffix(ws[1].w, "ly")) && k.commaAhead(0, 14) > 0 {
			// "Remanded in custody until April 2, the man will appear":
			// an opening participle phrase.
			top = k.open(top, clReduced, 0)
			k.setVerb(top, 0)
			continue
		}
		if k.comma(i) && i > 0 && vc == vNone || k.comma(i) && cl.verb < 0 && vc == vPast {
			// Set off by a comma, and not a verb of the clause open.
			switch {
			case w == "including" || w == "such":
				top = k.open(top, clAside, i)
				continue
			case cl.verb >= 0 && len(w) > 4 && strings.HasSuffix(w, "ing"):
				top = k.open(top, clReduced, i)
				k.setVerb(top, i)
				// (", saying she had signed the papers in 2018": what the
				// phrase says is its complement.)
				k.sayingComplement(top, i, &pending)
				continue
			case cl.verb >= 0:
				if k.attribution(i) {
					// (The main clause's: "... and arrested four men,
					// prosecutors said".)
					for top > 0 {
						top = k.close(top, i)
					}
					top = k.open(top, clAttrib, i)
					continue
				}
				if k.finiteAhead(i-1, 12) < 0 && !clauseTimeWords.Has(w) && k.setOff(i) {
					// (Not a time phrase: "arrived in Hanoi, the first leg of
					// his tour, on Sunday".)
					top = k.open(top, clAside, i)
					if vc == vPast {
						k.setVerb(top, i)
					}
					continue
				}
			case cl.verb < 0 && cl.kind == clMain && vc == vPast && agentNext(ws, i, len(ws)) && k.commaAhead(i, 40) > 0:
				// A participle that names its agent after a comma on the
				// subject is set off however long it runs: "The sale of
				// the site, approved by the council at a meeting on
				// Tuesday after years of talks about noise, traffic and
				// parking, ends a dispute".
				top = k.open(top, clAside, i)
				k.setVerb(top, i)
				continue
			case cl.verb < 0 && !clauseTimeWords.Has(w) && !titleConjunctions.Has(w) && !(k.upper(i) && k.upper(i-1)) && k.finiteAhead(i-1, 14) < 0 && k.verbAfterAsides(i):
				// "Garcia, 52, a former officer convicted in 2015, was
				// released", "Doyle, indicted last month, resigned",
				// "Mangoni, testifying on Tuesday, said". (Not a place's
				// state: "Newport Beach, Calif.".)
				top = k.open(top, clAside, i)
				if vc == vPast || len(w) > 4 && strings.HasSuffix(w, "ing") {
					k.setVerb(top, i)
				}
				continue
			}
		}
		if s := k.contactSubject(i); s > 1 && (vc == vPast || vc == vFinite) && (!auxiliaries.Has(w) && !modalAuxiliaries.Has(w) || w == pastHave) && cl.verb >= 0 && cl.vend < s-1 && !k.comma(i) && !k.comma(s) &&
			k.verbClass(s-1) == vNone && k.nounish(s-1) && !prepositions.Has(ws[s-1].w) && !clauseTimeWords.Has(ws[s-1].w) && !subjectPronouns.Has(ws[s-1].w) && !objectPronouns.Has(ws[s-1].w) &&
			!clauseQuestionWords.Has(ws[s-1].w) && !relativeOpeners.Has(ws[s-1].w) && !relativePronouns.Has(ws[s-1].w) && !clauseFunction.Has(ws[s-1].w) && !determiners.Has(ws[s-1].w) &&
			(!k.digit(s-1) || articleWords.Has(ws[s-2].w) || possessivePronouns.Has(ws[s-2].w) || k.digit(s-2)) {
			// A relative clause with no relative word on the noun after
			// the verb: "gave her credit for the sum she paid in 2023",
			// "sold the house they had bought in 2010", "renewed an
			// offer the council first made in March". (Not one in the
			// present or with a modal, a state: "the plans we have in
			// place for 2011".)
			top = k.open(top, clRelative, s)
			k.cs[top].subj = s
			k.setVerb(top, i)
			continue
		}
		if k.comma(i) && vc == vPast && cl.verb >= 0 && i+1 < len(ws) && k.verbClass(i-1) == vNone && k.nounish(i-1) && !k.upper(i-1) && (!k.digit(i-1) || !k.comma(i-1) && i > 1 && !clauseTimeWords.Has(ws[i-2].w) && !beForms.Has(ws[cl.vend].w) && k.timeInPhrase(i)) &&
			(prepositions.Has(ws[i+1].w) || clauseTimeWords.Has(ws[i+1].w)) && !k.objectNext(i+1) && !k.attribution(i) && (!clauseNounForms.Has(w) || k.timeInPhrase(i)) && k.finiteAhead(i, 12) < 0 {
			// A participle phrase set off after its clause's verb, on the
			// noun before the comma: "has withdrawn the update, released
			// in March, after ...", "the move of the longwall, planned for
			// April". It tells of the noun, not the clause.
			top = k.open(top, clReduced, i)
			k.setVerb(top, i)
			continue
		}
		if vc == vNone && cl.verb >= 0 && !k.upper(i) && !k.digit(i) && k.inGroup(top, i) &&
			(nonfiniteAuxiliaries.Has(w) || k.nounish(i) && !measureNumbers.Has(w) && !prepositions.Has(w) && (modalAuxiliaries.Has(ws[cl.vend].w) || clauseGroupVerbs.Has(ws[cl.vend].w) || strings.HasSuffix(w, "ing"))) {
			cl.vend = i // "should be mentioned", "would reopen"
			continue
		}
		if vc == vNone {
			if len(w) > 5 && strings.HasSuffix(w, "ing") && i > 0 && !k.comma(i) && k.nounish(i-1) && cl.verb < 0 && !k.upper(i) && k.finiteAhead(i, 12) > 0 &&
				i+1 < len(ws) && (prepositions.Has(ws[i+1].w) || k.objectNext(i+1)) {
				// "People living near the plant were moved".
				top = k.open(top, clReduced, i)
				k.setVerb(top, i)
			}
			continue
		}
		if (vc == vPast || vc == vFinite) && cl.kind == clAdverbial && cl.verb < 0 && !k.comma(i) && k.nounish(i-1) && cl.parent > 0 && k.cs[cl.parent].kind == clReduced && !k.cs[cl.parent].late &&
			k.cs[cl.parent].parent == 0 && k.cs[0].verb < 0 && k.finiteAhead(i, 12) < 0 {
			// "A report commissioned after the 1 March break-in found
			// that ...": the past after the phrase of "after" on the
			// subject's participle is the subject's verb.
			for top > 0 {
				top = k.close(top, i)
			}
			k.setVerb(top, i)
			k.sayingComplement(top, i, &pending)
			continue
		}
		if k.inGroup(top, i) {
			cl.vend = i
			cl.modal = cl.modal || modalAuxiliaries.Has(w)
			continue
		}
		if (vc == vPast || vc == vPresent && k.participleTimeVerb(i) == cl.verb) && !k.comma(i) && cl.verb >= 0 && cl.parent >= 0 && k.cs[cl.parent].verb < 0 && !k.inGroup(top, i) {
			switch cl.kind {
			case clRelative, clReduced, clInfinitive:
				// A past after a phrase on the subject is the
				// subject's verb: "A man who was fired last week from
				// his job walked into his office".
				top = k.close(top, i)
				k.setVerb(top, i)
				k.sayingComplement(top, i, &pending)
				continue
			}
		}
		if vc == vPast && i > 0 && !k.comma(i) && k.nounish(i-1) && !(cl.verb >= 0 && cl.vend == i-1 && cl.vend > cl.verb) && (k.participleNext(i+1) || cl.kind == clMain && cl.verb < 0 && (k.pastAfterPhrase(i) || k.namesAfterPhrase(i))) && (!clauseNounForms.Has(w) || cl.verb >= 0 && k.prepositionObject(i-1) || k.particlePhrase(i)) &&
			!quantifiers.Has(ws[i-1].w) && (!k.digit(i-1) || cl.verb >= 0 && k.prepositionObject(i-1)) && !clauseTimeWords.Has(ws[i-1].w) && (!k.upper(i-1) || k.namedSubject(top, i) || cl.verb >= 0 && k.prepositionObject(i-1) || i == 1 && cl.kind == clMain && cl.verb < 0 && k.timeThenFinite(i)) &&
			(cl.verb >= 0 || cl.kind == clAside || k.coordAhead(i, 12) > 0 || i+1 < len(ws) && byOf.Has(ws[i+1].w) || cl.kind == clMain && (k.pastAfterPhrase(i) || k.namesAfterPhrase(i))) {
			// "the man arrested in May was freed", "covers vans built in
			// 2019": a participle phrase on the noun before. (After a
			// name or a figure only when a preposition governs it, after
			// the clause's verb: "held a letter from Rome written in
			// 1920", prepositionObject. Not after the verb a modal's
			// group ends on, which is no noun: "Schools will stay closed
			// Tuesday", "would remain shut".)
			top = k.open(top, clReduced, i)
			k.setVerb(top, i)
			continue
		}
		if cl.verb < 0 {
			k.setVerb(top, i)
			k.sayingComplement(top, i, &pending)
			continue
		}
		// A second verb: it ends a relative clause, participle phrase or
		// infinitive on the subject ("A fisherman who was rescued on
		// Thanksgiving Day said Friday"), or opens a complement without
		// "that" ("showed his department had been warned").
		c := top
		for n := 0; c > 0 && n < 8 && !k.comma(i); n++ {
			switch k.cs[c].kind {
			case clRelative, clReduced, clInfinitive, clCompare, clAdverbial:
				if k.cs[c].verb >= 0 {
					c = k.cs[c].parent
					continue
				}
			case clCoord:
				// (A second predicate of such a clause is part of it: "an
				// employee who shot and killed two co-workers in 2010
				// goes on trial".)
				if p := k.cs[c].parent; k.cs[c].verb >= 0 && p > 0 && k.commaCloses(p) {
					c = p
					continue
				}
			}
			break
		}
		if c != top && k.cs[c].verb < 0 {
			for top != c {
				top = k.close(top, i)
			}
			k.setVerb(top, i)
			k.sayingComplement(top, i, &pending)
			continue
		}
		if vc == vFinite || vc == vPresent {
			from := i
			for from > k.cs[top].vend+1 && from > i-5 && !k.comma(from) && (k.nounish(from-1) || articleWords.Has(ws[from-1].w) || possessivePronouns.Has(ws[from-1].w)) {
				from--
			}
			if from < i && (len(k.cs) == top+1 || k.cs[len(k.cs)-1].to <= from) && from > 0 && (ws[from-1].w == "and" || ws[from-1].w == "but") && !k.comma(from) {
				// A noun phrase after "and" or "but" with a finite verb
				// of its own is a second clause, not what the first verb
				// tells: "A truce ended the fighting and the province
				// became autonomous in July".
				top = k.open(top, clCoord, from-1)
				k.setVerb(top, i)
				k.cs[top].subj = from
			} else if from < i && (len(k.cs) == top+1 || k.cs[len(k.cs)-1].to <= from) {
				top = k.open(top, clComplement, from)
				k.setVerb(top, i)
				k.cs[top].subj = from
				k.sayingComplement(top, i, &pending)
			}
		}
	}
	for top > 0 {
		top = k.close(top, len(ws))
	}
	return k.cs
}

// objectNext reports whether word j opens what a finite verb would take
// as its object ("arrested a man", "arrested him"): then the word before
// it is the verb, not a participle on a noun.
func (k *chunker) objectNext(j int) bool {
	w := k.ws[j].w
	if k.comma(j) {
		return false
	}
	return articleWords.Has(w) || possessivePronouns.Has(w) || clauseObjects.Has(w) || (measureNumbers.Has(w) || k.digit(j)) && !clauseTimeWords.Has(w) ||
		subjectPronouns.Has(w) || clauseDemonstr.Has(w) || w == "that"
}

// moved reports whether clause c's verb, or a word after it up to i, moves
// a date ("pushed back", "postponed"): "to" + a time is then a target.
func (k *chunker) moved(c, i int) bool {
	v := k.cs[c].verb
	if v < 0 {
		return false
	}
	for j := v; j < i && j < v+12; j++ {
		if clauseTargetVerbs.Has(k.ws[j].w) {
			return true
		}
	}
	return false
}

// timePhrase reports whether words [s, e) are a time phrase
// (clauseTimeWords or figures): "said on Monday that".
func (k *chunker) timePhrase(s, e int) bool {
	if s >= e {
		return false
	}
	for j := s; j < e; j++ {
		if !clauseTimeWords.Has(k.ws[j].w) && !k.digit(j) {
			return false
		}
	}
	return true
}

// clockPhrase reports whether words [s, e) are a time phrase (timePhrase)
// or a clock time: a figure and words of one or two letters after it ("3
// p m", "10 30 am"), and time words.
func (k *chunker) clockPhrase(s, e int) bool {
	if s >= e {
		return false
	}
	for j := s; j < e; j++ {
		if !clauseTimeWords.Has(k.ws[j].w) && !k.digit(j) && !(len(k.ws[j].w) <= 2 && j > s && (k.digit(j-1) || len(k.ws[j-1].w) <= 2 && j-1 > s && k.digit(j-2))) {
			return false
		}
	}
	return true
}

// attribution reports whether the words from i, set off by a comma, are
// an attribution (", police said", ", the company said in a statement"):
// a verb of saying within five words, before any other verb.
func (k *chunker) attribution(i int) bool {
	for j := i; j < len(k.ws) && j <= i+5; j++ {
		if j > i && (k.comma(j) || k.hard(j)) || relativeOpeners.Has(k.ws[j].w) {
			return false // (", the contractor who admitted fraud")
		}
		if j == i && j+1 < len(k.ws) && strings.HasSuffix(k.ws[j].w, "ed") && !planParticiples.Has(k.ws[j].w) && !clauseForecast.Has(k.ws[j].w) && (prepositions.Has(k.ws[j+1].w) || clauseTimeWords.Has(k.ws[j+1].w)) && !k.comma(j+1) {
			// A verb of telling in -ed right after the comma, before a
			// preposition or a time, has no subject and is no
			// attribution but a participle phrase on the noun before:
			// "condemned the closure, announced on Monday", "the report,
			// published in March". (Not a plan's or a forecast's, ",
			// expected in the second week of November", which dates
			// what is due by then.)
			return false
		}
		if reportingVerbs.Has(k.ws[j].w) || clauseSaying.Has(k.ws[j].w) || k.ws[j].w == "according" {
			return true
		}
		if j > i && k.hearingTail(j) {
			return true // (", the court heard on Wednesday", ", the jury was told")
		}
		if j > i && k.verbClass(j) != vNone {
			return false
		}
	}
	return false
}

// hearingTail reports whether word j is a verb of a court's or an
// inquiry's hearing ("heard", or "was told") that ends its sentence, with
// at most a time phrase after it: ", the court heard on Wednesday",
// ", the inquiry was told last week". With an object ("the court heard
// evidence") it is a clause of its own.
func (k *chunker) hearingTail(j int) bool {
	w := k.ws[j].w
	if hearingPassives.Has(w) && j+1 < len(k.ws) && hearingParticiples.Has(k.ws[j+1].w) && !k.comma(j+1) {
		j++
	} else if !hearingAttribution.Has(w) {
		return false
	}
	if len(k.ws)-(j+1) > 4 {
		return false
	}
	for n := j + 1; n < len(k.ws); n++ {
		if k.comma(n) || k.hard(n) {
			return false
		}
	}
	return j+1 == len(k.ws) || k.clockPhrase(j+1, len(k.ws))
}

// sayingComplement marks where the complement of a verb of saying (or of
// telling in the present, "the audit finds the") at i opens when no "that"
// follows: after a time phrase and a hearer ("said
// on Monday the plant would close", "told reporters the plan had
// failed"), when a finite verb follows within ten words.
func (k *chunker) sayingComplement(c, i int, pending *int) {
	if !clauseSaying.Has(k.ws[i].w) && !tellingPresent.Has(k.ws[i].w) {
		return
	}
	v := -1
	for j := i + 1; j < len(k.ws) && j <= i+16; j++ {
		if w := k.ws[j].w; clauseStops.Has(w) || clauseAdverbials.Has(w) || k.hard(j) {
			break
		}
		// (A past right after a subject pronoun is its verb: the pronoun
		// is no object of the saying, "said she expected a hearing in
		// late 2027".)
		if c := k.verbClass(j); c == vFinite || c == vPresent || c == vPast && j > i+1 && (k.nounish(j-1) || j == i+2 && subjectPronouns.Has(k.ws[j-1].w)) && !k.comma(j) {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	s := i + 1
	if clauseHearerVerbs.Has(k.ws[i].w) {
		// the hearer: a name, one word or an article and a word
		switch {
		case k.upper(s):
			for s < v && k.upper(s) {
				s++
			}
		case articleWords.Has(k.ws[s].w):
			s += 2
		default:
			s++
		}
		if s >= v {
			s = i + 1 // (no hearer: "warned it could act")
		}
	}
	for s < v && (clauseTimeWords.Has(k.ws[s].w) || k.digit(s)) && !(prepositions.Has(k.ws[s].w) && s+1 < v && !clauseTimeWords.Has(k.ws[s+1].w) && !k.digit(s+1)) {
		s++ // ("said on Monday", "said late last week"; not "said in a statement")
	}
	if s < v && (prepositions.Has(k.ws[s].w) || clausePreps.Has(k.ws[s].w)) && !slices.ContainsFunc(k.ws[s+1:v+1], func(w word) bool { return w.comma || relativeOpeners.Has(w.w) }) {
		// A phrase after the verb ("said in a statement on Monday it
		// would appeal"): the subject is the noun phrase before the verb.
		j := v - 1
		if !subjectPronouns.Has(k.ws[j].w) {
			for j > s+1 && !k.comma(j) && (k.nounish(j-1) || articleWords.Has(k.ws[j-1].w) || possessivePronouns.Has(k.ws[j-1].w)) && !clauseTimeWords.Has(k.ws[j-1].w) {
				j--
			}
		}
		if j <= s || k.comma(j) && j != v-1 {
			return
		}
		s = j
	}
	if s < v && !k.comma(s) && k.ws[s].w != "that" {
		*pending = s
	}
}

// commaCloses reports whether a comma closes clause c: one that is no
// main clause, complement or second clause, or a second clause of one that
// a comma closes.
func (k *chunker) commaCloses(c int) bool {
	for n := 0; c > 0 && n < 8; n++ {
		switch k.cs[c].kind {
		case clMain, clComplement:
			return false
		case clCoord:
			c = k.cs[c].parent
			continue
		}
		return true
	}
	return false
}

// namedSubject reports whether the past form at i, after a capitalized
// word, is a participle on a subject that a name or a people's name heads
// ("Two Britons kidnapped in Mali were freed", "The Ford Focus stolen on
// Friday was found"): clause c is a main clause with no verb yet, one to
// three capitalized words before i follow an article, a possessive, a
// demonstrative, a number or a quantifier, and a finite verb follows within
// 12 words.
func (k *chunker) namedSubject(c, i int) bool {
	cl := &k.cs[c]
	if cl.kind != clMain || cl.verb >= 0 {
		return false
	}
	j := i - 1
	for j > 0 && j >= i-3 && k.upper(j) && !k.comma(j) {
		j--
	}
	if j == i-1 || j > 0 && k.upper(j) || k.comma(j+1) {
		return false
	}
	w := k.ws[j].w
	if !articleWords.Has(w) && !possessivePronouns.Has(w) && !clauseDemonstr.Has(w) && !k.digit(j) && !measureNumbers.Has(w) && !quantifiers.Has(w) {
		return false
	}
	return k.finiteAhead(i, 12) > 0
}

// tellingCoord reports whether word j, after "and" or "but" in a clause
// in the present, is a second verb of telling in the present of its
// subject ("names the agency and claims the brakes failed"): a verb of
// telling-present-verbs before an article, a possessive or a subject
// pronoun (not "it"), with no comma after it.
func (k *chunker) tellingCoord(j int) bool {
	if j+1 >= len(k.ws) || !tellingPresent.Has(k.ws[j].w) || k.comma(j) || k.comma(j+1) || k.upper(j) {
		return false
	}
	n := k.ws[j+1].w
	return articleWords.Has(n) || possessivePronouns.Has(n) || subjectPronouns.Has(n) && n != "it"
}

// baseVerb reports whether word j may be a verb's base form after a
// modal's "and" ("will start on Monday and take charge"): a verb the
// kinds name, or a lowercase word before an object.
func (k *chunker) baseVerb(j int) bool {
	if k.upper(j) || !k.nounish(j) || j+1 < len(k.ws) && k.ws[j+1].w == "that" && !k.comma(j+1) && k.relativeThat(j+1) {
		return false // ("and repairs that were to start": a noun)
	}
	if kw, ok := keywords[k.ws[j].w]; ok && kw.verb {
		return true
	}
	if j+1 >= len(k.ws) || k.comma(j+1) || k.digit(j+1) {
		return false
	}
	// ("take charge for", not "cars and trucks in May")
	return k.objectNext(j+1) || measureNumbers.Has(k.ws[j+1].w) ||
		j+2 < len(k.ws) && !k.upper(j+1) && k.nounish(j+1) && !k.comma(j+2) && prepositions.Has(k.ws[j+2].w)
}

// coordAhead is finiteAhead for a clause after ", and": a past form after
// its subject counts too ("and workers returned on Monday").
func (k *chunker) coordAhead(i, n int) int {
	for j := i + 1; j < len(k.ws) && j <= i+n; j++ {
		if k.comma(j) || k.hard(j) {
			return -1
		}
		w := k.ws[j].w
		if relativeOpeners.Has(w) || clauseAdverbials.Has(w) || clauseStops.Has(w) {
			return -1
		}
		if c := k.verbClass(j); c != vNone {
			return j
		}
	}
	return -1
}

// relativeSubject reports whether the words from i, after ", and", are a
// subject with a relative clause that a time ends and a modal after it the
// subject's ("and final exams that were to begin on May 4 will now start
// on May 18"): up to four words of a noun phrase, a relative word, and
// within 14 words more, before any comma, a modal right after a time word
// or a figure.
func (k *chunker) relativeSubject(i int) bool {
	r := i
	for r < len(k.ws) && r < i+4 && !k.comma(r) && !relativeOpeners.Has(k.ws[r].w) && k.ws[r].w != "that" && (k.nounish(r) || articleWords.Has(k.ws[r].w) || possessivePronouns.Has(k.ws[r].w)) {
		r++
	}
	if r == i || r >= len(k.ws) || k.comma(r) || !relativeOpeners.Has(k.ws[r].w) && k.ws[r].w != "that" {
		return false
	}
	for j := r + 2; j < len(k.ws) && j <= r+14; j++ {
		if k.comma(j) || k.hard(j) {
			return false
		}
		if modalAuxiliaries.Has(k.ws[j].w) {
			return clauseTimeWords.Has(k.ws[j-1].w) || k.digit(j-1)
		}
	}
	return false
}

// presentLike reports whether word i, which the lists do not know as a
// verb, is a present verb after its subject: lowercase, after a word that
// may end a noun phrase (or a comma closing what was set off), and before
// an article, a possessive, an object pronoun or "to" ("The recall covers
// vans", "names her nephew", "Officials expect the bridge to").
func (k *chunker) presentLike(i int) bool {
	if i == 0 || i+1 >= len(k.ws) || k.upper(i) || k.digit(i) || k.comma(i+1) {
		return false
	}
	w := k.ws[i].w
	if len(w) < 4 || particles.Has(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "est") || strings.HasSuffix(w, "ing") || !k.nounish(i) || measureNumbers.Has(w) || clauseTimeWords.Has(w) {
		return false
	}
	p := k.ws[i-1].w
	if !k.comma(i) && (articleWords.Has(p) || possessivePronouns.Has(p) || prepositions.Has(p) || determiners.Has(p) && !subjectPronouns.Has(p) || measureNumbers.Has(p) || !k.nounish(i-1)) {
		return false
	}
	n := k.ws[i+1].w
	if strings.HasSuffix(w, "s") && clauseTimeWords.Has(n) && !k.upper(i) && k.comma(i) {
		return true // ", starts Monday"
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (n == "to" || k.upper(i+1)) && !k.comma(i) && !k.upper(i-1) {
		return true // "The squad flies to Porto", "The club visits Harlow"
	}
	return articleWords.Has(n) || possessivePronouns.Has(n) || quantifiers.Has(n) || clauseObjects.Has(n) && n != "it"
}

// chunkOf returns the innermost clause of cs (appendClauses of ws) that
// holds the first word at or after the text offset off, a phrase of a
// subordinator with no verb counting as its clause's: 0, the main clause,
// when no other does; -1 when there is no such word.
func chunkOf(cs []chunk, ws []word, off int) int {
	k := sort.Search(len(ws), func(i int) bool { return ws[i].i > off }) - 1
	if k < 0 || ws[k].j <= off {
		// (off in no word: the first word after it)
		k++
	}
	if k >= len(ws) || len(cs) == 0 {
		return -1
	}
	c := sort.Search(len(cs), func(i int) bool { return cs[i].from > k }) - 1
	for n := 0; c > 0 && cs[c].to <= k; n++ {
		if n == 32 {
			return 0
		}
		c = cs[c].parent
	}
	// A phrase of "after", "since" ... with no verb belongs to its
	// clause: "who pinned him down after the attack on Sept. 16".
	for n := 0; c > 0 && cs[c].kind == clAdverbial && cs[c].verb < 0 && n < 32; n++ {
		c = cs[c].parent
	}
	return max(c, 0)
}

// measureTime reports whether the time tx holds a measure of time ("less
// than a year before"): a bound on a span, not a comparison's standard.
func measureTime(tx timex.Timex) bool {
	return slices.ContainsFunc(strings.Fields(tx.Text), func(w string) bool { return inSet(measureUnits, w) })
}

// setOff reports whether word i, after a comma that follows a clause with
// its verb, may open a phrase set off from it with no verb of its own: an
// article, a possessive, a figure, a quantifier, a particle ("up from
// 14,000") or a word of list-openers ("including"); not a noun of a list
// ("handed out blankets, food and water Monday") or a name ("his WBA, IBF
// and WBO titles").
func (k *chunker) setOff(i int) bool {
	w := k.ws[i].w
	if clauseHedges.Has(w) || i+1 < len(k.ws) && clauseHedges.Has(k.ws[i+1].w) {
		return false // (", most likely early Sunday")
	}
	return articleWords.Has(w) || possessivePronouns.Has(w) || k.digit(i) || quantifiers.Has(w) || particles.Has(w) || listOpeners.Has(w) || clauseSetOff.Has(w) || k.fromFigure(i)
}

// fromFigure reports whether "from" at i, after a comma, opens a
// comparison's point of origin: a figure right after it, then a time,
// with a figure in the four words before the comma ("has been raised to
// 45,000, from 40,000 in 2031", "to 45,000 pounds, from 40,000 pounds
// in 2024"). In news English such a phrase tells the
// earlier figure and when it held, as ", up from 40,000 in 2031" does:
// a phrase with no verb of its own, whose time dates no happening of the
// clause (verbless). (Not a period's start: ", from 6 a.m. on Monday"
// has a time right after its figure.)
func (k *chunker) fromFigure(i int) bool {
	if k.ws[i].w != "from" || i+2 >= len(k.ws) || !k.digit(i+1) {
		return false
	}
	before := false
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if k.digit(j) {
			before = true
			break
		}
	}
	if !before {
		return false
	}
	j := i + 1
	for j < len(k.ws) && j <= i+4 && !k.comma(j) && (k.digit(j) || j > i+1 && originFigureWords.Has(k.ws[j].w)) {
		j++
	}
	if f := k.ws[j-1].w; strings.ContainsAny(f, ":") || originClockMarks.Has(strings.TrimLeft(f, "0123456789.")) || j < len(k.ws) && originClockMarks.Has(k.ws[j].w) {
		return false // (a clock time, "from 6 a.m.", "from 6pm", "from 9:30")
	}
	for n := 0; n < 2 && j < len(k.ws) && !k.comma(j) && !k.upper(j) && !clauseTimeWords.Has(k.ws[j].w) && !articleWords.Has(k.ws[j].w) && (!prepositions.Has(k.ws[j].w) || originUnitPreps.Has(k.ws[j].w)); n++ {
		j++ // its unit: "40,000 pounds", "66 per cent"
	}
	if j+1 >= len(k.ws) || k.comma(j) || k.hard(j) {
		return false
	}
	return originTimeOpeners.Has(k.ws[j].w) && (clauseTimeWords.Has(k.ws[j+1].w) || clauseCalendarWords.Has(k.ws[j+1].w) || k.digit(j+1))
}

// verbless reports whether the time tx stands in a part of its clause
// with no verb that makes no title: a comparison's standard ("than the
// 2004 tsunami"; not a bound, "less than a year before") or a phrase set
// off by commas with no verb of its own (", up from 14,000 on Monday", ",
// including one fined in May"), or a complement of "that" with no finite
// verb or of a verb of demanding ("is demanding that the state implement
// the rises from January 2016": it has not happened), c being its innermost
// clause (chunkOf).
func verbless(cs []chunk, ws []word, c int, tx timex.Timex) bool {
	if c <= 0 {
		return false
	}
	if p := cs[c].parent; cs[c].kind == clReduced && p > 0 && (cs[p].kind == clAside && cs[p].verb < 0 && listOpeners.Has(ws[cs[p].from].w) || cs[p].kind == clCompare) {
		// A participle on one of a list, or on a comparison's standard:
		// "including one fined in May". (One on the noun of a phrase set
		// off makes a title: "The payment, part of a settlement signed
		// Friday, is ...": "A settlement was signed".)
		c = p
	}
	if cs[c].kind == clAside && tx.Start <= ws[cs[c].from].i {
		return false // the time is the phrase: "moved to Wales, four years ago"
	}
	// (A measure right after "less than" or "more than" bounds a span,
	// "less than a year before"; one after the standard's own verb, or
	// after another comparative, does not: "than it did a decade ago", "3%
	// higher than a year earlier".)
	bound := measureTime(tx) && cs[c].from+1 < len(ws) && ws[cs[c].from+1].i >= tx.Start && cs[c].from > 0 && boundComparatives.Has(ws[cs[c].from-1].w)
	return cs[c].kind == clCompare && !bound || cs[c].kind == clAside && (cs[c].verb < 0 || listOpeners.Has(ws[cs[c].from].w)) ||
		cs[c].kind == clComplement && ws[cs[c].from].w == "that" && (cs[c].verb < 0 || cs[c].parent >= 0 && cs[cs[c].parent].vend >= 0 && clauseMandative.Has(ws[cs[cs[c].parent].vend].w))
}

// standardClause reports whether clause c, the innermost clause of a
// time, is a relative clause, a participle phrase or an adverbial clause
// inside a comparison's standard ("than ...") opened after the verb of the
// clause it compares in: "The tally is now three times the nests
// counted when the park closed on May 4", "The storm
// was stronger than the one that hit the coast in 2019". The time dates
// the standard, a thing or a state of another time the comparison is
// measured against, never the comparison's own clause. (Not a standard
// that is a bare quantity, whose clauses are its clause's: "evacuated more
// than 200 people when the river burst its banks on Monday"; nor one
// opened before its clause's verb: "More than 40 people who were arrested
// on Saturday were freed".)
func standardClause(cs []chunk, ws []word, c int) bool {
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		cl := &cs[c]
		switch cl.kind {
		case clRelative, clReduced, clAdverbial:
			c = cl.parent
			continue
		case clCompare:
		default:
			return false
		}
		p := cl.parent
		if n == 0 || !cl.late || p < 0 || cs[p].verb < 0 || max(cs[p].vend, cs[p].verb) >= cl.from || cl.from+1 >= len(ws) {
			return false
		}
		if j := cl.from + 1; (isDigitWord(ws[j].w) || measureNumbers.Has(ws[j].w)) && (j+1 >= len(ws) || !compareMultipliers.Has(ws[j+1].w)) {
			return false
		}
		return true
	}
	return false
}

// verbAfterAsides reports whether the phrase that word i opens after a
// comma, in a clause with no verb yet, is set off: the comma that closes it,
// or the one that closes up to two more such phrases after it ("Garcia,
// 52, a former officer convicted in 2015, was released"), comes within 14
// words and a verb follows it. (Not "In a reversal of roles, a woman
// opened fire last night, killing two".)
func (k *chunker) verbAfterAsides(i int) bool {
	for n := 0; n < 3; n++ {
		c := k.commaAhead(i, 14)
		if c < 0 {
			return false
		}
		if k.verbClass(c) != vNone || k.presentLike(c) {
			return true
		}
		if w := k.ws[c].w; !articleWords.Has(w) && !possessivePronouns.Has(w) && !k.digit(c) && k.verbClass(c) == vNone && !strings.HasSuffix(w, "ed") {
			return false
		}
		i = c
	}
	return false
}

// chunkSkip returns why the time tx dates nothing in its sentence when c,
// its innermost clause (chunkOf), makes no title of a clause, or "": a
// target a date is moved to ("pushed back to March 14"), an infinitive on
// a noun of the subject when a later time dates the clause ("The board's
// decision to sack him on Monday was made at a meeting on Sunday night"; not
// "A flood plan to be published on Friday will set out new defences"), a
// relative clause on a thing that "after" or "before" takes ("after a
// meeting that began on Friday").
func chunkSkip(cs []chunk, ws []word, c int, laterTime bool) string {
	if c <= 0 {
		return ""
	}
	cl := &cs[c]
	p := &cs[max(cl.parent, 0)]
	switch {
	case cl.kind == clReduced && cl.late && cl.verb >= 0 && cl.verb+2 < cl.to && prepositions.Has(ws[cl.verb+1].w) && strings.HasSuffix(ws[cl.verb+2].w, "ing") && len(ws[cl.verb+2].w) > 4:
		// "shown at the trial of two men charged with killing a mother
		// on Oct. 21, 2011": the time dates what the phrase's gerund
		// tells (the killing), neither the clause nor the charging.
		return "time of a gerund in a participle phrase on a noun (charged with killing X on Oct. 21) left out"
	case cl.kind == clReduced && !cl.late && cl.parent == 0 && cl.verb >= 0 && cl.verb+1 < cl.to && sequenceSubordinators.Has(ws[cl.verb+1].w) && cs[0].verb > cl.from:
		// "A report commissioned after the 1 March break-in found
		// that ...": the time dates what "after" takes, before the
		// participle on the subject, and neither it nor the finding.
		return "time of what after or before takes in a participle phrase on the subject (a report commissioned after the 1 March break-in found) left out"
	case !laterTime && setOffPhrase(cs, ws, c):
		// "has withdrawn the update, released in March, after ...",
		// "marched, demanding the removal of officials appointed in
		// 2019": the time dates what the phrase tells, not the clause.
		// (With a later time, asideParticiple answers: "wants to
		// demolish the tower, built in 1968, next year".)
		return "time of a phrase set off after its clause's verb (the update, released in March,; demanding the removal of officials appointed in 2019) left out"
	case cl.kind == clInfinitive && cl.target:
		return "time a date is moved to (pushed back to March 14) left out"
	case cl.kind == clInfinitive && laterTime && !cl.late && cl.from > 0 && p.verb > cl.from && !ws[cl.from].comma && !slices.ContainsFunc(ws[p.from:cl.from], func(w word) bool { return w.comma || strings.HasSuffix(w.w, "ing") }):
		// (Not after a gerund: "In addition to asking the judge to
		// reduce the sentence Thursday, his lawyers made a motion".)
		return "time of an infinitive on a noun before its clause's verb (the decision to sack him on Monday was made) left out"
	case cl.kind == clRelative && cl.subj <= cl.from && !personRelatives.Has(ws[cl.from].w) && cl.from > 0 && !ws[cl.from].comma && p.kind == clAdverbial && p.verb < 0 && sequenceSubordinators.Has(ws[p.from].w):
		// "The deal was reached after a meeting that began on Friday
		// evening": the time dates the meeting's start, not the deal,
		// which came after it.
		return "time of a relative clause on what after or before takes (after a meeting that began on Friday) left out"
	}
	return ""
}

// futureMainTime reports whether the time at the text offset at stands
// after the verb in the main clause or its own second predicate (c, the
// time's innermost clause, is 0 or a clause of "and" on it) and that
// clause is told in the future: its verb group opens on a future auxiliary
// and is no future perfect ("will have paid rent since 2019"). In news
// English a period before the article's day there names the period a noun of
// the clause is for ("will not receive a bonus for last year", "a
// dividend on profits from 2025"), never when what is still to come
// happens.
func futureMainTime(text string, cs []chunk, ws []word, c, at int) bool {
	if c < 0 || c >= len(cs) || c > 0 && (cs[c].kind != clCoord || cs[c].parent != 0) {
		return false
	}
	m := &cs[c]
	if m.verb < 0 || m.vend < m.verb || m.vend >= len(ws) || !clauseFuture.Has(ws[m.verb].w) || ws[m.vend].j > at {
		return false
	}
	for j := m.verb + 1; j <= m.vend; j++ {
		if ws[j].w == "have" {
			return false
		}
	}
	// Only a time within 20 words of the verb, reached by nouns and
	// prepositions (as in presentSide): not one after a comma, a
	// conjunction, a subordinator or a verb form, which may open a clause
	// of its own ("will examine whether the guide should have taken the
	// group onto the flank on Saturday").
	for j := m.vend + 1; j < len(ws) && j <= m.vend+20; j++ {
		if ws[j].i >= at {
			return j > m.vend+1 // (not a time right after the verb: "will be finished Monday")
		}
		w := ws[j].w
		if ws[j].comma || strings.ContainsAny(text[ws[j-1].j:ws[j].i], "\"“”;:()") || titleConjunctions.Has(w) || relativePronouns.Has(w) || subordinators.Has(w) || w == "that" || clauseQuestionWords.Has(w) || conditionOpeners.Has(w) || auxiliaries.Has(w) || modalAuxiliaries.Has(w) ||
			verbForms.Has(w) || reportingVerbs.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return false
}

// futureMainSide reports whether c, the innermost clause of a time, stands
// under a main clause told in the future ("will be offered": its verb group
// opens on a future auxiliary) through relative clauses, participle
// phrases and adverbial clauses (with asides and infinitives between), one
// of them with a verb of its own: "Passengers whose details were stolen
// when the company was hacked last year will be offered 50 pounds". In
// news English the main clause then tells what is still to come, which no
// time before the article's day dates; the time dates the happening of the
// part it stands in. Not the main clause's own second predicate, an
// attribution (", the council said on Monday") or what a verb tells
// ("will tell MPs that the plant closed in March"), which keep their
// dating.
func futureMainSide(cs []chunk, ws []word, c int) bool {
	if c <= 0 || c >= len(cs) || cs[0].verb < 0 || !clauseFuture.Has(ws[cs[0].verb].w) {
		return false
	}
	own := false
	for n := 0; c > 0 && n < clauseDepth; n++ {
		cl := &cs[c]
		switch cl.kind {
		case clRelative, clReduced, clAdverbial:
			own = own || cl.verb >= 0
		case clAside, clInfinitive:
		case clCoord:
			if cl.parent <= 0 {
				return false
			}
		default:
			return false
		}
		c = cl.parent
	}
	return c == 0 && own
}

// pluperfectSide reports whether the time in c, its innermost clause
// (chunkOf), stands in a side clause told in the past perfect under a main
// clause that is not: a complement, a relative clause or a second predicate
// of one ("said talks had begun in April", "rejected an offer the fund had
// made last month", "said it had left the account open and had failed to
// act on a warning last September"), an infinitive counting as the clause
// it hangs on. The past perfect tells a happening before the main clause's,
// which the time dates: not the main clause.
func pluperfectSide(cs []chunk, ws []word, c, at int) bool {
	for n := 0; c > 0 && cs[c].kind == clInfinitive && n < 8; n++ {
		c = cs[c].parent
	}
	if c <= 0 || cs[0].verb < 0 || ws[cs[0].verb].w == "had" {
		return false
	}
	if v := cs[0].verb; v+2 < len(ws) && (ws[v+1].w == "by" || ws[v+2].w == "by" && particles.Has(ws[v+1].w)) && !auxiliaries.Has(ws[v].w) {
		return false // (a participle on the subject, "A fund set up by the club had raised $410,000 by Saturday night")
	}
	cl := &cs[c]
	switch {
	case cl.kind == clCoord && cl.parent == 0:
		return false // (the main clause's own second predicate)
	case cl.kind != clComplement && cl.kind != clRelative && cl.kind != clCoord:
		return false
	case cl.kind == clRelative && (personRelatives.Has(ws[cl.from].w) || ws[cl.from].comma):
		return false // (a person's relative clause, or one set off, titles itself: ", who had stood in the room on April 30", ", which had ignored warnings in 2016")
	}
	return cl.verb >= 0 && cl.vend > cl.verb && ws[cl.verb].w == "had" && !cl.modal && ws[cl.verb].j <= at // (the time after its verb)
}

// sayingSide reports whether c, the innermost clause of a time, is or
// stands in a complement of a verb of saying, telling or finding (an
// infinitive or a second predicate in it counting as the complement's).
func sayingSide(cs []chunk, ws []word, c int) bool {
	for n := 0; c > 0 && n < 8; n++ {
		p := cs[c].parent
		if cs[c].kind == clComplement {
			return p >= 0 && cs[p].vend >= 0 && (clauseSaying.Has(ws[cs[p].vend].w) || tellingPresent.Has(ws[cs[p].vend].w) || contentVerbs.Has(ws[cs[p].vend].w))
		}
		if cs[c].kind != clInfinitive && cs[c].kind != clCoord {
			return false
		}
		c = p
	}
	return false
}

// presentSide reports whether the time at the text offset at stands in
// the main clause (c, its innermost clause, is 0) or in what a verb of
// saying, telling or finding tells ("The complaint says regulators are
// reviewing dozens of loans in 2023": a state of now as well, its verb
// group opening on "is" or "are"), and that
// clause is told in
// the simple present or the present progressive ("faces", "is
// recovering"), not the perfect, and a chain of nouns and prepositions
// leads from the verb to the time: a time before the article's day dates
// no happening of the main clause then, but the noun it follows ("The bank
// faces an inquiry over a bond sale in 2021", "The striker is recovering
// from a knee injury in March").
func presentSide(cs []chunk, ws []word, c, at int) bool {
	if c < 0 || c >= len(cs) || c > 0 && !tellingComplementOf(cs, ws, c) {
		return false
	}
	m := &cs[c]
	if c > 0 && (m.verb < 0 || !beForms.Has(ws[m.verb].w)) {
		return false // (what is told opens on "is" or "are": "investigators are examining"; a form in -s may be a noun the chunker took for a verb, "found that warnings from staff in 2024 had been ignored")
	}
	if m.verb < 0 || !m.present || m.modal || clausePerfect.Has(ws[m.verb].w) {
		return false // (the perfect tells news of now: "has been fined on Monday")
	}
	// Only a time within 20 words of the verb: not one after a verb form,
	// a comma or a conjunction, which may open a predicate of its own ("is
	// the producer of the iPod and launched the store on April 28, 2003",
	// "a case involving Jackson, arrested Jan. 6").
	noun := false
	for j := m.vend + 1; j < len(ws) && j <= m.vend+20; j++ {
		if ws[j].i >= at {
			// A noun in the chain: the time right after the verb and a
			// preposition is the verb's ("is backdated to March 3", "dates
			// to 1935").
			return noun
		}
		w := ws[j].w
		noun = noun || !prepositions.Has(w) && !articleWords.Has(w)
		if j > m.vend+1 && ws[j].comma || titleConjunctions.Has(w) || relativePronouns.Has(w) || w == "that" || auxiliaries.Has(w) || modalAuxiliaries.Has(w) ||
			verbForms.Has(w) || reportingVerbs.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return false
}

// tellingComplementOf reports whether clause c is what a verb of saying,
// telling or finding tells: a complement whose parent's verb is one.
func tellingComplementOf(cs []chunk, ws []word, c int) bool {
	if cs[c].kind != clComplement {
		return false
	}
	p := cs[c].parent
	if p < 0 || cs[p].vend < 0 {
		return false
	}
	v := ws[cs[p].vend].w
	return clauseSaying.Has(v) || reportingVerbs.Has(v) || tellingPresent.Has(v) || contentVerbs.Has(v)
}

// perfectNounTime reports whether the time at the text offset at stands in
// the main clause (c, its innermost clause, is 0), told in the present
// perfect, inside what a preposition of cause or topic opens after the
// verb ("over", "for": clause-cause-prepositions), reached from the verb
// by nouns and prepositions within 30 words: "Prosecutors have charged
// two men with manslaughter over the deaths of three workers in a fire in
// January", "has been banned for six matches for striking a rival during
// Saturday's derby". The time dates that happening, not the charge or
// the ban, which the perfect tells as news of now. (Not a count of time
// after "for": "has been jailed for six years".)
func perfectNounTime(cs []chunk, ws []word, c, at int) bool {
	if c != 0 || len(cs) == 0 {
		return false
	}
	m := &cs[0]
	if m.verb < 0 || m.modal || m.vend <= m.verb || !clausePerfect.Has(ws[m.verb].w) {
		return false
	}
	cause, noun := false, false
	for j := m.vend + 1; j < len(ws) && j <= m.vend+30; j++ {
		if ws[j].i >= at {
			return cause && noun
		}
		w := ws[j].w
		if relativePronouns.Has(w) || w == "that" || auxiliaries.Has(w) || modalAuxiliaries.Has(w) || subjectPronouns.Has(w) || verbForms.Has(w) || reportingVerbs.Has(w) || clauseSaying.Has(w) ||
			len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ing") && !prepositions.Has(w) && !prepositions.Has(ws[j-1].w) {
			return false
		}
		if n := ws[min(j+1, len(ws)-1)].w; clauseCause.Has(w) && (articleWords.Has(n) || !measureNumbers.Has(n) && (n == "" || n[0] < '0' || n[0] > '9')) {
			cause, noun = true, false
		} else if cause && !prepositions.Has(w) && !articleWords.Has(w) {
			noun = true
		}
	}
	return false
}

// attributionClause reports whether clause c is an attribution of its
// sentence's news: one set off after the main clause (", police said on
// Wednesday"), or a phrase or second clause after it whose verb is one of
// saying or showing (", court documents showed on Thursday").
func attributionClause(cs []chunk, ws []word, c int) bool {
	if c <= 0 || c >= len(cs) {
		return false
	}
	cl := &cs[c]
	if cl.kind == clAttrib {
		return true
	}
	if !cl.late || cl.parent != 0 || cl.verb < 0 || !ws[cl.from].comma {
		return false
	}
	w := ws[cl.verb].w
	return (cl.kind == clReduced || cl.kind == clAside || cl.kind == clCoord) && (reportingVerbs.Has(w) || clauseSaying.Has(w) || contentVerbs.Has(w))
}

// subjectRelativeNounTime reports whether c, the innermost clause of a
// time that names the noun after it ("Monday's order", "the 2019 flood"),
// is a relative clause on the subject before a main clause told in the
// present or the present perfect: "About 250 people who ignored Monday's
// evacuation order are still in the town", "Investors who bought at last
// year's price have lost half their money". The time dates the noun, and
// neither the relative clause nor the state the main clause tells.
func subjectRelativeNounTime(cs []chunk, ws []word, c int) bool {
	if c <= 0 || c >= len(cs) {
		return false
	}
	cl := &cs[c]
	return cl.kind == clRelative && !cl.late && cl.parent == 0 && cs[0].verb >= cl.to && cs[0].present && !cs[0].modal
}

// deadlinePhrase reports whether the time at the text offset at stands in
// a phrase of "before" (ahead, prior, until; "until after") that takes a
// noun or a gerund before the time: "asked the court to let an expert
// inspect the wreck before his arraignment in December", "to delay the
// trial until after his operation in August", "flew clients in the 1990s
// before joining the firm in 2003". The time dates the arraignment or the
// joining, a bound of the clause, not the clause; nounTime is whether the
// time names the noun after it ("before Sunday's vote"). (Not a phrase
// that is the time, "before Christmas", nor a clause of its own, "before
// the vote takes place in June", which dependentTitle reads; nor a
// place, "due before a judge on Thursday".)
func deadlinePhrase(cs []chunk, ws []word, at int, nounTime bool) bool {
	j := sort.Search(len(ws), func(i int) bool { return ws[i].i >= at })
	if j >= len(ws) || ws[j].i != at || len(cs) == 0 {
		return false
	}
	c := sort.Search(len(cs), func(i int) bool { return cs[i].from > j }) - 1
	for n := 0; c > 0 && cs[c].to <= j; n++ {
		if n == 32 {
			return false
		}
		c = cs[c].parent
	}
	if c <= 0 || cs[c].kind != clAdverbial {
		return false
	}
	cl := &cs[c]
	o := ws[cl.from].w
	if p := cl.parent; o == "after" && p > 0 && cs[p].kind == clAdverbial && cs[p].from+1 == cl.from && untilWords.Has(ws[cs[p].from].w) {
		o = "until"
	}
	if !clauseDeadline.Has(o) || j <= cl.from+1 || o == "before" && cl.from > 0 && clauseBeforePlaces.Has(ws[cl.from-1].w) {
		return false // (a place: "due before a judge on Thursday")
	}
	if cl.verb >= 0 {
		w := ws[cl.verb].w
		return cl.verb == cl.from+1 && len(w) > 4 && strings.HasSuffix(w, "ing") && cl.verb < j
	}
	if nounTime {
		return true
	}
	for i := cl.from + 1; i < j; i++ {
		if w := ws[i].w; !prepositions.Has(w) && !articleWords.Has(w) && !clauseDeadline.Has(w) && w != "after" {
			return true
		}
	}
	return false
}

// carriedQuote returns the part of the sentence [s, e) that ends a quote
// opened in a sentence before it ("They came to us years ago. We don't
// want to be dropped next year," he said.): from s to the first quotation
// mark when that mark closes, a right quotation mark or a straight one
// after a comma or a stop; the zero span when there is none.
func carriedQuote(text string, s, e int) [2]int {
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:e])
		switch {
		case r == '”':
			return [2]int{s, i + n}
		case r == '“':
			return [2]int{}
		case r == '"':
			if i > s && strings.ContainsRune(",.?!", rune(text[i-1])) && (i+n == e || text[i+n] == ' ') {
				return [2]int{s, i + n}
			}
			return [2]int{}
		}
		i += n
	}
	return [2]int{}
}

// presentClause reports whether clause c has a verb told in the simple
// present, not the perfect nor with a modal ("that freezes the port").
func presentClause(cs []chunk, ws []word, c int) bool {
	if c < 0 || c >= len(cs) {
		return false
	}
	cl := &cs[c]
	return cl.verb >= 0 && cl.present && !cl.modal && !clausePerfect.Has(ws[cl.verb].w)
}

// figureSubjectTime reports whether the time tx bounds the period of a
// figure noun in a subject, a finite verb right after it: "visitor
// numbers in August were 40% of the level", "sales in the 10 weeks to May
// 3 had risen 1.2%". The clause tells the figure, a state the statement
// about it dates, not a happening of that time.
func figureSubjectTime(text string, seg [2]int, tx timex.Timex) bool {
	if tx.End >= seg[1] || tx.Start <= seg[0] {
		return false
	}
	var beforeRoom fieldRoom
	before := fieldsIn(&beforeRoom, strings.ToLower(text[max(seg[0], tx.Start-80):tx.Start]))
	n := len(before)
	switch {
	case n >= 2 && figurePeriodPreps.Has(before[n-1]) && figureNouns.Has(before[n-2]):
		// "numbers in August"
	case n >= 6 && periodEnds.Has(before[n-1]) && figureSpans.Has(before[n-2]) && articleWords.Has(before[n-4]) && figurePeriodPreps.Has(before[n-5]) && figureNouns.Has(before[n-6]):
		// "sales in the 10 weeks to May 3"
	default:
		return false
	}
	var afterRoom fieldRoom
	after := fieldsIn(&afterRoom, strings.ToLower(text[tx.End:min(seg[1], tx.End+40)]))
	if len(after) == 0 || strings.ContainsAny(text[tx.End:min(len(text), tx.End+1)], ",;:") {
		return false
	}
	w := after[0]
	return auxiliaries.Has(w) && !nonfiniteAuxiliaries.Has(w) || verbForms.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w)
}

// ofNounTime reports whether the time at the text offset at follows "of"
// and a noun after its clause's verb, c being its innermost clause
// (chunkOf): "take a harder line because of the squeeze of 2022", "was
// still below the level of 2019". The time dates the noun, not the verb.
// (Not a noun of time or an edge of one, "on the night of June 3", "at
// the end of 2019"; nor a name, "the Battle of 1066"; nor what the verb
// happened in or by, "damaged in the storm of 2013", "flattened by the
// cyclone of 2017".)
func ofNounTime(text string, cs []chunk, ws []word, c, at int) bool {
	if c < 0 || c >= len(cs) {
		return false
	}
	j := sort.Search(len(ws), func(i int) bool { return ws[i].i >= at })
	if j >= 4 && j < len(ws) && ws[j].i == at && (ws[j-1].w == "and" || ws[j-1].w == "or") && !ws[j-1].comma && (&chunker{text: text, ws: ws}).digit(j-2) {
		j -= 2 // the second of a list: "the squeeze of 2022 and 2023"
		at = ws[j].i
	}
	if j < 3 || j >= len(ws) || ws[j].i != at || ws[j-1].w != "of" || ws[j].comma || ws[j-1].comma {
		return false
	}
	n := ws[j-2].w
	k := chunker{text: text, ws: ws}
	if k.upper(j-2) || k.digit(j-2) || !k.nounish(j-2) || timeOfNouns.Has(n) || clauseTimeWords.Has(n) || ofTimeEdges.Has(n) || ofBoundNouns.Has(n) || articleWords.Has(n) || measureUnits.Has(n) {
		return false
	}
	for i := max(0, j-6); i < j-2; i++ {
		if ws[i].w == "by" {
			return false // (the agent of a passive: "devastated by the tsunami of 2004")
		}
	}
	for i := j - 3; i >= max(0, j-6); i-- {
		if prepositions.Has(ws[i].w) {
			if ofTimeContainers.Has(ws[i].w) {
				return false // (what the verb happened in: "damaged in the storm of 2013")
			}
			break
		}
	}
	v := cs[c].verb
	return v >= 0 && v < j-2
}

// causeNounTime reports whether the time at the text offset at names a
// noun in a phrase of cause or sequence after its clause's verb ("after",
// "over", "following", "amid", "despite": data/words.txt cause-noun-
// prepositions), with no verb of its own: "paid out after the inquiry in
// February", "fined a grocer over a hacking attack in 2024", "voted to
// return them in February, after a request from Addis Ababa in 2019",
// "ordered them to stand trial over the award of the contract in 2023".
// In news English such a phrase tells what the clause's happening answers
// or follows, an earlier happening the time dates; the clause's own day is
// later and untold. (The caller asks it only of a time coarser than a day:
// a day is most often the clause's own, "arrested two men after a chase
// on Monday".) The time follows the phrase's noun after "in", "on", "of",
// "from" or "during", or stands before it after an article or possessive
// ("over its 2019 report"); the phrase has up to nine words and no comma.
// Not a noun of time ("after a week in May"), nor a phrase before the verb
// ("After the vote in May, the party split"), nor "over" after a verb (a
// particle, "was handed over in 2020"), nor what came just before
// ("shortly after", data/words.txt near-before).
func causeNounTime(text string, cs []chunk, ws []word, at int) bool {
	j := sort.Search(len(ws), func(i int) bool { return ws[i].i >= at })
	if j < 2 || j >= len(ws) || ws[j].i != at || ws[j].comma {
		return false
	}
	k := chunker{text: text, ws: ws}
	head := j - 1 // the phrase's noun the time follows
	switch w := ws[j-1].w; {
	case causeNounLinks.Has(w):
		head = j - 2
		if ws[j-1].comma {
			return false
		}
	case articleWords.Has(w) || possessivePronouns.Has(w):
		// ("over its 2019 report": the noun after the time)
		if j+1 >= len(ws) || ws[j+1].comma || !k.nounish(j+1) || k.digit(j+1) {
			return false
		}
	default:
		return false
	}
	if n := ws[head].w; timeOfNouns.Has(n) || clauseTimeWords.Has(n) || ofTimeEdges.Has(n) || measureUnits.Has(n) || k.digit(head) {
		return false
	}
	p := -1
	for x := j - 1; x >= max(1, j-10); x-- {
		w := ws[x].w
		if causeNounPreps.Has(w) {
			p = x
			break
		}
		if ws[x].comma && x < j-1 || k.verbClass(x) == vFinite || k.verbClass(x) == vPast || relativeOpeners.Has(w) {
			return false
		}
	}
	if p < 0 || p >= head || ws[p+1].comma {
		return false
	}
	if v := k.verbClass(p - 1); v == vFinite || v == vPast || v == vPresent || nearBefore.Has(ws[p-1].w) {
		// (A particle: "was handed over in 2020"; a phrase of what came
		// just before, whose time is the clause's too: "released shortly
		// after D-Day in 1944".)
		return false
	}
	c := chunkOf(cs, ws, ws[p].i)
	if c < 0 || c >= len(cs) {
		return false
	}
	v := cs[c].verb
	// (Not after "comes" or "follows", whose phrase names the happening
	// that titles the time: "The strike comes weeks after the closure of
	// the plant in March", sequelPhrase.)
	return v >= 0 && max(cs[c].vend, v) < p && !sequelVerbs.Has(ws[max(cs[c].vend, v)].w)
}

// setOffPhrase reports whether clause c, the innermost clause of a time,
// is or stands inside a participle phrase set off by a comma after its
// clause's verb that the time does not date with the clause: a past
// participle's on the noun before the comma (", released in March"), or an
// "-ing" phrase's when the time stands in a clause inside it (",
// demanding the removal of officials appointed in 2019"), not one of
// saying (sayingPhrase). (Not a time in an "-ing" phrase of its own: ",
// killing 46 people on Tuesday" tells the clause's day.)
func setOffPhrase(cs []chunk, ws []word, c int) bool {
	inner := -1 // the clause inside the phrase that holds the time
	for n := 0; c > 0 && n < 8; n++ {
		cl := &cs[c]
		if setOff(cs, ws, cl) {
			if w := ws[cl.verb].w; w == "according" {
				return false // (a source's time: sourcedTime)
			} else if strings.HasSuffix(w, "ing") {
				// (Not the participle of "having" or "being": ", having
				// checked out on Thursday" is the phrase's own time.)
				return inner >= 0 && cs[inner].from > cl.verb+1 && !clauseSaying.Has(w)
			}
			return true
		}
		switch cl.kind {
		case clComplement, clReduced, clRelative, clCoord, clAdverbial:
		default:
			return false
		}
		inner = c
		c = cl.parent
	}
	return false
}

// setOff reports whether cl is a participle phrase set off by a comma
// after its parent's verb, opened by its participle.
func setOff(cs []chunk, ws []word, cl *chunk) bool {
	return cl.kind == clReduced && cl.late && cl.verb == cl.from && ws[cl.from].comma && cl.parent >= 0 && cs[cl.parent].verb >= 0 && cs[cl.parent].verb < cl.from
}

// sayingPhrase reports whether clause c, the innermost clause of a time,
// is a complement of an "-ing" phrase of saying set off after its clause's
// verb, or that phrase ("They rejected her claim, saying she had signed the
// papers in 2018"): the time dates what is said, never the clause.
func sayingPhrase(cs []chunk, ws []word, c int) bool {
	if c > 0 && cs[c].kind == clComplement {
		c = cs[c].parent
	}
	return c > 0 && setOff(cs, ws, &cs[c]) && clauseSaying.Has(ws[cs[c].verb].w)
}

// participleNext reports whether word j, after a past form that follows a
// noun, lets that form be a participle phrase on the noun: the end, a
// comma, a preposition, a particle, a time word, a conjunction or an
// adverb; not a noun it would modify ("behind closed doors") nor an
// object a finite verb takes ("arrested a man").
func (k *chunker) participleNext(j int) bool {
	if j >= len(k.ws) || k.comma(j) || k.hard(j) {
		return true
	}
	w := k.ws[j].w
	return prepositions.Has(w) || byOf.Has(w) || particles.Has(w) || clauseTimeWords.Has(w) && !k.objectNext(j) || titleConjunctions.Has(w) || strings.HasSuffix(w, "ly")
}

// timeThenFinite reports whether the past form at i opens a phrase of a
// preposition or a time that ends on a time (a figure or a word of the
// calendar) with a finite auxiliary or a modal right after it, within
// fourteen words and before a comma: "Walls soaked for more than 24 hours
// in September have needed weeks", "Homes flooded in February have been
// repaired". In news English a time right after a participle on a noun
// closes that participle's phrase, and a finite verb needs a subject: the
// auxiliary is the noun's verb, the past form before the phrase a
// participle on it (the first word of a sentence has its capital from the
// sentence, so it may be the noun: namedSubject does not read it).
func (k *chunker) timeThenFinite(i int) bool {
	if i+2 >= len(k.ws) || k.comma(i+1) || !prepositions.Has(k.ws[i+1].w) && !clauseTimeWords.Has(k.ws[i+1].w) {
		return false
	}
	for j := i + 2; j < len(k.ws) && j <= i+14; j++ {
		if k.comma(j) || k.hard(j) || relativePronouns.Has(k.ws[j].w) || relativeOpeners.Has(k.ws[j].w) || titleConjunctions.Has(k.ws[j].w) {
			return false
		}
		w := k.ws[j].w
		if !(auxiliaries.Has(w) && !nonfiniteAuxiliaries.Has(w) || modalAuxiliaries.Has(w)) {
			if k.verbClass(j) != vNone {
				return false
			}
			continue
		}
		return k.digit(j-1) || clauseCalendarWords.Has(k.ws[j-1].w)
	}
	return false
}

// timeInPhrase reports whether the phrase the past form at i opens after
// a comma holds a time of its own (a figure or a word of the calendar)
// before the next comma, within twelve words: "the record of 37.9C, set
// at Gull Point in July 2022". A form that may be a noun ("set", "cut")
// opens no noun phrase after a comma with a time in it, and a measure
// before the comma ("of 37.9C") is the object's figure, no age set off
// by commas: such a phrase is a participle on the noun before the comma.
// (Not a figure after a copula, which the phrase tells the time of: "The
// peak was 39.6C, recorded at Ashcombe on 16 June"; nor one of a time,
// "last inspected on March 3, failed on Friday": the caller asks.)
func (k *chunker) timeInPhrase(i int) bool {
	for j := i + 1; j < len(k.ws) && j <= i+12; j++ {
		if k.comma(j) || k.hard(j) {
			return false
		}
		if clauseCalendarWords.Has(k.ws[j].w) || k.digit(j) {
			return true
		}
	}
	return false
}

// contactSubject returns the first word of the subject of a relative
// clause with no relative word whose verb is word i, or -1: a subject
// pronoun right before it ("the sum she paid"), or a noun phrase of an
// definite noun phrase ("the", a possessive or a demonstrative and one or
// two lowercase words) with at most one adverb of the verb group after it,
// on a noun phrase an article, a possessive or a demonstrative opens ("an
// offer the council first made"). In news English two noun phrases side
// by side after a verb, the second definite and followed by its own past
// verb, are a noun and the relative clause that tells of it: the first is
// the verb's object, the second the clause's subject. An indefinite noun
// before a past form is a participle's ("violates an agreement reached in
// 1991", "called the claim a story made up for the campaign"). (Whether the word
// before the subject is a noun the caller asks.)
func (k *chunker) contactSubject(i int) int {
	if i < 3 {
		return -1
	}
	if subjectPronouns.Has(k.ws[i-1].w) && !k.comma(i-1) {
		return i - 1
	}
	e := i - 1
	if clauseGroupAdverbs.Has(k.ws[e].w) && !k.comma(e) {
		e-- // ("the company first made")
	}
	for s := e - 1; s >= e-2 && s > 1; s-- {
		if k.comma(s+1) || k.hard(s+1) {
			return -1
		}
		if w := k.ws[s].w; w == "the" || possessivePronouns.Has(w) && !k.upper(s) || clauseDemonstr.Has(w) {
			if !k.opensNoun(s - 1) {
				return -1
			}
			for j := s + 1; j <= e; j++ {
				if k.upper(j) || k.digit(j) || !k.nounish(j) || k.verbClass(j) != vNone || prepositions.Has(k.ws[j].w) || clauseTimeWords.Has(k.ws[j].w) || articleWords.Has(k.ws[j].w) {
					return -1
				}
			}
			return s
		}
	}
	return -1
}

// opensNoun reports whether word h, a lowercase word, ends a noun phrase
// that an article, a possessive or a demonstrative opens one or two words
// before it, with no comma or break inside ("an apology", "the tram
// contract").
func (k *chunker) opensNoun(h int) bool {
	for j := h - 1; j >= h-2 && j >= 0; j-- {
		if k.comma(j+1) || k.hard(j+1) || k.upper(j+1) {
			return false
		}
		if w := k.ws[j].w; articleWords.Has(w) || possessivePronouns.Has(w) || clauseDemonstr.Has(w) {
			return true
		}
	}
	return false
}

// prepositionObject reports whether word i ends the object of a phrase
// on a lowercase noun, which can be no subject: a name (up to three
// capitalized words, no month or day) after a preposition and at most
// "the" ("a letter from Rome", "a bell from the Santa Rosa"), or a figure
// (up to three figure words, "2 11 40" of "2:11:40") after "of" ("a
// best time of 2:11:40", "a fine of 5,000"); not a name after "to", "of" or
// an agent's "by", nor a time phrase ("in May", "on May 3"). In news
// English a past form right after such an object, after its clause's
// verb, is a participle on the noun phrase ("a letter from Rome written in
// 1920", "a best time of 2:11:40 set in 2019"), never the clause's second
// verb: a finite verb needs a subject of its own, and a preposition's
// object is none; nor a noun of a compound ("a court date set"), which a
// name or a figure after a preposition does not open.
func (k *chunker) prepositionObject(i int) bool {
	figure := k.digit(i)
	j := i
	for j > 0 && i-j < 2 && !k.comma(j) && (figure && k.digit(j-1) || !figure && k.upper(j-1)) {
		j--
	}
	if j < 2 || k.comma(j) || k.comma(j-1) || k.hard(j) || k.hard(j-1) {
		return false
	}
	for m := j; m <= i; m++ {
		if w := k.ws[m].w; clauseTimeWords.Has(w) || clauseCalendarWords.Has(w) || !figure && !k.upper(m) {
			return false
		}
	}
	if !figure && k.ws[j-1].w == "the" && !k.comma(j-1) && !k.hard(j-1) {
		j-- // ("from the Santa Rosa")
		if j < 2 || k.comma(j-1) || k.hard(j-1) {
			return false
		}
	}
	p := k.ws[j-1].w
	if figure && p != "of" {
		return false
	}
	if !figure && (!prepositions.Has(p) || p == "to" || byOf.Has(p)) {
		return false // (not an agent's "by", nor "of", which may tell what a name is part of)
	}
	return !k.upper(j-2) && k.nounish(j-2) && !prepositions.Has(k.ws[j-2].w) && !clauseTimeWords.Has(k.ws[j-2].w) && !k.digit(j-2)
}

// age reports whether word i, set off by a comma, is a person's age
// after a name ("Jo Brant, 34, ..."): a number of one to three digits
// after a capitalized word, and a comma after it.
func (k *chunker) age(i int) bool {
	w := k.ws[i].w
	return i > 0 && i+1 < len(k.ws) && k.comma(i) && k.comma(i+1) && len(w) <= 3 && strings.Trim(w, "0123456789") == "" && k.upper(i-1)
}

// particlePhrase reports whether the word at i, a form that may be a noun
// ("set", "shut", "cut"), is followed by a particle and a preposition ("a
// helpline set up on Friday", "the club shut down in March"): no noun takes a
// particle, so it is a participle with its phrase.
func (k *chunker) particlePhrase(i int) bool {
	return i+2 < len(k.ws) && !k.comma(i) && !k.comma(i+1) && particles.Has(k.ws[i+1].w) && prepositions.Has(k.ws[i+2].w)
}

// pastAfterPhrase reports whether the past form at i, in a main clause
// with no verb yet, is a participle on the subject because a phrase of a
// preposition or of "after", "before", "since" follows it and then a past
// after a noun, within 12 words and before a comma ("A report commissioned
// after the 1 March break-in found that ..."). A particle may stand
// between the participle and its phrase ("a helpline set up on Friday
// had taken 300 calls"): a phrasal verb's participle is one as any other.
func (k *chunker) pastAfterPhrase(i int) bool {
	p := i + 1
	if p+1 < len(k.ws) && particles.Has(k.ws[p].w) && !k.comma(p) && (prepositions.Has(k.ws[p+1].w) || sequenceSubordinators.Has(k.ws[p+1].w)) {
		p++
	}
	if p >= len(k.ws) || !prepositions.Has(k.ws[p].w) && !sequenceSubordinators.Has(k.ws[p].w) {
		return false
	}
	for j := p + 2; j < len(k.ws) && j <= i+12; j++ {
		if k.comma(j) || k.hard(j) || relativePronouns.Has(k.ws[j].w) || titleConjunctions.Has(k.ws[j].w) {
			return false
		}
		if c := k.verbClass(j); (c == vPast || c == vFinite) && k.nounish(j-1) && !prepositions.Has(k.ws[j-1].w) {
			return true
		}
		if k.participleTimeVerb(j) == i {
			return true // ("The lawsuit filed in October seeks")
		}
	}
	return false
}

// namesAfterPhrase reports whether the past form at i, in a main clause
// with no verb yet, is a participle on the subject because a phrase of a
// preposition or a time follows it, then an apposition set off by commas
// (names, or a noun phrase with no verb: "the finance director Paul Hart
// and two deputies", "a driver and a guard", "including the Marsh
// household") and a verb right after it: "The two men arrested on Tuesday,
// Ali Kaya and Tom Reid, were remanded in custody", "Two of the people
// arrested on Tuesday, the city's planning chief and a consultant, were
// remanded". An apposition is no clause of its own, so the verb after its
// closing comma is the subject's. Bounded: eight words to the first comma,
// sixteen to each further one, four commas.
func (k *chunker) namesAfterPhrase(i int) bool {
	if i+1 >= len(k.ws) || !prepositions.Has(k.ws[i+1].w) && !clauseTimeWords.Has(k.ws[i+1].w) {
		return false
	}
	c := k.commaAhead(i+1, 8)
	if c < 0 || k.hard(c) {
		return false
	}
	for j := i + 2; j < c; j++ {
		if k.verbClass(j) != vNone || relativeOpeners.Has(k.ws[j].w) {
			return false
		}
	}
	for n := 0; n < 4; n++ { // (a list: "Joe Marsh, Dan Pike and Lee Vo", "Joe Marsh, 45, and")
		e := k.commaAhead(c, 16)
		if e < 0 || k.hard(e) || !k.appositionAt(c, e) {
			return false
		}
		if vc := k.verbClass(e); vc == vFinite || vc == vPresent || vc == vPast && !k.comma(e+1) && !byOf.Has(k.ws[min(e+1, len(k.ws)-1)].w) {
			return true
		}
		c = e
	}
	return false
}

// appositionAt reports whether the words [c, e), set off by commas, are
// a noun phrase with no verb: a name, an age, "the city's planning chief",
// "including the two drivers" (not a phrase of a preposition nor one that
// opens a clause, and no word of it a verb).
func (k *chunker) appositionAt(c, e int) bool {
	w := k.ws[c].w
	if w == "and" && c+1 < e {
		c, w = c+1, k.ws[c+1].w
	}
	if w != "including" && (prepositions.Has(w) || relativeOpeners.Has(w) || clauseAdverbials.Has(w) || clauseStops.Has(w) || titleConjunctions.Has(w) || subjectPronouns.Has(w) || clauseTimeWords.Has(w)) {
		return false
	}
	noun := false
	for j := c; j < e; j++ {
		if k.verbClass(j) != vNone || relativeOpeners.Has(k.ws[j].w) || relativePronouns.Has(k.ws[j].w) {
			return false
		}
		noun = noun || k.nounish(j) || k.digit(j)
	}
	return noun
}

// subjectPast reports whether a subject of one or two words and a past
// form follow word i ("as police appealed", "as the crowd left").
func (k *chunker) subjectPast(i int) bool {
	for j := i + 2; j <= i+3 && j < len(k.ws); j++ {
		if k.comma(j) || !k.nounish(j-1) || k.upper(j-1) && j-1 > i+1 {
			return false
		}
		if k.verbClass(j) == vPast {
			return j == i+2 && !articleWords.Has(k.ws[i+1].w) || j == i+3 && (articleWords.Has(k.ws[i+1].w) || possessivePronouns.Has(k.ws[i+1].w))
		}
	}
	return false
}

// possessive reports whether word i is the "s" of a possessive
// ("Kafoury's loved ones"): the word after it is no verb.
func (k *chunker) possessive(i int) bool {
	if i == 0 || k.ws[i].w != "s" {
		return false
	}
	g := k.gap(i)
	return g == "'" || g == "’"
}

// objectRelative reports whether c, the innermost clause of a time, is a
// relative clause or participle phrase on a noun after its clause's verb,
// with no comma before it and inside the clause segFrom opens, that the
// clause's time is not: the clause's verb is in the present, the present
// perfect or progressive or a modal's ("has been charged over the collapse
// of a bridge that killed 13 people last month", "are searching for the
// gunman who opened fire in June", "visits Harlow for the fixture that was
// postponed last month"), or the phrase tells what a person did ("praised
// the firefighters who carried the boy out on Aug. 3"). The time dates the
// phrase, which makes no title of the clause's. (A thing's phrase after a
// verb in the past may share its time: "approved the sale at a meeting that
// took place on May 2". Not a time that names a noun's happening,
// nounTime: "convicted of the 2005 murder"; not a phrase that is the
// predicate after a copula or "have": "was among three teens arrested on
// Tuesday", "had his jersey retired on Feb. 6"; not the issuing of what
// tells: "in a statement issued on Monday".)
func objectRelative(cs []chunk, ws []word, c, segFrom, at int, nounTime bool) bool {
	if c <= 0 || nounTime {
		return false
	}
	cl := &cs[c]
	if cl.kind != clRelative && cl.kind != clReduced || !cl.late || ws[cl.from].comma || ws[cl.from].i <= segFrom {
		return false
	}
	// (A subject of its own, "where a vote will be held Thursday", "which
	// the bank made in May": only after a verb in the present or a modal's;
	// not after "that", which may open what a noun tells, "confidence that
	// the team will do a good job in 2011".)
	ownSubject := cl.kind == clRelative && cl.subj > cl.from
	if ownSubject && ws[cl.from].w == "that" {
		return false
	}
	p := &cs[max(cl.parent, 0)]
	for n := 0; (p.kind == clAdverbial || p.kind == clAside) && p.verb < 0 && p.parent >= 0 && n < 8; n++ {
		// (the clause of a phrase: "for the final that was moved", "is
		// Anthony Reyes, a resident who was fired on Thursday")
		p = &cs[p.parent]
	}
	if p.verb < 0 || p.vend == p.verb && auxiliaries.Has(ws[p.verb].w) && !p.present || cl.from > 0 && (documentNouns.Has(ws[cl.from-1].w) || clauseTelling.Has(ws[cl.from-1].w)) {
		return false
	}
	if ownSubject {
		return p.present || p.modal
	}
	if p.present || p.modal || personRelatives.Has(ws[cl.from].w) {
		return true
	}
	// After a verb in the past, a thing's clause dates the clause's
	// happening only when it tells when the setting of that happening
	// took place: a noun after a preposition of setting whose clause's
	// verb is one of taking place, beginning or ending ("approved the sale
	// at a meeting that took place on May 2", "during a visit that ended
	// on Friday"). Else the time is the clause's own ("arrested the
	// captain of the boat that sank on Friday": the sinking's day).
	// (Only after a finite verb that takes no clause: not a phrase's
	// "according to a deed registered on Friday", nor a complement the
	// chunker reads as a participle, "found the fire started on Monday",
	// "described how the brothers escaped on Friday".)
	if p.kind == clReduced || p.kind == clInfinitive || cl.from-1 <= p.vend {
		return false
	}
	if v := ws[p.vend].w; reportingVerbs.Has(v) || clauseVerbs.Has(v) || clauseObjectVerbs.Has(v) || clauseSaying.Has(v) {
		return false
	}
	for _, w := range ws[p.vend+1 : cl.from] {
		if clauseQuestionWords.Has(w.w) {
			return false
		}
	}
	if cs[0].verb < 0 {
		return false // (the sentence's structure is not found: no verb of its main clause)
	}
	if cl.kind == clReduced {
		// A participle phrase: only on a noun phrase an article, a
		// possessive, a demonstrative or a number opens ("the paintings
		// stolen"; not "striking aided school teachers ended", "killed and
		// dozens injured Saturday"), not after an agent ("the shooting of
		// a teenager by police poured into the streets": the clause's
		// verb), and with the time in the phrase's first phrase: a second
		// phrase before it may be the verb's ("bought the knife used in
		// the attack at a store on Sept. 14": the buying's day).
		opened := false
		for j := cl.from - 1; j > p.vend && j >= cl.from-6; j-- {
			w := ws[j].w
			if w == "by" || ws[j+1].comma || titleConjunctions.Has(w) {
				return false // (nor a second subject's: "were hurt and two women treated on Friday")
			}
			if articleWords.Has(w) || possessivePronouns.Has(w) || clauseDemonstr.Has(w) || quantifiers.Has(w) || isNumber(w) {
				opened = j-1 <= p.vend || !titleConjunctions.Has(ws[j-1].w)
				break
			}
			if prepositions.Has(w) || byOf.Has(w) {
				break
			}
		}
		if !opened {
			return false
		}
		n := 0
		for j := cl.verb + 1; j < cl.to && ws[j].j < at; j++ {
			if (prepositions.Has(ws[j].w) || byOf.Has(ws[j].w)) && j+1 < len(ws) && ws[j+1].i < at {
				n++
			}
		}
		if n > 1 {
			return false
		}
	}
	return !settingClause(ws, cl, p.vend)
}

// settingClause reports whether cl, a relative clause or participle phrase
// on a noun after its parent's verb group (ending at word vend), tells when
// the setting of that verb's happening took place: the noun phrase follows
// a preposition of setting (data: setting-prepositions) within a few words
// back, with no verb or comma between, and the clause's verb group holds a
// verb of taking place, beginning or ending (data: setting-verbs; "took
// place" is "took" before "place"), or of lasting: "ran late" (data:
// setting-lasting-verbs, setting-lasting; "approved the budget at a session
// that ran late on Thursday": what is done at a sitting is done while it
// runs).
func settingClause(ws []word, cl *chunk, vend int) bool {
	if cl.verb < 0 || cl.verb >= len(ws) {
		return false
	}
	ok := false
	for j := cl.verb; j <= max(cl.vend, cl.verb) && j < cl.to && j < len(ws); j++ {
		if w := ws[j].w; settingVerbs.Has(w) || w == "took" && j+1 < cl.to && ws[j+1].w == "place" || settingLastingVerbs.Has(w) && j+1 < cl.to && settingLasting.Has(ws[j+1].w) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for j := cl.from - 1; j > vend && j >= cl.from-6; j-- {
		w := ws[j].w
		if settingPrepositions.Has(w) {
			return true
		}
		if ws[j+1].comma || prepositions.Has(w) || byOf.Has(w) || relativePronouns.Has(w) {
			return false
		}
	}
	return false
}

// The pronouns reportedComplement names (a word each, not a list).
const (
	personPronounHe  = "he"
	personPronounShe = "she"
	thingPronoun     = "it"
)

// reportedComplement returns where the clause starts that a verb of
// saying tells will happen, or a verb of finding tells happened, when the
// time tx stands in it ("The museum said it would reopen to the public in
// June": "it would reopen ..."; "The review found that the payments began
// in 2019": "the payments began ..."), or -1: the time dates what is told,
// never the telling, which has no time of its own in the clause. When tx
// stands in a second predicate of the complement's subject ("said the
// plant was built and would open in September"), or the complement's
// subject is a pronoun, it returns the subject too, and where the clause
// goes on after it ("The plant", "would open ..."; "The museum", "will
// reopen ..." of "said it will reopen"), but for a pronoun before "would" ("could", "might",
// "should") right after the saying, which it returns with the speaker
// ("The museum said it", "would reopen ..."); -1 too when the pronoun is
// not the speaker's ("Judge Ellen Barlow said they could return") or the
// speaker is a pronoun.
func reportedComplement(text string, cs []chunk, ws []word, tx timex.Timex, seg [2]int) (int, string, int) {
	c := chunkOf(cs, ws, tx.Start)
	coord := -1
	if c > 0 && cs[c].kind == clCoord && cs[c].subj < 0 && cs[c].verb > cs[c].from && cs[c].parent > 0 && cs[cs[c].parent].kind == clComplement {
		coord, c = c, cs[c].parent
	}
	if c <= 0 || cs[c].kind != clComplement || cs[c].verb < 0 || cs[c].parent < 0 {
		return -1, "", 0
	}
	p := cs[c].parent
	if v := cs[p].verb; v < 0 || !clauseSaying.Has(ws[v].w) && !clauseSaying.Has(ws[cs[p].vend].w) && !contentVerbs.Has(ws[cs[p].vend].w) {
		return -1, "", 0
	}
	if modal := cs[c].modal || coord >= 0 && cs[coord].modal; !modal {
		// What was found to have happened: only after a verb of finding
		// or showing, not of saying ("Police said they found the car on
		// Friday" keeps its teller: what is said is the saying's news,
		// and the title the merging reads), a complement right after
		// the verb, with its own verb before the time, of a verb that is
		// its clause's, not a participle on a noun ("the recently
		// announced iPhone 4 began Tuesday").
		if clauseSaying.Has(ws[cs[p].vend].w) || !contentVerbs.Has(ws[cs[p].vend].w) {
			return -1, "", 0
		}
		gap := cs[c].from - cs[p].vend - 1
		v := cs[p].verb
		if ws[cs[c].verb].i > tx.Start || gap > 0 && !(clauseHearerVerbs.Has(ws[cs[p].vend].w) && gap <= 3) ||
			v > 0 && (articleWords.Has(ws[v-1].w) || possessivePronouns.Has(ws[v-1].w) || v > 1 && strings.HasSuffix(ws[v-1].w, "ly") && (articleWords.Has(ws[v-2].w) || possessivePronouns.Has(ws[v-2].w))) {
			return -1, "", 0
		}
	}
	from := cs[c].from
	if ws[from].w == "that" {
		from++
	}
	if from+1 >= cs[c].to || ws[from].i < seg[0] || ws[from].i >= tx.Start || cs[c].verb <= from && coord >= 0 {
		return -1, "", 0
	}
	// The speaker: the subject of the saying, or of the clause whose
	// predicate it shares ("it gave no details and said it would").
	saying := p
	for n := 0; cs[p].subj < 0 && cs[p].kind == clCoord && cs[p].parent >= 0 && n < 8; n++ {
		p = cs[p].parent
	}
	s, v := cs[p].subj, cs[p].verb
	if !subjectPronouns.Has(ws[from].w) {
		if coord >= 0 {
			subj := text[ws[from].i:ws[cs[c].verb-1].j]
			if strings.ContainsAny(subj, ",;:()\"“”") || fieldCount(subj) > 8 || cs[coord].from+1 >= cs[coord].to {
				return -1, "", 0
			}
			return ws[from].i, subj, ws[cs[coord].from+1].i
		}
		if possessivePronouns.Has(ws[from].w) && cs[c].modal && p == saying && s >= 0 && v > s && ws[s].i >= seg[0] && clauseReportedModals.Has(ws[cs[c].verb].w) && sayingThenPronoun(ws, cs[p].vend, from) {
			// "Senator Jane Rowe said her committee would hold a hearing
			// in June": a possessive that opens what is told right after
			// the saying is the speaker's, and names nobody without
			// the saying; the clause on "would" is a future only under
			// it (as for a pronoun: "The city said it would"). The
			// title keeps the speaker and the saying ("... said her
			// committee would hold a hearing"); a pronoun speaker
			// ("She said her committee would") stays for the naming
			// that a pronoun title gets.
			return ws[from].i, text[ws[s].i:ws[from].j], ws[from+1].i
		}
		return ws[from].i, "", 0
	}
	if s < 0 || v <= s || subjectPronouns.Has(ws[s].w) || ws[s].i < seg[0] {
		return -1, "", 0 // (a pronoun title, "It would publish data", is no better than the saying's)
	}
	subj := text[ws[s].i:ws[v-1].j]
	// The pronoun tells of the speaker only as "he" or "she" after a name
	// ("Grant Tahere said he would"), or "it" after a thing ("The museum
	// said it would"); "they" is left ("Judge Ellen Barlow said they could
	// return").
	name := (&chunker{text: text, ws: ws}).upper(v - 1)
	if pw := ws[from].w; !(pw == personPronounHe || pw == personPronounShe) && !(pw == thingPronoun && !name) || (pw != thingPronoun) != name ||
		strings.ContainsAny(subj, ",;:()\"“”") || fieldCount(subj) > 8 {
		return -1, "", 0
	}
	if coord >= 0 {
		return ws[from].i, subj, ws[cs[coord].from+1].i
	}
	if p == saying && clauseReportedModals.Has(ws[from+1].w) && sayingThenPronoun(ws, cs[p].vend, from) {
		// "The city said it would hand out bottled water on Sunday":
		// in news English a clause on "would" ("could", "might",
		// "should") is a future or a maybe only under the saying that
		// tells it; without it, "The city would hand out bottled water"
		// reads as a condition or a habit. What the speaker told of
		// itself is titled from the speaker, saying and all ("The city
		// said it would hand out bottled water"). (What is told still
		// starts at the pronoun: it, not the saying, is the happening.)
		return ws[from].i, text[ws[s].i:ws[from].j], ws[from+1].i
	}
	return ws[from].i, subj, ws[from+1].i
}

// clauseReportedModals are the modals of a future told in the past ("said
// it would"): see reportedComplement.
var clauseReportedModals = wordSet("clause-reported-modals")

// sayingThenPronoun reports whether the pronoun ws[from] follows the verb
// group of the saying that ends at ws[vend] with no word between but a
// "that" ("said it would", "said that she would"; not "said on Tuesday
// that she would", whose time would stay in the saying).
func sayingThenPronoun(ws []word, vend, from int) bool {
	if vend < 0 || from <= vend {
		return false
	}
	for k := vend + 1; k < from; k++ {
		if ws[k].w != "that" {
			return false
		}
	}
	return from-vend <= 2
}

// forecastSaid reports whether c, the innermost clause of a time (an
// infinitive on it counting as its), is what a second predicate of saying
// tells is forecast, told in the passive: "The weather office kept its gale
// alert up and said more snow was forecast for Friday evening", "extended
// its heat advisory and said temperatures were forecast to peak on
// Friday". In news English such a time is when the forecast thing is due:
// it dates neither the saying nor the first predicate, whose subject did
// them on a day of its own, and the forecast is no happening yet.
func forecastSaid(cs []chunk, ws []word, c int) bool {
	if c > 0 && c < len(cs) && cs[c].kind == clInfinitive {
		c = cs[c].parent // ("were forecast to peak on Friday")
	}
	if c <= 0 || c >= len(cs) || cs[c].kind != clComplement || !forecastPassive(ws, &cs[c]) {
		return false
	}
	p := cs[c].parent
	return p > 0 && cs[p].kind == clCoord && cs[p].vend >= 0 && clauseSaying.Has(ws[cs[p].vend].w)
}

// forecastPassive reports whether clause cl's verb group is a verb of
// forecasting told in the passive ("more rain was forecast", "winds were
// predicted").
func forecastPassive(ws []word, cl *chunk) bool {
	if cl.verb < 0 || cl.vend < cl.verb || cl.vend >= len(ws) {
		return false
	}
	// ("forecast", with no -ed, is left out of the verb group: "was" then
	// ends it)
	v := cl.vend
	return clauseForecast.Has(ws[v].w) && v > cl.verb && beForms.Has(ws[v-1].w) || beForms.Has(ws[v].w) && v+1 < len(ws) && clauseForecast.Has(ws[v+1].w)
}

// ownClauseTitle titles a relative clause or participle phrase on a noun,
// c, the innermost clause of the time tx (chunkOf), by itself, with the
// noun it hangs on for its subject: "was hit by a tsunami that killed
// 230,000 people in 2004" -> "A tsunami killed 230,000 people"; "has
// recovered the paintings stolen from a museum in March" -> "The paintings
// were stolen from a museum". Only a clause after its parent's verb whose
// subject is the noun ("that", "which", "who" and the verb; a participle
// with no comma before it); the noun phrase is the few words back to an
// article, a determiner or the word after a verb or preposition, not a
// pronoun, a document or a name of what tells ("a statement issued on
// Monday"). "" when there is none or the title is no headline: the time
// then dates nothing the clause could be titled by. With object, only a
// phrase on the noun the verb takes, opened by an article, a document's
// too ("follow an audit ordered in March" -> "An audit was ordered").
func ownClauseTitle(text string, cs []chunk, ws []word, c int, tx timex.Timex, object bool) string {
	if c <= 0 || c >= len(cs) {
		return ""
	}
	cl := &cs[c]
	if cl.verb < 0 || cl.modal || !cl.late || cl.from == 0 || cl.to > len(ws) {
		return ""
	}
	p := &cs[max(cl.parent, 0)]
	if p.verb < 0 || p.vend >= cl.from {
		return ""
	}
	from := cl.from // where the clause's own words start
	switch cl.kind {
	case clRelative:
		if cl.subj > cl.from {
			return placeClauseTitle(text, ws, cl, tx)
		}
		if !clauseSubjectRel.Has(ws[cl.from].w) || cl.subj > cl.from || cl.verb != cl.from+1 {
			return ""
		}
		from = cl.from + 1
	case clReduced:
		if ws[cl.from].comma || cl.verb != cl.from || unaccusativeParticiples.Has(ws[cl.verb].w) {
			return "" // (not "the fire started on Monday": it started)
		}
		if v := ws[p.vend].w; reportingVerbs.Has(v) || clauseVerbs.Has(v) || clauseObjectVerbs.Has(v) {
			return "" // ("found the fire spread": what was found, no participle)
		}
	default:
		return ""
	}
	head := cl.from - 1
	if head < 1 {
		return "" // (no noun before the clause, or no verb before the noun: nothing to hang it on)
	}
	if hw := ws[head].w; clauseIndefinites.Has(hw) || documentNouns.Has(hw) && !object || clauseTelling.Has(hw) || subjectPronouns.Has(hw) || objectPronouns.Has(hw) || clauseFunction.Has(hw) || prepositions.Has(hw) {
		return ""
	}
	k := &chunker{text: text, ws: ws}
	// back returns where the noun phrase that ends at word h starts: the
	// few words back to an article, a possessive or a demonstrative, or
	// the word after a verb, a preposition or a conjunction.
	back := func(h int) int {
		np := h
		for np > p.vend+1 && h-np < 6 {
			w := ws[np].w
			if articleWords.Has(w) || possessivePronouns.Has(w) || clauseDemonstr.Has(w) || ws[np].comma {
				break
			}
			pw := ws[np-1].w
			if prepositions.Has(pw) || byOf.Has(pw) || k.verbClass(np-1) != vNone || titleConjunctions.Has(pw) || relativePronouns.Has(pw) {
				break
			}
			np--
		}
		return np
	}
	np, number := back(head), head
	if np < 1 {
		return "" // (the phrase opens the sentence: no verb before it whose object it is)
	}
	if ws[np].comma && np < head && !articleWords.Has(ws[np].w) {
		return ""
	}
	if pw := ws[np-1].w; (prepositions.Has(pw) || byOf.Has(pw)) && np >= 2 && !ws[np-1].comma && k.verbClass(np-2) == vNone && !k.digit(np-2) && !quantifiers.Has(ws[np-2].w) && !articleWords.Has(ws[np-2].w) {
		// A noun after a preposition on a noun: "a problem on the cable
		// which caused downtime", "a sharp rise in diesel duty that took
		// effect" tell of the whole phrase, opened by an article ("A
		// problem on the cable caused downtime"); "families of people who
		// fell ill" of either, no title. ("Two of the paintings stolen"
		// tells of the paintings.)
		// After a verb in the past the phrase may tell of a setting
		// instead ("arrested a man in a car that was stolen on Friday":
		// the car was), no title.
		n := back(np - 2)
		if byOf.Has(pw) || !p.present && !p.modal || n <= p.vend || ws[n].comma || !articleWords.Has(ws[n].w) && !possessivePronouns.Has(ws[n].w) && !clauseDemonstr.Has(ws[n].w) {
			return ""
		}
		np, number = n, np-2
	}
	if personRelatives.Has(ws[cl.from].w) && byOf.Has(ws[np-1].w) {
		return "" // ("a former employee of one of the offices who was fired": the employee was)
	}
	if object && (np != p.vend+1 || !articleWords.Has(ws[np].w) || cl.verb+2 < len(ws) && ws[cl.verb+2].i < tx.Start) {
		return "" // (the time right after the participle or its preposition: not "bought the knife used in the attack at a store on May 2")
	}
	if controlVerbs.Has(ws[p.vend].w) {
		// After a verb that takes an object and an infinitive, a clause
		// on that object ends at its time: "asked drivers who were on
		// the M6 on Sunday | to send in footage", the infinitive the
		// verb's, told of the object, never the clause's.
		for j := cl.verb + 1; j+1 < cl.to; j++ {
			if nx := ws[j+1].w; ws[j].i >= tx.End && ws[j].w == "to" && !ws[j-1].comma && !k.upper(j+1) && !k.digit(j+1) && !articleWords.Has(nx) && !determiners.Has(nx) && !possessivePronouns.Has(nx) {
				// (An infinitive's verb after "to", not a place: "who
				// moved on Sunday to Leeds".)
				short := *cl
				short.to = j
				return retoldClause(text, ws, &short, np, head, number, from, tx)
			}
		}
	}
	return retoldClause(text, ws, cl, np, head, number, from, tx)
}

// quotedName reports whether the quotation marks of a noun phrase, if any,
// set off a name inside it ('the "Golden Owl" statue'): straight marks
// in pairs, curly ones opened and closed alike, each pair around one to
// four words that open on a capital. A phrase with no mark is one too.
func quotedName(np string) bool {
	if !strings.ContainsAny(np, "\"“”") {
		return true
	}
	if strings.Count(np, "\"")%2 != 0 || strings.Count(np, "“") != strings.Count(np, "”") {
		return false
	}
	in := false
	n := 0
	for _, w := range strings.Fields(np) {
		open := strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“")
		if open {
			if in || len(w) < 2 {
				return false
			}
			in, n = true, 0
			if !capitalized(strings.TrimLeft(w, "\"“")) {
				return false
			}
		}
		if in {
			if n++; n > 4 {
				return false
			}
		}
		if strings.HasSuffix(w, "\"") && (!open || strings.Count(w, "\"") == 2) || strings.HasSuffix(w, "”") {
			if !in {
				return false
			}
			in = false
		}
	}
	return !in
}

// retoldClause is the side clause cl told as a headline of its own: the
// noun phrase from word np to its head, then (for a reduced clause) "was"
// or "were" as the word number is singular or plural, then the clause's
// words from word from to its end ("a urine sample collected on April 7"
// -> "A urine sample was collected"); "" when the subject holds a mark,
// the time tx is outside the clause's words, or the title is no headline
// or opens on a pronoun. ownClauseTitle and attachTitle end here.
func retoldClause(text string, ws []word, cl *chunk, np, head, number, from int, tx timex.Timex) string {
	subject := text[ws[np].i:ws[head].j]
	if strings.ContainsAny(subject, ",;:()") || !quotedName(subject) {
		return ""
	}
	if cl.kind == clReduced {
		if ob := contactObject(text, ws, np, from, tx); ob >= 0 {
			// "according to figures the union released last week", "the
			// report the city commissioned in 2037": a noun phrase
			// right after another noun, with no word between, is the
			// subject of a relative clause that left out its "that",
			// and its verb is active, the noun before it its object
			// ("The union released figures"), never a passive of it
			// ("The union was released").
			object := text[ws[ob].i:ws[np-1].j]
			if ob == 0 && articleWords.Has(ws[0].w) {
				object = strings.ToLower(object[:1]) + object[1:]
			}
			prefix := subject + " " + text[ws[from].i:ws[from].j] + " " + object
			end := ws[cl.to-1].j
			if tx.Start < ws[from].j || tx.End > end {
				return ""
			}
			k := &chunker{text: text, ws: ws}
			for j := from + 1; j < cl.to; j++ {
				// The clause ends at its time when the noun it tells of
				// opened the sentence (the sentence's verb comes next: "the
				// report the city commissioned in 2037 put ..."), else at
				// the first comma, conjunction or verb after its time.
				if ws[j].i < tx.End {
					continue
				}
				if ob == 0 || ws[j].comma || titleConjunctions.Has(ws[j].w) || relativePronouns.Has(ws[j].w) || k.verbClass(j) == vFinite {
					end = ws[j-1].j
					break
				}
			}
			t := prefix + text[ws[from].j:end]
			x := tx
			x.Start += len(prefix) - ws[from].j
			x.End += len(prefix) - ws[from].j
			title := clauseTitle(t, [2]int{0, len(t)}, &x)
			if !headline(title) {
				return ""
			}
			return title
		}
	}
	var b strings.Builder
	b.WriteString(subject)
	b.WriteByte(' ')
	if cl.kind == clReduced {
		if hw := ws[number].w; len(hw) > 3 && strings.HasSuffix(hw, "s") && !strings.HasSuffix(hw, "ss") || pluralNouns.Has(hw) {
			b.WriteString("were ")
		} else {
			b.WriteString("was ")
		}
	}
	end := ws[cl.to-1].j
	if tx.End > end || tx.Start < ws[from].i {
		return ""
	}
	shift := b.Len() - ws[from].i
	b.WriteString(text[ws[from].i:end])
	t := b.String()
	x := tx
	x.Start += shift
	x.End += shift
	title := clauseTitle(t, [2]int{0, len(t)}, &x)
	if !headline(title) || inSet(subjectPronouns, firstWord(title)) {
		return ""
	}
	if misreadClause(text, ws, cl, np, head, from) {
		// The sentence's own clause, told as eventTitle would tell it,
		// titles the event instead (its time and its date stay). (Not
		// by the reduced clause again: "Class action the action remained
		// closed November" read it so, and came back here without end.)
		if whole := clauseTitleOf(text, [2]int{ws[0].i, ws[len(ws)-1].j}, &tx, false); headline(whole) {
			return whole
		}
	}
	return title
}

// misreadClause reports whether the side clause cl that retoldClause would
// tell is a misreading of the sentence's own clause: its subject's head
// is a verb in "-ed" ("Roads north of the town remained closed" read as
// the noun "remained" and "closed" on it: "Remained was closed"), or a
// reduced clause whose words hold a subordinating word and that a verb in
// the past follows with no comma ("The harbour reopened on Monday after
// divers | cleared debris": "The harbour was reopened after divers"), the
// subordinate clause's subject read as its end.
func misreadClause(text string, ws []word, cl *chunk, np, head, from int) bool {
	if hw := ws[head].w; len(hw) > 4 && strings.HasSuffix(hw, "ed") && isLower(text[ws[head].i:ws[head].j]) && (np == head || !articleWords.Has(ws[head-1].w) && !determiners.Has(ws[head-1].w)) {
		// ("Roads north of the town remained closed": a verb in "-ed"
		// is no noun's head, only after an article or a determiner, "the
		// accused"; told as one, "Remained was closed", "The river
		// remained was closed".)
		return true
	}
	if cl.kind == clReduced && cl.to < len(ws) && !ws[cl.to-1].comma {
		// A reduced clause whose words hold a subordinating word and
		// that a verb follows with no comma read the subordinate clause's
		// subject as its end ("The harbour reopened on Monday after
		// divers | cleared debris"): its participle is the main verb, and
		// the clause no side clause ("The harbour was reopened after
		// divers").
		for j := from + 1; j < cl.to; j++ {
			if n := ws[cl.to].w; subordinators.Has(ws[j].w) && !ws[j-1].comma && (pastVerb(n) || len(n) > 4 && strings.HasSuffix(n, "ed")) {
				return true
			}
		}
	}
	return false
}

// relativeHolding returns the offset of the first word of the relative
// clause on a noun, or of the participle phrase on a noun that names its
// agent, that holds the time tx and not the time next, with no comma
// between its first word and tx ("A fisherman who was rescued on
// Thanksgiving Day said Friday", "A supertanker seized by pirates this
// week dropped anchor on Thursday"), or -1: the first time is that
// clause's, the sentence's own is next.
func relativeHolding(cs []chunk, ws []word, tx, next timex.Timex) int {
	c, n := chunkOf(cs, ws, tx.Start), chunkOf(cs, ws, next.Start)
	for d := 0; c > 0 && n >= 0 && d < 8; d++ {
		if within(cs, n, c) {
			return -1 // (next is the clause's too)
		}
		cl := &cs[c]
		if cl.kind == clRelative && cl.from > 0 || (cl.kind == clReduced || cl.kind == clAside) && cl.from > 1 && cl.verb == cl.from && agentNext(ws, cl.verb, cl.to) {
			for j := cl.from + 1; j < len(ws) && ws[j].i < tx.Start; j++ {
				if ws[j].comma {
					return -1
				}
			}
			return ws[cl.from].i
		}
		c = cl.parent
	}
	return -1
}

// agentNext reports whether the participle ws[v] names its agent next,
// "by" right after it or after one particle ("seized by pirates", "drawn
// up by managers", "called off by the union"), before word to.
func agentNext(ws []word, v, to int) bool {
	if v+2 < to && particles.Has(ws[v+1].w) && !ws[v+1].comma {
		v++
	}
	return v+1 < to && ws[v+1].w == "by"
}

// within reports whether clause n is clause c or lies inside it.
func within(cs []chunk, n, c int) bool {
	for d := 0; n >= 0 && d < 32; d++ {
		if n == c {
			return true
		}
		n = cs[n].parent
	}
	return false
}

// pastHave is the one auxiliary that may open a relative clause with no
// relative word ("the house they had bought"; a word, not a list).
const pastHave = "had"

// relativeWhere is the relative word of a place whose clause has all its
// words ("the market where a blast killed six people"; a word, not a list).
const relativeWhere = "where"

// placeClauseTitle titles a relative clause cl that has a subject of its
// own by its own words when "where" opens it ("the market where a gas blast
// killed six people in May" -> "A gas blast killed six people"), "" for
// any other (a clause of "that" with its subject lacks its object: "the
// cut that the bank made"), or when the title is no headline.
func placeClauseTitle(text string, ws []word, cl *chunk, tx timex.Timex) string {
	if ws[cl.from].w != relativeWhere || cl.subj != cl.from+1 || cl.to > len(ws) {
		return ""
	}
	s, end := ws[cl.subj].i, ws[cl.to-1].j
	if tx.Start < s || tx.End > end || strings.ContainsAny(text[s:end], ",;:()\"“”") {
		return ""
	}
	x := tx
	title := clauseTitle(text, [2]int{s, end}, &x)
	if !headline(title) || inSet(subjectPronouns, firstWord(title)) {
		return ""
	}
	return title
}

// subjectClauseTitle answers for a time tx that stands in a relative
// clause on the subject of its sentence's main clause, before that clause's
// verb, with no comma before it, in seg, the clause of the sentence that
// opens it ("A former nurse who was struck off in 2019 has been jailed"):
// the time dates the relative clause, never the main clause, titled by
// the subject and the clause's own words ("A former nurse was struck off"),
// or by the clause alone when "where" opens it with its own subject; ""
// (no event) when the subject is a pronoun or a word of no one ("Those who
// voted in 2020 can register"). ("", false) when tx stands in no such
// clause, or the clause makes no headline: the rules after it answer.
func subjectClauseTitle(text string, cs []chunk, ws []word, tx timex.Timex, seg [2]int) (string, bool) {
	c := chunkOf(cs, ws, tx.Start)
	if c <= 0 || len(ws) == 0 || ws[0].i < seg[0] {
		return "", false
	}
	cl := &cs[c]
	reduced := cl.kind == clReduced && cl.verb == cl.from && (presentClause(cs, ws, 0) || cs[0].modal || pastNotThen(cs, ws, 0)) && !strings.HasSuffix(ws[cl.verb].w, "ing") && !prepositions.Has(ws[0].w)
	if cl.kind != clRelative && !reduced || cl.late || cl.parent != 0 || cl.from < 1 || cl.verb < 0 || cs[0].verb < cl.to || ws[cl.from].comma || cl.to > len(ws) {
		return "", false
	}
	// (A subject the chunker may have misread, with a verb or a comma in
	// it, is left as it was.)
	k := &chunker{text: text, ws: ws}
	for j := 0; j < cl.from; j++ {
		if k.verbClass(j) != vNone || auxiliaries.Has(ws[j].w) || modalAuxiliaries.Has(ws[j].w) || j > 0 && (k.comma(j) || k.hard(j)) {
			return "", false
		}
	}
	if reduced {
		// A past participle on the subject of a clause told in the
		// simple present or with a modal ("The guards placed on leave
		// last week remain suspended", "The bridge closed in June will
		// reopen"): the time dates the participle,
		// told of the subject ("The guards were placed on leave"), not
		// the state or the plan the clause tells; no event when the
		// subject is no one ("Those arrested in May will appear"). (Not
		// an "-ing" form, nor a subject after a preposition: "At the
		// earlier hearing he was deemed ..." has no participle. A main
		// clause in the past may tell the same moment, "A note posted on
		// Friday said the shop would shut", and one in the present
		// perfect the news, "A harp stolen in January has been found":
		// left as they were.)
		if subjectPronouns.Has(ws[0].w) || clauseDemonstr.Has(ws[0].w) || clauseIndefinites.Has(ws[0].w) {
			return "", true
		}
		if cl.from > 8 || prepositions.Has(ws[cl.from-1].w) || byOf.Has(ws[cl.from-1].w) {
			return "", false
		}
		t := retoldClause(text, ws, cl, 0, cl.from-1, cl.from-1, cl.from, tx)
		return t, t != ""
	}
	if cl.subj > cl.from {
		if ws[cl.from].w == "that" {
			return "", false // (what a noun tells: "The fear that prices would rise in May has ...")
		}
		t := placeClauseTitle(text, ws, cl, tx)
		return t, t != ""
	}
	if subjectPronouns.Has(ws[0].w) || clauseDemonstr.Has(ws[0].w) || clauseIndefinites.Has(ws[0].w) {
		return "", true // ("Those who voted in 2020 can register": no one to title)
	}
	if !clauseSubjectRel.Has(ws[cl.from].w) || cl.verb != cl.from+1 || cl.from > 8 || prepositions.Has(ws[cl.from-1].w) {
		return "", false
	}
	subject := text[ws[0].i:ws[cl.from-1].j]
	end := ws[cl.to-1].j
	if strings.ContainsAny(subject, "\"“”") || tx.Start < ws[cl.verb].i || tx.End > end {
		return "", false
	}
	t := subject + " " + text[ws[cl.verb].i:end]
	shift := len(subject) + 1 - ws[cl.verb].i
	x := tx
	x.Start += shift
	x.End += shift
	title := clauseTitle(t, [2]int{0, len(t)}, &x)
	if !headline(title) {
		return "", false // (left to the rules after: "The bridge that collapsed in 2019" titles a noun)
	}
	return title, true
}

// pastNotThen reports whether clause c is told in the past and tells
// nothing that happened at the time of a participle on its subject: its
// verb group opens on "had" (the past perfect tells what was done by a
// later moment: "The ferry seized in March had been sold by the time
// ...") or holds a negation ("The statue taken in 2019 was never found",
// "were not recovered"; data/words.txt negations). See subjectClauseTitle.
func pastNotThen(cs []chunk, ws []word, c int) bool {
	if c < 0 || c >= len(cs) {
		return false
	}
	cl := &cs[c]
	if cl.verb < 0 || cl.present || cl.modal || cl.vend < cl.verb || cl.vend >= len(ws) {
		return false
	}
	if ws[cl.verb].w == "had" {
		return true
	}
	for j := cl.verb; j <= cl.vend && j <= cl.verb+3; j++ {
		if negations.Has(ws[j].w) || strings.HasSuffix(ws[j].w, "n't") || strings.HasSuffix(ws[j].w, "n’t") {
			return true
		}
	}
	return false
}

// tellingComplement answers for a time tx in a complement in the past of
// a verb of telling in the present that is its clause's second predicate
// ("it describes corrosion and notes that the 2012 inspection had flagged
// cracks"): the time dates the complement, never the telling, titled by
// the complement with its attribution kept ("The report notes that the
// inspection had flagged cracks"), or nothing (skip) when the teller is a
// pronoun or is not found. ("", false) when tx stands in no such clause.
func tellingComplement(text string, cs []chunk, ws []word, tx timex.Timex) (string, bool) {
	c := chunkOf(cs, ws, tx.Start)
	if c <= 0 || cs[c].kind != clComplement || cs[c].modal || cs[c].present || cs[c].verb < 0 || cs[c].parent < 0 || cs[c].to > len(ws) {
		return "", false
	}
	p := cs[c].parent
	if cs[p].kind != clCoord || !cs[p].present || cs[p].verb < 0 || !tellingPresent.Has(ws[cs[p].vend].w) || cs[p].vend >= cs[c].from {
		return "", false
	}
	tell := cs[p].verb
	for n := 0; cs[p].subj < 0 && cs[p].kind == clCoord && cs[p].parent >= 0 && n < 8; n++ {
		p = cs[p].parent
	}
	s, v := cs[p].subj, cs[p].verb
	if s < 0 || v <= s || subjectPronouns.Has(ws[s].w) || subjectPronouns.Has(ws[v-1].w) || objectPronouns.Has(ws[v-1].w) {
		return "", true
	}
	subject := text[ws[s].i:ws[v-1].j]
	if strings.ContainsAny(subject, ",;:()\"“”") || fieldCount(subject) > 8 {
		return "", true
	}
	end := ws[cs[c].to-1].j
	if tx.End > end {
		return "", true
	}
	// (Not clauseTitle, which would drop the teller: "The council sold
	// the land" is the audit's claim, not a fact.)
	from := cs[c].from
	if ws[from].w == "that" && from+1 < cs[c].to {
		from++ // ("notes the council had sold": a headline drops "that")
	}
	title := withoutUnownedTime(subject+" "+text[ws[tell].i:ws[tell].j]+" "+text[ws[from].i:end], tx.Text)
	if !headline(title) || strings.Contains(title, tx.Text) {
		return "", true
	}
	return title, false
}

// withoutUnownedTime drops from a title a time x that dates nothing in its
// clause, with the preposition before it ("The board's decision to sack
// him on Monday was made at a meeting" -> "The board's decision to sack him
// was made at a meeting"), when the words left read as a phrase: the
// preposition follows a word that is no preposition, article or
// possessive, and the title stays a headline if it was one. A time in the
// absolute phrase of "with" that ends the title takes the phrase with it
// (withTailAt). Otherwise the title is left as it is.
func withoutUnownedTime(title, x string) string {
	if x == "" {
		return title
	}
	i := strings.Index(title, " "+x)
	if i <= 0 {
		return title
	}
	end := i + 1 + len(x)
	if end < len(title) && title[end] != ' ' && title[end] != ',' {
		return title // (a possessive, "Monday's")
	}
	var preRoom fieldRoom
	pre := fieldsIn(&preRoom, title[:i])
	if len(pre) < 3 {
		return title
	}
	p := strings.ToLower(pre[len(pre)-1])
	if !titlePrepositions.Has(p) && p != "on" {
		return title
	}
	if k := withTailAt(title, i); k > 0 && (!headline(title) || headline(title[:k])) {
		// "Demolition is set for 2028, with the new stadium opening in
		// 2030": the time dates the phrase of "with", a happening of its
		// own; without its time the phrase would end on its predicate
		// ("with the new stadium opening"), and it goes whole.
		return title[:k]
	}
	if b := strings.ToLower(pre[len(pre)-2]); prepositions.Has(b) || articleWords.Has(b) || possessivePronouns.Has(b) || strings.HasSuffix(pre[len(pre)-2], ",") {
		return title
	}
	t := strings.Join(pre[:len(pre)-1], " ") + title[end:]
	if headline(title) && !headline(t) {
		return title
	}
	return t
}

// reportedOwnTime reports whether tx, a time after say, the time of a
// verb of saying's clause, stands in what that verb reports, a clause in
// the past with its verb before tx ("The union said on Wednesday that its
// members had voted on Monday to end the strike", "confirmed yesterday
// that the minister resigned on Friday"): the time dates the reported
// happening, and the saying's dates only the telling. Not what will
// happen ("said on Monday the bridge would reopen in June") or what holds
// now ("said on Monday talks are going on"), and only a complement of the
// saying's own clause.
func reportedOwnTime(cs []chunk, ws []word, say, tx timex.Timex, namesHappening func(string) bool) bool {
	p, c := chunkOf(cs, ws, say.Start), chunkOf(cs, ws, tx.Start)
	if p < 0 || c <= 0 || cs[c].kind != clComplement || cs[c].parent != p || cs[c].modal || cs[c].present {
		return false
	}
	v, vend := cs[p].verb, cs[p].vend
	if v < 0 || !clauseSaying.Has(ws[v].w) && !clauseSaying.Has(ws[vend].w) {
		return false
	}
	cv := cs[c].verb
	if cv < 0 || ws[cv].i > tx.Start || ws[cv].i < say.End {
		return false
	}
	if w := ws[cv].w; !clausePastGroup.Has(w) && !pastVerb(w) && !(len(w) > 3 && strings.HasSuffix(w, "ed")) {
		return false
	}
	// A noun that names a happening between the verb and the time is the
	// time's ("said they had arrested a man over the stabbing in the city
	// centre on Sunday"): the arrest is not Sunday's. (A bounded look.)
	for j := cv + 1; j < len(ws) && j < cv+maxRelative+8 && ws[j].i < tx.Start; j++ {
		if (determiners.Has(ws[j-1].w) || possessivePronouns.Has(ws[j-1].w)) && namesHappening(ws[j].w) {
			return false
		}
	}
	return true
}

// sayingTimeCut is the span a title leaves out for the time tx of a verb
// of saying ("said on Wednesday that" -> "said that"): the time, its
// preposition and the space before them.
func sayingTimeCut(text string, ws []word, tx timex.Timex) [2]int {
	start := tx.Start
	if at := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.Start }); at > 0 && at <= len(ws) && prepositions.Has(ws[at-1].w) && !ws[at-1].comma && ws[at-1].j < tx.Start {
		start = ws[at-1].i
	}
	if start > 0 && text[start-1] == ' ' {
		start--
	}
	return [2]int{start, tx.End}
}

// pastAfterCounted reports whether the word after byte end, where a
// participle's phrase on the subject ends, is a verb in the past and the
// subject, from byte from, is a part of a set the phrase tells, a number
// or a quantifier and "of" ("Three of the nine men detained on Saturday
// appeared in court", "Most of the fans held on Sunday were freed"): the
// clause's own verb, of some of them, later; the time the phrase's. (Not
// "An undersea cable cut on Tuesday blocked ...", "A report published on
// Tuesday found ...": one thing's phrase, whose time is the clause's too.)
func pastAfterCounted(ws []word, from, end int) bool {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].i >= end })
	f := sort.Search(len(ws), func(i int) bool { return ws[i].i >= from })
	if i >= len(ws) || f >= i || !pastVerb(ws[i].w) && !(len(ws[i].w) > 4 && strings.HasSuffix(ws[i].w, "ed")) {
		return false
	}
	w := ws[f].w
	return f+1 < i && ws[f+1].w == "of" && (countNumbers.Has(w) || quantifiers.Has(w) || w != "" && w[0] >= '0' && w[0] <= '9')
}

// modifierTime returns the relative clause or participle phrase on a noun
// that the time at the text offset at stands in ("whom the mayor beat on
// May 3", "the guards placed on leave last week"), c being its innermost
// clause, when that part opens after segFrom, where the title's words
// start: the time dates what the part tells, not the clause the noun
// stands in. -1 when there is none, or the chunker's reading is not sure
// enough to take a date away on it:
//   - the sentence's main clause has no verb of its own; the part opens
//     with "whose" ("a craft built by students at a university, whose
//     first version was lost in April": which noun it tells of is not sure,
//     and the thing it names may be what the clause is about);
//   - a comma, or a conjunction that is not "and who" ..., stands between
//     the part's first word and the time, or a second predicate lies on
//     the way (the part ends before it: ", flown to the coast and shipped
//     out in February");
//   - the part is an -ing phrase set off after its clause (", killing 46"),
//     which tells of the clause, or its participle is a verb of saying
//     (", the board declared Tuesday");
//   - a subordinator opens the few words before a participle ("as hundreds
//     of people gathered on Saturday": a clause of its own);
//   - the part hangs on the subject of a verb of telling or finding ("A
//     survey published last year found"), or on a paper ("in a statement
//     issued on Monday"): a paper tells what it finds when it is issued;
//   - the noun names a happening ("in a vote that ended on Friday", "An
//     earthquake which hit Aceh on Tuesday killed"): the clause tells of
//     that happening, which the time dates with it; or is a pronoun;
//   - the clause above is a copula ("was that of a diver who drowned on
//     Friday"), or the participle is one of what happens by itself or
//     follows a verb of finding ("found the fire started on Monday"):
//     what the clause says, not a phrase on a noun.
func modifierTime(cs []chunk, ws []word, c, segFrom, at int, namesHappening func(string) bool) int {
	if len(cs) == 0 || cs[0].verb < 0 {
		return -1
	}
	tw := sort.Search(len(ws), func(i int) bool { return ws[i].i > at }) - 1
	if tw < 0 {
		return -1
	}
	m := -1
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		cl := &cs[c]
		if cl.kind == clRelative || cl.kind == clReduced && cl.verb >= 0 && !strings.HasSuffix(ws[cl.verb].w, "ing") {
			m = c
			break
		}
		if cl.kind == clCoord || cl.verb >= 0 && cl.kind != clInfinitive {
			return -1 // (a clause of its own on the way: "the fifth operation carried out by the warship after it was sent there in September"; an infinitive is its verb's: "the stores it offered to sell in August")
		}
		c = cl.parent
	}
	if m < 0 {
		return -1
	}
	cl := &cs[m]
	// A participle of a paper's or an inquiry's ordering or start on the
	// subject of a verb of finding ("A review commissioned in January
	// found", "An investigation launched in February concluded"): the
	// commissioning comes before the finding, and the time dates it alone,
	// whether the noun names a paper or a happening. (Only a finding told
	// as done: "A board named on June 9 is expected to report" tells
	// no finding; the time stays where the rules below put it.)
	//
	// So too a sample's taking ("samples taken from the kitchen last week
	// found E. coli", "swabs collected on Monday showed"): samples are
	// tested after they are taken, and what the tests found is not of
	// the taking's time. (Only samples: "Photos taken on Monday showed the
	// ship listing" show what was then.)
	gathered := cl.kind == clReduced && cl.verb >= 0 && gatheringParts.Has(ws[cl.verb].w) && cl.from > 0 && sampleNouns.Has(ws[cl.from-1].w)
	commissioned := cl.kind == clReduced && !cl.late && cl.verb >= 0 && (commissioning.Has(ws[cl.verb].w) || gathered) && cl.parent >= 0 && cs[cl.parent].vend > cl.from && !cs[cl.parent].present && !cs[cl.parent].modal && findingVerb(ws[cs[cl.parent].vend].w)
	if cl.from >= len(ws) || ws[cl.from].i <= segFrom || tw < cl.from || tw > cl.from+40 || ws[cl.from].w == "whose" {
		return -1 // (not "whose": set off after a phrase, it may hang on any noun of it, and dates a thing the clause may be about)
	}
	for j := cl.from + 1; j <= tw && j < len(ws); j++ {
		if ws[j].comma && !(isDigitWord(ws[j].w) && isDigitWord(ws[j-1].w)) {
			return -1
		}
		if j < tw && titleConjunctions.Has(ws[j].w) && !relativePronouns.Has(ws[j+1].w) {
			return -1
		}
	}
	if cl.kind == clReduced {
		if v := ws[cl.verb].w; reportingVerbs.Has(v) || clauseSaying.Has(v) {
			return -1
		}
		if p := cl.parent; p > 0 && cs[p].kind == clAside && cs[p].late || p > 0 && cs[p].kind == clReduced {
			return -1 // (", the board of canvassers declared Tuesday": an attribution, more likely than a phrase on a noun; a participle after a participle phrase is more likely the clause's verb)
		}
		if cl.from >= 2 && ws[cl.from-2].w == "by" {
			return -1 // ("enraged over the shooting by police poured into the streets": the clause's own verb)
		}
		if p := cl.parent; p >= 0 && cs[p].vend >= 0 && causativeVerbs.Has(ws[cs[p].vend].w) {
			return -1 // ("had his jersey retired on Feb. 6": what the subject had done)
		}
		for j := cl.from - 1; j >= 0 && j >= cl.from-6; j-- {
			if clauseAdverbials.Has(ws[j].w) {
				return -1
			}
			if ws[j].comma {
				break
			}
		}
	}
	if cl.kind == clRelative && !relativePronouns.Has(ws[cl.from].w) && !clauseSubjectRel.Has(ws[cl.from].w) && !personRelatives.Has(ws[cl.from].w) && !contactRelative(cs, ws, m) {
		return -1 // (no relative word: "told reporters he fled in January" is what was told)
	}
	// The noun phrase the part hangs on: back to a comma, a verb or six words.
	for j := cl.from - 1; j >= 0 && j >= cl.from-6; j-- {
		w := ws[j].w
		if j < cl.from-1 && (auxiliaries.Has(w) || modalAuxiliaries.Has(w) || reportingVerbs.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed")) {
			break
		}
		if (eventNouns.Has(w) || namesHappening(w)) && !commissioned {
			return -1 // (a noun of a happening: its time dates the clause that tells of it too, "in a vote that ended on Friday", "An earthquake which hit on Tuesday killed", "a rise in duty that took effect on Monday")
		}
		if j < cl.from-1 && (settingPrepositions.Has(w) || titleConjunctions.Has(w) && cl.kind == clReduced) {
			return -1 // (the setting of the clause, "won the cup in a final that was played on Sunday"; a gapped second clause, "and two women treated on Friday")
		}
		if ws[j].comma {
			break
		}
	}
	if p := cl.parent; !cl.late && p == 0 && cs[0].vend >= 0 && unaccusativeParticiples.Has(ws[cs[0].vend].w) {
		return -1 // ("The session that opened on Thursday night ended with a pact": the subject is a happening)
	}
	if v := cl.verb; v >= 0 { // (tw is at most 40 words after the part's start)
		n := 0
		for j := v + 1; j < tw && j < len(ws); j++ {
			if settingPrepositions.Has(ws[j].w) && j+1 < len(ws) && (articleWords.Has(ws[j+1].w) || possessivePronouns.Has(ws[j+1].w)) {
				n++
			}
		}
		if n > 1 {
			return -1 // ("sold the painting stolen in the raid at an auction in Paris on Friday": the time may close the clause)
		}
	}
	if cl.from > 0 {
		if hw := ws[cl.from-1].w; subjectPronouns.Has(hw) || objectPronouns.Has(hw) {
			return -1 // (a noun of a happening: its time dates the clause that tells of it too, "in a vote that ended on Friday", "An earthquake which hit on Tuesday killed"; a pronoun takes no phrase: "told reporters he fled in January")
		}
	}
	if v := verbAbove(cs, m); v >= 0 && beForms.Has(ws[v].w) {
		return -1 // ("The first death was that of a diver who drowned on Friday": the part is what the copula says)
	}
	if p := cl.parent; cl.kind == clReduced && (unaccusativeParticiples.Has(ws[cl.verb].w) || p >= 0 && cs[p].vend >= 0 && cl.late && (clauseVerbs.Has(ws[cs[p].vend].w) || clauseObjectVerbs.Has(ws[cs[p].vend].w))) {
		return -1 // ("found the fire started on Monday": the verb of what was found, no participle)
	}
	if commissioned {
		return m // (a paper ordered is not yet issued: "A report ordered in May found")
	}
	if cl.from > 0 && documentNouns.Has(ws[cl.from-1].w) {
		return -1 // ("condemned the sales in a statement issued on Nov. 8", "a report published on Monday found"): a paper's issue is its telling
	}
	if p := cl.parent; !cl.late && p >= 0 && cs[p].vend >= 0 && cs[p].vend > cl.from && findingVerb(ws[cs[p].vend].w) && !(clauseHearerVerbs.Has(ws[cs[p].vend].w) && beForms.Has(ws[cs[p].vend-1].w)) {
		// (A verb that takes a hearer, in the passive, makes its subject
		// the hearer, no paper that tells: "Families evacuated in January
		// have been told they can return" were evacuated in January, and
		// told since.)
		return -1
	}
	return m
}

// findingVerb reports whether w is a verb of telling or finding, whose
// subject's paper tells when it is issued ("A survey published last year
// found").
func findingVerb(w string) bool {
	return reportingVerbs.Has(w) || clauseSaying.Has(w) || contentVerbs.Has(w) || tellingPresent.Has(w)
}

// contactRelative reports whether clause m is a relative clause with no
// relative word that the chunker opened on the noun after its clause's
// verb, its subject its first word ("refused to refund the sum she paid in
// 2023", "renewed an offer the council first made in March"), under a
// verb that takes no clause of what is told, heard or found: in news
// English the subject and past verb right after a noun tell that noun's
// own happening, whose time it is, not the time of the clause above.
// ("told reporters he fled in January", "found the fire started on
// Monday": what is told or found, the clause's own.)
func contactRelative(cs []chunk, ws []word, m int) bool {
	cl := &cs[m]
	if cl.kind != clRelative || !cl.late || cl.subj != cl.from || cl.from < 1 || ws[cl.from].comma {
		return false
	}
	for c, n := cl.parent, 0; c >= 0 && n < clauseDepth; c, n = cs[c].parent, n+1 {
		if cs[c].vend < 0 {
			continue
		}
		for j := cs[c].verb; j <= cs[c].vend && j >= 0; j++ {
			if w := ws[j].w; reportingVerbs.Has(w) || clauseSaying.Has(w) || clauseHearerVerbs.Has(w) || contentVerbs.Has(w) || clauseVerbs.Has(w) || clauseObjectVerbs.Has(w) || tellingPresent.Has(w) {
				return false
			}
		}
		if cs[c].kind != clInfinitive {
			break
		}
	}
	return true
}

// isDigitWord reports whether w opens with a digit.
func isDigitWord(w string) bool {
	return w != "" && '0' <= w[0] && w[0] <= '9'
}

// titleHasVerb reports whether title holds word v of ws (the last word of a
// clause's verb group) as a word of its own.
func titleHasVerb(title string, ws []word, v int) bool {
	if v < 0 || v >= len(ws) {
		return false
	}
	for _, f := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		if f == ws[v].w {
			return true
		}
	}
	return false
}

// modifierTitle tells the part m of a sentence (a participle phrase right
// after its noun, or a relative clause opened by "who", "which" or "that"
// and its verb) as a headline of its own, the part cut at the first comma,
// finite verb or conjunction after the time tx: "the appeal launched on
// October 24 had received" -> "The appeal was launched". The noun phrase
// is the few words back from the noun to an article, a possessive or a
// demonstrative. "" when the part has a subject of its own ("whom the mayor
// beat"), the noun is no noun, or the title is no headline.
func modifierTitle(text string, cs []chunk, ws []word, m int, tx timex.Timex) string {
	if m <= 0 || m >= len(cs) {
		return ""
	}
	cl := cs[m] // (a copy: its end is cut below)
	from := cl.from
	k := &chunker{text: text, ws: ws}
	switch {
	case cl.kind == clReduced && cl.verb == cl.from && !ws[cl.from].comma && (strings.HasSuffix(ws[cl.verb].w, "ed") || participleForms.Has(ws[cl.verb].w) || k.particlePhrase(cl.verb)):
		// (With its particle, "set up", "shut down", the participle of
		// a form that may be a noun is one too: particlePhrase. A form
		// that is only ever a participle, "taken", "stolen", "written",
		// is one as an "-ed" form is: "samples taken last week found"
		// -> "Samples were taken".)
	case cl.kind == clRelative && clauseSubjectRel.Has(ws[cl.from].w) && (cl.verb == cl.from+1 || cl.verb == cl.from+2 && clauseGroupAdverbs.Has(ws[cl.from+1].w)):
		from = cl.from + 1 // (an adverb of the verb group stays: "who allegedly shot")
	default:
		return ""
	}
	head := cl.from - 1
	if head < 0 || ws[cl.from].comma && cl.kind == clReduced {
		return ""
	}
	if hw := ws[head].w; k.verbClass(head) != vNone || auxiliaries.Has(hw) || strings.HasSuffix(hw, "ing") && (head == 0 || !articleWords.Has(ws[head-1].w) && !possessivePronouns.Has(ws[head-1].w) && !clauseDemonstr.Has(ws[head-1].w)) || head > 0 && byOf.Has(ws[head-1].w) || prepositions.Has(hw) || byOf.Has(hw) || clauseFunction.Has(hw) || subjectPronouns.Has(hw) || objectPronouns.Has(hw) || clauseIndefinites.Has(hw) || k.digit(head) {
		return ""
	}
	np := head
	for np > 0 && head-np < 5 && !ws[np].comma {
		w := ws[np].w
		if articleWords.Has(w) || possessivePronouns.Has(w) || clauseDemonstr.Has(w) {
			break
		}
		pw := ws[np-1].w
		if prepositions.Has(pw) || clausePreps.Has(pw) || byOf.Has(pw) {
			break
		}
		if prepositions.Has(pw) || byOf.Has(pw) || k.verbClass(np-1) != vNone || titleConjunctions.Has(pw) || relativePronouns.Has(pw) || clauseAdverbials.Has(pw) || clauseQuestionWords.Has(pw) || clauseFunction.Has(pw) && !articleWords.Has(pw) && !possessivePronouns.Has(pw) && !clauseDemonstr.Has(pw) {
			break
		}
		np--
	}
	to := cl.to
	for j := from + 1; j < to && j < from+60; j++ { // (bounded: a part of a sentence, not the sentence)
		if ws[j].i < tx.End {
			continue
		}
		if ws[j].comma || titleConjunctions.Has(ws[j].w) || relativePronouns.Has(ws[j].w) || k.verbClass(j) == vFinite {
			to = j
			break
		}
	}
	cl.to = to
	return retoldClause(text, ws, &cl, np, head, head, from, tx)
}

// otherConjunct returns the second clause or predicate after "and" or
// "but" (clCoord) that holds clause c, the innermost clause of a time,
// when the title does not hold its verb while it holds the verb of a
// clause above it: the title tells the first conjunct, the time the
// second; -1 when there is none. It is one of:
//   - a clause with a subject of its own ("A court has charged a
//     builder, and officers on Tuesday detained his partner", "refused to
//     sell the site, and on June 4 the council bought the land");
//   - a second predicate in the past of a main clause told in the simple
//     present, shared reports that ("The charity runs three shelters and
//     opened a fourth last October"): a state told in the present has no
//     past time of its own.
//
// In news English a time inside such a conjunct dates that conjunct
// alone, never the one before the conjunction. (Not a second predicate of
// a clause in the past: "capsized and sank on Saturday" may tell both.)
func otherConjunct(title string, cs []chunk, ws []word, c int) (oc int, shared bool) {
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		if cl := &cs[c]; cl.kind == clCoord {
			if cl.verb < 0 || titleHasVerb(title, ws, cl.vend) || titleHasVerb(title, ws, cl.verb) || !titleHasClauseAbove(title, cs, ws, c) {
				return -1, false
			}
			if cl.subj < 0 {
				if presentMainPast(cs, ws, c) {
					return c, true
				}
				return -1, false
			}
			if w := ws[cl.subj].w; w == "that" || subordinators.Has(w) || relativeOpeners.Has(w) || clauseAdverbials.Has(w) || titleConjunctions.Has(w) {
				return -1, false // (a second complement of a verb of saying, "said that ... and that applications can be submitted next month": what is told, its own rule's)
			}
			return c, false
		}
		c = cs[c].parent
	}
	return -1, false
}

// presentMainPast reports whether clause c, a second predicate with no
// subject of its own, hangs on the main clause told in the simple present
// (no perfect, no modal) and has a past form for its verb, the main
// clause's subject written before its verb with no comma ("The airline
// flies to 28 cities and added two routes in April").
func presentMainPast(cs []chunk, ws []word, c int) bool {
	cl := &cs[c]
	if cl.parent != 0 || cs[0].verb <= cs[0].from || !cs[0].present || cs[0].modal || clausePerfect.Has(ws[cs[0].verb].w) || cs[0].verb-cs[0].from > 8 {
		return false
	}
	for j := cs[0].from + 1; j <= cs[0].verb; j++ {
		if ws[j].comma {
			return false
		}
	}
	v := ws[cl.verb].w
	return cl.verb == cl.from+1 && (verbForms.Has(v) || pastOpeners.Has(v) || len(v) > 3 && strings.HasSuffix(v, "ed") && !clauseEdWords.Has(v))
}

// titleHasClauseAbove reports whether title holds the verb (the last word of
// the verb group) of a clause above c in the chain of parents: the title is
// told by a clause the part c hangs in, not by c alone.
func titleHasClauseAbove(title string, cs []chunk, ws []word, c int) bool {
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		c = cs[c].parent
		if c >= 0 && titleHasVerb(title, ws, cs[c].vend) {
			return true
		}
	}
	return false
}

// verbAbove returns the last word of the verb group of the nearest clause
// above c that has one (an aside set off by commas has none), -1 when
// none does.
func verbAbove(cs []chunk, c int) int {
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		c = cs[c].parent
		if c >= 0 && cs[c].vend >= 0 {
			return cs[c].vend
		}
	}
	return -1
}

// titleAboveTime returns the clause the time stands in (from c, its
// innermost clause, chunkOf) when that clause is what a verb tells told in
// the past perfect and the title tells the telling instead, -1 when not:
// the title holds the verb of a clause above it before the told clause's
// own verb, or without it. In news English a time modifies the clause it
// stands in, and dates the happening of a clause above it only when it
// stands in that clause itself; the past perfect of what is told marks a
// happening before the telling: "The inspector said the lift had been
// reported as unsafe in February" dates the report, not the saying. Only
// when the time is far from the telling (far: after the article's day, or
// days before it; "The agent says the singer had checked into a clinic on
// Thursday" tells the day's news with its source) and the told clause is
// not told in the future ("said it would reopen on Monday": what is to
// come, its own rules'). A time in an infinitive on the told verb is asked
// of that verb's clause ("had planned to expand next year"); one in a
// second predicate that shares the told subject, of the first unless it is
// told in the future ("had hired a firm and would report back in
// January"). A title that tells the telling after the told clause, as its
// closing attribution ("The lift had been reported as unsafe, the
// inspector said"), tells what is told.
func titleAboveTime(title string, cs []chunk, ws []word, c int, far bool) int {
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		if cl := &cs[c]; cl.kind == clCoord && cl.subj < 0 && cl.modal {
			return -1
		} else if cl.kind == clInfinitive && !cl.target || cl.kind == clCoord && cl.subj < 0 {
			c = cl.parent
			continue
		}
		break
	}
	if !far || c <= 0 || c >= len(cs) {
		return -1
	}
	cl := &cs[c]
	if cl.kind != clComplement || cl.verb < 0 || cl.vend < 0 || cl.modal || !pluperfect(ws, cl) {
		return -1
	}
	fs := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	at := func(v int) int {
		if v < 0 || v >= len(ws) {
			return -1
		}
		return slices.Index(fs, ws[v].w)
	}
	own := at(cl.vend)
	for p, n := cl.parent, 0; p >= 0 && p < len(cs) && n < clauseDepth; p, n = cs[p].parent, n+1 {
		if cs[p].present {
			continue // (a telling in the present is a standing one, "The audit notes the council had sold the land": told as it is)
		}
		if a := at(cs[p].vend); a >= 0 && a != len(fs)-1 && (own < 0 || a < own) {
			return c
		}
	}
	return -1
}

// pluperfect reports whether clause cl's verb group is told in the past
// perfect ("had lost", "had been reported"): a happening before the telling.
func pluperfect(ws []word, cl *chunk) bool {
	for j := cl.verb; j >= 0 && j <= cl.vend && j < len(ws); j++ {
		if ws[j].w == "had" {
			return j+1 <= cl.vend
		}
	}
	return false
}

// pastMainTold reports whether c, the innermost clause of a time, is the
// main clause (or a predicate joined to it by "and" with a verb of its own)
// and that clause is told in the simple past ("unveiled", "made") or the
// present perfect ("has put off"): no modal or future word in its verb
// group, and none that sets or moves a time ("was set", "has been
// postponed": what is set is dated by it). In news English such a clause
// tells what has happened by the article's day (futurePastProbes).
func pastMainTold(cs []chunk, ws []word, c int) bool {
	if c < 0 || c >= len(cs) || c > 0 && (cs[c].kind != clCoord || cs[c].parent != 0 || cs[0].modal) {
		return false // (a second predicate shares a future of its first: "will be debated and voted on Nov. 16")
	}
	return pastTold(cs, ws, c)
}

// pastTold reports whether clause c's own verb group is told in the simple
// past or the present perfect, as pastMainTold asks of a main clause.
func pastTold(cs []chunk, ws []word, c int) bool {
	m := &cs[c]
	if m.verb < 0 || m.vend < m.verb || m.vend >= len(ws) || m.modal {
		return false
	}
	for j := m.verb; j <= m.vend; j++ {
		if planParticiples.Has(ws[j].w) || clauseTargetVerbs.Has(ws[j].w) || pastMainSetting.Has(ws[j].w) {
			return false // (what is set, put off or moved has its time: "Sentencing was set for June 3", "was postponed until May")
		}
	}
	w := ws[m.verb].w
	if reportingVerbs.Has(w) || clauseSaying.Has(w) {
		return false // (what a saying tells may be a clause the chunker did not cut off: "She said the budget faces a shortfall next year")
	}
	if clausePerfect.Has(w) {
		return m.vend > m.verb
	}
	if m.present {
		return false
	}
	return pastOpeners.Has(w) || simplePasts.Has(w) || verbForms.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w)
}

// pastMainTime reports whether the time at the text offset at stands after
// the verb group of c, a main clause told in the past or the present
// perfect (pastMainTold), reached by no word that may open a verb group
// or a clause of its own (a relative pronoun, "that", an auxiliary, a
// modal, "to", a verb in -s or -ed, a semicolon): "The review made six
// recommendations, including new guidance from next year". The shallow
// chunker may take an adjective in -ed for the verb ("free bottled water
// ... ends Sunday") or miss a relative clause's verb ("which takes effect
// in January"); such a path is not clean.
func pastMainTime(text string, cs []chunk, ws []word, c, at int) bool {
	if !pastMainTold(cs, ws, c) {
		return false
	}
	return pastClauseTime(text, cs, ws, c, at)
}

// pastSideTime is pastMainTime for an adverbial clause with a subject and
// a verb of its own, told in the simple past itself: "The closure has
// upset fans, while some residents openly welcomed a peaceful June".
// What it tells has happened by the article's day as much as a main
// clause's does.
func pastSideTime(text string, cs []chunk, ws []word, c, at int) bool {
	if c <= 0 || c >= len(cs) || cs[c].kind != clAdverbial || cs[c].subj < 0 || cs[c].modal || !pastTold(cs, ws, c) {
		return false
	}
	return pastClauseTime(text, cs, ws, c, at)
}

// pastClauseTime is the walk of pastMainTime from the verb group of c, a
// clause told in the past, to the time at at.
func pastClauseTime(text string, cs []chunk, ws []word, c, at int) bool {
	m := &cs[c]
	if m.verb > m.from+pastSubjectWords || ws[m.vend].j > at {
		return false
	}
	for j := m.vend + 1; j < len(ws) && j <= m.vend+pastReachWords; j++ {
		if ws[j].i >= at {
			return true
		}
		w := ws[j].w
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && j+1 < len(ws) && (ws[j+1].i >= at || prepositions.Has(ws[j+1].w) && j+2 < len(ws) && ws[j+2].i >= at) {
			return false // (a verb in -s that takes the time: "the distribution ... ends Sunday")
		}
		if strings.ContainsAny(text[ws[j-1].j:ws[j].i], ";:()") || relativePronouns.Has(w) || w == "that" || auxiliaries.Has(w) || modalAuxiliaries.Has(w) || w == "to" ||
			verbForms.Has(w) || reportingVerbs.Has(w) || clausePresent.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w) {
			return false
		}
		if kw, ok := keywords[w]; ok && kw.verb && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return false
}

// pastSubjectTime reports whether the time at the text offsets [at, end) stands
// in the subject of c, the main clause told in the simple past or the
// present perfect (pastMainTold), before its verb, with a noun right after
// it (nounAfter: the caller's): "Brent for May delivery fell 40 cents",
// "Tickets for the June festival sold out". What such a clause tells has
// happened by the article's day, so a later time in its subject names the
// noun it stands before (a delivery, a festival), never the clause.
func pastSubjectTime(cs []chunk, ws []word, c, at, end int) bool {
	if c != 0 || len(cs) == 0 || !pastMainTold(cs, ws, 0) {
		return false
	}
	m := &cs[0]
	if m.from >= len(ws) || ws[m.from].i >= at || ws[m.verb].i <= at || m.verb-m.from > pastSubjectWords+4 {
		return false
	}
	// The noun right after the time, which it modifies: not a word that
	// opens a phrase or a clause of its own ("believes on Tuesday the
	// firm had offered": the chunker's verb is the told clause's).
	t := sort.Search(len(ws), func(k int) bool { return ws[k].i >= end })
	if t >= len(ws) {
		return false
	}
	w := ws[t].w
	return t < m.verb && !ws[t].comma && !articleWords.Has(w) && !determiners.Has(w) && !possessivePronouns.Has(w) && !subjectPronouns.Has(w) && !objectPronouns.Has(w) && !prepositions.Has(w) && !auxiliaries.Has(w)
}

// pastMainSide reports whether c, the innermost clause of a time, stands
// under a main clause told in the simple past or the present perfect
// (pastMainTold) through adverbial clauses or phrases, asides and "with"
// phrases (and infinitives on them): "has put off a decision on whether
// the festival can go ahead next month", "have issued a warning, with
// temperatures expected to reach 38C next week". Not what a verb tells
// (a complement: "said it will vote next month"), a relative clause or a
// participle phrase, which may be titled by itself ("a law, which takes
// effect in January"), a second predicate, or an infinitive on the main
// clause itself ("voted to close the library in June"), whose dating is
// asked elsewhere.
func pastMainSide(cs []chunk, ws []word, c int) bool {
	if c <= 0 || c >= len(cs) || !pastMainTold(cs, ws, 0) || cs[0].verb > cs[0].from+12 {
		return false
	}
	for n := 0; c > 0 && n < clauseDepth; n++ {
		cl := &cs[c]
		switch cl.kind {
		case clAdverbial, clAside, clAttrib:
		case clReduced:
			if p := cl.parent; p <= 0 || cs[p].kind != clAttrib && cs[p].kind != clAdverbial && cs[p].kind != clAside {
				return false // (only the participle of a "with" phrase: "with the company expected to cut jobs")
			}
		case clInfinitive:
			if cl.parent == 0 {
				return false
			}
		default:
			return false
		}
		c = cl.parent
	}
	return c == 0
}

// prospectiveSide reports whether clause c or a clause between it and the
// main clause tells what is still to come: its verb group holds a modal or
// future word ("whether the festival can go ahead") or a participle of a
// plan ("with temperatures expected to reach 38C": plan-participles).
func prospectiveSide(cs []chunk, ws []word, c int) bool {
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		cl := &cs[c]
		if cl.modal || cl.verb >= 0 && planParticiples.Has(ws[cl.verb].w) {
			return true
		}
		c = cl.parent
	}
	return false
}

var (
	sideClauseOpeners = wordSet("side-clause-openers")
	sidePlanNouns     = wordSet("side-plan-nouns")
)

// planNounInfinitive reports whether clause c is an infinitive on a noun
// of a plan or a promise after its parent's verb ("cut 400 jobs with a
// pledge to cut costs by 2027", "included a commitment not to make
// redundancies before the end of 2027"): it tells what is planned, not
// the act of the clause above.
func planNounInfinitive(cs []chunk, ws []word, c int) bool {
	cl := &cs[c]
	if cl.kind != clInfinitive || cl.target || cl.from < 2 || cl.parent < 0 || cs[cl.parent].vend < 0 {
		return false
	}
	j := cl.from - 1
	if negations.Has(ws[j].w) && !ws[j].comma {
		j--
	}
	return j > cs[cl.parent].vend && !ws[j].comma && !ws[j+1].comma && sidePlanNouns.Has(ws[j].w)
}

// sideClauseTime returns the side clause a time stands under (c, its
// innermost clause, chunkOf) when the title tells a clause above it, and
// that clause; -1, -1 when not. The time's own clause is the first with a
// verb from c up; the side clause is that clause when it is an infinitive
// on a noun of a plan (planNounInfinitive), or else a clause above it
// that is a relative clause, a participle phrase, an adverbial clause of
// cause or concession (side-clause-openers); the title tells a clause above the side clause when
// it holds that clause's verb before the side clause's own (or without
// it). In news English a time dates the clause it stands in; a side
// clause tells a happening of its own, so a title of the clause above it,
// at that time, tells a happening the sentence does not date: "cut their
// target price, saying a long delay could force the company to raise
// money before the end of the year". (Not when the time's
// own clause is the side clause, "after the news broke last night": a
// clause of sequence or a relative clause with its time may date the
// clause above it too, its own rules'; not an attribution, whose time
// dates its telling.)
func sideClauseTime(title string, cs []chunk, ws []word, c int) (side, above int) {
	fs := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	at := func(v int) int {
		if v < 0 || v >= len(ws) {
			return -1
		}
		return slices.Index(fs, ws[v].w)
	}
	own := -1
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		if cs[c].verb >= 0 && cs[c].vend >= 0 {
			own = c
			break
		}
		c = cs[c].parent
	}
	if own <= 0 || cs[own].kind == clAttrib {
		return -1, -1
	}
	side = -1
	if planNounInfinitive(cs, ws, own) {
		side = own
	}
	for c, n := own, 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		cl := &cs[c]
		if side < 0 && c != own && cl.verb >= 0 && cl.vend >= 0 && (cl.kind == clRelative || cl.kind == clReduced || cl.kind == clAdverbial && cl.from < len(ws) && sideClauseOpeners.Has(ws[cl.from].w)) {
			side = c
		}
		p := cl.parent
		if side >= 0 && p >= 0 && p < len(cs) && cs[p].vend >= 0 {
			if a := at(cs[p].vend); a >= 0 {
				if s := at(cs[side].vend); s < 0 || side == own && a <= s {
					return side, p
				}
				return -1, -1
			}
		}
		c = p
	}
	return -1, -1
}

// contactObject is the first word of the noun phrase a relative clause
// with no "that" or "which" tells of, when the reduced clause whose noun
// phrase opens at word np and whose participle is word from is one: the
// noun phrase opens on an article ("the union"), right after a noun in
// lower case with no comma between (what the clause is of: "figures the
// union released"), and the participle takes nothing after it but a
// preposition or the time tx (the object it leaves out is that noun).
// The noun's own phrase opens the sentence or comes after a preposition
// ("according to figures", "in the report"): after a verb, two noun
// phrases are the verb's two objects ("gave the police the documents
// seized in March") or its object and what it told ("warned the council
// the bridge inspected in 2019 was unsafe"), and the participle is a
// passive. Else -1.
func contactObject(text string, ws []word, np, from int, tx timex.Timex) int {
	if np < 1 || from+1 >= len(ws) || from <= np || !articleWords.Has(ws[np].w) || ws[np].comma {
		return -1
	}
	k := &chunker{text: text, ws: ws}
	if nx := ws[from+1]; nx.i != tx.Start && !prepositions.Has(nx.w) || k.upper(from) {
		return -1
	}
	content := func(i int) bool {
		w := ws[i].w
		return !k.upper(i) && !k.digit(i) && !prepositions.Has(w) && !byOf.Has(w) && !articleWords.Has(w) && !determiners.Has(w) && !quantifiers.Has(w) &&
			!possessivePronouns.Has(w) && !subjectPronouns.Has(w) && !objectPronouns.Has(w) && !relativePronouns.Has(w) &&
			!titleConjunctions.Has(w) && !auxiliaries.Has(w) && !measureUnits.Has(w)
	}
	h := np - 1 // the noun the clause tells of
	if hw := ws[h].w; !content(h) || k.verbClass(h) != vNone || reportingVerbs.Has(hw) || strings.HasSuffix(hw, "ed") || strings.HasSuffix(hw, "ing") {
		return -1
	}
	ob := h
	for ob > 0 && h-ob < 4 && !ws[ob].comma && content(ob-1) {
		ob--
	}
	if ob > 0 && !ws[ob].comma && (articleWords.Has(ws[ob-1].w) || possessivePronouns.Has(ws[ob-1].w)) {
		ob--
	}
	if ob == h && (k.verbClass(h) != vNone || !strings.HasSuffix(ws[h].w, "s") || strings.HasSuffix(ws[h].w, "ss")) || ob < h && !articleWords.Has(ws[ob].w) && !possessivePronouns.Has(ws[ob].w) {
		// The noun phrase is one: opened by an article or a possessive,
		// or a plural alone ("figures"); not a bare word that may be a
		// verb ("plans to report the loss ..."), nor words run up to a
		// word no list knows ("in traditional medicine despite a ban").
		return -1
	}
	if ob == 0 {
		// Opening the sentence, the noun phrase is the subject of the
		// verb that comes right after the clause's time ("The report
		// the city commissioned in 2037 put the cost at ..."); else the
		// noun phrase before is the sentence's own clause ("The case
		// recalls a scheme uncovered in Iowa in 2015, in which ...").
		for j := from + 1; j < len(ws); j++ {
			if ws[j].i < tx.End {
				continue
			}
			if nw := ws[j].w; ws[j].comma || k.upper(j) || prepositions.Has(nw) || articleWords.Has(nw) || titleConjunctions.Has(nw) || relativePronouns.Has(nw) || k.verbClass(j) == vNone && !strings.HasSuffix(nw, "s") {
				return -1
			}
			return ob
		}
		return -1
	}
	if !ws[ob].comma && prepositions.Has(ws[ob-1].w) && ws[ob-1].w != "than" {
		return ob
	}
	return -1
}
