package extract_test

// Dates of a timeline cut to N entries against the dates of a gold timeline
// (issue 13: journalists' timelines are scored by date F1 with --top cut to
// their length, against a baseline that counts the articles mentioning each
// date). Here the gold timelines are the ECB+/ESC topics' and SemEval's.

import (
	"cmp"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// floorTopDates is the mean date F1 of --top below which the test fails,
// set under what dateline scores today: 0.934 (0.919 before the days of the
// articles' headline news came first, session 21; 0.832 before further
// sentences and days of own news counted in salience; 0.786 before days
// counted at all), the baseline 0.887. The bar is to stay above the
// baseline too.
const floorTopDates = 0.925

// goldDays reads a gold_timeline.json: the distinct days it gives.
func goldDays(t *testing.T, file string) []timeline.Date {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var entries []struct{ Date string }
	if err := json.Unmarshal(b, &entries); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var days []timeline.Date
	for _, e := range entries {
		if d, err := timeline.ParseDate(e.Date); err == nil && d.Gran == timeline.Day && !slices.Contains(days, d) {
			days = append(days, d)
		}
	}
	slices.SortFunc(days, timeline.Date.Compare)
	return days
}

// dateF1 is the F1 of the days of got against want.
func dateF1(got, want []timeline.Date) float64 {
	hit := 0
	for _, d := range got {
		if slices.Contains(want, d) {
			hit++
		}
	}
	if hit == 0 {
		return 0
	}
	return 2 * float64(hit) / float64(len(got)+len(want))
}

// topDays are the days of the events --top N keeps within [from, to].
func topDays(tl *timeline.Timeline, n int, from, to timeline.Date) []timeline.Date {
	c := *tl
	c.Events = slices.Clone(tl.Events)
	extract.Select(&c, extract.Selection{Top: n, From: from, To: to})
	var out []timeline.Date
	for _, e := range c.Events {
		if !slices.Contains(out, e.Date) {
			out = append(out, e.Date)
		}
	}
	return out
}

// countDays is the baseline: the n days within [from, to] that most
// articles mention, by the tagger's reading of each article.
func countDays(st *story, n int, from, to timeline.Date) []timeline.Date {
	count := map[timeline.Date]int{}
	var tg timex.Tagger
	for _, d := range st.docs {
		seen := map[timeline.Date]bool{}
		for _, x := range tg.Tag(d.Text, d.Article.Published.First()) {
			day, ok := x.Val.Date()
			if !ok || day.Gran != timeline.Day || seen[day] || day.Before(from) || to.Before(day) {
				continue
			}
			seen[day] = true
			count[day]++
		}
	}
	var days []timeline.Date
	for d := range count {
		days = append(days, d)
	}
	slices.SortFunc(days, func(a, b timeline.Date) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), a.Compare(b))
	})
	return days[:min(n, len(days))]
}

func TestTopDates(t *testing.T) {
	type story1 struct{ name, articles, gold string }
	var stories []story1
	root := testdir.Shared(t, "corpora/ecbplus-esc/topics")
	for _, topic := range ecbTopics(t, root) {
		stories = append(stories, story1{"ECB+ " + topic, filepath.Join(root, topic, "articles"), filepath.Join(root, topic, "gold_timeline.json")})
	}
	sem := testdir.Shared(t, "corpora/semeval2015-apple")
	stories = append(stories, story1{"SemEval", filepath.Join(sem, "articles"), filepath.Join(sem, "gold_timeline.json")})
	var ours, base float64
	for _, s := range stories {
		gold := goldDays(t, s.gold)
		if len(gold) == 0 {
			continue
		}
		st := readStory(t, s.articles)
		from, to := gold[0], gold[len(gold)-1]
		o := dateF1(topDays(st.tl, len(gold), from, to), gold)
		b := dateF1(countDays(st, len(gold), from, to), gold)
		t.Logf("%-10s %3d gold days: --top F1 %.2f, date-count baseline %.2f", s.name, len(gold), o, b)
		ours += o
		base += b
	}
	ours /= float64(len(stories))
	base /= float64(len(stories))
	t.Logf("mean date F1 over %d stories: --top %.3f, date-count baseline %.3f", len(stories), ours, base)
	if ours < floorTopDates {
		t.Errorf("mean date F1 of --top %.3f, below the floor %.2f", ours, floorTopDates)
	}
	if ours <= base {
		t.Errorf("mean date F1 of --top %.3f, not above the date-count baseline %.3f", ours, base)
	}
}

// Floors of TestKeyMoments, under what dateline scores today: 0.93 of the
// gold days have a key event, 0.76 of the key events fall on a gold day.
const (
	floorKeyMoments = 0.96
	floorKeyOnGold  = 0.73
)

// TestKeyMoments: the bar for key events (80% of a story's key
// moments marked key, at least half of the key events being key moments),
// with the days of the ECB+/ESC gold timelines as the key moments: a gold
// day is marked key when a key event has that date; a key event is a key
// moment when its date is a gold day.
func TestKeyMoments(t *testing.T) {
	root := testdir.Shared(t, "corpora/ecbplus-esc/topics")
	days, marked, keys, onGold := 0, 0, 0, 0
	for _, topic := range ecbTopics(t, root) {
		gold := goldDays(t, filepath.Join(root, topic, "gold_timeline.json"))
		st := readStory(t, filepath.Join(root, topic, "articles"))
		var keyDates []timeline.Date
		for _, e := range st.tl.Events {
			if e.Key {
				keyDates = append(keyDates, e.Date)
				if slices.Contains(gold, e.Date) {
					onGold++
				}
			}
		}
		keys += len(keyDates)
		days += len(gold)
		for _, d := range gold {
			if slices.Contains(keyDates, d) {
				marked++
			}
		}
	}
	m, k := float64(marked)/float64(days), float64(onGold)/float64(keys)
	t.Logf("ECB+ key moments: %d of %d gold days marked key (%.2f); %d of %d key events on a gold day (%.2f)", marked, days, m, onGold, keys, k)
	if m < floorKeyMoments || k < floorKeyOnGold {
		t.Errorf("key moments %.2f (floor %.2f), key events on gold days %.2f (floor %.2f)", m, floorKeyMoments, k, floorKeyOnGold)
	}
}
