package extract

import (
	"slices"
	"strings"
)

// chainedPronoun reports whether prev, the sentence before a title that
// opens on a person's pronoun ("He apologised ...", "She repeated ..."),
// carries that person on without naming anyone: its subject is the same
// pronoun ("On July 11 he refused to travel ...", "He said ...") or it is
// a quotation its pronoun spoke ('"...," she said.'), and it holds no
// pronoun of the other sex; a quotation names no one (a capitalised run
// that may be a person's name) nor quotes a "he" or "she". (A subject pronoun carries on past a name
// after it, an object's: "On July 11 he refused to travel with Almada".) News prose keeps a
// person's pronoun from sentence to sentence once it has named them, so
// the person a title's "he" stands for is then the one the sentence
// before prev names (see lonePersonNamed, asked of that sentence).
func chainedPronoun(title, prev, before string, g *gazetteer) bool {
	p := strings.ToLower(firstWord(title))
	var subject string
	switch {
	case malePronouns.Has(p) && !femalePronouns.Has(p):
		subject = "he"
	case femalePronouns.Has(p) && !malePronouns.Has(p):
		subject = "she"
	default:
		return false
	}
	other := femalePronouns
	if subject == "she" {
		other = malePronouns
	}
	var pwRoom fieldRoom
	pw := fieldsIn(&pwRoom, prev)
	if len(pw) < 3 || pronounsIn(prev, other, false) {
		return false
	}
	n := len(pw)
	said := strings.EqualFold(pw[n-2], subject) && reportingVerbs.Has(strings.TrimRight(pw[n-1], ".")) && (strings.HasPrefix(pw[0], "\"") || strings.HasPrefix(pw[0], "“"))
	if !said && pw[0] != capitalize(subject) && !personAfterOpening(pw, subject) && !afterTimeOpening(pw, subject) {
		return false
	}
	if !said {
		// The pronoun is the subject ("he refused to travel with
		// Almada"): a name after it, an object's, does not take its place
		// (but "He and Kowalski met" is no "he" alone).
		k := slices.IndexFunc(pw, func(w string) bool { return strings.EqualFold(w, subject) })
		return k >= 0 && k+1 < n && isLower(pw[k+1]) && !titleConjunctions.Has(pw[k+1]) && pw[k+1] != "and" && pw[k+1] != "or"
	}
	if pronounsIn(prev, malePronouns, true) || pronounsIn(prev, femalePronouns, true) {
		return false // (a "he" or "she" quoted: someone the speaker tells of)
	}
	for _, w := range pw[1:] {
		if !isLower(w) && !strings.EqualFold(w, subject) && w != "I" {
			return false // (a name, quoted or not: "We let Tom Ashby down")
		}
	}
	return len(personsIn(prev, before, g)) == 0
}

// afterTimeOpening reports whether the sentence pw opens on a short phrase
// of time with no comma, a preposition and a day, a month or a figure, and
// then the pronoun w ("On Sunday he ...", "In March 2024 he ...").
func afterTimeOpening(pw []string, w string) bool {
	if len(pw) < 3 || !inSet(prepositions, pw[0]) {
		return false
	}
	for k := 1; k < len(pw) && k <= 4; k++ {
		lw := strings.ToLower(pw[k])
		if k > 1 && pw[k] == w {
			return true
		}
		if !calendarNames.Has(lw) && strings.Trim(lw, "0123456789") != "" && !determiners.Has(lw) {
			return false
		}
	}
	return false
}

// chainedThing reports whether prev, the sentence before a title that
// opens on a thing's or several things' pronoun ("Its shares fell 14%",
// "They will meet the mediator"), opens on that pronoun as its subject
// too ("It expects the cost to reach ...", "They want a raise"): news
// keeps a thing's "it" as the subject from sentence to sentence once it
// has named it, as it keeps a person's "he" (chainedPronoun), so the
// title's pronoun stands for what prev's stands for, the subject of the
// sentence before prev. Not an "It" with no verb of its own ("It was not
// clear whether ...", itActs), nor "They and the city".
func chainedThing(title, prev string) bool {
	p := strings.ToLower(firstWord(title))
	subject := ""
	switch {
	case thingPronouns.Has(p):
		subject = "It"
	case severalPronouns.Has(p):
		subject = "They"
	default:
		return false
	}
	var pwRoom fieldRoom
	pw := fieldsIn(&pwRoom, prev)
	if len(pw) < 3 || pw[0] != subject || !isLower(pw[1]) || titleConjunctions.Has(pw[1]) || pw[1] != strings.Trim(pw[1], ",;:") {
		return false
	}
	return subject != "It" || itActs(pw)
}

// bodyOwned reports whether the clause s, which opens on the name, gives
// that name a thing's "its" ("Talbot Mills cut its profit forecast",
// "Brenmoor Foods on Tuesday widened its recall"): the name is
// a body's, not a person's, whatever its words. The words after the name
// up to the clause's first comma or its end are read, and a person's
// possessive among them ("his", "her") leaves the name to the caller.
func bodyOwned(s, name string) bool {
	if !strings.HasPrefix(s, name) {
		return false
	}
	rest := s[len(name):]
	if i := strings.IndexAny(rest, ",;:"); i >= 0 {
		rest = rest[:i]
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, rest)
	its := false
	for _, w := range ws {
		w = strings.Trim(w, ".!?\"“”")
		if ownedPersonPronouns.Has(w) {
			return false
		}
		its = its || thingPronouns.Has(w) && possessivePronouns.Has(w)
	}
	return its
}
