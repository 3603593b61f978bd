package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// nowToldSlow is nowTold's answer read the long way: presentFirst on the
// words of the sentence's main clause.
func nowToldSlow(s string) bool {
	main := mainClause(s, sentence{start: 0, end: len(s)})
	return presentFirst(appendWords(nil, main, 0, len(main)))
}

// TestOpeningTenseAgrees checks that the short way openingTense reads a
// sentence gives nowTold's answer whenever it gives one, and that it gives
// one for a sentence whose first verb comes before any comma.
func TestOpeningTenseAgrees(t *testing.T) {
	decided := []struct {
		s    string
		want bool
	}{
		{"The county's auditor says the books were never balanced.", true},
		{"Shares in the retailer fell 17 percent in early trading.", false},
		{"Two inquiries are under way, officials said.", true},
		{"Nobody HAS claimed the reward so far.", true},
		{"The striker will miss the derby.", false},
		{"The café’s owner reopened the terrace.", false},
		{"Residents of the 9,000-home estate have complained for years.", true},
		{"A very long word: antidisestablishmentarianismlikenonsensewords is not a verb.", true},
		{"No verb here at all", false},
	}
	for _, c := range decided {
		v, ok := openingTense([]byte(c.s))
		if !ok || v != c.want {
			t.Errorf("openingTense(%q) = %v, %v; want %v, true", c.s, v, ok, c.want)
		}
		if slow := nowToldSlow(c.s); slow != c.want {
			t.Errorf("the long way reads %q as %v; the case expects %v", c.s, slow, c.want)
		}
	}
	// The main clause may differ from the sentence's opening: the short
	// way gives no answer.
	for _, s := range []string{
		"Which of the two bids won is not yet known, but the board met.",
		"who had led the club for years, resigned",
		"After the vote, the council is silent.",
		"The mayor, who was re-elected, says nothing.",
		"Ferries; buses and trains are running again.",
	} {
		if _, ok := openingTense([]byte(s)); ok {
			t.Errorf("openingTense(%q) answered; its main clause is not its opening", s)
		}
	}
	// On every sentence of the examples' articles, an answer is the long
	// way's.
	files, _ := filepath.Glob(filepath.Join("..", "examples", "corpus", "*"))
	n, fast := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, st := range sentences(text) {
			s := text[st.start:st.end]
			n++
			if v, ok := openingTense([]byte(s)); ok {
				fast++
				if v != nowToldSlow(s) {
					t.Errorf("openingTense(%q) = %v, the long way %v", s, v, !v)
				}
			}
		}
	}
	if n == 0 || fast == 0 {
		t.Fatalf("read %d sentences of the examples, %d the short way", n, fast)
	}
	t.Logf("%d of %d sentences read the short way", fast, n)
}
