package extract

import "strings"

// A correction tells what an earlier version of the story said, then the
// fact: "CORRECTION: An earlier version of this story said the ferries
// would resume Friday. They resume Tuesday." The pronoun that opens the fact
// names the subject of the clause the earlier version said (the thing
// corrected), never "an earlier version". The words of that opening are in
// data/words.txt: the label before it ("Correction:"), the word for the
// version ("earlier", "previous"), an adverb before the verb
// ("incorrectly") and the verb that says the clause ("said", "stated").
var (
	correctionLabels   = wordSet("correction-labels")
	earlierVersions    = wordSet("earlier-versions")
	correctionAdverbs  = wordSet("correction-adverbs")
	correctionSayVerbs = wordSet("correction-say-verbs")
	// ("of this story", "of the article")
	correctionDeterminers = wordSet("correction-determiners")
)

// correctedClause returns the clause a correction's opening sentence prev
// says an earlier version told ("the painting was recovered on Sunday." of
// "Correction: An earlier version of this article said the painting was
// recovered on Sunday."): after an optional label word and its colon, an article,
// an earlierVersions word, "version of", "this" or "the", one noun, an
// optional correctionAdverbs word, a correctionSayVerbs verb and an
// optional "that". "" when prev opens on no such words. Reads at most a
// dozen words.
func correctedClause(prev string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, prev)
	if len(ws) > 0 && strings.HasSuffix(ws[0], ":") && inSet(correctionLabels, strings.TrimSuffix(ws[0], ":")) {
		ws = ws[1:]
	} else if len(ws) > 0 && strings.HasSuffix(ws[0], ",") && inSet(correctionLabels, strings.TrimSuffix(ws[0], ",")) {
		// ("Correction, July 27, 2040: An earlier version ...": the
		// label with the day it was made.)
		for k := 1; k < len(ws) && k <= 4; k++ {
			if strings.HasSuffix(ws[k], ":") {
				ws = ws[k+1:]
				break
			}
		}
	}
	if len(ws) < 9 || !inSet(articleWords, ws[0]) || !inSet(earlierVersions, ws[1]) ||
		strings.ToLower(ws[2]) != "version" || strings.ToLower(ws[3]) != "of" || !correctionDeterminers.Has(ws[4]) {
		return ""
	}
	k := 6 // (ws[5], the story's noun: "story", "article", "report")
	if inSet(correctionAdverbs, ws[k]) {
		k++
	}
	if !inSet(correctionSayVerbs, ws[k]) {
		return ""
	}
	k++
	if k < len(ws) && strings.ToLower(ws[k]) == "that" {
		k++
	}
	if len(ws)-k < 3 {
		return ""
	}
	return strings.Join(ws[k:], " ")
}

// shortClause reports whether t is a clause of two or three words, a
// subject and its verb ("The ferries resume", "The painting was recovered"):
// too short for publishable, which wants four, but whole. A correction's
// fact is often no longer, and so is a sentence of a story's telling ("He
// vanished shortly after dusk on Friday"); named, it tells its happening.
func shortClause(t string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	return len(ws) >= 2 && len(ws) <= 3 && !isLower(ws[0]) && isLower(ws[len(ws)-1]) && !strings.ContainsAny(t, ",;:\"“”")
}
