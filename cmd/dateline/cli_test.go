package main

import (
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestHelpOnStdout is issue 10's "build --help prints to stderr while
// --help prints to stdout; help build prints the general help": every form
// of help is on stdout, exit 0, and `help CMD` is CMD's own help.
func TestHelpOnStdout(t *testing.T) {
	general := []string{"dateline extract", "dateline build", "Exit status"}
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, general},
		{[]string{"-h"}, general},
		{[]string{"help"}, general},
		{[]string{"help", "help"}, general},
		{[]string{"build", "--help"}, []string{"usage: dateline build", "-out", "-force", "-allow-empty", "-quiet", "-hugo-content"}},
		{[]string{"build", "-h"}, []string{"usage: dateline build", "-out"}},
		{[]string{"help", "build"}, []string{"usage: dateline build", "-out"}},
		{[]string{"help", "extract"}, []string{"usage: dateline extract", "-format"}},
		{[]string{"extract", "--help"}, []string{"usage: dateline extract", "-format"}},
		{[]string{"help", "tag"}, []string{"usage: dateline tag", "-dct", "-jsonl"}},
		{[]string{"tag", "-help"}, []string{"usage: dateline tag", "-dct"}},
		{[]string{"help", "serve"}, []string{"usage: dateline serve", "-addr"}},
		{[]string{"serve", "--help"}, []string{"usage: dateline serve", "-addr"}},
		{[]string{"help", "version"}, []string{"usage: dateline version"}},
	} {
		code, stdout, stderr := runCmd(t, "", c.args...)
		if code != 0 || stderr != "" {
			t.Errorf("dateline %q: exit %d, stderr %q", c.args, code, stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("dateline %q: stdout lacks %q:\n%s", c.args, w, stdout)
			}
		}
	}
	_, a, _ := runCmd(t, "", "help", "build")
	_, b, _ := runCmd(t, "", "build", "--help")
	if a != b {
		t.Error("help build and build --help differ")
	}
	// Mistakes are still errors: exit 2, one line on stderr, nothing on
	// stdout.
	for _, args := range [][]string{{"help", "nope"}, {"build", "--nope", "x"}, {"extract", "--format"}} {
		code, stdout, stderr := runCmd(t, "", args...)
		if code != exitUsage || stdout != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("dateline %q: exit %d, stdout %q, stderr %q; want exit 2 and one line on stderr", args, code, stdout, stderr)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, stdout, stderr := runCmd(t, "", args...)
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "dateline ") ||
			!strings.HasSuffix(stdout, " "+runtime.Version()+"\n") || strings.Count(stdout, "\n") != 1 {
			t.Errorf("dateline %q: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	defer func(v string) { version = v }(version)
	version = "v1.2.3"
	if _, stdout, _ := runCmd(t, "", "version"); !strings.HasPrefix(stdout, "dateline v1.2.3") {
		t.Errorf("with -X main.version=v1.2.3: %q", stdout)
	}
}

// TestProgress: the progress line shows on a terminal (here a stand-in,
// with the one-second delay set to zero, so no timing is involved), not
// when stderr is not a terminal, and not with --quiet. It is cleared at
// the end.
func TestProgress(t *testing.T) {
	in := articles(t, filepath.Join(t.TempDir(), "in"), 3)
	build := func(args ...string) string {
		t.Helper()
		out := filepath.Join(t.TempDir(), "site")
		code, _, stderr := runCmd(t, "", append([]string{"build", "--now", "2024-07-01", "--base-url", "https://news.example/t/", "--out", out}, append(args, in)...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		return stderr
	}
	defer func(d time.Duration, f func(io.Writer) bool) { progressDelay, isTerminal = d, f }(progressDelay, isTerminal)
	progressDelay = 0
	if s := build(); s != "" {
		t.Errorf("not a terminal: stderr %q, want nothing", s)
	}
	isTerminal = func(io.Writer) bool { return true }
	s := build()
	for _, want := range []string{"\rdateline: reading articles (", "\rdateline: rendering the site (", "\rdateline: writing ("} {
		if !strings.Contains(s, want) {
			t.Errorf("on a terminal: stderr %q lacks %q", s, want)
		}
	}
	if !strings.HasSuffix(s, "\r\033[K") {
		t.Errorf("the progress line is not cleared at the end: %q", s)
	}
	if s := build("--quiet"); s != "" {
		t.Errorf("--quiet: stderr %q, want nothing", s)
	}
}

// TestBaseURLWarning: a build without --base-url says what it lacks; with
// one it says nothing.
func TestBaseURLWarning(t *testing.T) {
	in := articles(t, filepath.Join(t.TempDir(), "in"), 3)
	for _, tc := range []struct {
		args []string
		warn bool
	}{{nil, true}, {[]string{"--base-url", "https://news.example/t/"}, false}} {
		out := filepath.Join(t.TempDir(), "site")
		code, _, stderr := runCmd(t, "", append(append([]string{"build", "--now", "2024-07-01", "--out", out}, tc.args...), in)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if got := strings.Contains(stderr, "no base URL (--base-url)"); got != tc.warn {
			t.Errorf("build %v: warning %v, want %v (stderr %q)", tc.args, got, tc.warn, stderr)
		}
	}
}
