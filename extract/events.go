package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// kind is what sort of happening a clause reports.
type kind uint8

const (
	kindOther kind = iota
	kindStatement
	kindMeeting
	kindVisit
	kindSummit
	kindLaunch
	kindSigning
)

var kindNouns = [...]string{"event", "statement", "meeting", "visit", "summit", "launch", "signing"}

// key reports whether events of this kind are the key events of a timeline:
// summits, meetings, state visits, launches and signings. Statements and
// briefings are minor.
func (k kind) key() bool { return k >= kindMeeting }

// class groups the kinds that can be the same happening told differently:
// "met", "held a summit" and "visited" the same day are one encounter.
func (k kind) class() kind {
	if k == kindVisit || k == kindSummit {
		return kindMeeting
	}
	return k
}

// keywords name a kind of happening (data/kinds.txt). Verbs and nouns both
// count; the one nearest the time expression decides, a verb winning a tie.
var keywords = kindWords

// subordinators open a clause that has its own subject and verb; a sentence
// is cut before them so that each clause makes its own event.
var subordinators = wordSet("subordinators")

// nounLinks stand between a noun and the time expression that modifies it
// ("the talks on Friday").
var nounLinks = wordSet("noun-links")

// candidate is one dated clause: the raw material of an event. Its small
// fields come last, together in one word (an archive holds millions).
type candidate struct {
	doc  int
	sent sentence
	seg  [2]int // clause span in the article text
	tx   expr
	date timeline.Date
	end  *timeline.Date // the end of a span of days, or nil (see endDate)
	*about
	r0, r1 int64  // day numbers spanned, once ranged (see candRange)
	stext  string // the text of sent, for the event's sources and title

	// What the sentence says, for telling happenings apart (see similar.go):
	// its words until the merger numbers them (numberer.article), then the
	// numbers, sorted.
	says *says
	ids  []sid
	nids []sid
	// basis is "published" for an article's own news, dated by its
	// publication date because the sentence gives none (tx is then empty).
	basis string

	kind     kind
	derived  bool // date inferred, not written ("first visit in 24 years")
	coref    bool // people taken from the sentences before
	noun     bool // the expression dates a noun ("a summit in May"), not the clause
	ranged   bool
	lead     bool // the headline or the lead of its article
	pub      int8 // grade+1 (see grade); 0 not known yet
	priority int8 // lower is a better source for the title
}

// sayingTold is the priority of a source whose time dates what a saying
// tells while its title tells the saying ("The company said the ship
// would dock", dated by the docking's Friday): it never titles an event
// another source tells (toEvent).
const sayingTold int8 = 5

// sayingToldDated is sayingTold for a saying that has its own time in the
// sentence ("said on Tuesday the bridge was closed on Monday"): the
// saying is an event of its own day, and a happening only such sources
// tell is no event (dropSayingTitled).
const sayingToldDated int8 = 6

// about is what a candidate's clause is about: who and where it names, and
// its title. An undated sentence names nobody and has no title: all of
// them share noAbout, which nothing writes to (an archive holds millions).
// A candidate's about is written only while Analyze makes it.
type about struct {
	m     mentions
	title string
}

var noAbout about

// endDate is the end of the span of days c tells, or the zero Date. (Few
// candidates tell a span: the end is kept apart, and never changed in
// place, so copies of a candidate may share it.)
func (c *candidate) endDate() timeline.Date {
	if c.end == nil {
		return timeline.Date{}
	}
	return *c.end
}

// setEnd sets the end of the span of days c tells.
func (c *candidate) setEnd(d timeline.Date) {
	if d == (timeline.Date{}) {
		c.end = nil
		return
	}
	c.end = &d
}

// says is what a candidate's sentence says in words: its stems and its
// names. A candidate keeps it only until the merger numbers them.
type says struct {
	bag   bag
	names []string
}

// expr is what a candidate keeps of its time expression: its span, its
// text and its TIMEX3 value, the fields extract reads of it once the
// candidate is made (a timex.Timex is 152 bytes, this 48).
type expr struct {
	Start, End int
	Text       string
	Value      string
}

// exprOf is what a candidate keeps of t.
func exprOf(t timex.Timex) expr {
	return expr{Start: t.Start, End: t.End, Text: t.Text, Value: t.Value}
}

// timex is the expression as a timex.Timex, for the functions that read
// one (they read no more than expr keeps).
func (e expr) timex() timex.Timex {
	return timex.Timex{Start: e.Start, End: e.End, Text: e.Text, Value: e.Value}
}

// segments cuts the sentence text[s:e] into clauses at ", " or "; " before a
// subordinating word, and after an opening subordinate clause ("While Kim
// was in Russia, ...").
func segments(text string, s, e int) [][2]int {
	var out [][2]int
	start := s
	if w := strings.ToLower(firstWord(text[s:e])); subordinators.Has(w) && !titleConjunctions.Has(w) {
		if i := strings.Index(text[s:e], ", "); i > 0 {
			out = append(out, [2]int{s, s + i})
			start = s + i + 2
		}
	}
	relative := false // inside ", who ... ," or ", which ... ,"
	for i := start; i < e-2; i++ {
		if (text[i] != ',' && text[i] != ';') || text[i+1] != ' ' {
			continue
		}
		next := strings.ToLower(firstWord(text[i+2 : e]))
		switch {
		case relative && relativeGoesOn(text, i, e):
			// ("The fire, which burned 9,000 acres, killed two hikers
			// and destroyed 40 cabins, was contained": the clause lists
			// its verbs up to the comma before the subject's own.)
		case relative:
			// The comma closing a relative clause ends it; the main
			// clause goes on in its own segment.
			out = append(out, [2]int{start, i})
			start, relative = i+2, false
		case relativeClause(text, [2]int{i + 2, e}):
			out = append(out, [2]int{start, i})
			start, relative = i+2, true
		case subordinators.Has(next) && !strings.HasPrefix(strings.ToLower(text[i+2:e]), "as well as "):
			// (", as well as empty shell boxes" goes on with the list.)
			if start == s && openingPhrase(text[start:i]) {
				// "On Sunday, after 12 days of digging, the military
				// called off the search": the phrase that opens the
				// sentence opens its main clause too, after the
				// subordinate one.
				continue
			}
			out = append(out, [2]int{start, i})
			start = i + 2
		case text[i] == ';' && semicolonClause(text[start:i]) && semicolonClause(text[i+2:e]):
			// "The storm killed 400 people in 1991; the next in 2020
			// killed 26": two main clauses, each with its own subject,
			// verb and time (not a list's items: "in Paris; London;
			// and Rome").
			out = append(out, [2]int{start, i})
			start = i + 2
		}
	}
	return append(out, [2]int{start, e})
}

// semicolonClause reports whether s, the words on one side of a semicolon
// (up to the next one), is a clause of its own: a subject, then a finite
// verb within its first few words. The look is bounded: at most
// semicolonWords words are read.
func semicolonClause(s string) bool {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	var ws []string
	for f := range strings.FieldsSeq(s) {
		if len(ws) == semicolonWords {
			break
		}
		ws = append(ws, f)
	}
	if len(ws) < 2 || verbAt(ws, 0) || inSet(titleConjunctions, ws[0]) || noVerb(ws) {
		return false
	}
	for i := 1; i < len(ws) && i <= 8; i++ {
		if verbAt(ws, i) {
			return true
		}
	}
	return false
}

// semicolonWords bounds the words semicolonClause reads.
const semicolonWords = 40

// openingPhrase reports whether s, the words that open a sentence up to a
// comma, is a short phrase with no verb ("On Sunday", "Late on Monday
// night"): no clause of its own.
func openingPhrase(s string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	return len(ws) > 0 && len(ws) <= 6 && noVerb(ws)
}

// relativeGoesOn reports whether the relative clause open at the comma
// text[i] goes on past it: lower-case words in "-ed" or a verb in the past
// follow, and a later comma of the sentence comes before an auxiliary or
// a linking verb, the subject's own verb (relativeListEnd in title.go
// reads a title so).
func relativeGoesOn(text string, i, e int) bool {
	next := firstWord(text[i+2 : e])
	if w := strings.ToLower(next); next == "" || next != w || !pastVerb(w) && !strings.HasSuffix(w, "ed") {
		return false
	}
	for j := i + 2; j+2 < e; j++ {
		switch text[j] {
		case ';', ':', '"':
			return false
		case ',':
			if text[j+1] != ' ' {
				continue
			}
			w := firstWord(text[j+2 : e])
			return w == strings.ToLower(w) && (auxiliaries.Has(w) || linkingVerbs.Has(w))
		}
	}
	return false
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if i < 0 {
		return s
	}
	return s[:i]
}

// word is a lower-cased word of a clause with its byte span.
type word struct {
	w     string
	i, j  int
	comma bool // a comma stands between this word and the one before
}

func words(text string, s, e int) []word {
	return appendWords(make([]word, 0, (e-s)/5+1), text, s, e)
}

// wordsIf is words when cut is true, and nil otherwise (made at the room
// words gives, not grown from nothing).
func wordsIf(cut bool, text string, s, e int) []word {
	if !cut {
		return nil
	}
	return words(text, s, e)
}

// fieldRoom is room for strings.Fields of a title or a clause on its
// reader's stack (see fieldsIn).
type fieldRoom [24]string

// fieldsIn is strings.Fields(s), laid out in room when it fits: the words
// of a title, split again by each test that reads them, then cost the
// garbage collector nothing. Its capacity is its length, as that of
// strings.Fields is, so that an append to it never writes into the room.
func fieldsIn(room *fieldRoom, s string) []string {
	n := 0
	for f := range strings.FieldsSeq(s) {
		if n == len(room) {
			return strings.Fields(s)
		}
		room[n] = f
		n++
	}
	return room[:n:n]
}

// wordRoom is room for the words of a sentence on its reader's stack
// (appendWords(room[:0], ...)): most sentences fit, and a longer one
// grows out of it as a slice does.
type wordRoom [48]word

// appendWords appends the words of text[s:e] to out.
func appendWords(out []word, text string, s, e int) []word {
	return appendWordsLow(out, text, "", s, e)
}

// appendWordsLow is appendWords given low, asciiLower(text), or "" to
// lower text[s:e] here.
func appendWordsLow(out []word, text, low string, s, e int) []word {
	// ASCII text is lowered once, its words cut from that; other text
	// word by word, as lowering may change its length.
	if isASCII(text[s:e]) {
		if len(low) != len(text) {
			return appendWordsASCII(out, text, s, e)
		}
		lower := low[s:e]
		comma := false
		for i := s; i < e; {
			if c := text[i]; !asciiWord[c] {
				comma = comma || c == ','
				i++
				continue
			}
			j := i + 1
			for j < e && asciiWord[text[j]] {
				j++
			}
			out = append(out, word{lower[i-s : j-s], i, j, comma})
			comma = false
			i = j
		}
		return out
	}
	// A clause with one curly quote comes here: its ASCII bytes are still
	// read by the table, and its ASCII words still cut from low.
	comma := false
	for i := s; i < e; {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:e])
		}
		if !isWordRune(r) {
			comma = comma || r == ','
			i += n
			continue
		}
		j, ascii := i, true
		for j < e {
			if c := text[j]; c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:e])
			if !isWordRune(r) {
				break
			}
			ascii = false
			j += n
		}
		var w string
		if ascii && len(low) == len(text) {
			w = low[i:j]
		} else {
			w = strings.ToLower(text[i:j])
		}
		out = append(out, word{w, i, j, comma})
		comma = false
		i = j
	}
	return out
}

// appendWordsASCII is appendWordsLow of ASCII text[s:e] with no low: a
// word with no capital is the text's own, and only the words with one are
// lowered, into one string of their own. The merge and the title rules cut
// the words of a sentence or a clause many times over, and lowering all of
// it (strings.ToLower of the span) made a copy of every word each time
// for the one or two capitals a sentence has.
func appendWordsASCII(out []word, text string, s, e int) []word {
	n0, caps := len(out), 0
	comma := false
	for i := s; i < e; {
		if c := text[i]; !asciiWord[c] {
			comma = comma || c == ','
			i++
			continue
		}
		capital := false
		j := i
		for ; j < e && asciiWord[text[j]]; j++ {
			capital = capital || 'A' <= text[j] && text[j] <= 'Z'
		}
		w := text[i:j]
		if capital {
			// Lowered below: no word is empty, so "" marks it.
			w = ""
			caps += j - i
		}
		out = append(out, word{w, i, j, comma})
		comma = false
		i = j
	}
	if caps == 0 {
		return out
	}
	var room [256]byte
	b := room[:0]
	if caps > len(room) {
		b = make([]byte, 0, caps)
	}
	for _, w := range out[n0:] {
		if w.w == "" {
			for k := w.i; k < w.j; k++ {
				c := text[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
		}
	}
	lowered := string(b)
	for k := n0; k < len(out); k++ {
		if out[k].w == "" {
			n := out[k].j - out[k].i
			out[k].w, lowered = lowered[:n], lowered[n:]
		}
	}
	return out
}

// classify finds the kind of happening the clause reports at the time
// expression tx: the keyword nearest the expression wins, a verb beating a
// noun up to two words nearer. A noun the expression modifies directly ("a
// summit in May", "the talks on Friday") decides outright.
func classify(ws []word, tx timex.Timex) kind {
	ws = withoutAttribution(ws, tx)
	if k, ok := possessive(ws, tx); ok {
		return k
	}
	at := -1
	for i, w := range ws {
		if w.i >= tx.Start && at < 0 {
			at = i
		}
	}
	if at < 0 {
		at = len(ws)
	}
	// A noun the expression modifies: "<noun> in|on|at|of|during|last <timex>".
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		if kw, ok := keywords[ws[k].w]; ok && !kw.verb && ws[k].j <= tx.Start && !verbBefore(ws, k) {
			return refine(kw.k, ws)
		}
		if nounLinks.Has(ws[k].w) {
			continue
		}
		break
	}
	best, bestD := kindOther, 1<<30
	span := timexWords(ws, tx)
	for i, w := range ws {
		kw, ok := keywords[w.w]
		if !ok || (w.i >= tx.Start && w.j <= tx.End) {
			continue
		}
		if kw.verb && kw.k == kindStatement && passiveAct(ws, i) {
			// "was declared the winner": no speaker (passiveAct).
			continue
		}
		if kw.verb && i+1 < len(ws) && byOf.Has(ws[i+1].w) && (ws[i+1].w == "of" || i == 0 || !auxiliaries.Has(ws[i-1].w)) {
			// A participle that modifies a noun names no happening of
			// the clause: "A man accused of strangling his girlfriend
			// pleaded not guilty" is no statement.
			continue
		}
		d := i - at
		if w.i >= tx.End {
			d = i - at - span + 1
		}
		if d < 0 {
			d = -d
		}
		d *= 2
		if !kw.verb {
			d += 5 // a verb a couple of words farther still names the happening
		}
		if d < bestD {
			best, bestD = kw.k, d
		}
	}
	return refine(best, ws)
}

func timexWords(ws []word, tx timex.Timex) int {
	n := 0
	for _, w := range ws {
		if w.i >= tx.Start && w.j <= tx.End {
			n++
		}
	}
	return n
}

// refine checks a kind that needs words of data/kinds.txt really is one: a
// launch fired or launched something.
func refine(k kind, ws []word) kind {
	needs := kindNeeds[k]
	if len(needs) == 0 {
		return k
	}
	for _, w := range ws {
		for _, o := range needs {
			if strings.HasPrefix(w.w, o) {
				return k
			}
		}
	}
	return kindOther
}

// timexDate returns the timeline date of a DATE or TIME expression with a
// concrete value ("2024-06-19TMO" gives the day), read from its typed
// value; ok is false for references, durations, sets and values with
// unknown digits.
func timexDate(tx timex.Timex) (timeline.Date, bool) {
	return tx.Val.Date()
}

// yearsBack reads "first <noun> ... in N years" (his first visit in 24
// years): the previous such happening was N years before publication. It
// returns N, or 0 when the clause does not say that.
func yearsBack(text string, seg [2]int, tx timex.Timex) int {
	if tx.Type != "DURATION" || tx.Val.Unit != timex.UnitYear || tx.Val.Unknown&timex.UnknownCount != 0 {
		return 0
	}
	n := tx.Val.N
	if n < 1 || n > 200 {
		return 0
	}
	before := strings.ToLower(text[seg[0]:tx.Start])
	if !strings.HasSuffix(strings.TrimSpace(before), " in") && !strings.HasSuffix(strings.TrimSpace(before), " for the first time in") {
		return 0
	}
	if !strings.Contains(before, "first ") {
		return 0
	}
	return n
}

// quoteSpans returns the quotations of text[s:e] that close within it. A
// quotation mark left open (a stray mark of a scraped page, or a quotation
// that goes on into the next paragraph) quotes nothing here.
func quoteSpans(text string, s, e int) [][2]int {
	var out [][2]int
	open := -1
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:e])
		switch {
		case r == '“' || r == '"' && open < 0:
			open = i
		case (r == '”' || r == '"') && open >= 0:
			out = append(out, [2]int{open, i + n})
			open = -1
		}
		i += n
	}
	return out
}

// inSpans reports whether off lies inside one of the spans, its first
// byte included: a quotation's opens on its mark, which no time starts at,
// and a quote carried from the sentence before (carriedQuote) on the
// sentence's first word, which a time may be ("Two weeks ago I would not
// have bet on this," he said).
func inSpans(spans [][2]int, off int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > off })
	return i < len(spans) && off >= spans[i][0]
}

// reportingVerbs end an attribution tail (", state media said").
var reportingVerbs = wordSet("reporting")

// attributionTimes are the words of a time that may close an attribution
// (data/words.txt).
var attributionTimes = wordSet("attribution-times")

// withoutAttribution drops a closing attribution (", Seoul said", ", state
// media reported", ", two sources close to the matter said": up to seven
// words) that comes after the time expression: the happening is what was
// reported, not the reporting, unless nothing else names one.
func withoutAttribution(ws []word, tx timex.Timex) []word {
	n := len(ws)
	// ", the Coast Guard said Friday": the attribution's own time closes
	// it, after its verb.
	for k := n - 1; k >= max(1, len(ws)-3) && attributionTimes.Has(ws[k].w); k-- {
		if reportingVerbs.Has(ws[k-1].w) {
			n = k
			break
		}
	}
	if n >= 2 && !reportingVerbs.Has(ws[n-1].w) {
		// ", the police chief told reporters", ", the company said in a
		// statement": the verb's hearer or channel may close it, a few
		// words after the verb with no comma.
		for k := n - 1; k >= max(1, n-4) && !ws[k].comma; k-- {
			if reportingVerbs.Has(ws[k-1].w) {
				n = k
				break
			}
		}
	}
	if n < 2 || !reportingVerbs.Has(ws[n-1].w) {
		return ws
	}
	for k := n - 1; k >= max(1, n-8); k-- {
		if ws[k].i < tx.End {
			return ws
		}
		if !ws[k].comma {
			continue
		}
		// "A bomb exploded at the station on Monday, police said": the
		// happening is the bombing, whatever its verb.
		if k >= 3 {
			return ws[:k]
		}
		return ws
	}
	return ws
}

// wordFrom is the index of the first of ws, in text order, that starts at
// or after at, or len(ws): a binary search, so that a clause of many
// dates is not read again from its start for each one.
func wordFrom(ws []word, at int) int {
	return sort.Search(len(ws), func(k int) bool { return ws[k].i >= at })
}

// isPossessive reports whether the expression is followed by "'s".
func isPossessive(ws []word, tx timex.Timex) bool {
	if k := wordFrom(ws, tx.End); k < len(ws) {
		return ws[k].w == "s" && ws[k].i <= tx.End+len("’")
	}
	return false
}

// possessive reads "next month's NATO summit": the expression modifies the
// noun that follows it.
func possessive(ws []word, tx timex.Timex) (kind, bool) {
	for i := wordFrom(ws, tx.End); i < len(ws); i++ {
		w := ws[i]
		if w.w != "s" || w.i > tx.End+len("’") {
			return kindOther, false
		}
		for _, n := range ws[i+1 : min(len(ws), i+5)] {
			if kw, ok := keywords[n.w]; ok && !kw.verb {
				return kw.k, true
			}
		}
		return kindOther, false
	}
	return kindOther, false
}

// reportedTime reports whether the time of a statement's clause stands in
// what is said, after a verb of its own: "The agency said the leak began
// on Tuesday evening", "Kerr said her office expected to file charges on
// Thursday". It dates the happening told, not the telling ("said on
// Thursday that ...", "said in a statement on Thursday", "said Thursday
// the ..." date the telling). It returns the words from the telling's
// verb on, where the happening's kind is read, or nil.
func reportedTime(ws []word, tx timex.Timex) []word {
	at := slices.IndexFunc(ws, func(w word) bool { return w.i >= tx.Start })
	if at < 0 {
		return nil
	}
	r := -1
	for i := at - 1; i >= 0; i-- {
		if sayingVerb(ws[i].w) || reportingVerbs.Has(ws[i].w) {
			r = i
			break
		}
	}
	if r < 0 {
		return nil
	}
	for i := r + 1; i < at; i++ {
		w := ws[i].w
		if auxiliaries.Has(w) || pastOpeners.Has(w) || verbForms.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !articleWords.Has(ws[i-1].w) {
			return ws[r+1:]
		}
	}
	return nil
}

// nounKind is the kind of the noun a time expression modifies, in the four
// words after it ("Sunday's summit", "the April 2018 crash"), or kindOther.
func nounKind(ws []word, tx timex.Timex) kind {
	for i, w := range ws {
		if w.i < tx.End {
			continue
		}
		for _, n := range ws[i:min(len(ws), i+4)] {
			if kw, ok := keywords[n.w]; ok && !kw.verb {
				return kw.k
			}
		}
		break
	}
	return kindOther
}

// verbBefore reports whether a keyword verb stands within three words
// before ws[k]: in "announced the trip on Monday" the date goes with the
// announcing, not the trip.
func verbBefore(ws []word, k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if kw, ok := keywords[ws[j].w]; ok && kw.verb {
			return true
		}
	}
	return false
}

// isASCII reports whether s is all ASCII.
// asciiWord is isWordRune on the ASCII bytes: letters, digits, '-' and
// '_'.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = unicode.IsLetter(c) || unicode.IsDigit(c) || c == '-' || c == '_'
	}
	return t
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// trimCut is strings.Trim(s, cutset), with no cutset set up when s opens
// and ends on ASCII bytes the cutset does not hold: most words of a title
// carry no mark, and strings.Trim builds its set (or reads the runes of
// a cutset with curly quotes one by one) at each call. An ASCII byte is
// never part of another rune's bytes in UTF-8, so IndexByte finds it in
// the cutset just when the cutset holds it as a rune.
func trimCut(s, cutset string) string {
	if n := len(s); n > 0 {
		a, b := s[0], s[n-1]
		if a < utf8.RuneSelf && b < utf8.RuneSelf && strings.IndexByte(cutset, a) < 0 && strings.IndexByte(cutset, b) < 0 {
			return s
		}
	}
	return strings.Trim(s, cutset)
}
