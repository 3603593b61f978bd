package extract

import (
	"strings"
	"unicode/utf8"
)

// openingTense is nowTold's answer for the sentence b read without a copy
// and without cutting it into clauses, when that gives the same answer:
// presentFirst on the words of b's main clause (mainClause), ok false
// when it cannot tell. mainClause cuts a sentence only at a comma or a
// semicolon and a space (segments), and drops only a clause that opens
// with "who" or "which" (relativeClause): in a sentence that does not open
// so, the words before its first comma or semicolon and space are the
// first words of its main clause. So presentFirst's answer found among
// them is nowTold's; one that no word of a sentence with no such comma
// decides is false. Words are cut and lowered as appendWords cuts and
// lowers them; most sentences the merge tries are decided by their first
// verb, which spares the copy of each sentence, its main clause and its
// words (a third of the merge's time on an archive).
func openingTense(b []byte) (present, ok bool) {
	if opensRelative(b) {
		return false, false
	}
	var room [48]byte
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[i:])
		}
		if !isWordRune(r) {
			if (r == ',' || r == ';') && i+1 < len(b) && b[i+1] == ' ' {
				return false, false // a clause may end here
			}
			i += n
			continue
		}
		j, ascii := i, true
		for j < len(b) {
			if c := b[j]; c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRune(b[j:])
			if !isWordRune(r) {
				break
			}
			ascii = false
			j += n
		}
		var t int
		if ascii && j-i <= len(room) {
			w := room[:j-i]
			for k, c := range b[i:j] {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				w[k] = c
			}
			t = tenseOf(string(w))
		} else {
			t = tenseOf(strings.ToLower(string(b[i:j])))
		}
		if t != 0 {
			return t > 0, true
		}
		i = j
	}
	return false, true
}

// opensRelative reports whether b may open with "who" or "which", in any
// case: a sentence whose first clause mainClause may drop.
func opensRelative(b []byte) bool {
	lowerIs := func(w string) bool {
		if len(b) < len(w) {
			return false
		}
		for k := range len(w) {
			if b[k]|0x20 != w[k] {
				return false
			}
		}
		return true
	}
	return lowerIs("who") || lowerIs("which")
}
