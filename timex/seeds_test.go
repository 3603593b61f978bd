package timex_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// seedDates reads file -> publication date from the seeds' sources.yaml
// (a flat list of "- file:" / "published:" entries).
func seedDates(t *testing.T, dir string) map[string]time.Time {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "sources.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dates := map[string]time.Time{}
	var file string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sc.Text()), "- "))
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.TrimSpace(k) {
		case "file":
			file = v
		case "published":
			d, err := time.Parse("2006-01-02", v)
			if err != nil {
				t.Fatalf("sources.yaml: %s: %v", file, err)
			}
			dates[file] = d
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return dates
}

// seedWant is what one expression of a seed must give: the n-th occurrence
// (0: every occurrence) of text must be tagged with typ and value, or, when
// typ is "", must not be part of any expression. value "PAST_REF|" accepts
// PAST_REF or no tag at all.
type seedWant struct {
	text  string
	nth   int
	typ   string
	value string
	span  string // the tag's text when it differs from text
}

// TestSeeds tags the five seed articles with their publication dates and
// checks the values the timeline needs (issue 3), and that nothing else
// gives a concrete date.
func TestSeeds(t *testing.T) {
	dir := sharedDir(t, "seeds")
	dates := seedDates(t, dir)
	cases := map[string][]seedWant{
		"000": {
			{text: "said on Tuesday", typ: "DATE", value: "2024-06-18", span: "Tuesday"},
			{text: "On Tuesday", typ: "DATE", value: "2024-06-18", span: "Tuesday"},
			{text: "24 years", typ: "DURATION", value: "P24Y"},
			{text: "next month's", typ: "DATE", value: "2024-07", span: "next month"},
			{text: "On Monday", typ: "DATE", value: "2024-06-17", span: "Monday"},
			{text: "in May", typ: "DATE", value: "2024-05", span: "May"},
			{text: "Last week", typ: "DATE", value: "2024-W24"},
			{text: "Russia may to", typ: ""},
			{text: "that may support", typ: ""},
			{text: "doing today", typ: "DATE", value: "PRESENT_REF", span: "today"},
		},
		"001": {
			{text: "Wednesday", typ: "DATE", value: "2023-09-13"},
			{text: "Tuesday", typ: "DATE", value: "2023-09-12"},
			{text: "April 25, 2019", typ: "DATE", value: "2019-04-25"},
			{text: "four years", typ: "DURATION", value: "P4Y"},
			{text: "400 miles", typ: ""},
		},
		"002": {
			{text: "November 8, 2023", typ: "DATE", value: "2023-11-08"},
			{text: "Thursday", typ: "DATE", value: "2023-11-09"},
			{text: "in September", typ: "DATE", value: "2023-09", span: "September"},
			{text: "last month", typ: "DATE", value: "2023-10"},
			{text: "in recent weeks", typ: "DATE", value: "PAST_REF|", span: "recent weeks"},
			{text: "Route 6", typ: ""},
		},
		"003": {
			{text: "Wednesday", typ: "DATE", value: "2023-09-13"},
			{text: "Thursday", typ: "DATE", value: "2023-09-14"},
			{text: "18 months", typ: "DURATION", value: "P18M"},
		},
		"004": {
			{text: "concern Tuesday", typ: "DATE", value: "2024-06-18", span: "Tuesday"},
			{text: "early Wednesday", typ: "DATE", value: "2024-06-19"},
			{text: "on Monday", typ: "DATE", value: "2024-06-17", span: "Monday"},
			{text: "24 years", typ: "DURATION", value: "P24Y"},
			{text: "two-day", typ: "DURATION", value: "P2D"},
			{text: "in 2000", typ: "DATE", value: "2000", span: "2000"},
			{text: "last September", typ: "DATE", value: "2023-09"},
			{text: "from Tuesday", typ: "DATE", value: "2024-06-18", span: "Tuesday"},
		},
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 5 {
		t.Fatalf("%d seed articles, want 5", len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name[:3], func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			dct, ok := dates[name]
			if !ok {
				t.Fatalf("no publication date for %s", name)
			}
			tags := timex.Tag(text, dct)
			allowed := map[int]bool{} // tags the checks account for
			for _, w := range cases[name[:3]] {
				occ := occurrences(text, w.text)
				if len(occ) == 0 {
					t.Fatalf("%q not in the article", w.text)
				}
				for n, at := range occ {
					if w.nth > 0 && n+1 != w.nth {
						continue
					}
					span := w.text
					if w.span != "" {
						span = w.span
					}
					s := at + strings.Index(w.text, span)
					e := s + len(span)
					k := covering(tags, s, e)
					switch {
					case w.typ == "":
						if k >= 0 {
							t.Errorf("%q at %d: tagged %+v, want no tag", w.text, at, tags[k])
						}
					case w.value == "PAST_REF|":
						if k >= 0 && tags[k].Value != "PAST_REF" {
							t.Errorf("%q: got %s, want PAST_REF or no tag", w.text, tags[k].Value)
						}
						allowed[k] = true
					case k < 0:
						t.Errorf("%q at %d: not tagged, want %s %s", w.text, at, w.typ, w.value)
					default:
						got := tags[k]
						allowed[k] = true
						if got.Type != w.typ || got.Value != w.value || got.Text != span && !strings.Contains(got.Text, span) {
							t.Errorf("%q at %d: got %s %s %q, want %s %s %q", w.text, at, got.Type, got.Value, got.Text, w.typ, w.value, span)
						}
					}
				}
			}
			for k, x := range tags {
				if x.Type == "DATE" && strings.ContainsAny(x.Value, "0123456789") && !allowed[k] {
					t.Errorf("unexpected concrete date %q = %s at %d", x.Text, x.Value, x.Start)
				}
			}
		})
	}
}

// occurrences gives the offsets of every occurrence of sub in s.
func occurrences(s, sub string) []int {
	var at []int
	for i := 0; ; {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return at
		}
		at = append(at, i+k)
		i += k + len(sub)
	}
}

// covering gives the index of the tag that overlaps [s, e), or -1.
func covering(tags []timex.Timex, s, e int) int {
	for k, x := range tags {
		if x.Start < e && s < x.End {
			return k
		}
	}
	return -1
}
