package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
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
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, c.title)
	if len(ws) < 2 || c.noun {
		return false
	}
	lw := strings.ToLower(ws[0])
	if lw == ws[0] {
		return false
	}
	verb := verbAt(ws, 0) || auxiliaries.Has(lw) && !nonfiniteAuxiliaries.Has(lw)
	s := c.stext
	for {
		i := strings.Index(s, " "+lw+" "+ws[1])
		if i < 0 {
			return false
		}
		if end := i + len(lw) + len(ws[1]) + 2; end == len(s) || !isLetter(s[end]) {
			prev := strings.ToLower(strings.TrimRight(s[strings.LastIndexByte(s[:i], ' ')+1:i], ","))
			if verb && !determiners.Has(prev) && !articleWords.Has(prev) || predicateRelatives.Has(prev) {
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
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if len(ws) < 2 {
		return false
	}
	if openedPronoun(ws) {
		return true
	}
	w0 := strings.ToLower(strings.Trim(ws[0], ",;:\"“”"))
	if possessivePronouns.Has(w0) || pointingOpeners.Has(w0) {
		return true
	}
	if owner := strings.TrimSuffix(strings.TrimSuffix(w0, "'s"), "’s"); owner != w0 && dayWords.Has(owner) {
		return true // "Yesterday's vote", "Saturday's defeat": the day of writing's
	}
	return w0 == "the" && (pointingSeconds.Has(strings.Trim(ws[1], ",;:")) || pointingPeopleAt(ws)) || headlessCount(ws)
}

// openedPronoun reports whether the title ws opens on a phrase of a
// preposition, closed by its comma, and then on a subject pronoun and its
// verb ("At the hearing, she acknowledged ...", "In a statement on its
// website, it said ..."): the pronoun is the clause's subject all the same
// (personAfterOpening), and names nobody as one that opens the title.
func openedPronoun(ws []string) bool {
	for k := 1; k+1 < len(ws) && k <= 9; k++ {
		if strings.HasSuffix(ws[k-1], ",") {
			w := ws[k]
			return subjectPronouns.Has(w) && isLower(ws[k+1]) && personAfterOpening(ws, w)
		}
	}
	return false
}

// headlessCount reports whether a title's subject is a count with no noun,
// its verb right after it ("Nine have been hospitalized", "Both shut their
// doors", "All three were closed", "The first 20 are due to start"): news
// English writes the noun with the count where it first tells of the
// things, and a count alone points back at that noun, as "they" does.
// Not a count before its noun ("Nine people were hurt"), nor a figure of
// money or a measure.
func headlessCount(ws []string) bool {
	k := 0
	w := strings.ToLower(ws[0])
	switch {
	case w == "both":
	case w == "all" || w == "the" && len(ws) > 2 && strings.EqualFold(ws[1], "first"):
		k = 1
		if w == "the" {
			k = 2
		}
		if k >= len(ws) || !countWord(ws[k]) {
			return false
		}
	case countWord(ws[0]):
	default:
		return false
	}
	k++
	// (A plural count's verb takes no "-s": "Both sides agreed" is a
	// count with its noun.)
	return k < len(ws) && isLower(ws[k]) && (auxiliaries.Has(ws[k]) || verbAt(ws, k) && !strings.HasSuffix(ws[k], "s"))
}

// countWord reports whether w is a count: a number word, or up to three
// digits alone (not a year).
func countWord(w string) bool {
	w = strings.ToLower(w)
	return countNumbers.Has(w) || w != "" && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// pointingPeopleAt reports whether ws, a title that opens on "The",
// points back at a person by their age alone, as "he" or "she" does: the
// age is the subject's noun, its verb right after it ("The 34-year-old
// won ...", "The 44-year-old also faces charges", "The 34-year-old's
// lawyer said"). News English names the person first with that age
// ("Dana Whitfield, 34,"). Not an age before a noun that says who it is
// ("The 54-year-old Ukrainian national was detained", "The 26-year-old
// nurse said").
func pointingPeopleAt(ws []string) bool {
	w1 := strings.Trim(ws[1], ",;:")
	if w, ok := strings.CutSuffix(w1, "'s"); ok {
		return yearsOld(w)
	}
	if w, ok := strings.CutSuffix(w1, "’s"); ok {
		return yearsOld(w)
	}
	if !yearsOld(w1) || len(ws) < 3 {
		return false
	}
	return verbAt(ws, 2) || auxiliaries.Has(ws[2]) || ws[2] == "also" && len(ws) > 3 && verbAt(ws, 3)
}

// yearsOld reports whether w is an age written as a noun: digits and
// "-year-old" ("34-year-old").
func yearsOld(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// pointingOpeners and pointingSeconds open a title whose subject points
// back at another sentence (see pointingTitle; data/words.txt).
var (
	pointingOpeners = wordSet("pointing-openers")
	personObjects   = wordSet("person-objects")
	pointingSeconds = wordSet("pointing-seconds")
)

// backReference reports whether a title, past its first word, names what
// it tells of only by pointing back at another sentence: a demonstrative
// of several before a noun in lower case ("Talks on those job cuts
// began", "All of these homes were evacuated"; data/words.txt
// pointing-determiners), or an object pronoun that ends it ("Teachers voted
// 64% to approve it"; pointing-objects). Not
// inside a quotation, which is the speaker's. Like pointingTitle, it only
// sets a title behind another source's that names its things (better).
func backReference(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 3 || strings.ContainsAny(t, "\"“”") {
		return false
	}
	if last := ws[len(ws)-1]; pointingObjects.Has(last) && !inSet(prepositions, ws[len(ws)-2]) && !pronounWithin(ws) {
		return true
	}
	for i := 1; i+1 < len(ws); i++ {
		if pointingDeterminers.Has(ws[i]) && isLower(ws[i+1]) && !determiners.Has(ws[i+1]) && !prepositions.Has(ws[i+1]) {
			return true
		}
		if i > 1 && personObjects.Has(ws[i]) && isLower(ws[i-1]) && !inSet(prepositions, ws[i-1]) && !nameBefore(ws, i) {
			// "Magistrate Joan Ardley sent him to jail to await trial":
			// the person the verb acts on is named in another sentence
			// only.
			return true
		}
	}
	return false
}

// nameBefore reports whether a capitalised word stands after the title's
// first lower-case word (its verb, past the subject's names) and before
// word i: "Police arrested John Hale and charged him" names the person
// "him" stands for; "Magistrate Joan Ardley sent him" does not.
func nameBefore(ws []string, i int) bool {
	j := 0
	for j < i && (!isLower(ws[j]) || nameLink(ws, j)) {
		j++
	}
	for j++; j < i; j++ {
		if !isLower(ws[j]) {
			return true
		}
	}
	return false
}

// nameLink reports whether ws[j], in lower case, joins two capitalised
// words of one name ("Court of Arbitration for Sport", "Bank of
// England"): a preposition, an article or a conjunction between them.
// The subject's name runs on past it to the verb.
func nameLink(ws []string, j int) bool {
	w := ws[j]
	return j > 0 && j+1 < len(ws) && !isLower(ws[j-1]) && !isLower(ws[j+1]) && !strings.ContainsAny(ws[j-1], ",;:") &&
		(prepositions.Has(w) || articleWords.Has(w) || titleConjunctions.Has(w))
}

// pronounWithin reports whether the object pronoun that ends the title ws
// stands for a thing the title names: it ends a second verb joined to the
// first by "and", "or", "but" or "than" (data/words.txt pronoun-joins),
// and the words before the join, past the subject's first two, name an
// object (an article or determiner, a figure or a capitalised word). In
// news English "voted to demolish the old depot rather than restore it",
// "found the wallet and returned it" tell the pronoun's thing in the
// clause before; only a pronoun with nothing named before it ("Nurses met
// and voted to accept it") leaves its thing to another sentence.
func pronounWithin(ws []string) bool {
	j := len(ws) - 2
	for j > 2 && !inSet(pronounJoins, ws[j]) {
		j--
	}
	if j <= 2 || j >= len(ws)-2 {
		return false
	}
	for _, w := range ws[2:j] {
		if strings.ContainsAny(w, ";:") {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); inSet(determiners, w) || unicode.IsDigit(r) || unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

var (
	pronounJoins        = wordSet("pronoun-joins")
	pointingDeterminers = wordSet("pointing-determiners")
	pointingObjects     = wordSet("pointing-objects")
)

// askedTitle reports whether a title asks a question or promises to
// explain one instead of telling a happening: it opens on a word that
// opens a question told as an object (data/words.txt question-openers:
// "How it all went wrong for the coach", "Why the dam failed") or ends on
// a question mark ("Is the bridge safe?").
func askedTitle(t string) bool {
	return strings.HasSuffix(strings.TrimRight(t, "\"”’' "), "?") || inSet(questionOpeners, firstWord(t))
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
	case danglingWords.Has(last):
		broken = !particleBefore(ws) && !particleBeforePhrase(ws, sentence) // ("was sworn in", "moved back")
	case last == "up":
		broken = danglingWords.Has(prev)
	case last == "rather":
		broken = !auxiliaries.Has(prev) && !strings.HasSuffix(prev, "'d") && !strings.HasSuffix(prev, "’d")
	case edgeBeforeTime(ws, sentence):
		// "police ended the standoff early" | on Wednesday: the word
		// placed the time the title took out, and goes with it.
		return true
	case last == "so":
		// "... from the vault so" of "... so as not to alert him",
		// "so that crews could ...": "so" opens the purpose the cut left
		// out (not "do so", "did so": its own object, however the
		// sentence goes on).
		broken = !doForms.Has(prev) && purposeAfter(sentence, ws[n-2]+" "+ws[n-1])
	}
	return broken && goesOn(sentence, ws[n-2]+" "+ws[n-1])
}

// edgeBeforeTime reports whether the title ws ends on a word that places
// a time within its span or before or after it (time-edges: "early",
// "late"; time-edges-relative: "earlier", "later"), not after a measure
// or a figure ("two days later" tells how much later), and its sentence
// follows those words with the time it placed: a day's preposition, a
// relative head ("this", "last") or a day word ("early on Wednesday",
// "earlier this afternoon", "later today"). In news English such a word
// belongs to its time; with the time gone it tells a lateness or an
// earliness the source did not tell.
func edgeBeforeTime(ws []string, sentence string) bool {
	n := len(ws)
	if n < 3 {
		return false
	}
	last, prev := ws[n-1], strings.ToLower(ws[n-2])
	if !isLower(last) || !timeEdges.Has(last) && !relativeEdges.Has(last) || measureUnits.Has(prev) || isNumber(prev) || degreeEdges.Has(prev) || strings.ContainsAny(ws[n-2], ",;:\"“”") {
		return false
	}
	rest, ok := textAfter(sentence, ws[n-2]+" "+last)
	if !ok || !strings.HasPrefix(rest, " ") {
		return false
	}
	next := firstWord(strings.TrimLeft(rest, " "))
	lw := asciiLower(strings.Trim(next, ",;:."))
	return dayPrepositions.Has(lw) || relativeHeads.Has(lw) && lw != "following" || dayWords.Has(lw)
}

// doForms are the forms of "do" whose object "so" may be (data/words.txt
// do-forms: "would not do so").
var doForms = wordSet("do-forms")

// purposeAfter reports whether words, ending on "so", go on in sentence
// with "as" or "that", a purpose or a result ("so as not to", "so that").
func purposeAfter(sentence, words string) bool {
	i := strings.LastIndex(sentence, words)
	if i < 0 {
		return false
	}
	rest := sentence[i+len(words):]
	return strings.HasPrefix(rest, " as ") || strings.HasPrefix(rest, " that ")
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
	r, _ := trimDanglingRead(t, sentence)
	return r
}

// danglingRead is what trimDangling read of the titles it mended: cutEnd
// of the title mendTitle was given and spliceGap of the one mendSplice
// was given, each valid (cutOK, gapOK) when trimDangling returned that
// title as it was, so that they are the title's own (cutTitle reads them
// and need not read them again).
type danglingRead struct {
	cut, gap     int
	cutOK, gapOK bool
}

// trimDanglingRead is trimDangling, and what it read.
func trimDanglingRead(t, sentence string) (string, danglingRead) {
	x := trimDanglingEnd(withoutCutQuote(t, sentence), sentence)
	y, cut := mendTitleCut(x, sentence)
	z, gap := mendSpliceGap(y, sentence)
	r := withoutLostOf(withoutPronounReport(z, sentence))
	return r, danglingRead{cut: cut, gap: gap, cutOK: r == x, gapOK: r == y}
}

// maxLostOfWords is the most words withoutLostOf reads back from "of," to
// the preposition that opens its phrase.
const maxLostOfWords = 6

// withoutLostOf drops a phrase that ends on "of" before a comma: its
// object was the time the title took out ("in the first nine months of,
// up from 7" of "... of this year, up from 7", "and, on the morning of,
// arrested him" of "... of 15 March, arrested him"), and no phrase ends
// on "of". The phrase goes from the preposition that opens it, a few
// words in lower case or figures back, with the comma that set it off
// (the one before it, or else the one after it moves to the word before);
// t when there is no such phrase or what is left is no headline.
func withoutLostOf(t string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	for i := 3; i+1 < len(ws); i++ {
		if ws[i] != "of," {
			continue
		}
		s := -1
		for j := i - 2; j >= max(1, i-maxLostOfWords); j-- {
			w := ws[j]
			if strings.ContainsAny(w, ",;:\"“”()") || !isLower(w) && !isNumber(w) {
				break
			}
			if prepositions.Has(w) {
				s = j
				break
			}
		}
		if s < 1 || strings.ContainsAny(ws[i-1], ",;:\"“”()") || !isLower(ws[i-1]) {
			return t
		}
		head := slices.Clone(ws[:s])
		if last := head[s-1]; strings.HasSuffix(last, ",") {
			head[s-1] = strings.TrimSuffix(last, ",")
		} else if !strings.ContainsAny(last, ";:") {
			head[s-1] = last + ","
		} else {
			return t
		}
		if out := strings.Join(append(head, ws[i+1:]...), " "); headline(out) {
			return out
		}
		return t
	}
	return t
}

// maxCutQuoteWords is the most words of a quotation's opening that
// withoutCutQuote reads as cut.
const maxCutQuoteWords = 3

// withoutCutQuote drops the quotation that ends a title when the title
// keeps only its first words, one to three, and its sentence goes on with
// it ('... would consider lifting the ban "only"' of '"only after two
// weeks of sustained decline"', '... will stay in place "for as long"'):
// such words govern what the cut left out, and the title reads whole
// without them. Not what someone said, after a colon or a verb of saying
// ('... said: "It's disappointing"'), nor a quotation the sentence closes
// there ('called the report "a whitewash"'); t when what is left is no
// headline.
func withoutCutQuote(t, sentence string) string {
	var open string
	switch {
	case strings.HasSuffix(t, "\""):
		open = "\""
	case strings.HasSuffix(t, "”"):
		open = "“"
	default:
		return t
	}
	body := t[:len(t)-len(open)]
	if open == "“" {
		body = t[:len(t)-len("”")]
	}
	i := strings.LastIndex(body, open)
	if i <= 0 || t[i-1] != ' ' {
		return t
	}
	q := body[i+len(open):]
	if n := fieldCount(q); n == 0 || n > maxCutQuoteWords || strings.ContainsAny(q, "\"“”,;:.!?") {
		return t
	}
	j := strings.Index(sentence, open+q)
	if j < 0 {
		return t
	}
	if after := sentence[j+len(open)+len(q):]; len(after) < 2 || after[0] != ' ' || !isLetter(after[1]) {
		return t // the quotation ends with the title's words: told whole
	}
	head := strings.TrimRight(t[:i], " ")
	var hwRoom fieldRoom
	hw := fieldsIn(&hwRoom, head)
	if len(hw) == 0 || strings.ContainsAny(hw[len(hw)-1], ",;:") || inSet(reportingVerbs, hw[len(hw)-1]) || danglingEnd(hw, sentence) {
		return t // (what someone said, or a word that governs the quotation)
	}
	if !headline(head) {
		return t
	}
	return head
}

// withoutPronounReport drops a report's tail whose speaker is a pronoun
// from a title ("The two had met 14 times, it said"): it names nobody, and
// what was said stands as a headline without it (not a quotation's end).
// A tail the sentence does not write stays: the title moved its teller
// there after the name the pronoun stands for ("Sarah Kitto said she
// would raise the findings" -> "Sarah Kitto would raise the findings,
// she said"; "The company said it had stopped production" -> "The company
// had stopped production, it said"; toldTitle), and it names that name.
func withoutPronounReport(t, sentence string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	n := len(ws)
	if n < 6 || !strings.HasSuffix(ws[n-3], ",") || strings.ContainsAny(ws[n-3], "\"”’") {
		return t
	}
	if p := ws[n-2]; !isLower(p) || !subjectPronouns.Has(p) || !reportingVerbs.Has(ws[n-1]) {
		return t
	}
	if p := ws[n-2]; (p == personPronounHe || p == personPronounShe || p == thingPronoun) && sentence != "" && !strings.Contains(asciiLower(sentence), ws[n-3]+" "+ws[n-2]+" "+ws[n-1]) && !strings.Contains(asciiLower(sentence), ", "+ws[n-2]+" "+ws[n-1]) {
		return t
	}
	if m := strings.TrimSuffix(strings.Join(ws[:n-2], " "), ","); headline(m) {
		return m
	}
	return t
}

// trimDanglingEnd is trimDangling before mendTitle.
func trimDanglingEnd(t, sentence string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
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
		// (A lone quantifier is a subject whose verb the cut left out:
		// ", and all" of ", and all but two began ...".)
		if len(tail) < 2 && !(len(tail) == 1 && quantifiers.Has(tail[0])) || !noVerb(tail) || strings.Contains(strings.Join(head[:i-1], " "), ",") || !verbAfter(sentence, strings.Join(tail, " ")) {
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
	return (articleWords.Has(next) || determiners.Has(next)) && strings.Trim(w, ",;:.\"“”()") == w && !determiners.Has(w) && !articleWords.Has(w) && !prepositions.Has(w) &&
		!quantifiers.Has(w) && !countNumbers.Has(w) && !strings.HasSuffix(w, "ly")
}

// verbAfter reports whether the sentence goes on from words (their last
// occurrence) to a verb of its own before its end: a finite auxiliary, or
// a word in lower case verbAt reads as a verb.
func verbAfter(sentence, words string) bool {
	i := strings.LastIndex(sentence, words)
	if i < 0 {
		return false
	}
	var restRoom fieldRoom
	rest := fieldsIn(&restRoom, sentence[i+len(words):])
	for j, w := range rest {
		lw := strings.ToLower(strings.Trim(w, ",;:.!?\"“”"))
		if auxiliaries.Has(lw) && !nonfiniteAuxiliaries.Has(lw) || lw == strings.Trim(w, ",;:.!?\"“”") && verbAt(rest, j) {
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
	// titleFlaw's flawCut, flawRelativeTime or flawSplice, read in the
	// other order: most titles have none of the three, and are known
	// whole without headline (a clause test, the dearest of titleFlaw's);
	// one that has one is cut only if titleFlaw would have come to it,
	// the title being a headline that points at nobody.
	// The cut end and the splice gap trimDangling read of a title it left
	// as it was are not read again.
	t, rd := trimDanglingRead(c.title, c.stext)
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if !rd.cutOK {
		rd.cut = cutEnd(ws, c.stext)
	}
	if relativeTimeAt(ws) < 0 && rd.cut == cutNone && (rd.gapOK && rd.gap < 0 || !rd.gapOK && spliceGap(ws, c.stext) < 0) {
		return false
	}
	return headline(t) && !pointingTitle(t)
}

// particleBeforePhrase reports whether the title ws ends on a word that
// can be a verb's particle ("in", "on", "up", ...) that its sentence
// follows with a preposition right away ("the attackers first got in on
// November 14"): the word has no object of its own, and the verb needs it.
func particleBeforePhrase(ws []string, sentence string) bool {
	n := len(ws)
	last := strings.ToLower(ws[n-1])
	if last != "in" && last != "on" && !particles.Has(last) || !isLower(ws[n-2]) || inSet(prepositions, ws[n-2]) {
		return false
	}
	rest, ok := textAfter(sentence, ws[n-2]+" "+ws[n-1])
	if !ok || !strings.HasPrefix(rest, " ") {
		return false
	}
	next := strings.ToLower(firstWord(strings.TrimLeft(rest, " ")))
	return prepositions.Has(next) && next != "of" && next != "to" && !(last == "in" && next == "in")
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
	flawSplice       = "spliced"            // words left out that joined it
)

// titleFlaw reports the first flaw of t, its sentence's title (see the
// consts above); flawNone when t stands as a headline.
func titleFlaw(t, sentence string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	switch {
	case !headline(t):
		return flawNoClause
	case pointingTitle(t):
		return flawPointing
	case relativeTimeAt(ws) >= 0:
		return flawRelativeTime
	case cutEnd(ws, sentence) != cutNone:
		return flawCut
	case spliceGap(ws, sentence) >= 0:
		return flawSplice
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
		case owner != lw && dayWords.Has(owner):
			return i
		case dayWords.Has(lw) && !calendarNames.Has(lw) && isLower(w):
			return i
		case i+1 < len(ws) && relativeHeads.Has(lw) && lw != "following" && inSet(relativeUnits, strings.Trim(ws[i+1], ",;:.'’s")) && isLower(ws[i+1]):
			if i == 0 || !inSet(articleWords, ws[i-1]) && !inSet(determiners, ws[i-1]) { // (not "the next day")
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
	cutBeforeVerb  // "Turnout in the ballot, held at the hall" | on Monday, was 84 percent
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
	case goes && next == "that" && reportEnd(ws) >= 0 || quoteNext(after) && quotedComplement(last) && (reportEnd(ws) >= 0 || saidBefore(ws)):
		return cutReport
	case goes && next == "to" && controlBefore(ws) && infinitiveAfter(after):
		return cutComplement
	case goes && thatWithoutVerb(ws):
		return cutThatClause
	case timed && !goes && strings.HasSuffix(last, "ed") && participle(last) && isLower(ws[n-1]) && objectBefore(ws, n-1) && !inSet(linkingVerbs, ws[n-2]):
		// (After a linking verb the participle is its complement, no
		// phrase on a noun: "Roads south of the river remained closed".)
		return cutTimeParticiple
	case timed && goes && next == "and" && strings.HasSuffix(last, "ing") && strings.HasSuffix(secondWord(after), "ing") && !ingNouns.Has(last) && isLower(ws[n-1]) && objectBefore(ws, n-1):
		// A participle in "-ing" on a noun after its preposition and
		// article, told by the time alone, that a second participle in
		// "-ing" with a time of its own follows ("in a poll opening"
		// | on Friday "and closing on May 5"), goes as one in "-ed"
		// does. (Only with the second: a noun in "-ing" after an
		// adjective, "at the monthly meeting" | on May 2, looks the
		// same alone.)
		return cutTimeParticiple
	case particleCut(ws, rest):
		return cutParticle
	case timed && !goes && planParticiples.Has(last) && inSet(auxiliaries, ws[n-2]):
		return cutPlanned
	case goes && !timed && halfTimePhrase(ws) && sequenceSubordinators.Has(next):
		return cutTimeNoun
	case strings.Trim(after, " ,;:.!?\"”’'") != "" && opensSentence(ws, sentence) && subjectOnly(ws) && verbAfter(sentence, ws[n-2]+" "+ws[n-1]):
		return cutBeforeVerb
	}
	return cutNone
}

// opensSentence reports whether the title ws opens as its sentence does,
// on the same two words: the subject of its main clause, or the phrase
// before it, not a noun taken from within ("Attempted murder of a man", of
// "... was convicted of the June 20 attempted murder of a man shot ...").
func opensSentence(ws []string, sentence string) bool {
	var swRoom fieldRoom
	sw := fieldsIn(&swRoom, sentence)
	return len(sw) > 2 && strings.EqualFold(sw[0], ws[0]) && strings.EqualFold(sw[1], ws[1])
}

// subjectOnly reports whether the title ws holds no finite verb of its
// own, so that it is at most the subject of its sentence's clause: after
// an opening phrase (a preposition's, up to its comma), a noun phrase with
// no auxiliary and no verb but a participle that tells of its noun (one
// of participle-forms, "mackerel taken from 40 sites"; one in "-ed" before
// "by", "objects looted by soldiers"; or one right after a comma, "the
// state of emergency, declared on July 26"), or an aside a comma and a
// relative word or a subordinator open that the title does not close
// ("In the Po valley, where storms forced thousands from their homes").
// A quotation, a colon or a semicolon, or an aside the title closes, and
// the title is left as it is.
func subjectOnly(ws []string) bool {
	i := 0
	if inSet(prepositions, ws[0]) {
		for i < len(ws) && !strings.HasSuffix(ws[i], ",") {
			i++
		}
		if i >= len(ws)-1 {
			return false
		}
		i++
	}
	for j := i; j < len(ws); j++ {
		raw := ws[j]
		if strings.ContainsAny(raw, "\"“”‘’:;()") {
			return false
		}
		w := strings.ToLower(strings.Trim(raw, ",."))
		comma := j > 0 && strings.HasSuffix(ws[j-1], ",")
		if comma && (relativeOpeners.Has(w) || subordinators.Has(w)) {
			for k := j; k < len(ws); k++ {
				if strings.HasSuffix(ws[k], ",") {
					return false
				}
			}
			return true
		}
		if auxiliaries.Has(w) || reportingVerbs.Has(w) && isLower(raw) {
			return false
		}
		if !isLower(raw) || !verbAt(ws, j) && !pastOpeners.Has(w) && !verbForms.Has(w) {
			continue
		}
		// (A comma that closes an aside comes after another: "Lindqvist,
		// 24, passed" has its verb after it.)
		opens := comma && !slices.ContainsFunc(ws[i:max(i, j-1)], func(w string) bool { return strings.HasSuffix(w, ",") })
		if plainS := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !verbForms.Has(w); plainS && (j == i || nounAfterPreposition(ws, j)) {
			// ("controllers at ESA's centre", "by British soldiers
			// from": a plural the clause opens on, or one a
			// preposition's phrase ends on, is a noun.)
			continue
		}
		if participleForms.Has(w) || opens && (strings.HasSuffix(w, "ed") || pastOpeners.Has(w) || verbForms.Has(w)) || strings.HasSuffix(w, "ed") && j+1 < len(ws) && strings.EqualFold(ws[j+1], "by") {
			continue
		}
		return false
	}
	return true
}

// nounAfterPreposition reports whether ws[j] ends the phrase of a
// preposition among the three words before it, with only words that are
// no verb between ("by British soldiers", "at the ports").
func nounAfterPreposition(ws []string, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		w := strings.ToLower(ws[k])
		if strings.ContainsAny(w, ",;:\"“”") || auxiliaries.Has(w) || verbAt(ws, k) {
			return false
		}
		if prepositions.Has(w) {
			return true
		}
	}
	return false
}

// participleForms are past participles never a verb's past (subjectOnly).
var participleForms = wordSet("participle-forms")

// wholeTitleWords bounds a title told whole from its sentence when the cut
// would leave its subject without its verb (wholeClause): a long clause of
// news still reads as one, a subject alone does not.
const wholeTitleWords = 25

// wholeClause is the title ws, cut before its verb (cutBeforeVerb), told
// whole from its sentence: the sentence without the attribution that ends
// it (", the agency said on Tuesday") when that fits wholeTitleWords; else
// its main clause, up to the first comma after the verb past the title's
// end that opens a subordinate or a relative clause, or a conjunct (",
// after the trustees voted", ", when ...", ", and ..."); nil when neither
// fits.
func wholeClause(ws []string, sentence string) []string {
	sw := strings.Fields(sentence)
	if n := len(sw); n > 0 && !dotted(sw[n-1]) {
		sw[n-1] = strings.TrimRight(sw[n-1], ".!")
	}
	sw = withoutSaidTail(sw)
	if len(sw) <= wholeTitleWords {
		return sw
	}
	at := alignTitle(ws, sw)
	if at == nil {
		return nil
	}
	verb := false
	for j := at[len(at)-1] + 1; j+1 < len(sw) && j < wholeTitleWords; j++ {
		w := strings.ToLower(strings.Trim(sw[j], ",."))
		if isLower(sw[j]) && (auxiliaries.Has(w) && !nonfiniteAuxiliaries.Has(w) || verbAt(sw, j) && !participleForms.Has(w)) {
			verb = true
		}
		next := strings.ToLower(sw[j+1])
		if verb && strings.HasSuffix(sw[j], ",") && (subordinators.Has(next) || relativeOpeners.Has(next) || next == "and" || next == "but") {
			out := slices.Clone(sw[:j+1])
			out[j] = strings.TrimSuffix(out[j], ",")
			return out
		}
	}
	return nil
}

// withoutSaidTail is sw without the attribution that ends it: the words
// after the last of its commas whose words tell only who told it (", the
// coast guard said", ", Shahnaz Parvin, said": closingAttribution, the
// test the merge reads a sentence's end with).
func withoutSaidTail(sw []string) []string {
	for k := len(sw) - 2; k >= 3 && k >= len(sw)-10; k-- {
		if strings.HasSuffix(sw[k], ",") && closingAttribution(strings.Join(sw[k+1:], " ")) {
			out := slices.Clone(sw[:k+1])
			out[k] = strings.TrimSuffix(out[k], ",")
			return out
		}
	}
	return sw
}

// mendTitle mends the cut end of t, its sentence's title (cutEnd): the
// report's conjunct goes, a complement the cut left out comes back while
// the title stays short, a participle only its time completed goes, and
// so does a time relative to the day of writing at its end or the time
// phrase cut in half. A mend that does not leave a headline is not made;
// t as it is then.
func mendTitle(t, sentence string) string {
	m, _ := mendTitleCut(t, sentence)
	return m
}

// mendTitleCut is mendTitle, and cutEnd of t.
func mendTitleCut(t, sentence string) (string, int) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	var out []string
	cut := cutEnd(ws, sentence)
	switch cut {
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
		if out == nil {
			// "The foundation said it was" | "in talks with the
			// district" about ...: no conjunct to drop; what was said,
			// a short quotation, comes back whole, marks and all.
			out = withQuotation(ws, sentence)
		}
	case cutComplement, cutThatClause:
		out = extended(ws, sentence)
	case cutTimeParticiple:
		out = ws[:len(ws)-1]
	case cutBeforeVerb:
		// "Turnout in the two-day ballot, held at the union's hall" | on
		// Monday and Tuesday, was 84 percent: the title held its
		// subject and not its verb; the clause whole, time and all.
		if w := wholeClause(ws, sentence); len(w) > len(ws) && relativeTimeAt(w) < 0 {
			out = w
		}
	case cutParticle:
		out = append(slices.Clone(ws), firstWord(strings.TrimLeft(strings.ToLower(rest0(ws, sentence)), " ")))
	case cutRelativeEnd:
		k := relativeTimeAt(ws)
		if k > 0 && inSet(dayPrepositions, ws[k-1]) {
			k--
		}
		if lw := strings.ToLower(ws[k-1]); isLower(ws[k-1]) && (verbAt(ws, k-1) || pastVerb(lw) || strings.HasSuffix(lw, "ed")) {
			// ("in a vote that ended yesterday", "how two inmates
			// escaped last month": the verb ends on its time.)
			break
		}
		if j := k - 1; j > 0 && isLower(ws[j]) && (timeEdges.Has(ws[j]) || relativeEdges.Has(ws[j])) && !inSet(measureUnits, ws[j-1]) && !isNumber(strings.ToLower(ws[j-1])) && !inSet(degreeEdges, ws[j-1]) {
			// ("arrived earlier" | this afternoon: the word that placed
			// the time goes with it; edgeBeforeTime.)
			k = j
		}
		out = ws[:k]
	case cutTimeNoun:
		// "in breach of its obligations in the weeks" | after the
		// attack: the phrase and its preposition go.
		if n := len(ws); n > 5 && inSet(prepositions, ws[n-3]) {
			out = ws[:n-3]
		}
	}
	if out == nil {
		return t, cut
	}
	m := strings.TrimRight(strings.Join(out, " "), ",;:")
	if !headline(m) || danglingEnd(strings.Fields(m), sentence) {
		return t, cut
	}
	return m, cut
}

// withQuotation is ws with the quotation its sentence goes on with right
// after them (a time between them aside): its words through the closing
// mark, a comma the quotation closed on left out ('"stable but
// declining,"' -> '"stable but declining"'); nil when no quotation opens
// there, it does not close, or the title with it would be longer than a
// title may be (maxTitleWords and titleSlack). What was said is told
// whole: a title cut inside a quotation, or before it, says nothing.
func withQuotation(ws []string, sentence string) []string {
	rest, ok := textAfter(sentence, ws[len(ws)-2]+" "+ws[len(ws)-1])
	if !ok {
		return nil
	}
	rest, _ = withoutOpeningTime(rest)
	rest = strings.TrimLeft(rest, " ")
	open, n := utf8.DecodeRuneInString(rest)
	closing := "\""
	switch open {
	case '"':
	case '“':
		closing = "”"
	default:
		return nil
	}
	end := strings.Index(rest[n:], closing)
	if end <= 0 {
		return nil
	}
	q := strings.TrimRight(rest[n:n+end], " ,")
	var qwRoom fieldRoom
	qw := fieldsIn(&qwRoom, q)
	if len(qw) == 0 || len(ws)+len(qw) > maxTitleWords+titleSlack {
		return nil
	}
	out := append(slices.Clone(ws), qw...)
	out[len(ws)] = string(open) + out[len(ws)]
	out[len(out)-1] += closing
	return out
}

// quoteNext reports whether after, the words of a sentence after a title,
// opens a quotation after a space: the title's words end before it
// (firstWord reads no word there, the mark being none).
func quoteNext(after string) bool {
	q := strings.TrimLeft(after, " ")
	return q != after && (strings.HasPrefix(q, "\"") || strings.HasPrefix(q, "“"))
}

// quotedComplement reports whether w, the last word of a title before a
// quotation, is one that needs what follows it: a form of "be" or a
// linking verb ("was" | "stable but declining") or a verb of saying
// ("said" | "We will appeal"). A clause that ends on another verb is
// whole before its quotation ("would reopen" | "only after ...").
func quotedComplement(w string) bool {
	return isLower(w) && (beForms.Has(w) || linkingVerbs.Has(w) || reportingVerbs.Has(w))
}

// maxSaidClauseWords is the most words saidBefore reads back from a
// title's end to its verb of saying.
const maxSaidClauseWords = 8

// saidBefore reports whether a verb of saying, after a word, comes among
// the last words of ws with no mark between it and the end: the title
// ends in the clause it said ("said the new pier was").
func saidBefore(ws []string) bool {
	for i := len(ws) - 1; i >= max(1, len(ws)-maxSaidClauseWords); i-- {
		if strings.ContainsAny(ws[i], ",;:\"“”()") {
			return false
		}
		if isLower(ws[i]) && reportingVerbs.Has(ws[i]) {
			return true
		}
	}
	return false
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
		if isLower(w) && reportingVerbs.Has(w) && !inSet(auxiliaries, ws[i-1]) {
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
		if controlVerbs.Has(ws[i]) {
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
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	if len(ws) < 2 || ws[0] != "to" {
		return false
	}
	w := ws[1]
	return isLower(w) && !articleWords.Has(w) && !determiners.Has(w) && !prepositions.Has(w) && !possessivePronouns.Has(w) && !isNumber(w) && !strings.ContainsAny(w, "0123456789,;:\"“”")
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
			!slices.ContainsFunc(ws[i+1:], func(w string) bool { return inSet(auxiliaries, w) })
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
		if !isLower(ws[j]) && !isNumber(ws[j]) || strings.ContainsAny(w, ",;:\"“”'’") || auxiliaries.Has(w) || subjectPronouns.Has(w) || j < i-1 && verbAt(ws, j) {
			return false
		}
		if articleWords.Has(w) || determiners.Has(w) {
			return j > 0 && j < i-1 && inSet(prepositions, ws[j-1])
		}
	}
	return false
}

// relativeEnd reports whether ws, the end of a title from a word that
// names a time relative to the day of writing, are that time alone ("last
// week", "yesterday"): no noun it owns ("Wednesday's hearing").
func relativeEnd(ws []string) bool {
	last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:."))
	return len(ws) <= 2 && (dayWords.Has(last) || relativeUnits.Has(last))
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
	return relativeUnits.Has(u) && inSet(articleWords, ws[n-2]) && inSet(prepositions, ws[n-3])
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
	if inSet(titlePrepositions, w) || strings.EqualFold(w, "by") {
		skip = len(w) + 1
	}
	tx := titleTag(body, anyDay)
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
	var moreRoom fieldRoom
	more := fieldsIn(&moreRoom, strings.TrimRight(strings.TrimSpace(rest), "."))
	out := append(slices.Clone(ws), more...)
	for len(out) > maxTitleWords+titleSlack || len(out) > len(ws) && danglingEnd(out, sentence) {
		// back to the last phrase's start
		i := len(out) - 1
		for i > len(ws) && !inSet(prepositions, out[i]) {
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

// secondWord is the second word of s, lowered, without the marks around
// it; "" when s has no second word.
func secondWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return ""
	}
	return strings.ToLower(strings.Trim(ws[1], ",;:.!?\"“”'’"))
}

// particleCut reports whether the sentence goes on from the title ws
// (rest) with a verb's particle and right after it a preposition ("the
// attackers first got" | in on November 14): the cut took the particle
// with the time.
func particleCut(ws []string, rest string) bool {
	if !strings.HasPrefix(rest, " ") || !isLower(ws[len(ws)-1]) {
		return false
	}
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, rest)
	if len(p) < 2 || p[0] != "in" && p[0] != "on" && !particles.Has(p[0]) {
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

// A title is made of its sentence's words, in their order, with some left
// out: a time and its preposition ("The ship sank | on Tuesday"), an aside
// its commas close (", the coast guard's spokesman,"), or a relative word
// whose clause tells of the noun before it ("The first line, which opened"
// -> "The first line opened"). Left out otherwise, the words on either side
// no longer join: a clause lost the word that opened its phrase ("...
// certificate of public convenience | , which allows ..., after | finding"),
// an object relative reads as a subject ("The car deck | , which | divers
// reached"), a range lost its start ("by small aircraft | between late
// November | and the end of January"), or a subordinate clause runs into
// the main one ("Cyclone Sidr hit | in 2007 | it killed"). spliceGap finds
// the first such join.

// maxAlignAhead bounds how far past the last placed word alignTitle looks
// for the next one.
const maxAlignAhead = 60

// spliceWord is w as alignTitle compares it: lower case, without the marks
// around it.
func spliceWord(w string) string {
	return strings.ToLower(trimCut(w, spliceMarks))
}

// spliceMarks are the marks spliceWord trims from around a word.
const spliceMarks = ",;:.!?\"“”()[]‘’'—–"

// spliceSame reports whether spliceWord(a) == spliceWord(b) without
// making either: alignTitle compares each title word with dozens of the
// sentence's, and a new string for each was most of what choosing a
// title allocated.
func spliceSame(a, b string) bool {
	return lowerEqual(trimCut(a, spliceMarks), trimCut(b, spliceMarks))
}

// lowerEqual reports whether strings.ToLower(a) == strings.ToLower(b),
// comparing ASCII text byte by byte in place (other text is lowered as
// strings.ToLower lowers it, whose length may change).
func lowerEqual(a, b string) bool {
	if !isASCII(a) || !isASCII(b) {
		return strings.ToLower(a) == strings.ToLower(b)
	}
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// alignTitle places each word of the title ws among the sentence's words
// sw, in order: the next place whose word is the title's, one whose next
// word is the title's next too when the look-ahead has one. nil when a
// word is not found (a name put for a pronoun, a word the title changed).
func alignTitle(ws, sw []string) []int {
	at := make([]int, len(ws))
	p := 0
	for k, w := range ws {
		tw := trimCut(w, spliceMarks)
		if tw == "" {
			return nil // (spliceWord is "" just when nothing is left of w trimmed)
		}
		first, pair := -1, -1
		for j := p; j < len(sw) && j < p+maxAlignAhead; j++ {
			if !lowerEqual(trimCut(sw[j], spliceMarks), tw) {
				continue
			}
			if first < 0 {
				first = j
			}
			if k+1 == len(ws) || j+1 < len(sw) && spliceSame(sw[j+1], ws[k+1]) {
				pair = j
				break
			}
		}
		switch {
		case pair >= 0:
			at[k] = pair
		case first >= 0:
			at[k] = first
		default:
			return nil
		}
		p = at[k] + 1
	}
	return at
}

// timeWords marks the words of sentence (split as strings.Fields splits
// it) that a time expression covers, a clock time ("12.18pm", "3:15") or a
// word data/words.txt splice-time-glue lists.
func timeWords(sentence string, sw []string) []bool {
	in := make([]bool, len(sw))
	tx := titleTag(sentence, spliceDay)
	k, t := 0, 0
	for i := 0; i < len(sentence) && k < len(sw); {
		for i < len(sentence) && isSpace(sentence[i]) {
			i++
		}
		j := i
		for j < len(sentence) && !isSpace(sentence[j]) {
			j++
		}
		if i >= j {
			break
		}
		for t < len(tx) && tx[t].End <= i {
			t++
		}
		w := spliceWord(sw[k])
		in[k] = t < len(tx) && tx[t].Start < j || spliceGlue.Has(w) || timeFocus.Has(w) || clockDigits(w) || clockWord(w)
		k++
		i = j
	}
	for k := len(sw) - 2; k >= 0; k-- {
		if !in[k] && in[k+1] && spliceHeads.Has(spliceWord(sw[k])) && !strings.HasSuffix(sw[k], ",") {
			in[k] = true
		}
	}
	return in
}

// isSpace reports whether b is a byte strings.Fields splits at (ASCII).
func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\v' || b == '\f'
}

// clockDigits reports whether w is a clock time written as one word:
// digits with a colon or a point between them, or digits then "am" or "pm"
// ("3:15", "12.18pm", "7am"); see also clockWord.
func clockDigits(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ':' && w[i] != '.' {
			return false
		}
	}
	return true
}

// spliceDay is the day spliceGap's times are read against: late in the
// century, so that a year of this one is a year, not a number.
var spliceDay = time.Date(2090, 1, 3, 12, 0, 0, 0, time.UTC)

// spliceGlue are the words a title leaves out with its time (timeWords;
// data/words.txt splice-time-glue).
var spliceGlue, spliceHeads = wordSet("splice-time-glue"), wordSet("splice-time-heads")

// spliceGap is the index in ws of the first title word after a gap its
// sentence's words do not close (see above), -1 when every gap closes or
// the title is not found in its sentence word by word. A title that opens
// on an article its sentence wrote otherwise ("The hearing" of "an
// extradition hearing") is read from its second word.
func spliceGap(ws []string, sentence string) int {
	k, _ := spliceAt(ws, sentence)
	return k
}

// spliced is what spliceAt read of a title in its sentence: the
// sentence's words, where each title word is among them and which of
// them are a time's.
type spliced struct {
	sw []string
	at []int
	in []bool
}

// spliceAt is spliceGap with what it read.
func spliceAt(ws []string, sentence string) (int, spliced) {
	if len(ws) < 3 || strings.HasSuffix(ws[len(ws)-1], "…") {
		return -1, spliced{}
	}
	sw := strings.Fields(sentence)
	from := 0
	at := alignTitle(ws, sw)
	if at == nil || at[1] > at[0]+1 && inSet(articleWords, ws[0]) {
		from, at = 1, alignTitle(ws[1:], sw)
		if at == nil {
			return -1, spliced{}
		}
		at = append([]int{-1}, at...)
	}
	var in []bool // (which words are a time's: read at the first gap, if any)
	for k := from + 1; k < len(ws); k++ {
		if at[k] <= at[k-1]+1 {
			continue
		}
		if in == nil {
			in = timeWords(sentence, sw)
		}
		if brokenGap(ws, k, sw, at[k-1], at[k], in) {
			return k, spliced{sw, at, in}
		}
	}
	return -1, spliced{}
}

// mendSplice mends a title whose words do not join where it left words of
// its sentence out (spliceGap): a subordinate clause's subject takes the
// place of the main clause's pronoun when it has no object the pronoun
// may tell of ("Cyclone Sidr hit | it killed ..." -> "Cyclone Sidr killed
// ..."), an object relative's clause is told with
// its own subject first ("The car deck | divers reached ..." -> "Divers
// reached the car deck ..."), or the title ends before the gap when what
// is left is a headline with nothing cut ("... certificate of public
// convenience"). t as it is when none of these makes a headline.
func mendSplice(t, sentence string) string {
	m, _ := mendSpliceGap(t, sentence)
	return m
}

// mendSpliceGap is mendSplice, and spliceGap of t.
func mendSpliceGap(t, sentence string) (string, int) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	k, sp := spliceAt(ws, sentence)
	if k < 1 {
		return t, k
	}
	var tries []string
	if next := strings.ToLower(ws[k]); subjectPronouns.Has(next) && k+1 < len(ws) {
		for v := 1; v < k && v <= 5; v++ {
			if strings.ContainsAny(ws[v-1], ",;:\"“”()") {
				break
			}
			if isLower(ws[v]) && (verbAt(ws, v) || v == k-1 && !isLower(ws[0]) && !slices.ContainsFunc(ws[1:v], isLower)) {
				// (the clause's last word after a name, its verb:
				// "Cyclone Sidr hit"). Only a verb with nothing after
				// it: "The virus reached the county hospital | it
				// closed" may tell of the hospital; that clause alone
				// is the title then, below.
				if v == k-1 {
					tries = append(tries, strings.Join(ws[:v], " ")+" "+strings.Join(ws[k+1:], " "))
				}
				break
			}
		}
	}
	if rangeSplit(sp.sw[sp.at[k-1]+1:sp.at[k]], ws[k]) {
		// "across the river | between 1990 | and 2004 could be revived":
		// the range's end goes with its start.
		e := k + 1
		for e < len(ws) && sp.in[sp.at[e]] {
			e++
		}
		if e > k+1 && e < len(ws) {
			tries = append(tries, strings.Join(ws[:k], " ")+" "+strings.Join(ws[e:], " "))
		}
	}
	if m := invertRelative(ws, k, sp); m != "" {
		tries = append(tries, m)
	}
	for _, m := range tries {
		// (Words in another order than the sentence's: no gap to read.)
		var room1 fieldRoom
		if mw := fieldsIn(&room1, m); headline(m) && !pointingTitle(m) && relativeTimeAt(mw) < 0 && cutEnd(mw, sentence) == cutNone {
			return m, k
		}
	}
	if m := strings.TrimRight(strings.Join(ws[:k], " "), ",;:"); headline(m) && titleFlaw(m, sentence) == flawNone {
		return m, k
	}
	return t, k
}

// rangeSplit reports whether one of the words gap left out opens a range
// whose second word is next, the title's word after the gap ("between" |
// "and"; data/words.txt splice-range-pairs).
func rangeSplit(gap []string, next string) bool {
	next = "_" + strings.ToLower(next)
	return slices.ContainsFunc(gap, func(w string) bool { return spliceRanges.Has(spliceWord(w) + next) })
}

// spliceRanges are a range's two words, "between_and" (see rangeSplit).
var spliceRanges = wordSet("splice-range-pairs")

// invertRelative tells the object relative a title spliced to its noun
// with the clause's subject first: "The car deck | divers reached for the
// first time" -> "Divers reached the car deck for the first time", the
// noun after a preposition the clause left at its verb ("the state paid
// for | in 2015" -> "The state paid for the last major repair"), and a
// time that ends the title left out. A clause that its sentence closed
// before the title goes on with the main clause's verb goes instead ("The
// old pier | fishermen used for decades, | was demolished" -> "The old
// pier was demolished"). "" when the gap is no relative word alone or its
// clause has no verb after a subject of up to four words.
func invertRelative(ws []string, k int, sp spliced) string {
	gap := sp.sw[sp.at[k-1]+1 : sp.at[k]]
	rel := ""
	for i, w := range gap {
		if !sp.in[sp.at[k-1]+1+i] {
			if rel != "" {
				return ""
			}
			rel = spliceWord(w)
		}
	}
	if !relativeOpeners.Has(rel) && rel != "that" || strings.ContainsAny(strings.Join(ws[:k], " "), ",;:\"“”()") {
		return ""
	}
	for j := k; j < len(ws)-1; j++ {
		if strings.HasSuffix(sp.sw[sp.at[j]], ",") {
			// The clause closed, and the title goes on with the main
			// one ("The old pier | fishermen used for decades, | was
			// demolished"): the clause goes.
			if noun := strings.Join(ws[:k], " ") + " " + strings.Join(ws[j+1:], " "); isLower(ws[j+1]) && verbAt(ws, j+1) {
				return noun
			}
			return ""
		}
	}
	v := k + 1
	for v < len(ws) && v <= k+4 && !(isLower(ws[v]) && verbAt(ws, v)) {
		if strings.ContainsAny(ws[v-1], ",;:\"“”()") {
			return ""
		}
		v++
	}
	if v >= len(ws) || v > k+4 || !(isLower(ws[v]) && verbAt(ws, v)) {
		return ""
	}
	end := len(ws)
	for end > v+1 && sp.in[sp.at[end-1]] && (end-1 > v+1 || !inSet(prepositions, ws[v+1])) {
		end-- // (a time that ends it: "in 2015")
	}
	after := v + 1
	if after+1 == end && inSet(prepositions, ws[after]) && !inSet(particles, ws[after]) {
		after++ // the preposition the clause left at its verb
	}
	np := slices.Clone(ws[:k])
	if inSet(articleWords, np[0]) || inSet(determiners, np[0]) {
		np[0] = strings.ToLower(np[0])
	}
	out := []string{capitalize(strings.Join(ws[k:after], " "))}
	out = append(out, np...)
	out = append(out, ws[after:end]...)
	return strings.TrimRight(strings.Join(out, " "), ",;:")
}

// brokenGap reports whether the words sw[a+1:b] that the title ws leaves
// out between its words k-1 and k break it (see above).
func brokenGap(ws []string, k int, sw []string, a, b int, in []bool) bool {
	gap := sw[a+1 : b]
	next := strings.ToLower(strings.Trim(ws[k], ",;:\"“”"))
	if next == "according" && k+2 < len(ws) && ws[k+1] == "to" && strings.HasSuffix(ws[k-1], ",") {
		// The sentence's source, kept after the claim (accordingTitle):
		// what the title left out before it is no part of the title
		// ("... on the region | between Saturday and Monday, | according
		// to the weather institute").
		return false
	}
	// A range that lost its start: "between late November" | "and ...",
	// "from May" | "to July".
	if rangeSplit(gap, next) {
		return true
	}
	var rest []string // the gap's words that are no time
	for i, w := range gap {
		if !in[a+1+i] {
			rest = append(rest, w)
		}
	}
	verbNext := isLower(ws[k]) && (verbAt(ws, k) && !strings.HasSuffix(next, "ing") || auxiliaries.Has(next))
	opens := strings.HasSuffix(sw[a], ",") || strings.HasSuffix(sw[a], ";")
	if len(rest) == 0 {
		// A time alone; a clause of its own does not start right after
		// it ("Cyclone Sidr hit | in 2007 | it killed").
		// (Not after an opening phrase: "At the earlier hearing | on
		// Monday | he was deemed".)
		// (Nor after a verb of saying: "The council said in a statement |
		// on Monday | it would appeal".)
		w0 := strings.ToLower(ws[0])
		said := slices.ContainsFunc(ws[:k], func(w string) bool { return inSet(reportingVerbs, strings.Trim(w, ",;:")) })
		return subjectPronouns.Has(next) && next != "i" && next != "you" && k+1 < len(ws) && !prepositions.Has(w0) && !titlePrepositions.Has(w0) && !subordinators.Has(w0) && !said && isLower(ws[k+1]) && verbAt(ws, k+1) &&
			!inSet(reportingVerbs, strings.Trim(ws[k-1], ",;:")) && !strings.EqualFold(ws[k-1], "that") && !inSet(titleConjunctions, ws[k-1]) &&
			!strings.HasSuffix(ws[k-1], ",") && !opens
	}
	if opens && verbNext {
		// An aside after the subject, up to the subject's verb, whose
		// closing comma a list took ("donations, including tents,
		// blankets and water tanks | were sent").
		return false
	}
	if dash := func(w string) bool { return strings.Trim(w, "-—–") == "" }; opens || strings.HasPrefix(gap[0], "(") || dash(gap[0]) {
		// An aside its comma, bracket or dash closes, then at most a
		// time ("Olivé, who was not present on Tuesday, postponed").
		for i := len(gap) - 1; i >= 0; i-- {
			w := gap[i]
			if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ",\"") || strings.HasSuffix(w, ",”") || strings.HasSuffix(w, ")") || i > 0 && dash(w) {
				return false
			}
			if !in[a+1+i] {
				break
			}
		}
	}
	r0 := spliceWord(rest[0])
	if len(rest) > 1 && prepositions.Has(r0) {
		r0 = spliceWord(rest[1]) // ("the firm | from which he was fired | was")
	}
	if len(rest) == 1 && isLower(rest[0]) && (strings.HasSuffix(r0, "ed") || participle(r0)) {
		// A participle that told of the noun before it, its time left
		// out with it ("in a note | issued on Friday | and said").
		return false
	}
	if len(rest) == 1 && r0 == "that" && !opens {
		// A "that" a verb's clause opened on ("notes | that | the
		// council had sold").
		return false
	}
	if relativeOpeners.Has(r0) || r0 == "that" {
		// A relative clause that tells of the noun before it: its
		// relative word alone, its verb right after ("The first line |
		// , which | opened"), or all of it, before the clause's own verb
		// ("One of the three men | who escaped ... | was arrested").
		// Not one whose subject comes first ("The car deck | , which |
		// divers reached", "the shop, which | Arthur Whitlock opened").
		if len(rest) == 1 {
			return !verbNext && !strings.HasSuffix(next, "ly") && (!isLower(ws[k]) || articleWords.Has(next) || determiners.Has(next) || k+1 < len(ws) && isLower(ws[k+1]) && verbAt(ws, k+1))
		}
		return !verbNext
	}
	if verbNext && isLower(rest[0]) && (strings.HasSuffix(r0, "ed") || participle(r0)) && !auxiliaries.Has(spliceWord(ws[k-1])) {
		// A participle's phrase that told of the noun before it ("a core
		// | drilled in Antarctica this year | is").
		return false
	}
	if len(rest) <= 3 && reportingVerbs.Has(r0) && subjectPronouns.Has(spliceWord(rest[len(rest)-1])) && verbNext {
		// The report a title tells without ("The court | said it |
		// would deliver its ruling").
		return false
	}
	if l := spliceWord(rest[len(rest)-1]); (l == "and" || l == "but") && verbNext && !strings.ContainsAny(strings.Join(rest, " "), ",;") {
		// A first predicate left out ("The second Kittiwake | was
		// already being built and | would ship").
		return false
	}
	return true
}

// bareDefinite reports whether a title's subject is a bare definite noun
// phrase: "The" and one to three words in lower case, with no name, no
// "of" phrase and no comma, before its verb ("The woman died ...", "The
// company recalled ...", "The new model was recalled"). News English
// introduces a thing by its name or a full description and then points
// back at it with such a phrase, as with a pronoun; so a title that opens
// on one names nobody a reader can know. Not the place's own government
// and public bodies, which a story has one each of, nor what they own
// ("The city lifted the advisory", "The police said", "The city's
// advisory was issued"; setting-institutions).
func bareDefinite(t string) bool {
	if strings.ContainsAny(t, "\"“”") {
		return false
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if len(ws) < 3 || ws[0] != "The" {
		return false
	}
	for j := 1; j < len(ws) && j <= 4; j++ {
		w := ws[j]
		if j >= 2 && verbAt(ws, j) {
			// (Not the place's own body, nor what it owns: "The
			// city lifted its advisory", "The police said", "The
			// city's advisory was issued".)
			for _, w := range ws[1:j] {
				if settingInstitutions.Has(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) {
					return false
				}
			}
			return true
		}
		if j == 4 || !isLower(w) || strings.ContainsAny(w, ",;:()") || prepositions.Has(w) || determiners.Has(w) || w == "of" || relativePronoun(w) {
			return false
		}
	}
	return false
}

// standsAlone reports whether a title's clause tells of things a reader
// can know without the sentences around it: its subject, the words
// before its first verb, is short (six words at most: a longer one is
// a phrase with its own clause, or one a cut left) and carries a name or
// a figure, and its verb tells a happening, not a state (stateVerbAt)
// ("Ruth Harwell, 79,
// died", "More than 2,400 people were tested", "A 6-year-old Brenmoor
// child came back"), or opens on no article (a name, "Zipwell recalled
// ..."; a bare plural, "Firefighters were called"), and no word of it is a
// pronoun that stands for a thing or a person ("The agency pushed it
// back"; a possessive may be the subject's own, "The Carrow Arena opened
// its doors"), nor a quotation mark.
func standsAlone(t string) bool {
	if quotedTitle(t) {
		return false
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	v := -1
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:.!?()"))
		if subjectPronouns.Has(lw) || objectPronouns.Has(lw) || pointingObjects.Has(lw) {
			return false
		}
		if v < 0 && i > 0 && verbAt(ws, i) {
			v = i
		}
	}
	if v < 1 || v > 6 || stateVerbAt(ws, v) {
		return false
	}
	if lw := strings.ToLower(ws[0]); !articleWords.Has(lw) && !determiners.Has(lw) {
		return true
	}
	for _, w := range ws[1:v] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}

// stateVerbAt reports whether the verb at ws[i] tells how things stand,
// not a happening: "is", "are", "was" or "were", or "has", "have" or
// "had been", before no participle ("Tabor was one of four crew", "The
// firm has been in limbo"; not "was found", "has been charged").
func stateVerbAt(ws []string, i int) bool {
	w := strings.ToLower(ws[i])
	if perfectHaves.Has(w) && i+1 < len(ws) && stateVerbs.Has(strings.ToLower(ws[i+1])) {
		i++
	} else if !stateVerbs.Has(w) {
		return false
	}
	if i+1 >= len(ws) {
		return true
	}
	n := strings.ToLower(strings.Trim(ws[i+1], ",;."))
	return !(participle(n) || verbAt(ws, i+1) || strings.HasSuffix(n, "en") || strings.HasSuffix(n, "wn") || verbForms.Has(n) || stateBreakers.Has(n) || negations.Has(n))
}

// stateVerbs and perfectHaves tell a state before no participle
// (stateVerbAt; data/words.txt).
var stateVerbs, perfectHaves = wordSet("state-verbs"), wordSet("perfect-haves")

// settingInstitutions head a definite that stands alone (bareDefinite;
// data/words.txt).
var settingInstitutions = wordSet("setting-institutions")

// bareQuoteTitle reports whether t is all one quotation: it opens on a
// quotation mark and closes on one, with none between, so that no speaker
// stands outside it ("\"The weather in the hills turned with heavy
// rain\"", the first sentence of a quotation whose speaker comes after
// its last).
func bareQuoteTitle(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	l, m := utf8.DecodeLastRuneInString(t)
	if len(t) <= n+m || r != '"' && r != '“' || l != '"' && l != '”' {
		return false
	}
	return !strings.ContainsAny(t[n:len(t)-m], "\"“”")
}

// quotedTitle reports whether a title holds a quotation mark: some of
// what it tells is a speaker's words.
func quotedTitle(t string) bool {
	return strings.ContainsAny(t, "\"“”")
}
