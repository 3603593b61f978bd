package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dateline-news/dateline/timeline"
)

// sentenceEventDays is the dates of the events of one article (its
// headline head, published on published) that cite sentence s.
func sentenceEventDays(head, published, text, s string) []string {
	d := doc("a.md", published, text)
	d.Article.Title = head
	tl, _ := Extract([]Doc{d}, Options{})
	var got []string
	for _, e := range tl.Events {
		if slices.ContainsFunc(e.Sources, func(src timeline.Source) bool { return src.Sentence == s }) {
			got = append(got, e.Date.String())
		}
	}
	return got
}

// TestPastToldNotAhead: a sentence with no date whose first verb is in the
// past ("The bank held its rate ...", "The federation said ...") tells
// what has happened by its article's day; a modal further on ("warned
// that it might raise it", "said it would not recognise") is the past's
// future, not the article's. It does not join the happening its article
// dates after its publication (the next rate decision, next year's
// championships). A sentence that looks ahead from the article's day
// ("The vote could still be delayed", "The mayor has said she will veto
// it") may.
func TestPastToldNotAhead(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text, s string
		notIn                          string // the date of the happening ahead that s must not join ("" for none)
		in                             string // the date of the happening ahead that s joins ("" for none)
	}{
		{"a rate held, the next decision ahead", "Castlemere central bank holds rate", "2025-05-12",
			"The central bank's next interest rate decision is due on June 18.\n\n" +
				"The bank held its benchmark interest rate at 4.25 percent but warned that it might raise the rate if inflation stayed high.\n\n" +
				"Mortgage lenders cut their fixed rates.",
			"The bank held its benchmark interest rate at 4.25 percent but warned that it might raise the rate if inflation stayed high.",
			"2025-06-18", ""},
		{"a federation's refusal, next year's championships", "Marathon winner disqualified", "2024-09-20",
			"Organisers disqualified the winner of the Harbour City Marathon on Thursday after finding he had skipped a section of the course.\n\n" +
				"His time would have qualified him for the European Masters Championships in Porto next year.\n\n" +
				"The European Masters Championships organisers said they would not accept the marathon time as a qualifying result.",
			"The European Masters Championships organisers said they would not accept the marathon time as a qualifying result.",
			"2025", ""},
		{"a mayor's criticism, the vote ahead", "Council budget vote set for December", "2023-11-02",
			"Brackenford council will vote on the city budget on December 14.\n\n" +
				"Mayor Ellen Vasquez criticised the budget within hours and refused to say whether she would veto the council vote.\n\n" +
				"The finance committee meets next week.",
			"Mayor Ellen Vasquez criticised the budget within hours and refused to say whether she would veto the council vote.",
			"2023-12-14", ""},
		{"an engineer's estimate after a pronoun, the vote ahead", "Council to vote on bridge repair", "2023-11-02",
			"Brackenford council will vote on the bridge repair budget on December 14.\n\n" +
				"City engineer Ruth Abel inspected the bridge on Monday.\n\n" +
				"She estimated the bridge repair budget would cost the council $6 million.",
			"She estimated the bridge repair budget would cost the council $6 million.",
			"2023-12-14", ""},
		{"a vote that may slip, ahead from the article's day", "Council budget vote set for December", "2023-11-02",
			"Brackenford council will vote on the city budget on December 14.\n\n" +
				"The council budget vote could still be delayed by a legal challenge.\n\n" +
				"The finance committee meets next week.",
			"The council budget vote could still be delayed by a legal challenge.",
			"", "2023-12-14"},
		{"a veto promised, ahead from the article's day", "Council budget vote set for December", "2023-11-02",
			"Brackenford council will vote on the city budget on December 14.\n\n" +
				"Mayor Ellen Vasquez has said she will veto the council budget if the vote passes.\n\n" +
				"The finance committee meets next week.",
			"Mayor Ellen Vasquez has said she will veto the council budget if the vote passes.",
			"", "2023-12-14"},
	} {
		got := sentenceEventDays(tc.head, tc.published, tc.text, tc.s)
		if tc.notIn != "" && slices.Contains(got, tc.notIn) {
			t.Errorf("%s: the sentence is in events of %v, not to be in %s", tc.name, got, tc.notIn)
		}
		if tc.in != "" && !slices.Contains(got, tc.in) {
			t.Errorf("%s: the sentence is in events of %v, want %s among them", tc.name, got, tc.in)
		}
		t.Logf("%s: %v", tc.name, got)
	}
}

// TestPastFirst: the first verb of a main clause in the past decides; a
// word in "-ed" that may be an adjective or a participle does not.
func TestPastFirst(t *testing.T) {
	stop := map[string]bool{"the": true, "if": true, "it": true, "a": true, "of": true}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The council kept the fee but warned it might rise.", true},
		{"Okafor criticized the decision and declined to say whether he would stay.", true},
		{"The federation said it would not accept the result.", true},
		{"If convicted on all counts, he faces up to 40 years in prison.", false},
		{"The delayed vote will be held on Friday.", false},
		{"Scheduled flights will resume next week.", false},
		{"The verdict was due on Friday.", false},
		{"The mayor has said she will veto it.", false},
		{"The council could still delay the vote.", false},
	} {
		if got := pastFirst(appendWords(nil, tc.s, 0, len(tc.s)), stop); got != tc.want {
			t.Errorf("pastFirst(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPerfectToldHadBytes checks perfectTold's test of a sentence's bytes
// (mayHaveHad) before it cuts the sentence into words: it answers as the
// reading of every sentence's clauses does (pastPerfectTold) on every
// sentence of the examples' articles, in any case, and it finds the word
// "had" in any case; no letter but h, a and d lowers to one of them, so a
// word that lowers to "had" is always in bytes it finds.
func TestPerfectToldHadBytes(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "corpus", "*"))
	n, perfect := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{string(b), strings.ToUpper(string(b))} {
			for i, st := range sentences(text) {
				s := text[st.start:st.end]
				ws := appendWords(nil, s, 0, len(s))
				want := pastPerfectTold(appendClauses(nil, s, ws), ws)
				m := &merger{text: []byte(text)}
				if got := m.perfectTold(&candidate{doc: i % 3, sent: st}); got != want {
					t.Errorf("perfectTold(%q) = %v, its clauses read %v", s, got, want)
				}
				n++
				if want {
					perfect++
				}
			}
		}
	}
	if n == 0 || perfect == 0 {
		t.Fatalf("%d sentences, %d in the past perfect: the test reads too little", n, perfect)
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"It had rained.", true},
		{"HAD IT RAINED?", true},
		{"Had it rained, they said.", true},
		{"It has rained.", false},
		{"", false},
		{"ha", false},
	} {
		if got := mayHaveHad([]byte(tc.s)); got != tc.want {
			t.Errorf("mayHaveHad(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if l := strings.ToLower(string(r)); strings.ContainsAny(l, "hadHAD") {
			t.Errorf("%U lowers to %q", r, l)
		}
	}
}
