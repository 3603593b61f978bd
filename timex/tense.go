package timex

import (
	"strings"
)

// tense is the time reference of a clause, as far as the words show it.
type tense uint8

const (
	noTense tense = iota
	past
	present
	future
	// reportedFuture is a future inside speech reported in the past ("she
	// said he will arrive on Tuesday"): it is seen from the time of saying,
	// so a bare weekday there is the nearest one.
	reportedFuture
)

// sentenceEnd reports whether token k ends a sentence or clause.
func (t *Tagger) sentenceEnd(k int) bool {
	switch t.toks[k].low {
	case "!", "?", ";":
		return true
	case ".":
		if k > 0 && t.adj(k) {
			prev := t.toks[k-1].low
			if abbreviations.Has(prev) || len(prev) == 1 && !t.digitEnd(k) {
				return false
			}
			// A period that a comma or a lower-case word follows ends an
			// abbreviation, not a sentence: "Rancho Mirage, Calif., on
			// Thursday night".
			if n := k + 1; n < len(t.toks) && (t.toks[n].low == "," || t.toks[n].kind == tWord && !t.toks[n].cap && !t.toks[n].nl) {
				return false
			}
		}
		return true
	}
	return false
}

// digitEnd reports whether the period at k after a single digit ends a
// sentence: a score or a number that closes it ("Rovers lost 2-1. The
// club on Saturday hosts the leaders", "on Route 9. The council ..."),
// before a capitalised word; not the number of an item that opens its
// line ("1. Talks open").
func (t *Tagger) digitEnd(k int) bool {
	n := k + 1
	return t.toks[k-1].kind == tNum && !t.lineStart(k-1) && k > 1 && n < len(t.toks) && t.toks[n].kind == tWord && t.toks[n].cap && t.toks[n].space
}

// marker gives the tense a single word signals, reading the word once
// per text; none past either end of the text.
func (t *Tagger) marker(k int) tense {
	if k < 0 || k >= len(t.toks) {
		return noTense
	}
	if m := t.marks[k]; m != 0 {
		return tense(m - 1)
	}
	m := t.markerOf(k)
	t.marks[k] = uint8(m) + 1
	return m
}

// markerOf is marker without the memo.
func (t *Tagger) markerOf(k int) tense {
	tok := &t.toks[k]
	if tok.kind != tWord {
		return noTense
	}
	w := tok.low
	if w == "am" && k > 0 && t.toks[k-1].kind == tNum {
		// "at 2 am Saturday": the clock's "am", not the verb.
		return noTense
	}
	if t.w(k+1) == "than" {
		// "will take place no earlier than Friday": a comparison, not
		// the past that "earlier" tells alone ("said earlier").
		return noTense
	}
	if w == "last" && t.lastWeekdayOf(k) {
		// "will be held on the last Friday in May": the ordinal of a
		// weekday of a month, no past.
		return noTense
	}
	if w == "last" && possessives.Has(t.w(k-1)) {
		// "will play its last home game on Saturday", "their last
		// match is on Friday": after a possessive "last" is the
		// adjective of order ("final"), no past; the past "last" is the
		// adverb ("when she was last seen"). After "the" it is left a
		// past: "brought up what they said would be the last bodies on
		// Friday" tells of what was done.
		return noTense
	}
	if t.prepositionAdjective(k) {
		// "The board meets in closed session Tuesday", "talks behind
		// closed doors on Friday": an -ed word between a preposition
		// (and its article) and a noun qualifies the noun; a finite past
		// never follows a preposition.
		return noTense
	}
	if w == "will" && t.willNoun(k) {
		// "according to a will filed in probate court on Tuesday": the
		// noun, no future.
		return noTense
	}
	switch w {
	case "ll", "d":
		if k > 0 && t.apostrophe(k-1) {
			if w == "ll" {
				return future
			}
			return noTense
		}
		return noTense
	case "would":
		return reportedFuture
	case "to":
		// "preparing for the measures to be voted on Thursday", "was to
		// be held Friday": a passive infinitive looks ahead of the
		// clause it hangs on, as "would" does; after a present form of
		// "be" ("He is to be buried on Wednesday"), ahead of now.
		if t.w(k+1) == "be" && k+2 < len(t.toks) && t.participle(k+2) {
			if presentCopulas.Has(t.w(k-1)) || t.headlineSubject(k) {
				return future
			}
			if k > 1 && (planWords.Has(t.w(k-1)) && presentCopulas.Has(t.w(k-2)) || presentPlanVerbs.Has(t.w(k-1))) {
				// "He is due to be sentenced on Tuesday", "The results
				// are expected to be announced at 4 a.m.": after a plan
				// told in the present, ahead of now, as after "is"
				// ("was due to be" is a plan as it stood, seen from
				// then).
				return future
			}
			return reportedFuture
		}
		if t.headlineTo(k) {
			return future
		}
		return noTense
	}
	if t.w(k+1) == "to" && arrangementCopulas.Has(w) {
		return future // "is to resume trading"
	}
	if arrangementCopulas.Has(w) && directiveParts.Has(t.w(k+1)) && t.w(k+2) == "to" {
		// "Those attending the service on Thursday are asked to arrive
		// early", "Residents are urged to stay indoors on Saturday": a
		// directive given now looks ahead.
		return future
	}
	if t.w(k+1) == "to" && pastArrangeCopulas.Has(w) && t.w(k+2) != "have" && k+2 < len(t.toks) && t.toks[k+2].kind == tWord && !t.toks[k+2].cap && (t.functionFree(k+2) || t.w(k+2) == "be") {
		// "a tour that was to open in London on Sept. 12": the plan as
		// it stood, a future seen from then.
		return reportedFuture
	}
	if arrangeVerbs.Has(w) && !planWords.Has(w) && !tok.cap && t.w(k+1) == "for" && passiveAuxes.Has(t.before(k)) && (weekdays[t.w(k+2)] != 0 || monthNames[t.w(k+2)] != 0 || monthAbbrevs[t.w(k+2)] != 0) {
		// "Parliament was recalled for Thursday", "A strike was called
		// for Monday": the day set, as "was scheduled for" sets it, a
		// future seen from the setting (not "had called for", a demand).
		return reportedFuture
	}
	if planWords.Has(w) {
		if t.w(k+1) == "to" || t.w(k+1) == "for" && planForWords.Has(w) || presentPlans.Has(w) && t.toAfterObject(k) ||
			arrangeVerbs.Has(w) && t.forAfterObject(k) {
			if copulaPlans.Has(w) && !copulas.Has(t.w(k-1)) && !t.commaPlan(k) {
				// "due to low light", "due to the storm": a cause, not a
				// schedule, which a copula opens ("is due to appear");
				// "raised its forecast to 3 percent" is a noun's.
				return noTense
			}
			if t.planStood(k) {
				// "was due to arrive Tuesday", "had been scheduled for
				// Thursday", "had expected to testify on Thursday", "A
				// summit set to open on Thursday was postponed": a plan
				// as it stood in the past, for a day that may now be
				// behind.
				return reportedFuture
			}
			return future
		}
		if participlePlans.Has(w) && t.withPlan(k) {
			// "Polls closed on Friday, with results expected Sunday": a
			// plan as it stood when the past happened, the nearest day;
			// "Polls close on Friday, with results expected Monday"
			// looks ahead.
			if t.pastBeforeWith(k) {
				return reportedFuture
			}
			return future
		}
		if presentCopulas.Has(t.w(k-1)) && participlePlans.Has(w) {
			// "The vote is expected on Monday", "Elections are due in
			// November": what is expected now lies ahead.
			return future
		}
		if t.planStood(k) && pastPartPlans.Has(w) {
			// "The envoy was due in Cairo on Tuesday": a plan as it
			// stood, as "was due to" is.
			return reportedFuture
		}
	}
	if m := t.prospectGerund(k); m != noTense {
		return m
	}
	if futureWords.Has(w) || awaitingWords.Has(w) && !adjectiveCues.Has(t.w(k-1)) {
		// "pending trial in September": what is awaited lies ahead.
		return future
	}
	if t.calendarVerb(k) && !tok.cap && t.scheduledVerb(k) {
		return present
	}
	if !tok.cap && futureModals.Has(w) && t.modalPerfect(k) {
		// "whether the guide should have taken the group onto the
		// slope on Saturday", "may have been killed on Monday": a modal
		// perfect tells of the past, whatever the future of the clause
		// it hangs on.
		return past
	}
	if !tok.cap && futureModals.Has(w) && t.w(k+1) != "have" && !modalNounCues.Has(t.w(k-1)) && !(w == "could" && t.couldPast(k)) {
		// The modal looks ahead: "may visit in March", "could reach 40C
		// on Sunday", "could be declared over in April"; not "may have
		// been killed", nor "could not be reached Monday", "could be
		// seen" (could-stops, could-be-past), a past.
		return future
	}
	if w == "effective" || w == "effect" && effectVerbs.Has(t.w(k-1)) {
		return future // "takes effect Jan. 1"
	}
	if w == "force" && t.w(k-1) == "into" && forceVerbs.Has(t.w(k-2)) {
		return future // "comes into force on 1 April", as "takes effect"
	}
	if warningVerbs.Has(w) && t.w(k+1) == "of" && !tok.cap && (w == "warns" || w == "warned" && perfectAuxes.Has(t.before(k))) {
		// "The office warns of floods for Friday", "Forecasters have
		// warned of strong winds for Thursday": a warning that holds now
		// is of what lies ahead of now, as "has forecast" is.
		return future
	}
	if warningVerbs.Has(w) && t.w(k+1) == "of" {
		// "warned of heavy snow on Sunday": what is warned of lies
		// ahead of the warning, a future seen from it.
		return reportedFuture
	}
	if forecastVerbs.Has(w) && !tok.cap && (perfectAuxes.Has(t.before(k)) || presentCopulas.Has(t.before(k))) {
		// "The weather service has forecast more showers until
		// Tuesday", "Rain is forecast for Saturday": what is forecast
		// now lies ahead of now.
		return future
	}
	if forecastVerbs.Has(w) && !tok.cap && t.forecastFor(k) {
		// "The agency forecast heavy snow for Saturday": what is
		// forecast for a day lies ahead of the forecast, a future seen
		// from it, as a warning of a day is (unsureAhead).
		return reportedFuture
	}
	if intentVerbs.Has(w) && !tok.cap && t.before(k) != "be" && !(arrangementCopulas.Has(t.before(k)) && directiveParts.Has(w)) && t.toAfterObject(k) {
		// "agreed to buy the unit in February", "ordered both sides to
		// return to court on Friday": the purchase lies ahead of the
		// agreement, a future seen from the past. After "be" the modal
		// before it decides ("will be asked to vote on Wednesday"), after
		// "is" or "are" the directive the copula makes.
		return reportedFuture
	}
	if !tok.space && k > 1 && t.w(k-1) == "-" && !t.toks[k-1].space && t.toks[k-2].kind == tWord && (pastVerbs.Has(w) || strings.HasSuffix(w, "ed")) {
		// "will face the Green-backed economist on May 22", "a Saudi-led
		// coalition": a past form a hyphen joins to the word before is
		// part of an adjective, no verb.
		return noTense
	}
	if (pastVerbs.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")) && !tok.cap && t.passiveNounPhrase(k) {
		return noTense
	}
	if pastVerbs.Has(w) {
		if prev := t.before(k); auxiliaries.Has(prev) && !t.willNoun(k-1) || prev == "to" || modals.Has(prev) {
			// A participle ("would be paid", "is held"): the auxiliary
			// decides. After "to" or a modal the word is the plain verb
			// its past form looks like ("expected to last until Friday",
			// "could hit the coast on Sunday").
			return noTense
		}
		return past
	}
	if (plainPastVerbs.Has(w) || agreedPastVerbs.Has(w)) && !tok.cap && t.sharedPerfect(k) {
		// "Shares have fallen this year and hit a record low on
		// Wednesday": the participle of the perfect before "and", its
		// auxiliary shared, not a present.
		return past
	}
	if plainPastVerbs.Has(w) && !tok.cap && t.plainPast(k) {
		return past
	}
	if agreedPastVerbs.Has(w) && !tok.cap && t.agreedPast(k) {
		return past
	}
	if presentWords.Has(w) {
		if w == "now" && k > 0 && modals.Has(t.w(k-1)) && !t.toks[k-1].cap {
			// "The launch will now take place in May": an adverb after
			// a modal, which gives the clause its tense.
			return noTense
		}
		return present
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w) && !tok.cap {
		switch prev := t.before(k); {
		case auxiliaries.Has(prev) && !t.willNoun(k-1) || prev == "to":
			// A participle ("will be paid", "is expected", "is to be
			// formally sentenced", "when he's sentenced"): the auxiliary
			// decides.
			return noTense
		case adjectiveCues.Has(prev):
			// An -ed word after a determiner or a degree adverb is an
			// adjective ("a still unspecified date", "the increased
			// dividend", "a newly formed group"), not a past verb.
			return noTense
		case k > 1 && t.toks[k-1].kind == tWord && !t.toks[k-1].cap && !strings.HasSuffix(t.w(k-1), "ed") &&
			(modals.Has(t.w(k-2)) || t.w(k-2) == "to"):
			// "would publish audited results in June", "to release
			// revised figures": an -ed word right after the plain verb
			// a modal or "to" governs is an adjective of its object.
			return noTense
		case k > 2 && objectQuantifiers.Has(t.w(k-1)) && t.toks[k-2].kind == tWord && !t.toks[k-2].cap && !strings.HasSuffix(t.w(k-2), "ed") &&
			(modals.Has(t.w(k-3)) || t.w(k-3) == "to"):
			// "would delist all affected properties from 15 December",
			// "to compensate some injured workers": after a quantifier
			// that opens the object of the plain verb a modal or "to"
			// governs, an -ed word is an adjective of the object too
			// ("all" before a verb is a subject's: "they all voted").
			return noTense
		case t.objectAdjective(k):
			// "would hand out free canned food on Saturday", "will fly
			// out injured climbers on Monday": an adjective of the
			// object of a phrasal verb that a modal or "to" governs.
			return noTense
		case adjectivePreps.Has(prev) && t.toks[k-1].kind == tWord && t.attributeNoun(k):
			// "replace them with prefabricated classrooms by June", "the
			// cost of imported goods": an -ed word between a preposition
			// and a lower-case word that is no preposition or coordinator
			// is an adjective of the noun.
			return noTense
		}
		return past
	}
	return noTense
}

// reportedGathering reports whether the weekday at token i, after "on",
// dates a sitting or a gathering (set-event-nouns, gathering-nouns) that
// heads the subject of a clause a verb of saying reports with no "that":
// the verb, a determiner or a possessive ("its", "the"), the noun, then at
// most a phrase a preposition opens, with no comma and no verb, before
// "on" ("said its protest outside his office on Saturday would go
// ahead"). In news English the day is the gathering's, and the reported
// clause's verb after it, not the saying, tells whether it lies ahead.
func (t *Tagger) reportedGathering(i int) bool {
	if t.w(i-1) != "on" {
		return false
	}
	n := t.gatheringBefore(i)
	return n >= 2 && subjectDets.Has(t.w(n-1)) && reportingVerbs.Has(t.w(n-2)) && !t.toks[n-2].cap
}

// gatheringBefore returns the token of the noun of a sitting or a
// gathering (set-event-nouns, gathering-nouns) before the preposition
// that stands before token at: the noun, then at most a phrase a
// preposition opens, with no comma and no verb, seven tokens at most
// ("its protest outside his office on", "a rally at the courthouse
// for"); -1 when there is none.
func (t *Tagger) gatheringBefore(at int) int {
	for n := at - 2; n >= 0 && n >= at-9; n-- {
		if t.sentenceEnd(n) || t.toks[n].kind != tWord && !t.apostrophe(n) || t.marker(n) != noTense {
			return -1
		}
		if w := t.w(n); !setEventNouns.Has(w) && !gatheringNouns.Has(w) {
			continue
		}
		if n+1 < at-1 && !prepositions.Has(t.w(n+1)) {
			return -1
		}
		return n
	}
	return -1
}

// arrangedFor reports whether the weekday at token at, after "for", is
// the day a sitting or a gathering (set-event-nouns, gathering-nouns) is
// set for by a verb of arranging or announcing whose object it is
// (arrange-verbs, perfect-arrange-verbs): "The group announced a rally for
// Saturday", "has called a protest outside the mayor's office for
// Saturday", "set a hearing at the county courthouse for Monday". What a
// thing is arranged for lies ahead of the arranging, in any tense: a
// gathering gone by is told as held ("held a rally on Saturday"), not
// arranged for its day. Between the verb and the noun at most three words
// (a determiner, adjectives, a possessive); between the noun and "for" a
// phrase that a preposition opens, with no comma and no verb, seven
// tokens at most. A plan as it stood in the past ("had been scheduled")
// is left to its tense.
func (t *Tagger) arrangedFor(at int) bool {
	if t.w(at-1) != "for" || t.possessive(at+1) {
		return false
	}
	n := t.gatheringBefore(at)
	for k := n - 1; n >= 0 && k >= 0 && k >= n-4; k-- {
		if t.toks[k].kind != tWord && !t.apostrophe(k) || t.sentenceEnd(k) {
			return false
		}
		if w := t.w(k); (arrangeVerbs.Has(w) || perfectArrange.Has(w)) && !t.toks[k].cap {
			return !t.planStood(k)
		}
		if t.marker(k) != noTense || prepositions.Has(t.w(k)) {
			return false
		}
	}
	return false
}

// objectAdjective reports whether the -ed word at k stands in the object
// of a plain verb that a modal or "to" governs, after the verb's particle
// (verb-particles) and at most one lower-case word that qualifies the
// object, with a lower-case word after it, the noun: "will hand out
// cooked meals", "would hand out free canned food", "to set up heated
// tents". In news English a finite past cannot follow a verb and its
// particle with no "that", pronoun or plural subject between, so the
// -ed word is an adjective of the object and the modal gives the clause
// its tense ("Police handed out cooked meals" keeps its past, the verb's).
func (t *Tagger) objectAdjective(k int) bool {
	j := k - 1
	if j < 2 || !t.lowerWord(j) || !t.attributeNoun(k) {
		return false
	}
	if !verbParticles.Has(t.w(j)) {
		q := t.w(j)
		if strings.HasSuffix(q, "s") || strings.HasSuffix(q, "ed") || subjectPronouns.Has(q) || !t.functionFree(j) || presentWords.Has(q) || futureWords.Has(q) {
			return false
		}
		j--
		if !verbParticles.Has(t.w(j)) {
			return false
		}
	}
	v := j - 1
	if v < 1 || !t.lowerWord(v) || strings.HasSuffix(t.w(v), "ed") || !t.functionFree(v) {
		return false
	}
	p := t.before(v)
	return modals.Has(p) && !t.willNoun(v-1) || p == "to"
}

// prepositionAdjective reports whether the -ed word at k stands right
// after a preposition, or after a preposition and "a", "an" or "the", with
// a lower-case word after it: "in closed session", "behind closed doors",
// "at a packed meeting". "To" is left out ("to used cars" is rare, "to
// be" common), and "as" ("as expected, ...").
func (t *Tagger) prepositionAdjective(k int) bool {
	if k < 1 || !strings.HasSuffix(t.toks[k].low, "ed") || !t.lowerWord(k+1) || !t.toks[k+1].space {
		return false
	}
	p := k - 1
	if prepArticles.Has(t.w(p)) {
		p--
	}
	q := t.w(p)
	return p >= 0 && t.lowerWord(p) && prepositions.Has(q) && q != "to" && q != "as"
}

// lowerWord reports whether token j is a lower-case word on the line of
// the word before it.
func (t *Tagger) lowerWord(j int) bool {
	return j >= 0 && j < len(t.toks) && t.toks[j].kind == tWord && !t.toks[j].cap && !t.toks[j].nl
}

// passiveNounPhrase reports whether the past form at k stands between a
// lower-case noun and "by" with a name after it, a particle allowed
// between ("the inquiry led by Sir Alan Moss", "the audit carried out by
// Deloitte"). In news English that is the passive participle of a noun
// phrase, which tells no time of the clause: "said she would wait for the
// report of the panel chaired by Judge Rosa Lind, due in March" looks
// ahead with "would". An active past with "by" has an amount after it
// ("fell by 5 percent", "led by three strokes") or a name or pronoun
// before it ("Smith led by ...").
func (t *Tagger) passiveNounPhrase(k int) bool {
	j := k + 1
	if passiveParticles.Has(t.w(j)) {
		j++
	}
	if t.w(j) != "by" || j+1 >= len(t.toks) || t.toks[j+1].kind != tWord || !t.toks[j+1].cap {
		return false
	}
	if k == 0 || t.toks[k-1].kind != tWord || t.toks[k-1].cap {
		return false
	}
	prev := t.w(k - 1)
	return !nounBefore.Has(prev) && !auxiliaries.Has(prev) && !modals.Has(prev) && !relPronouns.Has(prev) && !notVerbs.Has(prev) && !prepositions.Has(prev)
}

// singularSubjectOf reports whether the -s form at k follows a determiner
// and a singular noun that open the sentence, with no past form after it
// before the end of the sentence, up to twelve words on: "The festival
// returns in December", said in January, is a verb of the calendar;
// "The tax returns in December showed a rise" has its verb after it.
func (t *Tagger) singularSubjectOf(k int) bool {
	d, n := k-2, k-1
	if d < 0 || !subjectDets.Has(t.w(d)) || !t.sentenceStart(d) || t.toks[n].cap || strings.HasSuffix(t.w(n), "s") || !t.subjectEnd(n) || t.verbForm(n) != noTense {
		return false
	}
	for j := k + 1; j < len(t.toks) && j <= k+12 && !t.sentenceEnd(j); j++ {
		if t.verbForm(j) == past || t.participle(j) {
			return false
		}
	}
	return true
}

// pastRightAfter reports whether the weekday at token at, after a noun
// and "on" ("data on Friday"), is followed by a past form with no
// preposition after it ("data on Friday showed inflation easing"): the
// noun is the subject of that past, and the weekday dates it. Not a
// participle that qualifies what comes before ("will arrive on Friday
// accompanied by his wife"), nor one after a name or an auxiliary.
func (t *Tagger) pastRightAfter(at int) bool {
	if t.w(at-1) != "on" || at < 2 || !t.subjectEnd(at-2) || t.toks[at-2].cap || t.verbForm(at-2) != noTense {
		return false
	}
	j := at + 1
	if partsOfDay[t.w(j)] != "" {
		j++
	}
	if t.marker(j) != past || t.toks[j].cap || pastAuxes.Has(t.w(j)) {
		return false
	}
	n := t.w(j + 1)
	return j+1 < len(t.toks) && t.toks[j+1].kind == tWord && !prepositions.Has(n) && n != "to" && !coordinators.Has(n)
}

// prospectGerund gives the tense of the gerund at k after a verb of
// weighing a prospect (prospect-verbs), past "about" or "of" or not: "are
// already talking about coming back in December", "is considering moving
// its games in September", "were thinking about running again in
// November". The deed lies ahead of the weighing, which the form puts now
// or just gone by: a future.
func (t *Tagger) prospectGerund(k int) tense {
	w := t.toks[k].low
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || t.toks[k].cap || k < 1 {
		return noTense
	}
	v := k - 1
	if prospectPreps.Has(t.w(v)) {
		v--
	}
	if v < 0 || !prospectVerbs.Has(t.w(v)) || t.toks[v].cap {
		return noTense
	}
	return future
}

// attributeNoun reports whether token k+1 is a lower-case word that is no
// preposition, coordinator or "to": what an adjective at k may qualify.
func (t *Tagger) attributeNoun(k int) bool {
	if k+1 >= len(t.toks) {
		return false
	}
	n := &t.toks[k+1]
	return n.kind == tWord && !n.cap && !n.nl && !prepositions.Has(n.low) && !coordinators.Has(n.low) && n.low != "to"
}

// noMarkerBetween reports whether no word after token a and before token
// b is a marker of tense.
func (t *Tagger) noMarkerBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if t.marker(j) != noTense {
			return false
		}
	}
	return true
}

// sharedPerfect reports whether the verb at k, whose past and plain
// forms are one, comes right after "and" or "but" that close a present
// perfect within eight words, in the same sentence and with no comma
// ("have fallen 30 percent this year and hit", "has resigned and quit"):
// it is a second participle of that perfect.
func (t *Tagger) sharedPerfect(k int) bool {
	if k < 3 || !coordinators.Has(t.w(k-1)) {
		return false
	}
	for j := k - 3; j >= 0 && j >= k-10; j-- {
		if t.toks[j].kind == tPunct || t.sentenceEnd(j) {
			return false
		}
		if perfectAuxes.Has(t.w(j)) && (t.participle(j+1) || enParticiples.Has(t.w(j+1))) {
			return true
		}
	}
	return false
}

// willNoun reports whether the "will" at k is the noun, after one of
// will-noun-cues ("a will filed on Tuesday", "against his will"): a past
// form after it is a participle of the past ("filed"), no passive the
// auxiliary "will" makes.
func (t *Tagger) willNoun(k int) bool {
	return t.w(k) == "will" && k > 0 && willNounCues.Has(t.w(k-1))
}

// headed reports whether the marker at k is one of headed-verbs, or "was"
// or "were" before one ("The delegation was headed Thursday to Seoul",
// "The envoy was heading Tuesday to Cairo").
func (t *Tagger) headed(k int) bool {
	return headedVerbs.Has(t.w(k)) || (t.w(k) == "was" || t.w(k) == "were") && headedVerbs.Has(t.w(k+1))
}

// departedFor reports whether the marker at k is a past of setting out
// (departure-verbs) right before the weekday at token at ("on" between or
// not), with "for" right after the weekday or a part of the day after it:
// "left Tuesday for talks in Beijing", "flew on Wednesday night for
// Brussels"; a verb of particle-departure-verbs or departure-verbs with its
// particle (departure-particles) too: "set off on Tuesday for Geneva". Not
// in a relative clause ("who left Tuesday for Africa"),
// which tells of the journey as gone by; "flew Tuesday to Africa" (a
// place reached, no purpose) is left to the past.
func (t *Tagger) departedFor(k, at int) bool {
	if k < 0 || relPronouns.Has(t.w(k-1)) {
		return false
	}
	v := k + 1 // the word after the verb and its particle, if any
	switch {
	case departureParticles.Has(t.w(v)) && (departureVerbs.Has(t.w(k)) || particleDepartures.Has(t.w(k))):
		// "The delegation set off on Tuesday for Geneva", "flew out
		// Tuesday for talks".
		v++
	case !departureVerbs.Has(t.w(k)):
		return false
	}
	if !(at == v || at == v+1 && t.w(v) == "on") {
		return false
	}
	j := at + 1
	if partsOfDay[t.w(j)] != "" {
		j++
	}
	return t.w(j) == "for"
}

// infinitiveNow reports whether the marker at k is the "to" of a passive
// infinitive ("to be published") that no verb before it in its clause
// governs, so that it hangs on a noun ("Results to be published on
// Monday"), and whose sentence's first marker after the weekday at token
// at, within twenty words, is a present or a future: "Results to be
// published on Monday are expected to show the party ahead" is a plan
// that holds now, ahead of the story. One under a past ("Results to be
// published on Monday were expected to ...") is left to the plan as it
// stood.
func (t *Tagger) infinitiveNow(k, at int) bool {
	if k < 0 || k >= at || t.w(k) != "to" || t.w(k+1) != "be" {
		return false
	}
	for j := t.clauseStart(k); j < k; j++ {
		if t.marker(j) != noTense {
			return false
		}
	}
	for j := at + 1; j < len(t.toks) && j <= at+20 && !t.sentenceEnd(j-1); j++ {
		switch t.marker(j) {
		case present, future:
			return true
		case noTense:
		default:
			return false
		}
	}
	return false
}

// unsureAhead reports whether the weekday at token at, in a clause whose
// future seen from the past the marker at k gives, is for a day whose
// side of the story the text does not tell: a start or a thing set for
// a day in the pluperfect ("The trial had been set to start Monday", "had
// been scheduled for Friday"; start-verbs), a plan that no longer holds
// and whose day may have passed or not, or a day "for" which a warning in the past was given
// ("has said it warned of waves for Thursday and Friday"; past-warning-
// verbs), which lies ahead of a warning of a day not named. The
// nearest such day is kept when it is the day next to the story or the
// story's own (resolveWeekday); further, either side may be the one meant.
func (t *Tagger) unsureAhead(at, k int) bool {
	if k < 0 || k >= at {
		return false
	}
	w := t.w(k)
	if planWords.Has(w) && t.planStood(k) {
		if b := t.before(k); b != "had" && !(b == "been" && t.w(k-2) == "had") {
			return false
		}
		// The start of a thing set in the pluperfect did not come (it
		// would be told as begun), and the day it was set for may be
		// either side of the story; so may a day set with "for". A
		// deadline that "had been due to expire Friday", extended, is
		// mostly the one just gone by, and a plan of another verb ("had
		// expected to testify") is left to the nearest day.
		return t.w(k+1) == "to" && startVerbs.Has(t.w(k+2)) || t.w(k+1) == "for" || t.w(k+1) == "on" || weekdays[t.w(k+1)] != 0
	}
	if pastWarningVerbs.Has(w) && t.w(k+1) == "of" && !perfectAuxes.Has(t.before(k)) || forecastVerbs.Has(w) && t.forecastFor(k) {
		j := at - 1
		for j > k && (weekdays[t.w(j)] != 0 || t.w(j) == "and" || t.w(j) == "or" || t.w(j) == ",") {
			j--
		}
		return t.w(j) == "for"
	}
	return false
}

// forecastFor reports whether the verb of forecasting at k (forecast-verbs),
// no noun after a determiner and no perfect ("has forecast" holds now),
// has "for" and a weekday after its object, within six words and no comma
// ("forecast heavy snow for Saturday", "predicted a rate cut for Friday's
// meeting"). The forecast was made on a day the text does not name.
func (t *Tagger) forecastFor(k int) bool {
	if p := t.w(k - 1); nounBefore.Has(p) || adjectiveCues.Has(p) || perfectAuxes.Has(t.before(k)) {
		return false
	}
	for j := k + 1; j < len(t.toks) && j <= k+6; j++ {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) || clauseOpeners.Has(t.w(j)) {
			return false
		}
		if t.w(j) == "for" {
			return weekdays[t.w(j+1)] != 0
		}
	}
	return false
}

// couldPast reports whether the "could" at k is the past of "can": before
// one of could-stops ("could not", "could only"), or "be" and a verb of
// perceiving or reaching (could-be-past: "could be seen").
func (t *Tagger) couldPast(k int) bool {
	return couldStops.Has(t.w(k+1)) || t.w(k+1) == "be" && couldBePast.Has(t.w(k+2)) || t.purposeCould(k)
}

// purposeCould reports whether the "could" at k ends a clause of purpose
// that "so that" opens, its subject of at most three words between ("The
// plan was postponed so that officials could work out details over the
// weekend"): the past of "can", as a future would say "can" there.
func (t *Tagger) purposeCould(k int) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if t.w(j) == "that" && t.w(j-1) == "so" {
			return j < k-1
		}
		if t.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// futureBefore reports whether the nearest marker of tense before token k
// in its sentence is a future, and not a plan word after a determiner ("a
// planned vigil for Gray, killed by police" tells of the past).
func (t *Tagger) futureBefore(k int) bool {
	for j := k - 1; j >= 0 && k-j < 40 && !t.sentenceEnd(j) && !t.toks[j+1].nl; j-- {
		if m := t.marker(j); m != noTense {
			return m == future && !adjectiveCues.Has(t.w(j-1))
		}
	}
	return false
}

// toAfterObject reports whether "to" follows the verb at k, right after
// it or after an object of at most three words that are no function words
// ("agreed to", "ordered both sides to", "expected the deal to"; not
// "asked about the plan to"); a weekday right after the verb, with "on"
// or not, is the verb's day and is passed over ("agreed on Thursday to"),
// and so is a vote's tally ("voted 5-4 late Tuesday to close"): news
// English writes the count of a vote right after its verb, and it is no
// object.
func (t *Tagger) toAfterObject(k int) bool {
	end, first := k+4, k+1 // first: the first word after the verb (and its tally)
	for j := k + 1; j < len(t.toks) && j <= end; j++ {
		if t.w(j) == "to" {
			return true
		}
		if t.w(j) == "-" && t.adj(j) && t.adj(j+1) {
			// "expect second-half sales to improve": a hyphen inside a
			// word of the object, which counts as one word.
			end += 2
			continue
		}
		if j == first && t.tallyLen(j) > 0 {
			// "voted 5-4 to close", "ruled 6-3 to uphold": a tally
			// right after the verb is no object; "to" after it still
			// opens what was voted for.
			end += 3
			j += 2
			first = j + 1
			continue
		}
		if weekdays[t.w(j)] != 0 && t.toks[j].cap && j == first {
			// "agreed Thursday to invite": the day of the verb, no
			// object.
			end++
			continue
		}
		if t.w(j) == "on" && j == first && weekdays[t.w(j+1)] != 0 && t.toks[j+1].cap {
			// "agreed on Thursday to invite six countries".
			end += 2
			j++
			continue
		}
		if prepositions.Has(t.w(j)) && custodyNouns.Has(t.w(j+1)) {
			// "held him in custody to appear on Nov. 4", "was
			// remanded on bail to appear": where the order keeps the
			// defendant goes with the object.
			end += 2
			j++
			continue
		}
		if t.toks[j].kind != tWord || j > first && !t.functionFree(j) && !nounBefore.Has(t.w(j)) || prepositions.Has(t.w(j)) || clauseOpeners.Has(t.w(j)) {
			return false
		}
	}
	return false
}

// tallyLen gives the number of tokens of a vote's tally at j ("5-4",
// three tokens), else 0: the count news English writes right after the
// verb of a vote ("voted 5-4 on Monday to close"), no object of it.
func (t *Tagger) tallyLen(j int) int {
	if j >= 0 && j+2 < len(t.toks) && t.toks[j].kind == tNum && t.toks[j].num >= 0 && t.w(j+1) == "-" && t.adj(j+1) && t.adj(j+2) && t.toks[j+2].kind == tNum && t.toks[j+2].num >= 0 {
		return 3
	}
	return 0
}

// forAfterObject reports whether "for" follows the verb at k after its
// object, within a few words ("who set sentencing for June 12", "called a
// strike for Monday"), as toAfterObject reads "to", and sets a day: a time
// opens what "for" governs (forTime), or the object is a date or a thing
// set for one (date-nouns, set-event-nouns: "set a date for the vote").
// "Tesla set a record for deliveries on Tuesday" sets no day.
func (t *Tagger) forAfterObject(k int) bool {
	for j := k + 2; j < len(t.toks) && j <= k+4; j++ {
		if t.w(j) == "for" {
			if t.forTime(j + 1) {
				return true
			}
			for o := k + 1; o < j; o++ {
				if w := t.w(o); dateNouns.Has(w) || setEventNouns.Has(w) || setEventNouns.Has(strings.TrimSuffix(w, "s")) {
					return true
				}
			}
			return false
		}
		if t.toks[j].kind != tWord || !t.functionFree(j) && !nounBefore.Has(t.w(j)) || prepositions.Has(t.w(j)) || clauseOpeners.Has(t.w(j)) {
			return false
		}
	}
	return false
}

// forTime reports whether the words from token j open a time: a number, a
// weekday, a month, a holiday's word ("for Christmas"), or one of
// for-time-words ("next", "later"), past "the"
// or "this" before one of them or of for-time-nouns ("the weekend", "the
// following Monday", "the end of the month").
func (t *Tagger) forTime(j int) bool {
	if j >= len(t.toks) {
		return false
	}
	if t.toks[j].kind == tNum || weekdays[t.w(j)] != 0 || monthNames[t.w(j)] != 0 || monthAbbrevs[t.w(j)] != 0 || forTimeWords.Has(t.w(j)) || holidayWords.Has(t.w(j)) {
		return true
	}
	if w := t.w(j); (w == "the" || w == "this") && j+1 < len(t.toks) {
		n := t.w(j + 1)
		return t.toks[j+1].kind == tNum || weekdays[n] != 0 || monthNames[n] != 0 || monthAbbrevs[n] != 0 || forTimeWords.Has(n) || forTimeNouns.Has(n)
	}
	return false
}

// headlineTo reports whether the "to" at k is a headline's future: right
// after the subject that opens a heading line, of at most four words with
// no -s verb after the first and no past or modal in it (read from the
// words: marker asks this), and before a verb in lower case ("Leaders to
// meet in Rome on Monday", "Strike to go ahead on Friday"; not "Senate
// votes to approve bill", "Trip to Paris").
//
// A word of the subject may be a compound joined by a hyphen with no space
// ("Ex-minister to face court on Thursday", "UK-born striker to sign", whose
// "born" after the hyphen is no verb), or a possessive ("Ex-minister's
// trial to start on Monday", "Nurses' union to ballot"); a quote may open the report the heading
// gives ("Ex-minister 'to face court on Thursday'").
func (t *Tagger) headlineTo(k int) bool {
	if k == 0 || k+1 >= len(t.toks) || t.toks[k+1].kind != tWord || t.toks[k+1].cap || !t.functionFree(k+1) {
		return false
	}
	return t.headlineSubject(k)
}

// headlineSubject reports whether the words before the "to" at k are the
// subject that opens a heading line, as headlineTo reads them; a passive
// "to be" after it is the heading's future as well ("Drug smuggler to be
// sentenced on Monday").
func (t *Tagger) headlineSubject(k int) bool {
	if k == 0 {
		return false
	}
	last := k - 1
	if w := t.w(last); last > 0 && (w == "'" || w == "\"" || w == "\u2018" || w == "\u201c") && t.toks[last].space && !t.toks[k].space {
		last-- // "Ex-minister 'to face ...'"
	}
	words := 0
	for j := last; j >= 0 && j >= k-12; j-- {
		w := t.w(j)
		joined := j > 0 && t.adj(j) && j+1 < len(t.toks) && t.adj(j+1)
		if joined && w == "-" && t.toks[j-1].kind == tWord && t.toks[j+1].kind == tWord {
			continue // the hyphen of a compound word
		}
		if joined && t.possessive(j) && t.toks[j-1].kind == tWord && j+1 < last {
			continue // the "'s" of a possessive subject
		}
		if w == "s" && t.possessive(j-1) && j < last {
			continue
		}
		if t.apostrophe(j) && j > 0 && t.adj(j) && j < last && t.toks[j+1].space && t.toks[j-1].kind == tWord && strings.HasSuffix(t.w(j-1), "s") {
			continue // the plural possessive of "Nurses' union to ballot"
		}
		afterHyphen := t.adj(j) && t.w(j-1) == "-"
		if t.toks[j].kind != tWord || j < last && !(j+1 < last && (t.w(j+1) == "-" || t.apostrophe(j+2))) && t.presentS(j+1) || !afterHyphen && (pastVerbs.Has(w) || strings.HasSuffix(w, "ed")) || modals.Has(w) || auxiliaries.Has(w) {
			return false
		}
		if !(j > 0 && t.adj(j) && t.w(j-1) == "-") {
			words++
			if words > 4 {
				return false
			}
		}
		if j == 0 || t.lineStart(j) || t.w(j-1) == ";" && t.headlineClause(j-1) {
			return t.headingLine(k)
		}
	}
	return false
}

// headlineClause reports whether the semicolon at k joins two clauses of
// a heading line: a line that opens at most 20 tokens before it with no
// mark that ends a sentence between ("Teachers call off strike after
// deal; schools to reopen on Monday").
func (t *Tagger) headlineClause(k int) bool {
	for j := k; j >= 0 && j > k-20; j-- {
		if j < k && t.sentenceEnd(j) {
			return false
		}
		if j == 0 || t.lineStart(j) {
			return true
		}
	}
	return false
}

// before is the word before token k, past an adverb in -ly that is no
// adjective cue ("is to be formally sentenced", "was quickly approved";
// not "a newly formed group").
func (t *Tagger) before(k int) string {
	if p := t.w(k - 1); len(p) > 4 && strings.HasSuffix(p, "ly") && !adjectiveCues.Has(p) || midAdverbs.Has(p) {
		return t.w(k - 2)
	}
	return t.w(k - 1)
}

// tenseAt finds the tense of the clause around token i: the nearest marker
// before i in its sentence, else the first after it.
func (t *Tagger) tenseAt(i int) tense {
	m, _ := t.clauseTense(i)
	return m
}

// tenseOutside is the tense of the clause of the expression from token
// start to end, read from the words around it and not its own: the
// "next" of "It was sold the next year", a marker of the future, is no
// tense of the clause, which "was" gives; "The next year it was sold"
// takes the marker after the expression.
func (t *Tagger) tenseOutside(start, end int) tense {
	if m, k := t.clauseTense(start); k < start || k >= end {
		return m
	}
	hi := end - 1
	for hi+1 < len(t.toks) && hi-end < 40 && !t.sentenceEnd(hi) && !t.toks[hi+1].nl {
		hi++
	}
	m, _ := t.tenseAfter(end-1, hi)
	return m
}

// scheduledVerb reports whether the present-tense verb at k has a subject
// before it: a word for the -s form ("the council meets"), a name or a
// pronoun for the plain form ("Berg and Ruiz meet", "they meet"). After a
// determiner or a preposition the word is a noun ("his visits", "of
// talks"); after "to", a modal or "did" the plain form is no present.
func (t *Tagger) scheduledVerb(k int) bool {
	if k > 1 && t.w(k-1) == "," && strings.HasSuffix(t.w(k), "s") && !pluralNouns.Has(t.w(k)) {
		// "The museum, closed since 2020, reopens in May": the subject
		// stands before the phrase the comma closes.
		return true
	}
	if k == 0 || t.toks[k-1].kind != tWord {
		return false
	}
	prev := t.w(k - 1)
	if prev == "that" && k > 1 && strings.HasSuffix(t.w(k), "s") && !pluralNouns.Has(t.w(k)) && t.nounBeforeThat(k-2) {
		// "the fiscal year that ends in September", "the offer that
		// expires Friday": the relative pronoun stands for the subject,
		// the noun before it.
		return true
	}
	if relPronouns.Has(prev) && prev != "where" && k > 2 && t.w(k-2) == "," && (strings.HasSuffix(t.w(k), "s") || t.pluralBeforeComma(k-3)) && t.toks[k-3].kind == tWord {
		// "withdrew him from the race, which starts on June 7", "the
		// striker, who faces a fitness test on Thursday": the relative
		// pronoun after the comma stands for the noun before it, the
		// subject of the -s form, a verb (no determiner: a plural noun
		// cannot follow ", which" alone). The plain form after a plural
		// noun as well: "before the school holidays, which begin on
		// December 18", said in November.
		return true
	}
	if nounBefore.Has(prev) || modals.Has(prev) || futureWords.Has(prev) {
		return false
	}
	if strings.HasSuffix(t.w(k), "s") {
		// "visits", "votes", "returns" are plural nouns too ("filed tax
		// returns Monday"): they count after a name only ("Berg visits"),
		// or after a singular noun and its determiner that open the
		// sentence, with no past after it (singularSubjectOf).
		return !pluralNouns.Has(t.w(k)) || t.toks[k-1].cap || t.singularSubjectOf(k)
	}
	return t.toks[k-1].cap || pluralSubjects.Has(prev)
}

// clauseTense is tenseAt that also gives the token of the marker that
// decided it (-1 if none did).
func (t *Tagger) clauseTense(i int) (tense, int) {
	if t.w(i-1) == "since" {
		return past, i - 1
	}
	if weekdayHeads.Has(t.w(i-1)) && t.w(i-2) == "since" {
		// "has been closed since late Tuesday": the word before the day
		// is the day's, and "since" tells of a time gone by.
		return past, i - 2
	}
	lo := t.clauseStart(i)
	hi := i
	for hi+1 < len(t.toks) && hi-i < 40 && !t.sentenceEnd(hi) && !t.toks[hi+1].nl {
		hi++
	}
	if t.reportedGathering(i) {
		// "The forum said its protest outside the office on Saturday
		// would go ahead": the day of a gathering in the subject of a
		// reported clause takes that clause's tense, not the saying's.
		if m, mk := t.tenseAfter(i, hi); m == future || m == reportedFuture {
			return m, mk
		}
	}
	if t.subjectDay(i) {
		// "A spokesman says the council on Wednesday voted on the
		// budget": a day between a subject and its verb dates that
		// verb, not the verb of saying before the subject.
		if m, mk := t.tenseAfter(i, hi); m != noTense {
			return m, mk
		}
	}
	if t.subjectDateNoun(i) {
		// "said it was too soon to say whether the June 21 reopening
		// could still be met": the day dates the noun that heads the
		// subject of a clause of its own, whose verb, right after the
		// noun, tells whether it lies ahead.
		if m, mk := t.tenseAfter(i, hi); m != noTense && mk <= i+4 {
			return m, mk
		}
	}
	for k := i - 1; k >= lo; k-- {
		if j := t.asideOpen(k, lo); j >= 0 {
			// "are expected to bring the suspect, a man arrested last
			// Wednesday, before judges on Monday": the verb of an aside
			// set off by commas is the aside's, not the clause's.
			k = j
			continue
		}
		if k == i-2 && coordinators.Has(t.w(k)) && t.w(k-1) == "," && prepositions.Has(t.w(k+1)) {
			// "..., the indictment says, and in February claimed the
			// prize": a date right after ", and" and a preposition heads
			// a predicate of its own, whose verb after it, a few words on,
			// gives its tense, not the clause before the comma.
			if m, mk := t.tenseAfter(i, hi); m != noTense && mk-i <= 8 {
				return m, mk
			}
		}
		if t.w(k) == "that" && k < i-1 && t.toks[k+1].kind == tWord && t.marker(k+1) == noTense {
			// "Police say that on Saturday he was shot": a date at the
			// head of a clause that "that" opens takes the tense of that
			// clause, after it, and not of the verb of saying before
			// "that" (not "that Saturday", a determiner, nor "that"
			// before a verb: "The talks that ended on Friday will
			// resume" is a relative clause, whose verb dates the day).
			if m, mk := t.tenseAfter(i, hi); m != noTense {
				return m, mk
			}
		}
		if evidentialAdjs.Has(t.w(k)) && k > 0 && adjectiveCues.Has(t.w(k-1)) && t.happening(k+1) {
			// "would not retaliate for the reported bombing of Guffa on
			// Tuesday": the happening the adjective reports as past is
			// what the date nearer it dates, not the verb before ("would
			// question the suspected gunman on Tuesday" is the verb's).
			return past, k
		}
		m := t.marker(k)
		if m == noTense || m == past && t.w(k-1) == "," && t.w(k+1) == "by" && t.futureBefore(k) {
			// "will be held next week, followed by a memorial in
			// October": a participle phrase goes on from the future
			// before it ("..., killed by police on Saturday night"
			// after a past tells of the past).
			continue
		}
		if m == past || m == present {
			if j := t.backshiftedBy(k, lo); j >= 0 {
				// "Flights would restart once the wind had eased,
				// probably on Sunday": the temporal clause under the
				// modal is the modal's; the modal gives the tense.
				k = j + 1
				continue
			}
		}
		if v := k + t.tallyLen(k+1); m == reportedFuture && intentVerbs.Has(t.w(k)) && (i == v+1 || i == v+2 && t.w(v+1) == "on") && !(t.before(k) == "been" && t.w(k-2) == "had") && !t.withPlan(k) {
			// "The bloc agreed on Thursday to invite ...": the day right
			// after the verb of intent is the verb's own, in the past;
			// what lies ahead of it comes after "to". "The vote had been
			// expected on Thursday" is a plan in the pluperfect, for the
			// day (unsureAhead); "with results expected Sunday" a plan
			// that a participle gives (withPlan).
			return past, k
		}
		if m == future && t.w(k) == "next" && t.w(k-1) == "the" && t.nounNext(k+1) {
			// "Ministers had delayed a decision on the next slice of aid
			// on Sunday night": "next" before a noun qualifies it, and the
			// past that governs the noun phrase is the clause's tense.
			if pm, pk := t.pastBefore(k-2, lo); pm {
				return past, pk
			}
		}
		if _, unit := units[t.w(k+1)]; m == future && t.w(k) == "next" && t.possessive(k+2) && unit {
			// "The council approved two changes to next year's budget on
			// Tuesday night": "next year's" qualifies a noun, as "the
			// next slice" does, and the past that governs the noun
			// phrase is the clause's tense.
			if pm, pk := t.pastBefore(k-1, lo); pm {
				return past, pk
			}
		}
		if m == future && !t.arrangement(k) && !t.commaPlan(k) {
			// "said the market, due to open on Saturday, might be
			// postponed": a plan set off by commas with no copula holds
			// now, and is no report of the verb of saying before it.
			for r := k - 1; r >= lo; r-- {
				if t.w(r) == "," && coordinators.Has(t.w(r+1)) && t.w(r+2) != "that" {
					// "The government said it would not negotiate, and
					// the Red Cross will try again later in the day": a
					// clause after ", and" is the text's own, not what
					// was said.
					break
				}
				if reportingVerbs.Has(t.toks[r].low) && t.sayingAside(r) {
					// "Most of them, she said, are already talking
					// about coming back in December": an attribution
					// set off by commas inside the clause says who
					// speaks; the future is the clause's own.
					break
				}
				if reportingVerbs.Has(t.toks[r].low) {
					if coordinators.Has(t.w(k-1)) && t.noMarkerBetween(r, k-1) {
						// "Officials agreed on a plan and will meet
						// on Wednesday": the verb of saying is the
						// subject's first predicate and the future its
						// second, no report of it.
						return future, k
					}
					return reportedFuture, k
				}
			}
		}
		return m, k
	}
	return t.tenseAfter(i, hi)
}

// subjectDay reports whether the weekday at token at (with "on", "late" or
// "early" before it and a part of the day after it) stands between the
// subject of a clause and its verb, as news English puts the day of a
// happening ("The council on Sunday will vote on the budget", "The bank
// Tuesday closed its branches"): right before it a noun that names no
// happening, after a determiner (and at most one adjective) or written
// with a capital ("Apple on Tuesday unveiled"), with no preposition or
// verb but one of saying before the subject, and right after the day a
// word that marks a tense. Not "The vote on Friday will be challenged"
// (the vote's Friday), nor "appear before magistrates in Exeter on
// Thursday charged with ..." (no subject).
func (t *Tagger) subjectDay(at int) bool {
	b := at - 1
	if t.w(b) == "on" || weekdayHeads.Has(t.w(b)) && t.w(b) != "this" {
		b--
	}
	if b < 0 || t.toks[b].kind != tWord || t.marker(b) != noTense || prepositions.Has(t.w(b)) || t.happeningNoun(b) || weekdays[t.w(b)] != 0 {
		return false
	}
	s := b // the first word of the subject
	switch d := b - 1; {
	case subjectDets.Has(t.w(d)):
		s = d
	case d > 0 && subjectDets.Has(t.w(d-1)) && t.toks[d].kind == tWord && !t.toks[d].cap && t.marker(d) == noTense && !prepositions.Has(t.w(d)):
		s = d - 1 // an adjective: "the main branch on Thursday was closed"
	case t.toks[b].cap:
		for s > 0 && t.toks[s-1].kind == tWord && t.toks[s-1].cap {
			s-- // "Northwind Bank on Monday will"
		}
	default:
		return false
	}
	if p := s - 1; p >= t.clauseStart(at) && (prepositions.Has(t.w(p)) && !clausePreps.Has(t.w(p)) || t.marker(p) != noTense && !reportingVerbs.Has(t.w(p)) && !presentSaying.Has(t.w(p))) {
		// "will appear before magistrates in Exeter on Thursday
		// charged with misconduct", "arrested the man on Sunday": the
		// noun is the object of a preposition or a verb, no subject.
		// After a word that opens a clause as well ("will stay in force
		// after the court on Friday refused to suspend it"), the word
		// that marks a tense right after the day, asked below, shows
		// the noun to be the clause's subject.
		return false
	}
	k := at + 1
	if _, ok := partsOfDay[t.w(k)]; ok {
		k++
	}
	return k < len(t.toks) && t.toks[k].kind == tWord && t.marker(k) != noTense
}

// subjectDateNoun reports whether the month at token i, with "the"
// before it and its day after it, qualifies the noun right after it that
// heads the subject of a clause: "the" opens a sentence or follows a word
// that opens a clause (clause-openers: "whether the June 21 reopening
// could ..."), and right after the noun a word marks a tense. Not a day of
// an object ("asks the court to declare the March 20 vote void").
func (t *Tagger) subjectDateNoun(i int) bool {
	if t.w(i-1) != "the" || monthNames[t.w(i)] == 0 && monthAbbrevs[t.w(i)] == 0 {
		return false
	}
	j := i + 1
	if t.w(j) == "." {
		j++ // "the Sept. 30 deadline"
	}
	if j >= len(t.toks) || t.toks[j].kind != tNum {
		return false
	}
	j++
	if !t.lowerWord(j) || t.marker(j) != noTense || prepositions.Has(t.w(j)) {
		return false
	}
	if p := i - 2; !t.sentenceStart(i-1) && !clauseOpeners.Has(t.w(p)) {
		return false
	}
	return t.marker(j+1) != noTense
}

// happeningNoun reports whether the word at k may name a happening a day
// after it dates ("The vote on Friday", "the decision on Friday"): a
// happening (happening), a noun of a fixture, of a thing set for a day, of
// a gathering, of disorder or of an outcome, or a word of a noun of
// action (action-noun-ends: "-ion", "-ment"; a few nouns of agents
// share them, "the government", which are left out with the
// happenings).
func (t *Tagger) happeningNoun(k int) bool {
	w := t.w(k)
	if t.happening(k) || fixtureNouns.Has(w) || setEventNouns.Has(w) || gatheringNouns.Has(w) || disorderNouns.Has(w) || outcomeNouns.Has(w) {
		return true
	}
	for suf := range actionNounEnds.All() {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// backshiftedBy gives the token of the "would" or "will" whose temporal
// clause holds the past or present marker at k, -1 if none does. In news
// English a clause that "once", "after", "until" or "when" opens under a
// modal has no time of its own: "would restart once the wind had eased",
// "will go down again when the current has slackened" put the perfect in
// the modal's sequence of tenses, and a day after the clause dates the
// modal's verb, ahead ("probably on Saturday"). The clause runs at most
// eight words from its opener to k, with no comma or other tense in it;
// the modal stands at most twelve words before the opener, with no "that",
// verb of saying or other tense between (a clause of its own).
func (t *Tagger) backshiftedBy(k, lo int) int {
	s := -1
	for j := k - 1; j >= lo && j >= k-8; j-- {
		if backshiftOpeners.Has(t.w(j)) {
			s = j
			break
		}
		if t.w(j) == "," {
			return -1
		}
		if m := t.marker(j); m != noTense && m != past && m != present {
			return -1
		}
	}
	if s < 0 {
		return -1
	}
	for j := s - 1; j >= lo && j >= s-12; j-- {
		w := t.w(j)
		if w == "that" || reportingVerbs.Has(w) {
			return -1
		}
		if m := t.marker(j); m != noTense {
			if backshiftModals.Has(w) && (m == future || m == reportedFuture) {
				return j
			}
			return -1
		}
	}
	return -1
}

// sayingAside reports whether the verb of saying at r closes an
// attribution set off by commas, a comma right after it and one at most
// four words before it (", she said,", ", the company's lawyer said,").
func (t *Tagger) sayingAside(r int) bool {
	if t.w(r+1) != "," {
		return false
	}
	for j := r - 1; j >= 0 && j >= r-5; j-- {
		if t.w(j) == "," {
			return j < r-1
		}
		if t.toks[j].kind != tWord || t.sentenceEnd(j) {
			return false
		}
	}
	return false
}

// sequelOf reports whether the weekday at token at dates what a thing
// told in the present follows or comes after: a verb of sequel-verbs
// with an object ("The decision follows the confirmation of two cases on
// Wednesday", "The move follows a raid on Tuesday"), or one of
// sequel-come-verbs with "after" at most four words on ("The move comes
// two days after the raid on Wednesday"), up to sixteen words before the
// weekday in its sentence with no future between. What a thing follows
// has happened: the day is gone by or today. "The final follows on
// Wednesday" (no object) is left to the tense.
func (t *Tagger) sequelOf(at int) bool {
	lo := t.clauseStart(at)
	for j := at - 1; j >= lo && j >= at-16; j-- {
		if m := t.marker(j); m == future || m == reportedFuture {
			return false
		}
		w := t.w(j)
		if sequelVerbs.Has(w) && j+1 < at && t.toks[j+1].kind == tWord && !prepositions.Has(t.w(j+1)) && weekdays[t.w(j+1)] == 0 {
			return j > lo && t.toks[j-1].kind == tWord && !modals.Has(t.w(j-1)) && t.w(j-1) != "to"
		}
		if sequelComeVerbs.Has(w) {
			for r := j + 1; r < at && r <= j+5; r++ {
				if t.w(r) == "after" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// asideOpen gives the comma that opens an aside closed by the comma at
// token k, back to token lo: one of aside-openers after it ("a", "an",
// "who", "which"), a word before it, at most twelve words between, no
// sentence end, a word after k that opens no clause of its own (not
// "and", "but"), and a marker of tense before the aside, the clause's
// verb. It gives -1 when k closes no such aside.
func (t *Tagger) asideOpen(k, lo int) int {
	if t.w(k) != "," || k+1 >= len(t.toks) || t.toks[k+1].kind != tWord || coordinators.Has(t.w(k+1)) {
		return -1
	}
	for j := k - 1; j > lo && j >= k-13; j-- {
		if t.sentenceEnd(j) || t.toks[j+1].nl {
			return -1
		}
		if t.w(j) == "," {
			if !asideOpeners.Has(t.w(j+1)) || j+2 >= k || t.toks[j-1].kind != tWord || t.marker(j-1) != noTense {
				return -1
			}
			for r := j - 2; r >= lo; r-- {
				if t.marker(r) != noTense {
					return j
				}
			}
			// With no verb before it, the aside follows the subject
			// ("The suspects, who were arrested Sunday, appear in court
			// Friday"), and what comes after it is read as before.
			return -1
		}
	}
	return -1
}

// nounNext reports whether word j, after "the next", is a noun that names
// no time: "the next slice of aid", not "the next day", "the next
// Monday" (an expression of its own).
func (t *Tagger) nounNext(j int) bool {
	w := t.w(j)
	_, unit := units[w]
	return j < len(t.toks) && t.toks[j].kind == tWord && !unit && weekdays[w] == 0 && monthNames[w] == 0 && seasons[w] == 0 && t.functionFree(j)
}

// pastBefore reports whether the nearest marker of tense at or before
// token k, back to token lo, is a past, and gives its token.
func (t *Tagger) pastBefore(k, lo int) (bool, int) {
	for r := k; r >= lo; r-- {
		if m := t.marker(r); m != noTense {
			return m == past, r
		}
	}
	return false, -1
}

// presentAhead reports whether a verb in the present tense that the
// lexicon does not know (presentVerb) governs the bare weekday at token
// at, so that it lies ahead as a verb of the calendar's would: with no
// marker of tense before the weekday in its sentence ("The central bank
// raises rates on Thursday", "Polls close at 8 p.m. Sunday"), or between
// the weekday and a marker that it overrides: a past before "and", "but"
// or a comma ("The markets were shut Friday and reopen Tuesday") or a verb
// of saying that a clause follows with no "that" ("The union said workers
// return to their jobs Wednesday", not "reported 40 new cases"). k is
// the marker clauseTense found. A weekday in the possessive is not
// governed so ("Investors digest Friday's jobs report"), and a past verb
// right after the weekday shows the word before it a noun, the subject
// ("Budget cuts on Friday hit schools").
func (t *Tagger) presentAhead(at, k int) bool {
	if t.possessive(at+1) || t.pastNext(at) || t.headingLine(at) {
		return false
	}
	if k < 0 || k > at {
		// A heading on the line above, with no period to end it, is no
		// part of the sentence ("Historic warehouse burns" over "Remains
		// of the warehouse smolder Tuesday morning"), and a verb before a
		// word that opens a clause governs that clause, not the weekday
		// in it ("It seems that a cable severed on Tuesday has ...").
		lo := t.clauseStart(at)
		for j := at - 1; j > lo && !t.lineStart(j+1) && !clauseOpeners.Has(t.w(j)); j-- {
			if coordinators.Has(t.w(j-1)) && !t.toks[j].cap && scheduledVerbs.Has(t.w(j)) {
				// "The minister has been in Brussels since Tuesday and
				// returns Friday": a verb of the calendar that the
				// subject's second predicate opens.
				return true
			}
			if t.presentVerb(j, lo) {
				if t.depicts(j, lo) || t.subjectAside(j, at, k) {
					return false
				}
				// "The news agency reports Monday that talks failed": a
				// verb of saying right before the weekday says when.
				return !reportingVerbs.Has(t.w(j)) || j < at-2 || j == at-2 && t.w(at-1) != "on"
			}
		}
		if t.fixtureAfterDay(at, lo) {
			return true
		}
		// "On Friday the president signs the bill": a weekday at the head
		// of its sentence is the present's after it, if no other marker
		// comes first.
		if t.opensSentence(at) {
			if at == lo && t.presentS(at+1) && t.marker(at+1) == noTense {
				// "Friday marks the anniversary of the attack": a weekday
				// that is the subject of a present tells a fact of the
				// calendar, which lies ahead or is today.
				return true
			}
			for j := at + 1; j < len(t.toks) && j-at < 12 && !t.sentenceEnd(j) && t.marker(j) == noTense; j++ {
				if t.presentVerb(j, at+1) {
					return true
				}
			}
		}
		return false
	}
	saying := bareClauseSaying.Has(t.w(k))
	if !saying && t.marker(k) != past {
		return false
	}
	if saying && t.thatAfterDay(at) {
		// "told jurors in his opening statement Monday that ...": the
		// clause the verb of saying governs opens after the weekday,
		// which says when it was said; the words before it are its
		// object, no clause ("Jurors in his opening statement").
		return false
	}
	and := -1 // the last "and" or "but" after the past
	from := k + 1
	if t.w(k) == "told" {
		// "told strikers outside the port gates on Monday": the word
		// after "told" is whom it was told to, and a clause's subject
		// comes after it ("told reporters workers return Wednesday").
		from++
	}
	for j := k + 1; j < at; j++ {
		if saying && j-1 > k && t.presentVerb(j, from) {
			return true
		}
		if saying {
			continue
		}
		// "were shut Friday and reopen Tuesday", "The suspects, who were
		// arrested Sunday, appear in court Friday": a verb right after
		// the coordinator or the comma that ends the past's clause; "were
		// found Sunday and the search continues Thursday": one with its
		// own subject after the coordinator, which a determiner opens (not
		// "stopped Thompson to keep his WBA, IBF and WBO heavyweight
		// titles Saturday night", a list of nouns); "flew to Boston for the
		// playoffs, which start Wednesday": one right after a relative
		// pronoun, whose clause the weekday is in. With no determiner
		// after the coordinator, a verb of the calendar tells a subject
		// of its own from a list of nouns: "Testimony ended Friday and
		// closing arguments begin Tuesday".
		if (coordinators.Has(t.w(j-1)) || t.w(j-1) == "," || relPronouns.Has(t.w(j-1)) || t.relativeThat(j-1)) && !t.toks[j].cap && (scheduledVerbs.Has(t.w(j)) || t.presentS(j) && !t.pluralListed(j, k)) {
			return true
		}
		if and >= 0 && (adjectiveCues.Has(t.w(and+1)) || scheduledVerbs.Has(t.w(j))) && t.presentVerb(j, and+1) {
			return true
		}
		if coordinators.Has(t.w(j)) {
			and = j
		}
	}
	return false
}

// subjectAside reports whether the weekday at token at is in a phrase set
// off by commas that closes right before the clause's verb at k, a past
// (or a verb of intent before "to", which tenseAfter reads as past), with
// the present-looking word j before the phrase, or the phrase opening with
// a participle in -ing: "Finance ministers, meeting in Lisbon on Thursday,
// agreed ...", "Health officials, briefing reporters on Friday, said ...".
// A phrase between the subject and its verb is the subject's aside: the
// word in -s before it ends the subject ("chiefs" the noun, not a verb of
// the calendar), one in it is the participle's object ("reporters"), and
// the past after the aside dates the weekday.
func (t *Tagger) subjectAside(j, at, k int) bool {
	if k <= at+1 || t.w(k-1) != "," || k-j > 16 {
		return false
	}
	if m := t.marker(k); m != past && !(m == reportedFuture && intentVerbs.Has(t.w(k)) && t.w(k+1) == "to") {
		return false
	}
	for r := at + 1; r < k-1; r++ {
		if t.w(r) == "," || t.sentenceEnd(r) || t.toks[r].nl {
			return false
		}
	}
	for c := at - 1; c > 0 && c > k-16; c-- {
		if t.sentenceEnd(c) || t.toks[c].nl {
			return false
		}
		if t.w(c) == "," {
			return t.toks[c-1].kind == tWord && (j < c || c+1 < at && strings.HasSuffix(t.w(c+1), "ing") && t.marker(c+1) == noTense)
		}
	}
	return false
}

// thatAfterDay reports whether "that" comes right after the weekday at
// token at, past a part of the day ("Monday that", "Monday night that").
func (t *Tagger) thatAfterDay(at int) bool {
	j := at + 1
	if partsOfDay[t.w(j)] != "" {
		j++
	}
	return t.w(j) == "that"
}

// fixtureAfterDay reports whether the weekday at token at, with "on" or
// not, stands between a subject and a verb of the calendar in the present
// (day-subject-verbs) that governs it: "The council on Tuesday votes on
// the budget", "Rovers on Saturday host the league leaders", "The Lakers
// on Sunday night play in Denver", "Arsenal on Saturday face Chelsea":
// the subject's head a name, a plural in -s or a body (body-nouns). A
// result or a happening for the subject ("The win on Saturday opens the
// door", "The attack on Saturday marks"), a possessive, a past form ("The Lakers on Sunday beat"), or a
// past, a modal or an auxiliary after the verb leave the day to the
// tense. lo is the start of the clause.
func (t *Tagger) fixtureAfterDay(at, lo int) bool {
	s := at - 1
	if t.w(s) == "on" {
		s--
	}
	j := at + 1
	for j < len(t.toks) && partsOfDay[t.w(j)] != "" {
		j++
	}
	if s < lo || j >= len(t.toks) || t.toks[j].kind != tWord || t.toks[j].cap || !daySubjectVerbs.Has(t.w(j)) || t.marker(j) != noTense && t.marker(j) != present {
		return false
	}
	if !t.subjectEnd(s) || t.happening(s) || t.possessive(s-1) || t.apostrophe(s+1) {
		return false
	}
	head, ok := t.subjectOf(s, lo)
	if !ok || t.happening(head) {
		return false
	}
	if nx := t.w(j + 1); t.marker(j+1) == past || modals.Has(nx) || auxiliaries.Has(nx) {
		return false
	}
	p := t.w(head)
	return t.toks[head].cap || bodyNouns.Has(p) || len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !strings.HasSuffix(p, "us") && !singularS.Has(p)
}

// pluralListed reports whether the word in -s at j, right after a
// coordinator, joins a plural noun in -s before the coordinator that the
// past verb at k governs ("closed all schools and universities on
// Monday", "shut banks and offices"): a list of nouns, not a second
// predicate, unless a verb of the calendar says so ("closed its doors and
// reopens Tuesday", scheduled-verbs).
func (t *Tagger) pluralListed(j, k int) bool {
	p := j - 2
	if p <= k || !coordinators.Has(t.w(j-1)) || t.toks[p].cap || !t.presentS(p) || scheduledVerbs.Has(t.w(p)) {
		return false
	}
	for q := k + 1; q < p; q++ {
		if t.toks[q].kind != tWord || t.marker(q) != noTense {
			return false
		}
	}
	return true
}

// nounBeforeThat reports whether word j, before "that", has the shape of
// a noun that a relative clause qualifies, read without markers of tense
// (scheduledVerb is one's part): no function word, no verb of saying, no
// word that makes "that" a conjunction, no past form ("the year that",
// not "said that", "so that", "admitted that").
func (t *Tagger) nounBeforeThat(j int) bool {
	w := t.w(j)
	return t.toks[j].kind == tWord && t.functionFree(j) && !reportingVerbs.Has(w) && !thatConjunctions.Has(w) && !pastVerbs.Has(w) && !strings.HasSuffix(w, "ed") && !t.presentS(j)
}

// relativeThat reports whether the "that" at i opens a relative clause:
// after a noun, not a verb ("declared a state of emergency that runs until
// Friday", not "admitted that"), nor a word that makes it a conjunction
// (that-conjunctions: "so that crews could repair it on Sunday").
func (t *Tagger) relativeThat(i int) bool {
	return t.w(i) == "that" && i > 0 && t.toks[i-1].kind == tWord && t.marker(i-1) == noTense && !reportingVerbs.Has(t.w(i-1)) && !thatConjunctions.Has(t.w(i-1)) && t.functionFree(i-1)
}

// depicts reports whether the present verb at j, in the sentence that
// starts at token lo, tells a scene as a photo caption does: a verb of a
// scene (depiction-verbs: "A man walks past a damaged building Monday",
// "Residents clean up debris Tuesday"), at j or before it, where a noun
// after it may take the shape of the verb ("Demonstrators shout
// slogans"). What a picture shows was before the story.
//
// A verb of what a text or a record holds (content-verbs: "The report
// covers events on Nov. 5") tells likewise of what was before the story,
// and so does a verb of showing (showing-verbs) whose subject is a record
// a camera or a microphone made (record-nouns: "Dashcam footage shows the
// lorry swerving late on Saturday"; not "The broadcaster shows the final
// on Sunday").
func (t *Tagger) depicts(j, lo int) bool {
	for k := lo; k <= j; k++ {
		if (depictionVerbs.Has(t.w(k)) || contentVerbs.Has(t.w(k))) && !t.toks[k].cap || t.recordShows(k, lo) {
			return true
		}
	}
	return false
}

// recordShows reports whether the verb at j is a verb of showing
// (showing-verbs) whose subject, read back to token lo at the earliest,
// is a record a camera or a microphone made (record-nouns): "Security
// camera footage shows", "The photographs show".
func (t *Tagger) recordShows(j, lo int) bool {
	if j <= lo || !showingVerbs.Has(t.w(j)) {
		return false
	}
	head, ok := t.subjectOf(j-1, lo)
	return ok && recordNouns.Has(t.w(head))
}

// captioned reports whether the sentence of token at is a photo caption:
// one that a credit in parentheses with a word of pictures
// (caption-credits) closes, on its line, before or right after the mark
// that ends it ("... on Sunday. (AP Photo/Omar Sanadiki)", "... on Monday
// (Photo: PA)"), or a credit's word and a colon follows on its line ("...
// on Thursday. Photo: Ana Ruiz"), or whose line a caption's label and a
// colon open ("Caption: The mayor arrives ...", "PHOTO: Volunteers stack
// ...", captionLabelled). It reads at most 40 tokens on, as headingLine
// does.
func (t *Tagger) captioned(at int) bool {
	if t.captionLabelled(at) {
		return true
	}
	for k := at + 1; k < len(t.toks) && k-at <= 40; k++ {
		if t.lineStart(k) {
			return false
		}
		if t.toks[k].low == "(" {
			return t.creditAt(k + 1)
		}
		if t.sentenceEnd(k) {
			if k+1 >= len(t.toks) || t.lineStart(k+1) {
				return false
			}
			if t.toks[k+1].low == "(" {
				return t.creditAt(k + 2)
			}
			return k+2 < len(t.toks) && t.toks[k+1].cap && captionCredits.Has(t.w(k+1)) && t.toks[k+2].low == ":"
		}
	}
	return false
}

// captionLabelled reports whether the line of token at opens with a
// caption's label and a colon (caption-labels: "Caption:", "PHOTO:",
// "Pictured:"), past one mark of emphasis ("*Photo: ..."), with no end
// of a sentence between the label and at, at most 40 tokens back.
func (t *Tagger) captionLabelled(at int) bool {
	j := at
	for j > 0 && at-j < 40 && !t.lineStart(j) {
		j--
		if t.sentenceEnd(j) {
			return false
		}
	}
	if !t.lineStart(j) && j != 0 {
		return false
	}
	if t.toks[j].kind != tWord && j+1 < at {
		j++
	}
	return j+1 < at && t.toks[j].cap && captionLabels.Has(t.w(j)) && t.toks[j+1].low == ":"
}

// creditAt reports whether a word of pictures (caption-credits) is among
// the three tokens from k, after names only, before the parenthesis
// closes: "AP Photo", "Photo: PA", "Getty Images"; not "with photo
// gallery".
func (t *Tagger) creditAt(k int) bool {
	for j := k; j < len(t.toks) && j < k+3 && t.toks[j].kind == tWord && t.toks[j].cap; j++ {
		if captionCredits.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// presentVerb reports whether word j is, by its shape, a verb in the
// present tense after its subject: an -s form after a name or a noun
// ("The Supreme Court rules", "The bureau releases"), or a plain form
// after a plural ("Polls close", "Lawmakers debate"). It is no marker of
// its own, since the same shapes are as often nouns ("Budget cuts",
// "price rises") where nothing follows to tell them apart; and a past
// verb, a modal or an auxiliary right after it, or a possessive before it,
// shows it a noun ("On Monday shares fell", "police investigators could be
// seen", "the company's shares"). Its subject is read back to token from
// at the earliest.
func (t *Tagger) presentVerb(j, from int) bool {
	if j <= from || t.toks[j].cap || t.marker(j) != noTense || t.apostrophe(j+1) || !t.subjectEnd(j-1) {
		return false
	}
	head, ok := t.subjectOf(j-1, from)
	if !ok {
		return false
	}
	if nx := t.w(j + 1); t.marker(j+1) == past || modals.Has(nx) || auxiliaries.Has(nx) || t.possessive(j-2) {
		return false
	}
	if t.joinedSubject(j) {
		return false
	}
	if p := t.w(j - 1); len(p) > 4 && strings.HasSuffix(p, "ed") && !strings.HasSuffix(p, "eed") {
		// "Travelers crowded airports on Tuesday", "armed groups": an -s
		// form after a word in -ed is the noun that word qualifies or
		// takes for object.
		return false
	}
	if t.presentS(j) {
		return true
	}
	w := t.w(j)
	if linkingPresents.Has(w) {
		// "Stores stay open on Sunday", "The museum remains closed on
		// Monday": a verb of staying before an adjective, which the
		// function words hold ("will remain closed"), is a present too.
		p := t.w(head)
		return strings.HasSuffix(w, "s") || len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !strings.HasSuffix(p, "us") && !singularS.Has(p) || t.namesJoined(head, from)
	}
	if t.toks[j].kind != tWord || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || !t.functionFree(j) {
		return false
	}
	p := t.w(head)
	return len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !strings.HasSuffix(p, "us") && !singularS.Has(p) || t.namesJoined(head, from)
}

// joinedSubject reports whether the word j is the first noun of a subject
// that a coordinator joins, whose verb, a past, a modal or an auxiliary,
// comes right after the second noun: "On Wednesday, union leaders and four
// harvesters flew to Ottawa", "party leaders and officials met". The -s
// word before "and" is then a noun, not a present ("The council meets and
// votes"). The second noun is at most joinedSubjectWords words, none of
// them a verb.
func (t *Tagger) joinedSubject(j int) bool {
	if !coordinators.Has(t.w(j + 1)) {
		return false
	}
	for q := j + 2; q < len(t.toks) && q <= j+2+joinedSubjectWords; q++ {
		if t.toks[q].kind != tWord {
			return false
		}
		if w := t.w(q); q > j+2 && (t.marker(q) == past || modals.Has(w) || auxiliaries.Has(w)) {
			return true
		}
		if t.marker(q) != noTense || coordinators.Has(t.w(q)) || prepositions.Has(t.w(q)) {
			return false
		}
	}
	return false
}

// joinedSubjectWords bounds the second noun of a joined subject ("the
// four harvesters").
const joinedSubjectWords = 3

// namesJoined reports whether the name that word j ends is the second of
// two names "and" joins, a plural subject for a plain present ("The Bank
// of England and the Bank of Japan announce their decisions on Thursday",
// "Britain and France meet"): a capitalised word before "and" and one
// after it, past "the", with no marker of tense between, from token from
// on.
func (t *Tagger) namesJoined(j, from int) bool {
	if !t.toks[j].cap {
		return false
	}
	for k := j - 1; k > from && k > j-10; k-- {
		if t.toks[k].kind != tWord || t.marker(k) != noTense || t.lineStart(k) || t.sentenceEnd(k-1) {
			return false
		}
		if t.w(k) == "and" {
			n := k + 1
			if t.w(n) == "the" {
				n++
			}
			return t.toks[k-1].cap && t.toks[n].cap && t.toks[k-1].kind == tWord
		}
	}
	return false
}

// presentS reports whether word j has the shape of an -s form of a verb:
// "raises", "rules", not "press", "bonus", "crisis".
func (t *Tagger) presentS(j int) bool {
	w := t.w(j)
	if t.toks[j].kind != tWord || len(w) < 4 || !strings.HasSuffix(w, "s") || !t.functionFree(j) {
		return false
	}
	if strings.HasSuffix(w, "ings") && strings.ContainsAny(w[:len(w)-4], "aeiouy") {
		// "findings", "earnings", "hearings": a noun of a verb in -ing;
		// the verbs in -ings are of one syllable ("brings", "springs").
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// subjectEnd reports whether word j may end the subject of a verb after
// it: a word that is no function word and no number ("the bank", "Polls",
// not "of", "the", "two").
func (t *Tagger) subjectEnd(j int) bool {
	return t.toks[j].kind == tWord && t.functionFree(j) && numberWords[t.w(j)] == 0
}

// subjectOf gives the head of the subject that word j ends, as far as a
// few words back show, to token from at the earliest: j itself ("The
// Supreme Court", "the council" after a verb of saying), or the word
// before a preposition inside the subject (subjectHead: "Members" in
// "Members of the committee vote Friday"); false if j ends the object of
// a preposition of the sentence ("with NYPD investigators", "after the
// talks").
func (t *Tagger) subjectOf(j, from int) (int, bool) {
	for k := j; k >= from && k > j-6 && t.toks[k].kind == tWord && t.marker(k) == noTense; k-- {
		if prepositions.Has(t.w(k)) && !(k < j && t.capital(k-1) && t.capital(k+1)) {
			// "of" inside a name is no preposition of the sentence: "The
			// Bank of England holds its meeting".
			if _, unit := units[t.w(k-1)]; unit && (t.w(k) == "after" || t.w(k) == "before") && (k-1 == from || t.lineStart(k-1) || k > 1 && t.sentenceEnd(k-2)) {
				// "Days after the library vote on Monday, the council
				// raised taxes": a count of time that opens its
				// sentence before "after" or "before" opens a phrase of
				// time, no subject; what follows the noun after it is no
				// verb of it.
				return k - 1, false
			}
			return k - 1, t.subjectHead(k-1, from)
		}
		if t.lineStart(k) || k > 0 && t.sentenceEnd(k-1) {
			break
		}
	}
	return j, true
}

// subjectHead reports whether word j ends a noun phrase of at most four
// words that opens its sentence, or starts at token from, with no
// preposition and no marker of tense in it: the head of a subject that a
// preposition goes on ("Members of the committee vote Friday", "The
// secretary of state leaves Tuesday"), not a phrase a preposition opens
// ("In her interview with NYPD investigators on Sunday").
func (t *Tagger) subjectHead(j, from int) bool {
	for k := j; k >= from && k > j-4; k-- {
		if t.toks[k].kind != tWord || prepositions.Has(t.w(k)) || t.marker(k) != noTense {
			return false
		}
		if k == from || t.lineStart(k) || k > 0 && t.sentenceEnd(k-1) {
			return true
		}
	}
	return false
}

// functionFree reports whether word j is none of the function words and
// adverbs that neither end a subject nor are a verb ("of", "the", "will",
// "also").
func (t *Tagger) functionFree(j int) bool {
	w := t.w(j)
	return !nounBefore.Has(w) && !prepositions.Has(w) && !adjectiveCues.Has(w) && !modals.Has(w) && !auxiliaries.Has(w) && !notVerbs.Has(w)
}

// pastNext reports whether the first word after the weekday at token at,
// past a part of the day or an adverb, is a marker of the past ("Price
// rises on Friday angered shoppers", "His visits on Friday night were
// brief"). A marker of a future seen from the past is one too: a verb of
// intent before "to" (intent-verbs: "State regulators on Wednesday
// ordered the company to stop", "Health officials on Wednesday agreed to
// halt"), one of warning before "of" ("warned of"), "would"; the word
// before the weekday is the subject, a noun, not a present.
func (t *Tagger) pastNext(at int) bool {
	for j := at + 1; j < len(t.toks) && t.toks[j].kind == tWord; j++ {
		if w := t.w(j); partsOfDay[w] == "" && !notVerbs.Has(w) && !strings.HasSuffix(w, "ly") {
			m := t.marker(j)
			return m == past || m == reportedFuture
		}
	}
	return false
}

// opensSentence reports whether the weekday at token at, or "on" or a
// word of weekday-heads before it ("Late Friday"), opens its sentence,
// and the weekday is no possessive ("On Friday, the leaders will meet",
// not "Friday's decision").
func (t *Tagger) opensSentence(at int) bool {
	lo := t.clauseStart(at)
	head := at
	if t.w(at-1) == "on" || weekdayHeads.Has(t.w(at-1)) {
		// "On Friday, the leaders will meet", "Late Friday, the
		// leaders will meet": the word before the day is the day's.
		head = at - 1
	}
	// "Later this week, on Saturday, the army withdraws": a weekday set
	// off by commas after a phrase that opens the sentence opens what
	// follows as one at its head does.
	return !t.possessive(at+1) && (head == lo || head > lo && t.w(head-1) == "," && t.w(at+1) == ",")
}

// lineStart reports whether a line break comes before token j.
func (t *Tagger) lineStart(j int) bool {
	return j > 0 && strings.IndexByte(t.st.text[t.toks[j-1].end:t.toks[j].start], '\n') >= 0
}

// headingLine reports whether the sentence of token at ends with its line
// and no mark that ends a sentence: a headline or a heading, whose present
// tells what happened ("Quake kills 10 in southern Iran on Sunday", in a
// Monday story), not what is to come. It reads at most 40 tokens on, as
// clauseStart reads back: a sentence longer than that is no headline.
func (t *Tagger) headingLine(at int) bool {
	for k := at + 1; k < len(t.toks) && k-at <= 40; k++ {
		switch {
		case t.lineStart(k):
			return true
		case t.toks[k].low == "." || t.toks[k].low == "!" || t.toks[k].low == "?":
			return false
		}
	}
	return at+40 >= len(t.toks)
}

// clauseStart is the first token of the sentence of token i, at most 40
// tokens back.
func (t *Tagger) clauseStart(i int) int {
	lo := i
	for lo > 0 && i-lo < 40 && !t.sentenceEnd(lo-1) && !t.toks[lo].nl {
		lo--
	}
	return lo
}

// tenseAfter is the tense of the first marker after token i up to hi, the
// end of its sentence, that gives the clause of i its tense.
func (t *Tagger) tenseAfter(i, hi int) (tense, int) {
	for k := i + 1; k <= hi; k++ {
		if k > i+1 && t.w(k-1) == "," && coordinators.Has(t.w(k)) {
			// "Travelers crowded airports on Tuesday ahead of
			// Thanksgiving, and the busiest day is expected to be
			// Sunday": a clause after a comma and "and" or "but" is
			// another, whose tense the date before it does not take.
			return noTense, -1
		}
		if m := t.marker(k); m != noTense {
			if reportingVerbs.Has(t.w(k)) && t.attribution(i, k) {
				// "The vaccine could be available by April, officials
				// said": the verb of saying that a comma sets after the
				// date tells when it was said, not the time of the clause
				// it reports, whose own marker, if any, is after it ("In
				// June, the minister said, a second dose will be ready").
				continue
			}
			if m == present && scheduledVerbs.Has(t.w(k)) && !t.opensSentence(i) {
				// A present tense after the date is another clause's
				// ("Tuesday's bid by Ford, which meets ..."): it is the
				// verb before a date that schedules it; but a date that
				// opens the sentence is the verb's after it ("On Sunday
				// the ultimatum expires").
				continue
			}
			if m == reportedFuture && intentVerbs.Has(t.w(k)) {
				return past, k // "In February, the board agreed to ..."
			}
			if m == present && copulas.Has(t.w(k)) {
				p := k + 1
				if midAdverbs.Has(t.w(p)) {
					p++ // "is now expected to", "is not due to"
				}
				if t.marker(p) == future && t.w(p+1) == "to" && (t.w(p) != "due" || t.opensSentence(i)) {
					// "Profit in the second half is expected to improve":
					// the plan after the copula gives the tense, not the
					// copula. What is due is a release or an arrival, not
					// what the date before it holds ("Sales figures for
					// January are due Thursday", "are due to be
					// released"), unless the date opens the sentence and
					// so the clause ("On Sunday, the council is due to
					// vote").
					return future, p
				}
			}
			if m == future && arrangeVerbs.Has(t.w(k)) && planWords.Has(t.w(k)) && !strings.HasSuffix(t.w(k), "s") && t.forAfterObject(k) {
				// "At its meeting on Monday, the board scheduled a
				// hearing for June", "The union on Friday called a
				// strike for next week": the time after "for" is the
				// one the verb sets ahead; a date before the verb
				// dates the setting itself, which its past form tells.
				return past, k
			}
			if m == future && k-1 > i && coordinators.Has(t.w(k-1)) {
				// "The storm hit Florida on Friday and will reach
				// Georgia": the future after "and" is the second
				// predicate's, and the first, whose tense the words
				// before the date did not show, is what the date tells.
				return noTense, -1
			}
			return m, k
		}
	}
	return noTense, -1
}

// attribution reports whether the verb of saying at k closes, as its
// attribution, the words from the date at i: a comma after the date and
// before k, with at most four words between the last comma and k, and the
// end of the sentence or a comma right after k (", officials said.",
// ", the central bank warned,"; not "Over the weekend, officials confirmed
// reports that ...", whose verb has an object).
func (t *Tagger) attribution(i, k int) bool {
	if k+1 < len(t.toks) && t.w(k+1) != "," && !t.sentenceEnd(k+1) {
		return false
	}
	for j := k - 1; j > i && j >= k-5; j-- {
		if t.w(j) == "," {
			return true
		}
		if t.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// arrangement reports whether the future marker at k states a fixed
// arrangement in the present tense ("is to resume trading Tuesday", "are
// scheduled to meet Friday", "said it expects to close the deal Friday"). Unlike a reported "will", the present tense
// was not shifted back to the time of saying: the arrangement holds now,
// so a bare weekday after it looks forward from the document date.
func (t *Tagger) arrangement(k int) bool {
	w := t.w(k)
	if arrangementCopulas.Has(w) || presentPlans.Has(w) {
		return t.w(k+1) == "to" // "is to", "expects to"
	}
	return arrangementPlans.Has(w) && arrangementCopulas.Has(t.w(k-1))
}

// plainPast reports whether the verb at k, whose past is its plain form
// (plain-past-verbs), is past: a word before it that may be its subject,
// a noun or a name ("South Sudan split off", "a quake hit"), and not a
// pronoun that takes the plain present ("they cut"), "to", a modal, an
// auxiliary, a word a noun follows, an ordinal or a verb of the calendar,
// whose participle it is ("to hit", "will cut", "a hit", "the first cut",
// "remains shut"), or a verb of staying ("stays shut", linking-presents).
func (t *Tagger) plainPast(k int) bool {
	if k == 0 || t.toks[k-1].kind != tWord {
		return false
	}
	prev := t.w(k - 1)
	if nounBefore.Has(prev) || modals.Has(prev) || auxiliaries.Has(prev) || futureWords.Has(prev) || scheduledVerbs.Has(prev) || linkingPresents.Has(prev) || ordinals[prev] != 0 {
		return false
	}
	if t.w(k) == "cut" && cutCompounds.Has(prev) {
		return false // "a rate cut in December": a noun
	}
	return !presentSubjects.Has(prev)
}

// agreedPast reports whether the verb at k, whose plain form is its past
// and as often a present or a plan (agreement-past-verbs: set, let, read,
// bid), is past by agreement: its subject a singular noun, no pronoun,
// that would take the -s form in the present ("The bank set rates on
// Tuesday", "Apple bid $2bn", "the board set the dividend" after "said"),
// where plainPast finds no word before that makes it a plain verb or a
// noun. Not after a plural ("Officials set", "Police set", unmarked-plurals)
// or two nouns joined ("the bank and the fund set"), not an object before a
// bare infinitive ("let the bank set", bare-verb-cues) or a mandate
// ("demanded that the board set", mandate-verbs), and not before "to" or
// "for" ("Bank set to raise rates", "a match set for Saturday"). It reads
// at most six words back and calls no marker, so it is linear.
func (t *Tagger) agreedPast(k int) bool {
	if nx := t.w(k + 1); nx == "to" || nx == "for" || !t.plainPast(k) {
		return false
	}
	j := k - 1
	if !t.nounLike(j) || t.toks[j].kind != tWord {
		return false
	}
	p := t.w(j)
	if presentSubjects.Has(p) || relPronouns.Has(p) || unmarkedPlurals.Has(p) || len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !strings.HasSuffix(p, "us") && !singularS.Has(p) {
		return false
	}
	// The start of the noun phrase: back over words of its shape to a
	// determiner, a possessive or the start of the sentence.
	b := j - 1
	for ; b >= 0 && b > j-6; b-- {
		if t.sentenceEnd(b) || t.lineStart(b+1) || t.sentenceStart(b+1) && t.toks[b].kind != tWord {
			return true
		}
		w := t.w(b)
		if w == "s" && t.possessive(b-1) {
			b-- // "the network's chief": the owner is part of the phrase
			continue
		}
		if subjectDets.Has(w) {
			b--
			break
		}
		if !t.nounLike(b) {
			break
		}
	}
	if b < 0 {
		return true
	}
	w := t.w(b)
	switch {
	case t.sentenceEnd(b) || t.lineStart(b+1) || w == ",":
		return true
	case coordinators.Has(w) || prepositions.Has(w) || bareVerbCues.Has(w) || mandateVerbs.Has(w) || nounBefore.Has(w) && !subjectDets.Has(w) && w != "that":
		return false
	case w == "that":
		return !mandateVerbs.Has(t.w(b - 1))
	}
	return t.toks[b].kind == tWord
}

// pluralPlain reports whether the bare weekday at token at is governed by a
// verb of agreement-past-verbs in its plain form after a plural subject
// ("Traders bet heavily on Tuesday", "Lawmakers read the bill on
// Tuesday"), read as presentAhead reads a present: its present and its
// past are one form there, and the text does not tell which.
func (t *Tagger) pluralPlain(at int) bool {
	lo := t.clauseStart(at)
	for j := at - 1; j > lo && !t.lineStart(j+1) && !clauseOpeners.Has(t.w(j)); j-- {
		if t.marker(j) != noTense {
			return false
		}
		if agreedPastVerbs.Has(t.w(j)) && !t.toks[j].cap && t.plainPast(j) && t.w(j+1) != "to" && t.w(j+1) != "for" {
			return t.presentVerb(j, lo) || t.unmarkedPluralBefore(j, lo)
		}
	}
	return false
}

// unmarkedPluralBefore reports whether the verb at j has for subject a
// plural with no -s (unmarked-plurals: "Police set up roadblocks on
// Sunday"), right before it, after token from.
func (t *Tagger) unmarkedPluralBefore(j, from int) bool {
	if j-1 < from || t.toks[j-1].kind != tWord || !unmarkedPlurals.Has(t.w(j-1)) || t.possessive(j-2) {
		return false
	}
	head, ok := t.subjectOf(j-1, from)
	return ok && head == j-1
}

// nounLike reports whether word j may be a noun of a subject, read by
// its shape alone: no function word, no number, no verb form of the
// lists, no adverb in -ly.
func (t *Tagger) nounLike(j int) bool {
	if j < 0 || t.toks[j].kind != tWord || !t.subjectEnd(j) {
		return false
	}
	w := t.w(j)
	if pastVerbs.Has(w) || plainPastVerbs.Has(w) || agreedPastVerbs.Has(w) || modals.Has(w) || futureModals.Has(w) || auxiliaries.Has(w) || futureWords.Has(w) || reportingVerbs.Has(w) || relPronouns.Has(w) {
		return false
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return false
	}
	return !(strings.HasSuffix(w, "ly") && !lyNouns.Has(w))
}

// happening reports whether word k names a happening: a noun in -ing
// ("bombing", "shooting") or one of event-nouns ("attack", "raid").
func (t *Tagger) happening(k int) bool {
	w := t.w(k)
	return t.toks[k].kind == tWord && (len(w) > 5 && strings.HasSuffix(w, "ing") || eventNouns.Has(w))
}

// participle reports whether word k is a past participle: an irregular
// past form (past-verbs) or a word in -ed.
func (t *Tagger) participle(k int) bool {
	w := t.w(k)
	return pastVerbs.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast.Has(w)
}

// daysTo gives the count of days written before the weekday at i with
// "before", "until", "till", "to" or "ahead of" between ("two days to go
// before Friday's deadline", "three days left until Tuesday's
// election"), a few words apart at most.
func (t *Tagger) daysTo(i int) (int, bool) {
	j := i - 1
	switch w := t.w(j); {
	case w == "before" || delayPreps.Has(w):
	case w == "of" && aheadOfWords.Has(t.w(j-1)):
		j--
	default:
		return 0, false
	}
	for k := j - 1; k > 0 && k >= j-4; k-- {
		if u, ok := units[t.w(k)]; ok && u.code == "D" && !u.time {
			n := t.toks[k-1].num
			if t.toks[k-1].kind == tWord {
				n = numberWords[t.w(k-1)]
			}
			return n, n > 0
		}
		if t.toks[k].kind != tWord {
			return 0, false
		}
	}
	return 0, false
}

// deadlineGiven reports whether the weekday at i ends a deadline given:
// "until" or "till", with a time of day between ("until midnight on
// Monday", "till 5 p.m. on Friday"), "to" after it, and one of
// deadline-givers up to six words before "until" in its clause, not after
// "had" ("gave the council until midnight on Monday to pay").
func (t *Tagger) deadlineGiven(i int) bool {
	if t.w(i+1) != "to" {
		return false
	}
	u := i - 1
	if t.w(u) == "on" {
		u--
	}
	for u > 0 && u >= i-6 && (clockNames.Has(t.w(u)) || clockMarks.Has(t.w(u)) || t.toks[u].kind == tNum) {
		u--
	}
	if p := t.w(u); p != "until" && p != "till" {
		return false
	}
	for k := u - 1; k >= 0 && k >= u-6; k-- {
		if t.sentenceEnd(k) || t.w(k) == "," {
			return false
		}
		if deadlineGivers.Has(t.w(k)) {
			return t.w(k-1) != "had"
		}
	}
	return false
}

// putOffUntil reports whether the weekday at i is the day something is put
// off to: "until", "till" or "to" before it (delay-preps), and a verb of
// putting off or staying (delay-verbs) a few words before that in its
// clause ("the hearing was adjourned until Monday", "postponing his
// testimony until Monday", "has been postponed to Tuesday", "schools
// remain closed until Monday"); or the weekday a thing may come as soon
// as ("as soon as Monday", as-soon-as) or that comes after ("ahead of
// Sunday's election", ahead-of) or that is awaited ("Investors await
// Friday's jobs report", await-verbs) or that tickets are for ("Tickets
// for Saturday's final sold out", anticipation-nouns); or the day a thing
// is put off from now ("The vote has been postponed from Sunday"); or the
// day a thing is set for ("The judge set a hearing for Thursday", "The
// union called a strike for Monday", arrange-verbs); or the day a
// deadline given now runs to ("The company has until Friday to respond",
// deadline-holders).
func (t *Tagger) putOffUntil(i int) bool {
	if asSoonWords.Has(t.w(i-2)) && t.w(i-1) == "as" && t.w(i-3) == "as" {
		return true // "could be announced as soon as Monday"
	}
	if deadlineHolders.Has(t.w(i-2)) && delayPreps.Has(t.w(i-1)) && t.w(i+1) == "to" {
		return true // "Prosecutors have until Friday to respond"
	}
	if t.deadlineGiven(i) {
		return true // "gave the council until midnight on Monday to pay"
	}
	if aheadOfWords.Has(t.w(i-2)) && t.w(i-1) == "of" || awaitVerbs.Has(t.w(i-1)) {
		return true // "held rallies ahead of Sunday's election", "await Friday's report"
	}
	if ticketNouns.Has(t.w(i-2)) && t.w(i-1) == "for" && t.possessive(i+1) {
		return true // "Tickets for Saturday's final sold out"
	}
	if t.w(i-1) == "for" && t.possessive(i+1) && preparingVerbs.Has(t.w(i-2)) && !pastAuxes.Has(t.w(i-3)) {
		// "Fans are preparing for Saturday's final", "Residents brace
		// for Sunday's storm": what is prepared for is still to come;
		// "were preparing for" may tell of one gone by.
		return true
	}
	if t.w(i-1) == "from" && delayVerbs.Has(t.w(i-2)) {
		// "The vote has been postponed from Sunday to Monday": a day put
		// off now was still to come; "was postponed from Sunday" may
		// tell of one gone by, which the tense decides.
		aux := t.before(i - 2)
		if aux == "been" {
			aux = t.w(i - 4)
		}
		return presentCopulas.Has(aux) || perfectAuxes.Has(aux)
	}
	verbs := delayVerbs
	switch {
	case t.w(i-1) == "for" && !t.possessive(i+1):
		verbs = arrangeVerbs
	case !delayPreps.Has(t.w(i - 1)):
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if t.sentenceEnd(k) || t.w(k) == "," {
			return false
		}
		if verbs.Has(t.w(k)) {
			// "had been scheduled for Monday" is a plan as it stood in
			// the past, which the tense of its clause tells (marker).
			return t.w(i-1) != "for" || !t.planStood(k)
		}
	}
	return false
}

// dateSet reports whether the day of a month at token i (its first token)
// is the date a verb of setting gives a thing (date-setting-verbs), which
// lies ahead of the giving whatever its tense: "set a trial date of Oct.
// 3" or "set a new trial date, Oct. 3" (a date noun and "of" or a comma),
// "set Oct. 3 as the trial date", "fixed Oct. 3 for the hearing" (the
// verb right before the date and "as" or "for" after it), "scheduled a
// hearing on Oct. 3" (a thing a date is set for, set-event-nouns, and
// "on"). A comma or the end of a sentence between verb and date noun
// stops it.
func (t *Tagger) dateSet(i int) bool {
	switch {
	case (t.w(i-1) == "of" || t.w(i-1) == ",") && dateNouns.Has(t.w(i-2)):
		return t.setVerbBefore(i-3, i-7)
	case t.w(i-1) == "on" && setEventNouns.Has(t.w(i-2)):
		return t.setVerbBefore(i-3, i-5)
	case i >= 5 && t.w(i-1) == "on" && startVerbs.Has(t.w(i-2)) && t.w(i-3) == "to" && t.toks[i-4].kind == tWord && !dateSetVerbs.Has(t.w(i-4)):
		// "scheduled the trial to start on April 16", "set the retrial
		// to begin on March 3": an active setting, with its object
		// before "to" and a verb of starting, dates a start ahead of
		// it. "was scheduled to start on" is a plan as it stood.
		return t.setVerbBefore(i-5, i-8)
	case dateSetVerbs.Has(t.w(i-1)) && !t.toks[i-1].cap:
		j := i + 1
		for j < len(t.toks) && j <= i+4 && (t.toks[j].kind == tNum || t.w(j) == ".") {
			j++
		}
		return t.w(j) == "as" || t.w(j) == "for"
	}
	return false
}

// setVerbBefore reports whether a verb of setting a date stands at a token
// from hi back to lo, with only words between it and hi and no comma.
func (t *Tagger) setVerbBefore(hi, lo int) bool {
	for k := hi; k >= 0 && k >= lo; k-- {
		if t.toks[k].kind != tWord || t.sentenceEnd(k) || t.w(k) == "," {
			return false
		}
		if dateSetVerbs.Has(t.w(k)) && !t.toks[k].cap {
			return true
		}
	}
	return false
}

// planStood reports whether the plan word at k states a plan as it stood
// in the past: after a past form of "be" or "have" ("was due", "had been
// scheduled", past an adverb: "was originally scheduled"), or after an
// adverb of a former plan (former-plan-adverbs: "Her sentencing,
// originally set for April, was pushed back").
func (t *Tagger) planStood(k int) bool {
	if b := t.before(k); b == "been" && t.w(k-1) == b && perfectAuxes.Has(t.w(k-2)) {
		// "Parliament has been recalled for Thursday": a plan that
		// holds now.
		return false
	}
	return pastPlanForms.Has(t.before(k)) || formerPlanAdverbs.Has(t.w(k-1)) || t.asidePlanPast(k) || t.nounPlanPast(k)
}

// nounPlanPast reports whether the plan participle at k, before "to" or
// "for", qualifies the noun
// right before it ("A hearing set for Thursday", "the summit scheduled for
// Friday") and a past auxiliary (past-auxiliaries) comes two to six words
// after it, before a comma or the end of the sentence: "A hearing set for
// Thursday was postponed" tells of the plan as it stood, whose day may now
// be behind (the nearest, not next week's). A noun is a word that may end
// a subject and shows no tense by its form.
func (t *Tagger) nounPlanPast(k int) bool {
	if n := t.w(k + 1); n != "for" && n != "to" || k < 1 || !t.subjectEnd(k-1) || t.toks[k-1].cap || t.verbForm(k-1) != noTense || t.participle(k-1) {
		return false
	}
	for j := k + 3; j < len(t.toks) && j <= k+6; j++ {
		if t.sentenceEnd(j-1) || t.w(j-1) == "," {
			return false
		}
		if pastAuxes.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// withPlan reports whether the plan participle at k follows "with" and
// the noun it qualifies, a determiner or an adjective before that noun at
// most ("with results expected Sunday", "with a verdict due on Monday",
// "with the final vote scheduled for Thursday").
func (t *Tagger) withPlan(k int) bool {
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if t.w(j) == "with" {
			return true
		}
		if t.toks[j].kind != tWord || t.verbForm(j) != noTense {
			return false
		}
	}
	return false
}

// verbForm is the tense a word's form alone shows, from the lexicon's
// lists and no context (and so no call of marker, which these helpers of
// markerOf must not make): a past auxiliary or a past form (participle)
// is past, a modal, a present copula or a present word present; else
// noTense.
func (t *Tagger) verbForm(j int) tense {
	w := t.w(j)
	switch {
	case t.toks[j].kind != tWord:
		return noTense
	case pastAuxes.Has(w) || t.participle(j) && !t.toks[j].cap:
		return past
	case modals.Has(w) || presentWords.Has(w) || presentCopulas.Has(w):
		return present
	}
	return noTense
}

// pastBeforeWith reports whether the first verb form before the "with"
// of a plan participle at k, in its sentence, is a past (verbForm).
func (t *Tagger) pastBeforeWith(k int) bool {
	lo := t.clauseStart(k)
	w := k - 1
	for w > lo && t.w(w) != "with" {
		w--
	}
	for j := w - 1; j >= lo; j-- {
		if m := t.verbForm(j); m != noTense {
			return m == past
		}
	}
	return false
}

// asidePlanPast reports whether the plan word at k opens an aside that
// commas set off, and the first verb form after the aside's closing
// comma, at most three words on, is a past (verbForm): "The ceasefire, due to begin
// on Friday, collapsed within hours", "The talks, scheduled to end Friday,
// dragged on": the plan as it stood when the past happened, whose day may
// now be behind. A present or future after the aside keeps the plan's
// ("The talks, scheduled to end Friday, are expected to run over"), and
// so does a past of calling off or putting off (cancel-verbs,
// delay-verbs).
func (t *Tagger) asidePlanPast(k int) bool {
	if t.w(k-1) != "," {
		return false
	}
	for j := k + 1; j < len(t.toks) && j <= k+12; j++ {
		if t.sentenceEnd(j) || t.w(j) == ";" {
			return false
		}
		if t.w(j) != "," {
			continue
		}
		for v := j + 1; v < len(t.toks) && v <= j+3; v++ {
			if m := t.verbForm(v); m != noTense {
				// A plan called off or put off was so before its day
				// ("The rally, planned for Saturday, was banned"): the
				// tense does not tell that day's side of now.
				return m == past && !cancelVerbs.Has(t.w(v)) && !cancelVerbs.Has(t.w(v+1)) &&
					!delayVerbs.Has(t.w(v)) && !delayVerbs.Has(t.w(v+1))
			}
		}
		return false
	}
	return false
}

// cancelled reports whether the weekday at token at, in the possessive,
// names a thing called off right before it ("called off Saturday's
// march", "banned Saturday's march"; cancel-verbs) or after it, in the
// passive, whose subject the thing is ("Thursday's meeting has been
// canceled", "Saturday's rally has been called off", "Friday's launch is
// delayed"; delay-verbs): the day it was to be on, which the tense of the
// calling off does not tell, unless it is a past one. An active verb tells what the thing did
// ("Thursday's storm canceled flights", "Saturday's game kicked off
// late"), and a verb of another tense before the calling off ends the
// thing's clause ("Monday's protest drew thousands").
func (t *Tagger) cancelled(at int) bool {
	if !t.possessive(at + 1) {
		return false
	}
	if cancelVerbs.Has(t.w(at - 1)) {
		return true
	}
	for j := at + 3; j < len(t.toks) && j < at+10 && t.toks[j].kind == tWord; j++ {
		w := t.w(j)
		if pastAuxes.Has(w) {
			// "Thursday's meeting was canceled", in a Tuesday story, may
			// tell of the Thursday gone by: the tense decides.
			return false
		}
		if j > at+3 && copulas.Has(t.w(j-1)) && (cancelVerbs.Has(w) && w != "off" || delayVerbs.Has(w) || t.w(j+1) == "off") {
			return true
		}
		if t.marker(j) != noTense && !copulas.Has(w) && !perfectAuxes.Has(w) && !modals.Has(w) {
			return false
		}
	}
	return false
}

// offNow reports whether the weekday at token at dates a thing the
// present says is called off: the weekday in the possessive ("Saturday's
// derby is off") or after "on" ("The march on Sunday is cancelled"),
// then, with no marker of tense between, a present copula and "off", a
// verb of cancel-verbs or "called off". What is gone by is told as "was
// called off"; "has been cancelled" may tell of either day (cancelled).
func (t *Tagger) offNow(at int) bool {
	j := at + 1
	switch {
	case t.possessive(at + 1):
		j = at + 3
	case t.w(at-1) != "on":
		return false
	}
	for ; j < len(t.toks) && j < at+10 && t.toks[j].kind == tWord; j++ {
		if w := t.w(j); presentCopulas.Has(w) && w != "s" {
			nx := t.w(j + 1)
			return cancelVerbs.Has(nx) || nx == "called" && t.w(j+2) == "off"
		}
		if t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// reportedWill reports whether the weekday at token at, in the
// possessive right after a verb of saying, opens the clause the verb
// reports, and that clause's verb is in "will": "The league has confirmed
// Saturday's match will not go ahead", "Officials announced Sunday's
// parade will take a shorter route". The day is the reported clause's,
// which looks ahead of now.
func (t *Tagger) reportedWill(at int) bool {
	if !t.possessive(at+1) || !reportingVerbs.Has(t.w(at-1)) {
		return false
	}
	hi := at
	for hi+1 < len(t.toks) && hi-at < 40 && !t.sentenceEnd(hi) && !t.toks[hi+1].nl {
		hi++
	}
	m, k := t.tenseAfter(at, hi)
	return m == future && t.w(k) == "will"
}

// decreedStart reports whether the weekday at token at is the first day of
// a period a past verb of decreeing gives ("declared three days of
// national mourning, beginning on Thursday", "imposed a curfew starting
// Friday"; decree-verbs, start-words), or that "from" alone opens
// ("ordered farmers to keep their birds indoors from Wednesday", not
// after "called for", a demand): the nearest verb of tense before the
// start word, in its sentence, is one of those verbs in the past.
func (t *Tagger) decreedStart(at int) bool {
	s := at - 1
	if w := t.w(s); w == "on" || w == "from" {
		s--
	}
	if !startWords.Has(t.w(s)) && t.w(at-1) == "from" && !t.calledFor(s) {
		// "ordered farmers to keep their birds indoors from Wednesday",
		// "imposed a curfew from Friday": "from" alone opens the period
		// decreed as "beginning" does.
		s = at - 1
	} else if !startWords.Has(t.w(s)) {
		return false
	}
	if t.possessive(at + 1) {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-12 && !t.sentenceEnd(k); k-- {
		if m := t.marker(k); m != noTense {
			return m == past && decreeVerbs.Has(t.w(k))
		}
	}
	return false
}

// calledFor reports whether "called for" stands before token s in its
// sentence, up to twelve words back: a demand ("The unions called for a
// strike from Tuesday"), which looks ahead, no decree.
func (t *Tagger) calledFor(s int) bool {
	for k := s - 1; k > 0 && k >= s-12 && !t.sentenceEnd(k); k-- {
		if t.w(k) == "for" && t.w(k-1) == "called" {
			return true
		}
	}
	return false
}

// declaredDay reports whether the weekday at token at is a day a verb
// declares a day ("declared Wednesday a day of mourning", "proclaimed
// Monday a public holiday"; day-declaring-verbs, declared-day-nouns): a
// noun of a day within a few words after "a" or "as" after the weekday.
// A day is declared ahead of it, or on it.
func (t *Tagger) declaredDay(at int) bool {
	if !dayDeclaring.Has(t.w(at-1)) || t.toks[at-1].cap || t.w(at+1) != "a" && t.w(at+1) != "as" {
		return false
	}
	for j := at + 2; j < len(t.toks) && j <= at+5 && t.toks[j].kind == tWord; j++ {
		if declaredDays.Has(t.w(j)) {
			return true
		}
	}
	return false
}

// cancelledAfter reports whether the weekday at token at is the day a
// thing was called off, in a phrase "after being" and a verb of calling
// off opens ("returns next year after being cancelled on Tuesday", "after
// being called off on Friday"; cancel-verbs): the calling off is gone by,
// or today's, whatever the tense.
func (t *Tagger) cancelledAfter(at int) bool {
	j := at - 1
	if t.w(j) == "on" {
		j--
	}
	if t.w(j) == "off" && t.w(j-1) == "called" {
		j--
	} else if !cancelVerbs.Has(t.w(j)) || t.w(j) == "off" {
		return false
	}
	return t.w(j-1) == "being" && t.w(j-2) == "after"
}

// afterHarm reports whether the weekday at token at, after "on" or in the
// possessive, is in a phrase that "after" and a verb of hurt in -ing open
// at most eight words before it (after-harm-gerunds), with no other verb
// between but a participle after "being" or "having": "will miss three
// months after tearing a knee ligament in Sunday's draw", "faces a month
// out after being injured in the derby on Saturday". A hurt that keeps one
// out is gone by, whatever the tense of the clause; "will fly home after
// playing in Sunday's final" is not a hurt, and is left to the tense.
func (t *Tagger) afterHarm(at int) bool {
	if t.w(at-1) != "on" && !t.possessive(at+1) {
		return false
	}
	for j := at - 1; j >= 1 && j >= at-9; j-- {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) {
			return false
		}
		w := t.w(j)
		if w == "after" {
			return afterHarmGerunds.Has(t.w(j + 1))
		}
		if t.marker(j) != noTense && !afterHarmGerunds.Has(w) {
			if p := t.w(j - 1); p != "being" && p != "having" {
				return false
			}
		}
	}
	return false
}

// futureAfter reports whether the sentence of token i looks ahead after
// it: a marker of the future ("will", "is to", "plans to") between i and
// the end of the sentence.
func (t *Tagger) futureAfter(i int) bool {
	for k := i + 1; k < len(t.toks) && k-i < 40 && !t.toks[k].nl; k++ {
		if t.sentenceEnd(k) {
			return false
		}
		if t.marker(k) == future && !coordinators.Has(t.w(k-1)) {
			// "The bank left rates unchanged on Tuesday and will meet
			// again in November": a future right after "and" or "but" is
			// the subject's second predicate, which tells nothing of the
			// first's day (as tenseAfter reads it).
			return true
		}
	}
	return false
}

// commaRelative reports whether the marker of tense at token k is the
// verb of a relative clause set off by a comma: "who", "which" (of
// relative-pronouns) or "whose" right after a comma, at most four words before k, no
// comma or sentence end between ("The ferry, which ran aground on
// Sunday, will be towed"; "The minister, who was sacked on Monday, will
// ..."). A future after such a clause is the main clause's and tells
// nothing of the relative clause's day.
func (t *Tagger) commaRelative(k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if t.w(j) == "," || t.sentenceEnd(j) || t.toks[j+1].nl {
			return false
		}
		if relPronouns.Has(t.w(j)) && t.w(j) != "where" || t.w(j) == "whose" {
			return t.w(j-1) == ","
		}
	}
	return false
}

// perfectArranged reports whether the weekday at token at, after "on",
// dates a thing that a verb of arranging in the present perfect governs:
// "Protesters have called for a march on Friday", "The judge has
// scheduled a hearing on Monday" (perfect-arrange-verbs, arrange-verbs,
// set-event-nouns, gathering-nouns). A present perfect takes no day gone
// by, so the day is the thing's, ahead or today; "called for a march on
// Friday" in the past may tell when the call was made, and is left to the
// tense; "called for a strike from Monday" tells when the strike is to
// start, after the call, so the day is ahead or today in any tense.
func (t *Tagger) perfectArranged(at int) bool {
	from := t.w(at-1) == "from"
	if t.w(at-1) != "on" && !from {
		return false
	}
	n := at - 2
	if !setEventNouns.Has(t.w(n)) && !gatheringNouns.Has(t.w(n)) {
		n--
		if !setEventNouns.Has(t.w(n)) && !gatheringNouns.Has(t.w(n)) {
			return false
		}
	}
	for k := n - 1; k >= 0 && k >= n-4 && t.toks[k].kind == tWord; k-- {
		w := t.w(k)
		if arrangeVerbs.Has(w) || perfectArrange.Has(w) {
			// "called for a general strike from Monday": what is called
			// for runs from a day after the call, whatever its tense.
			return from || perfectAuxes.Has(t.before(k))
		}
	}
	return false
}

// happenedPossessive reports whether the weekday at token at, in the
// possessive, dates a happening gone by: one no one plans, at most one
// word after it ("Saturday's shooting", "Saturday's deadly attack"), or
// any one after a noun of its aftermath and a preposition ("complaints
// about Friday's vote", "the investigation into Monday's crash";
// unplanned-happenings, aftermath-nouns).
func (t *Tagger) happenedPossessive(at int) bool {
	if !t.possessive(at + 1) {
		return false
	}
	for j, end := at+3, at+4; j <= end && j < len(t.toks); j++ {
		if t.w(j) == "-" && !t.toks[j].space && j+1 < len(t.toks) && !t.toks[j+1].space {
			// "Tuesday's EF-3 tornado", "Monday's high-speed crash": a
			// word a hyphen joins counts as one.
			end += 2
			j++
			continue
		}
		if t.toks[j].kind != tWord && t.toks[j].kind != tNum {
			break
		}
		if unplannedNouns.Has(t.w(j)) {
			return true
		}
	}
	return prepositions.Has(t.w(at-1)) && aftermathNouns.Has(t.w(at-2)) || t.penaltyFor(at)
}

// penaltyFor reports whether the weekday at token at, in the possessive,
// dates disorder a penalty is for: "at", "during" or "after" before it
// (disorder-preps), a noun of disorder before that (disorder-nouns), and, at most four words
// without tense before the noun, "for" or "over" after a word of penalty
// (penalty-nouns): "will appeal against the fine for the crowd trouble at
// Saturday's match".
func (t *Tagger) penaltyFor(at int) bool {
	if !disorderPreps.Has(t.w(at-1)) || !disorderNouns.Has(t.w(at-2)) {
		return false
	}
	for j := at - 3; j >= 1 && j >= at-7; j-- {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) {
			return false
		}
		if w := t.w(j); w == "for" || w == "over" {
			return penaltyNouns.Has(t.w(j - 1))
		}
		if t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// happeningDated reports whether the weekday at token at, after "on",
// dates a happening no one plans that a noun before it names, in a
// phrase that a preposition of aftermath opens ("will not face charges
// over the car crash outside his home early on Friday", "will look into
// the shooting on Sunday"; unplanned-happenings, aftermath-preps): the
// happening is gone by, or today's, whatever the tense. A marker of tense,
// a comma or a coordinator between stops it: the weekday is then a verb's
// ("about the fire and release him on Saturday"). "of" after a noun of
// aftermath-nouns ("the victims of the shooting on Friday") opens such a
// phrase too.
func (t *Tagger) happeningDated(at int) bool {
	if t.w(at-1) != "on" || t.possessive(at+1) {
		return false
	}
	for j := at - 2; j >= 0 && j >= at-9; j-- {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) || t.marker(j) != noTense || coordinators.Has(t.w(j)) {
			return false
		}
		if !unplannedNouns.Has(t.w(j)) {
			continue
		}
		for p := j - 1; p >= 0 && p >= j-4 && t.toks[p].kind == tWord && t.marker(p) == noTense; p-- {
			if aftermathPreps.Has(t.w(p)) || t.w(p) == "of" && aftermathNouns.Has(t.w(p-1)) {
				// "a vigil for the victims of the shooting on Friday"
				return true
			}
		}
		return false
	}
	return false
}

// afterToday reports whether the weekday at token at is in a phrase of
// "after" and a verb in -ing, a few words before it, whose sentence tells
// before "after" of today ("Talks resume today after breaking up on
// Friday", "The plant reopens tonight after closing on Monday"): the
// happening after "after" came before today, so its weekday is gone by.
func (t *Tagger) afterToday(at int) bool {
	a := -1
	for j := at - 1; j >= 0 && j >= at-8; j-- {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) {
			return false
		}
		if t.w(j) == "after" {
			a = j
			break
		}
	}
	if a < 0 || a+1 >= at || len(t.w(a+1)) <= 5 || !strings.HasSuffix(t.w(a+1), "ing") {
		return false
	}
	for j := a - 1; j >= 0 && j >= a-20 && !t.sentenceEnd(j) && !t.toks[j+1].nl; j-- {
		if w := t.w(j); w == "today" || w == "tonight" {
			return true
		}
	}
	return false
}

// warnedFor reports whether the weekday at token at is what a warning or
// an alert is for: "for" after one of warning-nouns, and at most eight
// words without tense between "for" and the weekday, none of
// warning-stops ("a yellow warning for snow from Thursday evening until
// midday on Friday", "a flood alert for Friday"; not "a warning for
// motorists after the crash on Friday").
func (t *Tagger) warnedFor(at int) bool {
	for j := at - 1; j >= 1 && j >= at-9; j-- {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) || warningStops.Has(t.w(j)) || t.marker(j) != noTense && j != at-1 {
			return false
		}
		if t.w(j) == "for" {
			return warningNouns.Has(t.w(j - 1))
		}
		if t.w(j) == "from" && warningNouns.Has(t.w(j-1)) {
			// "issued a red flag warning from Tuesday morning through
			// Wednesday evening": the span the warning runs.
			return true
		}
	}
	return false
}

// dayInOrder gives the day of the weekday wd at token at that a phrase of
// order ties to the day the sentence named just before: that day, at most
// three words without tense, "after", "before" or "ahead of" (ahead-of),
// then at most six words without tense, "due" among them, up to the
// weekday. After is the nearest such day before the day named, before and
// ahead of the nearest after it: "Markets will open on Monday after
// Friday's weak jobs report" (Sunday: the Friday gone by), "The dollar held
// near a high on Monday ahead of figures due on Tuesday" (Monday: the
// Tuesday ahead). With no day named before, a weekday "due" ahead of a
// thing is the nearest on or after the DCT: what is due has not come
// ("Stocks held steady ahead of data due on Tuesday"). A count of days
// right before the phrase, after the day named and a comma or not, counts
// from that day ("sacked on Monday, four days after the defeat on
// Thursday": the Monday's Thursday before), when it reaches the weekday;
// across a verb, such a count ties the weekday ("quit on Tuesday, five
// days after the scandal broke on Thursday"), as does "after" and verbs
// all in the past ("quit on Tuesday after the scandal broke on Thursday":
// what came after was before).
func (t *Tagger) dayInOrder(at, wd int) (date, bool) {
	j := at - 1
	if t.w(j) == "on" {
		j--
	}
	due := t.w(j) == "due"
	c, tensed, pastOnly := -1, false, true
	for k := j; k >= 0 && k >= at-8; k-- {
		w := t.w(k)
		if t.toks[k].kind != tWord || t.sentenceEnd(k) {
			break
		}
		if w == "after" || w == "before" || w == "of" && aheadOfWords.Has(t.w(k-1)) {
			c = k
			break
		}
		if t.marker(k) != noTense && w != "due" {
			// "quit on Tuesday, five days after the scandal broke on
			// Thursday": a verb between ties the weekday to the day
			// named only by a count of days that reaches it.
			tensed = true
			pastOnly = pastOnly && t.marker(k) == past
		}
	}
	if c < 0 {
		return date{}, false
	}
	later := t.w(c) != "after"
	if t.w(c) == "of" {
		c--
	}
	st := &t.st
	if st.hasRef && st.ref.g == gDay && !st.ref.yx && st.refAt < c && c-st.refAt <= 8 {
		// the end of the anchor: the timex written at refAt.
		n := len(t.out) - 1
		for n >= 0 && t.out[n].Start > t.toks[st.refAt].start {
			n--
		}
		if n >= 0 && t.out[n].Start == t.toks[st.refAt].start {
			e := st.refAt
			for e < c && t.toks[e].start < t.out[n].End {
				e++
			}
			ok := c-e <= 3
			for k := e; k < c && ok; k++ {
				ok = t.toks[k].kind == tWord && !t.sentenceEnd(k) && t.marker(k) == noTense
			}
			if days, counted := t.daysBefore(c); counted && (e == c-2 || e == c-3 && t.w(e) == ",") {
				// "sacked on Monday, four days after the defeat on
				// Thursday": the count of days reaches the weekday
				// from the day named; a count that does not is a slip,
				// and the weekday is still the nearest on that side.
				d := st.ref.addDays(-days)
				if later {
					d = st.ref.addDays(days)
				}
				if d.weekday() == wd {
					return d, true
				}
				ok = true
			}
			if ok && (!tensed || pastOnly && !later) {
				d := st.ref
				if later {
					return d.addDays((wd-d.weekday()+6)%7 + 1), true
				}
				return d.addDays(-((d.weekday()-wd+6)%7 + 1)), true
			}
		}
	}
	if due && later && !tensed && t.w(c) != "before" {
		dct := st.dct
		return dct.addDays((wd - dct.weekday() + 7) % 7), true
	}
	return date{}, false
}

// daysBefore gives the count of days written right before the word of
// order at c ("four days after", "two days before"): a number, in
// figures or words, and a unit of days.
func (t *Tagger) daysBefore(c int) (int, bool) {
	u, ok := units[t.w(c-1)]
	if !ok || u.code != "D" || u.time || c < 2 {
		return 0, false
	}
	n := t.toks[c-2].num
	if t.toks[c-2].kind == tWord {
		n = numberWords[t.w(c-2)]
	}
	return n, n > 0 && n <= 60
}

// commaPlan reports whether the plan word at k, one that plans only after
// a form of "be" (copula-plans), opens a clause of its own after a comma
// that leaves the copula out, before "to" and a verb in lower case:
// "Hurricane Delia strengthens, forecast to hit the coast on Thursday",
// "The storm, predicted to reach the islands on Saturday, ...". "Due" plans
// so only before "to be" ("Mayor quits, due to be replaced on Friday") and
// the verbs of due-plan-verbs, no nouns ("Council leader quits, due to
// leave office on Friday"), as ", due to heavy rain" is a cause.
func (t *Tagger) commaPlan(k int) bool {
	if k < 1 || t.w(k-1) != "," || t.w(k+1) != "to" || k+2 >= len(t.toks) {
		return false
	}
	v := t.toks[k+2]
	if t.w(k) == "due" {
		return t.w(k+2) == "be" || duePlanVerbs.Has(t.w(k+2))
	}
	return v.kind == tWord && !v.cap && t.functionFree(k+2)
}

// closeMeasured reports whether the weekday at token at dates a market's
// close that a price is measured against: in the possessive before a
// close word ("a premium to Friday's close", "up 3% from Friday's closing
// level"), or after "on" that at most three words after a close word
// follow ("a premium of 31% to Carver's closing price on Friday"), the
// close word in both after a preposition of comparison (measure-preps) at
// most three words before it, with no marker of tense or break between.
func (t *Tagger) closeMeasured(at int) bool {
	c := -1
	if t.possessive(at + 1) {
		if closeWords.Has(t.w(at + 3)) {
			c = at
		}
	} else if t.w(at-1) == "on" {
		for j := at - 2; j >= 1 && j >= at-5; j-- {
			if t.toks[j].kind != tWord || t.sentenceEnd(j) || t.marker(j) != noTense {
				return false
			}
			if closeWords.Has(t.w(j)) {
				c = j
				break
			}
		}
	}
	if c < 0 || t.w(c-1) == "to" {
		// "The deal is expected to close on Friday": the verb.
		return false
	}
	for j := c - 1; j >= 0 && j >= c-5; j-- {
		if measurePreps.Has(t.w(j)) {
			return true
		}
		if t.possessive(j) || j > 0 && t.possessive(j-1) {
			continue // "to Carver's closing price"
		}
		if t.toks[j].kind != tWord || t.sentenceEnd(j) || t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// anticipated reports whether the weekday at token at, in the possessive
// before a noun of a fixture (fixture-nouns, one word between at most),
// follows a present form of a verb that looks to a thing to come
// (anticipating-verbs) at most five words before it, with no marker of
// tense, comma or break between: "The striker misses Wednesday's game",
// "Police fear trouble at Saturday's match".
func (t *Tagger) anticipated(at int) bool {
	if !t.possessive(at+1) || !fixtureNouns.Has(t.w(at+3)) && !fixtureNouns.Has(t.w(at+4)) {
		return false
	}
	for j := at - 1; j >= 1 && j >= at-5; j-- {
		if t.toks[j].kind == tNum {
			continue // "expect 5,000 people at Saturday's march"
		}
		if t.toks[j].kind != tWord || t.sentenceEnd(j) {
			return false
		}
		if anticipateVerbs.Has(t.w(j)) {
			// No modal, auxiliary, "to" or past in the four tokens
			// before the verb: "did not miss", "could miss" are the
			// tense's; a present copula right before a form in -ing is
			// the present ("are expecting").
			for q := j - 1; q >= 0 && q >= j-4; q-- {
				if q == j-1 && presentCopulas.Has(t.w(q)) && strings.HasSuffix(t.w(j), "ing") {
					continue
				}
				if p := t.w(q); modals.Has(p) || auxiliaries.Has(p) || pastAuxes.Has(p) || anticipateStops.Has(p) || t.marker(q) != noTense {
					return false
				}
			}
			return true
		}
		if t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// selectedFor reports whether the weekday at token at, in the possessive
// before a noun of a fixture, follows "for" and a word of selection-words:
// "has been called up for Wednesday's friendly", "is a doubt for
// Saturday's derby" (the fixture ahead or today).
func (t *Tagger) selectedFor(at int) bool {
	if !t.possessive(at+1) || !fixtureNouns.Has(t.w(at+3)) && !fixtureNouns.Has(t.w(at+4)) {
		return false
	}
	return t.w(at-1) == "for" && selectionWords.Has(t.w(at-2))
}

// worriedAbout reports whether the weekday at token at, in the possessive
// before a noun of a fixture, follows a present copula, a word of worry
// (worry-words) and "about", with at most four words after "about", none a
// determiner that points back (worry-stops) nor a marker of tense: "Fans
// are worried about violence at Sunday's game", "is nervous about
// Saturday's final" (the fixture ahead). "were worried" is the tense's,
// and "worried about the violence at Sunday's game" may tell of what was.
func (t *Tagger) worriedAbout(at int) bool {
	if !t.possessive(at+1) || !fixtureNouns.Has(t.w(at+3)) && !fixtureNouns.Has(t.w(at+4)) {
		return false
	}
	for j := at - 1; j >= 2 && j >= at-5; j-- {
		if t.toks[j].kind != tWord || t.sentenceEnd(j) || worryStops.Has(t.w(j)) {
			return false
		}
		if t.w(j) == "about" {
			return worryWords.Has(t.w(j-1)) && presentCopulas.Has(t.w(j-2))
		}
		if t.marker(j) != noTense {
			return false
		}
	}
	return false
}

// extendedUntil reports whether the weekday at token at follows "until",
// "till" or "to" right after a form of extending (extending-verbs) in the
// present or the present perfect: "The warning has been extended until
// Tuesday", "is extended to Friday", "extends the curfew until Sunday" (one
// to three words of object between), and a participle set off by commas
// before a present or a future ("The deadline, extended to Friday, gives
// firms more time"; commaMainAhead). After a past auxiliary it is left to
// the tense.
func (t *Tagger) extendedUntil(at int) bool {
	if !delayPreps.Has(t.w(at - 1)) {
		return false
	}
	for k := at - 2; k >= 1 && k >= at-5; k-- {
		if t.toks[k].kind != tWord || t.sentenceEnd(k) {
			return false
		}
		if !extendVerbs.Has(t.w(k)) {
			continue
		}
		aux := t.before(k)
		if aux == "been" {
			aux = t.before(k - 1)
		}
		if t.w(k) == "extended" {
			if aux == "," && k == at-2 {
				return t.commaMainAhead(at)
			}
			return presentCopulas.Has(aux) || perfectAuxes.Has(aux)
		}
		return !pastAuxes.Has(aux) && !modals.Has(aux) && aux != "to" && aux != "did"
	}
	return false
}

// commaMainAhead reports whether the weekday at token at closes a phrase
// set off by commas (", extended to Friday,") and the first marker of
// tense after the closing comma, in its sentence, is a present or a
// future: "The deadline, extended to Friday, gives firms more time" tells
// of a day the deadline now runs to; "..., passed without a deal" is left
// to the tense.
func (t *Tagger) commaMainAhead(at int) bool {
	if t.w(at+1) != "," {
		return false
	}
	for j := at + 2; j < len(t.toks) && j <= at+12; j++ {
		if t.sentenceEnd(j-1) || t.toks[j].kind != tWord {
			return false
		}
		if m := t.marker(j); m != noTense {
			return m == present || m == future
		}
		if j == at+2 && !t.toks[j].cap && t.presentS(j) {
			// "The deadline, extended to Friday, gives firms more
			// time": the subject's verb right after the comma.
			return true
		}
	}
	return false
}

// dueNoun reports whether the weekday at token at, after "due" and "on",
// "by" or neither ("results due by Friday"), dates a thing a noun before "due" names, with no form of "be"
// between: "investors waited for figures due on Friday", "a report due
// Tuesday". What is due has not come, whatever the tense round it;
// "was due on Friday" is a plan as it stood (marker), and a past after
// it may tell of the thing due as gone by (within its paragraph: a
// headline with no stop ends at its line).
func (t *Tagger) dueNoun(at int) bool {
	j := at - 1
	if t.w(j) == "on" || t.w(j) == "by" {
		j--
	}
	if t.w(j) != "due" || j < 1 || t.toks[j-1].kind != tWord {
		return false
	}
	p := t.w(j - 1)
	if copulas.Has(p) || auxiliaries.Has(p) || pastAuxes.Has(p) || perfectAuxes.Has(p) || modals.Has(p) || adverbOK(p) || t.marker(j-1) != noTense {
		return false
	}
	if t.withPlan(j) && t.pastBeforeWith(j) {
		// "Stocks fell on Thursday, with jobs data due on Friday": the
		// plan as it stood when the past happened (marker).
		return false
	}
	for k := at + 1; k < len(t.toks) && k <= at+12 && !t.sentenceEnd(k-1) && !t.toks[k].nl; k++ {
		if t.marker(k) == past {
			// "Loan payments due on Friday were missed": the thing
			// due is the subject of a past, and may be gone by.
			return false
		}
	}
	return true
}

// adverbOK reports whether w has the shape of an adverb in -ly ("originally
// due"), and is none of ly-nouns ("the tally due by Friday"), or is one of
// due-adverbs ("now due"), which may stand for the verb left out.
func adverbOK(w string) bool {
	return strings.HasSuffix(w, "ly") && !lyNouns.Has(w) || dueAdverbs.Has(w)
}

// preparedFor gives the day of the weekday wd at token at, in the
// possessive after "for", when its clause names the day of a getting
// ready or setting out for it (readying-words) before it: the weekday the
// text wrote last, a day, at most ten words before "for" with no comma or
// end of sentence between, and a readying word in those words. What is
// got ready for comes on that day or after it, whatever the tense:
// "Officials were preparing on Monday for Sunday's marathon", in a
// Tuesday story, is the Sunday ahead, and in a story about the week
// before (Monday a week back) the Sunday after that Monday. A day
// praised, blamed or fined for is no getting ready ("was fined on Monday
// for Saturday's violence" is left to the tense).
//
// A thing set for a day (fixture-nouns, set-event-nouns) that the
// possessive weekday names, in the three words after it, is one too,
// with no readying word: what is done on a day "for" a fixture is done
// ahead of it ("The coach named his squad on Wednesday for Sunday's
// final", "Tickets went on sale on Monday for Friday's concert"), unless
// a word of those before "for" gives a cause (cause-for-words,
// penalty-nouns: "Fans were thanked on Monday for Saturday's march").
func (t *Tagger) preparedFor(at, wd int) (date, bool) {
	f := at - 1
	if t.w(f) != "for" || !t.possessive(at+1) {
		return date{}, false
	}
	st := &t.st
	if !st.hasRef || st.ref.g != gDay || st.ref.yx || st.refAt >= f || f-st.refAt > 10 {
		return date{}, false
	}
	ready, fixture, cause := false, t.fixtureAfter(at), false
	for k := f - 1; k >= 0 && k >= f-10; k-- {
		if t.sentenceEnd(k) || t.w(k) == "," {
			return date{}, false
		}
		ready = ready || readyingWords.Has(t.w(k))
		cause = cause || causeForWords.Has(t.w(k)) || penaltyNouns.Has(t.w(k))
		if k < st.refAt && ready {
			break
		}
	}
	if !ready && !(fixture && !cause) {
		return date{}, false
	}
	d := st.ref
	return d.addDays((wd - d.weekday() + 7) % 7), true
}

// fixtureAfter reports whether a noun of a thing set for a day
// (fixture-nouns, set-event-nouns) is among the three words after the
// possessive of the weekday at token at, with no punctuation or
// preposition before it: "Sunday's final", "Friday's charity concert".
func (t *Tagger) fixtureAfter(at int) bool {
	for j := at + 3; j < len(t.toks) && j <= at+5; j++ {
		w := t.w(j)
		if t.toks[j].kind != tWord || prepositions.Has(w) {
			return false
		}
		if fixtureNouns.Has(w) || setEventNouns.Has(w) {
			return true
		}
	}
	return false
}

// laterStage gives the day a later stage at token at follows: the day
// the text wrote last, in the same sentence at most fourteen words
// before, on or after the DCT, when the weekday at is what the thing runs
// until ("until", "till", "through" or "by" right before it), or ends on
// (stage-end-words, "on" between or not) after a start in the sentence
// (stage-start-words, from a few words before that day on), or the day
// its outcome is expected or due on ("with results expected Sunday",
// outcome-nouns, withPlan). A thing gone by is left to the tense.
func (t *Tagger) laterStage(at int) (date, bool) {
	st := &t.st
	if !st.hasRef || st.ref.g != gDay || st.ref.yx || st.refAt >= at || at-st.refAt > 14 || st.ref.before(st.dct) {
		return date{}, false
	}
	if !st.dct.before(st.ref) {
		if tn, _ := t.clauseTense(at); tn == past {
			// "The chief executive quit on Monday, and by Friday the
			// board had fired his deputy", in a Monday story: a stage
			// the past tells of after a start today is gone by too, the
			// week before; the tense decides.
			return date{}, false
		}
	}
	lo := st.refAt - 4
	if lo < 0 {
		lo = 0
	}
	for k := st.refAt; k < at; k++ {
		if t.sentenceEnd(k) {
			return date{}, false
		}
	}
	p := at - 1
	if stageUntilWords.Has(t.w(p)) {
		return st.ref, true
	}
	if t.w(p) == "on" {
		p--
	}
	if stageEndWords.Has(t.w(p)) {
		for k := lo; k < p; k++ {
			if t.sentenceEnd(k) {
				lo = k + 1
			}
		}
		for k := lo; k < p; k++ {
			if stageStartWords.Has(t.w(k)) {
				return st.ref, true
			}
		}
		return date{}, false
	}
	if planWords.Has(t.w(p)) && t.withPlan(p) && outcomeNouns.Has(t.w(p-1)) {
		return st.ref, true
	}
	return date{}, false
}

// pluralBeforeComma reports whether the word at j, before the comma that
// opens a relative clause, is a plural noun: a lower-case word ending in
// -s that is no -ss word ("holidays", "championships", "talks"; not
// "business", "Paris").
func (t *Tagger) pluralBeforeComma(j int) bool {
	w := t.w(j)
	return j >= 0 && t.toks[j].kind == tWord && !t.toks[j].cap && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// calendarVerb reports whether the word at k is a verb of the calendar
// (scheduled-verbs: "begins", "opens"), or "take(s)" of "take place" in
// a relative clause ("the games, which take place in August"); "takes
// place on Sunday" after a subject is left to presentAhead, which reads
// the present of a verb the lexicon does not know.
func (t *Tagger) calendarVerb(k int) bool {
	w := t.w(k)
	return scheduledVerbs.Has(w) || placeVerbs.Has(w) && t.w(k+1) == "place" && relPronouns.Has(t.w(k-1))
}

// modalPerfect reports whether the modal at k opens a modal perfect: "have"
// and a lower-case word after it that is not "to" ("should have taken",
// "could have been"; not "should have to pay", an obligation ahead).
func (t *Tagger) modalPerfect(k int) bool {
	j := k + 2
	return t.w(k+1) == "have" && j < len(t.toks) && t.toks[j].kind == tWord && !t.toks[j].cap && t.w(j) != "to"
}

// lastWeekdayOf reports whether "last" at k is the ordinal of a weekday of
// a month ("the last Friday in May", "of the month"; ordinalWeekday,
// sets.go).
func (t *Tagger) lastWeekdayOf(k int) bool {
	j := k + 1
	if weekdays[t.w(j)] == 0 || !t.capital(j) || t.w(j+1) != "of" && t.w(j+1) != "in" {
		return false
	}
	n := t.w(j + 2)
	return monthNames[n] != 0 || monthAbbrevs[n] != 0 || monthSetDets.Has(n) && t.w(j+3) == "month"
}
