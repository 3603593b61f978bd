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

// namedNounOpening is theNounOpening of a title whose noun fullerNamed and
// apposedNamed may write in full: a plain word of three letters or more
// that is no stop, count, body, company or business noun, heading the
// title's subject ("The fire service said": "fire" of "the Kelsey Creek
// fire" heads none). ws is nil for any other title.
func namedNounOpening(room *fieldRoom, title string) (ws []string, noun string, owned bool) {
	ws, noun, owned = theNounOpening(room, title)
	if ws == nil || !plainWord(noun) || len(noun) < 3 || fullerStops.Has(noun) || countWord(noun) ||
		bodyHeads.Has(noun) || companyAnaphors.Has(noun) || businessNouns.Has(noun) {
		return nil, "", false
	}
	if !owned && !verbAt(ws, 2) && !auxiliaries.Has(ws[2]) {
		return nil, "", false
	}
	return ws, noun, owned
}

// fullerNamed returns title with the noun of the "The trial" that opens it
// written with the words the text before wrote it with, or "".
func fullerNamed(title, before string) string {
	var wsRoom fieldRoom
	ws, noun, owned := namedNounOpening(&wsRoom, title)
	if ws == nil {
		return ""
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

// News copy also names a thing with its noun set beside the name, "the
// cruise ship Coral Vesper", or says what the name is, "Calder House, an
// 18-storey block on Calder Way", and then calls it by the noun: "the
// ship", "the block". When the article before names just one thing so
// with the title's noun, the noun stands for it, and the title names it
// ("Calder House was built"): never a name the lists know as a person's,
// one that opens on a role or a month, nor one of two.

// apposedNamed returns title with the "The ship" (or "The ship's") that
// opens it named by the one name the text before sets beside that noun
// (see above), or "".
func apposedNamed(title, before string, g *gazetteer) string {
	var wsRoom fieldRoom
	ws, noun, owned := namedNounOpening(&wsRoom, title)
	if ws == nil {
		return ""
	}
	var bRoom fieldRoom
	bw := fieldsIn(&bRoom, strings.ReplaceAll(before, "\n", " |\n"))
	name := ""
	add := func(n string) bool {
		switch {
		case n == "" || inSet(calendarNames, strings.Fields(n)[0]) || inSet(roleWords, strings.Fields(n)[0]) || len(g.find(n).persons) > 0:
			return true // (no name of a thing: passed over)
		case name == "" || strings.HasPrefix(n, name+" "):
			name = n
		case n == name || strings.HasPrefix(name, n+" "):
		default:
			return false // two things: which one is a guess
		}
		return true
	}
	for i, w := range bw {
		if w != noun {
			continue
		}
		// "the cruise ship Coral Vesper": the noun, then the name.
		if i > 0 && (articleWords.Has(strings.ToLower(bw[i-1])) || fullerWord(bw, i-1)) && i+1 < len(bw) {
			if !add(nameRun(bw[i+1:])) {
				return ""
			}
		}
	}
	for i := 0; i+2 < len(bw); i++ {
		// "Calder House, an 18-storey block on Calder Way": the name, its
		// comma, "a" or "an", up to four words, the noun.
		if !strings.HasSuffix(bw[i], ",") || !inSet(indefiniteArticles, bw[i+1]) {
			continue
		}
		k := i + 2
		for k < len(bw) && k <= i+6 && bw[k] != noun && strings.TrimRight(bw[k], ",.;:") == bw[k] {
			k++
		}
		if k >= len(bw) || bw[k] != noun && strings.TrimRight(bw[k], ",.;:") != noun {
			continue
		}
		a := i
		for a > 0 && capitalized(bw[a-1]) && strings.TrimRight(bw[a-1], ",.;:)\"”") == bw[a-1] && !strings.ContainsAny(bw[a-1], "\"“(") && i-a < 3 {
			a--
		}
		if a > 0 && strings.ToLower(bw[a-1]) != bw[a-1] && !articleWords.Has(strings.ToLower(bw[a-1])) {
			continue // (a name whose opening is not in reach, "iTunes Music Store")
		}
		run := append(append([]string(nil), bw[a:i]...), strings.TrimSuffix(bw[i], ","))
		if slices.ContainsFunc(run, func(w string) bool { return !thingNameWord(w) }) || prepositions.Has(strings.ToLower(run[0])) {
			continue // ("In 2039, a ...", "a Pell Creek woman, a ...": no name of its own)
		}
		n := strings.Join(run, " ")
		if a > 0 && strings.EqualFold(bw[a-1], "the") {
			n = "The " + n // ("the Reserve Bank, a ...")
		}
		if !add(n) {
			return ""
		}
	}
	if name == "" {
		return ""
	}
	if owned {
		name = possessiveOf(name)
	}
	return name + " " + strings.Join(ws[2:], " ")
}

// nameRun is the name of up to four words in capitals that opens ws, up
// to a word of punctuation or in lower case, or "".
func nameRun(ws []string) string {
	var run []string
	for _, w := range ws {
		if len(run) == 4 || !capitalized(w) {
			break
		}
		b := strings.TrimRight(w, ",.;:)")
		if !thingNameWord(b) || strings.HasSuffix(w, ".") && len(b) <= 4 {
			return "" // (a figure, a quotation's mark, "Gov.": no name of a thing told whole)
		}
		run = append(run, b)
		if b != w {
			break
		}
	}
	return strings.Join(run, " ")
}

// thingNameWord reports whether w is a word of a thing's name as
// apposedNamed reads one: in capitals, of letters alone or joined by a
// hyphen, not a possessive ("Coral", "Vesper", "HYDRA"; not "EF-3",
// "2039", "Magdala\"", "Kestrel's").
func thingNameWord(w string) bool {
	if !capitalized(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}
