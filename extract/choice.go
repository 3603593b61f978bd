package extract

import (
	"strings"
	"unicode/utf8"
)

// This file holds the tests merge.go's better asks of a source's title
// when it chooses the title of an event: a predicate whose subject the cut
// left behind, a subject that only points back at another sentence.

// headless reports whether c's title is the predicate of a clause whose
// subject stayed behind in its sentence: the sentence wrote its first word
// in lower case right before the title's second word, after "which" or
// "who" (data/words.txt predicate-relatives: "Cost the coach his job" of
// "... the loss, which cost the coach his job") or as a verb or a finite
// auxiliary ("Will put the works back on display" of "... the museum has
// said it will put the works back on display"). A sentence that opens on
// the word ("Cost overruns hit the project") writes it with its capital,
// and a title that opens on a subject ("The club sold ..." of "But the
// club sold ...", "Police arrested ..." of "said that police arrested")
// comes after no relative word and opens on no verb.
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
			prev := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
			if verb || predicateRelatives[strings.ToLower(strings.TrimRight(prev, ","))] {
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
