// Command archive writes a generated newsroom archive (package
// internal/archive) into a folder, for trying dateline on many articles:
//
//	go run ./internal/archive/cmd/archive -n 10000 -seed 1 /tmp/archive
//	dateline build --out /tmp/site /tmp/archive
//
// The same -n and -seed write the same files.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dateline-news/dateline/internal/archive"
)

func main() {
	n := flag.Int("n", 1000, "how many `articles` to write")
	seed := flag.Uint64("seed", 1, "the archive's `seed`: the same n and seed write the same files")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: archive [-n N] [-seed S] FOLDER\n\nWrites N generated Markdown articles into FOLDER (missing or empty).\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "archive: %s is not empty\n", dir)
		os.Exit(1)
	}
	if err := archive.Generate(dir, *n, *seed); err != nil {
		fmt.Fprintf(os.Stderr, "archive: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("archive: wrote %d articles to %s\n", *n, dir)
}
