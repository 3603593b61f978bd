package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/wordset"
)

// TestLowerWithoutAllocating checks the lookups and comparisons that lower
// a word without making a string (inSet, lowerEqual, spliceSame) against
// strings.ToLower, on words of ASCII and of letters whose lower case is
// not a byte's change ('İ' lowers to two runes of another length, the
// Kelvin sign to 'k', 'ſ' to itself), marks spliceWord trims, invalid
// UTF-8 and words longer than inSet's room: the same answers, so the same
// bytes out. It fails for a comparison that folds case as strings.EqualFold
// does ("ſ" and "s" fold alike but do not lower alike).
func TestLowerWithoutAllocating(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	pieces := []string{"A", "a", "Z", "z", "S", "s", "ſ", "K", "k", "\u212a", "İ", "i̇", "I", "i", "É", "é",
		"Ⱥ", "ⱥ", "\xff", ",", ".", "“", "’", "'", "(", "-", "0", "ABCDEFGHIJKLMNOP", "abcdefghijklmnop"}
	word := func() string {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	set := map[string]bool{}
	var ws []string
	for range 400 {
		w := word()
		ws = append(ws, w)
		if rng.IntN(2) == 0 {
			set[strings.ToLower(w)] = true
		}
	}
	set["ſ"], set["s"], set["k"] = true, false, true
	ws = append(ws, "s", "S", "ſ", "k", "K", "\u212a", "İ", "i̇")
	var words wordset.Set // the words set holds true
	for w, in := range set {
		if in {
			words.Add(w)
		}
	}
	for _, a := range ws {
		if got, want := inSet(words, a), set[strings.ToLower(a)]; got != want {
			t.Fatalf("inSet(%q) = %v, want %v", a, got, want)
		}
		for _, b := range ws {
			if got, want := lowerEqual(a, b), strings.ToLower(a) == strings.ToLower(b); got != want {
				t.Fatalf("lowerEqual(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := spliceSame(a, b), spliceWord(a) == spliceWord(b); got != want {
				t.Fatalf("spliceSame(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() {
		inSet(words, "Monday")
		lowerEqual("Monday", "monday")
		spliceSame("“Monday,", "monday")
	}); n != 0 {
		t.Errorf("%v allocations for ASCII words, want 0", n)
	}
}

// TestHeadlineOfInPlace checks headlineOf, which reads ASCII text in place,
// against the lowered and re-spaced copies it stands for, on sentences and
// titles of a few words, spaces of every kind strings.Fields splits at,
// capitals and non-ASCII letters, and prefixes on either side of the 20
// bytes a prefix needs.
func TestHeadlineOfInPlace(t *testing.T) {
	want := func(sent, title string) bool {
		a := strings.ToLower(strings.Join(strings.Fields(sent), " "))
		b := strings.ToLower(strings.Join(strings.Fields(title), " "))
		return a == b || len(b) > 20 && strings.HasPrefix(a, b)
	}
	rng := rand.New(rand.NewPCG(5, 9))
	pieces := []string{"Fire", "fire", "FIRE", "crews", "Crews", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085",
		"at", "the", "Mill", "é", "É", "İ", ",", ".", "x"}
	text := func() string {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	var title, sent string
	for range 50000 {
		title = text()
		switch rng.IntN(3) {
		case 0:
			sent = text()
		case 1:
			sent = strings.ToUpper(title) + text()
		default:
			sent = " " + strings.ReplaceAll(title, " ", "\t ") + "\n"
		}
		if got := headlineOf(sent, title); got != want(sent, title) {
			t.Fatalf("headlineOf(%q, %q) = %v, want %v", sent, title, got, !got)
		}
	}
	for _, c := range [][2]string{
		{"Fire crews battle the blaze at the mill", "Fire crews battle the blaze"},
		{"Fire crews battle the", "fire  crews battle the"},
		{"Fire crews battle", "Fire crews battle the blaze"},
		{"Fire crews batt", "Fire crews"},
		{"Fire crews battle the blaze", "Fire crews battle th"},  // 20 bytes: not the headline
		{"Fire crews battle the blaze", "Fire crews battle the"}, // 21
		{"", ""},
		{"  ", ""},
	} {
		if got := headlineOf(c[0], c[1]); got != want(c[0], c[1]) {
			t.Errorf("headlineOf(%q, %q) = %v, want %v", c[0], c[1], got, !got)
		}
	}
}
