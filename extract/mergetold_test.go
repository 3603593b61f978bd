package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// TestToldOfAgrees checks that what decodeAhead works out ahead for each
// undated sentence (toldOf) is what the merge's own nowTold answers for it
// on the same text, on every sentence of the examples' articles and on
// sentences out of the text's reach; and that nowTold answers with it for
// the sentence being tried (merger.told), and only for that one.
func TestToldOfAgrees(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "corpus", "*"))
	var r toldRoom
	n, now := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for i, st := range sentences(text) {
			c := &candidate{doc: i % 3, sent: st}
			m := &merger{text: b}
			want := m.nowTold(c)
			got := r.toldOf(b, c)
			if got&toldSet == 0 || (got&toldNow != 0) != want {
				t.Errorf("toldOf(%q) = %b, nowTold %v", text[st.start:st.end], got, want)
			}
			n++
			if want {
				now++
			}
		}
	}
	if n == 0 || now == 0 || now == n {
		t.Fatalf("%d sentences, %d telling the present: the test reads too little", n, now)
	}
	// Out of the text's reach (a text that did not inflate): not told.
	for _, c := range []*candidate{{sent: sentence{start: 0, end: 10}}, {sent: sentence{start: -1, end: 3}}} {
		for _, text := range [][]byte{nil, []byte("Officials say")} {
			m := &merger{text: text}
			if got, want := r.toldOf(text, c), m.nowTold(c); got != toldSet || want {
				t.Errorf("out of reach %v of %q: toldOf %b, nowTold %v", c.sent, text, got, want)
			}
		}
	}
	// The merge reads the answer worked out for the sentence it tries,
	// and works out its own for any other (a copy that joined, kept).
	text := []byte("Officials say the road is closed.")
	c := &candidate{sent: sentence{start: 0, end: len(text)}}
	m := &merger{text: text}
	m.told.c, m.told.v = c, toldSet // (a wrong answer, to see it read)
	if m.nowTold(c) {
		t.Error("nowTold did not read the answer worked out for the sentence tried")
	}
	if !m.nowTold(kept(c)) {
		t.Error("nowTold read another sentence's answer for a copy")
	}
}

// TestDecodeAheadTexts checks that the texts decodeAhead inflates ahead
// come in the order asked, each whole while it is the last one returned,
// with nil for bytes that do not inflate; and that stopping early lets the
// goroutine go.
func TestDecodeAheadTexts(t *testing.T) {
	var texts [][]byte
	var want []string
	for i := range 100 {
		s := strings.Repeat(fmt.Sprintf("Article %d says something. ", i), 1+i%37)
		switch i % 10 {
		case 3:
			texts = append(texts, append([]byte{textRaw}, s...))
		case 7:
			texts = append(texts, []byte{textDeflate, 0xff}) // no text
			s = ""
		default:
			texts = append(texts, compress([]byte(s)))
		}
		want = append(want, s)
	}
	docs := make([]int, len(texts))
	for i := range docs {
		docs[i] = len(texts) - 1 - i
	}
	und := make([]undatedSet, len(texts))
	news := make([]timeline.Date, len(texts))
	for i := range news {
		news[i] = timeline.DayOf(2019, time.March, 1+i%28)
	}
	a := decodeAhead(und, texts, docs, news, nil)
	for _, d := range docs {
		cs, told, text := a.next()
		if got := string(text); got != want[d] || len(cs) != 0 || len(told) != 0 {
			t.Fatalf("text %d: %.40q (%d sentences), want %.40q", d, got, len(cs), want[d])
		}
	}
	a.stop()
	a = decodeAhead(und, texts, docs, news, nil)
	a.next()
	a.stop() // the goroutine, blocked on a full channel, ends
}

// TestNounsAhead checks that the nouns worked out ahead come back in
// order, over several runs and a last short one, with nounNotYet for the
// candidates not dated to a day by their own words; and that datedNoun
// answers with the one worked out for the candidate the merge places, and
// only for that one (TestDatedNounJoinsItsDay checks the answers).
func TestNounsAhead(t *testing.T) {
	day := timeline.DayOf(2019, time.March, 5)
	m := &merger{num: map[string]sid{}}
	var order []*candidate
	for i := range 2*nounRun + 17 {
		c := &candidate{date: day, stext: "No time here.", tx: expr{Start: 0, End: 2}}
		if i%3 == 0 {
			c.basis = "published"
		}
		order = append(order, c)
	}
	a := m.nounsAhead(order)
	for i, c := range order {
		want := sid(-1)
		if c.basis != "" {
			want = nounNotYet
		}
		if got := a.at(i); got != want {
			t.Fatalf("candidate %d: %d, want %d", i, got, want)
		}
	}
	c, d := order[1], order[2]
	m.noun0.c, m.noun0.v = c, 7
	if got := m.datedNoun(c); got != 7 {
		t.Errorf("datedNoun of the candidate placed = %d, not the one worked out ahead", got)
	}
	if got := m.datedNoun(d); got != -1 {
		t.Errorf("datedNoun of another candidate = %d, the one worked out for the candidate placed", got)
	}
	m.noun0.v = nounNotYet
	if got := m.datedNoun(c); got != -1 {
		t.Errorf("datedNoun with none worked out ahead = %d", got)
	}
}
