package extract_test

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/timeline"
)

// story is a folder of articles read exactly as `dateline extract DIR` reads
// it (internal/corpus, sources.yaml beside the .txt files, UTC), and the
// timeline Extract makes of it.
type story struct {
	docs map[string]*corpus.Document // by Article.Path (the file name)
	// lines[path][n] is the text of line n of the article file (1-based),
	// as Extract received it; lines the reader left out are absent.
	lines map[string]map[int]string
	tl    *timeline.Timeline
}

// readStory reads the articles of dir and runs Extract over all of them as
// one story. Any article the reader refuses fails the test: the scores
// would otherwise silently cover fewer articles.
func readStory(t testing.TB, dir string) *story {
	t.Helper()
	docs, problems := corpus.Read([]string{dir}, corpus.Options{})
	for _, p := range problems {
		t.Errorf("reading %s: %v", dir, p)
	}
	if len(docs) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	s := &story{docs: map[string]*corpus.Document{}, lines: map[string]map[int]string{}}
	xdocs := make([]extract.Doc, len(docs))
	for i := range docs {
		d := &docs[i]
		xdocs[i] = extract.Doc{Article: d.Article, Text: d.Text}
		s.docs[d.Article.Path] = d
		s.lines[d.Article.Path] = fileLines(d)
	}
	var diags []extract.Diagnostic
	s.tl, diags = extract.Extract(xdocs, extract.Options{})
	checkSourcesAgree(t, dir, s.tl)
	// An article skipped on an internal error would silently lower every
	// score: it fails the test instead.
	for _, d := range diags {
		if strings.Contains(d.Reason, "internal error") {
			t.Errorf("%s: %s", d.Article, d.Reason)
		}
	}
	return s
}

// fileLines maps each line of d.Text back to the line of the file it came
// from. The .txt reader keeps every non-blank line, so the file's title line
// is line 1 and blank lines are skipped but still counted.
func fileLines(d *corpus.Document) map[int]string {
	out := map[int]string{0: d.Article.Title} // line 0: the title of the front matter or sources.yaml
	off := 0
	for l := range strings.Lines(d.Text) {
		out[d.Line(off)] += strings.TrimSuffix(l, "\n")
		off += len(l)
	}
	return out
}

// artLine is one line of one article file.
type artLine struct {
	file string
	line int
}

func (a artLine) String() string { return a.file + ":" + strconv.Itoa(a.line) }

// How a source was placed on a line of its article file.
const (
	byOffset = iota // corpus.Document.Line(Source.Offset), and the line holds Source.Sentence
	byText          // the line at the offset does not hold the sentence; the (nearest) line that does
	unplaced        // no line holds the sentence
)

// fold folds runs of white space into one space, as Source.Sentence is
// written.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// place finds the line of the article file that a source's sentence sits
// on. Source.Offset is a byte offset into the text Extract received, which
// is corpus.Document.Text, so Document.Line gives the file's line directly;
// the line must also hold Source.Sentence, which guards against offsets
// that are not where the sentence is (an undated "published" source, an
// offset of another text). When it does not, the line holding the sentence
// is searched for, the nearest to the offset's line winning.
func (s *story) place(src timeline.Source) (artLine, int) {
	d := s.docs[src.Article]
	if d == nil {
		return artLine{}, unplaced
	}
	lines := s.lines[src.Article]
	sent := fold(src.Sentence)
	if src.Offset < 0 {
		// The headline, which Extract reads before a text that does not
		// open with it: line 0, the title of the front matter or of
		// sources.yaml.
		if sent != "" && strings.Contains(fold(d.Article.Title), sent) {
			return artLine{src.Article, 0}, byOffset
		}
		return artLine{}, unplaced
	}
	l := d.Line(src.Offset)
	if sent != "" && strings.Contains(fold(lines[l]), sent) {
		return artLine{src.Article, l}, byOffset
	}
	best := 0
	for n, text := range lines {
		if sent == "" || !strings.Contains(fold(text), sent) {
			continue
		}
		if best == 0 || abs(n-l) < abs(best-l) || abs(n-l) == abs(best-l) && n < best {
			best = n
		}
	}
	if best == 0 {
		return artLine{}, unplaced
	}
	return artLine{src.Article, best}, byText
}

func abs(n int) int { return max(n, -n) }

// placedEvent is a timeline event with its sources placed on article lines.
type placedEvent struct {
	ev    *timeline.Event
	lines []artLine // distinct, sorted
}

// placement is every event of a story placed on lines, with counts of how
// the sources were placed.
type placement struct {
	events []placedEvent
	// byLine lists the events (indexes into events) citing each line.
	byLine  map[artLine][]int
	counts  [3]int // sources by byOffset, byText, unplaced
	sources int
}

// placeAll places every source of every event of s.
func (s *story) placeAll() *placement {
	p := &placement{byLine: map[artLine][]int{}}
	for i := range s.tl.Events {
		e := &s.tl.Events[i]
		pe := placedEvent{ev: e}
		for _, src := range e.Sources {
			al, how := s.place(src)
			p.counts[how]++
			p.sources++
			if how != unplaced {
				pe.lines = append(pe.lines, al)
			}
		}
		slices.SortFunc(pe.lines, func(a, b artLine) int { return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line)) })
		pe.lines = slices.Compact(pe.lines)
		for _, al := range pe.lines {
			p.byLine[al] = append(p.byLine[al], len(p.events))
		}
		p.events = append(p.events, pe)
	}
	return p
}

// addCounts adds o's source counts to p's (events are not merged).
func (p *placement) addCounts(o *placement) {
	for i := range p.counts {
		p.counts[i] += o.counts[i]
	}
	p.sources += o.sources
}

// checkPlaced fails the test unless at least 99% of the sources were placed
// on a line of their article, and logs how.
func checkPlaced(t testing.TB, name string, p *placement) {
	t.Helper()
	placed := p.counts[byOffset] + p.counts[byText]
	t.Logf("%s: %d sources placed on their article's line: %d by offset, %d by sentence text, %d not placed",
		name, p.sources, p.counts[byOffset], p.counts[byText], p.counts[unplaced])
	if p.sources > 0 && float64(placed) < 0.99*float64(p.sources) {
		t.Errorf("%s: only %d of %d sources placed on a line of their article (want ≥99%%)", name, placed, p.sources)
	}
}
