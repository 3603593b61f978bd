package extract

// creditFinder finds any of a list of photo credits in a lowered sentence
// in one pass over its bytes: for each pair of bytes a credit opens with,
// the credits that do. Looking for each credit in turn read every
// article's text some thirty times over (a tenth of the CPU of a
// 100,000-article build).
type creditFinder struct {
	pair   *[1 << 16]uint16 // by the bytes p>>8, p&0xff: 1 + the index in groups of the credits that open so, or 0
	groups [][]string       // the credits of one opening pair
	one    [256]bool        // credits of a single byte
	anyOne bool             // whether there is a credit of a single byte
	ascii  bool             // every credit is in ASCII
}

func newCreditFinder(credits []string) *creditFinder {
	ci := &creditFinder{pair: new([1 << 16]uint16), ascii: true}
	for _, c := range credits {
		ci.ascii = ci.ascii && isASCII(c)
		switch len(c) {
		case 0:
			continue
		case 1:
			ci.one[c[0]], ci.anyOne = true, true
			continue
		}
		p := uint16(c[0])<<8 | uint16(c[1])
		if ci.pair[p] == 0 {
			ci.groups = append(ci.groups, nil)
			ci.pair[p] = uint16(len(ci.groups))
		}
		g := ci.pair[p] - 1
		ci.groups[g] = append(ci.groups[g], c)
	}
	return ci
}

// in reports whether s holds one of the credits. It reads the pairs of
// bytes of s in one loop with no bounds to check (the table is an array a
// pair indexes), and the bytes again for a credit of one byte only when
// there is one: it reads every article's whole text, and most of its
// pairs open no credit.
func (ci *creditFinder) in(s string) bool {
	if ci.anyOne {
		for i := 0; i < len(s); i++ {
			if ci.one[s[i]] {
				return true
			}
		}
	}
	if len(s) < 2 {
		return false
	}
	pair := ci.pair
	p := uint16(s[0])
	for i := 1; i < len(s); i++ {
		p = p<<8 | uint16(s[i])
		g := pair[p]
		if g == 0 {
			continue
		}
		for _, c := range ci.groups[g-1] {
			// The credit's last byte first: most pairs that open one
			// open a common word instead.
			if k := i - 1 + len(c); k <= len(s) && s[k-1] == c[len(c)-1] && s[i-1:k] == c {
				return true
			}
		}
	}
	return false
}
