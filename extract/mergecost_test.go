package extract

import (
	"encoding/binary"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
)

// TestLooksAheadRemembered: looksAhead keeps its last answer for one
// sentence of one article, and answers anew for another article's sentence
// at the same offsets and once the article's text is another.
func TestLooksAheadRemembered(t *testing.T) {
	ahead := []byte("The council will decide in a month.")
	past := []byte("The council had decided a month ago.")
	sent := sentence{start: 0, end: 30}
	m := &merger{}
	m.text, m.ahead.set = ahead, false
	for range 2 {
		if !m.looksAhead(&candidate{doc: 0, sent: sent}) {
			t.Fatalf("%q: no word that looks ahead", ahead[:30])
		}
	}
	// Another article, same offsets, with its text (the answer kept is
	// of article 0).
	m.text = past
	if m.looksAhead(&candidate{doc: 1, sent: sent}) {
		t.Fatalf("%q looks ahead (the answer of article 0 kept)", past[:30])
	}
	// The same article and offsets, its text now another.
	m.text, m.ahead.set = ahead, false
	if !m.looksAhead(&candidate{doc: 1, sent: sent}) {
		t.Fatalf("%q: no word that looks ahead (the answer of the text before kept)", ahead[:30])
	}
	// A sentence out of the text's reach is taken to look ahead.
	m.text, m.ahead.set = nil, false
	if !m.looksAhead(&candidate{doc: 1, sent: sent}) {
		t.Fatal("a sentence with no text does not look ahead")
	}
}

// TestUndatedDays: each gives every undated sentence the days of its
// article's publication, as candRange would work them out.
func TestUndatedDays(t *testing.T) {
	var b []byte
	for _, s := range [][2]int{{0, 12}, {2, 26}} {
		b = binary.AppendVarint(b, int64(s[0])) // start, from the end of the one before
		b = binary.AppendVarint(b, int64(s[1])) // length
		b = binary.AppendVarint(b, 0)           // line
		b = binary.AppendVarint(b, 1)           // index
		b = binary.AppendUvarint(b, 0)
		b = binary.AppendUvarint(b, 0)
	}
	u := undatedSet{b: b}
	pub := timeline.DayOf(2019, time.March, 5)
	want := time.Date(2019, time.March, 5, 0, 0, 0, 0, time.UTC).Unix() / 86400
	n := 0
	u.each(3, pub, func(c *candidate) {
		n++
		a, z := candRange(c)
		fresh := *c
		fresh.ranged = false
		fa, fz := candRange(&fresh)
		if a != want || z != want || fa != a || fz != z {
			t.Errorf("sentence %d: days %d-%d, worked out anew %d-%d, want %d", n, a, z, fa, fz, want)
		}
	})
	if n != 2 {
		t.Fatalf("%d sentences, want 2", n)
	}
}
