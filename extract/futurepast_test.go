package extract

import (
	"strings"
	"testing"
)

// Probes for a time after the article's day in a main clause told in the
// simple past or the present perfect (written before the rule,
// futurePastMain): what the clause tells has happened by the article's
// day, so the later time dates a noun, a phrase or a clause inside it (the
// June festival, a decision on whether it can go ahead next month, with
// work expected to go on until next week), never the main clause. The
// controls tell what is still to come (the future, "is due to") and keep
// the date.
var futurePastProbes = []struct {
	sentence, verb, future string
	keep                   bool // a control: the sentence's event keeps the future date
}{
	{"The county board has put off a decision on whether the Elm Street library can reopen next month.", "put off", "2026-04", false},
	{"Organisers unveiled a bigger line-up for the June festival on the Brenton waterfront.", "unveiled", "2026-06", false},
	{"The review made nine recommendations, including new rules for school buses from next year.", "recommendations", "2027", false},
	// A known limit: a relative clause with a verb of its own may be
	// titled by itself ("an order which takes effect in January"), so its
	// time is left to it, and here the title runs on into it.
	{"The mayor has signed an order that closes the Dock Road bridge to lorries from April.", "signed", "2026-04", true},
	{"Rail bosses apologised for the disruption expected on the Valley line in May.", "apologised", "2026-05", false},
	{"The club has confirmed the sale of 30,000 tickets for the final in June.", "confirmed", "2026-06", false},
	{"The council will vote on the plan next month.", "vote", "2026-04", true},
	{"The inquiry is due to open in May.", "inquiry", "2026-05", true},
}

func TestFuturePastProbes(t *testing.T) {
	lead := "Brenton's town council is under fire from residents over the fate of the Elm Street library."
	for _, p := range futurePastProbes {
		d := doc("a.md", "2026-03-12", lead+"\n\n"+p.sentence+" Residents have started a petition.")
		d.Article.Title = "Brenton council under fire"
		tl, _ := Extract([]Doc{d}, Options{})
		kept := false
		var lines []string
		for _, e := range tl.Events {
			src := false
			for _, s := range e.Sources {
				if strings.Contains(p.sentence, s.Sentence) && len(s.Sentence) > 20 || strings.Contains(s.Sentence, p.sentence) {
					src = true
				}
			}
			if !src {
				continue
			}
			lines = append(lines, e.Date.String()+" "+e.Title)
			if e.Date.String() == p.future && strings.Contains(asciiLower(e.Title), p.verb) {
				kept = true
			}
		}
		if kept != p.keep {
			t.Errorf("%q: the main clause at %s: %v, want %v\n  %s", p.sentence, p.future, kept, p.keep, strings.Join(lines, "\n  "))
		}
	}
}

// Headline probes: a later time a headline writes straight before a noun
// ("sets May 4 closure vote", "for August festival") names the noun's
// happening; the headline's verb tells the news of its day and never takes
// that time (headlineNounTime).
var headlineNounProbes = []struct {
	head, lead, verb, future string
}{
	{"Library board sets May 4 closure vote", "The Brenton library board voted on Tuesday to hold a public vote on closing the Elm Street branch.", "sets", "2026-05-04"},
	{"Organisers unveil bigger line-up for August festival", "Organisers of the Brenton Folk Weekend announced their line-up on Wednesday.", "unveil", "2026-08"},
	{"Union names April 20 strike date after talks collapse", "Rail workers on the Valley line will walk out, their union said on Wednesday.", "names", "2026-04-20"},
}

func TestHeadlineNounProbes(t *testing.T) {
	for _, p := range headlineNounProbes {
		d := doc("a.md", "2026-03-12", p.lead+" Residents have started a petition.")
		d.Article.Title = p.head
		tl, _ := Extract([]Doc{d}, Options{})
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Sentence == p.head && e.Date.String() == p.future && strings.Contains(asciiLower(e.Title), p.verb) {
					t.Errorf("%q: the headline's act at %s (%s)", p.head, p.future, e.Title)
				}
			}
		}
	}
}
