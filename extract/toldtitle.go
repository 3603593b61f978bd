package extract

// Titles of what is said: a time inside what a verb of saying tells titles
// the event by what is told, with who told it after it (", police said"),
// and an "according to X" phrase stays as ", according to X", as wire copy
// writes them: a claim someone makes is never published as fact.

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/timex"
)

// tellsSayingOnly returns where what a verb of saying tells starts when
// title, made for the time tx of the clause seg, tells that saying though
// tx does not date it, or -1: the clause's first verb of saying stands
// before tx, the title holds that verb (or is the clause's opening cut
// short), and what the verb tells has begun before tx, a "that", an
// auxiliary or modal, a past verb or a verb of expecting between them
// ("told lawmakers on Monday that the plant closed in March", "said she
// expected the ferry to sail in May", "said her mother had planned to
// retire next year"; the verbs of saying: toldVerb). A time
// right after the verb, or after its hearer or a phrase of where it was
// said, is the saying's ("said on Monday", "told lawmakers on Monday",
// "said in a statement on Monday"). What is told starts after the last
// "that" before tx, else right after the verb.
func tellsSayingOnly(text string, seg [2]int, tx timex.Timex, title string) int {
	if tx.Start <= seg[0] || tx.Start > seg[1] || title == "" {
		return -1
	}
	var room wordRoom
	ws := appendWords(room[:0], text, seg[0], tx.Start)
	i := slices.IndexFunc(ws, func(w word) bool { return toldVerb(w.w) })
	if i < 0 || i+1 >= len(ws) {
		return -1
	}
	lt := strings.ToLower(title)
	holds := slices.ContainsFunc(strings.Fields(lt), func(f string) bool { return strings.Trim(f, ",;:.\"“”'") == ws[i].w })
	if !holds && !(strings.HasSuffix(title, "…") && len(ws) > 1 && strings.HasPrefix(lt, strings.ToLower(text[ws[0].i:ws[1].j]))) {
		return -1
	}
	if i > 0 && (articleWords.Has(ws[i-1].w) || possessivePronouns.Has(ws[i-1].w) || prepositions.Has(ws[i-1].w)) {
		return -1 // (a participle on a noun: "the number of confirmed dead")
	}
	if i > 0 && pluralTellingVerbs.Has(ws[i].w) && (auxiliaries.Has(ws[i-1].w) || modalAuxiliaries.Has(ws[i-1].w) || negations.Has(ws[i-1].w) || doForms.Has(ws[i-1].w) || ws[i-1].w == "to") {
		return -1 // ("did not say whether", "could not say when": no telling)
	}
	for j := len(ws) - 1; j > i; j-- {
		if ws[j].w != "that" {
			continue
		}
		// "said that", "said on X that", "told lawmakers on Monday
		// that", "... and that": not a relative clause on an object
		// ("announced his departure in a letter that was released").
		if j+1 < len(ws) && (j == i+1 || ws[j-1].w == "and" || ws[j-1].w == "but" || prepositions.Has(ws[i+1].w) || clauseHearerVerbs.Has(ws[i].w) && j-i <= 5 || !announcingVerbs.Has(ws[i].w) && j-i <= 3) {
			return ws[j+1].i
		}
		return -1
	}
	if h := toldHearerEnd(text, ws, i); h > i+1 && h+1 < len(ws) {
		// ("told reporters the ferry was withdrawn on Monday", "told
		// the jury he had sold the boat in May": what is told starts
		// after the hearer, as after "said".)
		if n := ws[h]; !n.comma && (subjectPronouns.Has(n.w) || articleWords.Has(n.w) || possessivePronouns.Has(n.w) || (&chunker{text: text, ws: ws}).upper(h) || bareToldSubject(ws, h)) &&
			(slices.ContainsFunc(ws[h+1:], func(w word) bool { return auxiliaries.Has(w.w) || pastVerb(w.w) && !reportingVerbs.Has(w.w) }) || regularPastAfter(ws, h+1)) {
			return ws[h].i
		}
		return -1
	}
	if n := ws[i+1]; clauseHearerVerbs.Has(ws[i].w) || announcingVerbs.Has(ws[i].w) || n.comma ||
		!subjectPronouns.Has(n.w) && !articleWords.Has(n.w) && !possessivePronouns.Has(n.w) && !(&chunker{text: text, ws: ws}).upper(i+1) && !bareToldSubject(ws, i+1) || !slices.ContainsFunc(ws[i+1:], func(w word) bool {
		return auxiliaries.Has(w.w) || modalAuxiliaries.Has(w.w) || pastVerb(w.w) && !reportingVerbs.Has(w.w) || expectingVerbs.Has(w.w)
	}) && !regularPastAfter(ws, i+2) {
		return -1
	}
	return ws[i+1].i
}

// regularPastAfter reports whether the words of ws from k hold a regular
// past ("-ed") after a word that does not make it a noun's modifier (no
// article, possessive, determiner, preposition or number before it), with
// no comma before it: the verb of a clause a verb of saying tells ("said
// the ferry sailed without its licence on Monday", "said he closed the
// slipway"), as an irregular past is ("said the ferry sank"). In news
// English the subject of such a clause is a short noun phrase, so the
// look is bounded (five words).
func regularPastAfter(ws []word, k int) bool {
	for j := max(k, 1); j < len(ws) && j < k+5; j++ {
		if ws[j].comma || ws[j].w == "that" || relativePronouns.Has(ws[j].w) {
			return false
		}
		w, p := ws[j].w, ws[j-1].w
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !articleWords.Has(p) && !possessivePronouns.Has(p) && !(determiners.Has(p) && !subjectPronouns.Has(p)) && !prepositions.Has(p) && !(p != "" && p[0] >= '0' && p[0] <= '9') {
			return true
		}
	}
	return false
}

// bareToldSubject reports whether the words of ws from k open a told
// clause on a bare noun, one with no article ("Police said firefighters
// were called", "admitted safety checks were skipped", "witnesses said
// gunmen opened fire"): one to three words with no comma, preposition,
// relative word or "that" among them, then an auxiliary or modal, or a
// past verb that a word other than a preposition follows. A noun the
// verb takes as its object is described, not told of: "reported damage
// caused by the storm", "claimed responsibility for attacks".
func bareToldSubject(ws []word, k int) bool {
	for p := k + 1; p < len(ws) && p <= k+3; p++ {
		w := ws[p]
		switch {
		case w.comma || prepositions.Has(w.w) || relativePronouns.Has(w.w) || w.w == "that" || w.w == "whose":
			return false
		case auxiliaries.Has(w.w) || modalAuxiliaries.Has(w.w):
			return true
		case pastVerb(w.w) && !reportingVerbs.Has(w.w):
			return p+1 < len(ws) && !prepositions.Has(ws[p+1].w)
		}
	}
	return false
}

// toldVerb reports whether w is a verb of saying whose clause tells a
// happening: the reporting and announcing verbs, and those by which one
// asserts, grants or argues what is told ("argued that the council had
// known in 2022", "accepted that he had signed the cheques in March").
func toldVerb(w string) bool {
	return reportingVerbs.Has(w) || announcingVerbs.Has(w) || assertingVerbs.Has(w) || pluralTellingVerbs.Has(w)
}

var (
	hearerPronouns     = wordSet("hearer-pronouns")
	assertingVerbs     = wordSet("asserting-verbs")
	pluralTellingVerbs = wordSet("plural-telling-verbs")
)

// saysWithoutTold reports whether title, made for the time tx of the
// clause seg, keeps a verb of saying whose told clause has lost its
// subject: in the clause before tx the verb stands right before an
// auxiliary ("which he said was seized ... in October", "the emails they
// said were obtained ... in February"). A relative pronoun, or the noun a
// contact clause stands on, is the subject of what is told there, so the
// time dates the told happening of that noun, never the saying, and the
// title ("He said was seized", "Exclude the emails they said were
// obtained") tells neither. The teller is a pronoun or the word right
// after the relative pronoun. ("What he said was ...", a free relative,
// and a noun "claims" ("Their claims were filed") are no such clause.)
func saysWithoutTold(text string, seg [2]int, tx timex.Timex, title string) bool {
	if tx.Start <= seg[0] || tx.Start > seg[1] || title == "" {
		return false
	}
	var room wordRoom
	ws := appendWords(room[:0], text, seg[0], tx.Start)
	var twsRoom fieldRoom
	tws := fieldsIn(&twsRoom, strings.ToLower(title))
	for j := 1; j+1 < len(ws); j++ {
		if !toldVerb(ws[j].w) || !auxiliaries.Has(ws[j+1].w) || ws[j+1].comma || ws[j-1].w == "what" || j >= 2 && ws[j-2].w == "what" {
			continue
		}
		if p := ws[j-1].w; articleWords.Has(p) || possessivePronouns.Has(p) || !subjectPronouns.Has(p) && !(j >= 2 && (relativePronouns.Has(ws[j-2].w) || ws[j-2].w == "that")) {
			// (The teller is a pronoun, or stands right after the
			// relative pronoun: "which inspectors said was"; not a
			// noun's "claims": "Their claims were filed".)
			continue
		}
		for k := 0; k+1 < len(tws); k++ {
			if strings.Trim(tws[k], ",;:\"“”'") == ws[j].w && strings.Trim(tws[k+1], ",;:\"“”'") == ws[j+1].w {
				return true
			}
		}
		return false
	}
	return false
}

var (
	backTimeWords   = wordSet("back-time-words")
	conjunctAdverbs = wordSet("conjunct-adverbs")
)

// toldLaterConjunct reports whether the time tx, inside what a verb of
// saying tells from at, dates a later predicate of it than the title
// tells: an "and" or "but" before tx opens a new predicate ("that", an
// auxiliary, a modal or a verb, after "then" or an adverb) that title does
// not reach, or what is told from at is itself a later "and that" clause.
// "said the group had been staying with relatives in the village and had
// booked the flight on Friday": the time is the booking's, and the title
// ("said the group had been staying with relatives") tells the stay. With it,
// the text that tells that predicate alone, from the clause's start up to
// end ("said the group had booked the flight on Friday": the told clause's
// subject, and its auxiliaries before a participle, "would be inspected
// ... and towed"), and how far the text after the predicate's start moved
// (tx moves by it); "" when the told clause has no short subject. Only
// the clause is copied, so that a text of many such clauses stays linear.
func toldLaterConjunct(text string, start, at, end int, tx timex.Timex, title string) (string, int, bool) {
	lt := " " + strings.ToLower(title) + " "
	if pw := words(text, max(start, at-12), at); len(pw) >= 2 && pw[len(pw)-1].w == "that" {
		// ("said its investigation was nearly complete and that it would
		// release the findings next month": what is told from at is
		// the second clause.)
		if c := pw[len(pw)-2].w; (c == "and" || c == "but") && !strings.Contains(lt, " "+c+" that ") {
			return "", 0, true
		}
	}
	var room1 fieldRoom
	if f := fieldsIn(&room1, strings.ToLower(tx.Text)); len(f) > 0 && backTimeWords.Has(f[0]) || len(f) > 1 && backTimeWords.Has(f[1]) {
		// ("had received the bid on Monday and turned it down the same
		// evening": a time that refers back to an earlier one falls on
		// its day, which dates the earlier predicate too.)
		return "", 0, false
	}
	ws := words(text, at, tx.Start)
	pred := func(w string) bool { return auxiliaries.Has(w) || modalAuxiliaries.Has(w) || pastVerb(w) }
	// The first predicate's verb group, found once (a clause of many
	// "and"s stays linear): its first word j, and chain, the word after
	// its auxiliaries.
	j0 := slices.IndexFunc(ws, func(w word) bool { return pred(w.w) })
	chain0 := j0
	for chain0 >= 0 && chain0 < len(ws) && (auxiliaries.Has(ws[chain0].w) || modalAuxiliaries.Has(ws[chain0].w)) {
		chain0++
	}
	for k := len(ws) - 2; k >= 1; k-- {
		if ws[k].w != "and" && ws[k].w != "but" {
			continue
		}
		n := k + 1
		for n < len(ws)-1 && (conjunctAdverbs.Has(ws[n].w) || strings.HasSuffix(ws[n].w, "ly")) {
			n++
		}
		j, chain := j0, chain0
		if j >= k {
			j, chain = -1, -1
		}
		w := ws[n].w
		// ("would be inspected in Cadiz and then towed": a
		// participle after the first predicate's participle shares its
		// auxiliaries.)
		participle := chain > j && chain < k && strings.HasSuffix(ws[chain].w, "ed") && strings.HasSuffix(w, "ed") && !auxiliaries.Has(w)
		if w != "that" && !pred(w) && !participle {
			continue
		}
		if strings.Contains(lt, " "+ws[k].w+" "+ws[k+1].w+" ") {
			return "", 0, false
		}
		if w == "that" {
			// ("and that it would ...": a clause with its own subject)
			if n+1 >= len(ws) {
				return "", 0, true
			}
			return text[start:at] + text[ws[n+1].i:end], ws[n+1].i - at, true
		}
		if j <= 0 || j > 5 || slices.ContainsFunc(ws[:j], func(w word) bool { return w.comma }) {
			return "", 0, true
		}
		subj := text[at:ws[j].i]
		if participle && !auxiliaries.Has(w) && !modalAuxiliaries.Has(w) {
			subj = text[at:ws[chain].i]
		}
		return text[start:at] + subj + text[ws[n].i:end], ws[n].i - at - len(subj), true
	}
	return "", 0, false
}

// toldTitle titles what a verb of saying tells, from at to the end of
// the clause seg, without its time span, and keeps who told it after it,
// as wire copy does: "The minister told lawmakers on Monday that the plant
// closed in March" -> "The plant closed, the minister told lawmakers". A
// pronoun that opens what is told is the teller's (a name for "he" or
// "she", a thing for "it"), named there and left in the attribution
// ("Dmitri Orlov said he had copied the files" -> "Dmitri Orlov had copied
// the files, he said"). "" (the title stays) when the teller is a bare
// pronoun or no short subject, or what is told makes no title that keeps
// its opening words, or the two do not fit in a title.
func toldTitle(text string, seg [2]int, span timex.Timex, at int) string {
	if at <= seg[0] || at >= span.Start || opensQuotation(text, at) {
		return ""
	}
	if a, b := toldSubjectAside(text, at, span.Start); a >= 0 {
		// ("said the pump, which feeds the cooling system, had failed on
		// March 3": the clause is copied without the aside, and offsets
		// after it move back by its length.)
		nt := text[seg[0]:a] + " " + text[b:seg[1]]
		moved := b - a - 1
		sp := span
		sp.Start, sp.End = span.Start-seg[0]-moved, span.End-seg[0]-moved
		return toldTitle(nt, [2]int{0, len(nt)}, sp, at-seg[0])
	}
	t := clauseTitle(text, [2]int{at, seg[1]}, &span)
	if t == "" || strings.HasSuffix(t, "…") {
		return ""
	}
	// (A title that leaves out words of what is told before its time is
	// no telling of it: "An adverse analytical had been reported".)
	var room2 fieldRoom
	if lead := fieldsIn(&room2, text[at:span.Start]); len(lead) >= 2 {
		lead = lead[:min(len(lead)-1, 4)]
		var room3 fieldRoom
		if tf := fieldsIn(&room3, t); len(tf) < len(lead) || !slices.EqualFunc(tf[1:len(lead)], lead[1:], func(a, b string) bool { return strings.EqualFold(strings.Trim(a, ",;:"), strings.Trim(b, ",;:")) }) {
			return ""
		}
	}
	t = firstConjunct(t, text[at:span.Start])
	if f := strings.Fields(t); danglingEnd(f, text[seg[0]:seg[1]]) {
		// ("... from the draw room so" of "so as not to alert him": the
		// word that opens what the cut left out goes, before the
		// attribution hides it from the title's own check.)
		if f = f[:len(f)-1]; len(f) < 3 || danglingEnd(f, text[seg[0]:seg[1]]) {
			return ""
		}
		t = strings.Join(f, " ")
	}
	if strings.ContainsAny(t, "\"“”") || strings.Contains(t, " and that ") {
		return "" // (the teller's own words, or a second telling: the title stays)
	}
	// (The word the time follows stays in the title: "would be removed
	// on Thursday", not "The drum lines set off Cowrie Point".)
	var room4 fieldRoom
	if lw := fieldsIn(&room4, strings.ToLower(text[at:span.Start])); len(lw) > 0 {
		// (Words that only lead or hedge the time go with it: "on",
		// "as of", "most likely".)
		bound := func(w string) bool {
			w = strings.Trim(w, ",;:.")
			return prepositions.Has(w) || approximators.Has(w) || attributionTimes.Has(w) || timeHedges.Has(w) || w == "most" || w == "as"
		}
		k := len(lw) - 1
		for k >= 0 && bound(lw[k]) {
			k--
		}
		// (A time that opens what is told, "that as of February, the
		// store accounts for ...", has no word before it to keep.)
		if k >= 0 {
			last := strings.Trim(lw[k], ",;:.")
			if !slices.ContainsFunc(strings.Fields(strings.ToLower(t)), func(w string) bool { return strings.Trim(w, ",;:.") == last }) {
				return ""
			}
		}
	}
	f := strings.ToLower(firstWord(text[at:span.Start]))
	expects := false
	var room5 fieldRoom
	if lw := fieldsIn(&room5, strings.ToLower(text[at:span.Start])); len(lw) > 1 && subjectPronouns.Has(lw[0]) && expectingVerbs.Has(lw[1]) {
		// ("the teller expects it": the teller, not its pronoun, tells;
		// "she expected a hearing in late 2027" has no foreseen
		// happening of its own: the title stays.)
		if t = expectedTitle(t, text[at:span.Start]); t == "" {
			return ""
		}
		f, expects = "", true
	}
	if possessivePronouns.Has(f) && f != "his" && f != "her" {
		return "" // ("its drivers had voted": whose, the teller only tells)
	}
	ws := words(text, seg[0], at)
	i := slices.IndexFunc(ws, func(w word) bool { return toldVerb(w.w) })
	if i <= 0 {
		return ""
	}
	v := i
	if v > 1 && auxiliaries.Has(ws[v-1].w) {
		v-- // ("The company has said it will", "Inspectors were told that")
	}
	if v > 1 && (ws[v-1].w == "and" || ws[v-1].w == "but") {
		return "" // (a second predicate: "Officials visited the site and said": no teller of a few words)
	}
	ts, te := tellerWords(text, ws, v)
	if ts < 0 || subjectPronouns.Has(ws[ts].w) || te-ts == 1 && (quantifiers.Has(ws[ts].w) || determiners.Has(ws[ts].w)) {
		return "" // (a bare "He said": named, if at all, as it stands)
	}
	teller := strings.TrimRight(text[ws[ts].i:ws[te-1].j], ",")
	if strings.ContainsAny(teller, ";:()\"“”") {
		return ""
	}
	if w := ws[ts].w; articleWords.Has(w) || determiners.Has(w) || possessivePronouns.Has(w) || pluralNouns.Has(w) || notSurnames.Has(w) || strings.Contains(text, " "+w+" ") || strings.Contains(text, " "+w+"'s ") ||
		te-ts == 1 && strings.HasSuffix(w, "s") && pluralVerbs.Has(ws[v].w) {
		// (A word the text writes in lower case, or a plural the verb
		// agrees with: "Inspectors were told", not a name.)
		teller = decapitalize(teller) // ("..., police said", "..., the ministry said")
	}
	vp, verbOnly := attributionPhrase(text, ws, v, i)
	if subjectPronouns.Has(f) || possessivePronouns.Has(f) {
		// (As reportedComplement: "he" or "she" after a name of two words
		// or more, told by the name, then its last word, as wire copy
		// does a second time; "The friend said she was" may tell of
		// another, and a thing's "it" would be told by it twice: the
		// title stays, but for an institution's "it": institutionTeller.)
		// (The name that ends a longer teller is the one: "the former
		// treasurer Colin Pryce told the jury he had" -> "Colin Pryce
		// had ..., he told the jury"; a "his" or "her" thing is told by
		// the name's last word: "Whitford's mother had planned,
		// Whitford said".)
		c := &chunker{text: text, ws: ws}
		ns := te
		for ns > ts && c.upper(ns-1) {
			ns--
		}
		// (A name of one word, "Wilk said he had", stays unless the text
		// introduced it as a surname before (introducedSurname): then
		// "Wilk had lost his job, he said", the pronoun telling, as wire
		// copy writes it; "Wilk ..., Wilk said" is no wire copy.)
		last := strings.TrimRight(text[ws[te-1].i:ws[te-1].j], ",")
		rest := strings.TrimSpace(t[len(firstWord(t)):])
		if it := institutionTeller(text, ws, ts, te, text[at:span.Start]); it != "" && rest != "" {
			// ("The Transport Workers Union said it would hold a ballot
			// on March 3" -> "The Transport Workers Union would hold a
			// ballot, the union said": the institution is named, and
			// tells by the noun its name ends on, never by "it", which
			// names nobody.)
			// (Its end mended first, as the title of the clause would be:
			// "in a ballot opening on Monday" leaves no "opening".)
			if m := trimDangling(t, text[at:seg[1]]); m != t && strings.HasPrefix(m, firstWord(t)+" ") {
				rest = strings.TrimSpace(m[len(firstWord(t)):])
			}
			t = capitalize(strings.TrimRight(text[ws[ts].i:ws[te-1].j], ",") + " " + rest)
			teller = it
		} else if commonInstitutionTeller(text, ws, ts, te, text[at:span.Start]) && rest != "" {
			// ("The company said it had stopped production of the model
			// last month" -> "The company had stopped production of the
			// model, it said": the organisation is the one subject before
			// the "it", named first, and "it" tells, as wire copy writes
			// it.)
			if m := trimDangling(t, text[at:seg[1]]); m != t && strings.HasPrefix(m, firstWord(t)+" ") {
				rest = strings.TrimSpace(m[len(firstWord(t)):])
			}
			t = capitalize(strings.TrimRight(text[ws[ts].i:ws[te-1].j], ",") + " " + rest)
			teller = thingPronoun
		} else if lw := ws[te-1].w; f == "they" && rest != "" && !slices.ContainsFunc(words(text, at, span.Start), func(w word) bool { return modalAuxiliaries.Has(w.w) }) && te-ts <= 3 && teller != "" && unicode.IsLower(rune(teller[0])) && (strings.HasSuffix(lw, "s") || lw == "police") && !strings.ContainsAny(teller, "'’") {
			// ("Residents say they reported cracks in the road last
			// month" -> "Residents reported cracks in the road, they
			// say": a plural teller that is no name is the told "they",
			// named first, and "they" tells, as wire copy writes it;
			// what they would do is reportedComplement's.)
			t = capitalize(teller + " " + rest)
			teller = "they"
		} else {
			person := f == personPronounHe || f == personPronounShe || f == "his" || f == "her"
			if !person || te-ns < 2 && !(te-ts == 1 && f != "his" && f != "her" && introducedSurname(text, ws[ts])) || strings.ContainsAny(teller, "'’") || strings.ToUpper(last) == last || rest == "" {
				return ""
			}
			name := strings.TrimRight(text[ws[ns].i:ws[te-1].j], ",")
			if possessivePronouns.Has(f) {
				// ("said her mother had planned" -> "Mackenzie Whitford's
				// mother had planned, Whitford said")
				name += "'s"
			}
			t = capitalize(name + " " + rest)
			teller = last
			if subjectPronouns.Has(f) {
				// The title's subject is the teller: "Sarah Kitto would
				// raise the findings in Parliament, she said", as wire
				// copy writes it, never the teller twice ("..., Kitto
				// said"), nor a name's last word that may be no surname
				// ("Sir Alan would hold ..., Alan said"). The pronoun is
				// the one the sentence wrote.
				teller = f
			}
		}
	}
	for _, p := range []string{vp, verbOnly} {
		if p == verbOnly && p != vp && directingVerbs.Has(ws[i].w) {
			break // ("told the jury": never "told" alone)
		}
		if out := t + ", " + teller + " " + p; fieldCount(out) <= maxTitleWords && headline(out) {
			return out
		}
	}
	if directingVerbs.Has(ws[i].w) && verbOnly != vp {
		return ""
	}
	// A shorter telling before a cut one: back to the start of a phrase,
	// the last verb before the time kept ("had booked the flight on
	// Friday" is not cut to "The group had been staying with relatives").
	// Not before the "of" of a noun that says nothing without it ("in
	// front" | of his shop; ofBound): the cut goes back to the phrase
	// the noun is in.
	var leadRoom fieldRoom
	lead := fieldsIn(&leadRoom, text[at:span.Start])
	verb := ""
	if expects {
		verb = "expected" // ("The player is expected to be ready")
	}
	for j := len(lead) - 1; j >= 0 && verb == ""; j-- {
		if verbAt(lead, j) {
			verb = strings.ToLower(strings.Trim(lead[j], ",;:."))
		}
	}
	var twRoom fieldRoom
	tw := fieldsIn(&twRoom, t)
	room := maxTitleWords - fieldCount(teller+" "+verbOnly)
	for k := len(tw) - 1; k >= 3; k-- {
		if k <= room && inSet(prepositions, tw[k]) && !strings.HasSuffix(tw[k-1], ",") && !(strings.EqualFold(tw[k], "of") && ofBound(tw, k)) {
			kept := slices.ContainsFunc(tw[:k], func(w string) bool { return strings.EqualFold(strings.Trim(w, ",;:."), verb) })
			if out := strings.Join(tw[:k], " ") + ", " + teller + " " + verbOnly; kept && headline(out) && !danglingEnd(tw[:k], text[seg[0]:seg[1]]) {
				return out
			}
			return ""
		}
	}
	return ""
}

// institutionTeller is how an institution that tells what "it" did or
// will do is named after what is told, or "": the teller, ws[ts:te], is
// "The" and two or more capitalized words (an "and" may join two of
// them) that end on a noun of an organisation ("The Transport Workers Union": "the union"), and what is
// told, lead (its words before their time), opens on "it" and a verb
// that is no form of "be" after its auxiliaries. Such an "it" is the
// institution ("said it would hold a ballot"); after a passive or a
// copula it may be another thing ("says it had been reported as
// faulty", "said it was too early to say").
func institutionTeller(text string, ws []word, ts, te int, lead string) string {
	if te-ts < 3 || ws[ts].w != "the" {
		return ""
	}
	c := &chunker{text: text, ws: ws}
	for k := ts + 1; k < te; k++ {
		// ("The Mining and Energy Union": an "and" between two of its
		// capitalized words is the name's.)
		if !c.upper(k) && !(ws[k].w == "and" && k > ts+1 && k < te-1 && c.upper(k+1)) || ws[k].comma && k < te-1 {
			return ""
		}
	}
	head := ws[te-1].w
	if !organisationNouns.Has(head) {
		return ""
	}
	var room fieldRoom
	lw := fieldsIn(&room, asciiLower(lead))
	if len(lw) < 2 || lw[0] != thingPronoun {
		return ""
	}
	for _, w := range lw[1:] {
		w = strings.Trim(w, ",;:.")
		if beForms.Has(w) {
			return ""
		}
		if !auxiliaries.Has(w) && !modalAuxiliaries.Has(w) {
			break
		}
	}
	return "the " + head
}

// surnameLookBack bounds how far before a teller introducedSurname looks
// for the full name (a news article's length), so that the look stays
// linear in the text.
const surnameLookBack = 20000

// introducedSurname reports whether the one-word teller w (a "he" or "she"
// tells) is a surname the text introduced before it with a first name or
// title ("Anna Kowalczyk", "Dr Kowalczyk"): news English names a person in
// full once and by the surname after, so a capitalized word the text wrote
// after another capitalized word before is that person, not an
// organisation ("Arden said he ...") or a plural ("Officials said he
// ..."), and "Kowalczyk said she noticed holes on June 2" tells what
// Kowalczyk noticed ("Kowalczyk noticed holes, she said").
func introducedSurname(text string, w word) bool {
	name := text[w.i:w.j]
	if len(name) < 2 || isLower(name) || strings.ToUpper(name) == name || pluralNouns.Has(w.w) || notSurnames.Has(w.w) {
		return false
	}
	before := text[max(0, w.i-surnameLookBack):w.i]
	if strings.Contains(before, " "+w.w+" ") {
		return false // (a word the text writes in lower case: "police")
	}
	for k := strings.Index(before, " "+name); k >= 0; {
		end := k + 1 + len(name)
		if end >= len(before) || !unicode.IsLetter(rune(before[end])) {
			// (the word before it, capitalized and no sentence's end)
			pw := before[max(0, k-40):k]
			if j := strings.LastIndexAny(pw, " \n\t"); j+1 < len(pw) {
				if p := pw[j+1:]; !isLower(p) && unicode.IsLetter(rune(p[0])) && !strings.ContainsAny(p, ".,;:!?\"“”") {
					return true
				}
			}
		}
		n := strings.Index(before[k+1:], " "+name)
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// commonInstitutionTeller reports whether an organisation named by a
// common noun tells what "it" did or will do: the teller, ws[ts:te], is
// "the", at most two modifiers written in lower case ("Minneapolis-based",
// "regional health") and a noun of an organisation ("the company", "the
// council"), and what is told, lead, opens on "it" and a verb that is no
// form of "be" after its auxiliaries (institutionOwnVerb). In news English
// the "it" of "The company said it had stopped production" is the
// company: it is the one subject before the pronoun, and the told verb is
// its own doing.
func commonInstitutionTeller(text string, ws []word, ts, te int, lead string) bool {
	if te-ts < 2 || te-ts > 4 || ws[ts].w != "the" || !organisationNouns.Has(ws[te-1].w) {
		return false
	}
	for k := ts + 1; k < te; k++ {
		// (Its modifiers are written in lower case, or joined by a
		// hyphen: a capitalized name is institutionTeller's.)
		if w := ws[k].w; ws[k].comma || prepositions.Has(w) || articleWords.Has(w) || possessivePronouns.Has(w) || w == "and" ||
			!isLower(text[ws[k].i:ws[k].j]) && !strings.Contains(w, "-") {
			return false
		}
	}
	return institutionOwnVerb(lead)
}

// institutionOwnVerb reports whether lead opens on "it" and a verb that is
// no form of "be" after its auxiliaries ("it had stopped", "it would
// close"; not "it had been reported", "it was too early").
func institutionOwnVerb(lead string) bool {
	var room fieldRoom
	lw := fieldsIn(&room, asciiLower(lead))
	if len(lw) < 2 || lw[0] != thingPronoun {
		return false
	}
	for _, w := range lw[1:] {
		w = strings.Trim(w, ",;:.")
		if beForms.Has(w) {
			return false
		}
		if !auxiliaries.Has(w) && !modalAuxiliaries.Has(w) {
			return true
		}
	}
	return false
}

// toldSubjectAside returns where a relative aside between commas on the
// subject of what a verb of saying tells, text[at:end] (its words before
// their time), starts and ends, [a, b) (a right after the subject's last
// word, b at the first word after the aside), or -1, -1: the aside opens
// after one to four words on "who", "which", "where" or "whose" ("the
// pump, which feeds the cooling system, had failed") and closes at the
// next comma. A non-restrictive relative clause only describes the
// subject: the told happening is its predicate, titled without the aside
// ("The pump had failed").
func toldSubjectAside(text string, at, end int) (int, int) {
	ws := words(text, at, end)
	for k := 1; k < len(ws) && k <= 4; k++ {
		if !opensPiece(text, ws[k]) {
			continue
		}
		if w := ws[k].w; !relativePronouns.Has(w) && w != "whose" {
			return -1, -1
		}
		for m := k + 2; m < len(ws); m++ {
			if opensPiece(text, ws[m]) {
				return ws[k-1].j, ws[m].i
			}
		}
		return -1, -1
	}
	return -1, -1
}

// opensPiece reports whether a comma stands before the word w of text
// (not one inside a number: "20,000").
func opensPiece(text string, w word) bool {
	return w.comma && w.i > 0 && text[w.i-1] != ','
}

// subjectAsideBefore reports whether the clause that starts at seg0
// follows a relative aside on the subject of what a verb of saying tells,
// in the sentence from start: the words before seg0 end with a comma, the
// last comma before it opens the aside on a relative pronoun ("who",
// "which", "where", "whose"), and a verb of saying stands one to four
// words before that comma, or "that" does, right after one ("said the
// pump, which feeds the cooling system, | had failed"; "told the jury
// that the accountant, who denies the charges, | moved the money").
func subjectAsideBefore(text string, start, seg0 int) bool {
	if seg0 <= start || !strings.HasSuffix(strings.TrimSpace(text[start:seg0]), ",") {
		return false
	}
	ws := words(text, max(start, seg0-400), seg0)
	opens := func(w word) bool { return opensPiece(text, w) }
	k := len(ws) - 1
	for k > 0 && !opens(ws[k]) {
		k--
	}
	if k < 2 || !relativePronouns.Has(ws[k].w) && ws[k].w != "whose" {
		return false
	}
	subj := k // where the subject of what is told starts
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if j+1 < k && opens(ws[j+1]) {
			return false
		}
		if ws[j].w == "that" && subj == k {
			subj = j + 1
			continue
		}
		if toldVerb(ws[j].w) {
			if subj == k {
				subj = j + 1
			}
			return k-subj >= 1 && k-subj <= 4
		}
	}
	return false
}

// namedTellerTitle is toldTitle for a clause whose teller is a bare "he"
// or "she" ("She admitted the council had sold the land in 2019"): a time
// inside what a pronoun tells dates the told happening as it does after a
// name, so the clause is titled as if the name that title (the event's
// title so far, its pronoun resolved) opens with stood for the pronoun:
// "The council had sold the land to a developer, Ana Ruiz admitted". ""
// when the teller is no bare "he" or "she", or title does not open with a
// name of two to four capitalized words before the verb of saying.
func namedTellerTitle(text string, seg [2]int, span timex.Timex, at int, title string) string {
	if at >= span.Start {
		return ""
	}
	ts := bareTeller(text, seg, at)
	if ts < 0 {
		return ""
	}
	ws := words(text, seg[0], at)
	i := slices.IndexFunc(ws, func(w word) bool { return toldVerb(w.w) })
	var twRoom fieldRoom
	tw := fieldsIn(&twRoom, title)
	k := slices.IndexFunc(tw, func(w string) bool { return strings.EqualFold(w, ws[i].w) })
	if k < 2 || k > 4 {
		return ""
	}
	for _, w := range tw[:k] {
		if !capitalized(w) || strings.ContainsAny(w, ",;:\"“”()'’") || inSet(subjectPronouns, w) {
			return ""
		}
	}
	// (The clause is copied with the name for the pronoun: offsets after
	// it move by the difference.)
	name := strings.Join(tw[:k], " ")
	p := ws[ts]
	moved := len(name) - (p.j - p.i)
	nt := text[seg[0]:p.i] + name + text[p.j:seg[1]]
	sp := span
	sp.Start, sp.End = span.Start-seg[0]+moved, span.End-seg[0]+moved
	return toldTitle(nt, [2]int{0, len(nt)}, sp, at-seg[0]+moved)
}

// bareTeller is the index, among the words of the clause seg before at,
// of the bare "he" or "she" that tells what is told from at (at its verb
// of saying), or -1.
func bareTeller(text string, seg [2]int, at int) int {
	if at <= seg[0] {
		return -1
	}
	ws := words(text, seg[0], at)
	i := slices.IndexFunc(ws, func(w word) bool { return toldVerb(w.w) })
	if i <= 0 {
		return -1
	}
	v := i
	if v > 1 && auxiliaries.Has(ws[v-1].w) {
		v--
	}
	ts, te := tellerWords(text, ws, v)
	if ts < 0 || te-ts != 1 || ws[ts].w != personPronounHe && ws[ts].w != personPronounShe {
		return -1
	}
	return ts
}

// bareToldClause is what namedTellerTitle needs of a clause: its span, the
// time's and where what is told starts.
type bareToldClause struct {
	seg  [2]int
	span timex.Timex
	at   int
}

// expectedTitle titles what a teller says they expect, "he expected the
// player to be ready for the opener (on Aug. 15)", by the foreseen
// happening, the time it is foreseen for dated: "The player is expected to
// be ready for the opener"; "" when t, the title of what is told (lead,
// its words before the time), is no pronoun, a verb of expecting, a noun
// phrase of at most five words and "to" before the time.
func expectedTitle(t, lead string) string {
	tw, lw := strings.Fields(t), strings.Fields(strings.ToLower(lead))
	if len(tw) < 5 || len(lw) < 4 || !subjectPronouns.Has(lw[0]) || !expectingVerbs.Has(lw[1]) || !strings.EqualFold(tw[1], lw[1]) {
		return ""
	}
	k := slices.Index(lw, "to")
	if k < 3 || k > 7 || k >= len(tw) || tw[k] != "to" || strings.ContainsAny(strings.Join(tw[2:k], " "), ",;:") {
		return ""
	}
	np := tw[2:k]
	if inSet(objectPronouns, np[0]) {
		return "" // ("expected them to": whom, the sentences before tell)
	}
	be := "is"
	if h := np[len(np)-1]; len(np) > 1 && isLower(h) && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") {
		be = "are"
	}
	return capitalize(strings.Join(np, " ") + " " + be + " expected " + strings.Join(tw[k:], " "))
}

var expectingVerbs = wordSet("expecting-verbs")

// firstConjunct cuts the title t of what is told before a second
// predicate that "and" or "but" joins after the time (lead, the words of
// what is told before it): that conjunct tells another happening of the
// same teller, not the one the time dates ("he had lost his job in late
// 2024 and was struggling to pay his rent" -> "he had lost his job").
func firstConjunct(t, lead string) string {
	var twRoom fieldRoom
	tw := fieldsIn(&twRoom, t)
	seen := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(lead)) {
		seen[strings.Trim(w, ",;:")]++
	}
	for k := 3; k+1 < len(tw); k++ {
		w := strings.ToLower(tw[k])
		if w != "and" && w != "but" {
			continue
		}
		if seen[w] > 0 {
			seen[w]--
			continue // (before the time: "shot and killed", "X and Y had")
		}
		n := strings.ToLower(strings.Trim(tw[k+1], ",;:"))
		if w == "but" || n == "that" || auxiliaries.Has(n) || modalAuxiliaries.Has(n) || verbAt(tw, k+1) && !prepositions.Has(n) {
			return strings.TrimRight(strings.Join(tw[:k], " "), ",;:")
		}
		return t
	}
	return t
}

// tellerWords returns the words ws[s:e] of who tells, before the verb of
// saying at v: the subject after an opening phrase ("Giving evidence on
// Tuesday, Dmitri Orlov said"), the name of a subject and its apposition
// ("The owner, Aster Maritime, said"; else the head: "Erik Holm, who
// coached him, said"), of at most six words; -1 when there is none.
func tellerWords(text string, ws []word, v int) (int, int) {
	var cuts []int // where a comma starts a piece
	for k := 1; k < v; k++ {
		if ws[k].comma {
			cuts = append(cuts, k)
		}
	}
	s, e := 0, v
	if len(cuts) > 0 {
		s = cuts[len(cuts)-1]
	}
	if ws[v].comma && len(cuts) > 0 {
		// An apposition closes before the verb: its name, or the noun
		// it is set beside.
		a := 0
		if len(cuts) > 1 {
			a = cuts[len(cuts)-2]
		}
		c := &chunker{text: text, ws: ws}
		named := func(s, e int) bool {
			for k := s; k < e; k++ {
				if !c.upper(k) {
					return false
				}
			}
			return true
		}
		if !named(s, v) || relativePronouns.Has(ws[s].w) {
			s, e = a, s // ("Erik Holm, who coached him, said")
		}
	}
	if e-s > 1 && (clauseAdverbials.Has(ws[s].w) || subordinators.Has(ws[s].w)) {
		s++ // ("when he conceded": the teller is "he")
	}
	if ws[v].comma && len(cuts) == 0 && e == v && e-s >= 2 && presentS(text, ws[e-1]) && presentS(text, ws[v]) {
		// A headline's verb of saying after a comma and another verb in
		// the present shares that verb's subject: "Rail chief
		// apologizes, admits checks were skipped" is told by "Rail
		// chief".
		e--
	}
	if e-s < 1 || e-s > 6 || relativePronouns.Has(ws[s].w) {
		return -1, -1
	}
	for k := s; k < e; k++ {
		if prepositions.Has(ws[k].w) && k == s {
			return -1, -1
		}
	}
	return s, e
}

// presentS reports whether the word w of text is written as a verb of the
// present in "-s", in lower case ("apologizes", "admits"; not "CEO's").
func presentS(text string, w word) bool {
	t := text[w.i:w.j]
	return len(t) > 3 && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") && t == w.w && !strings.ContainsAny(t, "'’")
}

// attributionPhrase returns the attribution's verb with its hearer, the words
// from v (its auxiliary) to what is told, without a time of the saying or
// a closing "that" ("told the court on Monday that" -> "told the court"),
// and the verb alone: the phrase, when it is longer than five words.
func attributionPhrase(text string, ws []word, v, i int) (string, string) {
	verb := text[ws[v].i:ws[i].j]
	e := len(ws)
	if e > i+1 && ws[e-1].w == "that" {
		e--
	}
	if e <= i+1 {
		return verb, verb
	}
	p := text[ws[v].i:ws[e-1].j]
	for _, tx := range slices.Backward(timex.Tag(p, anyDay)) {
		a := strings.TrimRight(p[:tx.Start], " ")
		if k := strings.LastIndexByte(a, ' '); k >= 0 && (inSet(attributionTimes, a[k+1:]) || inSet(prepositions, a[k+1:])) {
			a = a[:k]
		}
		p = a + p[tx.End:]
	}
	p = strings.TrimRight(strings.Join(strings.Fields(p), " "), ",")
	if n := fieldCount(p); n > 5+(i-v) || n < 1 || strings.ContainsAny(p, ",;:()\"“”") {
		return verb, verb
	}
	return p, verb
}

// accordingTitle keeps the source an "according to" phrase names in the
// title of the clause it attributes, after it, as wire copy writes it:
// "According to police, the driver fled the scene on Tuesday" -> "The
// driver fled the scene, according to police"; "The bridge was closed on
// Wednesday, according to the state transportation department" keeps its
// phrase. The phrase opens the sentence (after a connective: "Then,
// according to ...") and ends at its comma, or closes a clause after a
// comma; its source is its head noun phrase (accordingHead). A claim
// someone makes is not published as fact. title is returned as it is when
// it already names its source or a teller, when the source is a bare
// pronoun or too long, or when the two do not fit in a title.
func accordingTitle(text string, sent sentence, seg [2]int, span timex.Timex, title string) string {
	if title == "" || strings.HasSuffix(title, "…") || sent.start < 0 || sent.end > len(text) || sent.start >= sent.end {
		return title
	}
	if strings.Contains(strings.ToLower(title), "according to") || strings.ContainsAny(title, "\"“”") {
		return title
	}
	var twRoom fieldRoom
	tw := fieldsIn(&twRoom, title)
	if len(tw) < 3 {
		return title
	}
	// (", police said": a teller already; "Parents were told of the
	// plan" names none.)
	if c := strings.LastIndex(title, ", "); c > 0 {
		for _, w := range strings.Fields(title[c+2:]) {
			if lw := strings.ToLower(strings.Trim(w, ",;:.")); reportingVerbs.Has(lw) || announcingVerbs.Has(lw) {
				return title
			}
		}
	}
	s := text[sent.start:sent.end]
	ls := asciiLower(s) // as long as s: its indexes are s's
	from, opening := -1, false
	if p := strings.Index(ls, "according to "); p >= 0 {
		// Opening the sentence, or after one connective word: "Then,
		// according to a surviving victim, ...".
		var room6 fieldRoom
		if lead := fieldsIn(&room6, s[:p]); len(lead) == 0 || len(lead) == 1 && (strings.HasSuffix(lead[0], ",") || inSet(titleConjunctions, lead[0])) {
			from, opening = p+len("according to "), true
			if sent.start+from > seg[1] {
				return title
			}
		}
	}
	if from < 0 {
		// Closing the clause the title is of: ", according to X".
		p := strings.Index(ls, ", according to ")
		if p < 0 || sent.start+p < seg[0] {
			return title
		}
		if e := seg[1] - sent.start; e > 0 && e < p && strings.ContainsAny(s[e:p], ";:") {
			return title // ("...; the two sides settled in August, according to ...": the last clause's source)
		}
		from = p + len(", according to ")
	}
	src := s[from:]
	if e := strings.IndexAny(src, ",;:()—–"); e >= 0 {
		src = src[:e]
	} else if opening {
		return title // (no comma ends it: where it ends, the sentence does not show)
	}
	if a := sent.start + from; span.End > a && span.Start < a+len(src) {
		// ("according to a report released on Monday": the time is the
		// source's, and so is the title, "A report was released".)
		return title
	}
	if opening && len(src) < len(s)-from {
		// ("According to Marta Quell, a spokeswoman for the agency, the
		// line reopened": the source's apposition is no part of the
		// claim; the source's name stands for both.)
		after := strings.TrimLeft(s[from+len(src)+1:], " ")
		if e := strings.Index(after, ", "); e > 0 && len(title) > e+2 && strings.EqualFold(title[:e+2], after[:e+2]) && (inSet(articleWords, firstWord(after)) || inSet(determiners, firstWord(after))) {
			title = capitalize(title[e+2:])
			if tw = strings.Fields(title); len(tw) < 3 {
				return title
			}
		}
	}
	if i := strings.Index(src, " - "); i >= 0 {
		src = src[:i]
	}
	if !opening && from+len(src) < len(s) {
		// ("on dates when, according to her tax returns, she lived
		// abroad": a phrase a clause with a verb of its own follows
		// opens that clause, not the title's; an apposition, "and" or
		// "but", a relative clause or a participle may follow the one
		// that closes it.)
		next := strings.Fields(s[from+len(src)+1:])
		if e := slices.IndexFunc(next, func(w string) bool { return strings.HasSuffix(w, ",") }); e >= 0 {
			next = next[:e+1]
		}
		if len(next) > 1 {
			f := strings.ToLower(next[0])
			if !titleConjunctions.Has(f) && f != "and" && f != "but" && !relativeOpeners.Has(f) && !strings.HasSuffix(f, "ing") && slices.ContainsFunc(next[1:], func(w string) bool { return isLower(w) && pastVerb(strings.ToLower(strings.Trim(w, ",.;:"))) }) || subjectPronouns.Has(f) {
				return title
			}
		}
	}
	head := accordingHead(strings.Fields(strings.TrimRight(strings.TrimSpace(src), ".!?\"”’'")))
	if head == "" {
		return title
	}
	// ("... around 3:45 p.m.." of a sentence's closing period.)
	out := strings.TrimSuffix(strings.TrimRight(title, ",;:"), ".") + ", according to " + head
	// (No worse a title: a headline stays one; one whose verb the word
	// lists do not know, "underwent surgery", stays publishable.)
	if fieldCount(out) > maxTitleWords || !headline(out) && (headline(title) || !publishable(out)) {
		return title
	}
	return out
}

// accordingHead returns the head noun phrase of ws, the words an
// "according to" names: up to a relative clause ("the official, who
// spoke" ends at its comma before), a participle phrase ("real estate
// records obtained by ..." -> "real estate records"), a clause of its own
// ("receipts police recovered from his apartment" -> "receipts") or a time
// ("a prison statement Monday"); at most six words, else cut before its
// first preposition ("the U.S. Attorney's Office for the Eastern District"
// -> "the U.S. Attorney's Office"). "" for a bare pronoun ("according to
// him": whom, the sentences before tell), or what is left too long or none.
func accordingHead(ws []string) string {
	if len(ws) == 0 || len(ws) > 30 {
		return ""
	}
	joined := strings.Join(ws, " ")
	timeAt := len(joined)
	for _, tx := range titleTag(joined, spliceDay) {
		if tx.Type != "DATE" && tx.Type != "TIME" {
			continue
		}
		var room7 fieldRoom
		if rest := fieldsIn(&room7, joined[tx.End:]); len(rest) > 0 && !inSet(prepositions, rest[0]) && !inSet(relativeOpeners, rest[0]) {
			// A time that qualifies the head ("the company's 2024 annual
			// report") goes, not what follows it; one after "a" or "an"
			// leaves no phrase ("an April 2nd report").
			before := strings.Fields(joined[:tx.Start])
			if len(before) == 0 || inSet(articleWords, before[len(before)-1]) && !strings.EqualFold(before[len(before)-1], "the") {
				return ""
			}
			return accordingHead(append(before, rest...))
		}
		timeAt = tx.Start
		break
	}
	end, at := len(ws), 0
	for j, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,;:\"“”‘’'"))
		if at+len(w) > timeAt || relativeOpeners.Has(lw) {
			end = j
			break
		}
		// ("a report released by", "the officers involved in"; a last
		// word in "-s" is the head's plural: "local news reports".)
		if j > 0 && (verbAt(ws, j) && (j+1 < len(ws) || !strings.HasSuffix(lw, "s")) || strings.HasSuffix(lw, "ed") && isLower(w) && !inSet(articleWords, ws[j-1])) {
			end = j
			if j > 1 {
				// ("receipts police recovered", "notes he kept": the
				// subject of a clause on the head stands before its verb.)
				if p := strings.ToLower(ws[j-1]); subjectPronouns.Has(p) || notSurnames.Has(p) {
					end = j - 1
				} else if q := strings.ToLower(ws[j-2]); j > 2 && (articleWords.Has(q) || determiners.Has(q) || possessivePronouns.Has(q)) {
					end = j - 2 // ("notices the company filed")
				} else if plural := func(w string) bool { return isLower(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }; plural(ws[j-2]) && plural(p) && (j+1 >= len(ws) || !strings.EqualFold(ws[j+1], "by")) {
					end = j - 1 // ("invoices investigators seized from"; not "sales figures released by")
				}
			}
			break
		}
		at += len(w) + 1
	}
	for end > 0 && (inSet(prepositions, ws[end-1]) || inSet(articleWords, ws[end-1]) || ws[end-1] == "and") {
		end--
	}
	ws = ws[:end]
	if len(ws) > 6 {
		if k := slices.IndexFunc(ws[1:], func(w string) bool { return inSet(prepositions, w) }); k >= 0 {
			ws = ws[:k+1]
		}
	}
	if len(ws) == 0 || len(ws) > 6 {
		return ""
	}
	if lw := strings.ToLower(ws[0]); len(ws) == 1 && (subjectPronouns.Has(lw) || objectPronouns.Has(lw) || determiners.Has(lw)) {
		return ""
	}
	return strings.Join(ws, " ")
}

// othersTold reports whether what a verb of saying tells from at, in the
// clause seg, opens on "they" after a person's name: a person is no
// "they", which stands for others the teller tells of ("Harbour master Tom
// Reyes said they closed the slipway"). A person's name is two or more
// words in capitals that end the teller, not opened by "the". ("It" is
// left: after a name it is as often the company the name is, "Northway
// Rail says it will open a centre", as a thing told of; and two names
// joined by "and" are a "they".)
func othersTold(text string, seg [2]int, at int) bool {
	if at <= seg[0] || at >= seg[1] {
		return false
	}
	tw := words(text, at, min(seg[1], at+40))
	if len(tw) < 2 || tw[0].w != "they" {
		return false
	}
	ws := words(text, seg[0], at)
	i := slices.IndexFunc(ws, func(w word) bool { return toldVerb(w.w) })
	if i <= 0 {
		return false
	}
	v := i
	if v > 1 && auxiliaries.Has(ws[v-1].w) {
		v--
	}
	ts, te := tellerWords(text, ws, v)
	if ts < 0 || te-ts < 2 || ws[ts].w == "the" || subjectPronouns.Has(ws[ts].w) {
		return false
	}
	// (Two people joined by "and" are a "they" themselves: "Tom Reyes and
	// Ed Marsh said they would sail again".)
	if slices.ContainsFunc(ws[ts:te], func(w word) bool { return w.w == "and" }) {
		return false
	}
	c := &chunker{text: text, ws: ws}
	return c.upper(te-1) && c.upper(te-2)
}

// toldHearerEnd returns, for a verb of telling with its hearer at ws[i]
// ("told", "warned"), where the hearer it takes ends when no "that"
// follows: an object pronoun ("told him"), a bare plural noun in lower case
// ("told reporters"), or an article and one noun ("told the jury"); else -1.
// A time or a preposition right after the verb is the telling's.
func toldHearerEnd(text string, ws []word, i int) int {
	if !clauseHearerVerbs.Has(ws[i].w) || i+2 >= len(ws) || ws[i+1].comma {
		return -1
	}
	n := ws[i+1].w
	switch {
	case hearerPronouns.Has(n):
		return i + 2
	case len(n) > 3 && strings.HasSuffix(n, "s") && !(&chunker{text: text, ws: ws}).upper(i+1) && !prepositions.Has(n) && !auxiliaries.Has(n) && !subjectPronouns.Has(n):
		return i + 2
	case n == "the" && i+3 < len(ws) && !ws[i+2].comma && !prepositions.Has(ws[i+2].w):
		return i + 3
	}
	return -1
}

// opensQuotation reports whether what is told from at opens inside a
// quotation ('Pryce said: "The system worked last night."'): its words are
// the speaker's, and a title that leads with them without their marks
// would publish them as the paper's own.
func opensQuotation(text string, at int) bool {
	gap := strings.TrimRight(text[:at], " ")
	return strings.HasSuffix(gap, "\"") || strings.HasSuffix(gap, "“")
}

// sayingComplement is the chunk of what a saying tells when title, made
// for a time in the chunk c of the sentence's chunks cs over its words
// ws, still opens on a saying whose told clause holds the time (else -1):
// c is, or lies inside, what a verb of
// saying or thinking tells (a complement; clause-saying), and the title's
// words up to that verb are, in order, words of the sentence before what
// is told opens ("Police said the bridge was closed" for "Police said on
// Tuesday the bridge was closed on Monday"). In news English a title is
// read as what happened on its date, and the saying's words would date
// the saying by the told happening's time, a day it did not happen on. A
// told title ("The bridge was closed, police said") opens on what is told
// and is not such a title.
func sayingComplement(title string, cs []chunk, ws []word, c int) int {
	for n := 0; c > 0 && c < len(cs) && n < clauseDepth; n++ {
		cl := &cs[c]
		p := cl.parent
		if p < 0 || p >= len(cs) {
			return -1
		}
		if cl.kind != clComplement || cs[p].verb < 0 || cs[p].verb >= cl.from {
			c = p
			continue
		}
		if v := &cs[p]; sayingOpensTold(ws, v.verb, v.vend, cl.from) && openingSaying(title, ws, v.from, v.verb, v.vend, cl.from) {
			return c
		}
		// (A saying inside what another tells, or a participle the
		// chunker took for one, "said cracks reported on June 2 were a
		// warning": the outer saying is asked too.)
		c = p
	}
	return -1
}

// sayingOpensTold reports whether the clause the chunker opened at told
// is what the verb group verb..vend tells: the group is a finite verb of
// its own (not a participle on a noun, "the recently announced iPhone",
// nor an "it" passive whose told clause is the news, "It has been
// confirmed that"), and what is told opens on "that", right after the
// group, or after a time of the saying or a hearer ("said on Tuesday the
// bridge", "told reporters the firm"); after another phrase ("said in an
// interview published ...") the chunker may have taken a participle on
// that phrase's noun for a told clause.
func sayingOpensTold(ws []word, verb, vend, told int) bool {
	if verb < 0 || vend < verb || told <= vend || told >= len(ws) {
		return false
	}
	if verb > 0 {
		p := ws[verb-1].w
		if articleWords.Has(p) || possessivePronouns.Has(p) || prepositions.Has(p) || determiners.Has(p) && !subjectPronouns.Has(p) {
			return false
		}
		if verb > 1 && strings.HasSuffix(p, "ly") && (articleWords.Has(ws[verb-2].w) || possessivePronouns.Has(ws[verb-2].w)) {
			return false
		}
		if p == "it" && slices.ContainsFunc(ws[verb:vend+1], func(w word) bool { return passiveAuxiliaries.Has(w.w) }) {
			return false
		}
	}
	if ws[told].w == "that" || told == vend+1 {
		return true
	}
	k := vend + 1
	if clauseHearerVerbs.Has(ws[vend].w) && k < told && (hearerPronouns.Has(ws[k].w) || !prepositions.Has(ws[k].w) && !clauseTimeWords.Has(ws[k].w)) {
		// (the hearer: "told reporters", "told the jury")
		for k < told && k < vend+3 && !clauseTimeWords.Has(ws[k].w) {
			k++
		}
	}
	for ; k < told; k++ {
		if !clauseTimeWords.Has(ws[k].w) {
			return false
		}
	}
	return !prepositions.Has(ws[told-1].w) // (a time's own word ends the gap: "in an interview" is no time)
}

// openingSaying reports whether title opens on the words of ws from
// from, in order and with words left out, up to a verb of saying or
// knowing in the verb group verb..vend, before what is told opens at
// told. Each word of ws is passed once: linear in both.
func openingSaying(title string, ws []word, from, verb, vend, told int) bool {
	says := false
	for k := verb; k <= vend && k < len(ws); k++ {
		says = says || sayingTitleVerb(ws[k].w)
	}
	if !says {
		return false
	}
	j := from
	for _, f := range strings.Fields(title) {
		f = asciiLower(strings.Trim(f, ",;:.\"“”'"))
		for j < told && ws[j].w != f {
			j++
		}
		if j >= told {
			return false
		}
		if j >= verb && j <= vend && sayingTitleVerb(f) {
			return true
		}
		j++
	}
	return false
}

// sayingTitleVerb reports whether w is a verb whose clause tells what
// someone says, thinks or came to know (clause-saying, toldVerb, and the
// verbs of noticing and learning, knowing-verbs).
func sayingTitleVerb(w string) bool {
	return clauseSaying.Has(w) || toldVerb(w) || knowingVerbs.Has(w)
}

var knowingVerbs = wordSet("knowing-verbs")

// toldStates reports whether the clause cs[k] a saying tells (its
// complement: sayingComplement) tells a state rather than an act: its
// finite verb group is in the present and holds no modal ("said
// photographs taken in June show the wall cracked", "says the lawsuit
// draws on documents released last month"), or is a form of "be" alone,
// with no participle after it ("said foot traffic was down 40 per cent on
// Wednesday"). In news English a state told by a saying is what the
// teller holds when speaking: a time inside it dates a side part (a
// participle, a relative clause) or the measure it compares, and makes no
// day of a happening the saying's words could title. An infinitive ("told
// his crew to arrive at 5:30 a.m.", "says it hopes to reopen in May") is
// no finite clause: what it tells is an act or a plan; nor is a verb of
// saying or thinking ("hopes", or a closing "the lawsuit says" the
// chunker took for the told verb): it tells again.
func toldStates(cs []chunk, ws []word, k int) bool {
	if k <= 0 || k >= len(cs) {
		return false
	}
	cl := &cs[k]
	if cl.verb <= 0 || cl.vend < cl.verb || cl.vend >= len(ws) || cl.modal || ws[cl.verb-1].w == "to" || sayingTitleVerb(ws[cl.verb].w) {
		return false
	}
	if cl.present {
		return true
	}
	for j := cl.verb; j <= cl.vend; j++ {
		if !beForms.Has(ws[j].w) {
			return false
		}
	}
	return true
}

// toldModifierTime returns the participle phrase or relative clause on a
// noun inside the clause cs[k] a saying tells (sayingComplement) that
// holds the time tx itself, or ends right before it or its preposition
// ("documents released by the agency last month", "emails obtained by the
// newspaper in March 2025": the time closes the phrase the chunker ended
// on its agent), -1 when the time stands in no such part. The part's verb must stand before the told clause's own
// finite verb when the chunker found one: a part after it is on the
// object ("said it had sued the firm hired in May") and its time is left
// to the rules of what is told.
func toldModifierTime(cs []chunk, ws []word, k int, tx timex.Timex) int {
	if k <= 0 || k >= len(cs) {
		return -1
	}
	if v := cs[k].verb; v >= 0 && !cs[k].present {
		for j := v; j <= cs[k].vend && j < len(ws); j++ {
			if findingVerb(ws[j].w) {
				// "He said tests carried out in April had found the
				// sensor could fail": a paper or a test finds when it is
				// made, and its time dates the finding (findingVerb).
				// (In the present, "photos taken in March show the
				// cracks", it is what they hold at the saying.)
				return -1
			}
		}
	}
	at := sort.Search(len(ws), func(i int) bool { return ws[i].j > tx.Start })
	if at >= len(ws) {
		return -1
	}
	part := func(m int) bool {
		cl := &cs[m]
		if (cl.kind != clReduced && cl.kind != clRelative) || cl.verb < 0 || cl.parent != k || cl.from <= cs[k].from {
			return false
		}
		if cs[k].verb >= 0 {
			return cl.verb < cs[k].verb
		}
		// (No verb the chunker found: what it took for a told clause
		// may be an object, "Police reported damage caused by the storm
		// on Sunday", whose time is the report's. Only a part on the
		// object of a preposition, past the subject's noun phrase,
		// stands in a clause: "said the lawsuit draws heavily on
		// documents released last month".)
		for j := cs[k].from + 1; j < cl.from-1; j++ {
			if prepositions.Has(ws[j].w) {
				return true
			}
		}
		return false
	}
	c := chunkOf(cs, ws, tx.Start)
	if c > k && part(c) {
		return c
	}
	if c != k {
		// (A part deeper down, "documents released last month, which
		// showed crews asked for money starting in 2032", dates its own
		// clause: left to the rules of what is told.)
		return -1
	}
	from := at
	if at > 0 && prepositions.Has(ws[at-1].w) {
		// (the time's own preposition: "obtained by the newspaper in
		// March 2025")
		from = at - 1
	}
	for m := k + 1; m < len(cs); m++ {
		if cs[m].to == from && part(m) && (cs[k].verb < 0 || at < cs[k].verb) {
			return m
		}
	}
	return -1
}
