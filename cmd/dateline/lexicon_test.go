package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconFlag: --lexicon adds a newsroom's lines to the built-in word
// lists (here the people of a place, which set two reports apart), and a
// malformed line is one error naming the file and the line.
func TestLexiconFlag(t *testing.T) {
	dir := t.TempDir()
	for name, who := range map[string]string{"a.md": "British", "b.md": "Ruritanian"} {
		text := "---\ntitle: Climber dies\ndate: 2013-09-15\n---\nA " + who +
			" climber died on Saturday after falling from a ridge in the national park.\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lex := filepath.Join(t.TempDir(), "lexicon.txt")
	os.WriteFile(lex, []byte("# our beat\ndemonyms Ruritania: Ruritanian Ruritanians\nblizzard: blizzard whiteout\n"), 0o644)
	for _, tc := range []struct {
		args   []string
		events int
	}{
		{nil, 1}, // a Ruritanian is nobody the built-in lists know
		{[]string{"--lexicon", lex}, 2},
	} {
		args := append([]string{"extract", "--now", "2013-09-20"}, tc.args...)
		code, stdout, stderr := runCmd(t, "", append(args, dir)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr)
		}
		if got := len(decode(t, stdout).Events); got != tc.events {
			t.Errorf("%v: %d events, want %d\n%s", tc.args, got, tc.events, stdout)
		}
	}
	os.WriteFile(lex, []byte("blizzard: blizzard whiteout\nRuritanian\n"), 0o644)
	code, stdout, stderr := runCmd(t, "", "extract", "--now", "2013-09-20", "--lexicon", lex, dir)
	if code == 0 || stdout != "" || !strings.Contains(stderr, lex+":2: ") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("a malformed lexicon: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
