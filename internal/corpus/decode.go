package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Sentinel errors for the ways an article's bytes can be refused; problems
// wrap them, so a caller can tell them apart with errors.Is.
var (
	ErrEmpty    = errors.New("empty article")
	ErrBinary   = errors.New("binary file")
	ErrEncoding = errors.New("unsupported text encoding")
	ErrTooLarge = errors.New("file too large")
)

// lineError is an error at a line of a file; Problem lifts the line into its
// "file:line:" prefix.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return e.err.Error() }
func (e *lineError) Unwrap() error { return e.err }

// atLine wraps err with the line it was found on; a line below 1 means none.
func atLine(line int, err error) error {
	if line < 1 {
		return err
	}
	return &lineError{line: line, err: err}
}

// windows1252 maps bytes 0x80-0x9F to the characters Windows-1252 puts there;
// a zero marks the five bytes that code page leaves undefined.
var windows1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// conversion says what decode converted: nothing (charset ""), or the
// lines that were not UTF-8, read as Latin-1 or Windows-1252.
type conversion struct {
	charset string // "Latin-1" or "Windows-1252"; "" for UTF-8
	line    int    // the first line converted
	lines   int    // how many lines were converted
	mixed   bool   // other lines were UTF-8 with characters beyond ASCII
}

// warning is the message for a Document's Warnings, nil when nothing was
// converted.
func (c conversion) warning() error {
	switch {
	case c.charset == "":
		return nil
	case c.mixed:
		// A UTF-8 article with a stray byte of another encoding (a quote
		// pasted from a Windows editor): only its lines were converted.
		return atLine(c.line, fmt.Errorf("%w: %d of its lines not UTF-8 (the first here), read as %s; the other lines are UTF-8", ErrWarning, c.lines, c.charset))
	}
	return fmt.Errorf("%w: not UTF-8, read as %s", ErrWarning, c.charset)
}

// decode turns a file's bytes into UTF-8 text with "\n" line ends: a UTF-8
// byte order mark is stripped, "\r\n" and a lone "\r" become "\n", and text
// that is not valid UTF-8 is read as Windows-1252 or Latin-1 when it looks
// like either, and refused otherwise. It does that line by line: a line
// that is valid UTF-8 is kept as it is, so one stray Windows-1252 byte in a
// UTF-8 article changes its own line, not every accented letter of the
// others into mojibake.
//
// Latin-1 and Windows-1252 agree on every byte but 0x80-0x9F, where Latin-1
// has C1 control characters that no real text uses: so any byte there means
// Windows-1252, and none means Latin-1 (where the two give the same text).
// Other single- and double-byte encodings (KOI8-R, Shift JIS, GBK, ...) write
// whole words in high bytes; a run of four or more high bytes, or more than
// half of the letters in high bytes (with at least 16 of them), is taken for
// one of them and refused rather than turned into mojibake.
func decode(b []byte) (text string, conv conversion, err error) {
	if len(b) == 0 {
		return "", conv, ErrEmpty
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "", conv, fmt.Errorf("%w: UTF-16 text (save it as UTF-8)", ErrEncoding)
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if i := indexBinaryControl(b); i >= 0 {
		return "", conv, atLine(lineAt(b, i), fmt.Errorf("%w: control byte %#02x", ErrBinary, b[i]))
	}
	var s string
	if utf8.Valid(b) {
		s = string(b)
	} else if s, conv, err = decodeLines(b); err != nil {
		return "", conv, err
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	// A byte order mark anywhere else is a zero-width no-break space
	// (deprecated since Unicode 3.2), left over from joined files.
	s = strings.ReplaceAll(s, "\uFEFF", "")
	if strings.TrimSpace(s) == "" {
		return "", conv, ErrEmpty
	}
	return s, conv, nil
}

// decodeLines decodes b, which is not valid UTF-8, line by line: lines
// that are valid UTF-8 stay as they are, the others are read as
// Windows-1252 or Latin-1 (decode8bit).
func decodeLines(b []byte) (string, conversion, error) {
	var conv conversion
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	high, letters := 0, 0
	line := 0
	for rest := b; len(rest) > 0; {
		line++
		l := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			l = rest[:i+1]
		}
		rest = rest[len(l):]
		if utf8.Valid(l) {
			if !conv.mixed && slices.ContainsFunc(l, func(c byte) bool { return c >= 0x80 }) {
				conv.mixed = true
			}
			sb.Write(l)
			continue
		}
		h, n, cp1252, err := decode8bit(&sb, l)
		if err != nil {
			return "", conv, atLine(line, err)
		}
		high += h
		letters += n
		if conv.lines == 0 {
			conv.line = line
		}
		conv.lines++
		if cp1252 || conv.charset == "" {
			conv.charset = "Latin-1"
			if cp1252 {
				conv.charset = "Windows-1252"
			}
		}
	}
	if high >= 16 && 2*high > letters {
		return "", conv, atLine(conv.line, fmt.Errorf("%w: not UTF-8, Latin-1 or Windows-1252", ErrEncoding))
	}
	return sb.String(), conv, nil
}

// isBinaryControl reports the control characters that do not occur in text:
// every C0 control but tab, line feed, vertical tab, form feed and carriage
// return, and DEL.
// indexBinaryControl is bytes.IndexFunc(b, isBinaryControl): the runes it
// looks for are ASCII, and a byte under 0x80 is always a rune of its own.
func indexBinaryControl(b []byte) int {
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' || c == 0x7F {
			return i
		}
	}
	return -1
}

func isBinaryControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r' || r == 0x7F
}

// decode8bit writes line b, which is not valid UTF-8, to sb: its valid
// UTF-8 sequences as they are, and each other byte read as Windows-1252 or
// Latin-1 (a stray "\x93" beside a UTF-8 "é" changes the one byte, not the
// "é"). It returns how many such bytes and letters the line has, and
// whether a byte was one that only Windows-1252 defines; an error for a
// line that looks like another encoding.
func decode8bit(sb *strings.Builder, b []byte) (high, letters int, cp1252 bool, err error) {
	run := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			run = 0
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		if _, n := utf8.DecodeRune(b[i:]); n > 2 {
			// A three- or four-byte UTF-8 sequence (curly quotes,
			// dashes, the euro sign) is rarely made by chance.
			run = 0
			letters++
			i += n
			continue
		} else if n == 2 {
			// A two-byte one often is, by a double-byte encoding
			// (Shift JIS, GBK): it counts towards the bytes that
			// tell one, though it is kept as UTF-8.
			high += 2
			letters += 2
			run += 2
			i += 2
			if run >= 4 {
				return 0, 0, false, fmt.Errorf("%w: not UTF-8, Latin-1 or Windows-1252", ErrEncoding)
			}
			continue
		}
		high++
		letters++
		run++
		if run >= 4 {
			return 0, 0, false, fmt.Errorf("%w: not UTF-8, Latin-1 or Windows-1252", ErrEncoding)
		}
		if c <= 0x9F && windows1252[c-0x80] == 0 {
			return 0, 0, false, fmt.Errorf("%w: byte %#02x is not UTF-8 and undefined in Windows-1252", ErrEncoding, c)
		}
		i++
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		if _, n := utf8.DecodeRune(b[i:]); n > 1 {
			sb.Write(b[i : i+n])
			i += n
			continue
		}
		if c <= 0x9F {
			sb.WriteRune(windows1252[c-0x80])
			cp1252 = true
		} else {
			sb.WriteRune(rune(c)) // Latin-1 is the first 256 code points.
		}
		i++
	}
	return high, letters, cp1252, nil
}

// lineAt returns the 1-based line of byte offset i in b.
func lineAt(b []byte, i int) int {
	return bytes.Count(b[:i], []byte("\n")) + 1
}
