package site

import "bytes"

// appendIndent appends to dst the JSON value src, as encoding/json writes
// it (compact: no white space outside strings), indented as json.Indent
// indents it with prefix and indent, byte for byte: a newline, prefix and
// indent for each level before each element and each closing bracket of a
// non-empty object or array, a space after each colon, {} and [] kept
// whole. A string is copied at once, not a byte at a time through
// json.Indent's scanner (2.6 of the 30 CPU s of a 100,000-article site).
// src must be valid compact JSON: TestAppendIndent and FuzzAppendIndent
// compare it with json.Indent.
func appendIndent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	needIndent := false // after { or [: the newline waits for the first element
	for i := 0; i < len(src); {
		c := src[i]
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			dst = appendNewline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end
			continue
		case '{', '[':
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = appendNewline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				dst = appendNewline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
		i++
	}
	return dst
}

// stringEnd returns the index just past the string that opens at src[i]
// (a quote), or len(src) when it does not close.
func stringEnd(src []byte, i int) int {
	for j := i + 1; ; {
		k := bytes.IndexByte(src[j:], '"')
		if k < 0 {
			return len(src)
		}
		q := j + k
		// The quote is escaped when an odd number of backslashes
		// precede it.
		b := q
		for b > j && src[b-1] == '\\' {
			b--
		}
		if (q-b)%2 == 0 {
			return q + 1
		}
		j = q + 1
	}
}

func appendNewline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}
