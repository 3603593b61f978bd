package extract

import (
	"bufio"
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
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

//go:embed data/lemmas.txt
var lemmasData string

// Lexicon holds the word lists that tell happenings apart. The defaults are
// embedded; a newsroom adds its own lines through Options.Happenings.
type lexicon struct {
	stop  map[string]bool   // lower-case words, before stemming
	class map[string]string // stem -> the name of its kind of happening
	lemma map[string]string // irregular and British forms -> their root

	captionVerbs map[string]bool // see caption
	credits      []string
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

func newLexicon(extra []string) *lexicon {
	lx := &lexicon{stop: map[string]bool{}, class: map[string]string{}, lemma: map[string]string{}}
	readWords(lemmasData, func(ws []string) {
		root := ws[len(ws)-1]
		for _, w := range ws[:len(ws)-1] {
			lx.lemma[strings.TrimSuffix(w, ":")] = root
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
		}
	})
	for _, l := range extra {
		readWords(l, add)
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

// bag is the stems of a sentence, each once, in sorted order.
type bag []string

// bagOf returns the content stems of text[s:e], leaving out the bytes of
// skip (the time expression) and the words of lx.stop. Names are kept; a
// word naming a kind of happening becomes that kind.
func (lx *lexicon) bagOf(text string, s, e int, skip [2]int) bag {
	var out bag
	for _, w := range words(text, s, e) {
		if w.i >= skip[0] && w.j <= skip[1] && skip[0] < skip[1] {
			continue
		}
		if lx.stop[w.w] || utf8.RuneCountInString(w.w) < 2 || !hasLetter(w.w) {
			continue
		}
		st := w.w
		if l, ok := lx.lemma[st]; ok {
			st = l
		}
		st = stem(st)
		if c, ok := lx.class[st]; ok {
			st = c
		}
		out = append(out, st)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// names returns the capitalised words of text[s:e] that are not the first
// word of the sentence nor a stop word: the people, places and bodies a
// sentence names, lower-cased.
func (lx *lexicon) names(text string, s, e int) []string {
	var out []string
	for k, w := range words(text, s, e) {
		if k == 0 || lx.stop[w.w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[w.i:w.j])
		if !unicode.IsUpper(r) || nameStop[text[w.i:w.j]] {
			continue
		}
		out = append(out, w.w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// weights gives each stem its weight in a story: the rarer among its
// articles, the more it tells one happening from another (an inverse
// document frequency, ln(1 + N/df)).
type weights struct {
	n  int
	df map[string]int
}

func (w *weights) of(s string) float64 {
	df := w.df[s]
	if df == 0 {
		df = 1
	}
	return math.Pow(math.Log(1+float64(w.n)/float64(df)), idfPower)
}

// idfPower flattens the rarity weights: within one story the words every
// article uses ("rehab", "bombing") name its main happenings, so they must
// not weigh nothing; 0 would weigh all words alike.
var idfPower = 0.0

// profile is what a cluster's members say, summed: how many members use
// each stem.
type profile struct {
	count map[string]int
	norm2 float64 // the squared length of the weighted vector, kept current
}

func (p *profile) add(b bag, w *weights) {
	if p.count == nil {
		p.count = map[string]int{}
	}
	for _, s := range b {
		x := w.of(s)
		c := float64(p.count[s])
		p.norm2 += x * x * ((c+1)*(c+1) - c*c)
		p.count[s]++
	}
}

// cosine is the cosine between a bag and a cluster's profile, each stem
// weighted by its rarity (and, in the profile, by how many members use it).
func (p *profile) cosine(b bag, w *weights) float64 {
	if len(b) == 0 || p.norm2 == 0 {
		return 0
	}
	dot, n2 := 0.0, 0.0
	for _, s := range b {
		x := w.of(s)
		n2 += x * x
		if c := p.count[s]; c > 0 {
			dot += x * x * float64(c)
		}
	}
	return dot / math.Sqrt(n2*p.norm2)
}
