package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/wordset"
	"github.com/dateline-news/dateline/timex"
)

// maxTitleWords caps a title; the full sentence is the event's summary.
const maxTitleWords = 18

// clauseTitle makes an event title of the clause text[seg]: the clause
// without its time expression (and the preposition that led it), without a
// leading subordinating word, cut before a quotation and capped in length.
// A title restates the source; it never adds words of its own.
func clauseTitle(text string, seg [2]int, tx *timex.Timex) string {
	return clauseTitleOf(text, seg, tx, true)
}

// clauseTitleOf is clauseTitle; with reduced false, a time in a reduced
// clause after a noun the clause's verb took is not titled by that
// clause's own happening (ownClauseTitle): the title retoldClause gives a
// clause it finds misread (misreadClause), which would come back to it.
func clauseTitleOf(text string, seg [2]int, tx *timex.Timex, reduced bool) string {
	if k := ownStaffReport(text, seg, tx); k > seg[0] {
		// "Our correspondent in Mongla reports that water has come over
		// the embankment": the news is what the outlet's own staff
		// report, not their reporting.
		seg[0] = k
	}
	if t := whereTitle(text, seg, tx); t != "" {
		return t
	}
	if tx != nil && tx.Start >= seg[0] && tx.End <= seg[1] {
		if j, k := saidPastRelative(text, seg); k > 0 {
			// "The company said on Monday that the drug, which was
			// cleared in September, would be sold from October": the
			// segment ended at the relative clause on the subject of
			// the clause said, before its verb; the title goes on after
			// the clause ("... said that the drug would be sold").
			t2 := text[:seg[1]] + text[j:]
			return clauseTitleOf(t2, [2]int{seg[0], seg[1] + k - j}, tx, reduced)
		}
		seg[0] += conjoined(text[seg[0]:tx.Start])
		seg[0] += emptyWhen(text[seg[0]:tx.Start])
		off, a, b := documentSays(text[seg[0]:tx.Start])
		seg[0] += off
		if b > a {
			// "The complaint, lodged with the regulator, alleges that the
			// firm sold the data in March": the time dates what the
			// document tells, and the title tells that charge as the
			// document's, not as a fact; only the aside on the document
			// goes ("The complaint alleges that the firm sold the data").
			return retitled(text, seg, tx, seg[0]+a, seg[0]+b, "")
		}
		if subj, k := asideConjunct(text, seg[0], tx.Start); k > 0 {
			// "Velmont had failed to encrypt records, as its rules
			// require, and had not disclosed the leak in March": the
			// segment opened on the aside of "as", and the time dates
			// the verb after ", and", whose subject is the clause's
			// before the aside ("Velmont had not disclosed the leak").
			return retitled(text, seg, tx, seg[0], k, subj+" ")
		}
		if from, j, k := secondPredicate(text[seg[0]:tx.Start]); k > 0 {
			// (After ", where": the clause of its own that holds both.)
			seg[0] += from
			j, k = j-from, k-from
			// "he toured every year in the 1970s and played the festival
			// in 1972": the time dates the second verb's phrase, told
			// with the subject of both ("he played the festival in
			// 1972"); the first has a time of its own.
			return retitled(text, seg, tx, seg[0]+j, seg[0]+k, "")
		}
	}
	if tx != nil && tx.Start >= seg[0] && tx.End <= seg[1] {
		if t := appositionParticiple(text[seg[0]:tx.Start], text[tx.End:seg[1]]); t != "" {
			// "Kowalczyk, 58, a Democrat first elected to the Senate in
			// 1998, chairs ...", "The fine, part of a consent order signed
			// Thursday, is ...": the time dates the participle of the
			// aside on the subject, told as a passive of the subject or
			// of the noun after "of".
			return t
		}
		// (The words are cut only when they are read.)
		if ws := wordsIf(reduced, text, seg[0], seg[1]); len(ws) > 0 {
			// "The charges follow an investigation launched in November
			// 2014": the time dates the participle after the noun a verb
			// took, the noun's own happening ("An investigation was
			// launched"), not the clause's verb.
			cs := appendClauses(nil, text, ws)
			if c := chunkOf(cs, ws, tx.Start); c > 0 && cs[c].kind == clReduced {
				if t := ownClauseTitle(text, cs, ws, c, *tx, true); t != "" {
					return t
				}
			}
		}
	}
	s := text[seg[0]:seg[1]]
	if tx != nil && tx.Start >= seg[0] && tx.End <= seg[1] && datedNoun(text, *tx) {
		// "stemmed from the June 20, 2005 shooting": the noun keeps its
		// determiner, not its date.
		a, b := tx.Start-seg[0]+len(firstWord(tx.Text)), tx.End-seg[0]
		s = s[:a] + s[b:]
	} else if tx != nil && tx.Start >= seg[0] && tx.End <= seg[1] && !attributive(text, *tx) && !possessiveAt(text, tx.End) && !headTime(text[seg[0]:tx.Start], tx.Text, text[tx.End:seg[1]]) {
		a, b := tx.Start-seg[0], tx.End-seg[0]
		if end, ok := stampHead(text, seg[0], *tx); ok {
			// "Updated 9:40 p.m. The fire service says ...", "Tuesday,
			// 9:05 p.m. Crews ...": the stamp goes whole, its opening
			// word or weekday with its time.
			a, b = 0, end-seg[0]
		}
		pre := strings.TrimRight(s[:a], " ")
		// "by about 9 a.m.": the words that only bound the time go with it.
		for {
			i := strings.LastIndexByte(pre, ' ')
			if !inSet(approximators, pre[i+1:]) {
				break
			}
			pre = strings.TrimRight(pre[:i+1], " ")
		}
		var room1 fieldRoom
		if ws := fieldsIn(&room1, pre); len(ws) >= 4 && strings.EqualFold(ws[len(ws)-1], "as") && ws[len(ws)-3] == "as" && isLower(ws[len(ws)-2]) && !strings.ContainsAny(ws[len(ws)-2], ",;:0123456789") {
			// "had known of the flaw as early as a year ago": the bound
			// of three words goes with the time it bounds.
			pre = strings.Join(ws[:len(ws)-3], " ")
		}
		i := strings.LastIndexByte(pre, ' ') // -1: the whole prefix is one word
		led := false                         // the time's own preposition went with it
		// A quotation opened on the time's preposition ("\"In 2009 we
		// thought ..."): the preposition goes as any other, its
		// quotation mark stays.
		rest := pre[i+1:]
		mark := rest[:len(rest)-len(strings.TrimLeft(rest, "\"“‘"))]
		switch last := strings.ToLower(strings.Trim(pre[i+1+len(mark):], ",")); {
		case mark != "" && !titlePrepositions.Has(last):
			// (Any other word after a quotation mark is read as before.)
		case weekdayParticle(last, tx.Text):
			// ("Regulators stepped in Friday": the verb's particle, which
			// stays; the time goes as one its preposition led, and a
			// particle before it lets it go: particleBefore.)
			led = true
		case titlePrepositions.Has(last):
			if i > 0 && strings.HasPrefix(s[b:], ",") && unicode.IsUpper(rune(pre[i+1])) && !strings.ContainsAny(pre[:i], ",;:\"“") && noVerb(strings.Fields(pre[:i])) && !saysOrDid(strings.Fields(pre[:i])) {
				// "The new iPod On Wednesday, Apple introduced ...": a
				// preposition written as a sentence's first word, after
				// words with no verb of their own, opens the sentence;
				// the words before were a heading run into it.
				pre = pre[:0]
			} else {
				pre = pre[:i+1] + mark
			}
			led = true
			// "make landfall late on Tuesday": the word that told which
			// part of the day goes with the day.
			if t := strings.TrimRight(pre, " "); t != "" {
				if j := strings.LastIndexByte(t, ' '); inSet(timeEdges, t[j+1:]) && !(j > 0 && inSet(measureUnits, t[strings.LastIndexByte(t[:j], ' ')+1:j])) {
					// ("opened a week late on Sunday": "late" after a
					// measure tells how late, not which part of the day.)
					pre = t[:j+1]
				} else if inSet(relativeEdges, t[j+1:]) && j > 0 {
					if k := strings.LastIndexByte(t[:j], ' '); !inSet(measureUnits, t[k+1:j]) && !isNumber(strings.ToLower(t[k+1:j])) {
						pre = t[:j+1]
						if inSet(degreeEdges, t[k+1:j]) {
							pre = t[:k+1] // "much earlier": the degree too
						}
					}
				}
			}
		case last == "the":
			// "in the 1940s", "during the weekend": the preposition goes too.
			var room2 fieldRoom
			if ws := fieldsIn(&room2, pre); len(ws) >= 2 && inSet(prepositions, ws[len(ws)-2]) {
				pre = strings.Join(ws[:len(ws)-2], " ")
			}
		case last == "of" && (!strings.HasPrefix(s[b:], ",") || asOfEnd(pre)):
			// ("had been lost as of Sunday night, the ranger said": "as
			// of" goes before a comma too, after the clause it ends.)
			// "killed on the night of June 3": the whole time goes;
			// "the floods of 2019" keep theirs (below).
			ws := strings.Fields(pre)
			k := len(ws) // the words of pre that stay
			switch {
			case len(ws) == 1 || strings.EqualFold(ws[len(ws)-2], "as"):
				k = max(0, len(ws)-2) // "as of Tuesday": a preposition of two words
			case inSet(timeOfNouns, ws[len(ws)-2]):
				k -= 2
				if k > 1 && inSet(timeOfOrders, ws[k-1]) && strings.EqualFold(ws[k-2], "the") {
					k-- // "for the last week of July": its order goes too
				}
				for k > 0 && (strings.EqualFold(ws[k-1], "the") || strings.EqualFold(ws[k-1], "that")) {
					k--
				}
				if k > 0 && inSet(prepositions, ws[k-1]) {
					k--
				} else {
					k = len(ws) - 1 // "in the early hours of Sunday": "of" only
				}
			}
			if k < len(ws) {
				if pre = strings.Join(ws[:k], " "); pre != "" {
					pre += " "
				}
			}
		case last == "after" || last == "before":
			// "found the deputy shortly after 3 p.m.": the time, bounded,
			// goes with its bound.
			if ws := withoutMeasure(strings.Fields(pre[:i+1])); len(ws) >= 4 {
				pre = strings.Join(ws, " ")
			}
		}
		post := s[b:]
		var room3 fieldRoom
		if w := fieldsIn(&room3, strings.ToLower(post)); len(w) >= 3 && w[0] == "of" && yearOfDeterminers.Has(w[1]) && strings.Trim(w[2], ".,;:!?\"”’") == "year" {
			// "in her apartment on Oct. 8 of last year": the year the
			// day was in goes with the day.
			post = post[strings.Index(strings.ToLower(post), "year")+len("year"):]
		}
		if p := strings.TrimLeft(post, " "); p != post || p == "" {
			w := firstWord(p)
			rest := p[len(w):]
			if lw := strings.ToLower(w); timeFocus.Has(lw) && (lw != "only" || strings.Trim(rest, " ") == "" || strings.ContainsAny(rest[:1], ",;:.")) {
				// "withdrawn on Tuesday alone, the bank said": the word
				// that set the time apart from others goes with it.
				post = rest
			}
		}
		if w := firstWord(strings.TrimLeft(strings.TrimPrefix(post, ","), " ")); strings.HasPrefix(post, ", ") && (w == "when" || w == "just") && strings.TrimSpace(pre) != "" && !strings.HasSuffix(strings.TrimSpace(pre), ",") {
			// "began at about 2 p.m., when the man walked in": the
			// comma set off what told of the time; without it, of the
			// happening ("began when the man walked in").
			post = post[1:]
		}
		if p := strings.TrimLeft(post, " "); strings.HasPrefix(p, "(") {
			// "at 8:15 a.m. (0715 GMT)": the time told again in another
			// zone goes with it.
			if j := strings.IndexByte(p, ')'); j > 0 && j < 16 && (strings.ContainsAny(p[:j], "0123456789") || strings.TrimSpace(pre) == "" && strings.HasPrefix(p[j+1:], ":")) {
				// ("6.14am (Tokyo): A third explosion": the zone of an
				// entry's time, before its colon, goes too.)
				post = p[j+1:]
			}
		}
		if r, n := utf8.DecodeRuneInString(post); (r == '-' || r == '–') && len(post) > n && post[n] >= '0' && post[n] <= '9' {
			// "died in the latest war, from 1983-2005": a range written
			// with a dash ends at the dash's figure, which the tagger
			// leaves out of the time; it goes with the time it ends.
			k := n
			for k < len(post) && post[k] >= '0' && post[k] <= '9' {
				k++
			}
			post = post[k:]
		}
		if p, ok := strings.CutPrefix(post, ", "); ok && tx.Val.Grain == timex.GrainDay {
			// "warned the board on March 3, a Tuesday, and again in May":
			// a weekday set off after a date tells its day once more and
			// goes with it.
			if art := firstWord(p); art == "a" || art == "an" {
				rest := strings.TrimLeft(p[len(art):], " ")
				if day := firstWord(rest); inSet(weekdayNames, day) {
					post = rest[len(day):]
				}
			}
		}
		var room4 fieldRoom
		if ws := fieldsIn(&room4, pre); forDayAfterNoun(ws, *tx) {
			// "cancelled all sailings for tomorrow": a day a noun was
			// meant for goes with its "for", as a time's own preposition.
			pre = strings.Join(ws[:len(ws)-1], " ") + " "
			led = true
		}
		var room5 fieldRoom
		if ws := fieldsIn(&room5, pre); led && complementParticle(ws) {
			var room6 fieldRoom
			if q := fieldsIn(&room6, strings.TrimPrefix(post, ",")); strings.HasPrefix(post, ", ") && len(q) > 0 && (inSet(measureNumbers, q[0]) || strings.ContainsAny(q[0][:1], "0123456789")) {
				// "declared the outbreak over on Tuesday, 42 days after
				// the last case": the phrase set off after the time
				// tells more of when, and goes with it (a particle
				// before a figure would read "more than").
				post = ""
			}
		}
		var room7 fieldRoom
		if ws := fieldsIn(&room7, pre); dayRelative(*tx) && endsOnlyTimed(ws, post) && strings.HasSuffix(ws[len(ws)-1], "ed") && !strings.EqualFold(ws[len(ws)-2], "that") && !inSet(relativeOpeners, ws[len(ws)-2]) {
			// "apologised in a video posted yesterday": the participle
			// told only the day, the clause's own; it goes with it
			// ("apologised in a video").
			pre = strings.Join(ws[:len(ws)-1], " ") + " "
		}
		// Taken out, the time would leave half a phrase ("between and
		// 1998", "was suspended for the season", "rescued by on Sunday"):
		// it stays.
		var room8b fieldRoom
		// "Work began May 3 and finished July 7": the first of two
		// predicates, each with its time, keeps its date and ends the
		// title (shortPastBeforeSecond).
		pastPair := calendarTime(*tx) && shortPastBeforeSecond(fieldsIn(&room8b, pre), post)
		var room8 fieldRoom
		if ws := fieldsIn(&room8, pre); len(ws) > 0 && (keepsTime(strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:"))) && !(led && (particleBefore(ws) || complementParticle(ws))) && !pronounBeforeVerb(ws, post) || !led && inSet(dateObjects, ws[len(ws)-1]) || len(ws) >= 2 && strings.EqualFold(ws[len(ws)-1], "of") && !strings.EqualFold(ws[len(ws)-2], "as") && !inSet(timeOfNouns, ws[len(ws)-2])) ||
			timeOnlyPredicate(strings.Fields(pre), post) && calendarTime(*tx) && !subordinateSegment(text, seg[0]) || len(ws) == 2 && relativeVerbOnly(ws, post, false) && spanVerbs.Has(strings.ToLower(ws[1])) && calendarTime(*tx) || rangeAfter(post) && !entryAfter(pre, post) || figureRange(text[tx.Start:tx.End], post) || led && (deadline(s[:a]) || modalDeadline(s[:a], post) && relativeTimeAt(strings.Fields(tx.Text)) < 0 || setStart(s[:a]) && strings.ContainsAny(tx.Text, "0123456789")) || namedYear(s[:a], tx.Text, post) || deniedUntil(s[:a]) || boundedTime(pre) || orTimeAfter(post) || endsOnlyTimed(ws, post) || relativeOnlyTimed(ws, post) || timedParticiple(pre, post) || bareParticiple(pre, post) || goingOnlyTimed(ws, post) || led && calendarTime(*tx) && (bareVerbBeforeSecond(ws, post) || againPaired(post)) {
			pre, post = s[:a], s[a:]
		}
		if pastPair {
			pre, post = s[:a], s[a:b]
		}
		if !led && timeAsObject(pre, post) {
			// "have set June 21 as the target date": the time is the
			// verb's object, what "as" names; taken out, it would leave
			// "have set as the target date". It stays.
			pre, post = s[:a], s[a:]
		}
		if participleThat(pre, post) || objectParticipleEnd(pre, post) {
			pre = pre[:strings.LastIndexByte(strings.TrimRight(pre, " "), ' ')+1]
		}
		if timedTail(pre, post) {
			// "rehearsing for 50 concerts, due to begin in July", "has
			// ordered vaccine, with the first doses expected in August":
			// the phrase after the comma is what the time dates, and
			// without it would end on the verb that needs it; the time
			// stays (a cut may drop the phrase whole).
			pre, post = s[:a], s[a:]
		}
		var room9 fieldRoom
		if ws := fieldsIn(&room9, pre); len(ws) == 1 && strings.HasPrefix(post, ",") && strings.HasSuffix(ws[0], "ing") && !isLower(ws[0]) {
			// "Speaking on Tuesday, the manager said": the participle
			// told only of the time, and goes with it. (Not one in "-ed":
			// "Founded in 1983, the bank was ..." dates the founding, not
			// the clause.)
			pre, post = "", post[1:]
		} else if participlePhrase(pre, post) && (strings.ContainsAny(tx.Text, "0123456789") || tx.Val.Grain != timex.GrainNone && tx.Val.Grain <= timex.GrainMonth) {
			// "Founded by Lowe in 2006, the clinic treats ...", "The
			// recorder, found on Nov. 9, showed ...": the time dates the
			// participle's phrase, and the clause around it tells nothing
			// of that day; the time stays with its phrase, a month or a
			// year too ("found in April"). (A time of days, "Reached by
			// telephone yesterday, O'Brien declined", is the clause's
			// too, and goes.)
			pre, post = s[:a], s[a:]
		} else if k := strings.LastIndex(pre, ", "); k > 0 && loneParticiple(strings.Fields(pre[k+2:])) && (participlePhrase(pre, post) || apposedParticiple(pre[:k], pre[k+2:], post)) {
			// "The report, released on Monday, said ...": the participle
			// set off after the subject told only of the time; it goes
			// with it, and so do its commas ("The report said ...", not
			// "The report, released, said ...").
			pre, post = pre[:k]+" ", post[1:]
		} else if k := strings.LastIndex(pre, ", "); k > 0 && trailingParticiple(pre[:k], pre[k+2:], post) {
			// "took a charge in its results, reported on April 29,
			// covering cleanup": the participle set off after a whole
			// clause told only of the time; it goes with it and with
			// one of its commas ("in its results, covering cleanup").
			pre = pre[:k]
		} else if k := strings.LastIndex(pre, ", "); k > 0 && apposedInfinitive(pre[:k], pre[k+2:], post) {
			// "the town's fair, due to open on Saturday, might be
			// postponed": the phrase told only when the fair was to
			// open; without its time it goes whole, with its commas.
			pre, post = pre[:k]+" ", post[1:]
		}
		if strings.Trim(post, " .!?\"”’") == "" {
			pre = withoutHedge(pre)
		}
		for _, p := range []string{"'s", "’s"} {
			post = strings.TrimPrefix(post, p)
		}
		// An opening adverbial that was only the time ("In the early
		// hours of Monday, thieves rammed ...") goes whole.
		if strings.HasPrefix(post, ",") && measureAfter(post[1:]) && strings.TrimSpace(pre) != "" {
			// "came in August 2011, a few months before his death": the
			// comma set the measure off from the time it counted from.
			post = post[1:]
		} else if strings.HasPrefix(post, ",") && fieldCount(pre) <= 6 && endsWithPreposition(pre) && !particleBefore(strings.Fields(pre)) && !slices.ContainsFunc(strings.Fields(pre), func(w string) bool { return inSet(auxiliaries, w) }) {
			// (Not a verb's particle: "She will be sworn in on Jan. 2,
			// becoming ..." opens with its clause.)
			pre, post = "", strings.TrimPrefix(post, ",")
		} else if open := strings.Trim(pre, " \"“‘'"); open == "" || strings.HasSuffix(open, ",") {
			// At the head of the clause (or of a quotation, or after an
			// opening adverb: "Unfortunately, that day has come"), the time goes
			// with its comma ("Tonight, we saw" -> "we saw"); before a verb
			// such as "was" it is the subject ("Tonight was a peaceful
			// vigil") and stays.
			if strings.HasPrefix(post, ",") {
				post = strings.TrimPrefix(post, ",")
				if asideTime(open, post) {
					// "The last strike at the plant, in 1998, lasted five
					// weeks", "The firm said, on Tuesday, that": the time
					// was an aside between the subject and its verb (or
					// the verb and what it said), and its commas go with
					// it.
					pre = strings.TrimSuffix(strings.TrimRight(pre, " "), ",") + " "
				}
			} else if rest, ok := strings.CutPrefix(post, ". "); ok && open == "" && halfCut(tx.Text) {
				// "11:40 p.m. Crews have brought back ...": a live
				// blog's stamp, whose "p.m." the tagger read as ending
				// a sentence; its period goes with it.
				post = rest
			} else if e, ok := entryDash(post); ok && open == "" {
				// "21 January - State of emergency declared": an entry of
				// a list of dates, whose date goes with its dash.
				post = post[e:]
			} else if w := strings.ToLower(firstWord(strings.TrimLeft(post, " "))); w != "to" && phraseEnds.Has(w) {
				pre, post = s[:a], s[a:]
			}
		}
		if strings.HasPrefix(s[b:], post) && (secondClauseAfter(pre, post) || outerPredicateAfter(pre, post)) {
			// "The ban began on Friday, and the company said ...", "A
			// rash appeared Monday and the diagnosis was confirmed ...",
			// "were arrested on Monday; by Thursday, two had been
			// released": the time ended the first of two clauses, each
			// with a subject of its own; the second tells another
			// happening, of its own time or none, and the title ends
			// with the first.
			post = ""
		}
		pre = relativeSubject(pre, post)
		if mark != "" && strings.HasSuffix(pre, mark) {
			// ("\"We thought", not "\" we thought": the quotation's
			// first word now, it takes the capital; a comma that set
			// the time off goes with it.)
			s = pre + capitalize(strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(post, " "), ","), " "))
		} else {
			s = strings.TrimRight(pre, " ") + " " + strings.TrimLeft(post, " ")
		}
	}
	var room10 fieldRoom
	if pre := fieldsIn(&room10, text[seg[0]:max(seg[0], min(seg[1], txStart(tx)))]); tx != nil && tx.Start >= seg[0] && tx.End <= seg[1] && len(pre) <= 3 && (len(pre) == 0 || noVerb(pre)) {
		// "On Sunday, after 12 days of digging, the military called off
		// the search": the time opened the sentence, and the clause
		// after it is subordinate; the main clause is the title.
		s = withoutOpeningSubordinate(s)
	}
	// (A time after "follow" or "come ... after" dates the happening
	// they set the subject after: see sequelPhrase.)
	sequelTimed := tx != nil && tx.Start >= seg[0] && tx.End <= seg[1] && sequelBefore(strings.Fields(text[seg[0]:tx.Start]))
	s = tidy(s)
	s = withoutStrayAnd(s)
	s = withoutStamp(s)
	s = withoutTruncation(s)
	s = withoutKicker(s)
	s = withoutPageLabel(s)
	s = fromSubordinate(s)
	s = attributionFirst(quoteTail(s))
	s = namedSubject(s)
	// Drop leading subordinating words ("as", "especially following",
	// "according to"), conjunctions ("And thieves made off ...") and a
	// complementizer ("that the building was on fire").
	for {
		w := firstWord(s)
		lw := strings.ToLower(w)
		if reportNouns.Has(lw) && strings.HasPrefix(s[len(w):], " that ") {
			// "Reports that Mohamed ElBaradei has been soaked": a live
			// blog's entry tells what was reported as the news.
			if rest := s[len(w)+len(" that "):]; (capitalized(rest) || inSet(determiners, firstWord(rest))) && !reportVerdict(rest) {
				s = rest
				continue
			}
		}
		if lw == "that" || lw == "according" {
			if rest := strings.TrimLeft(s[len(w):], " ,"); lw == "according" || inSet(determiners, firstWord(rest)) {
				s = rest
				if lw == "according" {
					// (What it names is a noun: "a will filed in ..." is
					// one that was filed.)
					s = reducedPassive(strings.TrimPrefix(strings.TrimPrefix(s, "to "), "To "))
				}
				continue
			}
		}
		if lc := strings.TrimSuffix(lw, ","); sentenceConnectives.Has(lc) && capitalized(w) {
			// "Instead, he received ...", "Meanwhile the branch will
			// reopen": the word joined the sentence to the one before.
			if rest := strings.TrimLeft(s[len(w):], " "); lc != lw || strings.HasPrefix(rest, ",") || capitalized(rest) || inSet(determiners, firstWord(rest)) || inSet(articleWords, firstWord(rest)) || pluralSubject(strings.Fields(rest)) {
				s = strings.TrimLeft(rest, " ,")
				continue
			}
		}
		if rest := sequelPhrase(s, sequelTimed); rest != "" {
			s = capitalize(nominalPassive(rest))
			continue
		}
		if n := laterOpener(s); n > 0 {
			s = s[n:]
			continue
		}
		if w == "" || !subordinators.Has(lw) && !titleConjunctions.Has(lw) {
			break
		}
		if lw == "when" {
			// "When Monday's violence had concluded, the receptionist was
			// shot dead": the clause after the comma is the news, and
			// happened when the one before it did.
			if i := strings.IndexByte(s, ','); i > 0 && fieldCount(s[:i]) <= 12 {
				if rest := strings.TrimLeft(s[i+1:], " "); fieldCount(rest) >= 4 && clause(strings.Fields(rest)) && !inQuotation(strings.Fields(s[:i])) {
					s = rest
					continue
				}
			}
		}
		s = strings.TrimLeft(s[len(w):], " ,")
	}
	// A quotation stays, marks and all: cut inside it at a boundary, it is
	// closed again (balanceQuotes); cut before it, "accused North Korea of
	// supplying" would be half a clause.
	ws := strings.Fields(s)
	cut := false
	timed := tx != nil && tx.Start > seg[0] && tx.Start <= seg[1] && relativeTimed(text[seg[0]:tx.Start])
	if timed && appositionTimed(text[seg[0]:tx.Start]) {
		// "General Sokol, the army chief who said Tuesday the army would
		// not fire, appeared on television": the time dates the
		// relative clause of the subject's apposition, and so does the
		// title ("General Sokol said the army would not fire").
		if rel, ok := appositionOwnTitle(ws); ok {
			ws = rel
		}
	}
	if short, c := shorten(ws, timed); opening(ws) > 0 && (len(short) < opening(ws)+4 || len(ws) > maxTitleWords) {
		// Cut at the comma of the phrase that opens it, or just after, the
		// title would be that phrase with no verb ("In a November 9 press
		// conference", "Between 1991 and 1998, Comeaux"): the clause after
		// it is the title. A title too long has room for its clause
		// before the circumstance that opens it ("For the second time in
		// less than four weeks, a Chargers player was pulled over").
		ws, cut = shorten(ws[opening(ws):], timed)
	} else {
		if tx == nil || tx.Start < seg[0] || !strings.Contains(text[seg[0]:min(seg[1], tx.Start)], ":") {
			// (A time in the list dates an item of it: "two new sites:
			// the hospital's emergency room on Sunday, Jan. 17, ...";
			// the clause before the colon is not what it dates.)
			short = atListColon(ws, short)
		}
		ws, cut = short, c
	}
	if cut && timed {
		// Cut at the cap inside the relative clause that holds the time
		// ("A pirate who took part in the 2009 hijacking of the Harbor
		// Star…"): that clause, told of its subject, is the title.
		if rel, ok := relativeOwnTitle(strings.Fields(s)); ok {
			ws, cut = rel, false
		} else if rel, ok := whoseOwnTitle(strings.Fields(s)); ok {
			ws, cut = rel, false
		}
	} else if timed && slices.Contains(strings.Fields(s), "whose") && !slices.Contains(ws, "whose") && whoseHolds(text[seg[0]:tx.Start]) {
		// The title went short of the "whose" clause that holds the time
		// ("The audit points to the hospital, whose east wing was rebuilt
		// in 2009 ..." is no pointing of 2009): that clause is the title.
		if rel, ok := whoseOwnTitle(strings.Fields(s)); ok {
			ws, cut = rel, false
		}
	}
	if len(ws) == 0 {
		return ""
	}
	if out, ok := withoutPartWithTail(ws, text, seg, tx); ok {
		ws, cut = out, false
	}
	timeEnds := tx != nil && tx.End <= seg[1] && tx.End >= seg[0] && strings.Trim(text[tx.End:seg[1]], ".!?\"”’ ") == ""
	if last := ws[len(ws)-1]; !cut && !timeEnds && len(ws) == fieldCount(s) && strings.HasSuffix(last, ".") && !isAbbreviation(strings.TrimSuffix(last, ".")) {
		// The sentence ends here, on a word that ends it well ("step
		// in.", "what they were looking for."), not on what a time
		// taken out of its end left ("in the early hours of").
	} else if !cut && !timeEnds && closingParticle(ws, strings.Fields(text[seg[0]:seg[1]])) {
		// A headline's verb and its particle end it as written ("Flood
		// rescue: search goes on"): no time was taken out after them.
	} else {
		ws = withoutDangling(ws)
	}
	if c := countTail(ws); c > 0 {
		ws = ws[:c] // (a count whose phrase went: "most" of them what)
	}
	ws = withoutQuotedTail(ws)
	ws = withoutDayWords(ws)
	s = strings.TrimRight(strings.Join(ws, " "), " ,;:—–-")
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && !isAbbreviation(s[:len(s)-1]) && !stateAbbreviation(s[:len(s)-1]) && !dotted(s) {
		// The sentence's period goes, and a comma the time expression left
		// before it ("Rodong Sinmun, on Tuesday.").
		s = strings.TrimRight(s[:len(s)-1], " ,;:—–-")
	}
	if cut {
		s += "…"
	}
	return capitalize(balanceQuotes(s))
}

// withoutPartWithTail drops from a title the absolute phrase that a comma
// and "with" add to its clause (", with work to begin in January", ", with
// the new bridge opening in 2031") when the title holds only part of it:
// news English tells a second happening there, a noun and a predicate of
// its own, often with its own time, and the clause before it stands
// alone. The time the title is for comes before the phrase (it dates the
// clause, not the phrase); the clause before the comma has four words or
// more, a verb, and no quotation left open; the phrase holds no comma
// (one set off before it is another's); and the source goes on with more
// of the phrase after the title's last word (a word, not a comma or the
// sentence's end), or the title ends on the "with". Else ws as they are.
func withoutPartWithTail(ws []string, text string, seg [2]int, tx *timex.Timex) ([]string, bool) {
	i := len(ws) - 1
	for i > 0 && !strings.EqualFold(ws[i], "with") {
		if strings.ContainsAny(ws[i], ",;:\"“”") {
			return ws, false
		}
		i--
	}
	if i < 4 || !strings.HasSuffix(ws[i-1], ",") || tx == nil || tx.Start < seg[0] || tx.End > seg[1] {
		return ws, false
	}
	head := ws[:i]
	if !withHead(head) {
		return ws, false
	}
	// (Only the segment after the time is searched: a title stays
	// linear in its clause, not its document.)
	k := tx.End
	j := strings.Index(text[k:seg[1]], ", with ")
	if j < 0 {
		return ws, false
	}
	k += j + len(", with ")
	if tail := ws[i+1:]; len(tail) > 0 {
		phrase := strings.Join(tail, " ")
		if strings.ContainsAny(phrase[len(phrase)-1:], ".!?") || !strings.HasPrefix(text[k:], phrase) {
			// (The phrase ends its sentence, whole.)
			return ws, false
		}
		rest := strings.TrimLeft(text[k+len(phrase):], " ")
		if r, _ := utf8.DecodeRuneInString(rest); !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return ws, false
		}
	}
	out := slices.Clone(head)
	out[i-1] = strings.TrimSuffix(out[i-1], ",")
	return out, true
}

// withHead reports whether ws, the words of a title before the comma of
// its absolute phrase of "with", stand as a clause without it: four words
// or more, a verb, no quotation left open.
func withHead(ws []string) bool {
	return len(ws) >= 4 && !inQuotation(ws) && !noVerb(ws)
}

// withTailAt is where, in title, the absolute phrase of "with" that holds
// title[i:] starts (its comma), when that phrase runs to the title's end
// with no comma, quotation mark or colon of its own and withHead holds of
// the words before it; else -1.
func withTailAt(title string, i int) int {
	k := strings.LastIndex(title[:i], ", with ")
	if k <= 0 || strings.ContainsAny(title[k+2:], ",;:\"“”") {
		return -1
	}
	var room fieldRoom
	if !withHead(fieldsIn(&room, title[:k])) {
		return -1
	}
	return k
}

// retitled is the title of the clause text[seg] with text[a:b], words
// before the time tx, written as with: the segment's end and the time
// move by what that adds or takes.
func retitled(text string, seg [2]int, tx *timex.Timex, a, b int, with string) string {
	d := len(with) - (b - a)
	tx2 := *tx
	tx2.Start, tx2.End = tx.Start+d, tx.End+d
	return clauseTitle(text[:a]+with+text[b:], [2]int{seg[0], seg[1] + d}, &tx2)
}

// headTime reports whether the time x, a year, between pre and post is
// the head of the noun phrase that "a" or "an" and one word in lower case
// open, closed by a comma or the end ("had a difficult 2014, when ..."):
// the phrase needs it, and the title keeps it rather than end on the
// adjective. (A weekday after "a statement" tells when it was issued.)
func headTime(pre, x, post string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	if len(ws) < 3 || len(x) != 4 || !isNumber(x) || post != "" && !strings.ContainsAny(post[:1], ",;.") {
		return false
	}
	adj, art := ws[len(ws)-1], strings.ToLower(ws[len(ws)-2])
	return indefiniteArticles.Has(art) && isLower(adj) && !strings.ContainsAny(adj, ",;:\"“”()0123456789") &&
		!prepositions.Has(adj) && !determiners.Has(adj) && !measureUnits.Has(adj) && !approximators.Has(adj) && !measureNumbers.Has(adj)
}

// saidPastRelative returns, when text[seg] ends on the subject of the
// clause a verb of saying and "that" report (up to four words, no verb)
// and a relative clause set off by commas follows it (", which was cleared
// in September,"), where the words after that clause begin (j) and end at
// the sentence's next comma, semicolon or full stop (k); 0, 0 otherwise.
func saidPastRelative(text string, seg [2]int) (j, k int) {
	rest := text[seg[1]:]
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[seg[0]:seg[1]])
	if !strings.HasPrefix(rest, ", ") || !inSet(relativeOpeners, firstWord(rest[2:])) || len(ws) < 4 {
		return 0, 0
	}
	that := -1
	for i := len(ws) - 2; i >= max(1, len(ws)-5); i-- {
		if strings.EqualFold(ws[i], "that") {
			that = i
			break
		}
	}
	if that < 0 || !slices.ContainsFunc(ws[max(0, that-4):that], func(w string) bool { return isLower(w) && inSet(reportingVerbs, w) }) {
		return 0, 0
	}
	subj := ws[that+1:]
	if strings.ContainsAny(strings.Join(subj, " "), ",;:\"“”()") || inSet(subjectPronouns, subj[0]) {
		return 0, 0
	}
	for i := range subj {
		if isLower(subj[i]) && verbAt(subj, i) {
			return 0, 0
		}
	}
	c := strings.IndexAny(rest[2:], ",;.") // the relative clause's close
	if c < 0 || rest[2+c] != ',' {
		return 0, 0
	}
	j = seg[1] + 2 + c + 1
	if e := strings.IndexAny(text[j:], ",;."); e > 0 {
		k = j + e
	} else {
		k = len(text)
	}
	var room11 fieldRoom
	if after := fieldsIn(&room11, text[j:k]); len(after) < 2 || !isLower(after[0]) || !verbAt(after, 0) {
		return 0, 0
	}
	return j, k
}

// halfCut reports whether a time ends in "a.m" or "p.m" without its
// period: the period was read as ending a sentence.
func halfCut(tx string) bool {
	return len(tx) > 3 && (strings.HasSuffix(tx, " a.m") || strings.HasSuffix(tx, " p.m") || strings.HasSuffix(tx, " A.M") || strings.HasSuffix(tx, " P.M"))
}

// withoutStamp drops what a title opens with before its first capital
// when it is no word of the sentence: an outlet or a city in parentheses
// ("(CNN) A flow of gas swept down ...", "(CHICAGO) - Former Sen. ..."),
// or a live blog's clock stamp ("16:40 Police say ...", "Tuesday, 9:05
// p.m. — Crews ...", "11.40pm: The council ..."), with a dash or a colon
// after either.
func withoutStamp(s string) string {
	rest := ""
	if strings.HasPrefix(s, "(") {
		j := strings.IndexByte(s, ')')
		if j < 2 || j > 32 {
			return s
		}
		inner := strings.Fields(s[1:j])
		if len(inner) == 0 || len(inner) > 3 || slices.ContainsFunc(inner, func(w string) bool { return !capitalized(w) || strings.ContainsAny(w, "0123456789") }) {
			return s
		}
		rest = s[j+1:]
	} else if _, _, end, ok := liveStampSpan(s); ok {
		// "11:40 p.m. ET: Crews ...", "Tuesday, 9:05 p.m. — Police
		// ...": a stamp of any form a live blog writes (clockStamp).
		rest = strings.TrimPrefix(strings.TrimLeft(s[end:], "*_ "), ":")
		rest = strings.TrimLeft(rest, " ")
		if d, _, _ := strings.Cut(rest, " "); d == "-" || d == "—" || d == "–" {
			rest = strings.TrimLeft(rest[len(d):], " ")
		}
		if fieldCount(rest) >= 2 && capitalized(rest) {
			return rest // ("8:30 p.m. Polls closed")
		}
		return s
	} else {
		w, _, _ := strings.Cut(s, " ")
		// (set in bold or italics: "**14:05** Police said ...")
		h, m, ok := strings.Cut(strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "*_"), "am"), "pm"), ":")
		if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || !isNumber(h) || !isNumber(m) {
			return s
		}
		rest = strings.TrimLeft(s[len(w):], " ")
		// (its half of the day and its zone before a dash: "10:42 a.m.
		// ET — Police said ...")
		if h, _, _ := strings.Cut(rest, " "); liveStampHalves.Has(asciiLower(strings.TrimRight(h, "*_"))) && !strings.HasSuffix(w, "m") {
			rest = strings.TrimLeft(rest[len(h):], " ")
		}
		if z, after, _ := strings.Cut(rest, " "); zoneWord(z) && (strings.HasPrefix(after, "- ") || strings.HasPrefix(after, "— ") || strings.HasPrefix(after, "– ")) {
			rest = after
		}
	}
	rest = strings.TrimLeft(rest, " ")
	if d, _, _ := strings.Cut(rest, " "); d == "-" || d == "—" || d == "–" {
		rest = strings.TrimLeft(rest[len(d):], " ")
	}
	if fieldCount(rest) < 3 || !capitalized(rest) {
		return s
	}
	return rest
}

// pluralSubject reports whether ws opens with a plural noun in lower case
// and a verb after it within four words ("prosecutors in Huaraz opened
// ..."): a subject with no article, after which a connective written
// without its comma ("Meanwhile prosecutors ...") was no word of the
// clause. (Not "Instead of", "However many": a preposition, no "-s".)
func pluralSubject(ws []string) bool {
	if len(ws) < 3 || !isLower(ws[0]) || len(ws[0]) < 4 || !strings.HasSuffix(ws[0], "s") || strings.HasSuffix(ws[0], "ss") || strings.ContainsAny(ws[0], ",;:\"'’") ||
		prepositions.Has(ws[0]) || verbAt(ws, 0) {
		return false
	}
	for k := 1; k < len(ws) && k <= 4; k++ {
		if strings.ContainsAny(ws[k-1], ",;:") {
			return false
		}
		if verbAt(ws, k) {
			return true
		}
	}
	return false
}

// asOfEnd reports whether pre ends on "as of" after a clause's word, not
// at the head of a clause ("showed that as of January, ..." opens with it:
// the time and its comma go whole there, below).
func asOfEnd(pre string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	n := len(ws)
	if n < 4 || !strings.EqualFold(ws[n-1], "of") || !strings.EqualFold(ws[n-2], "as") {
		return false
	}
	w := strings.ToLower(ws[n-3])
	return !clauseMark(w) && !strings.EqualFold(w, "that") && !subordinators.Has(w) && !titleConjunctions.Has(w)
}

// whereTitle titles a clause that ends on ", where" and a clause of its
// own that holds the time: that clause, at the place the clause before it
// named after its last verb ("..., Ruiz told reporters at a fire hall near
// the mine, where relatives gathered on Monday evening" is "Relatives
// gathered at a fire hall near the mine"). The place is the phrase of the
// first place preposition after that verb (place-prepositions, data), up
// to the comma; "" when there is none.
func whereTitle(text string, seg [2]int, tx *timex.Timex) string {
	if tx == nil || tx.Start < seg[0] || tx.End > seg[1] {
		return ""
	}
	w := strings.LastIndex(text[seg[0]:tx.Start], ", where ")
	if w < 0 {
		return ""
	}
	w += seg[0]
	inner := w + len(", where ")
	if strings.ContainsAny(text[inner:tx.Start], ",;:\"“”()") || strings.Trim(text[tx.End:seg[1]], " .!?\"”’") != "" {
		return ""
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[seg[0]:w])
	v := -1
	for k := len(ws) - 1; k > 0 && v < 0; k-- {
		if isLower(ws[k]) && verbAt(ws, k) && !inSet(prepositions, ws[k]) {
			v = k
		}
	}
	if v < 0 {
		return ""
	}
	p := -1
	for k := v + 1; k < len(ws); k++ {
		if strings.ContainsAny(ws[k-1], ",;:") {
			return ""
		}
		if placePrepositions.Has(ws[k]) {
			p = k
			break
		}
	}
	if p < 0 || len(ws)-p < 2 || len(ws)-p > 8 {
		return ""
	}
	t := clauseTitle(text, [2]int{inner, seg[1]}, tx)
	var twsRoom fieldRoom
	tws := fieldsIn(&twsRoom, t)
	if len(tws) < 2 || len(tws)+len(ws)-p > maxTitleWords || !clause(tws) || !verbAt(tws, 1) && (len(tws) < 3 || !verbAt(tws, 2)) {
		return ""
	}
	return t + " " + strings.Join(ws[p:], " ")
}

// asideTime reports whether a time set off by commas stood between open,
// the words before it up to its first comma, and post, the words after its
// second: a subject with no verb of its own and the verb that opens post
// (by its form: "lasted", "was"), or a verb of saying and what it said.
func asideTime(open, post string) bool {
	var oRoom fieldRoom
	o := fieldsIn(&oRoom, open)
	n := len(o)
	if n == 0 || strings.ContainsAny(open[:len(open)-1], ",;:") {
		return false
	}
	if inSet(reportingVerbs, strings.Trim(o[n-1], ",")) {
		return true
	}
	ws := append(o, strings.Fields(post)...)
	if len(ws) == n || !noVerb(o) {
		return false
	}
	w := ws[n]
	return verbAt(ws, n) || pastVerb(w) || len(w) > 3 && strings.HasSuffix(w, "ed")
}

// entryDash returns the length of the dash or colon (and the spaces around
// it) that post opens with, after the date of an entry of a list of dates
// ("12 January - Vendor dies"), and whether there is one.
func entryDash(post string) (int, bool) {
	p := strings.TrimLeft(post, " ")
	for _, d := range []string{"-", "–", "—", ":"} {
		if rest, ok := strings.CutPrefix(p, d); ok && strings.HasPrefix(rest, " ") {
			return len(post) - len(strings.TrimLeft(rest, " ")), true
		}
	}
	return 0, false
}

// entryAfter reports whether a time with nothing before it and a dash after
// it opens an entry of a list of dates ("21 January - State of emergency
// declared"), not a range ("21 January - 25 January"): the dash is
// followed by words, the second in lower case.
func entryAfter(pre, post string) bool {
	e, ok := entryDash(post)
	if !ok || strings.Trim(pre, " \"“‘'") != "" {
		return false
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, post[e:])
	if len(ws) >= 2 && isLower(ws[1]) && !isNumber(ws[1]) {
		return true
	}
	// "10:31 a.m. ET — Sen. Ruiz presses the minister on the delay": a
	// clause of its own after the dash, not the other end of a range,
	// which opens with a number or a name of the calendar ("21 January –
	// 25 January", "May – June").
	if len(ws) < 4 || strings.ContainsAny(ws[0][:1], "0123456789") {
		return false
	}
	w := strings.ToLower(strings.Trim(ws[0], ".,"))
	return !calendarNames.Has(w) && clause(ws)
}

// namedYear reports whether a year written after "the" is part of the name
// after it ("for the 2036 Olympics", "the 2010 World Cup"): taken out, it
// would leave "bid Olympics".
func namedYear(pre, x, post string) bool {
	if !strings.HasSuffix(strings.ToLower(strings.TrimRight(pre, " ")), " the") || len(x) != 4 || !isNumber(x) || !strings.HasPrefix(post, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(post[1:])
	return unicode.IsUpper(r)
}

// datedNoun reports whether a time expression that opens with a
// determiner dates the noun after it: "the June 20, 2005 shooting".
func datedNoun(text string, tx timex.Timex) bool {
	if !inSet(determiners, firstWord(tx.Text)) || !strings.ContainsAny(tx.Text, "0123456789") ||
		tx.End >= len(text) || text[tx.End] != ' ' {
		return false
	}
	next := firstWord(text[tx.End+1:])
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) {
		return false
	}
	return !prepositions.Has(next) && !subordinators.Has(next) && !titleConjunctions.Has(next) && !reportingVerbs.Has(next)
}

// clauseWindow bounds the bytes before a time that the checks of its
// clause read (objectTime, reportedTime).
const clauseWindow = 300

// objectTime reports whether a time that dates a noun after it ("Sunday's
// bombing", "the April 2018 crash") stands in a phrase after the verb of
// its clause, which tells another happening than the noun: "Police
// arrested two men over Sunday's bombing", "The board adopted its final
// report on the April 2018 crash", "Markets fell after Sunday's bombing".
// The time dates the noun, not the clause. A verb of saying is no such
// verb ("Officials said the Aug. 7 bombings killed 224 people"); after a
// verb with no preposition between ("attended Wednesday's hearing"), or
// after "at", "during" or a verb's "in" ("A guard was killed in Monday's
// attack"), the verb is at the noun's time.
func objectTime(text string, seg [2]int, tx timex.Timex) bool {
	if tx.Start < seg[0] || tx.End > seg[1] {
		return false
	}
	if !possessiveAt(text, tx.End) && !attributive(text, tx) && !datedNoun(text, tx) {
		return false
	}
	// The words of the clause up to the time, within a window: a clause
	// of thousands of times stays linear.
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[max(seg[0], tx.Start-clauseWindow):tx.Start])
	if n := len(ws); n > 0 && inSet(determiners, ws[n-1]) {
		ws = ws[:n-1] // "the" of "the April 2018 crash"
	}
	n := len(ws)
	if n < 1 {
		return false
	}
	p := strings.ToLower(ws[n-1])
	if !objectPrepositions.Has(p) {
		return false
	}
	if p == "in" && (n < 2 || !isLower(ws[n-2]) || strings.ContainsAny(ws[n-2], ",;:") || verbAt(ws, n-2)) {
		return false
	}
	if hasVerb(ws, n-1) {
		return true
	}
	// No verb before it: the phrase opens the clause or is part of its
	// subject ("After Sunday's bombing, markets fell", "Organisers of
	// tomorrow's silent march expect ...", "The scale of Monday's flooding
	// surprised officials"): the verb after it is no more the noun's.
	return !strings.ContainsAny(strings.Join(ws, " "), ",;:")
}

// subjectTime reports whether a time that objectTime reads as a noun's
// stands before the verb of its clause, in its subject or an opening
// phrase: the noun's phrase then ends at its happening's word (nounPhrase).
func subjectTime(text string, seg [2]int, tx timex.Timex) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[max(seg[0], tx.Start-clauseWindow):tx.Start])
	return !hasVerb(ws, len(ws))
}

// hasVerb reports whether the first n words of ws hold a verb or an
// auxiliary other than one of saying (objectTime, subjectTime); the word
// after them still tells a verb's form.
func hasVerb(ws []string, n int) bool {
	for i := range ws[:n] {
		w := strings.ToLower(strings.Trim(ws[i], ",;:\"“”‘’'()"))
		if !reportingVerbs.Has(w) && (auxiliaries.Has(w) || verbAt(ws, i)) {
			return true
		}
	}
	return false
}

// happeningPhrase is the noun phrase after a time that dates it, when it
// stops before its clause's verb and names a happening ("Bomb attack on a
// Karachi market" | "rose to 15"); else its words up to the first that
// names a happening ("Silent march" of "tomorrow's silent march expect
// ...", whose verb its form does not tell); or "" when none does.
func happeningPhrase(text string, seg [2]int, tx timex.Timex, happening func(string) bool) string {
	ws, stop := possessivePhrase(text, seg, tx.End)
	if len(ws) < maxTitleWords && strings.TrimRight(text[stop:seg[1]], " .,;:!?\"”’") != "" && slices.ContainsFunc(ws, happening) {
		// The phrase stopped before its clause's verb ("bomb attack on a
		// Karachi market" | "rose to 15"): it is whole.
		return capitalize(strings.Join(ws, " "))
	}
	for i, w := range ws {
		if happening(w) {
			return capitalize(strings.Join(ws[:i+1], " "))
		}
	}
	return ""
}

// withoutOtherConjunct drops the conjunct that a time x of another date
// ends ("Carver rejected an offer of $47 a share and a revised offer of
// $49.50 on Jan. 20", titling the rejection of December): it tells the
// happening of x, which is not the event's.
func withoutOtherConjunct(title, x string) string {
	t, ok := strings.CutSuffix(title, " "+x)
	if !ok || x == "" || strings.HasSuffix(t, " and") || strings.HasSuffix(t, " or") {
		// ("are expected on Friday and Saturday": x is joined to the
		// title's own time, no conjunct of its own.)
		return title
	}
	i := strings.LastIndex(t, " and ")
	if i < 0 || strings.ContainsAny(t[i:], ",;:") || fieldCount(t[:i]) < 4 {
		return title
	}
	if ws, after := strings.Fields(t[:i]), strings.Fields(t[i+len(" and "):]); len(ws) > 4 && len(after) >= 2 && relativeVerbOnly(ws, "", pairedPresent(ws[len(ws)-1], after)) {
		// "voted in an online ballot that opens [on Tuesday] and closes
		// on 10 April": the first verb of a relative clause, its time
		// gone, is left alone with its pronoun and tells its noun
		// nothing; the clause goes whole ("in an online ballot").
		return strings.TrimRight(strings.Join(ws[:len(ws)-2], " "), ",;: ")
	}
	return strings.TrimRight(t[:i], ",;: ")
}

// withoutRelativeEnd drops a time x of another date than the title's,
// written relative to the day of writing ("on Tuesday", "tomorrow": no
// figure in it), that ends the title, with its preposition: under the
// event's date it would name the wrong day ("said her party would file a
// petition on Tuesday", titling the Saturday she said it). A time that
// ends the absolute phrase of "with" takes the phrase (withTailAt).
func withoutRelativeEnd(title, x string) string {
	t, ok := strings.CutSuffix(title, " "+x)
	if !ok || x == "" || strings.ContainsAny(x, "0123456789") {
		return title
	}
	if k := withTailAt(title, len(t)); k > 0 {
		// ("will launch tenders next month, with work to begin" in
		// January: the absolute phrase of "with" told the other
		// happening of x, and goes whole with it.)
		return title[:k]
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if n := len(ws); n > 0 && (inSet(titlePrepositions, ws[n-1]) || strings.EqualFold(ws[n-1], "on")) {
		ws = ws[:n-1]
	}
	if n := len(ws); n >= 7 && strings.EqualFold(ws[n-3], "to") && strings.EqualFold(ws[n-2], "be") && isLower(ws[n-1]) && (strings.HasSuffix(ws[n-1], "ed") || inSet(verbForms, ws[n-1])) {
		// "on a reconstruction program to be presented" in January: the
		// noun's infinitive told only when; it goes with the time.
		ws = ws[:n-3]
	}
	if n := len(ws); n < 4 || strings.ContainsAny(ws[n-1], ",;:\"“”") || !isLower(ws[n-1]) || inSet(prepositions, ws[n-1]) || inSet(determiners, ws[n-1]) ||
		inSet(titleConjunctions, ws[n-1]) || inSet(rangeWords, ws[n-1]) || participleAfterNoun(ws) {
		// (Nor the second of two times joined, "for Monday and" Tuesday,
		// which would leave the "and".)
		// (Not a participle after its noun, "a rapist recaptured" last
		// month, which would dangle.)
		return title
	}
	if c := countTail(ws); c > 0 {
		// ("plans three more launches, the first of them" in March: the
		// count goes with its time.)
		return strings.TrimRight(strings.Join(ws[:c], " "), ",")
	}
	return strings.Join(ws, " ")
}

// participleAfterNoun reports whether ws ends on a word in "-ed" or a
// past form after a lower-case word that is no auxiliary, pronoun,
// preposition or determiner, with no verb before it: a noun's participle
// ("a robber caught", "a rapist recaptured"), or a clause's verb that it
// cannot tell apart ("the talks resumed").
func participleAfterNoun(ws []string) bool {
	n := len(ws)
	if n < 3 {
		return false
	}
	last, prev := strings.ToLower(ws[n-1]), strings.ToLower(strings.TrimRight(ws[n-2], ","))
	if !strings.HasSuffix(last, "ed") && !verbForms.Has(last) && !pastOpeners.Has(last) || !isLower(ws[n-2]) {
		return false
	}
	return !(auxiliaries.Has(prev) || subjectPronouns.Has(prev) || negations.Has(prev) || prepositions.Has(prev) || determiners.Has(prev) || strings.HasSuffix(prev, "ly")) && noVerb(ws[:n-1])
}

// withoutTrailingTime drops a time expression x that ends a title, with
// the preposition before it, when a reporting verb comes just before it
// (", officials said on Wednesday" -> ", officials said").
func withoutTrailingTime(title, x string) string {
	t, ok := strings.CutSuffix(title, " "+x)
	if !ok || x == "" {
		return title
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if n := len(ws); n > 0 && (inSet(titlePrepositions, ws[n-1]) || strings.EqualFold(ws[n-1], "on")) {
		ws = ws[:n-1]
	}
	if n := len(ws); n == 0 || !inSet(reportingVerbs, ws[n-1]) {
		return title
	}
	return strings.Join(ws, " ")
}

// conjoined is where, in the words before a time expression, the clause
// it dates starts when that clause is conjoined to another with a subject
// of its own ("Cheeks said he would be, and King called him again
// yesterday"): the date is that clause's, and so is the title. It is 0
// when the time is in the first clause, or the clause after the
// conjunction has no subject written as a name or after a determiner.
func conjoined(pre string) int {
	i := max(strings.LastIndex(pre, ", and "), strings.LastIndex(pre, ", but "), strings.LastIndex(pre, "; "))
	if i < 0 {
		return 0
	}
	j := i + strings.IndexByte(pre[i+1:], ' ') + 2
	if strings.HasPrefix(pre[j:], "and ") || strings.HasPrefix(pre[j:], "but ") {
		j += 4
	}
	w := firstWord(pre[j:])
	if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) && !determiners.Has(w) && !bareSubject(strings.Fields(pre[j:])) {
		return 0
	}
	var room12 fieldRoom
	if before := fieldsIn(&room12, pre[:i]); len(before) > 0 && noVerb(before) && !strings.Contains(pre[i:i+2], ";") {
		// "Marc Tremblay, 41, of Magog, and Ingrid Solberg, 34, were
		// freed": the words before ", and" have no verb; they are the
		// first of the subjects, not a clause.
		return 0
	}
	return j
}

// asideConjunct finds, in text from start to end (where a time is), a
// clause that opens on an aside of "as" closed by ", and" and a verb with
// no subject of its own (", as its rules require, and had not reported
// ..."): k is where that verb starts and subj the subject of the clause
// before the aside, one to four words after the last verb of saying or
// "that" before start, up to their verb ("said Velmont had failed to
// ..."), or at the head of the sentence. k is 0 when there is none.
func asideConjunct(text string, start, end int) (subj string, k int) {
	pre := text[start:end]
	if !strings.HasPrefix(pre, "as ") {
		return "", 0
	}
	i := strings.Index(pre, ", and ")
	if i < 0 || strings.ContainsAny(pre[:i], ",;:\"“”()") || fieldCount(pre[:i]) > 8 {
		return "", 0
	}
	var restRoom fieldRoom
	rest := fieldsIn(&restRoom, pre[i+len(", and "):])
	if len(rest) < 2 {
		return "", 0
	}
	if w := strings.ToLower(rest[0]); !isLower(rest[0]) || !auxiliaries.Has(w) && !pastVerb(w) {
		return "", 0
	}
	before := strings.TrimRight(text[max(0, start-400):start], " ")
	if !strings.HasSuffix(before, ",") {
		return "", 0
	}
	head := start <= 400 // (the text's head, or a sentence's: a clean first word)
	if e := max(strings.LastIndex(before, ". "), strings.LastIndex(before, "\n")); e >= 0 {
		before, head = before[e+1:], true
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, before)
	from := -1
	for j := len(ws) - 1; j >= 0; j-- {
		if lw := strings.ToLower(ws[j]); reportingVerbs.Has(lw) || lw == "that" {
			from = j + 1
			break
		}
	}
	if from < 0 && !head {
		return "", 0
	}
	from = max(from, 0)
	v := from
	for v < len(ws) && v-from <= 4 && !(isLower(ws[v]) && (inSet(auxiliaries, ws[v]) || verbAt(ws, v))) {
		v++
	}
	if v >= len(ws) || v == from || v-from > 4 {
		return "", 0
	}
	sw := ws[from:v]
	for _, w := range sw {
		if strings.ContainsAny(w, ",;:\"“”()") {
			return "", 0
		}
	}
	if !capitalized(sw[0]) && !inSet(determiners, sw[0]) || inSet(subjectPronouns, sw[0]) {
		return "", 0
	}
	return strings.Join(sw, " "), start + i + len(", and ")
}

// secondPredicate finds, in pre, the words of a clause before its time,
// a second verb phrase joined by "and" to the first with the same subject
// ("he toured every year in the 1970s and played the festival in"): the
// subject (a few words, no verb, no comma), a verb in the past with no
// auxiliary and a phrase that holds a number (a time of its own), then
// "and" and a verb in the past. The clause opens at from, after a ", where"
// or ", when" that opens a clause of its own ("a following in Britain,
// where he toured ..."), or at 0. j is where the first verb starts, k where
// the second does; k is 0 when there is no such phrase. ("was arrested in
// 2019 and charged": the auxiliary is both verbs', and the first is kept.)
func secondPredicate(pre string) (from, j, k int) {
	i := strings.LastIndex(pre, " and ")
	if i < 0 {
		return 0, 0, 0
	}
	for _, adv := range []string{", where ", ", when "} {
		if a := strings.LastIndex(pre[:i], adv); a >= 0 && a+len(adv) > from {
			from = a + len(adv)
		} else if a < 0 && from == 0 && strings.HasPrefix(strings.ToLower(pre), adv[2:]) {
			from = len(adv) - 2 // the clause's segment opens on "where"
		}
	}
	j, k = secondVerb(pre[from:], i-from)
	if k == 0 {
		return 0, 0, 0
	}
	return from, from + j, from + k
}

// secondVerb is secondPredicate on a clause pre whose " and " is at i.
func secondVerb(pre string, i int) (j, k int) {
	w := strings.ToLower(firstWord(pre[i+len(" and "):]))
	if w == "" || !isLower(w) || auxiliaries.Has(w) || prepositions.Has(w) || !(pastVerb(w) || len(w) > 4 && strings.HasSuffix(w, "ed")) {
		return 0, 0
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre[:i])
	v := 1
	for v < len(ws) && v <= 4 && !(isLower(ws[v]) && verbAt(ws, v)) {
		v++
	}
	if v >= len(ws) || v > 4 || !verbAt(ws, v) || inSet(auxiliaries, ws[v]) || !pastVerb(strings.ToLower(ws[v])) && !strings.HasSuffix(ws[v], "ed") {
		return 0, 0
	}
	for _, x := range ws[:v] {
		if strings.ContainsAny(x, ",;:\"“”()") || inSet(subordinators, x) || inSet(relativeOpeners, x) {
			return 0, 0
		}
	}
	if first := strings.Join(ws[v:], " "); !strings.ContainsAny(first, "0123456789") || strings.ContainsAny(first, ",;:\"“”()") {
		return 0, 0
	}
	j = strings.Index(pre, " "+ws[v]+" ") + 1
	if j <= 0 || j > i {
		return 0, 0
	}
	return j, i + len(" and ")
}

// bareSubject reports whether ws open with a noun of one word, with no
// determiner, and a finite auxiliary after it: "divers are due to start
// work on the wreck tomorrow", "prices were expected to rise" (not "later
// was", "quickly had").
func bareSubject(ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	w, next := ws[0], strings.ToLower(ws[1])
	return isLower(w) && !strings.ContainsAny(w, ",;:\"“”()0123456789") && !strings.HasSuffix(w, "ly") && len(w) > 2 &&
		!prepositions.Has(w) && !auxiliaries.Has(w) && !timeEdges.Has(w) && !relativeEdges.Has(w) && !subordinators.Has(w) && !verbAt(ws, 0) &&
		auxiliaries.Has(next) && !nonfiniteAuxiliaries.Has(next)
}

// emptyWhen is where the clause the time after pre is in starts, when it
// is a "when" clause after a main clause whose subject is "it" or "this"
// ("It is a sum that would have been unimaginable when the government
// guaranteed the banks' debts in September 2008"): the time dates the
// "when" clause, and the title is that clause, which names its subject.
// It is 0 otherwise.
func emptyWhen(pre string) int {
	if w := strings.ToLower(firstWord(pre)); !emptySubjects.Has(w) {
		return 0
	}
	i := strings.LastIndex(pre, " when ")
	if i < 0 {
		return 0
	}
	var restRoom fieldRoom
	rest := fieldsIn(&restRoom, pre[i+len(" when "):])
	if len(rest) < 3 || inQuotation(strings.Fields(pre[:i])) || !inSet(determiners, rest[0]) && isLower(rest[0]) || inSet(subjectPronouns, rest[0]) {
		return 0
	}
	return i + len(" when ")
}

// atBoundary cuts a long title at the last clause boundary within the cap
// (a comma, a semicolon, a dash, or before "and", "but", "as", "while",
// "after"), so that no phrase is cut in half and the title needs no
// ellipsis. A title a few words over the cap with no such boundary stays
// whole rather than lose the end of its clause ("... that Lohan has
// checked" into what); a longer one is cut before a phrase, and only a
// title with none of these is cut at the cap, and cut is true. A relative
// clause the cut leaves open goes with it (see withoutRelativeTail).
func atBoundary(ws []string) (out []string, cut bool) {
	// A boundary outside a quotation first ("for his own "personal and
	// discretionary use"" is not cut at "and"); inside one only when the
	// title is too long to keep whole.
	if out, ok := clauseBoundary(ws, false, maxTitleWords); ok {
		return withoutRelativeTail(out), false
	}
	if len(ws) <= maxTitleWords+titleSlack {
		return ws, false
	}
	if inQuotation(ws[:maxTitleWords]) {
		// A quotation runs past the cap, and no boundary before it: any
		// cut would end inside it ("raised "a realistic prospect of a
		// substantial""). A boundary after the quotation a few words
		// past the cap, or the clause said after "that", keeps it whole.
		if o, ok := clauseBoundary(ws, false, maxTitleWords+titleSlack); ok {
			o = withoutRelativeTail(o)
			for _, m := range []string{`"`, "”"} {
				if w := o[len(o)-1]; strings.HasSuffix(w, ","+m) {
					// (The comma the sentence went on after: "are
					// "growing and dangerous,"" ends on the quotation.)
					o = slices.Clone(o)
					o[len(o)-1] = strings.TrimSuffix(w, ","+m) + m
				}
			}
			return o, false
		}
		if r, ok := reportedClause(ws); ok && !unbalanced(r) {
			return r, false
		}
	}
	if out, ok := clauseBoundary(ws, true, maxTitleWords); ok {
		return withoutRelativeTail(out), false
	}
	// No clause boundary: cut before the last preposition or "that" in
	// reach, where a phrase starts, rather than inside one. What is left
	// is a clause that reads whole, as a headline does, without an
	// ellipsis; the full sentence is the event's summary.
	last := min(len(ws)-1, maxTitleWords)
	for i := last; i >= 8; i-- {
		if phraseCut(ws, i) {
			if out, ok := withoutEndRelative(ws); ok && i < len(out) {
				// A cut before the relative clause that ends the title
				// would leave the noun it tells of without its phrase
				// ("against a 40% rise | in fuel prices that took
				// effect"): the clause goes whole, a few words past the
				// cap.
				return out, false
			}
			return withoutRelativeTail(withoutDistance(ws, i)), false
		}
	}
	// Last, before "of", which leaves its noun without what it names
	// ("the executive director" of what), but still no phrase cut in half.
	for i := last; i >= 8; i-- {
		if strings.EqualFold(ws[i], "of") && !losesVerb(ws, ws[:i]) && !directedTo(ws, i) && !reportedSubjectCut(ws, i) {
			if !ofBound(ws, i) {
				return withoutRelativeTail(ws[:i]), false
			}
			// "was the main cause | of the crush | that killed 12 fans":
			// the noun keeps its "of" and the few words it names, up to
			// where the next phrase starts.
			if j := ofPhraseEnd(ws, i); j > 0 {
				return ws[:j], false
			}
		}
	}
	// A verb past the cap ("The site manager at the Waitrose supermarket
	// in Wellington that has been damaged by fire, says it will take"):
	// a boundary a few words past it keeps the clause whole.
	if out, ok := clauseBoundary(ws, false, maxTitleWords+titleSlack); ok {
		return withoutRelativeTail(out), false
	}
	for i := min(len(ws)-1, maxTitleWords+titleSlack); i > last; i-- {
		if phraseCut(ws, i) {
			return withoutRelativeTail(withoutDistance(ws, i)), false
		}
	}
	if out, ok := reportedClause(ws); ok {
		return out, false
	}
	// Before an "of" a few words past the cap ("has put the spotlight on
	// Indonesia's ageing fleet" | "of second-hand ferries"), rather than
	// an ellipsis.
	for i := min(len(ws)-1, maxTitleWords+titleSlack); i > last; i-- {
		if strings.EqualFold(ws[i], "of") && !losesVerb(ws, ws[:i]) && !directedTo(ws, i) && !reportedSubjectCut(ws, i) && !strings.ContainsAny(strings.Join(ws[last:i], " "), ",;:\"“”()") {
			if j := ofPhraseEnd(ws, i); ofBound(ws, i) && j > 0 {
				return ws[:j], false
			}
			// (Else before the "of" still, rather than at the cap.)
			return withoutRelativeTail(ws[:i]), false
		}
	}
	// A clause that ends at the comma before the attribution that ends the
	// sentence (", Health Minister Jane Ruth Aceng told reporters"), however
	// long the speaker's name, is the clause said, not a cut.
	if i := attributionComma(ws); i > 0 {
		return ws[:i], false
	}
	return ws[:maxTitleWords], true
}

// attributionComma returns the index after the last comma within the cap
// when the words after it, up to the end, are who said what came before
// (", police said", ", Health Minister Jane Ruth Aceng told reporters":
// up to nine words with a verb of saying, not first), or 0.
func attributionComma(ws []string) int {
	for i := min(len(ws)-1, maxTitleWords); i >= 8; i-- {
		if !strings.HasSuffix(ws[i-1], ",") {
			continue
		}
		rest := ws[i:]
		if len(rest) > 9 || len(rest) < 2 || inSet(reportingVerbs, rest[0]) || inQuotation(ws[:i]) || strings.ContainsAny(strings.Join(rest, " "), ",;:\"“”") {
			return 0
		}
		for _, w := range rest[1:] {
			if inSet(reportingVerbs, strings.Trim(w, ".")) {
				return i
			}
		}
		return 0
	}
	return 0
}

// ofBound reports whether ws[i], "of", follows a noun that says nothing
// without it ("on the basis" of what, "the main cause" of what, "tens" of
// what; of-bound-nouns, data): a cut there leaves the noun empty.
func ofBound(ws []string, i int) bool {
	// ("hundreds of thousands" | "of civilians": the noun after an "of"
	// of its own already names a count.)
	return i > 0 && inSet(ofBoundNouns, ws[i-1]) && isLower(ws[i-1]) && !(i > 1 && strings.EqualFold(ws[i-2], "of"))
}

// ofPhraseEnd returns where the phrase that "of" at ws[i] opens after an
// of-bound noun ends, two to four words on, before "that", a relative
// pronoun or a phrase's start, or after a comma, within titleSlack+2
// words past the cap and with no quotation mark; or 0.
func ofPhraseEnd(ws []string, i int) int {
	for j := i + 2; j < len(ws) && j <= i+4 && j <= maxTitleWords+titleSlack+2; j++ {
		if strings.ContainsAny(ws[j-1], "\"“”();:") {
			return 0
		}
		if strings.HasSuffix(ws[j-1], ",") {
			return j
		}
		if w := strings.ToLower(ws[j]); isLower(ws[j]) && (w == "that" || relativePronouns.Has(w) || phraseStart.Has(w) && !ofBound(ws, j+1)) {
			return j
		}
	}
	return 0
}

// withoutEndRelative returns ws without the relative clause that ends it,
// opened by "that" after a noun and a verb of its own right after ("a rise
// in fuel prices that took effect"), when what is left keeps its verb and
// is within titleSlack of the cap. ("Said that ..." opens what was said:
// no noun comes before its "that".)
func withoutEndRelative(ws []string) ([]string, bool) {
	for j := len(ws) - 2; j >= 8; j-- {
		if !strings.EqualFold(ws[j], "that") {
			continue
		}
		p := strings.ToLower(ws[j-1])
		if j > maxTitleWords+titleSlack || !isLower(ws[j-1]) || strings.ContainsAny(ws[j-1], ",;:") || verbAt(ws, j-1) || inSet(reportingVerbs, p) || inSet(announcingVerbs, p) ||
			inSet(clauseVerbs, p) || inSet(determiners, p) || inSet(prepositions, p) || !verbAt(ws, j+1) || inQuotation(ws[:j]) || losesVerb(ws, ws[:j]) {
			return nil, false
		}
		return ws[:j], true
	}
	return nil, false
}

// reportedClause returns what a long title reports after "that" ("Chief
// Deputy City Attorney Terry White confirmed to the Associated Press that
// Lohan has checked into an approved rehab facility"), when that clause
// reads whole within the cap: a headline of its own, where a cut at the cap
// would end inside it with an ellipsis.
func reportedClause(ws []string) ([]string, bool) {
	for i := 1; i+4 < len(ws) && i < maxTitleWords; i++ {
		if !strings.EqualFold(ws[i], "that") || inQuotation(ws[:i]) {
			continue
		}
		// The verb of saying comes a few words before ("confirmed to the
		// Associated Press that"); a "that" further from one opens a
		// relative clause ("the cable that caused an outage").
		if !slices.ContainsFunc(ws[max(0, i-6):i], func(w string) bool {
			return inSet(reportingVerbs, w) || inSet(announcingVerbs, w)
		}) {
			continue
		}
		rest, limit := ws[i+1:], maxTitleWords
		if len(rest) > maxTitleWords && slices.ContainsFunc(ws[max(0, i-6):i], func(w string) bool { return inSet(reportingVerbs, w) }) {
			// (Cut at its own boundary, if it has one: "the offer of
			// three ferries put forward by the owners would not be enough
			// to keep the routes open" | "through the winter". Not after
			// a verb that is the happening, "ruled that": the clause
			// alone would lose it.)
			out, cut := atBoundary(rest)
			if cut {
				return nil, false
			}
			rest, limit = out, maxTitleWords+titleSlack
		}
		if len(rest) > limit || !clause(rest) || unbalanced(rest) {
			return nil, false
		}
		return rest, true
	}
	// With no "that" ("Provincial officials said more than 12,000 people
	// from 19 villages ... would be moved to schools ..."): the clause
	// said, cut at its own boundary if it is long, so that its subject
	// keeps its verb.
	if k := reportedStart(ws); k > 0 && !strings.EqualFold(ws[k-1], "that") {
		rest := ws[k:]
		if len(rest) > maxTitleWords {
			out, cut := atBoundary(rest)
			if cut {
				return nil, false
			}
			rest = out
		}
		if clause(rest) && !unbalanced(rest) && !noVerb(rest) {
			out := slices.Clone(rest)
			out[0] = capitalize(out[0])
			return out, true
		}
	}
	return nil, false
}

// reportedStart returns where the clause a verb of saying reports opens,
// within the first words of a title ("Police said | a man was ...",
// "Officials say that | ..."): after the verb and its "that", if the
// clause opens on its subject (not a pronoun, whose title would name no
// one, nor a preposition: "said in a statement"), or -1. A verb that
// takes its hearer first ("told reporters") opens none.
func reportedStart(ws []string) int {
	for v := 1; v < len(ws) && v <= 8; v++ {
		w := ws[v]
		if strings.ContainsAny(w, ",;:\"“”") || !isLower(w) || !inSet(reportingVerbs, w) || inSet(directingVerbs, w) {
			continue
		}
		if inQuotation(ws[:v]) || inSet(auxiliaries, ws[v-1]) {
			return -1
		}
		k := v + 1
		if k < len(ws) && strings.EqualFold(ws[k], "that") {
			k++
		}
		if k+3 >= len(ws) {
			return -1
		}
		if n := strings.ToLower(ws[k]); prepositions.Has(n) || subjectPronouns.Has(n) || strings.ContainsAny(ws[k], "\"“(") || relativePronouns.Has(n) {
			return -1
		}
		return k
	}
	return -1
}

// reportedSubjectCut reports whether a cut before ws[i] would leave the
// clause a verb of saying reports with its subject and not its verb
// ("officials said more than 12,000 people from 19 villages" | "inside a
// danger zone would be moved ...").
func reportedSubjectCut(ws []string, i int) bool {
	k := reportedStart(ws)
	if k <= 0 || i <= k+1 {
		return false
	}
	if noVerb(ws[k:i]) && !noVerb(ws[k:]) {
		return true
	}
	// A participle read as the verb ("the sale of two creameries put
	// forward" | "by Halden would not be enough"): with no auxiliary
	// before the cut, one a few words after it, before any comma or
	// clause, is the clause's.
	if slices.ContainsFunc(ws[k:i], func(w string) bool { return inSet(auxiliaries, w) || strings.ContainsAny(w, ",;:\"“”") }) {
		return false
	}
	for j := i; j < len(ws) && j < i+5; j++ {
		w := strings.ToLower(ws[j])
		if relativePronouns.Has(w) || w == "that" || titleConjunctions.Has(w) {
			return false
		}
		if auxiliaries.Has(w) {
			return true
		}
		if strings.ContainsAny(ws[j], ",;:\"“”") {
			return false
		}
	}
	return false
}

// phraseCut reports whether a long title may be cut before ws[i], where a
// phrase starts: not after a verb that needs what follows ("that he would
// be" on leave, "has checked" into rehab, "to come" to its aid; "to
// Brazil" is a place), and not
// where the cut would lose the title's verb (losesVerb).
func phraseCut(ws []string, i int) bool {
	if whatVerbEnd(ws[:i]) {
		return false // "after what officials described" | "as a cyberattack"
	}
	if rangeHalf(ws, i) && !openQuote(ws[:i]) {
		return false // "from noon" | "to 6 p.m." (inside a quotation any cut leaves a piece)
	}
	if strings.EqualFold(ws[i], "that") && verbAt(ws, i-1) {
		return false // "an investigation that found" | "that the blocks ..."
	}
	if governedBoundary(ws, i) {
		return false // "above the site so" | "that rescuers could work"
	}
	if complementCut(ws, i) || participleEnd(ws, i) || directedTo(ws, i) || goingEnd(ws, i) {
		return false
	}
	if i >= 2 && inSet(subjectPronouns, ws[i-2]) && isLower(ws[i-1]) && verbAt(ws, i-1) {
		// "told jurors that he came" | "across the first transfer": a
		// pronoun and its verb alone say nothing, and the verb may need
		// its particle; a cut elsewhere keeps more.
		return false
	}
	if strings.EqualFold(ws[i], "to") && inSet(toBoundNouns, ws[i-1]) && i+1 < len(ws) && isLower(ws[i+1]) && !inSet(determiners, ws[i+1]) && !inSet(articleWords, ws[i+1]) {
		// "questions about a plan" | "to close a fire station": the noun
		// needs the infinitive that tells what it is for.
		return false
	}
	if strings.EqualFold(ws[i], "on") && inSet(onBoundNouns, ws[i-1]) {
		// "has put the spotlight" | "on the fleet": the noun needs what
		// it bears on.
		return false
	}
	if strings.EqualFold(ws[i-1], "like") || strings.EqualFold(ws[i-2], "what") || i >= 3 && strings.EqualFold(ws[i-3], "what") && isLower(ws[i-2]) && !strings.ContainsAny(ws[i-2], ",;:") {
		// "picked up what sounded like" | "tapping on a bolt", "turned up
		// what appeared" | "to be a hull": the cut would leave "like", or
		// a "what" and its verb, with nothing they name.
		return false
	}
	return (inSet(phraseStart, ws[i]) && !participleTo(ws, i) || nounParticiple(ws, i)) && !inSet(auxiliaries, ws[i-1]) && !inSet(auxiliaries, ws[i-2]) &&
		!(strings.EqualFold(ws[i-2], "to") && isLower(ws[i-1])) && !modifierLink(ws, i) && !nounParticiple(ws, i-1) && !losesVerb(ws, ws[:i]) && !reportedSubjectCut(ws, i)
}

// rangeHalf reports whether a cut before ws[i] would fall inside a pair
// of ends: ws[i] is "and" after a "between", or a range word ("to",
// "until", "through") after a "from", one to four words before it with no
// comma, colon or semicolon between ("from noon | to 6 p.m.", "rose from
// 4% | to 6%", "between Lyon | and Turin"). In news English the two ends
// are one phrase: a title cut between them tells of half of it ("... from
// noon"). The cut goes elsewhere (before the "from", where the phrase
// starts).
func rangeHalf(ws []string, i int) bool {
	if i < 2 || i >= len(ws) {
		return false
	}
	w := strings.ToLower(ws[i])
	open := "from"
	if w == "and" {
		open = "between"
	} else if !rangeWords.Has(w) {
		return false
	}
	for k := i - 1; k >= max(0, i-4); k-- {
		if strings.ContainsAny(ws[k], ",;:") {
			return false
		}
		if strings.EqualFold(ws[k], open) {
			return k < i-1
		}
	}
	return false
}

// whatVerbEnd reports whether a title cut to ws ends on the verb of a
// "what" clause and the one word of its subject ("after what officials
// described" as what, "what police called" what): in news English the
// clause names its thing only by the complement after the verb, and cut
// there it says nothing. The cut goes elsewhere (before the phrase the
// clause ends).
func whatVerbEnd(ws []string) bool {
	n := len(ws)
	if n < 4 {
		return false
	}
	last := ws[n-1]
	if strings.ContainsAny(last, ",;:.\"“”()") || !(participle(last) || participial(last) || irregularParticiple(last)) {
		return false
	}
	return isLower(ws[n-2]) && !clauseMark(ws[n-2]) && strings.EqualFold(ws[n-3], "what")
}

// withoutQuotedTail drops the participle in "-ing" a cut left after a
// quotation that closed on the sentence's comma ("said the hospital "will
// not be paying criminals," adding" that what): as after a plain comma
// (withoutDangling), the participle says nothing without its complement;
// the quotation ends the title, its comma gone. Else ws as they are.
func withoutQuotedTail(ws []string) []string {
	n := len(ws)
	if n < 5 {
		return ws
	}
	last, prev := ws[n-1], ws[n-2]
	if strings.ContainsAny(last, ",;:.\"“”()") || !participle(last) || !strings.HasSuffix(last, "ing") {
		return ws
	}
	for _, m := range []string{`"`, "”"} {
		if strings.HasSuffix(prev, ","+m) {
			out := slices.Clone(ws[:n-1])
			out[n-2] = strings.TrimSuffix(prev, ","+m) + m
			return out
		}
	}
	return ws
}

// openQuote reports whether ws, from its first word, leave a quotation
// open.
func openQuote(ws []string) bool {
	open, straight := 0, 0
	for _, w := range ws {
		open += strings.Count(w, "“") - strings.Count(w, "”")
		straight += strings.Count(w, `"`)
	}
	return open > 0 || straight%2 == 1
}

// goingEnd reports whether a cut before ws[i] would end the title on a
// verb of coming or going (going-verbs, data) with nothing after it: in
// news English "go" and "come" are told with where, into what or when
// ("went on trial", "came into force", "went into administration", "came
// under fire", "came on Monday, when ..."), and a title cut right after
// one ("Two men accused of hacking ... went", "The first sign that
// something was wrong came") says nothing happened. The cut goes
// elsewhere. (After a comma the verb ended a clause of its own.)
func goingEnd(ws []string, i int) bool {
	return i >= 1 && i <= len(ws) && !clauseMark(ws[i-1]) && !strings.HasSuffix(ws[i-1], ".") && inSet(goingVerbs, ws[i-1])
}

// goingOnlyTimed reports whether the words before a time, pre, end on a
// verb of coming or going right after its subject's words, and nothing
// but the sentence's end or a comma follows the time ("The first sign that
// something was wrong came on Monday afternoon, when ..."): the time is
// all the verb is told with, and without it the title would end on the
// verb (see goingEnd); it stays. ("went home on Friday" has its
// complement.)
func goingOnlyTimed(pre []string, post string) bool {
	n := len(pre)
	if n < 2 || !goingEnd(pre, n) || !isLower(pre[n-1]) {
		return false
	}
	p := strings.TrimLeft(post, " ")
	if strings.HasPrefix(p, ",") && measureAfter(p[1:]) {
		return false // ("came in 2011, a few months before his death": the measure tells when)
	}
	return p == "" || strings.ContainsAny(p[:1], ",;:.!?\"”’)")
}

// governedBoundary reports whether ws[i], a word that opens a clause
// ("where", "when", "that", "after", ...), is taken by the word right
// before it: the preposition of a word set off by a comma, whose object
// the clause is ("..., close to where the boat sank", "..., next to
// where"), or the "so" or "such" of "so that" and "such that". A cut
// before ws[i] would end the title on that word ("... snow, close", "...
// above the site so"); the cut goes before the two, or elsewhere.
func governedBoundary(ws []string, i int) bool {
	if i < 1 || i >= len(ws) || clauseMark(ws[i-1]) || !isLower(ws[i-1]) {
		return false
	}
	p := strings.ToLower(ws[i-1])
	if p == "so" || p == "such" {
		return strings.EqualFold(ws[i], "that")
	}
	// (Only a phrase set off by a comma, "snow, close to where": in "a
	// ballot in which ..." the preposition goes with the clause it
	// opens, and the noun before it ends the title well.)
	return i >= 3 && prepositions.Has(p) && strings.HasSuffix(ws[i-3], ",") && isLower(ws[i-2]) && !clauseMark(ws[i-2]) && !inSet(prepositions, ws[i-2]) &&
		(inSet(titleBoundaries, ws[i]) || inSet(relativeOpeners, ws[i]))
}

// directedTo reports whether a cut before ws[i] falls between a verb that
// directs its object (directing-verbs, data) and the "to" of what it
// directs, with no comma or other verb between ("told about 30,000 homes
// in the valley" | "not to use tap water"): the cut would keep the order
// and lose what was ordered.
func directedTo(ws []string, i int) bool {
	k := -1
	for j := i - 1; j >= max(0, i-14); j-- {
		if clauseMark(ws[j]) || strings.EqualFold(ws[j], "that") {
			// (After "that", a clause of its own: "told mourners that her
			// father had phoned her" | "to say ...".)
			return false
		}
		if inSet(directingVerbs, ws[j]) && isLower(ws[j]) {
			k = j
			break
		}
	}
	if k < 0 || k == i-1 {
		return false // (no object: "are forced" | "to carry out" is the cap's)
	}
	for j := i; j+1 < len(ws) && j <= k+14; j++ {
		if strings.EqualFold(ws[j], "to") {
			return isLower(ws[j+1]) && !inSet(determiners, ws[j+1]) && !inSet(articleWords, ws[j+1])
		}
		if w := strings.ToLower(ws[j]); clauseMark(ws[j]) || auxiliaries.Has(w) || w == "that" || relativePronouns.Has(w) {
			return false // (a clause of its own: "told them the plant will close to ...")
		}
	}
	return false
}

// clauseMark reports whether w ends on a comma, a semicolon or a colon or
// holds a quotation mark ("30,000" holds a comma of its own).
func clauseMark(w string) bool {
	return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") || strings.ContainsAny(w, "\"“”")
}

// participleEnd reports whether a cut before ws[i] would end the title on
// a participle, with or without its particle, that tells of the noun
// before it after the title's verb ("to demand that the commission
// publish results broken down" | "by polling station", "freed a man
// accused" | "of fraud"): the phrase the participle opens is cut in half.
// ("The bridge was built" | "by ..." has its verb there.)
func participleEnd(ws []string, i int) bool {
	j := i - 1
	if j >= 2 && inSet(particles, ws[j]) && isLower(ws[j]) {
		j--
	}
	if j < 2 || !participial(ws[j]) {
		return false
	}
	prev := strings.ToLower(ws[j-1])
	if strings.ContainsAny(ws[j-1], ",;:") || auxiliaries.Has(prev) || determiners.Has(prev) || prepositions.Has(prev) || pronouns.Has(prev) ||
		relativePronouns.Has(prev) || titleConjunctions.Has(prev) || linkingVerbs.Has(prev) || prev == "to" || prev == "that" || strings.HasSuffix(prev, "ly") ||
		inSet(auxiliaries, ws[j-2]) || inSet(linkingVerbs, ws[j-2]) {
		// (A relative clause's verb, "a shooting that occurred"; a
		// participle of the verb, "are already forced", "be sold or
		// encumbered", or its complement, "stay closed".)
		return false
	}
	for k := range j - 1 {
		if verbAt(ws, k) {
			return true
		}
	}
	return false
}

// complementCut reports whether ws[i] is the preposition a verb a few
// words before needs after its object ("has asked the two companies | for
// more information", "accused the mayor | of fraud"; verb-complements,
// data): a cut there leaves the verb's phrase half said.
func complementCut(ws []string, i int) bool {
	if i < 0 || i >= len(ws) {
		return false
	}
	p := strings.ToLower(ws[i])
	if !prepositions.Has(p) {
		return false
	}
	for k := i - 2; k >= max(0, i-6); k-- {
		w := strings.ToLower(ws[k])
		if strings.ContainsAny(ws[k], ",;:") || prepositions.Has(w) {
			return false
		}
		for _, stem := range []string{w, strings.TrimSuffix(w, "ed"), strings.TrimSuffix(w, "d"), strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ing")} {
			if verbComplements.Has(stem + ":" + p) {
				return true
			}
		}
	}
	return false
}

// participleTo reports whether ws[i] is a "to" that a participle a few
// words before it needs ("a new rule requiring school staff" to get a
// vaccine, "calling for an end" to the embargo): a cut there leaves the
// participle's phrase half said.
func participleTo(ws []string, i int) bool {
	if !strings.EqualFold(ws[i], "to") {
		return false
	}
	for k := i - 1; k >= max(1, i-4); k-- {
		if strings.HasSuffix(ws[k], ",") {
			return false
		}
		// (Not a preposition, "during a session to discuss", nor an
		// adjective after a verb, "It's disappointing to hear".)
		if participle(ws[k]) && strings.HasSuffix(ws[k], "ing") && !inSet(prepositions, ws[k]) && !inSet(articleWords, ws[k-1]) && !measuredNoun(ws, k) &&
			!inSet(auxiliaries, ws[k-1]) && !strings.HasSuffix(ws[k-1], "'s") && !strings.HasSuffix(ws[k-1], "’s") {
			return true
		}
	}
	return false
}

// nounParticiple reports whether ws[i] is a participle in "-ing" that
// opens a phrase after the noun it tells of ("a new rule requiring school
// staff to ...", "a resolution ... calling for an end to ..."): a long
// title may be cut before it, as before a relative clause. What follows
// shows it a verb: a determiner or a preposition after it, or "to" two or
// three words on ("firefighting resources" is a noun's).
func nounParticiple(ws []string, i int) bool {
	prev := strings.ToLower(ws[i-1])
	if !participle(ws[i]) || !strings.HasSuffix(ws[i], "ing") || i+1 >= len(ws) || !isLower(ws[i-1]) || strings.HasSuffix(prev, ",") || measuredNoun(ws, i) ||
		verbAt(ws, i-1) || prepositions.Has(prev) || determiners.Has(prev) || inSet(articleWords, prev) || strings.HasSuffix(prev, "ing") || strings.HasSuffix(prev, "ly") {
		return false
	}
	if next := strings.ToLower(ws[i+1]); determiners.Has(next) || prepositions.Has(next) {
		return true
	}
	if i >= 2 && inSet(possessivePronouns, ws[i-2]) {
		return false // "his annual opening keynote to": a noun's modifier
	}
	for k := i + 2; k < len(ws) && k <= i+3; k++ {
		if strings.EqualFold(ws[k], "to") {
			return true
		}
	}
	return false
}

// measuredNoun reports whether ws[i], a word in "-ing", is a noun that a
// measure written with a hyphen modifies after its determiner ("the
// four-hour crossing", "a 10-day hearing"): no participle opens a phrase
// there.
func measuredNoun(ws []string, i int) bool {
	if i < 2 {
		return false
	}
	m := strings.ToLower(ws[i-1])
	h := strings.IndexByte(m, '-')
	if h <= 0 || h == len(m)-1 || !(isNumber(m[:h]) || measureNumbers.Has(m[:h]) || strings.ContainsAny(m[:1], "0123456789")) {
		return false
	}
	d := strings.ToLower(ws[i-2])
	return determiners.Has(d) || inSet(articleWords, d) || inSet(possessivePronouns, d)
}

// modifierLink reports whether ws[i] links a participle that modifies the
// noun before it to what it needs ("aid for regions hit" by the floods, "a
// bomb planted" by rebels): with no auxiliary before it (see phraseCut),
// the participle is the noun's, and a cut there leaves it hanging. (One
// after a comma opens a phrase of its own, which goes whole: ", followed
// by Best Buy".)
func modifierLink(ws []string, i int) bool {
	p := strings.ToLower(ws[i-1])
	return inSet(byOf, ws[i]) && isLower(ws[i-1]) && (strings.HasSuffix(p, "ed") || verbForms.Has(p)) && !strings.HasSuffix(ws[i-2], ",")
}

// clauseBoundary returns ws cut at the last clause boundary within limit
// words, if there is one; inside a quotation too when quoted is set.
func clauseBoundary(ws []string, quoted bool, limit int) ([]string, bool) {
	// A cut before ws[i] keeps i words: up to limit of them.
	for i := min(len(ws)-1, limit); i >= 6; i-- {
		// A cut that would leave a quotation open or lose the verb is
		// none (asked only where a cut could be: losesVerb reads the
		// whole cut).
		cuts := func() bool {
			return !(!quoted && inQuotation(ws[:i]) || losesVerb(ws, ws[:i]) || openComplement(ws[:i]) || subjectAside(ws, i) || goingEnd(ws, i) || whatVerbEnd(ws[:i]))
		}
		if (strings.HasSuffix(ws[i-1], ";") || dashAt(ws, i) && !dashAt(ws, i-1) && dashRuns(ws[:i])%2 == 0 && dashRuns(ws[i:]) == 1) && cuts() {
			return ws[:i], true
		}
		if w := strings.ToLower(ws[i]); titleBoundaries.Has(w) && governedBoundary(ws, i) {
			// ("snow, close to where the group was found": the phrase a
			// comma set off goes whole, with the clause its preposition
			// takes.)
			if j := i - 2; j >= 6 && strings.HasSuffix(ws[j-1], ",") && isLower(ws[j]) && !verbAt(ws, j) && !losesVerb(ws, ws[:j]) && !(!quoted && inQuotation(ws[:j])) {
				out := slices.Clone(ws[:j])
				out[j-1] = strings.TrimSuffix(out[j-1], ",")
				return out, true
			}
			continue
		}
		if w := strings.ToLower(ws[i]); titleBoundaries.Has(w) && !(w == "and" && (named(ws, i-1) || numbered(ws, i-1)) && namedSoon(ws, i+1)) && !joinedPrepositions(ws, i) && !fractionAnd(ws, i) && !rangeHalf(ws, i) && !listEnd(ws, i) && !subjectsJoined(ws, i) && !asWellAs(ws, i) && !innerConjunct(ws, i) && !objectsJoined(ws, i) && cuts() {
			// ("Ana Ruiz and Tom Berg", "11th and Poplar Streets", "Elena
			// Duarte and leftist congressman Rafael Montero": names
			// joined, not clauses; the last "as" of "as well as" is
			// inside the phrase, and a cut there would leave "as well".)
			if w == "before" || w == "after" {
				return withoutMeasure(ws[:i]), true
			}
			if j := relativePhraseStart(ws, i); j > 0 {
				// (", at a point | where rain had washed out the bank":
				// the phrase goes with its clause.)
				out := slices.Clone(ws[:j])
				out[j-1] = strings.TrimSuffix(out[j-1], ",")
				return out, true
			}
			if relativeOpeners.Has(w) {
				return withoutOpenList(ws[:i]), true
			}
			return ws[:i], true
		}
		// A comma ends a clause when a new one starts after it (a name:
		// ", Ruiz said"), not before a participle or the main verb
		// ("The G7 ministers, meeting in Tokyo, criticised ..."), ...
		if strings.HasSuffix(ws[i-1], ",") && !apposition(ws[i:]) && !ageClose(ws, i) {
			// ... or an apposition after the clause (", a loosely aligned
			// network of criminals"), or the attribution that ends the
			// sentence (", sources told the Daily News").
			// A phrase after the comma adds to the clause (", along with
			// the new iOS 4", ", including ..."): it may go too.
			// So may a participle's clause (", saying they had not been
			// told").
			if r, _ := utf8.DecodeRuneInString(ws[i]); (unicode.IsUpper(r) || inSet(determiners, ws[i]) || attributionTail(ws[i:]) || inSet(phraseStart, ws[i]) && isLower(ws[i]) || participleClause(ws[i:]) || verbThenParticiple(ws, i)) && cuts() {
				return ws[:i], true
			}
		}
	}
	return nil, false
}

// relativePhraseStart returns where the phrase a comma set off at the end
// of a clause starts, when it is a preposition and a noun that the
// relative clause opening at ws[i] ("where", "which", "who", "whose")
// tells of (", at a point | where rain had washed out the bank", ", in a
// corner | where paint was kept"), or 0. In news English such a phrase
// names its place or time only through the clause after it: a title cut
// before the clause keeps nothing the phrase tells ("..., at a point"),
// so the cut goes at the comma, the phrase with the clause. (Two to four
// words, none a verb; at least six words stay, their verb with them.)
func relativePhraseStart(ws []string, i int) int {
	if w := strings.ToLower(ws[i]); w != "where" && !relativeOpeners.Has(w) {
		return 0
	}
	for j := i - 1; j >= i-4 && j >= 6; j-- {
		if strings.ContainsAny(ws[j], ";:\"“”()") {
			return 0
		}
		if !strings.HasSuffix(ws[j-1], ",") {
			continue
		}
		if i-j < 2 || !isLower(ws[j]) || !prepositions.Has(ws[j]) || slices.ContainsFunc(ws[j:i], func(w string) bool { return strings.HasSuffix(w, ",") }) {
			return 0
		}
		for k := j + 1; k < i; k++ {
			if verbAt(ws, k) {
				return 0
			}
		}
		if losesVerb(ws, ws[:j]) || inQuotation(ws[:j]) {
			return 0
		}
		return j
	}
	return 0
}

// subjectAside reports whether a cut before ws[i] would fall between the
// subject of a clause that "as", "while" or "when" opened and that
// subject's verb, past an aside on the subject ("lined the street as Gary
// Hollins, the first victim to be buried, made his final journey"): the
// first verb after the cut, in the past or an auxiliary ("was carried"),
// not in a relative clause (which runs to its comma), is the clause's,
// and the cut would leave the clause without it ("... as Gary Hollins").
// ("named the victim as Gary Hollins, 52, a postman who had held a
// season ticket" has no verb of its own there.)
func subjectAside(ws []string, i int) bool {
	j := i - 1
	for j > 0 && !inSet(subjectOpeners, ws[j]) {
		if strings.ContainsAny(ws[j], ";:\"“”") {
			return false
		}
		j--
	}
	if j <= 0 || j+1 >= i || !isLower(ws[j]) || !noVerb(ws[j+1:i]) || inSet(titleConjunctions, ws[i]) {
		// (A verb after "and" is the first subject's: "retired as the
		// leader in steals, and was fifth ...".)
		return false
	}
	relative := false
	for k := i; k < len(ws) && k <= i+16; k++ {
		w := strings.ToLower(strings.Trim(ws[k], ",.;:"))
		switch {
		case strings.ContainsAny(ws[k], ";:\"“”"):
			return false
		case relativePronouns.Has(w) || w == "that":
			relative = true
		case !relative && isLower(ws[k]) && (auxiliaries.Has(w) || !participle(w) && pastVerb(w)):
			return true
		}
		if strings.HasSuffix(ws[k], ",") {
			relative = false
		}
	}
	return false
}

// verbThenParticiple reports whether ws[i] is a participle in "-ing" after
// the comma that closes a verb in the past ("The man, 46, surrendered, |
// ending a siege that ..."): the participle's clause follows the verb, and
// is no aside between the subject and its verb, however many commas it
// holds.
func verbThenParticiple(ws []string, i int) bool {
	if i < 2 || len(ws[i]) <= 4 || !isLower(ws[i]) || !strings.HasSuffix(ws[i], "ing") || !strings.HasSuffix(ws[i-1], ",") {
		return false
	}
	v := strings.TrimSuffix(ws[i-1], ",")
	return isLower(v) && (pastVerb(v) || len(v) > 4 && strings.HasSuffix(v, "ed"))
}

// joinedPrepositions reports whether ws[i], "and" or "or", joins two
// prepositions that share their noun ("homes in and around the town",
// "flights to and from the capital"): a cut there leaves the first
// without it.
func joinedPrepositions(ws []string, i int) bool {
	if i < 1 || i+1 >= len(ws) {
		return false
	}
	w, next := strings.ToLower(ws[i]), strings.ToLower(ws[i+1])
	return (w == "and" || w == "or") && isLower(ws[i-1]) && inSet(prepositions, ws[i-1]) && (prepositions.Has(next) || approximators.Has(next))
}

// fractionAnd reports whether ws[i] is the "and" of a figure and a
// fraction ("six and a half years", "two and one-half miles"): one
// amount, which a cut there would halve ("was sentenced to six").
func fractionAnd(ws []string, i int) bool {
	if i < 1 || i+1 >= len(ws) || !strings.EqualFold(ws[i], "and") || !isNumber(ws[i-1]) && !inSet(measureNumbers, ws[i-1]) {
		return false
	}
	next := strings.ToLower(ws[i+1])
	if k := strings.IndexByte(next, '-'); k > 0 && fractionWords.Has(strings.Trim(next[k+1:], ",.;:")) {
		return true // "one-half", "three-quarters"
	}
	return i+2 < len(ws) && (next == "a" || next == "one") && inSet(fractionWords, strings.Trim(ws[i+2], ",.;:"))
}

// ageClose reports whether the comma before ws[i] closes an age set off
// after a name ("sentenced Briggs, 41, to 20 years"): the phrase after it
// is the verb's, and a cut there would leave "sentenced Briggs, 41".
func ageClose(ws []string, i int) bool {
	return i >= 2 && strings.HasSuffix(ws[i-2], ",") && isNumber(strings.TrimSuffix(ws[i-1], ",")) && len(ws[i-1]) <= 4 && !strings.Contains(strings.TrimSuffix(ws[i-1], ","), ",")
}

// participleClause reports whether ws, after a comma, opens with a
// participle in "-ing" that adds to the clause before it (", saying they
// had not been told"), not an aside a second comma closes before the verb
// of its subject ("Local officials, seeking calm, mostly did not speak").
func participleClause(ws []string) bool {
	if len(ws) == 0 || len(ws[0]) <= 4 || !isLower(ws[0]) || !strings.HasSuffix(ws[0], "ing") {
		return false
	}
	for k := 1; k+1 < len(ws); k++ {
		if strings.HasSuffix(ws[k], ",") && (strings.EqualFold(ws[k+1], "and") || strings.EqualFold(ws[k+1], "but")) {
			// (", valuing the firm at $9 billion, and extended the
			// deadline": a second verb of the subject follows the
			// clause, which is no aside.)
			return true
		}
		if strings.HasSuffix(ws[k], ",") && isLower(ws[k+1]) {
			return false
		}
	}
	return true
}

// openComplement reports whether a title cut to ws would end inside the
// subject of a "that" clause, a few words after "that" with no verb:
// "warned that power | and water would not be restored" joins two nouns
// at "and", and the cut would leave "warned that power".
func openComplement(ws []string) bool {
	for k := len(ws) - 1; k >= max(1, len(ws)-4); k-- {
		if strings.ContainsAny(ws[k], ",;:\"“”") {
			return false
		}
		if strings.EqualFold(ws[k-1], "that") && isLower(ws[k-1]) {
			return noVerb(ws[k:])
		}
	}
	return false
}

// innerConjunct reports whether ws[i], an "and" or an "or", joins two
// nouns inside a phrase a few words before it opened, with no verb or
// comma between: the two sides of "between" ("talks between the union |
// and the rail operators"), or the subject of a clause a subordinator
// opens when a verb follows the second noun ("five days after the storm's
// winds | and surge destroyed most homes"; dating-subordinators,
// own-clause-subordinators, data). A cut there leaves the phrase half
// said.
func innerConjunct(ws []string, i int) bool {
	if i < 2 || i+1 >= len(ws) || !strings.EqualFold(ws[i], "and") && !strings.EqualFold(ws[i], "or") {
		return false
	}
	for k := i - 1; k >= max(0, i-6); k-- {
		if strings.ContainsAny(ws[k], ",;:\"“”()") || k < i-1 && verbAt(ws, k) {
			return false
		}
		w := strings.ToLower(ws[k])
		if w == "between" {
			return true
		}
		if !datingSubordinators.Has(w) && !ownClauseSubordinators.Has(w) || !noVerb(ws[k+1:i]) {
			continue
		}
		// The second noun's verb: within three words after "and", not
		// right after it ("released as a beta | and is scheduled" joins
		// two verbs).
		if verbAt(ws, i+1) {
			return false
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if strings.ContainsAny(ws[j], ",;:") && !pastVerb(strings.ToLower(strings.TrimRight(ws[j], ",;:"))) {
				return false
			}
			if j > i+1 && (pastVerb(strings.ToLower(strings.TrimRight(ws[j], ",;:"))) || verbAt(ws, j)) {
				return true
			}
		}
		return false
	}
	return false
}

// saysOrDid reports whether words hold a verb of saying or a verb in the
// past that noVerb's lists may miss ("Lee said to that Voice of America"):
// then they are no heading.
func saysOrDid(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		return reportingVerbs.Has(lw) || pastVerb(lw)
	})
}

// objectsJoined reports whether ws[i], "and" or "or", joins two nouns a
// verb takes, each after its article, with more of the verb's phrase after
// the second ("gave the city council and the transit union three weeks to
// settle"): a verb in lower case, then an article and up to four words with
// no comma, preposition or verb; after "and" an article and no verb in the
// past, auxiliary or verb of saying up to the next comma or the end within
// ten words, and a word after the second noun. A cut there would leave the
// verb half its objects and none of the rest ("gave the city council").
func objectsJoined(ws []string, i int) bool {
	if w := strings.ToLower(ws[i]); w != "and" && w != "or" || i < 3 || i+3 >= len(ws) || strings.ContainsAny(ws[i-1], ",;:\"“”()") || !isLower(ws[i+1]) || !articleWords.Has(ws[i+1]) {
		return false
	}
	k := i - 1
	for ; k >= 1 && k >= i-5 && !articleWords.Has(ws[k]); k-- {
		if w := ws[k]; strings.ContainsAny(w, ",;:\"“”()") || inSet(prepositions, w) || isLower(w) && verbAt(ws, k) {
			return false
		}
	}
	if k < 1 || !articleWords.Has(ws[k]) || !isLower(ws[k-1]) || !verbAt(ws, k-1) || prepositions.Has(ws[k-1]) {
		return false
	}
	n := 0
	for j := i + 2; j < len(ws) && j <= i+10; j++ {
		w := strings.ToLower(strings.TrimRight(ws[j], ",;:."))
		if auxiliaries.Has(w) || reportingVerbs.Has(w) || pastVerb(w) && ws[j-1] != "to" {
			return false
		}
		n++
		if strings.ContainsAny(ws[j], ",;:") {
			break
		}
	}
	return n >= 3
}

// asWellAs reports whether ws[i] is the last word of "as well as".
func asWellAs(ws []string, i int) bool {
	return i >= 2 && strings.EqualFold(ws[i], "as") && strings.EqualFold(ws[i-1], "well") && strings.EqualFold(ws[i-2], "as")
}

// listEnd reports whether ws[i], "and" or "or", joins the last item of a
// list to the ones before it: a comma ends one of the two words before it
// (or of the four before it, when an article opens the item after the
// comma) but not the word just before, and no verb comes between ("clearing
// manure, burnt hay and broken glass"). A cut there would drop the list's
// last item.
func listEnd(ws []string, i int) bool {
	if w := strings.ToLower(ws[i]); w != "and" && w != "or" || i < 3 || strings.HasSuffix(ws[i-1], ",") {
		return false
	}
	for k := i - 2; k >= max(0, i-5); k-- {
		if strings.HasSuffix(ws[k], ",") {
			// (A list of participles' phrases may be cut before its last:
			// "killing at least 20 people, flattening homes | and leaving
			// ...".)
			if k < i-3 && (!inSet(determiners, ws[k+1]) || slices.ContainsFunc(ws[k+1:i], func(w string) bool { return strings.ContainsAny(w, ",;:\"“”") })) {
				// An item of four words or five opens with its article
				// ("a nurse, a Canadian field engineer and ...").
				return false
			}
			return !slices.ContainsFunc(ws[k+1:i], func(w string) bool { return inSet(auxiliaries, w) }) && !verbAt(ws, k+1) && !verbAt(ws, i-1) && !participle(ws[k+1])
		}
	}
	return false
}

// subjectsJoined reports whether ws[i], "and" or "or", joins two subjects
// of the clause that a subordinating word before it opens ("will return to
// work after their union and employers reached a tentative agreement"): no
// verb between that word and ws[i], and one within a few words after the
// second subject. A cut there would leave the clause without its verb
// ("after their union").
func subjectsJoined(ws []string, i int) bool {
	if w := strings.ToLower(ws[i]); w != "and" && w != "or" || strings.HasSuffix(ws[i-1], ",") {
		return false
	}
	for k := i - 1; k > 0 && k >= i-5; k-- {
		// (A verb of saying with no "that" opens what was said as a
		// subordinator does: "said his son and his wife, Ana Ruiz, flew".)
		said := k < i-1 && inSet(reportingVerbs, ws[k]) && !strings.HasSuffix(ws[k], ",")
		if verbAt(ws, k) && !said || strings.HasSuffix(ws[k], ",") {
			return false
		}
		// (", and" opens a clause of its own as a subordinator does: ",
		// and long queues of trucks and tractors backed up".)
		if said || inSet(subordinators, ws[k]) || inSet(titleConjunctions, ws[k]) && strings.HasSuffix(ws[k-1], ",") {
			if i+1 < len(ws) && verbAt(ws, i+1) {
				return false // a second verb ("as an assistant coach and stayed")
			}
			for j := i + 2; j < len(ws) && j <= i+4; j++ {
				if verbAt(ws, j) {
					return true
				}
				if strings.HasSuffix(ws[j], ",") {
					// The second subject's apposition ("her mother, Ana
					// Ruiz, flew"): its verb after the closing comma.
					for c := j + 1; c < len(ws)-1 && c <= j+4; c++ {
						if strings.HasSuffix(ws[c], ",") {
							return verbAt(ws, c+1)
						}
					}
					return false
				}
			}
			return false
		}
	}
	return false
}

// relativeSubject shortens a long title whose subject carries a relative
// clause ("A convicted sex offender who was the subject of a weeklong
// manhunt after ... was captured Monday after ..."), which a cut at the
// cap would leave with no verb of its own. pre and post are the words
// before and after the time taken out; when the time dates the main verb
// (pre ends in it: an auxiliary and its participle, or a verb in -ed), the
// relative clause goes: "A convicted sex offender was captured". ("That"
// is left alone: as often it opens what was said, "told the judge that".)
func relativeSubject(pre, post string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	if len(ws)+fieldCount(post) <= maxTitleWords {
		return pre
	}
	r := 0
	for k := 1; k < len(ws) && k <= 8; k++ {
		if strings.HasSuffix(ws[k-1], ",") {
			return pre
		}
		// ("That" after the subject's noun and before a verb opens one
		// too: "The owner of a farm dam that collapsed and killed 46
		// people was charged".)
		if strings.EqualFold(ws[k], "who") && k <= 5 || strings.EqualFold(ws[k], "that") && k >= 2 && k+1 < len(ws) && verbAt(ws, k+1) && !verbAt(ws, k-1) && noVerb(ws[:k]) {
			r = k
			break
		}
	}
	if r == 0 {
		return pre
	}
	// The main verb just before the time: its auxiliaries and itself.
	n := len(ws)
	v := n - 1
	for v > r && inSet(auxiliaries, ws[v-1]) {
		v--
	}
	if last := strings.ToLower(ws[n-1]); (v < n-1 || strings.HasSuffix(last, "ed")) && isLower(ws[n-1]) && v > r+2 {
		return strings.Join(append(slices.Clip(ws[:r]), ws[v:]...), " ")
	}
	return pre
}

// withoutKicker drops the kicker a desk put before a headline: a word of
// the kickers list in capitals, with the capitals after it, up to a colon
// or a dash ("MUST SEE: Navy pins down Somali pirates", "BREAKING NEWS-3
// DEAD due to ...", "UPDATE 2-Bomb kills 20"), or capitalised with its
// colon ("Breaking: man charged with arson"). At least four words stay.
func withoutKicker(s string) string {
	w := firstWord(s)
	if len(w) < 2 || !inSet(kickers, w) {
		return s
	}
	i := len(w)
	if strings.ToUpper(w) == w {
		for i < len(s) && (s[i] == ' ' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			i++
		}
	} else if i >= len(s) || s[i] != ':' {
		return s // ("Breaking:", capitalised, with its colon only: "Watch the skies")
	}
	if i >= len(s) || s[i] != ':' && s[i] != '-' {
		return s
	}
	rest := strings.TrimLeft(s[i+1:], " ")
	if fieldCount(rest) < 4 {
		return s
	}
	return rest
}

// withoutPageLabel drops the label of the page a title opens with before a
// colon: a section's or a live blog's furniture ("Background:", "Live
// updates:", "Here is what we know so far:", "A reminder of what's next:",
// "First reported death:"), no word of the happening the clause after the
// colon tells. A label is at most seven words that open with an article, a
// question word or a word of pageLabelOpeners, with no quotation mark, no
// name after the first word, and no verb of its own: a verb after a
// question word is of the clause the label names ("what's next"), one
// after "here" presents what follows, and an -ed word before the label's
// next word is an adjective ("reported death"). A label with a verb is a
// clause ("The hearing is over: ..."), one with a name names the topic
// ("Harbour fire: ..."), and both stay. What follows the colon is a
// clause: four words or more, no quotation mark or verb first, and a verb
// in its first eight words before any comma.
func withoutPageLabel(s string) string {
	c := strings.Index(s, ": ")
	if c <= 0 || c > 60 || strings.ContainsAny(s[:c], "\"“”‘,;()") {
		return s
	}
	var room fieldRoom
	label := fieldsIn(&room, s[:c])
	if len(label) == 0 || len(label) > 7 {
		return s
	}
	first := strings.ToLower(label[0])
	free := clauseQuestionWords.Has(strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s"))
	if !free && !articleWords.Has(first) && !pageLabelOpeners.Has(first) {
		return s
	}
	for i := 1; i < len(label) && !free; i++ {
		w := strings.ToLower(label[i])
		switch {
		case capitalized(label[i]):
			return s
		case clauseQuestionWords.Has(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")):
			free = true
		case i == 1 && first == "here":
		case strings.HasSuffix(w, "ed") && i+1 < len(label):
		case auxiliaries.Has(w) || verbAt(label, i):
			return s
		}
	}
	rest := s[c+2:]
	var room2 fieldRoom
	ws := fieldsIn(&room2, rest)
	if len(ws) < 4 || strings.ContainsRune("\"“‘'", firstRune(ws[0])) || verbAt(ws, 0) {
		return s
	}
	for k := 1; k < len(ws) && k < 8; k++ {
		if verbAt(ws, k) {
			return capitalize(rest)
		}
		if strings.HasSuffix(ws[k], ",") {
			break
		}
	}
	return s
}

// pageLabelOpeners open a label of the page before a colon
// (withoutPageLabel; data/words.txt).
var pageLabelOpeners = wordSet("page-label-openers")

// allCaps reports whether w is a word in capitals: letters, all upper case.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters > 0
}

// stateAbbreviation reports whether before ends with the abbreviation of
// a state after a comma ("in Malibu, Calif"): its period stays in a title.
// (The sentence splitter does not take these for abbreviations: a
// sentence may end with one.)
func stateAbbreviation(before string) bool {
	i := strings.LastIndexByte(before, ' ')
	return i > 0 && before[i-1] == ',' && inSet(stateAbbreviations, before[i+1:])
}

// withoutTruncation mends a sentence its source cut off with an ellipsis
// ("Horton was shot and killed when gunfire erupted outside..."): the
// title ends at the last clause boundary before the cut ("Horton was shot
// and killed"), or keeps the ellipsis when there is none.
func withoutTruncation(s string) string {
	t, ok := strings.CutSuffix(s, "...")
	if !ok {
		if t, ok = strings.CutSuffix(s, "…"); !ok {
			return s
		}
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	for i := len(ws) - 1; i >= 4; i-- {
		if inSet(titleBoundaries, ws[i]) {
			return strings.TrimRight(strings.Join(ws[:i], " "), ",;:")
		}
	}
	return s
}

// atListColon ends a title that a cut left inside the list after a colon
// at the colon: news English names a count of things in a clause and
// lists them after its colon ("police had added one charge: unlawful
// possession of a second firearm, ..."); a cut inside the list keeps a
// piece of it ("...: unlawful possession"), and the clause before the
// colon is whole. (clauseTitleOf asks it only when the time is not in
// the list.) Only when the words kept after the colon have no verb
// (a list, not a clause), six words at least stand before it as a clause
// with its verb, a word's letter (not a clock's figure, "8: 30pm") comes
// right before the colon, and no quotation is open there. Else out as it
// is.
func atListColon(ws, out []string) []string {
	if len(out) >= len(ws) {
		return out
	}
	for k := len(out) - 2; k >= 5; k-- {
		if !strings.HasSuffix(out[k], ":") {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(out[k], ":"))
		if next, _ := utf8.DecodeRuneInString(out[k+1]); !unicode.IsLetter(r) || unicode.IsDigit(next) {
			return out // (a clock's colon: "just after 8: 30pm")
		}
		head := slices.Clone(out[:k+1])
		head[k] = strings.TrimSuffix(head[k], ":")
		if !noVerb(out[k+1:]) || inQuotation(head) || !clause(head) {
			return out
		}
		return head
	}
	return out
}

// shorten brings a title over the cap within it (or a few words past it:
// titleSlack), dropping what it can spare before cutting; timed when the
// time the title is for comes after a relative pronoun ("who took part in
// the 2009 hijacking"), which may have been the clause it dates (see
// withoutInsert).
func shorten(ws []string, timed bool) ([]string, bool) {
	if len(ws) > maxTitleWords {
		ws = withoutParenthesis(ws)
	}
	if len(ws) > maxTitleWords {
		ws = withoutRelative(ws, timed)
	}
	if len(ws) > maxTitleWords {
		ws = withoutSubjectParticiple(ws)
	}
	if len(ws) > maxTitleWords {
		ws = atComma(ws)
	}
	if len(ws) > maxTitleWords {
		return atBoundary(ws)
	}
	return ws, false
}

// withoutSubjectParticiple drops from a long title the phrase of a
// participle in "-ing" that tells of its subject's noun, set off by no
// comma, when the clause's verb comes only after it ("A lawsuit filed by
// two tenants in the county court seeking an order to halt the works is
// listed for hearing" -> "A lawsuit filed by two tenants in the county
// court is listed for hearing"): the cap would cut the title inside the
// phrase, before its verb. The subject opens on an article, a determiner
// or a capital and holds no auxiliary nor a verb in the past but in
// "-ed" (a participle on its noun); the "-ing" follows a noun, no verb,
// adverb in "-ly" or subordinator; the phrase, up to twelve words,
// holds no comma, quotation mark, relative word or auxiliary, and a
// finite auxiliary follows it; the title without it fits the cap. Else
// ws as they are.
func withoutSubjectParticiple(ws []string) []string {
	for i := 2; i < len(ws) && i < maxTitleWords; i++ {
		w := ws[i]
		lw := strings.ToLower(w)
		if !isLower(w) || len(lw) <= 5 || !strings.HasSuffix(lw, "ing") {
			continue
		}
		prev := strings.ToLower(ws[i-1])
		if strings.ContainsAny(ws[i-1], ",;:\"“”()") || prepositions.Has(prev) || determiners.Has(prev) || articleWords.Has(prev) || auxiliaries.Has(prev) || possessivePronouns.Has(prev) ||
			subordinators.Has(prev) || strings.HasSuffix(prev, "ly") || verbAt(ws, i-1) {
			return ws
		}
		first := strings.ToLower(ws[0])
		if !articleWords.Has(first) && !determiners.Has(first) && !capitalized(ws[0]) || subjectPronouns.Has(first) {
			return ws
		}
		for _, x := range ws[:i] {
			if lx := strings.ToLower(x); auxiliaries.Has(lx) || strings.ContainsAny(x, ",;:\"“”()") || relativeOpeners.Has(lx) || lx == "that" || isLower(x) && !strings.HasSuffix(lx, "ed") && pastVerb(lx) {
				// (A verb in the past of its own, "went on trial for
				// tragically killing ...", is the clause's: the phrase
				// in "-ing" is its object's, no subject's.)
				return ws
			}
		}
		for j := i + 1; j < len(ws) && j <= i+12; j++ {
			x := ws[j]
			lx := strings.ToLower(x)
			if strings.ContainsAny(x, ",;:\"“”()") || relativeOpeners.Has(lx) || lx == "that" {
				return ws
			}
			if auxiliaries.Has(lx) {
				if !isLower(x) || nonfiniteAuxiliaries.Has(lx) || len(ws)-(j-i) > maxTitleWords {
					return ws
				}
				return append(slices.Clone(ws[:i]), ws[j:]...)
			}
		}
		return ws
	}
	return ws
}

// withoutParenthesis drops from a long title what its source set in
// parentheses after its first word, up to eight words without a quotation
// ("Seacom announced (4 November 2011) that ...", "at 09:10 hours (0440
// GMT)", "about 58km (36 miles) south-west"): an aside the summary keeps.
func withoutParenthesis(ws []string) []string {
	ws = withoutDashAside(ws)
	for i := 1; i < len(ws); i++ {
		if !strings.HasPrefix(ws[i], "(") {
			continue
		}
		for k := i; k < len(ws) && k < i+8; k++ {
			if strings.ContainsAny(ws[k], "\"“”") {
				return ws
			}
			if j := strings.IndexByte(ws[k], ')'); j >= 0 {
				if j != len(ws[k])-1 && !strings.ContainsAny(ws[k][j+1:], ",;:.") {
					return ws // ("(x)y": a word, not an aside)
				}
				out := append(slices.Clip(ws[:i]), ws[k+1:]...)
				if tail := ws[k][j+1:]; tail != "" {
					out[i-1] += tail // the comma after the aside stays
				}
				return out
			}
		}
		return ws
	}
	return ws
}

// withoutDashAside drops an aside set off by a pair of dashes, up to
// twelve words without a quotation ("on Wednesday — the same day Gray's
// autopsy showed he had been shot seven times — part of the crowd became
// unruly" -> "... part of the crowd became unruly").
func withoutDashAside(ws []string) []string {
	for i := 0; i < len(ws); i++ {
		if !dashAt(ws, i) {
			continue
		}
		j := i
		for j+1 < len(ws) && dashAt(ws, j+1) {
			j++ // "- -": one dash
		}
		for k := j + 1; k < len(ws) && k <= j+13; k++ {
			if strings.ContainsAny(ws[k], "\"“”") {
				return ws
			}
			if k > j+1 && k+1 < len(ws) && (strings.HasSuffix(ws[k], "—") || strings.HasSuffix(ws[k], "–")) && !dashAt(ws, k) {
				// A closing dash written onto the word ("— killing two–
				// at the plant"): the aside ends with that word.
				return append(slices.Clip(ws[:i]), ws[k+1:]...)
			}
			if !dashAt(ws, k) {
				continue
			}
			e := k
			for e+1 < len(ws) && dashAt(ws, e+1) {
				e++
			}
			if e+1 >= len(ws) || k == j+1 {
				return ws
			}
			return append(slices.Clip(ws[:i]), ws[e+1:]...)
		}
		return ws
	}
	return ws
}

// named reports whether ws[i] is a word of a name: capitalised, not the
// title's first word.
func named(ws []string, i int) bool {
	if i <= 0 || i >= len(ws) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[i])
	return unicode.IsUpper(r)
}

// namedSoon reports whether ws[i] is a name, or opens a noun phrase that
// ends in one within three words: an article, a title or a description
// before it, in lower case, with no verb ("leftist congressman Rafael
// Montero", "the mayor Tom Berg").
func namedSoon(ws []string, i int) bool {
	for k := i; k < len(ws) && k < i+3; k++ {
		if named(ws, k) {
			return true
		}
		if k > i && inSet(articleWords, ws[k]) || strings.ContainsAny(ws[k], ",;:.") || verbAt(ws, k) || !inSet(articleWords, ws[k]) && inSet(determiners, ws[k]) || inSet(prepositions, ws[k]) || inSet(auxiliaries, ws[k]) {
			return false
		}
	}
	return false
}

// withoutOpenList drops the phrase a list opener set off with a comma at
// the end of ws, a title cut before a relative clause: "rose to nine,
// including four people" | "who died from ..." names a part of the list
// without what set it apart, and the clause before the comma reads whole.
func withoutOpenList(ws []string) []string {
	for k := len(ws) - 1; k >= max(2, len(ws)-6); k-- {
		if inSet(listOpeners, ws[k]) && strings.HasSuffix(ws[k-1], ",") && !losesVerb(ws, ws[:k]) {
			out := ws[:k]
			out[k-1] = strings.TrimSuffix(out[k-1], ",")
			return out
		}
	}
	return ws
}

// numbered reports whether ws[i] opens with a figure ("11th").
func numbered(ws []string, i int) bool {
	r, _ := utf8.DecodeRuneInString(ws[i])
	return i > 0 && unicode.IsDigit(r)
}

// titleSlack is how many words past the cap a title with no clause
// boundary may keep rather than be cut inside its clause.
const titleSlack = 3

// inQuotation reports whether a quotation opened after the title's first
// word is open at the end of ws. (A title that opens with a quotation mark
// is quoted whole, or its source was mistyped: it may be cut anywhere.)
func inQuotation(ws []string) bool {
	open, straight := 0, 0
	for _, w := range ws[min(1, len(ws)):] {
		open += strings.Count(w, "“") - strings.Count(w, "”")
		straight += strings.Count(w, `"`)
	}
	return open > 0 || straight%2 == 1
}

// quoted reports whether a word of ws has a quotation mark.
func quoted(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return strings.ContainsAny(w, "\"“”") })
}

// unbalanced reports whether ws opens or closes a quotation it does not
// hold whole: words that a cut there would take from inside one.
func unbalanced(ws []string) bool {
	open, straight := 0, 0
	for _, w := range ws {
		open += strings.Count(w, "“") - strings.Count(w, "”")
		straight += strings.Count(w, `"`)
	}
	return open != 0 || straight%2 == 1
}

// dashAt reports whether ws[i] is a dash: "—", "--", or a hyphen spaced
// as a word beside another ("making changes - - Cheeks will be"). A hyphen
// alone is none: text scraped with spaces around its hyphens writes "Wal -
// Mart".
func dashAt(ws []string, i int) bool {
	if w := ws[i]; w != "-" {
		return w != "" && strings.Trim(w, "-—–") == ""
	}
	return i > 0 && ws[i-1] == "-" || i+1 < len(ws) && ws[i+1] == "-"
}

// dashRuns counts the dashes of ws, a run of them ("- -") as one. A dash
// ends a clause when it is alone; a pair sets off words within it ("the
// receptionist -- Madeline Kafoury -- was shot dead").
func dashRuns(ws []string) int {
	n := 0
	for i, w := range ws {
		if dashAt(ws, i) && (i == 0 || !dashAt(ws, i-1)) {
			n++
		} else if strings.HasSuffix(w, "—") || strings.HasSuffix(w, "–") {
			n++ // "killing two– at the plant"
		}
	}
	return n
}

// apposition reports whether ws, the words after a comma, name again what
// came before it and close with a comma before the clause goes on in lower
// case: "two managers, Paul Riva and Alan Steinberg, were wounded". The
// comma before them ends no clause.
func apposition(ws []string) bool {
	if len(ws) > 0 && isLower(ws[0]) && inSet(phraseStart, ws[0]) {
		return false // ", with pregnant women, nurses and ...": a phrase, no name
	}
	for k := 0; k < len(ws)-1 && k < 5; k++ {
		if !strings.HasSuffix(ws[k], ",") {
			continue
		}
		next := strings.ToLower(ws[k+1])
		// (", the current leader's father, becoming the first ...": a
		// participle goes on after the clause.)
		return isLower(ws[k+1]) && !strings.HasSuffix(next, "ing") && !determiners.Has(next) && !titleBoundaries.Has(next) && !titleConjunctions.Has(next) && !prepositions.Has(next) && !phraseStart.Has(next) && !attributionTail(ws[:k+1])
	}
	return false
}

// withoutRelativeTail drops a relative clause that a cut left open at the
// end of a title, with the preposition that leads it: "police were called
// to a property in Newton Street where Mrs McMeekin" is cut before
// "where", "a stop-and-frisk in which Mourad" before "in", and an
// apposition the clause hangs on with it ("A statement on Apple's website,
// the homepage of which currently ..."). At least six
// words stay.
func withoutRelativeTail(ws []string) []string {
	if n := len(ws); n >= 8 && strings.EqualFold(ws[n-2], "that") && isLower(ws[n-1]) && verbAt(ws, n-1) {
		// A cut right after the verb of a relative clause opened by
		// "that" after its noun ("fined the firm for security failures
		// that led" | "to a breach") leaves the clause nothing but its
		// verb: it goes, as when the cut came before it.
		p := strings.ToLower(ws[n-3])
		if isLower(ws[n-3]) && !strings.ContainsAny(ws[n-3], ",;:") && !verbAt(ws, n-3) && !reportingVerbs.Has(p) && !clauseVerbs.Has(p) && !announcingVerbs.Has(p) &&
			!determiners.Has(p) && !prepositions.Has(p) && !inQuotation(ws[:n-2]) && !losesVerb(ws, ws[:n-2]) {
			return ws[:n-2]
		}
	}
	for j := len(ws) - 1; j >= 6; j-- {
		if w := strings.ToLower(strings.Trim(ws[j], ",")); !relativeOpeners.Has(w) && w != "where" {
			continue
		}
		if inSet(prepositions, ws[j-1]) {
			j--
			// ("a ridge about two miles | from where": the measure goes
			// too.)
			if d := withoutDistance(ws, j); len(d) < j && len(d) >= 6 && !losesVerb(ws, d) {
				j = len(d)
			}
		}
		for k := j - 1; k >= j-3 && k > 0; k-- {
			if strings.HasSuffix(ws[k], ",") {
				j = k + 1
				break
			}
		}
		if j < 6 || losesVerb(ws, ws[:j]) {
			// (A clause closed before the cut keeps its place: "A man
			// accused of murdering a woman whose body was found in a flat
			// was remanded in custody".)
			return ws
		}
		out := ws[:j]
		out[j-1] = strings.TrimRight(out[j-1], ",")
		return withoutOpenList(out)
	}
	return ws
}

// attributionTail reports whether ws, the words after a comma that end a
// sentence, are who said it: a few words with a reporting verb (", sources
// told the Daily News", ", police said").
func attributionTail(ws []string) bool {
	if len(ws) > 6 || len(ws) < 2 || inSet(reportingVerbs, ws[0]) {
		return false // (", told ESPN": the speaker came before the comma)
	}
	for _, w := range ws[1:] {
		if inSet(reportingVerbs, strings.Trim(w, ",.;:")) {
			return true
		}
	}
	return false
}

// listGoesOn reports whether ws, the words after a comma, go on with a
// list: its last items, "and" or "or" among them, up to the next comma
// ("Nano and Shuffle, they have ...").
func listGoesOn(ws []string) bool {
	for k := 0; k < len(ws) && k < 4; k++ {
		if w := strings.ToLower(ws[k]); w == "and" || w == "or" {
			for _, x := range ws[k+1 : min(len(ws), k+4)] {
				if strings.HasSuffix(x, ",") {
					return true
				}
			}
			return false
		}
		if strings.HasSuffix(ws[k], ",") {
			return false
		}
	}
	return false
}

// opening is how many words of a title the phrase that opens it before
// its subject takes, its comma included ("In a November 9 press
// conference, South Sudan President Salva Kiir stated ..."), or 0: a
// preposition, then up to 12 words to a comma after which a clause starts
// (a name, a determiner), not a list or an apposition that goes on, and
// at least six words after it.
func opening(ws []string) int {
	if len(ws) == 0 {
		return 0
	}
	limit := 12
	measured := measureOpening(ws)
	if participleOpening(ws) {
		limit = 16 // ("Speaking from a hospital bed in Perth after an operation on his broken leg,")
	} else if measured {
		// A measure of time and "after" or "before" open a clause of
		// their own ("Two months after a storm tore the roof off the
		// old market hall that gave the square its name,"): it runs to
		// the comma before the main clause's subject, however long the
		// clause it tells; alone it is no title.
		limit = 24
	} else if !inSet(prepositions, ws[0]) {
		return 0
	}
	for k := 1; k < len(ws) && k <= limit; k++ {
		w := ws[k]
		if strings.ContainsAny(w, "\"“”‘’") {
			return 0 // a quotation is not cut into
		}
		if !strings.HasSuffix(w, ",") {
			continue
		}
		if len(ws)-k-1 < 6 {
			return 0
		}
		if measured && len(ws[k+1]) > 4 && strings.HasSuffix(ws[k+1], "ing") && isLower(ws[k+1]) {
			// "Almost two months after a blast tore through a terrace,
			// killing three people, the gas board admitted": a
			// participle's phrase set off by commas belongs to the
			// opening clause; the subject comes after its comma.
			continue
		}
		if ws[k+1] == "with" && limit < k+12 {
			// "Speaking at a news conference in Lille, with her coach
			// at her side, the swimmer said": a second circumstance set
			// off by commas and opened by "with" belongs to the opening;
			// the subject comes after its comma (up to 11 words more).
			limit = k + 12
			continue
		}
		if r, _ := utf8.DecodeRuneInString(ws[k+1]); !unicode.IsUpper(r) && !(titledName(ws[k+1:]) && !namesBefore(ws[1:k+1])) && !inSet(determiners, ws[k+1]) && (!inSet(measureNumbers, ws[k+1]) || strings.EqualFold(ws[k+1], "of")) && !countedSubject(ws[k+1:]) &&
			!(k+2 < len(ws) && ofBound(ws, k+2) && strings.EqualFold(ws[k+2], "of")) {
			return 0 // a list or an apposition goes on, not a clause ("several protests" is one)
		}
		if listGoesOn(ws[k+1:]) {
			continue // "In addition to the iPod Classic, Nano and Shuffle, they ..."
		}
		return k + 1
	}
	return 0
}

// titledName reports whether ws open on a person's title written in lower
// case before a name ("chief executive Anna Berg", "plant manager Tom
// Reeve", "county fire chief Dan Ortega"): one to three words in lower
// case with no mark, none a verb, preposition, conjunction, determiner,
// pronoun or figure, then two capitalised words. News English writes the
// title so before the name it opens a subject with; after an opening
// phrase's comma the clause starts there.
func titledName(ws []string) bool {
	for j := 0; j < len(ws) && j <= 3; j++ {
		w := ws[j]
		if !isLower(w) {
			return j >= 1 && j+1 < len(ws) && capitalized(w) && capitalized(ws[j+1]) && !strings.ContainsAny(w, ",;:\"“”()")
		}
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",;:.\"“”()0123456789") || verbAt(ws, j) || pastVerb(lw) || prepositions.Has(lw) || titleConjunctions.Has(lw) || determiners.Has(lw) || articleWords.Has(lw) || pronouns.Has(lw) || possessivePronouns.Has(lw) || subordinators.Has(lw) || auxiliaries.Has(lw) {
			return false
		}
	}
	return false
}

// namesBefore reports whether ws, the words of an opening phrase after
// its first, hold a capitalised word that is no name of the calendar ("At
// this year's Apple Worldwide Developers Conference"): a lowercase title
// after it ("company CEO Steve Jobs") may lean on that name, and the
// phrase stays.
func namesBefore(ws []string) bool {
	for _, w := range ws {
		if !capitalized(w) {
			continue
		}
		lw := strings.ToLower(strings.Trim(w, ",;:.\"“”()"))
		lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		if !calendarNames.Has(lw) {
			return true
		}
	}
	return false
}

// measureOpening reports whether ws opens with a measure of time and the
// word that counts it from a happening ("Five weeks after the disaster,",
// "Nearly a month after the volcano blew,"): a circumstance before the
// subject, as a preposition's phrase is.
func measureOpening(ws []string) bool {
	i := 0
	if len(ws) > 0 && inSet(approximators, ws[0]) {
		i = 1
	}
	if i+2 >= len(ws) {
		return false
	}
	n := strings.ToLower(ws[i])
	if n == "of" || !isNumber(n) && !measureNumbers.Has(n) && !indefiniteArticles.Has(n) {
		return false
	}
	return inSet(measureUnits, ws[i+1]) && (strings.EqualFold(ws[i+2], "after") || strings.EqualFold(ws[i+2], "before"))
}

// participleOpening reports whether ws opens with a participle in "-ing"
// and a preposition after it ("Speaking from his bed in hospital after
// surgery, the surveyor said ..."): a circumstance of the subject after its
// comma, as a preposition's phrase is. ("Nothing in the report, ..." has
// no preposition's phrase: "-thing" is a noun's.)
func participleOpening(ws []string) bool {
	if len(ws) < 3 || !capitalized(ws[0]) || len(ws[0]) <= 5 || strings.HasSuffix(ws[0], "thing") {
		return false
	}
	w := strings.ToLower(ws[0])
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	if inSet(prepositions, ws[1]) {
		return true
	}
	// "Presenting interim findings at a packed meeting, the board said
	// ...": the participle's object, up to three words in lower case,
	// then a preposition's phrase.
	for k := 1; k < len(ws) && k <= 4; k++ {
		if !isLower(ws[k]) || strings.ContainsAny(ws[k], ",;:\"“”") {
			return false
		}
		if k > 1 && inSet(prepositions, ws[k]) && ws[k] != "of" {
			return true
		}
	}
	return false
}

// countedSubject reports whether ws opens with a count that starts a
// subject: a figure ("300 parents"), or one after a comparison and "than"
// or an approximator ("more than 300 parents", "about 40 boats"). After
// the comma of an opening phrase, the clause starts there.
func countedSubject(ws []string) bool {
	i := 0
	if len(ws) > 2 && inSet(comparisons, ws[0]) && strings.EqualFold(ws[1], "than") {
		i = 2
	} else if len(ws) > 1 && inSet(approximators, ws[0]) {
		i = 1
	}
	return i+1 < len(ws) && isNumber(ws[i]) && !strings.HasSuffix(ws[i], ",") && isLower(ws[i+1]) // ("3,000 people": a comma of its own)
}

// relativeListEnd returns the comma that closes a relative clause whose
// verbs are listed ("The fire, which burned 9,000 acres, killed two people
// and destroyed 40 homes, was contained"): when the words after the comma
// at k open with a verb in the past and a later comma comes before an
// auxiliary or a linking verb, that later comma closes the clause; else k.
// ("The fire, which started Sunday, destroyed 14 homes, damaged nine
// others" lists the subject's own verbs.)
func relativeListEnd(ws []string, k int) int {
	if w := strings.ToLower(ws[min(k+1, len(ws)-1)]); k+1 >= len(ws) || !isLower(ws[k+1]) || !pastVerb(w) && !strings.HasSuffix(w, "ed") {
		return k
	}
	for j := k + 2; j+1 < len(ws); j++ {
		if strings.ContainsAny(ws[j], ";:\"“”") {
			return k
		}
		if strings.HasSuffix(ws[j], ",") {
			if w := strings.ToLower(ws[j+1]); isLower(ws[j+1]) && (auxiliaries.Has(w) || linkingVerbs.Has(w)) {
				return j
			}
			return k
		}
	}
	return k
}

// withoutRelative drops a relative clause set off by commas between a
// subject and its verb, which a long title can spare: "Williams, whose
// experiences as a young swimming champion led to a career of aqua-musicals
// designed just for her, died in Beverly Hills" -> "Williams died in Beverly
// Hills". The clause must close with a comma before the title's end and
// the words after it go on in lower case (the verb).
func withoutRelative(ws []string, timed bool) []string {
	for i := 0; i+2 < len(ws); i++ {
		if !strings.HasSuffix(ws[i], ",") {
			continue
		}
		// The subject is the title's, or that of the clause "that"
		// opens after its verb ("ruled that Tomas Reyes, the Cuban boy
		// rescued at sea, must be returned").
		from := 0
		for t := i - 1; t >= max(1, i-6); t-- {
			if strings.EqualFold(ws[t], "that") {
				from = t + 1
				break
			}
		}
		if (i-from < 8 && inSet(articleWords, ws[i+1]) || i-from < 10 && (participle(ws[i+1]) || irregularParticiple(ws[i+1]))) && noVerb(ws[from:i+1]) {
			// An apposition between the subject and its verb ("Steve
			// Jobs, the chief executive officer of Apple Inc., announced
			// ...", "The Boeing 737, operated by Nordic Air and arriving
			// from London, came to rest"): it goes as a relative clause
			// does. (A subject of names only, "Councilwoman Rosa Vega",
			// is no headline in title case.)
			if out, ok := withoutApposition(ws, i); ok {
				return out
			}
			continue
		}
		if i-from < 12 && asideOpener(ws, i+1) && noVerb(ws[from:i+1]) {
			// An aside on the subject that opens on "with" or on an
			// adverb and a participle ("The bulk carrier, with 21 crew
			// from Myanmar, Vietnam and Romania on board, ran aground",
			// "The memo, first obtained by the Herald, was sent"): it
			// goes as an apposition does.
			if out, ok := withoutWithAside(ws, i); ok {
				return out
			}
			continue
		}
		if !inSet(relativeOpeners, ws[i+1]) {
			continue
		}
		if i >= 6 && !predicateless(ws[:i+1]) {
			// Further on, only a clause that interrupts another before
			// its verb ("announced that the "Lion" release to OS X, which
			// is scheduled for release, will include ...").
			continue
		}
		for k := i + 2; k+1 < len(ws); k++ {
			if !strings.HasSuffix(ws[k], ",") {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(ws[k+1]); !unicode.IsLower(r) {
				return ws
			}
			if unbalanced(ws[i+1 : k+1]) {
				return ws // a quotation is not cut into
			}
			k = relativeListEnd(ws, k)
			out := append(slices.Clip(ws[:i+1]), ws[k+1:]...)
			out[i] = strings.TrimSuffix(out[i], ",")
			return out
		}
		return ws
	}
	return withoutInsert(ws, timed)
}

// participle reports whether w is a participle by its form: a word in
// lower case in "-ed" or "-ing".
func participle(w string) bool {
	return isLower(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// irregularParticiple reports whether w is a verb's past whose form shows
// no "-ed" ("made", "built", "taken", "written"): after a subject and its
// comma it opens an aside on that subject as "decorated" does ("The
// chalice, made in Venice in the 15th century and ..., was given"): one
// of participle-forms or aside-participles, never a past only ("became",
// "went"), which would be the subject's own verb.
func irregularParticiple(w string) bool {
	return isLower(w) && (asideParticiples.Has(w) || participleForms.Has(w))
}

var asideParticiples = wordSet("aside-participles")

// withoutApposition drops the apposition after ws[i], a subject that ends
// with a comma, up to the comma that closes it before a verb in lower
// case, within two dozen words, and any quotation in it whole ("Miles Barrow,
// the trumpeter whose solos on records such as "Crescent Moon" helped
// carry bebop into the soul era, died").
func withoutApposition(ws []string, i int) ([]string, bool) {
	for k := i + 2; k+1 < len(ws) && k <= i+24; k++ {
		if !strings.HasSuffix(ws[k], ",") || inQuotation(ws[i:k+1]) {
			continue
		}
		// (A word before a colon is the verb that opens a quotation:
		// ", states: "Apple has lost ...".)
		if !isLower(ws[k+1]) || !verbAt(ws, k+1) && !strings.HasSuffix(ws[k+1], ":") || unbalanced(ws[i+1:k+1]) {
			return nil, false
		}
		out := append(slices.Clip(ws[:i+1]), ws[k+1:]...)
		if !slices.ContainsFunc(ws[:i], func(w string) bool { return strings.HasSuffix(w, ",") }) {
			// (The comma stays when it closes an apposition of its own:
			// "The German Chancellor, Angela Merkel, said".)
			out[i] = strings.TrimSuffix(out[i], ",")
		}
		return out, true
	}
	return nil, false
}

// asideOpener reports whether ws[j] opens an aside on the subject before
// it that is no clause of its own: "with" (", with 21 crew on board,"),
// or an adverb of participle-adverbs or in "-ly" before a participle
// (", first obtained by the Herald,", ", recently sold to a stable,").
func asideOpener(ws []string, j int) bool {
	if j+1 >= len(ws) || !isLower(ws[j]) {
		return false
	}
	lw := ws[j]
	if lw == "with" {
		return true
	}
	return (participleAdverbs.Has(lw) || strings.HasSuffix(lw, "ly")) && (participle(ws[j+1]) || irregularParticiple(ws[j+1]))
}

// withoutWithAside drops the aside asideOpener opens after ws[i], a
// subject that ends with a comma, up to the comma that closes it before a
// verb in lower case, within two dozen words and with no quotation mark
// in it. A comma inside it before a capital or a figure is a list's
// ("from Myanmar, Vietnam and Romania") and does not close it; any other
// comma that is not followed by the verb leaves ws as they are.
func withoutWithAside(ws []string, i int) ([]string, bool) {
	for k := i + 2; k+1 < len(ws) && k <= i+24; k++ {
		if strings.ContainsAny(ws[k], "\"“”()") {
			return nil, false
		}
		if !strings.HasSuffix(ws[k], ",") {
			continue
		}
		if isLower(ws[k+1]) && verbAt(ws, k+1) {
			out := append(slices.Clip(ws[:i+1]), ws[k+1:]...)
			if !slices.ContainsFunc(ws[:i], func(w string) bool { return strings.HasSuffix(w, ",") }) {
				// (The comma stays when it closes an apposition of its
				// own: "Deputy Ortiz, 35, with the gang unit, was".)
				out[i] = strings.TrimSuffix(out[i], ",")
			}
			return out, true
		}
		if isLower(ws[k+1]) {
			return nil, false
		}
	}
	return nil, false
}

// withoutInsert drops what stands between a subject and its verb, set off
// by no comma before it, when the title would have no verb without it: a
// relative clause closed by a comma ("The site manager at the supermarket
// that has been damaged by fire, says it will take ..." -> "The site
// manager at the supermarket says ..."), or a list after a comma that runs
// to the verb ("the first truck of aid, including tents, blankets and
// water tanks were sent" -> "the first truck of aid were sent"). The
// subject keeps at least two words.
func withoutInsert(ws []string, timed bool) []string {
	for j := 2; j+2 < len(ws); j++ {
		lw := strings.ToLower(ws[j])
		list := listOpeners.Has(lw) && strings.HasSuffix(ws[j-1], ",")
		if !list && !relativeOpeners.Has(lw) && lw != "that" || strings.HasSuffix(ws[j-1], ",") && !list {
			continue
		}
		if !predicateless(ws[:j]) {
			return ws
		}
		for k := j + 1; k+1 < len(ws); k++ {
			end := k // the insert is ws[j:end]
			switch {
			case list && inSet(auxiliaries, ws[k]):
			case !list && strings.HasSuffix(ws[k], ",") && isLower(ws[k+1]) && verbAt(ws, k+1) &&
				(!inSet(invertingVerbs, ws[k+1]) || k+2 < len(ws) && inSet(subjectPronouns, ws[k+2])):
				// (Not before "said" and who said it: ", said sheriff's
				// Sgt. Vanette Christiansen" attributes the whole; ", says
				// it will take" is the clause's verb.)
				end = k + 1
			case !list && k > j+2 && (lw == "who" || lw == "which") && inSet(auxiliaries, ws[k]) && !inSet(auxiliaries, ws[k-1]) &&
				!strings.HasSuffix(ws[k-1], ",") && verbGroups(ws[j:k]) == 1 && verbAt(ws, k+1) && !timed:
				// A relative clause with no comma round it, closed by the
				// verb of its subject ("A pirate who took part in the
				// hijacking of the Harbor Star has been sentenced"); one
				// whose pronoun is its subject, not a clause of its own
				// ("a ferryman whose boat was found"). (Not when the time
				// the title is for may be the clause's: "who took part in
				// the 2009 hijacking" titles 2009.)
				end = k
			default:
				continue
			}
			if unbalanced(ws[j:end]) {
				return ws // a quotation is not cut into
			}
			if !list && verbGroups(ws[j:end]) > 1 {
				// "A passer-by who found the deputy called the station":
				// the clause's own verb is inside.
				return ws
			}
			out := append(slices.Clip(ws[:j]), ws[end:]...)
			out[j-1] = strings.TrimSuffix(out[j-1], ",")
			return out
		}
		return ws
	}
	return ws
}

// withoutMeasure drops the measure of time that ends ws, cut before
// "before" or "after": "a few hours", "five days", "shortly" (see
// measure-numbers in data/words.txt), and a comma before it. At least four
// words stay.
func withoutMeasure(ws []string) []string {
	n := len(ws)
	if n == 0 {
		return ws // the clause opens with its bound: "After Tuesday the union will decide"
	}
	last := strings.ToLower(ws[n-1])
	j := n
	switch {
	case measureUnits.Has(last):
		j = n - 1
		for j > 0 && (inSet(measureNumbers, ws[j-1]) || isNumber(ws[j-1])) {
			j--
		}
		if j == n-1 && (!measureAdverbs.Has(last) || n < 2 || !strings.HasSuffix(ws[n-2], ",") && !countsAlone(ws[n-2])) {
			return ws // a unit with no number: "the day", "last year"
		}
		// (One set off by its comma is a measure: "resigned on Friday,
		// hours" | "after an inquiry found ...", and so is one after a
		// noun or a verb: "warned his superiors months" | "before", with
		// the adverb that bounds it, "just hours".)
		if j == n-1 && j > 0 && inSet(measureAdverbs, ws[j-1]) && !inSet(measureUnits, ws[j-1]) {
			j--
		}
	case measureAdverbs.Has(last):
		j = n - 1
	}
	// "almost exactly a year | after": the words that bounded the measure
	// go with it.
	for j < n && j > 0 && inSet(approximators, ws[j-1]) {
		j--
	}
	if j < n && j > 1 && strings.EqualFold(ws[j-1], "than") && inSet(comparisons, ws[j-2]) {
		// "more than a year | after", "less than four hours": the
		// comparison goes with its measure.
		j -= 2
	}
	if j < n && j > 0 && (strings.EqualFold(ws[j-1], "for") || inSet(timeObjects, ws[j-1])) {
		// "deliberated for less than four hours | before finding ...":
		// a stretch of the verb's, which the title keeps, not the
		// measure that bounded what comes after; so is the object of a
		// verb that takes a stretch of time ("will miss about three
		// months | after tearing ..."; time-objects, data).
		return ws
	}
	if j < 4 {
		return ws
	}
	out := ws[:j]
	out[j-1] = strings.TrimRight(out[j-1], ",")
	return out
}

// countsAlone reports whether a plural unit of time after w is a measure
// by itself ("warned his superiors months | before the collapse"): w is a
// word in lower case that ends a phrase of its own, a noun or a verb, not
// a determiner, possessive, preposition or word of time that makes the
// unit its noun ("the months", "his years", "in weeks", "last months").
func countsAlone(w string) bool {
	lw := strings.ToLower(w)
	return isLower(w) && lw == w && !determiners.Has(lw) && !possessivePronouns.Has(lw) && !prepositions.Has(lw) && !timeObjects.Has(lw) &&
		!measureNumbers.Has(lw) && !approximators.Has(lw) && !comparisons.Has(lw) && !articleWords.Has(lw) && !auxiliaries.Has(lw) && !timeEdges.Has(lw) && !unitModifiers.Has(lw)
}

// withoutDistance is ws cut before ws[i], and without the measure that
// ends it when ws[i] is "from" ("found in a tunnel about 300 feet" |
// "from where the blast began"): a number, in figures or words, a word
// for its unit, and the words that bound it ("about", "some"), which tell
// nothing without what they were counted from; "a" or "an" is the number
// of a unit of distance ("about a mile"). At least four words stay.
func withoutDistance(ws []string, i int) []string {
	if i < 0 || i >= len(ws) {
		return ws
	}
	out := ws[:i]
	if i < 3 {
		return out
	}
	unit := out[i-1]
	// A measure of time counted from what the cut drops ("failed about
	// 31 seconds" | "into the flight", "warned his superiors months" |
	// "before the collapse") tells as little as a distance without its
	// "from".
	elapsed := inSet(measureUnits, unit) && inSet(countedFrom, ws[i])
	if !strings.EqualFold(ws[i], "from") && !elapsed {
		return out
	}
	if !isLower(unit) || strings.ContainsAny(unit, ",;:") || inSet(determiners, unit) || inSet(prepositions, unit) {
		return out
	}
	j := i - 1
	for j > 0 && (isNumber(out[j-1]) || inSet(measureNumbers, out[j-1]) && !inSet(articleWords, out[j-1]) && !strings.EqualFold(out[j-1], "of")) {
		j--
	}
	if j == i-1 && elapsed && strings.HasSuffix(unit, "s") && j >= 4 {
		// ("months" alone: a count of its own.)
		out = slices.Clone(out[:j])
		out[j-1] = strings.TrimRight(out[j-1], ",")
		return out
	}
	if j == i-1 && j > 0 && inSet(distanceUnits, unit) && (strings.EqualFold(out[j-1], "a") || strings.EqualFold(out[j-1], "an")) {
		// ("about a mile", "half a mile": the article is the unit's
		// number.)
		j--
		if j > 0 && inSet(distanceFractions, out[j-1]) {
			j--
		}
	}
	if j == i-1 {
		return out
	}
	for j > 0 && inSet(approximators, out[j-1]) {
		j--
	}
	if j < 4 {
		return out
	}
	out = slices.Clone(out[:j])
	out[j-1] = strings.TrimRight(out[j-1], ",")
	return out
}

// measureAfter reports whether s opens with a measure of time counted
// from a happening: "a few months before his death", "two days after the
// vote" (measure-numbers, measure-units, then "before" or "after").
func measureAfter(s string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	i := 0
	for i < len(ws) && (inSet(measureNumbers, ws[i]) || isNumber(ws[i]) || strings.EqualFold(ws[i], "a")) {
		i++
	}
	if i == 0 || i+1 >= len(ws) || !inSet(measureUnits, ws[i]) {
		return false
	}
	w := strings.ToLower(ws[i+1])
	return w == "before" || w == "after"
}

// isNumber reports whether w is written in figures: "5", "1,500".
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// rangeAfter reports whether post goes on with the other end of a range
// ("and 1998", "to Thursday"): a word of a range, then a figure or a name.
func rangeAfter(post string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, post)
	if len(ws) < 2 {
		return false
	}
	if w := strings.ToLower(ws[0]); w != "and" && !rangeWords.Has(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	if unicode.IsDigit(r) && len(ws) > 2 && countedAfter(ws[2]) {
		// "sentenced on Thursday to 11 years", "rose on Monday to 40
		// percent": the figure counts the noun after it, no time's end.
		return false
	}
	return unicode.IsDigit(r) || unicode.IsUpper(r)
}

// figureRange reports whether the time x ends on a bare figure that post
// carries on as a range of counts ("today to 18" | "to 36 years": the
// tagger's day 18 is the first count of "18 to 36 years"): taken out, the
// time would take half the range with it ("sentenced to 36 years"), so it
// stays.
func figureRange(x, post string) bool {
	xs, ws := strings.Fields(x), strings.Fields(post)
	if len(xs) < 2 || len(ws) < 2 || !isNumber(xs[len(xs)-1]) || !inSet(rangeWords, xs[len(xs)-2]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	return (inSet(rangeWords, ws[0]) || strings.EqualFold(ws[0], "and")) && unicode.IsDigit(r)
}

// countedAfter reports whether w, after a figure, is a noun the figure
// counts ("11 years", "40 percent"): a word in lower case of letters only,
// no preposition, conjunction, determiner or word a title cannot end on
// ("5 in Paris", "3 this year" end ranges).
func countedAfter(w string) bool {
	lw := strings.ToLower(strings.TrimRight(w, ",.;:"))
	return len(lw) > 2 && isLower(w) && !strings.ContainsFunc(lw, func(r rune) bool { return !unicode.IsLetter(r) }) &&
		!prepositions.Has(lw) && !titleConjunctions.Has(lw) && !determiners.Has(lw) && !danglingWords.Has(lw)
}

// possessiveAt reports whether text has "'s" at i: "Tuesday's fire" is a
// noun the time names, not a time to drop.
func possessiveAt(text string, i int) bool {
	return strings.HasPrefix(text[i:], "'s") || strings.HasPrefix(text[i:], "’s")
}

// keepsTime reports whether a title that ends in w before a time expression
// keeps it: w would dangle without it (see danglingWords), as a preposition
// would ("save euro30 billion through 2012"), or a verb whose object it is
// ("spent Saturday clearing"). "Of" may go with
// the time: "broke out in the early hours" reads whole.
func keepsTime(w string) bool {
	return w != "of" && (danglingWords.Has(w) || prepositions.Has(w) || timeObjects.Has(w))
}

// timeOnlyPredicate reports whether the words ws, before a time that ends
// its clause (post is empty or opens on a mark: ", when ...", ", the
// council said"), end on a predicate that tells of nothing but that time:
// a verb of coming to pass ("The last strike at the plant came", "The
// blast happened"; data/words.txt time-predicates), "take place", a form
// of "be" and a word that tells only when ("The report is expected", "was
// scheduled"; time-states), or a verb after "last" ("The bridge was last
// inspected", "Ruiz last played"), which counts back from now to the time.
// Without its time such a clause says nothing, and the time stays when it
// is written as a date (calendarTime: "came in 2019", not "is expected
// next week"). A verb
// that tells more ("The strike began", "was first elected") is whole; a
// predicate in a subordinate or relative clause ("when the blast
// happened") is left to the rules of those clauses.
func timeOnlyPredicate(ws []string, post string) bool {
	if p := strings.TrimLeft(post, " "); p != "" && !strings.ContainsAny(p[:1], ",;:.!?\"”’)") || strings.HasPrefix(p, ",") && measureAfter(p[1:]) {
		// ("came in 2011, a few months before his death": the measure
		// counted from the time tells when without it.)
		return false
	}
	n := len(ws)
	if n < 2 {
		return false
	}
	last := ws[n-1]
	if !isLower(last) || strings.ContainsAny(last, ",;:\"“”()") || strings.ContainsAny(ws[n-2], ",;:\"“”()") {
		return false
	}
	for _, w := range ws[max(0, n-5) : n-1] {
		if lw := strings.ToLower(w); subordinators.Has(lw) || relativeOpeners.Has(lw) || lw == "that" {
			// "... when the incident occurred on Thursday": the time
			// dates a subordinate clause, which other rules weigh.
			return false
		}
	}
	prev := strings.ToLower(ws[n-2])
	switch {
	case timePredicates.Has(last):
		return true
	case last == "place":
		return placeVerbs.Has(prev)
	case timeStates.Has(last):
		return beForms.Has(prev)
	case spanVerbs.Has(last):
		// "The show will run", "The men will next appear", "The panel is
		// due to report": after a modal or "to", with an adverb of
		// sequence between at most.
		m := n - 2
		if strings.HasSuffix(prev, "ly") || spanAdverbs.Has(prev) {
			m--
		}
		// (Not a second predicate after "and": "is taking evidence
		// until March and will report" is left to the other rules, as
		// modalDeadline leaves it.)
		if m < 1 || inSet(titleConjunctions, ws[m-1]) {
			return false
		}
		prev = strings.ToLower(ws[m])
		return modalAuxiliaries.Has(prev) || prev == "to"
	case prev == "last":
		return n >= 3 && !inSet(determiners, ws[n-3]) && !inSet(articleWords, ws[n-3]) &&
			(strings.HasSuffix(last, "ed") || pastOpeners.Has(last) || verbForms.Has(last))
	}
	return false
}

// relativeVerbOnly reports whether the words ws, before a time or a cut
// that ends its clause (post is empty or opens on a mark), end on a
// relative pronoun that is its verb's subject and that verb alone ("a
// ballot that opens", "which ran"): such a clause tells its noun by
// nothing but what went. (After a verb or a preposition "that" opens what was said or is a
// pronoun of its own: "said that rose".)
func relativeVerbOnly(ws []string, post string, present bool) bool {
	if p := strings.TrimLeft(post, " "); p != "" && !strings.ContainsAny(p[:1], ",;:.!?\"”’)") {
		return false
	}
	n := len(ws)
	if n < 2 || !isLower(ws[n-1]) || strings.ContainsAny(ws[n-1], ",;:\"“”()") || !clauseSubjectRel.Has(strings.ToLower(ws[n-2])) || inSet(auxiliaries, ws[n-1]) {
		return false
	}
	// (With present true, a word in "-s" is the verb in the present:
	// the caller has read it as one, "that opens and closes at noon".)
	if v := strings.ToLower(ws[n-1]); !verbAt(ws, n-1) && !pastVerb(v) && !(present && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && bareVerbWord(v) && !pluralNoun(v)) {
		return false
	}
	return n == 2 || !strings.ContainsAny(ws[n-3], ",;:\"“”()") && !verbAt(ws, n-3) && !inSet(prepositions, ws[n-3]) && !inSet(auxiliaries, ws[n-3])
}

// pairedPresent reports whether v, a word in "-s", and the first of the
// words after the "and" that follows it are two verbs in the present,
// the second taking a phrase of its own ("opens | and closes at noon"):
// the word after the second opens a phrase (a preposition, an article, a
// determiner or a figure), as after a verb, not after a noun's subject
// ("members and staff approved").
func pairedPresent(v string, after []string) bool {
	w, next := strings.ToLower(after[0]), strings.ToLower(after[1])
	return isLower(v) && isLower(w) && strings.HasSuffix(v, "s") && strings.HasSuffix(w, "s") && !pluralNoun(w) &&
		(prepositions.Has(next) || articleWords.Has(next) || determiners.Has(next) || isNumber(next))
}

// weekdayNames are the days of the week (timex's lexicon), lower-case.
var weekdayNames = wordSet("weekday-names")

// calendarTime reports whether tx reads the same on any day: a figure in it
// ("in 2019", "on March 4") or a month or a year by name ("in October"), no
// word relative to the day of writing ("next month", "on Monday"), which a
// title does not keep.
func calendarTime(tx timex.Timex) bool {
	if relativeTimeAt(strings.Fields(tx.Text)) >= 0 {
		return false
	}
	return strings.ContainsAny(tx.Text, "0123456789") || tx.Val.Grain != timex.GrainNone && tx.Val.Grain <= timex.GrainMonth
}

// subordinateSegment reports whether the clause that starts at i in text
// is a subordinate one: the word before it is a subordinating word ("...
// readied the sites when | the incident occurred").
func subordinateSegment(text string, i int) bool {
	var beforeRoom fieldRoom
	before := fieldsIn(&beforeRoom, text[max(0, i-24):i])
	return len(before) > 0 && inSet(subordinators, strings.Trim(before[len(before)-1], ",;:"))
}

// pronounBeforeVerb reports whether pre's words ws end with a relative
// pronoun and post, after a time between them, opens with that pronoun's
// verb ("the Democrat who on Tuesday called for a vote"): the pronoun
// needs its verb, not the time, which goes.
func pronounBeforeVerb(ws []string, post string) bool {
	var qRoom fieldRoom
	q := fieldsIn(&qRoom, post)
	if len(ws) == 0 || len(q) == 0 || !isLower(q[0]) || strings.ContainsAny(post[:strings.Index(post, q[0])], ",;:") {
		return false
	}
	w := strings.ToLower(ws[len(ws)-1])
	return (w == "who" || w == "which") && verbAt(append(slices.Clip(ws), q...), len(ws))
}

// particleBefore reports whether the last of ws, before a time whose own
// preposition went with it, is a verb's particle ("was sworn in on
// Thursday", "moved back on Monday"): after a verb by its form, two
// prepositions in a row, the first with no object, so the verb is whole
// without the time.
func particleBefore(ws []string) bool {
	n := len(ws)
	if n < 2 {
		return false
	}
	w, prev := strings.ToLower(ws[n-1]), ws[n-2]
	return (w == "in" || w == "on" || particles.Has(w)) && isLower(prev) && (strings.HasSuffix(prev, "ed") || verbForms.Has(prev))
}

// dayRelative reports whether tx is a day written relative to the day of
// writing, with no figure in it ("yesterday", "on Thursday").
func dayRelative(tx timex.Timex) bool {
	return tx.Type == "DATE" && tx.Val.Grain == timex.GrainDay && !strings.ContainsAny(tx.Text, "0123456789")
}

// complementParticle reports whether ws, the words before a time that
// had a preposition of its own, end with a particle after a noun, told of
// the verb's object ("declared the outbreak over", "called the strike
// off" on Tuesday): the particle completes the clause without the time.
func complementParticle(ws []string) bool {
	n := len(ws)
	if n < 4 {
		return false
	}
	w, prev := strings.ToLower(ws[n-1]), strings.ToLower(ws[n-2])
	return particles.Has(w) && isLower(ws[n-1]) && isLower(ws[n-2]) && !strings.ContainsAny(ws[n-2], ",;:\"“”") &&
		!prepositions.Has(prev) && !determiners.Has(prev) && !titleConjunctions.Has(prev) && !auxiliaries.Has(prev) && !subjectPronouns.Has(prev) && !verbAt(ws, n-2)
}

// forDayAfterNoun reports whether ws, the words before a time of a day
// written relative to the day of writing (no figure in it: "tomorrow",
// "Friday"), end with "for" after a noun ("all sailings for tomorrow"),
// not after a participle or verb that the day completes ("set for
// Friday", "waited for Monday").
func forDayAfterNoun(ws []string, tx timex.Timex) bool {
	n := len(ws)
	if n < 4 || !strings.EqualFold(ws[n-1], "for") || !dayRelative(tx) {
		return false
	}
	prev := strings.ToLower(ws[n-2])
	return isLower(ws[n-2]) && !strings.ContainsAny(ws[n-2], ",;:\"“”") && !strings.HasSuffix(prev, "ed") && !verbForms.Has(prev) && !pastOpeners.Has(prev) &&
		!prepositions.Has(prev) && !determiners.Has(prev) && !auxiliaries.Has(prev) && !subjectPronouns.Has(prev) && !timeObjects.Has(prev) && !noVerb(ws[:n-2]) &&
		(!verbAt(ws, n-2) || countedNoun(ws[:n-1]))
}

// countedNoun reports whether ws end on a noun after a determiner, a
// quantifier or a figure and at most two words in lower case ("all
// sailings", "12 bus routes"): a plural in "-s" there is no verb.
func countedNoun(ws []string) bool {
	for j := len(ws) - 2; j >= max(0, len(ws)-4); j-- {
		w := strings.ToLower(ws[j])
		if determiners.Has(w) || quantifiers.Has(w) || isNumber(w) {
			return true
		}
		if !isLower(ws[j]) || strings.ContainsAny(ws[j], ",;:") || prepositions.Has(w) || auxiliaries.Has(w) || strings.HasSuffix(w, "ed") || verbForms.Has(w) {
			return false
		}
	}
	return false
}

// orTimeAfter reports whether post goes on with another time the first
// was one choice of ("late on Sunday or early Monday", "Monday or
// Tuesday", "May 3 or 4"): without the first, the second is half a phrase.
func orTimeAfter(post string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, post)
	if len(ws) >= 3 && strings.EqualFold(ws[0], "and") && inSet(titlePrepositions, ws[1]) {
		// "died on Monday and on Tuesday respectively": a second time,
		// its own preposition and all, joined to the first.
		ws = ws[1:]
	} else if len(ws) < 2 || !strings.EqualFold(ws[0], "or") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	return inSet(timeEdges, ws[1]) || unicode.IsDigit(r) || unicode.IsUpper(r)
}

// bareVerbBeforeSecond reports whether the words pre, before a time and
// its preposition, end on a bare verb after "to" or a modal, and the
// time is followed by "and" and a second bare verb of the same subject
// ("is due to open | in late June | and run for three months",
// "would resume | in October | and last two weeks"). In news English
// the time is then all that completes the first verb: taken out, the two
// verbs run together ("to open and run") and the first tells nothing;
// the time stays when it is written as a date (calendarTime: "in late
// June", not "on Monday", which a title does not keep). (A verb in the
// past, "opened in 1998 and employs", is whole without it.)
func bareVerbBeforeSecond(pre []string, post string) bool {
	n := len(pre)
	if n < 3 {
		return false
	}
	last, prev := pre[n-1], strings.ToLower(pre[n-2])
	if !isLower(last) || strings.ContainsAny(last, ",;:\"“”()") || auxiliaries.Has(last) || prev != "to" && !modalAuxiliaries.Has(prev) {
		return false
	}
	p, ok := strings.CutPrefix(strings.TrimLeft(post, " "), "and ")
	if !ok {
		return false
	}
	x := firstWord(p)
	return bareVerbWord(x) && bareVerbWord(last)
}

// shortPastBeforeSecond reports whether the words pre, before a time and
// its preposition, are a short subject (one or two words) and a verb in
// the past with no auxiliary, and the time is followed by "and" and a
// second verb in the past ("Work began | May 3 | and finished July 7",
// "Voting opened | on Nov. 2 | and closed"). In news English the two
// predicates of one subject, each with a time of its own, tell two
// happenings; taken out, the first time would run the verbs together
// ("Work began and finished July 7") and the first alone is too short a
// title, so the time stays when it is written as a date (calendarTime).
// (Not "Smith and Jones were charged": no verb ends pre.)
func shortPastBeforeSecond(pre []string, post string) bool {
	n := len(pre)
	if n < 2 || n > 3 {
		return false
	}
	past := func(w string) bool {
		return isLower(w) && !strings.ContainsAny(w, ",;:\"“”()") && (pastOpeners.Has(w) || verbForms.Has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") && !clauseEdWords.Has(w))
	}
	for _, w := range pre[:n-1] {
		if lw := strings.ToLower(w); strings.ContainsAny(w, ",;:\"“”()") || past(lw) || auxiliaries.Has(lw) || modalAuxiliaries.Has(lw) || subjectPronouns.Has(lw) || prepositions.Has(lw) {
			return false
		}
	}
	p, ok := strings.CutPrefix(strings.TrimLeft(post, " "), "and ")
	return ok && past(pre[n-1]) && past(firstWord(p))
}

// secondClauseAfter reports whether post, the words after a time taken
// out of a clause whose words before it are pre, opens a second clause
// with a subject of its own: ", and" or "and" (or "but") before a subject
// (a determiner, a name, a figure or a pronoun, at most five words with no
// mark) and its verb, or a semicolon before a clause with a verb. pre must
// hold a verb of its own: a first clause whole without the second.
func secondClauseAfter(pre, post string) bool {
	if !firstClauseWhole(pre) {
		return false
	}
	rest, semi := strings.CutPrefix(post, ";")
	if !semi {
		p := strings.TrimLeft(strings.TrimPrefix(post, ","), " ")
		w := firstWord(p)
		if w != "and" && w != "but" {
			return false
		}
		rest = p[len(w):]
	}
	var room fieldRoom
	ws := fieldsIn(&room, rest)
	if len(ws) < 3 {
		return false
	}
	if semi {
		return !noVerb(ws[:min(len(ws), 8)])
	}
	first := strings.ToLower(ws[0])
	if !articleWords.Has(first) && !determiners.Has(first) && !possessivePronouns.Has(first) && !subjectPronouns.Has(first) && !capitalized(ws[0]) && !isNumber(first) {
		return false
	}
	for k := 1; k < len(ws) && k <= 5; k++ {
		if strings.ContainsAny(ws[k-1], ",;:\"“”()") {
			return false
		}
		if isLower(ws[k]) && (inSet(auxiliaries, ws[k]) || verbAt(ws, k) && !prepositions.Has(strings.ToLower(ws[k]))) {
			return true
		}
	}
	return false
}

// outerPredicateAfter reports whether post, the words after a time taken
// out of a clause whose words before it are pre, go on with a comma and a
// finite verb with no subject (", told council members", ", contained a
// crack"): pre is a whole clause, its subject and its verb, set in
// an aside of another ("the firm hired after the bridge was shut on March
// 8, told ..."), and the verb after the comma is the outer clause's, whose
// subject the title does not hold. The title ends with pre's clause. (",
// and is in dry dock" goes on telling pre's subject, and stays.)
func outerPredicateAfter(pre, post string) bool {
	if !firstClauseWhole(pre) || strings.Contains(pre, ",") {
		// ("Kinross, the accountants appointed last week, said": an
		// apposition's participle, no clause of its own.)
		return false
	}
	p, ok := strings.CutPrefix(post, ", ")
	if !ok {
		return false
	}
	if strings.Contains(p, " and ") {
		// ("arrived on Monday, met the minister and left": a list of
		// the subject's predicates, told whole.)
		return false
	}
	var room fieldRoom
	ws := fieldsIn(&room, p)
	if len(ws) < 2 || !isLower(ws[0]) || strings.ContainsAny(ws[0], ",;:\"“”()") {
		return false
	}
	w := strings.ToLower(ws[0])
	if reportingVerbs.Has(w) && !slices.ContainsFunc(ws[1:min(len(ws), 6)], func(x string) bool { return strings.EqualFold(x, "that") }) || inSet(byOf, ws[1]) {
		// ("was brought out on Friday, said Sgt. Lee": the teller, set
		// after, who tells no "that" clause; "goes on trial on Monday,
		// accused of fraud": a participle's phrase on the subject.)
		return false
	}
	// (A verb in "-ed" before an object is finite: ", contained a
	// crack".)
	return auxiliaries.Has(w) || pastVerb(w) && !strings.HasSuffix(w, "ing") || len(w) > 3 && strings.HasSuffix(w, "ed") && (inSet(articleWords, ws[1]) || inSet(determiners, ws[1]))
}

// firstClauseWhole reports whether pre, the words of a clause before its
// time, hold a subject and a verb of their own: no opening preposition or
// subordinator, a first word that may open a subject, and a verb.
func firstClauseWhole(pre string) bool {
	var preRoom fieldRoom
	pws := fieldsIn(&preRoom, pre)
	if len(pws) < 2 || noVerb(pws) || strings.ContainsAny(pre, "\"“”") {
		return false
	}
	first := strings.ToLower(pws[0])
	// ("according to a report released on Monday, and ...": no clause of
	// its own opens on a preposition or a subordinator.)
	return !prepositions.Has(first) && !subordinators.Has(first) && (!isLower(pws[0]) || articleWords.Has(first) || determiners.Has(first) || possessivePronouns.Has(first) || subjectPronouns.Has(first))
}

// bareVerbWord reports whether w may be a verb's bare form: a word in
// lower case with no mark, no "-ed", "-ing" nor "-ly", that is no function
// word, pronoun, figure or adverb of comma-adverbs.
func bareVerbWord(w string) bool {
	return w != "" && isLower(w) && !strings.ContainsAny(w, ",;:.\"“”()0123456789$") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") &&
		!auxiliaries.Has(w) && !articleWords.Has(w) && !determiners.Has(w) && !prepositions.Has(w) && !pronouns.Has(w) && !possessivePronouns.Has(w) && !commaAdverbs.Has(w) && !titleConjunctions.Has(w) && !subordinators.Has(w) && !negations.Has(w)
}

// againPaired reports whether post, what follows a time, opens on "and
// again" and a preposition ("in 2015 | and again in 2021"), an aside set
// off by commas between them or not ("and again, less badly, in 2012"):
// the time is one of a pair, and taken out it would leave "and again"
// with nothing to repeat; it stays.
func againPaired(post string) bool {
	p := strings.TrimPrefix(strings.TrimLeft(post, " "), ", ")
	rest, ok := strings.CutPrefix(p, "and again")
	if aside, ok2 := strings.CutPrefix(rest, ", "); ok && ok2 {
		// (An aside of a few words, closed by its comma.)
		if j := strings.Index(aside, ", "); j > 0 && fieldCount(aside[:j]) <= 6 && !strings.ContainsAny(aside[:j], ";:\"“”()") {
			rest = " " + aside[j+2:]
		}
	}
	return ok && strings.HasPrefix(rest, " ") && inSet(prepositions, firstWord(strings.TrimLeft(rest, " ")))
}

// endsOnlyTimed reports whether the words pre, before a time that ends
// its clause (post is empty or punctuation), would end the title with a
// verb that told of nothing but that time: a relative clause's verb ("in a
// ballot that closes on Nov. 9") or a noun's participle ("in a video
// posted on Thursday night"). The main verb of the clause ("The fire was
// contained on Friday") is complete without it.
func endsOnlyTimed(pre []string, post string) bool {
	if strings.Trim(post, " .,;:!?\"”’'") != "" || len(pre) < 4 {
		return false
	}
	n := len(pre)
	last, prev := pre[n-1], strings.ToLower(pre[n-2])
	if !isLower(last) || strings.ContainsAny(last, ",;:") || strings.ContainsAny(pre[n-2], ",;:") {
		return false
	}
	if prev == "that" && !inSet(prepositions, pre[n-3]) || relativeOpeners.Has(prev) {
		return true // "a ballot that closes" (not "over that incident")
	}
	if !strings.HasSuffix(last, "ed") || reportingVerbs.Has(last) || announcingVerbs.Has(last) ||
		auxiliaries.Has(prev) || subjectPronouns.Has(prev) || titleConjunctions.Has(prev) || negations.Has(prev) || !isLower(pre[n-2]) {
		return false
	}
	// A noun's participle: the noun is a preposition's object ("in a
	// video posted", "of ballots cast"); after a subordinating word it is
	// a subject and its verb ("when the incident occurred").
	if d := strings.ToLower(pre[n-3]); !prepositions.Has(d) && (!determiners.Has(d) || n < 5 || !inSet(prepositions, pre[n-4])) {
		return false
	}
	return !noVerb(pre[:n-1]) // "apologized in a video posted"
}

// relativeOnlyTimed reports whether the words pre, before a time that
// ends its clause (post is empty, punctuation, or a comma and what follows
// it: ", the union said"), end with a relative clause in the past that
// holds nothing but its verb ("in a vote that ended", "at a meeting that
// took place", "in a ballot which was held"), on a noun a preposition
// leads: without the time the clause would tell nothing, and the time
// stays, as endsOnlyTimed keeps it at a sentence's end.
func relativeOnlyTimed(pre []string, post string) bool {
	if p := strings.TrimLeft(post, " "); strings.Trim(p, " .;:!?\"”’'") != "" && !strings.HasPrefix(p, ",") {
		return false
	}
	n := len(pre)
	for r := n - 2; r >= max(4, n-3); r-- {
		w := strings.ToLower(pre[r])
		if w != "that" && w != "which" {
			continue
		}
		v := pre[r+1:]
		for _, x := range v {
			if !isLower(x) || strings.ContainsAny(x, ",;:") {
				return false
			}
		}
		past := func(w string) bool {
			w = strings.ToLower(w)
			return strings.HasSuffix(w, "ed") && !auxiliaries.Has(w) || pastOpeners.Has(w) || verbForms.Has(w) && !auxiliaries.Has(w)
		}
		switch {
		case len(v) == 1 && past(v[0]):
		case len(v) == 2 && (v[0] == "was" || v[0] == "were") && past(v[1]):
		case len(v) == 2 && past(v[0]) && !prepositions.Has(v[1]) && !determiners.Has(v[1]) && !particles.Has(v[1]) && !strings.HasSuffix(v[1], "ed"):
			// "took place": a verb and its noun.
		default:
			return false
		}
		noun := pre[r-1]
		if !isLower(noun) || strings.ContainsAny(noun, ",;:\"“”") || verbAt(pre, r-1) || inSet(prepositions, noun) || inSet(determiners, noun) {
			return false
		}
		for j := r - 2; j >= max(0, r-4); j-- {
			if strings.ContainsAny(pre[j], ",;:") {
				break
			}
			if inSet(prepositions, pre[j]) {
				return true
			}
		}
		return false
	}
	return false
}

// deadline reports whether pre, before a time, ends with "by" after a
// verb's infinitive a few words back: "asked the firm to answer by Dec.
// 15", "agreed to repay the loan by June". The time is the deadline of what
// is to be done, not when the clause's verb happened; it stays, or the
// title would tell that the asking was on Dec. 15.
func deadline(pre string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	n := len(ws)
	if n < 3 || !strings.EqualFold(ws[n-1], "by") {
		return false
	}
	for j := n - 2; j >= max(0, n-7); j-- {
		if strings.ContainsAny(ws[j], ",;:") {
			return false
		}
		if w := strings.ToLower(ws[j+1]); j+1 < n-1 && strings.EqualFold(ws[j], "to") && isLower(ws[j+1]) && !determiners.Has(w) && !prepositions.Has(w) && !measureNumbers.Has(w) && !possessivePronouns.Has(w) {
			return true
		}
	}
	return false
}

// modalDeadline reports whether pre, before a time, ends with "by" right
// after a predicate a modal leads, alone or after "be" ("The inquiry will
// report by", "the repairs would be finished by", "should be open by"),
// the modal's subject right before it and the time ending the clause
// (post is empty, a mark, or a comma and what follows it: ", the minister
// said"). In news English such a time is the deadline the predicate is to
// be met by, and a predicate with no object tells nothing without it
// ("The inquiry will report"); the time stays, as it does after an
// infinitive (deadline), when it reads the same on any day (the caller).
// Not a verb with its object before "by" ("must adopt a budget by June
// 30"), which tells its act whole; nor one whose object a relative word
// before its subject stands for ("which the board must adopt by June
// 30"), nor a modal after "and" ("is taking submissions and will report
// by"), whose subject is a clause's away.
func modalDeadline(pre, post string) bool {
	if p := strings.TrimLeft(post, " "); strings.Trim(p, " .;:!?\"”’'") != "" && !strings.HasPrefix(p, ",") {
		return false
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	n := len(ws)
	if n < 4 || !strings.EqualFold(ws[n-1], "by") {
		return false
	}
	v := ws[n-2]
	if !isLower(v) || strings.ContainsAny(v, ",;:\"“”()") || inSet(auxiliaries, v) || inSet(prepositions, v) || inSet(particles, v) {
		return false
	}
	j := n - 3
	if strings.EqualFold(ws[j], "be") && j > 0 {
		j--
	}
	if j < 1 || !inSet(modalAuxiliaries, ws[j]) || inSet(titleConjunctions, ws[j-1]) || strings.ContainsAny(ws[j-1], ",;:") {
		return false
	}
	for i := j - 2; i >= 0 && !strings.ContainsAny(ws[i], ",;:"); i-- {
		if w := strings.ToLower(ws[i]); w == "which" || w == "whom" {
			return false
		}
	}
	return true
}

// deniedUntil reports whether pre, before a time, ends with "until" (or a
// word of its kind) after a negation of its clause: "were not told until
// Jan. 26" without its time would tell they were never told. The time
// stays.
func deniedUntil(pre string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	n := len(ws)
	if n < 3 || !inSet(untilWords, ws[n-1]) {
		return false
	}
	for j := n - 2; j >= max(0, n-8); j-- {
		w := strings.ToLower(strings.TrimRight(ws[j], ",;:"))
		if negations.Has(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if strings.ContainsAny(ws[j], ",;:") {
			return false
		}
	}
	return false
}

// timedParticiple reports whether pre, before a time, ends with a noun's
// participle that the time dates, and post goes on with the verb of that
// noun: "A search warrant affidavit unsealed on Monday showed ...", "a
// video posted on Thursday shows ...". Without the time the participle
// would read as the verb and the verb after it as a second ("An affidavit
// unsealed showed"); it stays.
func timedParticiple(pre, post string) bool {
	p, q := strings.Fields(pre), strings.Fields(post)
	n := len(p)
	if len(q) < 2 || !isLower(q[0]) || !nounParticipleEnd(pre, false) {
		return false
	}
	ws := append(slices.Clip(p), q...)
	return verbAt(ws, n) && !strings.HasSuffix(q[0], "ing") && !inSet(prepositions, q[0]) && noVerb(p[:n-1])
}

// nounParticipleEnd reports whether pre ends with a noun and its
// participle ("a search warrant affidavit unsealed", "in a video posted"),
// not a verb after its subject or auxiliary ("he was charged"). Irregular
// adds the past forms that open a clause ("a letter sent").
func nounParticipleEnd(pre string, irregular bool) bool {
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, pre)
	n := len(p)
	if n < 3 || strings.ContainsAny(pre, ",;:") {
		return false
	}
	last, prev := p[n-1], strings.ToLower(p[n-2])
	if !isLower(last) || !strings.HasSuffix(last, "ed") && !verbForms.Has(last) && !(irregular && pastOpeners.Has(last)) {
		return false
	}
	return !(auxiliaries.Has(prev) || subjectPronouns.Has(prev) || negations.Has(prev) || prepositions.Has(prev) || determiners.Has(prev) || relativeOpeners.Has(prev) || strings.HasSuffix(prev, "ly") || verbAt(p, n-2))
}

// setStart reports whether pre ends on "to", a verb of starting and the
// preposition of the time after it ("scheduled the trial to start on"):
// the time is the start that was set, and stays when it is written as a
// date (a figure in it: "on April 16"; "on Wednesday" would be a relative
// time in a title, and goes).
func setStart(pre string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	n := len(ws)
	return n >= 3 && inSet(prepositions, ws[n-1]) && inSet(setStarts, ws[n-2]) && strings.EqualFold(ws[n-3], "to")
}

// withoutHedge returns pre without the hedge that ends it, set off by a
// comma or not ("had drowned, most likely" late Sunday; time-hedges,
// data), when the time after it, which the hedge told of, ends the
// sentence and goes.
func withoutHedge(pre string) string {
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, pre)
	n := len(p)
	if n < 3 || !isLower(p[n-1]) || !timeHedges.Has(p[n-1]) {
		return pre
	}
	n--
	if w := p[n-1]; w == "most" || w == "more" {
		n--
	}
	if n < 2 {
		return pre
	}
	return strings.TrimSuffix(strings.Join(p[:n], " "), ",") + " "
}

// appositionParticiple returns the title of an aside set off by commas
// after a clause's subject whose participle the time right after it dates,
// the clause's verb coming after the aside's closing comma: "Kowalczyk, 58,
// a Democrat first elected to the Senate in 1998, chairs ..." is
// "Kowalczyk was first elected to the Senate" (the aside is "a" or "an", a
// noun and the participle, perhaps after an adverb of participle-adverbs
// or in "-ly": it tells of the subject); "The fine, part of a consent order
// signed Thursday, is ..." is "A consent order was signed" (the participle
// tells of the noun "of" and an article open). Else "".
func appositionParticiple(pre, post string) string {
	if !strings.HasPrefix(strings.TrimLeft(post, " "), ",") {
		return ""
	}
	var restRoom fieldRoom
	rest := fieldsIn(&restRoom, strings.TrimPrefix(strings.TrimLeft(post, " "), ","))
	if len(rest) == 0 || !isLower(rest[0]) {
		return ""
	}
	// The clause's verb after the aside ("chairs", "is", "will close").
	if v := strings.ToLower(rest[0]); !verbAt(rest, 0) && !auxiliaries.Has(v) && !(strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !prepositions.Has(v) && !determiners.Has(v) && !titleConjunctions.Has(v)) {
		return ""
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	n := len(ws)
	if n >= 1 && inSet(prepositions, ws[n-1]) {
		n-- // the time's own preposition
	}
	c := -1 // the comma that opens the aside
	for k := n - 2; k >= 0; k-- {
		if strings.ContainsAny(ws[k], ";:\"“”()") {
			return ""
		}
		if strings.HasSuffix(ws[k], ",") {
			c = k
			break
		}
	}
	if c < 0 || n-c-1 < 3 || n-c-1 > 12 || !capitalized(ws[0]) {
		return ""
	}
	e := 0 // the subject's last word, before its own comma ("Kowalczyk, 58,")
	for e < c && !strings.HasSuffix(ws[e], ",") {
		e++
	}
	if e > 5 || e < c && !(e+1 == c && isNumber(strings.TrimSuffix(ws[c], ","))) || !noVerb(ws[:e+1]) {
		return ""
	}
	subj := strings.TrimSuffix(strings.Join(ws[:e+1], " "), ",")
	ap := ws[c+1 : n]
	pi := -1
	for k, w := range ap {
		lw := strings.ToLower(w)
		if !isLower(w) || strings.HasSuffix(w, ",") {
			continue
		}
		if (strings.HasSuffix(lw, "ed") && len(lw) > 4 || verbForms.Has(lw)) && !auxiliaries.Has(lw) && !reportingVerbs.Has(lw) {
			pi = k
			break
		}
		if verbAt(ap, k) {
			return ""
		}
	}
	if pi < 2 {
		return ""
	}
	be := func(noun string) string {
		// The noun's last word ("The workers", "the children") or two
		// joined by "and" ("Ana Ruiz and Tom Berg") is a plural.
		nw := strings.Fields(noun)
		last := nw[len(nw)-1]
		if isLower(last) && (pluralNouns.Has(last) || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")) || slices.Contains(nw, "and") {
			return " were "
		}
		return " was "
	}
	a0 := strings.ToLower(ap[0])
	if indefiniteArticles.Has(a0) && (pi == 2 || pi == 3 && (inSet(participleAdverbs, ap[2]) || strings.HasSuffix(ap[2], "ly"))) {
		return capitalize(subj + be(subj) + strings.Join(ap[2:], " "))
	}
	for o := 1; o+2 < pi; o++ {
		if !strings.EqualFold(ap[o], "of") || !inSet(articleWords, ap[o+1]) {
			continue
		}
		for k := o + 2; k < pi; k++ {
			if !isLower(ap[k]) || inSet(prepositions, ap[k]) || inSet(determiners, ap[k]) {
				return ""
			}
		}
		return capitalize(strings.Join(ap[o+1:pi], " ") + be(ap[pi-1]) + strings.Join(ap[pi:], " "))
	}
	return ""
}

// objectParticipleEnd reports whether pre ends on a participle that tells
// of the noun before it, the object of a verb or a preposition, and the
// time after it ends the sentence ("had not heard the warning issued on
// Thursday.", "ignored the closure notice posted on Friday."): the
// participle goes with its time, where alone it would dangle. (Not after a
// verb of saying or "whether": "said the fire started on Monday" is a
// clause.)
func objectParticipleEnd(pre, post string) bool {
	if strings.Trim(post, " .!?\"”’") != "" || !nounParticipleEnd(pre, true) {
		return false
	}
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, pre)
	n := len(p)
	if last := p[n-1]; len(last) <= 5 && strings.HasSuffix(last, "eed") && !verbForms.Has(last) && !pastOpeners.Has(last) {
		return false // a noun in "-eed": "beat the top seed"
	}
	for d := n - 3; d >= max(1, n-4); d-- {
		if !inSet(determiners, p[d]) && !inSet(articleWords, p[d]) {
			if !isLower(p[d]) {
				return false
			}
			continue
		}
		v := strings.ToLower(p[d-1])
		if strings.ContainsAny(p[d-1], ",;:") || reportingVerbs.Has(v) || announcingVerbs.Has(v) || clauseVerbs.Has(v) || bareClauseVerbs.Has(v) || subordinators.Has(v) || clauseOpeners.Has(v) {
			return false
		}
		if verbAt(p, d-1) {
			return true
		}
		// After a preposition, the noun's phrase is inside the verb's
		// ("a vigil for the victims killed on Monday."), not the
		// subject's ("As news of her death spread on Thursday").
		if !prepositions.Has(v) {
			return false
		}
		for k := d - 2; k >= 0; k-- {
			if verbAt(p, k) {
				return true
			}
		}
		return false
	}
	return false
}

// participleThat reports whether pre, before a time, ends with a noun's
// participle that the time dates and post opens with "that", or with "and"
// and a verb in the past: "said in a video posted on Thursday that she
// ...". Without the time the participle
// would read as the verb of what follows ("a video posted that she"); it
// goes with the time ("said in a video that she ...").
func participleThat(pre, post string) bool {
	var qRoom fieldRoom
	q := fieldsIn(&qRoom, post)
	if len(q) == 0 || !nounParticipleEnd(pre, true) || !verbBeforeNoun(strings.Fields(pre)) {
		return false
	}
	// ("apologized in a statement issued on Wednesday and said it would
	// ...": "and" and a verb in the past go on with the clause's verb,
	// and the participle would read as the first of two; not a second
	// participle, "sent on Monday and signed by".)
	return strings.EqualFold(q[0], "that") || strings.EqualFold(q[0], "and") && len(q) > 2 && isLower(q[1]) && pastVerb(strings.ToLower(q[1])) && !inSet(byOf, q[2])
}

// verbBeforeNoun reports whether the words before the last of ws, which ends
// a noun in lower case, hold a verb: the last word is a participle of that
// noun ("said in a video posted"), not the verb of a subject ("Kiir said",
// "the court ruled"). A verb only of a relative clause on the subject
// is none: in "The company that owns the mine announced" (or "who was
// named", "which runs") the last word is the subject's own verb, the one
// verb group after the relative pronoun before it being the clause's.
func verbBeforeNoun(ws []string) bool {
	n := len(ws)
	if n < 3 || !isLower(ws[n-2]) {
		return false
	}
	for i := range n - 2 {
		if verbAt(ws, i) {
			return !subjectRelativeOnly(ws[:n-1], i)
		}
	}
	return false
}

// subjectRelativeOnly reports whether the first verb of ws, at i, is the
// verb of a relative clause opened on the subject ("The firm that runs
// the port", "Voters who live in the district") and ws holds no verb
// group after it: ws, the words before a last verb, are then all the
// subject's. The pronoun is at most eight words in ("A spokeswoman for
// the trust that runs"), right before the verb, after words with no verb
// and no comma but its own.
func subjectRelativeOnly(ws []string, i int) bool {
	r := i - 1
	if r < 1 || r > 8 || !relativePronoun(ws[r]) || strings.ContainsAny(strings.TrimSuffix(strings.Join(ws[:r], " "), ","), ",;:\"“") {
		return false // (a comma only before the pronoun: "The firm, which runs")
	}
	groups, prev := 0, false
	for j := r + 1; j < len(ws); j++ {
		v := verbAt(ws, j)
		if v && !prev {
			groups++
		}
		prev = v
	}
	return groups == 1
}

// relativePronoun reports whether w opens a relative clause: "that" or
// one of the relative openers ("who", "which").
func relativePronoun(w string) bool {
	return strings.EqualFold(w, "that") || inSet(relativeOpeners, w)
}

// endsWithPreposition reports whether a phrase ends with a preposition
// ("in the early hours of").
func endsWithPreposition(s string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	return len(ws) > 0 && inSet(prepositions, ws[len(ws)-1])
}

// The word lists of titles, from data/words.txt.
var (
	// titlePrepositions lead a time expression a title drops.
	titlePrepositions = wordSet("title-prepositions")
	// titleBoundaries: a long title is cut before one of them.
	titleBoundaries = wordSet("title-boundaries")
	// measureNumbers, measureUnits and measureAdverbs make the measure of
	// time a cut before "before" or "after" leaves (withoutMeasure).
	// relativeOpeners open a relative clause a long title may drop
	// (withoutRelative).
	relativeOpeners = wordSet("relative-openers")
	measureNumbers  = wordSet("measure-numbers")
	measureUnits    = wordSet("measure-units")
	measureAdverbs  = wordSet("measure-adverbs")
	// danglingWords never end a title: "... with Ruiz in" is half a phrase.
	danglingWords = wordSet("dangling")
	// approximators bound a time expression ("by about 9 a.m.") and go
	// with it from a title.
	approximators = wordSet("approximators")
	// atBounds after "at" bound the time after them ("at least until
	// Friday"), which stays in a title (boundedTime).
	atBounds = wordSet("at-bounds")
	// distanceUnits and distanceFractions make a measure of distance
	// whose number is "a" or "an" ("half a mile from"; withoutDistance).
	distanceUnits     = wordSet("distance-units")
	distanceFractions = wordSet("distance-fractions")
	// timeFocus set a time apart from others after it ("on Tuesday
	// alone") and go with it from a title.
	timeFocus = wordSet("time-focus")
	// reportNouns open an entry that tells what was reported ("Reports
	// that ...").
	reportNouns = wordSet("report-nouns")
	// reportVerdicts say a report was denied or not confirmed.
	reportVerdicts = wordSet("report-verdicts")
	// pluralVerbs agree with a plural subject only ("which were closed").
	pluralVerbs = wordSet("plural-verbs")
	// comparisons open a margin after "by" ("by fewer than 60,000 votes").
	comparisons = wordSet("comparisons")
	// timeEdges tell which part of a day or a span a time expression
	// after a preposition is ("late on Tuesday"): they go with it.
	timeEdges = wordSet("time-edges")
	// calendarNames name months and days ("May", "Tuesday"): a range's
	// second end may open with one, a live blog's entry does not.
	calendarNames = wordSet("calendar-names")
	// relativeEdges place a time before or after the one written ("earlier
	// in the day"): they go with it, unless a measure ends on them.
	relativeEdges = wordSet("time-edges-relative")
	// degreeEdges tell how much earlier or later ("much earlier").
	degreeEdges = wordSet("time-edges-degree")
	// pastOpeners are verbs in the past that open a clause whose subject
	// went: such a clause is no title.
	pastOpeners = wordSet("past-openers")
	// verbForms are the other verbs whose form shows no "-ed" or "-s"
	// (see verbAt).
	verbForms = wordSet("verb-forms")
	// simplePasts are the verb forms that are only ever a simple past,
	// never a participle ("broke", "sank"): a finite verb (verbClass).
	simplePasts = wordSet("simple-pasts")
	// clauseVerbs take a clause, not an object: what follows them needs a
	// verb of its own.
	clauseVerbs = wordSet("clause-verbs")
	// announcingVerbs, like verbs of saying, need what they announce
	// (saysNothing).
	announcingVerbs = wordSet("announcing-verbs")
	// byOf after a participle make it a noun's modifier (verbAt).
	byOf = wordSet("participle-links")
	// listOpeners open a list set off inside a clause (withoutInsert).
	listOpeners = wordSet("list-openers")
	// subjectPronouns and particles tell verbs by their neighbours
	// (verbAt).
	subjectPronouns = wordSet("subject-pronouns")
	// emptySubjects are the subjects that name nothing a title could
	// tell of without the sentence before (emptyWhen).
	emptySubjects = wordSet("empty-subjects")
	// expletiveVerbs after "It" make it stand for nothing (itSubject).
	expletiveVerbs = wordSet("expletive-verbs")
	// sayingAuxiliaries: auxiliarySaid.
	sayingAuxiliaries = wordSet("saying-auxiliaries")
	// countNumbers: definiteNamed.
	// claimingTelling and accusingDocuments: documentSays.
	claimingTelling   = wordSet("claiming-telling")
	accusingDocuments = wordSet("accusing-documents")
	countNumbers      = wordSet("count-numbers")
	// pluralNouns are plurals with no "-s" (countSubject).
	pluralNouns = wordSet("plural-nouns")
	// plainSaying: indefinitePersonNamed.
	plainSaying = wordSet("plain-saying")
	// commaAdverbs: adjectiveComma.
	commaAdverbs = wordSet("comma-adverbs")
	// passiveNouns: nominalPassive, each noun's participle.
	passiveNouns = wordPairs("passive-nouns")
	// groupPlurals: objectPronounAt.
	groupPlurals = wordSet("group-plurals")
	// participleAdverbs may come before the participle of an aside
	// (participlePhrase).
	participleAdverbs = wordSet("participle-adverbs")
	particles         = wordSet("particles")
	linkingVerbs      = wordSet("linking-verbs")
	// notOpeners never open a headline.
	notOpeners = wordSet("not-openers")
	// frameVerbs and frameLinks make a reporting frame: "His remarks came
	// after ...".
	frameVerbs = wordSet("frame-verbs")
	frameLinks = wordSet("frame-links")
	// phraseEnds end the noun phrase of a possessive expression.
	phraseEnds = wordSet("phrase-ends")
	// objectPrepositions open a noun whose time is not its clause's
	// (objectTime).
	objectPrepositions = wordSet("object-prepositions")
	// verbComplements are a verb's stem and the preposition it needs
	// after its object ("ask:for"; complementCut).
	verbComplements = wordSet("verb-complements")
	// placePrepositions open the place of a clause ("at a fire hall";
	// whereTitle). Compared as written.
	placePrepositions = wordSet("place-prepositions")
	// quantifiers may open a plural subject ("which both boards
	// approved"; withObject).
	quantifiers = wordSet("quantifiers")
	// personPronouns stand for one person.
	personPronouns = wordSet("person-pronouns")
	// closingParticles: closingParticle.
	closingParticles = wordSet("closing-particles")
	// scheduleHeads open a phrase of a time to come set off after a
	// noun ("due to open", "set to begin"; apposedInfinitive).
	scheduleHeads = wordSet("schedule-heads")
	// onBoundNouns need the "on" after them (phraseCut).
	onBoundNouns = wordSet("on-bound-nouns")
	// sentenceConnectives open a sentence joined to the one before; a
	// title drops them.
	sentenceConnectives = wordSet("sentence-connectives")
	// laterSpans: laterOpener.
	laterSpans = wordSet("later-spans")
	// sequelVerbs: sequelPhrase.
	sequelVerbs = wordSet("sequel-verbs")
	// answeringVerbs: saidName.
	answeringVerbs = wordSet("answering-verbs")
	// documentTelling: documentSays.
	documentTelling = wordSet("document-telling")
	// objectPronouns and personOthers: objectPronounAt.
	objectPronouns, personOthers = wordSet("object-pronouns"), wordSet("person-others")
	// malePersons and femalePersons: personNoun.
	malePersons, femalePersons = wordSet("male-persons"), wordSet("female-persons")
	// nameRanks: fullNameEnding.
	nameRanks = wordSet("name-ranks")
	// clauseObjectVerbs, unaccusativeParticiples: ownClauseTitle (clause.go); nounEndings.
	clauseObjectVerbs, unaccusativeParticiples = wordSet("clause-object-verbs"), wordSet("unaccusative-participles")
	nounEndings                                = wordLists["noun-endings"]
	// innerOpeners open the clause of a second date, spaced as they are
	// looked for.
	innerOpeners = spaced(wordLists["inner-openers"])
	// phraseStart open a phrase; a title cut before one keeps its phrases
	// whole.
	phraseStart = wordSet("phrase-starts")
	// subjectOpeners open a clause with a subject of its own after a
	// title's clause (subjectAside).
	subjectOpeners = wordSet("subject-openers")
	ofBoundNouns   = wordSet("of-bound-nouns")
	toBoundNouns   = wordSet("to-bound-nouns")
	fractionWords  = wordSet("fraction-words")
	// prepositions lead a phrase a title drops with the time it held.
	prepositions = wordSet("prepositions")
	// invertingVerbs put their speaker after them (speakerFirst).
	invertingVerbs = wordSet("inverting-verbs")
	// determiners open a noun phrase; "that" before one is a
	// complementizer.
	determiners = wordSet("determiners")
	// titleConjunctions never open a title ("And thieves made off ...").
	titleConjunctions = wordSet("title-conjunctions")
	directingVerbs    = wordSet("directing-verbs")
	saidOpeners       = wordSet("said-openers")
	bareClauseVerbs   = wordSet("bare-clause-verbs")
	timeHedges        = wordSet("time-hedges")
	setStarts         = wordSet("set-starts")
	yearOfDeterminers = wordSet("year-of-determiners")
	clauseOpeners     = wordSet("clause-openers")
	// kickers open a headline a desk labelled (withoutKicker).
	kickers = wordSet("kickers")
	// stateAbbreviations keep their period at a title's end.
	stateAbbreviations = wordSet("state-abbreviations")
	// timeObjects take the time after them as their object (keepsTime).
	timeObjects = wordSet("time-objects")
	// dateObjects take the date right after them as their object.
	dateObjects = wordSet("date-objects")
	// timePredicates, timeStates and beForms: timeOnlyPredicate.
	timePredicates = wordSet("time-predicates")
	timeStates     = wordSet("time-states")
	spanVerbs      = wordSet("span-verbs")
	spanAdverbs    = wordSet("span-adverbs")
	beForms        = wordSet("be-forms")
	placeVerbs     = wordSet("place-verbs")
	timeOfNouns    = wordSet("time-of-nouns")
	// timeOfOrders: clauseTitle.
	timeOfOrders = wordSet("time-of-orders")
	// possessivePronouns open a subject named elsewhere (saidAs).
	possessivePronouns = wordSet("possessive-pronouns")
	// saidLinks link a verb of saying to what happened (saidAs).
	saidLinks = wordSet("said-links")
	// countedFrom follow a measure of time counted from a happening
	// ("38 seconds after", "months before", "31 seconds into"):
	// withoutDistance.
	countedFrom = wordSet("counted-from")
	// unitModifiers make a unit of time their noun ("in recent months",
	// "the past weeks"): countsAlone.
	unitModifiers = wordSet("unit-modifiers")
	// tailOrders and countedPronouns: countTail ("the first of them").
	tailOrders = wordSet("tail-orders")
	// dayWords, relativeHeads, relativeUnits: withoutDayWords.
	dayWords        = wordSet("day-words")
	relativeHeads   = wordSet("relative-heads")
	relativeUnits   = wordSet("relative-units")
	countedPronouns = wordSet("counted-pronouns")
	// aspectVerbs tell of a stretch's start or end (relativeTitle).
	aspectVerbs  = wordSet("aspect-verbs")
	processNouns = wordSet("process-nouns")
	// finiteOpeners: publishable.
	finiteOpeners = wordSet("finite-openers")
	ingNouns      = wordSet("ing-nouns")
	// dayPrepositions go with a day withoutDayWords drops; clockEnds end
	// a time of the clock (clockWord).
	dayPrepositions = wordSet("day-prepositions")
	clockEnds       = wordSet("clock-ends")
)

func spaced(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = " " + w + " "
	}
	return out
}

func withoutDangling(ws []string) []string {
	for len(ws) > 3 {
		if c := countTail(ws); c > 0 {
			// "killed at least 23 people, most" (of them what), "plans
			// three more launches, the first of them" (when): a count
			// after the clause's comma whose phrase went with the cut.
			ws = slices.Clone(ws[:c])
			ws[c-1] = strings.TrimRight(ws[c-1], ",")
			continue
		}
		last := strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:—–-."))
		if n := len(ws); strings.HasSuffix(ws[n-2], ",") && isLower(ws[n-1]) && (comparisons.Has(last) || approximators.Has(last)) ||
			n > 4 && strings.HasSuffix(last, "ly") && isLower(ws[n-1]) && participle(ws[n-2]) && strings.HasSuffix(ws[n-3], ",") {
			// A comparison or an adverb a cut left after a comma: "into
			// Kuwait, more" (than what), "a homicide, caused chiefly" (by
			// what). The participle goes next (below).
			ws = ws[:n-1]
			continue
		}
		// A participle alone after a comma lost its phrase: "lodged a
		// complaint with the Council, arguing", "at 15 percent, followed";
		// not the verb after a subject's apposition ("The chairman, Sean
		// Fitzgerald, resigned").
		participle := strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ed") || irregularParticiple(last)
		if n := len(ws); n > 4 && participle && isLower(ws[n-1]) && strings.HasSuffix(ws[n-3], ",") && quantifiers.Has(strings.ToLower(ws[n-2])) && !isNumber(ws[n-2]) {
			// ("violations at the zoo, both tied" to what: the count
			// goes with its participle.)
			ws = slices.Clone(ws[:n-2])
			ws[n-3] = strings.TrimRight(ws[n-3], ",")
			continue
		}
		if n := len(ws); (last == "in" || last == "on") && !strings.ContainsAny(ws[n-2], ",;:") && inSet(auxiliaries, ws[n-3]) &&
			isLower(ws[n-2]) && (strings.HasSuffix(ws[n-2], "ed") || inSet(verbForms, ws[n-2])) {
			// A passive verb's particle ("was sworn in", "were called
			// in"): the cut found no object after it.
			break
		}
		if n := len(ws); (last == "before" || last == "after") && inSet(timeOfNouns, ws[n-2]) && (inSet(determiners, ws[n-3]) || isNumber(strings.ToLower(ws[n-3]))) {
			// "signed by the judges the evening before", "two days
			// after": the adverb ends a time of its own.
			break
		}
		if !danglingWords.Has(last) && !(strings.HasSuffix(ws[len(ws)-2], ",") && participle && isLower(ws[len(ws)-1]) && !appositionVerb(ws)) {
			break
		}
		if n := len(ws); auxiliaries.Has(last) && strings.HasSuffix(ws[n-1], ",") && (inSet(determiners, ws[n-2]) || inSet(articleWords, ws[n-2]) || n >= 3 && inSet(articleWords, ws[n-3]) && isLower(ws[n-2])) {
			// "signed the new will," | "and that ...": a noun after its
			// article that the sentence's comma closed, not a verb that
			// lost what it needs.
			break
		}
		// ("about 200 feet from": the measure goes with its "from".)
		ws = withoutDistance(ws, len(ws)-1)
	}
	return ws
}

// withoutDayWords drops the day, written relative to the day of writing,
// that ends a title right after a clock time ("emerged at 5.41am on
// Tuesday", "landed at 9pm last night", "opened at 10am this morning"):
// the clock time is the clause's own, of the event's day, and the day
// after it names no day under that date. Days are day-words (data:
// "yesterday", a weekday, with "last", "next" or "this" before it) or a
// part of the day after "last" or "this" (relative-heads, relative-units),
// with the preposition of a day. Not inside a quotation, nor when fewer
// than four words or no verb would stay.
func withoutDayWords(ws []string) []string {
	n := len(ws)
	if n < 5 || inQuotation(ws) || strings.ContainsAny(ws[n-1], "\"“”'’") {
		return ws
	}
	last := strings.ToLower(strings.TrimRight(ws[n-1], "."))
	if strings.ContainsAny(last, ",;:") {
		return ws
	}
	if r, _ := utf8.DecodeRuneInString(ws[n-2]); unicode.IsUpper(r) || dayWords.Has(last) && !calendarNames.Has(last) && !isLower(ws[n-1]) {
		return ws // a name: "Good Friday", "the BBC's Today"
	}
	k := n - 1
	switch {
	case dayWords.Has(last):
		if k > 0 && inSet(relativeHeads, ws[k-1]) && strings.ToLower(ws[k-1]) != "following" {
			k--
		}
	case relativeUnits.Has(last) && inSet(relativeHeads, ws[k-1]) && strings.ToLower(ws[k-1]) != "following" && strings.ToLower(ws[k-1]) != "next":
		k--
	default:
		return ws
	}
	if k > 0 && inSet(dayPrepositions, ws[k-1]) {
		k--
	}
	if k < 5 || !clockWord(ws[k-1]) || strings.ContainsAny(ws[k-1], ",;:") || noVerb(ws[:k]) {
		return ws
	}
	return ws[:k]
}

// clockWord reports whether w ends a time of the clock: "5.41am", "9pm",
// "p.m.", "noon", "midnight", "GMT" (clock-ends, data).
func clockWord(w string) bool {
	lw := strings.ToLower(strings.TrimRight(w, ","))
	if clockEnds.Has(lw) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(lw)
	return unicode.IsDigit(r) && (strings.HasSuffix(lw, "am") || strings.HasSuffix(lw, "pm") || strings.HasSuffix(lw, "a.m.") || strings.HasSuffix(lw, "p.m."))
}

// countTail returns where a count that ends ws after a comma starts, or 0:
// up to four words in lower case after the last comma, a quantifier
// ("most", "three"; not an article) or "the" and a word of order ("the
// first"), then nothing, "of" and a pronoun ("of them", "of whom"), or one
// plural noun ("three judges"): what the count told of is gone. At least
// four words stay before it.
func countTail(ws []string) int {
	c := len(ws) - 1
	for c > 0 && !strings.HasSuffix(ws[c-1], ",") {
		c--
	}
	if c < 4 || len(ws)-c > 4 {
		return 0
	}
	seg := ws[c:]
	for _, w := range seg {
		if !isLower(w) || strings.ContainsAny(w, ",;:\"“”()'’") {
			return 0
		}
	}
	k := 1
	switch {
	case quantifiers.Has(seg[0]) && !articleWords.Has(seg[0]):
	case seg[0] == "the" && len(seg) > 1 && tailOrders.Has(seg[1]):
		k = 2
	default:
		return 0
	}
	rest := seg[k:]
	switch {
	case len(rest) == 0:
	case len(rest) == 2 && rest[0] == "of" && countedPronouns.Has(rest[1]):
	case len(rest) == 1 && k == 1 && strings.HasSuffix(rest[0], "s") && !strings.HasSuffix(rest[0], "ss") && !verbAt(seg, 1):
	default:
		return 0
	}
	return c
}

// isLower reports whether w opens with a lower-case letter.
func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// balanceQuotes closes a quotation a cut title left open, or drops the
// closing mark of a quotation its sentence did not open.
func balanceQuotes(s string) string {
	open := strings.Count(s, "“") - strings.Count(s, "”")
	if open > 0 {
		return s + strings.Repeat("”", open)
	}
	if o, c := strings.Index(s, "“"), strings.Index(s, "”"); open < 0 && (o < 0 || c < o) {
		// The end of a quotation its sentence did not open: "... and
		// pensioners,” he told Parliament".
		s = dropMark(s, c, len("”"))
	}
	if strings.Count(s, `"`)%2 == 1 {
		if rest, ok := strings.CutPrefix(s, `" `); ok {
			// A mark spaced off the title's first word closed the
			// sentence before: "" Prime Minister George Papandreou
			// thundered".
			return rest
		}
		if i := strings.IndexByte(s, '"'); closingMark(s, i) {
			return dropMark(s, i, 1)
		} else if speakerAfter(s, i) {
			// The quotation opened before the title did: it opens
			// again where the title does.
			return `"` + s
		}
		return s + `"`
	}
	return s
}

// closingMark reports whether the straight quotation mark at i closes a
// quotation: after a comma or a stop, and before lower case or the end
// ("pensioners, " he told").
func closingMark(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	after := strings.TrimLeft(s[i+1:], " ")
	if before == "" || !strings.ContainsRune(",.!?;", rune(before[len(before)-1])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || unicode.IsLower(r)
}

// speakerAfter reports whether the mark at s[i] closes a quotation before
// a named speaker and a verb of saying a few words on ('... an answer,"
// Ruiz said'): the words before it are the speaker's.
func speakerAfter(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	if before == "" || !strings.ContainsRune(",.!?", rune(before[len(before)-1])) {
		return false
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s[i+1:])
	return len(ws) >= 2 && capitalized(ws[0]) && slices.ContainsFunc(ws[1:min(len(ws), 4)], func(w string) bool {
		return inSet(reportingVerbs, strings.Trim(w, ",.;:"))
	})
}

// dropMark removes the n bytes of a quotation mark at i from s, with a
// space before it when one follows too.
func dropMark(s string, i, n int) string {
	rest := s[i+n:]
	head := s[:i]
	if strings.HasSuffix(head, " ") && (rest == "" || rest[0] == ' ') {
		head = head[:len(head)-1]
	}
	return head + rest
}

// passiveName reports whether a title of three words is a name, a finite
// "was" or "were" and a participle: a clause whole however short
// ("Ivanov was appointed").
func passiveName(ws []string) bool {
	r, _ := utf8.DecodeRuneInString(ws[0])
	w1 := strings.ToLower(ws[1])
	return unicode.IsUpper(r) && !inSet(subjectPronouns, ws[0]) && !inSet(notOpeners, ws[0]) &&
		auxiliaries.Has(w1) && !nonfiniteAuxiliaries.Has(w1) && pastOpeners.Has(w1) && participial(ws[2]) && !strings.ContainsAny(strings.Join(ws, " "), ",;:\"“”()…")
}

// publishable reports whether a title reads as a headline: four words or
// more, opening with neither a relative word nor a conjunction, and not cut.
func publishable(t string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if len(ws) == 3 && passiveName(ws) {
		return true // "Ivanov was appointed", "Jobs was born"
	}
	if len(ws) < 4 || strings.HasSuffix(t, "…") {
		return false
	}
	if inSet(notOpeners, strings.Trim(ws[0], ",")) {
		return false
	}
	// A figure cut from its sentence ("1 on the Richter scale", "3
	// million but above", "40am and found"): a figure then a word that
	// cannot follow a figure that opens a clause.
	if r, _ := utf8.DecodeRuneInString(ws[0]); unicode.IsDigit(r) && (inSet(danglingWords, ws[1]) || strings.HasSuffix(strings.ToLower(ws[0]), "am") || strings.HasSuffix(strings.ToLower(ws[0]), "pm")) {
		return false
	}
	// A clause without its subject ("Became the world's newest country",
	// "Returned to her home town"): a verb in the past opens it, and no
	// comma closes it as a phrase before the subject ("Reached by
	// telephone, O'Brien declined").
	phrase := strings.Contains(strings.Join(ws[:min(len(ws), 6)], " "), ",")
	if first := strings.ToLower(ws[0]); !phrase && (strings.HasSuffix(first, "ed") && len(first) > 4 && inSet(danglingWords, ws[1]) || pastOpeners.Has(first)) {
		return false
	}
	// Nor one a finite auxiliary opens before a word in lower case ("Is
	// due to be heard in the High Court", of "..., which is due to be
	// heard ..."): a statement's subject comes first (finite-openers).
	if inSet(finiteOpeners, ws[0]) && isLower(ws[1]) && !inSet(subjectPronouns, ws[1]) && !inSet(determiners, ws[1]) && !strings.HasSuffix(t, "?") {
		return false
	}
	// A participle's clause without its subject ("Becoming the city's
	// first mayor", "Leaving two ferries stuck"): a word in "-ing" then
	// a determiner or a number opens it. ("Of" opens no number after a
	// noun in "-ing": "Bombing of the central station".)
	if first, second := strings.ToLower(ws[0]), strings.ToLower(ws[1]); len(first) > 5 && strings.HasSuffix(first, "ing") && (determiners.Has(second) || possessivePronouns.Has(second) || measureNumbers.Has(second) && second != "of" || isNumber(ws[1])) {
		return false
	}
	if sentenceBreak(ws) || splicedSubject(ws) {
		return false
	}
	r, n := utf8.DecodeRuneInString(t)
	next, _ := utf8.DecodeRuneInString(t[n:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'`, r) || unicode.IsUpper(next) // ("iOS will ...")
}

// splicedSubject reports whether ws bear the mark of a cut that joined
// words never written together: a possessive "'s" standing apart from its
// owner ("The police force 's match traded blame", what is left when the
// time that owned the match went with the clause around it), or a subject
// that ends on "and" right before its verb ("June and was due to be
// replaced", the object of "since" read as the subject of the verb after
// it): up to four words with no verb, "and", then an auxiliary or a verb
// in the past. Not "Smith and Jones were charged", whose "and" joins two
// subjects, nor "The mayor resigned and was replaced", whose "and" comes
// after a verb.
func splicedSubject(ws []string) bool {
	for i, w := range ws {
		if i > 0 && (w == "'s" || w == "’s") {
			return true
		}
		if i == 0 || i > 4 || i+1 >= len(ws) || w != "and" {
			continue
		}
		next := strings.ToLower(ws[i+1])
		if (auxiliaries.Has(next) || pastVerb(next)) && !strings.ContainsAny(strings.Join(ws[:i], " "), ",;:\"“”") && !hasVerb(ws, i) {
			return true
		}
	}
	return false
}

// sentenceBreak reports whether ws holds two sentences that were read as
// one, split after a name's last letter that looked like an initial: "It
// didn't down here at Cell Block G. Dubai experienced a slight tremor".
// The words up to the letter have a verb of their own, and a name and its
// verb follow it ("President George W. Bush said" has no verb before
// "W.").
func sentenceBreak(ws []string) bool {
	for i := 1; i+2 < len(ws); i++ {
		w := ws[i]
		if len(w) != 2 || w[1] != '.' || w[0] < 'A' || w[0] > 'Z' || !capitalized(ws[i-1]) || !capitalized(ws[i+1]) {
			continue
		}
		if isLower(ws[i+2]) && verbAt(ws, i+2) && !noVerb(ws[:i+1]) {
			return true
		}
	}
	return false
}

// subjectVerb reports whether a short title is a subject and its verb:
// an article or a determiner ("The ship sank") or a name and a verb after
// it ("Sokol resigned"), not a verb that lost its subject ("Took place",
// "Was released", "Goes live").
func subjectVerb(t string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if len(ws) < 2 || verbAt(ws, 0) || noVerb(ws) {
		return false
	}
	w := strings.ToLower(ws[0])
	return determiners.Has(w) || capitalized(ws[0]) && verbAt(ws, 1) && !relativeOpeners.Has(w) && !subordinators.Has(w) && !subjectPronouns.Has(w)
}

// pronounTitle reports whether t opens with a subject pronoun ("He told
// investigators ...", "They said ..."): who it tells of is in some
// sentence before, not in the title.
func pronounTitle(t string) bool {
	w := firstWord(t)
	return len(w) < len(t) && inSet(subjectPronouns, w) && t[len(w)] == ' '
}

// predicateless reports whether a title has no verb of its own: a subject
// without its predicate ("The star of such MGM movie hits", "The shooting
// death of Kimani"), a clause its subordinate opening left without a verb
// ("Since fighting ... began, hundreds of thousands"), or what was said
// without its verb ("Alishvandi said the first truck of public aid
// donations"). Such a title is no headline: another source's title, or the
// sentence cut elsewhere, reads better. Verbs are told by their form (see
// verbAt): the verb of a relative clause ("the homepage of which currently
// displays", "The woman who allegedly shot and killed") or of the opening
// subordinate clause is not the title's. A headline in title case is left
// alone: its words' capitals hide their forms ("Sixers Hire Maurice Cheeks").
func predicateless(ws []string) bool {
	return !titleCase(ws) && noVerb(ws)
}

// noVerb is predicateless for a title in any case.
func noVerb(ws []string) bool {
	from := 0
	if len(ws) > 0 && (inSet(subordinators, ws[0]) || strings.EqualFold(ws[0], "since")) {
		// The subordinate clause that opens the title ends at its comma.
		for i, w := range ws {
			if strings.HasSuffix(w, ",") {
				from = i + 1
				break
			}
		}
	}
	verbs := 0
	relative, relVerb, prevVerb, adjunct := false, false, false, false
	whose := -1
	for i := from; i < len(ws); i++ {
		lw := trimCut(ws[i], ",;:\"“”‘’'()")
		if r, _ := utf8.DecodeRuneInString(lw); i > from && unicode.IsUpper(r) {
			lw = "" // a name
		} else {
			lw = strings.ToLower(lw)
		}
		// A participle in "-ing" set off by a comma before any verb of
		// the title's own opens an adjunct of a main clause ("The
		// closure, saying it would move production abroad", "Police,
		// acting on a tip, arrested ..."): the phrase runs to its next
		// comma, colon or semicolon, and the verbs in it are the
		// participle's, not the title's. A noun with such a phrase and
		// no verb after it is the object the cut took from a clause it
		// left behind ("The company announced the closure in
		// September, saying ..."), and no headline. (Not after a word
		// in "-ed", a verb in the past the form test may pass over
		// before the comma: "The man, 46, surrendered, ending ...".)
		if !adjunct && verbs == 0 && !relative && i > from && strings.HasSuffix(ws[i-1], ",") && !strings.HasSuffix(ws[i-1], "ed,") && len(lw) > 5 && strings.HasSuffix(lw, "ing") {
			adjunct = true
		}
		if adjunct {
			adjunct = !strings.ContainsAny(ws[i][len(ws[i])-1:], ",:;")
			continue
		}
		// ("That" right after the subject's noun and before a verb opens
		// a relative clause as "which" does: "The owner of a mill that
		// burned and killed two men was charged".)
		// So does one before an article after the subject's noun, the
		// clause the noun tells of ("The admission that an intruder
		// spent six weeks inside has put ..."): the main verb comes
		// after its own. Not in a phrase that opens with a preposition
		// ("said in a filing that a cable touched a branch"): its noun
		// is no subject, and the clause is what was said.
		thatRelative := lw == "that" && verbs == 0 && !relative && i > from && i+1 < len(ws) && !verbAt(ws, i-1) && !strings.HasSuffix(ws[i-1], ",") &&
			(verbAt(ws, i+1) || inSet(articleWords, ws[i+1]) && isLower(ws[i-1]) && !inSet(prepositions, ws[i-1]) && !inSet(determiners, ws[i-1]) && !inSet(reportNouns, ws[i-1]) && !inSet(prepositions, ws[from]))
		if relativeOpeners.Has(lw) || thatRelative {
			// A relative clause runs to its comma; one set off by none
			// ("The woman who shot three co-workers was charged") to the
			// verb after its own.
			relative, relVerb = true, false
			if lw == "whose" {
				whose = i
			}
		}
		if (lw == "that" || lw == "whether") && verbs > 0 && !relative && i+2 < len(ws) {
			// "announced that the "Lion" release to OS X", "were
			// examining whether the runway": what "that" opens needs a
			// verb too. (Only before a determiner or a
			// name, where it opens a clause: "at that time" does not.)
			if n := strings.ToLower(strings.Trim(ws[i+1], "\"“‘'")); determiners.Has(n) || named(ws, i+1) {
				return noVerb(ws[i+1:])
			}
		}
		v := verbAt(ws, i)
		if v && whose >= 0 && i-whose <= 2 && strings.HasSuffix(lw, "s") && !auxiliaries.Has(lw) && !verbForms.Has(lw) {
			// "whose fiery solos on records ...": the noun "whose" asks
			// of, not the relative clause's verb.
			v = false
		}
		switch {
		case !v:
		case !relative:
			if clauseVerbs.Has(lw) && verbs == 0 && i+1 < len(ws) && !strings.HasSuffix(ws[i], ",") {
				// "said" and what was said: the latter needs a verb too.
				return len(ws)-i > 3 && noVerb(ws[i+1:])
			}
			verbs++
		case !relVerb || prevVerb:
			relVerb = true // the relative clause's own ("who has been charged")
		case i > 0 && !inSet(titleConjunctions, ws[i-1]) && !strings.HasSuffix(ws[i-1], ","):
			relative = false // the main verb after the relative clause
			verbs++
		}
		prevVerb = v
		if strings.HasSuffix(ws[i], ",") {
			relative = false
		}
	}
	return verbs == 0
}

// losesVerb reports whether cut, a cut of the title ws, has lost the verb
// that ws has (see predicateless): the cut would leave a subject without
// its predicate, and a cut elsewhere reads better.
func losesVerb(ws, cut []string) bool {
	return len(cut) < len(ws) && (predicateless(cut) && !predicateless(ws) || saysNothing(cut) && !saysNothing(ws))
}

// reportNoun reports whether ws[i], a word of the verbs of saying, is a
// noun: after an article or a determiner ("the reports"), or right after
// a verb that takes it as its object ("received reports of three
// crashes"), not an auxiliary ("has said").
func reportNoun(ws []string, i int) bool {
	if i == 0 || !inSet(reportingVerbs, ws[i]) || strings.ContainsAny(ws[i-1], ",;:") {
		return false
	}
	p := strings.ToLower(ws[i-1])
	return determiners.Has(p) || inSet(articleWords, p) || verbAt(ws, i-1) && !auxiliaries.Has(p) && !inSet(reportingVerbs, p)
}

// saysNothing reports whether a title ends on a verb of saying with
// nothing said: the verb last, or only a phrase after it ("Undersea cable
// operator Seacom announced (4 November 2011)", "Terry White confirmed to
// the Associated Press", "Kraft said in a statement"). A title that quotes
// what was said says it.
func saysNothing(ws []string) bool {
	if cleftEnd(ws) {
		return true
	}
	v := -1
	for i := range ws {
		if verbAt(ws, i) && !reportNoun(ws, i) {
			v = i
		}
	}
	if v < 0 || quoted(ws) {
		return false
	}
	for d := v; d >= max(0, v-3); d-- {
		// ("told reporters at a rally": a plural hearer may read as the
		// last verb.)
		if isLower(ws[d]) && inSet(reportingVerbs, ws[d]) && hearerOnly(ws, d) {
			return !toldBefore(ws, d)
		}
	}
	w := strings.ToLower(strings.Trim(ws[v], ",;:.!?()"))
	if !reportingVerbs.Has(w) && !clauseVerbs.Has(w) && !announcingVerbs.Has(w) || v > 0 && inSet(auxiliaries, ws[v-1]) && !strings.HasSuffix(w, "id") {
		return false // (passive: "was announced at an Apple event"; "had said" is none)
	}
	for k := max(0, v-6); k < v; k++ {
		if strings.HasSuffix(ws[k], ",") && (attributionTail(ws[k+1:]) || v == len(ws)-1 && k+1 < v && len(ws)-k <= 7 && !noVerb(ws[:k+1])) {
			// ", police said" attributes what came before, as ", police
			// confirmed" or ", Seacom announced" do at the end of a
			// clause with a verb of its own ("Terry White, a spokesman,
			// confirmed" has said nothing).
			return false
		}
	}
	if v == len(ws)-1 {
		return true
	}
	next := strings.ToLower(ws[v+1])
	return strings.HasPrefix(next, "(") || prepositions.Has(next) && !strings.HasSuffix(ws[v], ",")
}

// toldBefore reports whether the verb of saying at ws[d], with only its
// hearer after it, closes an attribution: a comma, a teller of a few words
// and the verb, after a clause with a verb of its own. ", X told the jury"
// attributes what came before it as ", X said" does ("The plant closed,
// the minister told lawmakers"); "Terry White, a spokesman, told
// reporters" has told nothing.
func toldBefore(ws []string, d int) bool {
	for k := d - 1; k >= max(1, d-6); k-- {
		if !strings.HasSuffix(ws[k-1], ",") {
			continue
		}
		if inSet(relativePronouns, ws[k]) {
			return false // ("The minister, who resigned, told reporters")
		}
		// (An opening participle is no clause of its own: "Asked about
		// the delay, the minister told reporters".)
		if f := strings.ToLower(ws[0]); !noVerb(ws[:k]) && !participle(f) && !inSet(saidOpeners, f) {
			return true
		}
	}
	return false
}

// hearerOnly reports whether a verb of saying at ws[v] that takes its
// hearer first ("told", "asked"; directing-verbs) has only its hearer and
// the place or the time after it up to the end ("chief executive Dana Ruiz
// told a Senate panel", "told reporters at a rally"): what was said, its
// "that", its "to" or its quotation, is not there.
func hearerOnly(ws []string, v int) bool {
	if !inSet(directingVerbs, ws[v]) || strings.ContainsAny(ws[v], ",;:") || len(ws)-v-1 > 8 {
		return false
	}
	if v+1 >= len(ws) || inSet(prepositions, ws[v+1]) {
		return false // (no hearer: "told of ...", or none at all, as above)
	}
	for j := v + 1; j < len(ws); j++ {
		if inSet(saidOpeners, strings.Trim(ws[j], ",;:.")) {
			return false
		}
		if strings.ContainsAny(ws[j], ",;:\"“”‘’") {
			return false
		}
		if j > v+1 && verbAt(ws, j) && !inSet(prepositions, ws[j-1]) && !inSet(determiners, ws[j-1]) {
			return false // ("told reporters the plant is safe": a clause said with no "that")
		}
	}
	return true
}

// cleftEnd reports whether ws ends on a cleft sentence cut before its
// clause: "it was" and a name of up to three words ("They said that it was
// Jobs", its "who made the decision" gone), which names only who did what
// the title no longer tells.
func cleftEnd(ws []string) bool {
	for n := 1; n <= 3 && n+2 <= len(ws); n++ {
		k := len(ws) - n
		if !capitalized(ws[k]) {
			return false
		}
		if be := strings.ToLower(ws[k-1]); (be == "was" || be == "is") && strings.EqualFold(ws[k-2], "it") {
			return true
		}
	}
	return false
}

// verbGroups counts the verbs of ws, a run of them ("has been charged")
// or two joined by a conjunction ("shot and killed") as one.
func verbGroups(ws []string) int {
	n, prev := 0, false
	for i := range ws {
		v := verbAt(ws, i)
		if v && !prev && (i == 0 || !inSet(titleConjunctions, ws[i-1])) {
			n++
		}
		prev = v
	}
	return n
}

// titleCase reports whether a title of three or more words is in title
// case: no word of four letters or more in lower case ("Sixers Hire
// Maurice Cheeks as Head Coach").
func titleCase(ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	for _, w := range ws {
		w = strings.Trim(w, ",;:.!?\"“”‘’'()")
		if r, _ := utf8.DecodeRuneInString(w); len(w) >= 4 && unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// verbWords is auxiliaries, pastOpeners, verbForms and reportingVerbs in
// one set: verbAt, asked of many words of every title, looks a word up
// once, not four times.
var verbWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []wordset.Set{auxiliaries, pastOpeners, verbForms, reportingVerbs} {
		for w, ok := range set.All() {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}()

// verbAt reports whether ws[i] is, by its form, a verb: an auxiliary, a
// verb of saying, a verb of verbForms, a verb of a kind of happening, a
// negation ("can't"), the word after a subject pronoun, a word in "-ed",
// or one in "-s" before an article, a figure or a phrase, or after a name
// ("Lohan checks into rehab",
// "Gunman kills 1", "Pentagon sounds alarm"; not before a comma: "aid
// donations, including").
func verbAt(ws []string, i int) bool {
	w := trimCut(ws[i], ",;:.!?\"“”‘’'()")
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
		return false // a name: a verb is written in lower case within a title
	}
	w = strings.ToLower(w)
	if strings.HasSuffix(w, "ed") && i > 0 && i+1 < len(ws) && inSet(byOf, ws[i+1]) && !inSet(auxiliaries, ws[i-1]) {
		return false // "the employee accused of shooting", "a bomb planted by"
	}
	if verbWords[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true
	}
	if kw, ok := keywords[w]; ok && kw.verb {
		return true
	}
	if o, _ := utf8.DecodeRuneInString(ws[i]); i > 0 && inSet(subjectPronouns, ws[i-1]) && unicode.IsLower(o) && !strings.HasSuffix(w, "ly") {
		return true // "We express our gratitude"
	}
	if len(w) > 3 && strings.HasSuffix(w, "ed") {
		// (Not after an article, nor after a comma before a noun, where
		// it is an adjective: "the wounded deputy", "blankets, canned
		// food"; "LaCalamita, entered the office" and "Rhodes, the
		// singer, died after" are verbs.)
		if i == 0 {
			// (Not a first name before the surname: "Mohamed ElBaradei",
			// "Ahmed Kora".)
			return i+1 >= len(ws) || !capitalized(ws[i+1]) || !capitalized(ws[i])
		}
		lp := strings.ToLower(ws[i-1])
		if articleWords.Has(lp) {
			return false
		}
		if strings.HasSuffix(lp, ",") && i+1 < len(ws) {
			next := strings.ToLower(strings.Trim(ws[i+1], ",;:\"“”‘’'"))
			r, _ := utf8.DecodeRuneInString(next)
			return determiners.Has(next) || prepositions.Has(next) || particles.Has(next) || measureNumbers.Has(next) || unicode.IsDigit(r) || subordinators.Has(next)
		}
		return true
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || i == 0 {
		return false
	}
	if i+1 >= len(ws) || strings.ContainsAny(ws[i][len(ws[i])-1:], ",;:.") {
		return false
	}
	prev := strings.Trim(ws[i-1], "\"“”‘’'(")
	if inSet(articleWords, prev) {
		return false // "the hits"
	}
	next := strings.ToLower(strings.Trim(ws[i+1], ",;:\"“”‘’'"))
	r, _ := utf8.DecodeRuneInString(next)
	p, _ := utf8.DecodeRuneInString(prev)
	if o, _ := utf8.DecodeRuneInString(ws[i]); unicode.IsUpper(o) {
		return false // a name ("Kraft Foods plant")
	}
	if next == "of" {
		return false // "hundreds of"
	}
	if determiners.Has(next) || measureNumbers.Has(next) || unicode.IsDigit(r) {
		return true // "Greece faces a", "Gunman kills 1", "follows two"
	}
	// After a name, its subject ("Lohan checks into", "Pentagon sounds
	// alarm"), or before a phrase ("the government hopes to"); not a
	// plural after a figure or before "of" ("two co-workers at",
	// "hundreds of").
	if inSet(measureNumbers, prev) {
		return false
	}
	if i == 2 && unicode.IsLower(p) && unicode.IsLower(r) && capitalized(ws[0]) && !inSet(articleWords, ws[0]) && !determiners.Has(strings.ToLower(ws[0])) && countValue(ws[0]) == 0 && !inSet(quantifiers, ws[0]) &&
		!inSet(prepositions, prev) && !determiners.Has(prev) && !inSet(titleConjunctions, prev) && !strings.ContainsAny(ws[0]+prev, ",;:") && !inSet(auxiliaries, next) {
		// A headline's subject of a name and the noun it qualifies,
		// then its verb in "-s": "Brenton swimmer wins national title",
		// "Ohio mayor wins election". (Not a count and its noun: "Three
		// burn victims remain".)
		return true
	}
	return unicode.IsUpper(p) && unicode.IsLower(r) || prepositions.Has(next)
}

// headline reports whether t is publishable and a clause with a verb of
// its own (see predicateless) that, if one of saying, says something (see
// saysNothing).
func headline(t string) bool {
	return publishable(t) && clause(strings.Fields(t))
}

// clause reports whether the title ws has a verb of its own that, if one
// of saying, says something.
func clause(ws []string) bool {
	return !predicateless(ws) && !saysNothing(ws)
}

// inSet reports whether w, in lower case, is in set, a word list: words of
// a few ASCII letters are lowered on the stack, as a title's checks ask
// this of every word.
func inSet(set wordset.Set, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return set.Has(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set.Has(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set.Has(string(buf[:len(w)]))
}

// pastVerb reports whether w, in lower case, is a verb in the past by its
// form and the word lists: the verb that ends a noun phrase ("Saturday's
// explosion at a Nairobi market rose to 15", "Tuesday's bombing killed
// 20").
func pastVerb(w string) bool {
	if pastOpeners.Has(w) || verbForms.Has(w) || reportingVerbs.Has(w) {
		return true
	}
	kw, ok := keywords[w]
	return ok && kw.verb && strings.HasSuffix(w, "ed")
}

// dotted reports whether the last word of s has a period inside it as well
// as at its end ("10 a.m.", "the U.S."): an abbreviation, whose period
// stays.
func dotted(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	for _, r := range w {
		if r != '.' && !unicode.IsLetter(r) {
			return false
		}
	}
	return strings.Count(w, ".") >= 2 && !strings.HasSuffix(w, "..")
}

// withoutAsideCommas mends ", ," in s, the two commas of an aside taken
// out whole: before a verb, the aside sat between the subject and its
// verb, and both commas go ("Voters in the district, , went to the polls"
// -> "Voters in the district went to the polls"); else one stays, as
// after an opening phrase ("In the city, , fans gathered").
func withoutAsideCommas(s string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	out := ws[:0:0]
	for i, w := range ws {
		if w == "," && len(out) > 0 && strings.HasSuffix(out[len(out)-1], ",") {
			if i+1 < len(ws) && isLower(ws[i+1]) && verbAt(ws, i+1) {
				out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], ",")
			}
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// tidy folds white space and mends the punctuation left where a time
// expression was taken out ("met , and" → "met, and").
func tidy(s string) string {
	if !plainLine(s) { // (a plain line is its own fields joined)
		s = strings.Join(strings.Fields(s), " ")
	}
	if strings.Contains(s, ", ,") {
		s = withoutAsideCommas(s)
	}
	for _, p := range []string{" ,", " .", " ;", " :"} {
		s = strings.ReplaceAll(s, p, p[1:])
	}
	s = strings.ReplaceAll(s, ",,", ",")
	// Parentheses the time was all of go with it ("footage of the flood
	// (2:14)" left "( )").
	for _, p := range []string{" ( )", " ()", "( )", "()"} {
		s = strings.ReplaceAll(s, p, "")
	}
	s = strings.Trim(s, " ,;")
	// A quotation that opens the title opens on its first word ("‘
	// Tonight was", left where a time was taken out or so typed).
	for _, q := range []string{"“", "‘"} {
		if strings.HasPrefix(s, q+" ") {
			s = q + strings.TrimLeft(s[len(q):], " ")
		}
	}
	// So does one a colon opens: "states: " Apple has lost" -> "states:
	// "Apple has lost".
	return strings.ReplaceAll(s, `: " `, `: "`)
}

func capitalize(s string) string {
	// After an opening quotation mark, the first letter of the quotation.
	i := 0
	for i < len(s) && strings.ContainsRune("\"“‘' ", rune(s[i])) {
		i++
	}
	if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "‘") {
		i += len("“")
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsUpper(next) {
		return s // a name written so: "iOS", "eBay"
	}
	return s[:i] + string(unicode.ToUpper(r)) + s[i+n:]
}

// nounTitle titles a happening named by a noun the time expression
// modifies ("a summit in May"): the noun and who took part.
func nounTitle(k kind, m mentions) string {
	who := m.persons
	if len(who) == 0 {
		who = m.actors
	}
	if len(who) == 0 {
		return capitalize(kindNouns[k])
	}
	return capitalize(kindNouns[k]) + " of " + joinAnd(who)
}

// derivedPrefix opens a derived title: a label, not a clause (see
// headline).
const derivedPrefix = "Previous "

// derivedTitle titles the earlier happening that "first ... in N years"
// points back to.
func derivedTitle(k kind, m mentions) string {
	t := derivedPrefix + kindNouns[k]
	if len(m.persons) > 0 {
		t += " of " + joinAnd(m.persons)
	}
	return t
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// txStart is where tx starts, or 0 for none.
func txStart(tx *timex.Timex) int {
	if tx == nil {
		return 0
	}
	return tx.Start
}

// withoutOpeningSubordinate drops a subordinate clause that opens s up to
// its comma ("after 12 days of digging, the military called off ...", "as
// rain fell, rescuers found ..."), when a clause with its subject and verb
// follows.
func withoutOpeningSubordinate(s string) string {
	t := strings.TrimLeft(s, " ,")
	w := strings.ToLower(firstWord(t))
	if !subordinators.Has(w) || titleConjunctions.Has(w) {
		return s
	}
	i := strings.Index(t, ", ")
	if i < 0 || fieldCount(t[:i]) > 12 {
		return s
	}
	if rest := t[i+2:]; subjectVerb(rest) || fieldCount(rest) > 3 && clause(strings.Fields(rest)) && !inSet(subordinators, firstWord(rest)) {
		return rest
	}
	return s
}

// fromSubordinate starts a title at the clause that names the happening
// when it hangs off a reporting frame: "His remarks came after Ruiz
// arrived ..." is titled "Ruiz arrived ...".
func fromSubordinate(s string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	for i, w := range ws {
		if !frameVerbs.Has(w) {
			continue
		}
		// "came after", "comes only two months after", "came as".
		for j := i + 1; j < len(ws) && j <= i+5; j++ {
			if !frameLinks.Has(ws[j]) {
				continue
			}
			rest := strings.Join(ws[j+1:], " ")
			if i == 1 && strings.EqualFold(ws[0], "it") && len(ws)-j > 4 {
				return rest // "It comes as police continue to appeal ...": "it" names nothing
			}
			for _, x := range words(rest, 0, len(rest)) {
				if _, ok := keywords[x.w]; ok {
					return rest
				}
			}
			break
		}
	}
	return s
}

// possessiveTitle titles "next month's NATO summit in Washington would
// ..." with the noun phrase the expression modifies: "NATO summit in
// Washington".
func possessiveTitle(text string, seg [2]int, tx timex.Timex) string {
	ws, stop := possessivePhrase(text, seg, tx.End)
	if len(ws) >= 3 && isLower(ws[0]) && !determiners.Has(ws[0]) && !strings.HasPrefix(text[stop:seg[1]], ",") && slices.ContainsFunc([]int{1, 2}, func(k int) bool { return verbAt(ws, k) }) {
		// "Wednesday's crackdown turned a protest into ...": the noun,
		// its day gone, is a clause's subject and takes its article
		// ("The crackdown turned ...", not "Crackdown turned ..."). (Not
		// a clause the phrase cut at a comma, "strike grounded flights,
		// shut shops and ...": the sentence titles it whole.)
		if tx.Val.Grain == timex.GrainYear && tx.Val.Unknown == 0 && tx.Val.Year > 0 && !strings.ContainsAny(tx.Text, "0123456789") {
			// "Last year's edition sold ...": a year written relative to
			// the day of writing is told by its figure, or the noun would
			// tell no more which one ("The 2025 edition sold ...").
			ws = append([]string{"the", strconv.Itoa(tx.Val.Year)}, ws...)
		} else {
			ws = append([]string{"the"}, ws...)
		}
		var room13 fieldRoom
		if rest := fieldsIn(&room13, text[stop:seg[1]]); len(rest) >= 2 && rest[0] == "to" && isLower(rest[1]) && !inSet(determiners, rest[1]) {
			// "... into calls for President X to resign": the clause's
			// "to" is no end of a noun phrase; its infinitive goes on,
			// up to a comma or the sentence's end.
			k := 0
			for k < len(rest) && !strings.ContainsAny(rest[k], ",;:") && !strings.HasSuffix(rest[k], ".") {
				k++
			}
			if k < len(rest) && strings.HasSuffix(rest[k], ".") && !strings.ContainsAny(rest[k], ",;:") {
				k++
			}
			if tail := rest[:k]; len(tail) >= 2 && len(tail) <= 4 && len(ws)+len(tail) <= maxTitleWords {
				tail[len(tail)-1] = strings.TrimRight(tail[len(tail)-1], ".")
				ws = append(ws, tail...)
			}
		} else if len(rest) >= 3 && strings.EqualFold(rest[0], "that") && isLower(rest[1]) && participial(rest[1]) && !inSet(auxiliaries, rest[1]) {
			// "Tuesday's collapse released a torrent that tore through
			// 200 homes, ...": the clause's object is told by the
			// relative clause its "that" opens, with its verb in the
			// past, up to a comma or the sentence's end.
			k := 0
			for k < len(rest) && !strings.ContainsAny(rest[k], ",;:\"“”()") && !strings.HasSuffix(rest[k], ".") {
				k++
			}
			if k < len(rest) && !strings.ContainsAny(strings.TrimRight(rest[k], ".,;:"), ",;:\"“”()") {
				k++ // the word the comma or the stop ends
			}
			if tail := slices.Clone(rest[:k]); len(tail) >= 3 && len(ws)+len(tail) <= maxTitleWords {
				tail[len(tail)-1] = strings.TrimRight(tail[len(tail)-1], ".,;:")
				ws = append(ws, tail...)
			}
		}
	}
	return capitalize(strings.Join(ws, " "))
}

// possessiveWords is the phrase possessiveTitle reads, as written, for
// asking whether it names a happening.
func possessiveWords(text string, seg [2]int, tx timex.Timex) string {
	ws, _ := possessivePhrase(text, seg, tx.End)
	return capitalize(strings.Join(ws, " "))
}

// possessivePhrase returns the words of the noun phrase after a possessive
// time expression that ends at byte end ("next month's NATO summit in
// Washington would ..."), up to a word that ends a phrase, a comma or stop,
// or maxTitleWords, and the byte where the phrase ends.
func possessivePhrase(text string, seg [2]int, end int) ([]string, int) {
	i := end
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(text[i:seg[1]], p) {
			i += len(p)
			break
		}
	}
	var out []string
	stop := i
	// Words split at Unicode spaces, as strings.Fields splits them (a
	// continuation byte such as à's 0xA0 is no space).
	space := func(k int) (bool, int) {
		r, n := utf8.DecodeRuneInString(text[k:seg[1]])
		return unicode.IsSpace(r), n
	}
	for i < seg[1] {
		for i < seg[1] {
			sp, n := space(i)
			if !sp {
				break
			}
			i += n
		}
		j := i
		for j < seg[1] {
			sp, n := space(j)
			if sp {
				break
			}
			j += n
		}
		if i == j {
			break
		}
		w := strings.TrimRight(text[i:j], ",;:.")
		if raw := text[i:j]; len(w) == len(raw)-1 && raw[len(w)] == '.' && (strings.Contains(w, ".") || isAbbreviation(w)) {
			w = raw // "the U.S. embassy": a short form's period ends nothing
		}
		if inSet(phraseEnds, w) || len(out) >= 2 && pastVerb(strings.ToLower(w)) || len(out) >= 1 && marginAfter(w, text[j:seg[1]]) {
			break
		}
		out = append(out, w)
		stop = i + len(w)
		if len(w) < j-i || len(out) == maxTitleWords {
			break
		}
		i = j
	}
	return out, stop
}

// marginAfter reports whether w, "by", opens the margin of the verb the
// noun phrase is an object of, not a phrase of the noun: "the winner of
// Sunday's election by fewer than 60,000 votes", "by 12 points" (a figure,
// a measure's number or a word of comparison after it).
func marginAfter(w, rest string) bool {
	if !strings.EqualFold(w, "by") {
		return false
	}
	n, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	n = strings.ToLower(strings.Trim(n, ",;:."))
	r, _ := utf8.DecodeRuneInString(n)
	return unicode.IsDigit(r) || measureNumbers.Has(n) || approximators.Has(n) || comparisons.Has(n)
}

// possessiveSpan is the byte span of the noun phrase a possessive time
// expression ending at end modifies ("Tuesday's suicide bombing at a Kabul
// market"), or false when the expression is no possessive.
func possessiveSpan(text string, seg [2]int, end int) ([2]int, bool) {
	if end >= seg[1] || !strings.HasPrefix(text[end:], "'s") && !strings.HasPrefix(text[end:], "’s") {
		return [2]int{}, false
	}
	ws, stop := possessivePhrase(text, seg, end)
	if len(ws) == 0 {
		return [2]int{}, false
	}
	return [2]int{end, stop}, true
}

// quoteTail gives back its opening mark to the end of a quotation that a
// clause of the speaker's opens ('and we will be open about it," the chief
// constable said on Sunday.': the sentence was cut at ", and" inside the
// quotation), its first word in capitals and a conjunction before it gone,
// so that the title says who spoke, as attributionFirst makes it; s
// otherwise.
func quoteTail(s string) string {
	if firstRune(s) == '"' || strings.ContainsRune(s, '“') {
		return s
	}
	i, mark := strings.Index(s, ",” "), "“"
	if i < 0 {
		i, mark = strings.Index(s, ",\" "), "\""
		if i < 0 || strings.Count(s, "\"") != 1 {
			return s
		}
	}
	if !fieldsAtLeast(s[:i], 3) {
		return s
	}
	var room14 fieldRoom
	if rest := fieldsIn(&room14, s[i+len(",\" "):]); len(rest) < 2 || slices.IndexFunc(rest[:min(len(rest), 6)], func(w string) bool {
		return inSet(reportingVerbs, strings.Trim(w, ",."))
	}) < 0 {
		return s // no attribution after the mark
	}
	q := s
	if w := firstWord(q); inSet(titleConjunctions, w) {
		q = strings.TrimLeft(q[len(w):], " ")
	}
	return mark + capitalize(q)
}

// attributionFirst turns a sentence that opens with a quotation and ends
// with its attribution ("“...,” a spokesman said") around, so the title says
// who spoke: "A spokesman said: “...”".
func attributionFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r != '"' && r != '“' {
		return s
	}
	end := strings.IndexAny(s[n:], "\"”")
	if end < 0 {
		return s
	}
	quote := strings.TrimRight(s[n:n+end], " ,.")
	closing, m := utf8.DecodeRuneInString(s[n+end:])
	rest := strings.Trim(s[n+end+m:], " ,.")
	if fieldCount(rest) < 2 {
		return s
	}
	if c := saidAs(rest); c != "" {
		return c
	}
	var room15 fieldRoom
	if ws := fieldsIn(&room15, rest); len(ws) > 2 {
		// What follows the attribution's comma ('," the nurse told
		// reporters, her arm in a sling, a day after ...') tells of the
		// speaker or of the day, not of what was said: it goes, or a
		// long title would be cut there, with no quotation.
		verb := false
		for k := 0; k < len(ws)-1 && k < 8; k++ {
			says := inSet(reportingVerbs, strings.TrimRight(ws[k], ","))
			verb = verb || says
			if strings.HasSuffix(ws[k], ",") {
				// ("Kariuki said, standing on ...": the verb's own comma.)
				if verb && (k >= 2 || says) && !inQuotation(ws[:k+1]) {
					rest = strings.TrimSuffix(strings.Join(ws[:k+1], " "), ",")
				}
				break
			}
		}
	}
	// The quotation keeps its marks: the words are the speaker's.
	t := speakerFirst(rest) + ": " + string(r) + quote + string(closing)
	var room16 fieldRoom
	if ws := fieldsIn(&room16, rest); fieldCount(t) > maxTitleWords && len(ws) > 2 && !inSet(reportingVerbs, ws[len(ws)-1]) {
		// (A long one would be cut inside the quotation: the speaker's
		// place goes first, "said at a press conference at the force's
		// headquarters".)
		for k := 1; k < len(ws) && k <= 5; k++ {
			if strings.HasSuffix(ws[k-1], ",") || isLower(ws[0]) && (inSet(prepositions, ws[0]) || inSet(titleConjunctions, ws[0])) {
				// ("to this risk, Strauss-Kahn said ...": not a speaker's
				// words alone; "federation president Ana Reyes said"
				// and "a spokesman said" are.)
				break
			}
			if inSet(reportingVerbs, ws[k]) {
				end := k + 1 // the attribution kept: the speaker and the verb
				if k+1 < len(ws) && !inSet(prepositions, ws[k+1]) {
					// ("told reporters": the verb's object stays, its
					// place goes: "told reporters | at a rally outside
					// the district office".)
					end = hearerEnd(ws, k)
					if end < 0 {
						break
					}
				}
				if short := speakerFirst(strings.Join(ws[:end], " ")) + ": " + string(r) + quote + string(closing); fieldCount(short) <= maxTitleWords {
					return short
				}
				break
			}
		}
	}
	return t
}

// hearerEnd returns where the hearer of a verb at ws[k] that takes one
// first ("told reporters", "told a Senate panel"; directing-verbs) ends
// before the preposition of a place or a time after it, up to four words
// in lower case or a name, none with a comma; -1 when ws[k] takes no
// hearer or no preposition comes after it.
func hearerEnd(ws []string, k int) int {
	if !inSet(directingVerbs, ws[k]) {
		return -1
	}
	for j := k + 1; j < len(ws) && j <= k+5; j++ {
		w := strings.ToLower(ws[j])
		if j > k+1 && prepositions.Has(w) && w != "of" {
			return j
		}
		if strings.ContainsAny(ws[j], ",;:\"“”‘’") || w == "that" || w == "to" {
			return -1
		}
	}
	return -1
}

// saidAs returns the clause an attribution tells the words were said as
// or after ("union president Harold Daggett said as about 45,000
// dockworkers walked off the job"): the happening, which the quotation
// only comments on. It is "" when the attribution has no such clause with
// a subject of its own (a pronoun's is not: "she said as her family
// watched").
func saidAs(rest string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, rest)
	for i := 1; i+4 < len(ws) && i < 10; i++ {
		if !inSet(reportingVerbs, ws[i-1]) {
			continue
		}
		if !inSet(saidLinks, ws[i]) {
			return ""
		}
		first := strings.ToLower(ws[i+1])
		if subjectPronouns.Has(first) || possessivePronouns.Has(first) || !clause(ws[i+1:]) {
			return ""
		}
		return strings.Join(ws[i+1:], " ")
	}
	return ""
}

// speakerFirst puts the speaker of an inverted attribution before the verb:
// "said Governor Eduardo Leite in a video" is "Governor Eduardo Leite said
// in a video". The speaker runs to a preposition other than "of" ("said
// one of the rebel leaders"), a comma or the end.
func speakerFirst(rest string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, rest)
	for k := 0; k < len(ws)-2 && k < 4; k++ {
		// An apposition to the quotation's last word comes between it
		// and the verb ("..., " the Sudanese capital, said one of the
		// rebel leaders"): it tells of what was quoted, not of the
		// speaker.
		if strings.HasSuffix(ws[k], ",") && inSet(invertingVerbs, ws[k+1]) && !inSet(invertingVerbs, ws[0]) {
			ws = ws[k+1:]
			break
		}
	}
	if len(ws) < 2 || !inSet(invertingVerbs, ws[0]) {
		return rest
	}
	k, tail := 1, true
	for k < len(ws) && k <= 8 && (!inSet(prepositions, ws[k]) || strings.EqualFold(ws[k], "of")) {
		if strings.HasSuffix(ws[k], ",") {
			// "said the minister, who ...": what follows the speaker's
			// comma tells of the speaker, not of the saying.
			ws[k] = strings.TrimSuffix(ws[k], ",")
			k, tail = k+1, false
			break
		}
		k++
	}
	if k > 8 {
		return rest
	}
	out := append(append([]string{}, ws[1:k]...), strings.ToLower(ws[0]))
	if tail {
		out = append(out, ws[k:]...)
	}
	return capitalize(strings.Join(out, " "))
}

// atComma shortens a long title at the first comma after its first verb,
// which ends the main clause more often than not ("Ruiz met Berg at the
// cosmodrome, a spaceport in ..." → "Ruiz met Berg at the cosmodrome").
func atComma(ws []string) []string {
	verb := false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if kw, ok := keywords[strings.ToLower(strings.Trim(w, ",.;:\"“”"))]; ok && kw.verb {
			verb = true
		}
		if verb && strings.HasSuffix(w, ",") {
			if k := thatAside(ws, i); k > 0 {
				// ("ruled that, under the treaty, the girl must go back":
				// the phrase between "that" and its clause goes; the
				// clause, what was said or ruled, stays.)
				ws = append(append(slices.Clip(ws[:i]), strings.TrimSuffix(w, ",")), ws[k+1:]...)
				if len(ws) <= maxTitleWords {
					return ws
				}
				continue
			}
			if k := directedAside(ws, i); k > 0 {
				// ("had asked its parent group, a holding company, to
				// fund the repairs": the aside between the one directed
				// and the "to" of what was asked goes; the order and
				// what it ordered stay.)
				ws = append(append(slices.Clip(ws[:i]), strings.TrimSuffix(w, ",")), ws[k+1:]...)
				if len(ws) <= maxTitleWords {
					return ws
				}
				continue
			}
			if k := appositionClose(ws, i+1); k > 0 {
				// ("said one of the men held, a 27-year-old cook, would
				// appear": the comma opens an apposition, and its
				// subject's verb comes after the one that closes it; the
				// apposition goes, the verb stays.)
				ws = append(append(slices.Clip(ws[:i]), strings.TrimSuffix(w, ",")), ws[k+1:]...)
				if len(ws) <= maxTitleWords {
					return ws
				}
				continue
			}
			if i >= 4 && i < maxTitleWords && losesVerb(ws, ws[:i+1]) {
				continue // ("said Anthony LaCalamita III, 38, targeted")
			}
			if adjectiveComma(ws, i) {
				continue // ("try an older, cheaper drug": one noun's)
			}
			if i >= 4 && i < maxTitleWords && (listItems(ws[i+1:]) || listClose(ws, i+1) > 0) {
				// A comma inside a list ("had stolen the names, addresses
				// and phone numbers of ..."): the cut past the list's end,
				// if there is one that keeps it whole.
				if out, cut := atBoundary(ws); !cut && len(out) > i+4 {
					return out
				}
				if k := listClose(ws, i+1); k > 0 {
					// ("... had stolen names, addresses, card numbers
					// and partial bank details" | "of about 4 million
					// users": the list goes whole, its phrase after it
					// does not.)
					return ws[:k]
				}
				return ws[:i+1]
			}
			if i >= 4 && i < maxTitleWords {
				return ws[:i+1]
			}
			return ws
		}
	}
	return ws
}

// directedAside returns the index of the word whose comma closes an aside
// that the comma after ws[i] opens between a directing verb's object and
// the "to" of what it directs ("had asked its parent group, a holding
// company, to fund", "told investors, in a trading update, to expect"):
// a directing verb (directing-verbs) within the five words before the
// comma, none of them with a mark of its own, and the aside, up to eight
// words with no mark but its closing comma, then "to" and a word in lower
// case. A cut at the first comma would keep the order and lose what was
// ordered. Else 0.
func directedAside(ws []string, i int) int {
	v := -1
	for j := i; j >= max(1, i-5); j-- {
		if j < i && clauseMark(ws[j]) {
			return 0
		}
		if isLower(ws[j]) && inSet(directingVerbs, strings.TrimSuffix(ws[j], ",")) {
			v = j
			break
		}
	}
	if v < 0 || v == i {
		return 0
	}
	for k := i + 1; k < len(ws)-2 && k <= i+8; k++ {
		if strings.HasSuffix(ws[k], ",") && !strings.ContainsAny(strings.TrimSuffix(ws[k], ","), ",;:\"“”()") {
			if strings.EqualFold(ws[k+1], "to") && isLower(ws[k+2]) && !inSet(articleWords, ws[k+2]) && !inSet(determiners, ws[k+2]) {
				return k
			}
			return 0
		}
		if clauseMark(ws[k]) {
			return 0
		}
	}
	return 0
}

// adjectiveComma reports whether the comma after ws[i] parts two words
// that tell of one noun after an article ("try an older, cheaper drug",
// "a long, hot summer"): the article, a word in lower case and its comma,
// then a plain word in lower case and the noun, with the phrase's end,
// a comma or a preposition after it. A cut there would leave the article
// with no noun ("try an older"). Not an apposition (", a ..."), a relative
// (", which ..."), a participle or an adverb after the comma (", damaged
// by fire", ", now empty"), nor a list ("an apple, pears and plums").
func adjectiveComma(ws []string, i int) bool {
	if i < 1 || i+2 >= len(ws) || !inSet(articleWords, ws[i-1]) {
		return false
	}
	a, b, n := strings.TrimSuffix(ws[i], ","), ws[i+1], strings.TrimRight(ws[i+2], ",.;:")
	if !isLower(a) || strings.ContainsAny(a, ",;:\"“”()") || !isLower(b) || strings.ContainsAny(b, ",;:\"“”()") || !isLower(n) || strings.ContainsAny(n, "\"“”()") {
		return false
	}
	for _, w := range []string{b, n} {
		if determiners.Has(w) || prepositions.Has(w) || titleConjunctions.Has(w) || relativePronouns.Has(w) || subordinators.Has(w) || auxiliaries.Has(w) || commaAdverbs.Has(w) {
			return false
		}
	}
	if verbAt(ws, i+1) || strings.HasSuffix(b, "ed") || strings.HasSuffix(b, "ing") || strings.HasSuffix(b, "ly") || strings.HasSuffix(b, "s") {
		return false
	}
	if i+3 < len(ws) && n == ws[i+2] {
		next := strings.ToLower(ws[i+3])
		return prepositions.Has(next) || titleConjunctions.Has(next) && next != "and" && next != "or"
	}
	return true
}

// thatAside is the index of the word whose comma closes a phrase set off
// after "that," (ws[i]) before the clause it opens ("said that, under the
// constitution, the speaker would ..."): a phrase led by a preposition, of
// no verb, within six words. 0 when there is none.
func thatAside(ws []string, i int) int {
	if !strings.EqualFold(ws[i], "that,") || i+2 >= len(ws) || !inSet(prepositions, ws[i+1]) {
		return 0
	}
	for k := i + 1; k < len(ws)-1 && k <= i+6; k++ {
		if strings.ContainsAny(ws[k], ";:\"“”()") || k > i+1 && verbAt(ws, k) {
			return 0
		}
		if strings.HasSuffix(ws[k], ",") {
			return k
		}
	}
	return 0
}

// appositionClose is the index of the word whose comma closes an
// apposition that ws[i] opens after a comma, in a clause whose subject it
// renames: a determiner or a number opening a few words of no verb ("a
// 27-year-old cook,", "the harbour's pilot,"), the verb of that subject
// right after the closing comma ("would appear", "was charged"). 0 when
// there is none.
func appositionClose(ws []string, i int) int {
	if i >= len(ws) || !inSet(determiners, ws[i]) && !isNumber(strings.ToLower(ws[i])) {
		return 0
	}
	for k := i; k < len(ws)-1 && k < i+6; k++ {
		if strings.ContainsAny(ws[k], ";:\"“”()") || k > i && verbAt(ws, k) {
			return 0
		}
		if strings.HasSuffix(ws[k], ",") {
			if k == i {
				return 0 // an age (", 49,"), the name's own
			}
			if next := strings.ToLower(ws[k+1]); auxiliaries.Has(next) || pastVerb(next) && !participle(next) {
				return k
			}
			return 0
		}
	}
	return 0
}

// listItems reports whether ws, the words after a comma, are the last
// items of a list the comma went on with: a noun or two in lower case
// (no determiner, preposition, participle or verb) before "and" or "or"
// ("addresses and phone numbers").
// listClose returns where the list that goes on at ws[i] ends, its last
// item closed by the preposition, the comma or the end that follows it,
// within titleSlack words of the cap; 0 when there is no such end.
func listClose(ws []string, i int) int {
	for j := i; j < len(ws) && j <= maxTitleWords+titleSlack; j++ {
		w := strings.ToLower(ws[j])
		if w == "and" && j == i || w == "or" && j == i {
			return 0 // (", and then checked": a clause joined, no list)
		}
		if w != "and" && w != "or" {
			if !isLower(ws[j]) && !isNumber(ws[j]) || strings.ContainsAny(ws[j], ";:\"“”") || participle(ws[j]) || inSet(determiners, ws[j]) ||
				inSet(prepositions, ws[j]) || inSet(subordinators, ws[j]) || inSet(titleConjunctions, ws[j]) || verbAt(ws, j) {
				return 0 // (a clause, not a list of nouns)
			}
			continue
		}
		for k := j + 1; k < len(ws) && k <= maxTitleWords+titleSlack; k++ {
			if strings.HasSuffix(ws[k], ",") {
				return k + 1
			}
			if verbAt(ws, k) || participle(ws[k]) || pastVerb(ws[k]) {
				return 0
			}
			if inSet(prepositions, ws[k]) || inSet(relativePronouns, ws[k]) || strings.EqualFold(ws[k], "that") {
				if k < j+2 {
					return 0
				}
				return k
			}
		}
		return 0
	}
	return 0
}

func listItems(ws []string) bool {
	for k := 0; k < len(ws) && k < 3; k++ {
		w := ws[k]
		if k > 0 && (strings.EqualFold(w, "and") || strings.EqualFold(w, "or")) {
			return true
		}
		if !isLower(w) || strings.ContainsAny(w, ",;:.") || participle(w) || inSet(determiners, w) || inSet(prepositions, w) ||
			inSet(subordinators, w) || inSet(titleConjunctions, w) || verbAt(ws, k) {
			return false
		}
	}
	return false
}

// relativeTitle titles a relative clause with the people it is about:
// "Ana Ruiz and Tom Berg, who held talks ... a day earlier" is
// "Ana Ruiz and Tom Berg held talks ...". A live entry's stamp that opens
// the sentence is no word of the people ("5:40 p.m. — Nicole Gallant, who
// quit the caucus last week, rises to speak" is "Nicole Gallant quit the
// caucus"): it goes, as from any title (withoutStamp).
func relativeTitle(text string, sentStart int, seg [2]int, tx *timex.Timex, happening func(string) bool) string {
	if t := relativeTitleOf(text, sentStart, seg, tx, happening); t != "" {
		return withoutStamp(t)
	}
	return ""
}

func relativeTitleOf(text string, sentStart int, seg [2]int, tx *timex.Timex, happening func(string) bool) string {
	ante := strings.TrimRight(text[sentStart:seg[0]], " ,")
	if t, ok := pronounRelative(text, seg, tx, strings.Fields(ante), happening); ok {
		return t
	}
	if t := speakerRelative(text, seg, tx, strings.Fields(ante)); t != "" {
		return t
	}
	var room17 fieldRoom
	if ws := fieldsIn(&room17, ante); len(ws) > 8 || whoAfterClause(ws, text[seg[0]:seg[1]]) {
		// "The Cuban government demanded the return of Tomas Reyes, who
		// was rescued at sea last week": the person is the name that
		// ends the clause before.
		k := len(ws)
		for k > len(ws)-4 && named(ws, k-1) {
			k--
		}
		k = ampersandName(ws, k)
		if strings.EqualFold(firstWord(text[seg[0]:seg[1]]), "which") {
			// "... the chemicals used in the bombing of the station,
			// which killed 14 people": the thing is the noun phrase that
			// ends the clause before, its "of" phrases with it.
			if np := whichAntecedent(ws, happening); np != "" {
				ante, ws = np, nil
			}
		}
		if ws != nil && k < len(ws) && strings.EqualFold(firstWord(text[seg[0]:seg[1]]), "who") {
			// "Khan, 53, a former director of Harlow Properties, who was
			// arrested ...": the name after "of" completes a noun; the
			// person is who the noun is (whoOfName).
			if np := whoOfName(ws[:k]); np != "" {
				ante, ws = np, nil
			}
		}
		if ws != nil && (k == len(ws) || k == 0 || inSet(titleConjunctions, ws[k-1]) || strings.EqualFold(ws[k-1], "not") ||
			!strings.EqualFold(firstWord(text[seg[0]:seg[1]]), "who") && !whichName(ws, k, text[seg[0]:seg[1]])) {
			// ("it was Jobs, not Papermaster, who made ...", "Smith and
			// Jones, who ...": the name alone is not who did it.)
			return withObject(clauseTitle(text, seg, tx), text[seg[0]:seg[1]], ws)
		}
		if ws != nil {
			ante = strings.Join(ws[k:], " ")
		}
	}
	if strings.EqualFold(firstWord(text[seg[0]:seg[1]]), "who") {
		// "The resignation came a week after the mayor, who took office
		// in March, called for it": the person is the subject of the
		// clause the subordinator opened, a few words with no verb ("The
		// mayor took office"), not the clause before it.
		ws := strings.Fields(ante)
		for i := len(ws) - 2; i >= 1; i-- {
			if w := strings.ToLower(ws[i]); subordinators.Has(w) && !relativePronouns.Has(w) && w != "that" {
				if np := ws[i+1:]; len(np) <= 5 && (inSet(determiners, np[0]) || !isLower(np[0])) && noVerb(np) && !strings.ContainsAny(strings.Join(np, " "), ",;:\"“”()") {
					ante = strings.Join(np, " ")
				}
				break
			}
		}
	}
	if tx != nil && tx.Start > seg[0] && tx.End <= seg[1] {
		// The relative clause closed before the time, and a clause with
		// a subject of its own follows ("According to the official,
		// who spoke on condition of anonymity, the demand was made on
		// Tuesday night"): that clause is dated, and titled.
		body := text[seg[0]:tx.Start]
		if i := strings.LastIndex(body, ", "); i > 0 {
			first := firstWord(body[i+2:])
			if r, _ := utf8.DecodeRuneInString(first); r != utf8.RuneError && (unicode.IsUpper(r) || articleWords.Has(first)) && !inSet(relativeOpeners, first) {
				if t := clauseTitle(text, [2]int{seg[0] + i + 2, seg[1]}, tx); headline(t) {
					return t
				}
			}
		}
	}
	if tx != nil && tx.Start > seg[0] && tx.End < seg[1] {
		// "Vogt, who became chief executive in March said the company
		// would ...": the clause's closing comma is missing, and a verb
		// of saying right after its time is the sentence's own verb;
		// the relative clause ends with its time.
		if w := firstWord(strings.TrimLeft(text[tx.End:seg[1]], " ")); text[tx.End] == ' ' && isLower(w) && reportingVerbs.Has(w) {
			seg[1] = tx.End
		}
	}
	clause := clauseTitle(text, seg, tx)
	w := firstWord(clause)
	if strings.EqualFold(firstWord(text[seg[0]:seg[1]]), "which") {
		// A thing: the last noun before the clause ("The president of
		// South Sudan, which became ..." tells of South Sudan), unless
		// the clause's verb is plural and that noun is not ("Schools in
		// the district, which were closed ...": the schools were).
		ws := strings.Fields(ante)
		verb := strings.ToLower(firstWord(strings.TrimLeft(text[seg[0]+len("which"):seg[1]], " ")))
		// (An object after the verb makes it no stretch's: "the
		// republic, which ended its civil war".)
		objectAfter := false
		var room18 fieldRoom
		if rw := fieldsIn(&room18, text[seg[0]:seg[1]]); len(rw) > 2 {
			n := strings.ToLower(rw[2])
			objectAfter = determiners.Has(n) || possessivePronouns.Has(n) || articleWords.Has(n) || isNumber(n) && !strings.ContainsAny(n, ".,")
		}
		var room19 fieldRoom
		if np := fieldsIn(&room19, whichAntecedent(ws, happening)); len(np) >= 2 && len(np) < len(ws) && isLower(np[0]) && !strings.HasPrefix(ws[len(ws)-len(np)-1], "of") {
			// "The council approved a plan, which was drafted in May":
			// the thing is the noun phrase the verb before took, not
			// the clause ("The plan was drafted"), as in a longer one.
			if strings.EqualFold(np[0], "a") || strings.EqualFold(np[0], "an") {
				np[0] = "the"
			}
			ws, ante = np, strings.Join(np, " ")
		}
		for i := len(ws) - 1; i > 0; i-- {
			if strings.EqualFold(ws[i-1], "that") && (inSet(determiners, ws[i]) || !isLower(ws[i])) {
				// "Officials said on Monday that the blaze, which
				// started ...": the noun phrase starts after the "that"
				// that opens what was said, not after "on" ("that
				// building" is a noun phrase of its own).
				ante = strings.Join(ws[i:], " ")
				break
			}
			// ("Drilling of the shaft, which began on Friday", "The
			// review of 412 decisions, which started in May": a verb of
			// a stretch's start or end, with no object, tells of the
			// work the "of" phrase belongs to, not of its object;
			// aspect-verbs, process-nouns, data.)
			if p := strings.ToLower(ws[i-1]); prepositions.Has(p) && !(p == "of" && i >= 2 && (happening != nil && happening(ws[i-2]) || aspectVerbs.Has(verb) && !objectAfter && processNoun(ws[i-2]))) {
				if !pluralVerbs.Has(verb) || strings.HasSuffix(ws[len(ws)-1], "s") {
					ante = strings.Join(ws[i:], " ")
				}
				break
			}
		}
	}
	if strings.EqualFold(w, "who") || strings.EqualFold(w, "which") {
		clause = strings.TrimLeft(clause[len(w):], " ")
	}
	var room20 fieldRoom
	if aws := fieldsIn(&room20, ante); len(aws) > 0 && inSet(determiners, aws[0]) {
		// "The bill, which lawmakers passed on Tuesday": the pronoun is
		// the verb's object, and the subject is what the clause names
		// ("Lawmakers passed the bill").
		aws = append([]string{strings.ToLower(aws[0])}, aws[1:]...)
		if t := withObject(clause, text[seg[0]:seg[1]], aws); t != clause {
			return capitalize(t)
		}
	}
	if t, ok := relativeClauseWhole(text, sentStart, seg, tx, ante); ok {
		return t
	}
	return capitalize(closeApposition(ante) + " " + asWritten(clause, text[seg[0]:seg[1]]))
}

// relativeClauseWhole is the title of a relative clause whose antecedent,
// the words before its "who" or "which", is left a clause with a verb of
// its own ("The hospital has set up a helpline, which opens on Thursday"):
// in news English the pronoun then stands for the noun that ends that
// clause, its object, and the clause before with the pronoun dropped
// would glue two finite clauses into one ("The hospital has set up a
// helpline opens"). The title is the sentence's clause up to the end of
// the relative one, the pronoun and its comma kept, when that reads as a
// headline; ok is false when the antecedent is a noun phrase, or the
// whole clause is no headline.
func relativeClauseWhole(text string, sentStart int, seg [2]int, tx *timex.Timex, ante string) (string, bool) {
	var room fieldRoom
	aws := fieldsIn(&room, ante)
	if len(aws) < 2 || noVerb(aws) || seg[0] <= sentStart || toldWhich(text[seg[0]:seg[1]]) {
		return "", false
	}
	t := clauseTitle(text, [2]int{sentStart, seg[1]}, tx)
	if !headline(t) || !strings.Contains(t, ", "+firstWord(text[seg[0]:seg[1]])+" ") {
		return "", false
	}
	return t, true
}

// toldWhich reports whether rel, a relative clause, is a "which" told in
// the passive (passive-auxiliaries) of a verb of telling ("which was first reported on
// Tuesday", "which were announced in May"): such a "which" may stand for
// the whole clause before it, whose happening was told, and the clause
// titled whole would date that happening by its telling.
func toldWhich(rel string) bool {
	var room fieldRoom
	ws := fieldsIn(&room, rel)
	if len(ws) < 3 || !strings.EqualFold(ws[0], "which") {
		return false
	}
	for i := 1; i < len(ws) && i <= 4; i++ {
		if !inSet(passiveAuxiliaries, strings.Trim(ws[i], ",;:.")) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			if v := strings.Trim(ws[j], ",;:."); inSet(reportingVerbs, v) || inSet(announcingVerbs, v) {
				return true
			}
		}
	}
	return false
}

// ampersandName is where the name that ends ws starts, given k, where its
// last capitalised words start: an "&" between capitalised words joins
// one name ("Dahl Bridge & Iron", "Hale & Sons"), and the name goes on
// before it, up to three more capitalised words.
func ampersandName(ws []string, k int) int {
	if k < 2 || k >= len(ws) || ws[k-1] != "&" || !named(ws, k-2) {
		return k
	}
	j := k - 2
	for j > k-5 && named(ws, j-1) {
		j--
	}
	return j
}

// weekdayParticle reports whether last, the word before a time x, is an
// "in" that cannot lead it: news English leads a weekday with "on" or with
// nothing ("stepped in Friday", "moved in Tuesday"), never with "in", so
// such an "in" is the verb's particle ("step in", "move in") and stays
// with the verb when the time goes.
func weekdayParticle(last, x string) bool {
	return last == "in" && inSet(weekdayNames, strings.Trim(firstWord(x), ",.;:"))
}

// whoOfName returns who a "who" clause tells of when the name that ends the
// clause before follows "of" (ws, the words before that name): a name after
// "of" completes a noun ("a former partner of Grayling Holdings", "the
// chairman of the Fenwick Trust"), a body's or a place's, and "who" is a
// person: the one the noun is, the name of two or three words an
// apposition set the noun phrase after ("Pieter Viljoen, 61, a former
// director of"). "" when ws does not end in "of" (and an article) after a
// noun phrase of at most four words opened by an article, with such a name
// before it ("the chairman of the Fenwick Trust, who" is left as it was:
// the name the person is, is not told).
func whoOfName(ws []string) string {
	j := len(ws) - 1
	if j >= 0 && inSet(articleWords, ws[j]) {
		j--
	}
	if j < 1 || !strings.EqualFold(ws[j], "of") {
		return ""
	}
	a := -1 // the article that opens the noun phrase before "of"
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		if strings.ContainsAny(ws[i], ",;:\"“”()") || !isLower(ws[i]) {
			break
		}
		if inSet(articleWords, ws[i]) {
			a = i
			break
		}
	}
	if a < 0 {
		return ""
	}
	// The apposition's name: capitalised words, the last with the comma
	// that opens the apposition, an age between commas after it or not.
	e := a - 1
	if e >= 1 && isNumber(strings.TrimSuffix(ws[e], ",")) && strings.HasSuffix(ws[e], ",") {
		e--
	}
	if e >= 0 && strings.HasSuffix(ws[e], ",") {
		last := strings.TrimSuffix(ws[e], ",")
		b := e
		for b > 0 && b > e-2 && capitalized(ws[b-1]) && !strings.ContainsAny(ws[b-1], ",;:\"“”()") {
			b--
		}
		if capitalized(last) && !strings.ContainsAny(last, ",;:\"“”()") && b < e {
			return strings.Join(ws[b:e], " ") + " " + last
		}
	}
	return ""
}

// speakerRelative titles a "who" or "whose" clause on the speaker a verb
// of saying names at the end of the clause before ('"Nobody listened to
// us," said Rosa Lima, whose son was pulled from the rubble last
// Thursday'), told of that speaker ("Rosa Lima's son was pulled from the
// rubble"), not with the quotation. "" when the clause before ends
// otherwise.
func speakerRelative(text string, seg [2]int, tx *timex.Timex, ante []string) string {
	first := strings.ToLower(firstWord(text[seg[0]:seg[1]]))
	if first != "who" && first != "whose" {
		return ""
	}
	r := len(ante) - 2
	for r >= 0 && r >= len(ante)-6 && !inSet(reportingVerbs, strings.Trim(ante[r], ",;:\"“”")) {
		r--
	}
	if r < 0 || r < len(ante)-6 {
		return ""
	}
	np := ante[r+1:]
	for i, w := range np {
		if strings.ContainsAny(w, ",;:\"“”()") || i > 0 && verbAt(np, i) || isLower(w) && !inSet(articleWords, w) && !inSet(determiners, w) && i == 0 {
			return ""
		}
	}
	var twsRoom fieldRoom
	tws := fieldsIn(&twsRoom, clauseTitle(text, seg, tx))
	if len(tws) < 3 || !strings.EqualFold(tws[0], first) {
		return ""
	}
	if first == "whose" {
		return capitalize(strings.Join(np, " ") + "'s " + strings.Join(tws[1:], " "))
	}
	return capitalize(strings.Join(np, " ") + " " + strings.Join(tws[1:], " "))
}

// pronounRelative titles a relative clause whose subject is "it" and whose
// "which" is its verb's object ("Lumen said the audit by Hale & Co, which it
// ordered in May after a complaint, found ..."): "it" is the name that opens
// the sentence before its verb, a name of one to three capitalized words
// ("Lumen ordered the audit by Hale & Co after a complaint"). ante holds
// the sentence's words before the clause; the thing "which" stands for is
// the noun phrase whichAntecedent finds, opened by a determiner. ok is
// false when any of these is missing: titled as before, "Hale & Co it
// ordered after a complaint" named the wrong one and kept the pronoun.
func pronounRelative(text string, seg [2]int, tx *timex.Timex, ante []string, happening func(string) bool) (string, bool) {
	var cwsRoom fieldRoom
	cws := fieldsIn(&cwsRoom, text[seg[0]:seg[1]])
	if len(cws) < 4 || !strings.EqualFold(cws[0], "which") || cws[1] != "it" {
		return "", false
	}
	if v := strings.ToLower(strings.Trim(cws[2], ",;:")); !strings.HasSuffix(v, "ed") && !verbForms.Has(v) {
		return "", false
	}
	k := 0
	for k < len(ante) && k < 4 && capitalized(ante[k]) && !strings.ContainsAny(ante[k], ",;:\"“”()'’") {
		k++
	}
	if k == 0 || k > 3 || k >= len(ante) || !isLower(ante[k]) || !verbAt(ante, k) || inSet(subjectPronouns, ante[0]) || inSet(determiners, ante[0]) || inSet(articleWords, ante[0]) {
		return "", false
	}
	var npRoom fieldRoom
	np := fieldsIn(&npRoom, whichAntecedent(ante, happening))
	if len(np) < 2 || len(np) > 6 || !inSet(determiners, np[0]) {
		return "", false
	}
	var twsRoom fieldRoom
	tws := fieldsIn(&twsRoom, clauseTitle(text, seg, tx))
	if len(tws) > 0 && strings.EqualFold(tws[0], "which") {
		tws = tws[1:]
	}
	if len(tws) < 2 || !strings.EqualFold(tws[0], "it") || !strings.EqualFold(tws[1], strings.Trim(cws[2], ",;:")) {
		return "", false
	}
	np[0] = strings.ToLower(np[0])
	out := slices.Concat(ante[:k], tws[1:2], np, tws[2:])
	if len(out) > maxTitleWords || unbalanced(out) {
		return "", false
	}
	return strings.Join(out, " "), true
}

// whichName reports whether a "which" clause tells of the name ws[k:] that
// a verb took at the end of the clause before ("has reached Congress,
// which will vote ..."): the name is the thing, as a person's is for
// "who". Not a name after a preposition ("the Ministry of Health" is more
// than "Health") or a determiner.
func whichName(ws []string, k int, rel string) bool {
	if !strings.EqualFold(firstWord(rel), "which") || k <= 0 || k >= len(ws) {
		return false
	}
	p := strings.ToLower(ws[k-1])
	return isLower(ws[k-1]) && !strings.ContainsAny(ws[k-1], ",;:") && !prepositions.Has(p) && !determiners.Has(p) && !inSet(articleWords, p) && verbAt(ws, k-1)
}

// whoAfterClause reports whether a "who" clause follows a short clause with
// a verb of its own that ends in a name: "Three magistrates heard Lucia
// Reyes, who took her daughter ...": who took her is the name, not the
// clause.
func whoAfterClause(ws []string, rel string) bool {
	if !strings.EqualFold(firstWord(rel), "who") {
		return false
	}
	k := len(ws)
	for k > len(ws)-4 && named(ws, k-1) {
		k--
	}
	return k < len(ws) && k > 1 && !noVerb(ws[:k])
}

// whichAntecedent is the noun phrase that ends ws, the words before a
// ", which" clause, back to a determiner after a preposition, a verb or a
// comma, of two to eight words; or "" (after a preposition that follows a
// noun, which the phrase may belong to: "the bridge across the river, which
// the board opened"). A happening's "of" phrase goes with
// it ("the bombing of the central station" in "the chemicals used in the
// bombing of the central station"); another noun's does not ("the
// president of South Sudan" ends in "South Sudan").
func whichAntecedent(ws []string, happening func(string) bool) string {
	for i := len(ws) - 1; i >= 1 && i >= len(ws)-8; i-- {
		w := strings.ToLower(ws[i])
		if strings.ContainsAny(ws[i], ",;:()") {
			return ""
		}
		if w == "of" && i+1 < len(ws) && (happening == nil || !happening(ws[i-1])) {
			if len(ws)-i-1 >= 2 {
				return strings.Join(ws[i+1:], " ")
			}
			return ""
		}
		if possessivePronouns.Has(w) {
			return "" // "its annual results": whose, the title would not say
		}
		if !articleWords.Has(w) {
			continue
		}
		if p := strings.ToLower(ws[i-1]); (sequenceSubordinators.Has(p) || p == "during") && len(ws)-i >= 2 && len(ws)-i <= 4 {
			// "... guilty of 12 of the 14 charges after a four-week
			// trial, which began on February 20": a happening the one
			// before came after (or during) is the one that began; the
			// clause tells of it, "the four-week trial".
			return "the " + strings.Join(ws[i+1:], " ")
		}
		if p := strings.ToLower(ws[i-1]); (prepositions.Has(p) && p != "of") || verbAt(ws, i-1) || i >= 2 && inSet(auxiliaries, ws[i-2]) && !prepositions.Has(p) || strings.HasSuffix(ws[i-1], ",") {
			// ("would delay the annual results": a verb after an
			// auxiliary, whatever its form.)
			if prepositions.Has(p) && (i < 2 || !verbAt(ws, i-2)) {
				// "the new bridge across the river, which the board
				// opened": a preposition after a noun may open a phrase
				// of that noun, which the clause may tell of.
				return ""
			}
			if len(ws)-i >= 2 {
				return strings.Join(ws[i:], " ")
			}
			return ""
		}
	}
	return ""
}

// closeApposition is a subject the comma of a clause after it closed,
// with that comma when it closed an apposition too: "Ana Ruiz, 19" (an
// age) or "Selim Kora, the former head" (a phrase with an article) is
// "Ana Ruiz, 19," before its verb.
func closeApposition(ante string) string {
	if i := strings.LastIndex(ante, ", "); i > 0 {
		if w := firstWord(ante[i+2:]); w == "" && isNumber(strings.TrimSpace(ante[i+2:])) || inSet(articleWords, w) {
			return ante + ","
		}
	}
	return ante
}

// decapitalize lower-cases the first letter of a clause that goes on after
// its subject ("Told reporters" → "told reporters"), unless the first word
// is a name or an acronym (a capital after the first letter, or a word the
// caller would not lower-case).
// asWritten lowers the first letter of a title made from clause the way
// clause writes it: "became", not a name ("California").
func asWritten(title, clause string) string {
	if d := decapitalize(title); d != title && strings.Contains(clause, " "+firstWord(d)+" ") {
		return d
	}
	return title
}

func decapitalize(s string) string {
	w := firstWord(s)
	if w == "" || strings.ToLower(w[1:]) != w[1:] {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// namePronoun puts the person a pronoun subject stands for into a title:
// "Shortly after taking office, he flew ..." becomes "Shortly after taking
// office, Ana Ruiz flew ...", "His plane landed" "Ana Ruiz's plane
// landed". Only the first "he" or "she" among the first words, or the
// "his" or "her" that opens the title, is replaced.
func namePronoun(title, name string) string {
	if name == "" {
		return title
	}
	name = withoutDropCap(name)
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if i := personPronounAt(title); i >= 0 && !quotedAt(ws, i) {
		if pronounNamedApart(ws, i, name) {
			// "He said the captain was held": the clause names the
			// one the name would be ("Captain Ana Ruiz") apart from its
			// pronoun, which is someone else. What he said is the
			// title, when it is a clause of its own.
			if rest := ws[min(len(ws), i+2):]; i == 0 && len(ws) > 2 && inSet(reportingVerbs, ws[1]) {
				if len(rest) > 0 && strings.EqualFold(rest[0], "that") {
					rest = rest[1:]
				}
				if len(rest) >= 4 && clause(rest) && !inQuotation(rest) {
					return capitalize(strings.Join(rest, " "))
				}
			}
			return title
		}
		if !inSet(personPronouns, ws[i]) {
			name += "'s" // "His plane landed" -> "Richard Quill's plane landed"
		}
		ws[i] = name
		return capitalize(strings.Join(ws, " "))
	}
	return title
}

// withoutDropCap writes a person's name whose first word is in capitals as
// a feature's opening prints it ("MARTA Olsen has done this before") as
// a name is written ("Marta Olsen"): only a first word of letters, four
// at least with a vowel, before a word in mixed case ("AJ Green", "JOHN
// SMITH" stay).
func withoutDropCap(name string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, name)
	if len(ws) < 2 || utf8.RuneCountInString(ws[0]) < 4 || strings.ToUpper(ws[0]) != ws[0] || strings.ContainsFunc(ws[0], func(r rune) bool { return !unicode.IsLetter(r) }) || !strings.ContainsAny(ws[0], "AEIOUY") {
		return name
	}
	if next := ws[1]; !capitalized(next) || strings.ToUpper(next) == next {
		return name
	}
	r, n := utf8.DecodeRuneInString(ws[0])
	ws[0] = string(r) + strings.ToLower(ws[0][n:])
	return strings.Join(ws, " ")
}

// quotedAt reports whether ws[i] is inside a quotation: one opened before
// it and not closed, or one that the sentence opened before the title
// starts and that closes after it ('she asks when ...," Ruiz said': "she"
// is the speaker's word, not the speaker).
func quotedAt(ws []string, i int) bool {
	if inQuotation(ws[:i+1]) {
		return true
	}
	before := strings.Count(strings.Join(ws[:i], " "), "\"") + strings.Count(strings.Join(ws[:i], " "), "“")
	after := strings.Join(ws[i:], " ")
	if before > 0 {
		return false
	}
	// The first mark after it closes: it ends a word, not opens one.
	j := strings.IndexAny(after, "\"“”")
	return j > 0 && (after[j] != '"' || after[j-1] != ' ') && !strings.HasPrefix(after[j:], "“")
}

// pronounNamedApart reports whether a word of name, its role ("Captain"),
// comes again in ws after its pronoun at i, in lower case: "the captain"
// is then another than the pronoun. (The name again, "Her stay ...
// after Lohan crashed", is the same person.)
func pronounNamedApart(ws []string, i int, name string) bool {
	for _, n := range strings.Fields(name) {
		n = strings.Trim(n, ".,")
		if len(n) < 3 || inSet(articleWords, n) { // ("The man": "the" names no one)
			continue
		}
		for _, w := range ws[i+1:] {
			if isLower(w) && strings.EqualFold(strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:\"“”"), "'s"), "’s"), n) {
				return true
			}
		}
	}
	return false
}

// objectPronounAt is the index of a "him" that is the object of a verb
// or a preposition after the title's first words ("Lawmakers called for
// him to step down"), or of a "her" that no noun follows (no possessive:
// "fined her", "asked her to"), outside a quotation; -1 when none, or
// when the title has a "he", "she" or a second such pronoun, whose person
// is the same one or another, or a name may be (a capital after its first
// word, a first word in "'s" or before a verb of saying).
func objectPronounAt(title string) int {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if len(ws) < 3 || strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s") || inSet(reportingVerbs, ws[1]) {
		return -1 // the first word may be the person's name: "Ruiz's aide", "Ruiz said"
	}
	at := -1
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:."))
		if personPronouns.Has(lw) || personOthers.Has(lw) || i > 0 && !isLower(w) && unicode.IsUpper([]rune(w)[0]) && !(i == 1 && groupPlurals.Has(lw)) {
			return -1 // (a name may be the person: "Ruiz's aide called him")
		}
		if i < 2 || !isLower(w) || strings.ContainsAny(w, "\"“”'’") || !objectPronouns.Has(lw) {
			continue
		}
		// ("her" is also a possessive: "fined her company".)
		if possessivePronouns.Has(lw) && lw == strings.ToLower(w) && i+1 < len(ws) && isLower(ws[i+1]) && !strings.EqualFold(ws[i+1], "to") && !inSet(prepositions, ws[i+1]) && !inSet(articleWords, ws[i+1]) {
			return -1 // a possessive: whose, and how many, is not told
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	if at >= 0 && quotedAt(ws, at) {
		return -1
	}
	return at
}

// reportedPronounAt is the index of a "he" or "she" that opens what a
// title's subject said ("The commission said (that) he had no plans to
// step down"), when the subject is no person who might be the pronoun
// itself (no name: no capital after the first word, no first word in
// "'s"; no role: "The spokesman said he"), and the title has no other
// person pronoun; -1 when none.
func reportedPronounAt(title string) int {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if len(ws) < 4 || strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s") || inSet(personPronouns, ws[0]) {
		return -1
	}
	at := -1
	for i := 1; i+1 < len(ws); i++ {
		if lw := strings.ToLower(ws[i]); reportingVerbs.Has(lw) && isLower(ws[i]) {
			j := i + 1
			if strings.EqualFold(ws[j], "that") {
				j++
			}
			if j+1 < len(ws) && (ws[j] == "he" || ws[j] == "she") && at < 0 {
				at = j
				for _, w := range ws[:i] {
					if inSet(roleWords, strings.Trim(w, ",;:")) {
						return -1
					}
				}
			}
			break
		}
	}
	if at < 0 {
		return -1
	}
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:."))
		if i != at && (personPronouns.Has(lw) || personOthers.Has(lw) || objectPronouns.Has(lw)) || i > 0 && capitalized(w) {
			return -1
		}
	}
	if quotedAt(ws, at) {
		return -1
	}
	return at
}

// closingParticle reports whether the title ws ends as its clause orig
// does, on a verb it knows and its particle ("search goes on";
// closing-particles),
// the last two words the same: the particle is the verb's, not a
// preposition whose time was taken out.
func closingParticle(ws, orig []string) bool {
	n, m := len(ws), len(orig)
	if n < 3 || m < 2 || ws[n-1] != orig[m-1] || ws[n-2] != orig[m-2] {
		return false
	}
	v := strings.ToLower(ws[n-2])
	kw, ok := keywords[v]
	// (A verb in "-s" follows its subject, not a determiner: "its
	// crossings on" is a noun that lost its time.)
	p := strings.ToLower(ws[n-3])
	present := strings.HasSuffix(v, "s") && !determiners.Has(p) && !possessivePronouns.Has(p) && !measureNumbers.Has(p) && !isNumber(p)
	return closingParticles.Has(ws[n-1]) && isLower(ws[n-2]) && verbAt(ws, n-2) && (present || verbForms.Has(v) || pastVerb(v) || len(v) > 4 && strings.HasSuffix(v, "ed") || ok && kw.verb)
}

// reducedPassive makes a clause of a noun and the participle that tells
// what was done to it, the whole of a title with no verb, a noun phrase
// ("a deed signed in the county office", what "according to" named): "A
// deed was signed in the county office". The participle in "-ed" follows the noun (an
// article and up to two words in lower case) before a preposition, and
// no verb comes after it; else s is returned as it is.
func reducedPassive(s string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	if len(ws) < 4 {
		return s
	}
	from := 2
	if !inSet(articleWords, ws[0]) {
		// A plural with no article ("unofficial results posted by the
		// town clerk": "Unofficial results were posted ...").
		if lw := strings.ToLower(ws[0]); !isLower(ws[0]) || determiners.Has(lw) || prepositions.Has(lw) || quantifiers.Has(lw) || countNumbers.Has(lw) {
			return s
		}
		from = 1
	}
	for j := from; j <= 3 && j+1 < len(ws); j++ {
		w := ws[j]
		if !isLower(w) || strings.ContainsAny(ws[j-1], ",;:\"“”()") {
			return s
		}
		if lw := strings.ToLower(ws[j-1]); prepositions.Has(lw) || determiners.Has(lw) || titleConjunctions.Has(lw) || j > 1 && auxiliaries.Has(lw) && !inSet(articleWords, ws[j-2]) {
			return s
		}
		if len(w) <= 4 || !strings.HasSuffix(w, "ed") || !inSet(prepositions, ws[j+1]) {
			continue
		}
		for k := j + 1; k < len(ws); k++ {
			if verbAt(ws, k) {
				return s
			}
		}
		be := "was"
		if n := strings.ToLower(ws[j-1]); pluralNouns.Has(n) || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "'s") && !strings.HasSuffix(n, "’s") {
			be = "were"
		} else if from == 1 {
			return s // (no article, no plural: "public money spent on ...")
		}
		out := append(slices.Clip(ws[:j]), be)
		return strings.Join(append(out, ws[j:]...), " ")
	}
	return s
}

// speakerOf reports whether name speaks in sentence: a verb of saying
// right after the name ("Ana Lind said") or within the two words before
// it ("said spokeswoman Ana Lind").
func speakerOf(sentence, name string) bool {
	i := strings.Index(sentence, name)
	if i < 0 {
		return false
	}
	var afterRoom fieldRoom
	after := fieldsIn(&afterRoom, sentence[i+len(name):])
	var beforeRoom fieldRoom
	before := fieldsIn(&beforeRoom, sentence[:i])
	if len(after) > 0 && !strings.HasPrefix(sentence[i+len(name):], ",") && inSet(reportingVerbs, strings.Trim(after[0], ",.;:")) {
		return true
	}
	for _, w := range before[max(0, len(before)-2):] {
		if inSet(reportingVerbs, strings.Trim(w, ",.;:")) {
			return true
		}
	}
	return false
}

// personPronounAt is the index of the first "he" or "she" among the first
// words of a title, or 0 for a title that opens with "his" or "her" and a
// noun in lower case ("His plane landed"), or -1.
func personPronounAt(title string) int {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if len(ws) > 2 && (strings.EqualFold(ws[0], "his") || strings.EqualFold(ws[0], "her")) && isLower(ws[1]) {
		return 0
	}
	for i, w := range ws[:min(len(ws), 9)] {
		if inSet(personPronouns, w) {
			return i
		}
	}
	return -1
}

// innerTitle titles the happening a second date of a clause belongs to:
// the words from the last "that", "which" or "when" before the date ("the
// treaty that Ruiz and Berg signed in Lisbon on Wednesday" → "Ruiz and
// Berg signed in Lisbon"), or the kind of happening and who took part.
func innerTitle(text string, seg [2]int, tx timex.Timex, k kind, m mentions) string {
	before := text[seg[0]:tx.Start]
	at := -1
	for _, w := range innerOpeners {
		if i := strings.LastIndex(before, w); i > at {
			at = i + len(w)
		}
	}
	if at < 0 || fieldCount(before[at:]) < 2 {
		return nounTitle(k, m)
	}
	return clauseTitle(text, [2]int{seg[0] + at, seg[1]}, &tx)
}

// timedTail reports whether the time taken out after pre ended its
// clause (post holds nothing more) and the phrase after the last comma of
// pre, a few words opened by a preposition, "due" or a participle, would
// be left ending on a verb that needed the time: "due to begin" (in July),
// "with the first doses expected" (in August).
func timedTail(pre, post string) bool {
	if strings.Trim(post, ".!?\"”’ ") != "" {
		return false
	}
	k := strings.LastIndex(pre, ", ")
	if k < 0 {
		return false
	}
	head, tail := strings.Fields(pre[:k]), strings.Fields(pre[k+2:])
	if len(tail) == 0 || len(tail) > 5 || len(head) < 4 || inQuotation(head) || attributionTail(tail) {
		return false
	}
	if j := strings.Index(pre[:k], ", "); j > 0 && !strings.Contains(pre[j+2:k], ", ") && noVerb(strings.Fields(pre[:j])) {
		// "The mayor, elected in May, resigned on Friday": the comma
		// closed an aside on the subject, and what follows it is the
		// main verb, which the time dates.
		return false
	}
	first, last := strings.ToLower(tail[0]), tail[len(tail)-1]
	if !isLower(tail[0]) || !(phraseStart.Has(first) || first == "due" || participle(first)) || !isLower(last) {
		return false
	}
	for _, w := range tail {
		if inSet(reportingVerbs, w) || inSet(announcingVerbs, w) {
			return false
		}
	}
	return strings.HasSuffix(last, "ed") || verbForms.Has(last) || len(tail) >= 2 && strings.EqualFold(tail[len(tail)-2], "to")
}

// appositionVerb reports whether the last word of ws is the verb of a
// subject that an apposition between two commas renames: a name ("The
// chairman, Sean Fitzgerald, resigned"), or what a name is ("Sean
// Fitzgerald, the chairman, resigned"). Not after an age or any other
// aside ("a hearing for John Jenkin, 23, charged" with what).
func appositionVerb(ws []string) bool {
	n := len(ws)
	j := n - 3
	for j >= 1 && !strings.HasSuffix(ws[j], ",") {
		j--
	}
	if j < 1 {
		return false
	}
	app, subj := ws[j+1:n-1], ws[:j+1]
	if len(app) == 1 && isNumber(strings.TrimSuffix(app[0], ",")) && j >= 2 {
		// "The man, named locally as Pieter K., 46, surrendered": an
		// age closes the apposition before it; asked without it.
		return appositionVerb(append(slices.Clip(subj), ws[n-1]))
	}
	if len(app) >= 4 && len(app) <= 10 && inSet(quantifiers, app[0]) && strings.EqualFold(app[1], "of") && inSet(relativeOpeners, app[2]) && noVerb(subj) {
		return true // "The shops, many of which closed at the weekend, reopened"
	}
	if len(app) == 0 || len(app) > 6 {
		return false
	}
	if len(app) > 1 && (participleAdverbs.Has(app[0]) || strings.HasSuffix(app[0], "ly")) {
		app = app[1:] // "The bridge, last inspected in March, collapsed"
	}
	if len(subj) <= 4 && (inSet(articleWords, subj[0]) || capitalized(subj[0])) && participle(app[0]) && isLower(app[0]) && noVerb(subj) && !slices.ContainsFunc(app[1:], func(w string) bool { return isLower(w) && participle(w) }) {
		return true // "The mayor, elected in May, resigned"
	}
	if !predicateless(ws[:n-1]) {
		return false
	}
	if !slices.ContainsFunc(app, isLower) && !slices.ContainsFunc(app, isNumber) {
		return true
	}
	if len(subj) <= 4 && inSet(articleWords, subj[0]) {
		return true // "The bridge, old and rusty, reopened"
	}
	return len(subj) <= 4 && !slices.ContainsFunc(subj, isLower) && inSet(articleWords, app[0])
}

// relativeTimed reports whether a time after before, the words of its
// clause up to it, may be a relative clause's: a relative pronoun comes
// before it, and no auxiliary after the pronoun's own verbs that could be
// the main clause's ("A pirate who took part in the 2009 hijacking", "A
// man who was arrested on Friday"; not "A man who fled has been charged
// on Monday").
func relativeTimed(before string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, before)
	at := -1
	for i, w := range ws {
		if inSet(relativeOpeners, w) {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	k := at + 1
	if strings.EqualFold(ws[at], "whose") {
		// "whose boarding wing was extended": the noun it asks of first.
		for k < len(ws) && k <= at+3 && !inSet(auxiliaries, ws[k]) && isLower(ws[k]) && !strings.ContainsAny(ws[k], ",;:") {
			k++
		}
	}
	for k < len(ws) && inSet(auxiliaries, ws[k]) {
		k++ // "who was", "who has been"
	}
	return !slices.ContainsFunc(ws[k:], func(w string) bool { return inSet(auxiliaries, w) })
}

// namedSubject is s with a subject that tells whose it is by a pronoun
// and is renamed by a name between commas left as the name: "His former
// wife, Carla Barros, took their son" -> "Carla Barros took their son".
// The pronoun's person is the sentence before's; the name is the title's.
func namedSubject(s string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	if len(ws) < 5 || !inSet(possessivePronouns, ws[0]) {
		return s
	}
	i := 1
	for i < 4 && !strings.HasSuffix(ws[i], ",") {
		i++
	}
	if i == 4 || !strings.HasSuffix(ws[i], ",") {
		return s
	}
	j := i + 1 // the name's last word, which ends with the comma
	for j < len(ws)-1 && j-i <= 3 && capitalized(ws[j]) && !strings.HasSuffix(ws[j], ",") {
		j++
	}
	if j >= len(ws)-1 || !capitalized(ws[j]) || !strings.HasSuffix(ws[j], ",") || !isLower(ws[j+1]) || !verbAt(ws, j+1) {
		return s
	}
	name := append(slices.Clip(ws[i+1:j]), strings.TrimSuffix(ws[j], ","))
	return strings.Join(append(name, ws[j+1:]...), " ")
}

// capitalized reports whether w opens with a capital letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// withObject completes the title of a relative clause whose pronoun is
// its verb's object ("the Holt case, which Brazil's top judge settled on
// Tuesday" titled "Brazil's top judge settled") with the noun phrase the
// pronoun stands for, the last of ante's words after "of" or a verb
// (after another preposition it may be a phrase of the noun), when it
// opens with a determiner and the title ends on the verb: "Brazil's top
// judge settled the Holt case".
func withObject(title, clause string, ante []string) string {
	var cwsRoom fieldRoom
	cws := fieldsIn(&cwsRoom, clause)
	if len(cws) < 3 || !strings.EqualFold(cws[0], "which") {
		return title
	}
	q := 0 // a quantifier before the plural subject: "which both boards approved", "which 40 countries signed"
	if len(cws) >= 4 && (inSet(quantifiers, cws[1]) || isNumber(cws[1])) && isLower(cws[2]) && strings.HasSuffix(cws[2], "s") && !inSet(determiners, cws[2]) &&
		(strings.HasSuffix(strings.ToLower(cws[3]), "ed") || inSet(verbForms, cws[3])) {
		cws, q = cws[1:], 1
	}
	if w := strings.ToLower(cws[1]); isLower(cws[1]) && !determiners.Has(w) &&
		(verbAt(cws, 1) || !verbAt(cws, 2) || inSet(auxiliaries, cws[2]) || inSet(reportingVerbs, cws[2]) || subjectPronouns.Has(w) || relativeOpeners.Has(w) || prepositions.Has(w) || strings.HasSuffix(w, "ly")) {
		// (A subject in lower case is a plural noun before its verb:
		// "which lawmakers passed"; not "which sank", "which officials
		// said was flawed".)
		return title
	}
	var twsRoom fieldRoom
	tws := fieldsIn(&twsRoom, title)
	if len(tws) < 2 || len(tws) > maxTitleWords+titleSlack {
		return title
	}
	// The verb ends the title, or a phrase opened by a preposition follows
	// it ("40 countries signed in Geneva"): the object goes after the verb.
	v := len(tws) - 1
	if q > 0 && len(tws) > 3 && strings.EqualFold(tws[2], cws[2]) && inSet(prepositions, tws[3]) {
		v = 2
	}
	if to := toVerbAt(tws); to > 0 && to < v {
		// "which the city plans to demolish by June": the object goes
		// after the infinitive ("The city plans to demolish the hall by
		// June").
		v = to
	} else if len(tws) > maxTitleWords-4 {
		return title
	}
	if last := strings.ToLower(tws[v]); !(strings.HasSuffix(last, "ed") || verbForms.Has(last)) && v != toVerbAt(tws) {
		return title
	}
	k := len(ante)
	for k > 0 && !inSet(prepositions, ante[k-1]) && !verbAt(ante, k-1) && !strings.ContainsAny(ante[k-1], ",;:") {
		k--
	}
	np := ante[k:]
	if len(np) < 2 || len(np) > 5 || !inSet(determiners, np[0]) || k > 0 && inSet(prepositions, ante[k-1]) && !strings.EqualFold(ante[k-1], "of") {
		// ("the new bridge across the river, which the board opened":
		// the river is not what was opened.)
		return title
	}
	out := slices.Concat(tws[:v+1], np, tws[v+1:])
	if len(out) > maxTitleWords {
		if short, cut := shorten(out, false); !cut && len(short) > v+len(np) {
			out = short
		} else {
			return title
		}
	}
	return strings.Join(out, " ")
}

// toVerbAt is the index of an infinitive among the first words of a
// relative clause's title told without its pronoun, with no object after
// it ("the city plans to demolish | by June"): 0 when there is none.
func toVerbAt(tws []string) int {
	for j := 2; j < len(tws) && j <= 6; j++ {
		if !strings.EqualFold(tws[j-1], "to") || !isLower(tws[j]) || strings.ContainsAny(tws[j], ",;:") || inSet(determiners, tws[j]) || inSet(articleWords, tws[j]) {
			continue
		}
		if j+1 == len(tws) || inSet(prepositions, tws[j+1]) || inSet(subordinators, tws[j+1]) {
			return j
		}
		return 0
	}
	return 0
}

// participlePhrase reports whether pre, the words of a clause before its
// time, ends in the phrase of a participle in "-ed" (or of an irregular
// one such as "found") that the comma opening post closes: a phrase that
// opens the clause ("Founded by Lowe" in 2006, "the clinic ..."), or one
// set off after its subject, the subject's verb after it ("The recorder,
// found" on Nov. 9, "showed ..."; not "Soldiers of the brigade, 2nd
// Division, crossed the border" at 6 a.m., "the military said"). A few
// words, no other comma.
func participlePhrase(pre, post string) bool {
	if !strings.HasPrefix(post, ",") {
		return false
	}
	ph, opens := pre, true
	if k := strings.LastIndex(pre, ", "); k >= 0 {
		ph, opens = pre[k+2:], false
		next := strings.Fields(post[1:])
		if len(next) == 0 || !isLower(next[0]) || !verbAt(next, 0) {
			return false
		}
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, ph)
	if !opens && len(ws) > 1 && (participleAdverbs.Has(ws[0]) || strings.HasSuffix(ws[0], "ly")) {
		ws = ws[1:] // "The outbreak, first reported on Feb. 13, is"
	}
	if len(ws) == 0 || len(ws) > 6 || strings.ContainsAny(ph, ",;:") || opens != capitalized(ws[0]) || !opens && !isLower(ws[0]) {
		return false
	}
	w := strings.ToLower(ws[0])
	return strings.HasSuffix(w, "ed") || verbForms.Has(w) || pastOpeners.Has(w)
}

// apposedParticiple reports whether the participle part, set off by a
// comma after subj, a subject of a few words with no verb, and by the comma
// post opens with, told only of a time taken out ("The lease, signed in
// 2001, names ..."; the word after the comma in lower case, a verb
// participlePhrase may not know: "names", "lists"). Left alone, it would
// read "The lease, signed, names".
func apposedParticiple(subj, part, post string) bool {
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, part)
	var sRoom fieldRoom
	s := fieldsIn(&sRoom, subj)
	var nextRoom fieldRoom
	next := fieldsIn(&nextRoom, strings.TrimPrefix(post, ","))
	if !strings.HasPrefix(post, ",") || len(p) == 0 || len(s) == 0 || len(s) > 6 || len(next) == 0 || !isLower(next[0]) || strings.ContainsAny(subj, ",;:\"“") || !noVerb(s) && !inSet(articleWords, s[0]) {
		// ("The four-page will": a noun after its article, not the verb.)
		return false
	}
	w := strings.ToLower(p[len(p)-1])
	return strings.HasSuffix(w, "ed") || verbForms.Has(w) || strings.HasSuffix(w, "ing") && isLower(p[len(p)-1])
}

// timeAsObject reports whether a time taken out with no preposition of
// its own, after pre and before post, is the object of the verb pre ends
// on, which "as" after it names ("set June 30 as the deadline", "named
// 2031 as the year"; an aside set off by dashes may stand between the
// time and "as": "set June 21 — the first day of summer — as"). The
// verb is a past form or a participle in lower case ("set", "named",
// "chose").
func timeAsObject(pre, post string) bool {
	var room fieldRoom
	ws := fieldsIn(&room, pre)
	if len(ws) < 2 || strings.ContainsAny(pre[len(pre)-1:], ",;:") && strings.TrimRight(pre, " ") == pre {
		return false
	}
	v := ws[len(ws)-1]
	if !isLower(v) || !(strings.HasSuffix(v, "ed") && len(v) > 4 || verbForms.Has(v) || pastOpeners.Has(v)) || prepositions.Has(v) {
		return false
	}
	for _, w := range ws[max(0, len(ws)-3) : len(ws)-1] {
		if beForms.Has(strings.ToLower(w)) {
			// A passive has no object: "was fired March 2 as head
			// coach" tells the time of the firing.
			return false
		}
	}
	p := strings.TrimLeft(post, " ")
	for _, d := range []string{"—", "–"} {
		if rest, ok := strings.CutPrefix(p, d); ok {
			if j := strings.Index(rest, d); j >= 0 && j < 80 {
				p = strings.TrimLeft(rest[j+len(d):], " ")
			}
			break
		}
	}
	return firstWord(p) == "as"
}

// withoutStrayAnd drops the "and" a title's subject and its comma are
// left with when the first of two participle phrases set off after that
// subject went with its time ("The review, commissioned by the city in
// October and carried out by a former director, was presented" -> "The
// review, and carried out by ..."): a noun phrase of up to six words with
// no verb, its comma, then "and" and a participle in lower case reads as
// no sentence; without the "and" the second phrase is the subject's aside
// ("The review, carried out by a former director, was presented"). Any
// other title is returned as it is.
func withoutStrayAnd(s string) string {
	i := strings.Index(s, ", and ")
	if i <= 0 {
		return s
	}
	var room fieldRoom
	subj := fieldsIn(&room, s[:i])
	rest := s[i+len(", and "):]
	w := firstWord(rest)
	if len(subj) == 0 || len(subj) > 6 || !capitalized(subj[0]) || strings.ContainsAny(s[:i], ",;:\"“”()") || !noVerb(subj) || !isLower(w) || !(strings.HasSuffix(w, "ed") && len(w) > 4 || verbForms.Has(w)) || auxiliaries.Has(w) {
		return s
	}
	return s[:i+len(", ")] + rest
}

// trailingParticiple reports whether the participle part, set off by a
// comma after clause, words that hold a verb of their own, and by the
// comma post opens with, told only of a time taken out, and the sentence
// goes on after it in lower case with no conjunction ("its first-quarter
// results, reported on April 29, covering cleanup": the participle is on
// the noun before it). Left alone, it would read "results, reported,
// covering". (Before "and" it is one of a list of the clause's verbs:
// "was arrested, charged on Monday, and released".)
func trailingParticiple(clause, part, post string) bool {
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, part)
	var cRoom fieldRoom
	c := fieldsIn(&cRoom, clause)
	var nextRoom fieldRoom
	next := fieldsIn(&nextRoom, strings.TrimPrefix(post, ","))
	if !strings.HasPrefix(post, ", ") || !loneParticiple(p) || len(c) < 3 || len(next) == 0 || !isLower(next[0]) || titleConjunctions.Has(strings.ToLower(next[0])) || strings.ContainsAny(clause, ",;:\"“”()") || noVerb(c) {
		return false
	}
	w := p[len(p)-1]
	return isLower(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || verbForms.Has(w))
}

// apposedInfinitive reports whether part, the words between the comma
// after subj and a time taken out, is a phrase of a time to come ("due to
// open", "set to begin") set off after subj's noun, and the comma post opens
// with closes it before the verb of subj's clause ("the fair, due to open
// on Saturday, might be postponed"). Left alone, it would read "the fair,
// due to open, might be postponed".
func apposedInfinitive(subj, part, post string) bool {
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, part)
	var sRoom fieldRoom
	s := fieldsIn(&sRoom, subj)
	var nextRoom fieldRoom
	next := fieldsIn(&nextRoom, strings.TrimPrefix(post, ","))
	if !strings.HasPrefix(post, ",") || len(p) != 3 || len(s) < 2 || len(next) == 0 || strings.ContainsAny(part, ",;:\"“”()") {
		return false
	}
	if !inSet(scheduleHeads, p[0]) || !strings.EqualFold(p[1], "to") || !isLower(p[2]) || !isLower(p[0]) {
		return false
	}
	last := s[len(s)-1]
	if strings.ContainsAny(last, ",;:\"“”()") || !isLower(next[0]) || !(inSet(auxiliaries, next[0]) || verbAt(next, 0)) {
		return false
	}
	return !verbAt(s, len(s)-1) && !inSet(prepositions, last) && !inSet(determiners, last)
}

// boundedTime reports whether pre, the words before a time taken out,
// ends on a bound of it ("to last at least | until Friday"): without the
// time the title would end on "at least".
func boundedTime(pre string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, strings.ToLower(pre))
	return len(ws) >= 3 && ws[len(ws)-2] == "at" && atBounds.Has(ws[len(ws)-1])
}

// loneParticiple reports whether ws, the words between a comma and the
// time taken out, are a participle alone or after its adverb ("released",
// "first reported"): without the time they tell nothing.
func loneParticiple(ws []string) bool {
	return len(ws) == 1 || len(ws) == 2 && (participleAdverbs.Has(ws[0]) || strings.HasSuffix(ws[0], "ly"))
}

// relativeOwnTitle is the relative clause that follows a title's subject,
// with no comma round it and closed by an auxiliary (see withoutInsert),
// told of that subject: "A pirate who took part in the 2009 hijacking of
// the Harbor Star has been sentenced" -> "A pirate took part in the 2009
// hijacking of the Harbor Star". ok is false when there is no such clause
// or it is over the cap.
func relativeOwnTitle(ws []string) ([]string, bool) {
	for j := 2; j+2 < len(ws); j++ {
		if lw := strings.ToLower(ws[j]); lw != "who" && lw != "which" || strings.HasSuffix(ws[j-1], ",") {
			continue
		}
		if !predicateless(ws[:j]) {
			return nil, false
		}
		for k := j + 3; k+1 < len(ws); k++ {
			if !inSet(auxiliaries, ws[k]) || inSet(auxiliaries, ws[k-1]) || strings.HasSuffix(ws[k-1], ",") {
				continue
			}
			out := append(slices.Clip(ws[:j]), ws[j+1:k]...)
			if len(out) > maxTitleWords || verbGroups(ws[j:k]) != 1 || !verbAt(ws, k+1) || unbalanced(out) {
				return nil, false
			}
			return out, true
		}
		return nil, false
	}
	return nil, false
}

// whoseHolds reports whether the words before a time end inside the clause
// "whose" opens: no comma closed it first ("whose location was not
// revealed, the agency reported, quoting him as saying on May 2" does not
// hold the time).
func whoseHolds(pre string) bool {
	i := strings.LastIndex(pre, "whose ")
	return i >= 0 && !strings.ContainsAny(pre[i:], ",;:\"“”")
}

// theNoun returns where "the" opens the noun phrase that ends on the noun
// in lower case at ws[i] (before its comma), with names or words in lower
// case of no verb between, up to six words back; or -1.
func theNoun(ws []string, i int) int {
	if !isLower(ws[i]) || verbAt(ws, i) {
		return -1
	}
	for a := i - 1; a >= 0 && a >= i-6; a-- {
		w := strings.ToLower(ws[a])
		if strings.ContainsAny(ws[a], ",;:\"“”()") || verbAt(ws, a) || isLower(ws[a]) && (prepositions.Has(w) && w != "of" || titleConjunctions.Has(w)) {
			return -1
		}
		if w == "the" {
			return a
		}
	}
	return -1
}

// whoseOwnTitle is the clause "whose" opens after a name and its comma,
// told of that name ("Pressure grew on Transport Minister Ana Ruiz, whose
// ministry admitted that ..." -> "Ana Ruiz's ministry admitted that ..."),
// for a title cut at the cap inside that clause, which holds its time: the
// clause, up to its first comma, reads whole within the cap, with a verb of
// its own.
func whoseOwnTitle(ws []string) ([]string, bool) {
	for j := 3; j+3 < len(ws); j++ {
		if ws[j] != "whose" || !strings.HasSuffix(ws[j-1], ",") {
			continue
		}
		from := j - 1
		for from > 1 && from > j-4 && capitalized(ws[from-1]) && !strings.ContainsAny(ws[from-1], ",;:\"“”()") && !strings.HasSuffix(ws[from-1], "'s") {
			from--
		}
		name := append(slices.Clip(ws[from:j-1]), strings.TrimSuffix(ws[j-1], ","))
		if a := theNoun(ws, j-1); a >= 0 {
			// "singles out the San Martín de Porres school, whose
			// boarding wing was extended": the noun phrase "the" opens.
			name = append(slices.Clip(ws[a:j-1]), strings.TrimSuffix(ws[j-1], ","))
		}
		for _, w := range name[1:] {
			if !capitalized(w) && !isLower(name[0]) || strings.ContainsAny(w, ";:\"“”()'’") {
				return nil, false
			}
		}
		if len(name) < 2 {
			return nil, false // ("Ruiz": a first name or a surname alone may be any one)
		}
		name[len(name)-1] += "'s"
		rest := slices.Clip(ws[j+1:])
		if c := slices.IndexFunc(rest, func(w string) bool { return strings.HasSuffix(w, ",") }); c >= 3 && len(name)+c < maxTitleWords {
			// (The clause up to its comma: ", 50 percent above the
			// limit" is an aside on what came before.)
			rest = append(rest[:c:c], strings.TrimSuffix(rest[c], ","))
		}
		out, cut := shorten(append(name, rest...), false)
		if cut || len(out) < len(name)+4 || noVerb(out) || unbalanced(out) {
			return nil, false
		}
		return out, true
	}
	return nil, false
}

// appositionTimed reports whether a time after before, the words of its
// clause up to it, is in the relative clause of an apposition set off
// after a subject of a few words ("General Sokol, the army chief who said
// Tuesday ..."): a comma closes the subject, a relative pronoun follows it,
// and no comma comes between that pronoun and the time.
func appositionTimed(before string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, before)
	at := -1
	for i, w := range ws {
		if lw := strings.ToLower(w); lw == "who" || lw == "which" {
			at = i
		}
	}
	if at < 2 || slices.ContainsFunc(ws[at:], func(w string) bool { return strings.ContainsAny(w, ",;:") }) {
		return false
	}
	i := slices.IndexFunc(ws, func(w string) bool { return strings.HasSuffix(w, ",") })
	return i >= 0 && i < at-1 && i < 6
}

// appositionOwnTitle is the relative clause of the apposition after a
// title's subject, told of that subject: "General Sokol, the army chief
// who said the army would not fire, appeared on television" -> "General
// Sokol said the army would not fire". The subject is a few words with no
// verb that open with a capital; the clause closes with a comma before the
// main clause's verb. ok is false when there is no such clause.
func appositionOwnTitle(ws []string) ([]string, bool) {
	i := slices.IndexFunc(ws, func(w string) bool { return strings.ContainsAny(w, ",;:") })
	if i < 0 || i > 5 || !strings.HasSuffix(ws[i], ",") || isLower(ws[0]) || !noVerb(ws[:i+1]) {
		return nil, false
	}
	for j := i + 2; j+3 < len(ws); j++ {
		if strings.ContainsAny(ws[j-1], ",;:") {
			return nil, false
		}
		if lw := strings.ToLower(ws[j]); lw != "who" && lw != "which" {
			continue
		}
		for k := j + 1; k+1 < len(ws); k++ {
			if !strings.ContainsAny(ws[k], ",;:") {
				continue
			}
			if !strings.HasSuffix(ws[k], ",") || !isLower(ws[k+1]) || !verbAt(ws, k+1) || unbalanced(ws[j+1:k+1]) {
				return nil, false
			}
			out := append(slices.Clip(ws[:i+1]), ws[j+1:k+1]...)
			out[i] = strings.TrimSuffix(out[i], ",")
			out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], ",")
			return out, true
		}
		return nil, false
	}
	return nil, false
}

// laterOpener is the length of a phrase of a span and "later" or
// "earlier" that opens s with its comma ("Hours later, ", "Two days
// later, ", "A week earlier, "), up to the next word, when a capital or a
// determiner follows: it told the sentence after the one before, and dates
// nothing a title can say by itself. 0 when none.
func laterOpener(s string) int {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	for k := 1; k <= 2 && k+1 < len(ws); k++ {
		if lw := strings.ToLower(ws[k]); lw != "later," && lw != "earlier," {
			continue
		}
		unit := strings.ToLower(ws[k-1])
		if !laterSpans.Has(unit) || k == 1 && !capitalized(ws[0]) {
			return 0
		}
		if k == 2 && !capitalized(ws[0]) {
			return 0
		}
		if next := ws[k+1]; !capitalized(next) && !inSet(determiners, next) {
			return 0
		}
		i := strings.Index(s, ws[k]) + len(ws[k])
		return i + len(s[i:]) - len(strings.TrimLeft(s[i:], " "))
	}
	return 0
}

// sequelPhrase is the noun phrase after "It follows", "This comes after"
// and the like that open s ("It follows two recalls in the United
// States"): the sentence sets its subject after that happening, which the
// time there dates and the phrase names. The phrase opens on a determiner,
// a number or a possessive; "" when s is no such sentence.
func sequelPhrase(s string, anySubject bool) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	if len(ws) < 4 {
		return ""
	}
	v := 1
	if ws[0] != "It" && ws[0] != "This" {
		// "The raids come three months after the arrest of ... in
		// December", "The charges follow FBI searches of his offices in
		// March": a subject of a few words before the verb, when the
		// time came after the verb (anySubject); not "followed", which
		// tells of a pursuit as well.
		if !anySubject {
			return ""
		}
		v = -1
		for k := 1; k < len(ws) && k <= 6; k++ {
			if strings.ContainsAny(ws[k-1], ",;:\"“”()") || verbAt(ws, k) && !sequelVerbs.Has(ws[k]) {
				return ""
			}
			if sequelVerbs.Has(ws[k]) && ws[k] != "followed" {
				v = k
				break
			}
		}
		if v < 0 {
			return ""
		}
	} else if !sequelVerbs.Has(ws[1]) {
		return ""
	}
	k := v + 1
	if !strings.HasPrefix(ws[v], "follow") {
		// "comes after"; after a subject of its own, "came three months
		// after": a measure may come between ("It came three months
		// after the vote" dates "It").
		j := k
		for ; j < len(ws) && j <= k+3 && ws[j] != "after" && v > 1; j++ {
			w := strings.ToLower(ws[j])
			if !isNumber(w) && !measureNumbers.Has(w) && !indefiniteArticles.Has(w) && !approximators.Has(w) && !measureUnits.Has(w) && !measureAdverbs.Has(w) {
				return ""
			}
		}
		if j >= len(ws) || ws[j] != "after" {
			return ""
		}
		k = j + 1
	}
	if k+1 >= len(ws) {
		return ""
	}
	first := strings.ToLower(ws[k])
	if !determiners.Has(first) && !articleWords.Has(first) && !possessivePronouns.Has(first) && !unicode.IsDigit(firstRune(first)) && !quantifiers.Has(first) &&
		!(v > 1 && !prepositions.Has(first) && !strings.HasSuffix(first, "ly") && !verbAt(ws, k)) {
		// (After a subject of its own, a name or a noun may open the
		// phrase too: "follow FBI searches", "follow police raids".)
		return ""
	}
	if v > 1 {
		if inSet(prepositions, ws[k+1]) {
			return "" // "follows two in public places": a count with no noun
		}
		// The phrase ends at the comma of a clause after it (", and as
		// lawmakers debate ...": what follows tells of the subject), not
		// of a list ("in Atlanta, Georgia, and Seattle").
		for j := k + 1; j+2 < len(ws); j++ {
			if n := strings.ToLower(ws[j+1]); strings.HasSuffix(ws[j], ",") && (titleConjunctions.Has(n) && isLower(ws[j+2]) && !inSet(determiners, ws[j+2]) || subordinators.Has(n)) {
				return strings.TrimSuffix(strings.Join(ws[k:j+1], " "), ",")
			}
		}
	}
	return strings.Join(ws[k:], " ")
}

// wordPairs is a list of data/words.txt whose words are written
// "noun=participle", as a map.
func wordPairs(list string) map[string]string {
	out := map[string]string{}
	for _, w := range wordLists[list] {
		if a, b, ok := strings.Cut(w, "="); ok && a != "" && b != "" {
			out[a] = b
		}
	}
	return out
}

// nominalPassive tells as a clause a phrase that is only a noun of a
// happening done to someone (passive-nouns), up to two words before it,
// and "of" the one it was done to: "the arrest of the former mayor on
// fraud charges" -> "the former mayor was arrested on fraud charges",
// "police searches of the senator's homes" -> "the senator's homes were
// searched". What "of" takes runs up to six words, to the first
// preposition, relative word or the end, with no comma or quotation mark
// and no pronoun first; "were" for a plural in "-s" (not "-ss") in lower
// case or one of plural-nouns. Any other phrase is returned as it is
// ("two recalls in Canada", "the sale of two plants", whose noun is no
// happening done to the plants).
func nominalPassive(s string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	i := 0
	if len(ws) > 0 && inSet(articleWords, ws[0]) {
		i = 1
	}
	h := -1
	for k := i; k <= i+2 && k+2 < len(ws); k++ {
		if strings.ContainsAny(ws[k], ",;:\"“”()") || k > i && verbAt(ws, k) {
			return s
		}
		if _, ok := passiveNouns[ws[k]]; ok && ws[k+1] == "of" {
			h = k
			break
		}
	}
	if h < 0 {
		return s
	}
	from := h + 2
	if w := strings.ToLower(ws[from]); subjectPronouns.Has(w) || objectPronouns.Has(w) || pronouns.Has(w) || possessivePronouns.Has(w) || prepositions.Has(w) {
		return s
	}
	e := from
	for e < len(ws) && e-from < 6 {
		w := strings.ToLower(ws[e])
		if e > from && (isLower(ws[e]) && prepositions.Has(w) || relativeOpeners.Has(w) || w == "that") {
			break
		}
		if strings.ContainsAny(ws[e], ",;:\"“”()") {
			return s
		}
		e++
	}
	if e-from >= 6 && e < len(ws) {
		return s
	}
	last := strings.TrimRight(ws[e-1], ".")
	be := "was"
	if lw := strings.ToLower(last); isLower(last) && (strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") || pluralNouns.Has(lw)) {
		be = "were"
	}
	np := slices.Clone(ws[from:e])
	stop := ""
	if e == len(ws) && last != ws[e-1] {
		// (The sentence's stop goes to the end: "... of the senator's
		// homes." -> "the senator's homes were searched.")
		np[len(np)-1], stop = last, ws[e-1][len(last):]
	}
	out := append(np, be, passiveNouns[ws[h]]+stop)
	return strings.Join(append(out, ws[e:]...), " ")
}

// sequelBefore reports whether the words before a time hold a verb of
// sequel-verbs, and "after" past it when the verb is no "follow": the time
// dates the happening the subject came after, not the subject's.
func sequelBefore(pre []string) bool {
	for i, w := range pre {
		if sequelVerbs.Has(w) {
			return strings.HasPrefix(w, "follow") || slices.Contains(pre[i+1:], "after")
		}
	}
	return false
}

// documentSays reads the words before a time, pre, for a document that
// tells a clause in the present, the time's ("The report, published by the
// ministry, says the dam was inspected in January"; a verb of
// document-telling, then "that" or not): the time dates what it tells. Of
// a document that states, off is the offset of the clause told, the title
// ("The dam was inspected"). Of one that accuses (accusing-documents, or a
// verb of claiming-telling: "The lawsuit says trustees met at a private
// dinner in January", "The audit alleges ..."), what it tells is a charge,
// no fact: the title keeps the document, and a, b span the aside set off
// by commas on it, which goes ("The lawsuit, filed in district court,
// says" -> "The lawsuit says"; a == b when none). The subject holds a
// document's noun within twelve words; the clause opens on no pronoun,
// which would stand for nobody, and has a verb of its own. All 0 when none.
func documentSays(pre string) (off, a, b int) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre)
	for k := 1; k < len(ws)-2 && k <= 12; k++ {
		w := ws[k]
		if !documentTelling.Has(w) {
			continue
		}
		if strings.HasSuffix(ws[k-1], "'s") || !slices.ContainsFunc(ws[:k], func(x string) bool { return inSet(documentNouns, strings.Trim(x, ",;:")) }) {
			return 0, 0, 0
		}
		j := k + 1
		if ws[j] == "that" {
			j++
		}
		if j+1 >= len(ws) {
			return 0, 0, 0
		}
		first := strings.ToLower(ws[j])
		if subjectPronouns.Has(first) || pronouns.Has(first) || strings.ContainsAny(ws[j], "\"“") || !clause(ws[j:]) {
			return 0, 0, 0
		}
		offset := func(n int) int { // the end of ws[n-1] in pre
			i := 0
			for x := 0; x < n; x++ {
				i += strings.Index(pre[i:], ws[x]) + len(ws[x])
			}
			return i
		}
		if !claimingTelling.Has(w) && !slices.ContainsFunc(ws[:k], func(x string) bool { return inSet(accusingDocuments, strings.Trim(x, ",;:")) }) {
			i := offset(j)
			return i + len(pre[i:]) - len(strings.TrimLeft(pre[i:], " ")), 0, 0
		}
		if !strings.HasSuffix(ws[k-1], ",") {
			return 0, 0, 0
		}
		c := slices.IndexFunc(ws[:k-1], func(x string) bool { return strings.HasSuffix(x, ",") })
		if c < 0 || !slices.ContainsFunc(ws[:c+1], func(x string) bool { return inSet(documentNouns, strings.Trim(x, ",;:")) }) {
			return 0, 0, 0
		}
		// From the aside's opening comma to the space before the verb.
		return 0, offset(c+1) - 1, offset(k)
	}
	return 0, 0, 0
}

// definiteNamed names the thing a title opens on by a definite noun or a
// count of the sentence before, when the sentence opens on it too and that
// sentence names it fully: "The station will close" after "... voted to
// close the Elm Road fire station" is "The Elm Road fire station will
// close"; "All four will be honored" after "... thanked the four nurses who
// carried patients out" is "The four nurses who carried patients out will
// be honored". The fuller name must be the one the sentence before has of
// that noun or that count, and a name in capitals must be among the words
// before the noun ("the new station" tells no more). "" when none.
func definiteNamed(title, prev string) string {
	ws, pw := strings.Fields(title), strings.Fields(prev)
	if t := ageNamed(ws, pw); t != "" {
		return t
	}
	if len(ws) >= 3 && ws[0] == "One" && isLower(ws[1]) && verbAt(ws, 1) {
		// "One was upgraded to fair condition" after "Three workers
		// remain in the burn unit": one of the count the sentence before
		// opens on as its subject.
		if who := countSubject(pw); who != "" {
			return "One of " + who + " " + strings.Join(ws[1:], " ")
		}
		return ""
	}
	if len(ws) >= 5 && !isLower(ws[0]) && ws[1] == "of" && ws[2] == "them" && isLower(ws[3]) && verbAt(ws, 3) {
		// "Four of them left hospital" after "The seven rescued miners
		// were brought to the surface": a part of the count the sentence
		// before opens on as its subject, a larger one.
		// ("The seven rescued miners were brought ...": the count after
		// its article too.)
		who := countSubject(pw)
		if who == "" && len(pw) >= 4 && pw[0] == "The" {
			who = countSubject(pw[1:])
		}
		if who != "" && countValue(ws[0]) > 0 && countValue(ws[0]) < countValue(strings.Fields(who)[1]) {
			return ws[0] + " of " + who + " " + strings.Join(ws[3:], " ")
		}
		return ""
	}
	if t := indefinitePersonNamed(ws, pw); t != "" {
		return t
	}
	if t := theyNamed(ws, pw); t != "" {
		return t
	}
	bare := func(w string) string { return strings.Trim(w, ",;:.\"“”()") }
	if len(ws) >= 3 && (ws[0] == "Its" || ws[0] == "Their") && isLower(ws[1]) && bare(ws[1]) == strings.TrimSuffix(ws[1], ",") && ownedVerb(ws) {
		// "Its decision is due ..." after "The FDA is not bound by ...",
		// "Their cells were found empty" after "Ana Ruiz, 34, and Tom
		// Berg, 27, cut through the fence ...": the name the sentence
		// before opens on, its subject, set off by an aside or not
		// ("Penrose, founded in 1952, makes ...", "The farm, Pine Creek
		// Growers, recalled ..."); for "Their", a count or an owner's
		// plural ("Two families sued ...", "Harker's lawyers said ...").
		var who string
		if ws[0] == "Its" {
			if who = thingSubject(pw); who == "" {
				if who = appositionThing(pw); who == "" {
					who = organisationSubject(pw)
				}
			}
		} else if who = pairSubject(withoutAges(prev)); who == "" {
			if who = pluralOpening(pw); who == "" {
				if who = countSubject(pw); who == "" {
					who = ownersPlural(pw)
				}
			}
		}
		if who == "" {
			return ""
		}
		return capitalize(possessiveOf(who)) + " " + strings.Join(ws[1:], " ")
	}
	if len(ws) < 3 || !isLower(ws[2]) || !verbAt(ws, 2) {
		return ""
	}
	rest := strings.Join(ws[2:], " ")
	switch {
	case ws[0] == "The" && isLower(ws[1]) && bare(ws[1]) == ws[1] && !strings.ContainsFunc(ws[1], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }):
		at := -1
		for j, w := range pw {
			if strings.ToLower(bare(w)) == ws[1] {
				if at >= 0 {
					return "" // two of them: which one is a guess
				}
				at = j
			}
		}
		if at < 2 || bare(pw[at]) != pw[at] && !strings.HasSuffix(pw[at], ",") && !strings.HasSuffix(pw[at], ".") {
			return ""
		}
		// The article and up to four words before the noun, none a word
		// of grammar, one at least in capitals.
		for k := at - 1; k >= max(0, at-5); k-- {
			lw := strings.ToLower(pw[k])
			if lw == "the" {
				mods := pw[k+1 : at]
				if len(mods) == 0 || !slices.ContainsFunc(mods, func(w string) bool { return !isLower(w) }) {
					return ""
				}
				// (The noun as the sentence before writes it: in
				// capitals, it ends the thing's name, "The Coastal
				// Safety Agency", not "The Coastal Safety agency".)
				return "The " + strings.Join(mods, " ") + " " + strings.TrimRight(pw[at], ",.") + " " + rest
			}
			if bare(pw[k]) != pw[k] || determiners.Has(lw) || prepositions.Has(lw) || titleConjunctions.Has(lw) || subordinators.Has(lw) || relativePronouns.Has(lw) || isLower(pw[k]) && verbAt(pw, k) || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
				return ""
			}
		}
		return ""
	case ws[0] == "All" && isLower(ws[1]) && countNumbers.Has(ws[1]) && !indefiniteArticles.Has(ws[1]):
		at := -1
		for j := 1; j+1 < len(pw); j++ {
			if strings.ToLower(bare(pw[j])) == ws[1] {
				if at >= 0 {
					return ""
				}
				at = j
			}
		}
		if at < 1 || at+1 >= len(pw) || strings.ToLower(pw[at-1]) != "the" || bare(pw[at]) != pw[at] || !isLower(pw[at+1]) || verbAt(pw, at+1) || inSet(prepositions, bare(pw[at+1])) {
			return ""
		}
		np := "The " + ws[1] + " " + bare(pw[at+1])
		// A "who" or "that" clause after the noun, up to its comma or the
		// next preposition or subordinating word, of at most five words.
		if bare(pw[at+1]) == pw[at+1] && at+2 < len(pw) && inSet(relativePronouns, pw[at+2]) {
			var cl []string
			for j := at + 3; j < len(pw) && len(cl) <= 5; j++ {
				lw := strings.ToLower(bare(pw[j]))
				if (prepositions.Has(lw) || subordinators.Has(lw)) && !particles.Has(lw) {
					break
				}
				cl = append(cl, bare(pw[j]))
				if bare(pw[j]) != pw[j] {
					break
				}
			}
			if len(cl) > 0 && len(cl) <= 5 && isLower(cl[0]) {
				np += " " + strings.ToLower(pw[at+2]) + " " + strings.Join(cl, " ")
			}
		}
		return np + " " + rest
	}
	return ""
}

// countSubject is the count of people or things a sentence opens on as its
// subject, with the article a second mention takes ("Three workers remain in
// the burn unit" -> "the three workers"; "12 people were hurt" -> "the 12
// people"): a count above one in words or figures, then one or two nouns in
// lower case, the last in "-s" or one of plural-nouns, then a verb; no
// unit of measure ("Two weeks later ..."). "" when the sentence opens
// otherwise ("Three of the workers ...").
func countSubject(pw []string) string {
	if len(pw) < 3 {
		return ""
	}
	n := strings.ToLower(pw[0])
	if !(countNumbers.Has(n) && n != "one" && !indefiniteArticles.Has(n)) && !(isNumber(n) && n != "1" && !strings.ContainsAny(n, ".,")) {
		return ""
	}
	for j := 2; j <= 3 && j < len(pw); j++ {
		noun := pw[j-1]
		adjective := j == 2 && strings.HasSuffix(noun, "ed") && isLower(pw[j]) && strings.HasSuffix(pw[j], "s") && !strings.HasSuffix(pw[j], "ss") && strings.Trim(pw[j], ",;:.") == pw[j]
		if !isLower(noun) || strings.Trim(noun, ",;:.\"“”()") != noun || prepositions.Has(noun) || determiners.Has(noun) || measureUnits.Has(noun) || verbAt(pw, j-1) && !adjective {
			// ("The seven rescued miners": a participle before the
			// plural noun tells of it.)
			return ""
		}
		if !strings.HasSuffix(noun, "s") && !pluralNouns.Has(noun) || strings.HasSuffix(noun, "ss") {
			continue // ("Three burn victims": a noun before the noun)
		}
		// The verb: one by its form, or a word in lower case with no "-s"
		// that no word of grammar is ("Three workers remain ...").
		v := strings.ToLower(strings.Trim(pw[j], ",;:."))
		if !isLower(pw[j]) || !verbAt(pw, j) && (v != pw[j] || strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ly") || prepositions.Has(v) || determiners.Has(v) || titleConjunctions.Has(v) || relativePronouns.Has(v) || subordinators.Has(v)) {
			return ""
		}
		return "the " + n + " " + strings.Join(pw[1:j], " ")
	}
	return ""
}

// processNoun reports whether w names a work that goes on for a while:
// one of process-nouns ("review", "construction") or a verb's noun in
// "-ing" ("Dredging", "the rebuilding"), not a noun that only ends so
// ("morning", "ceiling": ing-nouns, data).
func processNoun(w string) bool {
	lw := strings.ToLower(w)
	return processNouns.Has(lw) || len(lw) > 6 && strings.HasSuffix(lw, "ing") && !ingNouns.Has(lw) && strings.Trim(lw, ",;:.\"“”()") == lw
}

// countValue is the number a count word or figure stands for ("seven",
// "Four", "12"; small-counts, data, in their order), or 0.
func countValue(w string) int {
	lw := strings.ToLower(w)
	if v, err := strconv.Atoi(lw); err == nil {
		return v
	}
	return slices.Index(wordLists["small-counts"], lw) + 1
}

// indefinitePersonNamed names the "she" or "he" of a title by the person
// the sentence before opens on as its subject, a noun of female-persons or
// male-persons after "A" or "An" and up to three words that tell of it ("A
// 29-year-old local woman was charged ..." -> "Police allege the woman
// drove ..."): the noun tells who "she" is. The title's only "he" or "she"
// opens it, or follows a verb of saying after a subject in lower case
// ("Police allege she ..."; not "Jane Roe said she ...", whose "she" may be
// Jane Roe). "" when none.
func indefinitePersonNamed(ws, pw []string) string {
	at := -1
	for i, w := range ws {
		if lw := strings.ToLower(w); lw == "he" || lw == "she" {
			if at >= 0 {
				return ""
			}
			at = i
		}
	}
	if at < 0 || at+1 >= len(ws) || at > 0 && (ws[at] != strings.ToLower(ws[at]) || !reportingVerbs.Has(ws[at-1]) && !plainSaying.Has(ws[at-1]) && !contentVerbs.Has(ws[at-1]) || slices.ContainsFunc(ws[1:at], func(w string) bool { return !isLower(w) })) {
		return ""
	}
	if len(pw) < 3 || pw[0] != "A" && pw[0] != "An" {
		return ""
	}
	for j := 1; j <= 4 && j+1 < len(pw); j++ {
		n := strings.TrimSuffix(pw[j], ",")
		if malePersons.Has(n) || femalePersons.Has(n) {
			if (strings.ToLower(ws[at]) == "he") != malePersons.Has(n) || !strings.HasSuffix(pw[j], ",") && !(isLower(pw[j+1]) && verbAt(pw, j+1)) {
				return ""
			}
			the := "the"
			if at == 0 {
				the = "The"
			}
			out := slices.Clone(ws)
			out[at] = the + " " + n
			return strings.Join(out, " ")
		}
		if w := pw[j]; strings.ContainsAny(w, ",;:()\"“") || isLower(w) && (verbAt(pw, j) || prepositions.Has(w) || determiners.Has(w)) {
			return ""
		}
	}
	return ""
}

// ageNamed names "the 34-year-old" of a title ("Police arrested the
// 34-year-old after a caller ...") by the person the sentence before
// opens on as its subject, a name of two or three words in capitals after
// up to three words of a role ("Escaped prisoner Tom Berg has been
// captured ..."; personSubject): the title's only such age, with no noun
// of its own after it. "" when none.
func ageNamed(ws, pw []string) string {
	at := -1
	for i := 1; i < len(ws); i++ {
		if strings.HasSuffix(strings.TrimRight(ws[i], ",;:."), "-year-old") {
			if at >= 0 {
				return ""
			}
			at = i
		}
	}
	if at < 1 || ws[at-1] != "the" {
		return ""
	}
	if w := ws[at]; !strings.HasSuffix(w, ",") && at+1 < len(ws) {
		if n := strings.ToLower(ws[at+1]); !prepositions.Has(n) && !subordinators.Has(n) && !verbAt(ws, at+1) {
			return "" // ("the 34-year-old man": a noun of its own)
		}
	}
	who := personSubject(pw)
	if who == "" {
		return ""
	}
	tail := strings.TrimPrefix(ws[at], strings.TrimRight(ws[at], ",;:."))
	out := append(slices.Clone(ws[:at-1]), who+tail)
	return strings.Join(append(out, ws[at+1:]...), " ")
}

// personSubject is the name a sentence of words pw opens on as its subject,
// after up to three words of a role the first of which is in capitals
// ("Escaped prisoner Tom Berg has been ..."): two or three words in
// capitals, none a place's, an institution's or never a name, then a verb
// in lower case; "" otherwise.
func personSubject(pw []string) string {
	name := func(w string) bool {
		return capitalized(w) && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) &&
			!nameStop.Has(w) && !institutional.Has(w) && !geographic.Has(w) && !inSet(roleWords, w)
	}
	for from := 0; from <= 3 && from < len(pw); from++ {
		if from > 1 && !isLower(pw[from-1]) || from > 0 && strings.ContainsAny(pw[from-1], ",;:\"“”()") {
			return "" // the role: its first word, then words in lower case
		}
		k := from
		for k < len(pw) && k < from+3 && name(pw[k]) {
			k++
		}
		if k-from >= 2 && k < len(pw) && isLower(pw[k]) && verbAt(pw, k) {
			return strings.Join(pw[from:k], " ")
		}
	}
	return ""
}

// thingSubject is the subject of the sentence of words pw when it is a
// name in capitals of a thing, not a person's: "The" and up to four words
// in capitals ("The FDA", "The Bank of England"), or up to three in
// capitals of which one is an acronym ("FDA", "Acme Corp"... not "Shares",
// which may be a common noun that opens a sentence), then a verb in lower
// case; "" otherwise.
func thingSubject(pw []string) string {
	from := 0
	if len(pw) > 0 && pw[0] == "The" {
		from = 1
	}
	k := from
	acronym := false
	for k < len(pw) && k < from+4 {
		w := pw[k]
		if strings.EqualFold(w, "of") && k > from {
			k++
			continue
		}
		if !capitalized(w) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '&' }) || nameStop.Has(w) {
			break
		}
		if utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w {
			acronym = true
		}
		k++
	}
	if k == from || k >= len(pw) || strings.EqualFold(pw[k-1], "of") || !isLower(pw[k]) || !verbAt(pw, k) {
		return ""
	}
	if v := strings.ToLower(pw[k]); !inSet(auxiliaries, v) && !linkingVerbs.Has(v) && !pastVerb(v) && !strings.HasSuffix(v, "ed") && !reportingVerbs.Has(v) {
		return "" // ("NTSB investigators said": a noun the name modifies)
	}
	if from == 0 && !acronym && k-from < 2 {
		return ""
	}
	for _, w := range pw[from:k] {
		if geographic.Has(w) || inSet(roleWords, w) {
			return "" // (a place's "its" may be the story's; a role is a person)
		}
	}
	return strings.Join(pw[:k], " ")
}

// withoutAges drops the ages set off by commas after the names of a
// sentence's opening ("Ana Ruiz, 34, and Tom Berg, 27, cut ..." is "Ana
// Ruiz and Tom Berg cut ...").
func withoutAges(s string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) && strings.HasSuffix(ws[i], ",") && capitalized(ws[i]) && isNumber(strings.TrimSuffix(ws[i+1], ",")) && strings.HasSuffix(ws[i+1], ",") {
			out = append(out, strings.TrimSuffix(ws[i], ","))
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return strings.Join(out, " ")
}

// pluralOpening is the plural subject in lower case a sentence opens on,
// its first word capitalised as the sentence's ("Aided schools are
// privately managed ..." -> "Aided schools"), for the "Their" of the title
// after it: up to three words, the last in "-s" (not "-ss"), none a word of
// grammar, a count, a quantifier or a pronoun, then a verb in the past, an
// auxiliary or a verb of saying. "" otherwise ("Several officers ...", "The
// schools ...", "Ruiz Brothers ...").
func pluralOpening(pw []string) string {
	for j := 1; j <= 3 && j < len(pw); j++ {
		first := strings.ToLower(pw[0])
		if !capitalized(pw[0]) || determiners.Has(first) || articleWords.Has(first) || quantifiers.Has(first) || countNumbers.Has(first) || subjectPronouns.Has(first) || subordinators.Has(first) || prepositions.Has(first) || titleConjunctions.Has(first) {
			return ""
		}
		if w := pw[j-1]; strings.ContainsAny(w, ",;:.\"“”()'’") || j > 1 && (!isLower(w) || prepositions.Has(w) || determiners.Has(w)) {
			return ""
		}
		v := strings.ToLower(strings.TrimRight(pw[j], ",;:."))
		if !isLower(pw[j]) || !(auxiliaries.Has(v) || pluralVerbs.Has(v) || reportingVerbs.Has(v) || pastVerb(v)) {
			continue
		}
		if n := strings.ToLower(pw[j-1]); !strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss") || j == 1 && len(n) < 4 {
			return ""
		}
		return strings.Join(pw[:j], " ")
	}
	return ""
}

// pairSubject is the subject of sent when two people joined by "and" open
// it before its verb ("Rob and Karen Brodie flew in ...", "Ana Ruiz and
// Tom Berg said ..."): capitalised words on either side of "and", a
// surname at least after it, none a word that is never a name, a place's
// or an institution's; "" otherwise.
func pairSubject(sent string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, sent)
	and := slices.Index(ws, "and")
	if and < 1 || and > 3 {
		return ""
	}
	name := func(w string) bool {
		return utf8.RuneCountInString(w) >= 2 && unicode.IsUpper(firstRune(w)) && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) &&
			!nameStop.Has(w)
	}
	for _, w := range ws[:and] {
		if !name(w) || institutional.Has(w) || geographic.Has(w) || inSet(roleWords, w) || inSet(determiners, w) {
			return ""
		}
	}
	k := and + 1
	for k < len(ws) && k <= and+3 && name(ws[k]) && !institutional.Has(ws[k]) && !geographic.Has(ws[k]) && !inSet(roleWords, ws[k]) {
		k++
	}
	if k == and+1 || k >= len(ws) || k > and+3 || !isLower(ws[k]) || !verbAt(ws, k) {
		return ""
	}
	if and == 1 && k == and+2 {
		return "" // "Rob and Karen flew": whose is not said
	}
	return strings.Join(ws[:k], " ")
}

// pairNamed names the "Their" that opens title by the two people who open
// its sentence, told before the title's clause ("Rob and Karen Brodie flew
// in ..., where their son's pack was found": "Rob and Karen Brodie's son's
// pack was found"); "" when the sentence opens on no such pair or the
// title is the sentence's opening. (A "they" may be others the clause
// named: "... met the rescuers when they landed".) An "Its" is named by
// the thing the clause before it has as its subject (itsOwnerNamed).
func pairNamed(title, sent string) string {
	if t := itsOwnerNamed(title, sent); t != "" {
		return t
	}
	rest, ok := strings.CutPrefix(title, "Their ")
	if !ok || strings.HasPrefix(sent, "Their ") {
		return ""
	}
	if who := pairSubject(sent); who != "" {
		return who + "'s " + rest
	}
	return ""
}

// possessiveOf is name with the mark of its owning: "'" after a final "s"
// ("Pine Creek Growers'", "the two families'"), "'s" otherwise.
func possessiveOf(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// thingName reports whether ws, words in capitals that open a subject
// (after "The" or not), name a thing rather than a person: one word, not a
// plural ("Moscow", "Penrose"; not "Officials"), or words of which one is
// an acronym, an institution's or a place's word, or "of" ("Harlow Foods
// Corporation", "Bank of Ireland"); not two or three plain words, which may
// be a person's name ("Nora Castellano"), nor a role ("Mayor").
func thingName(ws []string) bool {
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	thing := len(ws) == 1 && !strings.HasSuffix(ws[0], "s")
	for i, w := range ws {
		if w == "of" && i > 0 && i < len(ws)-1 {
			thing = true
			continue
		}
		if !capitalized(w) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '&' }) || nameStop.Has(w) || inSet(roleWords, w) {
			return false
		}
		if institutional.Has(w) || geographic.Has(w) || utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w {
			thing = true
		}
	}
	return thing
}

// subjectBefore is the subject of the nearest clause before word at of ws
// when it is a thing's name in capitals (thingName) right before its verb
// group: "... that Lisbon dropped in the 1990s, when its" -> "Lisbon";
// "The Treasury said on Monday that its" -> "The Treasury". At most twelve
// words back, none with a semicolon, a colon or a quotation mark, and the
// nearest verb is the name's: a clause with another subject between ("...
// said the treaty had lapsed when its") gives "".
func subjectBefore(ws []string, at int) string {
	for v := at - 1; v >= max(1, at-12); v-- {
		if strings.ContainsAny(ws[v], ";:\"“”()") {
			return ""
		}
		if !isLower(ws[v]) || !verbAt(ws, v) {
			continue
		}
		s := v - 1
		for s >= 0 && isLower(ws[s]) && (auxiliaries.Has(ws[s]) || negations.Has(ws[s]) || strings.HasSuffix(ws[s], "ly")) {
			s--
		}
		k := s
		for k >= 0 && k > s-4 && (capitalized(ws[k]) || ws[k] == "of") && ws[k] != "The" && strings.Trim(ws[k], ",;:.\"“”()") == ws[k] {
			k--
		}
		if k == s {
			return ""
		}
		name := ws[k+1 : s+1]
		if !thingName(name) || k+1 == 0 && len(name) == 1 && !geographic.Has(name[0]) && !institutional.Has(name[0]) {
			// (A single word in capitals that opens the sentence may be a
			// common noun: "Traffic slowed ...".)
			return ""
		}
		if k >= 0 && (ws[k] == "The" || ws[k] == "the") {
			return "The " + strings.Join(name, " ")
		}
		return strings.Join(name, " ")
	}
	return ""
}

// itsOwnerNamed names the "Its" that opens title, a clause taken from
// inside its sentence, by the thing named as the subject of the clause
// before it ("The deal revives a promise that Lisbon dropped in the 1990s,
// when its 1961 accord with Luanda was allowed to lapse": "Lisbon's 1961
// accord with Luanda was allowed to lapse"); "" when the sentence has
// the title's words after "its" other than once, or the nearest subject
// before them is no thing's name (subjectBefore).
func itsOwnerNamed(title, sent string) string {
	rest, ok := strings.CutPrefix(title, "Its ")
	if !ok {
		return ""
	}
	rw, ws := strings.Fields(rest), strings.Fields(sent)
	if len(rw) == 0 {
		return ""
	}
	at := -1
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "its" && ws[i+1] == rw[0] {
			if at >= 0 {
				return ""
			}
			at = i
		}
	}
	if at < 2 {
		return ""
	}
	who := subjectBefore(ws, at)
	if who == "" {
		return ""
	}
	return possessiveOf(who) + " " + rest
}

// ownedVerb reports whether a title that opens on a possessive has a verb
// in lower case after its first two words ("Their motion for a new trial
// was denied"; not "Their motion for a new trial").
func ownedVerb(ws []string) bool {
	for i := 2; i < len(ws); i++ {
		if isLower(ws[i]) && verbAt(ws, i) {
			return true
		}
	}
	return false
}

// appositionThing is the thing a sentence of words pw opens on as its
// subject when an aside set off by commas stands between it and its verb:
// a thing's name and an aside in lower case that tells no person ("Penrose,
// founded in 1952 in Ohio, makes ..." -> "Penrose"; not "Greg Sutter, who
// ...", nor "Ana Ruiz, 34, ..."), or "The", a noun in lower case of no
// person and the name it is given ("The farm, Pine Creek Growers, recalled
// ..." -> "Pine Creek Growers"). The aside has at most ten words and no
// other comma; "" otherwise.
func appositionThing(pw []string) string {
	first := -1
	for i := 0; i < len(pw) && i < 5; i++ {
		if strings.ContainsAny(pw[i], ";:\"“”()") {
			return ""
		}
		if strings.HasSuffix(pw[i], ",") {
			first = i
			break
		}
	}
	if first < 0 {
		return ""
	}
	closing := -1
	for i := first + 1; i < len(pw) && i <= first+10; i++ {
		if strings.ContainsAny(pw[i], ";:\"“”()") {
			return ""
		}
		if strings.HasSuffix(pw[i], ",") {
			closing = i
			break
		}
	}
	if closing < 0 || closing+1 >= len(pw) || !isLower(pw[closing+1]) {
		return ""
	}
	if v := strings.TrimRight(pw[closing+1], ",;:."); !verbAt(pw, closing+1) && !auxiliaries.Has(v) && !pastVerb(v) && !strings.HasSuffix(v, "ed") && (!strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ss")) {
		return "" // (after the aside, its verb: "recalled all ...", "makes tiles")
	}
	head := slices.Clone(pw[:first+1])
	head[first] = strings.TrimSuffix(head[first], ",")
	aside := slices.Clone(pw[first+1 : closing+1])
	aside[len(aside)-1] = strings.TrimSuffix(aside[len(aside)-1], ",")
	person := func(w string) bool {
		lw := strings.ToLower(w)
		return malePersons.Has(lw) || femalePersons.Has(lw) || roleWords.Has(lw) || personRelatives.Has(lw) || lw == "whose"
	}
	if slices.ContainsFunc(pw, person) || slices.ContainsFunc(pw, func(w string) bool {
		lw := strings.ToLower(strings.Trim(w, ",;:."))
		return personPronouns.Has(lw) || objectPronouns.Has(lw) || personOthers.Has(lw)
	}) {
		return "" // ("The baker, Ana Ruiz, withdrew her bread")
	}
	if len(head) == 2 && head[0] == "The" && isLower(head[1]) {
		// "The farm, Pine Creek Growers,": the aside is the name, a
		// thing's (thingName) or of two words or more, the last a
		// plural ("Growers", "Foods"), which a person's seldom is.
		if len(aside) > 4 || slices.ContainsFunc(aside, func(w string) bool {
			return !capitalized(w) && w != "of" || nameStop.Has(w) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '&' })
		}) {
			return ""
		}
		if last := aside[len(aside)-1]; !thingName(aside) && !organisationNouns.Has(head[1]) && (len(aside) < 2 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss")) {
			return "" // ("The utility, Pacific Crest Power," is a thing's)
		}
		return strings.Join(aside, " ")
	}
	the := ""
	if head[0] == "The" {
		the, head = "The ", head[1:]
	}
	if r, _ := utf8.DecodeRuneInString(aside[0]); !isLower(aside[0]) || unicode.IsDigit(r) || !thingName(head) {
		return ""
	}
	return the + strings.Join(head, " ")
}

// organisationNouns name organisations and things that own: the name an
// aside gives one is a thing's (appositionThing; data/words.txt).
var organisationNouns = wordSet("organisation-nouns")

// goingVerbs are the verbs of coming and going (data/words.txt).
var goingVerbs = wordSet("going-verbs")

// organisationSubject is the organisation a sentence of words pw opens on
// as its subject by a noun of organisation-nouns after "The" and at most
// two words in lower case ("The regulator said ...", "The energy
// regulator has ..."), before its verb: "The regulator"; "" otherwise.
func organisationSubject(pw []string) string {
	if len(pw) < 3 || pw[0] != "The" {
		return ""
	}
	for k := 1; k < len(pw)-1 && k <= 3; k++ {
		w := pw[k]
		lw := strings.ToLower(w)
		if !isLower(w) || w != strings.Trim(w, ",;:.\"“”()'’") || prepositions.Has(lw) || determiners.Has(lw) || titleConjunctions.Has(lw) || auxiliaries.Has(lw) {
			return ""
		}
		if !organisationNouns.Has(lw) || k < 3 && inSet(organisationNouns, pw[k+1]) {
			continue // ("The school board": the last noun is the head)
		}
		v := strings.ToLower(pw[k+1])
		if !isLower(pw[k+1]) || !verbAt(pw, k+1) || !inSet(auxiliaries, v) && !pastVerb(v) && !strings.HasSuffix(v, "ed") && !reportingVerbs.Has(v) {
			return ""
		}
		return strings.Join(pw[:k+1], " ")
	}
	return ""
}

// ownersPlural is the plural a sentence of words pw opens on after an
// owner's name, its subject ("Harker's lawyers said ..." -> "Harker's
// lawyers"): a word in capitals in "'s", one in lower case in "-s" (not
// "-ss") or of plural-nouns, then a verb in lower case; "" otherwise.
func ownersPlural(pw []string) string {
	if len(pw) < 3 || !capitalized(pw[0]) || !strings.HasSuffix(pw[0], "'s") && !strings.HasSuffix(pw[0], "’s") {
		return ""
	}
	n := pw[1]
	if !isLower(n) || strings.Trim(n, ",;:.\"“”()") != n || (!strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss")) && !pluralNouns.Has(n) || !isLower(pw[2]) || !verbAt(pw, 2) {
		return ""
	}
	return pw[0] + " " + n
}

// theyNamed names the "They" that opens a title, and its sentence, by the
// plural the sentence before has as its subject: "The" and up to three
// words in lower case, the last a plural, then a verb ("The companies
// said ..." -> "The companies expect ..."), a count ("Two firefighters
// were treated ..." -> "The two firefighters were released ..."), or the subject of what a
// person named in capitals said ("Greg Sutter, an auditor, said the
// transfers were small" -> "The transfers grew ..."), or a group of
// plural-nouns that opens it ("Residents who live nearby packed the hall"
// -> "Residents said ..."). "" otherwise, and
// when the title's second word is no verb.
func theyNamed(ws, pw []string) string {
	if len(ws) < 3 || ws[0] != "They" || !isLower(ws[1]) || !verbAt(ws, 1) && !auxiliaries.Has(ws[1]) {
		return ""
	}
	who := theSubject(pw, 0)
	if who == "" {
		who = countSubject(pw) // ("Two firefighters were treated ...")
	}
	if who == "" && len(pw) > 2 && capitalized(pw[0]) && capitalized(strings.TrimSuffix(pw[1], ",")) && !nameStop.Has(pw[0]) && !institutional.Has(strings.TrimSuffix(pw[1], ",")) && !geographic.Has(pw[0]) {
		// A person's name, then within twelve words what was said.
		for r := 2; r < len(pw) && r < 14; r++ {
			if strings.ContainsAny(pw[r], ";:\"“”()") {
				break
			}
			if isLower(pw[r]) && reportingVerbs.Has(pw[r]) && r+1 < len(pw) {
				from := r + 1
				if pw[from] == "that" {
					from++
				}
				who = theSubject(pw, from)
				break
			}
		}
	}
	if who == "" && len(pw) > 4 && capitalized(pw[0]) {
		// "Prosecutors said on Friday they would seek ...", "Federal
		// prosecutors said ...": a group of plural-nouns that told of
		// itself as "they" before its verb of saying.
		for k := 0; k < 2; k++ {
			if n := strings.ToLower(pw[k]); k > 0 && !isLower(pw[k]) || n != strings.Trim(n, ",;:.\"“”()'’") || determiners.Has(n) || quantifiers.Has(n) || countNumbers.Has(n) {
				break
			}
			if inSet(pluralNouns, pw[k]) && reportingVerbs.Has(pw[k+1]) {
				if saidPronoun(pw, k+1, "they") {
					who = strings.Join(pw[:k+1], " ")
				}
				break
			}
		}
	}
	if who == "" && len(pw) > 3 && inSet(pluralNouns, pw[0]) && !isLower(pw[0]) && (relativeOpeners.Has(pw[1]) || isLower(pw[1]) && verbAt(pw, 1) && !reportingVerbs.Has(pw[1])) {
		// "Residents who live near the site packed the chamber." "They
		// said ...": a group of plural-nouns opens the sentence before
		// as its subject, its verb or its relative clause after it. (Not
		// one that said something of others: "Prosecutors said the judge
		// was wrong." "They ...")
		who = pw[0]
	}
	if who == "" {
		return ""
	}
	// (The title named must still read as a clause: "The companies
	// expect $400 million" has a verb the lists do not know as one after
	// a noun, and would fall back to the sentence's "They".)
	if t := capitalize(who) + " " + strings.Join(ws[1:], " "); headline(t) {
		return t
	}
	return ""
}

// theSubject is a plural subject with "the" at word from of pw: "the", up
// to three words in lower case with no mark, the last in "-s" (not "-ss")
// or of plural-nouns, then a verb in lower case or an auxiliary; "" when
// the words at from are otherwise.
func theSubject(pw []string, from int) string {
	if from >= len(pw) || !strings.EqualFold(pw[from], "the") {
		return ""
	}
	for j := from + 1; j <= from+3 && j+1 < len(pw); j++ {
		w := pw[j]
		if !isLower(w) || strings.Trim(w, ",;:.\"“”()'’") != w || prepositions.Has(w) || determiners.Has(w) || auxiliaries.Has(w) {
			return ""
		}
		if (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) && !pluralNouns.Has(w) {
			continue
		}
		if v := pw[j+1]; !isLower(v) || !auxiliaries.Has(strings.TrimRight(v, ",")) && !verbAt(pw, j+1) {
			return ""
		}
		return strings.Join(pw[from:j+1], " ")
	}
	return ""
}

// ownStaffReport is where the news starts in a clause that attributes it
// to the outlet's own staff, as live coverage does ("Our correspondent in
// Mongla reports that water has come over ...", "Our reporter at the
// ground says the team bus arrived late"): "Our", up to three words, a
// noun of the newsroom (data/words.txt own-staff), up to six words of
// where they are, a verb of saying in the present or the past and an
// optional "that", then a clause of at least three words that opens on no
// subject pronoun ("Our reporter says he arrived at the camp" tells of the
// reporter). Only a clock
// time, a dash or the time expression tx may come before "Our" in seg.
// seg[0] when the clause is no such report. Looks at no more than a
// dozen words.
func ownStaffReport(text string, seg [2]int, tx *timex.Timex) int {
	s := text[seg[0]:seg[1]]
	at := strings.Index(s, "Our ")
	if at < 0 || at > 24 {
		return seg[0]
	}
	pre := s[:at]
	if tx != nil && tx.Start >= seg[0] && tx.End <= seg[0]+at {
		pre = s[:tx.Start-seg[0]] + s[tx.End-seg[0]:at]
	}
	for _, w := range strings.Fields(pre) {
		lw := strings.ToLower(strings.Trim(w, "*-–—:"))
		if lw != "" && !clockEnds.Has(lw) && !clockEnds.Has(lw+".") && strings.IndexFunc(lw, unicode.IsLetter) >= 0 {
			return seg[0]
		}
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s[at:])
	staff := -1
	for k := 1; k < len(ws) && k <= 4; k++ {
		if inSet(ownStaff, strings.Trim(ws[k], ",")) {
			staff = k
			break
		}
	}
	if staff < 0 {
		return seg[0]
	}
	for k := staff + 1; k < len(ws) && k <= staff+7; k++ {
		w := ws[k]
		if strings.ContainsAny(w, ";:\"“”()") {
			return seg[0]
		}
		if !isLower(w) || !reportingVerbs.Has(w) && !reportingVerbs.Has(strings.TrimSuffix(w, "s")) {
			continue
		}
		from := k + 1
		if from < len(ws) && ws[from] == "that" {
			from++
		}
		if len(ws)-from < 3 || inSet(subjectPronouns, ws[from]) {
			return seg[0] // ("Our reporter says he arrived ...": the reporter's own doing)
		}
		// The offset of ws[from] in text.
		off := seg[0] + at
		for j := 0; j < from; j++ {
			i := strings.Index(text[off:seg[1]], ws[j])
			if i < 0 {
				return seg[0]
			}
			off += i + len(ws[j])
		}
		for off < seg[1] && text[off] == ' ' {
			off++
		}
		if tx != nil && tx.Start >= seg[0]+at && tx.Start < off {
			return seg[0] // (the time dates the report: "Our reporter said on Monday that ...")
		}
		return off
	}
	return seg[0]
}

// ownStaff are the newsroom's people who report for it (see
// ownStaffReport; data/words.txt own-staff).
var ownStaff = wordSet("own-staff")

// reportVerdict reports whether the words after a report's "that" ("the
// mayor had resigned were denied by her office") go on to say the report
// was denied or could not be confirmed (report-verdicts): the clause is
// no happening, and the title keeps the report.
func reportVerdict(rest string) bool {
	var room fieldRoom
	for _, w := range fieldsIn(&room, rest) {
		if inSet(reportVerdicts, strings.Trim(w, ".,;:!?\"”’")) {
			return true
		}
	}
	return false
}
