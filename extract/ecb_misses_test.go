package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// Classes of an ECB+ merge miss: an article of a multi-article gold
// happening that the happening's best event does not cover.
const (
	missOtherHappening        = iota // (a) its line's event is another gold happening's, told on the same line, of another date
	missOtherHappeningSameDay        // (a') the same, the line's event dated as the best event
	missNoEventTimed                 // (b1) no event cites its lines, though one holds a time expression
	missNoEventUntimed               // (b2) no event cites its lines, none holds a time expression
	missOtherDay                     // (c) an event cites its line, dated apart from the best event
	missSameDay                      // (d) an event cites its line, on the best event's date (or overlapping it)
	missOther                        // (e) anything else (no best event at all, yet a line is cited)
	nMissClasses
)

var missClassNames = [nMissClasses]string{
	"(a) line's event: another happening, another date",
	"(a') line's event: another happening, best's date",
	"(b1) no event; a line holds a time",
	"(b2) no event; no time on the line",
	"(c) cited by an event of another date",
	"(d) cited by an event of the same date",
	"(e) other",
}

// missCounts counts misses per class, and the macro recall each class
// would add if its misses joined their happening's best event.
type missCounts struct {
	n    [nMissClasses]int
	gain [nMissClasses]float64
}

func (m *missCounts) add(o missCounts) {
	for i := range m.n {
		m.n[i] += o.n[i]
		m.gain[i] += o.gain[i]
	}
}

// overlaps reports whether two events' dates share a day.
func overlaps(a, b *placedEvent) bool {
	return a.ev.Date.Contains(b.ev.Date) || b.ev.Date.Contains(a.ev.Date)
}

// classifyMisses sorts every article a multi-article gold happening's best
// event misses into the classes above; gains are in recall units of one
// happening (divide by the number of happenings for macro recall).
func classifyMisses(t testing.TB, topic string, gold []ecbHappening, st *story, p *placement) missCounts {
	var m missCounts
	hapsOn := map[artLine][]int{}
	for i := range gold {
		for _, l := range gold[i].lines() {
			hapsOn[l] = append(hapsOn[l], i)
		}
	}
	// covered[e] = gold happenings e cites a line of (in any article).
	covered := map[int]map[int]bool{}
	for e := range p.events {
		covered[e] = map[int]bool{}
		for _, l := range p.events[e].lines {
			for _, h := range hapsOn[l] {
				covered[e][h] = true
			}
		}
	}
	for i := range gold {
		h := &gold[i]
		lines := h.lines()
		arts := articles(lines)
		if len(arts) < 2 {
			continue
		}
		best, _ := bestEvent(lines, p)
		for _, a := range arts {
			in := false
			var cites []int
			timed := false
			for _, l := range lines {
				if l.file != a {
					continue
				}
				for _, e := range p.byLine[l] {
					if e == best {
						in = true
					}
					cites = append(cites, e)
				}
				dct := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
				if d := st.docs[a]; d != nil && !d.Article.Published.IsZero() {
					dct = d.Article.Published.First()
				}
				if len(timex.Tag(st.lines[a][l.line], dct)) > 0 {
					timed = true
				}
			}
			if in {
				continue
			}
			slices.Sort(cites)
			cites = slices.Compact(cites)
			c := missOther
			switch {
			case len(cites) == 0 && timed:
				c = missNoEventTimed
			case len(cites) == 0:
				c = missNoEventUntimed
			case best < 0:
				c = missOther
			default:
				other := false
				for _, e := range cites {
					for _, l := range lines {
						if l.file != a || !slices.Contains(p.byLine[l], e) {
							continue
						}
						for _, h2 := range hapsOn[l] {
							if h2 == i {
								continue
							}
							// e tells h2: it cites h2 in another article, or is h2's best event.
							if b2, _ := bestEvent(gold[h2].lines(), p); b2 == e {
								other = true
							}
							for _, l2 := range p.events[e].lines {
								if l2.file != a && slices.Contains(hapsOn[l2], h2) && !slices.Contains(hapsOn[l2], i) {
									other = true
								}
							}
						}
					}
				}
				sameDay := slices.ContainsFunc(cites, func(e int) bool { return overlaps(&p.events[e], &p.events[best]) })
				if other && sameDay {
					c = missOtherHappeningSameDay
				} else if other {
					c = missOtherHappening
				} else if sameDay {
					c = missSameDay
				} else {
					c = missOtherDay
				}
			}
			m.n[c]++
			m.gain[c] += 1 / float64(len(arts))
			if debugScores() {
				var labels []string
				for _, e := range cites {
					labels = append(labels, eventLabel(p.events[e].ev))
				}
				bl := "none"
				if best >= 0 {
					bl = eventLabel(p.events[best].ev)
				}
				var text []string
				for _, mn := range h.Mentions {
					if mn.File == a {
						text = append(text, "«"+mn.Trigger+"»")
					}
				}
				for _, l := range lines {
					if l.file == a {
						text = append(text, fmt.Sprintf("%s %v: %s", l, hapsOn[l], st.lines[a][l.line]))
					}
				}
				pub := ""
				if d := st.docs[a]; d != nil {
					pub = d.Article.Published.String()
				}
				t.Logf("miss %s topic %s %s (h%d, gold %q) best %s cited by %v\n    published %s %v", strings.Fields(missClassNames[c])[0], topic, h.Descriptor, i, h.Date, bl, labels, pub, text)
			}
		}
	}
	return m
}

// logMisses logs the classes of the misses and the recall each would add.
// Every miss is in one class, so the gains add up to what the macro recall
// lacks of 1: a miss counted twice or lost fails the test.
func logMisses(t testing.TB, m missCounts, happenings int, recall float64) {
	t.Helper()
	total, gain := 0, 0.0
	for _, n := range m.n {
		total += n
	}
	for c := range m.n {
		gain += m.gain[c]
	}
	t.Logf("ECB+ misses: %d articles of multi-article happenings not in their best event", total)
	if d := ratio(gain, float64(happenings)) - (1 - recall); d > 1e-9 || d < -1e-9 {
		t.Errorf("ECB+ misses add %.4f of recall, want %.4f (1 - recall)", ratio(gain, float64(happenings)), 1-recall)
	}
	for c := range m.n {
		t.Logf("  %-55s %4d  recall +%.3f", missClassNames[c], m.n[c], ratio(m.gain[c], float64(happenings)))
	}
}
