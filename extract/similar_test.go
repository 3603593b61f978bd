package extract

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestProfileMeets checks meets against cosine, on bags whose stems share
// the profile's bits without being counted (s and s+profileBits).
func TestProfileMeets(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	bag := func(n int) []sid {
		b := make([]sid, n)
		for i := range b {
			b[i] = sid(r.IntN(4 * profileBits))
		}
		return b
	}
	for range 2000 {
		var p profile
		for range r.IntN(4) {
			p.add(bag(r.IntN(20)))
		}
		b := bag(r.IntN(20))
		if got, want := p.meets(b), p.cosine(b) > 0; got != want {
			t.Fatalf("meets(%v) = %v, cosine %v, profile %v", b, got, p.cosine(b), p.counts)
		}
	}
}

// TestProfileTable checks a profile's table of counts against a map,
// through its growth: every stem's count, the stems it yields, and the
// squared length.
func TestProfileTable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, span := range []int{16, 1000, 1 << 30} {
		var p profile
		want := map[sid]int32{}
		for range 300 {
			b := make([]sid, r.IntN(12))
			for i := range b {
				b[i] = sid(r.IntN(span))
				want[b[i]]++
			}
			p.add(b)
		}
		norm2 := 0.0
		for s, n := range want {
			norm2 += float64(n) * float64(n)
			if got := p.count(s); got != n {
				t.Fatalf("span %d: count(%d) = %d, want %d", span, s, got, n)
			}
			if got := p.count(s + 1); got != want[s+1] {
				t.Fatalf("span %d: count(%d) = %d, want %d", span, s+1, got, want[s+1])
			}
		}
		got := map[sid]int32{}
		for s, n := range p.stems() {
			got[s] = n
		}
		if !maps.Equal(got, want) || int(p.n) != len(want) || p.norm2 != norm2 {
			t.Fatalf("span %d: stems %v (n %d, norm2 %v), want %v (norm2 %v)", span, got, p.n, p.norm2, want, norm2)
		}
	}
	var empty profile
	if empty.count(7) != 0 || empty.meets([]sid{7}) {
		t.Fatal("the empty profile counts a stem")
	}
}

// TestShortForms checks that a place's short form names the place ("Mich."
// is Michigan, "U.S." and "US" the United States), and that a word which
// only looks like one does not ("La Paz", "Mich" with no period). Names
// are compared without a plural's s (nameKeys).
func TestShortForms(t *testing.T) {
	lx := lexiconFor(nil)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"a man shot three people at a Troy, Mich., company on Monday", []string{"michigan", "troy"}},
		{"the U.S. army and the US navy sailed", []string{"state", "united"}},
		{"officials in the United States said", []string{"state", "united"}},
		{"a strike in W.Va. and in Washington, D.C. ended", []string{"virginia", "washington", "west"}},
		{"the march in La Paz ended", []string{"la", "paz"}},
		{"a man named Mich Smith left", []string{"mich", "smith"}},
	} {
		got := plainNames(lx.names(c.text, 0, len(c.text)))
		if !slices.Equal(got, c.want) {
			t.Errorf("names(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	extra, err := ReadLexicon("lexicon.txt", []byte("shortforms New South Wales: NSW\n"))
	if err != nil {
		t.Fatal(err)
	}
	text := "floods in NSW closed roads"
	if got := newLexicon(extra).names(text, 0, len(text)); !slices.Equal(got, []string{"new", "south", "wale"}) {
		t.Errorf("a newsroom's short form: names(%q) = %q", text, got)
	}
	if _, err := ReadLexicon("lexicon.txt", []byte("shortforms Tasmania: Tas.\n")); err != nil {
		t.Errorf("a one-word place's short form: %v", err)
	}
	if _, err := ReadLexicon("lexicon.txt", []byte("shortforms NSW\n")); err == nil || !strings.Contains(err.Error(), "lexicon.txt:1:") {
		t.Errorf("a short form line with no place: err = %v, want one naming lexicon.txt:1", err)
	}
}

// TestOpeningName checks that a headline's first word is a name too
// ("Lindenfield fire: 7 people evacuated" is not the Upland Ridge fire),
// its place when it is a demonym or a short form, and nothing in a
// headline in title case or when it is a word that opens sentences.
func TestOpeningName(t *testing.T) {
	lx := lexiconFor(nil)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Lindenfield fire: 7 people evacuated", []string{"lindenfield"}},
		{"Greek anti-austerity march erupts in violence", []string{"@greece", "greece"}},
		{"U.S. envoy arrives in Seoul", []string{"seoul", "state", "united"}},
		{"The mayor resigns in Northport", []string{"northport"}},
		{"Lunar Lander Blasts Off From Florida on Private Moon Mission", nil},
	} {
		ws := words(c.text, 0, len(c.text))
		got := lx.namesFrom(c.text, ws, nil, nil, 0)
		if !slices.Equal(got, c.want) {
			t.Errorf("namesFrom(%q, 0) = %q, want %q", c.text, got, c.want)
		}
		// The same with the words looked up in a scratch (news.go).
		sc := lx.getScratch()
		var ids []int32
		for _, w := range ws {
			ids = append(ids, lx.tokenID(sc, w.w))
		}
		got = lx.namesFrom(c.text, ws, sc, ids, 0)
		lx.putScratch(sc)
		if !slices.Equal(got, c.want) {
			t.Errorf("namesFrom(%q, 0) with a scratch = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestBagOfKnownWords checks that a bag made from words looked up once in
// a scratch (news.go) is the bag made by looking each word up again: pairs
// of words that stand for one, compounds, stop words, a skipped span.
func TestBagOfKnownWords(t *testing.T) {
	lx := newLexicon(nil)
	for _, text := range []string{
		"The old keeper passed away at home on Sunday, his family said",
		"A fire-bomb hit the 36-year-old's shop and the bombings went on",
		"Ministers And Officials Meet In The Capital",
	} {
		ws := words(text, 0, len(text))
		for _, skip := range [][2]int{{}, {len(text) - 10, len(text)}} {
			want := lx.bagOfWords(nil, ws, nil, skip)
			sc := lx.getScratch()
			var ids []int32
			for _, w := range ws {
				ids = append(ids, lx.tokenID(sc, w.w))
			}
			got := lx.bagOfWords(sc, ws, ids, skip)
			lx.putScratch(sc)
			if !slices.Equal(got, want) || len(want) < 3 {
				t.Errorf("bagOfWords(%q, %v) with a scratch = %q, want %q", text, skip, got, want)
			}
		}
	}
}

// TestCaptionKnownWords checks captionLow with the words looked up in a
// scratch (news.go) against the same without: a name and a caption's verb
// with a year is a caption; without the year, or after a determiner, not.
func TestCaptionKnownWords(t *testing.T) {
	lx := newLexicon(nil)
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Mayor Ruiz speaks to reporters at the quay in Keswick, March 3, 2025.", true},
		{"Mayor Ruiz speaks to reporters at the quay in Keswick on Monday.", false},
		{"The ferry leaves the quay in Keswick, March 3, 2025.", false},
		{"Nurses marched past the gates of the hospital on 3 March 2025.", false},
	} {
		ws := words(c.sent, 0, len(c.sent))
		low := asciiLower(c.sent)
		if got := lx.captionLow(c.sent, low, false, 0, ws, nil, nil); got != c.want {
			t.Errorf("captionLow(%q) = %v, want %v", c.sent, got, c.want)
		}
		sc := lx.getScratch()
		var ids []int32
		for _, w := range ws {
			ids = append(ids, lx.tokenID(sc, w.w))
		}
		got := lx.captionLow(c.sent, low, false, 0, ws, sc, ids)
		lx.putScratch(sc)
		if got != c.want {
			t.Errorf("captionLow(%q) with a scratch = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestComparedNames: the people and places of a comparison with a
// happening of another year ("the worst ... in Norway since a dam burst
// near Tromso in 1987") are not the sentence's, nor those of the
// superlative's frame before it; a phrase of "since" with no year of its
// own, what follows its comma, and what comes before the superlative stay.
func TestComparedNames(t *testing.T) {
	lx := lexiconFor(nil)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Saturday's landslide was the worst disaster in Norway since a dam burst near Tromso in 1987.", nil},
		{"The landslide at Vik was the worst in Norway since a dam burst near Tromso in 1987, killing 40.", []string{"vik"}},
		{"The ferry has been moored at Hull since it ran aground on Friday near Grimsby.", []string{"grimsby", "hull"}},
		{"The plant has been shut since 2019, Mayor Lena Dorf said.", []string{"dorf", "lena", "mayor"}},
		{"It was the biggest rally in Lagos since Monday, when Ade Bello spoke.", []string{"ade", "bello", "lago"}},
		{"The flood in Cork is the worst since 2009.", []string{"cork"}},
	} {
		if got := plainNames(lx.names(c.text, 0, len(c.text))); !slices.Equal(got, c.want) {
			t.Errorf("names(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// plainNames is names without the keys of initials (see acronymMark).
func plainNames(names []string) []string {
	var out []string
	for _, n := range names {
		if !strings.HasPrefix(n, acronymMark) && !strings.HasPrefix(n, spelledMark) {
			out = append(out, n)
		}
	}
	return out
}

// TestComparedRetellingJoins: an article that dates the story's flood only
// in a comparison with another year's ("Monday's flood was the worst ...
// since a levee broke at Harlan in 1998") joins the flood's event, its
// comparison's places no longer telling it apart; one that names another
// town for its own flood of the day stays apart.
func TestComparedRetellingJoins(t *testing.T) {
	a := doc("a.md", "2022-07-12", "A flash flood swept through the river town of Weller on Monday, destroying 40 homes and forcing 300 people from their houses.\n\nRescue crews used boats to reach families trapped on roofs, the county sheriff said.")
	a.Article.Title = "Flood destroys 40 homes in Weller"
	retold := "Residents of %s began clearing mud from their homes on Wednesday.\n\nMonday's flood%s was the worst disaster in the state since a levee broke at Harlan in 1998, killing 12 people.\n\nInsurers said claims would run into millions."
	for _, c := range []struct {
		town, in string
		want     int // events of 2022-07-11
	}{
		{"Weller", "", 1},
		{"Carrow", " in Carrow", 2},
	} {
		b := doc("b.md", "2022-07-14", fmt.Sprintf(retold, c.town, c.in))
		b.Article.Title = c.town + " counts the cost"
		tl, _ := Extract([]Doc{a, b}, Options{})
		if got := find(tl, "2022-07-11"); len(got) != c.want {
			t.Errorf("%s: %d events of 2022-07-11, want %d", c.town, len(got), c.want)
		}
	}
}

// TestGaveWayIsCollapse: "gave way" (data/lemmas.txt) counts as the
// kind of happening "collapsed" names, as data/happenings.txt meant it to,
// in any of its forms; "way" alone, and "gave" alone, do not.
func TestGaveWayIsCollapse(t *testing.T) {
	lx := newLexicon(nil)
	bagOf := func(s string) bag { return lx.bagOfWords(nil, words(s, 0, len(s)), nil, [2]int{}) }
	kind := bagOf("The old pier collapsed")
	if !slices.Contains(kind, "~collapse") {
		t.Fatalf("bag of a collapse = %q, with no ~collapse", kind)
	}
	for s, want := range map[string]bool{
		"Two spans of the bridge gave way at dusk":          true,
		"The wall could give way at any moment":             true,
		"Engineers feared the dam was giving way":           true,
		"The mayor gave a speech on the way to the station": false,
		"Nobody knew the way out of the arena":              false,
	} {
		if got := slices.Contains(bagOf(s), "~collapse"); got != want {
			t.Errorf("bag of %q names a collapse: %v, want %v", s, got, want)
		}
	}
}
