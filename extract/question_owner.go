package extract

import "strings"

// An explainer asks a question in a heading and answers it below:
// "**Where is the ferry now?** It was towed to port on 3 March." The pronoun
// that opens the answer stands for what the question asks about, the
// subject the question puts after its auxiliary ("is the ferry"). The
// question words and the auxiliaries are in data/words.txt.
var (
	answerQuestionWords = wordSet("answer-question-words")
	questionAuxiliaries = wordSet("question-auxiliaries")
	// ("Where is the ferry now?": words after the subject, not of it)
	questionTailWords = wordSet("question-tail-words")
)

// questionClause returns the question prev, a heading that asks about a
// thing ("How old is the tunnel?", "## Where is the ferry now?"), told as
// the statement it inverts ("the bridge is"): a question word, at most
// one more word ("How old", "How much"), an auxiliary, then the rest, the
// subject first, before its auxiliary; ownerSubject reads its subject. ""
// when prev is no such question: no question mark at its end, no
// auxiliary in the third word or sooner, a pronoun after it ("Should it
// have sailed?", "What did he say?": the pronoun's owner is no nearer).
func questionClause(prev string) string {
	q := strings.Trim(prev, "*#_ \t\n")
	if !strings.HasSuffix(q, "?") {
		return ""
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, strings.TrimSuffix(q, "?"))
	if len(ws) < 3 || !inSet(answerQuestionWords, ws[0]) {
		return ""
	}
	k := 1
	if !inSet(questionAuxiliaries, ws[k]) {
		k++
	}
	if !inSet(questionAuxiliaries, ws[k]) || k+1 >= len(ws) {
		return ""
	}
	if f := strings.ToLower(ws[k+1]); subjectPronouns.Has(f) || possessivePronouns.Has(f) || ownedPersonPronouns.Has(f) || thingPronouns.Has(f) || severalPronouns.Has(f) {
		return ""
	}
	end := len(ws)
	for end > k+2 && inSet(questionTailWords, ws[end-1]) {
		end--
	}
	rest := strings.Join(ws[k+1:end], " ")
	if strings.ContainsAny(rest, ",;:\"“”()") {
		return ""
	}
	return rest + " " + strings.ToLower(ws[k])
}
