package timex

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/internal/wordset"
)

// The word lists of the tagger are data, not code: data/lexicon.txt holds
// them all, each with a comment saying what it is for, and is read once
// when the package starts into the tables below. The matchers look words
// up in these tables; every key is lowercase, as the tokens they are
// compared with are.

//go:embed data/lexicon.txt
var lexiconData string

// lex is data/lexicon.txt, read.
var lex = mustReadLexicon(readLexicon("data/lexicon.txt", lexiconData))

// Calendar names.
var (
	monthNames          = lex.ints("months")
	monthAbbrevs        = lex.ints("month-abbreviations")
	weekdays            = lex.ints("weekdays")
	weekdayAbbrevs      = lex.set("weekday-abbreviations")
	weekdayPlurals      = lex.ints("weekday-plurals")
	weekdayNamePrefixes = lex.set("weekday-name-prefixes")
	weekdayIndefinites  = lex.set("weekday-indefinites")
	weekdayKindNouns    = lex.set("weekday-kind-nouns")
	weekdaySlotNouns    = lex.set("weekday-slot-nouns")
	seasons             = lex.ints("seasons")
	decadeWords         = lex.ints("decades")
	partsOfDay          = lex.values("parts-of-day")
	holidayWords        = lex.set("holiday-words")
	mondayHolidays      = lex.mondays("monday-holidays")
	easterDays          = lex.ints("easter-days")
	sept11Words         = lex.set("sept11-words")
)

// Numbers, units and clocks.
var (
	numberWords    = lex.ints("numbers")
	tensWords      = lex.ints("tens")
	ordinals       = lex.ints("ordinals")
	dayOrdinals    = lex.ints("day-ordinals")
	dayOrdStops    = lex.set("day-ordinal-stops")
	dayOrdSpans    = lex.set("day-ordinal-spans")
	prepArticles   = lex.set("preposition-articles")
	units          = lex.units("units")
	timeZones      = lex.set("time-zones")
	timeZoneNames  = lex.set("time-zone-names")
	timeZoneHeads  = lex.set("time-zone-heads")
	clockNames     = lex.set("clock-names")
	clockMarks     = lex.set("clock-marks")
	midnightStarts = lex.set("midnight-starts")
	clockNamePreps = lex.set("clock-name-preps")
)

// Words that make a word or a number a time.
var (
	partMods       = lex.values("part-mods")
	monthPreps     = lex.set("month-preps")
	seasonPreps    = lex.set("season-preps")
	yearPreps      = lex.set("year-preps")
	timePreps      = lex.set("time-preps")
	holidayPreps   = lex.set("holiday-preps")
	holidayNames   = lex.set("holiday-name-nouns")
	holidayFillers = lex.set("holiday-name-fillers")
	afterYear      = lex.set("after-year")
	yearNouns      = lex.set("year-nouns")
	countWords     = lex.set("count-words")
	codeContext    = lex.set("code-context")
	yearDets       = lex.set("year-determiners")
	resultWords    = lex.set("result-words")
	rangeWords     = lex.set("range-words")
	refWords       = lex.refs("references")
	closedWords    = lex.set("closed-words")
	spanCues       = lex.set("span-cues")
	notSuperlative = lex.set("not-superlative")
)

// Words of single rules, each named where it is used.
var (
	extentPreps        = lex.set("extent-preps")
	bareUnitStops      = lex.set("bare-unit-stops")
	countStops         = lex.set("count-stops")
	vagueCounts        = lex.set("vague-counts")
	countExtras        = lex.set("count-extras")
	countBounds        = lex.set("count-bounds")
	countEstimates     = lex.set("count-estimates")
	rateArticles       = lex.set("rate-articles")
	rateCues           = lex.set("rate-cues")
	rateStops          = lex.set("rate-stops")
	modifiedUnits      = lex.set("modified-units")
	notSoonAfter       = lex.set("soon-stops-before")
	notSoonBefore      = lex.set("soon-stops-after")
	futurePlurals      = lex.set("future-plurals")
	monthDets          = lex.set("month-determiners")
	seasonDets         = lex.set("season-determiners")
	currentTerms       = lex.set("current-terms")
	countDets          = lex.set("count-determiners")
	theDets            = lex.set("the-determiners")
	pointingDets       = lex.set("pointing-determiners")
	podShifts          = lex.ints("part-of-day-determiners")
	backwardDets       = lex.set("backward-determiners")
	lastDateDets       = lex.set("last-date-determiners")
	fiscalYearDets     = lex.set("fiscal-year-determiners")
	ordinalPartNouns   = lex.set("ordinal-part-nouns")
	sameUnitStops      = lex.set("same-unit-stops")
	currentNounCues    = lex.set("current-noun-cues")
	comparisonWords    = lex.set("comparison-words")
	weekStops          = lex.set("week-stops")
	weekAheadPreps     = lex.set("week-ahead-preps")
	comingPlurals      = lex.set("coming-plurals")
	pastPlurals        = lex.set("past-plurals")
	recentPlurals      = lex.set("recent-plurals")
	yearStretchCues    = lex.set("year-stretch-cues")
	fiscalStretchCues  = lex.set("fiscal-stretch-cues")
	theYearStops       = lex.set("the-year-stops")
	numberNouns        = lex.set("number-nouns")
	headingMods        = lex.set("heading-modifiers")
	amountWords        = lex.set("amount-words")
	thenPreps          = lex.set("then-preps")
	yearCompounds      = lex.set("year-compounds")
	holidayDets        = lex.set("holiday-determiners")
	ordinalSuffixes    = lex.set("ordinal-suffixes")
	nameAbbrevs        = lex.set("name-abbreviations")
	verbMonths         = lex.set("verb-months")
	timeComparatives   = lex.set("time-comparatives")
	monthYearDets      = lex.set("month-year-determiners")
	lastPartsOfDay     = lex.set("last-parts-of-day")
	periodNouns        = lex.set("period-nouns")
	wholeYearPreps     = lex.set("whole-year-preps")
	possessives        = lex.set("possessives")
	vehicleMakes       = lex.set("vehicle-makes")
	attributiveDets    = lex.set("attributive-determiners")
	vehicleNouns       = lex.set("vehicle-nouns")
	decadeModifiers    = lex.set("decade-modifiers")
	lastingVerbs       = lex.set("lasting-verbs")
	monthPartMods      = lex.set("month-part-modifiers")
	planWords          = lex.set("plan-words")
	placeVerbs         = lex.set("place-verbs")
	participlePlans    = lex.set("participle-plans")
	pastPartPlans      = lex.set("past-participle-plans")
	presentCopulas     = lex.set("present-copulas")
	dayCopulas         = lex.set("day-copulas")
	fixtureStops       = lex.set("fixture-stops")
	afterHarmGerunds   = lex.set("after-harm-gerunds")
	matchHalfCues      = lex.set("match-half-cues")
	yearHalfCues       = lex.set("year-half-cues")
	adjectivePreps     = lex.set("adjective-prepositions")
	planForWords       = lex.set("plan-for-words")
	pastPlanForms      = lex.set("past-plan-forms")
	formerPlanAdverbs  = lex.set("former-plan-adverbs")
	earlierSayingWords = lex.set("earlier-saying-words")
	nowFutureWords     = lex.set("now-future-words")
	presentPlanVerbs   = lex.set("present-plan-verbs")
	weekdayHeads       = lex.set("weekday-heads")
	negContractions    = lex.values("negative-contractions")
	actionNounEnds     = lex.set("action-noun-ends")
	openPeriodEnds     = lex.set("open-period-ends")
	deadlineHolders    = lex.set("deadline-holders")
	deadlineGivers     = lex.set("deadline-givers")
	pastAuxes          = lex.set("past-auxiliaries")
	passiveAuxes       = lex.set("passive-auxiliaries")
	linkingPresents    = lex.set("linking-presents")
	midAdverbs         = lex.set("mid-adverbs")
	cutCompounds       = lex.set("cut-compounds")
	arrangementCopulas = lex.set("arrangement-copulas")
	directiveParts     = lex.set("directive-participles")
	pastArrangeCopulas = lex.set("past-arrangement-copulas")
	arrangementPlans   = lex.set("arrangement-plans")
	presentPlans       = lex.set("present-plans")
	prospectVerbs      = lex.set("prospect-verbs")
	departureParticles = lex.set("departure-particles")
	particleDepartures = lex.set("particle-departure-verbs")
	prospectPreps      = lex.set("prospect-prepositions")
	deadlinePreps      = lex.set("deadline-preps")
	futureModals       = lex.set("future-modals")
	modalNounCues      = lex.set("modal-noun-cues")
	partDayPreps       = lex.set("part-day-preps")
	couldStops         = lex.set("could-stops")
	couldBePast        = lex.set("could-be-past")
	effectVerbs        = lex.set("effect-verbs")
	pluralSubjects     = lex.set("plural-subjects")
	subjectPronouns    = lex.set("subject-pronouns")
	presentSubjects    = lex.set("present-subjects")
	auxiliaries        = lex.set("auxiliaries")
	adjectiveCues      = lex.set("adjective-cues")
)

// opener is a set of the kinds of expression a word may open, one bit
// each: core (match.go) looks a word up once in openers and tries only
// the matchers of its kinds.
type opener uint16

const (
	oWeekdayAbbrev opener = 1 << iota // "Tue" of "Tue June 18"
	oHoliday                          // "Christmas"
	oMonth                            // "April"
	oMonthAbbrev                      // "Nov"
	oWeekday                          // "Friday"
	oWeekdayPlural                    // "Mondays"
	oRule                             // a word of rule-words: "every", "noon"
	oDet                              // a determiner: "the", "last", "this"
	oRef                              // "now", "formerly"
	oOrdinal                          // "third"
	oSeason                           // "summer"
	oUnit                             // "years" ("for years")
	oCount                            // "two", "several" ("two weeks")
	oMod                              // a modifier: "early", "the" of "the end of"
)

var (
	countOpeners = lex.set("count-openers")
	openers      = makeOpeners()
	openerShapes = makeOpenerShapes(openers)
)

// openerShape is a word's length, first and last bytes folded into 16
// bits: the index of its bit in an openerShapes.
func openerShape(w string) uint32 {
	return uint32(len(w)&15)<<12 | uint32(w[0]&63)<<6 | uint32(w[len(w)-1]&63)
}

// shapeSet has the bit of the openerShape of every word of openers set:
// a word whose bit is clear opens nothing, known with no map look-up
// (run asks it of every word of a text; most are no opener).
type shapeSet [1 << 16 / 64]uint64

func makeOpenerShapes(o map[string]opener) *shapeSet {
	var s shapeSet
	for w, b := range o {
		if w != "" && b != 0 {
			k := openerShape(w)
			s[k/64] |= 1 << (k % 64)
		}
	}
	return &s
}

// mayOpen reports whether w may be a word of openers (false: it is none).
func (s *shapeSet) mayOpen(w string) bool {
	if w == "" {
		return true
	}
	k := openerShape(w)
	return s[k/64]&(1<<(k%64)) != 0
}

// makeOpeners gives each word of the lexicon that may open an expression
// the kinds it may open.
func makeOpeners() map[string]opener {
	o := map[string]opener{}
	mark(o, weekdayAbbrevs.All(), oWeekdayAbbrev)
	mark(o, holidayWords.All(), oHoliday)
	mark(o, monthNames, oMonth)
	mark(o, monthAbbrevs, oMonthAbbrev)
	mark(o, weekdays, oWeekday)
	mark(o, weekdayPlurals, oWeekdayPlural)
	mark(o, lex.set("rule-words").All(), oRule)
	mark(o, lex.set("determiners").All(), oDet)
	mark(o, refWords, oRef)
	mark(o, ordinals, oOrdinal)
	mark(o, seasons, oSeason)
	mark(o, units, oUnit)
	mark(o, countOpeners.All(), oCount)
	mark(o, tensWords, oCount)
	mark(o, numberWords, oCount)
	mark(o, lex.set("modifiers").All(), oMod)
	return o
}

// mark adds kind b to the openers of the words of m.
func mark[V any](o map[string]opener, m map[string]V, b opener) {
	for w := range m {
		o[w] |= b
	}
}

// The tense of a clause.
var (
	pastVerbs         = lex.set("past-verbs")
	plainPastVerbs    = lex.set("plain-past-verbs")
	agreedPastVerbs   = lex.set("agreement-past-verbs")
	unmarkedPlurals   = lex.set("unmarked-plurals")
	bareVerbCues      = lex.set("bare-verb-cues")
	mandateVerbs      = lex.set("mandate-verbs")
	subjectDets       = lex.set("subject-determiners")
	evidentialAdjs    = lex.set("evidential-adjectives")
	eventNouns        = lex.set("event-nouns")
	unplannedNouns    = lex.set("unplanned-happenings")
	happeningAhead    = lex.set("happening-ahead-words")
	selectionWords    = lex.set("selection-words")
	monthNamedNouns   = lex.set("month-named-nouns")
	weekdayHabits     = lex.set("weekday-habit-nouns")
	aftermathNouns    = lex.set("aftermath-nouns")
	aftermathPreps    = lex.set("aftermath-preps")
	dayDeclaring      = lex.set("day-declaring-verbs")
	declaredDays      = lex.set("declared-day-nouns")
	planFateWords     = lex.set("plan-fate-words")
	happeningAliases  = lex.values("happening-aliases")
	notPast           = lex.set("not-past")
	futureWords       = lex.set("future-words")
	backshiftOpeners  = lex.set("backshift-openers")
	backshiftModals   = lex.set("backshift-modals")
	passiveParticles  = lex.set("passive-particles")
	verbParticles     = lex.set("verb-particles")
	custodyNouns      = lex.set("custody-nouns")
	presentWords      = lex.set("present-words")
	perfectAuxes      = lex.set("perfect-auxiliaries")
	presentSaying     = lex.set("present-saying")
	bareClauseSaying  = lex.set("bare-clause-saying")
	scheduledVerbs    = lex.set("scheduled-verbs")
	daySubjectVerbs   = lex.set("day-subject-verbs")
	bodyNouns         = lex.set("body-nouns")
	signalVerbs       = lex.set("signal-verbs")
	signalPreps       = lex.set("signal-preps")
	entryMarks        = lex.set("entry-marks")
	entryModals       = lex.set("entry-complement-modals")
	entryMarkup       = lex.set("entry-markup")
	entryOpeners      = lex.set("entry-openers")
	weekOfDets        = lex.ints("week-of-dets")
	measureNouns      = lex.set("measure-nouns")
	depictionVerbs    = lex.set("depiction-verbs")
	contentVerbs      = lex.set("content-verbs")
	showingVerbs      = lex.set("showing-verbs")
	recordNouns       = lex.set("record-nouns")
	captionCredits    = lex.set("caption-credits")
	captionLabels     = lex.set("caption-labels")
	preparingVerbs    = lex.set("preparing-verbs")
	readyingWords     = lex.set("readying-words")
	departureVerbs    = lex.set("departure-verbs")
	causeForWords     = lex.set("cause-for-words")
	stageStartWords   = lex.set("stage-start-words")
	stageEndWords     = lex.set("stage-end-words")
	stageUntilWords   = lex.set("stage-until-words")
	outcomeNouns      = lex.set("outcome-nouns")
	delayVerbs        = lex.set("delay-verbs")
	delayPreps        = lex.set("delay-preps")
	arrangeVerbs      = lex.set("arrange-verbs")
	dateSetVerbs      = lex.set("date-setting-verbs")
	dateNouns         = lex.set("date-nouns")
	forTimeWords      = lex.set("for-time-words")
	forTimeNouns      = lex.set("for-time-nouns")
	setEventNouns     = lex.set("set-event-nouns")
	startVerbs        = lex.set("start-verbs")
	perfectArrange    = lex.set("perfect-arrange-verbs")
	gatheringNouns    = lex.set("gathering-nouns")
	asSoonWords       = lex.set("as-soon-as")
	aheadOfWords      = lex.set("ahead-of")
	awaitVerbs        = lex.set("await-verbs")
	ticketNouns       = lex.set("anticipation-nouns")
	awaitingWords     = lex.set("awaiting-words")
	warningVerbs      = lex.set("warning-verbs")
	pastWarningVerbs  = lex.set("past-warning-verbs")
	willNounCues      = lex.set("will-noun-cues")
	headedVerbs       = lex.set("headed-verbs")
	earlierWeekWords  = lex.set("earlier-week-words")
	testimonyWords    = lex.set("testimony-words")
	partReportVerbs   = lex.set("part-report-verbs")
	partReportSkips   = lex.set("part-report-skips")
	warningNouns      = lex.set("warning-nouns")
	warningStops      = lex.set("warning-stops")
	purposeDays       = lex.set("purpose-day-nouns")
	disorderNouns     = lex.set("disorder-nouns")
	disorderPreps     = lex.set("disorder-preps")
	penaltyNouns      = lex.set("penalty-nouns")
	closeWords        = lex.set("close-words")
	expiryVerbs       = lex.set("expiry-verbs")
	measurePreps      = lex.set("measure-preps")
	anticipateVerbs   = lex.set("anticipating-verbs")
	fixtureNouns      = lex.set("fixture-nouns")
	forwardFixtures   = lex.set("forward-fixtures")
	forwardWords      = lex.set("forward-words")
	offerVerbs        = lex.set("offer-verbs")
	anticipateStops   = lex.set("anticipating-stops")
	worryWords        = lex.set("worry-words")
	worryStops        = lex.set("worry-stops")
	duePlanVerbs      = lex.set("due-plan-verbs")
	extendVerbs       = lex.set("extending-verbs")
	dueAdverbs        = lex.set("due-adverbs")
	lyNouns           = lex.set("ly-nouns")
	forecastVerbs     = lex.set("forecast-verbs")
	cancelVerbs       = lex.set("cancel-verbs")
	decreeVerbs       = lex.set("decree-verbs")
	startWords        = lex.set("start-words")
	copulas           = lex.set("copulas")
	copulaPlans       = lex.set("copula-plans")
	pluralNouns       = lex.set("plural-nouns")
	nounBefore        = lex.set("noun-before")
	notVerbs          = lex.set("not-verbs")
	prepositions      = lex.set("prepositions")
	rangeDayFollowers = lex.set("range-day-followers")
	bareDayPreps      = lex.set("bare-day-preps")
	bareDayFollowers  = lex.set("bare-day-followers")
	clauseOpeners     = lex.set("clause-openers")
	singularS         = lex.set("singular-s")
	modals            = lex.set("modals")
	intentVerbs       = lex.set("intent-verbs")
	asideOpeners      = lex.set("aside-openers")
	nameHeads         = lex.set("name-heads")
	sequelVerbs       = lex.set("sequel-verbs")
	sequelComeVerbs   = lex.set("sequel-come-verbs")
	coordinators      = lex.set("coordinators")
	enParticiples     = lex.set("en-participles")
	relPronouns       = lex.set("relative-pronouns")
	thatConjunctions  = lex.set("that-conjunctions")
	reportingVerbs    = union(lex.set("reporting"), lex.set("speech-verbs"))
	abbreviations     = union(lex.set("abbreviations"), lex.set("tense-abbreviations"))
	finalPartDets     = lex.set("final-part-dets")
	forceVerbs        = lex.set("force-verbs")
	limitNouns        = lex.set("limit-nouns")
	weekOnDayWords    = lex.ints("week-on-day-words")
	monthSetDets      = lex.set("month-set-dets")
	expectationVerbs  = lex.set("expectation-verbs")
	objectQuantifiers = lex.set("object-quantifiers")
	clausePreps       = lex.set("clause-prepositions")
)

// union adds the words of b to a and returns a.
func union(a, b wordset.Set) wordset.Set {
	for w := range b.All() {
		a.Add(w)
	}
	return a
}

// Words returns the words of a list of the lexicon (data/lexicon.txt) in
// the order written, a copy the caller may keep: the lists timex shares
// with extract ("reporting", "abbreviations", "range-words", "numbers",
// "units") are read through it, so each lives once; of a list of
// word=value entries it returns the words. It returns nil for a list the
// lexicon does not hold.
func Words(list string) []string {
	es := lex.lists[list]
	if len(es) == 0 {
		return nil
	}
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.word
	}
	return out
}

// unit is a calendar unit of a duration or a relative date.
type unit struct {
	code string // TIMEX3 duration code: "D", "W", "M", "Y", "Q", "DE", "CE", "H", "MIN", "S"
	g    gran   // granularity of a date this many units away
	time bool   // hours and smaller: a PT duration
	u    Unit   // the unit of a duration's Value
}

// lexicon is the lists of a lexicon file by name, and which of them the
// package has taken (every list of the file must be taken: see
// TestLexiconParses).
type lexicon struct {
	file  string
	lists map[string][]entry
	taken map[string]bool
}

// entry is one word of a list, with the value written after "=" ("" in a
// list of words alone) and the line it is written on.
type entry struct {
	word, value string
	line        int
}

// readLexicon reads a lexicon file: lines "list: word word ..." or, in a
// list of values, "list: word=value word=value ...", one or more lines a
// list; a line that starts with '#' is a comment. Every line is understood
// or the error names the file and line: a list name is lower-case letters,
// digits and hyphens; words are written lower-case, as they are compared;
// a word is in a list once; a list's words all have a value or none does.
func readLexicon(file, data string) (*lexicon, error) {
	lx := &lexicon{file: file, lists: map[string][]entry{}, taken: map[string]bool{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if err := lx.add(line, n+1); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", file, n+1, err)
		}
	}
	if len(lx.lists) == 0 {
		return nil, fmt.Errorf("%s: no lists", file)
	}
	return lx, nil
}

// add reads one line of a lexicon file.
func (lx *lexicon) add(line string, n int) error {
	ws := strings.Fields(line)
	name, ok := strings.CutSuffix(ws[0], ":")
	if !ok || name == "" || strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
		return fmt.Errorf("want \"list: word word ...\", got %q", line)
	}
	if len(ws) < 2 {
		return fmt.Errorf("%s: no words", name)
	}
	valued := -1 // unknown until the list's first word
	if old := lx.lists[name]; len(old) > 0 {
		valued = boolInt(old[0].value != "")
	}
	for _, w := range ws[1:] {
		word, value, hasValue := strings.Cut(w, "=")
		switch {
		case strings.ContainsRune(w, '#'):
			return fmt.Errorf("%s: %q: a comment takes a line of its own", name, w)
		case word == "" || hasValue && value == "":
			return fmt.Errorf("%s: %q: want word or word=value", name, w)
		case word != strings.ToLower(word):
			return fmt.Errorf("%s: %q: words are compared lower-case", name, word)
		case valued >= 0 && valued != boolInt(hasValue):
			return fmt.Errorf("%s: %q: the words of a list all have a value or none does", name, w)
		}
		valued = boolInt(hasValue)
		for _, e := range lx.lists[name] {
			if e.word == word {
				return fmt.Errorf("%s: %q twice (line %d)", name, word, e.line)
			}
		}
		lx.lists[name] = append(lx.lists[name], entry{word, value, n})
	}
	return nil
}

func mustReadLexicon(lx *lexicon, err error) *lexicon {
	if err != nil {
		panic(err)
	}
	return lx
}

// take returns the entries of list name and notes it taken; it panics if
// the file has no such list, or if the list's words have values and
// valued is false, or the reverse.
func (lx *lexicon) take(name string, valued bool) []entry {
	es := lx.lists[name]
	if len(es) == 0 {
		panic(fmt.Sprintf("%s: no list %q", lx.file, name))
	}
	if (es[0].value != "") != valued {
		want := "words alone"
		if valued {
			want = "word=value"
		}
		panic(fmt.Sprintf("%s:%d: %s: want %s", lx.file, es[0].line, name, want))
	}
	lx.taken[name] = true
	return es
}

// set returns a list of words alone as a set.
func (lx *lexicon) set(name string) wordset.Set {
	var m wordset.Set
	for _, e := range lx.take(name, false) {
		m.Add(e.word)
	}
	return m
}

// values returns a list of word=value.
func (lx *lexicon) values(name string) map[string]string {
	m := map[string]string{}
	for _, e := range lx.take(name, true) {
		m[e.word] = e.value
	}
	return m
}

// refs returns a list of word=reference: PRESENT_REF, PAST_REF or
// FUTURE_REF.
func (lx *lexicon) refs(name string) map[string]Ref {
	m := map[string]Ref{}
	for _, e := range lx.take(name, true) {
		r := NoRef
		for k, n := range refNames {
			if n == e.value && k > 0 {
				r = Ref(k)
			}
		}
		if r == NoRef {
			panic(fmt.Sprintf("%s:%d: %s: %s=%s: no such reference", lx.file, e.line, name, e.word, e.value))
		}
		m[e.word] = r
	}
	return m
}

// ints returns a list of word=number.
func (lx *lexicon) ints(name string) map[string]int {
	m := map[string]int{}
	for _, e := range lx.take(name, true) {
		n, err := strconv.Atoi(e.value)
		if err != nil {
			panic(fmt.Sprintf("%s:%d: %s: %s=%s: want a number", lx.file, e.line, name, e.word, e.value))
		}
		m[e.word] = n
	}
	return m
}

// mondays returns a list of word=month:n, a holiday on the nth Monday of
// the month (n -1 for the last).
func (lx *lexicon) mondays(name string) map[string]nthMonday {
	m := map[string]nthMonday{}
	for _, e := range lx.take(name, true) {
		a, b, ok := strings.Cut(e.value, ":")
		mo, err1 := strconv.Atoi(a)
		n, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || mo < 1 || mo > 12 || n == 0 || n < -1 || n > 4 {
			panic(fmt.Sprintf("%s:%d: %s: %s=%s: want month:n", lx.file, e.line, name, e.word, e.value))
		}
		m[e.word] = nthMonday{mo, n}
	}
	return m
}

// units returns a list of word=code, the TIMEX3 code of a unit: D, W, 2W
// (a fortnight), M, Q, Y, DE, CE, WE, or TH and TM for the hour and the
// minute (the T of PT24H).
func (lx *lexicon) units(name string) map[string]unit {
	m := map[string]unit{}
	for _, e := range lx.take(name, true) {
		u, ok := unitOf(e.value)
		if !ok {
			panic(fmt.Sprintf("%s:%d: %s: %s=%s: no such unit", lx.file, e.line, name, e.word, e.value))
		}
		m[e.word] = u
	}
	return m
}

// unitOf is the unit of a code of the units list.
func unitOf(code string) (unit, bool) {
	if c, ok := strings.CutPrefix(code, "T"); ok {
		switch c {
		case "H":
			return unit{c, gNone, true, UnitHour}, true
		case "M":
			return unit{c, gNone, true, UnitMinute}, true
		}
		return unit{}, false
	}
	var g gran
	var u Unit
	switch code {
	case "D":
		g, u = gDay, UnitDay
	case "W", "2W":
		g, u = gWeek, UnitWeek
	case "M":
		g, u = gMonth, UnitMonth
	case "Q":
		g, u = gQuarter, UnitQuarter
	case "Y":
		g, u = gYear, UnitYear
	case "DE":
		g, u = gDecade, UnitDecade
	case "CE":
		g, u = gCentury, UnitCentury
	case "WE":
		g, u = gWeekend, UnitWeekend
	default:
		return unit{}, false
	}
	return unit{code, g, false, u}, true
}
