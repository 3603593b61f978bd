package timex

// Parts of a year or of an age named by an ordinal or a name: quarters and
// halves ("the third quarter", "the first half of 1989", "the last half of
// the '80s"), centuries in words ("the twentieth century"; "20th century"
// is in numbers.go) and seasons ("last fall", "the winter of 1994"), read
// into mentions. A quarter or half named without a year takes one from
// partYearOf (resolveyear.go), a season from seasonDate (resolve.go);
// quarter codes ("Q3") are in codes.go.

// ordinalExpr matches a quarter, a half or a century named by an ordinal at
// i, in an expression that begins at start (partExpr), or a part of a
// decade or century: "the last half of the '80s", "the first half of the
// century" (eraAt reads the decade or century after "of").
func (t *Tagger) ordinalExpr(start, i int) (mention, bool) {
	m, ok := t.matchPart(start, i, 0, "")
	if !ok {
		return mention{}, false
	}
	if m.kind == mPart && m.g == gHalf && t.w(m.end) == "of" {
		// The half of what follows, if the resolver finds it a decade or
		// century, else the half of a year.
		if era, ok := t.eraAt(m.end + 1); ok {
			half := mention{start: start, kind: mTake, inner: era.ptr(), want: wantEra, mod: "START"}
			if m.n == 2 {
				half.mod = "END"
			}
			return half.or(t.partExpr(start, i, 0, "")), true
		}
	}
	return t.partExpr(start, i, 0, "")
}

// partExpr matches "third quarter", "third-quarter", "first half", "20th
// century" at the ordinal i, in an expression that begins at start, and
// resolves it. A year given before it is written (year, not 0: "the 1988
// third quarter") or pointed by a determiner (yearDet: "this year's third
// quarter"); one written after it is read by partYearWords.
func (t *Tagger) partExpr(start, i int, year int, yearDet string) (mention, bool) {
	m, ok := t.matchPart(start, i, year, yearDet)
	if !ok {
		return mention{}, false
	}
	if m.kind == mPart && year == 0 && yearDet == "" {
		t.partYearWords(&m)
		if m.g == gHalf && !m.hasYear && m.yearDet == "" && !m.ofTheYear && t.halfOfThing(m.end) {
			// "the first half of his sentence", "the second half of the
			// match": the half of a thing, not of a year.
			return mention{}, false
		}
		if m.g == gHalf && !m.hasYear && m.yearDet == "" && !m.ofTheYear && t.gameHalf(start, m.end) {
			// "was carried off on a stretcher in the first half": a
			// match's half, not a year's.
			return mention{}, false
		}
	}
	return m, true
}

// gameHalf reports whether the half from token start to end is a
// match's: within 30 tokens either side a word of a game (match-half-cues:
// "stretcher", "goal", "striker"), and in its own sentence none of money,
// trade or the year (year-half-cues: "profit", "sales", "year", "%"),
// which a half-year wants ("revenue rose 8% in the first half"). Bounded
// either side, so linear.
func (t *Tagger) gameHalf(start, end int) bool {
	game := false
	for j := max(0, start-30); j < len(t.toks) && j < end+30; j++ {
		if matchHalfCues.Has(t.w(j)) && (j < start || j >= end) {
			game = true
			break
		}
	}
	if !game {
		return false
	}
	for j := start - 1; j >= 0 && j >= start-30 && !t.sentenceEnd(j); j-- {
		if yearHalfCues.Has(t.w(j)) {
			return false
		}
	}
	for j := end; j < len(t.toks) && j < end+30 && !t.sentenceEnd(j); j++ {
		if yearHalfCues.Has(t.w(j)) {
			return false
		}
	}
	return true
}

// eraAt matches the decade or century that a part is of, at k, after
// "half of": "the '80s", "the 1980s", "the sixties", "the twentieth
// century", "this century", "1990s". It reads the determiner as detExpr
// does and calls only the layers below it: the atoms, partExpr and
// matchRelative.
func (t *Tagger) eraAt(k int) (mention, bool) {
	if openers[t.w(k)]&oDet == 0 {
		return t.atom(k)
	}
	det, the, j := t.determiner(k)
	if the && det == "" {
		w := t.w(j)
		if y, ok := decadeWords[w]; ok {
			return eraMention(k, j+1, y, gDecade), true
		}
		if _, ok := ordinals[w]; ok {
			return t.partExpr(k, j, 0, "")
		}
		m, ok := t.atom(j)
		for p := &m; ok && p != nil; p = p.alt {
			p.from, p.hasFrom = k, true // "the" and the atom
		}
		return m, ok
	}
	return t.matchRelative(k, j, det, the)
}

// matchPart reads an ordinal at i and the quarter, half or century after
// it ("third quarter", "third-quarter", "first fiscal half", "twentieth
// century") into a mention that ends after the unit; partYearWords reads
// the year that may follow.
func (t *Tagger) matchPart(start, i int, year int, yearDet string) (mention, bool) {
	n, ok := ordinals[t.w(i)]
	if !ok {
		return mention{}, false
	}
	if n < 1 {
		if t.w(i+1) != "half" {
			return mention{}, false
		}
		n = 2 // "the last half of 1989"
	}
	j := i + 1
	if t.w(j) == "-" && t.adj(j) {
		j++
	}
	if t.w(j) == "fiscal" {
		j++
	}
	switch t.w(j) {
	case "quarter", "half":
	case "century":
		return eraMention(start, j+1, (n-1)*100, gCentury), true
	default:
		return mention{}, false
	}
	g := gQuarter
	if t.w(j) == "half" {
		g = gHalf
		if n > 2 {
			return mention{}, false
		}
	} else if n > 4 {
		return mention{}, false
	}
	return mention{start: start, end: j + 1, kind: mPart, at: i, n: n, g: g,
		year: year, hasYear: year != 0, yearDet: yearDet,
		fiscal: t.w(i-1) == "fiscal" || t.w(j-1) == "fiscal"}, true
}

// halfOfThing reports whether "of" at k, after a half, opens a thing that
// is no time: a determiner (adjective-cues) and then a word that is no
// ordinal, unit or number ("of his sentence", "of the match"; not "of the
// first half", "of the '80s").
func (t *Tagger) halfOfThing(k int) bool {
	if t.w(k) != "of" || !adjectiveCues.Has(t.w(k+1)) || k+2 >= len(t.toks) || t.toks[k+2].kind != tWord {
		return false
	}
	w := t.w(k + 2)
	_, ord := ordinals[w]
	_, unit := units[w]
	_, dec := decadeWords[w]
	return !ord && !unit && !dec
}

// partYearWords reads the year written after a quarter or half: "of
// 1989", ", fiscal 1990", "of this year", "of the year" (the year under
// discussion, as "the year" alone is).
func (t *Tagger) partYearWords(m *mention) {
	end := m.end
	k := end
	if t.w(k) == "of" || t.w(k) == "," {
		k++
		if t.w(k) == "fiscal" {
			k++
		}
	}
	if yy, ok := t.yearNum(k); ok {
		m.year, m.hasYear, m.end = yy, true, k+1
	} else if t.w(end) == "of" && monthYearDets.Has(t.w(end+1)) && t.w(end+2) == "year" {
		m.yearDet, m.end = t.w(end+1), end+3
	} else if t.seq(end, "of", "the", "year") && t.w(end+3) != "-" {
		m.ofTheYear, m.end = true, end+3
	}
}

// seasonExpr matches "summer", "last fall", "the winter of 1994" and
// resolves it.
func (t *Tagger) seasonExpr(start, i int, det string) (mention, bool) {
	return t.matchSeason(start, i, det)
}

// matchSeason reads a season at i into a mention: the season, the year the
// text writes ("the winter of 1994") and the determiner det ("last",
// "next", "this", or "" after "the" or a preposition); seasonDate
// (resolve.go) gives the year of one written without it.
func (t *Tagger) matchSeason(start, i int, det string) (mention, bool) {
	m := mention{start: start, end: i + 1, kind: mSeason, at: i, det: det, season: seasons[t.w(i)]}
	prev := t.w(start - 1)
	end := i + 1
	k := end
	if t.w(k) == "of" {
		k++
	}
	if yy, ok := t.yearNum(k); ok {
		m.year, m.hasYear, m.end = yy, true, k+1
		return m, true
	}
	if y, ok := t.matchSpelledYear(k); ok && t.w(end) == "of" {
		m.year, m.hasYear, m.end = y.year, true, y.end
		return m, true
	}
	// A season written with a capital inside a sentence, or before
	// another name, is a name: "Spring Valley", "the Arab Spring", "The
	// Fall of Saigon". News writes the seasons in lower case.
	if t.capital(i) && (!t.sentenceStart(i) || t.nameNext(i) || t.w(i+1) == "of" && t.capital(i+2)) {
		return mention{}, false
	}
	switch {
	case seasonDets.Has(det):
	case det == "":
		if start == i && !seasonPreps.Has(prev) {
			return mention{}, false
		}
		if start != i && t.w(start) != "the" {
			return mention{}, false
		}
	default:
		return mention{}, false
	}
	return m, true
}
