package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

// ErrFrontMatter is wrapped by every error about malformed front matter.
var ErrFrontMatter = errors.New("front matter")

// field is one metadata value and the line of the file it was read from.
type field struct {
	value string
	line  int
	file  string // the sources.yaml it came from; "" for front matter
}

// meta is an article's metadata before it is checked.
type meta struct {
	title, url, outlet, date field
	has                      bool // the article had front matter
}

// splitFrontMatter splits s into front matter and body. Front matter is
// fenced by a first line of exactly "---" (YAML, closed by "---" or "...")
// or "+++" (TOML, closed by "+++"), as Hugo reads it. It returns the format
// ("yaml", "toml" or "" for none), the front matter text, the body, and the
// 1-based line of the file on which the body starts.
func splitFrontMatter(s string) (format, fm, body string, bodyLine int, err error) {
	first, rest, _ := strings.Cut(s, "\n")
	switch strings.TrimRight(first, " \t") {
	case "---":
		format = "yaml"
	case "+++":
		format = "toml"
	default:
		return "", "", s, 1, nil
	}
	line := 1
	off := len(first) + 1
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		line++
		fence := strings.TrimRight(l, " \t")
		if format == "yaml" && (fence == "---" || fence == "...") || format == "toml" && fence == "+++" {
			return format, s[len(first)+1 : off], rest, line + 1, nil
		}
		off += len(l) + 1
	}
	return "", "", "", 0, atLine(1, fmt.Errorf("%w: no closing %s", ErrFrontMatter, strings.TrimRight(first, " \t")))
}

// parseFrontMatter parses front matter text of the given format whose first
// line is line firstLine of the file.
func parseFrontMatter(format, fm string, firstLine int) (meta, error) {
	m := meta{has: true}
	var err error
	switch format {
	case "yaml":
		err = parseYAMLMeta(&m, fm, firstLine)
	case "toml":
		err = parseTOMLMeta(&m, fm, firstLine)
	}
	return m, err
}

// set stores value v of key k (already lower-cased) in m. "date" wins over
// "published" when both are there.
func (m *meta) set(k string, f field) {
	switch k {
	case "title":
		m.title = f
	case "url":
		m.url = f
	case "outlet":
		m.outlet = f
	case "date":
		m.date = f
	case "published":
		if m.date.value == "" {
			m.date = f
		}
	}
}

// known reports whether k is a metadata key dateline reads.
func known(k string) bool {
	switch k {
	case "title", "url", "outlet", "date", "published":
		return true
	}
	return false
}

// yamlLine finds the line in a yaml.v3 error ("yaml: line 3: ...").
var yamlLine = regexp.MustCompile(`^yaml: (line \d+: )?`)

// yamlError turns the error yaml.v3 gave for text into one that wraps
// sentinel, at the line of the file where the YAML stops parsing: firstLine
// is the file's line of text's first line. yaml.v3's own line numbers cannot
// be used: for parser errors it gives the 0-based line of the construct it
// was in, and none at all on the first line.
func yamlError(sentinel, err error, text string, firstLine int) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
	}
	return atLine(firstLine-1+yamlFailLine(text), fmt.Errorf("%w: %s", sentinel, msg))
}

// yamlFailLine returns the 1-based number of the first line of text at
// which it stops being YAML: the smallest n for which its first n lines do
// not parse, found by binary search.
func yamlFailLine(text string) int {
	lines := strings.SplitAfter(text, "\n")
	lo, hi := 1, len(lines) // the whole text fails
	for lo < hi {
		mid := (lo + hi) / 2
		var n yaml.Node
		if yaml.Unmarshal([]byte(strings.Join(lines[:mid], "")), &n) != nil {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

func parseYAMLMeta(m *meta, fm string, firstLine int) error {
	if simpleYAMLMeta(m, fm, firstLine) {
		return nil
	}
	return parseYAMLMetaSlow(m, fm, firstLine)
}

// parseYAMLMetaSlow is parseYAMLMeta through yaml.v3, whatever the text.
func parseYAMLMetaSlow(m *meta, fm string, firstLine int) error {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &doc); err != nil {
		return yamlError(ErrFrontMatter, err, fm, firstLine)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil // empty front matter
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return atLine(firstLine-1+root.Line, fmt.Errorf("%w: want key: value lines", ErrFrontMatter))
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := strings.ToLower(root.Content[i].Value)
		if !known(k) {
			continue
		}
		v := root.Content[i+1]
		line := firstLine - 1 + v.Line
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			return atLine(line, fmt.Errorf("%w: %s is not a single value", ErrFrontMatter, k))
		}
		if v.Tag == "!!null" {
			continue
		}
		m.set(k, field{value: v.Value, line: line})
	}
	return nil
}

// simpleYAMLMeta reads front matter that is only lines "key: value", each
// value plain ("date: 2024-06-18", "outlet: The Wire") or in double quotes
// without escapes, into m, as parseYAMLMeta would, and reports whether it
// did: anything else (a comment, a list, an escape, a key twice, a value
// yaml.v3 would read as null) is left to yaml.v3, and m is left as it was.
// An archive's front matter is mostly such lines, and yaml.v3 is slow
// (its parser is built anew for each text).
func simpleYAMLMeta(m *meta, fm string, firstLine int) bool {
	type kv struct {
		k, v string
		line int
	}
	var kvs [8]kv
	n := 0
	for i, rest := 0, fm; rest != ""; i++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		if l == "" {
			continue
		}
		k, v, ok := strings.Cut(l, ": ")
		if !ok || n == len(kvs) || !simpleYAMLKey(k) {
			return false
		}
		v = strings.TrimLeft(v, " ")
		if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
			v = v[1 : len(v)-1]
			if strings.ContainsAny(v, `"\`) || !simpleYAMLText(v) {
				return false
			}
		} else if !simpleYAMLPlain(v) {
			return false
		}
		for _, p := range kvs[:n] {
			if p.k == k {
				return false // yaml.v3 says what it makes of a key twice
			}
		}
		kvs[n] = kv{k, v, firstLine + i}
		n++
	}
	if n == 0 {
		return false
	}
	for _, p := range kvs[:n] {
		if k := strings.ToLower(p.k); known(k) {
			// A copy, as yaml.v3 makes: a piece of fm would keep the
			// whole article's text alive as long as the value (an
			// outlet or url is kept for the whole run: see Keep).
			m.set(k, field{value: strings.Clone(p.v), line: p.line})
		}
	}
	return true
}

// simpleYAMLKey reports whether k is a key simpleYAMLMeta reads: a letter,
// then letters, digits, '_' and '-'.
func simpleYAMLKey(k string) bool {
	if k == "" || !('a' <= k[0]|0x20 && k[0]|0x20 <= 'z') {
		return false
	}
	for i := 1; i < len(k); i++ {
		c := k[i]
		if !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// simpleYAMLPlain reports whether v is a plain value simpleYAMLMeta reads
// as it is written: it starts with a letter or a digit, ends with no space
// or ':', has no " #" (a comment) or ": " in it, is no word yaml.v3 reads
// as null, and its characters are simpleYAMLText's.
func simpleYAMLPlain(v string) bool {
	if v == "" || !('a' <= v[0]|0x20 && v[0]|0x20 <= 'z' || '0' <= v[0] && v[0] <= '9') {
		return false
	}
	switch v {
	case "null", "Null", "NULL":
		return false
	}
	if c := v[len(v)-1]; c == ' ' || c == ':' || strings.Contains(v, ": ") || strings.IndexByte(v, '#') >= 0 {
		return false
	}
	return simpleYAMLText(v)
}

// simpleYAMLText reports whether v has only characters yaml.v3 reads as
// they are on one line: printable ASCII, and printable runes past U+00A0
// other than the line and paragraph separators and the byte order mark.
func simpleYAMLText(v string) bool {
	for _, r := range v {
		switch {
		case 0x20 <= r && r <= 0x7e:
		case r < 0xa0 || r == utf8.RuneError || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff:
			return false
		}
	}
	return true
}

func parseTOMLMeta(m *meta, fm string, firstLine int) error {
	var v map[string]any
	if _, err := toml.Decode(fm, &v); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return atLine(firstLine-1+pe.Position.Line, fmt.Errorf("%w: %s", ErrFrontMatter, pe.Message))
		}
		return atLine(firstLine, fmt.Errorf("%w: %w", ErrFrontMatter, err))
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	// Sorted, so that which of two spellings ("Date", "date") wins does not
	// depend on map order.
	slices.Sort(keys)
	for _, k := range keys {
		lk := strings.ToLower(k)
		if !known(lk) {
			continue
		}
		line := tomlKeyLine(fm, k, firstLine)
		var s string
		switch x := v[k].(type) {
		case string:
			s = x
		case time.Time:
			s = tomlTime(x)
		case int64, float64:
			s = fmt.Sprint(x)
		default:
			return atLine(line, fmt.Errorf("%w: %s is not a single value", ErrFrontMatter, lk))
		}
		m.set(lk, field{value: s, line: line})
	}
	return nil
}

// tomlTime writes a TOML date or date-time back as text, so that it is read
// like any other metadata date: a local date or date-time (no offset) without
// a zone, to be placed in the newsroom's zone, and an offset date-time in RFC
// 3339. BurntSushi/toml marks the local kinds by their location's name.
func tomlTime(t time.Time) string {
	switch t.Location().String() {
	case "date-local":
		return t.Format(time.DateOnly)
	case "datetime-local":
		return t.Format("2006-01-02T15:04:05.999999999")
	case "time-local":
		return t.Format("15:04:05")
	}
	return t.Format(time.RFC3339Nano)
}

// tomlKeyLine finds the line of a top-level key in TOML text; BurntSushi/toml
// does not give key positions. It returns firstLine when it cannot tell.
func tomlKeyLine(fm, key string, firstLine int) int {
	for i, l := range strings.Split(fm, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") {
			break // a table: top-level keys are all above it
		}
		for _, k := range []string{key, `"` + key + `"`, `'` + key + `'`} {
			if rest, ok := strings.CutPrefix(l, k); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "=") {
				return firstLine + i
			}
		}
	}
	return firstLine
}
