package extract

import (
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/ordered"
	"github.com/dateline-news/dateline/internal/policy"
	"github.com/dateline-news/dateline/internal/wordset"
	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// Doc is one article to extract events from: its metadata (Published is
// the anchor of every relative expression) and its plain text, one block
// per line.
type Doc struct {
	Article timeline.Article
	Text    string
	// Filed is when the article was filed, where it was written, when its
	// date gave a time of day on its publication day ("2025-08-04T19:40:00
	// +02:00"); else zero. A clock time of that day later than it cannot
	// be a past one of that day ("after the bomb went off shortly before
	// 7:45 pm", filed at 19:40, tells of the evening before).
	Filed time.Time
	// live is the entries of a live blog of days before its page's
	// (liveblog.go), found by Analyze.
	live []liveSpan
	// asides are the days that asides of a thing put out date in the
	// sentences of the article's top (leadAsides), found by Analyze.
	asides []leadAside
	// ahead are the starts of the sentences that name a time after the
	// article's publication (aheadSentences), or a time a side clause
	// holds (sideClauseOut), found by Analyze: none is an undated telling.
	ahead []int
}

// Options configures Extract. The zero value uses the built-in tables.
type Options struct {
	// Aliases adds to (or overrides entries of) DefaultAliases.
	Aliases Aliases
	// Places adds to (or overrides entries of) DefaultPlaces.
	Places Places
	// Happenings adds lines to the list of words that name one kind of
	// happening ("attack: bombing blast explosion"), in the form of
	// extract/data/happenings.txt; a line "demonyms Place: form form"
	// adds the words for a place's people to extract/data/demonyms.txt.
	Happenings []string
}

// Diagnostic is an expression Extract saw but did not put on the timeline
// because it could not resolve it safely. It is data, not an error: the run
// goes on.
type Diagnostic struct {
	Article string // article path
	Offset  int    // byte offset of the expression in the article text
	Text    string // the expression as written
	Reason  string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %q: %s", d.Article, d.Text, d.Reason)
}

// sideClauseOut is the reason given when a time under a side clause is
// left out of the clause above it (docCandidatesLow).
const sideClauseOut = "time under a side clause (, saying ... before the end of the year; with a pledge to ... by 2027) under a title of the clause above it, which holds no time, left out"

// withSentenceAt adds to starts (the starts of sentences, in order) the
// start of the sentence of sents that holds byte off, once.
func withSentenceAt(starts []int, sents []sentence, off int) []int {
	i, _ := slices.BinarySearchFunc(sents, off, func(s sentence, off int) int {
		if s.end <= off {
			return -1
		}
		if s.start > off {
			return 1
		}
		return 0
	})
	if i >= len(sents) || sents[i].start > off || off >= sents[i].end {
		return starts
	}
	j, found := slices.BinarySearch(starts, sents[i].start)
	if found {
		return starts
	}
	return slices.Insert(starts, j, sents[i].start)
}

// Extract finds the dated events of docs and merges those that report the
// same happening. The timeline lists every article given, events in date
// order; the same docs give the same timeline, byte for byte once rendered.
// It is an Extractor fed on every core; a caller with more articles than it
// wants in memory at once uses an Extractor itself.
func Extract(docs []Doc, opt Options) (*timeline.Timeline, []Diagnostic) {
	// Work in path order, so the order the caller read the articles in
	// changes nothing.
	docs = slices.Clone(docs)
	slices.SortStableFunc(docs, func(a, b Doc) int { return cmp.Compare(a.Article.Path, b.Article.Path) })
	x := NewExtractor(opt)
	ordered.Run(len(docs), 0, 0, func(i int) *Analysis { return x.Analyze(docs[i]) },
		func(_ int, a *Analysis) { x.Add(a) })
	return x.Timeline()
}

// An Extractor makes one timeline of articles that come one at a time: each
// is analysed on its own (Analyze, on any goroutine, all cores at once),
// then added in path order (Add), which keeps only what the article gives
// the timeline (its dated clauses, and its other sentences numbered and
// compressed), not its text. Timeline merges them. Articles added in path
// order give the same bytes as Extract, on any number of cores.
type Extractor struct {
	g       *gazetteer
	lx      *lexicon
	taggers sync.Pool

	nb       *numberer
	arts     []timeline.Article
	shifts   []int           // by article: Analysis.shift
	newsDays []timeline.Date // by article: the day its own news is dated by (Analysis.news, or its publication)
	cands    [][]candidate   // by article
	und      []undatedSet
	texts    [][]byte // each article's text, compressed, when it has undated sentences
	leaders  map[string]bool
	lower    map[string]bool // the words any article writes in lower case
	urlDiags []Diagnostic    // first, as they always came
	diags    []Diagnostic
	lastPath string
	done     bool
	// rawLeft is how many bytes of text may still be kept as they are:
	// a story's articles are not worth deflating, an archive's are.
	rawLeft atomic.Int64
}

// rawTexts is how many bytes of articles' text an Extractor keeps as they
// are before it deflates them.
const rawTexts = 64 << 20

// A kept text starts with how it is kept: textRaw the text as it is (what
// an Extractor of an earlier build kept raw), textDeflate deflated (see
// compress), textSentences the sentences alone (see appendSentences).
const (
	textRaw       = 0
	textDeflate   = 1
	textSentences = 2
)

// appendSentences appends to b a text kept raw as the sentences of und
// alone, for the merge to lay out again with zeros between (decompress):
// textSentences, end (the text's length) as a uvarint, then each sentence
// as its start (from the one before's, a varint), its length (a uvarint)
// and its bytes. Laid out in full, the zeros of the sentences between and
// of the dated ones were most of a text kept raw, for the whole build.
func appendSentences(b []byte, text string, und []undated, end int) []byte {
	b = binary.AppendUvarint(append(b, textSentences), uint64(end))
	at := 0
	for _, u := range und {
		b = binary.AppendVarint(b, int64(u.sent.start-at))
		b = binary.AppendUvarint(b, uint64(u.sent.end-u.sent.start))
		b = append(b, text[u.sent.start:u.sent.end]...)
		at = u.sent.start
	}
	return b
}

// NewExtractor returns an Extractor with the tables of opt.
func NewExtractor(opt Options) *Extractor {
	aliases := DefaultAliases()
	maps.Copy(aliases, opt.Aliases)
	places := DefaultPlaces()
	maps.Copy(places, opt.Places)
	x := &Extractor{g: newGazetteer(aliases, places), lx: lexiconFor(opt.Happenings),
		nb: newNumberer(), leaders: map[string]bool{}, lower: map[string]bool{}}
	x.rawLeft.Store(rawTexts)
	return x
}

// An Analysis is what one article gives the timeline, made by Analyze.
type Analysis struct {
	art   timeline.Article
	cands []candidate
	und   []undated
	text  []byte // compressed, when und is not empty
	// wl is the words of the bags and names of cands and und when the
	// Analysis was read back (UnmarshalBinary): their says and their
	// bag and names are nil then.
	wl      *keyedWords
	lower   []string // the words it writes in lower case
	leaders []string
	urlDiag *Diagnostic
	diags   []Diagnostic
	// shift is the length of the headline line Analyze put before the
	// text, or 0: offsets in the text as analysed less shift are offsets
	// in the text given.
	shift int
	// news is the day the article's own news is dated by: the day its
	// dateline says it was filed, a day to three before its publication
	// (see filedOn), or zero for its publication day.
	news timeline.Date
}

// Published is the publication day of the article analysed.
func (a *Analysis) Published() timeline.Date { return a.art.Published }

// skippedReason opens the reason of the diagnostic of an article that
// tripped a bug in its analysis: it is on no event.
const skippedReason = "skipped: internal error: "

// Failure returns the diagnostic of an article skipped on an internal
// error, which a caller reports whatever the verbosity asked: the article
// is on no event of the timeline.
func (a *Analysis) Failure() (Diagnostic, bool) {
	for _, d := range a.diags {
		if strings.HasPrefix(d.Reason, skippedReason) {
			return d, true
		}
	}
	return Diagnostic{}, false
}

// Diagnostics are the expressions of the article left off the timeline,
// with offsets into the text Analyze was given.
func (a *Analysis) Diagnostics() []Diagnostic {
	if a.urlDiag != nil {
		return append([]Diagnostic{*a.urlDiag}, a.diags...)
	}
	return a.diags
}

// filedDays is how many days before its publication a dispatch's dateline
// may date it: a wire story filed late is published the next day or two.
const filedDays = 3

// filedOn returns the day a wire dispatch's dateline gives ("NAIROBI,
// Kenya, Aug. 7 (Xinhua) --", "HOUSTON, April 12 (Reuters) -"), read in one
// of the text's first four lines, when it lies within filedDays before
// the publication day pub: the day the dispatch's "today" and "yesterday"
// count from.
func filedOn(text string, tagger *timex.Tagger, pub time.Time) (time.Time, bool) {
	for k, rest := 0, text; k < 4 && rest != ""; {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		if strings.TrimSpace(line) == "" {
			continue
		}
		k++
		if end := datelineEnd(line, 0, len(line)); end > 0 {
			for _, tx := range tagger.Tag(line[:end], pub) {
				d, ok := tx.Val.Date()
				if !ok || d.Gran != timeline.Day {
					continue
				}
				t := d.First()
				if days := pub.Sub(t).Hours() / 24; days >= 1 && days <= filedDays {
					return t, true
				}
			}
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// Analyze tags one article and cuts it into candidates. It may be called
// on several goroutines at once; the Analysis holds none of d.Text.
func (x *Extractor) Analyze(d Doc) (a *Analysis) {
	a = &Analysis{art: detachArticle(d.Article)}
	if u := a.art.URL; u != "" && !policy.ArticleURL(u) {
		a.urlDiag = &Diagnostic{a.art.Path, 0, u, "url dropped: only http and https links are published"}
		a.art.URL = ""
	}
	if d.Article.Published.IsZero() {
		return a
	}
	tagger, _ := x.taggers.Get().(*timex.Tagger)
	if tagger == nil {
		tagger = &timex.Tagger{Lines: true} // a Doc's text is a block a line
	}
	// One article that trips a bug costs only itself: the run goes on
	// with the others, and says which.
	defer func() {
		if p := recover(); p != nil {
			a.cands, a.und, a.text, a.leaders, a.lower = nil, nil, nil, nil, nil
			a.diags = append(a.diags, Diagnostic{a.art.Path, 0, "",
				fmt.Sprintf("%s%v (please report it with this article)", skippedReason, p)})
			return // the tagger is dropped: it may be in any state
		}
		x.taggers.Put(tagger)
	}()
	if articleHook != nil {
		articleHook(d)
	}
	// The headline is the first sentence of the lead (news.go): an
	// article whose text does not open with it (Markdown's front matter,
	// a page's metadata) is read with it as its first paragraph. Offsets of
	// the text given count from after it.
	shift := 0
	if t := headlineLine(d.Article.Title); t != "" && !opensWith(d.Text, t) {
		// A paragraph of its own: the tagger reads no tense across a
		// blank line, and a headline's present ("Apple unveils new
		// MacBook Air laptops") would set the weekday of the lead after
		// it ahead ("In a Wednesday media event, Apple released ...").
		shift = len(t) + 2
		d.Text = t + "\n\n" + d.Text
		a.shift = shift
	}
	// A live blog's stamp on a line of its own opens its entry's line
	// (liveblog.go).
	d.Text = joinStamps(d.Text)
	// The text with its ASCII capitals lowered, once: sentences and
	// news cut their lower-case words and keys from it.
	low := asciiLower(d.Text)
	sents := sentencesLow(d.Text, low)
	dct := d.Article.Published.First()
	pubFiled := false // dct carries the page's time of day
	if !d.Filed.IsZero() && timeline.DayOfTime(d.Filed) == d.Article.Published {
		dct, pubFiled = d.Filed, true
	}
	news := d // the article as its own news is dated
	if filed, ok := filedOn(d.Text, tagger, dct); ok {
		// "NAIROBI, Kenya, Aug. 7 (Xinhua) -- ... here today": a
		// dispatch's relative dates count from the day it was filed, and
		// its own news is of that day ("WASHINGTON, June 11 (Reuters) -",
		// published on the 12th, under "Crew error caused crash, NTSB
		// finds").
		dct, pubFiled = filed, false
		a.news = timeline.DayOfTime(filed)
		news.Article.Published = a.news
	}
	credit := x.lx.credited(d.Text, low) // most articles carry no photo credit
	tagged, taggedLow := d.Text, low     // the tagger need not lower it again
	if credit {
		tagged, taggedLow = x.lx.withoutCaptions(d.Text, low, sents), ""
	}
	txs := tagger.TagLow(tagged, taggedLow, dct)
	// A live blog's entries across midnight from the page's day are read
	// against their own day (liveblog.go).
	txs, d.live = liveRetag(tagger, tagged, txs, dct, pubFiled)
	// A clock time of a timetable or a habit dates no happening.
	txs = scheduleClock(tagged, sents, txs)
	// An entry's stamp yields to its sentence's own time (liveblog.go).
	txs = stampYields(tagged, sents, txs)
	news.asides = leadAsides(d.Text, sents, txs)
	news.ahead = aheadSentences(d.Text, sents, txs, news.Article.Published)
	c, dg := docCandidatesLow(0, d, low, sents, txs, x.g, x.lx)
	for _, g := range dg {
		if g.Reason == sideClauseOut {
			// The sentence dates what its side clause tells ("added
			// audio to its computers, prompting a suit in 1989"): it is
			// no undated telling of another happening either, whatever
			// words it shares with one.
			news.ahead = withSentenceAt(news.ahead, sents, g.Offset)
		}
	}
	for _, g := range dg {
		g.Text = strings.Clone(g.Text)
		g.Offset -= shift // in the headline: before the text, no line of it
		a.diags = append(a.diags, g)
	}
	a.cands, a.und, a.lower = x.lx.newsLow(0, news, low, credit, sents, c, x.g)
	// The candidates keep their sentences, and nothing else of the text.
	stext := map[int]string{}
	for i := range a.cands {
		c := &a.cands[i]
		t, ok := stext[c.sent.start]
		if !ok {
			t = strings.Clone(d.Text[c.sent.start:c.sent.end])
			stext[c.sent.start] = t
		}
		c.stext = t
		c.detach()
		// How well its title reads as a headline is worked out here, on
		// the article's core, and kept with it (a build's cache): the
		// merge compares a source's grade many times.
		c.grade()
	}
	if len(a.und) > 0 {
		// merge reads only the undated sentences of the text: the rest is
		// kept as zeros (the same length, so the offsets hold), which
		// deflate to nearly nothing, and the text ends with the last one.
		end := a.und[len(a.und)-1].sent.end
		// A text kept raw is its own room; one to deflate is laid out in
		// room from a pool, given back once compress has deflated it.
		raw := x.rawLeft.Add(-int64(end)) >= 0
		pooled := textRooms.Get().(*[]byte)
		var kept []byte
		if raw {
			kept = appendSentences((*pooled)[:0], d.Text, a.und, end)
			a.text = bytes.Clone(kept)
		} else {
			kept = slices.Grow((*pooled)[:0], 1+end)[:1+end]
			clear(kept)
			for _, u := range a.und {
				copy(kept[1+u.sent.start:], d.Text[u.sent.start:u.sent.end])
			}
			a.text = compress(kept[1:])
		}
		*pooled = kept
		textRooms.Put(pooled)
	}
	a.leaders = x.g.leadersIn(d.Text)
	return a
}

// Add adds an analysed article to the timeline. Articles must come in path
// order; one out of order is refused.
func (x *Extractor) Add(a *Analysis) error {
	if x.done {
		return errors.New("extract: Add after Timeline")
	}
	if len(x.arts) > 0 && a.art.Path < x.lastPath {
		return fmt.Errorf("extract: %s added after %s: articles must come in path order", a.art.Path, x.lastPath)
	}
	x.lastPath = a.art.Path
	di := len(x.arts)
	x.arts = append(x.arts, a.art)
	x.shifts = append(x.shifts, a.shift)
	if a.news.IsZero() {
		x.newsDays = append(x.newsDays, a.art.Published)
	} else {
		x.newsDays = append(x.newsDays, a.news)
	}
	if a.urlDiag != nil {
		x.urlDiags = append(x.urlDiags, *a.urlDiag)
	}
	x.diags = append(x.diags, a.diags...)
	for i := range a.cands {
		a.cands[i].doc = di
	}
	x.und = append(x.und, x.nb.article(di, a.cands, a.und, a.wl))
	freeUndated(a.und)
	if len(a.cands) > 0 {
		cands := a.cands
		if cap(cands) > len(cands) {
			cands = slices.Clone(cands) // no room left over
		}
		x.cands = append(x.cands, cands)
	}
	x.texts = append(x.texts, a.text)
	for _, l := range a.leaders {
		x.leaders[l] = true
	}
	for _, w := range a.lower {
		if !x.lower[w] {
			// A copy: w may be a piece of a larger string (see codec.go).
			x.lower[strings.Clone(w)] = true
		}
	}
	*a = Analysis{}
	return nil
}

// Timeline merges the articles added into events. The Extractor is spent.
func (x *Extractor) Timeline() (*timeline.Timeline, []Diagnostic) {
	x.done = true
	tl := &timeline.Timeline{Articles: x.arts, Events: []timeline.Event{}}
	if tl.Articles == nil {
		tl.Articles = []timeline.Article{}
	}
	cands, und, texts := x.cands, x.und, x.texts
	x.cands, x.und, x.texts = nil, nil, nil // merge lets them go as it can
	tl.Events = merge(cands, und, texts, x.nb, x.arts, x.newsDays, x.shifts, x.leaders, x.lx, x.lower)
	tl.Sort()
	return tl, append(x.urlDiags, x.diags...)
}

// headlineLine is an article's title as a line of its text: on one line,
// and "" when it has no words.
func headlineLine(title string) string {
	return strings.Join(strings.Fields(title), " ")
}

// opensWith reports whether text's first line is the headline t, as the
// plain text of a page or a .txt article often does (case and spaces
// aside).
func opensWith(text, t string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(text, " \t\n"), "\n")
	return headlineOf(first, t)
}

// detachArticle copies the strings of a, so that an Analysis keeps no
// part of the text they may have been cut from. They are copied into one
// string and cut from it: an article kept until the end of a build is one
// object for the garbage collector to mark, not five.
func detachArticle(a timeline.Article) timeline.Article {
	fs := [...]*string{&a.Path, &a.Title, &a.URL, &a.Outlet, &a.Inferred}
	n := 0
	for _, f := range fs {
		n += len(*f)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range fs {
		b.WriteString(*f)
	}
	all, at := b.String(), 0
	for _, f := range fs {
		*f, at = all[at:at+len(*f)], at+len(*f)
	}
	return a
}

// detach copies the strings of c cut from its article's text. The names
// of c.m are the gazetteer's, or made by genericPersons: none is cut from
// the text, and they stay shared. The time's words and the title are most
// often words of c.stext, a copy of the sentence c keeps anyway: they are
// cut from it then (pieceOf), not copied, which saves the collector two
// small objects of each candidate kept to the merge.
func (c *candidate) detach() {
	c.tx.Text = pieceOf(c.stext, c.tx.Text)
	c.title = pieceOf(c.stext, c.title)
}

// pieceOf is s as a piece of whole when whole holds it, and a copy of s
// otherwise.
func pieceOf(whole, s string) string {
	if s == "" {
		return ""
	}
	if i := strings.Index(whole, s); i >= 0 {
		return whole[i : i+len(s)]
	}
	return strings.Clone(s)
}

// compress and decompress keep an article's text small while it waits for
// the sentences that join a happening (see merge): textDeflate, its length
// as a uvarint, then the text deflated.
func compress(s []byte) []byte {
	room := textRooms.Get().(*[]byte)
	b := bytes.NewBuffer(binary.AppendUvarint(append((*room)[:0], textDeflate), uint64(len(s))))
	w := flateWriters.Get().(*flate.Writer)
	w.Reset(b)
	w.Write(s)
	w.Close()
	flateWriters.Put(w)
	out := bytes.Clone(b.Bytes()) // no room left over: an archive keeps them all
	*room = b.Bytes()
	textRooms.Put(room)
	return out
}

// textRooms holds the room in which Analyze lays out a text to deflate and
// compress deflates it: each text costs the garbage collector only the
// bytes it keeps.
var textRooms = sync.Pool{New: func() any { return new([]byte) }}

var flateWriters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// inflater decompresses texts one after another with one reader, into
// room of its own.
type inflater struct {
	r   io.ReadCloser
	src bytes.Reader
	buf []byte
}

// decompress returns the text of b: b's own bytes when it is kept raw, or
// the inflater's room, good until the next call. Its caller copies what it
// keeps of it.
func (f *inflater) decompress(b []byte) ([]byte, bool) {
	switch {
	case len(b) == 0:
		return nil, false
	case b[0] == textRaw:
		return b[1:], true
	case b[0] == textSentences:
		return f.sentences(b[1:])
	case b[0] != textDeflate:
		return nil, false
	}
	b = b[1:]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b))*1032+64 { // deflate expands at most 1032 times
		return nil, false
	}
	f.src.Reset(b[k:])
	if f.r == nil {
		f.r = flate.NewReader(&f.src)
	} else if f.r.(flate.Resetter).Reset(&f.src, nil) != nil {
		return nil, false
	}
	if uint64(cap(f.buf)) < n {
		f.buf = make([]byte, n)
	}
	out := f.buf[:n]
	if _, err := io.ReadFull(f.r, out); err != nil {
		return nil, false
	}
	return out, true
}

// sentences lays out in the inflater's room the text b keeps as its
// sentences (appendSentences, less its first byte): each at its start,
// zeros between, as Analyze laid out a text before it deflated it.
func (f *inflater) sentences(b []byte) ([]byte, bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > math.MaxInt32 {
		return nil, false
	}
	b = b[k:]
	if uint64(cap(f.buf)) < n {
		f.buf = make([]byte, n)
	}
	out := f.buf[:n]
	clear(out)
	at := int64(0)
	for len(b) > 0 {
		d, k := binary.Varint(b)
		if k <= 0 {
			return nil, false
		}
		b = b[k:]
		l, k := binary.Uvarint(b)
		if k <= 0 || l > uint64(len(b)-k) {
			return nil, false
		}
		b = b[k:]
		at += d
		if at < 0 || at > int64(n) {
			return nil, false
		}
		copy(out[at:], b[:l])
		b = b[l:]
	}
	return out, true
}

// inflateRoom is how many articles decodeAhead reads out and inflates
// ahead.
const inflateRoom = 16

// articleHook, when set by a test, runs before each article is tagged.
var articleHook func(Doc)

// SetTestHook makes f run with each article's path before the article is
// analysed (nil: nothing runs); a caller's test makes an article trip a
// bug with it. It is for tests only.
func SetTestHook(f func(path string)) {
	articleHook = nil
	if f != nil {
		articleHook = func(d Doc) { f(d.Article.Path) }
	}
}

// docCandidates makes the dated clauses of one article.
func docCandidates(di int, d Doc, sents []sentence, txs []timex.Timex, g *gazetteer, lx *lexicon) ([]candidate, []Diagnostic) {
	return docCandidatesLow(di, d, asciiLower(d.Text), sents, txs, g, lx)
}

// fieldsBefore is strings.Fields of the text from one offset up to a
// time, with each field's offset, cut once a time and shared by the
// per-candidate rules that each read a window of words ending at the time
// (thingYear, bareObjectParticiple, conditionalTime, objectPeriod,
// intentObject, untilNounTime). Its room is reused from time
// to time: a rule reads its window, and only reads it, before the next
// rule asks. A nil *fieldsBefore splits the window for its caller.
type fieldsBefore struct {
	from, end int      // the span set; the words, once cut, are of text[from:end]
	cut       bool     // the words of the span set are cut
	ws        []string // the fields
	at        []int    // the offset of each field in the text
	part      []string // room for a window whose start cuts a field
}

// set names the span text[from:end] whose fields the next windows read.
func (f *fieldsBefore) set(from, end int) {
	f.from, f.end, f.cut = from, end, false
}

// fields returns strings.Fields(text[a:e]): for the span set (e its end,
// a within it), the fields cut once at or after a, the part of a field that
// a cuts first.
func (f *fieldsBefore) fields(text string, a, e int) []string {
	if f == nil || e != f.end || a < f.from || a > e || a < len(text) && !utf8.RuneStart(text[a]) {
		return strings.Fields(text[a:e])
	}
	if !f.cut {
		// As strings.Fields: runs of runes that are not unicode.IsSpace.
		f.ws, f.at, f.cut = f.ws[:0], f.at[:0], true
		start := -1
		for i, r := range text[f.from:f.end] {
			if unicode.IsSpace(r) {
				if start >= 0 {
					f.ws, f.at = append(f.ws, text[f.from+start:f.from+i]), append(f.at, f.from+start)
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			f.ws, f.at = append(f.ws, text[f.from+start:f.end]), append(f.at, f.from+start)
		}
	}
	k, _ := slices.BinarySearch(f.at, a)
	if k > 0 && f.at[k-1]+len(f.ws[k-1]) > a {
		// a cuts the field before: its part from a is the first field.
		f.part = append(append(f.part[:0], text[a:f.at[k-1]+len(f.ws[k-1])]), f.ws[k:]...)
		return f.part
	}
	return f.ws[k:]
}

// docCandidatesLow is docCandidates given low, asciiLower(d.Text).
func docCandidatesLow(di int, d Doc, low string, sents []sentence, txs []timex.Timex, g *gazetteer, lx *lexicon) ([]candidate, []Diagnostic) {
	text := d.Text
	// The words of a span of the text, cut from low (see appendWordsLow).
	// Each call reuses the room of the last: every caller is done with
	// the words of one span before it asks for the next.
	var spanRoom []word
	spanWords := func(s, e int) []word {
		spanRoom = appendWordsLow(spanRoom[:0], text, low, s, e)
		return spanRoom
	}
	var out []candidate
	var diags []Diagnostic
	var fb fieldsBefore // the words before a time, shared by its rules
	var sentWs []word   // the words of the sentence, for its clauses
	var chunks []chunk  // the clauses of the sentence (appendClauses)
	var unownedRoom []timex.Timex
	gf := spanFinder{g: g, text: text}
	// Where a clause's first "first " is (firstIn), found once a clause.
	firstSeg, firstOff := [2]int{-1, -1}, -1
	firstAt := func(seg [2]int) int {
		if seg != firstSeg {
			firstSeg, firstOff = seg, firstIn(text, low, seg)
		}
		return firstOff
	}
	// before reports whether a date ends before the article's day.
	before := func(dt timeline.Date) bool {
		return !d.Article.Published.IsZero() && dt.Last().Before(d.Article.Published.First())
	}
	// after reports whether a date begins after the article's day.
	after := func(dt timeline.Date) bool {
		return !d.Article.Published.IsZero() && d.Article.Published.Last().Before(dt.First())
	}
	k := 0
	// A sentence read without its live stamp's time (pastStamp) that gave
	// no candidate is read again with it: pendSi, and where out and
	// diags stood before it; redo is the sentence read again.
	redo, pendSi, pendOut, pendDiags := -1, -1, 0, 0
	for si := 0; si <= len(sents); si++ {
		if pendSi >= 0 {
			if len(out) == pendOut {
				diags = diags[:pendDiags]
				redo, si = pendSi, pendSi
			}
			pendSi = -1
		}
		if si == len(sents) {
			break
		}
		s := sents[si]
		sentOut := len(out) // the candidates of this sentence are out[sentOut:]
		// (The candidates whose told clause a bare "he" or "she" tells,
		// by index in out, titled once the pronoun is named:
		// namedTellerTitle.)
		var pronounTold map[int]bareToldClause
		for k < len(txs) && txs[k].Start < s.start {
			k++
		}
		// The sentence's expressions, a run of txs (read, never
		// written: no copy of them is made per sentence).
		j := k
		for j < len(txs) && txs[j].End <= s.end {
			j++
		}
		in := txs[k:j:j]
		if len(in) == 0 {
			continue // no expression, no candidate: nothing to cut or read
		}
		if redo != si {
			if p := pastStamp(text, s, in); len(p) < len(in) {
				in = p
				pendSi, pendOut, pendDiags = si, sentOut, len(diags)
			}
		}
		segs, predFrom := secondPredicates(text, andClauses(text, segments(text, s.start, s.end)), in)
		quotes := quoteSpans(text, s.start, s.end)
		if cq := carriedQuote(text, s.start, s.end); cq[1] > 0 {
			// (The end of a quote opened in a sentence before.)
			quotes = append([][2]int{cq}, quoteSpans(text, cq[1], s.end)...)
		}
		sentWs = appendWordsLow(sentWs[:0], text, low, s.start, s.end)
		chunks = appendClauses(chunks[:0], text, sentWs)
		type dated struct {
			tx   timex.Timex
			date timeline.Date
		}
		segDate := make([]*dated, len(segs))
		var sentDate *dated
		for gi, seg := range segs {
			lo := sort.Search(len(in), func(i int) bool { return in[i].Start >= seg[0] })
			hi := sort.Search(len(in), func(i int) bool { return in[i].Start >= seg[1] })
			if hi <= lo {
				continue // no expression in the clause: nothing to read in it
			}
			ws := spanWords(seg[0], seg[1])
			m, _ := gf.find(seg[0], seg[1])
			var first *dated
			var later []dated       // further dates of the clause
			rangeDropped := -1      // where the end of a range left out starts
			var asideCut [2]int     // an aside's participle phrase whose time was left out (asideParticiple)
			var asideTx timex.Timex // its time
			var durDays int
			var objectDay *timeline.Date // the day of a time that names a verb's object to come (intentObject)
			unowned := unownedRoom[:0]   // the clause's times the chunker says date nothing here (chunkSkip, verbless)
			for k, tx := range in[lo:max(lo, hi)] {
				if tx.End > seg[1] || tx.Start < predFrom[gi] {
					// (A second predicate's clause reads only the times
					// after its "and": see secondPredicates.)
					continue
				}
				if n := yearsBack(text, seg, tx); n > 0 {
					y := d.Article.Published.Year - n
					kd := classify(ws, tx)
					if !tellsEarlier(kd) {
						// ("declared a pandemic on Thursday, the first
						// global flu epidemic in 41 years": no earlier
						// statement is told.)
						continue
					}
					out = append(out, candidate{doc: di, sent: s, seg: seg, tx: exprOf(tx), date: timeline.YearOf(y),
						kind: kd, about: &about{m: m, title: derivedTitle(kd, m)}, derived: true, priority: 3})
					continue
				}
				if tx.Type == "DURATION" && tx.Val.Unit == timex.UnitDay {
					if tx.Val.Unknown&timex.UnknownCount == 0 {
						durDays = tx.Val.N
					}
					continue
				}
				date, ok := timexDate(tx)
				if !ok {
					if (tx.Type == "DATE" || tx.Type == "TIME") && tx.Val.Unknown != 0 {
						diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "no year or day could be inferred: " + tx.Value})
					}
					continue
				}
				if why := genericTime(text, ws, tx, date); why != "" {
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, why})
					continue
				}
				// The words before tx, from the earliest start any of
				// the rules below reads, cut once at the first that
				// reads them.
				fb.set(min(max(seg[0], tx.Start-clauseWindow), max(s.start, tx.Start-160)), tx.Start)
				since := sinceFirst(text, seg, tx, firstAt(seg))
				if since && !tellsEarlier(classify(ws, tx)) {
					// "bidding to become the first British woman to win
					// the title since 1987": the happening of 1987 is no
					// kind the vocabulary names, and the clause is not of
					// 1987.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "the last time before a first (first ... since) left out"})
					continue
				}
				if sinceSpan(text, seg, tx) && !since {
					// "downloaded since its launch in 2003": the date opens
					// a span up to the clause's own time, which it does
					// not tell.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "start of a span (since ...) left out"})
					continue
				}
				if spanEnd(text, seg, tx) || untilNounTime(text, seg, tx, &fb) {
					// "remanded in custody until April 2": the remand is
					// not on April 2.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "end of a span (until ...) left out"})
					continue
				}
				if thingYear(text, seg, tx, lx.namesHappening, &fb) {
					// "Police found a 2007 Ford abandoned", "The new will
					// overturned a 1998 will", "played songs from its 1985
					// album": the year tells which thing, made then, not
					// when the clause's verb happened.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "year of a thing the clause names (a 2007 Ford, a 1998 will) left out"})
					continue
				}
				if rankedPerson(ws, tx) {
					// "Last year's winner, who retired in 2023, returned on
					// Sunday", "the 2019 champion": the time tells which
					// winner, not when anything the clause tells happened.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time that names a person by a contest (last year's winner) left out"})
					continue
				}
				if rankingPeriod(text, seg, tx, lx.namesHappening, &fb) {
					// "the most streamed artist of 2022", "the best-selling
					// album of the year 2019": the year bounds the ranking
					// of a thing, which no clause tells.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "year a superlative ranks a thing in (the most streamed artist of 2022) left out"})
					continue
				}
				if tx.Start == rangeDropped {
					continue // (the end of a range left out with its start)
				}
				if bareObjectParticiple(text, seg, tx, &fb) && !attributionClause(chunks, sentWs, chunkOf(chunks, sentWs, tx.Start)) {
					if lo+k+1 < len(in) && rangeEnd(text, tx, in[lo+k+1]) {
						rangeDropped = in[lo+k+1].Start
					}
					// "The recall covers vans and pickups built between
					// June 2019 and February 2022", "River levels were
					// back to heights measured in early February": the
					// time dates when the things were made or measured,
					// not the clause.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "date of a participle's phrase on a noun after the clause's verb (covers vans built in 2019) left out"})
					continue
				}
				if namedInstrument(text, tx) {
					// "no grounds to refuse her return under the 1980
					// Hague Convention": the year names the treaty, not
					// the clause's time.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "year in the name of an instrument (the 1980 Hague Convention) left out"})
					continue
				}
				if accountingPeriod(text, seg, tx) {
					// "It reported a pre-tax profit of £212m for 2012",
					// "published its delayed 2013 results on Tuesday": the
					// year names the period the figures cover, not when
					// anything was told or done.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "year of an accounting period (a profit for 2012, its 2013 results) left out"})
					continue
				}
				if baselineTime(text, seg, tx) {
					// "about the same as the first day last year", "sales
					// were up 18% over last year": the time dates the
					// baseline a figure is measured against, not the
					// clause (dt42's standardClause reads "than").
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a comparison's baseline (the same as last year, up 18% over 2038) left out"})
					continue
				}
				if conditionalTime(text, s.start, tx, &fb) {
					// "The court warned it could act if the strike was
					// not settled by July 27": the time is the
					// condition's, which has not happened, not the
					// warning's.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a condition (if ...) left out"})
					continue
				}
				if objectPeriod(text, s.start, tx, &fb) {
					// "The minister offered to apply the new scales from
					// April 2019": the time opens the period of what was
					// offered, not the offer.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "start of the period of an offered or demanded thing (offered X from April) left out"})
					continue
				}
				if objectDay != nil && tx.Type == "TIME" && objectDay.Contains(date) {
					// "... of the afternoon of April 12, from the opening
					// of the gates at 1:30 pm": a clock time of that day
					// tells the same object.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "clock time of a day that names the object of a verb to come left out"})
					continue
				}
				if intentObject(text, s.start, tx, &fb) {
					if date.Gran == timeline.Day {
						objectDay = &date
					}
					// "The judge said he would examine every minute of the
					// afternoon of April 12": the time tells which
					// afternoon is to be examined, not when anything was
					// said or done.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time that names the object of a verb to come (would examine the afternoon of April 12) left out"})
					continue
				}
				if n := len(unowned); n > 0 && text[unowned[n-1].End:tx.Start] == ", " && strings.HasPrefix(strings.ToLower(tx.Text), "the ") {
					// "before joining the firm in 2003, the year fires
					// destroyed homes": a time set beside one left out
					// names the same time, which dates no more here.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time set beside a time left out (in 2003, the year ...) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if p := openingPerfect(sentWs, tx); p > 0 && (p == 1 || lo+k+1 < hi || openingParticiple(text, ws, sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.Start }), sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.End }), tx) == "") {
					// "Having resigned in May, Ruiz was charged on
					// Wednesday", "Having been arrested on Monday, the man
					// appeared in court": the time of a perfect participle
					// phrase that opens the sentence dates what the phrase
					// tells, which came before the clause after its comma;
					// it dates no happening of that clause. (A month or a
					// year of "having been" and a past participle keeps
					// the phrase's own title, "Ruiz was elected":
					// openingParticiple.)
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of an opening perfect participle phrase (Having resigned in May, ...) left out of the clause after it"})
					unowned = append(unowned, tx)
					continue
				}
				if (isPossessive(ws, tx) || attributive(text, tx) || inSet(determiners, firstWord(tx.Text)) && namedTime(tx.Text) && nounAfter(text, tx)) && responseNounTime(chunks, sentWs, chunkOf(chunks, sentWs, tx.Start), tx) {
					// "Residents criticised Monday's vote", "Monday's
					// arrest was welcomed by the family", "asked the court
					// to annul the May 4 election": the time names the
					// happening of its noun, which a verb of response or
					// of undoing answers after it; it dates no response.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time in the possessive on a noun a verb of response takes (criticised Monday's vote) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if subjectParticipleTime(sentWs, tx) {
					// "Auditors found that a payment booked on 3 June was
					// never approved": the time dates the participle on the
					// subject of what is found, not the finding or what is
					// found of the subject.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a participle on the subject of a clause brought in by that or a question word (found that a payment booked on 3 June was ...) left out"})
					continue
				}
				tc := chunkOf(chunks, sentWs, tx.Start)
				if why := chunkSkip(chunks, sentWs, tc, lo+k+1 < hi); why != "" {
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, why})
					unowned = append(unowned, tx)
					continue
				}
				if standardClause(chunks, sentWs, tc) {
					unowned = append(unowned, tx)
					// "The tally is three times the nests counted when the
					// park closed on May 4": the time dates a clause
					// inside the standard a comparison is measured against,
					// not the comparison.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a clause in a comparison's standard (three times the nests counted when the park closed on May 4) left out"})
					continue
				}
				if verbless(chunks, sentWs, tc, tx) {
					unowned = append(unowned, tx)
					// "a bigger disaster than the 2004 tsunami", "Several
					// earlier drugs, including one from a larger rival in
					// 2019, failed", ", up from 14,000 on Monday night", ",
					// a premium of 31% to Carver's closing price on
					// Friday": the time stands in a part of its clause
					// with no verb, which makes no title; it dates nothing.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a part of its clause with no verb of its own (a comparison's standard, a phrase set off by commas) left out"})
					continue
				}
				if before(date) && !isPossessive(ws, tx) && !attributive(text, tx) && !nounAfter(text, tx) && pluperfectSide(chunks, sentWs, tc, tx.Start) && !sayingSide(chunks, sentWs, tc) {
					if f, _, _ := reportedComplement(text, chunks, sentWs, tx, seg); f < 0 {
						// "It ruled out a promise the company had put
						// forward last month": the past perfect tells what
						// came before the main clause, which the time does
						// not date. (What a speaker said had happened keeps
						// its teller, "The MP said she had written to them
						// on Thursday"; what a verb of finding found is
						// titled by itself, reportedComplement.)
						diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a side clause in the past perfect (an offer the fund had made last month) left out of its main clause"})
						unowned = append(unowned, tx)
						continue
					}
				}
				if before(date) && date.Gran < timeline.Day && futureMainTime(text, chunks, sentWs, tc, tx.Start) {
					// "She will not receive a bonus for last year": a
					// period before the article's day in a clause told in
					// the future names the period a noun is for, not when
					// what is to come happens. (A day is left alone: a
					// weekday read back from the article's day is the
					// tagger's slip, "will move back on Monday".)
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "past time in a clause told in the future (will not receive a bonus for last year) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if si == 0 && after(date) && !explicitYear(tx.Text) && headlineNounTime(text, tx) {
					// "Council sets Sept. 23 recall vote", "Organisers
					// unveil line-up for June festival": a later time a
					// headline writes straight before a noun (its article
					// dropped) names that noun's happening, still to come;
					// the headline's verb tells the news of its day.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "later time before a noun in a headline (sets Sept. 23 recall vote) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if si > 0 && !explicitYear(tx.Text) && (after(date) && (pastMainTime(text, chunks, sentWs, tc, tx.Start) || pastSideTime(text, chunks, sentWs, tc, tx.Start)) || (after(date) || !before(date) && date.Gran < timeline.Day && prospectiveSide(chunks, sentWs, tc)) && pastMainSide(chunks, sentWs, tc)) {
					// "The board has put off a decision on whether the
					// library can reopen next month", "Organisers unveiled
					// a line-up for the June festival": what a main clause
					// told in the simple past or the present perfect tells
					// has happened by the article's day, so a time after it
					// dates a noun or a phrase inside the clause, never the
					// clause; in a side phrase told as to come (a modal, or
					// "expected", "due": prospectiveSide), a week, month or
					// year that holds the article's day is as much what is
					// to come ("with temperatures expected to reach 38C
					// later this week"; not "The ministers, sacked in March,
					// have launched a party"). (Not a headline, whose bare participle may
					// tell what is to come, "Problems only resolved next
					// week"; not a time that writes its year out, which no
					// reading of the article's day moved: such a time after
					// the day is a day the article was updated past.)
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time after the article's day in a main clause told in the past or the present perfect (has put off a decision on whether it goes ahead next month) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if si > 0 && !explicitYear(tx.Text) && after(date) && nounAfter(text, tx) && pastSubjectTime(chunks, sentWs, tc, tx.Start, tx.End) {
					// "Brent for May delivery fell 40 cents": a time
					// after the article's day before a noun in the subject
					// of a clause told in the past names that noun.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time after the article's day before a noun in the subject of a main clause told in the past (Brent for May delivery fell) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if si > 0 && before(date) && !liveOwnDay(&d, tx.Start, date) && !isPossessive(ws, tx) && !attributive(text, tx) && !nounAfter(text, tx) && presentSide(chunks, sentWs, tc, tx.Start) {
					// "The bank faces a fresh inquiry over a bond sale in
					// 2021": a time before the article's day dates no
					// happening of a main clause told in the present, but
					// the noun it follows.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "past time in a main clause told in the present (faces an inquiry over a sale in 2021) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if before(date) && perfectNounTime(chunks, sentWs, tc, tx.Start) && slices.ContainsFunc(in[lo+k+1:min(len(in), lo+k+4)], func(t timex.Timex) bool {
					dt, ok := timexDate(t)
					return ok && dt.Gran >= timeline.Day && !dt.Before(date) && attributionClause(chunks, sentWs, chunkOf(chunks, sentWs, t.Start))
				}) {
					// "Prosecutors have charged two men over the deaths of
					// three workers in a fire in January, the prosecutor
					// said on Wednesday": the time dates the happening the
					// charge is over, not the charge, which the perfect
					// tells as the news the attribution's time dates.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of what a clause in the present perfect is over or for (have charged them over a fire in January, police said on Wednesday) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if (isPossessive(ws, tx) || attributive(text, tx)) && subjectRelativeNounTime(chunks, sentWs, tc) {
					// "About 250 people who ignored Monday's evacuation
					// order are still in the town": the time names the
					// order, and dates neither the ignoring nor the state
					// the main clause tells.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time that names a noun in a relative clause on the subject of a clause in the present (people who ignored Monday's order are still there) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if (date.Gran < timeline.Day || !before(date) && date.First().After(d.Article.Published.Last())) && deadlinePhrase(chunks, sentWs, tx.Start, isPossessive(ws, tx) || attributive(text, tx)) {
					// "have asked the court to let an expert inspect the
					// wreck before his arraignment in December", "flew
					// clients before joining the firm in 2003": the time
					// dates what "before" takes, a bound of the clause,
					// not the clause. (A past day may be the clause's
					// too: "was arrested before the match on Saturday".)
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of what before or until takes (before his arraignment in December, before joining the firm in 2003) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if strings.HasSuffix(strings.ToLower(text[max(s.start, tx.Start-5):tx.Start]), "from ") && lo+k+1 < len(in) && strings.EqualFold(text[tx.End:min(len(text), tx.End+4)], " to ") && in[lo+k+1].Start == tx.End+4 {
					if nc := chunkOf(chunks, sentWs, in[lo+k+1].Start); nc > 0 && chunks[nc].kind == clInfinitive && chunks[nc].target {
						// "pushed back the launch from March to May",
						// "moved its results day from October 2 to
						// October 16": the date a thing is moved from is
						// the old plan's, no more the clause's than the
						// one it is moved to.
						diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time a date is moved from (pushed back from March to May) left out"})
						unowned = append(unowned, tx)
						continue
					}
				}
				if before(date) && !isPossessive(ws, tx) && !attributive(text, tx) && !nounAfter(text, tx) && ofNounTime(text, chunks, sentWs, tc, tx.Start) {
					// "likely to take a harder line because of the squeeze
					// of 2022": the time dates the noun it follows after
					// the clause's verb, not the verb.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a noun after its clause's verb (because of the squeeze of 2022) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if before(date) && date.Gran < timeline.Day && causeNounTime(text, chunks, sentWs, tx.Start) && sequenceNoun(text, seg, tx, lx.namesHappening) == "" && !slices.ContainsFunc(in[lo+k+1:min(len(in), lo+k+4)], func(t timex.Timex) bool {
					c := chunkOf(chunks, sentWs, t.Start)
					if attributionClause(chunks, sentWs, c) {
						return true
					}
					v := -1
					if c > 0 {
						v = chunks[c].verb
					}
					return v >= 0 && (reportingVerbs.Has(sentWs[v].w) || clauseSaying.Has(sentWs[v].w) || contentVerbs.Has(sentWs[v].w)) && strings.Contains(text[tx.End:t.Start], ",")
				}) {
					// "Insurers paid out after the inquiry in February",
					// "fined a grocer over a hacking attack in 2024": the
					// time dates the happening the clause follows or
					// answers, named by the noun, not the clause's own.
					// (Not before an attribution's time, ", documents
					// showed on Thursday", which would date the clause
					// with the telling's day; nor a noun of a happening
					// that titles its own, "comes after the closure of
					// the plant in March": sequenceNoun.)
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time of a noun in a phrase of cause or sequence after its clause's verb (fined over an attack in 2024) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if figureSubjectTime(text, seg, tx) {
					// "Visitor numbers in August were 40% of the level a
					// year earlier": the time bounds the figure, which the
					// clause tells as a state, not a happening of August.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "time that bounds a figure in the subject (numbers in August were) left out"})
					unowned = append(unowned, tx)
					continue
				}
				if why := partTime(text, seg, tx, &fb); why != "" {
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, why})
					continue
				}
				if (sentDate != nil || datedAfter(text, in[lo+k+1:])) && sourcedTime(text, seg, tx) {
					// "... on Thursday, according to an affidavit filed on
					// Monday": the time dates the paper the news was read
					// in, not the news the sentence dated already, and the
					// paper's filing has no title of its own ("An
					// affidavit filed"). (The news of an undated clause
					// takes it, as it takes the time of "officials said
					// Monday": "escaped from a prison van, according to a
					// prison statement Monday". A time after it in the
					// sentence is the news's: "According to a report released
					// Monday, the man was seen on Oct. 3".)
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "date of a report's source (according to ...) left out"})
					continue
				}
				if cut := asideParticiple(text, s.start, tx); cut != [2]int{} && (sentDate != nil || datedAfter(text, afterAside(in[lo+k+1:], cut))) {
					// (The next date after the aside: "The will, signed
					// March 2 of this year, names ..." has none.)
					if asideCut == [2]int{} {
						asideCut, asideTx = cut, tx
					}
					// "Claire Dumas, the aid worker kidnapped in Mali in
					// April, has been freed, the presidency said on
					// Sunday": the time dates the participle of an aside
					// on the subject, and the clause tells of another
					// happening, which its sentence dates.
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "date of an aside's participle (, the man arrested in May,) left out"})
					continue
				}
				if inSpans(quotes, tx.Start) && (!explicitYear(tx.Text) || before(date) && presentClause(chunks, sentWs, tc)) {
					// (A past year in a quote's clause told in the present
					// is a figure of speech: "not one that freezes the port
					// in 2010".)
					diags = append(diags, Diagnostic{d.Article.Path, tx.Start, tx.Text, "date in quoted speech left out"})
					continue
				}
				if first == nil {
					first = &dated{tx, date}
				} else {
					later = append(later, dated{tx, date})
				}
			}
			if first == nil {
				continue
			}
			var rel [2]int        // a relative clause the title leaves out
			var relTx timex.Timex // the time rel holds
			skip := 0             // 1 when later[0] ends a range the first time opens
			if len(later) > 0 && rangeEnd(text, first.tx, later[0].tx) {
				// ("Workers who struck between Monday and Wednesday
				// returned on Thursday": the range is the relative
				// clause's; the clause's own time is the one after it, or
				// none, "who drove the road between Friday and Sunday".)
				skip = 1
			}
			if len(later) > skip && later[skip].date.Gran == timeline.Day && !attributive(text, later[skip].tx) {
				k := 0
				if at := relativeHolding(chunks, sentWs, first.tx, later[skip].tx); at >= seg[0] {
					if i := sort.Search(len(ws), func(i int) bool { return ws[i].i >= at }); i > 0 && i < len(ws) && ws[i].i == at {
						k = i
					}
				}
				// (A time that qualifies the noun after it goes with the
				// noun: "the buildings that collapsed in the 9 November
				// earthquake were ..." loses "that collapsed in the 9
				// November earthquake", not "... earthquake" alone.)
				end := timeNounEnd(text, ws, first.tx)
				if k == 0 {
					k, end = participleBeforeVerb(text, ws, first.tx, later[skip].tx.Start)
				}
				if skip == 1 && k > 0 {
					end = max(end, later[0].tx.End)
				}
				if k > 0 {
					// "A fisherman who was rescued on Thanksgiving Day
					// said Friday ...": the first date is the relative
					// clause's; the clause's own is the next.
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a relative clause (who ...) left out"})
					rel, relTx = [2]int{ws[k].i, end}, first.tx
					if rest := text[end:later[skip].tx.Start]; !strings.HasPrefix(rest, ",") {
						// "a former police officer who was convicted in
						// 2015 of fraud, was released on Thursday": the
						// phrase after the time, up to the comma that
						// closes the clause, is the clause's too.
						if i := strings.Index(rest, ", "); i > 0 && i < 40 && !strings.ContainsAny(rest[:i], ";:\"“”()") {
							var room1 fieldRoom
							if pw := fieldsIn(&room1, rest[:i]); len(pw) <= 5 && !slices.ContainsFunc(pw, func(w string) bool {
								lw := strings.ToLower(w)
								return auxiliaries.Has(lw) || pastVerb(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ed") || relativePronouns.Has(lw)
							}) && ws[k].comma == false && strings.Contains(text[max(s.start, ws[k].i-60):ws[k].i], ",") {
								rel[1] = end + i
							}
						}
					}
					if rest := text[end:later[skip].tx.Start]; strings.HasPrefix(rest, ", ") && strings.HasSuffix(firstWord(rest[2:]), "ing") {
						// "a farm dam that burst last week, killing 46
						// people, on Tuesday": the participle set off
						// after the clause is the clause's.
						if i := strings.Index(rest[2:], ","); i >= 0 {
							rel[1] = end + 2 + i
						}
					}
					if !ws[k].comma && prepositions.Has(ws[k-1].w) {
						// "the firm from which he was fired last week":
						// the preposition goes with its clause.
						rel[0] = ws[k-1].i
					}
					first, later = &later[skip], later[skip+1:]
				}
			}
			var told *dated // the time of a verb of saying whose reported clause has its own (reportedOwnTime)
			if rel == [2]int{} && len(later) > 0 && later[0].date.Last().Before(first.date.First()) && !attributive(text, later[0].tx) && !isPossessive(ws, later[0].tx) &&
				reportedOwnTime(chunks, sentWs, first.tx, later[0].tx, lx.namesHappening) {
				// "The union said on Wednesday that its members had voted
				// on Monday to end the strike", "The government confirmed
				// yesterday that the minister resigned on Friday": the
				// reported clause's own earlier time dates the happening
				// it reports, titled with its teller and without the
				// saying's time, which dates only the telling (left to
				// the later dates: an event of its own when it names
				// another kind of happening).
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a verb of saying whose reported clause has an earlier time of its own (confirmed yesterday that he resigned on Friday) left to the telling"})
				say := *first
				told = &say
				rel, relTx = sayingTimeCut(text, ws, say.tx), say.tx
				first, later = &later[0], append(append(make([]dated, 0, len(later)), later[1:]...), say)
			}
			if rel == [2]int{} && asideCut != [2]int{} && asideCut[0] >= seg[0] && asideCut[1] <= first.tx.Start && !strings.Contains(text[s.start:asideCut[0]], ",") {
				// "Doyle, indicted last month on bribery charges, resigned
				// on Monday": the title leaves the aside out ("Doyle
				// resigned"), as it leaves out a relative clause. (Not
				// after another aside: "Garcia, 52, a former officer
				// convicted in 2015 of fraud, was released" would lose its
				// comma.)
				rel, relTx = asideCut, asideTx
			}
			if rel == [2]int{} && subjectRelative(ws, first.tx) {
				// "Marla Quint, the singer whose 1971 ballad topped the
				// charts, has died": the time dates the relative clause
				// in the subject, not the death; a later time is the
				// clause's own.
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a relative clause in the subject (, the singer whose 1971 hit ...,) left out"})
				if len(later) == 0 {
					continue
				}
				first, later = &later[0], later[1:]
			}
			if rel == [2]int{} && len(later) > 0 {
				if openingPhraseTime(ws, s.start, first.tx, later[0].tx) {
					// "Elected in 2019, the mayor resigned on Tuesday",
					// "Arrested on Monday, the driver was charged on
					// Wednesday": the time of a participle phrase that opens
					// the sentence dates the phrase; the clause after its
					// comma has a time of its own. (The title keeps the
					// phrase: "Elected in 2019, the mayor resigned".)
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of an opening participle phrase (Elected in 2019, the mayor resigned on Tuesday) left out: the clause has its own"})
					first, later = &later[0], later[1:]
				} else if datedNounAhead(text, first.tx) && !lx.namesHappening(possessiveWords(text, seg, first.tx)) && later[0].date.Gran >= timeline.Day && !datedNounAhead(text, later[0].tx) && !isPossessive(ws, later[0].tx) &&
					chunkOf(chunks, sentWs, first.tx.Start) == 0 && chunkOf(chunks, sentWs, later[0].tx.Start) == 0 && !strings.ContainsAny(text[first.tx.End:later[0].tx.Start], ",;:\"“”()") {
					// "The auction house pulled the work from its February
					// sale on Tuesday": the first time names the noun after
					// it, a happening of its own; the day after it in the
					// main clause, naming no noun, is the clause's. (Not
					// in a told clause, whose title its teller shapes; not
					// a noun that names a happening, "the September 2023
					// bombing", whose mention is that happening's while
					// the later time dates the clause.)
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a noun (its February sale) left out: its clause has a day of its own"})
					first, later = &later[0], later[1:]
				}
			}
			own := ""       // the title of the relative clause or participle phrase on a noun the time dates (ownClauseTitle)
			aside := ""     // the title of the aside on the subject that the time dates, told of the subject
			saidAside := "" // the title of an aside's participle on what a verb of saying tells of (saidAsideTitle)
			if len(later) == 0 && rel == [2]int{} {
				aside = asideTitle(text, seg, ws, first.tx)
				if cut := asideParticiple(text, s.start, first.tx); aside == "" && cut != [2]int{} && saysBefore(text[s.start:cut[0]]) && !slices.ContainsFunc(strings.Fields(text[cut[0]:first.tx.Start]), func(w string) bool { return planParticiples.Has(w) }) {
					// "The regulator said Norcrest's pledge to sell its
					// bakery arm, made in January, was not enough": the
					// time dates the aside on what was said of, not the
					// saying, which the sentence does not date. (A plan's
					// time is the planned happening's, which what was
					// said tells of: "said the fair, scheduled to begin
					// on Thursday, would go ahead".)
					saidAside = saidAsideTitle(text, sentWs, cut, first.tx)
					if saidAside == "" {
						diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of an aside's participle after a verb of saying (said the offer, made in March, ...) left out"})
						continue
					}
					// ("... said the offer, made on Oct. 8, ..." -> "The
					// offer was made": the aside titles its own
					// happening, set below.)
				}
			}
			if (len(later) == 0 || len(later) == 1 && rangeEnd(text, first.tx, later[0].tx)) && rel == [2]int{} {
				// (With the end of a range the time opens too: "Police are
				// asking anyone who drove the coast road between Friday
				// and Sunday to call them".)
				if fc, nt := chunkOf(chunks, sentWs, first.tx.Start), attributive(text, first.tx) || isPossessive(ws, first.tx); aside == "" && objectRelative(chunks, sentWs, fc, seg[0], first.tx.Start, nt) {
					// "The company has already paid $4 million to settle
					// claims from families of people who fell ill in May":
					// the time dates the relative clause after the verb,
					// not the payment, which the present perfect tells as
					// news of now: titled by the clause ("People fell
					// ill"), or no event when it makes no headline.
					if own = ownClauseTitle(text, chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start), first.tx, false); own == "" {
						diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a relative clause or participle phrase on a noun after its clause's verb, which makes no title of its own (has paid ... people who fell ill in May; arrested the captain of the boat that sank on Friday) left out"})
						continue
					}
				} else if aside == "" && attachSide(chunks, sentWs, fc, first.tx.Start, first.tx.End, nt) {
					// "The tribunal rejected the claim that his positive
					// test in April was an error", "settled a case over
					// batteries supplied in 2018": the ranker and the
					// chunker agree the time dates the side clause after
					// the verb, titled by it, not the main clause; no
					// event when it makes no title (attach.go).
					if own = ownClauseTitle(text, chunks, sentWs, fc, first.tx, false); own == "" {
						own = attachTitle(text, chunks, sentWs, fc, first.tx)
					}
					if own == "" {
						diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a side clause after its clause's verb (the ranker's attachment), which makes no title of its own, left out"})
						continue
					}
				}
			}
			if own == "" && len(later) > 0 && rel == [2]int{} && aside == "" && !slices.ContainsFunc(later, func(l dated) bool {
				lc := chunkOf(chunks, sentWs, l.tx.Start)
				return lc < 0 || chunks[lc].kind != clAttrib
			}) && objectRelative(chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start), seg[0], first.tx.Start, attributive(text, first.tx) || isPossessive(ws, first.tx)) {
				// "Police have recovered two of the paintings stolen from
				// a museum in March, prosecutors said on Tuesday": the
				// time dates the participle phrase on the noun, titled
				// by it ("The paintings were stolen from a museum"), not
				// the recovery; the attribution's time is the saying's.
				own = ownClauseTitle(text, chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start), first.tx, false)
			}
			if own == "" && len(later) == 0 && rel == [2]int{} && aside == "" && !attributive(text, first.tx) && !isPossessive(ws, first.tx) {
				// "A former nurse who was struck off in 2019 has been
				// jailed": the time dates the relative clause on the
				// subject, titled by it ("A former nurse was struck off"),
				// or no event when its subject is no one. (A time that
				// names a noun dates the noun: "Anyone who saw Tuesday's
				// fire is asked to call".)
				if t, ok := subjectClauseTitle(text, chunks, sentWs, first.tx, seg); ok {
					if t == "" {
						diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a relative clause on the subject before its clause's verb, whose subject is a pronoun or a word of no one (those who voted in 2020 can register) left out"})
						continue
					}
					own = t
				}
			}
			if own == "" && len(later) == 0 && rel == [2]int{} && aside == "" {
				// "It describes corrosion and notes that the 2012
				// inspection had flagged cracks": the time dates the
				// complement, titled with its teller, not the telling.
				t, skip := tellingComplement(text, chunks, sentWs, first.tx)
				if skip {
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a complement of a verb of telling in the present whose teller makes no title (it ... and notes that X had flagged ... in 2012) left out"})
					continue
				}
				own = t
			}
			speaker := "" // the title of a relative clause on the speaker that ends the sentence, which the time dates
			if len(later) == 0 && rel == [2]int{} && aside == "" {
				// '"Nobody listened to us," said Rosa Lima, whose son was
				// pulled from the rubble last Thursday': the time dates
				// what the clause tells of the speaker, not the saying.
				pre := text[seg[0]:first.tx.Start]
				if i := max(strings.LastIndex(pre, ", who "), strings.LastIndex(pre, ", whose ")); i > 0 {
					speaker = speakerRelative(text, [2]int{seg[0] + i + 2, seg[1]}, &first.tx, strings.Fields(pre[:i]))
				}
			}
			participle := [2]int{} // the subject's participle phrase the time dates, when the clause has no time of its own
			if len(later) == 0 && rel == [2]int{} && seg[0] == s.start {
				if k, end := participleBeforeVerb(text, ws, first.tx, seg[1]); k > 0 && end == first.tx.End && noVerb(strings.Fields(text[seg[0]:ws[k].i])) && (finiteAfter(ws, end) || pastAfterCounted(ws, seg[0], end) || appositionAfter(text, ws, end)) &&
					!slices.ContainsFunc(ws[:k], func(w word) bool { return relativePronouns.Has(w.w) || relativeOpeners.Has(w.w) }) {
					// "A Canadian engineer and a Norwegian nurse kidnapped
					// in Niger two months ago have been released": the
					// time dates the kidnapping that the subject's phrase
					// tells, not the release.
					participle = [2]int{seg[0], end}
					for j := k - 1; j > 0; j-- {
						if ws[j].w == "of" && articleWords.Has(ws[j+1].w) {
							// "The brother of a woman from Aberdare
							// found dead ...": the woman was found.
							participle[0] = ws[j+1].i
							break
						}
					}
				}
			}
			derived := sinceFirst(text, seg, first.tx, firstAt(seg))
			dependent, inDependent := dependentTitle(text, seg, first.tx)
			if inDependent && dependent != "" && !derived && !headline(dependent) {
				// "... would ask prosecutors to review the case before the
				// full hearings open in September": a title of the clause
				// with no verb a headline shows ("The full hearings open")
				// gives way downstream to the whole sentence's, which the
				// time does not date; no event.
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a clause of after or before whose title is no headline left out"})
				continue
			}
			if inDependent && dependent == "" && !derived {
				// "Vos had faced criticism after his department admitted
				// last Friday that ...": the time dates the clause of
				// "after", which has no title of its own, not the
				// criticism.
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a clause of after or before with no title of its own left out"})
				continue
			}
			shared, sharedAt := "", 0 // the subject of a second predicate the time dates, and where it starts
			if predFrom[gi] > 0 {
				shared, sharedAt = secondPredicateSubject(text, seg, predFrom[gi])
			} else if rel == [2]int{} && aside == "" && speaker == "" && dependent == "" && participle == [2]int{} && !derived {
				shared, sharedAt = sharedPredicate(text, seg, first.tx)
			}
			if sharedAt < 0 {
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a second predicate after a clause said (said he would ..., and would ...) left out"})
				continue
			}
			if forecastSaid(chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start)) {
				// "The weather office kept its gale alert up and said more
				// snow was forecast for Friday evening": when the forecast
				// thing is due dates neither predicate.
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "time of what a second predicate of saying tells is forecast (and said more snow was forecast for Friday evening) left out"})
				continue
			}
			future := -1 // where the title of what a verb of saying or finding tells starts (reportedComplement)
			if shared == "" && (rel == [2]int{} || rel == asideCut) && aside == "" && speaker == "" && dependent == "" && participle == [2]int{} && !derived {
				// "The museum said it will reopen to the public in
				// June": the time dates what will happen, titled by its
				// clause, with the speaker for its pronoun ("The museum
				// will reopen to the public"), not the saying; a "would"
				// keeps the saying that makes it a future ("The museum
				// said it would reopen to the public").
				if f, subj, at := reportedComplement(text, chunks, sentWs, first.tx, seg); f >= 0 && subj != "" {
					shared, sharedAt, future = subj, at, f
				} else if f >= 0 {
					future = f
				} else if len(later) == 0 && !attributive(text, first.tx) && !isPossessive(ws, first.tx) && sayingPhrase(chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start)) && !sayingPhraseOwnTime(chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start), first.tx) {
					// "They rejected her claim, saying she had signed the
					// papers in 2018": what the phrase says, with no title
					// of its own here, is not the rejection's. (A time that
					// names a noun's happening titles it: ", adding that
					// next month's summit would ...".)
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of what a phrase of saying set off after the clause tells (, saying she had signed them in 2018) with no title of its own left out"})
					continue
				}
			}
			prevSent := sentDate // (restored when the candidate is left out below)
			segDate[gi] = first
			if sentDate == nil {
				sentDate = first
			}
			kd, noun := classifyNoun(ws, first.tx)
			if future >= 0 {
				kd, noun = classifyNoun(words(text, future, seg[1]), first.tx)
			}
			var ante [2]int // the subject, when a relative clause stands between it and this clause
			if gi >= 2 && relativeClause(text, segs[gi-1]) && !inSet(titleConjunctions, firstWord(strings.TrimLeft(text[seg[0]:seg[1]], " "))) {
				// (Not when this clause is joined to the one before the
				// relative clause by a conjunction: "opened an inquiry into
				// her death, which is routine ..., and that an autopsy would
				// be carried out" has a subject of its own.)
				ante = segs[gi-2]
				am, _ := gf.find(ante[0], ante[1])
				m.persons, m.actors = union(m.persons, am.persons), union(m.actors, am.actors)
			}
			c := candidate{doc: di, sent: s, seg: seg, tx: exprOf(first.tx), date: first.date, kind: kd, about: &about{m: m}, priority: 0}
			if predFrom[gi] > 0 {
				// A title joined from one predicate's subject and another
				// predicate's words ("The steel truss bridge was last
				// rehabilitated") is second to a source that tells the
				// happening in a clause of its own.
				c.priority = 1
			}
			span := first.tx // the expression, with the end of a range it opens
			if len(later) > 0 && rangeEnd(text, first.tx, later[0].tx) && first.date.Gran == timeline.Day &&
				later[0].date.Gran == timeline.Day && first.date.Before(later[0].date) &&
				later[0].date.First().Sub(first.date.First()) <= 31*24*time.Hour {
				// "from 18 to 20 June", "between Monday and Wednesday".
				c.setEnd(later[0].date)
				span.End = later[0].tx.End
				later = later[1:]
			}
			if derived {
				dependent = ""
			} else if span != first.tx {
				dependent, _ = dependentTitle(text, seg, span) // (a range's end is part of the time)
			}
			seqNoun := sequenceNoun(text, seg, first.tx, lx.namesHappening)
			fromClause := false // the title is told by the clause's own words, not by a side clause or a noun the time dates
			switch {
			case participle != [2]int{} && own == "":
				fromClause = true // (the phrase's title may hold a verb it hangs on: "said the first shipment loaded")
				c.title, c.noun, c.kind = clauseTitle(text, participle, &first.tx), true, kindOther
			case derived:
				// "her first trip since 19 July 2000": the date is the
				// previous trip's, not this one's.
				c.title, c.priority = derivedTitle(kd, m), 2
			case speaker != "":
				c.title = speaker
			case aside != "":
				// "Residents who fled their homes on Saturday were allowed
				// to return", "The company, fined in 2019 for similar
				// failures, said it would appeal": the time dates the
				// aside on the subject, which titles the event.
				c.title = aside
			case own != "":
				c.title, c.kind = own, kindOther
			case dependent != "":
				// "... after Prime Minister Jan Novak resigned on
				// Tuesday", "the first loss of a shuttle since Challenger
				// exploded in January 1986": the time dates that clause.
				c.title = dependent
			case seqNoun != "":
				// "Two studios were competing for the rights before the
				// author's death in May": the time dates the death, not
				// the competing, which came before it.
				c.title, c.noun = seqNoun, true
				if !noun || kd.class() == kindStatement {
					c.kind = kindOther
				}
			case noun && kd.class() != kindStatement:
				c.title, c.priority, c.noun = nounTitle(kd, m), 1, true
				if len(m.actors) == 0 {
					c.title = clauseTitle(text, seg, &first.tx)
				}
				if len(m.actors) == 0 && future >= 0 {
					// "The council said it will decide on the plan at a
					// meeting on April 4": what will happen, not the
					// saying ("The council will decide on the plan at a
					// meeting").
					c.title = sharedTitle(text, seg, span, shared, sharedAt, future, s.end)
				}
			case objectTime(text, seg, first.tx) && subjectTime(text, seg, first.tx):
				// "Organisers of tomorrow's silent march expect ...",
				// "After Sunday's bombing, markets fell": the time dates
				// the noun, not the verb after it; the mention is the
				// noun's happening, titled by its words up to the one
				// that names it, or none ("Relatives of Sunday's victims
				// gathered ...": the victims are no happening, and the
				// gathering is not Sunday's).
				t := happeningPhrase(text, seg, first.tx, lx.namesHappening)
				if t == "" {
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "date of a noun before its clause's verb, which names no happening, left out"})
					continue
				}
				c.title, c.noun, c.kind = t, true, nounKind(ws, first.tx)
			case si == 0 && headlineYearNoun(text, first.tx) && lx.namesHappening(possessiveWords(text, seg, first.tx)):
				// "Man jailed for 2024 arson attack on mosque": a
				// headline drops the article before the year, which
				// dates the happening its noun names, not the headline's
				// news (see headlineYearNoun): the mention is the noun's.
				c.title, c.noun, c.kind = possessiveTitle(text, seg, first.tx), true, nounKind(ws, first.tx)
			case objectTime(text, seg, first.tx) && (isPossessive(ws, first.tx) || lx.namesHappening(possessiveWords(text, seg, first.tx))):
				// "Police arrested two men over Sunday's bombing": the
				// time dates the bombing, which the mention tells, not
				// the arrest. (A noun that names no happening, "a 2007
				// Ford", is left as it was.)
				c.title, c.noun, c.kind = possessiveTitle(text, seg, first.tx), true, nounKind(ws, first.tx)
			case isPossessive(ws, first.tx):
				c.title, c.noun = possessiveTitle(text, seg, first.tx), true
			case ante != [2]int{}:
				fromClause = true
				c.title = capitalize(closeApposition(tidy(text[ante[0]:ante[1]])) + " " + asWritten(clauseTitle(text, seg, &span), " "+text[seg[0]:seg[1]]))
			case rel != [2]int{}:
				fromClause = true
				t := seg
				if future >= 0 && shared == "" && future < rel[0] {
					t[0] = future // ("said the launch, planned for May, would slip into next year")
				}
				c.title = titleWithout(text, t, span, rel, relTx)
			case future >= 0 && shared == "":
				fromClause = true
				c.title = sharedTitle(text, seg, span, "", 0, future, s.end)
			case shared != "":
				fromClause = true
				// "The panel, chaired by a retired judge, has questioned
				// 40 witnesses, and is due to report by the end of June":
				// the time dates the second predicate, told with the
				// subject of both ("The panel is due to report").
				c.title = sharedTitle(text, seg, span, shared, sharedAt, -1, s.end)
			default:
				fromClause = true
				end := seg
				if len(later) > 0 && later[0].date != first.date {
					end[1] = andOtherDate(text, seg, span, later[0].tx)
				}
				c.title = clauseTitle(text, end, &span)
			}
			if mc := modifierTime(chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start), seg[0], first.tx.Start, lx.namesHappening); fromClause && rel == [2]int{} && mc > 0 && (!titleHasVerb(c.title, sentWs, chunks[mc].vend) || titleHasClauseAbove(c.title, chunks, sentWs, mc) || participle != [2]int{} && chunks[mc].kind == clReduced && !headline(c.title)) {
				// "Greg Hale, whom the mayor beat on May 3, was not
				// offered a post", "The two guards placed on leave last
				// week remain suspended": the time stands in a relative
				// clause or a participle phrase on a noun, and dates what
				// that part tells, never the clause the noun stands in,
				// whose title this is. The part titles the event when it
				// tells a happening of its own ("the UN appeal launched on
				// October 24 has raised half its target" -> "The UN appeal
				// was launched"); else no event: the sentence does not give
				// the clause's own time (correct before complete).
				// (Only a reduced participle ("Two men detained") is so
				// mended; a relative clause on the subject's noun holds
				// its own verb, "the building that collapsed this
				// morning", and titles the happening its time dates as it
				// stands: left out, its day goes to the headline, which
				// may tell a span before that day, "Tenants warned of
				// cracks for weeks before the building fell".)
				t := modifierTitle(text, chunks, sentWs, mc, first.tx)
				if t == "" {
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "time of a relative clause or participle phrase on a noun, under a title of the clause the noun stands in, left out"})
					segDate[gi], sentDate = nil, prevSent
					unownedRoom = unowned[:0]
					continue
				}
				c.title, c.kind, c.noun = t, kindOther, false
			}
			if oc, shared := otherConjunct(c.title, chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start)); fromClause && rel == [2]int{} && oc > 0 && shared {
				// "The charity runs three shelters in the city and opened
				// a fourth last October": a past time in a second
				// predicate of a clause told in the present dates that
				// predicate, told with the shared subject ("The charity
				// opened a fourth"); left as it was when that makes no
				// title.
				sv := sentWs[chunks[oc].verb]
				subj := text[sentWs[chunks[0].from].i:sentWs[chunks[0].verb-1].j]
				if t := sharedTitle(text, seg, span, subj, sv.i, -1, s.end); t != "" && titleHasVerb(t, sentWs, chunks[oc].vend) {
					c.title, c.kind, c.noun = t, kindOther, false
				}
			} else if fromClause && rel == [2]int{} && oc > 0 {
				// "A court has charged a builder, and officers on Tuesday
				// detained his partner": the time stands in a second
				// clause with a subject of its own, and dates what that
				// clause tells, never the first, whose title this is: the
				// second clause titles the event ("Officers detained his
				// partner").
				// (A second clause that makes no headline of its own, with
				// no verb of its own in it or opening on a preposition, "and
				// in May by a loose valve found in checks", is left
				// as it was: the chunker may have read a phrase for it.)
				sub := [2]int{sentWs[chunks[oc].subj].i, seg[1]}
				if sub[0] > seg[0] && sub[0] <= first.tx.Start {
					sp := span
					if t := clauseTitle(text, sub, &sp); t != "" && titleHasVerb(t, sentWs, chunks[oc].vend) && !prepositions.Has(asciiLower(firstWord(t))) {
						c.title, c.kind, c.noun, span = t, kindOther, false, sp
					}
				}
			}
			if fc := chunkOf(chunks, sentWs, first.tx.Start); fromClause && rel == [2]int{} && before(first.date) && futureMainSide(chunks, sentWs, fc) && titleHasVerb(c.title, sentWs, chunks[0].vend) {
				// "Passengers whose details were stolen when the company
				// was hacked last year will be offered 50 pounds": a past
				// time in a part under a main clause told in the future
				// dates that part's happening, never what is still to
				// come, whose title this is; no event (a part that titles
				// its own happening has been given it above: "The two
				// guards placed on leave last week will remain
				// suspended" -> "The two guards were placed on leave").
				m := fc
				for n := 0; m > 0 && n < 16 && chunks[m].kind != clRelative && chunks[m].kind != clReduced; n++ {
					m = chunks[m].parent
				}
				if t := modifierTitle(text, chunks, sentWs, m, first.tx); t != "" {
					// (The part titles its own happening: "The woman who
					// allegedly shot two co-workers in September will
					// face trial" -> "The woman allegedly shot two
					// co-workers".)
					c.title, c.kind, c.noun = t, kindOther, false
				} else {
					diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "past time of a relative or adverbial clause under a main clause told in the future (passengers whose details were stolen last year will be offered) left out"})
					segDate[gi], sentDate = nil, prevSent
					unownedRoom = unowned[:0]
					continue
				}
			}
			for _, u := range unowned {
				// "The board's decision to sack him on Monday was made at
				// a meeting": a time the clause does not own leaves the
				// title with its preposition.
				c.title = withoutUnownedTime(c.title, u.Text)
			}
			unownedRoom = unowned[:0]
			// "The Aug. 7 bombings killed 224 people, officials said on
			// Wednesday": a later date that ends the title is the
			// attribution's, not the event's.
			for _, l := range later {
				c.title = withoutTrailingTime(c.title, l.tx.Text)
				if l.date != first.date {
					c.title = withoutOtherConjunct(c.title, l.tx.Text)
					c.title = withoutRelativeEnd(c.title, l.tx.Text)
				}
			}
			if durDays > 1 && durDays <= 31 && first.date.Gran == timeline.Day && kd.class() == kindMeeting {
				c.setEnd(timeline.DayOfTime(first.date.First().AddDate(0, 0, durDays-1)))
			}
			tseg := seg
			if fw := words(text, seg[0], min(seg[1], seg[0]+40)); seg[0] > c.sent.start && len(fw) > 0 && toldVerb(fw[0].w) && strings.HasSuffix(strings.TrimSpace(text[c.sent.start:seg[0]]), ",") {
				// ("Erik Holm, who coached him in 2021, said he expected
				// ...": the teller stands before the clause an aside
				// ended.)
				tseg[0] = c.sent.start
			} else if subjectAsideBefore(text, c.sent.start, seg[0]) {
				// ("Police said the driver, who was not injured, had
				// fled the scene on Saturday": the clause after a
				// relative aside on the subject of what is told is told
				// by the verb of saying before it.)
				tseg[0] = c.sent.start
			}
			latePred, noTold := false, false
			othersSaid := "" // the saying's title, when what it tells opens on a pronoun that names no teller
			var pending *bareToldClause
			pendingTitle := ""
			if saidAside == "" && saysWithoutTold(text, tseg, first.tx, c.title) {
				// "... evidence taken from her laptop, which he said was
				// seized unlawfully in October": the time dates what is
				// told of the noun the relative pronoun stands for, and
				// a title that lost that subject ("He said was seized")
				// tells neither it nor the saying: no event.
				noTold = true
			} else if at := tellsSayingOnly(text, tseg, first.tx, c.title); at >= 0 {
				// "The minister told lawmakers on Monday that the plant
				// closed in March", "The coach said he expected the
				// striker to return in May": a time inside what a verb of
				// saying tells dates the told happening, never the
				// saying: titled by what is told ("The plant closed"),
				// with the teller for its pronoun (the saying keeps its own
				// time, when it has one: see told). (When what is told
				// makes no title of its own, the title stays.)
				t := toldTitle(text, tseg, span, at)
				if t == "" && bareTeller(text, tseg, at) >= 0 {
					// ("She admitted the council had sold the land in
					// 2019": told by the name the title gives her, once
					// the pronoun is named, below.)
					pending, pendingTitle = &bareToldClause{tseg, span, at}, c.title
				}
				if t == "" && pending == nil && othersTold(text, tseg, at) {
					// "Harbour master Tom Reyes said they closed the
					// slipway on Monday": the time dates
					// what is told of a pronoun that stands for others
					// than the teller, which makes no title (a pronoun
					// title names nobody), and the saying's title tells
					// the saying, which the time does not date: no event
					// (correct before complete), unless a later step
					// names the pronoun (othersTold).
					othersSaid = c.title
				}
				if t != "" {
					c.title = t
				} else if lt, moved, later := toldLaterConjunct(text, tseg[0], at, tseg[1], first.tx, c.title); later {
					// "A spokeswoman said the group had been staying at a
					// hotel in the village and had booked the flight on
					// Friday": a time in a later predicate of what is told
					// dates that predicate, never the earlier one the
					// title tells: titled by it ("The group had booked the
					// tour, a spokeswoman said"), else no event.
					// (lt starts at the clause's start: offsets move by
					// it, and after what is left out, by moved.)
					sp := span
					sp.Start, sp.End = sp.Start-moved-tseg[0], sp.End-moved-tseg[0]
					latePred = true
					if lt != "" {
						if t := toldTitle(lt, [2]int{0, len(lt)}, sp, at-tseg[0]); t != "" {
							c.title, latePred = t, false
						}
					}
				}
			}
			// "According to police, the driver fled ...": the source
			// stays with the claim ("The driver fled the scene,
			// according to police").
			c.title = accordingTitle(text, c.sent, seg, span, c.title)
			// "cut their target price, saying a delay could force a sale
			// before the end of the year", "cut 400 jobs with a pledge to
			// cut costs by the end of 2027": the time stands under a side
			// clause (sideClauseTime) and dates what that clause tells;
			// the title tells the clause above it, which holds no time
			// of its own:
			// the sentence does not date what the title tells, and no
			// event is made (correct before complete). Not when the
			// title keeps the time's words (the reader sees what it
			// dates), the side clause is told in the present (what a
			// thing does, "an order that closes the bridge from April"),
			// or the clause above is (a state at the telling, "she is
			// already a patient at Cliffside, having checked out of
			// Betty Ford on Thursday": its own rules weigh it) or told
			// with a modal (a plan, "will be wound down in stages, with
			// the last washers expected to come off the line in March":
			// the future's rules). An infinitive on a noun of a plan
			// counts only with a time not past at the telling ("with a
			// pledge to cut costs by the end of 2027"): a past one may
			// close the clause above ("rejected a proposal to lower the
			// voting age in a referendum on Sunday").
			sideOut := false
			if sc, ac := sideClauseTime(c.title, chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start)); fromClause && rel == [2]int{} && sc > 0 && !chunks[sc].present && !chunks[ac].present && !chunks[ac].modal && (chunks[sc].kind != clInfinitive || !before(first.date)) && (chunks[sc].kind == clCoord || chunks[sc].kind == clInfinitive || !strings.Contains(c.title, first.tx.Text)) && !slices.ContainsFunc(later, func(l dated) bool { return chunkOf(chunks, sentWs, l.tx.Start) == ac }) {
				sideOut = true
			}
			if saidAside != "" {
				c.title, c.kind, c.noun = saidAside, kindOther, false
			}
			aboveTime := false
			if oc := titleAboveTime(c.title, chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start), farFromTelling(d.Article.Published, first.date)); oc > 0 && !latePred && !noTold && pending == nil {
				// "The inspector said the lift had been reported as unsafe
				// in February": the time dates what is told, and the title
				// tells the telling. What is told titles the event when it
				// makes a headline, with its teller after it ("The lift
				// had been reported as unsafe, the inspector said") or the
				// teller's name for "he" or "she" ("Wexley said he had
				// stepped down as treasurer in August 2026" -> "Wexley had
				// stepped down as treasurer"); else no event (correct before
				// complete). Not when a pronoun right before the told verb
				// is its subject: the chunker opened the clause too soon
				// ("bought the house through a trust he had set up in
				// January").
				aboveTime = true
				cl := &chunks[oc]
				from := cl.from
				if sentWs[from].w == "that" && from+1 < cl.to {
					from++
				}
				sub := [2]int{sentWs[from].i, seg[1]}
				if opensQuotation(text, sub[0]) {
					// ("said that \"a first batch\" of refunds had been
					// processed on Wednesday": what is told opens inside
					// a quotation, whose marks a title from its first
					// word would break: no title of it, and no event.)
				} else if sub[0] >= first.tx.Start || sentWs[from].w == "it" && cl.verb == from+1 && chunkOf(chunks, sentWs, first.tx.Start) == oc {
					// (What the chunker took for the told clause opens on
					// the time: it misread the clause, "A similar inquiry two
					// decades ago had originally laid the blame".)
					aboveTime = false
				} else if early := cl.verb-1 > from && subjectPronouns.Has(sentWs[cl.verb-1].w); early || sub[0] <= seg[0] {
				} else if t := toldTitle(text, tseg, span, sub[0]); t != "" && titleHasVerb(t, sentWs, cl.vend) {
					c.title, aboveTime = t, false
				} else {
					sp := span
					t := clauseTitle(text, sub, &sp)
					if p := cl.parent; p >= 0 && tellerPronouns.Has(sentWs[from].w) && cl.verb == from+1 && chunks[p].verb > chunks[p].from && chunks[p].verb-chunks[p].from <= 4 && strings.HasPrefix(t, capitalize(sentWs[from].w)+" ") {
						// (The teller, a short subject opening on a capital,
						// is the told "he", "she" or "they": "Police said they
						// had recovered the haul in 2009". Not "it", which
						// may be a thing the teller tells of: "The council says
						// it had been flagged as unsafe".)
						r, _ := utf8.DecodeRuneInString(text[sentWs[chunks[p].from].i:])
						if tw := sentWs[chunks[p].from].w; unicode.IsUpper(r) && !subjectPronouns.Has(tw) && !prepositions.Has(tw) && !slices.ContainsFunc(sentWs[chunks[p].from:chunks[p].verb], func(w word) bool { return w.comma }) {
							t = text[sentWs[chunks[p].from].i:sentWs[chunks[p].verb-1].j] + t[len(sentWs[from].w):]
						}
					}
					if fw := asciiLower(firstWord(t)); chunkOf(chunks, sentWs, first.tx.Start) == oc && t != "" && titleHasVerb(t, sentWs, cl.vend) && !prepositions.Has(fw) && !subjectPronouns.Has(fw) && !possessivePronouns.Has(fw) {
						c.title, c.kind, c.noun, aboveTime = t, kindOther, false, false
					}
				}
			}
			if latePred {
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "time of a later predicate of what a verb of saying tells, under a title of an earlier one, left out"})
			} else if noTold {
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "time of what a verb of saying tells of a relative pronoun, under a title that lost that subject, left out"})
			} else if aboveTime {
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "time of what a verb tells in the past perfect, under a title of the telling, left out"})
				segDate[gi], sentDate = nil, prevSent
			} else if sideOut {
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, sideClauseOut})
				segDate[gi], sentDate = nil, prevSent
			} else if othersSaid != "" && c.title == othersSaid {
				diags = append(diags, Diagnostic{d.Article.Path, first.tx.Start, first.tx.Text, "time of what a verb of saying tells of a pronoun that may be others' (said they closed it on Monday), under a title of the saying, left out"})
				segDate[gi], sentDate = nil, prevSent
			} else {
				k := -1
				if pending == nil && (told != nil || !holdsSayingDay(d.Article.Published, first.date)) {
					k = sayingComplement(c.title, chunks, sentWs, chunkOf(chunks, sentWs, first.tx.Start))
				}
				if k > 0 {
					// "The company said the ship would dock on Friday",
					// "She said she noticed holes on June 2": the time
					// dates what is told, and a title still on the
					// saying's words (no told title was made above) would
					// date the saying by it. The source stays with the
					// happening it joins, but never titles it when another
					// source does (sayingTold). A time that holds the
					// report's day or the day before ("this morning",
					// "yesterday") holds the saying's day too: the title
					// then agrees with it, unless the saying has a later
					// time of its own (told: "said on Thursday that the
					// refunds were paid on Wednesday").
					prio := c.priority
					c.priority = sayingTold
					if told != nil {
						c.priority = sayingToldDated
					} else if toldStates(chunks, sentWs, k) {
						// "Birch said photographs taken in March show the
						// wall cracked": a state told has no happening
						// the saying's words could title on its time
						// (toldStates). Titled by what is told when it
						// makes a title ("Photographs taken by a neighbour
						// show the wall cracked, Birch said"), else no
						// event of that time (dropSayingTitled).
						from := chunks[k].from
						if sentWs[from].w == "that" && from+1 < chunks[k].to {
							from++
						}
						c.priority = sayingToldDated
						if t := toldTitle(text, tseg, span, sentWs[from].i); t != "" && titleHasVerb(t, sentWs, chunks[k].vend) {
							c.title, c.priority = t, prio
						}
					} else if m := toldModifierTime(chunks, sentWs, k, first.tx); m > 0 {
						// "The commissioner said the permit issued in
						// April covered interior work only", "Cho said the
						// suit draws on documents released last month":
						// the time dates what a participle or relative
						// clause tells of a noun inside what is told, not
						// the told happening, and not the saying its
						// title tells. Titled by that part when it makes
						// a headline ("The permit was issued", as the
						// same part under a main clause is: modifierTime),
						// else no event of that time (dropSayingTitled).
						c.priority = sayingToldDated
						if t := modifierTitle(text, chunks, sentWs, m, first.tx); t != "" {
							c.title, c.kind, c.noun, c.priority = t, kindOther, false, prio
						}
					}
				}
				out = append(out, c)
				if pending != nil && c.title == pendingTitle {
					if pronounTold == nil {
						pronounTold = map[int]bareToldClause{}
					}
					pronounTold[len(out)-1] = *pending
				}
			}
			if told != nil {
				// (The telling stays an event of its own time: "A tax
				// inspector told the court on Tuesday that ..." is the
				// day's testimony.)
				out = append(out, candidate{doc: di, sent: s, seg: seg, tx: exprOf(told.tx), date: told.date, kind: classify(ws, told.tx),
					about: &about{m: m, title: withoutTrailingTime(clauseTitle(text, seg, &told.tx), first.tx.Text)}, priority: 1})
			}
			// A second date in the clause that names another kind of
			// happening ("said yesterday ... the treaty they signed on
			// Wednesday") is an event of its own.
			kinds := []kind{kd}
			// Each further date is classified on the clause: a handful is
			// plenty, and a clause of thousands of dates stays linear.
			mainDated := !c.noun
			// "A boy was rescued on Thanksgiving Day ..., the Coast Guard
			// said Friday": the closing attribution's time dates no event
			// of its own; the happening is what it reports.
			attrAt := len(text)
			if kd.class() != kindStatement && !c.noun {
				// (A clause that its first date does not date, "detained
				// a man over last week's bombing, officials said
				// Saturday", is dated by the attribution.)
				if kept := withoutAttribution(ws, first.tx); len(kept) < len(ws) {
					attrAt = ws[len(kept)].i
				}
			}
			for _, l := range later[:min(len(later), maxLaterDates)] {
				lk := classify(ws, l.tx)
				if k := sequenceClause(text, seg, l.tx, nil); k > first.tx.End && l.date != first.date && !first.date.Contains(l.date) && l.date.Gran == timeline.Day && !c.noun && laterSequence(text, seg, k, l.tx) {
					// "Rescuers pulled 23 bodies from the strait on Friday
					// after a crowded ferry overturned shortly before
					// midnight on Thursday": the later time dates the
					// clause of "after", a happening of its own, titled
					// by that clause or by nothing.
					if t := clauseTitle(text, [2]int{k, seg[1]}, &l.tx); publishable(t) && !inSet(possessivePronouns, firstWord(t)) {
						out = append(out, candidate{doc: di, sent: s, seg: seg, tx: exprOf(l.tx), date: l.date, kind: classify(spanWords(k, seg[1]), l.tx),
							about: &about{m: m, title: t}, priority: 1})
					}
					continue
				}
				if mainDated && lk.class() == kindStatement && l.tx.Start >= attrAt {
					continue
				}
				if !mainDated && !isPossessive(ws, l.tx) && !datedNounAhead(text, l.tx) && l.date != first.date {
					// "The death toll from Tuesday's bomb attack rose to 15
					// on Thursday": the first date named a noun; this one
					// dates the clause. (Not one that names a noun itself,
					// "Friday's fines follow a review of the June 3
					// upgrade": datedNounAhead.)
					mainDated = true
					out = append(out, candidate{doc: di, sent: s, seg: seg, tx: exprOf(l.tx), date: l.date, kind: lk,
						about: &about{m: m, title: clauseTitle(text, seg, &l.tx)}, priority: 1})
					continue
				}
				if isPossessive(ws, l.tx) && l.date != first.date {
					// "searching on Wednesday for the men behind Tuesday's
					// market bombing": the noun is a happening of that day.
					out = append(out, candidate{doc: di, sent: s, seg: seg, tx: exprOf(l.tx), date: l.date, kind: lk,
						about: &about{m: m, title: possessiveTitle(text, seg, l.tx)}, noun: true, priority: 1})
					continue
				}
				if lk == kindOther || slices.Contains(kinds, lk) {
					continue
				}
				if laterSubordinate(text, first.tx, l.tx) {
					// "The government on Wednesday fired the head of the
					// office after documents showed his department had
					// been warned three years ago": the later time is
					// the warning's, in a clause of "after" the clause's
					// title does not tell; no event.
					continue
				}
				kinds = append(kinds, lk)
				out = append(out, candidate{doc: di, sent: s, seg: seg, tx: exprOf(l.tx), date: l.date, kind: lk,
					about: &about{m: m, title: innerTitle(text, seg, l.tx, lk, m)}, priority: 1})
			}
		}
		// A clause with no date of its own that reports a key happening
		// takes the date of its sentence ("..., as Ruiz began his visit";
		// "While Berg was abroad on Wednesday, the army fired missiles").
		for gi, seg := range segs {
			if segDate[gi] != nil || sentDate == nil || predFrom[gi] > 0 || !inherits(text, segs, gi) {
				continue
			}
			ws := spanWords(seg[0], seg[1])
			pseudo := timex.Timex{Start: seg[0], End: seg[0]}
			kd := classify(ws, pseudo)
			if !kd.key() {
				continue
			}
			m, _ := gf.find(seg[0], seg[1])
			out = append(out, candidate{doc: di, sent: s, seg: seg, tx: exprOf(sentDate.tx), date: sentDate.date,
				kind: kd, about: &about{m: m, title: clauseTitle(text, seg, nil)}, priority: 2})
		}
		// A clause that names its people by pronoun ("he", "the two
		// leaders") or not at all takes the people of the sentences just
		// before it, the way a reader resolves them.
		unsure := map[int]bool{} // (out indices whose pronoun storySubject left in doubt)
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || c.kind == kindLaunch || c.noun {
				continue
			}
			if relativeClause(text, c.seg) {
				// "Kim, who arrived on Wednesday, ...": who is the clause before.
				pm, _ := gf.find(c.sent.start, c.seg[0])
				c.m.persons = union(c.m.persons, pm.persons)
				c.m.actors = union(c.m.actors, pm.actors)
				tx := c.tx.timex()
				if t, _ := dependentTitle(text, c.seg, tx); t == "" {
					// (One whose time dates a clause of its own, "which
					// came weeks after the singer died on July 25", "who
					// went ahead even though the firm had known of the
					// flaw a year ago", keeps that clause's title.)
					c.title = relativeTitle(text, c.sent.start, c.seg, &tx, lx.namesHappening)
				}
				continue
			}
			// A title that opens on "he" or "she" has a pronoun subject
			// too, after a time its clause opened on ("On Saturday she
			// walked off Centre Court").
			// (A "his" or "her" that opens the title counts when it opens
			// the sentence: "Kathryn Jenkin, 20, and her mother were
			// found" may tell of a name just before it, which the lists
			// need not know.)
			w := strings.ToLower(firstWord(c.title))
			inside := (w == "his" || w == "her") && !strings.HasPrefix(strings.ToLower(text[c.sent.start:c.sent.end]), w+" ")
			pronoun := pronounSubjectWords(spanWords(c.seg[0], c.seg[1])) || personPronounAt(c.title) == 0 && !inside
			// "him" after the clause's verb names no one in the title
			// ("Lawmakers called for him to step down"): it is the one
			// person the sentences before name, if they name one.
			obj := -1
			if !pronoun && len(c.m.persons) == 0 {
				obj = objectPronounAt(c.title)
				if obj < 0 {
					// "The commission said that he had no plans to step
					// down": what was said tells of the one person the
					// sentences before name, as a "him" does.
					obj = reportedPronounAt(c.title)
				}
			}
			if !pronoun && obj < 0 && (len(c.m.persons) > 0 || !c.kind.key()) {
				continue // statements without a speaker are handled below
			}
			// Where to look: earlier in the same sentence ("Ruiz is in
			// Vladivostok, where he ..."), then the two sentences before.
			spans := [][2]int{{c.sent.start, c.seg[0]}}
			for back := si - 1; back >= max(0, si-2); back-- {
				spans = append(spans, [2]int{sents[back].start, sents[back].end})
			}
			named := false
			if pronoun && c.seg[0] > c.sent.start {
				// The subject that opens the same sentence, a name the
				// lists need not know ("Rossi, who retired in May, had a
				// following in Japan, where she toured ..."), is the one
				// its "he" or "she" tells of, before anyone the sentences
				// before name.
				if pm, _ := gf.find(c.sent.start, c.seg[0]); len(pm.persons) == 0 && personPronounAt(c.title) >= 0 {
					if who := subjectName(text[c.sent.start:c.seg[0]], text[:c.sent.start], g); who != "" {
						if t := namePronoun(c.title, who); t != c.title {
							c.title, named, c.coref = t, true, true
						}
					}
				}
			}
			for _, sp := range spans {
				if named {
					break
				}
				pm, prev := gf.find(sp[0], sp[1])
				if len(pm.persons) == 0 {
					continue
				}
				persons := pm.persons
				// (Several: whom "him" stands for is a guess; nor is it the
				// one who spoke, "..., spokeswoman Ana Lind said".)
				if obj >= 0 && len(pm.persons) == 1 && !strings.Contains(c.title, pm.persons[0]) && !speakerOf(prev, pm.persons[0]) {
					who := pm.persons[0]
					ws := strings.Fields(c.title)
					ws[obj] = who + strings.TrimLeft(ws[obj], "abcdefghijklmnopqrstuvwxyz")
					c.title = strings.Join(ws, " ")
				} else if obj >= 0 && !c.kind.key() {
					break
				}
				if pronoun {
					// "he" is one person: the one named first, the subject.
					who := g.firstPerson(prev)
					c.title, named = namePronoun(c.title, who), who != ""
					persons = []string{who}
				}
				c.coref = true
				c.m.persons = union(c.m.persons, persons)
				c.m.actors = union(c.m.actors, persons)
				break
			}
			if obj >= 0 && obj == objectPronounAt(c.title) && !c.coref && si > 0 {
				// "If convicted, Kowalczyk faces ..." "Senate Republicans
				// called on him to step down": a name the lists do not
				// know, the subject of the sentence before, is the "him"
				// (not a "he" after "said": "The runner said he was ..."
				// may tell of the runner).
				if who := previousSubject(text, sents[si-1], g); who != "" && !strings.Contains(c.title, who) {
					ws := strings.Fields(c.title)
					ws[obj] = who + strings.TrimLeft(ws[obj], "abcdefghijklmnopqrstuvwxyz")
					c.title, c.coref = strings.Join(ws, " "), true
				}
			}
			if !named && pronoun && personPronounAt(c.title) >= 0 {
				// A person the name lists do not know ("Mila Kovac") is
				// named in the title all the same, by the name the story
				// gives its subject; the name is not one of the clause's
				// people, which the other sentences naming her do not have
				// either (nor when the sentences before name someone else
				// the lists know only by a role: "Dr. Ana Ruiz", whom
				// "he" need not be). A title left with its "she" is the
				// weaker source.
				who := storySubject(text, sents, si, g, c.title)
				if who == unsureSubject {
					who = ""
					unsure[i] = true
				}
				c.title = namePronoun(c.title, who)
				c.coref = true
			}
		}
		// "She admitted the council had sold the land to a developer in
		// 2019", its "she" now named ("Ana Ruiz admitted ..."): what a
		// named teller tells is titled by what is told, with the name
		// (namedTellerTitle).
		for i, tc := range pronounTold {
			if t := namedTellerTitle(text, tc.seg, tc.span, tc.at, out[i].title); t != "" {
				out[i].title = t
			}
		}
		// A title that opens on "It" and a verb of its own ("It reopened
		// the inquiry") names what the sentence before opened on ("The
		// company opened an investigation in February ..."), when this
		// sentence opens on "It" too.
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || c.noun || si == 0 || !strings.HasPrefix(text[c.sent.start:c.sent.end], "It ") {
				continue
			}
			// (A live blog's clock stamp before a dash opens no subject:
			// "16:15 — The agency has issued a warning. It expects ...".)
			prev := text[sents[si-1].start:sents[si-1].end]
			np := itSubject(c.title, prev[clockStampEnd(prev):])
			if np == "" {
				continue
			}
			if m := g.find(np); (len(m.persons) > 0 || len(m.places) > 0) && !modifiedNoun(np) {
				continue // (a person or a place is no "it" that speaks)
			}
			t := np + c.title[len("It"):]
			if !publishable(t) {
				// ("The inquiry began": too short, the title is the
				// sentence's, as eventTitle would make it, named too.)
				tx := c.tx.timex()
				if whole := clauseTitle(text, [2]int{c.sent.start, c.sent.end}, &tx); strings.HasPrefix(whole, "It ") && publishable(np+whole[len("It"):]) {
					t = np + whole[len("It"):]
				}
			}
			c.title, c.coref = t, true
		}
		// A "there" in a title names the place its sentence named before
		// the clause ("the largest outbreak in Uganda since the virus was
		// first recorded there" -> "... recorded in Uganda").
		for i := sentOut; i < len(out); i++ {
			if c := &out[i]; c.sent.index == si && !c.noun {
				if j := strings.Index(text[c.sent.start:c.sent.end], " there"); j > 0 {
					if t := thereNamed(c.title, text[c.sent.start:c.sent.start+j], g); t != "" {
						c.title = t
					}
				}
			}
		}
		// "The station will close" and "All three will be honored" name
		// what the sentence before named fully ("the Elm Road fire
		// station", "the three men who ...").
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || si == 0 {
				continue
			}
			var room2 fieldRoom
			if ws := fieldsIn(&room2, c.title); len(ws) > 2 && strings.HasPrefix(text[c.sent.start:c.sent.end], ws[0]+" "+ws[1]+" ") {
				if t := definiteNamed(c.title, text[sents[si-1].start:sents[si-1].end]); t != "" {
					c.title, c.coref = t, true
				}
			}
		}
		// "..., where their son's pack was found" tells of the two people
		// the sentence opened on.
		for i := sentOut; i < len(out); i++ {
			if c := &out[i]; c.sent.index == si {
				if t := pairNamed(c.title, text[c.sent.start:c.sent.end]); t != "" {
					c.title, c.coref = t, true
				}
			}
		}
		// "The police said it had been stolen": the "it" of a passive
		// after a verb of saying is the thing the sentence before ended
		// on ("... how the man obtained the pistol").
		for i := sentOut; i < len(out); i++ {
			if c := &out[i]; c.sent.index == si && !c.noun && si > 0 {
				if t := passiveItNamed(c.title, text[sents[si-1].start:sents[si-1].end]); t != "" {
					c.title, c.coref = t, true
				}
			}
		}
		// A title still opening on the pronoun that opens its sentence
		// ("It grew to 38,400 hectares", "Its shares fell", "They will
		// present an estimate", "He filed a notice of appeal") names the
		// subject of the sentence before when that subject is certain to
		// be its owner: a name or a definite noun phrase of the
		// pronoun's number and class (see pronounOwner).
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || si == 0 || unsure[i] || c.noun && !personOpens(c.title, text[c.sent.start:c.sent.end]) {
				continue
			}
			sentence, prev := text[c.sent.start:c.sent.end], text[sents[si-1].start:sents[si-1].end]
			title := c.title
			if !publishable(title) && firstWord(sentence) != firstWord(title) {
				// ("Most could return" of "He said most could return by
				// Wednesday": the event's title is the sentence's, as
				// eventTitle would make it, named.)
				tx := c.tx.timex()
				title = clauseTitle(text, [2]int{c.sent.start, c.sent.end}, &tx)
			}
			t, _ := pronounOwner(title, sentence, prev, text[:sents[si-1].start], g)
			if t == "" && c.tx.End > c.tx.Start {
				// "It bought a chain of shops" of "The deal will be
				// Penrose's largest since it bought a chain of shops in
				// 2014": the owner is told before it in the sentence.
				t = withOwnerBefore(c.title, sentence, c.tx.Start-c.sent.start)
			}
			if t == "" && title == c.title {
				// "He hauled his crab pots ..." after "..., said Dave
				// Retallack, 61, who ...": the one person the sentence
				// before names. (Not the clause's own title made the
				// sentence's: a relative clause's time, "which was
				// filed the same day", dates no "He has returned".)
				prev2 := ""
				if si > 1 {
					prev2 = text[sents[si-2].start:sents[si-2].end]
				}
				t = lonePersonNamed(title, sentence, prev, prev2, text[:sents[si-1].start], g)
				if t == "" && si > 1 && chainedPronoun(title, prev, text[:sents[si-1].start], g) {
					// (the person the sentence before carried on as "he")
					prev3 := ""
					if si > 2 {
						prev3 = text[sents[si-3].start:sents[si-3].end]
					}
					if t = lonePersonNamed(title, sentence, prev2, prev3, text[:sents[si-2].start], g); t == "" {
						t, _ = pronounOwner(title, sentence, prev2, text[:sents[si-2].start], g)
					}
				}
				if t == "" && si > 1 && chainedThing(title, prev) {
					// (the thing the sentence before carried on as "it",
					// "they": "Brenmoor said it would ... It expects ...
					// Its shares fell 9%")
					t, _ = pronounOwner(title, sentence, prev2, text[:sents[si-2].start], g)
				}
			}
			// (The person named joins no event's people: what the
			// merge compares stays as it was, only the title is told
			// whole.)
			if t != "" {
				c.title, c.coref, c.pub = t, true, 0
			}
		}
		// "The company said ..." names the one business the article
		// named (see companyNamed).
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || si == 0 || c.noun || !strings.HasPrefix(c.title, "The ") {
				continue
			}
			if t := companyNamed(c.title, text[c.sent.start:c.sent.end], text[:c.sent.start], g); t != "" {
				c.title, c.coref, c.pub = t, true, 0
			} else if t := agedOwnerNamed(c.title, text[c.sent.start:c.sent.end], text[:c.sent.start]); t != "" {
				// "The 34-year-old won ..." names the one person the
				// article gave that age (see agedOwnerNamed).
				c.title, c.coref, c.pub = t, true, 0
			} else if t := bodyNamed(c.title, text[:c.sent.start], g); t != "" {
				// "The council voted ..." names the one council the
				// article named (see bodyNamed). (The name is the
				// article's own, written in full: no guess to rank
				// behind a title whose words are all its sentence's.)
				c.title, c.pub = t, 0
			} else if t := apposedNamed(c.title, text[:c.sent.start], g); t != "" {
				// "The ship passed an inspection" names the one ship the
				// article named beside its noun ("the cruise ship Coral
				// Vesper"; see apposedNamed).
				c.title, c.pub = t, 0
			} else if t := fullerNamed(c.title, text[:c.sent.start]); t != "" {
				// "The trial was halted" writes the trial as the
				// article wrote it before, "its Lyme disease vaccine
				// trial" (see fullerNamed).
				c.title, c.pub = t, 0
			}
		}
		// "The result was announced" after a sentence of a vote names
		// the count (see resultNamed).
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || si == 0 || !strings.HasPrefix(c.title, "The ") {
				continue
			}
			if t := resultNamed(c.title, text[c.sent.start:c.sent.end], text[sents[si-1].start:sents[si-1].end]); t != "" {
				c.title, c.coref = t, true
			}
		}
		// A statement with no speaker named takes the speaker the next
		// sentences attribute it to ("... the US voiced concerns." "...,"
		// spokesman John Kirby told a news conference.).
		for i := sentOut; i < len(out); i++ {
			c := &out[i]
			if c.sent.index != si || c.kind != kindStatement || len(c.m.persons) > 0 {
				continue
			}
			for _, n := range sents[si+1 : min(si+3, len(sents))] {
				nm, _ := gf.find(n.start, n.end)
				if len(nm.persons) == 1 && classify(spanWords(n.start, n.end), timex.Timex{Start: n.end, End: n.end}) == kindStatement {
					c.m.persons = nm.persons
					c.m.actors = union(c.m.actors, nm.persons)
					break
				}
			}
		}
	}
	return out, diags
}

// sharedTitle titles the clause seg with its time span: with shared, the
// subject of a predicate whose words start at sharedAt, told with that
// subject ("The panel is due to report", "The council will decide"); else
// from future, where what a verb of saying tells will happen starts.
// The title is made from the words of the clause's sentence alone, which
// ends at end: the text told with the subject is the shared subject and
// the sentence from sharedAt to end, never a copy of the whole article,
// which made this linear step quadratic in an article of many sentences.
func sharedTitle(text string, seg [2]int, span timex.Timex, shared string, sharedAt, future, end int) string {
	if shared == "" {
		return clauseTitle(text, [2]int{future, seg[1]}, &span)
	}
	end = min(max(end, seg[1]), len(text))
	d := sharedAt - len(shared) - 1 // where the shared subject's text starts, in text's offsets
	t2 := shared + " " + text[sharedAt:end]
	sp := span
	sp.Start, sp.End = span.Start-d, span.End-d
	return clauseTitle(t2, [2]int{0, seg[1] - d}, &sp)
}

// spanFinder is g.find on spans of one article's text, quotations
// masked, each span looked at once: a clause is read for its names, and
// again as the sentence before or after another's.
type spanFinder struct {
	g    *gazetteer
	text string
	memo map[[2]int]spanFound
}

type spanFound struct {
	m      mentions
	masked string
}

// find returns the mentions of text[a:b] with its quotations masked, and
// that masked text. The mentions' lists are shared: no one changes them
// in place.
func (f *spanFinder) find(a, b int) (mentions, string) {
	k := [2]int{a, b}
	if r, ok := f.memo[k]; ok {
		return r.m, r.masked
	}
	masked := maskQuotes(f.text[a:b])
	m := f.g.find(masked)
	if f.memo == nil {
		f.memo = map[[2]int]spanFound{}
	}
	f.memo[k] = spanFound{m, masked}
	return m, masked
}

// maxLaterDates bounds the further dates of one clause that may each make
// an event of their own.
const maxLaterDates = 8

// rangeEnd reports whether the expression b closes a range that a opens:
// "Tuesday to Thursday", "June 18 through June 20", "between Monday and
// Wednesday".
func rangeEnd(text string, a, b timex.Timex) bool {
	if b.Start < a.End {
		return false
	}
	switch between := strings.ToLower(strings.TrimSpace(text[a.End:b.Start])); {
	case rangeWords.Has(between):
		return true
	case between == "and":
		return strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:a.Start], " ")), "between")
	case between == "or":
		// "expected late Tuesday or early Wednesday": one day of the
		// two, which the span holds; either alone might be wrong.
		return true
	}
	return false
}

// rangeWords between two dates make a range (data/words.txt).
var rangeWords = wordSet("range-words")

// pronouns, openingPronouns and afterThe are the words of data/words.txt
// that stand for people named before; see pronounSubject.
var (
	pronouns        = wordSet("pronouns")
	openingPronouns = wordSet("opening-pronouns")
	afterThe        = wordSet("after-the")
)

// inherits reports whether clause gi of a sentence happens at the time its
// sentence gives: a clause of simultaneity ("as ...", "while ..."), or the
// main clause after an opening one ("While ..., the North fired ..."). A
// clause that elaborates ("when he met ...", "which ...") does not make an
// event of its own.
// maxRelative is the most words between a relative pronoun and a time
// expression of its clause ("who was rescued while clinging to an inner
// tube on Thanksgiving Day").
const maxRelative = 10

// timeNounEnd returns the byte where the noun that tx qualifies ends, when
// the time stands before it as a possessive ("Saturday's match") or after a
// determiner ("the 2004 tsunami", "the 9 November earthquake"): the words after it, up to four,
// in lower case and set apart by spaces alone, up to the first that is no
// part of a noun phrase (a preposition, an auxiliary, a verb in the past, a
// conjunction, a relative word, "to") or the end of the clause. It is
// tx.End when the time qualifies no noun, or when four words pass with no
// such word or end.
func timeNounEnd(text string, ws []word, tx timex.Timex) int {
	poss := possessiveAt(text, tx.End)
	if !poss && !attributive(text, tx) && !(inSet(determiners, firstWord(tx.Text)) && namedTime(tx.Text)) {
		// (Its determiner may open the time, "the 9 November", not a
		// time of words alone: "seized this week docked".)
		return tx.End
	}
	j := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.End })
	prev := tx.End
	if poss && j < len(ws) && ws[j].w == "s" {
		prev = ws[j].j
		j++
	}
	end := tx.End // (tx.End until a word is read)
	for n := 0; ; j, n = j+1, n+1 {
		if j == len(ws) || text[prev:ws[j].i] != " " {
			// The clause ends ("... in Sunday's vote.", "... the 2004
			// tsunami, which ...").
			return end
		}
		w := ws[j].w
		if prepositions.Has(w) || auxiliaries.Has(w) || titleConjunctions.Has(w) || relativePronouns.Has(w) || w == "that" || w == "to" || subordinators.Has(w) || pastVerb(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return end
		}
		if n == 4 || !isLower(text[ws[j].i:ws[j].j]) || determiners.Has(w) || pronouns.Has(w) {
			return tx.End
		}
		end, prev = ws[j].j, ws[j].j
	}
}

// namedTime reports whether a time expression ends on a number or a name
// ("the 9 November", "the 2004"), not a word in lower case ("this week").
func namedTime(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsDigit(r) {
		return true
	}
	return !isLower(s[strings.LastIndexByte(s, ' ')+1:])
}

// personRelatives open a relative clause on a person ("people who fell
// ill", data/words.txt).
var personRelatives = wordSet("person-relatives")

// groupComma reports whether the comma before w parts the digits of a
// number ("3,000"), not two words or clauses.
func groupComma(text string, w word) bool {
	if !w.comma || w.i < 2 || text[w.i-1] != ',' || !(text[w.i-2] >= '0' && text[w.i-2] <= '9') || w.j-w.i != 3 {
		return false
	}
	for k := w.i; k < w.j; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return true
}

// asideTitle is the title of the aside on a clause's subject that the time
// tx dates, when the clause's verb follows it and has no time of its own:
// a relative clause with no comma ("Residents who fled their homes on
// Saturday were allowed to return" -> "Residents fled their homes"), or a
// participle's phrase set off by commas ("The company, fined in 2019 for
// similar failures, said it would appeal" -> "The company was fined for
// similar failures"). The subject is a few words with no comma or verb of
// its own. "" when there is none, or when the title would not read as a
// headline (the clause's title stays).
func asideTitle(text string, seg [2]int, ws []word, tx timex.Timex) string {
	at := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.Start })
	after := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.End })
	if at == 0 || at >= len(ws) || after >= len(ws) || at > maxRelative+6 {
		return ""
	}
	finite := func(j int) bool {
		w := ws[j].w
		return auxiliaries.Has(w) && !nonfiniteAuxiliaries.Has(w) || pastVerb(w) || len(w) > 3 && strings.HasSuffix(w, "ed") ||
			len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isLower(text[ws[j].i:ws[j].j])
	}
	noVerbIn := func(a, b int) bool {
		for j := a; j < b; j++ {
			w := ws[j].w
			if ws[j].comma && j > a && !groupComma(text, ws[j]) || auxiliaries.Has(w) || pastVerb(w) || reportingVerbs.Has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
				return false
			}
		}
		return true
	}
	// A verb that tells what the thing said ("The final report, published
	// on Tuesday, found that ...", "The complaint, lodged on Tuesday,
	// alleges ...") tells it at the aside's time: the clause keeps its
	// title.
	tells := func(k, j int) bool {
		if !contentVerbs.Has(ws[j].w) && !reportingVerbs.Has(ws[j].w) && !sayingVerb(ws[j].w) {
			return false
		}
		// (A document's: "The company, fined in 2019, said it would
		// appeal" is no saying of 2019. Nor a paper's ordering: "The
		// audit, commissioned by the council in March, says ..." tells
		// when it is done, after it is ordered, as "A review
		// commissioned in January found" does (modifierTime).)
		if commissioning.Has(ws[k].w) {
			return false
		}
		return slices.ContainsFunc(ws[:k], func(w word) bool { return documentNouns.Has(w.w) })
	}
	if t := openingParticiple(text, ws, at, after, tx); t != "" {
		return t
	}
	for k := at - 1; k >= 1; k-- {
		if ws[k+1].comma && k+1 < at && !groupComma(text, ws[k+1]) {
			return ""
		}
		w := ws[k].w
		switch {
		case (w == "who" || w == "that" && thatAfterNoun(ws, k)) && !ws[k].comma && !ws[after].comma:
			// A relative clause with no comma, the verb right after the
			// time: its subject is the words before the pronoun.
			if !finite(after) || tells(k, after) || !noVerbIn(0, k) || k > 6 {
				return ""
			}
			t := text[ws[0].i:ws[k].i] + text[ws[k+1].i:tx.End]
			x := tx
			x.Start -= ws[k+1].i - ws[k].i
			x.End -= ws[k+1].i - ws[k].i
			x.Start -= ws[0].i
			x.End -= ws[0].i
			if title := clauseTitle(t, [2]int{0, len(t)}, &x); publishable(title) {
				return title
			}
			return ""
		case ws[k].comma && (participial(w) && !reportingVerbs.Has(w) || participleAdverbs.Has(w) && k+1 < at && participial(ws[k+1].w)):
			// A participle set off by a comma after a subject of a few
			// words; its phrase ends at a comma before the verb.
			if k > 6 || !noVerbIn(0, k) {
				return ""
			}
			end := -1
			for j := after; j < len(ws) && j <= after+maxRelative; j++ {
				if ws[j].comma {
					end = j
					break
				}
			}
			if end < 0 || !finite(end) || tells(k, end) {
				return ""
			}
			subject := strings.TrimRight(text[ws[0].i:ws[k].i], ", ")
			aux := "was"
			head := k - 1 // the subject's noun: before its first preposition ("The figures for the first quarter")
			for j := 1; j < k-1; j++ {
				if prepositions.Has(ws[j].w) {
					head = j - 1
					break
				}
			}
			if h := ws[head].w; len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && isLower(text[ws[head].i:ws[head].j]) {
				aux = "were"
			}
			phrase := strings.TrimRight(text[ws[k].i:ws[end].i], ", ")
			t := subject + " " + aux + " " + phrase
			x := tx
			shift := len(subject) + len(aux) + 2 - ws[k].i
			x.Start += shift
			x.End += shift
			// (Three words are a clause here: "Ivanov was appointed".)
			if title := clauseTitle(t, [2]int{0, len(t)}, &x); publishable(title) || fieldCount(title) == 3 && !strings.HasSuffix(title, "…") {
				return title
			}
			return ""
		}
	}
	return ""
}

// contentVerbs tell what a report, a complaint or a ruling says, and
// documentNouns name such things (data/words.txt).
var (
	contentVerbs  = wordSet("content-verbs")
	documentNouns = wordSet("document-nouns")
)

// planParticiples open an aside that tells when something was to happen
// ("The vote, scheduled for Thursday, was postponed"; data/words.txt).
var planParticiples = wordSet("plan-participles")

// indefiniteArticles are "a" and "an", and eventNouns name a happening or
// a span of them whatever its kind (data/words.txt).
var (
	indefiniteArticles = wordSet("indefinite-articles")
	eventNouns         = wordSet("event-nouns")
	// standingDecisions are nouns of a decision that stands once made and
	// that later acts keep to, break or change (see thingYear).
	standingDecisions = wordSet("standing-decisions")
)

// thingYear reports whether tx is a bare year before a noun that names
// no happening, after the verb of its clause: "Police found a 2007 Ford
// abandoned", "The new will overturned a 1998 will", "Lawyers challenged
// the 2004 law", "was going west in his 2008 Bentley". The year tells
// which thing (made, bought or passed then), not when the clause happened.
// The year follows a determiner and goes before a word in lower case, or a
// name after a possessive ("his 2008 Bentley"); a noun that names a
// happening ("attended the 2012 summit", "the April 2018 crash") is left to
// the clause, and so is a year in the subject after an article ("The 2004
// law banned ..."), not after a possessive ("His 2008 Bentley was found
// burned out"). After "a" and a verb, a decision that stands once made is
// such a thing though its noun names the making, and a month with its
// year dates it too ("breached a March 2021 order").
func thingYear(text string, seg [2]int, tx timex.Timex, happening func(string) bool, fb *fieldsBefore) bool {
	if tx.Start < seg[0] || tx.End > seg[1] || tx.End >= len(text) || text[tx.End] != ' ' || !explicitYear(tx.Text) {
		return false
	}
	pre := fb.fields(text, max(seg[0], tx.Start-clauseWindow), tx.Start)
	n := len(pre)
	if n < 1 {
		return false
	}
	det := strings.ToLower(pre[n-1])
	bare := len(tx.Text) == 4 && isNumber(tx.Text)
	if !bare && (!indefiniteArticles.Has(det) || strings.ContainsAny(tx.Text, ",") || inSet(determiners, firstWord(tx.Text))) {
		return false // (a month's year only after "a": "breached a March 2021 order")
	}
	if !determiners.Has(det) && !possessivePronouns.Has(det) || subjectPronouns.Has(det) && !possessivePronouns.Has(det) || strings.ContainsAny(pre[n-1], ",;:\"“”(") {
		return false
	}
	var nextRoom fieldRoom
	next := fieldsIn(&nextRoom, text[tx.End:min(seg[1], tx.End+60)])
	if len(next) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next[0]); !unicode.IsLower(r) && !possessivePronouns.Has(det) && !indefiniteArticles.Has(det) {
		return false // ("the 2012 Olympics"; "a 2007 Ford" is a model)
	}
	// The noun: the words after the year up to a preposition, a comma or
	// a verb, three at most.
	var noun []string
	for i, w := range next[:min(5, len(next))] {
		lw := strings.ToLower(strings.Trim(w, ",;:.!?\"“”"))
		if prepositions.Has(lw) || i > 0 && auxiliaries.Has(lw) || relativePronouns.Has(lw) || lw == "" {
			break // (right after the year "will" is the noun)
		}
		noun = append(noun, lw)
		if strings.ContainsAny(w, ",;:.!?") {
			break
		}
	}
	// After "a", a decision that stands once made ("breached a March 2021
	// order", "to loosen a 2024 rule") is the thing the verb acts on
	// later, though its noun names the making too.
	standing := indefiniteArticles.Has(det) && hasVerb(pre, n-1) && slices.ContainsFunc(noun, func(w string) bool { return standingDecisions.Has(w) })
	if !bare && !standing {
		return false
	}
	if len(noun) == 0 || !standing && happening(strings.Join(noun, " ")) || slices.ContainsFunc(noun, func(w string) bool { return eventNouns.Has(w) }) {
		return false // ("a 1999 incident where he stabbed ...", "the 2003 season")
	}
	// In the subject, after a possessive ("His 2008 Bentley was found
	// burned out"), the year is the thing's too.
	return hasVerb(pre, n-1) || possessivePronouns.Has(det)
}

// rankedPerson reports whether tx names a person by the contest of its
// time: a possessive time or a bare year right before a noun of
// ranked-people ("last year's winner", "Sunday's runner-up", "the 2019
// champion"). An adjective may stand between ("last year's Nobel
// laureate" is not read: a capital ends the look).
func rankedPerson(ws []word, tx timex.Timex) bool {
	for i := wordFrom(ws, tx.End); i < len(ws); i++ {
		w := ws[i]
		if w.w == "s" && w.i <= tx.End+len("’") {
			i++ // the possessive's "s"
		} else if w.i > tx.End+1 {
			return false
		}
		return i < len(ws) && rankedPeople.Has(ws[i].w) || i+1 < len(ws) && !ws[i].comma && rankedPeople.Has(ws[i+1].w) && isLower(ws[i].w)
	}
	return false
}

// rankedPeople are nouns of people named by a contest they won or were
// ranked in (rankedPerson).
var rankedPeople = wordSet("ranked-people")

// rankingPeriod reports whether tx, a year or a coarser period with no day,
// closes a superlative's noun phrase after "of": "the most streamed artist
// of 2022", "its biggest customer of 2025". The period is the field the
// thing ranks first in, not a time the clause tells. A noun that names a
// happening keeps its time ("the deadliest storm of 2019" was in 2019).
// "This year" (month, season) within six words of a superlative bounds
// the ranking however it is joined: "making it the largest in the
// province this year".
func rankingPeriod(text string, seg [2]int, tx timex.Timex, happening func(string) bool, fb *fieldsBefore) bool {
	if tx.Start < seg[0] || tx.Type != "DATE" || !periodValue.MatchString(tx.Value) {
		return false
	}
	pre := fb.fields(text, max(seg[0], tx.Start-clauseWindow), tx.Start)
	n := len(pre)
	if strings.HasPrefix(strings.ToLower(tx.Text), "this ") {
		// "making it the largest in the province this year", "the
		// worst figure so far this year": the time bounds the ranking.
		for k := n - 1; k >= 1 && k >= n-6; k-- {
			w := strings.ToLower(pre[k])
			if strings.ContainsAny(w, ",;:\"“”()") || auxiliaries.Has(w) || verbForms.Has(w) {
				return false
			}
			if superlatives.Has(w) && (pre[k-1] == "the" || pre[k-1] == "The" || inSet(possessivePronouns, pre[k-1])) {
				return true
			}
		}
		return false
	}
	if n < 4 || strings.ToLower(pre[n-1]) != "of" {
		return false
	}
	noun := strings.ToLower(pre[n-2])
	if !isLower(pre[n-2]) || strings.ContainsAny(noun, ",;:\"“”()") || happening(noun) || eventNouns.Has(noun) {
		return false
	}
	for k := n - 3; k >= 1 && k >= n-6; k-- {
		w := strings.ToLower(pre[k])
		if strings.ContainsAny(w, ",;:\"“”()") {
			return false
		}
		if superlatives.Has(w) && (pre[k-1] == "the" || pre[k-1] == "The" || inSet(possessivePronouns, pre[k-1])) {
			return true
		}
	}
	return false
}

// bareObjectParticiple reports whether tx follows, by its preposition or
// none, a participle in "-ed" or an irregular one after a noun phrase with
// no article that the clause's verb, or a preposition after it, takes:
// "The recall covers vans and pickups built between June 2019 and February
// 2022", "River levels were back to heights measured in early February".
// The time dates the participle's phrase, when the things were made or
// measured, not the clause. (With an article the phrase is a happening
// of its own, which objectParticiple titles: "follow an investigation
// launched in November". A verb that takes a clause may have a clause
// after it: "said prices climbed in April"; a verb that happens to the
// noun is no participle: "talks with rebels resumed on Monday".)
func bareObjectParticiple(text string, seg [2]int, tx timex.Timex, fb *fieldsBefore) bool {
	if tx.Start < seg[0] || tx.End > seg[1] {
		return false
	}
	pre := fb.fields(text, max(seg[0], tx.Start-clauseWindow), tx.Start)
	n := len(pre)
	if n >= 1 && inSet(prepositions, pre[n-1]) {
		n-- // the time's own preposition
	}
	if n < 4 {
		return false
	}
	part := pre[n-1]
	if !participial(part) || reportingVerbs.Has(part) || unaccusativeParticiples.Has(part) || strings.HasSuffix(part, "ing") {
		return false
	}
	// The noun phrase: up to six words with no comma, article, verb or
	// preposition, the last (before the participle) in lower case.
	j := n - 2
	if !isLower(pre[j]) || strings.ContainsAny(pre[j], ",;:\"“”()'’") || inSet(determiners, pre[j]) || isNumber(pre[j]) || !nounLike(pre, j) {
		return false
	}
	for j > 0 && n-1-j < 6 {
		w := strings.ToLower(pre[j-1])
		if strings.TrimRight(pre[j-1], ",;:") != pre[j-1] || strings.ContainsAny(pre[j-1], "\"“”()") || articleWords.Has(w) || determiners.Has(w) || possessivePronouns.Has(w) || relativePronouns.Has(w) || w == "that" {
			return false
		}
		if prepositions.Has(w) || verbAt(pre, j-1) || auxiliaries.Has(w) || linkingVerbs.Has(w) || len(w) > 3 && strings.HasSuffix(w, "s") && isLower(pre[j-1]) && j >= 2 && !inSet(articleWords, pre[j-2]) && !strings.ContainsAny(pre[j-2], ",;:") && subjectEnd(pre, j-1) {
			break
		}
		if (!nounLike(pre, j-1) || strings.HasSuffix(w, "ing")) && w != "and" {
			return false // ("vans and pickups")
		}
		j--
	}
	if j == 0 || n-1-j > 6 || strings.EqualFold(pre[j], "and") || inSet(auxiliaries, pre[j-1]) || inSet(linkingVerbs, pre[j-1]) {
		return false // ("was first appointed", "would stay closed": the clause's verb)
	}
	// The verb before the noun phrase, or before its preposition; no verb
	// that takes a clause.
	v := j - 1
	if inSet(prepositions, pre[v]) {
		v--
		for k := 0; k < 2 && v > 0 && !verbAt(pre, v) && !inSet(prepositions, pre[v]) && !strings.ContainsAny(pre[v], ",;:"); k++ {
			v-- // "were back to", "were down to"
		}
	}
	if v < 1 || !(verbAt(pre, v) || subjectEnd(pre, v)) {
		return false
	}
	lv, lp := strings.ToLower(pre[v]), strings.ToLower(pre[v-1])
	if strings.HasSuffix(lv, "ing") || articleWords.Has(lp) || possessivePronouns.Has(lp) || strings.HasSuffix(lp, "'s") || strings.HasSuffix(lp, "’s") {
		return false // ("Kafoury's loved ones attended": an adjective; "for preventing more bloodshed": no clause's verb)
	}
	// No verb after the time before a comma: the noun and its participle
	// would be the subject ("An undersea cable cut on Tuesday blocked
	// services").
	post := text[tx.End:seg[1]]
	if i := strings.IndexAny(post, ",;"); i >= 0 {
		post = post[:i]
	}
	var pwRoom fieldRoom
	pw := fieldsIn(&pwRoom, post)
	for i := range pw {
		if verbAt(pw, i) {
			return false
		}
	}
	return !reportingVerbs.Has(lv) && !contentVerbs.Has(lv) && !clauseVerbs.Has(lv) && !bareClauseVerbs.Has(lv) && !clauseObjectVerbs.Has(lv) && !announcingVerbs.Has(lv)
}

// nounLike reports whether ws[i] may be a noun: no auxiliary, verb in the past,
// adverb in "-ly", negation, preposition or comparison ("more than
// expected").
func nounLike(ws []string, i int) bool {
	w := strings.ToLower(ws[i])
	return !auxiliaries.Has(w) && !pastVerb(w) && !strings.HasSuffix(w, "ly") && !participleAdverbs.Has(w) && w != "than" && w != "as" && !negations.Has(w) && !prepositions.Has(w) && !titleConjunctions.Has(w) && !pronouns.Has(w)
}

// subjectEnd reports whether ws[i] is a verb in "-s" after a noun in the
// subject: "The recall covers", "The order bans".
func subjectEnd(ws []string, i int) bool {
	w := ws[i]
	if i < 1 || len(w) <= 3 || !isLower(w) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	p := strings.ToLower(ws[i-1])
	return !articleWords.Has(p) && !determiners.Has(p) && !prepositions.Has(p) && !strings.ContainsAny(ws[i-1], ",;:") && (i == 1 || inSet(articleWords, ws[i-2]) || !isLower(ws[i-1]))
}

// openingPhraseTime reports whether tx stands in a participle phrase that
// opens ws ("Founded in 1887, the club ...", "Arrested on Monday, the
// driver ...") and next, a later time, in the clause after the phrase's
// comma. The phrase opens the sentence (at start, not a segment that lost
// its subject to a relative clause: "X, who ..., postponed ... last month,
// moving ..."), has no auxiliary and no comma before its end, and opens on
// no verb of saying or "-ing" form.
func openingPhraseTime(ws []word, start int, tx, next timex.Timex) bool {
	if len(ws) < 5 || ws[0].i != start || !participial(ws[0].w) || reportingVerbs.Has(ws[0].w) || strings.HasSuffix(ws[0].w, "ing") {
		return false
	}
	for j := 1; j < len(ws) && j <= maxRelative+6; j++ {
		if auxiliaries.Has(ws[j].w) {
			return false
		}
		if ws[j].comma {
			return ws[j].j >= tx.End && j+1 < len(ws) && ws[j+1].i < next.Start
		}
	}
	return false
}

// sayingPhraseOwnTime reports whether the time tx stands in a phrase of
// saying set off after its clause (sayingPhrase) before what it tells:
// after its verb and hearer, with no verb and no "that" between ("...,
// telling the committee yesterday that the bank would not be deterred").
// Such a time dates the telling, not what is told. ws are the sentence's
// words.
func sayingPhraseOwnTime(cs []chunk, ws []word, c int, tx timex.Timex) bool {
	if c <= 0 || c >= len(cs) || cs[c].kind == clComplement || cs[c].verb < 0 {
		return false
	}
	at := wordFrom(ws, tx.Start)
	if at <= cs[c].verb || at > cs[c].verb+8 {
		return false
	}
	for _, w := range ws[cs[c].verb+1 : at] {
		if w.w == "that" || w.comma || auxiliaries.Has(w.w) || pastVerb(w.w) || reportingVerbs.Has(w.w) || len(w.w) > 4 && strings.HasSuffix(w.w, "ed") {
			return false
		}
	}
	return true
}

// responseVerbs tell a response to a happening their object names
// (data/words.txt).
var responseVerbs = wordSet("response-verbs")

// responseNounTime reports whether the time tx, in the possessive, is set
// on the object of the clause c's verb of response ("welcomed Monday's
// arrest"), or on the subject of that verb in the passive ("Monday's
// arrest was welcomed"). ws are the sentence's words.
func responseNounTime(cs []chunk, ws []word, c int, tx timex.Timex) bool {
	if c < 0 || c >= len(cs) || cs[c].verb < 0 || cs[c].vend < cs[c].verb || !responseVerbs.Has(ws[cs[c].vend].w) {
		return false
	}
	at := wordFrom(ws, tx.Start)
	if at > cs[c].vend {
		return true
	}
	if at < cs[c].verb {
		for _, w := range ws[cs[c].verb:cs[c].vend] {
			if beForms.Has(w.w) {
				return true
			}
		}
	}
	return false
}

// openingPerfect reports where the participle of a perfect participle
// phrase that opens the sentence stands (1 after "having", 2 after "having
// been"; 0 when there is none) when the time tx stands in that phrase,
// before its comma: "Having resigned in May, ...", "Having been arrested
// on Monday, ...". ws are the sentence's words.
func openingPerfect(ws []word, tx timex.Timex) int {
	if len(ws) < 5 || ws[0].w != "having" {
		return 0
	}
	p := 1
	if ws[1].w == "been" {
		p = 2
	}
	if !participial(ws[p].w) && !pastVerb(ws[p].w) {
		return 0
	}
	for j := p + 1; j < len(ws) && j <= maxRelative+6; j++ {
		if ws[j].comma { // (a comma before word j ends the phrase)
			if tx.Start > ws[p].i && tx.End <= ws[j].i {
				return p
			}
			return 0
		}
		if auxiliaries.Has(ws[j].w) {
			return 0
		}
	}
	return 0
}

// openingParticiple is the title of a participle's phrase that opens the
// clause and holds a year or a month, told of the subject after its comma:
// "Born in Lagos in 1961, Okafor moved to London as a teenager" -> "Okafor
// was born in Lagos". The subject is a name or a noun after its determiner, four
// words at most, before a verb. "" when there is none.
func openingParticiple(text string, ws []word, at, after int, tx timex.Timex) string {
	if len(ws) > 5 && ws[0].w == "having" && ws[1].w == "been" {
		ws = ws[2:] // "Having been elected in 2019, Ruiz ..." is "Elected in 2019, Ruiz ..."
		at, after = at-2, after-2
	}
	if len(ws) < 4 || !participial(ws[0].w) || reportingVerbs.Has(ws[0].w) || after >= len(ws) || !ws[after].comma || len(tx.Value) > len("2006-01") {
		// (A year or a month: "Reached by telephone Monday, O'Brien
		// declined to comment" is one moment.)
		return ""
	}
	for _, w := range ws[1:after] {
		if w.comma || auxiliaries.Has(w.w) {
			return ""
		}
	}
	v := -1
	for j := after; j < len(ws) && j <= after+4; j++ {
		if j > after && ws[j].comma {
			return ""
		}
		if j > after && (auxiliaries.Has(ws[j].w) || pastVerb(ws[j].w) || len(ws[j].w) > 3 && strings.HasSuffix(ws[j].w, "ed")) {
			v = j
			break
		}
	}
	if v < 0 || !capitalWord(text, ws[after]) && !determiners.Has(ws[after].w) || subjectPronouns.Has(ws[after].w) {
		return ""
	}
	subject := strings.TrimRight(text[ws[after].i:ws[v].i], ", ")
	phrase := text[ws[0].i:tx.End]
	t := subject + " was " + strings.ToLower(phrase[:1]) + phrase[1:]
	x := tx
	shift := len(subject) + len(" was ") - ws[0].i
	x.Start += shift
	x.End += shift
	if title := clauseTitle(t, [2]int{0, len(t)}, &x); publishable(title) || passiveName(strings.Fields(title)) {
		return title
	}
	return ""
}

// subjectRelativePronouns open a relative clause in a subject ("the singer
// whose 1971 ballad topped the charts", data/words.txt).
var subjectRelativePronouns = wordSet("subject-relative-pronouns")

// subjectRelative reports whether tx stands in a relative clause of the
// clause's subject, or a participle's phrase set off by a comma, that a
// comma closes before the clause's verb: "Marla Quint, the folk singer
// whose 1971 ballad topped the charts for six weeks, has died", "Tolliver,
// known for the 1966 hit, died last August". No verb stands before the
// relative pronoun, no comma between it and the time, and the word after
// the closing comma is a finite verb.
func subjectRelative(ws []word, tx timex.Timex) bool {
	at := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.Start })
	k := -1
	for j := at - 1; j >= max(1, at-1-maxRelative); j-- {
		if j+1 < len(ws) && ws[j+1].comma {
			return false
		}
		if ws[j].comma && (participleAdverbs.Has(ws[j].w) || strings.HasSuffix(ws[j].w, "ly")) && j+1 < at && planParticiples.Has(ws[j+1].w) {
			// "The final, originally scheduled for 3 May, was played
			// behind closed doors": an adverb before the plan is the
			// plan's aside all the same.
			k = j + 1
			break
		}
		if subjectRelativePronouns.Has(ws[j].w) || ws[j].comma && (participial(ws[j].w) && j+2 < at && determiners.Has(ws[at-1].w) || planParticiples.Has(ws[j].w) || participleAdverbs.Has(ws[j].w) && j+1 < at && participial(ws[j+1].w)) {
			// (A participle's phrase only when the time dates a noun in
			// it, "known for the 1966 hit", or a plan, "The factory, due
			// to open in March, will now open in June": "O'Brien, fired
			// on June 8, is seeking ..." tells the firing, and "Hiller, a
			// suspended employee, returned Thursday" has its verb after a
			// comma.)
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	// A year before a noun ("whose 1968 hit", "the 1966 hit") modifies it:
	// the word after it is that noun, whatever its form.
	attributiveAt := at + 1
	if k != at-1 && !determiners.Has(ws[at-1].w) {
		attributiveAt = -1
	}
	verb := func(j int) bool {
		w := ws[j].w
		p := "" // (not after a figure or an article: "No. 1 hit", "the wounded deputy")
		if j > 0 && !ws[j].comma {
			p = ws[j-1].w
		}
		return j != attributiveAt && (auxiliaries.Has(w) && !nonfiniteAuxiliaries.Has(w) || (pastVerb(w) || len(w) > 3 && strings.HasSuffix(w, "ed")) && !determiners.Has(p) && !isNumber(p))
	}
	// (Within a window: a clause of thousands of times stays linear.)
	// ("Critics say the dikes, last repaired in 2005, were neglected":
	// an aside of "last", "first" ... is one after a verb of saying too.)
	adverb := participleAdverbs.Has(ws[k].w)
	for j := max(0, k-3*maxRelative); j < k; j++ {
		if adverb && reportingVerbs.Has(ws[j].w) {
			continue
		}
		if verb(j) || reportingVerbs.Has(ws[j].w) {
			return false
		}
	}
	// The relative clause's own verb, before the time or after it; a
	// second verb is the clause's ("A passer-by who found the deputy
	// shortly after 3 p.m. called the station", "A molester who was
	// confined to a wheelchair overpowered two guards today").
	own := !subjectRelativePronouns.Has(ws[k].w)
	for j := k + 1; j < at; j++ {
		if !verb(j) {
			continue
		}
		if own {
			return false
		}
		own = true
		for j+1 < at && (auxiliaries.Has(ws[j+1].w) || participial(ws[j+1].w) || strings.HasSuffix(ws[j+1].w, "ly")) {
			j++ // "was supposedly confined": one verb
		}
	}
	// (From the word after the time: the "may" of "3 May" is no verb.)
	after := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.End })
	for j := max(at+1, after); j < len(ws) && j <= at+3*maxRelative; j++ {
		if ws[j].comma {
			return verb(j)
		}
		if verb(j) {
			if own {
				return false
			}
			own = true
		}
	}
	return false
}

// participleBeforeVerb returns the index of the participle that opens a
// phrase after a noun that holds tx when the clause's verb comes after
// that phrase, before next (where the sentence's next time starts), and
// where the phrase ends: "The judge overseeing the trial of a sergeant
// accused of shooting a teenager in 2022 declared a mistrial on
// Wednesday", "Lawyers for the two men charged in the 2021 arson asked
// the court on Monday ...": the first time dates the shooting or the
// arson, and the clause's own is the next. Without an agent ("by") a
// participle reads as the phrase it reduces only when a verb in the past
// or a finite auxiliary (or a plain present, "remain") follows the time and what it is part of, with no
// comma, colon, quotation mark, conjunction, subordinator or "to" between
// ("Seacom announced on Twitter ...", "The team worked today to recover
// the body after bad weather hindered ...", "Lamas, her son, tweeted
// Thursday: ..." are the clause's verb); a relative clause on the way
// keeps its own verb. A verb of saying whose next time is not its own
// ("A message posted Monday said the office would close Tuesday") leaves
// the first time the clause's. (0, 0) when there is none.
func participleBeforeVerb(text string, ws []word, tx timex.Timex, next int) (int, int) {
	at := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.Start })
	after := sort.Search(len(ws), func(i int) bool { return ws[i].i >= tx.End })
	verb := -1
	inRel := false
	phraseEnd := -1 // where the phrase ends before an apposition on the subject
	for j := after; j < len(ws) && j < after+maxRelative+5 && ws[j].i < next; j++ {
		w := ws[j].w
		if ws[j].comma && !inRel && j > at {
			if e := appositionThenVerb(text, ws, j); e > 0 && ws[e].i < next {
				// "Two of the six people arrested on Tuesday, the city's
				// planning chief and a consultant, were remanded".
				phraseEnd, verb = ws[j-1].j, e
				if ws[j].w == "including" {
					// (A part of the subject's noun goes with it: "Eleven
					// miners trapped on Saturday, including two teenagers,
					// were freed" leaves "Eleven miners were freed".)
					phraseEnd = ws[e].i - 1
				}
				break
			}
		}
		if ws[j].comma || titleConjunctions.Has(w) || subordinators.Has(w) && !relativePronouns.Has(w) || w == "to" {
			return 0, 0
		}
		if relativePronouns.Has(w) || w == "that" {
			inRel = true
			continue
		}
		if !auxiliaries.Has(w) && !participial(w) && !(len(w) > 3 && strings.HasSuffix(w, "ed")) && !clausePlainPresents.Has(w) || nonfiniteAuxiliaries.Has(w) || clauseEdWords.Has(w) {
			continue // ("sued", "owed": short pasts; "a garden shed", "several hundred": nouns in -ed)
		}
		if p := ws[j-1].w; determiners.Has(p) || prepositions.Has(p) || auxiliaries.Has(p) {
			continue // "the disused mill", "of rusted steel"
		}
		if inRel {
			// The relative clause's verb ("the arson that destroyed
			// a synagogue"), with its auxiliaries.
			for j+1 < len(ws) && !ws[j+1].comma && (auxiliaries.Has(ws[j+1].w) || participial(ws[j+1].w)) {
				j++
			}
			inRel = false
			continue
		}
		verb = j
		break
	}
	if verb < 0 || strings.ContainsAny(text[tx.End:ws[verb].i], ":;\"“”(") {
		return 0, 0
	}
	if reportingVerbs.Has(ws[verb].w) && verb+1 < len(ws) && ws[verb+1].i < next && !(ws[verb+1].w == "on" && verb+2 < len(ws) && ws[verb+2].i >= next) {
		return 0, 0
	}
	for k := at - 1; k >= max(2, at-1-maxRelative); k-- {
		if k+1 < len(ws) && ws[k+1].comma {
			return 0, 0
		}
		w := ws[k].w
		if !participial(w) || reportingVerbs.Has(w) {
			continue
		}
		if ws[k].comma {
			return 0, 0 // "Lamas, her son, tweeted": the clause's verb
		}
		prev := ws[k-1].w
		if auxiliaries.Has(prev) || pronouns.Has(prev) || prepositions.Has(prev) || determiners.Has(prev) || relativePronouns.Has(prev) || subordinators.Has(prev) || titleConjunctions.Has(prev) || prev == "to" {
			continue
		}
		if phraseEnd > 0 {
			return k, phraseEnd
		}
		return k, ws[verb-1].j
	}
	return 0, 0
}

// appositionThenVerb returns the word after an apposition that opens at word j
// (after a comma) and the comma that closes it, when that word is a verb:
// a finite auxiliary, a plain present or a past not followed by "by"; or
// -1. An apposition is a noun phrase with no verb, up to 16 words to each
// comma and four commas (a list, an age: "Joe Marsh, 45, and Dan Pike",
// "the city's planning chief and a consultant", "including two drivers"),
// with no subordinator, relative word, "to", quotation mark, colon or
// bracket in it and no preposition before it other than "including". Then
// the noun before it and what it names are a subject, and the verb after
// it the subject's: a participle before it is a phrase on that noun.
func appositionThenVerb(text string, ws []word, j int) int {
	if j >= len(ws) || !ws[j].comma {
		return -1
	}
	if !appositionWord(text, ws, j) {
		return -1
	}
	n := 0
	for e := j + 1; e < len(ws) && e <= j+16*4; e++ {
		w := ws[e].w
		if ws[e].comma {
			n++
			if strings.ContainsAny(text[ws[j].i:ws[e].i], ";:\"“”()") || n > 4 {
				return -1
			}
			if isLower(text[ws[e].i:ws[e].j]) && (auxiliaries.Has(w) && !nonfiniteAuxiliaries.Has(w) || clausePlainPresents.Has(w) || participial(w) && !reportingVerbs.Has(w) && (e+1 >= len(ws) || !ws[e+1].comma && !byOf.Has(ws[e+1].w))) {
				return e
			}
			if w != "and" && !appositionWord(text, ws, e) {
				return -1
			}
			continue
		}
		if !appositionWord(text, ws, e) {
			return -1
		}
	}
	return -1
}

// appositionWord reports whether word e can stand in an apposition: a
// name, or a word that is no verb, subordinator, relative word nor "to"
// (a past after a determiner or a number is an adjective: "the retired
// officer"); its first word is no preposition other than "including".
func appositionWord(text string, ws []word, e int) bool {
	w := ws[e].w
	if !isLower(text[ws[e].i:ws[e].j]) {
		return true
	}
	if ws[e].comma && w != "including" && (prepositions.Has(w) || titleConjunctions.Has(w) && w != "and" || subordinators.Has(w) || clauseTimeWords.Has(w)) {
		return false
	}
	if subordinators.Has(w) || relativePronouns.Has(w) || w == "that" || w == "to" || auxiliaries.Has(w) || modalAuxiliaries.Has(w) || reportingVerbs.Has(w) || pronouns.Has(w) {
		return false
	}
	if participial(w) || clausePlainPresents.Has(w) {
		return e > 0 && !ws[e].comma && (determiners.Has(ws[e-1].w) || ws[e-1].w != "" && ws[e-1].w[0] >= '0' && ws[e-1].w[0] <= '9')
	}
	return true
}

// appositionAfter reports whether an apposition and then a verb follow
// byte end (appositionThenVerb): "Two men arrested in January, a driver and a
// guard, were charged".
func appositionAfter(text string, ws []word, end int) bool {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].i >= end })
	return appositionThenVerb(text, ws, i) > 0
}

// finiteAfter reports whether the word after byte end is a finite
// auxiliary ("... two months ago have been released"): the clause's own
// verb, after a participle's phrase ("in the case brought against" is no
// such verb).
func finiteAfter(ws []word, end int) bool {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].i >= end })
	return i < len(ws) && (auxiliaries.Has(ws[i].w) && !nonfiniteAuxiliaries.Has(ws[i].w) || clausePlainPresents.Has(ws[i].w))
}

// thatAfterNoun reports whether the "that" of ws[k] opens a relative
// clause on the noun before it ("the owner of a farm dam that burst last
// week"), not what a verb tells ("said that", "warned that", "believe
// that" after a subject pronoun) nor a "so that".
func thatAfterNoun(ws []word, k int) bool {
	if k == 0 || ws[k].comma {
		return false
	}
	p := ws[k-1].w
	if reportingVerbs.Has(p) || subordinators.Has(p) || auxiliaries.Has(p) || prepositions.Has(p) || determiners.Has(p) || verbForms.Has(p) || pastOpeners.Has(p) ||
		strings.HasSuffix(p, "ed") || len(p) < 3 || k >= 2 && pronouns.Has(ws[k-2].w) {
		return false
	}
	return true
}

// questionOpeners open a clause that a verb takes as its object, told as a
// question ("a review examines how two prisoners escaped last month",
// "asked why the gates were opened on Saturday"): a time right after its
// verb dates that clause, as after a dating subordinator
// (subordinateSubject).
var questionOpeners = wordSet("question-openers")

// datingSubordinators open a clause that a time right after its verb
// dates (data/words.txt).
var datingSubordinators = wordSet("dating-subordinators")

// presentBefore reports whether the word before tx, or before its
// preposition, is a verb in the present after its noun (presentAfterNoun).
func presentBefore(text string, seg [2]int, tx timex.Timex, bt *beforeTime) bool {
	ws := bt.words(text, seg, tx)
	v := len(ws) - 1
	if v >= 0 && prepositions.Has(ws[v].w) {
		v--
	}
	return v >= 2 && !pastVerb(ws[v].w) && presentAfterNoun(text, ws, v)
}

// presentAfterNoun reports whether ws[v] is a verb in the present after
// the noun it follows ("before the inquiry resumes", "before the hearings
// open"): a word the lists know as a verb, or one in "-s" after a noun in
// lower case, no determiner, preposition or auxiliary before it.
func presentAfterNoun(text string, ws []word, v int) bool {
	if v < 2 {
		return false
	}
	w, p := ws[v].w, ws[v-1].w
	if determiners.Has(p) || prepositions.Has(p) || auxiliaries.Has(p) || !isLower(text[ws[v].i:ws[v].j]) || strings.HasSuffix(w, "ly") {
		return false
	}
	if kw, ok := keywords[w]; ok && kw.verb {
		return true
	}
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !pluralNoun(w) && !strings.HasSuffix(p, "s") && isLower(text[ws[v-1].i:ws[v-1].j]) && determiners.Has(ws[v-2].w) {
		return true
	}
	// A verb with no "-s" after a plural noun that a determiner opens,
	// an adjective between them or none ("before the full hearings open").
	return len(w) > 2 && len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && isLower(text[ws[v-1].i:ws[v-1].j]) &&
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !prepositions.Has(w) && !determiners.Has(w) && !auxiliaries.Has(w) && !titleConjunctions.Has(w) && !relativePronouns.Has(w) &&
		(determiners.Has(ws[v-2].w) || v >= 3 && determiners.Has(ws[v-3].w) && isLower(text[ws[v-2].i:ws[v-2].j]) && !prepositions.Has(ws[v-2].w))
}

// subordinateSubject returns where the subject of a clause that closes
// the clause seg starts, when the time tx comes right after that clause's
// verb and ends seg: "The protests were called by opposition groups after
// Prime Minister Jan Novak resigned on Tuesday." The time dates the
// resignation, and the title is "Prime Minister Jan Novak resigned". The
// subject is a name, or a noun of up to four words after its determiner;
// the clause before has three words or more. 0 when there is none.
func subordinateSubject(text string, seg [2]int, tx timex.Timex, bt *beforeTime) int {
	if tx.Start < seg[0] || tx.End > seg[1] {
		return 0
	}
	if rest := strings.TrimLeft(text[tx.End:seg[1]], " "); rest != "" && !strings.HasPrefix(rest, ",") && strings.Trim(rest, ".!?\"”’ ") != "" {
		return 0
	}
	ws := bt.words(text, seg, tx)
	v := len(ws) - 1
	if v >= 0 && (ws[v].w == "on" || ws[v].w == "at") {
		v--
	}
	if v >= 1 && ws[v].w == "in" && (presentAfterNoun(text, ws, v-1) || pastVerb(ws[v-1].w) && !reportingVerbs.Has(ws[v-1].w) || len(ws[v-1].w) > 4 && strings.HasSuffix(ws[v-1].w, "ed")) && !ws[v].comma {
		v-- // "before the inquiry resumes in October", "after the founder resigned in January"
	}
	if v < 5 || !(pastVerb(ws[v].w) || strings.HasSuffix(ws[v].w, "ed") || presentAfterNoun(text, ws, v)) || reportingVerbs.Has(ws[v].w) {
		return 0
	}
	if v >= 1 && participial(ws[v].w) {
		// The auxiliaries of a passive or a perfect go with the verb
		// ("when the recall was announced last month", "after the order
		// had been signed on Friday").
		for v >= 6 && auxiliaries.Has(ws[v-1].w) && !ws[v].comma {
			v--
		}
	}
	for k := v - 1; k >= 3 && k >= v-7; k-- {
		w := ws[k].w
		if ws[k+1].comma {
			return 0 // "after a few minutes, a prosecutor said": two clauses
		}
		if datingSubordinators.Has(w) || questionOpeners.Has(w) {
			// The subject: a name, or a noun after its determiner or a
			// count ("after the singer died on July 25", "examines how
			// two prisoners escaped last month"); no pronoun.
			if k == v-1 || !capitalWord(text, ws[k+1]) && !((determiners.Has(ws[k+1].w) || countNumbers.Has(ws[k+1].w)) && k+1 < v-1) {
				return 0
			}
			return ws[k+1].i
		}
		if !capitalWord(text, ws[k]) && !determiners.Has(w) && (k < v-4 && !ofSubject(ws, k-1, v) || prepositions.Has(w) && !ofSubject(ws, k-1, v) || verbForms.Has(w) || auxiliaries.Has(w)) {
			return 0
		}
	}
	return 0
}

// beforeTime holds the words of a clause seg up to a time tx in it,
// words(text, seg[0], tx.Start), cut by the first rule that reads them and
// shared by the others that read the same clause and time
// (dependentTitle). The rules only read them. A nil *beforeTime cuts them
// for its one caller.
type beforeTime struct {
	seg [2]int
	end int
	ws  []word
	cut bool
}

// words returns words(text, seg[0], tx.Start), cut once for one clause and
// time.
func (b *beforeTime) words(text string, seg [2]int, tx timex.Timex) []word {
	if b == nil {
		return words(text, seg[0], tx.Start)
	}
	if !b.cut || b.seg != seg || b.end != tx.Start {
		b.seg, b.end, b.ws, b.cut = seg, tx.Start, words(text, seg[0], tx.Start), true
	}
	return b.ws
}

// dependentTitle is the title of the clause a time dates that closes the
// clause seg, opened by "after", "when" ... (subordinateSubject), by
// "since", "though" ... (sinceSubject) or by "after" or "before" with
// words between its verb and the time (sequenceSubject), when that title
// can be published on its own; else "". found reports a clause of "after"
// or "before" that the time dates whatever its title: the clause seg
// tells a happening before or after it, which the time does not date.
func dependentTitle(text string, seg [2]int, tx timex.Timex) (title string, found bool) {
	short := false    // a clause in the present of its own the time dates, too short a title
	var bt beforeTime // the clause's words up to tx, cut once for the rules below
	for i := range 2 {
		// subordinateSubject, then sinceSubject (called directly: bt
		// stays on the stack).
		k := 0
		if i == 0 {
			k = subordinateSubject(text, seg, tx, &bt)
		} else {
			k = sinceSubject(text, seg, tx, &bt)
		}
		if k > 0 {
			opener := "" // the word before the clause's subject
			var room3 fieldRoom
			if pre := fieldsIn(&room3, text[seg[0]:k]); len(pre) > 0 {
				opener = strings.ToLower(pre[len(pre)-1])
			}
			if opener == "whether" {
				// ("A review will examine whether the two men escaped on
				// Friday": the clause is asked, not told; the time dates
				// nothing.)
				short = true
				continue
			}
			if t := clauseTitle(text, [2]int{k, contrastEnd(text, k, seg[1])}, &tx); publishable(t) {
				return t, true
			}
			if sequenceSubordinators.Has(opener) {
				// (Of "before" or "after": one of "when" is the clause's
				// time too, "The panel will stop work when its mandate
				// expires at the end of next month".)
				short = short || presentBefore(text, seg, tx, &bt)
			} else if questionOpeners.Has(opener) {
				// ("... while a review examines how two prisoners
				// escaped last month": the time is the escape's, too
				// short a title, not the standing down's.)
				short = true
			}
		}
	}
	k := sequenceSubject(text, seg, tx, &bt)
	if k < 0 {
		// ("An alarm had been faulty since June and was due to be
		// replaced next month": the time is the second verb's, after
		// "and", whose subject opens the clause before "since"; a title
		// cut at the "and" would date the fault.)
		return "", true
	}
	if k == 0 {
		// ("... would ask prosecutors to reopen the file before the
		// inquiry resumes in October": the time is the inquiry's, which
		// titles nothing, not the asking's. A short clause in the past
		// stays a source of the happening it tells, "when the bomb
		// exploded on Sunday evening", as before.)
		return "", short
	}
	end := contrastEnd(text, k, seg[1])
	if n := fieldCount(text[seg[0]:k]); n <= 4 {
		// An opening clause ends at its comma ("Three days after the
		// quake struck on Sunday, | rescuers pulled ...").
		end = openingEnd(text, seg, tx)
	}
	// (Not a title its possessive opens, "Its staff spotted the
	// intrusion", which names no one; a pronoun after "since" is named
	// as any title's is, from the sentences before: "He has been held
	// since he surrendered to police at dawn last Friday".)
	var preRoom fieldRoom
	pre := fieldsIn(&preRoom, text[seg[0]:k])
	since := len(pre) > 0 && inSet(spanSubordinators, pre[len(pre)-1])
	if t := clauseTitle(text, [2]int{k, end}, &tx); publishable(t) && !inSet(possessivePronouns, firstWord(t)) && (since || !inSet(subjectPronouns, firstWord(t))) {
		return t, true
	}
	return "", true
}

// sequenceNoun is the noun phrase a time right after it dates ("the
// author's death" of "... before the author's death in May"), when the
// phrase is what "before" governs after its clause's verb and it names a
// happening: the clause tells another happening, before the noun's, which
// the time does not date. (After "after" the clause is often of the
// noun's day: "The line was closed after a crash on June 7".)
// The phrase has up to five words, the last of which names the happening,
// with "in", "on" or "at" between it and the time. "" when there is none.
func sequenceNoun(text string, seg [2]int, tx timex.Timex, happening func(string) bool) string {
	if tx.Start < seg[0] || tx.End > seg[1] {
		return ""
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[max(seg[0], tx.Start-clauseWindow):tx.Start])
	n := len(ws)
	if n < 3 || !inSet(timeObjectPrepositions, ws[n-1]) {
		return ""
	}
	last := ws[n-2]
	if strings.ContainsAny(last, ",;:\"“”()") || !isLower(last) || !happening(last) {
		return ""
	}
	// A phrase that opens its clause, closed by a comma after the time:
	// "Before the flood in 2019, the town had 5,000 residents", "After
	// the crash on Monday, the line was closed"; the clause comes before
	// or after the noun's happening, "after" too.
	after := strings.TrimLeft(text[tx.End:seg[1]], " ")
	if after == "" && seg[1] < len(text) {
		after = text[seg[1]:] // (an opening phrase is a segment of its own)
	}
	opening := strings.HasPrefix(after, ",") && tx.Start-seg[0] < clauseWindow
	for k := n - 3; k >= 0 && k >= n-7; k-- {
		w := strings.ToLower(ws[k])
		if strings.ContainsAny(ws[k], ",;:\"“”()") {
			return ""
		}
		if opening && k <= 2 && (beforeWords.Has(w) || afterWords.Has(w)) && !hasVerb(ws, k) {
			return capitalize(strings.Join(ws[k+1:n-1], " "))
		}
		if beforeWords.Has(w) && k >= 1 {
			if !hasVerb(ws, k) || strings.ContainsAny(ws[k-1], ";:") {
				return ""
			}
			if inSet(prepositions, ws[k+1]) {
				k++ // "ahead of", "prior to"
			}
			return capitalize(strings.Join(ws[k+1:n-1], " "))
		}
		if verbAt(ws, k) {
			return ""
		}
	}
	return ""
}

// beforeWords open a phrase whose happening comes after the one of the
// clause it closes (data/words.txt).
var beforeWords = wordSet("before-words")

// timeObjectPrepositions join a noun to the time that dates it ("the
// death in May", data/words.txt).
var timeObjectPrepositions = wordSet("time-object-prepositions")

// sequenceSubordinators open a clause that tells a happening before or
// after the one of the clause they close (data/words.txt).
var sequenceSubordinators = wordSet("sequence-subordinators")

// maxSequence bounds the words sequenceSubject reads back from a time.
const maxSequence = 14

// sequenceSubject returns where the subject of a clause opened by "after"
// or "before" starts, when the time tx stands after that clause's verb,
// within it: "The lawsuit joins nine claims filed after the retailer
// revealed the hack on March 4", "Vos had faced criticism after his
// department admitted last Friday that inspections were skipped". The
// time dates that clause's happening, not the one of the clause it closes,
// which came before or after it. The clause before has three words or
// more; no comma, and no other subordinator or relative pronoun, stands
// between the "after" and the time; its subject is a name or up
// to five words after a determiner, not a pronoun ("after he pointed a gun
// at them on Saturday night" leaves the clause before its own), and a
// finite verb follows it ("after talks on Tuesday", "after meeting the
// premier on Tuesday" have none). A time of the clock ("after the alarm
// was raised at about 6am on Sunday") leaves the clause before on its day.
// 0 when there is none; -1 when what the word took is followed by "and"
// and a verb (sinceObjectAnd: "faulty since June and was due to be
// replaced next month"), a verb of the clause before, which the time dates.
func sequenceSubject(text string, seg [2]int, tx timex.Timex, bt *beforeTime) int {
	if tx.Type == "TIME" {
		return 0
	}
	return sequenceClause(text, seg, tx, bt)
}

// laterSequence reports whether a later time of a clause, in the clause of
// "after" or "before" whose subject starts at k (sequenceClause), dates
// that clause by itself: a day after "on", "in" or "at" ("after the court
// declined on Dec. 11 to hear ..."), not a span ("overstating profits from
// 2011 to 2013") nor a "following" ("following an outage expected to
// extend into next week").
func laterSequence(text string, seg [2]int, k int, tx timex.Timex) bool {
	var preRoom fieldRoom
	pre := fieldsIn(&preRoom, text[max(seg[0], k-clauseWindow):k])
	if len(pre) == 0 || !inSet(sequenceSubordinators, pre[len(pre)-1]) || !inSet(beforeWords, pre[len(pre)-1]) && !inSet(afterWords, pre[len(pre)-1]) {
		return false
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[max(seg[0], tx.Start-40):tx.Start])
	return len(ws) > 0 && inSet(timeObjectPrepositions, ws[len(ws)-1])
}

// afterWords open a clause whose happening comes before the one of the
// clause they close (data/words.txt).
var afterWords = wordSet("after-words")

// laterSubordinate reports whether the later time l stands in a clause
// that a verb of saying, showing or finding takes inside a clause of
// "after", "before", "since", "when" ... (sequence-subordinators,
// dating-subordinators) that opens after the first time of the clause,
// with no comma, semicolon or quotation mark between the subordinating
// word and l: "after documents showed his department had been warned three
// years ago" tells a happening neither clause's title tells. (Not the
// time of the subordinate clause itself, "told jurors Wednesday that she
// thought she would die when a man stabbed her at a meeting last
// September", which a source of the stabbing keeps.)
func laterSubordinate(text string, first, l timex.Timex) bool {
	if l.Start <= first.End {
		return false
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[first.End:l.Start])
	telling := false // a verb that takes a clause between the subordinating word and l
	for k := len(ws) - 1; k >= 0; k-- {
		w := ws[k]
		if k < len(ws)-1 && strings.ContainsAny(w, ",;:\"“”") || strings.ContainsAny(w, ";:\"“”") {
			return false
		}
		lw := strings.ToLower(w)
		if sequenceSubordinators.Has(lw) || datingSubordinators.Has(lw) {
			return telling
		}
		telling = telling || clauseObjectVerbs.Has(lw) || clauseVerbs.Has(lw) || reportingVerbs.Has(lw)
	}
	return false
}

// sequenceClause is sequenceSubject for a time of the clock too: a later
// time of a clause ("Rescuers pulled 23 bodies from the strait on Friday
// after a crowded ferry overturned shortly before midnight on Thursday")
// dates the clause of "after" whatever it is.
func sequenceClause(text string, seg [2]int, tx timex.Timex, bt *beforeTime) int {
	if tx.Start < seg[0] || tx.End > seg[1] {
		return 0
	}
	var ws []word
	if tx.Start-clauseWindow <= seg[0] {
		ws = bt.words(text, seg, tx) // the same words
	} else {
		ws = words(text, tx.Start-clauseWindow, tx.Start)
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-maxSequence; k-- {
		w := ws[k].w
		if k+1 < len(ws) && ws[k+1].comma {
			return 0
		}
		if !sequenceSubordinators.Has(w) {
			if relativePronouns.Has(w) || subordinators.Has(w) || datingSubordinators.Has(w) {
				return 0
			}
			continue
		}
		if k+2 >= len(ws) || ws[k].i-seg[0] < 0 {
			return 0
		}
		if k < 3 && !openingSequence(text, seg, ws, k, tx) {
			return 0
		}
		first := ws[k+1]
		if !capitalWord(text, first) && !determiners.Has(first.w) && !possessivePronouns.Has(first.w) || subjectPronouns.Has(first.w) && !spanSubordinators.Has(w) {
			// (A pronoun after "since" too: "shares have fallen 30% since
			// it disclosed the breach on Jan. 26" is no fall of Jan. 26.)
			return 0
		}
		for v := k + 2; v < len(ws) && v <= k+8; v++ {
			x, p := ws[v].w, ws[v-1].w
			if sinceObjectAnd(ws, v) {
				return -1
			}
			if ws[v].comma || prepositions.Has(x) && (x != "of" || v == k+2) || v > k+6 && !ofSubject(ws, k+1, v) {
				return 0
			}
			if capitalWord(text, ws[v]) || determiners.Has(p) && !subjectPronouns.Has(p) || possessivePronouns.Has(p) {
				continue
			}
			if auxiliaries.Has(x) && !nonfiniteAuxiliaries.Has(x) || pastVerb(x) || len(x) > 4 && strings.HasSuffix(x, "ed") {
				return first.i
			}
		}
		return 0
	}
	return 0
}

// ofSubject reports whether the words [k, v) of a subordinate clause's
// subject hold an "of" that joins two of its nouns, a subject of up to
// eight words: "after the county board of canvassers certified the
// results", "before another band of bad weather arrives". In news English
// a subject's noun often takes an "of" phrase; the clause's verb still
// follows it.
func ofSubject(ws []word, k, v int) bool {
	if v-k > 8 {
		return false
	}
	for j := k + 1; j < v-1; j++ {
		if ws[j].w == "of" && !ws[j].comma {
			return true
		}
	}
	return false
}

// sinceObjectAnd reports whether ws[v] is "and", "or" or "but"
// (title-conjunctions) before an
// auxiliary or a verb in the past: a second verb of the clause before a
// subordinating word ("had been shut since May and was sold in June"), so
// that what the word took ("May") is no subject of its own clause.
func sinceObjectAnd(ws []word, v int) bool {
	return titleConjunctions.Has(ws[v].w) && v+1 < len(ws) && (auxiliaries.Has(ws[v+1].w) || pastVerb(ws[v+1].w))
}

// spanSubordinators open a clause whose time starts a span up to the
// clause they close (data/words.txt).
var spanSubordinators = wordSet("span-subordinators")

// openingSequence reports whether the clause of "after" or "before" at
// ws[k], k < 3, opens the clause seg, after a measure of time at most
// ("Three days after the quake struck on Sunday, rescuers pulled ...",
// "Before the flood in 2019, the town had ..."), and a comma closes it
// after the time tx, before the clause it tells the time of.
func openingSequence(text string, seg [2]int, ws []word, k int, tx timex.Timex) bool {
	if ws[0].i-seg[0] > 1 {
		return false
	}
	for _, w := range ws[:k] {
		if w.comma || auxiliaries.Has(w.w) || pastVerb(w.w) || reportingVerbs.Has(w.w) {
			return false
		}
	}
	rest := text[tx.End:seg[1]]
	i := strings.Index(rest, ", ")
	return i >= 0 && !strings.ContainsAny(rest[:i], ";:\"“”(") && fieldCount(rest[i:]) >= 3
}

// openingEnd is where the opening clause of "after" or "before" that tx is
// in ends: the comma after tx (see openingSequence).
func openingEnd(text string, seg [2]int, tx timex.Timex) int {
	if i := strings.Index(text[tx.End:seg[1]], ", "); i >= 0 {
		return tx.End + i
	}
	return seg[1]
}

// capitalWord reports whether the word w of text is written with a capital.
func capitalWord(text string, w word) bool {
	r, _ := utf8.DecodeRuneInString(text[w.i:])
	return unicode.IsUpper(r)
}

// relativePronouns open a relative clause without a comma (data/words.txt).
var relativePronouns = wordSet("relative-pronouns")

// titleWithout is the title of the clause seg dated by tx, without the
// relative clause cut ("A fisherman who was rescued on Thanksgiving Day
// said Friday he had prayed" -> "A fisherman said he had prayed").
func titleWithout(text string, seg [2]int, tx timex.Timex, cut [2]int, in timex.Timex) string {
	if a, b := possessiveInCut(text, cut, in); b > 0 {
		// "The number of people killed in Sunday's bombing rose to 12
		// on Monday": the phrase the time dated is a participle's that
		// goes on past it, to a noun the time only modified; the phrase
		// stays, told of the noun ("killed in the bombing"), and its
		// time goes.
		t := text[:a] + "the" + text[b:]
		d := b - a - len("the")
		seg[1] -= d
		if tx.Start >= b {
			tx.Start -= d
			tx.End -= d
		}
		return clauseTitle(t, seg, &tx)
	}
	n := cut[1] - cut[0]
	t := text[:cut[0]] + text[cut[1]:]
	seg[1] -= n
	if tx.Start >= cut[1] {
		tx.Start -= n
		tx.End -= n
	}
	return clauseTitle(t, seg, &tx)
}

// possessiveInCut returns the span [a, b) of a possessive time, with its
// "'s", inside cut, a participle's phrase, right after a preposition
// ("killed in Sunday's bombing at the station": "Sunday's"), when the
// phrase opens on a participle after a noun ("people killed"); b is 0
// otherwise.
func possessiveInCut(text string, cut [2]int, tx timex.Timex) (a, b int) {
	if tx.Start <= cut[0] || tx.End >= cut[1] || !possessiveAt(text, tx.End) {
		return 0, 0
	}
	if w := strings.ToLower(firstWord(text[cut[0]:cut[1]])); relativePronouns.Has(w) || w == "that" || !strings.HasSuffix(w, "ed") && !verbForms.Has(w) {
		return 0, 0
	}
	var preRoom fieldRoom
	pre := fieldsIn(&preRoom, text[cut[0]:tx.Start])
	if len(pre) < 2 || !inSet(prepositions, pre[len(pre)-1]) {
		return 0, 0
	}
	b = tx.End + len("'s")
	if strings.HasPrefix(text[tx.End:], "’s") {
		b = tx.End + len("’s")
	}
	return tx.Start, b
}

// auxiliaries are the auxiliary verbs ("was", "might", "been";
// data/words.txt).
var auxiliaries = wordSet("auxiliaries")

// nonfiniteAuxiliaries are the auxiliaries that are no finite verb ("be",
// "been"; data/words.txt).
var nonfiniteAuxiliaries = wordSet("nonfinite-auxiliaries")

// relativeClause reports whether a segment is a relative clause ("who
// held talks ...", "which became ...").
func relativeClause(text string, seg [2]int) bool {
	f := firstWord(text[seg[0]:seg[1]])
	w := strings.ToLower(f)
	// (In capitals, "WHO" is an acronym: the World Health Organization.)
	return (w == "who" || w == "which") && !allCaps(f)
}

// pronounSubject reports whether a clause opens, after any subordinating
// word, with a pronoun or "the two (leaders)" standing for people named
// before it.
func pronounSubject(text string, seg [2]int) bool {
	return pronounSubjectWords(words(text, seg[0], seg[1]))
}

// pronounSubjectWords is pronounSubject on the clause's words.
func pronounSubjectWords(ws []word) bool {
	for len(ws) > 0 && subordinators.Has(ws[0].w) {
		ws = ws[1:]
	}
	// Skip an opening adverbial ("Shortly after taking office, he ...").
	for k := 1; k < min(len(ws), 9); k++ {
		if w := ws[k].w; ws[k].comma && pronouns.Has(w) {
			return true
		}
	}
	if len(ws) == 0 {
		return false
	}
	switch w := ws[0].w; {
	case pronouns.Has(w) || openingPronouns.Has(w):
		return true
	case w == "the":
		return len(ws) > 1 && afterThe.Has(ws[1].w)
	}
	return false
}

// thereNamed returns title with its "there", an adverb of place (not "there
// is", nor after a preposition), as "in" and the place that before, the
// words of its sentence before the "there", last named after "in" (a name
// in capitals, not a person's, a day's or a month's, nor one the title
// names already: "in Uganda", "in Lyon"); "" when there is none.
func thereNamed(title, before string, g *gazetteer) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	k := slices.IndexFunc(ws, func(w string) bool { return strings.TrimRight(w, ",;.") == "there" })
	// ("There is", "said there were": the empty "there" of a clause; not
	// one after a noun and its article, "a court there is due to rule",
	// which is a place.)
	afterNoun := k >= 2 && (inSet(articleWords, ws[k-2]) || inSet(determiners, ws[k-2])) && isLower(ws[k-1]) && !strings.ContainsAny(ws[k-1], ",;:") && !verbAt(ws, k-1)
	if k < 1 || !afterNoun && k+1 < len(ws) && (inSet(auxiliaries, ws[k+1]) || inSet(expletiveVerbs, ws[k+1])) || inSet(prepositions, ws[k-1]) {
		return ""
	}
	var bsRoom fieldRoom
	bs := fieldsIn(&bsRoom, before)
	for j := len(bs) - 2; j >= 0; j-- {
		if bs[j] != "in" {
			continue
		}
		var name []string
		for _, w := range bs[j+1 : min(len(bs), j+4)] {
			bare := strings.TrimRight(w, ",;:.")
			if !capitalized(bare) || nameStop.Has(bare) {
				break
			}
			name = append(name, bare)
			if bare != w {
				break
			}
		}
		if len(name) == 0 {
			return ""
		}
		if m := g.find(strings.Join(name, " ")); len(m.persons) > 0 || strings.Contains(title, strings.Join(name, " ")) || strings.ContainsAny(strings.Join(name, ""), "'’0123456789") {
			return ""
		}
		tail := ws[k][len("there"):]
		out := append(append(slices.Clip(ws[:k]), "in"), append(name[:len(name)-1:len(name)-1], name[len(name)-1]+tail)...)
		return strings.Join(append(out, ws[k+1:]...), " ")
	}
	return ""
}

// passiveItNamed names the "it" of a passive right after a verb of saying
// in title ("The prosecutor said it had been bought illegally") by the
// noun phrase prev, the sentence before, ends on: "the" and one or two
// words in lower case, one thing ("... how the man obtained the pistol."
// -> "The prosecutor said the pistol had been bought illegally"). "" when
// there is no such "it" or no such phrase (a name, several things, a
// phrase of its own preposition).
func passiveItNamed(title, prev string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	k := slices.Index(ws, "it")
	if k < 1 || k+2 >= len(ws) || !inSet(reportingVerbs, ws[k-1]) {
		return ""
	}
	aux := strings.ToLower(ws[k+1])
	v := k + 2
	if (aux == "had" || aux == "has") && strings.EqualFold(ws[k+2], "been") {
		v = k + 3
	} else if aux != "was" {
		return ""
	}
	if v >= len(ws) {
		return ""
	}
	if p := strings.ToLower(strings.Trim(ws[v], ",;:.")); !strings.HasSuffix(p, "ed") && !verbForms.Has(p) {
		return ""
	}
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, strings.TrimRight(prev, " "))
	if len(p) < 3 || !strings.HasSuffix(p[len(p)-1], ".") {
		return ""
	}
	p[len(p)-1] = strings.TrimSuffix(p[len(p)-1], ".")
	j := len(p) - 2
	if j > 0 && p[j] != "the" {
		j-- // "the stolen pistol"
	}
	if j < 2 || p[j] != "the" || inSet(prepositions, p[j-1]) && !verbAt(p, j-2) {
		// ("... a man seen near the station": the last noun is a
		// place, not what was handled.)
		return ""
	}
	np := p[j+1:]
	for _, w := range np {
		if !isLower(w) || strings.ContainsAny(w, ",;:'’\"“”()") || verbAt([]string{"x", w}, 1) && !strings.EqualFold(w, np[len(np)-1]) {
			return ""
		}
	}
	last := np[len(np)-1]
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || strings.Contains(title, last) {
		return ""
	}
	out := slices.Concat(ws[:k], []string{"the"}, np, ws[k+1:])
	return strings.Join(out, " ")
}

// itSubject returns what the "It" that opens title stands for: the noun
// phrase that opens prev, the sentence before, "The" (or a possessive,
// read as "The") and up to three words
// closed by a comma or by a verb ("The company opened ...", "The inquiry,
// known as ..."), one thing, not several ("The senators asked" is "They").
// The "It" is the subject of a verb of its own, not an empty one ("It was
// not clear whether", "It emerged that": expletive-verbs). "" when none.
func itSubject(title, prev string) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if !itActs(ws) {
		return ""
	}
	w := strings.ToLower(strings.Trim(ws[1], ",;:"))
	var pRoom fieldRoom
	p := fieldsIn(&pRoom, prev)
	if n := saidName(p); n != "" && (reportingVerbs.Has(w) || saidIt(p, fieldCount(n))) {
		// "Brightmoor said on Wednesday that ..." "It said the
		// committee had ...": what spoke before speaks again; and what
		// told of itself as "it" ("Halden Foods said on Monday it had
		// postponed ..." "It blamed ...") is the "It" after.
		return n
	}
	if len(p) > 2 && p[0] == "The" {
		// "The CMA said it would consider the proposal ..." "It is
		// holding hearings ...": a thing's name after "The" speaks the
		// same way.
		if n := saidName(p[1:]); n != "" && (reportingVerbs.Has(w) || saidIt(p[1:], fieldCount(n))) {
			return "The " + n
		}
	}
	if len(p) < 3 || p[0] != "The" && !(inSet(possessivePronouns, p[0]) && isLower(p[1])) {
		return ""
	}
	// A possessive that opens it ("Her will, signed in May, left ...")
	// tells whose; "The will" is the same thing, told without guessing
	// the owner.
	p = append([]string{"The"}, p[1:]...)
	for k := 1; k <= 3 && k+1 < len(p); k++ {
		word := strings.TrimSuffix(p[k], ",")
		lw := strings.ToLower(word)
		// (The word after the determiner is no verb: "The will, drawn
		// up in May", "Her will left ...": a noun an auxiliary spells.)
		if word == "" || prepositions.Has(lw) || determiners.Has(lw) || titleConjunctions.Has(lw) || strings.ContainsAny(word, ";:\"“”()") || k > 1 && verbAt(p, k) {
			return ""
		}
		if e := namedAfterNoun(p, k); e > k && !strings.HasSuffix(lw, "s") {
			// "The 40-page report by Inspector General Ana Morel examined
			// ...", "The old footbridge at Mill Lane carried ...": the
			// noun and a preposition's name after it, up to the verb,
			// are the phrase, told whole.
			return strings.Join(p[:e], " ")
		}
		if !strings.HasSuffix(p[k], ",") && !(isLower(p[k+1]) && verbAt(p, k+1)) {
			continue
		}
		if strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "'s") && !strings.HasSuffix(lw, "’s") {
			return "" // several
		}
		return strings.Join(append(p[:k], word), " ")
	}
	return ""
}

// namedAfterNoun returns the end of a phrase of a preposition and a name
// after the noun p[k] of a subject, when a verb in lower case comes right
// after it ("report by Inspector General Ana Morel examined", "footbridge
// at Mill Lane carried", "structure at 325 E. Dahlia Ave. was"): the
// index of the verb, or 0. The name is words in capitals or figures, an
// article at most before them, up to six words; nothing else (a word in
// lower case, a comma) stands in it.
func namedAfterNoun(p []string, k int) int {
	if !isLower(p[k]) || strings.HasSuffix(p[k], ",") || k+2 >= len(p) || !namePrepositions.Has(p[k+1]) {
		return 0
	}
	j := k + 2
	if articleWords.Has(p[j]) {
		j++
	}
	from := j
	for ; j < len(p) && j < from+6; j++ {
		w := p[j]
		if strings.ContainsAny(w, ",;:\"“”()") || !unicode.IsUpper(firstRune(w)) && !unicode.IsDigit(firstRune(w)) {
			break
		}
	}
	if j == from || j >= len(p) || !isLower(p[j]) || !verbAt(p, j) {
		return 0
	}
	return j
}

// modifiedNoun reports whether a phrase that opens on "The" has a word in
// lower case, a noun that a name in it only modifies ("The Leeds depot",
// "The report by Inspector General Ana Morel"): not itself the name of a
// person or a place ("The Hague").
func modifiedNoun(np string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, np)
	return len(ws) > 1 && ws[0] == "The" && slices.ContainsFunc(ws[1:], isLower)
}

// namePrepositions lead the name that tells which thing a noun is ("the
// report by ...", "the bridge at ..."; data/words.txt): see namedAfterNoun.
var namePrepositions = wordSet("name-prepositions")

// itActs reports whether a title ws opens on "It" as the subject of a
// verb of its own, not an empty one ("It reopened the inquiry", "It was
// fined", "It will hold a hearing"; not "It was not clear whether", "It
// emerged that": expletive-verbs).
func itActs(ws []string) bool {
	if len(ws) < 2 || ws[0] != "It" || !isLower(ws[1]) {
		return false
	}
	w := strings.ToLower(strings.Trim(ws[1], ",;:"))
	if plannedIt(ws) {
		return true
	}
	return !(expletiveVerbs.Has(w) && !passiveIt(ws) && !auxiliarySaid(ws) && !auxiliaryOwn(ws) && !progressiveOwn(ws) && !possessionOwn(ws)) && (pastVerb(w) || len(w) > 3 && strings.HasSuffix(w, "ed") || verbAt(ws, 1) || auxiliaryOwn(ws))
}

// possessionOwn reports whether a title opening on "It" tells what a thing
// has or had: "has" or "had" before an article, a possessive or a count,
// the object a main verb "have" takes ("It has two bores", "It had its
// first recorded bloom", "It has a staff of 40"). An empty "It" takes
// "have" only as an auxiliary, before a participle or "to" ("It has
// emerged that", "It had been hoped", "It has to be said").
func possessionOwn(ws []string) bool {
	if len(ws) < 4 || !itHaveForms.Has(ws[1]) {
		return false
	}
	n := strings.ToLower(ws[2])
	return articleWords.Has(n) || possessivePronouns.Has(n) || countWord(n)
}

// itHaveForms are the forms of "have" after a thing's "It" (possessionOwn,
// passiveIt; data/words.txt).
var itHaveForms = wordSet("it-have-forms")

// plannedIt reports whether a title opening on "It" tells what a thing
// was due to do or what was done to it where passiveIt and auxiliaryOwn
// do not see it: "It was to take effect" (a plan), "It was shipped to the
// launch site" (a participle, then "to" and a place, not a verb: "It was
// decided to ..."), "It will be rewritten" (a passive after a modal, in
// "-ed" or "-en", no
// "that" after it: "It would be expected that ..."). Not "It is to be
// hoped", "It was hoped to".
func plannedIt(ws []string) bool {
	if len(ws) < 4 || !isLower(ws[2]) || !isLower(ws[3]) {
		return false
	}
	a, v, n := strings.ToLower(ws[1]), strings.ToLower(ws[2]), strings.ToLower(strings.Trim(ws[3], ",;:"))
	told := reportingVerbs.Has(v) || clauseVerbs.Has(v) || announcingVerbs.Has(v)
	participle := len(v) > 4 && strings.HasSuffix(v, "ed") && !told
	// An irregular participle ("It was sold to", "lent to", "given to")
	// is one too, in a title with no "that" after it ("It was known to
	// the board that ...": an empty "It").
	irregular := !participle && !told && (participleForms.Has(v) || verbForms.Has(v)) && !slices.Contains(ws[4:], "that")
	switch {
	case planCopulas.Has(a) && v == "to":
		return n != "be" && !determiners.Has(n) && !prepositions.Has(n) && !articleWords.Has(n) && !strings.HasSuffix(n, "ly")
	case planCopulas.Has(a) && planAdjectives.Has(v) && n == "to" && len(ws) > 4:
		// "It is due to enter service", "It was set to open": a plan,
		// told of a thing as "It was to take effect" is; not "It is due
		// to the storm" (an article, a determiner, a figure) nor "It was
		// due to be a quiet week".
		nx := strings.ToLower(strings.Trim(ws[4], ",;:"))
		// (A word of three letters in "-ly" is no adverb: "It is due to
		// fly past the asteroid".)
		return isLower(ws[4]) && nx != "be" && !determiners.Has(nx) && !prepositions.Has(nx) && !articleWords.Has(nx) && !possessivePronouns.Has(nx) && !unicode.IsDigit(firstRune(nx)) && !(len(nx) > 3 && strings.HasSuffix(nx, "ly"))
	case planCopulas.Has(a) && (participle || irregular) && n == "to" && len(ws) > 4:
		// "to" before a name ("It was sold to Danish firm ..."), an
		// article, a determiner or a figure is a preposition: who or
		// where the thing went, never an infinitive's verb.
		nx := strings.ToLower(ws[4])
		return determiners.Has(nx) || articleWords.Has(nx) || unicode.IsDigit(firstRune(nx)) || capitalized(ws[4]) && ws[4] != "I"
	case modalAuxiliaries.Has(a) && v == "be" && (len(n) > 4 && strings.HasSuffix(n, "ed") || len(n) > 5 && strings.HasSuffix(n, "en")) && !reportingVerbs.Has(n) && !clauseVerbs.Has(n) && !announcingVerbs.Has(n):
		return len(ws) == 4 || !strings.EqualFold(strings.Trim(ws[4], ","), "that") && !strings.EqualFold(ws[4], "to")
	}
	return false
}

// The pronouns pronounOwner names, by class: a thing's ("it", "its"),
// several's ("they", "their"), a person's ("he", "his", "she", "her");
// a possessive opens the subject (possessive-pronouns). And the verbs of
// one (singular-verbs: "is", "was", "has") whose subject cannot be
// several (data/words.txt).
var (
	thingPronouns       = wordSet("thing-pronouns")
	severalPronouns     = wordSet("several-pronouns")
	ownedPersonPronouns = wordSet("person-owned-pronouns")
	singularVerbs       = wordSet("singular-verbs")
	planCopulas         = wordSet("plan-copulas")
	planAdjectives      = wordSet("plan-adjectives")
)

// ownedPronoun is the class of the pronoun w that opens a title (see
// pronounOwner); ok false when pronounOwner names no such pronoun.
func ownedPronoun(w string) (possessive, plural, human, ok bool) {
	if w == "" || !unicode.IsUpper(firstRune(w)) {
		return
	}
	lw := strings.ToLower(w)
	possessive = possessivePronouns.Has(lw)
	return possessive, severalPronouns.Has(lw), ownedPersonPronouns.Has(lw), thingPronouns.Has(lw) || severalPronouns.Has(lw) || ownedPersonPronouns.Has(lw)
}

// maxEntryLabelWords is the most words of a timeline entry's date label.
const maxEntryLabelWords = 5

// entryLabelLinks join the dates of a timeline entry's label ("March and
// July 2024", "Nov. 19 to 20"; data/words.txt): see entryLabelEnd.
var entryLabelLinks = wordSet("entry-label-links")

// entryLabelEnd returns the offset in s of the text after the date that
// labels a timeline's entry, a dash after it ("2012 — Rossi joins ...",
// "March and July 2024 — Two drawings ...", "Oct. 19 - State police
// ..."): up to five words, a year or a month's name among them, no word
// in lower case but entryLabelLinks ("and", "to"); 0 when s opens on none.
func entryLabelEnd(s string) int {
	i := strings.Index(s, " — ")
	n := len(" — ")
	if j := strings.Index(s, " - "); j >= 0 && (i < 0 || j < i) {
		i, n = j, len(" - ")
	}
	if i <= 0 || i+n >= len(s) {
		return 0
	}
	if !dateLabel(s[:i]) {
		return 0
	}
	return i + n
}

// pageLabelEnd is the offset in s past a label of the page that opens it
// (withoutPageLabel): one or two words, the first of pageLabelOpeners
// ("Background:", "Context:", "Background —"), closed by a colon or set
// off by a dash; 0 when s opens on none.
func pageLabelEnd(s string) int {
	i, n := strings.Index(s, ": "), len(": ")
	for _, d := range []string{" — ", " – "} {
		if j := strings.Index(s, d); j >= 0 && (i < 0 || j < i) {
			i, n = j, len(d)
		}
	}
	if i <= 0 || i > 30 {
		return 0
	}
	label := strings.Fields(strings.Trim(s[:i], "*_ "))
	if len(label) == 0 || len(label) > 2 || !pageLabelOpeners.Has(strings.ToLower(strings.Trim(label[0], "*_"))) || len(label) == 2 && capitalized(label[1]) {
		return 0
	}
	rest := strings.TrimLeft(s[i+n:], "*_ ")
	if rest == "" {
		return 0
	}
	return len(s) - len(rest)
}

// dateLabel reports whether s is the date that labels a timeline's entry:
// up to five words, a year or a month's name among them, no word in lower
// case but entryLabelLinks ("and", "to"). See entryLabelEnd.
func dateLabel(s string) bool {
	ws := strings.Fields(strings.Trim(s, "*_ "))
	if len(ws) == 0 || len(ws) > maxEntryLabelWords {
		return false
	}
	dated := false
	for _, w := range ws {
		w = strings.Trim(w, "*_.,")
		switch {
		case len(w) == 4 && strings.Trim(w, "0123456789") == "", inSet(calendarNames, w) && !isLower(w):
			dated = true
		case entryLabelLinks.Has(w) || strings.Trim(w, "0123456789-–") == "":
		default:
			return false
		}
	}
	return dated
}

// entryMonths are the months' names (data/words.txt entry-months).
var entryMonths = wordSet("entry-months")

// chronologyEntry reports whether s is an entry of a chronology of days:
// it opens on the day that labels it, a month's name and a day's number
// among its words, then a dash or a colon ("Oct. 19 - The board says
// ...", "3 March: The firm lifted its bid to 4%").
func chronologyEntry(s string) bool {
	end := entryLabelEnd(s)
	if end == 0 {
		if i := strings.Index(s, ": "); i > 0 && dateLabel(s[:i]) {
			end = i
		}
	}
	if end == 0 {
		return false
	}
	month, day := false, false
	for _, w := range strings.Fields(s[:end]) {
		w = strings.Trim(w, "*_.,")
		month = month || inSet(entryMonths, w)
		n := len(w) - len(strings.TrimLeft(w, "0123456789"))
		day = day || n == 1 || n == 2
	}
	return month && day
}

// companyName reports whether np is a name of several words in capitals
// whose last word ends a business's own name (data/words.txt
// company-name-endings: "Ruth Shipping Lines", "Grace Foods", "Victoria
// Airways"): a company's, not a person's, though a word of it is a first
// name.
func companyName(np string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, np)
	if len(ws) < 2 || !capitalized(ws[0]) {
		return false
	}
	for _, w := range ws {
		if !capitalized(w) && w != "of" && w != "and" && w != "&" {
			return false
		}
	}
	return inSet(companyNameEndings, ws[len(ws)-1])
}

// pronounOwner returns title with the pronoun that opens it, and opens its
// sentence too, named by its owner, the subject of prev, the sentence
// before (see ownerSubject), and the person named ("" for a thing); ""
// when the owner is not certain: a pronoun of another number or class
// than the subject ("It" for "The organisers", "He" for "The airline"),
// an "It" with no verb of its own ("It was not clear whether", itActs),
// a "he" the sentence before may tell of another person by (otherPerson),
// a title the name would leave unpublishable. A quotation that a "he
// said" closes ('"We want a solution," he said.') counts as opening on
// "he".
func pronounOwner(title, sentence, prev, before string, g *gazetteer) (string, string) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if len(ws) > 3 && inSet(sentenceConnectives, strings.TrimSuffix(ws[0], ",")) && strings.HasSuffix(ws[0], ",") {
		// "However, his margin shrank" of "In 2024, however, his margin
		// shrank": the connective ties the sentence to the one before,
		// which the title, named, needs no more.
		ws = append([]string{capitalize(ws[1])}, ws[2:]...)
	}
	if len(ws) > 3 && inSet(prepositions, ws[0]) {
		// "In a statement released, his office said ...": the title
		// kept the sentence's opening phrase before the pronoun.
		for k := 2; k < len(ws) && k <= 9; k++ {
			if _, _, human, ok := ownedPronoun(capitalize(ws[k])); ok && human && personAfterOpening(ws, ws[k]) {
				ws = append([]string{capitalize(ws[k])}, ws[k+1:]...)
				break
			}
		}
	}
	if len(ws) < 2 {
		return "", ""
	}
	var p struct{ possessive, plural, human bool }
	var ok bool
	if p.possessive, p.plural, p.human, ok = ownedPronoun(ws[0]); !ok {
		return "", ""
	}
	// (A correction's fact's owner is the subject of the clause the
	// earlier version said, correctedClause; an explainer's answer's, the
	// subject of the question it answers, questionClause. Any of them may
	// be two words, "They resume", "He vanished": named, they are
	// whole, shortClause. Read only for a title that opens on a pronoun:
	// each splits the whole sentence before.)
	clause := correctedClause(prev)
	if clause == "" {
		clause = questionClause(prev)
	}
	var swRoom fieldRoom
	sw := fieldsIn(&swRoom, sentence)
	switch {
	case len(sw) > 0 && sw[0] == ws[0]:
	case p.human && personAfterOpening(sw, strings.ToLower(ws[0])):
		// "In a statement released on Wednesday, his campaign said
		// ...", "In 2019 she won ...": an opening phrase, then the
		// pronoun, is the sentence's subject all the same.
	case p.human && !p.possessive && reportingVerbs.Has(strings.Trim(ws[1], ",:")) && strings.ContainsAny(sw[0], "\"“") &&
		(strings.Contains(sentence, ",\" "+strings.ToLower(ws[0])+" ") || strings.Contains(sentence, ",” "+strings.ToLower(ws[0])+" ")):
	default:
		return "", ""
	}
	// (A title its time cut short, "It was automated" of "It was
	// automated in 1968 and ...", "It struck" of "It struck on the
	// evening of April 17", reads on in its sentence: the words after its
	// verb tell a thing's "It" from an empty one, "It was hoped on Monday
	// that", "It was decided on Friday to".)
	iw := ws
	if len(ws) < 4 && len(sw) > len(ws) && slices.Equal(sw[:len(ws)], ws) && !slices.ContainsFunc(sw[len(ws):min(len(sw), len(ws)+4)], func(w string) bool { return w == "that" || w == "to" }) {
		iw = sw
	}
	switch {
	case ws[0] == "It" && !itActs(iw) && !(clause != "" && len(iw) > 2 && isLower(iw[2]) && strings.Contains(clause, " "+iw[1]+" "+iw[2])):
		// (An "It" that a correction's fact opens on, with the verb of
		// the clause corrected, "It was found" after "... said the cross
		// was found on Friday", is the clause's subject.)
		return "", ""
	case p.possessive && (!isLower(ws[1]) && !figureOrNameOwned(ws, p.human) || inSet(determiners, ws[1]) || inSet(prepositions, ws[1])):
		return "", ""
	case !p.possessive && ws[0] != "It" && (!isLower(ws[1]) || ws[1] != strings.Trim(ws[1], ",;:") && !reportingVerbs.Has(strings.TrimSuffix(ws[1], ":")) || prepositions.Has(ws[1]) || determiners.Has(ws[1]) || titleConjunctions.Has(ws[1])):
		return "", "" // "They plan", "He was", not "They, too, ..."
	}
	if label := entryLabelEnd(prev); label > 0 {
		// "2012 — Rossi, a former engineer, joins the utility." "Five
		// years later he takes charge ...": the timeline entry's date is
		// its label, not the subject.
		before, prev = before+prev[:label], prev[label:]
	}
	if label := pageLabelEnd(prev); label > 0 && !p.human {
		// "Background: Kessler Park Zoo opened in 1923 ..." "Its snow
		// leopard exhibit opened in 2016": a label of the page is no
		// word of the subject after it. (A person's "he" after one is
		// left to the paths that name the person in full: the label's
		// sentence may give the surname alone.)
		before, prev = before+prev[:label], prev[label:]
	}
	np, plural, name := "", false, ""
	if clause != "" {
		np, plural, name = ownerSubject(clause)
	} else {
		np, plural, name = ownerOf(prev, before, p.human, g) // (ownerSubject's, or a role's name between commas)
		if np == "" && !p.human && !p.plural {
			// "Halvorsen, which opened in 1992, is staffed ..." "It has
			// been evacuated once before": a name that "which" follows
			// is a thing's (a person's takes "who"), the subject of the
			// verb after the relative clause.
			var pwRoom fieldRoom
			if pw := fieldsIn(&pwRoom, prev); len(pw) > 3 && pw[1] == "which" {
				np = nameAppositionSubject(prev)
				name = np
			}
		}
		if np == "" && p.human && !p.plural {
			// ("Maya, from Dundee, had been hiking ...": a name, its
			// apposition, the verb.)
			np = nameAppositionSubject(prev)
			name = np
			if personName(np, before, g) == "" && !firstNameNamed(np, before, g) {
				// (A surname alone, "Kell, a former technician, joins",
				// is left to the paths that name the person in full.)
				np, name = "", ""
			}
		}
	}
	if np == "" || plural != p.plural || strings.Contains(title, np) {
		return "", ""
	}
	if name == np && !strings.Contains(name, " ") && !strings.ContainsAny(name, "0123456789") && !nameInText(before, name) {
		// (A name with a figure in it, "Solace-3", "Meridian-2", is
		// no common noun a sentence's capital made look like one.)
		return "", "" // "Rain fell all week": a noun, for all its capital
	}
	who := ""
	if p.human {
		// A person: the name that ends the subject, which the lists or
		// its form tell is a person's (not "Halden Foods", "Peru").
		if name == "" || otherPerson(prev, strings.ToLower(ws[0])) {
			return "", ""
		}
		full := personName(name, before, g)
		if full == "" && surnameNamed(name, before, g) {
			full = name // "Kessler, 62, did not concede." of "Rep. Dale Kessler" before
		}
		if full == "" && firstNameNamed(name, before, g) {
			full = name // "Maya had been playing ..." of "eight-year-old Maya Okafor" before
		}
		if name = full; name == "" {
			return "", ""
		}
		np, who = name, name
	} else if m := g.find(np); !companyName(np) && !featureName(np) && (len(m.persons) > 0 || name != "" && personName(name, before, g) != "") {
		return "", "" // a person is no "it"; several "they" are not persons here
	}
	if p.possessive {
		if strings.Contains(np, " and ") {
			return "", ""
		}
		if strings.HasSuffix(np, "s") {
			np += "'"
		} else {
			np += "'s"
		}
	}
	t := capitalize(np) + " " + strings.Join(ws[1:], " ")
	if !headline(t) && (headline(title) || !publishable(t) && !shortClause(t)) {
		// ("They plan to cap the field" reads as a clause by its
		// pronoun; "The organisers plan to cap" may not, to the lists.
		// A title that was no clause to them either, 'He said: "..."',
		// is named all the same.)
		return "", ""
	}
	return t, who
}

// featureName reports whether np, a name of several capitalised words,
// is a feature of the land's: it opens on its kind ("Lake Tamsin", "Mount
// Aldous"; data/words.txt feature-name-openers) or ends on it ("Pell
// Creek"; feature-name-endings). Such a name is a thing's, "it", though
// its words may read as a person's first name and surname.
func featureName(np string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, np)
	if len(ws) < 2 || !capitalized(ws[0]) || !capitalized(ws[len(ws)-1]) {
		return false
	}
	return inSet(featureNameOpeners, ws[0]) || inSet(featureNameEndings, ws[len(ws)-1])
}

// surnameNamed reports whether the one word w is the surname of a person
// the text before named in full ("Rep. Dale Kessler", then "Kessler"): at
// its last mention in the last nameLookBack bytes of before, one or two
// capitalised words right before it that personName reads as a person's
// name with it.
func surnameNamed(w string, before string, g *gazetteer) bool {
	if lw := strings.ToLower(w); w == "" || strings.Contains(w, " ") || !unicode.IsUpper(firstRune(w)) || institutional.Has(w) || geographic.Has(w) || nameStop.Has(w) || notSurnames.Has(lw) || organisationNouns.Has(lw) {
		return false // ("West Yorkshire Police", then "Police")
	}
	if len(before) > nameLookBack {
		before = before[len(before)-nameLookBack:]
	}
	for end := len(before); end > 0; {
		i := strings.LastIndex(before[:end], " "+w)
		if i < 0 {
			return false
		}
		end = i
		if j := i + 1 + len(w); j < len(before) && isLetter(before[j]) {
			continue
		}
		pre := strings.Fields(before[max(0, i-40):i])
		if len(pre) == 0 || !unicode.IsUpper(firstRune(pre[len(pre)-1])) || strings.ContainsAny(pre[len(pre)-1], ".,;:\"“”()") {
			continue
		}
		run := pre[len(pre)-1] + " " + w
		if len(pre) > 1 && unicode.IsUpper(firstRune(pre[len(pre)-2])) && !strings.ContainsAny(pre[len(pre)-2], ",;:\"“”()") {
			run = pre[len(pre)-2] + " " + run
		}
		return strings.HasSuffix(personName(run, before[:i], g), " "+w)
	}
	return false
}

// firstNameNamed reports whether the one word w is the first name of one
// person the text before named in full ("eight-year-old Maya Okafor", then
// "Maya"): news calls a child, and the person of a feature, by the first
// name once the full name is given. Every mention of w in the last
// nameLookBack bytes of before that one capitalised word follows is read
// with it, and personName must read each as a person's name, all the same
// one ("Maya Okafor" and "Maya Lind" share "Maya": no owner).
func firstNameNamed(w string, before string, g *gazetteer) bool {
	if w == "" || strings.Contains(w, " ") || !unicode.IsUpper(firstRune(w)) || institutional.Has(w) || geographic.Has(w) || nameStop.Has(w) || inSet(roleWords, w) || inSet(organisationNouns, w) {
		return false
	}
	if len(before) > nameLookBack {
		before = before[len(before)-nameLookBack:]
	}
	full, reads := "", 0
	for off := 0; off < len(before) && reads < maxFirstNameReads; {
		i := strings.Index(before[off:], w+" ")
		if i < 0 {
			break
		}
		i += off
		off = i + len(w) + 1
		if i > 0 && isLetter(before[i-1]) {
			continue // (the end of a longer word)
		}
		rest := before[off:]
		next := rest // (to the next space or line: no copy of rest, read at most once per mention)
		if e := strings.IndexAny(rest, " \n"); e >= 0 {
			next = rest[:e]
		}
		next = strings.TrimRight(next, ",;:.)")
		next = strings.TrimSuffix(strings.TrimSuffix(next, "'s"), "’s")
		if next == "" || !capitalized(next) || strings.ContainsAny(next, ".,;:\"“”()'’") {
			continue
		}
		run := w + " " + next
		if reads++; personName(run, before[:i], g) != run {
			continue
		}
		if full != "" && full != run {
			return false // two people share the first name
		}
		full = run
	}
	return full != ""
}

// maxFirstNameReads bounds the mentions firstNameNamed reads as names.
const maxFirstNameReads = 8

// notSurnames are words that end the names of bodies, not of people
// ("West Yorkshire Police"; see surnameNamed; data/words.txt).
var notSurnames = wordSet("not-surnames")

// personAfterOpening reports whether the sentence sw opens on a phrase of
// a preposition, up to eight words with no verb of saying, no pronoun and
// no relative word, closed by its comma or by a year or a figure, and then
// on the person's pronoun w ("In a statement released on Wednesday, his
// campaign ...", "In 2021 he refused ...", "In 2024, however, his
// margin ..."; a connective between commas may follow the phrase), or
// a short phrase of time with no comma, a day's or a month's name or a
// figure ("On Tuesday he went further": afterTimeOpening).
func personAfterOpening(sw []string, w string) bool {
	if len(sw) > 3 && sw[2] == "later" && sw[3] == w && inSet(relativeUnits, strings.TrimSuffix(sw[1], "s")) {
		// "Five years later he took charge", "A week later she ...": a
		// span counted on from the sentence before opens it.
		return true
	}
	if len(sw) < 3 || !inSet(prepositions, sw[0]) {
		return false
	}
	if afterTimeOpening(sw, w) {
		// "On Tuesday he went further", "In March 2024 his horse won":
		// a short phrase of time written without its comma.
		return true
	}
	for k := 1; k < len(sw) && k <= 9; k++ {
		lw := strings.ToLower(strings.Trim(sw[k], ",;:"))
		if lw == w && sw[k] == lw {
			prev := sw[k-1]
			if strings.HasSuffix(prev, ",") {
				return true
			}
			r := firstRune(prev)
			return k > 1 && unicode.IsDigit(r) && strings.Trim(prev, "0123456789") == ""
		}
		if strings.ContainsAny(sw[k], ";:\"“”()") || reportingVerbs.Has(lw) || subjectPronouns.Has(lw) || possessivePronouns.Has(lw) || objectPronouns.Has(lw) || relativePronouns.Has(lw) || relativeOpeners.Has(lw) {
			return false
		}
	}
	return false
}

// personName returns the person's name that ends run, capitalised words
// a role or an organisation may open ("Superior Court Judge Helen Ortiz",
// "President Rafael Meneses"): the longest ending of two to three words
// (a particle between them, "Pieter van Dam") that the lists know as a
// person or that subjectName reads as one, not a place's or an
// organisation's; "" when none.
func personName(run, before string, g *gazetteer) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, run)
	for k := max(0, len(ws)-4); k+1 < len(ws); k++ {
		if isLower(ws[k]) {
			continue
		}
		n := strings.Join(ws[k:], " ")
		m := g.find(n)
		if len(m.places) > 0 || len(m.actors) > len(m.persons) {
			continue
		}
		if len(m.persons) == 1 && m.persons[0] == n || subjectName(n+" x", before, g) == n {
			return n
		}
		if len(ws)-k <= 4 && slices.ContainsFunc(ws[k:], func(w string) bool { return surnameParticles.Has(w) }) &&
			!nameStop.Has(ws[k]) && !institutional.Has(ws[k]) && !geographic.Has(ws[k]) && !inSet(roleWords, ws[k]) && !institutional.Has(ws[len(ws)-1]) && !geographic.Has(ws[len(ws)-1]) {
			return n // "Pieter van Dam": a first name, a particle, a surname
		}
	}
	return ""
}

// ownerSubject returns the subject of the sentence prev when a pronoun
// after it may be named by it: a definite noun phrase ("the fire", "The
// Youth Online Safety Act", "The ship's captain and two officers"), a
// plural noun phrase ("Farmers' groups") or a name with its role ("Town
// attorney Paul Renner"), at the sentence's opening or after an opening
// phrase ("On July 22 the fire jumped ...", "Separately, the board is
// ..."), then its finite verb or an apposition between commas and then
// the verb ("The airline, which flies to 38 cities, cut ..."). plural
// tells its number (by its head noun, "and", and its verb's number), name
// the capitalised words that end it, when it is a name ("Paul Renner").
// "" when none; a headline, a quotation or a question is not read. Looks
// at no more than a few dozen words.
func ownerSubject(prev string) (np string, plural bool, name string) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, prev)
	if len(ws) < 3 || titleCase(ws) || strings.ContainsAny(prev, "\"“”?") {
		return "", false, ""
	}
	i := 0
	if k := timeOpening(ws); k > 0 {
		i = k // "Earlier this week, Brackwell Foods agreed ..."
	} else if w0 := strings.ToLower(strings.TrimSuffix(ws[0], ",")); prepositions.Has(w0) || strings.HasSuffix(ws[0], ",") && !ageAfter(ws) {
		i = -1
		for k := 0; k < len(ws) && k < 8; k++ {
			if strings.HasSuffix(ws[k], ",") {
				i = k + 1
				break
			}
		}
		if i < 0 && prepositions.Has(w0) {
			// "On July 22 the fire ...": a time in figures and names.
			for k := 1; k < len(ws) && k <= 5; k++ {
				if ws[k] == "the" {
					i = k
					break
				}
				if isLower(ws[k]) {
					break
				}
			}
		}
		if i < 0 {
			return "", false, ""
		}
	}
	definite := i < len(ws) && strings.EqualFold(ws[i], "the")
	start, j := i, i
	if definite {
		j++
	}
	end := -1 // the word after the subject
	for ; j < len(ws) && j < start+8; j++ {
		w := ws[j]
		lw := strings.ToLower(strings.TrimSuffix(w, ","))
		if strings.ContainsAny(w, ";:()") || strings.HasSuffix(w, ".") {
			return "", false, ""
		}
		// (A word in lower case after the head, before "its" or "the",
		// is the verb the lists need not know: "The river burst its
		// banks".)
		if j > start && isLower(w) && (auxiliaries.Has(lw) || verbAt(ws, j) && !strings.HasSuffix(lw, "s") || reportingVerbs.Has(lw) || pastVerb(lw) && j > start+1 ||
			j > start+1 && j+1 < len(ws) && isLower(ws[j-1]) && !prepositions.Has(lw) && !titleConjunctions.Has(lw) && (possessivePronouns.Has(ws[j+1]) || articleWords.Has(ws[j+1]))) {
			end = j
			break
		}
		bare := strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		if prepositions.Has(lw) || determiners.Has(bare) && j > start || subjectPronouns.Has(bare) || relativePronouns.Has(bare) || negations.Has(lw) || pointingOpeners.Has(bare) || questionOpeners.Has(bare) || ownerStops.Has(bare) {
			return "", false, ""
		}
		if strings.HasSuffix(w, ",") {
			// An apposition between commas, then the verb.
			for k := j + 1; k < len(ws) && k <= j+25; k++ {
				if strings.HasSuffix(ws[k], ",") {
					if k+1 < len(ws) && isLower(ws[k+1]) && (inSet(auxiliaries, ws[k+1]) || verbAt(ws, k+1) || pastVerb(strings.ToLower(ws[k+1]))) {
						end = k + 1
					}
					break
				}
			}
			if end < 0 {
				return "", false, ""
			}
			j++
			break
		}
	}
	if end < 0 || j-start < 1 || definite && j-start < 2 {
		return "", false, ""
	}
	sub := ws[start:j]
	sub[len(sub)-1] = strings.TrimSuffix(sub[len(sub)-1], ",")
	head := sub[len(sub)-1]
	lh := strings.ToLower(head)
	and := slices.Contains(sub, "and")
	// (A plural noun of people alone, capitalised as the sentence's
	// first word, is no name: "Officials said ...", "Residents say".)
	common := isLower(head) || len(sub) == 1 && pluralNouns.Has(lh)
	plural = and || common && strings.HasSuffix(lh, "s") && !strings.HasSuffix(lh, "ss") && !strings.HasSuffix(lh, "'s") && !strings.HasSuffix(lh, "’s") || isLower(head) && strings.HasSuffix(lh, "s'")
	if v := strings.ToLower(ws[end]); singularVerbs.Has(v) && plural || pluralVerbs.Has(v) && !plural {
		return "", false, "" // "The schools was": no subject of its verb
	}
	if !definite {
		if common && !plural {
			return "", false, "" // "Police said", "Rain fell": no owner certain
		}
		if !common && !and {
			// The name: the capitalised words that end it, with a
			// particle between them ("Pieter van Dam").
			k := len(sub) - 1
			for k > 0 && (!isLower(sub[k-1]) || surnameParticles.Has(sub[k-1]) && k > 1 && !isLower(sub[k-2])) {
				k--
			}
			name = strings.Join(sub[k:], " ")
		}
	}
	return strings.Join(sub, " "), plural, name
}

// withOwnerBefore returns the title t, which opens on a pronoun ("It
// bought a chain of shops", "Their lawyer said they would post it") that
// its sentence writes after its opening (", since it bought ...", ", and
// their lawyer said ..."), told with the words of the sentence before the
// pronoun, where its owner is ("The deal will be Penrose's largest
// acquisition since it bought a chain of shops"): a pronoun's owner
// within its sentence comes before it, and which word it is need not be
// known for an editor to read it. "" when the sentence opens on the
// pronoun, when those words hold a quotation, the time at (an offset in
// sentence) or a pronoun of their own at their start, or the title made
// would be longer than a title may be or no headline.
func withOwnerBefore(t, sentence string, at int) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, t)
	if len(ws) < 3 || !unicode.IsUpper(firstRune(ws[0])) {
		return ""
	}
	if _, _, _, ok := ownedPronoun(ws[0]); !ok {
		return ""
	}
	w := strings.ToLower(ws[0])
	i := strings.Index(sentence, " "+w+" "+ws[1])
	if i <= 0 || at <= i {
		return ""
	}
	pre := strings.TrimRight(sentence[:i], " ")
	var pwRoom fieldRoom
	pw := fieldsIn(&pwRoom, pre)
	if len(pw) < 3 || len(pw)+len(ws) > maxTitleWords+2 || strings.ContainsAny(pre, "\"“”()") {
		return ""
	}
	if f := strings.ToLower(strings.Trim(pw[0], ",")); subjectPronouns.Has(f) || possessivePronouns.Has(f) || pointingOpeners.Has(f) || !unicode.IsUpper(firstRune(pw[0])) {
		return ""
	}
	if relativeTimeAt(pw) >= 0 || slices.ContainsFunc(pw, func(w string) bool {
		w = strings.Trim(w, ",;.")
		return inSet(calendarNames, w) && !isLower(w) || len(w) == 4 && strings.Trim(w, "0123456789") == ""
	}) {
		return "" // ("The firm was founded in 1990, and its shares rose": a time of another clause)
	}
	out := pre + " " + w + " " + strings.Join(ws[1:], " ")
	if !headline(out) || pointingTitle(out) {
		return ""
	}
	return out
}

// ageAfter reports whether the words ws open on a name and the age set
// off after it ("Kessler, 62, did not concede"): the name is the subject,
// not an opening phrase.
func ageAfter(ws []string) bool {
	if len(ws) < 3 || !unicode.IsUpper(firstRune(ws[0])) || !strings.HasSuffix(ws[1], ",") {
		return false
	}
	age := strings.TrimSuffix(ws[1], ",")
	return len(age) > 0 && len(age) <= 3 && strings.Trim(age, "0123456789") == ""
}

// timeOpening is the index of the word after an opening phrase of time
// and its comma, of up to four words with a relative unit or a day word
// and no verb ("Earlier this week,", "Two days later,", "On Tuesday,"),
// or 0.
func timeOpening(ws []string) int {
	unit := false
	for k := 0; k < len(ws)-1 && k < 4; k++ {
		w := strings.ToLower(strings.TrimSuffix(ws[k], ","))
		if k > 0 && !determiners.Has(w) && verbAt(ws, k) || strings.ContainsAny(w, ";:\"“”()") {
			return 0
		}
		unit = unit || relativeUnits.Has(strings.TrimSuffix(w, "s")) || dayWords.Has(w)
		if strings.HasSuffix(ws[k], ",") {
			if unit {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// nameInText reports whether the word w is written in text with a capital
// inside a sentence, after a word that ends none ("as Cyclone Rehana
// neared", "said Halvard"): a name, not a noun that opened its
// sentence ("Rain fell all week").
func nameInText(text, w string) bool {
	if len(text) > nameLookBack {
		text = text[len(text)-nameLookBack:] // (bounded: each title reads no more than this)
	}
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], " "+w)
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		if !wordBoundary(text, i+1, i+1+len(w)) {
			continue
		}
		if j := strings.LastIndexByte(text[:i], ' ') + 1; j < i {
			if p := text[j:i]; !strings.ContainsAny(p[len(p)-1:], ".!?\"”:") {
				return true
			}
		}
	}
	return false
}

// nameLookBack bounds the text before a sentence that nameInText reads.
const nameLookBack = 6000

// ownerStops are words no subject pronounOwner names is made of ("That's
// exactly what ...": data/words.txt owner-stops).
var ownerStops = wordSet("owner-stops")

// surnameParticles are small words in lower case inside a person's name
// (data/words.txt surname-particles).
var surnameParticles = wordSet("surname-particles")

// progressiveOwn reports whether a title opening on "It is" or "It was"
// goes on with a verb in "-ing" of its own, no auxiliary's and not "going
// to", then its object ("It is holding hearings", "It was investigating
// the claims"; not "It is being", "It was going to rain", "It was raining
// when ..."): a thing that acts.
func progressiveOwn(ws []string) bool {
	if len(ws) < 4 || !strings.EqualFold(ws[1], "was") && !strings.EqualFold(ws[1], "is") {
		return false
	}
	v := ws[2]
	n := strings.ToLower(ws[3])
	return isLower(v) && len(v) > 5 && strings.HasSuffix(v, "ing") && !auxiliaries.Has(v) && n != "to" && isLower(ws[3]) && !strings.HasSuffix(n, "ly") && !subordinators.Has(n) && !prepositions.Has(n)
}

// auxiliaryOwn reports whether a title opening on "It" puts an auxiliary
// of tense or mood before a verb of its own, no expletive's ("It will hold
// a hearing", "It had closed two plants"; not "It will take years", "It
// will be", "It has been"): a thing that acts.
func auxiliaryOwn(ws []string) bool {
	if len(ws) < 4 || !isLower(ws[1]) || !isLower(ws[2]) {
		return false
	}
	a, v := strings.ToLower(ws[1]), strings.ToLower(ws[2])
	if !modalAuxiliaries.Has(a) && !sayingAuxiliaries.Has(a) || v != strings.Trim(v, ",;:.") || expletiveVerbs.Has(v) || auxiliaries.Has(v) || negations.Has(v) {
		return false
	}
	if !modalAuxiliaries.Has(a) { // "has", "had"
		return verbAt(ws, 2) || strings.HasSuffix(v, "ed")
	}
	// (After a modal, the word in lower case is its verb, unless an
	// adverb or a word of function: "It will also", "It would not".)
	return verbAt(ws, 2) || !strings.HasSuffix(v, "ly") && !prepositions.Has(v) && !determiners.Has(v) && !subjectPronouns.Has(v) && !objectPronouns.Has(v)
}

// saidIt reports whether the verb of saying at p[at], after a name,
// tells what "it" did or will do, the name's own "it" ("Halden Foods said
// on Monday it had postponed ...", "... said that it would close"): the
// "it" within three words, a time's or "that" before it, then an
// auxiliary and a verb of its own (auxiliaryOwn) or a verb in "-ed" that
// is no expletive's ("said it was a fair trial" tells of something else);
// or its "its" ("said on Tuesday its profit rose").
// A name of one word is a person's surname as often ("Smith said it
// would ..."): only an institution's word or an acronym ("NASA") is read so.
func saidIt(p []string, at int) bool {
	if at >= len(p) || at == 1 && !institutional.Has(p[0]) && !(utf8.RuneCountInString(p[0]) >= 2 && strings.ToUpper(p[0]) == p[0]) {
		return false
	}
	return saidPronoun(p, at, "it")
}

// saidPronoun reports whether the verb of saying at p[at] tells what
// pronoun, a subject, did or will do (saidIt): "... said on Monday they
// would seek ..." for "they".
func saidPronoun(p []string, at int, pronoun string) bool {
	for j := at + 1; j < len(p)-2 && j <= at+4; j++ {
		w := p[j]
		if pronoun == "it" && w == "its" {
			return isLower(p[j+1]) // "... said on Tuesday its profit rose": a thing's own
		}
		if w == pronoun {
			if auxiliaryOwn(p[j:]) || pronoun != "it" && isLower(p[j+1]) {
				return true // (no "they" is an expletive's: "they were not told")
			}
			v := strings.ToLower(p[j+1])
			return isLower(p[j+1]) && v == strings.Trim(v, ",;:.") && !expletiveVerbs.Has(v) && !auxiliaries.Has(v) && strings.HasSuffix(v, "ed") && len(v) > 4
		}
		if strings.ContainsAny(w, ",;:\"“”()") || isLower(w) && w != "that" && !prepositions.Has(w) {
			return false
		}
	}
	return false
}

// auxiliarySaid reports whether a title opening on "It" puts an auxiliary
// of tense or mood before a verb of saying, announcing, answering or
// directing ("It had warned ...", "It has confirmed ..."): a thing that speaks, no expletive's "it" ("It had been a
// long day", "It was said that ...": "was" is no auxiliary of tense here).
func auxiliarySaid(ws []string) bool {
	if len(ws) < 4 {
		return false
	}
	if !inSet(sayingAuxiliaries, ws[1]) {
		return false
	}
	v := strings.ToLower(strings.Trim(ws[2], ",;:"))
	return isLower(ws[2]) && (reportingVerbs.Has(v) || announcingVerbs.Has(v) || answeringVerbs.Has(v) || directingVerbs.Has(v))
}

// saidName is the name of one to three capitalised words that opens p
// before a verb of saying ("Halden Foods said ...") or one by which a
// party answers ("Halden Foods denied the claim. It said ...":
// answering-verbs), or "".
func saidName(p []string) string {
	for k := 0; k < len(p)-1 && k < 3; k++ {
		w := p[k]
		if isLower(w) || !unicode.IsUpper(firstRune(w)) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '&' }) ||
			nameStop.Has(w) || inSet(subjectPronouns, w) || inSet(determiners, w) || inSet(roleWords, w) {
			return ""
		}
		if reportingVerbs.Has(p[k+1]) || answeringVerbs.Has(p[k+1]) {
			return strings.Join(p[:k+1], " ")
		}
	}
	return ""
}

// passiveIt reports whether a title opening on "It was" or "It is" is a
// passive told of a thing ("It was fined by the regulator"), not an
// expletive ("It was reported that ...", "It was decided to ...", "It was
// a day of"): a participle in "-ed" that is no verb of saying, and no
// "that" or "to" after it.
func passiveIt(ws []string) bool {
	if len(ws) > 4 && itHaveForms.Has(ws[1]) && ws[2] == "been" {
		// "It has been evacuated once before", "It had been closed
		// since May": the perfect of the same passive, read as "It was
		// evacuated" is ("It has been reported that", "It had been
		// decided to" stay empty).
		ws = append([]string{ws[0], "was"}, ws[3:]...)
	}
	if len(ws) < 4 || !strings.EqualFold(ws[1], "was") && !strings.EqualFold(ws[1], "is") {
		return false
	}
	p, n := strings.ToLower(strings.TrimRight(ws[2], ",;:")), strings.ToLower(ws[3])
	// (Or an irregular participle: "It was built by ...", "It was sold
	// to ...", told of the thing as "It was fined" is.)
	return isLower(ws[2]) && (len(p) > 4 && strings.HasSuffix(p, "ed") || verbForms.Has(p) || participleForms.Has(p)) && !reportingVerbs.Has(p) && !clauseVerbs.Has(p) && n != "that" && n != "to"
}

// storySubject returns the full name a "he" or "she" opening sentence si
// stands for when the name lists know nobody before it: the subject of the
// latest of the three sentences before whose subject is a name ("Two years
// ago, Mila Kovac lost ..." for "She will rise ..." two sentences on). A
// sentence whose subject is no name ("The Croatian beat Sofia Alvarez",
// "On Saturday she walked ...") is passed over: a name in it is no subject.
// A headline, its words in capitals, is not read. "" when none.
func storySubject(text string, sents []sentence, si int, g *gazetteer, title string) string {
	var twRoom fieldRoom
	tw := fieldsIn(&twRoom, title)
	pa := personPronounAt(title)
	said := len(tw) > 1 && pa == 0 && inSet(reportingVerbs, tw[1])
	for back := si - 1; back >= max(0, si-3); back-- {
		s := sents[back]
		sent := text[s.start:s.end]
		if titleCase(strings.Fields(sent)) {
			continue
		}
		if pa >= 0 && otherPerson(sent, strings.ToLower(strings.Trim(tw[pa], ",;:."))) {
			// "Judge Marsh told him on Wednesday ..." "His lawyer said
			// ...": a "him" told of someone the subject is not, whom
			// the "his" may be as well; the title keeps its pronoun.
			return ""
		}
		at := []int{0}
		// A title that opens on "He said" after a quotation its speaker
		// closed ('"...," Hencratt told reporters.') tells what that
		// speaker said next.
		// So does one after a quotation with no speaker of its own that
		// follows it: a quotation that stands as a sentence alone goes on
		// with the words of the speaker the sentence before closed
		// ('"...," Hencratt said. "We will rebuild." He said ...').
		if said && (back == si-1 || back == si-2 && bareQuotation(text[sents[si-1].start:sents[si-1].end])) {
			if i := speakerAfterQuote(sent); i > 0 {
				at = append(at, i)
			}
		}
		// After a title's abbreviation ("Capt. Richard Quill came home"),
		// not in a statement, whose "he" may be the man it tells of
		// ("Lt. Bob Rifkin said Ortiz became ..." "He joined ...").
		if i := strings.Index(sent, ". "); i > 0 && !strings.Contains(sent[:i], " ") && isAbbreviation(sent[:i]) &&
			!slices.ContainsFunc(strings.Fields(sent), func(w string) bool { return inSet(reportingVerbs, strings.Trim(w, ",.;:")) }) {
			at = append(at, i+2)
		}
		// After a role a capital and a word in lower case spell
		// ("Interior minister Katrin Adler will visit ..."): the name
		// after the role is the subject.
		// (A live blog's clock stamp before a dash opens no subject:
		// "09:30 - Interior minister ...".)
		st := clockStampEnd(sent)
		if st > 0 {
			at = append(at, st)
		}
		if i := lowerRoleEnd(sent[st:]); i > 0 {
			at = append(at, st+i)
		}
		// After an opening phrase ("Two years ago, ", "His daughter, "),
		// longer when a preposition opens it ("In a letter read out on
		// state radio on Friday, Mr Berg said ...").
		// (So too one that measures a time from a happening: "Three weeks
		// after the fire took her bakery, Lena Ortiz is
		// ...", measureOpening.)
		if i := strings.Index(sent, ", "); i > 0 && (!fieldsAtLeast(sent[:i], 9) || (inSet(prepositions, firstWord(sent)) || measureOpening(strings.Fields(sent[:i]))) && !fieldsAtLeast(sent[:i], 15)) {
			at = append(at, i+2)
		}
		for _, i := range at {
			if name := subjectName(sent[i:], text[:s.start], g); name != "" {
				if bodyOwned(sent[i:], name) {
					return "" // ("Talbot Mills cut its forecast": a body, no "he")
				}
				return onlyPersonFrom(name, text, sents, back, si, g)
			}
		}
		if back == si-1 {
			if np := personNoun(sent, title); np != "" {
				return onlyPersonFrom(np, text, sents, back, si, g)
			}
			if np := objectNamePassive(sent, title); np != "" {
				return onlyPersonFrom(np, text, sents, back, si, g)
			}
		}
	}
	return ""
}

// bareQuotation reports whether a sentence is one quotation and nothing
// else: it opens on a quotation mark and its only other mark closes it,
// at its end ('"We will rebuild."').
func bareQuotation(sent string) bool {
	sent = strings.TrimSpace(sent)
	if strings.HasPrefix(sent, "\"") {
		rest := sent[1:]
		i := strings.IndexByte(rest, '"')
		return i >= 0 && i >= len(rest)-2 && !strings.ContainsAny(rest, "“”")
	}
	if strings.HasPrefix(sent, "“") {
		rest := sent[len("“"):]
		i := strings.Index(rest, "”")
		return i >= 0 && i+len("”") >= len(rest)-1 && !strings.ContainsAny(rest, "\"“")
	}
	return false
}

// onlyPersonFrom returns who, the subject storySubject found in sentence
// from, when no other person is named before it in that sentence or in
// the sentences after it up to the one before si; else unsureSubject. A wrong name is worse than a pronoun: a "he" or
// "she" after a sentence naming two people ("Judge Ann Moss and
// prosecutor Ian Lee both ...", "Okafor's coach, Maria Lindgren, said
// ...", "Harrow Mills appointed Priya Natarajan") or after a sentence
// passed over that names someone else ('"...," said Mark Ellory') may
// be either of them: the title keeps its pronoun.
func onlyPersonFrom(who, text string, sents []sentence, from, si int, g *gazetteer) string {
	for k := from; k < si; k++ {
		s := sents[k]
		for _, r := range personsIn(text[s.start:s.end], text[:s.start], g) {
			if k == from && (r.name == who || strings.HasSuffix(who, " "+r.name) || strings.HasSuffix(r.name, " "+who)) {
				break // (one named after the subject, its object, is not the "he": "Mara Velde told Dr. Tom Berg ...")
			}
			if r.evidence && r.name != who && !strings.HasSuffix(who, " "+r.name) && !strings.HasSuffix(r.name, " "+who) {
				return unsureSubject
			}
		}
	}
	return who
}

// unsureSubject is what onlyPersonFrom returns when another person is in
// reach: the title keeps its pronoun, and no later path names it either
// (it would name one of the same people, as unsure).
const unsureSubject = "\x00unsure"

// otherPerson reports whether sent tells of a person of pronoun's sex
// ("he", "his"; "she", "her") by an object pronoun, someone other than its
// subject: "him" after a verb (not "himself", the subject's), or "her"
// after a verb and before a mark, a preposition or "that" ("told her
// that", not "her lawyer"); none after a relative word, whose clause may
// tell of the subject.
func otherPerson(sent, pronoun string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, sent)
	owner := false // a "his" or "her" of the pronoun's sex opens the subject ("his team fired him")
	for i, w := range ws {
		lw := strings.ToLower(strings.TrimRight(w, ",;:.!?\"”’"))
		if (i == 0 || strings.HasSuffix(ws[i-1], ",")) && possessivePronouns.Has(lw) && malePronouns.Has(lw) == malePronouns.Has(pronoun) && femalePronouns.Has(lw) == femalePronouns.Has(pronoun) {
			owner = true // (at the clause's start, "her" is no object)
		}
		switch {
		case owner && objectPronouns.Has(lw):
			// ("After the test, his team fired him": the one the
			// subject's "his" tells of.)
		case relativeOpeners.Has(lw):
			// ("Pascual, whose sentence would send him to prison, is
			// appealing": the "him" is the subject's own.)
			return false
		case !objectPronouns.Has(lw) || i == 0 || !isLower(ws[i-1]) || !verbAt(ws, i-1):
		case malePronouns.Has(lw) != malePronouns.Has(pronoun) || femalePronouns.Has(lw) != femalePronouns.Has(pronoun):
		case !possessivePronouns.Has(lw) || lw != strings.ToLower(w) || i+1 == len(ws) || inSet(prepositions, ws[i+1]) || strings.EqualFold(ws[i+1], "that"):
			return true // "him"; "her" before a mark or a preposition
		}
	}
	return false
}

// malePronouns and femalePronouns tell a person's pronouns by sex (see
// otherPerson; data/words.txt).
var malePronouns, femalePronouns = wordSet("male-pronouns"), wordSet("female-pronouns")

// previousSubject is the full name that is the subject of sentence s, at
// its opening or after a short opening phrase and its comma ("If convicted
// on all counts, Kowalczyk faces ..."), or "" (see subjectName).
func previousSubject(text string, s sentence, g *gazetteer) string {
	sent := text[s.start:s.end]
	if titleCase(strings.Fields(sent)) {
		return ""
	}
	if name := subjectName(sent, text[:s.start], g); name != "" {
		return name
	}
	if i := strings.Index(sent, ", "); i > 0 && !fieldsAtLeast(sent[:i], 9) && !strings.ContainsAny(sent[:i], "\"“”") {
		return subjectName(sent[i+2:], text[:s.start], g)
	}
	return ""
}

// lowerRoleEnd is the offset in sent of the name after a role of one or
// two capitalised words and a role word in lower case that open it
// ("Interior minister Katrin Adler", "Deputy health minister Ana Ruiz"),
// or a role word in capitals after a capitalised word ("Housing Minister
// Carmen Aliaga"); up to two words in lower case may end the role after
// its role word ("Fenwick chief executive Tom Ashby"); or 0.
func lowerRoleEnd(sent string) int {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, sent)
	for k := 1; k <= 2 && k+1 < len(ws); k++ {
		if !isLower(ws[k]) && !(k == 1 && inSet(roleWords, ws[k])) {
			if k == 1 {
				continue
			}
			return 0
		}
		if !inSet(roleWords, ws[k]) {
			continue
		}
		end := k
		for end+1 < len(ws) && end < k+2 && isLower(ws[k]) && isLower(ws[end+1]) && !verbAt(ws, end+1) {
			end++
		}
		if isLower(ws[0]) || end+1 >= len(ws) || !unicode.IsUpper(firstRune(ws[end+1])) || inSet(determiners, ws[0]) {
			return 0
		}
		i := 0
		for j := 0; j <= end; j++ {
			i += strings.Index(sent[i:], ws[j]) + len(ws[j])
		}
		return i + len(sent[i:]) - len(strings.TrimLeft(sent[i:], " "))
	}
	return 0
}

// pastStamp returns the expressions of a sentence, in, without those of
// a live blog's clock stamp that opens its line ("5:20 p.m. The utility
// confirms a fire at the substation at 4:47 p.m.") when the sentence
// names a time of its own after it: the stamp tells when the entry was
// posted, the entry's own time when what it tells happened. (When the
// entry's own times date nothing, the stamp dates it: docCandidatesLow
// reads the sentence again with it.)
func pastStamp(text string, s sentence, in []timex.Timex) []timex.Timex {
	if len(in) < 2 || s.start > 0 && text[s.start-1] != '\n' {
		return in
	}
	_, _, end, ok := liveStampSpan(text[s.start:s.end])
	if !ok {
		return in
	}
	n := 0
	for n < len(in) && in[n].End <= s.start+end {
		n++
	}
	if n == 0 || n == len(in) {
		return in
	}
	stampDay := in[n-1].Value[:min(len(in[n-1].Value), 10)]
	for _, tx := range in[n:] {
		if v := tx.Value; len(stampDay) == 10 && len(v) >= 16 && v[:10] < stampDay && v[4] == '-' && v[7] == '-' && v[10] == 'T' && digit(v[11]) && !namesWeekday(tx.Text) {
			// "8:15 a.m. Here is what we know so far: the train left
			// Union Station at 5:10 p.m. yesterday": a clock time of a
			// day before the entry's (not by a weekday, which the
			// present of reporting blurs) is when what the entry
			// retells happened; the stamp, when it was posted, yields
			// to it. (A part of a day, "last night", leaves the stamp
			// first, as below.)
			continue
		}
		if v := tx.Value[:min(len(tx.Value), 10)]; len(stampDay) == 10 && (len(v) < 10 || v < stampDay) {
			// "9:30 a.m. — A reminder: the council voted last month
			// to replace the bridge": a time before the entry's day,
			// or of no day (a month, a year, a duration), is what the
			// entry recalls or measures, which the tool reads as it
			// read it before, with the stamp first (so measured: two
			// such, both re-dated right, moved a story's ranking).
			return in
		}
		if namesWeekday(tx.Text) {
			// "says the shuttles will make their last runs on Friday":
			// a weekday in an entry told in the present is read
			// forward or back by its tense, which a live blog's
			// present of reporting blurs; the stamp's day stands.
			return in
		}
	}
	return in[n:]
}

// namesWeekday reports whether s names a day of the week.
func namesWeekday(s string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if containsFold(s, strings.ToLower(d.String())) {
			return true
		}
	}
	return false
}

// clockStampEnd is the offset in sent of the word after a clock stamp and
// its dash that open it ("09:30 - ", "2:05 p.m. ET — "), or 0.
func clockStampEnd(sent string) int {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, sent)
	if len(ws) < 3 || !strings.Contains(ws[0], ":") || !unicode.IsDigit(firstRune(ws[0])) {
		return 0
	}
	for k := 1; k < len(ws)-1 && k <= 3; k++ {
		if ws[k] == "-" || ws[k] == "—" || ws[k] == "–" {
			i := strings.Index(sent, " "+ws[k]+" ")
			if i < 0 {
				return 0
			}
			return i + len(ws[k]) + 2
		}
		if strings.ContainsFunc(ws[k], unicode.IsLower) && !strings.Contains(ws[k], ".") {
			return 0
		}
	}
	return 0
}

// speakerAfterQuote is the offset in sent of the speaker's name after a
// quotation that closes its first half: a name and a verb of saying
// follow it ('"Our thoughts are with them," Hencratt told reporters.'),
// the verb and the name ('"It was moving," said Ernesto Galang, 61.'), or
// the speaker's role and the name set off by commas, then the verb ('"He
// was cleared," his lawyer, Koen Matthys, said.'); 0 when none.
func speakerAfterQuote(sent string) int {
	for _, q := range []string{",\" ", ",” "} {
		i := strings.LastIndex(sent, q)
		if i < 0 {
			continue
		}
		i += len(q)
		ws := strings.Fields(sent[i:])
		if len(ws) >= 2 && !isLower(ws[0]) && (inSet(reportingVerbs, strings.Trim(ws[1], ".,")) || len(ws) >= 3 && !isLower(ws[1]) && inSet(reportingVerbs, strings.Trim(ws[2], ".,"))) {
			return i
		}
		if len(ws) >= 2 && isLower(ws[0]) && reportingVerbs.Has(ws[0]) && capitalized(ws[1]) {
			return i + len(ws[0]) + 1 // ("said Ernesto Galang")
		}
		// ("his lawyer, Koen Matthys, said"): up to three words in lower
		// case, the last with its comma, a name of up to three words with
		// its comma, the verb.
		for r := 0; r < len(ws) && r < 3 && isLower(ws[r]); r++ {
			if !strings.HasSuffix(ws[r], ",") {
				continue
			}
			for n := r + 1; n < len(ws)-1 && n <= r+3 && capitalized(ws[n]); n++ {
				if strings.HasSuffix(ws[n], ",") && inSet(reportingVerbs, strings.Trim(ws[n+1], ".,")) {
					return i + len(strings.Join(ws[:r+1], " ")) + 1
				}
			}
			break
		}
		// ("managing director Ruth Haldane said", "fire chief Dana Morrow
		// said"): up to three words in lower case, a role word among
		// them, then a name of two or three capitalised words and the
		// verb: the role comes before the name without commas.
		r := 0 // (the words in lower case: the role)
		for r < len(ws) && r < 3 && isLower(ws[r]) && !strings.ContainsAny(ws[r], ",;:") {
			r++
		}
		if r > 0 && r < len(ws) && slices.ContainsFunc(ws[:r], func(w string) bool { return roleWords.Has(w) }) && capitalized(ws[r]) {
			for n := r + 1; n < len(ws)-1 && n <= r+2 && capitalized(ws[n]) && !strings.ContainsAny(ws[n-1], ",;:"); n++ {
				if !strings.ContainsAny(ws[n], ",;:") && inSet(reportingVerbs, strings.Trim(ws[n+1], ".,")) {
					return i + len(strings.Join(ws[:r], " ")) + 1
				}
			}
		}
	}
	return 0
}

// objectNamePassive is the one name sent has, the object of its verb
// after a subject that is no name ("Jurors convicted Mara Linden of fraud
// on Monday", "A jury found Daniel Okafor guilty"), when title opens on
// "He" or "She" and a passive ("She will be sentenced ...", "He was
// taken ..."): the one acted on before is the one acted on again. Two
// or three capitalised words after a verb in lower case, and no other
// capitalised word after the first but a day's or a month's (nameStop),
// nor a "he" or "she" in sent (another may be told of); "" otherwise.
func objectNamePassive(sent, title string) string {
	tw, ws := strings.Fields(title), strings.Fields(sent)
	if len(tw) < 4 || tw[0] != "He" && tw[0] != "She" || len(ws) < 5 || !isLower(ws[1]) {
		return ""
	}
	a, b := strings.ToLower(tw[1]), strings.ToLower(tw[2])
	if !passiveAuxiliaries.Has(a) && !(modalAuxiliaries.Has(a) && b == "be") && !(sayingAuxiliaries.Has(a) && b == "been") {
		return ""
	}
	from, to := -1, -1
	for i := 1; i < len(ws); i++ {
		w := strings.TrimRight(ws[i], ",.;:")
		lw := strings.ToLower(w)
		if personPronouns.Has(lw) || strings.ContainsAny(w, "\"“”()") {
			return ""
		}
		if isLower(w) || !unicode.IsUpper(firstRune(w)) || nameStop.Has(w) && (from < 0 || to != i) {
			continue // (a day's or a month's name: "on Monday")
		}
		if from >= 0 && to != i {
			return "" // a second name, or a place: whose is a guess
		}
		if nameStop.Has(w) || institutional.Has(w) || geographic.Has(w) || roleWords.Has(lw) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
			return ""
		}
		if from < 0 {
			if !isLower(ws[i-1]) || !verbAt(ws, i-1) {
				return ""
			}
			from = i
		}
		to = i + 1
		if w != ws[i] {
			to = -2 // (a comma or a stop ends the name)
		}
	}
	if from < 0 {
		return ""
	}
	end := to
	if end < 0 {
		end = slices.IndexFunc(ws[from:], func(w string) bool { return strings.TrimRight(w, ",.;:") != w }) + from + 1
	}
	if n := end - from; n < 2 || n > 3 {
		return ""
	}
	name := make([]string, 0, 3)
	for _, w := range ws[from:end] {
		name = append(name, strings.TrimRight(w, ",.;:"))
	}
	return strings.Join(name, " ")
}

// personNoun is "The man" when sent opens on it as its subject, before a
// comma or a verb ("The man, 46, surrendered ...", "The woman was
// taken ..."), and title's "he" (a "she" for "The woman") stands for it;
// "" otherwise (male-persons, female-persons).
func personNoun(sent, title string) string {
	ws, tw := strings.Fields(sent), strings.Fields(title)
	i := personPronounAt(title)
	if len(ws) < 3 || ws[0] != "The" || i != 0 {
		return ""
	}
	n := strings.TrimSuffix(ws[1], ",")
	if !strings.HasSuffix(ws[1], ",") && !(isLower(ws[2]) && verbAt(ws, 2)) {
		return ""
	}
	switch p := strings.ToLower(tw[i]); {
	case (p == "he" || p == "his") && malePersons.Has(n), (p == "she" || p == "her") && femalePersons.Has(n):
		return "The " + n
	}
	return ""
}

// subjectName returns the name that opens s as the subject of its verb:
// two or three capitalised words, none a place's, an organisation's or a
// word that is never a name, followed by a lower-case word or a comma
// ("Mila Kovac lost", "Daniel Crow, 38, spoke"). A surname alone
// ("Barrow moved") stands for the first full name before, in text, that
// ends with it.
func subjectName(s, before string, g *gazetteer) string {
	var ws []string
	rest := s
	for len(ws) < 4 {
		w := rest
		if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }); k >= 0 {
			w = rest[:k]
		}
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(r) || nameStop.Has(w) || institutional.Has(w) || geographic.Has(w) || inSet(roleWords, w) {
			break
		}
		ws = append(ws, w)
		rest = rest[len(w):]
		if !strings.HasPrefix(rest, " ") {
			break
		}
		rest = rest[1:]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return ""
	}
	// What follows the name: its verb or an apposition (not a possessive's
	// "'s": "Kovac's win").
	if r, _ := utf8.DecodeRuneInString(rest); r != ',' && !unicode.IsLower(r) {
		return ""
	}
	// Nor a noun the name modifies, before the verb of the clause ("Coast
	// Guard divers found her": the divers did, not a person).
	var room4 fieldRoom
	if nx := fieldsIn(&room4, rest); len(nx) >= 2 && isLower(nx[0]) && strings.HasSuffix(nx[0], "s") && !strings.HasSuffix(nx[0], "ss") && !auxiliaries.Has(nx[0]) && !verbForms.Has(nx[0]) && verbAt(nx, 1) {
		return ""
	}
	name := strings.Join(ws, " ")
	if len(ws) == 1 {
		name = fullNameEnding(before, name)
	}
	if name == "" {
		return ""
	}
	if m := g.find(name); len(m.places) > 0 || len(m.actors) > len(m.persons) {
		return "" // "Harbour City", "Halden Foods"
	}
	return name
}

// fullNameEnding returns the first two capitalised words in text, not part
// of a longer run of them, whose second is surname ("Miles Barrow" for
// "Barrow", not "West Yorkshire Police" for "Police"), or "".
func fullNameEnding(text, surname string) string {
	for off := 0; ; {
		i := strings.Index(text[off:], " "+surname)
		if i < 0 {
			return ""
		}
		i += off
		off = i + 1
		if !wordBoundary(text, i+1, i+1+len(surname)) {
			continue
		}
		if after, _ := utf8.DecodeRuneInString(text[i+1+len(surname):]); after == ' ' && unicode.IsUpper(firstRune(text[i+2+len(surname):])) {
			continue
		}
		j := strings.LastIndexAny(text[:i], " \n\"“(") + 1
		first := text[j:i]
		if utf8.RuneCountInString(first) < 2 || !unicode.IsUpper(firstRune(first)) || nameStop.Has(first) || institutional.Has(first) || geographic.Has(first) ||
			strings.ContainsFunc(first, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			continue
		}
		if k := strings.LastIndexAny(text[:max(j-1, 0)], " \n") + 1; j > 0 && text[j-1] == ' ' && unicode.IsUpper(firstRune(text[k:j-1])) && !inSet(roleWords, text[k:j-1]) && !inSet(nameRanks, text[k:j-1]) {
			continue // a longer run of capitalised words (not a role's: "Sheriff Dave Hencratt")
		}
		return first + " " + surname
	}
}

// andClauses cuts each clause of segs again at ", and " before a subject
// of its own: up to four words with no verb, preposition or comma, then
// an auxiliary, or a relative pronoun when the clause holds no other
// comma before (not a list: "apples, pears, and plums that were ...").
// "Schools will hold classes until December, and exams that were to begin
// on September 10 will now start on September 24" are two clauses, each
// dated and titled by its own words; "has interviewed 30 officers, and is
// due to report" shares its subject and stays whole.
func andClauses(text string, segs [][2]int) [][2]int {
	var out [][2]int
	for _, seg := range segs {
		start := seg[0]
		for i := seg[0]; i+6 < seg[1]; i++ {
			if text[i] != ',' || !strings.HasPrefix(text[i:seg[1]], ", and ") || strings.Contains(text[start:i], ", ") || strings.ContainsAny(text[seg[0]:i], "\"“”") {
				continue
			}
			ws := strings.Fields(text[i+6 : seg[1]])
			cut := false
			for k := 0; k < len(ws) && k <= 4; k++ {
				w := strings.ToLower(ws[k])
				if auxiliaries.Has(w) || relativePronouns.Has(w) && k > 0 && !strings.Contains(text[seg[0]:i], ", ") {
					// (A subject: not an adverb, "and later was
					// expected", "and then it was dark".)
					w0 := strings.ToLower(ws[0])
					cut = k > 0 && !relativePronouns.Has(w0) && (k > 1 || determiners.Has(w0) || countNumbers.Has(w0) || ws[0] != w0 || strings.HasSuffix(w0, "s") && !strings.HasSuffix(w0, "ly"))
					break
				}
				if strings.ContainsAny(ws[k], ",;:\"“”()") || prepositions.Has(w) || verbForms.Has(w) || pastVerb(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || reportingVerbs.Has(w) {
					break
				}
			}
			if cut {
				out = append(out, [2]int{start, i})
				start = i + 2
			}
		}
		out = append(out, [2]int{start, seg[1]})
	}
	return out
}

func inherits(text string, segs [][2]int, gi int) bool {
	w := strings.ToLower(firstWord(text[segs[gi][0]:segs[gi][1]]))
	if w == "as" || w == "while" {
		return true
	}
	if gi == 1 {
		w0 := strings.ToLower(firstWord(text[segs[0][0]:segs[0][1]]))
		return subordinators.Has(w0) && !subordinators.Has(w)
	}
	return false
}

// sinceFirst reports whether the clause says "first ... since <date>".
// sinceSpan reports whether tx opens a span with "since": "since 2003",
// "since its launch in 2003" (at most four words between, no comma), or
// ends the phrase of a gerund after it, "since picking up a knee injury in
// April" (at most ten words between, no comma; sinceGerund).
// spanEnds are the words that make a time expression the end of a span,
// and negations those that deny a clause (data/words.txt).
var (
	spanEnds  = wordSet("span-ends")
	negations = wordSet("negations")
)

// sourcedTime reports whether the time tx is in the phrase "according to
// ..." that names where the news of its clause was read: "according to an
// affidavit unsealed on Monday", "according to a chronology the company
// filed with regulators on Monday". No comma, colon or quotation mark
// stands between "according to" and the time; the words are read back from
// the time, 120 bytes at most, so a clause of many dates stays linear.
func sourcedTime(text string, seg [2]int, tx timex.Timex) bool {
	before := strings.ToLower(text[max(seg[0], tx.Start-120):tx.Start])
	i := strings.LastIndex(before, "according to ")
	return i >= 0 && (i == 0 || before[i-1] == ' ') && !strings.ContainsAny(before[i:], ",;:\"“”")
}

// datedAfter reports whether one of the next few times, those after the
// one read, gives a date ("a week", a duration, gives none, nor does the
// start of a span: "the third since 2020", nor its end: "The offer, made on
// Nov. 19, included a pledge of no redundancies until the end of 2027").
func datedAfter(text string, next []timex.Timex) bool {
	for _, tx := range next[:min(len(next), 3)] {
		if _, ok := timexDate(tx); ok && tx.Type != "DURATION" && tx.Type != "SET" && !strings.HasSuffix(strings.ToLower(text[max(0, tx.Start-6):tx.Start]), "since ") && !spanEnd(text, [2]int{max(0, tx.Start-spanBack), tx.End}, tx) {
			return true
		}
	}
	return false
}

// saysBefore reports whether a verb of saying in the past or the present
// stands in s, in lower case ("The regulator said Norcrest's pledge").
func saysBefore(s string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	return slices.ContainsFunc(ws, func(w string) bool { return isLower(w) && reportingVerbs.Has(strings.Trim(w, ",;:")) })
}

// afterAside is the times of next that start after the aside cut.
func afterAside(next []timex.Timex, cut [2]int) []timex.Timex {
	return next[sort.Search(len(next), func(i int) bool { return next[i].Start >= cut[1] }):]
}

// asideParticiple reports whether the time tx closes an aside set off by
// commas between a subject and its verb whose verb is a participle: ", the
// aid worker kidnapped in Mali in April, has been freed", ", seized in
// April, was freed". The aside opens on the participle or on an article
// and up to four words before it, and holds no verb of its own before it;
// the words are read back from the time, 100 bytes at most. cut is the
// aside with its commas but the space after it, {0, 0} when there is none.
func asideParticiple(text string, start int, tx timex.Timex) (cut [2]int) {
	return asideCut(text, start, tx, false)
}

// asideCut is asideParticiple; subject is true when the caller knows the
// aside stands on the noun that opens the sentence (leadAsides: "The
// audit, made public Thursday, lists ..."): the lower-case word after
// its closing comma is then the sentence's verb, whether or not it is
// known as one, and the aside of a document whose verb tells what the
// document holds is kept (asideParticiple leaves it to that verb's
// statement), as is a participle of putting out that is also a verb of
// reporting ("released Monday").
func asideCut(text string, start int, tx timex.Timex, subject bool) (cut [2]int) {
	raw := text[tx.End:min(len(text), tx.End+120)]
	after := strings.TrimLeft(raw, " ")
	at := tx.End + len(raw) - len(after) // where after is in text
	if i := strings.Index(after, ", "); i > 0 && i < 100 && !strings.ContainsAny(after[:i], ";:\"“”()") {
		// The phrase goes on after the time to its comma ("signed from
		// Porto in 2019 for £40m, scored twice", "indicted last month on
		// charges of taking bribes from a towing firm, resigned"), with no
		// verb of its own but in a relative clause on a noun of it
		// ("ordered in 2012 after a campaign that lasted two decades,
		// opened").
		ws := strings.Fields(after[:i])
		if r := slices.IndexFunc(ws, func(w string) bool { lw := strings.ToLower(w); return relativePronouns.Has(lw) || lw == "that" }); r > 0 {
			ws = ws[:r]
		}
		if len(ws) <= 12 && !slices.ContainsFunc(ws, func(w string) bool {
			lw := strings.ToLower(w)
			return auxiliaries.Has(lw) || pastVerb(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ed")
		}) {
			after, at = after[i:], at+i
		}
	}
	if !strings.HasPrefix(after, ", ") {
		return [2]int{}
	}
	before := text[max(start, tx.Start-100):tx.Start]
	k := strings.LastIndex(before, ", ")
	if k < 0 {
		return [2]int{}
	}
	var room5 fieldRoom
	if next := fieldsIn(&room5, after[2:]); !subject && len(next) > 0 && (reportingVerbs.Has(next[0]) || contentVerbs.Has(next[0])) && slices.ContainsFunc(strings.Fields(before[:k]), func(w string) bool { return inSet(documentNouns, w) }) &&
		!slices.ContainsFunc(strings.Fields(before[k+2:]), func(w string) bool { return commissioning.Has(w) }) {
		// "The authority's findings, released Monday afternoon, said
		// the dam had been raised in 2015": the document told it at the
		// aside's time, as in asideTitle. (Not when the aside tells its
		// ordering, "The report, ordered by the board in February,
		// says ...": it tells when it is done, after.)
		return [2]int{}
	}
	var nextRoom fieldRoom
	next := fieldsIn(&nextRoom, after[2:])
	if len(next) > 0 && strings.TrimLeft(next[0], "\"“") != next[0] {
		// ("said the offer, made on Oct. 8, "does not close the gap"":
		// a quotation mark that opens the words after the aside goes on
		// with the clause's verb; it ends nothing.)
		next = append([]string{strings.TrimLeft(next[0], "\"“")}, next[1:]...)
	}
	if len(next) == 0 || !isLower(next[0]) || strings.HasSuffix(next[0], "ing") ||
		!verbAt(next, 0) && (titleConjunctions.Has(next[0]) || !subject && !hasVerb(strings.Fields(before[:k]), fieldCount(before[:k]))) {
		// (After an object the clause's verb took, the clause goes on
		// with what it says of it: "wants to demolish the tower, built in
		// 1968, next year".)
		return [2]int{}
	}
	if j := strings.LastIndex(before[:k], ", "); j >= 0 && inSet(relativePronouns, firstWord(before[j+2:k])) {
		// "Nora Vance, who has run the museum for 9 years, announced her
		// retirement Monday, a week after ...": the comma closes a
		// relative clause on the subject, and the verb after it is the
		// clause's own, in the past, not an aside's participle.
		return [2]int{}
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, before[k+2:])
	// The aside from its opening comma to the space after its closing
	// one.
	aside := [2]int{tx.Start - len(before) + k, at + 1}
	if len(ws) == 1 && participial(ws[0]) && (!reportingVerbs.Has(ws[0]) || subject && putOutParticiples.Has(ws[0])) {
		// ("Doyle, indicted last month on bribery charges, resigned":
		// the time right after the participle.)
		return aside
	}
	if len(ws) < 2 || len(ws) > 10 || strings.ContainsAny(before[k+2:], ";:\"“”()") {
		return [2]int{}
	}
	i := 0
	if participleAdverbs.Has(ws[0]) || strings.HasSuffix(ws[0], "ly") {
		i = 1 // ", last inspected in March,"
	} else if inSet(articleWords, ws[0]) {
		i = 1
		for i < len(ws) && i <= 4 && !participial(ws[i]) {
			i++
		}
	}
	if i >= len(ws)-1 || !participial(ws[i]) {
		return [2]int{}
	}
	for j := 1; j < i; j++ {
		if inSet(auxiliaries, ws[j]) || verbAt(ws, j) {
			return [2]int{}
		}
	}
	return aside
}

// participial reports whether w, in lower case, reads as a past participle
// by its form: "kidnapped", "seized", "held".
func participial(w string) bool {
	return isLower(w) && (len(w) > 4 && strings.HasSuffix(w, "ed") || pastOpeners.Has(w) || verbForms.Has(w))
}

// conditionalTime reports whether the time tx stands in a clause of "if"
// or "unless" (condition-openers) that holds it in the sentence that
// starts at start: the word is among the 14 before the time, with no
// comma, semicolon, colon, quotation mark or verb of saying between but a
// comma right before the time that sets it off as the noun before it
// ("if the strike is not settled by the next hearing, July 27"). The
// condition has not happened; the time dates nothing. Not a time after a
// verb of saying that ends the sentence ("If convicted, he faces life in
// prison, prosecutors said on Monday"): the comma there closes the
// condition.
func conditionalTime(text string, start int, tx timex.Timex, fb *fieldsBefore) bool {
	if tx.Start <= start {
		return false
	}
	pre := fb.fields(text, max(start, tx.Start-160), tx.Start)
	for k, n := len(pre)-1, 0; k >= 0 && n < 14; k, n = k-1, n+1 {
		w := pre[k]
		if strings.ContainsAny(w, ";:\"“”()") {
			return false
		}
		if strings.HasSuffix(w, ",") && k != len(pre)-1 {
			return false
		}
		lw := strings.ToLower(strings.Trim(w, ",.'’"))
		if reportingVerbs.Has(lw) {
			return false
		}
		if conditionOpeners.Has(lw) {
			return k < len(pre)-1
		}
	}
	return false
}

// objectPeriod reports whether the time tx, after "from" and a noun in
// lower case, opens the period of a thing that a verb of offering,
// demanding or deciding (period-object-verbs) among the eight words before
// takes as its object ("offered to implement the revised scales from
// April 2019", "insisted on arrears from January 2016", "approved a pay
// rise from next month"): the time is when the thing is to run, not when
// it was offered. Not a time whose range goes on ("from May to July"),
// nor a "from" after a verb ("Classes resume from Monday", "takes effect
// from April": no verb of the list).
func objectPeriod(text string, start int, tx timex.Timex, fb *fieldsBefore) bool {
	if tx.Start <= start {
		return false
	}
	if next := strings.ToLower(firstWord(text[tx.End:])); rangeWords.Has(next) || spanEnds.Has(next) || next == "onwards" || next == "onward" {
		return false
	}
	pre := fb.fields(text, max(start, tx.Start-160), tx.Start)
	n := len(pre)
	if n < 3 || strings.ToLower(pre[n-1]) != "from" {
		return false
	}
	noun := pre[n-2]
	if !isLower(noun) || strings.ContainsAny(noun, ",;:") || strings.HasSuffix(noun, "ed") || auxiliaries.Has(noun) || verbForms.Has(noun) || pastVerb(noun) {
		return false
	}
	for k := n - 3; k >= 0 && k >= n-10; k-- {
		w := pre[k]
		if strings.ContainsAny(w, ";:\"“”") {
			return false
		}
		lw := strings.ToLower(strings.Trim(w, ",.'’"))
		if periodObjectVerbs.Has(lw) {
			return true
		}
		if strings.HasSuffix(w, ",") {
			return false
		}
	}
	return false
}

// periodObjectVerbs offer, demand or decide a thing whose period a "from"
// and a time after it tell (objectPeriod).
var periodObjectVerbs = wordSet("period-object-verbs")

// topicTime reports whether the time tx names the part of a day that
// "about" takes as its topic: "had nightmares about the evening of Sept.
// 16", "wrote a book about the night of the fire in 2009". The time tells
// what is spoken, dreamt or written of, not when. Read back from the time:
// "of", a noun of time-of-nouns ("evening", "night", "day" ...), "the",
// a word of topic-prepositions ("about"). Not "about" as a measure ("at about 9 p.m. on the evening of
// May 2": no "the" after it).
func topicTime(text string, seg [2]int, tx timex.Timex, fb *fieldsBefore) bool {
	ws := fb.fields(text, max(seg[0], tx.Start-60), tx.Start)
	n := len(ws)
	return n >= 4 && ws[n-1] == "of" && timeOfNouns.Has(ws[n-2]) && strings.ToLower(ws[n-3]) == "the" && inSet(topicPrepositions, ws[n-4])
}

var topicPrepositions = wordSet("topic-prepositions")

// partTime is the diagnostic of the first rule that finds tx dating a part
// of its clause (a standard, one of a list, a topic, a starting figure, a
// noun's relative clause), not the clause, or "". The rules are called
// directly, not through a table of funcs, so that fb stays on the stack.
func partTime(text string, seg [2]int, tx timex.Timex, fb *fieldsBefore) string {
	switch {
	case topicTime(text, seg, tx, fb):
		// "had nightmares about the evening of Sept. 16": the time is
		// the topic's, not the clause's.
		return "time of a topic (about the evening of ...) left out"
	}
	return ""
}

// spanEnd reports whether the word just before tx (or before an "on",
// "the" or "at least" before it) ends a span at it: "until April 2",
// "through Sunday", "until at least 7am on Friday".
// Not when the clause denies the span ("could not be rescued until the
// next morning": they were rescued then; a denied "before" is still a
// bound: "not expected before 2027") or a "when" clause after the date
// tells what happened at it ("at large until Dec. 7, when he was found").
func spanEnd(text string, seg [2]int, tx timex.Timex) bool {
	// The words before the date are read back from it, a few at most: a
	// clause with thousands of dates costs each of them a few words, not
	// the clause (see sinceSpan).
	before := text[seg[0]:tx.Start]
	prev := func() string {
		before = strings.TrimRightFunc(before, unicode.IsSpace)
		i := strings.LastIndexFunc(before, unicode.IsSpace)
		w := before[i+1:]
		before = before[:i+1]
		return strings.ToLower(w)
	}
	bound := false // "before" ends the span
	for n := 0; n < 3; n++ {
		w := prev()
		if w == "before" {
			bound = true
			// ("before the end of the month" still falls in the month;
			// not a denied thing's bound: "a commitment not to make
			// redundancies before the end of 2027".)
			if t := strings.ToLower(tx.Text); !deniedThing(text, seg[0], seg[0]+len(before)) && (nearBefore.Has(strings.Trim(prev(), ",")) || strings.HasPrefix(t, "the end of") || strings.HasPrefix(t, "end of")) {
				return false
			}
			break
		}
		if spanEnds.Has(w) {
			if deniedThing(text, seg[0], seg[0]+len(before)) {
				return true
			}
			break
		}
		if w == "least" && prev() == "at" {
			continue // "until at least 7am on Friday"
		}
		if w != "on" && w != "the" || n == 2 {
			return false
		}
	}
	for n := 0; n < spanDenialWords && before != "" && !bound; n++ {
		// (A denied "before" is a bound, not a day: "A trial is not
		// expected before 2027" tells of 2027 or later.)
		if w := strings.Trim(prev(), ",;:"); negations.Has(w) || strings.HasSuffix(w, "n't") {
			return false
		}
	}
	return text[tx.End:min(len(text), tx.End+len(", when "))] != ", when "
}

// deniedThing reports whether the bound word ("until", "before") at text
// offset at bounds a thing a negation denies, not the clause: "no" on a
// noun after the clause's verb ("a pledge of no compulsory redundancies
// until the end of 2027", "with no rain expected before the end of the
// month") or "not" on an infinitive ("a commitment not to make
// redundancies before the end of 2027"). The time bounds what is denied,
// which does not happen; it dates neither that nor the clause. (Not a
// denied verb, "could not be rescued until the next morning", nor "no" on
// a subject its verb follows, "No arrests were made until March": both
// tell what happened at the time; nor across a comma, a quotation mark or
// a conjunction: "found no readings of concern" and left just before 9pm".)
func deniedThing(text string, from, at int) bool {
	if at <= from || at > len(text) {
		return false
	}
	var room fieldRoom
	ws := fieldsIn(&room, text[from:at])
	for i, n := len(ws)-1, 0; i >= 1 && n < spanDenialWords; i, n = i-1, n+1 {
		w := strings.ToLower(strings.Trim(ws[i], ",;:\"“”"))
		if auxiliaries.Has(w) || modalAuxiliaries.Has(w) || strings.HasSuffix(w, "n't") || titleConjunctions.Has(w) || strings.ContainsAny(ws[i], ",;:.!?\"“”") {
			return false
		}
		switch {
		case w == "no":
			return true
		case w == "not":
			return i+1 < len(ws) && strings.ToLower(ws[i+1]) == "to"
		case negations.Has(w):
			return false
		}
	}
	return false
}

// spanBack is how far before a time datedAfter lets spanEnd read.
const spanBack = 160

// untilWords end a span at a noun's time (data/words.txt).
var untilWords = wordSet("until-words")

// untilNounTime reports whether tx dates the noun that ends a span opened
// by "until" ("ordered him held until a bail hearing on October 25",
// "remanded until the next hearing in June"): the span ends with the noun's
// happening, which the clause does not tell.
func untilNounTime(text string, seg [2]int, tx timex.Timex, fb *fieldsBefore) bool {
	ws := fb.fields(text, max(seg[0], tx.Start-80), tx.Start)
	n := len(ws)
	if n < 3 || !inSet(prepositions, ws[n-1]) {
		return false
	}
	for k := n - 2; k >= max(0, n-7); k-- {
		w := strings.ToLower(ws[k])
		if untilWords.Has(w) {
			return k < n-3 && inSet(articleWords, ws[k+1])
		}
		if strings.ContainsAny(ws[k], ",;:\"“”()") || !isLower(ws[k]) || verbForms.Has(w) || auxiliaries.Has(w) {
			return false
		}
	}
	return false
}

// namedInstrument reports whether tx is a year written after "the" that
// opens the name of an instrument: one to four capitalised words, the
// last of them one of instrument-nouns ("the 1980 Hague Convention", "the
// 1998 Good Friday Agreement", "the 1973 War Powers Act"), or a year
// right after a noun of titled-law-nouns written with a capital, that
// closes the title of a law ("under the Merchant Shipping Act 1995"). The
// year names the instrument, made long before the clause that invokes
// it; "the 2010 World Cup" is a happening of its year, left to the
// clause.
func namedInstrument(text string, tx timex.Timex) bool {
	if len(tx.Text) == 4 && isNumber(tx.Text) {
		// "under the Merchant Shipping Act 1995", "the Human Rights Act
		// 1998": the year that closes the name, right after its noun
		// written with a capital, is the name's too.
		pw := strings.Fields(text[max(0, tx.Start-30):tx.Start])
		if n := len(pw); n >= 2 && tx.Start > 0 && text[tx.Start-1] == ' ' {
			w := pw[n-1]
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && inSet(titledLawNouns, w) {
				return true
			}
		}
	}
	pre := strings.ToLower(strings.TrimRight(text[max(0, tx.Start-5):tx.Start], " "))
	if !strings.HasSuffix(pre, "the") || len(tx.Text) != 4 || !isNumber(tx.Text) || tx.End >= len(text) || text[tx.End] != ' ' {
		return false
	}
	if len(pre) > 3 && unicode.IsLetter(rune(pre[len(pre)-4])) {
		return false // "breathe", not "the"
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[tx.End:min(len(text), tx.End+80)])
	last := ""
	for _, w := range ws[:min(len(ws), 4)] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		last = strings.ToLower(strings.TrimRight(w, ".,;:)'\"’"))
		if strings.ContainsAny(w, ".,;:)") {
			break
		}
	}
	return instrumentNouns.Has(last)
}

// accountingPeriod reports whether tx names the period a company's or a
// body's figures cover, or the time of the figure a comparison stands
// against:
//   - a bare year right before one of period-nouns ("its 2013 results",
//     "2018 earnings", "fiscal 2025 results"; "fiscal" or "full-year" may
//     stand between), or a year of a list of them after a determiner or a
//     possessive ("signed off the 2022, 2023 and 2024 accounts");
//   - a quarter or a half written as one word with its ordinal, right
//     before one of period-nouns ("third-quarter results", "first-half
//     profit": reporting-spans names the span);
//   - a year, a month, a half or a quarter with no day after "for", when
//     the few words before "for", with no comma, hold one of period-nouns
//     or an amount of money ("a pre-tax profit of £212m for 2012",
//     "restate its accounts for 2011, 2012 and the first half of 2013":
//     the years of a list before it may stand between);
//   - a time right after an amount of money that follows "from", "with"
//     or "against" ("up from $2.4bn a year earlier", "compared with a
//     profit of £96m a year earlier").
//
// The clause is not of that time: the figures are told, restated or
// published later ("raised $2bn last year" still dates the raising).
func accountingPeriod(text string, seg [2]int, tx timex.Timex) bool {
	if lt := strings.ToLower(tx.Text); tx.Type == "DATE" && strings.Contains(lt, "-") && !strings.ContainsAny(lt, " 0123456789") && reportingSpans.Has(lt[strings.LastIndex(lt, "-")+1:]) {
		// ("third-quarter results": the span is the noun's modifier.)
		after := strings.Fields(strings.ToLower(text[tx.End:min(len(text), tx.End+60)]))
		for i, w := range after[:min(len(after), 2)] {
			w = strings.TrimRight(w, ".,;:)'\"’")
			if periodNouns.Has(w) {
				return true
			}
			if i > 0 || !periodModifiers.Has(w) {
				break
			}
		}
	}
	if year := strings.TrimPrefix(strings.ToLower(tx.Text), "fiscal "); len(year) == 4 && isNumber(year) {
		// ("fiscal 2025 results" is one expression: the year with its
		// modifier.)
		rest := text[tx.End:min(len(text), tx.End+60)]
		after := strings.Fields(strings.ToLower(rest))
		if strings.HasPrefix(rest, ", ") {
			after = strings.Fields(strings.ToLower(rest[2:])) // ("2022, 2023 and 2024 accounts")
		}
		// The other years of a list the year opens or stands in ("the
		// 2022, 2023 and 2024 accounts"), after a determiner: the noun
		// at its end is each year's.
		list := 0
		for list < len(after) && list < 6 && (after[list] == "and" || after[list] == "or" || len(strings.TrimRight(after[list], ",")) == 4 && isNumber(strings.TrimRight(after[list], ","))) {
			list++
		}
		if list > 0 && (strings.HasSuffix(after[list-1], ",") || after[list-1] == "and" || after[list-1] == "or" || !yearListOpened(text, tx)) {
			list = 0 // (no list: "and" or a year's comma must not end it, and it opens after a determiner)
		}
		if list == 0 {
			after = strings.Fields(strings.ToLower(rest)) // ("In 2022, profits rose": the comma ends the year's phrase)
		}
		for i, w := range after[list:min(len(after), list+2)] {
			w = strings.TrimRight(w, ".,;:)'\"’")
			if periodNouns.Has(w) {
				return true
			}
			if i > 0 || !periodModifiers.Has(w) {
				break
			}
		}
	}
	// The words before the time, read back from it, ten at most.
	var beforeRoom fieldRoom
	before := fieldsIn(&beforeRoom, strings.ToLower(text[max(seg[0], tx.Start-120):tx.Start]))
	if n := len(before); n >= 2 && moneyAmount(before[n-1]) {
		if figurePreps.Has(before[n-2]) {
			return true
		}
	}
	if n := len(before); n >= 2 && periodEnds.Has(before[n-1]) && reportingSpans.Has(strings.TrimRight(before[n-2], ",")) {
		// "a record profit for the year to June", "sales in the six
		// months ended September 30": the end of the span the figures
		// cover.
		return true
	}
	if tx.Type != "DATE" || !periodValue.MatchString(tx.Value) {
		return false
	}
	for first := true; len(before) > 0; first = false {
		w := before[len(before)-1]
		if w != "and" && w != "or" && !(len(strings.TrimRight(w, ",")) == 4 && isNumber(strings.TrimRight(w, ","))) {
			break
		}
		if first && w != "and" && w != "or" && !strings.HasSuffix(w, ",") {
			// A year right before the time, with no comma or "and", is
			// no list the time ends: "its guidance for 2026 next month"
			// (the month is when it is updated).
			break
		}
		before = before[:len(before)-1] // "for 2011, 2012 and"
	}
	if len(before) < 2 || before[len(before)-1] != "for" {
		return false
	}
	before = before[:len(before)-1]
	for n := 0; n < 6 && len(before) > 0; n++ {
		w := before[len(before)-1]
		before = before[:len(before)-1]
		if strings.ContainsAny(w, ",;:") {
			return false
		}
		if periodNouns.Has(w) || moneyAmount(w) {
			return true
		}
	}
	return false
}

// yearListOpened reports whether the year tx, alone or in a list of years
// ("2022, 2023 and"), stands after a determiner or a possessive: "the
// 2022, 2023 and 2024 accounts", "its 2023 and 2024 results". Read back
// over six words at most.
func yearListOpened(text string, tx timex.Timex) bool {
	var preRoom fieldRoom
	pre := fieldsIn(&preRoom, strings.ToLower(text[max(0, tx.Start-60):tx.Start]))
	for n := 0; n < 6 && len(pre) > 0; n++ {
		w := pre[len(pre)-1]
		if y := strings.TrimRight(w, ","); w == "and" || w == "or" || len(y) == 4 && isNumber(y) {
			pre = pre[:len(pre)-1]
			continue
		}
		return determiners.Has(w) || possessivePronouns.Has(w)
	}
	return false
}

// periodEnds and reportingSpans read the end of a reporting span: "the
// year to June", "the quarter ended September 30" (accountingPeriod).
var periodEnds, reportingSpans = wordSet("period-ends"), wordSet("reporting-spans")

// periodValue matches the value of a year, a month, a half or a quarter,
// with no day.
var periodValue = regexp.MustCompile(`^\d{4}(-(\d\d|H[12]|Q[1-4]))?$`)

// moneyAmount reports whether the word is an amount of money: a currency
// sign and a figure ("£212m", "$3bn", "€40").
func moneyAmount(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !strings.ContainsRune("$£€¥", r) || len(w) == size {
		return false
	}
	d, _ := utf8.DecodeRuneInString(w[size:])
	return unicode.IsDigit(d)
}

// periodNouns are the nouns of figures that cover a period: a year before
// them or after "for" and them names the period (data/words.txt).
var periodNouns = wordSet("period-nouns")

// periodModifiers may stand between a year and one of period-nouns ("2013
// fiscal results"), and figurePreps before an amount of money whose time
// is a comparison's ("up from $2.4bn a year earlier") (data/words.txt).
var (
	periodModifiers = wordSet("period-modifiers")
	figurePreps     = wordSet("figure-preps")
)

// instrumentNouns are the nouns that end the name of a treaty, a law or
// an agreement (data/words.txt).
var instrumentNouns = wordSet("instrument-nouns")

// titledLawNouns end the title of a law that its year closes ("the
// Merchant Shipping Act 1995"; data/words.txt).
var titledLawNouns = wordSet("titled-law-nouns")

// nearBefore are the words after which "before" keeps its time
// (data/words.txt).
var nearBefore = wordSet("near-before")

// spanDenialWords is how far before "until" a denial is looked for ("could
// not be rescued until").
const spanDenialWords = 8

func sinceSpan(text string, seg [2]int, tx timex.Timex) bool {
	// The last few words before the date, read back from it: a clause
	// with thousands of dates costs each of them sinceGerundWords words,
	// not the clause.
	before := text[seg[0]:tx.Start]
	next := "" // the word after w, read before it
	for n := 0; n < sinceGerundWords; n++ {
		before = strings.TrimRightFunc(before, unicode.IsSpace)
		if before == "" {
			break
		}
		i := strings.LastIndexFunc(before, unicode.IsSpace)
		w := before[i+1:]
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			return false
		}
		if strings.EqualFold(w, "since") {
			return n < 5 || sinceGerund(next)
		}
		next = w
		before = before[:i+1]
	}
	return false
}

// sinceGerundWords is how far back from a date sinceSpan looks for "since"
// before a gerund's phrase ("since leaving her home in Leeds on May 3").
const sinceGerundWords = 12

// sinceGerund reports whether w, the word after "since", is a gerund: a
// word in lower case ending in "-ing" that is no preposition ("during")
// nor a word of a time phrase ("morning"). In news English a time at the
// end of the gerund's phrase after "since" ("has not played since asking
// to leave the club on Tuesday", "has not trained since picking up a
// knee injury in April") dates the gerund's happening, the start of the
// span the clause tells, never the clause; the phrase has no subject or
// title of its own to tell it by.
func sinceGerund(w string) bool {
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ing") {
		return false
	}
	return !prepositions.Has(w) && !clauseTimeWords.Has(w)
}

// sinceFirst reports whether the date follows "since" in a clause that says
// "first " before it ("her first trip since 19 July 2000"). first is where
// the clause's first "first " is (firstIn).
func sinceFirst(text string, seg [2]int, tx timex.Timex, first int) bool {
	t := strings.TrimRight(text[seg[0]:tx.Start], " ")
	i := strings.LastIndexByte(t, ' ')
	return i >= 0 && strings.ToLower(t[i+1:]) == "since" && first >= 0 && first+len("first ") <= tx.Start
}

// tellsEarlier reports whether "the first ... in 24 years" or "since 2000"
// tells the previous happening of kind k: a kind the vocabulary names
// (a visit, a summit ...), not a statement.
func tellsEarlier(k kind) bool {
	return k != kindOther && k.class() != kindStatement
}

// firstIn is the offset in text of the first "first " of text[seg] in any
// case (low is text in ASCII lower case), or -1. (A capital İ is "i" to
// strings.ToLower: a clause with one is lowered whole, the rare way.)
func firstIn(text, low string, seg [2]int) int {
	if strings.Contains(text[seg[0]:seg[1]], "İ") {
		// Lowered a rune at a time: the offset is where the rune that
		// completes "first " ends, less its length.
		var b []byte
		for j, r := range text[seg[0]:seg[1]] {
			b = utf8.AppendRune(b, unicode.ToLower(r))
			if bytes.HasSuffix(b, []byte("first ")) {
				return seg[0] + j + utf8.RuneLen(r) - len("first ")
			}
		}
		return -1
	}
	if i := strings.Index(low[seg[0]:seg[1]], "first "); i >= 0 {
		return seg[0] + i
	}
	return -1
}

// classifyNoun is classify that also says whether the kind came from a noun
// the expression modifies.
func classifyNoun(ws []word, tx timex.Timex) (kind, bool) {
	k := classify(ws, tx)
	at := len(ws)
	for i, w := range ws {
		if w.i >= tx.Start {
			at = i
			break
		}
	}
	for j := at - 1; j >= 0 && j >= at-2; j-- {
		if kw, ok := keywords[ws[j].w]; ok && !kw.verb && !verbBefore(ws, j) {
			return k, true
		}
		if nounLinks.Has(ws[j].w) {
			continue
		}
		break
	}
	return k, false
}

// explicitYear reports whether an expression writes its year out, so that
// its date does not depend on when a quoted speaker spoke.
func explicitYear(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// firstRune is the first rune of s, or utf8.RuneError when s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// ownClauseSubordinators open a clause that a time after its verb dates
// (data/words.txt).
var ownClauseSubordinators = wordSet("own-clause-subordinators")

// sinceSubject returns where the subject of a clause that "since" opens
// starts, when the time tx lies in that clause, after its verb: "It was
// the first loss of a shuttle since Challenger exploded in January 1986."
// The time dates the explosion, not the loss the clause before counts
// ("Challenger exploded"). The subject is a name or a noun after its
// determiner, its verb a past form within six words, not one after "and"
// (a second verb of the clause before "since", whose object "since" took:
// "was shut since May and was sold in June"); no comma stands between
// "since" and the time. 0 when there is none.
func sinceSubject(text string, seg [2]int, tx timex.Timex, bt *beforeTime) int {
	if tx.Start < seg[0] || tx.End > seg[1] {
		return 0
	}
	ws := bt.words(text, seg, tx)
	k := -1
	for i := len(ws) - 2; i >= 2 && i >= len(ws)-20; i-- {
		if ownClauseSubordinators.Has(ws[i].w) {
			k = i
			break
		}
	}
	if k < 0 || !capitalWord(text, ws[k+1]) && !determiners.Has(ws[k+1].w) || pronouns.Has(ws[k+1].w) {
		return 0
	}
	for _, w := range ws[k+1:] {
		if w.comma {
			return 0
		}
	}
	for v := k + 2; v < len(ws) && v <= k+7; v++ {
		if sinceObjectAnd(ws, v) {
			// "... had been faulty since June and was due to be
			// replaced next month": the verb after "and" is the main
			// clause's second, and what "since" took is its object, a
			// time, no subject.
			return 0
		}
		if pastVerb(ws[v].w) || strings.HasSuffix(ws[v].w, "ed") && !capitalWord(text, ws[v]) && !determiners.Has(ws[v-1].w) {
			return ws[k+1].i
		}
	}
	return 0
}

// andOtherDate is where the clause seg ends for a title of the time tx,
// when after tx a predicate joined by "and" holds the clause's next time,
// of another date ("He fought cancer in 2004 and took six months off in
// early 2009"): the title of 2004 ends before that "and", as the other
// predicate is another date's. seg[1] when there is no such predicate.
func andOtherDate(text string, seg [2]int, tx, next timex.Timex) int {
	if next.Start <= tx.End || next.End > seg[1] || tx.End < seg[0] {
		return seg[1]
	}
	between := text[tx.End:next.Start]
	i := strings.LastIndex(between, " and ")
	if i < 0 || strings.ContainsAny(between[:i], ",;:") {
		return seg[1]
	}
	ws := words(text, tx.End+i+len(" and "), next.Start)
	if len(ws) < 2 || !(pastVerb(ws[0].w) || strings.HasSuffix(ws[0].w, "ed") && !capitalWord(text, ws[0])) {
		return seg[1]
	}
	return tx.End + i
}

// secondTimeNotAct are the words before a second predicate's time that
// make it no time of the predicate's act (second-time-not-act).
var secondTimeNotAct = wordSet("second-time-not-act")

// secondPredicates adds to segs, after each clause in which a predicate
// in the active past holds a time of its own and a second predicate after
// "and" shares its subject and holds a time of another ("The striker
// joined the club in 2019 and scored his first hat-trick in March 2021"),
// that clause again, whose times are read only from the second
// predicate's verb on: from[i] is where clause i's times start (0 for
// all). In news English each predicate is dated by its own time: the first
// time's title ends before the "and" (andOtherDate), and the second time
// dates the second predicate, told with the shared subject
// (secondPredicateSubject). A predicate joined to a passive ("was built in
// the 1990s and restored in March") may share its auxiliary, and is left
// as it was; so is a first predicate of saying, whose told clause the
// second may belong to.
func secondPredicates(text string, segs [][2]int, in []timex.Timex) (out [][2]int, from []int) {
	for _, seg := range segs {
		out, from = append(out, seg), append(from, 0)
		// The clause's first two dates (a stretch between them, "took
		// six months off in early 2009", is no date).
		// The second is the clause's last time: a time after it ("and
		// escaped with coins from the seventh century, prosecutors said on
		// Monday") may be another clause's, whose date the reading of the
		// second predicate would take.
		var dates [2]timex.Timex
		n, after := 0, false
		for k := sort.Search(len(in), func(i int) bool { return in[i].Start >= seg[0] }); k < len(in) && in[k].End <= seg[1]; k++ {
			switch {
			case n == 2:
				after = true
			case in[k].Type == "DATE":
				dates[n] = in[k]
				n++
			}
		}
		tx, next := dates[0], dates[1]
		if n < 2 || after || tx.Value == next.Value || next.Start <= tx.End {
			continue
		}
		between := text[tx.End:next.Start]
		i := strings.LastIndex(between, " and ")
		if i < 0 || strings.ContainsAny(strings.TrimSuffix(between[:i], ","), ",;:\"“”()") {
			continue
		}
		ws := words(text, tx.End+i+len(" and "), next.Start)
		if len(ws) < 2 || !(pastVerb(ws[0].w) || strings.HasSuffix(ws[0].w, "ed") && !capitalWord(text, ws[0])) || reportingVerbs.Has(ws[0].w) {
			continue
		}
		if slices.ContainsFunc(ws[1:], func(w word) bool {
			return w.comma || subordinators.Has(w.w) || relativeOpeners.Has(w.w) || relativePronouns.Has(w.w)
		}) {
			continue // (the time stands in a clause of the predicate's own: "and stayed until the club hired him on June 27")
		}
		if secondTimeNotAct.Has(ws[len(ws)-1].w) {
			continue // (the time is a noun's or a plan's: "and set a trial date of Nov. 7")
		}
		if subj, at := secondPredicateSubject(text, seg, ws[0].i); subj == "" || at <= 0 {
			continue
		}
		out, from = append(out, seg), append(from, ws[0].i)
	}
	return out, from
}

// secondPredicateSubject returns the subject of the clause seg and at,
// where its second predicate's verb starts (see secondPredicates): the
// clause's words up to its first auxiliary or verb in the past, one to
// five words, the first in capitals, no subordinating word or preposition
// opening it, then a first predicate in the active past (a verb in the
// past, no passive auxiliary), with no verb of saying, "that" or pronoun
// subject of a clause of its own. "" when there is none.
func secondPredicateSubject(text string, seg [2]int, at int) (string, int) {
	if at <= seg[0] || at > seg[1] {
		return "", 0
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, text[seg[0]:at])
	n := 0
	for n < len(ws) && n < 6 {
		lw := strings.ToLower(strings.TrimRight(ws[n], ","))
		if n > 0 && (auxiliaries.Has(lw) || pastVerb(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ed") && isLower(ws[n])) {
			break
		}
		if strings.HasSuffix(ws[n], ",") {
			return "", 0
		}
		n++
	}
	if n == 0 || n > 5 || n == len(ws) || !unicode.IsUpper(firstRune(ws[0])) || determiners.Has(strings.ToLower(ws[n-1])) && !subjectPronouns.Has(strings.ToLower(ws[n-1])) {
		return "", 0 // (nor a subject cut at an adjective in -ed, "The embattled mayor")
	}
	w0 := strings.ToLower(ws[0])
	if subordinators.Has(w0) || prepositions.Has(w0) || relativeOpeners.Has(w0) || titleConjunctions.Has(w0) || strings.ContainsAny(strings.Join(ws[:n], " "), "0123456789;:\"“”()") {
		return "", 0
	}
	if !pastVerb(strings.ToLower(ws[n])) && !strings.HasSuffix(ws[n], "ed") {
		return "", 0
	}
	for _, w := range ws[n:] {
		lw := strings.ToLower(strings.TrimRight(w, ","))
		if auxiliaries.Has(lw) || passiveAuxiliaries.Has(lw) || reportingVerbs.Has(lw) || clauseObjectVerbs.Has(lw) || subjectPronouns.Has(lw) || lw == "that" ||
			subordinators.Has(lw) || relativeOpeners.Has(lw) || relativePronouns.Has(lw) {
			// (A clause of its own before the "and" may own the second
			// predicate: "began moving people on Monday as the storm
			// strengthened and was forecast to make landfall on Tuesday".)
			return "", 0
		}
	}
	return strings.Join(ws[:n], " "), at
}

// sharedPredicate returns the subject and the start of a second predicate
// that shares it, when the time tx stands after ", and" and an auxiliary
// with no subject of its own in the clause seg: "The panel, chaired by a
// retired judge, has questioned 40 witnesses, and is due to report by the
// end of June". The time dates the second predicate ("The panel is due to
// report"), not the first, which it would title. The subject is the
// clause's words up to its first comma or its first auxiliary or verb in
// the past, one to five words, the first in capitals, no subordinating
// word or preposition opening it; the first predicate has an auxiliary or
// a verb in the past of its own. k is 0 when there is none, -1 when the
// first predicate has a verb of saying or a clause of its own ("said he
// would examine ..., and would publish a report by May"), whose subject
// the second predicate may have: the time dates no title then.
func sharedPredicate(text string, seg [2]int, tx timex.Timex) (subj string, k int) {
	if tx.Start <= seg[0] || tx.End > seg[1] {
		return "", 0
	}
	pre := text[seg[0]:tx.Start]
	i := strings.LastIndex(pre, ", and ")
	if i <= 0 || strings.ContainsAny(pre[i:], ";:\"“”()") {
		return "", 0
	}
	if w := firstWord(pre[i+len(", and "):]); !auxiliaries.Has(w) || !isLower(w) {
		return "", 0
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, pre[:i])
	n := 0 // the subject's words
	for n < len(ws) && n < 6 {
		lw := strings.ToLower(strings.TrimRight(ws[n], ","))
		if n > 0 && (auxiliaries.Has(lw) || pastVerb(lw)) {
			break
		}
		n++
		if strings.HasSuffix(ws[n-1], ",") {
			break
		}
	}
	if n == 0 || n > 5 || n == len(ws) || !unicode.IsUpper(firstRune(ws[0])) {
		return "", 0
	}
	w0 := strings.ToLower(ws[0])
	if subordinators.Has(w0) || prepositions.Has(w0) || relativeOpeners.Has(w0) || titleConjunctions.Has(w0) || strings.ContainsAny(strings.Join(ws[:n], " "), "0123456789;:\"“”()") {
		return "", 0
	}
	finite := false
	for _, w := range ws[n:] {
		lw := strings.ToLower(strings.TrimRight(w, ","))
		if reportingVerbs.Has(lw) || clauseObjectVerbs.Has(lw) || subjectPronouns.Has(lw) || lw == "that" {
			// "Police said the man was arrested, and will appear in
			// court on Monday": the second predicate may be the
			// clause said's, whose subject is another; no title.
			return "", -1
		}
		if auxiliaries.Has(lw) || pastVerb(lw) {
			finite = true
		}
	}
	if !finite {
		return "", 0
	}
	subj = strings.TrimRight(strings.Join(ws[:n], " "), ",")
	return subj, seg[0] + i + len(", and ")
}

// intentObject reports whether the time tx, right after "of", names which
// thing is the object of a verb after an auxiliary of the future or of a
// possibility (modal-auxiliaries) or after "to": "said he would examine
// every minute of the afternoon of April 12", "plans to review the
// accounts of 2017". The time tells which thing will be examined, not when
// anything was said or done. The words between the verb and the time are
// the object's: determiners, quantifiers and nouns in lower case joined by
// "of", no other preposition ("will appear in court on the morning of May
// 2" is dated by it), comma or quotation mark, at most eight.
func intentObject(text string, start int, tx timex.Timex, fb *fieldsBefore) bool {
	if tx.Start <= start {
		return false
	}
	pre := fb.fields(text, max(start, tx.Start-160), tx.Start)
	n := len(pre)
	if n < 4 || strings.ToLower(pre[n-1]) != "of" {
		return false
	}
	for k := n - 2; k >= 1 && k >= n-9; k-- {
		w := strings.ToLower(strings.Trim(pre[k], "\"“”"))
		if strings.ContainsAny(pre[k], ",;:()") {
			return false
		}
		if w != "of" && (prepositions.Has(w) || auxiliaries.Has(w) || relativePronouns.Has(w) || subordinators.Has(w)) {
			return false
		}
		if p := strings.ToLower(pre[k-1]); (modalAuxiliaries.Has(p) || p == "to") && k < n-2 && isLower(pre[k]) && !determiners.Has(w) {
			// pre[k] is the verb: the words after it up to "of" are its
			// object.
			return true
		}
	}
	return false
}

// modalAuxiliaries tell a happening to come or that may come (intentObject).
var modalAuxiliaries = wordSet("modal-auxiliaries")

// contrastMarks are the contrast-openers of data/words.txt as written
// after the clause's comma: ", rather than ".
var contrastMarks = func() []string {
	var out []string
	for _, w := range wordLists["contrast-openers"] {
		out = append(out, ", "+w+" ")
	}
	return out
}()

// contrastEnd is where the clause that opens at k ends, before a contrast
// set off by a comma (", rather than ...", ", instead of ..."), in the
// clause that ends at end: "before the full hearings open in September,
// rather than after the final report is published" tells the opening
// only ("The full hearings open"). end when there is none.
func contrastEnd(text string, k, end int) int {
	for _, c := range contrastMarks {
		if i := strings.Index(text[k:end], c); i > 0 {
			end = k + i
		}
	}
	return end
}

// pluralNoun reports whether w, in "-s", is the plural of a noun by its
// ending, not a verb in the present: a noun in "-ing" whose stem has a
// vowel ("hearings", "rulings", "meetings"; not "brings", "springs"), or
// one of noun-endings ("elections", "payments"). "the new hearings" is no
// noun and its verb ("before the new hearings in October").
func pluralNoun(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ings"); ok && strings.ContainsAny(stem, "aeiouy") {
		return true
	}
	stem := strings.TrimSuffix(w, "s")
	return slices.ContainsFunc(nounEndings, func(e string) bool { return strings.HasSuffix(stem, e) })
}

// nounAfter reports whether a lowercase word that is no preposition,
// conjunction or function word follows the time tx after one space: the
// time names that noun ("the April 19 killing of the clerk").
func nounAfter(text string, tx timex.Timex) bool {
	if tx.End+1 >= len(text) || text[tx.End] != ' ' || text[tx.End+1] < 'a' || text[tx.End+1] > 'z' {
		return false
	}
	w := firstWord(text[tx.End+1:])
	return !prepositions.Has(w) && !titleConjunctions.Has(w) && !clauseFunction.Has(w) && !clauseTimeWords.Has(w) && !relativePronouns.Has(w)
}

// lonePersonNamed returns title, which opens on "He" or "She" (or "His",
// "Her") as its sentence does (or after an opening phrase, "In 2021 he
// ..."), with the pronoun named by the one person the sentence before,
// prev, names, whatever its part there: its subject ("Calado has faced
// down ..."), its object ("Helmsworth named Graham Pryce, a former chief
// operating officer, ..."), the speaker of its quotation ("..., said Dave
// Retallack, 61, ...") or a name inside a phrase ("People close to
// Lindqvist said ..."): news copy names a person, then goes on with
// "he" or "she". A wrong name is worse than a pronoun, so "" unless the
// person is certain: exactly one person named in prev (a full name with
// a role before it, an age or a role in an apposition after it, or one
// the lists know; or a surname the text before gave in full), not inside
// a quotation; no pronoun of the other sex in prev, no person's pronoun
// inside its quotation and no object pronoun of the same sex there
// (someone else); and, when that person is not the subject of prev, the
// sentence before it, prev2, names no other person and opens on no
// person's pronoun (who may be the one the "he" carries on).
func lonePersonNamed(title, sentence, prev, prev2, before string, g *gazetteer) string {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, title)
	if len(ws) < 3 || !isLower(ws[1]) {
		return ""
	}
	p := strings.ToLower(ws[0])
	if !malePronouns.Has(p) && !femalePronouns.Has(p) || objectPronouns.Has(p) && !possessivePronouns.Has(p) || p == "hers" || strings.HasSuffix(p, "self") {
		return ""
	}
	var room6 fieldRoom
	if sw := fieldsIn(&room6, sentence); len(sw) == 0 || sw[0] != ws[0] && !personAfterOpening(sw, p) {
		return ""
	}
	if personPronounAt(title) != 0 {
		return ""
	}
	other := femalePronouns
	if femalePronouns.Has(p) {
		other = malePronouns
	}
	if pronounsIn(prev, other, false) || pronounsIn(prev, malePronouns, true) || pronounsIn(prev, femalePronouns, true) || otherPerson(prev, p) {
		return ""
	}
	who, subject := onePersonIn(prev, before, g)
	if who == "" {
		return ""
	}
	if !subject {
		var room7 fieldRoom
		if w2 := fieldsIn(&room7, prev2); len(w2) > 0 && inSet(personPronouns, w2[0]) {
			return ""
		}
		if n, _ := onePersonIn(prev2, before, g); n != "" && n != who && !strings.HasSuffix(who, " "+n) && !strings.HasSuffix(n, " "+who) || morePersonsIn(prev2, before, g) {
			return ""
		}
	}
	t := namePronoun(title, who)
	if t == title || !publishable(t) {
		return ""
	}
	return t
}

// pronounsIn reports whether s holds one of the pronouns set, anywhere
// or, with quoted, inside a quotation only.
func pronounsIn(s string, set wordset.Set, quoted bool) bool {
	in := false
	for _, w := range strings.Fields(s) {
		open := strings.ContainsAny(w[:1], "\"“")
		if open {
			in = true
		}
		if (!quoted || in) && inSet(set, strings.Trim(w, ",;:.!?\"“”'’()")) {
			return true
		}
		if strings.ContainsAny(w[1:], "\"”") || !open && strings.ContainsAny(w, "”") {
			in = false
		}
	}
	return false
}

// personRun is a run of capitalised words in a sentence, outside its
// quotations, and where it stands: at word index i, subject when a verb
// follows it.
type personRun struct {
	words    []string
	at       int
	name     string
	evidence bool // a role, an age or the lists tell it is a person's
}

// personsIn returns the people a sentence names outside its quotations
// (see lonePersonNamed for what counts as one), at most a few; a sentence
// of more than 80 words is not read.
func personsIn(s, before string, g *gazetteer) (out []personRun) {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	if len(ws) > 80 {
		return nil
	}
	in := false
	var run []string
	start := -1
	flush := func(end int) {
		defer func() { run, start = nil, -1 }()
		if len(run) == 0 {
			return
		}
		name, evidence := "", true
		if start > 0 && (inSet(articleWords, ws[start-1]) || inSet(determiners, ws[start-1])) {
			return // "the Blazers": a person's name takes no article
		}
		if len(run) >= 2 {
			n := personName(strings.Join(run, " "), before, g)
			if n == "" || inSet(featureNameEndings, run[len(run)-1]) {
				return
			}
			nw := fieldCount(n)
			lead := run[:len(run)-nw]
			evidence = slices.ContainsFunc(lead, func(w string) bool { return inSet(roleWords, w) })
			if start > 0 && inSet(roleWords, strings.Trim(ws[start-1], ",;:")) {
				evidence = true
			}
			if inSet(nameHonorifics, strings.TrimSuffix(run[0], ".")) {
				evidence = true // ("Mr Crewe", "Sir Adrian Cole": a title of address is a person's)
			}
			if start > 1 && isLower(ws[start-1]) && !strings.ContainsAny(ws[start-2], ",;:.\"“”") && inSet(roleWords, ws[start-2]) {
				// ("chief executive Lorraine Fitch", "deputy mayor Ana
				// Ruiz": a role of two words, the first a role word.)
				evidence = true
			}
			if m := g.find(n); len(m.persons) == 1 && m.persons[0] == n {
				evidence = true
			}
			if end < len(ws) && strings.HasSuffix(ws[end-1], ",") {
				// ", 61," an age; ", a former chief operating officer": a role.
				for k := end; k < len(ws) && k < end+6; k++ {
					w := strings.Trim(ws[k], ",;:.")
					if k == end && len(w) <= 3 && w != "" && strings.Trim(w, "0123456789") == "" || inSet(roleWords, w) {
						evidence = true
						break
					}
					if strings.HasSuffix(ws[k], ",") {
						break
					}
				}
			}
			name = n
		} else if surnameNamed(run[0], before, g) {
			// (Told in full, as the text first named the person:
			// "Greg Tolliver" for "Tolliver".)
			name = run[0]
			if full := fullNameEnding(before, run[0]); full != "" && !functionWord(firstWord(full)) {
				name = full // (not "When LaCalamita")
			}
		} else {
			return
		}
		out = append(out, personRun{words: run, at: start, name: name, evidence: evidence})
	}
	for i, w := range ws {
		if strings.ContainsAny(w[:1], "\"“") {
			in = true
		}
		bare := strings.Trim(w, ",;:.!?\"“”()")
		poss := strings.HasSuffix(bare, "'s") || strings.HasSuffix(bare, "’s")
		if poss {
			bare = bare[:len(bare)-len("'s")]
			if strings.HasSuffix(w, "’s") {
				bare = strings.TrimSuffix(strings.Trim(w, ",;:.!?\"“”()"), "’s")
			}
		}
		if !in && bare != "" && unicode.IsUpper(firstRune(bare)) && !nameStop.Has(bare) {
			if start < 0 {
				start = i
			}
			run = append(run, bare)
			if poss || bare != w {
				flush(i + 1)
			}
		} else {
			flush(i)
		}
		if strings.ContainsAny(w[1:], "\"”") || strings.ContainsAny(w, "”") && !strings.ContainsAny(w[:1], "“") {
			in = false
		}
		if len(out) > 3 {
			break
		}
	}
	flush(len(ws))
	return out
}

// nameHonorifics open a person's name, and featureNameEndings end a
// court's or a land feature's, no person's (personsIn; data/words.txt).
var (
	nameHonorifics     = wordSet("name-honorifics")
	featureNameEndings = wordSet("feature-name-endings")
	featureNameOpeners = wordSet("feature-name-openers")
)

// onePersonIn returns the one person s names (see personsIn) and whether
// it is the subject of a verb there (a word in lower case after it, an
// auxiliary or a verb, not one of saying: "Calado has faced down");
// "" when none or several.
func onePersonIn(s, before string, g *gazetteer) (string, bool) {
	ps := personsIn(s, before, g)
	if len(ps) == 0 {
		return "", false
	}
	who := ps[0].name
	for _, r := range ps[1:] {
		switch {
		case r.name == who, strings.HasSuffix(who, " "+r.name):
		case strings.HasSuffix(r.name, " "+who):
			who = r.name
		default:
			return "", false
		}
	}
	if !slices.ContainsFunc(ps, func(r personRun) bool { return r.name == who && r.evidence }) {
		return "", false // ("Harrow Mills", "Calder Looms": names a person's may be)
	}
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, s)
	r := ps[0]
	j := r.at + len(r.words)
	subject := j < len(ws) && isLower(ws[j]) && !inSet(reportingVerbs, ws[j]) && (inSet(auxiliaries, ws[j]) || verbAt(ws, j) || pastVerb(strings.ToLower(ws[j]))) && (r.at == 0 || !inSet(reportingVerbs, strings.Trim(ws[r.at-1], ",")))
	return who, subject && len(ps) == 1
}

// morePersonsIn reports whether s names more than one person.
func morePersonsIn(s, before string, g *gazetteer) bool {
	ps := personsIn(s, before, g)
	return len(ps) > 1 && func() bool { n, _ := onePersonIn(s, before, g); return n == "" }()
}

// personOpens reports whether title opens on "He" or "She" as sentence
// does: a noun's title that is its sentence's clause ("He was due to
// chair an emergency cabinet meeting", of "... on Sunday afternoon"),
// whose pronoun is named as any clause's.
func personOpens(title, sentence string) bool {
	w := firstWord(title)
	return inSet(personPronouns, w) && firstWord(sentence) == w
}

// functionWord reports whether w, capitalised at a sentence's start, is a
// word of function, no first name ("When", "After", "The", "Her").
func functionWord(w string) bool {
	lw := strings.ToLower(w)
	return nameStop.Has(w) || subordinators.Has(lw) || prepositions.Has(lw) || determiners.Has(lw) || articleWords.Has(lw) || titleConjunctions.Has(lw) ||
		subjectPronouns.Has(lw) || possessivePronouns.Has(lw) || relativeOpeners.Has(lw) || pointingOpeners.Has(lw) || sentenceConnectives.Has(lw)
}

// tellingDays is how many days before the article's day a time may end and
// still be near its telling (titleAboveTime): a report tells the news of its
// last days with its source ("The agent says the singer checked into a
// clinic on Thursday").
const tellingDays = 3

// holdsSayingDay reports whether the date dt holds the day of an article
// published on pub or the day before it, the days an undated saying in it
// ("X said") is of: a title that tells the saying agrees with such a date.
func holdsSayingDay(pub, dt timeline.Date) bool {
	if pub.IsZero() || dt.IsZero() {
		return false
	}
	return !dt.First().After(pub.Last()) && !dt.Last().Before(pub.First().AddDate(0, 0, -1))
}

// farFromTelling reports whether the date dt is far from the telling of an
// article published on pub: after pub's day, or ending more than tellingDays
// before it (no day known: far).
func farFromTelling(pub, dt timeline.Date) bool {
	if pub.IsZero() {
		return true
	}
	return dt.First().After(pub.Last()) || dt.Last().Before(pub.First().AddDate(0, 0, -tellingDays))
}

var tellerPronouns = wordSet("teller-pronouns")

// baselineHeads, baselineLinks, baselineOver and baselineUnits read a
// comparison's baseline (baselineTime; data/words.txt).
var (
	baselineHeads = wordSet("baseline-heads")
	baselineLinks = wordSet("baseline-links")
	baselineOver  = wordSet("baseline-over")
	baselineUnits = wordSet("baseline-units")
	// baselineCompared follow compared-words ("compared with", "in
	// comparison to"), baselineFrom a percentage ("down 3% from").
	baselineCompared = wordSet("baseline-compared")
	baselineFrom     = wordSet("baseline-from")
	// baselineLike right after a verb of seeming, and right before the
	// time ("looked exactly like last year").
	baselineLike, baselineSeeming = wordSet("baseline-like"), wordSet("baseline-seeming")
)

// baselineTime reports whether the time tx stands in the baseline of a
// comparison, within eight words after its opener with no punctuation
// between: "compared with" or "in comparison to" ("compared with a gain
// of 5 percent last year"); "like" after a verb of seeming with the time
// right after it ("looked exactly like last year"); an equative's link after its head or its head and a noun
// ("about the same as the first day last year", "the same level as in
// 2019"), or, for a year,
// "over" right after a figure ("up 18% over last year", "5 percent over
// 2038"); for a year, "from" right after a percentage ("to 61 percent
// from 40 percent in 2038", "down 3% from last year"; not "evacuated 200
// from the valley in 2038", "raised $2bn from investors"). The time dates
// what the figure is measured against, not the
// clause's happening. (Not "rose 18% over the weekend": a period the
// figure moved in is no year.)
func baselineTime(text string, seg [2]int, tx timex.Timex) bool {
	var room fieldRoom
	before := fieldsIn(&room, strings.ToLower(text[max(seg[0], tx.Start-80):tx.Start]))
	for k := len(before) - 1; k >= 0 && k >= len(before)-8; k-- {
		w := before[k]
		if strings.ContainsAny(w, ",;:()\"“”") {
			return false
		}
		if k == 0 {
			return false
		}
		prev := strings.TrimRight(before[k-1], ".")
		if baselineLinks.Has(w) && k+1 < len(before) && before[k+1] == "of" {
			return false // "the same model as of this afternoon": "as of" is the time's own
		}
		if baselineLinks.Has(w) && (baselineHeads.Has(prev) || k > 1 && baselineHeads.Has(before[k-2])) {
			return true // ("the same as", "the same level as")
		}
		if baselineOver.Has(w) && k == len(before)-1 && tx.Type == "DATE" && len(tx.Value) == 4 && (strings.ContainsAny(prev, "0123456789") || baselineUnits.Has(prev)) {
			return true
		}
		if baselineLike.Has(w) && k == len(before)-1 && (baselineSeeming.Has(prev) || k > 1 && baselineSeeming.Has(before[k-2])) {
			return true // ("looked exactly like last year"; not "looked like a winner last year")
		}
		if baselineCompared.Has(w) && comparedWords.Has(prev) {
			return true // ("compared with a gain of 5 percent last year")
		}
		if baselineFrom.Has(w) && tx.Type == "DATE" && len(tx.Value) == 4 && (baselineUnits.Has(prev) || strings.HasSuffix(prev, "%")) {
			return true // ("to 61 percent from 40 percent in 2038", "down 3% from last year")
		}
	}
	return false
}
