package extract

import (
	"errors"
	"math"
	"slices"
	"time"

	"github.com/dateline-news/dateline/internal/wire"
	"github.com/dateline-news/dateline/timeline"
)

// An Analysis is kept between runs (a build's cache) as the bytes of
// MarshalBinary: every field Analyze sets, in a plain binary record
// (internal/wire). TestCandidateFieldsEncoded fails when candidate gains
// a field this file does not write.

// MarshalBinary writes the Analysis for a later run of the same build of
// dateline with the same Options.
func (a *Analysis) MarshalBinary() ([]byte, error) {
	var w wire.Writer
	w.String(a.art.Path)
	w.String(a.art.Title)
	w.String(a.art.URL)
	w.String(a.art.Outlet)
	w.String(a.art.Inferred)
	putDate(&w, a.art.Published)
	w.Int(int64(a.shift))
	putDate(&w, a.news)
	w.Bytes(a.text)
	words := newWordTable(a)
	words.put(&w)
	list := 0 // the next of a.wl's lists
	w.Strings(a.leaders)
	words.putList(&w, a.lower)
	w.Bool(a.urlDiag != nil)
	if a.urlDiag != nil {
		putDiag(&w, *a.urlDiag)
	}
	w.Uint(uint64(len(a.diags)))
	for _, d := range a.diags {
		putDiag(&w, d)
	}
	w.Uint(uint64(len(a.cands)))
	for i := range a.cands {
		c := &a.cands[i]
		putSentence(&w, c.sent)
		w.Int(int64(c.seg[0]))
		w.Int(int64(c.seg[1]))
		if err := putTimex(&w, c.tx); err != nil {
			return nil, err
		}
		putDate(&w, c.date)
		putDate(&w, c.endDate())
		w.Uint(uint64(c.kind))
		w.Strings(c.m.actors)
		w.Strings(c.m.places)
		w.Strings(c.m.persons)
		w.String(c.title)
		w.Bool(c.derived)
		w.Bool(c.coref)
		w.Bool(c.noun)
		w.Int(int64(c.priority))
		w.String(c.stext)
		if a.wl != nil {
			words.putKeys(&w, a.wl.lists[list])
			words.putKeys(&w, a.wl.lists[list+1])
			list += 2
		} else {
			var s says
			if c.says != nil {
				s = *c.says
			}
			words.putList(&w, s.bag)
			words.putList(&w, s.names)
		}
		w.String(c.basis)
		w.Bool(c.lead)
		w.Int(int64(c.pub))
	}
	w.Uint(uint64(len(a.und)))
	for _, u := range a.und {
		putSentence(&w, u.sent)
		w.Int(int64(u.at))
		w.Bool(u.lead)
		if a.wl != nil {
			words.putKeys(&w, a.wl.lists[list])
			words.putKeys(&w, a.wl.lists[list+1])
			list += 2
		} else {
			words.putList(&w, u.bag)
			words.putList(&w, u.names)
		}
	}
	return w.B, nil
}

// UnmarshalBinary reads an Analysis written by MarshalBinary. Bytes that
// are not one give an error, never a panic, and never an Analysis whose
// spans do not fit: a candidate must lie within its sentence.
func (a *Analysis) UnmarshalBinary(b []byte) error {
	r := wire.NewReader(b)
	var out Analysis
	out.art.Path = r.String()
	out.art.Title = r.String()
	out.art.URL = r.String()
	out.art.Outlet = r.String()
	out.art.Inferred = r.String()
	out.art.Published = getDate(r)
	if out.shift = getInt(r); out.shift < 0 {
		return errors.New("extract: not an analysis: a headline of negative length")
	}
	out.news = getDate(r)
	if t := r.Bytes(); len(t) > 0 {
		out.text = append([]byte(nil), t...)
	}
	words, wordsOK := getWordTable(r)
	if !wordsOK {
		return errors.New("extract: not an analysis: a bad table of words")
	}
	out.leaders = r.Strings()
	out.lower = words.getList(r)
	// The bags and names of the candidates and undated sentences are
	// kept as places in the table (keyedWords), which Add numbers.
	var lists [][]int32
	if r.Bool() {
		d := getDiag(r)
		out.urlDiag = &d
	}
	if n := r.Len(math.MaxInt32); n > 0 {
		out.diags = make([]Diagnostic, n)
		for i := range out.diags {
			out.diags[i] = getDiag(r)
		}
	}
	if n := r.Len(math.MaxInt32); n > 0 {
		out.cands = make([]candidate, n)
		// What each candidate points to is made in one slice for all.
		abouts := make([]about, n)
		lists = make([][]int32, 0, 2*n)
		// Candidates of one sentence come one after another, and share
		// its text, as they do when Analyze makes them; so do most of
		// their titles and bases.
		var title, stext, basis string
		for i := range out.cands {
			c := &out.cands[i]
			c.sent = getSentence(r)
			c.seg = [2]int{getInt(r), getInt(r)}
			getTimex(r, &c.tx)
			c.date = getDate(r)
			if end := getDate(r); end != (timeline.Date{}) {
				c.setEnd(end)
			}
			c.kind = kind(r.Uint())
			c.about = &abouts[i]
			c.m.actors = r.Strings()
			c.m.places = r.Strings()
			c.m.persons = r.Strings()
			title = sameOr(r, title)
			c.title = title
			c.derived = r.Bool()
			c.coref = r.Bool()
			c.noun = r.Bool()
			c.priority = int8(getInt(r))
			stext = sameOr(r, stext)
			c.stext = stext
			lists = append(lists, words.getKeys(r), words.getKeys(r))
			basis = sameOr(r, basis)
			c.basis = basis
			c.lead = r.Bool()
			pub := r.Int()
			c.pub = int8(pub)
			s := c.sent
			if r.Err() == nil && (pub < 0 || pub > 3) {
				return errors.New("extract: not an analysis: a title's grade out of range")
			}
			if r.Err() == nil && (s.start < 0 || s.end < s.start || len(c.stext) != s.end-s.start ||
				c.seg[0] < s.start || c.seg[1] > s.end || c.seg[0] > c.seg[1] ||
				c.tx.End > c.tx.Start && (c.tx.Start < s.start || c.tx.End > s.end) || int(c.kind) >= len(kindNouns)) {
				return errors.New("extract: not an analysis: a candidate outside its sentence")
			}
		}
	}
	if n := r.Len(math.MaxInt32); n > 0 {
		// The room of the undated sentences of an article added before
		// (Extractor.Add gives it back).
		out.und = undatedRoom(n)[:n]
		lists = slices.Grow(lists, 2*n)
		at := int32(0)
		for i := range out.und {
			u := &out.und[i]
			u.sent = getSentence(r)
			u.at = int32(r.Int())
			u.lead = r.Bool()
			lists = append(lists, words.getKeys(r), words.getKeys(r))
			if r.Err() == nil && (u.sent.start < 0 || u.sent.end < u.sent.start || u.at < at || int(u.at) > len(out.cands)) {
				return errors.New("extract: not an analysis: an undated sentence out of order")
			}
			at = u.at
		}
	}
	if words.bad {
		return errors.New("extract: not an analysis: a word not in its table")
	}
	words.lists = lists
	out.wl = &words.keyedWords
	if err := r.Done(); err != nil {
		return errors.New("extract: not an analysis: " + err.Error())
	}
	*a = out
	return nil
}

func getInt(r *wire.Reader) int { return int(r.Int()) }

func putSentence(w *wire.Writer, s sentence) {
	w.Int(int64(s.start))
	w.Int(int64(s.end))
	w.Int(int64(s.line))
	w.Int(int64(s.index))
}

func getSentence(r *wire.Reader) sentence {
	return sentence{start: getInt(r), end: getInt(r), line: getInt(r), index: getInt(r)}
}

func putDate(w *wire.Writer, d timeline.Date) {
	for _, v := range []int{d.Year, d.Quarter, int(d.Month), d.Week, d.Day, int(d.Gran)} {
		w.Int(int64(v))
	}
}

func getDate(r *wire.Reader) timeline.Date {
	return timeline.Date{Year: getInt(r), Quarter: getInt(r), Month: time.Month(getInt(r)), Week: getInt(r),
		Day: getInt(r), Gran: timeline.Granularity(getInt(r))}
}

// A candidate's time expression is written field by field, whatever
// fields expr keeps of it (wire.Plain).
func putTimex(w *wire.Writer, t expr) error { return w.Plain(t) }

func getTimex(r *wire.Reader, t *expr) { r.Plain(t) }

// sameOr reads a string, which is prev (not a copy of it) if it is the
// same.
func sameOr(r *wire.Reader, prev string) string {
	if b := r.Bytes(); string(b) != prev {
		return string(b)
	}
	return prev
}

func putDiag(w *wire.Writer, d Diagnostic) {
	w.String(d.Article)
	w.Int(int64(d.Offset))
	w.String(d.Text)
	w.String(d.Reason)
}

func getDiag(r *wire.Reader) Diagnostic {
	return Diagnostic{Article: r.String(), Offset: getInt(r), Text: r.String(), Reason: r.String()}
}

// The words of an Analysis's bags and names (what its candidates and
// undated sentences say, which Extractor.Add numbers and lets go) and
// its words in lower case (which Add copies when new to it) are
// written once each, in a table: all of them in one string, then their
// lengths; a list of them is its length and the words' places in the
// table. Read back, the words in lower case are pieces of that one
// string, not a string each, and the bags and names places in the table
// (keyedWords).
type wordTable struct {
	at    map[string]int
	words []string
	uses  int         // the words of all the lists
	read  *keyedWords // the Analysis's, if it was read back
}

func newWordTable(a *Analysis) *wordTable {
	t := &wordTable{at: map[string]int{}}
	add := func(l []string) {
		t.uses += len(l)
		for _, w := range l {
			if _, ok := t.at[w]; !ok {
				t.at[w] = len(t.words)
				t.words = append(t.words, w)
			}
		}
	}
	add(a.lower)
	if a.wl != nil {
		t.read = a.wl
		for _, l := range a.wl.lists {
			t.uses += len(l)
			for _, k := range l {
				w := a.wl.word(k)
				if _, ok := t.at[w]; !ok {
					t.at[w] = len(t.words)
					t.words = append(t.words, w)
				}
			}
		}
		return t
	}
	for i := range a.cands {
		if s := a.cands[i].says; s != nil {
			add(s.bag)
			add(s.names)
		}
	}
	for i := range a.und {
		add(a.und[i].bag)
		add(a.und[i].names)
	}
	return t
}

func (t *wordTable) put(w *wire.Writer) {
	w.Uint(uint64(len(t.words)))
	var blob []byte
	for _, s := range t.words {
		blob = append(blob, s...)
	}
	w.Bytes(blob)
	for _, s := range t.words {
		w.Uint(uint64(len(s)))
	}
	w.Uint(uint64(t.uses))
}

func (t *wordTable) putList(w *wire.Writer, l []string) {
	w.Uint(uint64(len(l)))
	for _, s := range l {
		w.Uint(uint64(t.at[s]))
	}
}

// putKeys writes a list of places in the table (keyedWords), as putList
// writes one of words.
func (t *wordTable) putKeys(w *wire.Writer, l []int32) {
	w.Uint(uint64(len(l)))
	for _, k := range l {
		w.Uint(uint64(t.at[t.read.word(k)]))
	}
}

// keyedWords is what an Analysis read back keeps of the words of its bags
// and names: its table (one string and the words' offsets in it) and each
// list as places in the table, in the order they are written: each
// candidate's bag and names, then each undated sentence's. Add numbers a
// word of the table once, however many lists it is in.
type keyedWords struct {
	blob  string
	offs  []int32 // the k-th word is blob[offs[k]:offs[k+1]]
	lists [][]int32
}

func (l *keyedWords) word(k int32) string { return l.blob[l.offs[k]:l.offs[k+1]] }

func (l *keyedWords) len() int { return len(l.offs) - 1 }

// wordReader reads the lists of a table written by wordTable.put.
type wordReader struct {
	keyedWords
	room []int32 // what the lists still to be read are cut from
	bad  bool    // a list named a word the table does not have
}

func getWordTable(r *wire.Reader) (*wordReader, bool) {
	n := r.Len(math.MaxInt32)
	t := &wordReader{}
	t.blob = r.String()
	if len(t.blob) >= math.MaxInt32 {
		return t, false
	}
	// The words' lengths, then their offsets in place.
	offs := make([]int32, n+1)
	if !r.Uints(offs[1:], int32(len(t.blob))+1) {
		return t, false
	}
	at := int32(0)
	for i, k := range offs[1:] {
		if k > int32(len(t.blob))-at {
			return t, false
		}
		at += k
		offs[i+1] = at
	}
	t.offs = offs
	// The lists are cut from one slice (they are let go together).
	if uses := r.Len(math.MaxInt32); uses > 0 {
		t.room = make([]int32, uses)
	}
	return t, int(at) == len(t.blob) && r.Err() == nil
}

// getKeys reads a list written by putList, as places in the table.
func (t *wordReader) getKeys(r *wire.Reader) []int32 {
	n := r.Len(math.MaxInt32)
	if n == 0 {
		return nil
	}
	if n > len(t.room) {
		t.bad = true
		return nil
	}
	out := t.room[:n:n]
	t.room = t.room[n:]
	if !r.Uints(out, int32(t.len())) {
		t.bad = true
		return nil
	}
	return out
}

// getList reads a list written by putList: its words are pieces of the
// table's string.
func (t *wordReader) getList(r *wire.Reader) []string {
	keys := t.getKeys(r)
	if len(keys) == 0 {
		return nil
	}
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = t.word(k)
	}
	return out
}
