package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/wire"
	"github.com/dateline-news/dateline/timeline"
)

// encodedFields are the candidate fields the wire form carries (codec.go);
// the rest are set by Add and merge (doc, ids, nids) or worked out again
// (r0, r1, ranged).
var encodedFields = []string{"sent", "seg", "tx", "date", "end", "about", "stext", "says",
	"basis", "kind", "derived", "coref", "noun", "lead", "pub", "priority"}

// Every field of candidate that Analyze sets is written by MarshalBinary:
// a field added to candidate and not to the wire form would be lost by a
// build's cache, and a cached build would differ from a fresh one.
func TestCandidateFieldsEncoded(t *testing.T) {
	set := map[string]bool{"doc": true, "ids": true, "nids": true, "r0": true, "r1": true, "ranged": true}
	var fields []string
	rt := reflect.TypeFor[candidate]()
	for i := range rt.NumField() {
		if f := rt.Field(i).Name; !set[f] {
			fields = append(fields, f)
		}
	}
	if !slices.Equal(fields, encodedFields) {
		t.Errorf("candidate has fields %v; codec.go writes %v", fields, encodedFields)
	}
	if n := reflect.TypeFor[undated]().NumField(); n != 5 {
		t.Errorf("undated has %d fields; codec.go writes 5", n)
	}
	// A time expression is written whole by wire.Plain, if its fields are
	// plain.
	var w wire.Writer
	if err := w.Plain(expr{}); err != nil {
		t.Errorf("expr cannot be written: %v", err)
	}
}

// storyDirs are the stories the round-trip tests read: the seeds, the
// example corpus and the ECB+ topics, those that are beside the checkout.
func storyDirs(t testing.TB) [][]Doc {
	dirs := []string{filepath.Join("..", "..", "shared", "seeds"), filepath.Join("..", "examples", "corpus")}
	root := filepath.Join("..", "..", "shared", "corpora", "ecbplus-esc", "topics")
	if topics, err := os.ReadDir(root); err == nil {
		for _, tp := range topics {
			dirs = append(dirs, filepath.Join(root, tp.Name(), "articles"))
		}
	} else if os.Getenv("CI") == "true" {
		t.Fatalf("CI: %v", err)
	}
	var stories [][]Doc
	for _, dir := range dirs {
		read, _ := corpus.Read([]string{dir}, corpus.Options{})
		var docs []Doc
		for _, d := range read {
			docs = append(docs, Doc{Article: d.Article, Text: d.Text})
		}
		if len(docs) > 0 {
			stories = append(stories, docs)
		}
	}
	return stories
}

// An Analysis written and read back gives the same timeline, byte for
// byte, as the Analysis itself; and so do texts kept deflated (an
// archive's) and texts kept as they are (a story's).
func TestAnalysisRoundTrip(t *testing.T) {
	stories := storyDirs(t)
	if len(stories) < 3 {
		t.Skip("../shared is not beside the checkout")
	}
	for _, raw := range []int64{rawTexts, 0} {
		for _, docs := range stories {
			want, wantDiags := Extract(docs, Options{})
			x := NewExtractor(Options{})
			x.rawLeft.Store(raw)
			deflated := 0
			for _, d := range docs {
				a := x.Analyze(d)
				if len(a.text) > 0 && a.text[0] == textDeflate {
					deflated++
				}
				if err := x.Add(throughCodec(t, a)); err != nil {
					t.Fatal(err)
				}
			}
			got, gotDiags := x.Timeline()
			wb, _ := json.Marshal(want)
			gb, _ := json.Marshal(got)
			if !bytes.Equal(wb, gb) || !slices.Equal(wantDiags, gotDiags) {
				t.Errorf("%s... (%d texts deflated): the timeline read back differs from the one made", docs[0].Article.Path, deflated)
			}
			if raw == 0 && deflated == 0 {
				t.Errorf("%s...: no text deflated", docs[0].Article.Path)
			}
		}
	}
}

// Bytes that are not an Analysis are refused, never read as one and never
// a panic: every prefix of a real one, and every one with a byte changed.
func TestAnalysisCorrupt(t *testing.T) {
	x := NewExtractor(Options{})
	text := "Ministers met in Lisbon on Tuesday. The talks went on.\nThey signed a pact on 3 May 2024.\n"
	d := Doc{Text: text}
	d.Article.Path = "a.md"
	d.Article.Published, _ = timeline.ParseDate("2024-05-09")
	b, err := x.Analyze(d).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(b) {
		var a Analysis
		if a.UnmarshalBinary(b[:n]) == nil {
			t.Errorf("the first %d of %d bytes read as an Analysis", n, len(b))
		}
	}
	for i := range b {
		c := slices.Clone(b)
		c[i] ^= 0x5a
		var a Analysis
		_ = a.UnmarshalBinary(c) // may read as another Analysis; must not panic
	}
}

// throughCodec is a written and read back.
func throughCodec(t *testing.T, a *Analysis) *Analysis {
	t.Helper()
	b, err := a.MarshalBinary()
	if err != nil {
		t.Fatalf("%s: %v", a.art.Path, err)
	}
	var back Analysis
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatalf("%s: %v", a.art.Path, err)
	}
	return &back
}

// BenchmarkAnalysisUnmarshal reads back the Analyses of the stories, as a
// warm rebuild reads its cache, and gives each one's undated sentences
// back as Extractor.Add does.
func BenchmarkAnalysisUnmarshal(b *testing.B) {
	x := NewExtractor(Options{})
	var blobs [][]byte
	for _, docs := range storyDirs(b) {
		for _, d := range docs {
			bl, err := x.Analyze(d).MarshalBinary()
			if err != nil {
				b.Fatal(err)
			}
			blobs = append(blobs, bl)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, bl := range blobs {
			var a Analysis
			if err := a.UnmarshalBinary(bl); err != nil {
				b.Fatal(err)
			}
			freeUndated(a.und)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(blobs)), "ns/article")
}

// The grade of each candidate's title is worked out by Analyze and kept
// in the wire form, so that a warm rebuild does not work it out again; a
// record whose grade is not one is refused.
func TestAnalysisGradeKept(t *testing.T) {
	x := NewExtractor(Options{})
	d := Doc{Text: "The council voted on Tuesday to close the old bridge. Works begin in June.\n"}
	d.Article.Path = "a.md"
	d.Article.Published, _ = timeline.ParseDate("2024-05-09")
	a := x.Analyze(d)
	if len(a.cands) == 0 {
		t.Fatal("no candidates")
	}
	back := throughCodec(t, a)
	for i := range back.cands {
		c, f := &back.cands[i], &a.cands[i]
		if c.pub == 0 {
			t.Errorf("%q: no grade read back", c.title)
		}
		if c.pub != f.pub {
			t.Errorf("%q: grade %d read back, %d made", c.title, c.pub, f.pub)
		}
		// The grade kept is the one worked out from the title.
		fresh := *c
		fresh.pub = 0
		if fresh.grade() != c.grade() {
			t.Errorf("%q: grade %d kept, %d worked out", c.title, c.grade(), fresh.grade())
		}
	}
	for _, bad := range []int8{4, -1, 100} {
		a := x.Analyze(d)
		a.cands[0].pub = bad
		b, err := a.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var r Analysis
		if r.UnmarshalBinary(b) == nil {
			t.Errorf("a grade of %d read back", bad)
		}
	}
}

// An Analysis read back and written again gives the same bytes: its bags
// and names, kept as places in its table of words, are written as they
// were read.
func TestAnalysisRewritten(t *testing.T) {
	x := NewExtractor(Options{})
	n := 0
	for _, docs := range storyDirs(t) {
		for _, d := range docs {
			b, err := x.Analyze(d).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var a Analysis
			if err := a.UnmarshalBinary(b); err != nil {
				t.Fatal(err)
			}
			if len(a.cands)+len(a.und) > 0 {
				n++
			}
			again, err := a.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, again) {
				t.Errorf("%s: written again, %d bytes differ from the %d read", d.Article.Path, len(again), len(b))
			}
		}
	}
	if n == 0 {
		t.Skip("no story with candidates beside the checkout")
	}
}

// A text kept raw keeps its undated sentences alone (textSentences), and
// the merge lays it out as the deflated one: each sentence at its start,
// zeros between and after the dated ones. Laid out in full, as it was, a
// raw text was as long as its last undated sentence's end, zeros and all.
func TestKeptSentences(t *testing.T) {
	stories := storyDirs(t)
	if len(stories) < 3 {
		t.Skip("../shared is not beside the checkout")
	}
	var f, g inflater
	kept, laid, texts := 0, 0, 0
	for _, docs := range stories {
		raw, deflated := NewExtractor(Options{}), NewExtractor(Options{})
		deflated.rawLeft.Store(0)
		for _, d := range docs {
			a, b := raw.Analyze(d), deflated.Analyze(d)
			if len(a.text) == 0 {
				continue
			}
			if a.text[0] != textSentences || b.text[0] != textDeflate {
				t.Fatalf("%s: kept as %d and %d, want %d and %d", d.Article.Path, a.text[0], b.text[0], textSentences, textDeflate)
			}
			at, ok1 := f.decompress(a.text)
			bt, ok2 := g.decompress(b.text)
			if !ok1 || !ok2 || !bytes.Equal(at, bt) {
				t.Fatalf("%s: the sentences kept raw lay out as %q (%v), deflated as %q (%v)", d.Article.Path, at, ok1, bt, ok2)
			}
			kept += len(a.text)
			laid += len(at)
			texts++
		}
	}
	if texts == 0 || 5*kept > 4*laid {
		t.Errorf("%d texts kept raw in %d bytes, laid out in %d: want at most four fifths", texts, kept, laid)
	}
	t.Logf("%d texts kept raw in %d bytes, laid out in %d", texts, kept, laid)
}
