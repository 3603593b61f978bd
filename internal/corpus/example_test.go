package corpus_test

import (
	"fmt"
	"strings"

	"github.com/dateline-news/dateline/internal/corpus"
)

func ExampleReadFrom() {
	article := `---
title: Talks at the port
date: 2019-04-25
---
# Talks at the port

The leaders met on *Thursday*,
an aide said. ![photo](p.jpg)
`
	d, err := corpus.ReadFrom("port.md", strings.NewReader(article), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Article.Title, d.Article.Published)
	fmt.Print(d.Text)
	fmt.Println("\"an aide\" is on line", d.Line(strings.Index(d.Text, "an aide")))

	_, err = corpus.ReadFrom("undated.md", strings.NewReader("---\ndate: someday\n---\nText.\n"), corpus.Options{})
	fmt.Println(err)
	// Output:
	// Talks at the port 2019-04-25
	// Talks at the port
	// The leaders met on Thursday, an aide said.
	// "an aide" is on line 8
	// undated.md:2: unreadable publication date: "someday": no known date format
}
