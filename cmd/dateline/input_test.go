package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNowIsACalendarDay: --now names a calendar day in --tz. In London
// 2024-03-31 is 23 hours long (the clocks go forward), so 24 hours after
// its midnight is already 1 April: an article of 1 April was let through.
func TestNowIsACalendarDay(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "today.md"), []byte("---\ndate: 2024-03-31\n---\nThe council met on Friday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "tomorrow.md"), []byte("---\ndate: 2024-04-01\n---\nThe council met on Friday.\n"), 0o644)
	code, stdout, stderr := runCmd(t, "", "extract", "--tz", "Europe/London", "--now", "2024-03-31", dir)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d: %s", code, exitSkipped, stderr)
	}
	if !strings.Contains(stderr, "tomorrow.md:2:") || !strings.Contains(stderr, "future") {
		t.Errorf("stderr %q, want tomorrow.md refused as dated in the future", stderr)
	}
	if strings.Contains(stderr, "today.md") {
		t.Errorf("stderr %q: the article of today was refused", stderr)
	}
	if tl := decode(t, stdout); len(tl.Articles) != 1 || tl.Articles[0].Path != "today.md" {
		t.Errorf("articles = %+v, want today.md alone", tl.Articles)
	}
}

// TestNoteNamesFile: a note of -v names the article's file and the line of
// the expression, standard input included (it printed "-:").
func TestNoteNamesFile(t *testing.T) {
	in := "---\ndate: 2024-02-14\n---\nThe harbour council met on Monday.\n\n\"We spoke on Friday,\" a member said.\n"
	code, _, stderr := runCmd(t, in, "extract", "-v", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "note: standard input:6: \"Friday\"") {
		t.Errorf("stderr %q, want the note at standard input:6", stderr)
	}
	if strings.Contains(stderr, "note: -:") {
		t.Errorf("stderr %q: a note names no file", stderr)
	}
}

// TestTagJSONLLongLine: a line over 64 MiB (bufio.Scanner's limit, which
// stopped the whole run) is read like any other, and the lines after it too.
func TestTagJSONLLongLine(t *testing.T) {
	var in bytes.Buffer
	in.WriteString(`{"doc":1,"dct":"2024-06-18","text":"on Monday"`)
	in.Write(bytes.Repeat([]byte(" "), 64<<20+1)) // JSON white space
	in.WriteString("}\n")
	in.WriteString(`{"doc":2,"dct":"2024-06-18","text":"on Tuesday"}` + "\n")
	code, stdout, stderr := runCmd(t, in.String(), "tag", "--jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var docs []int
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var out struct {
			Doc     int         `json:"doc"`
			Timexes []jsonTimex `json:"timexes"`
		}
		if err := json.Unmarshal([]byte(l), &out); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if len(out.Timexes) != 1 {
			t.Errorf("doc %d: timexes %+v, want one", out.Doc, out.Timexes)
		}
		docs = append(docs, out.Doc)
	}
	if len(docs) != 2 || docs[0] != 1 || docs[1] != 2 {
		t.Errorf("docs %v, want [1 2]", docs)
	}
}

// TestArgumentOrder: two folders each with an index.md are both read, the
// same wire text from two outlets is credited to both, and the output is the
// same bytes whatever the order of the paths.
func TestArgumentOrder(t *testing.T) {
	dir := t.TempDir()
	wire := "The harbour council met Kim Jong Un on Monday in Vladivostok.\n"
	for name, body := range map[string]string{
		"post/index.md":   "---\ntitle: Council meets\ndate: 2024-02-14\noutlet: Harbour Post\n---\n" + wire,
		"ledger/index.md": "---\ntitle: Council meets\ndate: 2024-02-14\noutlet: Daily Ledger\n---\n" + wire,
	} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	a, b := filepath.Join(dir, "post"), filepath.Join(dir, "ledger")
	code1, out1, err1 := runCmd(t, "", "extract", a, b)
	code2, out2, err2 := runCmd(t, "", "extract", b, a)
	if code1 != 0 || code2 != 0 {
		t.Fatalf("exit %d, %d: %s %s", code1, code2, err1, err2)
	}
	if out1 != out2 {
		t.Errorf("the order of the paths changed the output:\n%s\n---\n%s", out1, out2)
	}
	tl := decode(t, out1)
	var paths []string
	for _, a := range tl.Articles {
		paths = append(paths, a.Path+" "+a.Outlet)
	}
	if strings.Join(paths, ",") != "ledger/index.md Daily Ledger,post/index.md Harbour Post" {
		t.Errorf("articles %q, want both index.md, each with its outlet", paths)
	}
}
