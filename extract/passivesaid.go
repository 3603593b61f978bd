package extract

// passiveAct reports whether the verb of saying ws[i] stands in the
// passive with no one named as its agent ("Rourke was declared the winner
// on Oct. 4", "The first case was confirmed on April 11", "The result was
// announced on Sunday"): no speaker is told, and what the clause tells is
// the happening the verb makes known, not a statement of someone's. With
// its agent ("He was accused by the mayor on Wednesday") it stays the
// agent's statement; so does a verb of saying with a subject of its own.
func passiveAct(ws []word, i int) bool {
	if i == 0 || !announcingVerbs.Has(ws[i].w) && !performativeVerbs.Has(ws[i].w) {
		return false
	}
	// In the past: "ten people are confirmed dead" tells a count that
	// holds at the writing, not the act of a day.
	if ws[i-1].comma || !passiveAuxiliaries.Has(ws[i-1].w) || tenseOf(ws[i-1].w) >= 0 {
		return false
	}
	for k := 0; k < i-1; k++ {
		if subordinators.Has(ws[k].w) || relativePronouns.Has(ws[k].w) || ws[k].w == "that" {
			// "a day after the cases were confirmed": a clause of the
			// sentence's, not its own news.
			return false
		}
	}
	for k := i + 1; k < len(ws); k++ {
		if ws[k].w == "by" {
			return false
		}
		if ws[k].comma {
			break
		}
	}
	return true
}
