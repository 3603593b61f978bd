// Package wordset holds a set of words read from a word list, asked of
// most words of every article: most words are in no list, and Has tells
// them so from the words' length and first and last letters before
// hashing the whole word into the map.
package wordset

// Set is a set of words. Its zero value is the empty set.
type Set struct {
	// sign holds one bit of sign(w) for each word w of the set: a word
	// whose bit is clear is in no set's map, and its map lookup, most of
	// a list's lookups, is skipped.
	sign  [16]uint64
	empty bool // whether the empty word is in the set
	m     map[string]bool
}

// Of returns the set of words ws.
func Of(ws ...string) Set {
	var s Set
	for _, w := range ws {
		s.Add(w)
	}
	return s
}

// sign is the bit of the word of length n opening with a and closing with
// z: a multiplicative hash of the three into 10 bits.
func sign(a, z byte, n int) uint32 {
	return (uint32(a) | uint32(z)<<8 | uint32(n)<<16) * 0x9E3779B1 >> 22
}

// Add puts w in the set.
func (s *Set) Add(w string) {
	if s.m == nil {
		s.m = map[string]bool{}
	}
	s.m[w] = true
	if w == "" {
		s.empty = true
		return
	}
	h := sign(w[0], w[len(w)-1], len(w))
	s.sign[h>>6] |= 1 << (h & 63)
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	if len(w) == 0 {
		return s.empty
	}
	h := sign(w[0], w[len(w)-1], len(w))
	return s.sign[h>>6]&(1<<(h&63)) != 0 && s.m[w]
}

// Len returns the number of words in the set.
func (s Set) Len() int { return len(s.m) }

// All returns the words of the set, in no order (a map's).
func (s Set) All() map[string]bool { return s.m }
