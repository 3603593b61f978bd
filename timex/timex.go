package timex

import "time"

// Timex is one time expression in a text.
type Timex struct {
	Start, End int    // byte offsets into the text, End exclusive
	Text       string // text[Start:End]
	Type       string // "DATE", "TIME", "DURATION" or "SET"
	// Value is the TIMEX3 value: "2019-04-25", "2023-09", "2024-W24",
	// "2000", "P24Y", "PRESENT_REF", "XXXX-12-25", ...
	Value string
	// Val is the same value in fields (see Value): the date, granularity,
	// count and unit a program reads without parsing Value back.
	Val Value
	// Mod is the TIMEX3 mod where the text gives one (START, END, MID,
	// BEFORE, AFTER, APPROX, ...), else "".
	Mod string
	// Freq and Quant are set for SET expressions ("every week": Quant
	// "EVERY"; "twice a week": Freq "2X").
	Freq, Quant string
}

// Tag returns the time expressions of text in order, resolved against dct
// (the document creation or publication time; only its date is used unless
// the text has times of day). It is a shorthand for a new Tagger's Tag.
func Tag(text string, dct time.Time) []Timex {
	var t Tagger
	return t.Tag(text, dct)
}

// A Tagger tags texts and keeps its buffers between calls, so tagging many
// documents with one Tagger allocates little. The zero Tagger is ready to
// use; a Tagger must not be used by two goroutines at once.
type Tagger struct {
	toks  []token
	lower []byte
	out   []Timex
	st    state
	// inq[i] tells whether token i is inside quotation marks, computed
	// on first use (quoted) for the text being tagged.
	inq    []bool
	quoted bool
	// yesterday is 1 + whether the text says "yesterday" anywhere, 0
	// until asked (saysYesterday).
	yesterday uint8
	// marks[k] is 1 + the tense word k signals (marker), 0 until asked:
	// the clause scans of neighbouring dates overlap, and a clause that
	// never ends would otherwise have its words read again for each date
	// in it.
	marks []uint8
	// Lines tells Tag that each line of the text is a paragraph (a
	// headline, a dateline, a block of a page), as extract's texts are:
	// no tense is read across a line's end. Otherwise only a blank line
	// ends a paragraph, and a line break is a space (wrapped text).
	Lines bool
}

// Tag returns the time expressions of text in order, resolved against dct.
// The result is a new slice that the caller owns.
func (t *Tagger) Tag(text string, dct time.Time) []Timex {
	return t.TagLow(text, "", dct)
}

// TagLow is Tag given low, text with its ASCII capitals A-Z lowered and
// every other byte as it is (as a caller that lowers the text for its own
// reading has it), so that the text is not lowered twice; low "" (or of
// another length) is worked out here. The Timexes are those of Tag.
func (t *Tagger) TagLow(text, low string, dct time.Time) []Timex {
	t.scanLow(text, low)
	if cap(t.marks) < len(t.toks) {
		t.marks = make([]uint8, len(t.toks))
	}
	t.marks = t.marks[:len(t.toks)]
	clear(t.marks)
	t.st.reset(text, dct)
	t.out = t.out[:0]
	t.quoted = false
	t.yesterday = 0
	t.run()
	if len(t.out) == 0 {
		return nil
	}
	res := make([]Timex, len(t.out))
	copy(res, t.out)
	return res
}
