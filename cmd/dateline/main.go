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
		fmt.Fprint(stdout, usage())
		return exitOK
	default:
		fmt.Fprintf(stderr, "dateline: unknown command %q\n", args[0])
		fmt.Fprint(stderr, usage())
		return exitUsage
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
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

// newFlags makes a subcommand's flag set that reports to stderr.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("dateline "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage of dateline %s:\n", name)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses a flag set, mapping a flag error to errUsage (the flag
// package has already printed it).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
