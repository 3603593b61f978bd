package timex_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/timeml"
	"github.com/dateline-news/dateline/timex"
)

// score holds TempEval-3 style counts: relaxed span match (overlap), then
// equal value.
type score struct {
	system, gold         int // DATE expressions
	correctSys, correctG int // system (gold) DATEs matched to a gold (system) DATE with the same value
	wrong                int // concrete system DATE values overlapping a gold DATE with another value
	// All types.
	allSys, allGold, allMatchSys, allMatchGold int
	typeOK, valueOK                            int
}

func overlap(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// add scores one document.
func (s *score) add(text string, gold []timeml.Timex, sys []timex.Timex, report func(string)) {
	ctx := func(a, b int) string {
		lo, hi := max(a-70, 0), min(b+40, len(text))
		return strings.ReplaceAll(text[lo:a]+"[["+text[a:b]+"]]"+text[b:hi], "\n", " ")
	}
	for _, x := range sys {
		s.allSys++
		matched := false
		for _, g := range gold {
			if overlap(x.Start, x.End, g.Start, g.End) {
				if !matched {
					s.allMatchSys++
					if x.Type == g.Type {
						s.typeOK++
					}
					if x.Value == g.Value {
						s.valueOK++
					}
				}
				matched = true
			}
		}
		if x.Type != "DATE" {
			continue
		}
		s.system++
		var hit *timeml.Timex
		right := false
		for k := range gold {
			g := &gold[k]
			if g.Type == "DATE" && overlap(x.Start, x.End, g.Start, g.End) {
				if hit == nil {
					hit = g
				}
				if g.Value == x.Value {
					right = true
				}
			}
		}
		switch {
		case right:
			s.correctSys++
			report(fmt.Sprintf("OK %q=%s  | %s", x.Text, x.Value, ctx(x.Start, x.End)))
		case hit != nil && hasDigit(x.Value):
			s.wrong++
			report(fmt.Sprintf("WRONG %q=%s gold %q=%s  | %s", x.Text, x.Value, hit.Text, hit.Value, ctx(x.Start, x.End)))
		case hit != nil:
			report(fmt.Sprintf("VAGUE %q=%s gold %q=%s", x.Text, x.Value, hit.Text, hit.Value))
		default:
			report(fmt.Sprintf("EXTRA %q=%s  | %s", x.Text, x.Value, ctx(x.Start, x.End)))
		}
	}
	for _, g := range gold {
		s.allGold++
		for _, x := range sys {
			if overlap(x.Start, x.End, g.Start, g.End) {
				s.allMatchGold++
				break
			}
		}
		if g.Type != "DATE" {
			continue
		}
		s.gold++
		found, any := false, false
		for _, x := range sys {
			if x.Type == "DATE" && overlap(x.Start, x.End, g.Start, g.End) {
				any = true
				if x.Value == g.Value {
					found = true
				}
			}
		}
		if found {
			s.correctG++
		} else if !any {
			other := ""
			for _, x := range sys {
				if overlap(x.Start, x.End, g.Start, g.End) {
					other = fmt.Sprintf(" (tagged %s %s %q)", x.Type, x.Value, x.Text)
				}
			}
			report(fmt.Sprintf("MISS %q=%s%s  | %s", g.Text, g.Value, other, ctx(g.Start, g.End)))
		}
	}
}

func prf(correctP, system, correctR, gold int) (p, r, f float64) {
	if system > 0 {
		p = 100 * float64(correctP) / float64(system)
	}
	if gold > 0 {
		r = 100 * float64(correctR) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestTimeBank scores the tagger on TimeBank with the document creation
// time as anchor. Set TIMEX_ERRORS=1 to log every miss and wrong value,
// TIMEX_ERRORS=all to log the right ones too.
func TestTimeBank(t *testing.T) {
	docs := readTimeBank(t)
	var s score
	verbose := os.Getenv("TIMEX_ERRORS") != ""
	var tg timex.Tagger
	for _, doc := range docs {
		tags := tg.Tag(doc.Text, doc.DCT)
		s.add(doc.Text, doc.Timexes, tags, func(msg string) {
			if verbose && (os.Getenv("TIMEX_ERRORS") == "all" || !strings.HasPrefix(msg, "OK ")) {
				t.Logf("%s (DCT %s): %s", doc.Name, doc.DCTValue, msg)
			}
		})
	}
	p, r, f := prf(s.correctSys, s.system, s.correctG, s.gold)
	t.Logf("DATE value: P %.1f R %.1f F1 %.1f (system %d, gold %d), wrong dates %d", p, r, f, s.system, s.gold, s.wrong)
	ap, ar, af := prf(s.allMatchSys, s.allSys, s.allMatchGold, s.allGold)
	t.Logf("all types, relaxed span: P %.1f R %.1f F1 %.1f (system %d, gold %d); of matched: type accuracy %.1f%%, value accuracy %.1f%%",
		ap, ar, af, s.allSys, s.allGold, 100*float64(s.typeOK)/float64(max(s.allMatchSys, 1)), 100*float64(s.valueOK)/float64(max(s.allMatchSys, 1)))
	// The test fails below the floor the tagger has reached, so a change
	// that makes it worse cannot land; raise the floor as it improves.
	// Issue 3's target (F1 >= 88, at most 50 wrong dates) is not met yet:
	// the log line below says how far off it is.
	if f < floorF1 {
		t.Errorf("DATE value F1 %.1f, want >= %.1f (the floor reached so far)", f, floorF1)
	}
	if s.wrong > floorWrong {
		t.Errorf("%d wrong dates, want <= %d (the floor reached so far)", s.wrong, floorWrong)
	}
	if f < targetF1 || s.wrong > targetWrong {
		t.Logf("issue 3 target not met: F1 %.1f (target %.0f), wrong dates %d (target %d)", f, targetF1, s.wrong, targetWrong)
	}
}

// The regression floor on TimeBank, and issue 3's target.
const (
	floorF1     = 87.1
	floorWrong  = 81
	targetF1    = 88.0
	targetWrong = 50
)
