package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// News copy gives a person's age once, by their name ("Dana Whitfield,
// 34, has swum for Brenton since ...", "34-year-old Dana Whitfield"), and
// then points back at them by it: "The 34-year-old won the title ...". A
// title opening on that age names no one; when the article before gave
// that age to just one person named in full, the age stands for that
// person, and the title names them. Two people of that age, or none named
// with it, leave the title as it is: a wrong name is worse than none.

// ageLook bounds the text before the title's sentence that agedOwnerNamed
// reads: about twenty sentences.
const ageLook = 3000

// agedOwnerNamed returns title, which opens on "The" and an age written as a
// noun ("The 34-year-old won ...", "The 34-year-old's lawyer said")
// before its verb, with the age named by the one person the article
// before it gave that age (see above), or "". sentence is the title's
// sentence, which opens on the same words.
func agedOwnerNamed(title, sentence, before string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if len(ws) < 3 || ws[0] != "The" {
		return ""
	}
	w1, owned := ws[1], false
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w1, s) {
			w1, owned = strings.TrimSuffix(w1, s), true
		}
	}
	age, ok := strings.CutSuffix(w1, "-year-old")
	if !ok || age == "" || strings.Trim(age, "0123456789") != "" || !strings.HasPrefix(sentence, "The "+ws[1]+" ") {
		return ""
	}
	// The age is the subject itself, not an adjective of a noun after
	// it ("The 34-year-old surfer was bitten": who is the surfer?).
	if !owned && !verbAt(ws, 2) && !auxiliaries.Has(ws[2]) && !(ws[2] == "also" && len(ws) > 3 && verbAt(ws, 3)) {
		return ""
	}
	if len(before) > ageLook {
		before = before[len(before)-ageLook:]
	}
	name := agedPerson(before, age)
	if name == "" {
		return ""
	}
	if owned {
		name = possessiveOf(name)
	}
	t := name + " " + strings.Join(ws[2:], " ")
	if !publishable(t) {
		return ""
	}
	return t
}

// agedPerson returns the one person text gives the age age, by the marks
// above: a name of two to four capitalised words before ", 34," (or
// ", 34." and ", 34)"), or after "34-year-old "; "" when none or more
// than one (told apart by their last words).
func agedPerson(text, age string) string {
	found := ""
	add := func(n string) bool {
		if n == "" {
			return true
		}
		if found != "" && lastField(found) != lastField(n) {
			found = "-"
			return false
		}
		if len(n) > len(found) {
			found = n
		}
		return true
	}
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], age)
		if j < 0 {
			break
		}
		at, end := i+j, i+j+len(age)
		i = end
		if at > 0 && digit(text[at-1]) || end < len(text) && digit(text[end]) {
			continue
		}
		switch {
		case at >= 2 && text[at-2:at] == ", " && end < len(text) && strings.IndexByte(",.)", text[end]) >= 0:
			if !add(nameBefore2(text[:at-2])) {
				return ""
			}
		case strings.HasPrefix(text[end:], "-year-old "):
			if !add(nameAfter2(text[end+len("-year-old "):])) {
				return ""
			}
		}
	}
	if found == "-" {
		return ""
	}
	return found
}

// nameBefore2 is the name of two to four capitalised words that ends s,
// or "".
func nameBefore2(s string) string {
	ws := strings.Fields(s)
	k := len(ws)
	for k > 0 && capitalised(ws[k-1]) {
		k--
	}
	if n := len(ws) - k; n < 2 || n > 4 {
		return "" // (more: a heading in capitals, not a name)
	}
	return strings.Join(ws[k:], " ")
}

// nameAfter2 is the name of two to four capitalised words that opens s,
// or "".
func nameAfter2(s string) string {
	ws := strings.Fields(s)
	k := 0
	for k < len(ws) && k < 4 && capitalised(ws[k]) {
		k++
	}
	if k < 2 {
		return ""
	}
	return strings.Join(ws[:k], " ")
}

// capitalised reports whether w is a word of a name: a capital and then
// letters only (no comma or stop after it), and no word a sentence opens
// with in capitals (an article, a pronoun, a preposition, a conjunction:
// "On Monday Dana Whitfield, 34, ...") nor a day's or a month's name.
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || calendarNames.Has(w) || calendarNames.Has(strings.ToLower(w)) {
		return false
	}
	if l := strings.ToLower(w); subjectPronouns.Has(l) || prepositions.Has(l) || determiners.Has(l) || articleWords.Has(l) || titleConjunctions.Has(l) {
		return false
	}
	for _, r := range w[n:] {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
