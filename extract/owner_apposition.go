package extract

import "strings"

// appositionOwner returns the owner a pronoun opening the next sentence
// tells of when the sentence prev opens on a role set off from the name
// that fills it ("Meridian's parent company, Northline Transport Group,
// said ...", "Her former manager, Jordi Pascual, 58, who faces the same
// charges, is due ..."): news writing names a subject by its role first
// and its name between commas, and the name, not the role, is what an
// "Its" or a "His" after it stands for; which of the two (a body or a
// person) the pronoun's class decides, as for ownerSubject's owners.
// The role, after any opening phrase of time or of a preposition closed
// by its comma, is "the" or a possessive and up to four words in lower case;
// the name one to five capitalised words, an age may follow it, and then
// the verb or a "who" or "which". body: the role's head is a body's noun
// ("company", "operator"); personal: a word of the role is a person's
// ("chief", "director"). ("", false, false) for any other sentence.
func appositionOwner(prev string) (np string, body, personal bool) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, prev)
	if len(ws) < 5 || strings.ContainsAny(prev, "\"“”?()") {
		return "", false, false
	}
	i := max(timeOpening(ws), 0)
	if i == 0 && inSet(prepositions, ws[0]) {
		// An opening phrase of a preposition, closed by its comma
		// ("Outside court, Meridian's chief executive, ...").
		for k := 1; k < len(ws) && k <= 4; k++ {
			if strings.ContainsAny(ws[k], ";:") {
				break
			}
			if strings.HasSuffix(ws[k], ",") {
				i = k + 1
				break
			}
		}
	}
	if i >= len(ws) {
		return "", false, false
	}
	w0 := ws[i]
	lw0 := strings.ToLower(w0)
	owned := strings.HasSuffix(w0, "'s") || strings.HasSuffix(w0, "’s")
	if !(lw0 == "the" || possessivePronouns.Has(lw0) || owned && !isLower(w0)) || strings.HasSuffix(w0, ",") {
		return "", false, false
	}
	// The role: words in lower case, the last closed by its comma.
	r := -1
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		w := strings.TrimSuffix(ws[k], ",")
		lw := strings.ToLower(w)
		if !isLower(w) || strings.ContainsAny(w, ".;:") || prepositions.Has(lw) || determiners.Has(lw) || auxiliaries.Has(lw) || relativePronouns.Has(lw) || titleConjunctions.Has(lw) || pastVerb(lw) {
			return "", false, false
		}
		if strings.HasSuffix(ws[k], ",") {
			r = k
			break
		}
	}
	if r < 0 {
		return "", false, false
	}
	// The name, closed by its comma.
	e := -1
	for k := r + 1; k < len(ws) && k <= r+5; k++ {
		w := strings.TrimSuffix(ws[k], ",")
		if w == "" || strings.ContainsAny(w, ".;:,") && !strings.HasSuffix(w, ".") || isLower(w) && !(surnameParticles.Has(w) && k > r+1) {
			return "", false, false
		}
		if strings.HasSuffix(ws[k], ",") {
			e = k
			break
		}
	}
	if e < 0 || strings.HasSuffix(strings.TrimSuffix(ws[e], ","), ".") {
		return "", false, false
	}
	next := e + 1
	if next < len(ws) && strings.HasSuffix(ws[next], ",") && strings.Trim(ws[next], "0123456789,") == "" {
		next++ // an age: "Jordi Pascual, 58, who ..."
	}
	if next >= len(ws) || !isLower(ws[next]) {
		return "", false, false
	}
	v := strings.ToLower(ws[next])
	if !(auxiliaries.Has(v) || reportingVerbs.Has(v) || pastVerb(v) || verbAt(ws, next) || v == "who" || v == "which") {
		return "", false, false
	}
	nm := strings.TrimSuffix(strings.Join(ws[r+1:e+1], " "), ",")
	for _, w := range ws[i+1 : r+1] {
		personal = personal || inSet(roleWords, strings.TrimSuffix(w, ","))
	}
	return nm, inSet(organisationNouns, strings.TrimSuffix(ws[r], ",")), personal
}

// ownerOf returns the owner of a pronoun opening the sentence after prev,
// as ownerSubject does (np, plural, and the name a person's owner needs),
// but told by the name a role's apposition gives (appositionOwner) where
// that name is of the pronoun's class: a person's for "he" or "his" (a
// name the lists or personName read as one), a body's for "it" or "its"
// (one the role calls a body, "the group's parent company, ...", or a
// name no one reads as a person's). ("Ostrava Capital Group's chairman",
// not "The bank's owner's chairman"; and never "The firm's chief
// executive's shares": a person's role for an "Its" names no owner. A
// name of neither class for the pronoun, "the largest customer, Varda
// Motors," which personName reads as a person's, leaves the owner to
// ownerSubject.)
func ownerOf(prev, before string, human bool, g *gazetteer) (np string, plural bool, name string) {
	if a, body, personal := appositionOwner(prev); a != "" {
		switch person := len(g.find(a).persons) > 0 || personName(a, before, g) != ""; {
		case human && !body && person:
			return a, false, a
		case !human && body:
			return a, false, "" // (a body the role tells: no person's name to judge)
		case !human && personal:
			return "", false, "" // (a person's role, "chief executive": no "it" of its own)
		case !human && !person:
			return a, false, a
		}
	}
	return ownerSubject(prev)
}

// nameAppositionSubject returns the name that opens prev when an
// apposition between commas follows it and then the verb ("Maya, from
// Dundee, had been hiking ...", "Ferriby, a retired nurse, had lived
// ..."): one or two capitalised words, the first comma after them, at
// most ten words, the second comma, and a verb in lower case. News sets a
// person's apposition off so; ownerSubject reads a word and its comma at
// a sentence's opening as an opening phrase ("Meanwhile, ...") and leaves
// it. "" when prev opens on no such name; that it is a person's the
// caller asks (personName, surnameNamed, firstNameNamed).
func nameAppositionSubject(prev string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, prev)
	k := -1 // the word the name's comma ends
	for i := 0; i < len(ws) && i < 2; i++ {
		w := strings.TrimSuffix(ws[i], ",")
		if !capitalized(w) || strings.ContainsAny(w, ".,;:\"“”()'’") || inSet(sentenceConnectives, w) || inSet(prepositions, w) {
			return ""
		}
		if strings.HasSuffix(ws[i], ",") {
			k = i
			break
		}
	}
	if k < 0 {
		return ""
	}
	for m := k + 2; m < len(ws)-1 && m <= k+10; m++ {
		if strings.ContainsAny(ws[m], ";:\"“”()") {
			return ""
		}
		if !strings.HasSuffix(ws[m], ",") {
			continue
		}
		v := strings.ToLower(ws[m+1])
		if isLower(ws[m+1]) && (auxiliaries.Has(v) || verbAt(ws, m+1) || pastVerb(v)) {
			return strings.TrimSuffix(strings.Join(ws[:k+1], " "), ",")
		}
		return ""
	}
	return ""
}
