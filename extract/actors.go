package extract

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/internal/wordset"
)

// Aliases maps a canonical actor name to the ways news copy writes it,
// misspellings included ("Ana Ruis" for Ana Ruiz). Surface forms are
// matched as whole words, case-sensitively, longest first. A one-word form
// written with a trailing * ("Ruiz*") also finds its bearer after a leader
// word, as in data/aliases.txt; the * is not part of the form.
type Aliases map[string][]string

// Places maps a canonical place name to its surface forms. A place that also
// stands for a government by metonymy ("Lisbon said") names that actor in
// data/places.txt.
type Places map[string][]string

// What dateline knows of actors, places and the words around names is data,
// not code: data/aliases.txt (people, countries, organisations),
// data/places.txt (places, and the capitals that stand for a government) and
// data/names.txt (word lists), read once when the package starts. A newsroom
// adds actors and places through Options.Aliases and Options.Places (the
// CLI's --aliases file). Countries and metonyms come from the embedded files
// only: the --aliases file is a map of names to forms, with no room to say
// that a name is a country or a capital; a newsroom that needs more adds
// lines to the files here, in their format.

//go:embed data/aliases.txt
var aliasesData string

//go:embed data/places.txt
var placesData string

//go:embed data/names.txt
var namesData string

var (
	defaultAliases, isCountry, aloneForms = mustRead(readAliases("data/aliases.txt", aliasesData))
	defaultPlaces, metonyms               = mustReadPlaces(readPlaces("data/places.txt", placesData))
	nameWords                             = mustReadWords(readNameWords("data/names.txt", namesData))

	// institutional words end an organisation's name, never a person's.
	institutional = wordset.Of(nameWords["institutional"]...)
	// geographic words begin a country's name, never a person's.
	geographic = wordset.Of(nameWords["geographic"]...)
	// roleWords introduce a person's name in news copy ("spokesman John
	// Kirby"); lower-case.
	roleWords = wordset.Of(nameWords["roles"]...)
	// nameStop are capitalised words that start sentences or name days,
	// months and titles, never a person's first or last name.
	nameStop = wordset.Of(nameWords["not-names"]...)
	// leaderWords before a name make its bearer a leader, whose visits and
	// meetings are key events; lower-case.
	leaderWords = nameWords["leaders"]
	// locative words before a capital make it the place of the action, not
	// its government; lower-case.
	locative = wordset.Of(nameWords["locative"]...)
)

// DefaultAliases is the built-in alias table, data/aliases.txt, as a fresh
// map the caller may change. Options.Aliases extends it.
func DefaultAliases() Aliases {
	return Aliases(cloneTable(defaultAliases))
}

// DefaultPlaces is the built-in place gazetteer, data/places.txt, as a fresh
// map the caller may change. Options.Places extends it.
func DefaultPlaces() Places {
	return Places(cloneTable(defaultPlaces))
}

func cloneTable[M ~map[string][]string](m M) map[string][]string {
	out := make(map[string][]string, len(m))
	for k, v := range m {
		out[k] = slices.Clone(v)
	}
	return out
}

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// eachLine calls f with each line of data that is not blank once its '#'
// comment is cut, trimmed, and its line number; an error f returns is
// reported at file:line.
func eachLine(file, data string, f func(line string) error) error {
	for n, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if err := f(line); err != nil {
			return fmt.Errorf("%s:%d: %v", file, n+1, err)
		}
	}
	return nil
}

// readEntry reads "Canonical Name: form | form | form". A form may end in
// the * of Aliases; the forms are returned as written, * included.
func readEntry(line string) (name string, forms []string, err error) {
	name, rest, ok := strings.Cut(line, ":")
	name = strings.Join(strings.Fields(name), " ")
	if !ok || name == "" {
		return "", nil, fmt.Errorf("want \"Name: form | form\", got %q", line)
	}
	for _, f := range strings.Split(rest, "|") {
		f = strings.Join(strings.Fields(f), " ")
		if f == "" || f == "*" {
			return "", nil, fmt.Errorf("%s: empty form", name)
		}
		forms = append(forms, f)
	}
	return name, forms, nil
}

// splitAlone cuts the * off a form and tells whether it was there. Only a
// one-word form may carry it.
func splitAlone(f string) (string, bool, error) {
	t, ok := strings.CutSuffix(f, "*")
	if ok && strings.Contains(t, " ") {
		return "", false, fmt.Errorf("%q: only a one-word form takes a *", f)
	}
	return t, ok, nil
}

// readAliases reads data/aliases.txt: the alias table, the canonical names
// under [countries], and the one-word forms marked with *.
func readAliases(file, data string) (Aliases, map[string]bool, map[string]bool, error) {
	a, countries, alone := Aliases{}, map[string]bool{}, map[string]bool{}
	forms := map[string]string{}
	section := ""
	err := eachLine(file, data, func(line string) error {
		if s, ok := strings.CutPrefix(line, "["); ok {
			s, ok = strings.CutSuffix(s, "]")
			if !ok || s != "people" && s != "countries" && s != "organisations" {
				return fmt.Errorf("unknown section %s (want [people], [countries] or [organisations])", line)
			}
			section = s
			return nil
		}
		if section == "" {
			return fmt.Errorf("%q before the first [section]", line)
		}
		name, fs, err := readEntry(line)
		if err != nil {
			return err
		}
		if _, dup := a[name]; dup {
			return fmt.Errorf("%s listed twice", name)
		}
		for i, f := range fs {
			t, ok, err := splitAlone(f)
			if err != nil {
				return err
			}
			if other, dup := forms[t]; dup {
				return fmt.Errorf("form %q of %s is already one of %s", t, name, other)
			}
			forms[t] = name
			fs[i] = t
			if ok {
				alone[t] = true
			}
		}
		a[name] = fs
		if section == "countries" {
			countries[name] = true
		}
		return nil
	})
	return a, countries, alone, err
}

// readPlaces reads data/places.txt: the gazetteer and the capitals that
// stand for a government ("Lisbon -> Portugal").
func readPlaces(file, data string) (Places, map[string]string, error) {
	p, metonyms := Places{}, map[string]string{}
	err := eachLine(file, data, func(line string) error {
		if capital, gov, ok := strings.Cut(line, "->"); ok {
			capital, gov = strings.TrimSpace(capital), strings.TrimSpace(gov)
			if capital == "" || gov == "" || strings.Contains(gov, "->") {
				return fmt.Errorf("want \"Capital -> Country\", got %q", line)
			}
			if _, dup := metonyms[capital]; dup {
				return fmt.Errorf("%s stands for two governments", capital)
			}
			metonyms[capital] = gov
			return nil
		}
		name, fs, err := readEntry(line)
		if err != nil {
			return err
		}
		if _, dup := p[name]; dup {
			return fmt.Errorf("%s listed twice", name)
		}
		for _, f := range fs {
			if strings.HasSuffix(f, "*") {
				return fmt.Errorf("%q: a place's form takes no *", f)
			}
		}
		p[name] = fs
		return nil
	})
	return p, metonyms, err
}

// nameLists are the lists data/names.txt may hold.
var nameLists = []string{"institutional", "geographic", "roles", "not-names", "leaders", "locative"}

// readNameWords reads data/names.txt: "list: word word ...", a hyphen
// joining the words of a leader phrase ("prime-minister").
func readNameWords(file, data string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(file, data, func(line string) error {
		ws := strings.Fields(line)
		list, ok := strings.CutSuffix(ws[0], ":")
		if !ok || !slices.Contains(nameLists, list) {
			return fmt.Errorf("want \"list: word word ...\" with list one of %s, got %q", strings.Join(nameLists, ", "), line)
		}
		if len(ws) < 2 {
			return fmt.Errorf("%s: no words", list)
		}
		for _, w := range ws[1:] {
			if list == "leaders" {
				w = strings.ReplaceAll(w, "-", " ")
			}
			out[list] = append(out[list], w)
		}
		return nil
	})
	return out, err
}

// The embedded files are part of the program: a line they do not
// understand is a bug, caught by the tests, not an input error.
func mustRead(a Aliases, countries, alone map[string]bool, err error) (Aliases, map[string]bool, map[string]bool) {
	if err != nil {
		panic(err)
	}
	return a, countries, alone
}

func mustReadPlaces(p Places, metonyms map[string]string, err error) (Places, map[string]string) {
	if err != nil {
		panic(err)
	}
	return p, metonyms
}

func mustReadWords(m map[string][]string, err error) map[string][]string {
	if err != nil {
		panic(err)
	}
	return m
}

// persons are the canonical names in the alias tables that are people; the
// rest are countries and organisations. A person found by the generic name
// rule is also a person.
type gazetteer struct {
	forms   []form // longest first
	persons map[string]bool
	alone   map[string]bool // one-word forms that find a leader; see Aliases
	// byFirst lists the forms (indexes into forms, in order) by their first
	// word: a form can only stand where its first word does.
	byFirst map[string][]int
}

type form struct {
	text, name string
	place      bool
}

func newGazetteer(a Aliases, p Places) *gazetteer {
	g := &gazetteer{persons: map[string]bool{}, alone: maps.Clone(aloneForms)}
	for name, forms := range a {
		for _, f := range forms {
			if t, ok := strings.CutSuffix(f, "*"); ok {
				f = t
				g.alone[f] = true
			}
			g.forms = append(g.forms, form{f, name, false})
		}
		if isPersonName(name) {
			g.persons[name] = true
		}
	}
	for name, forms := range p {
		for _, f := range forms {
			g.forms = append(g.forms, form{f, name, true})
		}
	}
	slices.SortFunc(g.forms, func(x, y form) int {
		if len(x.text) != len(y.text) {
			return len(y.text) - len(x.text)
		}
		return strings.Compare(x.text+"\x00"+x.name, y.text+"\x00"+y.name)
	})
	g.byFirst = map[string][]int{}
	for i, f := range g.forms {
		w := firstRun(f.text)
		g.byFirst[w] = append(g.byFirst[w], i)
	}
	return g
}

// firstRun is the leading run of word runes of s ("U" of "U.S.", "Tom" of
// "Tom Berg").
func firstRun(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

// candidates returns, in the order of g.forms, the forms whose first word
// stands in s as a whole run of word runes: the only ones find can match,
// since a match starts at a word boundary and its first word ends at a
// non-word rune or at the match's end, which is a word boundary too.
func (g *gazetteer) candidates(s string) []int {
	var out []int
	if isASCII(s) {
		// Byte by byte: the same runs as below, without decoding runes
		// (most copy is ASCII, and this runs on every clause).
		for i := 0; i < len(s); {
			if !asciiWord[s[i]] {
				i++
				continue
			}
			j := i + 1
			for j < len(s) && asciiWord[s[j]] {
				j++
			}
			out = append(out, g.byFirst[s[i:j]]...)
			i = j
		}
	} else {
		start := -1
		for i, r := range s {
			w := isWordRune(r)
			switch {
			case w && start < 0:
				start = i
			case !w && start >= 0:
				out = append(out, g.byFirst[s[start:i]]...)
				start = -1
			}
		}
		if start >= 0 {
			out = append(out, g.byFirst[s[start:]]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isPersonName tells people from countries and organisations in the alias
// table: a person's canonical name is two or more capitalised words none of
// which is a geographic or institutional word.
func isPersonName(name string) bool {
	var wsRoom fieldRoom
	ws := fieldsIn(&wsRoom, name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if institutional.Has(w) || geographic.Has(w) {
			return false
		}
	}
	return true
}

// mentions lists who and where a piece of text names: actors (people,
// countries, organisations, canonical names) and places, each sorted and
// without repeats. persons lists the actors that are people.
type mentions struct {
	actors, places, persons []string
}

func (g *gazetteer) find(s string) mentions {
	used := make([]bool, len(s))
	// The names found go into slices, sorted and compacted at the end:
	// cheaper than sets for the handful a clause names.
	var actors, places, persons []string
	for _, fi := range g.candidates(s) {
		f := g.forms[fi]
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], f.text)
			if i < 0 {
				break
			}
			i += off
			j := i + len(f.text)
			off = i + 1
			if !wordBoundary(s, i, j) || anyUsed(used, i, j) {
				continue
			}
			if !f.place && g.persons[f.name] && !strings.Contains(f.text, " ") && beforeName(s, j) {
				continue // a bare "Berg" before another name is someone else's surname
			}
			for k := i; k < j; k++ {
				used[k] = true
			}
			if !f.place {
				actors = append(actors, f.name)
				if g.persons[f.name] {
					persons = append(persons, f.name)
				}
				continue
			}
			places = append(places, f.name)
			if gov, ok := metonyms[f.name]; ok && !afterLocative(s, i) {
				actors = append(actors, gov)
			}
		}
	}
	for _, p := range genericPersons(s, used) {
		actors = append(actors, p)
		persons = append(persons, p)
	}
	return mentions{sortedSet(actors), sortedSet(places), sortedSet(persons)}
}

// sortedSet sorts l and drops its repeats; never nil, as sortedKeys of a
// map was not.
func sortedSet(l []string) []string {
	if l == nil {
		return []string{}
	}
	slices.Sort(l)
	return slices.Compact(l)
}

func anyUsed(used []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if used[k] {
			return true
		}
	}
	return false
}

// wordBoundary reports whether s[i:j] stands as whole words; a possessive
// "'s" after it is fine.
func wordBoundary(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r] // a table: this runs on every byte of a clause
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// beforeName reports whether a capitalised word follows s[:j] directly.
func beforeName(s string, j int) bool {
	if j+1 >= len(s) || s[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	w := s[j+1:]
	if k := strings.IndexFunc(w, func(r rune) bool { return !isWordRune(r) }); k >= 0 {
		w = w[:k]
	}
	return !nameStop.Has(w)
}

// afterLocative reports whether the word before s[i:] is a preposition of
// place ("in", "to", "at"...), which makes a capital a place, not an actor.
func afterLocative(s string, i int) bool {
	var wRoom fieldRoom
	w := fieldsIn(&wRoom, s[:i])
	if len(w) == 0 {
		return false
	}
	return inSet(locative, w[len(w)-1])
}

// genericPersons finds names the alias table does not know: two capitalised
// words not already matched, with a role word among the few words before
// them ("spokesman Matthew Miller").
func genericPersons(s string, used []bool) []string {
	if isASCII(s) && !twoCapitals(s) {
		return nil // no two capitalised words: no name to find
	}
	type tok struct {
		text string
		i, j int
	}
	toks := make([]tok, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) && !(r == '.' && j+1 < len(s) && s[j+1] == ' ' && j-i <= 4) {
				break
			}
			j += n
			if r == '.' {
				break
			}
		}
		toks = append(toks, tok{s[i:j], i, j})
		i = j
	}
	var out []string
	capWord := func(t tok) bool {
		r, _ := utf8.DecodeRuneInString(t.text)
		return unicode.IsUpper(r) && !strings.HasSuffix(t.text, ".") && !used[t.i] &&
			!institutional.Has(t.text) && !nameStop.Has(t.text) && utf8.RuneCountInString(t.text) > 1
	}
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k], toks[k+1]
		if !capWord(a) || !capWord(b) || strings.TrimSpace(s[a.j:b.i]) != "" {
			continue
		}
		if k+2 < len(toks) && capWord(toks[k+2]) && strings.TrimSpace(s[b.j:toks[k+2].i]) == "" {
			continue // part of a longer capitalised run: take its last two words
		}
		role := false
		for m := max(0, k-6); m < k; m++ {
			if inSet(roleWords, toks[m].text) {
				role = true
			}
		}
		if role {
			out = append(out, a.text+" "+b.text)
		}
	}
	return out
}

// twoCapitals reports whether the ASCII text s has two capital letters.
func twoCapitals(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// leadersIn finds the people an article calls a president, leader or
// prime minister ("Senate leader Ana Ruiz").
func (g *gazetteer) leadersIn(text string) []string {
	var out []string
	for _, f := range g.forms {
		if f.place || !g.persons[f.name] || slices.Contains(out, f.name) || !strings.Contains(f.text, " ") && !g.alone[f.text] {
			continue
		}
		found := false
		for off := 0; !found; {
			i := strings.Index(text[off:], f.text)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			before := strings.ToLower(text[max(0, i-40):i])
			for _, w := range leaderWords {
				if strings.HasSuffix(strings.TrimRight(before, " "), w) || strings.Contains(before, w+" ") && strings.HasSuffix(before, " ") && strings.LastIndex(before, w+" ") > len(before)-len(w)-30 {
					found = true
				}
			}
		}
		if found {
			out = append(out, strings.Clone(f.name))
		}
	}
	return out
}

// maskQuotes blanks out quoted speech, so that the people a speaker talks
// about are not taken for the people who acted. An unclosed quotation is
// left as it is.
func maskQuotes(s string) string {
	if strings.IndexByte(s, '"') < 0 && !strings.Contains(s, "“") {
		// (Not ContainsAny, which decodes s rune by rune for a set with
		// a curly quote.)
		return s // nothing quoted: no copy
	}
	b := []byte(s)
	open := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '“' || (r == '"' && open < 0):
			open = i
		case (r == '”' || r == '"') && open >= 0:
			for k := open; k < i+n; k++ {
				b[k] = ' '
			}
			open = -1
		}
		i += n
	}
	return string(b)
}

// firstPerson returns the canonical name of the person named first in s,
// the likeliest subject for a pronoun in the next sentence.
func (g *gazetteer) firstPerson(s string) string {
	best, at := "", len(s)
	for _, fi := range g.candidates(s) {
		f := g.forms[fi]
		if f.place || !g.persons[f.name] {
			continue
		}
		if i := strings.Index(s, f.text); i >= 0 && i < at && wordBoundary(s, i, i+len(f.text)) {
			best, at = f.name, i
		}
	}
	return best
}
