package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProject checks dateline.yaml beside the articles: its settings
// apply, paths in it are relative to it, and flags given beat it.
func TestProject(t *testing.T) {
	dir := copyCorpus(t)
	os.Remove(filepath.Join(dir, projectName)) // the example's own
	writeFile(t, filepath.Join(dir, projectName), `# the desk's settings
title: Desk timeline
description: Russia and North Korea, as the desk follows them.
top: 3
theme: dark
editorial: desk/corrections.yaml
`)
	os.Mkdir(filepath.Join(dir, "desk"), 0o755)
	writeFile(t, filepath.Join(dir, "desk", "corrections.yaml"), "# nothing yet\n")
	code, stdout, _ := runCmd(t, "", "extract", "--ids", dir)
	if code != 0 {
		t.Fatalf("extract --ids: exit %d", code)
	}
	first := strings.SplitN(stdout, "\t", 2)[0]
	writeFile(t, filepath.Join(dir, "desk", "corrections.yaml"), "events:\n  "+first+":\n    title: Corrected by the desk\n")

	out := filepath.Join(t.TempDir(), "public")
	code, _, stderr := runCmd(t, "", "build", "--quiet", "--out", out, dir)
	if code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	tl := readJSON(t, filepath.Join(out, "timeline.json"))
	if len(tl.Events) != 3 {
		t.Errorf("top: 3 in dateline.yaml gave %d events", len(tl.Events))
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	for _, want := range []string{"<title>Desk timeline</title>", "as the desk follows them"} {
		if !strings.Contains(string(index), want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	if embed, _ := os.ReadFile(filepath.Join(out, "embed.html")); !strings.Contains(string(embed), "dl-dark") {
		t.Error("theme: dark in dateline.yaml did not reach embed.html")
	}
	// The editorial file named by the project, relative to it, applies
	// (to extract too, before --top cuts).
	code, stdout, _ = runCmd(t, "", "extract", "--top", "0", "--ids", dir)
	if code != 0 || !strings.Contains(stdout, first+"\t") || !strings.Contains(stdout, "\tCorrected by the desk\n") {
		t.Errorf("extract with the project's editorial file: exit %d\n%s", code, stdout)
	}

	// Flags beat the file.
	code, _, stderr = runCmd(t, "", "build", "--quiet", "--out", out, "--title", "Flag title", "--top", "0", dir)
	if code != 0 {
		t.Fatalf("build with flags: exit %d\n%s", code, stderr)
	}
	index, _ = os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(index), "<title>Flag title</title>") {
		t.Error("--title did not beat dateline.yaml's title")
	}
	if tl := readJSON(t, filepath.Join(out, "timeline.json")); len(tl.Events) <= 3 {
		t.Errorf("--top 0 did not beat dateline.yaml's top: %d events", len(tl.Events))
	}

	// --project names a file elsewhere, and replaces the one beside the
	// articles.
	other := filepath.Join(t.TempDir(), "other.yaml")
	writeFile(t, other, "title: Other project\n")
	code, _, stderr = runCmd(t, "", "build", "--quiet", "--out", out, "--project", other, dir)
	if code != 0 {
		t.Fatalf("build --project: exit %d\n%s", code, stderr)
	}
	index, _ = os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(index), "<title>Other project</title>") {
		t.Error("--project's title not used")
	}
	if tl := readJSON(t, filepath.Join(out, "timeline.json")); len(tl.Events) <= 3 {
		t.Error("--project still read dateline.yaml beside the articles (top: 3)")
	}
}

// TestProjectErrors checks that a bad project file fails with one line,
// file:line: reason, and exit 1, before anything is written.
func TestProjectErrors(t *testing.T) {
	dir := copyCorpus(t)
	out := filepath.Join(t.TempDir(), "public")
	for _, tc := range []struct{ name, file, want string }{
		{"unknown key", "title: T\noutput: site/\n", `dateline.yaml:2: unknown key "output" (want title,`},
		{"bad top", "top: ten\n", `dateline.yaml:1: top: want a whole number, 0 or more, not "ten"`},
		{"bad from", "from: last June\n", `dateline.yaml:1: from: want a date such as 2024, 2024-06 or 2024-06-18, not "last June"`},
		{"bad theme", "\n\ntheme: pink\n", `dateline.yaml:3: theme: want light, dark or auto, not "pink"`},
		{"list", "title: [a, b]\n", `dateline.yaml:1: title: want a single value`},
		{"not a mapping", "- title\n", `dateline.yaml:1: want a mapping of settings`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			writeFile(t, filepath.Join(dir, projectName), tc.file)
			for _, args := range [][]string{{"build", "--out", out, dir}, {"extract", dir}} {
				code, stdout, stderr := runCmd(t, "", args...)
				if code != exitError || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 || stdout != "" {
					t.Errorf("%s: exit %d, stderr %q, stdout %d bytes; want exit 1 and one line with %q", args[0], code, stderr, len(stdout), tc.want)
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("the build wrote %s", out)
			}
		})
	}
	code, _, stderr := runCmd(t, "", "extract", "--project", filepath.Join(dir, "missing.yaml"), dir)
	if code != exitError || !strings.Contains(stderr, "missing.yaml: no such file") {
		t.Errorf("missing --project: exit %d, %q", code, stderr)
	}
}
