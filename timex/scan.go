package timex

// Token kinds.
const (
	tWord  uint8 = iota // letters (and any non-ASCII bytes)
	tNum                // digits, maybe with inner , . : / between digits
	tPunct              // one other non-space byte
)

// token is one unit of the scanned text. low is the lowercase text, a
// substring of one lowered copy of the whole text (no allocation per token).
type token struct {
	start, end int
	low        string
	kind       uint8
	cap        bool // starts with an uppercase ASCII letter
	upper      bool // all letters uppercase (and at least two)
	space      bool // whitespace (or start of text) before the token
	nl         bool // a blank line (paragraph break) before the token
	num        int  // value of a plain digit token, else -1
	digits     int  // number of digits of a plain digit token
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// scan splits text into tokens with a hand-written byte loop.
func (t *Tagger) scan(text string) { t.scanLow(text, "") }

// scanLow is scan given low, text with its ASCII capitals lowered and
// nothing else changed (a caller that has it already), or "" to lower it
// here.
func (t *Tagger) scanLow(text, low string) {
	t.toks = t.toks[:0]
	if len(low) != len(text) {
		if cap(t.lower) < len(text) {
			t.lower = make([]byte, len(text))
		}
		lb := t.lower[:len(text)]
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lb[i] = c
		}
		low = string(lb)
	}
	space, nl := true, true
	newlines := 0
	for i := 0; i < len(text); {
		c := text[i]
		if isSpace(c) {
			if c == '\n' {
				newlines++
				if newlines >= 2 || t.Lines {
					nl = true
				}
			}
			space = true
			i++
			continue
		}
		if c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0 { // no-break space
			space = true
			i += 2
			continue
		}
		tok := token{start: i, space: space, nl: nl, num: -1}
		switch {
		case c == 0xE2 && i+1 < len(text) && text[i+1] == 0x80:
			// U+2000..U+203F: dashes, curly quotes, ellipsis: one punctuation token.
			tok.kind = tPunct
			tok.end = min(i+3, len(text))
		case isLetter(c):
			j := i
			upper := 0
			letters := 0
			if c == 0xC2 { // a lone 0xC2 (not a no-break space) starts a word
				j++
				letters++
			}
			for j < len(text) && isLetter(text[j]) && !(text[j] == 0xE2 && j+1 < len(text) && text[j+1] == 0x80) && !(text[j] == 0xC2 && j+1 < len(text) && text[j+1] == 0xA0) {
				if text[j] >= 'A' && text[j] <= 'Z' {
					upper++
				}
				letters++
				j++
			}
			tok.kind = tWord
			tok.end = j
			tok.cap = c >= 'A' && c <= 'Z'
			tok.upper = letters >= 2 && upper == letters
		case isDigit(c):
			j := i
			plain := true
			for j < len(text) {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == ',' || text[j] == '.' || text[j] == ':' || text[j] == '/') && j+1 < len(text) && isDigit(text[j+1]) {
					plain = false
					j += 2
					continue
				}
				break
			}
			tok.kind = tNum
			tok.end = j
			if plain && j-i <= 9 {
				n := 0
				for k := i; k < j; k++ {
					n = n*10 + int(text[k]-'0')
				}
				tok.num = n
				tok.digits = j - i
			}
		default:
			tok.kind = tPunct
			tok.end = i + 1
		}
		if tok.end <= i { // never stall, whatever the bytes
			tok.end, tok.kind = i+1, tPunct
		}
		tok.low = low[tok.start:tok.end]
		t.toks = append(t.toks, tok)
		i = tok.end
		space, nl, newlines = false, false, 0
	}
	t.contractions()
}

// contractions reads a negative contraction as its auxiliary and "not"
// ("didn't" as "did not", "won't" as "will not", "isn't" as "is not"):
// in news English the two forms tell the same tense, and every rule that
// reads "did", "will" or "is" reads the contraction too ("The council
// won't vote on Sunday" is a future, not the past of "win"). The stem
// keeps its span and the apostrophe and "t" become one token "not"; the
// stems are negative-contractions in the lexicon.
func (t *Tagger) contractions() {
	toks := t.toks
	out := -1 // tokens kept so far, once the first contraction is found
	for i := 0; i < len(toks); i++ {
		if i+2 < len(toks) && toks[i+2].low == "t" && t.contraction(i) {
			if out < 0 {
				out = i
			}
			tok, a, n := toks[i], toks[i+1], toks[i+2]
			tok.low = negContractions[tok.low]
			toks[out], toks[out+1] = tok, token{start: a.start, end: n.end, low: "not", kind: tWord, num: -1}
			out += 2
			i += 2
			continue
		}
		if out >= 0 {
			toks[out] = toks[i]
			out++
		}
	}
	if out >= 0 {
		t.toks = toks[:out]
	}
}

// contraction reports whether the tokens from i are a negative
// contraction: a stem of negative-contractions, an apostrophe and "t",
// with no space between.
func (t *Tagger) contraction(i int) bool {
	tok, a, n := &t.toks[i], &t.toks[i+1], &t.toks[i+2]
	_, ok := negContractions[tok.low]
	return ok && tok.kind == tWord && n.kind == tWord && a.start == tok.end && n.start == a.end && (a.low == "'" || a.low == "\u2019")
}
