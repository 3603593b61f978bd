package extract

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/timex"
)

// This file holds the tests merge.go's better and eventTitle ask of a
// source's title when they choose the title of an event: a predicate whose
// subject the cut left behind, a subject that only points back at another
// sentence, a title that ends half way through a phrase.

// headless reports whether c's title is the predicate of a clause whose
// subject stayed behind in its sentence: the sentence wrote its first word
// in lower case right before the title's second word, after "which" or
// "who" (data/words.txt predicate-relatives: "Cost the coach his job" of
// "... the loss, which cost the coach his job") or as a verb or a finite
// auxiliary ("Will put the works back on display" of "... the museum has
// said it will put the works back on display"). A sentence that opens on
// the word ("Cost overruns hit the project") writes it with its capital,
// a title that opens on a subject ("The club sold ..." of "But the club
// sold ...", "Police arrested ..." of "said that police arrested") comes
// after no relative word and opens on no verb, and a word in "-ed" after
// an article or a determiner is an adjective ("Rescued miners flew home"
// of "The rescued miners flew home").
func headless(c *candidate) bool {
	ws := strings.Fields(c.title)
	if len(ws) < 2 || c.noun {
		return false
	}
	lw := strings.ToLower(ws[0])
	if lw == ws[0] {
		return false
	}
	verb := verbAt(ws, 0) || auxiliaries[lw] && !nonfiniteAuxiliaries[lw]
	s := c.stext
	for {
		i := strings.Index(s, " "+lw+" "+ws[1])
		if i < 0 {
			return false
		}
		if end := i + len(lw) + len(ws[1]) + 2; end == len(s) || !isLetter(s[end]) {
			prev := strings.ToLower(strings.TrimRight(s[strings.LastIndexByte(s[:i], ' ')+1:i], ","))
			if verb && !determiners[prev] && !articleWords[prev] || predicateRelatives[prev] {
				return true
			}
		}
		s = s[i+1:]
	}
}

// isLetter reports whether b is an ASCII letter or digit, or a byte of a
// letter beyond ASCII.
func isLetter(b byte) bool {
	return b >= utf8.RuneSelf || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// predicateRelatives open a relative clause on its verb: the clause's
// subject is the noun before them (see headless; data/words.txt).
var predicateRelatives = wordSet("predicate-relatives")

// pointingTitle reports whether a title's subject only points back at what
// another sentence named, or at the day of writing ("Yesterday's vote was
// close"): a subject pronoun ("It describes corrosion"), a
// possessive ("Its rival says ...", "Their trial is due to begin"), a
// demonstrative ("This week was hard", "These buildings ...") or "the one"
// or "the other" ("The other two remain in orbit"); data/words.txt
// pointing-openers, pointing-seconds. Not a title that opens on a name or
// a noun ("Thieves stole ...", "The one-day strike closed ..."). "The
// other party's leader" and "This year's fair" count too: the test only
// sets a title behind another source's that opens otherwise (better).
func pointingTitle(t string) bool {
	if pronounTitle(t) {
		return true
	}
	ws := strings.Fields(t)
	if len(ws) < 2 {
		return false
	}
	w0 := strings.ToLower(strings.Trim(ws[0], ",;:\"“”"))
	if possessivePronouns[w0] || pointingOpeners[w0] {
		return true
	}
	if owner := strings.TrimSuffix(strings.TrimSuffix(w0, "'s"), "’s"); owner != w0 && dayWords[owner] {
		return true // "Yesterday's vote", "Saturday's defeat": the day of writing's
	}
	return w0 == "the" && pointingSeconds[strings.Trim(ws[1], ",;:")]
}

// pointingOpeners and pointingSeconds open a title whose subject points
// back at another sentence (see pointingTitle; data/words.txt).
var (
	pointingOpeners = wordSet("pointing-openers")
	pointingSeconds = wordSet("pointing-seconds")
)

// askedTitle reports whether a title asks a question or promises to
// explain one instead of telling a happening: it opens on a word that
// opens a question told as an object (data/words.txt question-openers:
// "How it all went wrong for the coach", "Why the dam failed") or ends on
// a question mark ("Is the bridge safe?").
func askedTitle(t string) bool {
	return strings.HasSuffix(strings.TrimRight(t, "\"”’' "), "?") || questionOpeners[strings.ToLower(firstWord(t))]
}

// danglingEnd reports whether a title ends half way through a phrase that
// its sentence goes on with: on a word that never ends a title
// (danglingWords: "... with Ruiz in"), on "up" right after one ("detours
// of up", of "detours of up to an hour"), or on "rather" that compares
// with what was cut ("a faulty sensor rather", of "rather than the
// engine"; not "would rather"). A verb's particle is whole ("was sworn
// in", of "was sworn in on Monday"), and where the sentence ends there
// too, nothing was cut ("demanding that the director step in.").
func danglingEnd(ws []string, sentence string) bool {
	n := len(ws)
	if n < 2 {
		return false
	}
	last := strings.ToLower(ws[n-1])
	prev := strings.ToLower(strings.TrimRight(ws[n-2], ","))
	broken := false
	switch {
	case danglingWords[last]:
		broken = !particleBefore(ws) && !particleBeforePhrase(ws, sentence) // ("was sworn in", "moved back")
	case last == "up":
		broken = danglingWords[prev]
	case last == "rather":
		broken = !auxiliaries[prev] && !strings.HasSuffix(prev, "'d") && !strings.HasSuffix(prev, "’d")
	}
	return broken && goesOn(sentence, ws[n-2]+" "+ws[n-1])
}

// goesOn reports whether words occur in sentence with a word right after
// them: their last occurrence, a space, then a letter or a digit.
func goesOn(sentence, words string) bool {
	i := strings.LastIndex(sentence, words)
	if i < 0 {
		return false
	}
	rest := sentence[i+len(words):]
	return len(rest) > 1 && rest[0] == ' ' && isLetter(rest[1])
}

// trimDangling drops from a title the end that danglingEnd finds broken,
// word by word, and a last conjunct that lost its verb with the time the
// cut took out ("Two bodies were found after the barge moved debris, and
// the driver of the bus", of "..., and the driver of the bus, 61, was
// found Saturday."): ", and" or ", but" then words with no verb, after a
// clause that has one and no other comma, where the sentence goes on from
// those words to a verb. Not a list ("sent cars, trucks, and buses into
// the river"), nor a second object ("announced cuts in pay, and a rise in
// taxes, as a condition of the loan."). It returns t when nothing is
// broken or what would be left is no headline.
func trimDangling(t, sentence string) string {
	return mendTitle(trimDanglingEnd(t, sentence), sentence)
}

// trimDanglingEnd is trimDangling before mendTitle.
func trimDanglingEnd(t, sentence string) string {
	ws := strings.Fields(t)
	n := len(ws)
	for n > 1 && danglingEnd(ws[:n], sentence) {
		n--
	}
	if n < len(ws) {
		if cut := strings.TrimRight(strings.Join(ws[:n], " "), ",;:"); publishable(cut) && clause(strings.Fields(cut)) {
			return cut
		}
		return t
	}
	if namesCut(ws, sentence) {
		// "... and reach the asteroid pair Lyra" of "... and reach the
		// asteroid pair Lyra and Lyra B in 2031": the clause before the
		// conjunct that holds the names cut in half.
		for i := n - 2; i > 2; i-- {
			if ws[i] == "and" && conjunctVerb(ws, i+1) && !strings.ContainsAny(strings.Join(ws[i:], " "), ",;:\"“”") {
				if cut := strings.Join(ws[:i], " "); headline(cut) {
					return cut
				}
				break
			}
		}
		return t
	}
	for i := n - 2; i > 1; i-- {
		if !strings.HasSuffix(ws[i-1], ",") || ws[i] != "and" && ws[i] != "but" {
			continue
		}
		head, tail := ws[:i], ws[i+1:]
		if len(tail) < 2 || !noVerb(tail) || strings.Contains(strings.Join(head[:i-1], " "), ",") || !verbAfter(sentence, strings.Join(tail, " ")) {
			return t
		}
		cut := strings.TrimSuffix(strings.Join(head, " "), ",")
		if publishable(cut) && clause(strings.Fields(cut)) {
			return cut
		}
		return t
	}
	return t
}

// namesCut reports whether a title ends on a name (a word in capitals, not
// its first) that its sentence joins by "and" to another name right after
// it ("the asteroid pair Lyra" of "the asteroid pair Lyra and Lyra B"):
// the cut kept half of the names.
func namesCut(ws []string, sentence string) bool {
	n := len(ws)
	if n < 3 || !capitalized(ws[n-1]) || strings.ContainsAny(ws[n-1], ",;:.\"“”()") {
		return false
	}
	i := strings.LastIndex(sentence, " "+ws[n-2]+" "+ws[n-1]+" and ")
	if i < 0 {
		return false
	}
	return capitalized(sentence[i+len(ws[n-2])+len(ws[n-1])+len(" and ")+2:])
}

// conjunctVerb reports whether ws[i], right after "and", is a verb: one
// verbAt knows, or a word in lower case of no grammar's list before an
// article or a determiner ("and reach the asteroid pair").
func conjunctVerb(ws []string, i int) bool {
	if i+1 >= len(ws) || !isLower(ws[i]) {
		return false
	}
	if verbAt(ws, i) {
		return true
	}
	w, next := ws[i], strings.ToLower(ws[i+1])
	return (articleWords[next] || determiners[next]) && strings.Trim(w, ",;:.\"“”()") == w && !determiners[w] && !articleWords[w] && !prepositions[w] &&
		!quantifiers[w] && !countNumbers[w] && !strings.HasSuffix(w, "ly")
}

// verbAfter reports whether the sentence goes on from words (their last
// occurrence) to a verb of its own before its end: a finite auxiliary, or
// a word in lower case verbAt reads as a verb.
func verbAfter(sentence, words string) bool {
	i := strings.LastIndex(sentence, words)
	if i < 0 {
		return false
	}
	rest := strings.Fields(sentence[i+len(words):])
	for j, w := range rest {
		lw := strings.ToLower(strings.Trim(w, ",;:.!?\"“”"))
		if auxiliaries[lw] && !nonfiniteAuxiliaries[lw] || lw == strings.Trim(w, ",;:.!?\"“”") && verbAt(rest, j) {
			return true
		}
	}
	return false
}

// cutTitle reports whether c's title was cut: by the cap on its words
// ("…"), half way through a phrase (danglingEnd), or so that the event's
// title made of it, mended as it can be (trimDangling), still has a phrase
// cut or a time relative to the day of writing (titleFlaw: "The hearing is
// expected", of "..., which is expected next week").
func cutTitle(c *candidate) bool {
	if strings.HasSuffix(c.title, "…") || danglingEnd(strings.Fields(c.title), c.stext) {
		return true
	}
	f := titleFlaw(trimDangling(c.title, c.stext), c.stext)
	return f == flawCut || f == flawRelativeTime
}

// particleBeforePhrase reports whether the title ws ends on a word that
// can be a verb's particle ("in", "on", "up", ...) that its sentence
// follows with a preposition right away ("the attackers first got in on
// November 14"): the word has no object of its own, and the verb needs it.
func particleBeforePhrase(ws []string, sentence string) bool {
	n := len(ws)
	last := strings.ToLower(ws[n-1])
	if last != "in" && last != "on" && !particles[last] || !isLower(ws[n-2]) || prepositions[strings.ToLower(ws[n-2])] {
		return false
	}
	rest, ok := textAfter(sentence, ws[n-2]+" "+ws[n-1])
	if !ok || !strings.HasPrefix(rest, " ") {
		return false
	}
	next := strings.ToLower(firstWord(strings.TrimLeft(rest, " ")))
	return prepositions[next] && next != "of" && next != "to" && !(last == "in" && next == "in")
}

// textAfter is what sentence holds after the last occurrence of words
// that ends a word; ok is false when words do not occur so.
func textAfter(sentence, words string) (string, bool) {
	i := strings.LastIndex(sentence, words)
	if i < 0 {
		return "", false
	}
	rest := sentence[i+len(words):]
	if rest != "" && isLetter(rest[0]) {
		return "", false
	}
	return rest, true
}

// A title an editor can publish as it stands is a clause with its subject
// and a finite verb, every phrase whole, no pronoun without its owner and
// no time word relative to the day of writing. titleFlaw tells which of
// these a title breaks, read against its sentence; mendTitle mends what
// it can from the same sentence.
const (
	flawNone         = ""
	flawNoClause     = "no clause"          // no verb of its own, a fragment
	flawPointing     = "pointing"           // "It ...", "Their trial ..."
	flawRelativeTime = "relative time word" // "last week", "Yesterday's"
	flawCut          = "cut phrase"         // a verb or a complement cut
)

// titleFlaw reports the first flaw of t, its sentence's title (see the
// consts above); flawNone when t stands as a headline.
func titleFlaw(t, sentence string) string {
	ws := strings.Fields(t)
	switch {
	case !headline(t):
		return flawNoClause
	case pointingTitle(t):
		return flawPointing
	case relativeTimeAt(ws) >= 0:
		return flawRelativeTime
	case cutEnd(ws, sentence) != cutNone:
		return flawCut
	}
	return flawNone
}

// relativeTimeAt is the index of the first word of ws, outside a
// quotation, that names a time relative to the day of writing: a day word
// that is no weekday ("yesterday", "tonight"), one that owns a noun
// ("Yesterday's vote", "Saturday's defeat"), or a relative unit after
// "last", "this" or "next" ("last week"); -1 when none.
func relativeTimeAt(ws []string) int {
	quote := false
	for i, w := range ws {
		if strings.ContainsAny(w, "\"“”") {
			quote = !quote
			continue
		}
		if quote {
			continue
		}
		lw := strings.ToLower(strings.Trim(w, ",;:."))
		owner := strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		switch {
		case owner != lw && dayWords[owner]:
			return i
		case dayWords[lw] && !calendarNames[lw] && isLower(w):
			return i
		case i+1 < len(ws) && relativeHeads[lw] && lw != "following" && relativeUnits[strings.ToLower(strings.Trim(ws[i+1], ",;:.'’s"))] && isLower(ws[i+1]):
			if i == 0 || !articleWords[strings.ToLower(ws[i-1])] && !determiners[strings.ToLower(ws[i-1])] { // (not "the next day")
				return i
			}
		}
	}
	return -1
}

// The ways a title's end is cut (cutEnd).
const (
	cutNone       = iota
	cutReport     // "and Kowalczyk said at the time" | that ...
	cutComplement // "voted to ask the state" | to carry out an audit
	cutThatClause // "estimated that 60% of homes" | would suffer ...
	cutTimeParticiple
	cutTimeNoun    // "in breach in the weeks" | after the attack
	cutRelativeEnd // "... last week"
	cutParticle    // "the attackers first got" | in on November 14
	cutPlanned     // "The hearing is expected" | next week
)

// cutEnd reports how the title ws ends cut from its sentence (see the
// consts), cutNone when it ends whole or its end is not found there.
func cutEnd(ws []string, sentence string) int {
	n := len(ws)
	if n < 3 || strings.HasSuffix(ws[n-1], "…") {
		return cutNone
	}
	if k := relativeTimeAt(ws); k >= n-2 && k > 2 && relativeEnd(ws[k:]) {
		return cutRelativeEnd
	}
	rest, ok := textAfter(sentence, ws[n-2]+" "+ws[n-1])
	if !ok {
		return cutNone
	}
	after, timed := withoutOpeningTime(rest)
	next := strings.ToLower(firstWord(strings.TrimLeft(after, " ")))
	goes := strings.HasPrefix(after, " ") && next != ""
	last := strings.ToLower(ws[n-1])
	switch {
	case goes && (next == "that" || strings.HasPrefix(strings.TrimLeft(after, " "), "\"") || strings.HasPrefix(strings.TrimLeft(after, " "), "“")) && reportEnd(ws) >= 0:
		return cutReport
	case goes && next == "to" && controlBefore(ws) && infinitiveAfter(after):
		return cutComplement
	case goes && thatWithoutVerb(ws):
		return cutThatClause
	case timed && !goes && strings.HasSuffix(last, "ed") && participle(last) && isLower(ws[n-1]) && objectBefore(ws, n-1):
		return cutTimeParticiple
	case particleCut(ws, rest):
		return cutParticle
	case timed && !goes && planParticiples[last] && auxiliaries[strings.ToLower(ws[n-2])]:
		return cutPlanned
	case goes && !timed && halfTimePhrase(ws) && sequenceSubordinators[next]:
		return cutTimeNoun
	}
	return cutNone
}

// mendTitle mends the cut end of t, its sentence's title (cutEnd): the
// report's conjunct goes, a complement the cut left out comes back while
// the title stays short, a participle only its time completed goes, and
// so does a time relative to the day of writing at its end or the time
// phrase cut in half. A mend that does not leave a headline is not made;
// t as it is then.
func mendTitle(t, sentence string) string {
	ws := strings.Fields(t)
	var out []string
	switch cutEnd(ws, sentence) {
	case cutReport:
		// "... showed sales up 2.1%, and Kowalczyk said at the time":
		// the report's conjunct goes.
		k := reportEnd(ws)
		for i := k - 1; i > 2; i-- {
			if ws[i] == "and" || ws[i] == "but" {
				if strings.HasSuffix(ws[i-1], ",") {
					out = ws[:i]
				}
				break
			}
		}
	case cutComplement, cutThatClause:
		out = extended(ws, sentence)
	case cutTimeParticiple:
		out = ws[:len(ws)-1]
	case cutParticle:
		out = append(slices.Clone(ws), firstWord(strings.TrimLeft(strings.ToLower(rest0(ws, sentence)), " ")))
	case cutRelativeEnd:
		k := relativeTimeAt(ws)
		if k > 0 && dayPrepositions[strings.ToLower(ws[k-1])] {
			k--
		}
		if lw := strings.ToLower(ws[k-1]); isLower(ws[k-1]) && (verbAt(ws, k-1) || pastVerb(lw) || strings.HasSuffix(lw, "ed")) {
			// ("in a vote that ended yesterday", "how two inmates
			// escaped last month": the verb ends on its time.)
			break
		}
		out = ws[:k]
	case cutTimeNoun:
		// "in breach of its obligations in the weeks" | after the
		// attack: the phrase and its preposition go.
		if n := len(ws); n > 5 && prepositions[strings.ToLower(ws[n-3])] {
			out = ws[:n-3]
		}
	}
	if out == nil {
		return t
	}
	m := strings.TrimRight(strings.Join(out, " "), ",;:")
	if !headline(m) || danglingEnd(strings.Fields(m), sentence) {
		return t
	}
	return m
}

// reportEnd is the index of a verb of saying among the last four words of
// ws with no "that" nor quotation after it ("Kowalczyk said at the
// time"), -1 when none.
func reportEnd(ws []string) int {
	for i := len(ws) - 1; i >= max(1, len(ws)-4); i-- {
		w := ws[i]
		if strings.ContainsAny(w, "\"“”:,") || strings.EqualFold(w, "that") {
			return -1
		}
		if isLower(w) && reportingVerbs[w] && !auxiliaries[strings.ToLower(ws[i-1])] {
			return i
		}
	}
	return -1
}

// controlBefore reports whether one of the last five words of ws is a
// verb that takes an object and an infinitive ("asked the county | to
// pay", "urged residents | to leave"; data/words.txt control-verbs).
func controlBefore(ws []string) bool {
	for i := len(ws) - 1; i >= max(0, len(ws)-5); i-- {
		if strings.ContainsAny(ws[i], ",;:\"“”") {
			return false
		}
		if controlVerbs[ws[i]] {
			return i < len(ws)-1
		}
	}
	return false
}

// controlVerbs take an object and an infinitive (see controlBefore).
var controlVerbs = wordSet("control-verbs")

// infinitiveAfter reports whether s opens on "to" and a word in lower case
// that can be a verb: no article, determiner, number or preposition.
func infinitiveAfter(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || ws[0] != "to" {
		return false
	}
	w := ws[1]
	return isLower(w) && !articleWords[w] && !determiners[w] && !prepositions[w] && !possessivePronouns[w] && !isNumber(w) && !strings.ContainsAny(w, "0123456789,;:\"“”")
}

// thatWithoutVerb reports whether the last "that" of ws, outside a
// quotation and after a word in lower case, has no verb after it: the
// clause it opens lost its verb ("estimated that 60% of homes").
func thatWithoutVerb(ws []string) bool {
	for i := len(ws) - 2; i >= 2; i-- {
		if strings.ContainsAny(ws[i], "\"“”") {
			return false
		}
		if ws[i] != "that" {
			continue
		}
		return i > 1 && isLower(ws[i-1]) && !strings.ContainsAny(ws[i-1], ",;:") && noVerb(ws[i+1:]) &&
			!slices.ContainsFunc(ws[i+1:], func(w string) bool { return auxiliaries[strings.ToLower(w)] })
	}
	return false
}

// objectBefore reports whether ws[i-1] ends a noun phrase that a
// preposition opens, which a participle at i tells of ("helped by a
// campaign launched", "in a video posted"): the words back to the
// preposition are in lower case, none of them a verb, an auxiliary or a
// pronoun, and an article or a determiner opens them. (A noun that a
// subordinator or a verb comes before may be the subject of a verb in the
// past, "when the incident occurred", or its object, "had his jersey
// retired".)
func objectBefore(ws []string, i int) bool {
	for j := i - 1; j >= max(1, i-5); j-- {
		w := strings.ToLower(ws[j])
		if !isLower(ws[j]) && !isNumber(ws[j]) || strings.ContainsAny(w, ",;:\"“”'’") || auxiliaries[w] || subjectPronouns[w] || j < i-1 && verbAt(ws, j) {
			return false
		}
		if articleWords[w] || determiners[w] {
			return j > 0 && j < i-1 && prepositions[strings.ToLower(ws[j-1])]
		}
	}
	return false
}

// relativeEnd reports whether ws, the end of a title from a word that
// names a time relative to the day of writing, are that time alone ("last
// week", "yesterday"): no noun it owns ("Wednesday's hearing").
func relativeEnd(ws []string) bool {
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:."))
	return len(ws) <= 2 && (dayWords[last] || relativeUnits[last])
}

// halfTimePhrase reports whether ws end on a preposition, an article and a
// unit of time ("in the weeks", "in the days"): a time phrase cut in half
// when its sentence goes on with what it counts from ("after the attack";
// cutEnd). ("for the year" before a time is whole.)
func halfTimePhrase(ws []string) bool {
	n := len(ws)
	if n < 5 {
		return false
	}
	u := strings.ToLower(strings.TrimSuffix(ws[n-1], "s"))
	return relativeUnits[u] && articleWords[strings.ToLower(ws[n-2])] && prepositions[strings.ToLower(ws[n-3])]
}

// withoutOpeningTime is s with the time phrase that opens it taken out
// (its preposition too: " on November 14 last year, using" -> ", using")
// and whether there was one. The sentence's times are tagged again here:
// a title's sentence is short, and this is read once per event.
func withoutOpeningTime(s string) (string, bool) {
	body := strings.TrimLeft(s, " ")
	if body == "" {
		return s, false
	}
	w := firstWord(body)
	skip := 0
	if titlePrepositions[strings.ToLower(w)] || strings.EqualFold(w, "by") {
		skip = len(w) + 1
	}
	tx := timex.Tag(body, anyDay)
	if len(tx) == 0 || tx[0].Start > skip {
		return s, false
	}
	return body[tx[0].End:], true
}

// anyDay is the day a title's times are read against: only where they
// are in the sentence counts, not what they resolve to.
var anyDay = time.Date(2000, 1, 3, 12, 0, 0, 0, time.UTC)

// extended is ws with the words their sentence goes on with, up to the
// clause's next mark (a comma, a semicolon, a quotation, the end) or a
// time, cut back at the last phrase's start while longer than a title
// may be; nil when that leaves no word to add.
func extended(ws []string, sentence string) []string {
	rest, ok := textAfter(sentence, ws[len(ws)-2]+" "+ws[len(ws)-1])
	if !ok {
		return nil
	}
	rest, _ = withoutOpeningTime(rest)
	if tx := timex.Tag(rest, anyDay); len(tx) > 0 {
		rest = rest[:tx[0].Start]
	}
	if i := strings.IndexAny(rest, ",;:\"“”()—–"); i >= 0 {
		rest = rest[:i]
	}
	more := strings.Fields(strings.TrimRight(strings.TrimSpace(rest), "."))
	out := append(slices.Clone(ws), more...)
	for len(out) > maxTitleWords+titleSlack || len(out) > len(ws) && danglingEnd(out, sentence) {
		// back to the last phrase's start
		i := len(out) - 1
		for i > len(ws) && !prepositions[strings.ToLower(out[i])] {
			i--
		}
		if i <= len(ws)+1 {
			return nil
		}
		out = out[:i]
	}
	if len(out) <= len(ws)+1 || inSet(danglingWords, out[len(out)-1]) || inSet(auxiliaries, out[len(out)-1]) || thatWithoutVerb(out) {
		return nil
	}
	// A relative time at the end ("like the one last month") goes.
	if k := relativeTimeAt(out); k > len(ws) {
		out = out[:k]
	}
	return out
}

// particleCut reports whether the sentence goes on from the title ws
// (rest) with a verb's particle and right after it a preposition ("the
// attackers first got" | in on November 14): the cut took the particle
// with the time.
func particleCut(ws []string, rest string) bool {
	if !strings.HasPrefix(rest, " ") || !isLower(ws[len(ws)-1]) {
		return false
	}
	p := strings.Fields(rest)
	if len(p) < 2 || p[0] != "in" && p[0] != "on" && !particles[p[0]] {
		return false
	}
	w := append(slices.Clone(ws), p[0])
	return particleBeforePhrase(w, strings.Join(w, " ")+rest[len(" "+p[0]):]) && verbAt(ws, len(ws)-1)
}

// rest0 is what the sentence holds after the title ws ("" when their end
// is not found there).
func rest0(ws []string, sentence string) string {
	rest, _ := textAfter(sentence, ws[len(ws)-2]+" "+ws[len(ws)-1])
	return rest
}
