package extract

import (
	"strings"
	"unicode/utf8"
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
// another sentence named: a subject pronoun ("It describes corrosion"), a
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
		broken = !particleBefore(ws) // ("was sworn in", "moved back")
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
// ("…") or half way through a phrase (danglingEnd).
func cutTitle(c *candidate) bool {
	return strings.HasSuffix(c.title, "…") || danglingEnd(strings.Fields(c.title), c.stext)
}
