package timex

import (
	"go/ast"
	"sort"
	"strings"
	"testing"
)

// stages are the layers of the matchers, from the bottom up (see core,
// match.go, and README.md). A matcher may call matchers of its own stage
// or of the stages below it, never of a stage above; and no function of
// the package may reach itself again through its calls, so that no rule
// can match an expression inside one of its own ("the the the ...", "the
// first half of the first half of ...") by construction: a stack of
// matchers is never deeper than the call graph.
var stages = []struct {
	name  string
	funcs []string
}{
	// Read the words of one kind into a mention with no date; call no
	// expression and no resolver.
	{"readers", []string{"dayNum", "yearNum", "count", "determiner", "matchWeekday",
		"dayDateAt", "matchAbbrevWeekdayDate", "matchMonth", "matchPart", "matchSeason",
		"matchSet", "matchCount", "matchCode", "matchRelative", "matchTheYear",
		"matchSpelledYear", "partYearWords", "standaloneYear", "matchClock", "dayAfterClock",
		"matchHoliday", "matchDayBefore", "dayFromLast"}},
	// Expressions that no determiner opens: a reader and resolve, or an
	// atom built of smaller ones ("fiscal 2024", "8 November 2023").
	{"atoms", []string{"atom", "monthExpr", "weekdayExpr", "abbrevWeekdayDate",
		"countExpr", "partExpr", "seasonExpr", "holidayExpr", "codeExpr", "setExpr",
		"theYear", "dayWord", "yearWord", "shortDecade", "bareUnits", "numericDate", "numberExpr",
		"dayNumber", "eraNumber", "yearNumber", "clockTime", "noonExpr", "currentAdj", "ruleWord",
		"wordAtom", "wordAtomRest"}},
	// The decade or century of "the first half of the '80s", and that
	// part of it.
	{"eras", []string{"eraAt", "ordinalExpr"}},
	// Expressions opened by a determiner: "last week", "the 1990s".
	{"determiners", []string{"detExpr", "detRef", "detNoun", "detName", "detUnit", "theNoun", "detWord"}},
	{"core", []string{"core"}},
	// A modifier before an expression: "early", "the end of".
	{"modifiers", []string{"matchAt"}},
	// Gives a mention its value (a composite's by the value of the
	// expression inside it); reaches no matcher, and no matcher reaches
	// it: the matchers emit mentions with no date.
	{"resolver", []string{"resolve"}},
	{"driver", []string{"run"}},
}

// TestLayers reads the package's source and checks that its call graph
// has no cycle and that no matcher calls, directly or through helpers, a
// matcher of a stage above its own.
func TestLayers(t *testing.T) {
	calls := callGraph(t)
	stage := map[string]int{}
	for s, st := range stages {
		for _, f := range st.funcs {
			if _, ok := calls[f]; !ok {
				t.Errorf("stage %s: no function %s", st.name, f)
			}
			stage[f] = s
		}
	}
	// Every matcher has a stage.
	for f := range calls {
		if _, ok := stage[f]; !ok && (strings.HasSuffix(f, "Expr") || strings.HasPrefix(f, "match") && f != "matchAt") {
			t.Errorf("%s has no stage in the table of stages", f)
		}
	}
	for _, cycle := range cycles(calls) {
		t.Errorf("the calls of %s may reach one another again: a recursion", strings.Join(cycle, ", "))
	}
	for f, s := range stage {
		for g := range reach(calls, f) {
			if sg, ok := stage[g]; ok && sg > s {
				t.Errorf("%s (%s) reaches %s (%s), a stage above its own", f, stages[s].name, g, stages[sg].name)
			}
			if s == stage["resolve"] && g != f {
				if _, ok := stage[g]; ok {
					t.Errorf("resolve reaches the matcher %s", g)
				}
			}
		}
	}
}

// callGraph gives for each method of Tagger and each function of the
// package (not the methods of its other types, which match nothing) the
// ones it calls or takes as a value.
func callGraph(t *testing.T) map[string]map[string]bool {
	_, files := packageFiles(t)
	var decls []*ast.FuncDecl
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fd.Recv != nil {
				star, ok := fd.Recv.List[0].Type.(*ast.StarExpr)
				if !ok || star.X.(*ast.Ident).Name != "Tagger" {
					continue
				}
				if len(fd.Recv.List[0].Names) != 1 || fd.Recv.List[0].Names[0].Name != "t" {
					t.Fatalf("%s: the receiver of a Tagger method is t", fd.Name.Name)
				}
			}
			decls = append(decls, fd)
		}
	}
	// A method is named by its name, a function by "func " and its name.
	key := func(fd *ast.FuncDecl) string {
		if fd.Recv == nil {
			return "func " + fd.Name.Name
		}
		return fd.Name.Name
	}
	calls := map[string]map[string]bool{}
	for _, fd := range decls {
		calls[key(fd)] = map[string]bool{}
	}
	for _, fd := range decls {
		out := calls[key(fd)]
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			name := ""
			switch e := n.(type) {
			case *ast.CallExpr:
				if id, ok := e.Fun.(*ast.Ident); ok {
					name = "func " + id.Name // a function of the package
				}
			case *ast.SelectorExpr:
				if id, ok := e.X.(*ast.Ident); ok && id.Name == "t" {
					name = e.Sel.Name // a method of the Tagger, called or not
				}
			}
			if _, ok := calls[name]; ok {
				out[name] = true
			}
			return true
		})
	}
	return calls
}

// reach is the set of functions that f calls, directly or not.
func reach(calls map[string]map[string]bool, f string) map[string]bool {
	seen := map[string]bool{}
	stack := []string{f}
	for len(stack) > 0 {
		g := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for h := range calls[g] {
			if !seen[h] {
				seen[h] = true
				stack = append(stack, h)
			}
		}
	}
	return seen
}

// cycles gives the sets of functions that reach one another (and a
// function that reaches itself).
func cycles(calls map[string]map[string]bool) [][]string {
	var out [][]string
	done := map[string]bool{}
	names := make([]string, 0, len(calls))
	for f := range calls {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		if done[f] || !reach(calls, f)[f] {
			continue
		}
		var c []string
		for g := range reach(calls, f) {
			if reach(calls, g)[f] {
				c = append(c, g)
				done[g] = true
			}
		}
		sort.Strings(c)
		out = append(out, c)
	}
	return out
}
