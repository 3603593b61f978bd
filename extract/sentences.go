package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// sentence is one cleaned sentence of an article, kept as a span of the
// article's text so that every event traces back to it.
type sentence struct {
	start, end int // byte span in the article text
	line       int // index of the line (block) it sits in
	index      int // index of the sentence in the article
}

// noiseLines are whole lines that CMS exports and scrapers leave in article
// text: link teasers, widgets, loaders (data/noise.txt). Compared
// lower-case, trimmed. An entry that ends in " *" is the opening of such
// lines (noisePrefixes): "eds: *" is a wire service's note to editors.
var noiseLines, noisePrefixes = splitPrefixes(mustReadLines(readLines("data/noise.txt", noiseData)))

// splitPrefixes takes the entries that end in " *" out of lines: the
// openings they give, sorted.
func splitPrefixes(lines map[string]bool) (map[string]bool, []string) {
	var prefixes []string
	for l := range lines {
		if p, ok := strings.CutSuffix(l, " *"); ok {
			prefixes = append(prefixes, p)
			delete(lines, l)
		}
	}
	slices.Sort(prefixes)
	return lines, prefixes
}

// noiseOpening reports whether a line's key opens with one of
// noisePrefixes.
func noiseOpening(key string) bool {
	for _, p := range noisePrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// photoCredits open a photo credit (data/words.txt).
var photoCredits = wordLists["photo-credits"]

// creditRE matches a photo credit tacked onto a caption ("... 2023. / Photo: Agency").
var creditRE = regexp.MustCompile(`(?i)\s*(?:/\s*)?\(?` + alternation(photoCredits) + `\s*(?:credit)?\s*:\s*[^)]*\)?\s*$`)

// creditIndex finds a trailing photo credit; the regular expression runs
// only on lines that mention one.
func creditIndex(line string) []int {
	if !strings.Contains(line, ":") || !slices.ContainsFunc(photoCredits, func(w string) bool { return containsFold(line, w) }) {
		return nil
	}
	return creditRE.FindStringIndex(line)
}

// containsFold reports whether s contains the lower-case ASCII word w in
// any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// cleanLines returns the byte spans of the lines of text that carry copy:
// noise lines, repeated lines (a caption printed twice) and stray fragments
// (a few words with no sentence punctuation, such as a leftover widget
// label) are dropped, and a trailing photo credit is cut off.
func cleanLines(text, low string) [][2]int {
	return appendCleanLines(nil, map[string]bool{}, text, low)
}

// appendCleanLines appends the spans cleanLines returns to spans, noting
// the lines met in seen, which it leaves holding pieces of low.
func appendCleanLines(spans [][2]int, seen map[string]bool, text, low string) [][2]int {
	var buf []byte // the key of a line
	about := ""    // the name an "About ..." heading just gave (aboutName)
	pos := 0
	for pos <= len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(text, pos, end)
		if s < e {
			line := text[s:e]
			if loc := creditIndex(line); loc != nil && loc[0] > 0 && strings.Contains(line[loc[0]:], ":") {
				e = s + loc[0]
				s, e = trimSpan(text, s, e)
				line = text[s:e]
			}
			var key string
			plain := plainLine(line)
			if plain {
				// Its key is its span of low: no copy, even to keep it.
				key = low[s:e]
			} else {
				buf = lineKey(buf, line)
				key = string(buf) // a copy of its own, kept as it is
			}
			keep := func() { seen[key] = true }
			told := about
			about = aboutName(line, key)
			switch {
			case len(key) == 0 || noiseLines[key] || seen[key] || noiseOpening(key):
			case about != "":
				// The heading of a press release's boilerplate, no copy.
			case told != "" && aboutOpening(key, told):
				// The paragraph under it: what the body is and when it
				// was founded, the same in every release it sends.
				keep()
			case isStray(line):
				keep()
			default:
				spans = append(spans, [2]int{s, e})
				keep()
			}
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return spans
}

// aboutName returns the name, lowered, that a press release's boilerplate
// heading gives ("About Corvane Midstream", "About the City of Kingsmere":
// "About" and at most eight words, each opening in a capital but the small
// words of names (data/words.txt name-links) and "&", no sentence
// punctuation, a capital among them), "" for any other
// line. key is the line's lineKey.
func aboutName(line, key string) string {
	rest, ok := strings.CutPrefix(line, "About ")
	if !ok || strings.ContainsAny(line, ".!?:;,\"“”") || fieldsAtLeast(rest, 9) {
		return ""
	}
	capital := false
	for _, w := range strings.Fields(rest) {
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsUpper(r):
			capital = true
		case w == "&" || nameLinks.Has(w):
		default:
			return ""
		}
	}
	if !capital {
		return ""
	}
	return strings.TrimPrefix(key[len("about "):], "the ")
}

// aboutOpening reports whether a line's key opens with name, the one an
// "About" heading gave, or with "the" and it: the paragraph under the
// heading, "Corvane Midstream LLC is a Houston-based ...".
func aboutOpening(key, name string) bool {
	key = strings.TrimPrefix(key, "the ")
	rest, ok := strings.CutPrefix(key, name)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == ',' || rest[0] == '\'')
}

// plainLine reports whether a line is ASCII with no white space but single
// spaces: its lineKey is then the line lowered, its span of asciiLower's
// text.
func plainLine(line string) bool {
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c >= utf8.RuneSelf || asciiSpace[c] && (c != ' ' || i == 0 || i == len(line)-1 || line[i-1] == ' ') {
			return false
		}
	}
	return true
}

// lineKey returns what a line is compared by, in b's room: its words (as
// strings.Fields cuts them) joined by one space, lower-cased.
func lineKey(b []byte, line string) []byte {
	if !isASCII(line) {
		// One pass, as strings.ToLower(foldSpace(line)) would give it: a
		// byte that is not UTF-8 is U+FFFD lowered, as in strings.Map.
		b = b[:0]
		sep := false
		for i := 0; i < len(line); {
			c := line[i]
			if c < utf8.RuneSelf {
				i++
				if asciiSpace[c] {
					sep = len(b) > 0
					continue
				}
				if sep {
					b = append(b, ' ')
					sep = false
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
				continue
			}
			r, n := utf8.DecodeRuneInString(line[i:])
			i += n
			if unicode.IsSpace(r) {
				sep = len(b) > 0
				continue
			}
			if sep {
				b = append(b, ' ')
				sep = false
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		return b
	}
	// Copied, then folded and lowered in place: n never passes i, as a
	// space is written only for at least one skipped.
	b = append(b[:0], line...)
	n, sep := 0, false
	for _, c := range b {
		if asciiSpace[c] {
			sep = n > 0
			continue
		}
		if sep {
			b[n] = ' '
			n++
			sep = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n] = c
		n++
	}
	return b[:n]
}

// fieldsAtLeast reports whether len(strings.Fields(s)) >= n, reading s
// only as far as the n-th field.
func fieldsAtLeast(s string, n int) bool {
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n--; n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

// asciiSpace is unicode.IsSpace on the ASCII bytes.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isStray reports whether a line is too short to be copy: fewer than four
// words and no sentence-ending punctuation ("Route 6", an agency name).
func isStray(line string) bool {
	if fieldsAtLeast(line, 4) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(`.!?"”’'`, r)
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// abbreviations end with a period that does not end a sentence: titles,
// month abbreviations of AP style, initialisms (data/words.txt). Compared
// lower-case, without the final period.
var abbreviations = wordSet("abbreviations")

// splitSentences splits the line text[s:e] into sentences. A sentence ends
// at '.', '!' or '?' (possibly followed by closing quotes) before white space
// and a capital, digit or opening quote, unless the word before the period
// is an abbreviation or an initial ("Maj. Gen. Pat Ryder", "Sept. 13").
func splitSentences(text string, s, e int) [][2]int {
	return splitSentencesLow(text, "", s, e)
}

// splitSentencesLow is splitSentences given low, asciiLower(text), or ""
// to lower the words it looks up here.
func splitSentencesLow(text, low string, s, e int) [][2]int {
	return appendSentenceSpans(nil, text, low, s, e)
}

// appendSentenceSpans appends the spans splitSentencesLow returns to out.
func appendSentenceSpans(out [][2]int, text, low string, s, e int) [][2]int {
	start := s
	for i := s; i < e; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < e && (text[j] == '.' || text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		for j < e {
			r, n := utf8.DecodeRuneInString(text[j:e])
			if r != '”' && r != '’' {
				break
			}
			j += n
		}
		if j >= e || text[j] != ' ' {
			continue
		}
		k := j
		for k < e && text[k] == ' ' {
			k++
		}
		if k >= e {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:e])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(`"“‘'`, next) {
			continue
		}
		if c == '.' && text[i+1:j] == "" && !answerWord(text[start:i], next) && (isAbbreviationLow(text[start:i], low, start) || heldOn(text[start:i], text[k:e])) {
			continue
		}
		if c == '.' && start == s && stampOnly(text[start:j]) {
			continue // "11:40 p.m. Crews have brought back ..."
		}
		a, b := trimSpan(text, start, j)
		if a < b {
			out = append(out, [2]int{a, b})
		}
		// The next sentence starts at k: the closing marks between j and
		// k ("...", "?.") are behind us, never looked at again.
		start = k
		i = k - 1
	}
	if a, b := trimSpan(text, start, e); a < b {
		out = append(out, [2]int{a, b})
	}
	return out
}

// stampOnly reports whether seg, all of a line up to a period, is a live
// blog's clock stamp in the twelve-hour clock and nothing else ("11:40
// p.m.", "Updated 9.15 a.m.", "Tuesday, 11:40 p.m."): the stamp opens its
// entry ("11:40 p.m. Crews have brought back power to ..."), and tells
// the time of the entry's first sentence; it is no sentence of its own.
func stampOnly(seg string) bool {
	if len(seg) > stampMax {
		return false // (a sentence, read no further)
	}
	ws := strings.Fields(seg)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	half := ws[len(ws)-1]
	if !strings.EqualFold(half, "a.m.") && !strings.EqualFold(half, "p.m.") {
		return false
	}
	_, _, ok := clockStamp(seg)
	return ok
}

// stampMax bounds a live blog's stamp ("Wednesday, 11:40 p.m. ET"): the
// longest text stampOnly and lineStamp read as one.
const stampMax = 40

// answerWord reports whether before, all of a sentence up to its period,
// is "No", and a letter in capitals follows: the answer of a question and
// answer ("Was anyone hurt? No. The driver walked away"), a sentence of
// its own, not the abbreviation of number, which a figure follows ("No.
// 57", "No. 10 Downing Street"). So is "no" in small letters that ends
// a clause before a capital ("with one member voting no. About 180 people
// came"): the abbreviation is written "No.", or before a figure ("patent
// no. 5,123,456").
func answerWord(before string, next rune) bool {
	if !unicode.IsUpper(next) {
		return false
	}
	b := strings.TrimSpace(before)
	return b == "No" || b == "no" || strings.HasSuffix(b, " no")
}

// clockCompletions are the days and zones after a clock time's "a.m." or
// "p.m." (data/words.txt).
var clockCompletions = wordSet("clock-completions")

// heldOn reports whether the word before a period is one the next word
// completes, so that the period ends no sentence: a clock time's "a.m." or
// "p.m." before its day or zone ("at 12:01 a.m. Tuesday"), the "v." of a
// case between its parties ("SEC v. Talbot"; the next word is a capital).
func heldOn(before, next string) bool {
	w := before
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		w = before[i+1:]
	}
	switch {
	case w == "v":
		return true
	case strings.EqualFold(w, "a.m") || strings.EqualFold(w, "p.m"):
		rest := next
		if k := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			next = next[:k]
		}
		return inSet(clockCompletions, next) || zoneWritten(next, rest[len(next):])
	}
	return false
}

// clockZoneNames are the zones news English writes out after a clock's
// "a.m." or "p.m.", and clockZoneHeads the words that follow such a name
// in it (data/words.txt).
var (
	clockZoneNames = wordSet("clock-zone-names")
	clockZoneHeads = wordSet("clock-zone-heads")
)

// zoneWritten reports whether name, the word after a clock's "a.m." or
// "p.m.", and rest, the text after it, are a time zone written out
// ("10 p.m. Mountain time", "6:15 a.m. Pacific Daylight Time"): the name
// of a zone, then "time", "standard" or "daylight" right after it. The
// zone completes the time, and the period ends no sentence; a zone's name
// alone may open one ("at 9 a.m. Pacific shipping lines said").
func zoneWritten(name, rest string) bool {
	if !inSet(clockZoneNames, name) || !strings.HasPrefix(rest, " ") {
		return false
	}
	w := firstWord(strings.TrimLeft(rest, " "))
	return inSet(clockZoneHeads, strings.TrimRight(w, ",;:."))
}

// isAbbreviation reports whether the text before a period ends with an
// abbreviation or a one-letter initial.
func isAbbreviation(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " (\"“"); i >= 0 {
		w = before[i+1:]
	}
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return inSet(abbreviations, w) || inSet(abbreviations, hyphenTail(w))
}

// hyphenTail is the part of w after its last hyphen when it opens with a
// capital and has two letters or more, or "": a compound's last part is
// read as a word of its own ("Minneapolis-St. Paul", "Dallas-Ft. Worth"),
// but a lone letter after a hyphen is no initial ("Plan-B. The" ends a
// sentence), nor a word in small letters an abbreviation ("It was a
// no-no. Then").
func hyphenTail(w string) string {
	i := strings.LastIndexByte(w, '-')
	if i < 0 || len(w)-i-1 < 2 || w[i+1] < 'A' || w[i+1] > 'Z' {
		return ""
	}
	return w[i+1:]
}

// isAbbreviationLow is isAbbreviation on before, text[at:at+len(before)],
// given low, asciiLower(text), or "".
func isAbbreviationLow(before, low string, at int) bool {
	w := before
	i := strings.LastIndexAny(before, " (\"“")
	if i >= 0 {
		w = before[i+1:]
	}
	if w == "" || low == "" || !isASCII(w) {
		return isAbbreviation(before)
	}
	if len(w) == 1 {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	lw := low[at+i+1 : at+len(before)]
	if abbreviations.Has(lw) {
		return true
	}
	h := strings.LastIndexByte(w, '-')
	return hyphenTail(w) != "" && abbreviations.Has(lw[h+1:])
}

// datelineRE matches the dateline that opens a wire story: the place in
// capitals of any script ("BOGOTÁ", "ÅLESUND"; two joined by a slash: "OSLO/CHICAGO"), an optional date (a
// day before its month too: "LONDON, 26 October") and agency (or a
// release's wire between slashes: "Dec. 1, 2022 /PRNewswire/ --"), and a
// dash ("HAVANA, Aug. 7 (Xinhua) --", "SEOUL, June 18 (Reuters) -",
// "WASHINGTON (AP) —"; the New
// York Times News Service wrote its dash as an underscore: "KAMPALA, Uganda
// _"). A double dash may touch the text ("BEIJING, Aug. 7 (Xinhua)--China
// ..."); an agency needs no dash ("WASHINGTON, Aug 7 (IANS) The ..."), and
// with one a place may be written in lower case ("Washington, Aug 7
// (IANS)", "Nairobi (dpa) -", its country in parentheses before the
// agency: "Gulu (Uganda) (AFP) -"); a business wire sets its name between
// double dashes ("LAGOS, Nigeria--(PR WIRE)--"), and a region after a
// comma may be written with accents or a particle ("Côte d'Ivoire"); Indian papers end a place in capitals with a
// colon ("NEW DELHI: India on Friday ..."). A business wire's dateline
// may give no place, only the date and agency ("Feb 15 (Reuters) -").
var datelineRE = regexp.MustCompile(`^(?:` +
	`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?\s*\([A-Za-z][\w .&/-]*\)\s*(?:--|—|–|-)\s+|` +
	datelinePlace(`\p{Lu}[\p{Lu}.'’-]+(?:(?:\s+|/)\p{Lu}[\p{Lu}.'’-]+)*`) + `(?:` +
	`\s*(?:\([A-Za-z][\w .&/-]*\)|/[A-Za-z][\w .&-]*/)?\s*(?:--|—|–|-|_)\s+|` +
	`\s*--\([A-Za-z][\w .&/-]*\)--\s*|\s*(?:\([A-Za-z][\w .&/-]*\))?\s*--\s*|\s*\([A-Za-z][\w .&/-]*\)\s*—\s*|` +
	`\s*\([A-Za-z]{2,12}\)\s+)` +
	`|` + datelinePlace(`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}`) +
	`(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([A-Za-z]{2,12}\)\s*(?:(?:--|—|–|-)\s*)?|(?:\s*\([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\))?\s*\([A-Za-z]{2,12}\)\s*(?:--|—|–|-)\s*))`)

// datelineMixedRE is a dateline whose place is written in lower case with
// no agency, set off by a spaced double dash or an em dash ("Lilongwe --
// The ...", "Maputo, Mozambique — Police ..."): what follows must open
// with a capital (datelineEnd).
var datelineMixedRE = regexp.MustCompile(`^` + datelinePlace(`[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}`) + `\s+(?:--|—)\s+`)

// datelineStampRE is a dateline that names the outlet (and a place) in
// mixed case and stamps the filing's date, and maybe its clock, in
// parentheses before a dash ("Courier, Leeds (March 4, 2020, 9:00 AM GMT)
// -- A judge ..."): what follows must open with a capital (datelineEnd).
var datelineStampRE = regexp.MustCompile(`^[A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,2}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?\s*\([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*\d{4}(?:,?\s*\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s*[A-Z]{2,4})?)?\)\s*(?:--|—|–)\s+`)

// datelineColonRE is the dateline of Indian papers ("NEW DELHI: India on
// Friday ..."), read below a text's first line only: a headline's "NCAA:"
// or "Lawyer:" is a name or a label that tells what the news is about.
var datelineColonRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*:\s+`)

// colonLabels open a label before a colon, never a place (data/words.txt).
var colonLabels = wordSet("colon-labels")

// datelinePlace is the pattern of a dateline's place (given as the
// pattern of its first name), its regions after commas, and its date.
func datelinePlace(name string) string {
	return name + `(?:,\s*\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}|[a-z]{1,2}['’]\p{Lu})[\p{L}.]*)*)*` +
		`(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?`
}

// datelineEnd returns where the text of a line starts after its dateline,
// or s when it has none. The dateline's date is when the story was filed,
// never the date of what it reports.
func datelineEnd(text string, s, e int) int {
	line := text[s:e]
	if strings.HasPrefix(line, "By ") {
		// A byline run into the dateline on one line ("By JOHN SMITH,
		// Associated Press Writer WASHINGTON — The Senate voted ..."):
		// the text starts after the dateline that follows a few words.
		for i, n := 3, 0; i < min(len(line), 100) && n <= 10; i++ {
			if line[i-1] != ' ' {
				continue
			}
			n++
			if c := line[i]; c < 'A' || c > 'Z' || i+1 >= len(line) || line[i+1] < 'A' || line[i+1] > 'Z' {
				continue
			}
			if loc := datelineRE.FindStringIndex(line[i:min(len(line), i+120)]); loc != nil && i+loc[1] < len(line) {
				return s + i + loc[1]
			}
		}
	}
	// Each of the two patterns below opens with a capital and needs its
	// dash (or, for a stamp, its parenthesis) within the bytes it reads:
	// a line with neither is not tried (most lines are not datelines).
	head := line[:min(len(line), 80)]
	if len(line) >= 2 && 'A' <= line[0] && line[0] <= 'Z' && 'a' <= line[1] && line[1] <= 'z' && (strings.Contains(head, "--") || strings.Contains(head, "—")) {
		if loc := datelineMixedRE.FindStringIndex(head); loc != nil && loc[1] < len(line) && 'A' <= line[loc[1]] && line[loc[1]] <= 'Z' {
			return s + loc[1]
		}
	}
	if stamp := line[:min(len(line), 100)]; len(line) > 0 && 'A' <= line[0] && line[0] <= 'Z' && strings.Contains(stamp, "(") {
		if loc := datelineStampRE.FindStringIndex(stamp); loc != nil && loc[1] < len(line) && 'A' <= line[loc[1]] && line[loc[1]] <= 'Z' {
			return s + loc[1]
		}
	}
	paren := strings.Contains(line[:min(len(line), 40)], "(")
	if len(line) < 8 {
		return s
	}
	// The place is in capitals of any script ("BOGOTÁ, March 3 (Reuters) -",
	// "ÅLESUND, Norway (AFP) -"), or in mixed case before an agency.
	r0, n0 := utf8.DecodeRuneInString(line)
	r1, _ := utf8.DecodeRuneInString(line[n0:])
	if !unicode.IsUpper(r0) && !(paren && '0' <= line[0] && line[0] <= '9') || !unicode.IsUpper(r1) && !paren {
		return s
	}
	if loc := datelineRE.FindStringIndex(line[:min(len(line), 120)]); loc != nil && loc[1] < len(line) {
		return s + loc[1]
	}
	if strings.TrimSpace(text[:s]) != "" {
		if loc := datelineColonRE.FindStringIndex(line[:min(len(line), 60)]); loc != nil && loc[1] < len(line) {
			// What follows is a sentence, not a label's value in
			// capitals ("UPDATED: TUESDAY, MARCH 12, 2013, 9:36 AM").
			rest := line[loc[1]:]
			label := slices.ContainsFunc(strings.Fields(line[:loc[1]]), func(w string) bool {
				return inSet(colonLabels, strings.TrimRight(w, ":"))
			})
			if !label && strings.ContainsFunc(rest[:min(len(rest), 40)], unicode.IsLower) {
				return s + loc[1]
			}
		}
	}
	return s
}

// byline reports whether a line is a byline ("By Jane Smith and John Roe").
func byline(line string) bool {
	return strings.HasPrefix(line, "By ") && fieldCount(line) <= 8 && !strings.ContainsAny(line, ".!?")
}

// sentences returns the cleaned sentences of an article's text in order.
func sentences(text string) []sentence {
	return sentencesLow(text, asciiLower(text))
}

// sentencesLow is sentences given low, asciiLower(text).
func sentencesLow(text, low string) []sentence {
	ls := lineScratches.Get().(*lineScratch)
	defer func() {
		// Nothing of this article's text stays in the scratch.
		if len(ls.seen) > maxLineRoom {
			ls.seen = map[string]bool{} // nor its room (clear costs as much)
		} else {
			clear(ls.seen)
		}
		if cap(ls.lines) > maxLineRoom {
			ls.lines, ls.spans = nil, nil // one huge article's room is not kept
		}
		lineScratches.Put(ls)
	}()
	ls.lines = appendCleanLines(ls.lines[:0], ls.seen, text, low)
	n := 0
	for _, l := range ls.lines {
		// One sentence a line at least, and a few more.
		n += 1 + (l[1]-l[0])/128
	}
	out := make([]sentence, 0, n)
	for li, l := range ls.lines {
		if byline(text[l[0]:l[1]]) {
			continue
		}
		l[0] = datelineEnd(text, l[0], l[1])
		ls.spans = appendSentenceSpans(ls.spans[:0], text, low, l[0], l[1])
		for _, sp := range ls.spans {
			out = append(out, sentence{start: sp[0], end: sp[1], line: li, index: len(out)})
		}
	}
	return out
}

// lineScratch is what sentencesLow reuses from one article to the next:
// the room of its lines and spans, and the set of lines met (cleanLines).
type lineScratch struct {
	lines, spans [][2]int
	seen         map[string]bool
}

var lineScratches = sync.Pool{New: func() any { return &lineScratch{seen: map[string]bool{}} }}

// maxLineRoom is the most lines a lineScratch keeps room for between
// articles.
const maxLineRoom = 1 << 12
