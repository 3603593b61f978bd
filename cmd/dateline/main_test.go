package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/timeline"
)

// moduleRoot and shared locate the module and ../shared beside it.
func moduleRoot(t testing.TB) string { return testdir.Root(t) }

func shared(t testing.TB, name string) string { return testdir.Shared(t, name) }

// runCmd runs the command with args and returns its exit code and output.
func runCmd(t testing.TB, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func decode(t testing.TB, s string) timeline.Timeline {
	t.Helper()
	var tl timeline.Timeline
	if err := json.Unmarshal([]byte(s), &tl); err != nil {
		t.Fatalf("output is not timeline JSON: %v\n%s", err, s)
	}
	return tl
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"extract", "--format", "yaml", "x"}, {"extract"}, {"tag", "x"}} {
		code, _, stderr := runCmd(t, "", args...)
		if code != exitUsage {
			t.Errorf("dateline %q: exit %d, want %d", args, code, exitUsage)
		}
		if stderr == "" {
			t.Errorf("dateline %q: nothing on stderr", args)
		}
	}
	code, stdout, _ := runCmd(t, "", "help")
	if code != 0 || !strings.Contains(stdout, "dateline extract") {
		t.Errorf("help: exit %d, output %q", code, stdout)
	}
}

func TestTag(t *testing.T) {
	// Offsets are code points: the accented letters before the date must
	// not shift it.
	text := "Café talks in Zürich ended on Tuesday."
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	os.WriteFile(file, []byte(text), 0o644)
	code, stdout, stderr := runCmd(t, "", "tag", "--dct", "2024-03-14", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Timexes []jsonTimex `json:"timexes"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Timexes) != 1 {
		t.Fatalf("timexes = %+v, want one", got.Timexes)
	}
	tx := got.Timexes[0]
	runes := []rune(text)
	if string(runes[tx.Start:tx.End]) != tx.Text || tx.Text != "Tuesday" || tx.Value != "2024-03-12" || tx.Type != "DATE" {
		t.Errorf("timex = %+v, want Tuesday at code points 29..36 = 2024-03-12", tx)
	}
}

func TestTagJSONL(t *testing.T) {
	in := `{"doc":"a","dct":"2024-03-14","text":"They met on Tuesday.","extra":1}
not json
{"doc":"b","dct":"2023-09-13","text":"Nothing here."}
`
	code, stdout, stderr := runCmd(t, in, "tag", "--jsonl", "-")
	if code != exitSkipped {
		t.Errorf("exit %d, want %d for a bad line", code, exitSkipped)
	}
	if !strings.Contains(stderr, "-:2:") {
		t.Errorf("stderr %q does not name line 2", stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d output lines, want 2:\n%s", len(lines), stdout)
	}
	if !strings.Contains(lines[0], `"doc":"a"`) || !strings.Contains(lines[0], `"value":"2024-03-12"`) {
		t.Errorf("line 1 = %s", lines[0])
	}
	if lines[1] != `{"doc":"b","timexes":[]}` {
		t.Errorf("line 2 = %s", lines[1])
	}
}

// TestTagJSONLDCTForms reads the document times that corpora write: a
// date, a compact date, a time with and without a zone.
func TestTagJSONLDCTForms(t *testing.T) {
	var in strings.Builder
	for _, dct := range []string{"2024-03-14", "20240314", "2024-03-14T08:30:00", "2024-03-14T08:30:00-04:00", "2024-03-14T08:30:00.000Z"} {
		fmt.Fprintf(&in, "{\"doc\":%q,\"dct\":%q,\"text\":\"They met on Tuesday.\"}\n", dct, dct)
	}
	code, stdout, stderr := runCmd(t, in.String(), "tag", "--jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for i, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if !strings.Contains(line, `"value":"2024-03-12"`) {
			t.Errorf("line %d = %s, want Tuesday = 2024-03-12", i+1, line)
		}
	}
}

func TestExtractStdin(t *testing.T) {
	article := "---\ntitle: Council\ndate: 2024-02-14\n---\nThe harbour council met on Monday.\n"
	code, stdout, stderr := runCmd(t, article, "extract", "--now", "2024-03-01", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	tl := decode(t, stdout)
	if len(tl.Events) != 1 || tl.Events[0].Date.String() != "2024-02-12" {
		t.Errorf("events = %+v", tl.Events)
	}
}

func TestExampleCorpus(t *testing.T) {
	root := moduleRoot(t)
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCmd(t, "", "build", "--out", out, filepath.Join(root, "examples", "corpus"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "index.html") {
		t.Errorf("build does not say where the site is: %q", stdout)
	}
	for _, f := range []string{"index.html", "timeline.md", "timeline.json", "embed.html"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	b, _ := os.ReadFile(filepath.Join(out, "timeline.json"))
	tl := decode(t, string(b))
	if len(tl.Articles) < 8 {
		t.Errorf("%d articles, want the whole example corpus", len(tl.Articles))
	}
	merged, key := 0, 0
	for _, e := range tl.Events {
		if e.Key {
			key++
		}
		arts := map[string]bool{}
		for _, s := range e.Sources {
			arts[s.Article] = true
		}
		if len(arts) > 1 {
			merged++
		}
	}
	if merged < 3 || key < 3 {
		t.Errorf("the example site shows %d merged and %d key events, want at least 3 of each", merged, key)
	}
}

func TestDeterministicBuild(t *testing.T) {
	root := moduleRoot(t)
	corpus := filepath.Join(root, "examples", "corpus")
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, out := range []string{a, b} {
		if code, _, stderr := runCmd(t, "", "build", "--out", out, corpus); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	n := 0
	filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds of the same input", rel)
		}
		n++
		return nil
	})
	if n < 5 {
		t.Errorf("only %d files compared", n)
	}
}

func TestTagTimeML(t *testing.T) {
	doc := `<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">2024-03-14</TIMEX3></DCT>
<TEXT>
The harbour council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2024-03-12">Tuesday</TIMEX3> &amp; will meet again next month.
</TEXT>
</TimeML>
`
	file := filepath.Join(t.TempDir(), "a.tml")
	os.WriteFile(file, []byte(doc), 0o644)
	code, stdout, stderr := runCmd(t, "", "tag", "--format", "timeml", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`value="2024-03-14"`, `functionInDocument="CREATION_TIME"`, `value="2024-03-12"`, `>Tuesday</TIMEX3>`, `value="2024-04"`, `>next month</TIMEX3>`, `&amp;`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %s:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "<EVENT") {
		t.Errorf("gold markup left in the text:\n%s", stdout)
	}
}
