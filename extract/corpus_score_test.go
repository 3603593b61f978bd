package extract_test

// Scores of cross-document event merging on two annotated corpora under
// ../shared/corpora (see its README.md). Print just the figures with
//
//	go test -count=1 -v -run 'TestECBPlus|TestSemEval' ./extract
//
// and set DATELINE_SCORE_DEBUG=1 to also dump, per gold happening, the
// events that cite its sentences.

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/timeline"
)

// Floors of the figures below, set just under what the extractor scores
// today; raise them as it improves. When this harness came, macro recall was
// 0.243 and SemEval 12 (precision rested on a single pair). With events
// merged by what their sentences say (issue 13): recall 0.54, precision
// 0.92 over 883 pairs, SemEval 17; then recall 0.57, precision 0.91 over
// 1058 pairs, dates 169 and 128; then recall 0.68, precision 0.90 over 1985
// pairs, dates 178 and 136, SemEval 22; then (leads past time stamps,
// dates of relative clauses, demonyms and nationalities) recall 0.710,
// precision 0.900 over 2299 pairs; then 0.711 and 0.895 over 2332 pairs,
// when the tagger read "checked into the Betty Ford Clinic in Rancho
// Mirage, Calif., on Thursday night" in a Friday story as the Thursday just
// past, not a week ahead: the report left a wrong date for the other
// check-in of that Thursday, which ECB+ counts as another happening. Then
// 0.715 and 0.906 over 2329 pairs, once a statement of the happening's own
// day was joined to the cluster it shares a name with that half the
// articles use ("Betty Ford"), not to the other clinic's. Then 0.704 and
// 0.908 over 2308 pairs, dates 178 and 136, once a date of a relative
// clause no longer dated a main clause that has a day of its own ("An
// employee who was fired last week shot ... Monday" had been dated last
// week, in a cluster of that week that took in reports of the Monday
// shooting and arrest: recall fell where the wrong date had gathered
// them). Then 0.724 and 0.911 over 2472 pairs, dates 176 and 133, once
// reports of one day that name the same kind of happening in other words
// ("opened fire", "shot") were joined at a lower cosine: three happenings
// lost their best event's date, each to a cluster ECB+'s own metadata
// dates wrongly (an article a week late; leads dated by a publication two
// days after the deaths they report), which grew or won a tie. The
// generated archive's story recall rose 0.953 -> 0.977, cross-thread pairs
// unchanged at 0.018. Then 0.730 and 0.910 over 2496 pairs, once a place's
// short form named the place ("Mich." in a headline set it apart from the
// Michigan shooting its day's leads reported). Then 0.718 and 0.927 over
// 2282 pairs, dates 179 and 134, once a headline's first word counted as a
// name ("Lindenfield fire: 7 people evacuated" had joined the Upland Ridge
// fire of the generated archive; in ECB+ "Millom double murder" and
// "Cumbria double murder", a town and its county, are now set apart): fewer
// false pairs for a few more misses, correct before complete. The targets are
// targetRecall and targetPrecision. The precision floor is only checked
// once there are minPairs cross-article pairs to judge: over a handful it
// says nothing. The date floors are counts of gold happenings whose best
// event's date contains the gold date: a merge that moves a happening to a
// wrong date must not pass unseen.
const (
	floorRecall    = 0.72 // ECB+ macro merge recall (0.722 at 1fdf71a)
	floorPrecision = 0.90 // ECB+ cross-article pair precision (see below)
	minPairs       = 20
	floorSemEval   = 22 // SemEval happenings out as one event with the gold date

	floorDates      = 176 // ECB+ dated happenings whose best event's date contains the gold date
	floorDatesMulti = 133 // the same, of those reported by several articles

	targetRecall    = 0.70
	targetPrecision = 0.90
)

// debugScores reports whether DATELINE_SCORE_DEBUG=1 asks for the dump of
// every gold happening's events.
func debugScores() bool { return os.Getenv("DATELINE_SCORE_DEBUG") == "1" }

// ecbHappening is one gold event of a topic's gold_clusters.json: the
// mentions of one happening, linked within and across articles by ECB+
// (Cybulska and Vossen, LREC 2014), with the date the Event StoryLine
// Corpus (Caselli and Vossen, 2017) links it to, when it has one.
type ecbHappening struct {
	ID         string       `json:"id"`
	Descriptor string       `json:"descriptor"`
	NDocs      int          `json:"n_docs"`
	Date       string       `json:"date"`
	Text       string       `json:"text"`
	Mentions   []ecbMention `json:"mentions"`
}

// ecbMention is one mention: Sentence is the line of the article file that
// holds it, 1 being the title line.
type ecbMention struct {
	File     string `json:"file"`
	Sentence int    `json:"sentence"`
	Trigger  string `json:"trigger"`
}

// lines returns the distinct article lines of h's mentions.
func (h *ecbHappening) lines() []artLine {
	var out []artLine
	for _, m := range h.Mentions {
		out = append(out, artLine{m.File, m.Sentence})
	}
	slices.SortFunc(out, func(a, b artLine) int { return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line)) })
	return slices.Compact(out)
}

// articles returns the distinct articles of lines, sorted.
func articles(lines []artLine) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.file)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mergeScore holds the counts of the ECB+ merge scores for one topic or
// for all.
type mergeScore struct {
	// Merge recall. For each gold happening whose mentions lie in ≥2
	// articles: best is the most articles one event covers, an article
	// counting when the event has a source on one of the happening's
	// mention lines in it; recall is best over the happening's articles.
	happenings int     // multi-article gold happenings
	recallSum  float64 // sum of best/articles (macro)
	best       int     // sum of best (micro numerator)
	articles   int     // sum of articles (micro denominator)

	// Pair precision. Over every event, every pair of its cited lines in
	// two different articles, both annotated (a mention line of some gold
	// happening): correct when the two lines share a gold happening. A
	// line cited by several sources of one event counts once.
	pairs, correct int

	// Dates. For each gold happening with a date (multi-article ones in
	// the *Multi counts), whether its best event's date (or span) contains
	// the gold date, and whether it is the gold date exactly.
	dated, dateContains, dateExact          int
	datedMulti, dateContainsMulti, dateExMu int

	events, sources, multiEvents int // events, their sources, events citing ≥2 articles
}

func (s *mergeScore) add(o mergeScore) {
	s.happenings += o.happenings
	s.recallSum += o.recallSum
	s.best += o.best
	s.articles += o.articles
	s.pairs += o.pairs
	s.correct += o.correct
	s.dated += o.dated
	s.dateContains += o.dateContains
	s.dateExact += o.dateExact
	s.datedMulti += o.datedMulti
	s.dateContainsMulti += o.dateContainsMulti
	s.dateExMu += o.dateExMu
	s.events += o.events
	s.sources += o.sources
	s.multiEvents += o.multiEvents
}

// recall is the macro average of the per-happening merge recall.
func (s *mergeScore) recall() float64 { return ratio(s.recallSum, float64(s.happenings)) }

// microRecall is the articles covered by best events over all articles of
// multi-article happenings.
func (s *mergeScore) microRecall() float64 { return ratio(float64(s.best), float64(s.articles)) }

// precision is the share of correct cross-article pairs of annotated lines.
func (s *mergeScore) precision() float64 { return ratio(float64(s.correct), float64(s.pairs)) }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// bestEvent returns the event (index into p.events) whose sources cover the
// most articles on the happening's lines, and that count; -1 and 0 when no
// event cites any of them. Ties go to the event citing more of the lines,
// then to the earlier one in timeline order.
func bestEvent(lines []artLine, p *placement) (int, int) {
	arts := map[int]map[string]bool{}
	hits := map[int]int{}
	for _, l := range lines {
		for _, e := range p.byLine[l] {
			if arts[e] == nil {
				arts[e] = map[string]bool{}
			}
			arts[e][l.file] = true
			hits[e]++
		}
	}
	best, n := -1, 0
	for e, a := range arts {
		if len(a) > n || len(a) == n && (hits[e] > hits[best] || hits[e] == hits[best] && e < best) {
			best, n = e, len(a)
		}
	}
	return best, n
}

// covers reports whether e's date, or its span when it has an end,
// contains every day of g.
func covers(e *timeline.Event, g timeline.Date) bool {
	if e.Date.Contains(g) {
		return true
	}
	return !e.End.IsZero() && !g.First().Before(e.Date.First()) && !g.Last().After(e.End.Last())
}

// scoreMerging scores one topic's placed events against its gold happenings.
func scoreMerging(t testing.TB, gold []ecbHappening, p *placement) mergeScore {
	var s mergeScore
	s.events = len(p.events)
	for _, e := range p.events {
		s.sources += len(e.ev.Sources)
		if len(articles(e.lines)) >= 2 {
			s.multiEvents++
		}
	}

	// Merge recall and dates.
	for i := range gold {
		h := &gold[i]
		lines := h.lines()
		n := len(articles(lines))
		best, covered := bestEvent(lines, p)
		multi := n >= 2
		if multi {
			s.happenings++
			s.best += covered
			s.articles += n
			s.recallSum += float64(covered) / float64(n)
		}
		if h.Date == "" {
			continue
		}
		g, err := timeline.ParseDate(h.Date)
		if err != nil {
			t.Errorf("%s: gold date %q: %v", h.Descriptor, h.Date, err)
			continue
		}
		s.dated++
		if multi {
			s.datedMulti++
		}
		if best < 0 {
			continue
		}
		e := p.events[best].ev
		if covers(e, g) {
			s.dateContains++
			if multi {
				s.dateContainsMulti++
			}
		}
		if e.Date == g {
			s.dateExact++
			if multi {
				s.dateExMu++
			}
		}
	}

	// Pair precision over annotated lines.
	haps := map[artLine][]int{} // annotated line -> gold happenings on it
	for i := range gold {
		for _, l := range gold[i].lines() {
			haps[l] = append(haps[l], i)
		}
	}
	for _, e := range p.events {
		var ann []artLine
		for _, l := range e.lines {
			if haps[l] != nil {
				ann = append(ann, l)
			}
		}
		for i, a := range ann {
			for _, b := range ann[i+1:] {
				if a.file == b.file {
					continue
				}
				s.pairs++
				if slices.ContainsFunc(haps[a], func(h int) bool { return slices.Contains(haps[b], h) }) {
					s.correct++
				} else if debugScores() {
					ids := func(hs []int) []string {
						var out []string
						for _, h := range hs {
							out = append(out, gold[h].ID)
						}
						return out
					}
					t.Logf("false pair in %s: %s:%d %v / %s:%d %v", e.ev.ID, a.file, a.line, ids(haps[a]), b.file, b.line, ids(haps[b]))
				}
			}
		}
	}
	return s
}

// readECBGold reads a topic's gold_clusters.json.
func readECBGold(t testing.TB, file string) []ecbHappening {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var gold []ecbHappening
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return gold
}

// ecbTopics lists the topic folders of the corpus in numeric order.
func ecbTopics(t testing.TB, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var topics []string
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err == nil && e.IsDir() {
			topics = append(topics, e.Name())
		}
	}
	slices.SortFunc(topics, func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return cmp.Compare(x, y)
	})
	if len(topics) == 0 {
		t.Fatalf("no topics in %s", dir)
	}
	return topics
}

// TestECBPlusMerging scores how Extract merges the reports of one happening
// across articles, on the 22 topics of ECB+ (Cybulska and Vossen, LREC
// 2014) with the Event StoryLine Corpus's dates (Caselli and Vossen, 2017):
// each topic's articles are one story. The measures are on sentences, not
// on event mentions: a timeline source counts for a gold happening when it
// sits on a line the annotators marked with a mention of it (see
// mergeScore). They are not the MUC/B³/CEAF-e figures of the literature.
func TestECBPlusMerging(t *testing.T) {
	root := testdir.Shared(t, "corpora/ecbplus-esc/topics")
	var total mergeScore
	var placedAll placement
	var misses missCounts
	t.Logf("%-6s %8s %6s %9s %8s %6s %10s", "topic", "articles", "events", "≥2 arts", "merge-h", "recall", "precision (pairs)")
	for _, topic := range ecbTopics(t, root) {
		dir := filepath.Join(root, topic)
		st := readStory(t, filepath.Join(dir, "articles"))
		gold := readECBGold(t, filepath.Join(dir, "gold_clusters.json"))
		for _, h := range gold {
			for _, m := range h.Mentions {
				if _, ok := st.lines[m.File][m.Sentence]; !ok {
					t.Errorf("topic %s: %s: mention %q on %s:%d, a line the reader did not keep", topic, h.Descriptor, m.Trigger, m.File, m.Sentence)
				}
			}
		}
		p := st.placeAll()
		placedAll.addCounts(p)
		s := scoreMerging(t, gold, p)
		total.add(s)
		misses.add(classifyMisses(t, topic, gold, st, p))
		t.Logf("%-6s %8d %6d %9d %8d %6.2f %6.2f (%d)", topic, len(st.docs), s.events, s.multiEvents, s.happenings, s.recall(), s.precision(), s.pairs)
		if debugScores() {
			dumpECB(t, topic, gold, st, p)
		}
	}
	checkPlaced(t, "ECB+", &placedAll)
	t.Logf("ECB+: %d events, %d sources, %d events citing ≥2 articles", total.events, total.sources, total.multiEvents)
	t.Logf("ECB+ dates: best event's date contains the gold date for %d of %d dated happenings (%.2f; exactly %d), %d of %d multi-article ones (%.2f; exactly %d)",
		total.dateContains, total.dated, ratio(float64(total.dateContains), float64(total.dated)), total.dateExact,
		total.dateContainsMulti, total.datedMulti, ratio(float64(total.dateContainsMulti), float64(total.datedMulti)), total.dateExMu)
	t.Logf("ECB+ merge recall %.3f (micro %.3f) pair precision %.3f over %d happenings, %d pairs (target: recall %.2f, precision %.2f)",
		total.recall(), total.microRecall(), total.precision(), total.happenings, total.pairs, targetRecall, targetPrecision)
	logMisses(t, misses, total.happenings, total.recall())
	if r := total.recall(); r < floorRecall {
		t.Errorf("ECB+ merge recall %.3f, below the floor %.2f", r, floorRecall)
	}
	if p := total.precision(); total.pairs >= minPairs && p < floorPrecision {
		t.Errorf("ECB+ pair precision %.3f over %d pairs, below the floor %.2f", p, total.pairs, floorPrecision)
	}
	if total.dateContains < floorDates || total.dateContainsMulti < floorDatesMulti {
		t.Errorf("ECB+ dates: %d (%d multi-article) happenings with the gold date in their best event's, below the floors %d (%d)",
			total.dateContains, total.dateContainsMulti, floorDates, floorDatesMulti)
	}
}

// eventLabel names an event for the dumps: its id and date (and end).
func eventLabel(e *timeline.Event) string {
	if !e.End.IsZero() {
		return fmt.Sprintf("%s [%s..%s]", e.ID, e.Date, e.End)
	}
	return fmt.Sprintf("%s [%s]", e.ID, e.Date)
}

// citing lists the events citing line l, or "(no source on gold line)".
func citing(p *placement, l artLine) string {
	var out []string
	for _, e := range p.byLine[l] {
		out = append(out, eventLabel(p.events[e].ev))
	}
	if len(out) == 0 {
		return "(no source on gold line)"
	}
	return strings.Join(out, ", ")
}

// dumpECB logs, for each multi-article gold happening of a topic, the
// events that cite each of its mention lines, with the line's text.
func dumpECB(t testing.TB, topic string, gold []ecbHappening, st *story, p *placement) {
	t.Helper()
	for i := range gold {
		h := &gold[i]
		lines := h.lines()
		n := len(articles(lines))
		if n < 2 {
			continue
		}
		best, covered := bestEvent(lines, p)
		bl := "none"
		if best >= 0 {
			bl = eventLabel(p.events[best].ev)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "topic %s: %s (gold date %q): %d of %d articles, best %s", topic, h.Descriptor, h.Date, covered, n, bl)
		for _, l := range lines {
			fmt.Fprintf(&b, "\n    %s: %s\n        %s", l, citing(p, l), st.lines[l.file][l.line])
		}
		t.Log(b.String())
	}
}

// semHappening is one entry of SemEval-2015 Task 4's gold timelines
// (Minard et al., 2015): a happening, its date, and its mentions as
// "docid-sentence-word", possibly in several articles.
type semHappening struct {
	Date     string   `json:"date"`
	Text     string   `json:"text"`
	Event    []string `json:"event"`
	Mentions []string `json:"mentions"`
	Entities []string `json:"entities"`
}

// semLine maps a SemEval sentence number to the line of the article file.
// In the task's documents sentence 0 is the title, which the .txt does not
// hold (sources.yaml gives it: line 0, see story.place), and sentence 1 is
// the date, the file's first line; the file's second line is blank, so
// sentence n is line n+1. The test checks it: each mention's word must be
// on its line.
func semLine(sentence int) int {
	if sentence == 0 {
		return 0
	}
	return sentence + 1
}

// semMention is a gold mention placed on a line of an article file.
type semMention struct {
	at   artLine
	word string
}

// placeSemMentions places the mentions of h in st; mentions naming an
// article the corpus does not hold are returned in missing.
func placeSemMentions(t testing.TB, st *story, h *semHappening) (placed []semMention, missing []string) {
	t.Helper()
	for _, m := range h.Mentions {
		parts := strings.SplitN(m, "-", 3)
		if len(parts) != 3 {
			t.Errorf("mention %q: want docid-sentence-word", m)
			continue
		}
		n, err := strconv.Atoi(parts[1])
		if err != nil {
			t.Errorf("mention %q: %v", m, err)
			continue
		}
		var file string
		for p := range st.docs {
			if strings.HasPrefix(p, parts[0]+"_") {
				file = p
			}
		}
		if file == "" {
			missing = append(missing, m)
			continue
		}
		placed = append(placed, semMention{artLine{file, semLine(n)}, parts[2]})
	}
	return placed, missing
}

// TestSemEvalTimeline runs Extract over the 30 Wikinews articles of the
// SemEval-2015 Task 4 trial corpus (Minard et al., 2015) as one story and
// counts the gold happenings that come out as one event: an event citing
// the sentences of all the happening's mentions, dated on the gold date
// (the same day, or within the gold month or year when the gold is
// coarser).
func TestSemEvalTimeline(t *testing.T) {
	dir := testdir.Shared(t, "corpora/semeval2015-apple")
	st := readStory(t, filepath.Join(dir, "articles"))
	b, err := os.ReadFile(filepath.Join(dir, "gold_timeline_detailed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold []semHappening
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	p := st.placeAll()
	checkPlaced(t, "SemEval", p)

	var (
		n, one, some, cited int // happenings, as one dated event, ≥1 mention in a dated event, ≥1 mention cited at all
		multi, multiOne     int // reported by ≥2 articles; as one dated event
		words, wordsOn      int // mentions placed; whose word is on the line
	)
	for i := range gold {
		h := &gold[i]
		if h.Date == "" {
			continue
		}
		g, err := timeline.ParseDate(h.Date)
		if err != nil {
			t.Errorf("gold date %q: %v", h.Date, err)
			continue
		}
		ms, missing := placeSemMentions(t, st, h)
		if len(missing) > 0 {
			t.Logf("SemEval: %q (%s): mentions %v name no article of the corpus", h.Text, h.Date, missing)
		}
		if len(ms) == 0 {
			continue
		}
		var lines []artLine
		for _, m := range ms {
			words++
			text := strings.ToLower(st.lines[m.at.file][m.at.line])
			if !slices.ContainsFunc(strings.Split(strings.ToLower(m.word), "_"), func(w string) bool { return !strings.Contains(text, w) }) {
				wordsOn++
			}
			lines = append(lines, m.at)
		}
		slices.SortFunc(lines, func(a, b artLine) int { return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line)) })
		lines = slices.Compact(lines)
		n++
		isMulti := len(articles(lines)) >= 2
		if isMulti {
			multi++
		}
		// Events citing any mention line, and how many of the lines each cites.
		hits := map[int]int{}
		for _, l := range lines {
			for _, e := range p.byLine[l] {
				hits[e]++
			}
		}
		var asOne, withDate bool
		for e, k := range hits {
			if !g.Contains(p.events[e].ev.Date) {
				continue
			}
			withDate = true
			if k == len(lines) {
				asOne = true
			}
		}
		if len(hits) > 0 {
			cited++
		}
		if withDate {
			some++
		}
		if asOne {
			one++
			if isMulti {
				multiOne++
			}
		}
		if debugScores() {
			var sb strings.Builder
			fmt.Fprintf(&sb, "SemEval %s %q: one event %v", h.Date, h.Text, asOne)
			for _, l := range lines {
				fmt.Fprintf(&sb, "\n    %s: %s\n        %s", l, citing(p, l), st.lines[l.file][l.line])
			}
			t.Log(sb.String())
		}
	}
	if words > 0 && float64(wordsOn) < 0.99*float64(words) {
		t.Errorf("SemEval: only %d of %d mention words are on the line their sentence number maps to", wordsOn, words)
	}
	t.Logf("SemEval: %d events, %d sources; %d of %d gold happenings cited by some event", len(p.events), p.sources, cited, n)
	t.Logf("SemEval: %d of %d gold happenings come out as one event with the gold date (%d with ≥1 mention, %d reported by ≥2 articles: %d as one event)",
		one, n, some, multi, multiOne)
	if one < floorSemEval {
		t.Errorf("SemEval: %d happenings as one event with the gold date, below the floor %d", one, floorSemEval)
	}
}
