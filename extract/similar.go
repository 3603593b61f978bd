package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"iter"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Whether two sentences tell the same happening is decided on their words:
// the words that name it ("bombing", "blast"), who took part and what
// surrounds it. Each sentence becomes a bag of stems; words that name one
// kind of happening count as one word; rare words of the story weigh more
// than words every article uses.

//go:embed data/stopwords.txt
var stopwordsData string

//go:embed data/happenings.txt
var happeningsData string

//go:embed data/captions.txt
var captionsData string

//go:embed data/demonyms.txt
var demonymsData string

//go:embed data/lemmas.txt
var lemmasData string

//go:embed data/shortforms.txt
var shortformsData string

// Lexicon holds the word lists that tell happenings apart. The defaults are
// embedded; a newsroom adds its own lines through Options.Happenings.
type lexicon struct {
	stop  map[string]bool      // lower-case words, before stemming
	class map[string]string    // stem -> the name of its kind of happening
	lemma map[string]string    // irregular and British forms -> their root
	pair  map[[2]string]string // two words that stand for one root ("passed away")
	place map[string]string    // a demonym ("indonesian") -> its place ("indonesia"), both lower-case
	short map[string][]string  // a place's short form as written ("Mich.") -> the names of its words ("michigan")

	captionVerbs map[string]bool // see caption
	credits      []string
	trailing     []string      // credits that end a caption's line, "photo:" (see creditAfter)
	creditIdx    *creditFinder // finds credits

	unanswered      map[string][][]string // a phrase of the call no one answered, by its first word (see unansweredIn)
	unansweredTails map[string]bool       // the words that may follow it

	tokens  sync.Map // word -> token, see token
	nTokens atomic.Int64
	// free holds the scratches no goroutine is using (see getScratch):
	// maps of words to tokens (see tokenIn), cheaper to look up than
	// tokens, and room for words. Unlike a sync.Pool's, they outlive a
	// garbage collection, so their maps stay filled.
	freeMu sync.Mutex
	free   []*scratch
	// pairFirst are the first words of pair.
	pairFirst map[string]bool
}

// scratch is what one goroutine reuses from one article to the next.
type scratch struct {
	tc    map[string]int32 // a word -> its place in info (see tokenID)
	info  []tokInfo
	words []word  // room for the words of an article's sentences
	ids   []int32 // by word of words: its place in info, or -1
	// stamp numbers the articles read with the scratch: a word's
	// tokInfo.seen is the stamp of the last that wrote it in lower case.
	stamp uint32
}

// getScratch returns a scratch for the caller alone, until putScratch.
// There are as many as goroutines have used at once.
func (lx *lexicon) getScratch() *scratch {
	lx.freeMu.Lock()
	defer lx.freeMu.Unlock()
	if n := len(lx.free); n > 0 {
		sc := lx.free[n-1]
		lx.free = lx.free[:n-1]
		return sc
	}
	return &scratch{tc: map[string]int32{}}
}

func (lx *lexicon) putScratch(sc *scratch) {
	lx.freeMu.Lock()
	lx.free = append(lx.free, sc)
	lx.freeMu.Unlock()
}

// tokInfo is what tokenIn knows of a word: its token, whether it is the
// first word of a pair and whether it is a stop word: a sentence's words
// are looked up once (see tokenID), not in a map for each of these.
type tokInfo struct {
	t       string
	pairs   bool
	stop    bool
	caption bool   // a verb of a photo caption (see captionLow)
	call    bool   // the first word of an unanswered call's phrase (see unansweredIn)
	seen    uint32 // see scratch.stamp
}

// readWords reads a word list: words separated by white space, '#' to the
// end of the line a comment.
func readWords(data string, f func(line []string)) {
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if ws := strings.Fields(line); len(ws) > 0 {
			f(ws)
		}
	}
}

var (
	defaultLexicon     *lexicon
	defaultLexiconOnce sync.Once
)

// lexiconFor returns the lexicon with a newsroom's extra lines, the
// built-in one read once when there are none.
func lexiconFor(extra []string) *lexicon {
	if len(extra) > 0 {
		return newLexicon(extra)
	}
	defaultLexiconOnce.Do(func() { defaultLexicon = newLexicon(nil) })
	return defaultLexicon
}

// ReadLexicon checks a newsroom's lexicon file (dateline --lexicon) and
// returns its lines for Options.Happenings: "kind: word word ..." as in
// data/happenings.txt, or "demonyms Place: form form ..." as in
// data/demonyms.txt; '#' starts a comment. A line of neither form is an
// error naming the file and the line.
func ReadLexicon(name string, data []byte) ([]string, error) {
	var out []string
	for i, line := range strings.Split(string(data), "\n") {
		body := line
		if k := strings.IndexByte(body, '#'); k >= 0 {
			body = body[:k]
		}
		ws := strings.Fields(body)
		if len(ws) == 0 {
			continue
		}
		if ws[0] == "shortforms" {
			if _, _, ok := splitShortForms(ws[1:]); !ok {
				return nil, fmt.Errorf("%s:%d: want \"shortforms Place Name: form form ...\", got %q", name, i+1, strings.TrimSpace(line))
			}
			out = append(out, body)
			continue
		}
		if ws[0] == "demonyms" {
			ws = ws[1:]
		}
		if len(ws) < 2 || !strings.HasSuffix(ws[0], ":") || len(ws[0]) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"kind: word word ...\", \"demonyms Place: form form ...\" or \"shortforms Place Name: form form ...\", got %q", name, i+1, strings.TrimSpace(line))
		}
		out = append(out, body)
	}
	return out, nil
}

func newLexicon(extra []string) *lexicon {
	lx := &lexicon{stop: map[string]bool{}, class: map[string]string{}, lemma: map[string]string{},
		pair: map[[2]string]string{}, place: map[string]string{}, short: map[string][]string{}}
	lx.pairFirst = map[string]bool{}
	// "Indonesia: Indonesian Indonesians": an Indonesian official names
	// Indonesia, as a name (see namesOfWords) and as a word of the bag.
	demonyms := func(ws []string) {
		if len(ws) < 2 || !strings.HasSuffix(ws[0], ":") {
			return
		}
		place := strings.ToLower(strings.TrimSuffix(ws[0], ":"))
		for _, w := range ws[1:] {
			lx.place[strings.ToLower(w)] = place
			lx.lemma[strings.ToLower(w)] = place
		}
	}
	readWords(demonymsData, demonyms)
	// "Michigan: Mich.": a headline's "Mich." names Michigan.
	shortforms := func(ws []string) {
		names, forms, ok := splitShortForms(ws)
		if !ok {
			return
		}
		for _, w := range forms {
			lx.short[w] = names
		}
	}
	readWords(shortformsData, shortforms)
	readWords(lemmasData, func(ws []string) {
		root := ws[len(ws)-1]
		for _, w := range ws[:len(ws)-1] {
			w = strings.TrimSuffix(w, ":")
			if a, b, ok := strings.Cut(w, "-"); ok {
				lx.pair[[2]string{a, b}] = root
				lx.pairFirst[a] = true
				continue
			}
			lx.lemma[w] = root
		}
	})
	readWords(stopwordsData, func(ws []string) {
		for _, w := range ws {
			lx.stop[w] = true
		}
	})
	add := func(ws []string) {
		if len(ws) < 2 || !strings.HasSuffix(ws[0], ":") {
			return
		}
		name := "~" + strings.TrimSuffix(ws[0], ":")
		for _, w := range ws[1:] {
			lx.class[stem(strings.ToLower(w))] = name
		}
	}
	readWords(happeningsData, add)
	lx.captionVerbs = map[string]bool{}
	lx.unanswered, lx.unansweredTails = map[string][][]string{}, map[string]bool{}
	readWords(captionsData, func(ws []string) {
		switch ws[0] {
		case "verbs:":
			for _, w := range ws[1:] {
				lx.captionVerbs[w] = true
			}
		case "credits:":
			for _, w := range ws[1:] {
				lx.credits = append(lx.credits, strings.ReplaceAll(w, "-", " "))
			}
		case "trailing-credits:":
			lx.trailing = append(lx.trailing, ws[1:]...)
		case "unanswered:":
			for _, w := range ws[1:] {
				phrase := strings.Split(w, "-")
				lx.unanswered[phrase[0]] = append(lx.unanswered[phrase[0]], phrase)
			}
		case "unanswered-tails:":
			for _, w := range ws[1:] {
				lx.unansweredTails[w] = true
			}
		}
	})
	lx.creditIdx = newCreditFinder(lx.credits)
	for _, l := range extra {
		readWords(l, func(ws []string) {
			// "demonyms Place: form form" adds to data/demonyms.txt.
			if ws[0] == "demonyms" {
				demonyms(ws[1:])
				return
			}
			if ws[0] == "shortforms" {
				shortforms(ws[1:])
				return
			}
			add(ws)
		})
	}
	return lx
}

// stem reduces an English word to its stem ("bombings" -> "bomb").
func stem(w string) string {
	if strings.ContainsRune(w, '-') {
		return w
	}
	return english.Stem(w, false)
}

// maxStems bounds the words a lexicon remembers the tokens of: news uses
// the same words again and again, and an archive's odd words must not grow
// the memory without end.
const maxStems = 1 << 17

// bag is the stems of a sentence, each once, in sorted order.
type bag []string

// bagOf returns the content stems of text[s:e], leaving out the bytes of
// skip (the time expression) and the words of lx.stop. Names are kept; a
// word naming a kind of happening becomes that kind.
func (lx *lexicon) bagOf(text string, s, e int, skip [2]int) bag {
	return lx.bagOfWords(nil, words(text, s, e), nil, skip)
}

// bagOfWords is bagOf on the words of a sentence already split, looking
// the words up in sc first (see tokenIn); ids, when not nil, holds the
// place of each word of ws in sc.info, or -1 (see tokenID).
func (lx *lexicon) bagOfWords(sc *scratch, ws []word, ids []int32, skip [2]int) bag {
	// Built in room (most sentences' bags fit), sorted and compacted
	// there, and copied out at its own length: stop words and repeats
	// left out, a bag is far shorter than its sentence's words, and the
	// bags of undated sentences are kept until the merge.
	var room [64]string
	out := room[:0]
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if w.i >= skip[0] && w.j <= skip[1] && skip[0] < skip[1] {
			continue
		}
		var ti tokInfo
		if ids != nil && ids[k] >= 0 {
			ti = sc.info[ids[k]]
		} else {
			ti = lx.tokenIn(sc, w.w)
		}
		if k+1 < len(ws) && ti.pairs {
			if root, ok := lx.pair[[2]string{w.w, ws[k+1].w}]; ok {
				out = append(out, lx.tokenIn(sc, root).t)
				k++
				continue
			}
		}
		st := ti.t
		if strings.IndexByte(w.w, '-') >= 0 && !strings.HasPrefix(st, "~") && !strings.ContainsAny(w.w, "0123456789") {
			// A compound counts as its parts ("fire-bomb" as "fire" and
			// "bomb": it meets "a petrol bomb set the bank on fire"),
			// unless the lexicon names it ("ram-raiders") or it holds a
			// figure ("36-year-old"), which stays one word.
			for part := range strings.SplitSeq(w.w, "-") {
				if pt := lx.tokenIn(sc, part).t; pt != "" {
					out = append(out, pt)
				}
			}
			continue
		}
		if st != "" {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	return append(make(bag, 0, len(out)), out...)
}

// token is what a lower-case word counts as in a bag: its root's stem, or
// its kind of happening; "" for a stop word, a figure or a letter. Tokens
// are remembered, up to maxStems words.
func (lx *lexicon) token(w string) string {
	if t, ok := lx.tokens.Load(w); ok {
		return t.(string)
	}
	t := ""
	if !lx.stop[w] && utf8.RuneCountInString(w) >= 2 && hasLetter(w) {
		t = w
		if l, ok := lx.lemma[t]; ok {
			t = l
		}
		t = stem(t)
		if c, ok := lx.class[t]; ok {
			t = c
		}
	}
	if lx.nTokens.Add(1) <= maxStems {
		lx.tokens.Store(strings.Clone(w), t)
	}
	return t
}

// tokenIn is token, whether w opens a pair and whether it is a stop word,
// looked up first in sc (nil: none), a scratch that only the caller uses,
// where it is kept (up to maxStems words).
func (lx *lexicon) tokenIn(sc *scratch, w string) tokInfo {
	if sc != nil {
		if id := lx.tokenID(sc, w); id >= 0 {
			return sc.info[id]
		}
	}
	return lx.tokInfo(w)
}

func (lx *lexicon) tokInfo(w string) tokInfo {
	return tokInfo{t: lx.token(w), pairs: lx.pairFirst[w], stop: lx.stop[w], caption: lx.captionVerbs[w], call: len(lx.unanswered[w]) > 0}
}

// tokenID is the place of w in sc.info, where it is added when new, or
// -1 when sc holds maxStems words and w is not one of them: a word once
// known stays known, one not known when sc is full never is.
func (lx *lexicon) tokenID(sc *scratch, w string) int32 {
	if id, ok := sc.tc[w]; ok {
		return id
	}
	if len(sc.info) >= maxStems {
		return -1
	}
	id := int32(len(sc.info))
	sc.info = append(sc.info, lx.tokInfo(w))
	sc.tc[strings.Clone(w)] = id
	return id
}

// isStop is lx.stop[ws[k].w], read in sc.info when ids (see bagOfWords)
// knows the word.
func (lx *lexicon) isStop(sc *scratch, ids []int32, ws []word, k int) bool {
	if ids != nil && ids[k] >= 0 {
		return sc.info[ids[k]].stop
	}
	return lx.stop[ws[k].w]
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// names returns the capitalised words of text[s:e] that are not the first
// word of the sentence nor a stop word: the people, places and bodies a
// sentence names, lower-cased.
func (lx *lexicon) names(text string, s, e int) []string {
	return lx.namesOfWords(text, words(text, s, e))
}

func (lx *lexicon) namesOfWords(text string, ws []word) []string {
	return lx.namesFrom(text, ws, nil, nil, 1)
}

// namesFrom is namesOfWords from word from on: 1 for a sentence, whose
// first word is capitalised whatever it is, and so are the letters of a
// short form it opens ("U.S. envoy ..."); 0 for a headline, which often
// opens on its place or person ("Lindenfield fire: 7 people evacuated"):
// unless the story writes that word in lower case elsewhere (merge drops
// those), it is a name too. sc and ids, when not nil, know the words (see
// bagOfWords).
func (lx *lexicon) namesFrom(text string, ws []word, sc *scratch, ids []int32, from int) []string {
	if lx.titleCase(text, ws, sc, ids) {
		return nil
	}
	// Built in room (most sentences name a few), sorted and compacted
	// there (nameKeys), and copied out at its own length.
	var room [32]string
	out := room[:0]
	skip := from
	if from > 0 && len(ws) > 0 {
		if _, n := lx.shortForm(text, ws); n > 0 {
			skip = n
		}
	}
	cmpFrom, cmpTo := compared(text, ws)
	for k := skip; k < len(ws); k++ {
		if k == cmpFrom {
			k = cmpTo - 1
			continue
		}
		w := ws[k]
		// Stop words are looked up only for capitalised words.
		r, _ := utf8.DecodeRuneInString(text[w.i:w.j])
		if !unicode.IsUpper(r) {
			continue
		}
		if names, n := lx.shortForm(text, ws[k:]); n > 0 {
			// "U.S." and "US" are the United States, "Mich." Michigan.
			out = append(out, names...)
			k += n - 1
			continue
		}
		if lx.isStop(sc, ids, ws, k) || nameStop.Has(text[w.i:w.j]) {
			continue
		}
		if p, ok := lx.place[w.w]; ok {
			// The place, and the nationality of the people it tells
			// of ("a British climber"), which merge.go compares.
			out = append(out, p, nationMark+p)
			continue
		}
		out = append(out, w.w)
	}
	out = lx.initialsNames(text, ws, sc, ids, cmpFrom, cmpTo, out)
	if out = nameKeys(out); len(out) == 0 {
		return nil
	}
	return append(make([]string, 0, len(out)), out...)
}

// nameKeys sorts names as the merge compares them, each without a plural's
// s ("Chargers" and "Charger", "the Williams family" and "Williams"), and
// drops the repeats.
func nameKeys(names []string) []string {
	for i, n := range names {
		names[i] = nameKey(n)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// nameKey is a lower-cased name as nameKeys compares it.
func nameKey(n string) string {
	if len(n) > 4 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") {
		return n[:len(n)-1]
	}
	return n
}

// namesHappening reports whether a word of t names a kind of happening
// (data/happenings.txt) or one of the kinds of kinds.txt ("statement",
// "summit").
func (lx *lexicon) namesHappening(t string) bool {
	for _, w := range words(t, 0, len(t)) {
		if _, ok := lx.class[stem(w.w)]; ok {
			return true
		}
		if _, ok := keywords[w.w]; ok {
			return true
		}
	}
	return false
}

// splitShortForms reads a line of data/shortforms.txt, "Place Name: form
// form ...": the names of the place's words, lower-case, and its forms.
func splitShortForms(ws []string) (names, forms []string, ok bool) {
	k := slices.IndexFunc(ws, func(w string) bool { return strings.HasSuffix(w, ":") })
	if k < 0 || k == len(ws)-1 || ws[k] == ":" {
		return nil, nil, false
	}
	for _, w := range ws[:k+1] {
		names = append(names, strings.ToLower(strings.TrimSuffix(w, ":")))
	}
	return names, ws[k+1:], true
}

// titleCase reports whether a sentence is a headline in title case
// ("Swimmer And Actress Dies Aged 91"), which capitalises every word: its
// capitals name nobody in particular.
func (lx *lexicon) titleCase(text string, ws []word, sc *scratch, ids []int32) bool {
	caps, long := 0, 0
	for k, w := range ws {
		if len(w.w) < 4 || lx.isStop(sc, ids, ws, k) {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(text[w.i:w.j]); unicode.IsUpper(r) {
			caps++
		} else if 4*(long-caps) > caps+len(ws)-k-1 {
			// Too many long words in lower case for the words left, all
			// capitalised, to make up for (most sentences, within a few
			// words): 5*caps >= 4*long can no longer hold.
			return false
		}
	}
	return long >= 4 && 5*caps >= 4*long
}

// shortForm returns the names of the place whose short form ws opens
// ("U.S." is its words "U" and "S" with their periods), and how many words
// it takes, or 0.
func (lx *lexicon) shortForm(text string, ws []word) ([]string, int) {
	if len(lx.short) == 0 {
		return nil, 0
	}
	// The longest form first: "W.Va." before "W.".
	end, n := ws[0].j, 1
	for n < len(ws) && n < 4 && ws[n].i == end+1 && text[end] == '.' && ws[n].j-ws[n].i <= 3 {
		end, n = ws[n].j, n+1
	}
	for ; n > 0; n-- {
		end = ws[n-1].j
		if end < len(text) && text[end] == '.' {
			if names, ok := lx.short[text[ws[0].i:end+1]]; ok {
				return names, n
			}
		}
		if names, ok := lx.short[text[ws[0].i:end]]; ok {
			return names, n
		}
	}
	return nil, 0
}

// News English names a body in full once ("the Financial Conduct
// Authority") and by its initials after that, in the same article or in
// the story's later ones ("the FCA"). A word of three to six capitals
// gives, beside its own name, its letters after acronymMark; a name of
// capitalised words gives the initials of each run of three to six of
// them after spelledMark ("Maritime and Coastguard Agency": "mca", short
// words in lower case between them left out; a stop word that opens it,
// "The", is no part of it). The merge makes a name spelled out the same
// name as the initials when the story writes them in capitals (see
// numberer.initials), and drops both marks otherwise: the keys only link.
// Two capitals ("MP", "PC") abbreviate titles as often as names, and make
// no key.
const (
	acronymMark = "\x01"
	spelledMark = "\x02"
	// initialsEnd closes both keys, so that nameKeys takes no plural's s
	// off them.
	initialsEnd = "."
)

// initialsNames appends to out the keys of the initials ws writes in
// capitals or spells out (see acronymMark), but for the words from
// cmpFrom to cmpTo (see compared), whose names are not the sentence's, and
// a place's short form ("NSW", see shortForm), which is its place. Linear:
// each capitalised word opens one run, of at most six capitals, which
// gives at most four keys.
func (lx *lexicon) initialsNames(text string, ws []word, sc *scratch, ids []int32, cmpFrom, cmpTo int, out []string) []string {
	var caps [6]byte
	for k := 0; k < len(ws); k++ {
		if k == cmpFrom {
			k = cmpTo - 1
			continue
		}
		w := text[ws[k].i:ws[k].j]
		if n := len(w); n >= 3 && n <= 6 && allCapitals(w) {
			if _, short := lx.shortForm(text, ws[k:]); short > 0 {
				k += short - 1
				continue
			}
			out = append(out, acronymMark+ws[k].w+initialsEnd)
			continue
		}
		if !capitalOpens(w) || lx.isStop(sc, ids, ws, k) {
			continue
		}
		// The run of capitalised words k opens, and its initials.
		n := 0
		for j := k; j < len(ws) && n < len(caps) && j != cmpFrom; j++ {
			x := text[ws[j].i:ws[j].j]
			if j > k && (ws[j].comma || ws[j].i != ws[j-1].j+1 || text[ws[j-1].j] != ' ') {
				break
			}
			if capitalOpens(x) && !allCapitals(x) {
				caps[n] = ws[j].w[0]
				n++
				if n >= 3 {
					out = append(out, spelledMark+string(caps[:n])+initialsEnd)
				}
				continue
			}
			// A short word in lower case joins two capitalised words
			// ("of", "and", "de").
			if len(x) > 3 || x != ws[j].w || j+1 >= len(ws) || !capitalOpens(text[ws[j+1].i:ws[j+1].j]) {
				break
			}
		}
	}
	return out
}

// allCapitals reports whether w is ASCII capital letters only.
func allCapitals(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return len(w) > 0
}

// capitalOpens reports whether w opens on an ASCII capital letter.
func capitalOpens(w string) bool {
	return len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z'
}

// nationMark opens the name that a demonym gives beside its place: the
// nationality of the people a sentence tells of.
const nationMark = "@"

// weights knows in how many of a story's articles each stem is used. All
// stems weigh the same in the cosines below: on ECB+ a rarity weight
// (inverse document frequency) lost recall, because within one story the
// words every article uses ("rehab", "bombing") name its main happenings.
// The counts order the stems a candidate probes clusters with.
type weights struct {
	n  int
	df []int32 // by stem number
}

// sid is a stem (or name) numbered within one merge: bags of numbers hash
// and compare faster than bags of words.
type sid = int32

// profile is what a cluster's members say, summed: how many members use
// each stem.
type profile struct {
	// counts is a table of open addressing (linear probing) of the stems
	// counted, a slot with no count empty; its length is a power of two,
	// at least 4/3 of the stems counted (a Go map's groups fill to 7/8:
	// the table is no larger for most profiles). The merge looks a profile up for
	// every stem of every candidate it tries on it: a lookup here is a
	// multiplication and a slot or two of one array, where a Go map's
	// hashed a key and read a group's control bytes first.
	counts []stemCount
	n      int32   // the stems counted
	shift  uint8   // 32 less log2 of the table's length (see slot)
	norm2  float64 // the squared length of the count vector, kept current
	// has has bit s%profileBits set for every stem s counted: a stem
	// whose bit is not set is not counted, and cosine does not look it up
	// (most stems of a candidate are not in the profile it is tried on).
	has [profileBits / 64]uint64
}

// stemCount is a slot of a profile's table: a stem and how many members
// use it (0: the slot is empty).
type stemCount struct {
	s sid
	n int32
}

const profileBits = 512

// slot is where s's probe opens in a table whose length is 1<<(32-shift):
// stem numbers are dense, and the multiplication (Fibonacci hashing)
// spreads neighbours apart. The shift is kept, not worked out from the
// length at every lookup.
func slot(shift uint8, s sid) int {
	return int((uint32(s) * 0x9E3779B9) >> shift)
}

// count is how many members use stem s.
func (p *profile) count(s sid) int32 {
	t := p.counts
	if len(t) == 0 {
		return 0
	}
	for i := slot(p.shift, s); ; i = (i + 1) & (len(t) - 1) {
		if t[i].n == 0 {
			return 0
		}
		if t[i].s == s {
			return t[i].n
		}
	}
}

// stems are the stems counted and their counts, in the table's order.
func (p *profile) stems() iter.Seq2[sid, int32] {
	return func(yield func(sid, int32) bool) {
		for _, e := range p.counts {
			if e.n > 0 && !yield(e.s, e.n) {
				return
			}
		}
	}
}

// inc counts s once more and returns its count before.
func (p *profile) inc(s sid) int32 {
	if 4*(int(p.n)+1) > 3*len(p.counts) {
		p.grow()
	}
	t := p.counts
	i := slot(p.shift, s)
	for t[i].n != 0 && t[i].s != s {
		i = (i + 1) & (len(t) - 1)
	}
	c := t[i].n
	if c == 0 {
		t[i].s = s
		p.n++
	}
	t[i].n++
	return c
}

// grow doubles the table (8 slots at first) and places its stems again.
func (p *profile) grow() {
	old := p.counts
	t := make([]stemCount, max(8, 2*len(old)))
	shift := uint8(32 - bits.Len(uint(len(t)-1)))
	for _, e := range old {
		if e.n == 0 {
			continue
		}
		i := slot(shift, e.s)
		for t[i].n != 0 {
			i = (i + 1) & (len(t) - 1)
		}
		t[i] = e
	}
	p.counts, p.shift = t, shift
}

func (p *profile) add(b []sid) {
	for _, s := range b {
		p.has[uint32(s)/64%(profileBits/64)] |= 1 << (uint32(s) % 64)
		c := float64(p.inc(s))
		p.norm2 += (c+1)*(c+1) - c*c
	}
}

// meets reports whether the profile counts a stem of b.
func (p *profile) meets(b []sid) bool {
	for _, s := range b {
		if p.has[uint32(s)/64%(profileBits/64)]&(1<<(uint32(s)%64)) != 0 && p.count(s) > 0 {
			return true
		}
	}
	return false
}

// cosine is the cosine between a bag and a cluster's profile, each stem of
// the profile weighing as many members as use it.
func (p *profile) cosine(b []sid) float64 {
	if len(b) == 0 || p.norm2 == 0 {
		return 0
	}
	dot := 0.0
	for _, s := range b {
		if p.has[uint32(s)/64%(profileBits/64)]&(1<<(uint32(s)%64)) != 0 {
			dot += float64(p.count(s))
		}
	}
	return dot / math.Sqrt(float64(len(b))*p.norm2)
}

// compared finds, in a sentence's words, the comparison with a happening
// of another time: a phrase of "since" up to the next comma that holds a
// year of its own ("... since an interstate bridge fell into the
// Mississippi in Minneapolis in 2007"), and the frame of a superlative
// before it in its clause ("the deadliest bridge failure in the United
// States since ..."; data/words.txt superlatives). The people and places
// named there are the other happening's or the frame's, not the
// sentence's. It returns the words [from, to), or -1, -1 for none.
func compared(text string, ws []word) (int, int) {
	for k := 0; k < len(ws); k++ {
		if ws[k].w != "since" {
			continue
		}
		to := k + 1
		for to < len(ws) && !ws[to].comma {
			to++
		}
		if !slices.ContainsFunc(ws[k+1:to], func(x word) bool { return fourDigitYear(text[x.i:x.j]) }) {
			// Nor does a later "since" before the comma: each word is
			// read once.
			k = to - 1
			continue
		}
		from := k
		for i := k - 1; i > 0 && !ws[i+1].comma; i-- {
			if ws[i-1].w == "the" && superlatives.Has(ws[i].w) {
				from = i
				break
			}
		}
		return from, to
	}
	return -1, -1
}

// fourDigitYear reports whether t is a year of 19xx or 20xx.
func fourDigitYear(t string) bool {
	return len(t) == 4 && (t[:2] == "19" || t[:2] == "20") && t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9'
}

// superlatives open the frame a happening is compared in ("the deadliest
// ... in the country since ...").
var superlatives = wordSet("superlatives")
