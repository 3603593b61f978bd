package extract

import (
	"strings"
	"unicode"
)

// figureOrNameOwned reports whether a title opening on a thing's
// possessive ("Its", "Their") goes on with a figure ("Its 22 crew were
// airlifted off") or a name ("Its MV Lady Marisol ran aground") and then
// the owned noun or name in full before the verb: news copy counts or
// names what a ship, a firm or a club owns as readily as it tells a noun
// of it, and the owner is the same. Not a person's "His" or "Her" ("His
// Honour", "Her Majesty": forms of address), nor a figure that is a time
// ("Its 2019 results": a year tells when, not how many).
func figureOrNameOwned(ws []string, human bool) bool {
	if human || len(ws) < 4 {
		return false
	}
	w := strings.Trim(ws[1], ",")
	if w != ws[1] {
		return false
	}
	if unicode.IsDigit(firstRune(w)) {
		return len(w) < 4 && strings.Trim(w, "0123456789,") == "" && isLower(ws[2])
	}
	// A name: capitalised words, then a verb in lower case (any word
	// after a name in a title but a preposition, an article or a
	// conjunction: "ran", "sank", "won").
	for k := 1; k < len(ws) && k <= 5; k++ {
		if isLower(ws[k]) {
			lw := strings.ToLower(ws[k])
			return k > 1 && (auxiliaries.Has(lw) || pastVerb(lw) || verbAt(ws, k) || !prepositions.Has(lw) && !determiners.Has(lw) && !titleConjunctions.Has(lw) && !articleWords.Has(lw) && !strings.HasSuffix(lw, "ly"))
		}
		if strings.ContainsAny(ws[k], ",;:\"“”()") {
			return false
		}
	}
	return false
}
