package extract

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/internal/wordset"
	"github.com/dateline-news/dateline/timex"
)

// The word lists of extraction's grammar are data, not code, like the
// actors of actors.go: data/kinds.txt (the words that name a kind of
// happening), data/words.txt (subordinators, reporting verbs,
// abbreviations, the words a title may not end or open with, ...) and
// data/noise.txt (lines scrapers leave in article text), read once when the
// package starts into the tables of events.go, sentences.go, title.go,
// news.go and extract.go.

//go:embed data/kinds.txt
var kindsData string

//go:embed data/words.txt
var wordsData string

//go:embed data/noise.txt
var noiseData string

var (
	kindWords, kindNeeds = mustReadKinds(readKinds("data/kinds.txt", kindsData))
	wordLists            = mustReadWords(readWordLists("data/words.txt", wordsData))
)

// keyword is what a word of data/kinds.txt names: a kind, as a verb or a
// noun.
type keyword struct {
	k    kind
	verb bool
}

// kindFor returns the kind of the name kindNouns gives it.
func kindFor(name string) (kind, bool) {
	for k, n := range kindNouns {
		if k > int(kindOther) && n == name {
			return kind(k), true
		}
	}
	return kindOther, false
}

// readKinds reads data/kinds.txt: "<kind> verbs: word ...", "<kind> nouns:
// word ..." and "<kind> needs: word ...".
func readKinds(file, data string) (map[string]keyword, map[kind][]string, error) {
	words, needs := map[string]keyword{}, map[kind][]string{}
	err := eachLine(file, data, func(line string) error {
		ws := strings.Fields(line)
		if len(ws) < 2 {
			return fmt.Errorf("want \"<kind> verbs|nouns|needs: word ...\", got %q", line)
		}
		k, ok := kindFor(ws[0])
		if !ok {
			return fmt.Errorf("unknown kind %q (want one of %s)", ws[0], strings.Join(kindNouns[kindOther+1:], ", "))
		}
		part, ok := strings.CutSuffix(ws[1], ":")
		if !ok || part != "verbs" && part != "nouns" && part != "needs" {
			return fmt.Errorf("want \"%s verbs|nouns|needs: word ...\", got %q", ws[0], line)
		}
		if len(ws) < 3 {
			return fmt.Errorf("%s %s: no words", ws[0], part)
		}
		for _, w := range ws[2:] {
			if w != strings.ToLower(w) {
				return fmt.Errorf("%q: words are compared lower-case", w)
			}
			if part == "needs" {
				if slices.Contains(needs[k], w) {
					return fmt.Errorf("%s needs %q twice", ws[0], w)
				}
				needs[k] = append(needs[k], w)
				continue
			}
			if kw, dup := words[w]; dup {
				return fmt.Errorf("%q is already a word of %s", w, kindNouns[kw.k])
			}
			words[w] = keyword{k, part == "verbs"}
		}
		return nil
	})
	return words, needs, err
}

func mustReadKinds(words map[string]keyword, needs map[kind][]string, err error) (map[string]keyword, map[kind][]string) {
	if err != nil {
		panic(err)
	}
	return words, needs
}

// wordListNames are the lists data/words.txt holds, each one at least once.
var wordListNames = []string{
	"subordinators", "reporting", "noun-links", "range-words", "pronouns",
	"opening-pronouns", "after-the", "person-pronouns", "abbreviations", "clock-completions", "weekday-names",
	"photo-credits", "title-prepositions", "approximators", "time-focus", "report-nouns", "report-verdicts", "plural-verbs", "comparisons", "time-edges", "past-openers", "simple-pasts", "title-boundaries", "dangling",
	"not-openers", "frame-verbs", "frame-links", "phrase-ends", "inner-openers",
	"phrase-starts", "prepositions", "determiners", "title-conjunctions",
	"future-markers", "future-after-to", "spans-behind", "auxiliaries", "schedule-recurrence", "schedule-indefinites", "schedule-day-nouns",
	"measure-numbers", "measure-units", "measure-adverbs", "relative-openers", "inverting-verbs", "kickers", "relative-pronouns", "state-abbreviations", "articles", "verb-forms", "clause-verbs", "subject-pronouns", "particles", "list-openers", "participle-links", "announcing-verbs", "span-ends", "deadline-holders", "negations", "time-objects", "possessive-pronouns", "said-links", "attribution-times", "told-time-words", "time-of-nouns", "colon-labels", "page-label-openers", "near-before", "dating-subordinators", "own-clause-subordinators", "performative-verbs", "defining-question", "empty-subjects", "live-marks", "not-present-perfect", "expletive-verbs", "participle-adverbs", "verb-complements", "quantifiers", "place-prepositions", "distance-units", "distance-fractions", "object-prepositions", "nonfinite-auxiliaries", "linking-verbs", "anaphoric-nouns", "directing-verbs", "bare-clause-verbs", "time-hedges", "set-starts", "year-of-determiners", "clause-openers", "instrument-nouns", "titled-law-nouns", "time-edges-relative", "time-edges-degree", "period-nouns", "period-modifiers", "figure-preps", "at-bounds", "condition-openers", "state-copulas", "state-breakers", "until-words", "sequence-subordinators", "time-object-prepositions", "before-words", "subject-relative-pronouns", "calendar-names", "after-words", "content-verbs", "document-nouns", "object-pronouns", "person-others", "closing-particles", "indefinite-articles", "event-nouns", "plan-participles", "span-subordinators", "person-relatives", "schedule-heads", "on-bound-nouns", "sentence-connectives", "male-persons", "female-persons", "name-ranks", "clause-object-verbs", "unaccusative-participles", "noun-endings", "later-spans", "sequel-verbs", "answering-verbs", "document-telling", "passive-auxiliaries", "subject-openers", "of-bound-nouns", "fraction-words", "to-bound-nouns", "saying-auxiliaries", "count-numbers", "group-plurals", "finding-verbs", "arrival-verbs", "capture-verbs", "said-openers", "time-of-orders", "period-object-verbs", "question-openers", "modal-auxiliaries", "other-of-kind", "kind-people", "claiming-telling", "accusing-documents", "plural-nouns", "plain-saying", "comma-adverbs", "passive-nouns", "made-known-verbs", "topic-prepositions", "contrast-openers", "occurred-verbs", "occurred-links", "main-nouns", "clause-adverbials", "clause-saying", "clause-target-times", "clause-target-verbs", "clause-group-adverbs", "clause-time-words", "clause-hearer-verbs", "clause-demonstratives", "clause-group-verbs", "clause-stops", "clause-that-adverbials", "clause-objects", "clause-function-words", "clause-set-off-openers", "clause-hedges", "clause-noun-forms", "clause-telling-nouns", "clause-ed-words", "clause-present-verbs", "clause-prepositions", "clause-mandative-verbs", "pointing-openers", "pointing-seconds", "predicate-relatives", "clause-subject-relatives", "clause-indefinites", "clause-perfect-auxiliaries", "clause-future-auxiliaries", "clause-reported-modals", "figure-nouns", "figure-spans", "figure-period-prepositions", "of-time-edges", "of-time-containers", "cause-noun-prepositions", "cause-noun-links", "clause-bound-comparatives", "superlatives", "closing-verbs", "cause-openers", "setting-prepositions", "setting-verbs", "past-main-setting", "headline-noun-stops", "setting-lasting", "setting-lasting-verbs", "clause-question-words", "telling-present-verbs", "organisation-nouns", "attach-between-words", "attach-time-prepositions", "clock-zone-names", "clock-zone-heads",
	"measure-numbers", "measure-units", "measure-adverbs", "relative-openers", "inverting-verbs", "kickers", "relative-pronouns", "state-abbreviations", "articles", "verb-forms", "clause-verbs", "subject-pronouns", "particles", "list-openers", "participle-links", "announcing-verbs", "span-ends", "negations", "time-objects", "possessive-pronouns", "said-links", "attribution-times", "time-of-nouns", "colon-labels", "near-before", "dating-subordinators", "own-clause-subordinators", "performative-verbs", "defining-question", "empty-subjects", "live-marks", "not-present-perfect", "expletive-verbs", "participle-adverbs", "verb-complements", "quantifiers", "place-prepositions", "distance-units", "distance-fractions", "object-prepositions", "nonfinite-auxiliaries", "linking-verbs", "anaphoric-nouns", "directing-verbs", "bare-clause-verbs", "time-hedges", "set-starts", "year-of-determiners", "clause-openers", "instrument-nouns", "titled-law-nouns", "time-edges-relative", "time-edges-degree", "period-nouns", "period-modifiers", "figure-preps", "at-bounds", "condition-openers", "state-copulas", "state-breakers", "until-words", "sequence-subordinators", "time-object-prepositions", "before-words", "subject-relative-pronouns", "calendar-names", "after-words", "content-verbs", "document-nouns", "object-pronouns", "person-others", "closing-particles", "indefinite-articles", "event-nouns", "plan-participles", "span-subordinators", "person-relatives", "schedule-heads", "on-bound-nouns", "sentence-connectives", "male-persons", "female-persons", "name-ranks", "clause-object-verbs", "unaccusative-participles", "noun-endings", "later-spans", "sequel-verbs", "answering-verbs", "document-telling", "passive-auxiliaries", "subject-openers", "of-bound-nouns", "fraction-words", "to-bound-nouns", "saying-auxiliaries", "count-numbers", "group-plurals", "finding-verbs", "arrival-verbs", "capture-verbs", "said-openers", "time-of-orders", "period-object-verbs", "question-openers", "modal-auxiliaries", "other-of-kind", "kind-people", "claiming-telling", "accusing-documents", "plural-nouns", "plain-saying", "comma-adverbs", "passive-nouns", "made-known-verbs", "topic-prepositions", "contrast-openers", "occurred-verbs", "occurred-links", "main-nouns", "clause-adverbials", "clause-saying", "clause-target-times", "clause-target-verbs", "clause-group-adverbs", "clause-time-words", "clause-hearer-verbs", "clause-demonstratives", "clause-group-verbs", "clause-stops", "clause-that-adverbials", "clause-objects", "clause-function-words", "clause-set-off-openers", "clause-hedges", "clause-noun-forms", "clause-telling-nouns", "clause-ed-words", "clause-present-verbs", "clause-prepositions", "clause-mandative-verbs", "pointing-openers", "pointing-seconds", "predicate-relatives", "clause-subject-relatives", "clause-indefinites", "clause-perfect-auxiliaries", "figure-nouns", "figure-spans", "figure-period-prepositions", "of-time-edges", "of-time-containers", "cause-noun-prepositions", "cause-noun-links", "clause-bound-comparatives", "superlatives", "closing-verbs", "cause-openers", "setting-prepositions", "setting-verbs", "clause-question-words", "telling-present-verbs", "organisation-nouns", "attach-between-words", "attach-time-prepositions", "back-time-words", "conjunct-adverbs",
	"causative-verbs", "month-parts",
	"measure-numbers", "measure-units", "measure-adverbs", "relative-openers", "inverting-verbs", "kickers", "relative-pronouns", "state-abbreviations", "articles", "verb-forms", "clause-verbs", "subject-pronouns", "particles", "list-openers", "participle-links", "announcing-verbs", "span-ends", "deadline-holders", "negations", "time-objects", "possessive-pronouns", "said-links", "attribution-times", "time-of-nouns", "colon-labels", "page-label-openers", "near-before", "dating-subordinators", "own-clause-subordinators", "performative-verbs", "defining-question", "empty-subjects", "live-marks", "not-present-perfect", "expletive-verbs", "participle-adverbs", "verb-complements", "quantifiers", "place-prepositions", "distance-units", "distance-fractions", "object-prepositions", "nonfinite-auxiliaries", "linking-verbs", "anaphoric-nouns", "directing-verbs", "bare-clause-verbs", "time-hedges", "set-starts", "year-of-determiners", "clause-openers", "instrument-nouns", "titled-law-nouns", "time-edges-relative", "time-edges-degree", "period-nouns", "period-modifiers", "figure-preps", "at-bounds", "condition-openers", "state-copulas", "state-breakers", "until-words", "sequence-subordinators", "time-object-prepositions", "before-words", "subject-relative-pronouns", "calendar-names", "after-words", "content-verbs", "document-nouns", "object-pronouns", "person-others", "closing-particles", "indefinite-articles", "event-nouns", "plan-participles", "span-subordinators", "person-relatives", "schedule-heads", "on-bound-nouns", "sentence-connectives", "male-persons", "female-persons", "name-ranks", "clause-object-verbs", "unaccusative-participles", "noun-endings", "later-spans", "sequel-verbs", "answering-verbs", "document-telling", "passive-auxiliaries", "subject-openers", "of-bound-nouns", "fraction-words", "to-bound-nouns", "saying-auxiliaries", "count-numbers", "group-plurals", "finding-verbs", "arrival-verbs", "capture-verbs", "said-openers", "time-of-orders", "period-object-verbs", "question-openers", "modal-auxiliaries", "other-of-kind", "kind-people", "claiming-telling", "accusing-documents", "plural-nouns", "plain-saying", "comma-adverbs", "passive-nouns", "made-known-verbs", "topic-prepositions", "contrast-openers", "occurred-verbs", "occurred-links", "main-nouns", "clause-adverbials", "clause-saying", "clause-target-times", "clause-target-verbs", "clause-group-adverbs", "clause-time-words", "clause-hearer-verbs", "clause-demonstratives", "clause-group-verbs", "clause-stops", "clause-that-adverbials", "clause-objects", "clause-function-words", "clause-set-off-openers", "clause-hedges", "clause-noun-forms", "clause-telling-nouns", "clause-ed-words", "clause-present-verbs", "clause-prepositions", "clause-mandative-verbs", "pointing-openers", "pointing-seconds", "predicate-relatives", "clause-subject-relatives", "clause-indefinites", "clause-perfect-auxiliaries", "clause-future-auxiliaries", "clause-reported-modals", "figure-nouns", "figure-spans", "figure-period-prepositions", "of-time-edges", "of-time-containers", "cause-noun-prepositions", "cause-noun-links", "clause-bound-comparatives", "superlatives", "closing-verbs", "cause-openers", "setting-prepositions", "setting-verbs", "past-main-setting", "headline-noun-stops", "setting-lasting", "setting-lasting-verbs", "clause-question-words", "telling-present-verbs", "organisation-nouns", "attach-between-words", "attach-time-prepositions", "clock-zone-names", "clock-zone-heads",
	"measure-numbers", "measure-units", "measure-adverbs", "relative-openers", "inverting-verbs", "kickers", "relative-pronouns", "state-abbreviations", "articles", "verb-forms", "clause-verbs", "subject-pronouns", "particles", "list-openers", "participle-links", "announcing-verbs", "span-ends", "negations", "time-objects", "possessive-pronouns", "said-links", "attribution-times", "time-of-nouns", "colon-labels", "near-before", "dating-subordinators", "own-clause-subordinators", "performative-verbs", "defining-question", "empty-subjects", "live-marks", "not-present-perfect", "expletive-verbs", "participle-adverbs", "verb-complements", "quantifiers", "place-prepositions", "distance-units", "distance-fractions", "object-prepositions", "nonfinite-auxiliaries", "linking-verbs", "anaphoric-nouns", "directing-verbs", "bare-clause-verbs", "time-hedges", "set-starts", "year-of-determiners", "clause-openers", "instrument-nouns", "titled-law-nouns", "time-edges-relative", "time-edges-degree", "period-nouns", "period-modifiers", "figure-preps", "at-bounds", "condition-openers", "state-copulas", "state-breakers", "until-words", "sequence-subordinators", "time-object-prepositions", "before-words", "subject-relative-pronouns", "calendar-names", "after-words", "content-verbs", "document-nouns", "object-pronouns", "person-others", "closing-particles", "indefinite-articles", "event-nouns", "plan-participles", "span-subordinators", "person-relatives", "schedule-heads", "on-bound-nouns", "sentence-connectives", "male-persons", "female-persons", "name-ranks", "clause-object-verbs", "unaccusative-participles", "noun-endings", "later-spans", "sequel-verbs", "answering-verbs", "document-telling", "passive-auxiliaries", "subject-openers", "of-bound-nouns", "fraction-words", "to-bound-nouns", "saying-auxiliaries", "count-numbers", "group-plurals", "finding-verbs", "arrival-verbs", "capture-verbs", "said-openers", "time-of-orders", "period-object-verbs", "question-openers", "modal-auxiliaries", "other-of-kind", "kind-people", "claiming-telling", "accusing-documents", "plural-nouns", "plain-saying", "comma-adverbs", "passive-nouns", "made-known-verbs", "topic-prepositions", "contrast-openers", "occurred-verbs", "occurred-links", "main-nouns", "clause-adverbials", "clause-saying", "clause-target-times", "clause-target-verbs", "clause-group-adverbs", "clause-time-words", "clause-hearer-verbs", "clause-demonstratives", "clause-group-verbs", "clause-stops", "clause-that-adverbials", "clause-objects", "clause-function-words", "clause-set-off-openers", "clause-hedges", "clause-noun-forms", "clause-telling-nouns", "clause-ed-words", "clause-present-verbs", "clause-prepositions", "clause-mandative-verbs", "pointing-openers", "pointing-seconds", "predicate-relatives", "clause-subject-relatives", "clause-indefinites", "clause-perfect-auxiliaries", "figure-nouns", "figure-spans", "figure-period-prepositions", "of-time-edges", "of-time-containers", "cause-noun-prepositions", "cause-noun-links", "clause-bound-comparatives", "superlatives", "closing-verbs", "cause-openers", "setting-prepositions", "setting-verbs", "clause-question-words", "telling-present-verbs", "organisation-nouns", "attach-between-words", "attach-time-prepositions", "back-time-words", "conjunct-adverbs", "side-clause-openers", "side-plan-nouns",
	"causative-verbs",
	"setting-institutions", "state-verbs", "perfect-haves",
	"clause-calendar-words", "knowing-verbs",
	"lead-background-links",
	"given-openers", "sequel-lead-verbs", "callout-verbs", "response-arrivals", "response-links",
	"clause-past-auxiliaries",
	"teller-pronouns",
	"explainer-openers", "explainer-labels", "explainer-counts", "explainer-phrases",
	"night-words", "vote-verbs", "vote-assents", "present-report-verbs", "present-report-blockers", "finding-headline-verbs", "saying-phrase-openers", "count-links",
	"saying-lead-verbs", "lead-verb-families", "going-verbs", "state-span-units", "state-span-fillers", "stock-units", "stock-links", "still-words",
	"told-state-verbs", "told-state-auxiliaries", "told-futures",
	"counted-from", "unit-modifiers", "tail-orders", "counted-pronouns", "day-words", "relative-heads", "relative-units", "day-prepositions", "clock-ends",
	"aspect-verbs", "process-nouns", "small-counts", "ing-nouns",
	"correction-labels", "earlier-versions", "correction-adverbs", "correction-say-verbs", "correction-determiners",
	"answer-question-words", "question-auxiliaries", "question-tail-words", "plan-adjectives", "tally-nouns", "tally-verbs", "vote-result-nouns",
	"finite-openers",
	"response-verbs",
	"clause-cause-prepositions", "clause-deadline-openers", "clause-before-places", "clause-plain-presents", "attribution-hearing-verbs", "attribution-hearing-passives", "attribution-hearing-participles", "clause-noun-presents", "clause-noun-present-marks", "commissioning-participles", "gathering-participles", "sample-nouns", "origin-figure-words", "origin-clock-marks", "origin-unit-prepositions", "origin-time-openers",
	"ranked-people", "period-ends", "reporting-spans", "control-verbs", "male-pronouns", "female-pronouns",
	"generic-today-verbs", "habitual-words", "habitual-pairs", "compared-words", "today-plans",
	"feature-openers", "name-links",
	"splice-time-glue", "splice-time-heads", "splice-range-pairs", "surname-particles", "owner-stops", "thing-pronouns", "several-pronouns", "person-owned-pronouns", "singular-verbs", "plan-copulas", "it-have-forms",
	"key-kind-deferrals", "key-kind-compounds",
	"own-staff", "not-surnames", "participle-forms", "aside-participles", "time-predicates", "time-states", "span-verbs", "span-adverbs", "be-forms", "place-verbs",
	"live-stamp-openers", "live-stamp-halves", "asserting-verbs", "plural-telling-verbs", "hearer-pronouns", "expecting-verbs",
	"company-anaphors", "business-nouns", "company-name-endings",
	"name-prepositions",
	"past-undecided",
	"name-prepositions", "do-forms",
	"name-prepositions", "do-forms", "entry-label-links",
	"byline-words", "coverage-nouns", "page-nouns", "page-edits",
	"put-out-participles",
	"page-announce", "page-copulas", "page-voices", "page-returns", "photo-labels", "span-units", "span-copulas",
	"byline-words", "coverage-nouns", "page-nouns", "page-edits", "entry-months",
	"pointing-determiners", "person-objects", "pointing-objects", "pronoun-joins",
	"clause-forecast-verbs",
	"standing-verbs",
	"second-time-not-act",
	"name-honorifics", "feature-name-endings",
	"feature-name-openers",
	"comparison-multipliers",
	"baseline-heads", "baseline-links", "baseline-over", "baseline-units", "baseline-compared", "baseline-from", "baseline-like", "baseline-seeming",
	"body-heads", "body-kinds",
	"page-reporting", "page-audience", "page-objects",
	"told-plans", "told-later-words",
	"date-objects",
	"fuller-stops", "demonym-endings",
	"standing-decisions",
}

// readWordLists reads data/words.txt: "list: word word ...", the words of
// a list in the order written; in photo-credits and contrast-openers a
// hyphen joins the words of a phrase. "@name" stands for the words of the list name of timex's
// lexicon (timex.Words): the lists extract shares with timex (reporting
// verbs, abbreviations, range words) live there once.
func readWordLists(file, data string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(file, data, func(line string) error {
		ws := strings.Fields(line)
		list, ok := strings.CutSuffix(ws[0], ":")
		if !ok || !slices.Contains(wordListNames, list) {
			return fmt.Errorf("want \"list: word word ...\" with list one of %s, got %q", strings.Join(wordListNames, ", "), line)
		}
		if len(ws) < 2 {
			return fmt.Errorf("%s: no words", list)
		}
		words := ws[1:]
		if shared, ok := strings.CutPrefix(words[0], "@"); ok {
			if len(words) > 1 {
				return fmt.Errorf("%s: @%s takes a line of its own", list, shared)
			}
			if words = timex.Words(shared); len(words) == 0 {
				return fmt.Errorf("%s: timex's lexicon has no list %q", list, shared)
			}
		}
		for _, w := range words {
			if list == "photo-credits" || list == "contrast-openers" {
				w = strings.ReplaceAll(w, "-", " ")
			}
			if slices.Contains(out[list], w) {
				return fmt.Errorf("%s: %q twice", list, w)
			}
			out[list] = append(out[list], w)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, l := range wordListNames {
		if len(out[l]) == 0 {
			return nil, fmt.Errorf("%s: no %s list", file, l)
		}
	}
	return out, nil
}

// readLines reads a file of one entry a line, each written as it is
// compared: lower-case, trimmed, its words one space apart.
func readLines(file, data string) (map[string]bool, error) {
	out := map[string]bool{}
	err := eachLine(file, data, func(line string) error {
		if want := strings.ToLower(strings.Join(strings.Fields(line), " ")); line != want {
			return fmt.Errorf("%q: write it as it is compared, %q", line, want)
		}
		if out[line] {
			return fmt.Errorf("%q listed twice", line)
		}
		out[line] = true
		return nil
	})
	return out, err
}

func mustReadLines(m map[string]bool, err error) map[string]bool {
	if err != nil {
		panic(err)
	}
	return m
}

// wordSet is the words of a list of data/words.txt as a set.
func wordSet(list string) wordset.Set { return wordset.Of(wordLists[list]...) }

// alternation is a regular expression matching any of the phrases, in
// their order.
func alternation(phrases []string) string {
	q := make([]string, len(phrases))
	for i, p := range phrases {
		q[i] = regexp.QuoteMeta(p)
	}
	return "(?:" + strings.Join(q, "|") + ")"
}
