package timex

// Quarter, half and fiscal-year codes of business copy: "Q3", "Q3 2024",
// "3Q24", "H1 2025", "FY2024", "FY24". TIMEX3 gives them the values of
// the words they stand for ("the third quarter of 2024" is 2024-Q3,
// "fiscal 2024" is 2024). Letters and digits this short are also names
// (the Audi Q3, the H1B visa, H1N1), so a bare code counts only where a
// time can stand: after a preposition or determiner, or before a year or a
// word of results ("Q3 earnings").

// codeYear reads the year of a code: a four-digit year at i (after an
// optional "of" or "FY"), or two digits written against the code ("3Q24",
// "FY24"), whose century partYearOf (resolveyear.go) takes as the one
// that puts them nearest the document date. It sets the mention's year
// and end.
func (t *Tagger) codeYear(m *mention, i int, joined bool) bool {
	k := i
	switch {
	case t.w(k) == "of":
		k++
	case t.w(k) == "fy" && t.toks[k].upper && t.adj(k+1):
		k, joined = k+1, true // "Q3 FY25", "Q3 FY2025"
	}
	if joined && t.adj(k) && t.toks[k].digits == 2 && !t.wordNext(k) && !t.st.noDCT {
		m.year, m.hasYear, m.short, m.end = t.toks[k].num, true, true, k+1
		return true
	}
	if yy, ok := t.yearNum(k); ok {
		m.year, m.hasYear, m.end = yy, true, k+1
		return true
	}
	return false
}

// wordNext reports whether a word is written against token i ("H1N1").
func (t *Tagger) wordNext(i int) bool {
	return i+1 < len(t.toks) && t.adj(i+1) && t.toks[i+1].kind != tPunct
}

// codeExpr matches a code that starts at token i and resolves it.
func (t *Tagger) codeExpr(i int) (mention, bool) {
	return t.matchCode(i)
}

// matchCode reads a code that starts at token i: "Q3", "H1", "FY2024" (a
// capital letter code) or "3Q24" (a digit first), into the mention of a
// quarter, a half or a fiscal year.
func (t *Tagger) matchCode(i int) (mention, bool) {
	var n, end int
	var g gran
	switch w := t.w(i); {
	case t.toks[i].kind == tNum && t.toks[i].digits == 1 && t.w(i+1) == "q" && t.adj(i+1) && t.toks[i+1].cap:
		n, end, g = t.toks[i].num, i+2, gQuarter // "3Q", "3Q24"
	case (w == "q" || w == "h") && t.toks[i].cap && t.adj(i+1) && t.toks[i+1].digits == 1 && !t.wordNext(i+1):
		n, end, g = t.toks[i+1].num, i+2, gQuarter
		if w == "h" {
			g = gHalf
		}
	case w == "fy" && t.toks[i].upper:
		m := mention{start: i, kind: mPart, at: i, g: gYear}
		if t.codeYear(&m, i+1, true) {
			return m, true
		}
		return mention{}, false
	default:
		return mention{}, false
	}
	if n < 1 || n > 4 || g == gHalf && n > 2 {
		return mention{}, false
	}
	joined := t.toks[i].kind == tNum
	m := mention{start: i, end: end, kind: mPart, at: i, n: n, g: g}
	if t.codeYear(&m, end, joined) {
		m.fiscal = t.w(m.end-2) == "fy"
		return m, true
	}
	if joined && t.adj(end) {
		return mention{}, false
	}
	if !resultWords.Has(t.w(end)) && (!codeContext.Has(t.w(i-1)) || t.capital(end)) {
		// "publication of H1 CVE requests": a capitalised word after it
		// makes the code part of a name.
		return mention{}, false
	}
	return m, true
}
