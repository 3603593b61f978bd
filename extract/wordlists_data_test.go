package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The data files of wordlists.go are read whole: every line is understood
// or the reader names the file and line it did not understand.
func TestWordListsDataParses(t *testing.T) {
	words, needs, err := readKinds("data/kinds.txt", kindsData)
	if err != nil {
		t.Fatal(err)
	}
	for k := kindOther + 1; int(k) < len(kindNouns); k++ {
		n := 0
		for _, kw := range words {
			if kw.k == k {
				n++
			}
		}
		if n == 0 {
			t.Errorf("data/kinds.txt: no words for %s", kindNouns[k])
		}
	}
	if len(needs[kindLaunch]) == 0 {
		t.Error("data/kinds.txt: a launch needs no object")
	}
	lists, err := readWordLists("data/words.txt", wordsData)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range wordListNames {
		for _, w := range lists[l] {
			if w != strings.ToLower(w) {
				t.Errorf("data/words.txt: %s: %q is compared lower-case", l, w)
			}
		}
	}
	noise, err := readLines("data/noise.txt", noiseData)
	if err != nil {
		t.Fatal(err)
	}
	if len(noise) == 0 {
		t.Error("data/noise.txt: no lines")
	}
	// "and" never cuts a sentence, and "to" is read by ownNews on its own.
	if set(lists["subordinators"])["and"] {
		t.Error(`data/words.txt: "and" is no subordinator: it would cut every sentence at ", and"`)
	}
	if set(lists["future-markers"])["to"] {
		t.Error(`data/words.txt: "to" looks ahead only before a word of future-after-to`)
	}
}

// A line the readers do not understand fails, naming the file and line.
func TestWordListsDataMalformed(t *testing.T) {
	for _, c := range []struct {
		file, data, want string
		read             func(file, data string) error
	}{
		{"kinds.txt", "# x\nmeeting verbs: met\nparty verbs: danced\n", "kinds.txt:3:", readKindsErr},
		{"kinds.txt", "event verbs: happened\n", "kinds.txt:1:", readKindsErr},
		{"kinds.txt", "meeting adverbs: together\n", "kinds.txt:1:", readKindsErr},
		{"kinds.txt", "meeting verbs met\n", "kinds.txt:1:", readKindsErr},
		{"kinds.txt", "meeting\n", "kinds.txt:1:", readKindsErr},
		{"kinds.txt", "meeting verbs:\n", "kinds.txt:1:", readKindsErr},
		{"kinds.txt", "meeting verbs: met\n\nvisit nouns: met\n", "kinds.txt:3:", readKindsErr},
		{"kinds.txt", "meeting verbs: Met\n", "kinds.txt:1:", readKindsErr},
		{"kinds.txt", "launch needs: rocket rocket\n", "kinds.txt:1:", readKindsErr},
		{"words.txt", "subordinators: as\nunknown: x\n", "words.txt:2:", readWordListsErr},
		{"words.txt", "subordinators as while\n", "words.txt:1:", readWordListsErr},
		{"words.txt", "# x\n\nsubordinators:\n", "words.txt:3:", readWordListsErr},
		{"words.txt", "subordinators: as\nsubordinators: while as\n", "words.txt:2:", readWordListsErr},
		{"words.txt", "subordinators: as\n", "words.txt: no reporting list", readWordListsErr},
		{"noise.txt", "read more\nRead More\n", "noise.txt:2:", readLinesErr},
		{"noise.txt", "read more\nread  more:\n", "noise.txt:2:", readLinesErr},
		{"noise.txt", "read more\n\nread more\n", "noise.txt:3:", readLinesErr},
	} {
		err := c.read(c.file, c.data)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error at %s", c.data, err, c.want)
		}
	}
}

func readKindsErr(file, data string) error {
	_, _, err := readKinds(file, data)
	return err
}

func readWordListsErr(file, data string) error {
	_, err := readWordLists(file, data)
	return err
}

func readLinesErr(file, data string) error {
	_, err := readLines(file, data)
	return err
}

// schemaNames are the string tables, and the readers of the data files,
// that name the parts of the data files and of timeline.json, not words of
// news copy.
var schemaNames = map[string]bool{
	"kindNouns":     true, // events.go: the kinds data/kinds.txt names
	"nameLists":     true, // actors.go: the lists of data/names.txt
	"wordListNames": true, // wordlists.go: the lists of data/words.txt
	"basisOrder":    true, // merge.go: the bases of timeline.json
	"readAliases":   true, // actors.go: the sections of data/aliases.txt
	"readKinds":     true, // wordlists.go: verbs, nouns, needs of data/kinds.txt
}

// No word lists in code: no Go file of the package holds a map, slice or
// array literal of three or more words, a case of three or more words, or
// a chain of three or more comparisons with words. Word lists live in
// extract/data.
func TestNoWordListsInCode(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range wordListsIn(f) {
			t.Errorf("%s: a word list in code: keep it in extract/data", fset.Position(p))
		}
	}
	// The guard finds what it guards against.
	src := `package p
var m = map[string]bool{"as": true, "while": true, "when": true}
var s = []string{"missile", "rocket", "satellite"}
func f(w string) bool {
	switch w {
	case "in", "on", "at":
		return true
	}
	if w != "came" && w != "comes" && w != "come" {
		return false
	}
	return w == "he" || w == "she" || w == "they"
}
var punctuation = []string{" ,", " .", " ;"}
var kindNouns = []string{"event", "statement", "meeting"}
`
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := wordListsIn(f); len(got) != 5 {
		t.Errorf("the guard found %d word lists in its example, want 5", len(got))
	}
}

// wordListsIn returns where f holds a word list (see TestNoWordListsInCode),
// leaving out the tables and readers of schemaNames.
func wordListsIn(f *ast.File) []token.Pos {
	var out []token.Pos
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			return !schemaNames[x.Name.Name]
		case *ast.ValueSpec:
			for _, name := range x.Names {
				if schemaNames[name.Name] {
					return false
				}
			}
		case *ast.CompositeLit:
			if wordLits(x.Elts) >= 3 {
				out = append(out, x.Pos())
			}
		case *ast.CaseClause:
			if wordLits(x.List) >= 3 {
				out = append(out, x.Pos())
			}
		case *ast.BinaryExpr:
			if (x.Op == token.LOR || x.Op == token.LAND) && wordComparisons(x) >= 3 {
				out = append(out, x.Pos())
				return false
			}
		}
		return true
	})
	return out
}

// wordLits counts the keys or elements that are string literals holding a
// letter.
func wordLits(es []ast.Expr) int {
	n := 0
	for _, e := range es {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Key
		}
		if isWordLit(e) {
			n++
		}
	}
	return n
}

// wordComparisons counts the x == "word" and x != "word" of a chain of ||
// and &&.
func wordComparisons(e ast.Expr) int {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return wordComparisons(x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LOR, token.LAND:
			return wordComparisons(x.X) + wordComparisons(x.Y)
		case token.EQL, token.NEQ:
			if isWordLit(x.X) || isWordLit(x.Y) {
				return 1
			}
		}
	}
	return 0
}

func isWordLit(e ast.Expr) bool {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return false
	}
	s, err := strconv.Unquote(lit.Value)
	return err == nil && strings.IndexFunc(s, unicode.IsLetter) >= 0
}
