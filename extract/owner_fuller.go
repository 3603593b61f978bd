package extract

import (
	"slices"
	"strings"
	"unicode"
)

// News copy names a thing in full once, with the words that tell which it
// is ("its Lyme disease vaccine trial", "an exclusion order", "all seven
// Harrow Grove sirens"), and then by its noun alone: "the trial", "the
// order", "the sirens". A title opening on that noun names nothing of
// which; when the article before its sentence wrote the noun after such
// words in one way only, the title writes them too ("The Lyme disease
// vaccine trial was halted"). Words that tell another of the kind ("the
// next session", "a second order", "last year's trial") or two ways of
// writing it ("the murder trial", "the fraud trial") leave the title as it
// is: a wrong thing named is worse than none.

// fullerStops are the words before a noun that tell another of its kind,
// or when, not which thing it is (data/words.txt fuller-stops).
var fullerStops = wordSet("fuller-stops")

// fullerWords bounds the words written before the noun: a name of a thing,
// not a clause's worth.
const fullerWords = 4

// fullerNamed returns title with the noun of the "The trial" that opens it
// written with the words the text before wrote it with, or "".
func fullerNamed(title, before string) string {
	var wsRoom fieldRoom
	ws, noun, owned := theNounOpening(&wsRoom, title)
	if ws == nil || !plainWord(noun) || len(noun) < 3 || fullerStops.Has(noun) || countWord(noun) ||
		bodyHeads.Has(noun) || companyAnaphors.Has(noun) || businessNouns.Has(noun) {
		return ""
	}
	if !owned && !verbAt(ws, 2) && !auxiliaries.Has(ws[2]) {
		return "" // ("The fire service said": the noun heads no subject, "fire" of "the Kelsey Creek fire" is not it)
	}
	mods := fullerOf(before, noun)
	if mods == "" {
		return ""
	}
	if owned {
		noun += "'s"
	}
	return "The " + mods + " " + noun + " " + strings.Join(ws[2:], " ")
}

// plainWord reports whether w is a word in lower case of letters alone,
// or joined by a hyphen.
func plainWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// fullerOf returns the words text writes before noun after an article, a
// possessive or a count, in its longest form ("Lyme disease vaccine" of
// "its Lyme disease vaccine trial"), or "": text writes none, or two that
// are not one's end ("vaccine" is the end of "Lyme disease vaccine";
// "murder" and "fraud" are two), or words of another of the kind.
func fullerOf(text, noun string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, strings.ReplaceAll(text, "\n", " |\n"))
	bare := func(w string) string {
		return strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), ",.;:)\"”")
	}
	best := ""
	quoted := false
	for i, w := range ws {
		// (A quotation's words are its speaker's way of telling, "a
		// great university", not the article's naming.)
		opens := strings.Count(w, "\"")%2 == 1 || strings.Contains(w, "“") && !strings.Contains(w, "”")
		closes := strings.Contains(w, "”") && !strings.Contains(w, "“")
		inside := quoted || opens
		if opens && !closes {
			quoted = !quoted
		} else if closes {
			quoted = false
		}
		if bare(w) != noun || inside {
			continue
		}
		var mods []string
		found := false
		for k := i - 1; k >= 0 && len(mods) <= fullerWords; k-- {
			m := ws[k]
			lm := strings.ToLower(m)
			if fullerStops.Has(lm) || superlatives.Has(lm) || len(lm) > 5 && strings.HasSuffix(lm, "est") || inSet(calendarNames, m) {
				return "" // ("the next session": another of the kind; "the largest port": a ranking, not a name)
			}
			if articleWords.Has(lm) || possessivePronouns.Has(lm) || quantifiers.Has(lm) || clauseDemonstr.Has(lm) || countWord(lm) ||
				strings.HasSuffix(m, "'s") || strings.HasSuffix(m, "’s") {
				found = true // (a possessive, "the district's", opens the phrase as "the" does)
				break
			}
			if bare(m) != m || !fullerWord(ws, k) {
				break
			}
			mods = append(mods, m)
		}
		if !found || len(mods) == 0 || len(mods) > fullerWords {
			continue // ("the trial": no words to add; "told reporters vaccine trial": no phrase)
		}
		if !slices.ContainsFunc(mods, fullerName) {
			// ("a brick tower", "an independent review", "a British
			// charity": words of its kind or its people's tell no more
			// which one it is than "the tower" does; a name among them
			// does, "the Harrow Grove sirens".)
			continue
		}
		for a, b := 0, len(mods)-1; a < b; a, b = a+1, b-1 {
			mods[a], mods[b] = mods[b], mods[a]
		}
		n := strings.Join(mods, " ")
		switch {
		case best == "" || strings.HasSuffix(n, " "+best):
			best = n
		case n == best || strings.HasSuffix(best, " "+n):
		default:
			return "" // two ways of telling which: a guess
		}
	}
	return best
}

// fullerWord reports whether word k of ws may stand before a noun to tell
// which thing it is: letters (a name's, "Lyme", or in lower case,
// "exclusion"), no verb, preposition, conjunction, pronoun or adverb, no
// "-ed" or "-ing" form that may be a verb's ("the board approved vaccine
// trial").
func fullerWord(ws []string, k int) bool {
	w := ws[k]
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	lw := strings.ToLower(w)
	if prepositions.Has(lw) || titleConjunctions.Has(lw) || auxiliaries.Has(lw) || subjectPronouns.Has(lw) || inSet(objectPronouns, lw) ||
		determiners.Has(lw) || relativePronoun(lw) || negations.Has(lw) || reportingVerbs.Has(lw) || verbForms.Has(lw) || pastVerb(lw) {
		return false
	}
	if isLower(w) && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "s") || verbAt(ws, k)) {
		return false
	}
	return true
}

// demonymEndings end the adjective of a people or a land ("British",
// "Mexican", "Chinese"; data/words.txt demonym-endings).
var demonymEndings = wordLists["demonym-endings"]

// fullerName reports whether m, a word fullerOf found before a noun, is a
// name's: in capitals, not a people's adjective.
func fullerName(m string) bool {
	if isLower(m) {
		return false
	}
	for _, e := range demonymEndings {
		if strings.HasSuffix(m, e) {
			return false
		}
	}
	return true
}
