package extract

import (
	"strings"
	"unicode"
)

// News copy names a business in full once, and says what it is ("energy
// supplier Larkspur Energy", "Halcyon Launch, the Edinburgh company behind
// the rocket", "Halvard Resources"), then calls it "the company" (or "the
// firm", or the noun it was introduced by, "the supplier"). A title
// opening on that noun names no one; when the article before has named
// just one business so, and the sentence before the title (and the title's
// own sentence before it) names nothing else in capitals that "the
// company" could be (a regulator, "Ofwat said ..."; the auditors,
// "Penfold Grey"), the noun stands for that business, and the title names
// it. A second business anywhere in the text read (a takeover's buyer and
// target) leaves the title as it is: a wrong name is worse than none.

// companyAnaphors are the nouns that stand for any business the article
// named; businessNouns are those that stand for one only when the article
// introduced it by that same noun ("supermarket group Penrose", then "the
// group"); companyNameEndings end a business's own name ("Halvard
// Resources", "Marisol Shipping Lines") (data/words.txt).
var (
	companyAnaphors    = wordSet("company-anaphors")
	businessNouns      = wordSet("business-nouns")
	companyNameEndings = wordSet("company-name-endings")
)

// companyLook bounds the text companyNamed reads of the article: its
// opening (where a business is named in full) and the stretch right before
// the sentence.
const companyLook = 3000

// companySince bounds the text between the business's last mention and
// the title: about three sentences.
const companySince = 600

// theNounOpening reads a title that opens on "The" and a noun followed by
// a word in lower case ("The company said ...", "The board's chair
// ..."): its words (in room), the noun without a possessive's "'s", and
// whether it had one; nil words for any other title.
func theNounOpening(room *fieldRoom, title string) (ws []string, noun string, owned bool) {
	ws = fieldsIn(room, title)
	if len(ws) < 3 || ws[0] != "The" || !isLower(ws[2]) {
		return nil, "", false
	}
	noun = ws[1]
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(noun, s) {
			noun, owned = strings.TrimSuffix(noun, s), true
		}
	}
	return ws, noun, owned
}

// companyNamed returns title with the "The company" (or "The company's")
// that opens it named by the one business the article named before (see
// above), or "". sentence is the title's sentence, before the article's
// text before it.
func companyNamed(title, sentence, before string, g *gazetteer) string {
	var wsRoom fieldRoom
	ws, noun, owned := theNounOpening(&wsRoom, title)
	if ws == nil || !companyAnaphors.Has(noun) && !businessNouns.Has(noun) {
		return ""
	}
	// The title's noun in its sentence: what comes before it there is
	// read as prev is ("Halcyon's shares are not listed, but the company
	// said ..."). (A title named from an "It" has none.)
	lead := ""
	if i := strings.Index(asciiLower(sentence), "the "+noun); i >= 0 {
		lead = sentence[:i]
	}
	text := before
	if len(text) > 2*companyLook {
		text = before[:companyLook] + " . " + before[len(before)-companyLook:]
	}
	name, by := oneBusiness(text, g)
	if name == "" || !companyAnaphors.Has(noun) && !by[noun] {
		return ""
	}
	// Since the business was last named (in the sentences before, or in
	// the title's own before it), nothing else is named that the noun
	// could stand for.
	since := before + " " + lead
	at := lastWord(since, firstWord(name))
	if at < 0 || len(since)-at > companySince || !onlyNames(since[at:], name, text) {
		return ""
	}
	if owned {
		name = possessiveOf(name)
	}
	return name + " " + strings.Join(ws[2:], " ")
}

// oneBusiness returns the business text names by the marks above, in its
// longest form, and the nouns it was introduced by; "" when it names none
// or more than one (told apart by their first words: "Halvard" is
// "Halvard Resources").
func oneBusiness(text string, g *gazetteer) (string, map[string]bool) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text)
	name, key := "", ""
	by := map[string]bool{}
	for i := 0; i < len(ws); i++ {
		if !capitalized(ws[i]) {
			continue
		}
		j := i // the run of capitalised words i..j-1
		for j < len(ws) && (capitalized(ws[j]) || ws[j] == "&") {
			j++
			if strings.ContainsAny(ws[j-1], ",.;:()\"“”") || strings.HasSuffix(ws[j-1], "'s") || strings.HasSuffix(ws[j-1], "’s") {
				break
			}
		}
		run := ws[i:j]
		k := i
		for len(run) > 0 && (nameStop.Has(run[0]) || inSet(articleWords, run[0]) || strings.ContainsAny(run[0], "\"“”(")) {
			run, k = run[1:], k+1 // ("The", a quotation's opening)
		}
		i = j - 1
		if len(run) == 0 {
			continue
		}
		n := strings.Join(run, " ")
		n = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s"), ",.;:")
		noun := ""
		last := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(run[len(run)-1], "'s"), "’s"), ",.;:")
		switch {
		case len(run) > 1 && inSet(companyNameEndings, last):
			noun = "company"
		case k > 0 && businessNouns.Has(ws[k-1]):
			noun = ws[k-1] // "energy supplier Larkspur"
		case strings.HasSuffix(run[len(run)-1], ","):
			noun = appositionBusiness(ws[j:min(len(ws), j+6)])
		}
		if noun == "" || inSet(calendarNames, run[0]) || institutional.Has(run[0]) || geographic.Has(run[0]) || inSet(roleWords, run[0]) {
			continue
		}
		if m := g.find(n); len(m.persons) > 0 || len(m.places) > 0 {
			continue
		}
		kw := strings.ToLower(strings.TrimRight(strings.TrimSuffix(run[0], "'s"), ",."))
		switch {
		case key == "":
			name, key = n, kw
		case key != kw:
			return "", nil // two businesses
		case len(n) > len(name):
			name = n
		}
		by[noun] = true
	}
	return name, by
}

// appositionBusiness is the business noun that heads an apposition
// ("the Edinburgh company behind ...", "a freight group"): an article,
// up to three words in capitals or lower case that are no preposition
// or conjunction, then the noun; "" when ws opens on none.
func appositionBusiness(ws []string) string {
	if len(ws) < 2 || !articleWords.Has(ws[0]) {
		return ""
	}
	for k := 1; k < len(ws) && k <= 4; k++ {
		w := strings.TrimRight(ws[k], ",.;:")
		if businessNouns.Has(w) || companyAnaphors.Has(w) {
			return w
		}
		if w != ws[k] || prepositions.Has(w) || titleConjunctions.Has(w) || w == "and" || w == "or" || !unicode.IsLetter(firstRune(w)) {
			return ""
		}
	}
	return ""
}

// onlyNames reports whether s names nothing in capitals but the words of
// name: a capitalised word other than a day or a month, "I", or a
// sentence's (or quotation's) first word that text, the article, writes in
// lower case too, or a place's name after a preposition of place, is
// another's name.
func onlyNames(s, name, text string) bool {
	own := map[string]bool{}
	for _, w := range strings.Fields(name) {
		own[w] = true
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	if len(ws) > 120 {
		return false // (read no further)
	}
	place := false
	for k, w := range ws {
		prev := ""
		if k > 0 {
			prev = strings.TrimRight(ws[k-1], "\"”'’)")
		}
		// A sentence's or a quotation's first word; a place's name after
		// a preposition of place, words in capitals that go on with it.
		open := k == 0 || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, ":") ||
			strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“") || strings.HasPrefix(w, "(")
		place = k > 0 && (placePrepositions.Has(ws[k-1]) || place && ws[k-1] == strings.TrimRight(ws[k-1], ",.;:)\"”'’"))
		w = strings.TrimRight(strings.TrimLeft(w, "\"“('‘"), ",.;:\"”)'’?!")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || !unicode.IsUpper(firstRune(w)) {
			place = false
			continue
		}
		if own[w] || w == "I" || place || inSet(calendarNames, strings.TrimSuffix(w, ".")) {
			continue
		}
		if lw := strings.ToLower(w); open && (nameStop.Has(w) || articleWords.Has(lw) || determiners.Has(lw) || possessivePronouns.Has(lw) || subjectPronouns.Has(lw) || strings.Contains(text, " "+strings.ToLower(w)+" ")) {
			continue
		}
		return false
	}
	return true
}

// lastWord is where w last stands as a word in s (a possessive's or
// before a comma too: "Halvard's", "Halvard,"), among its last
// companySince bytes; -1 when it does not.
func lastWord(s, w string) int {
	if w == "" {
		return -1
	}
	from := max(0, len(s)-companySince-len(w))
	for end := len(s); end > from; {
		i := strings.LastIndex(s[from:end], w)
		if i < 0 {
			return -1
		}
		i += from
		end = i
		if i > 0 && isLetter(s[i-1]) || i+len(w) < len(s) && isLetter(s[i+len(w)]) {
			continue
		}
		return i
	}
	return -1
}
