package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Aliases maps a canonical actor name to the ways news copy writes it,
// misspellings included ("Kim Jung-un" for Kim Jong Un). Surface forms are
// matched as whole words, case-sensitively, longest first.
type Aliases map[string][]string

// Places maps a canonical place name to its surface forms. A place that also
// stands for a government by metonymy ("Pyongyang said") can name that actor
// in Metonyms.
type Places map[string][]string

// DefaultAliases is the built-in alias table for the beat dateline was first
// built for (Russia, the two Koreas and their neighbours). Options.Aliases
// extends it.
func DefaultAliases() Aliases {
	return Aliases{
		"Vladimir Putin":      {"Vladimir Putin", "President Putin", "Putin"},
		"Kim Jong Un":         {"Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jung-un", "Kim Jung Un", "Kim Jong-eun", "Kim"},
		"Kim Jong Il":         {"Kim Jong Il", "Kim Jong-il", "Kim Jong-Il"},
		"Kim Il Sung":         {"Kim Il Sung", "Kim Il-sung"},
		"Kim Yo Jong":         {"Kim Yo Jong", "Kim Yo-jong"},
		"Antony Blinken":      {"Antony Blinken", "Anthony Blinken", "Blinken"},
		"Karine Jean-Pierre":  {"Karine Jean-Pierre", "Karin Jean-Pierre", "Jean-Pierre"},
		"John Kirby":          {"John Kirby", "Kirby"},
		"Jens Stoltenberg":    {"Jens Stoltenberg", "Stoltenberg"},
		"Xi Jinping":          {"Xi Jinping", "Xi"},
		"Yoon Suk Yeol":       {"Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon"},
		"Joe Biden":           {"Joe Biden", "Biden"},
		"Dmitry Peskov":       {"Dmitry Peskov", "Dmitri Peskov", "Peskov"},
		"Sergei Lavrov":       {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"},
		"Sergei Shoigu":       {"Sergei Shoigu", "Sergey Shoigu", "Shoigu"},
		"Fumio Kishida":       {"Fumio Kishida", "Kishida"},
		"Volodymyr Zelensky":  {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"},
		"Donald Trump":        {"Donald Trump", "Trump"},
		"Moon Jae-in":         {"Moon Jae-in", "Moon Jae In"},
		"North Korea":         {"North Korea", "DPRK", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "N. Korea"},
		"South Korea":         {"South Korea", "Republic of Korea", "S. Korea"},
		"Russia":              {"Russia", "Russian Federation", "Kremlin"},
		"United States":       {"United States", "U.S.", "US", "USA", "White House", "Pentagon", "State Department"},
		"China":               {"China"},
		"Japan":               {"Japan"},
		"Ukraine":             {"Ukraine"},
		"Vietnam":             {"Vietnam"},
		"Iran":                {"Iran"},
		"NATO":                {"NATO", "North Atlantic Treaty Organization"},
		"UN Security Council": {"UN Security Council", "U.N. Security Council", "United Nations Security Council"},
		"United Nations":      {"United Nations", "UN", "U.N."},
		"European Union":      {"European Union", "EU"},
		"G7":                  {"G7", "Group of Seven"},
	}
}

// DefaultPlaces is the built-in place gazetteer; Options.Places extends it.
func DefaultPlaces() Places {
	return Places{
		"Pyongyang":            {"Pyongyang"},
		"Vladivostok":          {"Vladivostok"},
		"Vostochny Cosmodrome": {"Vostochny Cosmodrome", "Vostochny"},
		"Amur region":          {"Amur region", "Amur"},
		"Russian Far East":     {"Russian Far East", "Russia's Far East", "Russia’s Far East", "Far East"},
		"Korean Peninsula":     {"Korean Peninsula", "Korean peninsula"},
		"Moscow":               {"Moscow"},
		"Washington":           {"Washington"},
		"Seoul":                {"Seoul"},
		"Tokyo":                {"Tokyo"},
		"Beijing":              {"Beijing"},
		"Kyiv":                 {"Kyiv", "Kiev"},
		"Hanoi":                {"Hanoi"},
		"Hangzhou":             {"Hangzhou"},
		"Panmunjom":            {"Panmunjom"},
		"Singapore":            {"Singapore"},
	}
}

// isCountry names the countries of the built-in table: a statement by "the
// United States" on a day is not thereby the same as another one.
var isCountry = map[string]bool{
	"North Korea": true, "South Korea": true, "Russia": true, "United States": true, "China": true,
	"Japan": true, "Ukraine": true, "Vietnam": true, "Iran": true,
}

// metonyms are capitals that stand for their government when they are not
// the place of the action ("Pyongyang denied", but "talks in Pyongyang").
var metonyms = map[string]string{
	"Pyongyang": "North Korea", "Moscow": "Russia", "Washington": "United States",
	"Seoul": "South Korea", "Beijing": "China", "Tokyo": "Japan", "Kyiv": "Ukraine",
}

// persons are the canonical names in the alias tables that are people; the
// rest are countries and organisations. A person found by the generic name
// rule is also a person.
type gazetteer struct {
	forms   []form // longest first
	persons map[string]bool
}

type form struct {
	text, name string
	place      bool
}

func newGazetteer(a Aliases, p Places) *gazetteer {
	g := &gazetteer{persons: map[string]bool{}}
	for name, forms := range a {
		for _, f := range forms {
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
	return g
}

// isPersonName tells people from countries and organisations in the alias
// table: a person's canonical name is two or more capitalised words none of
// which is a geographic or institutional word.
func isPersonName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if institutional[w] || w == "North" || w == "South" || w == "United" || w == "European" {
			return false
		}
	}
	return true
}

// institutional words end an organisation's name, never a person's.
var institutional = map[string]bool{
	"University": true, "Institute": true, "Council": true, "Ministry": true, "Department": true,
	"House": true, "Agency": true, "News": true, "Times": true, "Post": true, "Union": true,
	"Nations": true, "Organization": true, "Committee": true, "Party": true, "Assembly": true,
	"Office": true, "Center": true, "Centre": true, "Foundation": true, "Bank": true, "Group": true,
	"Korea": true, "Peninsula": true, "Cosmodrome": true, "Republic": true, "Federation": true,
	"Games": true, "Association": true, "Service": true, "Forces": true, "Army": true, "Navy": true,
	"Command": true, "Administration": true, "Company": true, "Corporation": true, "Security": true,
	"States": true, "Kingdom": true, "East": true, "West": true, "Sea": true,
}

// roleWords introduce a person's name in news copy ("spokesman John Kirby",
// "Maj. Gen. Pat Ryder").
var roleWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "secretary": true, "minister": true,
	"president": true, "leader": true, "ambassador": true, "director": true, "professor": true,
	"gen.": true, "general": true, "envoy": true, "official": true, "chancellor": true, "premier": true,
	"adviser": true, "advisor": true, "chief": true, "head": true, "analyst": true, "senator": true,
	"sen.": true, "gov.": true, "governor": true, "mayor": true, "commander": true, "admiral": true,
	"prime": true, "foreign": true, "deputy": true, "representative": true, "rep.": true, "dr.": true,
	"mr.": true, "ms.": true, "mrs.": true, "col.": true, "lt.": true, "chairman": true, "chairwoman": true,
	"coordinator": true, "counterpart": true, "researcher": true, "fellow": true, "expert": true,
}

// mentions lists who and where a piece of text names: actors (people,
// countries, organisations, canonical names) and places, each sorted and
// without repeats. persons lists the actors that are people.
type mentions struct {
	actors, places, persons []string
}

func (g *gazetteer) find(s string) mentions {
	used := make([]bool, len(s))
	actors := map[string]bool{}
	places := map[string]bool{}
	persons := map[string]bool{}
	for _, f := range g.forms {
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
				continue // a bare "Kim" before another name is someone else's surname
			}
			for k := i; k < j; k++ {
				used[k] = true
			}
			if !f.place {
				actors[f.name] = true
				if g.persons[f.name] {
					persons[f.name] = true
				}
				continue
			}
			places[f.name] = true
			if gov, ok := metonyms[f.name]; ok && !afterLocative(s, i) {
				actors[gov] = true
			}
		}
	}
	for _, p := range genericPersons(s, used) {
		actors[p] = true
		persons[p] = true
	}
	return mentions{sortedKeys(actors), sortedKeys(places), sortedKeys(persons)}
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_'
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
	return !nameStop[w]
}

// afterLocative reports whether the word before s[i:] is a preposition of
// place ("in", "to", "at"...), which makes a capital a place, not an actor.
func afterLocative(s string, i int) bool {
	w := strings.Fields(s[:i])
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "in", "to", "at", "from", "near", "into", "outside", "visit", "visited", "visiting", "toward", "towards", "via", "around", "of":
		return true
	}
	return false
}

// genericPersons finds names the alias table does not know: two capitalised
// words not already matched, with a role word among the few words before
// them ("spokesman Matthew Miller").
func genericPersons(s string, used []bool) []string {
	type tok struct {
		text string
		i, j int
	}
	var toks []tok
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
			!institutional[t.text] && !nameStop[t.text] && utf8.RuneCountInString(t.text) > 1
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
			if roleWords[strings.ToLower(toks[m].text)] {
				role = true
			}
		}
		if role {
			out = append(out, a.text+" "+b.text)
		}
	}
	return out
}

// nameStop are capitalised words that start sentences or name days, months
// and titles, never a person's first or last name.
var nameStop = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "He": true, "She": true,
	"They": true, "It": true, "We": true, "But": true, "And": true, "Monday": true, "Tuesday": true,
	"Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"President": true, "Secretary": true, "Minister": true, "General": true, "Spokesman": true,
	"Spokeswoman": true, "State": true, "Defense": true, "Foreign": true, "National": true, "Deputy": true,
	"Prime": true, "Chief": true, "Leader": true, "Ambassador": true, "Professor": true, "Russian": true,
	"Korean": true, "American": true, "Chinese": true, "Japanese": true, "Western": true, "Asian": true,
	"Affairs": true, "Navy": true, "Air": true, "Force": true, "Staff": true,
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// leaderWords before a name make its bearer a leader, whose visits and
// meetings are key events.
var leaderWords = []string{"president", "leader", "prime minister", "premier", "king", "chairman", "chancellor"}

// leaders finds the people the articles call a president, leader or prime
// minister ("North Korean leader Kim Jong Un").
func (g *gazetteer) leaders(docs []Doc) map[string]bool {
	out := map[string]bool{}
	for _, d := range docs {
		text := d.Text
		for _, f := range g.forms {
			if f.place || !g.persons[f.name] || out[f.name] || !strings.Contains(f.text, " ") && f.text != "Putin" && f.text != "Kim" {
				continue
			}
			for off := 0; ; {
				i := strings.Index(text[off:], f.text)
				if i < 0 {
					break
				}
				i += off
				off = i + 1
				before := strings.ToLower(text[max(0, i-40):i])
				for _, w := range leaderWords {
					if strings.HasSuffix(strings.TrimRight(before, " "), w) || strings.Contains(before, w+" ") && strings.HasSuffix(before, " ") && strings.LastIndex(before, w+" ") > len(before)-len(w)-30 {
						out[f.name] = true
					}
				}
				if out[f.name] {
					break
				}
			}
		}
	}
	return out
}

// maskQuotes blanks out quoted speech, so that the people a speaker talks
// about are not taken for the people who acted. An unclosed quotation is
// left as it is.
func maskQuotes(s string) string {
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
	for _, f := range g.forms {
		if f.place || !g.persons[f.name] {
			continue
		}
		if i := strings.Index(s, f.text); i >= 0 && i < at && wordBoundary(s, i, i+len(f.text)) {
			best, at = f.name, i
		}
	}
	return best
}
