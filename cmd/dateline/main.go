package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

//go:embed doc.go
var docSource string

// usage is the package comment of doc.go, as plain text.
func usage() string {
	s := docSource
	if i := strings.Index(s, "/*\n"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.Index(s, "*/"); i >= 0 {
		s = s[:i]
	}
	return s
}

// Exit codes.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitSkipped = 3
)

// errUsage marks errors that are the user's invocation, answered with exit 2.
var errUsage = errors.New("usage")

// errSkipped marks a run that wrote its output but skipped some input.
var errSkipped = errors.New("some input was skipped")

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage())
		return exitUsage
	}
	var err error
	switch args[0] {
	case "extract":
		err = runExtract(args[1:], stdin, stdout, stderr)
	case "build":
		err = runBuild(args[1:], stdin, stdout, stderr)
	case "tag":
		err = runTag(args[1:], stdin, stdout, stderr)
	case "serve":
		err = runServe(args[1:], stdin, stdout, stderr)
	case "help", "-h", "--help", "-help":
		if len(args) > 1 && args[0] == "help" {
			switch args[1] {
			case "version":
				fmt.Fprint(stdout, "usage: dateline version\n\nPrints dateline's version and the Go release it was built with.\n")
				return exitOK
			case "help":
			default:
				if _, ok := commandHelp[args[1]]; !ok {
					fmt.Fprintf(stderr, "dateline: help: unknown command %q (commands: build, extract, serve, tag, version)\n", args[1])
					return exitUsage
				}
				return run([]string{args[1], "--help"}, stdin, stdout, stderr)
			}
		}
		fmt.Fprint(stdout, usage())
		return exitOK
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "dateline %s\n", versionString())
		return exitOK
	default:
		fmt.Fprintf(stderr, "dateline: unknown command %q\n", args[0])
		fmt.Fprint(stderr, usage())
		return exitUsage
	}
	var help *helpRequest
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &help):
		help.print(stdout)
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return exitUsage
	case errors.Is(err, errSkipped):
		return exitSkipped
	}
	fmt.Fprintf(stderr, "dateline: %v\n", err)
	return exitError
}

// newFlags makes a subcommand's flag set. It prints nothing itself: parse
// turns a flag error into one line on stderr, and -h or --help into the
// command's help on stdout. (stderr is kept for the callers' sake.)
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("dateline "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses a flag set, mapping a flag error to errUsage and -h or
// --help to a *helpRequest.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return &helpRequest{fs}
		}
		name := strings.TrimPrefix(fs.Name(), "dateline ")
		return fmt.Errorf("%w: %s: %v (dateline help %s lists the flags)", errUsage, name, err, name)
	}
	return nil
}

// helpRequest is a command's -h or --help: its help goes to stdout.
type helpRequest struct{ fs *flag.FlagSet }

func (h *helpRequest) Error() string { return "help requested" }
func (h *helpRequest) Unwrap() error { return flag.ErrHelp }

func (h *helpRequest) print(w io.Writer) {
	name := strings.TrimPrefix(h.fs.Name(), "dateline ")
	fmt.Fprint(w, commandHelp[name])
	fmt.Fprint(w, "\nFlags:\n")
	h.fs.SetOutput(w)
	h.fs.PrintDefaults()
	h.fs.SetOutput(io.Discard)
}

// commandHelp is the help of each command, before its flags.
var commandHelp = map[string]string{
	"extract": `usage: dateline extract [flags] PATH...

Prints the merged timeline of the articles under each PATH (a file, a folder
read recursively, or - for standard input) as JSON or Markdown.
`,
	"build": `usage: dateline build [flags] PATH...

Writes the timeline site of the articles under each PATH into --out (public/
by default, or nowhere when --hugo or --hugo-content is given and --out is
not). The folder must be missing, empty, or an earlier build's (it holds
.dateline-output); it is replaced in one atomic step. --hugo and
--hugo-content write only the files dateline owns (listed in
.dateline-manifest) and leave every other file, and the site's config, alone.
A build that read no article, or fewer than half as many as the last one,
keeps the published output and exits 1 unless --allow-empty.
`,
	"tag": `usage: dateline tag --dct YYYY-MM-DD FILE|-
       dateline tag --jsonl FILE|-
       dateline tag --format timeml FILE.tml

Prints the time expressions of one text as JSON, resolved against --dct;
with --jsonl, one output line per input line {"doc","dct","text"}; with
--format timeml, the TimeML document back with dateline's TIMEX3 tags.
`,
	"serve": `usage: dateline serve [flags] PATH...

Builds the site in memory, serves it on localhost and rebuilds it when an
article changes. Nothing is written to disk.
`,
}
