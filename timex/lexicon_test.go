package timex

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// data/lexicon.txt is read whole, and the package takes every list of it:
// a list no table reads is a list no rule uses.
func TestLexiconParses(t *testing.T) {
	lx, err := readLexicon("data/lexicon.txt", lexiconData)
	if err != nil {
		t.Fatal(err)
	}
	for name, es := range lx.lists {
		if !lex.taken[name] {
			t.Errorf("data/lexicon.txt:%d: list %s is read by no table of lexicon.go", es[0].line, name)
		}
	}
	// Spot checks that the values came through.
	if monthNames["september"] != 9 || ordinals["last"] != -1 || refWords["lately"] != PastRef {
		t.Errorf("months, ordinals or references misread: %v %v %v", monthNames["september"], ordinals["last"], refWords["lately"])
	}
	if u := units["hours"]; u != (unit{"H", gNone, true, UnitHour}) {
		t.Errorf("units: hours = %+v", u)
	}
	if u := units["fortnight"]; u != (unit{"2W", gWeek, false, UnitWeek}) {
		t.Errorf("units: fortnight = %+v", u)
	}
	if r := mondayHolidays["memorial"]; r != (nthMonday{5, -1}) || r.day(2026) != (date{y: 2026, m: 5, d: 25, g: gDay}) {
		t.Errorf("monday-holidays: memorial = %+v, %+v in 2026", r, r.day(2026))
	}
}

// A line the reader does not understand fails, naming the file and line.
func TestLexiconMalformed(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"# x\nmonths: may=5\nmonths may=5\n", "l.txt:3:"},
		{"months:\n", "l.txt:1:"},
		{"Months: may=5\n", "l.txt:1:"},
		{": may\n", "l.txt:1:"},
		{"months: May=5\n", "l.txt:1:"},
		{"months: may=5\n\nmonths: june=6 may=5\n", "l.txt:3:"},
		{"months: may=5 june\n", "l.txt:1:"},
		{"months: may=5\nmonths: june\n", "l.txt:2:"},
		{"months: may=\n", "l.txt:1:"},
		{"months: =5\n", "l.txt:1:"},
		{"months: may=5 # the fifth\n", "l.txt:1:"},
		{"# only a comment\n", "l.txt: no lists"},
	} {
		_, err := readLexicon("l.txt", c.data)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error at %s", c.data, err, c.want)
		}
	}
	if _, err := readLexicon("l.txt", "months: may=5\n  # x\nmonths: june=6\nrange: - – to\n"); err != nil {
		t.Errorf("a good lexicon: %v", err)
	}
}

// schemaNames are the string tables that name TIMEX3 codes, not words of
// news copy.
var schemaNames = map[string]bool{
	"seasonCodes":  true, // value.go: SP, SU, FA, WI
	"typeNames":    true, // value.go: DATE, TIME, DURATION, SET
	"refNames":     true, // value.go: PRESENT_REF, PAST_REF, FUTURE_REF
	"unitCodes":    true, // value.go: D, W, M, Q, Y, DE, CE, WE, H, M
	"dayPartCodes": true, // value.go: MO, AF, EV, NI
}

// No word lists in code: no Go file of the package holds a map, slice or
// array literal of three or more words, a case of five or more, or a chain
// of three or more comparisons of one word with words ("w == "set" || w ==
// "due" || ..."); they live in data/lexicon.txt. Shorter cases and chains
// read as grammar: "the" or "of" at a fixed place, or a pair of words
// that each do something of their own ("last" and "next").
func TestNoWordListsInCode(t *testing.T) {
	fset, files := packageFiles(t)
	for _, f := range files {
		for _, p := range wordListsIn(f) {
			t.Errorf("%s: a word list in code: keep it in timex/data/lexicon.txt", fset.Position(p))
		}
	}
	// The guard finds what it guards against.
	src := `package p
var m = map[string]bool{"as": true, "while": true, "when": true}
var s = []string{"missile", "rocket", "satellite"}
func f(w string) string {
	return map[string]string{"end": "END", "start": "START", "middle": "MID"}[w]
}
var punctuation = []string{" ,", " .", " ;"}
var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
func g(w string) bool {
	switch w {
	case "years", "months", "weeks", "days", "decades":
		return true
	case "last", "next":
		return true
	}
	return false
}
func h(w, nx string) bool {
	return w == "scheduled" || w == "set" || w == "due" || nx != "a" && nx != "an" && nx != "the"
}
func k(w string) bool {
	return w == "last" || w == "next" || w == "the" && w != "this"
}
`
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := wordListsIn(f); len(got) != 6 {
		t.Errorf("the guard found %d word lists in its example, want 6", len(got))
	}
}

// wordListsIn returns where f holds a composite literal of three or more
// words, leaving out the tables of schemaNames, a case of more than
// caseListMax words or a chain of more than chainMax comparisons of one
// word with words.
func wordListsIn(f *ast.File) []gotoken.Pos {
	var out []gotoken.Pos
	inChain := map[ast.Node]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if (x.Op == gotoken.LOR || x.Op == gotoken.LAND) && !inChain[x] {
				if wordChain(x, inChain) > chainMax {
					out = append(out, x.Pos())
				}
			}
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
			// A switch on a word with a long list of words in one case
			// is a word list too; a short one ("last", "next") reads as
			// grammar.
			if wordLits(x.List) >= caseListMax+1 {
				out = append(out, x.Pos())
			}
		}
		return true
	})
	return out
}

// caseListMax is the most words a case clause may list in code, and
// chainMax the most comparisons of one word with words a chain of || (of
// ==) or of && (of !=) may hold.
const (
	caseListMax = 4
	chainMax    = 2
)

// wordChain returns the most comparisons with a word that one operand
// meets in the chain of x's operator x heads (w == "a" || w == "b" || ...,
// w != "a" && w != "b" && ...), and marks the chain's links seen.
func wordChain(x *ast.BinaryExpr, seen map[ast.Node]bool) int {
	cmp := gotoken.EQL
	if x.Op == gotoken.LAND {
		cmp = gotoken.NEQ
	}
	n := map[string]int{}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		b, ok := e.(*ast.BinaryExpr)
		if !ok {
			return
		}
		if b.Op == x.Op {
			seen[b] = true
			walk(b.X)
			walk(b.Y)
			return
		}
		if b.Op == cmp && wordLits([]ast.Expr{b.Y}) == 1 {
			n[types.ExprString(b.X)]++
		}
	}
	walk(x)
	most := 0
	for _, c := range n {
		most = max(most, c)
	}
	return most
}

// wordLits counts the keys or elements that are string literals holding a
// letter.
func wordLits(es []ast.Expr) int {
	n := 0
	for _, e := range es {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Key
		}
		lit, ok := e.(*ast.BasicLit)
		if !ok || lit.Kind != gotoken.STRING {
			continue
		}
		if s, err := strconv.Unquote(lit.Value); err == nil && strings.IndexFunc(s, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// packageFiles parses the package's Go files, not its tests.
func packageFiles(t *testing.T) (*gotoken.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return fset, files
}
