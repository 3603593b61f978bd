package extract_test

// Scores on testdata/newsroom: the held-out sets pr24 to pr28, twenty
// stories of news articles we wrote ourselves (fictional happenings told
// in the styles of real outlets: wire, broadsheet, local, live pages,
// explainers), each with a gold timeline written before the tool ran on
// it, and errors.json, every wrong date of the build it was first scored
// at. Each set's scorer (score.py, kept outside the repository) printed
// the figures this test computes, and this test gives the same numbers.
// Print them with
//
//	go test -count=1 -v -run TestNewsroomSets ./extract
//
// and set DATELINE_NEWSROOM_OUT=DIR to write each story's timeline as
// `dateline extract --now NOW --format json` prints it (DIR/prNN/STORY.json,
// and STORY.top.json cut with --top N, N the gold's key days), to read
// what changed.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/site"
	"github.com/dateline-news/dateline/timeline"
)

// newsroomFloor is what a set may not fall below: its figures at main
// c6ae748 (session 25), when the sets came into the repository. Raise a
// floor when the tool gets better; never lower one to let a change pass.
type newsroomFloor struct {
	set       string
	maxStill  int     // known wrong dates (errors.json) still on the timeline: may not rise
	minTopF1  float64 // mean --top date F1 over the set's stories: may not fall
	minMarked int     // gold key days that some key event is dated: may not fall
	maxUnsupp int     // events whose date no gold happening of their articles supports: may not rise
	minRecall float64 // merge recall over happenings several articles report: may not fall
	minPrec   float64 // cross-article pair precision: may not fall
}

// newsroomFloors: at c6ae748 the sets scored (still, mean top F1,
// marked, supported): pr24 8/25, 0.900, 24/27, 151/168; pr25 10/30, 0.798,
// 25/32, 159/166; pr26 12/38, 0.816, 25/28, 156/163; pr27 9/22, 0.760,
// 24/30, 139/157; pr28 27/40, 0.780, 28/32, 168/184. Shares are compared
// at the three decimals they are printed with. Raised at 4924c31 (pr28 26/40,
// 168/183: the tagger's rough counts back); pr29, session 25's fresh set,
// added there at its figures then: 36/36, 0.791, 25/31, 164/183 (at
// 936e50f, where it was first scored, the same but 184 events). Raised in
// session 26 (co1: a statement's sentence reports no earlier day's
// happening when its time dates an act or the told subject): pr28 25/40,
// pr29 34/36. Then lb1 (a live blog's entries before midnight): pr29 27/36,
// and pr29's supported share lowered once, 0.896 -> 0.895 (164/183 ->
// 162/181), knowingly: the two events that went were entries of the wrong
// day (11-04) merged into the election night's event (11-03) where one of
// them belongs; the share counts an event as supported when its article has
// any gold happening on its day, so both had counted. The unsupported
// events are the same six before and after.
// Raised by tx38 (session 26: years of background timeline entries carry
// to no later entry; years that name accounts or a law's title date no
// clause): alone pr28 24/40, 168/181; pr29 31/36, 0.816, 160/178; with co1
// and lb1 pr28 23/40, 0.928; pr29 22/36, 0.816, 158/176 (0.898).
// Then mg18 (a statement's report whose time dates what it tells joins
// only its own day; a present body sentence joins no earlier happening):
// pr28 21/40, pr29 20/36.
// Then cl14 (a time in a phrase on a noun no longer dates the clause the
// noun stands in): pr26 11/38, pr29 19/36. pr30, session 26's fresh set
// (written before the session's rules and moved by none of them: at a270a68
// the same as at d428b02 where it was first scored, 33/33, 0.931, 24/27,
// 129/155), added with timex's namedYear, which its sources check found:
// 32/33, 0.903, 24/27, 129/154. The --top F1 fell with a right date: the
// retold restoration of service moved to its day in 2025 and joined that
// day's event, whose two sources now rank it above a gold key day.
// Raised in session 27 by ld1 (a lead that reports a telling is dated by
// its dated saying; a headline echo joined to an older happening goes
// with its lead's own day): pr25 9/30, pr30 29/33, 129/152 (0.849).
// The merge floors (recall, pair precision: see mergeNewsroom) were added
// in session 27 by mg19 at main 776d9af's figures, when the measure came.
// Then the supported share became a ceiling on the events no gold
// supports (the numerator the share was kept for: new wrong dates): a
// right merge of two supported events lowers the share while no event
// goes wrong (mg19's month retold as the act a day's statement reported:
// pr27 138/156 -> 137/155, pr29 158/176 -> 157/175, the same 18
// unsupported events before and after). Ceilings at that rule: pr24 17,
// pr25 7, pr26 7, pr27 18, pr28 13, pr29 18, pr30 23; merge recall pr27
// 0.638 -> 0.647, pr28 0.513 -> 0.523, pr29 0.594 -> 0.601. Raised by
// mg20 (background retold by the same year in other articles is one
// happening): pr25 0.591 -> 0.609, pr27 0.647 -> 0.666; then (a saying
// and an act of the same year or month in agreeing words are one
// happening): pr26 0.515 -> 0.525, pr27 0.666 -> 0.679, pr29 0.601 -> 0.604.
// Raised in session 28 by mg21 (a happening announced for a day and a
// later article's report of that day are one): pr28 0.523 -> 0.529, pr29
// 0.604 -> 0.615; then (a happening announced for a month and the day of
// it a later article reports): pr27 0.679 -> 0.684, pr28 0.529 -> 0.536,
// pr28 gold key days marked 28 -> 29; the first rule's merges left the
// unsupported events pr27 18 -> 17, pr30 23 -> 22 (ceilings lowered).
// Raised in session 28 by dt16 (an article that dates nothing on its own
// day reports the day before: its headline tells the first day its top
// dates): pr28 19/40, 0.852 (0.816 with mg21's joins), 29/32, 11 unsupported; pr30 28/33, 0.944,
// 21 unsupported.
// Raised in session 28 by tx39 (timex: quarters named by their last month,
// a range's year given to its start, a relative clause's present of the
// calendar, the modal perfect, a past narrative's year): pr30 29 -> 24
// still (merge recall 0.563 -> 0.575), pr31 25 -> 22. With dt16's headline
// days, pr30 23 still and 16 unsupported events.
// pr33, session 29's fresh set (strike, measles, theft, search; written
// and labelled before the session's rules), added at main 2303ba5's
// figures: 25/25 still, 0.669, 20/25, 7 unsupported of 175, merge recall
// 0.546, pair precision 0.881; 44 titles labelled unpublishable
// (newsroomTitleCeilings).
// cc1's later predicate of what is told, with errors.json's fixed_titles:
// pr30 23 -> 22, pr32 30 -> 29.
// Raised in session 29 by hl1 (a time that follows the verb of a
// statement's reported clause dates the act the lead tells): pr32 30 -> 29
// still, 0.729 -> 0.770, 21 -> 22 key days marked.
// Then (lodging, filing and submitting papers are one act of a lead):
// pr30 23 -> 22 still, 0.944 -> 0.972, 24 -> 25 key days marked, 16 -> 15
// unsupported events.
// Raised in session 29 by rc1 (a past time in a part under a main clause
// told in the future dates no main clause: futureMainSide): pr28 19 -> 18
// still, pr30 23 -> 22 still and 16 -> 15 unsupported events.
// Raised in session 29 by mg22 (an undated sentence told in the past joins
// no happening its article dates after its publication, whatever modal its
// told clause has): pr31 22 -> 19 still.
// All of session 29's first rules together (cc1, hl1, rc1, ttl43, mg22):
// pr28 18 still; pr29 pair precision 0.989; pr30 20 still, 0.972, 25 key
// days, 14 unsupported; pr31 19 still; pr32 28 still, 0.770, 22 key days;
// pr33 (held out) 25 -> 23 still.
// what is told, with errors.json's fixed_titles: pr30 23 -> 22, pr32 30 -> 29;
// with a later "and that" clause and shared auxiliaries, pr27 9 -> 8, pr28 19 -> 18.
// Then rc1 (a past time in a main clause told in the future names a
// noun's period: futureMainTime): pr29 19 -> 18 still, 18 -> 17
// unsupported events.
// Then rc1 (a quarter or a half written as the modifier of a noun of
// accounts, "third-quarter results", names the figures' period:
// accountingPeriod): pr25 9 -> 8 still, 7 -> 6 unsupported; pr30 22 -> 21
// still.
// Then (a headline over a lead dated in its main clause the day before,
// its article dating nothing of its own day, tells the lead's news:
// dayAfterDay): pr32 29 -> 28 still, 14 -> 13 unsupported events.
// Then (timex: an evening's time after "early on DAY" is left, as after
// "early DAY"): pr28 19 -> 18 still.
// with a later "and that" clause and shared auxiliaries, pr27 9 -> 8, pr28 19 -> 18,
// unsupported events pr24 17 -> 16, pr27 17 -> 16.
// Then rc1 (what a verb of saying tells in the present of "be", "says
// investigators are examining drawings in 2024", a state of now:
// presentSide): pr32 30 -> 29 still.
// Then (timex: a closing attribution's speaker may run to eight words):
// pr32 28 -> 27 still.
// Raised in session 29 by rc2 (a present in "-s" right after the time of
// a past participle on its subject is the subject's verb: "The class
// action filed in October seeks ...", participleTimeVerb): pr31 19 -> 18
// still (errors.json's fixed_titles: "The passenger class action was
// filed"), pr25 merge recall 0.609 -> 0.613.
// Then ttl44 (a byline and its stamp say nothing: data/words.txt
// byline-words): pr32 13 -> 11 unsupported events.
// Then cc2 (a verb of saying right before an auxiliary, "which he said was
// seized ... in October", under a title that lost the told subject:
// saysWithoutTold): pr32 26 -> 25 still, 13 -> 12 unsupported events.
// Then cc2 (what a bare "he" or "she" tells, once the pronoun is named,
// titled by what is told: namedTellerTitle): pr31 19 -> 18 still.
// Then mg23 (a later article's past-tense sentence dated to the one day
// of an article's own news, sharing two words with it that are no kinds
// of the story's, retells it: leadsOfOneDay): merge recall pr27 0.684 ->
// 0.705, pr28 0.536 -> 0.542, pr29 0.615 -> 0.623, pr30 0.575 -> 0.581,
// pr31 0.510 -> 0.526 (pair precision 0.920 -> 0.929, top F1 0.675 ->
// 0.700), pr32 0.556 -> 0.568 (pair precision 0.968 -> 0.970).
// Then mg23 (a bare happening and a statement retelling it are alike
// classes: classesAlike): merge recall pr26 0.525 -> 0.535, pr29 0.623 ->
// 0.630.
// Raised in session 30 by tx41 (a temporal clause under "would" or "will"
// is the modal's: backshiftedBy, timex): pr28 16 -> 15 still (14 split,
// was 15). Its right date, the resumption the Friday article plans for
// Saturday, is now a planned happening of the gold, as the gold's other
// announced plans are ("planned: last closed beaches reopen").
// Raised in session 30 by cc3 (what a verb of saying tells, its subject
// carrying a relative aside between commas, "said the pump, which feeds
// the cooling system, had failed on March 3", titled by what is told
// without the aside: toldSubjectAside): pr31 16 -> 15 still (errors.json's
// fixed_titles: "The signal had failed, the board said").
// Then rc3 (a past form right after a preposition's object that is a name
// or a figure, after its clause's verb, is a participle on the noun phrase:
// prepositionObject, clause.go): pr31 16 -> 15 still.
// Then rc3 (a relative clause with no relative word whose subject is a
// definite noun phrase, "an apology the company first made in March",
// dates that noun's happening, never the clause above: contactSubject,
// contactRelative): pr30 19 -> 18 still.
// Then hl2 (a lead dated by the aside of a thing put out in the sentence
// after it: leadAsides): pr27 still 8 -> 6, top F1 0.801 -> 0.837, key
// days 24 -> 25; pr33 still 21 -> 19, top F1 0.669 -> 0.692, titles
// labelled unpublishable 41 -> 40.
// Then key3 (a day a chronology's entry names is a moment of the story:
// chronologyWeight): top F1 pr26 0.852 -> 0.877, pr31 0.700 -> 0.725,
// gold key days marked pr31 20 -> 21.
// Raised in session 30 by mg24 (a holiday's name is a time, no name that
// sets a happening apart: data/names.txt not-names): pr33 merge recall
// 0.556 -> 0.567, pair precision 0.887 -> 0.889.
// Then (a past form between a lower-case noun and "by" with a name is a
// noun phrase's passive participle, no tense of the clause:
// passiveNounPhrase, timex): pr32 20 -> 19 still. The event's month is
// now the review's January ahead (2027-01, not 2026-01), but its title
// still tells the saying of 2026-11-10: the month is right, the event's
// date for that title is not (a complement clause's date; left to extract).
// Then (a day before a noun of a happening no one plans, put ahead by its
// clause's tense, is the last such day when less than half a year back:
// monthDay, timex): pr31 16 -> 15 still, 11 -> 10 unsupported, merge
// recall 0.526 -> 0.527, pair precision 0.929 -> 0.935.
// Then cc3 (what a verb of saying tells of a bare noun, "admits safety
// checks were skipped in 2021", titled by what is told: bareToldSubject;
// a headline's "apologizes, admits" told by the first verb's subject):
// pr31 15 -> 14 still (fixed_titles: "Speed technology was shelved,
// Northway CEO admits").
// Then rc3 (a time inside a second clause after "and" or "but" with a
// subject of its own dates that clause alone; titled by it when the title
// was cut before it: otherConjunct), with errors.json's fixed_titles:
// pr32 20 -> 19 still.
// Then hl2 (a stock-taking piece's lead dated by its body in the lead's
// verb: stockLeadsToTheirDay): pr33 still 19 -> 18, key days 20 -> 21.
// Then key3 (the day of an article's headline news, told beyond its
// headline and lead, counts 2 more in a cut to the most salient:
// headlineWeight): top F1 pr27 0.801 -> 0.826, pr29 0.816 -> 0.841, pr32
// 0.770 -> 0.795.
// Then rc3 (a past time in a second predicate in the past of a main clause
// told in the simple present dates that predicate, told with the shared
// subject: presentMainPast), with errors.json's fixed_titles: pr29 18 ->
// 17 still.
// By ttl46: an aside on the subject opened by an irregular participle
// ("The cross, made in a Mosan workshop ... and set with ...,") goes from
// a title too long (irregularParticiple), 38 -> 37.
// a title too long (irregularParticiple), 38 -> 37; a participle with its
// particle on the subject ("a hardship fund set up on Monday") is a phrase
// on its noun, titled by itself (particlePhrase), 37 -> 36.
// Then tx42 (an offer or choice told in the present perfect holds now:
// the fixture it is for, and a month alone after the fixture's noun, lies
// ahead: offerHolds, timex): pr31 12 -> 11 still, 10 -> 9 unsupported,
// merge recall 0.527 -> 0.534, pair precision 0.935 -> 0.938 (the
// championships' month, 2027-08, joins "next year's" championships).
// Then mg25 (a week's or a month's retelling of a day's saying joins the
// one statement of its span it tells: coarseSaysToDays): merge recall
// pr26 0.535 -> 0.542, pr30 0.581 -> 0.590, pr31 0.527 -> 0.534, pr33
// 0.567 -> 0.590; pair precision pr31 0.935 -> 0.939, pr33 0.889 -> 0.895.
// infinitive (ownClauseTitle), 36 -> 35; a week's retelling of a saying
// ("Two weeks ago they said they would consider all options") joins its
// day's statement (coarseSaysToDays), 34 -> 33.
// pr34 (session 30's fresh set: a bridge closure in 11 articles over four
// months, an appliance recall, a hostage siege, a city's water
// contamination; 28 articles, --now 2027-08-13), written and labelled by a
// reader before the tool ran, scored at 062108c (the session's start) and
// at the session's last rules with the same figures: 17 of its 17 known
// wrong-dated sources still wrong (12 until the scorer read a wrong value
// with a time of day, five of pr34's, by its day), top F1 0.900, 21 of 23
// gold key days,
// 8 unsupported, merge recall 0.629 at pair precision 0.825; 54 titles
// labelled unpublishable at 062108c, 53 at the last rules (three titles
// rewritten, read: none better).
// rewritten, read: none better). A clock time of a timetable or a habit
// dates no event (scheduleClock, rc4): pr34 8 -> 7 unsupported.
// infinitive (ownClauseTitle), 36 -> 35. pr34: a clock time of a timetable
// or a habit dates no event (scheduleClock), 53 -> 51. Session 31 (cc4):
// errors.json's fixed_titles for seven titles that already tell the
// happening their date dates ("Staff will return to work, the company
// said" on the Monday of the return): still pr24 8 -> 7, pr27 6 -> 5,
// pr29 17 -> 16, pr32 18 -> 15, pr33 18 -> 17; and after an institution's
// "it" is named (institutionTeller), "The Allied Workers Union would put
// the offer to its members in a ballot, the union said" on the Monday the
// ballot opens: pr33 17 -> 16.
// Raised in session 31 by rc5 (a participle of a paper's or an inquiry's
// ordering or start on the subject of a verb of finding dates the
// ordering, not the finding: modifierTime, commissioning-participles),
// with errors.json's fixed_titles ("A psychiatric report was ordered at
// his first appearance"): pr34 14 -> 13 still.
// Lowered in session 31 by rc5: a participle of ordering on the subject of
// a verb of finding titles its own happening ("A psychiatric report was
// ordered at his first appearance"; modifierTime), pr34 49 -> 48.
// Then (a time that ends a gerund's phrase after "since" opens the span the
// clause tells and dates no clause: sinceSpan, sinceGerund): pr28 15 -> 14
// still.
// A telling whose told clause says a state at the telling ("said on
// Thursday that they were still searching", "said on Friday that the
// company hoped") reports no happening of the days before (toldState,
// mg26): still wrong pr33 18 -> 17, pr34 14 -> 13.
// Lowered in session 31 by ttl49: a word that placed a time taken out of
// a title's end ("arrived earlier" | this afternoon, "ended the siege
// early" | on Wednesday) goes with it (edgeBeforeTime): pr34 49 -> 47.
// Then a time that alone completes a bare verb after "to" or a modal
// before "and" and a second bare verb ("to start in early May and take
// about eight weeks"), or that "and again" pairs with a second time, stays
// (bareVerbBeforeSecond, againPaired): pr34 47 -> 45.
// Then an opening phrase goes from a long title before a lowercase title
// and a name ("In a letter sent to staff, plant director ..."), when it
// names no one itself (titledName, namesBefore): pr33 31 -> 30.
// or a habit dates no event (scheduleClock), 53 -> 51. Session 31: an
// -ed word in the object of a phrasal verb a modal governs ("would hand
// out free bottled water ... on Sunday and Monday") is an adjective, no
// past (objectAdjective, timex): pr34 14 -> 13 still wrong.
// past (objectAdjective, timex): pr34 14 -> 13 still wrong. A past
// clause's list of weekdays tells them in the order they fell, within
// three days ("arrived in homes on Saturday and Monday", in a Saturday
// story: last Saturday; listedWeekday, timex): pr29 17 -> 16 still wrong,
// 17 -> 16 unsupported.
// 17 -> 16 unsupported. A defendant remanded or bailed "to appear" on a
// day appears after the order (intent-verbs, custody-nouns, timex), and a
// title whose verb acts on "him" with no name loses to one that names the
// person (backReference): pr34 13 -> 12 still wrong, 7 -> 6 unsupported,
// merge recall 0.629 -> 0.639, pair precision 0.825 -> 0.827, 49 -> 48
// unpublishable titles.
// pr34 53 -> 51; pr33 31 still. Session 31 (tx43): a remanded "to
// appear" reads ahead and its source joins the appearance's event, whose
// title ("Gary Whitcombe is due to appear ...") keeps over "remanded him"
// (backReference): pr34 49 -> 48.
// Lowered in session 31 by ttl48: the pronoun that opens a correction's
// fact ("It was found on Thursday") names the subject of the clause the
// earlier version said ("An earlier version of this article said the
// cross was found on Friday"; correctedClause): pr33 31 -> 30, pr34 49 -> 48.
// Then (the pronoun that opens an explainer's answer names the subject of
// the question it answers, "How old is the bridge?" "It opened in 1961.";
// questionClause): pr34 48 -> 47.
// Then (a thing's "it" that opens a sentence after one that opened on
// "It" names what that one's stood for, "Kestrel said it would ... It
// expects ... Its shares fell 14%"; chainedThing): pr34 47 -> 46.
// Then (a name that opens a sentence with its apposition between commas,
// "Elijah, from Geelong, had been camping ...", owns the "he" after it,
// and a clause of two words, "He disappeared", is named; nameAppositionSubject,
// shortClause): pr33 30 -> 29.
// Then (a quotation closed by its speaker's role in lower case and name,
// '"...," chief executive Martin Sauer said', has that speaker, whom a "He
// said" after it names; speakerAfterQuote): pr34 46 -> 45.
// Then ("The result was announced" after a sentence of a vote or a
// ballot is "The result of the vote"; resultNamed): pr33 29 -> 27.
// Session 31 (fx2): errors.json's fixed_titles for seven events already
// titled by the embedded happening their source's date dates ("The two
// officers were placed on leave" in the week of the placing, "The body of
// the last missing skier was recovered" on the day of the recovery): still
// pr25 8 -> 7, pr28 14 -> 13, pr29 15 -> 13, pr30 18 -> 15.
// Lowered in session 31 by ttl50: a label of the page before a colon
// ("Background:", "A reminder of what's next:") is no word of a title
// (withoutPageLabel): pr34 43 -> 41; pr33 30 still.
// (withoutPageLabel): pr34 43 -> 41; pr33 30 still. "No." that is all of
// a sentence before a capital is a question and answer's answer, its own
// sentence, not the abbreviation of number (answerWord): pr34 41 -> 40.
// (backReference): pr34 49 -> 48. Session 31 (hl3: a headline follows its
// moved lead past a time stamp over its byline, movedLeadDay): pr33 still
// 15 -> 14, top F1 0.692 -> 0.715, unsupported 7 -> 6.
// pr35 (session 31's fresh set: a river flood in 11 articles over four
// months, a zoo animal's escape, a no-confidence vote and the election
// after it, a municipal pension fund's loans; 28 articles, --now
// 2028-02-18), written and labelled by a reader before the tool ran,
// scored at 4eca493 (the session's start) and at the session's rules:
// 31 of its 31 known wrong-dated sources still wrong both times, top F1
// 0.618, 21 of 28 gold key days, 6 unsupported, merge recall 0.650 at
// pair precision 0.839 both times; 62 titles labelled unpublishable at
// 4eca493, 56 at the session's rules (page labels before a colon, a
// thing's chained "it", an opening phrase dropped). Session 31 (rc6: a
// time of what a second predicate of saying tells is forecast dates
// neither predicate, forecastSaid): pr35 still 31 -> 30, unsupported 6 -> 5.
// Session 31 (mg27: a sentence that names a time after its article's day,
// a deadline or a plan, is no undated source of a happening its article
// dates, aheadSentences): pr25 still 7 -> 6, pr35 31 -> 29.
// Session 31 (key4: a change in a person's office or standing before the
// law that one article's body dates to its day is a key moment,
// standingTitle): gold key days pr25 25 -> 26, pr35 21 -> 22.
// standingTitle): gold key days pr25 25 -> 27, pr35 21 -> 22.
// pr35's pair precision floor was lowered once, 0.839 -> 0.814 (47/56 ->
// 48/59 cross-article pairs), by the timeline entries' rule (timex,
// TestTimelineEntryBodies), which put six of pr35's known wrong-dated
// sources on their right day (2028-12-20 -> 2027-12-20): the rightly
// dated "An election is set for Dec. 20" joins the planned election's
// event, which already held a misdated source (a year's "would fall,
// likely triggering an election before the end of the year"), and the
// pairs it makes with that source's article are false. Six wrong dates
// fixed outweigh two false pairs formed with a source misdated before.
// Lowered a second time in session 38, 0.828 -> 0.803 (53/64 -> 53/66), by
// the sentence split that reads "Lt.-Gov." as one abbreviation
// (hyphenTail): "Thibodeau met Lt.-Gov. Louise Cyr at Government House"
// is one sentence again, not "Thibodeau met Lt.-Gov." and a fragment, and
// its event joins the live blog's "The premier will meet
// Lieutenant-Governor Louise Cyr at Government House tomorrow at 10 a.m."
// as the merge joins any announced happening to its report
// (announcedAndTold). The gold keeps the plan a happening of its own, so
// the two pairs the plan's article makes count false; the title "Thibodeau
// asks Lt.-Gov" became "Thibodeau asks Lt.-Gov. Louise Cyr to dissolve the
// legislature".
// thing's chained "it", an opening phrase dropped). Session 31 (hl4: a
// comma inside an amount whose currency is written in letters, "R150,000",
// separates its thousands, chunker.comma): pr35 still 31 -> 29, gold key
// days 21 -> 22. (hl4: the verb after a relative clause set off by
// commas on the subject is the clause's own, not an aside's participle,
// asideParticiple): pr35 still 29 -> 27, top F1 0.618 -> 0.659, gold key
// days 22 -> 23, unsupported 6 -> 4.
// Session 32, measured from 64455d5: pr26 still 11 -> 10; pr30 still 14 ->
// 9, unsupported 13 -> 11, merge recall 0.602 -> 0.614; pr32 still 15 ->
// 12, top F1 0.795 -> 0.837, gold key days 22 -> 23; pr33 still 14 -> 13;
// pr34 still 10 -> 9, top F1 0.900 -> 0.950; pr35 still 18 -> 10, top F1
// 0.695 -> 0.814, gold key days 25 -> 26, unsupported 3 -> 2. By rule:
// hl5, a present-perfect lead of an inquiry opened is dated by its
// maker's announcement in the sentence after (leadTold: pr32 1); the
// aside of a named report that opens the sentence after the lead dates
// the lead's news (leadAsides: pr35 2); a headline over a lead dated only
// by its closing attribution takes the day the article's top dates its
// act (headlinesToTheirAct: pr34 1); a noun in -ed ("a garden shed") is no
// verb (participleBeforeVerb: pr35 2). cl1, a time in a past-perfect
// complement dates what is told, not the telling (titleAboveTime: pr26 1,
// pr30 1 and 1 by fixed_titles, pr32 2, pr33 1). an1, a saying's day told
// with its part of the day gives way as anchor to the happening's day its
// sentence named before (pr35 2); a coarser date after a day in the day's
// sentence, one within quotation marks and a plan's day ahead are
// background, the story stays on its day (narrativeDay: pr30 3). eg1, a
// relative clause on an act's setting whose verb is "ran late" dates the
// act (settingClause: pr35 2), with planFromInside. The timex rules of the
// grammar grids (futureFromNow and the grids of g1, g2, g3) moved none of
// these sets.
// pr36 (session 32's fresh set: a regional bank's collapse in 11 articles
// over four months, a gas explosion in a terrace (6, a live blog in
// 24-hour times), a missing hiker (6, day-month dates), a teachers'
// contract dispute (5); --now 2029-07-10) was written before any of the
// session's rules and kept out of every helper's sight; its figures at
// 64455d5: 25/25 known wrong-dated sources still wrong, top F1 0.870, gold
// key days 27/32, 10 unsupported of 180, merge recall 0.656 at pair
// precision 0.759, 51 titles labelled unpublishable. Of the session's
// rules two carried: futureFromNow (a "will" that a verb of saying reports
// is seen from now: "The FDIC says all 74 branches will ... reopen on
// Tuesday morning" had been read back to the Tuesday gone by) and an1's
// narrative day (a day-after report's bare "9 a.m." on the day its
// sentence named): 25 -> 23, and a right event added (181, 171
// supported). Its errors.json lists what the first build really gave: 9
// headline or lead entries the writer had assumed at publication were
// right there (the headline rules had moved them) and went, 4 were wrong
// on another day and say so.
// Session 33 (cg1's clause grid): a time in the possessive on the noun a
// verb of response takes is left out of the response (responseNounTime:
// "has defended last month's interest rate rise"): pr31 11 -> 10 still.
// Raised in session 33 by ttl53 (a past form after the verb a modal's
// group ends on is no participle phrase on a noun: "The zoo would stay
// closed Friday and reopen ..." joins the reopening's reports): pr35 merge
// recall 0.660 -> 0.669, pair precision 0.814 -> 0.817.
// pr37 (session 33's fresh set: a regional blackout in 11 articles, six of
// them on its first two days, with a live blog whose stamps run newest
// first with no dash; a ship grounding (6, British style); an E. coli
// outbreak (6); a referendum (6); --now 2030-08-20) was written before any
// of the session's rules and kept out of the helpers' sight (but for one
// live-blog page lb1 was shown); its figures at 45b3c65: 14/22 known
// wrong-dated sources still wrong (22 as written; 8 were a later article's
// dated mention of the earlier happening, "into last week's blackout",
// cited by the event of that happening, whose title tells it: their
// fixed_titles say so), top F1 0.823, gold key days 20/23, 8 unsupported
// of 138, merge recall 0.614 at pair precision 1.000. Of the session's
// rules only the next-Thursday reading (timex, seen in pr36 before pr37
// was written) moved it: 14 -> 13.
// Round two of session 33, written with pr37 as a dev set (cg2: a
// sample's taking, a paper's ordering and a response's dated object date
// their phrase, not the sentence's act): pr37 13 -> 11; lb2 (a live blog's
// bold stamp joined to its entry; the entry that tells the headline's act
// is the page's lead; a bare time in an entry is of its entry's day):
// pr35 10 -> 9 and top F1 0.814 -> 0.856, pr37 merge recall 0.614 ->
// 0.641.
// pr38 (session 33's second fresh set, written while round two worked and
// seen by no helper: a ransomware attack on a hospital in 11 articles, its
// first day told by six, with a live blog; a highway landslide (6); a
// mayoral recall petition (5); a smuggling bust (6, British style); --now
// 2031-08-20), judged on a878da0 (round one): 19/19 known wrong-dated
// sources still wrong, top F1 0.938, gold key days 25/27, 12 unsupported
// of 149, merge recall 0.686 at pair precision 0.952. Round one had moved
// none of its dates (45b3c65 gave the same 19); round two none either, four
// right events from its live blog's entries added (pair precision 0.954).
// lb2 also raised pr36 pair precision 0.759 -> 0.774.
// Lowered in session 34, by the lead, for mg30's laterLead (a follow-up's
// headline is its lead's later act): pr38 19 -> 17 still wrong and 25 -> 26
// key days, pr36 20 -> 19, for pr27 merge recall 0.705 -> 0.703 and pr38
// 0.686 -> 0.683, pair precision 0.954 -> 0.952. The pairs lost were made by
// a wrongly dated headline (pr38's "Two men charged over ..." on the find's
// day; pr27's evacuation headline on the fire's first day bridging a
// statement cluster): correct before complete.
// ab2 (session 34; a year written in a lead told as recent, in the present
// perfect or with a day of its own, does not date the lead's main clause):
// still wrong pr26 10 -> 9, pr30 9 -> 8; unsupported pr30 11 -> 10.
// of a live entry is of its entry's day: pr35 still wrong 10 -> 9. lb3:
// a live blog's stamp on a line of its own joins its entry's text: pr31
// pair precision 0.941 -> 0.944.
// pair precision 0.941 -> 0.944; an entry's stamp in "p.m." before its
// capital is the entry's time (timex clockEntry): pr35 merge recall
// 0.669 -> 0.684, pair precision 0.817 -> 0.820.
// mg31 (session 34; a month's saying joins the one day's act it retells,
// coarseSaysToDays): merge recall pr31 0.541 -> 0.546, pr37 0.641 ->
// 0.647; pr37 titles 49 -> 48.
// pr39 (session 34's fresh set, now a dev set) at the branch a894a78: 18/18
// still, 0.737, 18 key days, 16 unsupported of 158, merge recall 0.675 at
// pair precision 0.794; 40 titles labelled unpublishable.
// Raised in session 34 by hl7 (a bare clock time told in the past in a
// report whose lead put its news on a day before the publication's, with
// no day named in its paragraph or only the publication's, is left:
// timex's dayBeforeReport): pr38 17 -> 16 still, 12 -> 11 unsupported,
// titles 41 -> 40; pr39 18 -> 16 still.
// titles 41 -> 40; pr39 18 -> 16 still. Then (a lead that has admitted
// is the plea its next sentence dates: lead-verb-families admitted+pleaded):
// pr38 16 -> 14 still, top F1 0.938 -> 0.969, 11 -> 10 unsupported.
// Then (dayBeforeReport reads past a wire's dateline day and through a
// lead's saying of the publication's day): pr33 13 -> 12 still.
// pr39 (session 34's first fresh set, written before any of its rules and
// seen by no helper of its first round: a stadium crush in 11 articles, its
// first day told by six outlets, with a live blog; a heatwave (6, British
// style); a polar station fire (6, a live blog in UTC); a chess union
// election (5); --now 2032-07-25), judged on c5759b0: 18/18 known
// wrong-dated sources, top F1 0.737, gold key days 18/28, 16 unsupported of
// 158, merge recall 0.675 at pair precision 0.794, 40 titles unpublishable.
// Round one (laterLead, the lead's year, live-blog stamps on their own
// line, five title rules, the merge's speed) moved none of its dates; lb3
// raised its merge recall to 0.687 (0.797). Round two, with pr39 as a dev
// set, hl7: 18 -> 16 (bare clock times in a report of an earlier day).
// pr40 (session 34's second fresh set, written while round two worked and
// seen by no helper: a sinkhole in 12 articles, its collapse told by six
// outlets; a festival's cancellation (7, British style, dated
// back-references); an airline grounding (6, wire credits); a transit
// strike (5, a radio live blog); --now 2033-08-18), judged on a894a78:
// 24/24, top F1 0.774, key days 24/27, 24 unsupported of 179, merge recall
// 0.640 at 0.841, 38 titles unpublishable; lb3 (seen by none of it) raised
// merge recall to 0.658 (0.845); no rule of rounds one and two moved its
// dates.
// mg32 (word families in data/happenings.txt): pr25 recall 0.613 -> 0.622;
// pr31 recall 0.546 -> 0.560, precision 0.947 -> 0.951; pr39 measured:
// still 18, top F1 0.737, key days 18, unsupported 16, recall 0.740 (0.687
// before the families), precision 0.822 (0.797 before), titles 40.
// rk1 (session 34; a day's count also goes to its most salient event a
// headline or lead tells that may be key, rank; then a statement of the
// day blocks a month's retelling only when it tells the same kind of
// thing, coarseSaysToDays): merge recall pr26 0.542 -> 0.549 (top F1 0.877
// -> 0.939), pr33 0.601 -> 0.606 (pair precision 0.895 -> 0.896), pr36
// 0.666 -> 0.676 (0.776 -> 0.779); no key day lost.
// mg33 (the closure family "close closed closure", data/happenings.txt;
// with a noun and a participle phrase no headline, noVerb): pr34 pair
// precision 0.827 -> 0.829; pr36 merge recall 0.676 -> 0.680, precision
// 0.779 -> 0.784; pr38 merge recall 0.683 -> 0.690 (titles 37 -> 36).
// mg33 (the drift family "adrift drift drifting"): pr32 still 12 -> 11
// ("The pirates had left the vessel before the navy arrived" leaves the
// 10-27 boarding), merge recall 0.579 -> 0.585, precision 0.971 -> 0.972.
// np1 (session 34; a time after the article's day dates no main clause told
// in the past or the present perfect, nor one it reaches through a
// whether/why clause, an aside or a "with" phrase: pastMainTime,
// pastMainSide): pr34 still 9 -> 8; pr40 still 23 -> 21, unsupported 24 ->
// 22; no other figure moved.
// 22; then a week, month or year holding the article's day in such a side
// phrase ("with temperatures expected to reach 38C later this week"): pr39
// still 16 -> 14; no other figure moved.
// still 16 -> 14; no other figure moved. Then a later time a headline
// writes straight before a noun ("Council sets Sept. 23 recall vote",
// headlineNounTime): pr29 still 13 -> 12, unsupported 16 -> 15; pr35 merge
// recall 0.684 -> 0.688, pair precision 0.820 -> 0.825; pr36 still 19 -> 18,
// precision 0.779 -> 0.788; pr38 still 14 -> 13; pr40 still 21 -> 20.
// Then a saying of a day joined to another telling of that day by the
// kind of happening both name (toldOfKind): merge recall pr25 0.622 ->
// 0.629, pr26 0.549 -> 0.553, pr30 0.614 -> 0.619; pr31 pair precision
// 0.951 -> 0.952; pr33 still 12 -> 11.
// key5 (session 35; the happening of a day an earlier article foretold, in
// words of the plan's, takes the day's count and is not recalled
// background: foretoldDone): gold key days marked pr24 24 -> 25, pr26 25 ->
// 26, pr37 20 -> 21, pr39 18 -> 19; off-gold keys 126 -> 125 over the sets.
// Then a statement a lead tells of its own article's day, on a day another
// article names (todaysNews): key days pr37 21 -> 22, pr38 26 -> 27, pr39
// 19 -> 20; off-gold keys 125 -> 125.
// pr41 and pr42 (session 35's fresh sets, written at its start by two
// helpers who wrote no code, judged on 0d95680, seen by no helper of round
// one). pr41: a building collapse in 11 articles (its first day told by six
// outlets, wire credits, a key-dates chronology); a vaccine trial halt (6,
// British style, a correction note); a probe's lost contact (5, a live
// blog); a library closure fight (6, radio transcripts); --now 2034-08-20;
// its articles are short (128-285 words). At 0d95680: 17/17 known
// wrong-dated sources, top F1 0.771, key days 18/22, 10 unsupported of 129,
// merge recall 0.602 at 1.000, 31 titles unpublishable. pr42: a lift fall
// in 11 articles (British style, a live blog, an inquest, a corrected
// date); a meteorite strike (6, wire credits); a hunger strike (6, a long
// profile); a toxic algae bloom (5, a Q&A explainer); --now 2035-08-20;
// 405-611 words an article. At 0d95680: 31/31, top F1 0.542, key days 20/24,
// 26 unsupported of 229, merge recall 0.667 at 1.000, 49 titles
// unpublishable.
// Lowered in session 35 by ttl56: a sentence in which the page speaks of
// its own coverage is no event however it is dated (a live blog's closing
// note, "Updates will resume ...", "We'll be back ...", "Here is what we
// know", a trail for a broadcast, a photo's "Picture:" label;
// pageFurniture): pr35 44 -> 43, pr36 46 -> 45, pr37 48 -> 45, pr38 35 ->
// 34, pr39 40 -> 38, pr40 38 -> 33; unsupported pr37 8 -> 7, pr40 22 -> 20.
// The last word of a public institution's name ("Kessler Park Zoo") ends
// no person's, so "Zoo director Howard Brandt" leaves one person for the
// next "He said" (names.txt institutional): pr35 43 -> 42.
// next "He said" (names.txt institutional): pr35 43 -> 42. A title whose
// subject is a count with no noun ("Nine have been hospitalized", "All
// three were closed") points back as "they" does (headlessCount): pr37
// 45 -> 44, pr40 33 -> 32.
// 45 -> 44, pr40 33 -> 32. An expletive "it" measuring the time since a
// happening ("It has been four weeks since ...", itSinceSpan) and the
// headline of a timeline of a story a noun phrase names ("The lottery
// scandal: a timeline", timelineAfter) tell no happening of their day:
// pr40 32 -> 31, unsupported 20 -> 19; pr32 top F1 0.837 -> 0.862,
// unsupported 8 -> 7.
// Lowered in session 35 by ttl57: a relative clause on the object of a
// clause before it is titled with that clause whole, its pronoun kept,
// never glued to it ("has hired a lawyer said", "is conducting its own
// review is due in June"; relativeClauseWhole): pr36 46 -> 45, pr38 35
// -> 33.
// -> 33; a time after "by" right after a predicate a modal leads is its
// deadline, and stays ("The review would report by the end of October";
// modalDeadline): pr35 44 -> 43, pr38 33 -> 31, pr39 40 -> 39, pr40 38
// -> 37 (of the five, "Both lanes should be open by mid-September" and
// "The plan would be submitted by the end of March" keep a subject with
// no referent: whole now, still unpublishable).
// no referent: whole now, still unpublishable); a clock's "p.m." before a
// zone written out ("10 p.m. Mountain time") ends no sentence, and the
// zone goes with the time (zoneWritten, extract and timex): pr40 37 -> 36.
// zone goes with the time (zoneWritten, extract and timex): pr40 37 -> 36;
// a title all of one quotation, its speaker outside it, loses to another
// source's clause (bareQuoteTitle): pr36 45 -> 43.
// source's clause (bareQuoteTitle): pr36 45 -> 43; a telling shortened
// to fit its teller is not cut between an of-bound noun and its "of" ("in
// front" | of his shop; toldTitle): pr40 36 -> 35.
// front" | of his shop; toldTitle): pr40 36 -> 35; "except" never ends a
// title ("is empty except" | for a sign; dangling): pr40 35 -> 34.
// title ("is empty except" | for a sign; dangling): pr40 35 -> 34; "one"
// before "of" is bound to it ("was one" | of a handful; of-bound-nouns):
// pr38 31 -> 30.
// pr38 31 -> 30; the name a "who" clause tells of runs over the "&" that
// joins it ("Dahl Bridge & Iron", not "Iron"; ampersandName): pr34 29 ->
// 28.
// 28; an "in" before a weekday is the verb's particle and stays ("stepped
// in" | Friday; weekdayParticle): pr36 43 -> 42.
// unpublishable. Then fx35's timex fixes (a vote's tally before "to", a
// weekday of a timetable slot, "the past week" a stretch): pr41 still 17 ->
// 15 ("midnight" no longer on 2033-07-01, "Saturday reading hour" no day),
// 31 -> 30 titles unpublishable; pr42 still 31 -> 30 ("Over the past
// week" no calendar week).
// Session 35 round two (dt37, dt35's two participle rules with a guard):
// a participle on the subject with a time of its own dates that
// participle, told as a passive, and a relative clause on the subject's
// noun keeps its own title (subject participle): pr35 still 9 -> 8; a
// participle set off by a comma after an object's figure dates no event of
// its clause (setOffPhrase): pr39 still 14 -> 13. Title ceilings pr35 41
// -> 40, pr38 29 -> 28, pr39 37 -> 36.
// Lowered in session 35 by ttl58: a named teller who tells what "he" or
// "she" did or will do is the title's subject, and tells by that pronoun
// after it ("Sarah Kitto would raise the findings in Parliament, she
// said"), never twice nor by a first name after an honorific ("Sir Alan
// ..., Alan said"; toldTitle, withoutPronounReport): pr36 41 -> 39, pr37
// 44 -> 43, pr39 37 -> 35, pr42 49 -> 47 (one of pr42's two, "Tenant
// Darren Mills had reported it ..., he said", still has no referent for
// its "it").
// its "it"). A possessive that opens what a "would" clause tells, right
// after the saying, is the speaker's, and keeps the speaker and saying
// ("said her committee would introduce a bill", not "Her committee would
// ..."; reportedComplement): pr37 43 -> 42, pr41 29 -> 28.
// week" no calendar week). Then the corpus's day headings (a timeline's
// "**4 May**" above its paragraph set before it as its label, "4 May: He
// reached Tawa Hut ...": labelDayHeads): pr36 still 18 -> 16 (the 4 May
// and 18 May paragraphs of the hiker's timeline), merge recall 0.680 ->
// 0.705, pair precision 0.793 -> 0.818.
// (mg33): pr38 37 -> 36. A timeline's day heading labels the paragraph
// below it ("**4 May**" above "He reached Tawa Hut ...", corpus
// labelDayHeads): pr36 41 -> 39.
// pr43 (session 35's third fresh set, written while round one worked and
// seen by no helper, outside the repository until the session's end: a
// tunnel fire in 11 articles, its first day told by six outlets, a
// write-through and a live blog; a racing doping inquiry (6, British
// style, a tabloid's "yesterday"); a fishing quota dispute (5, a weekly
// roundup); an emergency landing (6); --now 2036-08-20), judged on
// 0d95680: 19/19 known wrong-dated sources, top F1 0.850, key days 20/22,
// 12 unsupported of 198, merge recall 0.652 at 1.000, 45 titles
// unpublishable. Through both rounds no date moved (19/19); titles 45 ->
// 42 (a banner and a promo gone, a modal's deadline kept, a teller by his
// pronoun), one event withdrawn (a participle's own "on Monday").
// Session 35 round three (mg36): an undated sentence told in the past
// perfect joins a happening its article dates days before only on close
// words (perfectTold): pr34 still 8 -> 7 (the fire traced to the fryer
// leaves the recall).
// Session 36 (mg37): a month's retelling of a day's act in the act's own
// words, more than names, told after the day and not of a part of the
// month, joins the day (retoldAlike): merge recall pr30 0.619 -> 0.627,
// pr32 0.585 -> 0.590, pr34 0.650 -> 0.657 (pair precision 0.831 ->
// 0.833), pr36 0.705 -> 0.708 (pair precision 0.818 -> 0.827; titles 37
// -> 36).
// Session 36 (dt39): an undated headline over a lead that reports an
// older happening is the telling its closing attribution dates
// (headlinesToToldDay): pr35 still 8 -> 7, key days 26 -> 27; pr39 still
// 13 -> 12, top F1 0.737 -> 0.778, key days 20 -> 21, unsupported 16 -> 15.
// A present-perfect lead and its headline are the step the headline's own
// verb dates in the past in the body (headVerbDated): pr42 still 24 -> 22.
// Lowered in session 36 by ttl59: an "It" or "Its" names the thing the
// sentence before has for its subject, past a label of the page
// ("Background: Kessler Park Zoo opened ..."; pageLabelEnd), a name
// with a figure ("Meridian-2"), a name a "which" clause follows
// ("Halvorsen, which opened in 1992, is ..."), and through an "It" that
// "has" a thing ("It has two bores"; possessionOwn) or is the subject of a
// perfect passive ("It has been evacuated"; passiveIt): pr35 40 -> 39,
// pr39 34 -> 33, pr41 27 -> 26, pr43 42 -> 41.
// pr39 34 -> 33, pr41 27 -> 26, pr43 42 -> 41. A pronoun after a short
// phrase of time with no comma ("On Tuesday he went further", "On
// Saturday his horse ...") is the sentence's subject (personAfterOpening,
// afterTimeOpening), named by the sentence before's: pr42 47 -> 46, pr43
// 41 -> 40.
// Session 36 (dt40): a saying's title on the time of what it tells never
// titles a happening another source tells (sayingTold): pr27 still 5 ->
// 4, pr42 24 -> 22, pr42 titles unpublishable 47 -> 45; and a saying
// with a time of its own makes no event of the told time under its title
// (sayingToldDated): pr42 22 -> 20.
// Session 36 (tx47): a gathering a verb of arranging takes as its object
// is set for the day after "for", ahead ("has called a protest outside
// the office for Saturday"; arrangedFor, timex), and the day of a
// gathering in the subject of a reported clause takes that clause's tense
// (reportedGathering): pr45 still 21 -> 18, merge recall 0.658 -> 0.673.
// Session 36 (sem1): a second predicate after "and" with a time of its own
// is dated by it, told with the shared subject (secondPredicates): pr34
// merge recall 0.657 -> 0.664, pair precision 0.833 -> 0.837; pr38 0.715
// -> 0.723, 0.953 -> 0.954.
// Session 37 (dt43): a state a saying tells ("said photographs taken in
// March show", "said footfall was down on Monday") is titled by what is
// told or makes no event of its time (toldStates), and a saying with a
// later day of its own is no saying of the day before the report's: pr35
// still 7 -> 6, pr40 17 -> 16, pr43 unsupported 11 -> 10; titles pr36
// 35 -> 34; pr41 still 14 -> 13 (fixed_titles: "Photographs taken by a
// tenant show the columns already missing, Ondaatje said", the gold's
// happening of June 2033).
// Session 37 (dt42): a time of a clause inside a comparison's standard
// (standardClause), of a participle on the subject of what "that" or a
// question word brings in (subjectParticipleTime), after the article's
// day before a noun in a past clause's subject (pastSubjectTime) or after
// the verb of a past adverbial clause (pastSideTime) dates no clause:
// still pr29 12 -> 11, pr39 12 -> 11 (unsupported 15 -> 14), pr40 17 ->
// 16, pr43 18 -> 16, pr44 28 -> 27, pr45 18 -> 17.
// pr47 (session 37's first fresh set: tornado, exoneration, ballpark,
// school lunches) came in at its figures after that session's first
// round, which none of it had seen but tx48 (timex: "the first Wednesday
// of April", "a week tomorrow", a deadline said in the present, "one last
// night"), written from the classes its reader reported: still 31 -> 28.
// Session 38 (mg42): a body sentence with no date told in the present
// joins no happening of the day before its publication either: still
// pr32 11 -> 10, pr37 10 -> 9, pr42 18 -> 17; nor does one whose main
// clause opens on a modal join a happening of days before it (aheadTold):
// pr30 8 -> 7, pr35 6 -> 5; nor one whose saying in the past tells a
// clause in the present (presentTold): pr37 9 -> 8.
// Session 39 (sp46): a time in a participle phrase on a noun inside what a
// lone saying tells dates no event under the saying's title
// (toldModifierTime): pr43 16 -> 15.
// Session 38 (mg41): a name a mention dated to a happening's one day
// writes only in a clause set off by commas on its subject sets it apart
// from no report of that day (asideName): pr24 merge recall 0.683 ->
// 0.693.
// Session 39 (lead): a line of links under a label ("Related: ...",
// "Read more: ...") and a press release's "About <name>" heading with the
// paragraph under it are no copy (data/noise.txt, aboutName): still pr49
// 31 -> 27, titles pr45 48 -> 46, pr47 99 -> 98, pr48 68 -> 67, pr49
// 82 -> 79. pr49's merge recall floor is lowered 0.571 -> 0.561 and its
// pair precision 0.968 -> 0.967 by that change: "Read more: What we know
// about the Valley Line derailment" and its like cited their articles
// under the happenings they link to, and a link to another story is no
// report of its happening in the article that carries it; the article's
// own sentences that tell it are what the merge must find. A sentence
// that tells a reporter's call no one answered and nothing more ("Vertex
// did not respond to repeated requests for comment") makes no event
// (unansweredIn): titles pr41, pr42, pr45, pr47 one fewer each. A live
// page's talk of its own reporting in its voice ("We're following reports
// of ...", "We have asked the county ...") and its readers' part ("A
// reader sent us a photo") is page furniture: still pr44 27 -> 26.
// 0.693. A statement of a happening's own day that reports it in other
// words of its kind joins it as one more source (sameDayKind): merge
// recall pr24 0.693 -> 0.718 (key days 25 -> 26), pr27 0.703 -> 0.705,
// pr43 0.657 -> 0.663, pair precision 1.000 kept.
// Session 39 (mg46): such a statement that tells a plan or a later day
// joins no happening (toldPlan, toldLater); a told clause's verb is
// looked for from its "that", after the telling's time and place, so a
// state told after a long telling joins no happening of the day before
// either (toldState): still pr43 16 -> 15. An undated sentence whose
// main verb in "-ed" follows a subject pronoun ("She estimated the
// bracing would cost ...") tells in the past (pastFirst), and joins no
// happening its article dates ahead: still pr34 7 -> 6.
// Session 39 (dt47): a weekday after the infinitive of a verb of intent
// in the present perfect ("have agreed to meet ... on Monday") is ahead,
// and so is one after "would", a bare verb, its object and a long phrase
// of place: still pr47 14 -> 13, pr49 27 -> 25; merge recall pr47 0.652
// -> 0.656, pr49 0.563 -> 0.566; unsupported pr47 33 -> 32. A clock time
// before a weekday with a determiner ("at 6:15 p.m. last Wednesday") is
// on that weekday: still pr50 26 -> 25, top F1 0.746 -> 0.777,
// unsupported 13 -> 12.
// -> 0.656, pr49 0.563 -> 0.566; unsupported pr47 33 -> 32.
// Session 39 (dt48): a month's year after "a" before a noun of a decision
// that stands once made, in the object of another verb ("breached a March
// 2021 order", "to loosen a 2024 rule"), dates the decision, not the
// clause (thingYear): still pr50 26 -> 24; titles pr50 98 -> 97.
var newsroomFloors = []newsroomFloor{
	{"pr24", 7, 0.900, 26, 16, 0.718, 1.000},
	{"pr25", 6, 0.798, 27, 6, 0.629, 1.000},
	{"pr26", 9, 0.939, 26, 7, 0.553, 1.000},
	{"pr27", 3, 0.862, 25, 16, 0.705, 1.000},
	{"pr28", 13, 0.841, 29, 11, 0.547, 1.000},
	{"pr29", 10, 0.841, 27, 15, 0.638, 0.989},
	{"pr30", 7, 0.972, 25, 10, 0.627, 1.000},
	{"pr31", 9, 0.725, 21, 9, 0.565, 0.957},
	{"pr32", 10, 0.862, 23, 7, 0.590, 0.973},
	{"pr33", 8, 0.715, 21, 6, 0.611, 0.899},
	{"pr34", 6, 0.950, 22, 6, 0.670, 0.841},
	{"pr35", 5, 0.856, 27, 2, 0.698, 0.803},
	{"pr36", 16, 0.870, 27, 9, 0.708, 0.827},
	{"pr37", 8, 0.823, 22, 7, 0.647, 1.000},
	{"pr38", 13, 0.969, 27, 10, 0.723, 0.954},
	{"pr39", 11, 0.778, 21, 14, 0.740, 0.822},
	{"pr40", 14, 0.815, 24, 17, 0.658, 0.845},
	{"pr41", 13, 0.771, 18, 10, 0.608, 1.000},
	{"pr42", 16, 0.604, 23, 24, 0.667, 1.000},
	{"pr43", 14, 0.850, 21, 10, 0.663, 1.000},
	{"pr44", 25, 0.821, 23, 10, 0.578, 0.807},
	{"pr45", 15, 0.807, 27, 2, 0.677, 1.000},
	{"pr47", 13, 0.810, 23, 32, 0.656, 0.991},
	{"pr48", 18, 0.679, 20, 34, 0.531, 0.975},
	{"pr49", 25, 0.707, 23, 13, 0.577, 0.969},
	{"pr50", 25, 0.777, 24, 12, 0.606, 0.978},
}

// newsroomTitleCeilings: for a set with labels.json (a verdict on every
// event its first build gave), the most events whose title its reader
// labelled unpublishable. Titles are matched exactly, per story: a title a
// rule rewrites leaves the count and shows among the unlabelled ones,
// which are read, not scored. pr33 (session 29) is the first set with it.
// Lowered in session 30 by ttl45: "It was sold to ..." names the thing of
// the sentence before (plannedIt), 41 -> 40; a first name alone, of a
// person the article named in full, owns a "he" (firstNameNamed), 40 -> 39;
// a title that names its thing only by pointing back ("accepting it")
// loses to another source's (backReference), 39 -> 38; a participle on
// the subject of a negated or past-perfect main clause titles its own
// happening (pastNotThen, quotedName), 38 -> 37; a timed participle in
// "-ing" before a second one ("in a ballot opening | on Monday and closing
// ...") goes from a title's end (cutEnd), 37 -> 36; a relative clause on
// the object of a verb like "asked" ends at its time, before the verb's
// infinitive (ownClauseTitle), 36 -> 35.
// Lowered in session 30 by ttl47: the absolute phrase of "with" that a
// title holds only part of goes whole (withoutPartWithTail, withTailAt):
// pr34 53 -> 51; pr33 31 still.
// Lowered in session 31 by ttl51: a street's or a square's name is no
// person's (names.txt institutional: "Market Street said" keeps its "He"):
// pr35 56 -> 55; a "who" clause after "a former director of Sablefield
// Properties" tells of the name the apposition set that noun after
// (whoOfName), 55 -> 54.
// Lowered in session 32 by ttl52: a title whose subject is a bare definite
// ("The woman died ...") loses, among sources of one rank, to one whose
// clause stands alone (bareDefinite, standsAlone): pr33 26 -> 25, pr34
// 35 -> 33; a "He said" after a quotation that stands alone is the
// speaker the sentence before closed (bareQuotation), and an "It" after a
// live blog's stamped sentence names what it opened on (itSubject): pr35
// 54 -> 51; by hl5, a noun in -ed is no verb, and the capture it hid is
// titled by its own clause: pr35 51 -> 50.
// pr36 (session 32's fresh set) at its first build: 51 of 180.
// Lowered in session 33 by ttl53: a live entry's stamp goes from the title
// of a relative clause on the people its sentence opens on ("5:40 p.m. —
// Nicole Gallant quit the PC caucus"; relativeTitle): pr35 50 -> 49; a
// past form after the verb a modal's group ends on is its complement, no
// participle phrase on a noun ("Schools will stay closed Tuesday" was
// "Stay was closed"; the chunker): pr35 49 -> 48, pr36 50 -> 48.
// pr37 (session 33's fresh set) at its first build: 49 of 138; none of
// the session's title rules moved it.
// pr38 (session 33's second fresh set) at a878da0: 41 of 149 (round
// one, measured on it after, had made one better: "Most were restored").
// Lowered in session 34 by ttl55: a long title is not cut between the
// two ends of "from X to Y" or "between X and Y" (rangeHalf): pr34 33 ->
// 32; a pronoun before "would" that is the speaker keeps its saying
// ("The city said it would hand out water", not "The city would hand
// out water"; reportedComplement): pr33 25 -> 24, pr34 32 -> 29, pr36
// 47 -> 46; "within" never ends a title, and the time after it stays
// ("is expected within the next fortnight"; dangling): pr38 41 -> 40; a
// title never ends on a verb a cut left without its complement (", known",
// ", both tied", a quotation's "," adding", "after what officials
// described"; withoutDangling, withoutQuotedTail, whatVerbEnd): pr35 48 ->
// 46, pr38 40 -> 38; "Adv." before a name ends no sentence (timex
// abbreviations): pr35 46 -> 44. The closure family joins "They closed"
// to the day's "Halvorsen closed two of the city's six fire stations"
// (mg33): pr38 37 -> 36.
// Lowered in session 36 by ttl60: a measure of time and "after" or
// "before" open a clause that runs to the comma before the main clause's
// subject, however long ("Two days after a fire cut power to much of the
// valley, ..."; opening): pr33 24 -> 23, pr36 36 -> 35, pr37 42 -> 41,
// pr45 53 -> 52. A title a cut left inside the list after a colon ends
// at the colon, when the time is not in the list (atListColon): pr34 28
// -> 27, pr43 39 -> 38 (the reader's photo, retitled, not made an event).
// A span verb after a modal or "to" ("will run", "will next appear", "is
// due to report") keeps its time written as a date (span-verbs,
// timeOnlyPredicate; not a second predicate after "and"): pr38 28 -> 27,
// pr39 33 -> 32, pr40 26 -> 25.
// Lowered in session 37 by ttl61: a title of address ("Mr", "Sir") or a
// role of two words ("chief executive") before a name tells it is a
// person's, and a court's or a land feature's name ("High Court", "Tawa
// Hut") is no second person, so the one person the sentence before names
// owns the title's "He" (personsIn, lonePersonNamed): pr36 35 -> 34,
// pr42 43 -> 42, pr45 52 -> 51. A title that opens on a phrase closed by
// its comma, then on a subject pronoun ("At the hearing, she
// acknowledged ..."), points back as one that opens on the pronoun does
// (openedPronoun), and loses to another source's that names its subject:
// pr37 41 -> 40. A feature of the land named by its kind ("Lake ...";
// featureName) owns an "It", though its words read as a person's: pr42
// 42 -> 41. A plural noun of people that opens the sentence before as its
// subject ("Officials said ...") is no name, and owns the "They" after
// it (ownerSubject): pr45 51 -> 50.
// Lowered in session 37 by dt42: times of a comparison's standard, of a
// participle on a told clause's subject, and after the article's day in
// a past clause make no event of their clause: pr40 25 -> 24, pr43 38 ->
// 36, pr44 60 -> 59.
// Lowered in session 38 by ttl62: a relative clause with no "that" whose
// subject follows the noun it tells of is told in the active, that noun
// its object (contactObject: "The union released figures", not "The
// union was released"), and a participle set off by commas that told
// only the time goes with it and a comma (trailingParticiple, and
// apposedParticiple in "-ing"): pr38 27 -> 26, pr45 50 -> 49, pr47 104 ->
// 103, pr48 73 -> 71. The "and" a subject and its comma are left with
// when the first of two participle phrases after it went with its time
// goes (withoutStrayAnd), and a time a verb takes as the object "as" names
// stays (timeAsObject): pr35 39 -> 38, pr47 103 -> 102, pr48 71 -> 69.
// A time paired by "and again" stays across a short aside before the
// second ("in 2000 and again, less badly, in 2012"; againPaired): pr35 38
// -> 37.
// Lowered in session 38 by ttl63: "The council voted ..." names the one
// body the article named before whose name that noun heads (bodyNamed), and
// "Midstream" ends a business's name: pr33 23 -> 22, pr35 35 -> 34, pr38
// 26 -> 25, pr39 32 -> 31, pr43 36 -> 34, pr44 59 -> 58, pr45 49 -> 48,
// pr47 100 -> 99, pr48 69 -> 68.
// Lowered in session 39 by ttl65: a date right after "dated" is the
// participle's object and stays (dateObjects), and a title that ends on
// "was" or "said" where its sentence opens a quotation takes the
// quotation back whole (withQuotation): pr35 34 -> 33, pr40 24 -> 23,
// pr42 41 -> 40, pr47 99 -> 98, pr48 68 -> 67, pr49 82 -> 81.
// Lowered in session 39 by ttl64: "The trial was halted" writes the trial
// as the article named it before, with a name among its words ("its Lyme
// disease vaccine trial"; fullerNamed): pr41 26 -> 24, pr44 58 -> 57, pr45
// 48 -> 47, pr47 99 -> 98. A title its time cut short ("It was
// automated" of "It was automated in 1968 and ...") reads on in its
// sentence to tell a thing's "It", and a correction's label may carry its
// day ("Correction, July 27, 2040: ..."): pr47 98 -> 97, pr48 68 -> 67.
// "The ship passed an inspection" names the one thing the article named
// beside that noun ("the cruise ship Coral Vesper", "Calder House, an
// 18-storey block"; apposedNamed): pr37 40 -> 39, pr42 41 -> 40, pr44 57
// -> 56, pr48 67 -> 66.
var newsroomTitleCeilings = map[string]int{
	"pr33": 20,
	"pr34": 26,
	"pr35": 33,
	"pr36": 33,
	"pr37": 39,
	"pr38": 25,
	"pr39": 30,
	"pr40": 23,
	"pr41": 23,
	"pr42": 36,
	"pr43": 33,
	"pr44": 54,
	"pr45": 43,
	"pr47": 93,
	"pr48": 64,
	"pr49": 73,
	"pr50": 97,
}

// newsroomLabel is one entry of labels.json: a reader's verdict on an
// event of the set's first build.
type newsroomLabel struct {
	Story      string `json:"story"`
	Date       string `json:"date"`
	Title      string `json:"title"`
	DateOK     bool   `json:"date_ok"`
	TitleOK    bool   `json:"title_ok"`
	TitleClass string `json:"title_class"`
}

// readTitleLabels reads dir/labels.json, if there is one, into a map from
// story and title (joined by a NUL) to whether the title is publishable.
// nil when the set has no labels. A title labelled both ways (two events
// of one story with one title) counts as unpublishable.
func readTitleLabels(t *testing.T, dir string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var labels []newsroomLabel
	if err := json.Unmarshal(b, &labels); err != nil {
		t.Fatalf("%s/labels.json: %v", dir, err)
	}
	m := make(map[string]bool, len(labels))
	for _, l := range labels {
		k := l.Story + "\x00" + l.Title
		if ok, seen := m[k]; seen && !ok {
			continue
		}
		m[k] = l.TitleOK
	}
	return m
}

// newsroomSet is a set's set.yaml: the day it is scored as of (the --now
// its articles were run with) and its stories, in its scorer's order.
type newsroomSet struct {
	Now     string   `yaml:"now"`
	Stories []string `yaml:"stories"`
}

// newsroomGold is a story's gold/STORY.yaml.
type newsroomGold struct {
	Story      string   `yaml:"story"`
	KeyDays    []string `yaml:"key_days"`
	Happenings []struct {
		Date     string   `yaml:"date"`
		What     string   `yaml:"what"`
		Key      bool     `yaml:"key"`
		Planned  bool     `yaml:"planned"`
		Articles []string `yaml:"articles"`
	} `yaml:"happenings"`
}

// newsroomError is one entry of errors.json: a wrong date the set's first
// build gave, found again by its source's article, the start of its
// sentence and its time expression.
type newsroomError struct {
	Story      string `json:"story"`
	Article    string `json:"article"`
	Sentence   string `json:"sentence"`
	Expression string `json:"expression"`
	Wrong      string `json:"wrong"`
	Right      string `json:"right"`
	Class      string `json:"class"`
	// FixedTitles are titles that tell what the wrong date dates: an
	// event of the error's source under one of them is right at that
	// date (what is told, retitled from the saying of it), not STILL.
	FixedTitles []string `json:"fixed_titles,omitempty"`
}

// still reports whether the error e is still on the timeline: an event
// with its source (article, sentence start, expression) has the wrong
// date, under a title that is none of e's fixed titles. A wrong value
// with a time of day ("2027-03-10T06:00", "2027-06-29TEV") is wrong in
// its day, which is what an event's date holds.
func (e newsroomError) still(events []timeline.Event) bool {
	wrong, _, _ := strings.Cut(e.Wrong, "T")
	for i := range events {
		ev := &events[i]
		if ev.Date.String() != wrong || slices.Contains(e.FixedTitles, ev.Title) {
			continue
		}
		for _, src := range ev.Sources {
			if src.Article == e.Article && strings.HasPrefix(src.Sentence, e.Sentence) && src.Expression == e.Expression {
				return true
			}
		}
	}
	return false
}

// newsroomScore holds one story's figures, or a set's sums.
type newsroomScore struct {
	events, keys     int
	still, errors    int
	marked, keyDays  int
	offGold          int
	topP, topR, topF float64
	supported        int
	// Merging (see mergeNewsroom): happenings several articles report,
	// the sum of their best events' shares, and the cross-article pairs
	// judged and judged correct.
	multi         int
	recallSum     float64
	pairs, paired int
	unjudged      int
	splits        int
	// misses counts, with DATELINE_NEWSROOM_SPLITS=1, the articles of
	// those happenings that their best events do not cite, by why
	// (mergeMiss).
	misses map[string]int
	// Titles (sets with labels.json): events whose title the set's
	// reader labelled unpublishable, and events whose title no label
	// names (new or changed since the set was read: read them).
	badTitles, unlabelled int
}

func readYAML(t *testing.T, file string, v any) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
}

// aliasLine finds the short names some golds give their articles in the
// comment lines that open them ("# a1 2026-03-03-ppa-miners-trapped, ...").
var aliasLine = regexp.MustCompile(`\b([a-z]+[0-9]+) ([0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9-]+)`)

// goldArticles resolves every article a gold happening names, by file
// name, by file name without ".md", or by a short name of the gold's
// opening comments, to an article of the story: any other fails the test.
func goldArticles(t *testing.T, file string, g *newsroomGold, arts map[string]bool) [][]string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	alias := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if l := sc.Text(); strings.HasPrefix(l, "#") {
			for _, m := range aliasLine.FindAllStringSubmatch(l, -1) {
				alias[m[1]] = m[2] + ".md"
			}
		}
	}
	out := make([][]string, len(g.Happenings))
	for i, h := range g.Happenings {
		for _, a := range h.Articles {
			name := a
			switch {
			case arts[a]:
			case arts[a+".md"]:
				name = a + ".md"
			case arts[alias[a]]:
				name = alias[a]
			default:
				t.Errorf("%s: happening %q names %q, no article of the story", file, h.What, a)
				continue
			}
			out[i] = append(out[i], name)
		}
	}
	return out
}

// goldSpan is the first and last day a gold date covers. Besides the
// timeline's dates it reads the TIMEX3 values the golds also use: a
// season ("2022-FA") and a decade or century with X digits ("187X",
// "14XX"). ok is false for anything else, which then supports nothing.
func goldSpan(s string) (first, last time.Time, ok bool) {
	if d, err := timeline.ParseDate(s); err == nil {
		return d.First(), d.Last(), true
	}
	if len(s) == 7 && s[4] == '-' {
		if y, err := timeline.ParseDate(s[:4]); err == nil {
			start := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s[5:]]
			if start == 0 {
				return first, last, false
			}
			first = time.Date(y.Year, start, 1, 0, 0, 0, 0, time.UTC)
			return first, first.AddDate(0, 3, -1), true
		}
	}
	if len(s) == 4 && strings.HasSuffix(s, "X") {
		n := strings.Count(s, "X")
		lo, hi := strings.ReplaceAll(s, "X", "0"), strings.ReplaceAll(s, "X", "9")
		a, err1 := timeline.ParseDate(lo)
		b, err2 := timeline.ParseDate(hi)
		if err1 == nil && err2 == nil && strings.TrimRight(s, "X") == s[:4-n] {
			return a.First(), b.Last(), true
		}
	}
	return first, last, false
}

// supports reports whether a gold date supports an event's date: the
// event's date holds the gold's (the same day, or the month or year the
// gold day falls in: the event's precision), or the gold's holds the
// event's (a gold month, an event day within it).
func supports(gold string, d timeline.Date) bool {
	gf, gl, ok := goldSpan(gold)
	if !ok || d.IsZero() {
		return false
	}
	ef, el := d.First(), d.Last()
	return !gf.Before(ef) && !gl.After(el) || !ef.Before(gf) && !el.After(gl)
}

// date10 is a date's value cut to ten characters, as the scorers compare
// it with a key day.
func date10(d timeline.Date) string {
	s := d.String()
	return s[:min(len(s), 10)]
}

// scoreNewsroomStory reads one story of a set as `dateline extract --now
// NOW DIR` reads it, and scores it against its gold and its set's errors.
func scoreNewsroomStory(t *testing.T, dir, set, story string, now time.Time, errs []newsroomError, titles map[string]bool) newsroomScore {
	t.Helper()
	sdir := filepath.Join(dir, story)
	// The last instant of the --now day, in UTC, as the command sets it.
	docs, problems := corpus.Read([]string{sdir}, corpus.Options{Location: time.UTC, Now: now.AddDate(0, 0, 1).Add(-time.Nanosecond)})
	for _, p := range problems {
		t.Errorf("%s/%s: %v", set, story, p)
	}
	xdocs := make([]extract.Doc, len(docs))
	arts := map[string]bool{}
	for i, d := range docs {
		xdocs[i] = extract.Doc{Article: d.Article, Text: d.Text, Filed: d.Filed}
		arts[d.Article.Path] = true
	}
	tl, diags := extract.Extract(xdocs, extract.Options{})
	checkSourcesAgree(t, set+"/"+story, tl)
	for _, d := range diags {
		if strings.Contains(d.Reason, "internal error") {
			t.Errorf("%s/%s: %s: %s", set, story, d.Article, d.Reason)
		}
	}
	goldFile := filepath.Join(dir, "gold", story+".yaml")
	var g newsroomGold
	readYAML(t, goldFile, &g)
	if len(g.KeyDays) == 0 {
		t.Fatalf("%s: no key days", goldFile)
	}
	hArts := goldArticles(t, goldFile, &g, arts)

	top := *tl
	top.Events = slices.Clone(tl.Events)
	extract.Select(&top, extract.Selection{Top: len(g.KeyDays)})
	if out := os.Getenv("DATELINE_NEWSROOM_OUT"); out != "" {
		writeNewsroomJSON(t, filepath.Join(out, set, story+".json"), tl)
		writeNewsroomJSON(t, filepath.Join(out, set, story+".top.json"), &top)
	}

	var s newsroomScore
	s.events = len(tl.Events)
	if titles != nil {
		for i := range tl.Events {
			ok, labelled := titles[story+"\x00"+tl.Events[i].Title]
			switch {
			case !labelled:
				s.unlabelled++
			case !ok:
				s.badTitles++
			}
		}
	}
	// Known wrong dates: STILL when an event with the error's source
	// (article, sentence start, expression) has the wrong value.
	for _, e := range errs {
		if e.Story != story {
			continue
		}
		s.errors++
		if e.still(tl.Events) {
			s.still++
		}
	}
	// Key moments.
	keyDates := map[string]bool{}
	for i := range tl.Events {
		if ev := &tl.Events[i]; ev.Key {
			s.keys++
			keyDates[date10(ev.Date)] = true
			if !slices.Contains(g.KeyDays, date10(ev.Date)) {
				s.offGold++
			}
		}
	}
	s.keyDays = len(g.KeyDays)
	for _, k := range g.KeyDays {
		if keyDates[k] {
			s.marked++
		}
	}
	// --top N date F1 against the key days.
	var topDates []string
	for i := range top.Events {
		if d := date10(top.Events[i].Date); !slices.Contains(topDates, d) {
			topDates = append(topDates, d)
		}
	}
	hit := 0
	for _, d := range topDates {
		if slices.Contains(g.KeyDays, d) {
			hit++
		}
	}
	if len(topDates) > 0 {
		s.topP = float64(hit) / float64(len(topDates))
	}
	s.topR = float64(hit) / float64(len(g.KeyDays))
	if s.topP+s.topR > 0 {
		s.topF = 2 * s.topP * s.topR / (s.topP + s.topR)
	}
	// Supported dates: some gold happening that one of the event's
	// articles reports has a date that holds the event's or that it holds.
	for i := range tl.Events {
		ev := &tl.Events[i]
		ok := false
		for j, h := range g.Happenings {
			if ok {
				break
			}
			for _, src := range ev.Sources {
				if slices.Contains(hArts[j], src.Article) && supports(h.Date, ev.Date) {
					ok = true
					break
				}
			}
		}
		if ok {
			s.supported++
		}
	}
	mergeNewsroom(t, set+"/"+story, tl, &g, hArts, &s)
	return s
}

// compatible reports whether an event's date may be a gold happening's:
// the same day, a coarser date that holds it, or a day within a coarser
// gold date (the test's supports).
func compatible(gold string, d timeline.Date) bool { return supports(gold, d) }

// mergeNewsroom scores how the story's events gather its gold happenings,
// at the grain the golds give: articles, not sentences.
//
// Merge recall: for each gold happening that two or more articles report,
// its best single event is the event whose date is compatible with the
// gold date that cites the most of those articles; the happening scores
// that event's share of them (0 when no compatible event cites any). The
// set's recall is the mean over its happenings (macro, as ECB+'s).
//
// Pair precision: every pair of two different articles that one event
// cites (once per event, however many sentences each gives) is judged
// when both articles report some gold happening whose date is compatible
// with the event's date, and is correct when one such happening names
// both. A pair with an article that reports nothing the gold dates there
// is not judged: the golds list the happenings their writers saw, not
// every mention, so such a pair says nothing either way. At the articles'
// grain the measure cannot see two happenings of one day joined when both
// articles report both: it is an upper bound on the sentence-grain pair
// precision ECB+ measures. A happening is split when an article of it
// that its best event does not cite is cited by another event of a
// compatible date: those are counted, and with DATELINE_NEWSROOM_SPLITS=1
// logged with their events, as is every false pair.
func mergeNewsroom(t *testing.T, name string, tl *timeline.Timeline, g *newsroomGold, hArts [][]string, s *newsroomScore) {
	t.Helper()
	debug := os.Getenv("DATELINE_NEWSROOM_SPLITS") == "1"
	cites := func(ev *timeline.Event, art string) bool {
		return slices.ContainsFunc(ev.Sources, func(src timeline.Source) bool { return src.Article == art })
	}
	for j, h := range g.Happenings {
		arts := hArts[j]
		if len(arts) < 2 {
			continue
		}
		s.multi++
		best, bestN := -1, 0
		for i := range tl.Events {
			ev := &tl.Events[i]
			if !compatible(h.Date, ev.Date) {
				continue
			}
			n := 0
			for _, a := range arts {
				if cites(ev, a) {
					n++
				}
			}
			if n > bestN {
				best, bestN = i, n
			}
		}
		s.recallSum += float64(bestN) / float64(len(arts))
		// A split: an article of the happening that its best event does
		// not cite is cited by another event of a compatible date.
		split := false
		for i := range tl.Events {
			ev := &tl.Events[i]
			if i != best && compatible(h.Date, ev.Date) && slices.ContainsFunc(arts, func(a string) bool { return cites(ev, a) && !cites(&tl.Events[best], a) }) {
				split = true
			}
		}
		if split {
			s.splits++
		}
		if debug {
			for _, a := range arts {
				if best >= 0 && cites(&tl.Events[best], a) {
					continue
				}
				why := mergeMiss(tl, h.Date, a)
				if s.misses == nil {
					s.misses = map[string]int{}
				}
				s.misses[why]++
				t.Logf("miss %s: %s %q %s: %s", name, h.Date, h.What, strings.TrimSuffix(a, ".md"), why)
			}
		}
		if debug && split {
			var b strings.Builder
			fmt.Fprintf(&b, "split %s: %s %q %d/%d articles in %s", name, h.Date, h.What, bestN, len(arts), tl.Events[best].ID)
			for i := range tl.Events {
				ev := &tl.Events[i]
				if !compatible(h.Date, ev.Date) {
					continue
				}
				var in []string
				for _, a := range arts {
					if cites(ev, a) {
						in = append(in, strings.TrimSuffix(a, ".md"))
					}
				}
				if len(in) > 0 {
					fmt.Fprintf(&b, "\n    %s %s %q %v", ev.ID, ev.Date, ev.Title, in)
				}
			}
			t.Log(b.String())
		}
	}
	for i := range tl.Events {
		ev := &tl.Events[i]
		var arts []string
		for _, src := range ev.Sources {
			if !slices.Contains(arts, src.Article) {
				arts = append(arts, src.Article)
			}
		}
		// The gold happenings compatible with the event's date that each
		// of its articles reports.
		haps := make([][]int, len(arts))
		for k, a := range arts {
			for j, h := range g.Happenings {
				if slices.Contains(hArts[j], a) && compatible(h.Date, ev.Date) {
					haps[k] = append(haps[k], j)
				}
			}
		}
		for k := range arts {
			for l := k + 1; l < len(arts); l++ {
				if haps[k] == nil || haps[l] == nil {
					s.unjudged++
					continue
				}
				s.pairs++
				if slices.ContainsFunc(haps[k], func(j int) bool { return slices.Contains(haps[l], j) }) {
					s.paired++
				} else if debug {
					t.Logf("false pair %s: %s %s %q: %s / %s", name, ev.ID, ev.Date, ev.Title, arts[k], arts[l])
				}
			}
		}
	}
}

// mergeMiss says why the best event of a gold happening dated gold does
// not cite article art, for DATELINE_NEWSROOM_SPLITS=1: by the events that
// cite the article within a day of the happening's days, "same day" when
// their date is compatible with the gold's (a split) and "a day off"
// otherwise, or at a coarser date that holds the gold's ("coarser"), each
// a statement or a happening by its event's id; with none
// such, whether the article is of the happening's days (its own news not
// placed) or later (a retelling not placed), or cites nothing at all.
func mergeMiss(tl *timeline.Timeline, gold, art string) string {
	gf, gl, ok := goldSpan(gold)
	if !ok {
		return "gold date unread"
	}
	var near []string
	cited := false
	for i := range tl.Events {
		ev := &tl.Events[i]
		if !slices.ContainsFunc(ev.Sources, func(src timeline.Source) bool { return src.Article == art }) {
			continue
		}
		cited = true
		what := "happening"
		if strings.Contains(ev.ID, "-statement") {
			what = "statement"
		}
		when := "same day"
		switch d := ev.Date.First(); {
		case ev.Date.Gran < timeline.Day && compatible(gold, ev.Date):
			// A coarser date that holds the happening's ("in March").
			when = "coarser"
		case ev.Date.Gran < timeline.Day || d.Before(gf.AddDate(0, 0, -1)) || d.After(gl.AddDate(0, 0, 1)):
			continue
		case !compatible(gold, ev.Date):
			when = "a day off"
		}
		if w := when + " " + what; !slices.Contains(near, w) {
			near = append(near, w)
		}
	}
	if len(near) > 0 {
		slices.Sort(near)
		return "in " + strings.Join(near, " + ")
	}
	if !cited {
		return "article cites nothing"
	}
	for _, a := range tl.Articles {
		if a.Path == art && !a.Published.IsZero() && !a.Published.First().After(gl.AddDate(0, 0, 1)) {
			return "not placed, article of its days"
		}
	}
	return "not placed, later article"
}

// milli is x in thousandths, rounded: how a share is printed and floored.
func milli(x float64) int { return int(math.Round(1000 * x)) }

// writeNewsroomJSON writes tl as `dateline extract --format json` does.
func writeNewsroomJSON(t *testing.T, file string, tl *timeline.Timeline) {
	t.Helper()
	var b bytes.Buffer
	if err := site.WriteJSON(&b, tl); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestNewsroomSets(t *testing.T) {
	root := filepath.Join(testdir.Root(t), "testdata", "newsroom")
	// A set without a floor would be read by nobody: every folder has one.
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() && !slices.ContainsFunc(newsroomFloors, func(f newsroomFloor) bool { return f.set == d.Name() }) {
			t.Errorf("testdata/newsroom/%s has no floor in newsroomFloors", d.Name())
		}
	}
	for _, fl := range newsroomFloors {
		t.Run(fl.set, func(t *testing.T) {
			dir := filepath.Join(root, fl.set)
			var set newsroomSet
			readYAML(t, filepath.Join(dir, "set.yaml"), &set)
			now, err := time.Parse(time.DateOnly, set.Now)
			if err != nil || len(set.Stories) == 0 {
				t.Fatalf("%s/set.yaml: now %q (%v), %d stories", fl.set, set.Now, err, len(set.Stories))
			}
			b, err := os.ReadFile(filepath.Join(dir, "errors.json"))
			if err != nil {
				t.Fatal(err)
			}
			var errs []newsroomError
			if err := json.Unmarshal(b, &errs); err != nil {
				t.Fatalf("%s/errors.json: %v", fl.set, err)
			}
			for _, e := range errs {
				if !slices.Contains(set.Stories, e.Story) {
					t.Errorf("%s/errors.json: story %q is not in set.yaml", fl.set, e.Story)
				}
			}
			titles := readTitleLabels(t, dir)
			var tab strings.Builder
			fmt.Fprintf(&tab, "%-13s %6s %5s %10s %15s %14s %6s %6s %6s %14s\n",
				"story", "events", "keys", "errs still", "goldkey marked", "off-gold keys", "top P", "top R", "top F1", "supported")
			var sum newsroomScore
			f1 := 0.0
			for _, story := range set.Stories {
				s := scoreNewsroomStory(t, dir, fl.set, story, now, errs, titles)
				fmt.Fprintf(&tab, "%-13s %6d %5d %4d/%-5d %7d/%-7d %6d/%-7d %6.3f %6.3f %6.3f %7d/%-6d\n",
					story, s.events, s.keys, s.still, s.errors, s.marked, s.keyDays, s.offGold, s.keys, s.topP, s.topR, s.topF, s.supported, s.events)
				sum.events += s.events
				sum.keys += s.keys
				sum.still += s.still
				sum.errors += s.errors
				sum.marked += s.marked
				sum.keyDays += s.keyDays
				sum.offGold += s.offGold
				sum.supported += s.supported
				sum.multi += s.multi
				sum.recallSum += s.recallSum
				sum.pairs += s.pairs
				sum.paired += s.paired
				sum.unjudged += s.unjudged
				sum.splits += s.splits
				for why, n := range s.misses {
					if sum.misses == nil {
						sum.misses = map[string]int{}
					}
					sum.misses[why] += n
				}
				sum.badTitles += s.badTitles
				sum.unlabelled += s.unlabelled
				f1 += s.topF
			}
			meanF1 := f1 / float64(len(set.Stories))
			supp := float64(sum.supported) / float64(max(sum.events, 1))
			fmt.Fprintf(&tab, "mean top F1 %.3f; errors still %d/%d; gold key days marked %d/%d; off-gold keys %d/%d; supported %d/%d (%.3f)",
				meanF1, sum.still, sum.errors, sum.marked, sum.keyDays, sum.offGold, sum.keys, sum.supported, sum.events, supp)
			recall := sum.recallSum / float64(max(sum.multi, 1))
			prec := float64(sum.paired) / float64(max(sum.pairs, 1))
			fmt.Fprintf(&tab, "\nmerge recall %.3f over %d happenings several articles report (%d split); pair precision %.3f (%d/%d cross-article pairs; %d not judged)",
				recall, sum.multi, sum.splits, prec, sum.paired, sum.pairs, sum.unjudged)
			if len(sum.misses) > 0 {
				whys := slices.Sorted(maps.Keys(sum.misses))
				slices.SortStableFunc(whys, func(a, b string) int { return sum.misses[b] - sum.misses[a] })
				fmt.Fprintf(&tab, "\nmerge misses by why:")
				for _, why := range whys {
					fmt.Fprintf(&tab, " %d %s;", sum.misses[why], why)
				}
			}
			if titles != nil {
				fmt.Fprintf(&tab, "\ntitles labelled unpublishable %d/%d events; %d titles no label names (read them)", sum.badTitles, sum.events, sum.unlabelled)
				if c, ok := newsroomTitleCeilings[fl.set]; !ok {
					t.Errorf("%s has labels.json but no ceiling in newsroomTitleCeilings", fl.set)
				} else if sum.badTitles > c {
					t.Errorf("%s: %d events titled as the set's reader labelled unpublishable (ceiling %d)", fl.set, sum.badTitles, c)
				}
			}
			t.Logf("%s (--now %s)\n%s", fl.set, set.Now, tab.String())
			if milli(recall) < milli(fl.minRecall) {
				t.Errorf("%s: merge recall %.3f (floor %.3f)", fl.set, recall, fl.minRecall)
			}
			if milli(prec) < milli(fl.minPrec) {
				t.Errorf("%s: pair precision %.3f (floor %.3f)", fl.set, prec, fl.minPrec)
			}
			if sum.still > fl.maxStill {
				t.Errorf("%s: %d known wrong dates still on the timeline (at most %d)", fl.set, sum.still, fl.maxStill)
			}
			if milli(meanF1) < milli(fl.minTopF1) {
				t.Errorf("%s: mean --top date F1 %.3f (floor %.3f)", fl.set, meanF1, fl.minTopF1)
			}
			if sum.marked < fl.minMarked {
				t.Errorf("%s: %d gold key days marked key (floor %d)", fl.set, sum.marked, fl.minMarked)
			}
			if u := sum.events - sum.supported; u > fl.maxUnsupp {
				t.Errorf("%s: %d events dated as no gold happening of their articles supports (ceiling %d)", fl.set, u, fl.maxUnsupp)
			}
		})
	}
}
