package timex_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestSemEvalDays measures the tagger on news it was not tuned on: the 30
// Wikinews articles of SemEval 2015 task 4 (../shared/corpora/
// semeval2015-apple), whose gold timeline dates events to the day. For
// each gold event dated to a day and each of its mentions, the sentence of
// the mention is tagged; where the tagger gives that sentence one or more
// day dates, the mention agrees if one of them is the gold date, and is
// wrong otherwise. A wrong one is an error of the tagger, or an event the
// sentence does not date by its expression ("Since its launch the store
// has sold ..."), which reading tells; -v lists them. The floor keeps what
// is reached: a change may not lower the agreeing nor raise the wrong.
func TestSemEvalDays(t *testing.T) {
	dir := sharedDir(t, "corpora/semeval2015-apple")
	arts := map[string]semArticle{} // by document id
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var tg timex.Tagger
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id, _, _ := strings.Cut(filepath.Base(f), "_")
		arts[id] = readSemArticle(t, &tg, string(b))
	}
	b, err := os.ReadFile(filepath.Join(dir, "gold_timeline_detailed.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold []struct {
		Date     string   `json:"date"`
		Mentions []string `json:"mentions"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	agree, wrong, none := 0, 0, 0
	seen := map[string]bool{}
	var wrongs []string
	for _, g := range gold {
		if len(g.Date) != len("2006-01-02") {
			continue // a year or month
		}
		for _, m := range g.Mentions {
			parts := strings.SplitN(m, "-", 3)
			if len(parts) < 3 {
				continue
			}
			key := parts[0] + "-" + parts[1] + " " + g.Date
			if seen[key] {
				continue // one sentence, one gold date: counted once
			}
			seen[key] = true
			a, ok := arts[parts[0]]
			var n int
			if _, err := fmt.Sscan(parts[1], &n); err != nil || !ok || n < 1 || n > len(a.lines) {
				continue
			}
			days := a.days[n-1]
			switch {
			case len(days) == 0:
				none++
			case contains(days, g.Date):
				agree++
			default:
				wrong++
				wrongs = append(wrongs, fmt.Sprintf("%s (DCT %s) gold %s, tagged %s: %s", key[:strings.IndexByte(key, ' ')], a.dct, g.Date, strings.Join(days, " "), a.lines[n-1]))
			}
		}
	}
	sort.Strings(wrongs)
	for _, w := range wrongs {
		t.Log("wrong: " + w)
	}
	t.Logf("SemEval day dates on gold-dated mentions: %d agree, %d wrong, %d sentences with no day date", agree, wrong, none)
	const floorAgree, ceilWrong = 15, 4
	if agree < floorAgree || wrong > ceilWrong {
		t.Errorf("SemEval days: %d agree (floor %d), %d wrong (ceiling %d)", agree, floorAgree, wrong, ceilWrong)
	}
}

// semArticle is a SemEval article: its DCT (its first line), its
// sentences (the lines that are not blank, the first being the DCT's,
// numbered from 1 as the gold's mentions number them) and the day dates
// the tagger gives in each.
type semArticle struct {
	dct   string
	lines []string
	days  [][]string
}

func readSemArticle(t *testing.T, tg *timex.Tagger, text string) semArticle {
	first, _, _ := strings.Cut(text, "\n")
	dct, err := time.Parse("January 2, 2006", strings.TrimSpace(first))
	if err != nil {
		t.Fatalf("the first line %q is no date: %v", first, err)
	}
	var a semArticle
	a.dct = dct.Format("2006-01-02 Mon")
	var starts, ends []int
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if s := strings.TrimSpace(line); s != "" {
			a.lines = append(a.lines, s)
			starts, ends = append(starts, off), append(ends, off+len(line))
		}
		off += len(line)
	}
	a.days = make([][]string, len(a.lines))
	for _, x := range tg.Tag(text, dct) {
		d, ok := x.Val.Date()
		if !ok || x.Val.Grain != timex.GrainDay {
			continue
		}
		for k := range a.lines {
			if x.Start >= starts[k] && x.Start < ends[k] {
				a.days[k] = append(a.days[k], d.String())
			}
		}
	}
	return a
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
