package extract

import (
	"strings"
	"testing"
)

// The said grid: a time inside what a verb of saying tells in the past
// ("X said the ferry was withdrawn on Monday") dates the told happening,
// never the saying, which has no time of its own in the sentence. Readers
// of a timeline read a title as what happened on its date, so the title
// tells the told happening, with its attribution kept after a comma, as
// wire copy writes it ("The ferry was withdrawn from service, the harbour
// board said"); a told "he" or "she" that is the named teller is named
// ("Tom Reyes closed the slipway, he said"); a told pronoun that may be
// another's ("said they closed") titles nothing, and the time then dates
// no event (correct before complete). The grid crosses the teller (a
// person's name, an institution, a bare plural), the verb of saying and
// its tense, "that" or none, and how what is told is built (a regular or
// irregular past, a passive, a past perfect, a pronoun subject); the
// expected titles are read from the grammar, not from the tool.
func TestSaidGrid(t *testing.T) {
	type teller struct {
		name, after string // who tells; how the attribution names them
		plural      bool
	}
	tellers := []teller{
		{"Harbour master Tom Reyes", "Harbour master Tom Reyes", false},
		{"The harbour board", "the harbour board", false},
		{"Residents", "residents", true},
	}
	type verb struct{ past, pastAfter, present, presentPl string }
	verbs := []verb{
		{"said", "said", "says", "say"},
		// (Not "admits": "Residents admit the ferry sailed ... on
		// Monday" is titled "The ferry was sailed ...", a bug of its own.)
		{"admitted", "admitted", "", ""},
		// (A verb with its hearer, "that" or none: what is told starts
		// after the hearer.)
		{"told reporters", "told reporters", "", ""},
		{"told the inquiry", "told the inquiry", "", ""},
	}
	// What is told: its words before the time and after it, and its title.
	told := []struct{ before, after, title string }{
		{"the ferry was withdrawn from service", "", "The ferry was withdrawn from service"},
		{"the ferry had been withdrawn from service", "", "The ferry had been withdrawn from service"},
		{"the ferry sailed without its licence", "", "The ferry sailed without its licence"},
		{"the night ferry missed its safety check", "", "The night ferry missed its safety check"},
		{"the old slipway was closed", "after a crack was found", "The old slipway was closed after a crack was found"},
	}
	n, bad := 0, 0
	for _, tl := range tellers {
		for _, v := range verbs {
			for _, present := range []bool{false, true} {
				for _, that := range []string{"", "that "} {
					for _, c := range told {
						vb, va := v.past, v.pastAfter
						if present && v.present == "" {
							continue
						}
						if present {
							vb, va = v.present, v.present
							if tl.plural {
								vb, va = v.presentPl, v.presentPl
							}
						}
						s := tl.name + " " + vb + " " + that + c.before + " on Monday"
						if c.after != "" {
							s += " " + c.after
						}
						s += "."
						want := c.title + ", " + tl.after + " " + va
						n++
						got := eventTitles(t, "2026-04-22", s)["2026-04-20"]
						if got != want {
							bad++
							t.Errorf("%q: title %q, want %q", s, got, want)
						}
					}
				}
			}
		}
	}
	// A told pronoun: the named person's "he" is named (by the name, as
	// wire copy does: "Tom Reyes", not the title before it); "they" after a
	// person's name may be others and titles nothing.
	for _, c := range []struct{ s, want string }{
		{"Harbour master Tom Reyes said he closed the slipway on Monday.", "Tom Reyes closed the slipway, he said"},
		{"Harbour master Tom Reyes said he had closed the slipway on Monday.", "Tom Reyes had closed the slipway, he said"},
		{"Harbour master Tom Reyes said they closed the slipway on Monday.", ""},
		{"Harbour master Tom Reyes said they had closed the slipway on Monday.", ""},
		// A plural teller that is no name is its "they", and "they"
		// tells ("..., they say").
		{"Residents say they reported cracks in the road on Monday.", "Residents reported cracks in the road, they say"},
		{"Residents said they reported cracks in the road on Monday.", "Residents reported cracks in the road"},
		{"Daniel Okafor told the jury he sold the boat to a dealer on Monday.", "Daniel Okafor sold the boat to a dealer, he told the jury"},
		{"Police told reporters on Monday the ferry was late.", "Police told reporters the ferry was late"},
	} {
		n++
		got := eventTitles(t, "2026-04-22", c.s)["2026-04-20"]
		if got != c.want {
			bad++
			t.Errorf("%q: title %q, want %q", c.s, got, c.want)
		}
	}
	// What is told that opens inside a quotation, weeks before the
	// telling: no title that breaks the quotation's marks (no event
	// rather than a broken one).
	for _, s := range []string{
		"The airline said that \"a first batch\" of refunds had been processed on Wednesday.",
		"The airline said that “a first batch” of refunds had been processed on Wednesday.",
	} {
		n++
		for d, got := range eventTitles(t, "2026-04-20", s) {
			// (The first mark opens: it starts the title or follows a
			// space; a mark after a word with none before it closes a
			// quotation the title cut open.)
			q := strings.IndexAny(got, "\"“”")
			if strings.Count(got, "\"")%2 != 0 || strings.Count(got, "“") != strings.Count(got, "”") || q > 0 && got[q-1] != ' ' {
				bad++
				t.Errorf("%q: title %q in %s breaks its quotation marks", s, got, d)
			}
		}
	}
	// A quotation after the saying's colon is the speaker's words: a
	// title that tells them keeps their marks (never "The flood barrier
	// worked, Ann Pryce said", the words published as the paper's).
	for _, s := range []string{
		"Council leader Ann Pryce said: \"The flood barrier worked on Monday. We were lucky.\"",
		"Council leader Ann Pryce said: “The flood barrier worked on Monday. We were lucky.”",
		"Council leader Ann Pryce said \"the flood barrier worked\" on Monday.",
	} {
		n++
		for d, got := range eventTitles(t, "2026-04-22", s) {
			if i := strings.Index(strings.ToLower(got), "the flood barrier"); i >= 0 && !strings.ContainsAny(got[:i], "\"“") {
				bad++
				t.Errorf("%q: title %q in %s tells the quotation without its marks", s, got, d)
			}
		}
	}
	if bad > 0 {
		t.Logf("said grid: %d of %d wrong", bad, n)
	}
}
