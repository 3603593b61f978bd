package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The data files of actors.go are read whole: every line is understood or
// the reader names the file and line it did not understand.
func TestLexiconDataParses(t *testing.T) {
	a, countries, alone, err := readAliases("data/aliases.txt", aliasesData)
	if err != nil {
		t.Fatal(err)
	}
	p, metonyms, err := readPlaces("data/places.txt", placesData)
	if err != nil {
		t.Fatal(err)
	}
	words, err := readNameWords("data/names.txt", namesData)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) == 0 || len(countries) == 0 || len(alone) == 0 || len(p) == 0 || len(metonyms) == 0 {
		t.Errorf("empty tables: %d aliases, %d countries, %d one-word leader forms, %d places, %d metonyms",
			len(a), len(countries), len(alone), len(p), len(metonyms))
	}
	for _, l := range nameLists {
		if len(words[l]) == 0 {
			t.Errorf("data/names.txt: no %s words", l)
		}
	}

	// The sections of aliases.txt agree with the rule that tells people
	// from countries and organisations, which newsroom aliases rely on.
	people := map[string]bool{}
	section := ""
	for _, line := range strings.Split(aliasesData, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			section = line
		} else if name, _, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "#") && section == "[people]" {
			people[strings.TrimSpace(name)] = true
		}
	}
	for name := range a {
		if isPersonName(name) != people[name] {
			t.Errorf("data/aliases.txt: %s is under the wrong section (a person by its name: %v)", name, isPersonName(name))
		}
	}
	for f := range alone {
		if strings.Contains(f, " ") {
			t.Errorf("data/aliases.txt: %q: only a one-word form takes a *", f)
		}
	}
	for capital, gov := range metonyms {
		if _, ok := p[capital]; !ok {
			t.Errorf("data/places.txt: %s -> %s: %s is not a place of the file", capital, gov, capital)
		}
		if !countries[gov] {
			t.Errorf("data/places.txt: %s -> %s: %s is not a country of data/aliases.txt", capital, gov, gov)
		}
	}
}

// A line the readers do not understand fails, naming the file and line.
func TestLexiconDataMalformed(t *testing.T) {
	for _, c := range []struct {
		file, data, want string
		read             func(file, data string) error
	}{
		{"aliases.txt", "# x\nA B: A B\n", "aliases.txt:2:", readAliasesErr},
		{"aliases.txt", "[people]\nA B: A B\n[things]\n", "aliases.txt:3:", readAliasesErr},
		{"aliases.txt", "[people]\nA B A B\n", "aliases.txt:2:", readAliasesErr},
		{"aliases.txt", "[people]\nA B: A B ||\n", "aliases.txt:2:", readAliasesErr},
		{"aliases.txt", "[people]\nA B: A B* | B*\n", "aliases.txt:2:", readAliasesErr},
		{"aliases.txt", "[people]\nA B: A B\n\nA B: B\n", "aliases.txt:4:", readAliasesErr},
		{"aliases.txt", "[people]\nA B: A B | B\nC B: C B | B\n", "aliases.txt:3:", readAliasesErr},
		{"places.txt", "A: A\nA -> \n", "places.txt:2:", readPlacesErr},
		{"places.txt", "A: A\nB\n", "places.txt:2:", readPlacesErr},
		{"places.txt", "A: A*\n", "places.txt:1:", readPlacesErr},
		{"places.txt", "A -> B\nA -> C\n", "places.txt:2:", readPlacesErr},
		{"names.txt", "roles: a b\nunknown: c\n", "names.txt:2:", readNamesErr},
		{"names.txt", "roles a b\n", "names.txt:1:", readNamesErr},
		{"names.txt", "# x\n\nroles:\n", "names.txt:3:", readNamesErr},
	} {
		err := c.read(c.file, c.data)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error at %s", c.data, err, c.want)
		}
	}
}

func readAliasesErr(file, data string) error {
	_, _, _, err := readAliases(file, data)
	return err
}

func readPlacesErr(file, data string) error {
	_, _, err := readPlaces(file, data)
	return err
}

func readNamesErr(file, data string) error {
	_, err := readNameWords(file, data)
	return err
}

// A newsroom's alias may mark a one-word form with * as the defaults do.
func TestNewsroomAloneForm(t *testing.T) {
	g := newGazetteer(Aliases{"Ada Lovelace": {"Ada Lovelace", "Lovelace*"}}, nil)
	if !g.alone["Lovelace"] || !slices.ContainsFunc(g.forms, func(f form) bool { return f.text == "Lovelace" }) {
		t.Fatalf("Lovelace* not read as the one-word form Lovelace: %v", g.forms)
	}
	if !slices.Contains(g.leadersIn("The society's president Lovelace opened the meeting."), "Ada Lovelace") {
		t.Error("president Lovelace is not a leader")
	}
}

// No story's knowledge in code: no Go file of the package holds a proper
// name of the data files as (a whole word of) a string literal.
func TestNoNamesInCode(t *testing.T) {
	a, _, _, err := readAliases("data/aliases.txt", aliasesData)
	if err != nil {
		t.Fatal(err)
	}
	p, metonyms, err := readPlaces("data/places.txt", placesData)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, table := range []map[string][]string{a, p} {
		for name, forms := range table {
			names[name] = true
			for _, f := range forms {
				names[f] = true
			}
		}
	}
	for capital, gov := range metonyms {
		names[capital], names[gov] = true, true
	}
	for n := range names {
		if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
			delete(names, n)
		}
	}
	if len(names) == 0 {
		t.Fatal("no names read")
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, file, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			for name := range names {
				for off := 0; off < len(s); {
					i := strings.Index(s[off:], name)
					if i < 0 {
						break
					}
					i += off
					if wordBoundary(s, i, i+len(name)) {
						t.Errorf("%s: string literal %s names %q of the data files: keep it in extract/data", fset.Position(lit.Pos()), lit.Value, name)
						break
					}
					off = i + 1
				}
			}
			return true
		})
	}
}
