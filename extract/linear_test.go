package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// longInputs are paths that were once quadratic in the length of a clause
// or of a text. Their cost is measured by BenchmarkLongInputs at growing
// sizes (`make bench`: a linear path's ns/op grows as its size does), not
// by a time limit a loaded machine can miss; TestLongInputs reads each at
// its largest size and checks it comes out as at its smallest. run(n)
// returns what the path made of an input of size n, less the input's own
// words.
var longInputs = []struct {
	name string
	max  int
	run  func(n int) string
}{
	// sameLeadHappening read a reported clause with a scan from each
	// word to the time (8 KB of "the " took about 50 ms, 128 KB about
	// 11 s).
	{"reported-clause-words", 1 << 15, func(n int) string {
		text := "Police have arrested a man over the fire.\n\nPolice said the " + strings.Repeat("the ", n) + "man was arrested on Tuesday."
		return eventDates(Extract([]Doc{doc("a.md", "2026-06-10", text)}, Options{}))
	}},
	// inGroup walked back over a run of adverbs after a verb from each
	// word of it (16,000 words of "early" took about 10 s, 4,000 0.6 s).
	{"verb-group-adverbs", 1 << 14, func(n int) string {
		text := "Rescue crews from the coast arrived " + strings.Repeat("early ", n) + "on Wednesday."
		return eventDates(Extract([]Doc{doc("a.md", "2026-06-12", text)}, Options{}))
	}},
	// toldLaterConjunct over a told clause of many "and"s.
	{"told-clause-ands", 1 << 17, func(n int) string {
		long := "The agency said the review " + strings.Repeat("and ", n) + "ended in May."
		may := strings.LastIndex(long, "May")
		got, _, later := toldLaterConjunct(long, 0, strings.Index(long, "the review"), len(long), timex.Timex{Start: may, End: may + 3, Text: "May"}, "The agency said the review")
		return fmt.Sprint(got != "", later)
	}},
	// sharedTitle copied the whole text for each candidate, so an article
	// of many second predicates was quadratic (4,000 sentences took 2.7 s
	// against 0.6 s before): 200 titles of one sentence before n bytes.
	{"shared-title-text", 4 << 20, func(n int) string {
		sent := "The charity runs three shelters and opened a fourth last October."
		x := strings.Index(sent, "last October")
		span := timex.Timex{Start: x, End: x + len("last October"), Text: "last October"}
		text := sent + "\n\n" + strings.Repeat("The charity runs a shop. ", n/25)
		var title string
		for range 200 {
			title = sharedTitle(text, [2]int{0, len(sent) - 1}, span, "The charity", strings.Index(sent, "opened"), -1, len(sent))
		}
		return title
	}},
}

// eventDates is the dates of tl's events, in order: what a long input's
// timeline must share with a short one's.
func eventDates(tl *timeline.Timeline, _ []Diagnostic) string {
	var b strings.Builder
	for _, e := range tl.Events {
		b.WriteString(e.Date.String() + " ")
	}
	return b.String()
}

func TestLongInputs(t *testing.T) {
	for _, l := range longInputs {
		short, long := l.run(16), l.run(l.max)
		if short == "" || long != short {
			t.Errorf("%s: %q at %d, %q at %d", l.name, short, 16, long, l.max)
		}
	}
}

// BenchmarkLongInputs runs each long input at a sixty-fourth, a sixteenth,
// a quarter and all of its largest size.
func BenchmarkLongInputs(b *testing.B) {
	for _, l := range longInputs {
		for _, n := range []int{l.max / 64, l.max / 16, l.max / 4, l.max} {
			b.Run(fmt.Sprintf("%s=%d", l.name, n), func(b *testing.B) {
				for b.Loop() {
					l.run(n)
				}
			})
		}
	}
}
