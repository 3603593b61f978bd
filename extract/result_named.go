package extract

import "strings"

// "The result" that opens a sentence after one telling of a vote, a ballot
// or a poll ("Nurses voted to accept the deal, with 64 percent in
// favour. The result was announced on May 8.") is that count's result:
// news leaves the "of the vote" to the sentence before, which a title does
// not have. The nouns of a count, the verbs that tell one (their noun the
// verb without its "d": "voted", "vote") and the nouns of a count's
// outcome are in data/words.txt.
var (
	tallyNouns   = wordSet("tally-nouns")
	tallyVerbs   = wordSet("tally-verbs")
	outcomeNouns = wordSet("vote-result-nouns")
)

// resultNamed returns title, which opens on "The" and an outcome noun
// ("The result was announced") as its sentence does, with the count the
// sentence before tells ("The result of the vote was announced"): the last
// tally noun of prev, or the noun of its last tally verb. "" when the
// title or its sentence open otherwise, the noun is followed by "of"
// already, or prev tells of no count.
func resultNamed(title, sentence, prev string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if len(ws) < 3 || ws[0] != "The" || !outcomeNouns.Has(ws[1]) || strings.EqualFold(ws[2], "of") || !strings.HasPrefix(sentence, ws[0]+" "+ws[1]+" ") {
		return ""
	}
	noun := ""
	var pwRoom fieldRoom
	for _, w := range fieldsIn(&pwRoom, prev) {
		w = strings.ToLower(strings.Trim(w, ".,;:\"“”()"))
		switch {
		case tallyNouns.Has(w):
			noun = w
		case tallyVerbs.Has(w):
			noun = strings.TrimSuffix(w, "d")
		}
	}
	if noun == "" {
		return ""
	}
	return ws[0] + " " + ws[1] + " of the " + noun + " " + strings.Join(ws[2:], " ")
}
