package timex

// Parts of a year or of an age named by an ordinal or a name: quarters and
// halves ("the third quarter", "the first half of 1989", "the last half of
// the '80s"), centuries in words ("the twentieth century"; "20th century"
// is in numbers.go) and seasons ("last fall", "the winter of 1994"). A
// quarter or half named without a year takes one from partYear; quarter
// codes ("Q3") are in codes.go.

// ordinalExpr matches "third quarter", "third-quarter", "first half", "20th
// century" at the ordinal i; year, if has, is the year given before
// ("this year's third quarter").
func (t *Tagger) ordinalExpr(i int, year date, has bool, start ...int) (result, bool) {
	s := i
	if len(start) > 0 {
		s = start[0]
	}
	n, ok := ordinals[t.w(i)]
	if !ok {
		return result{}, false
	}
	if n < 1 {
		if t.w(i+1) != "half" {
			return result{}, false
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
		return dateResult(s, j+1, date{y: (n - 1) * 100, g: gCentury}), true
	default:
		return result{}, false
	}
	g := gQuarter
	if t.w(j) == "half" {
		g = gHalf
		if n > 2 {
			return result{}, false
		}
	} else if n > 4 {
		return result{}, false
	}
	end := j + 1
	// "the last half of the '80s", "the first half of the century": a part
	// of a decade or century, not a half-year.
	if g == gHalf && !has && t.w(end) == "of" {
		if r, ok := t.inner(end + 1); ok && r.typ == "DATE" && r.d.g <= gDecade && r.d.g != gNone && r.v.Ref == NoRef {
			r.start = s
			r.mod = "START"
			if n == 2 {
				r.mod = "END"
			}
			return r, true
		}
	}
	y := 0
	switch {
	case has:
		y = year.y
	default:
		k := end
		if t.w(k) == "of" || t.w(k) == "," {
			k++
			if t.w(k) == "fiscal" {
				k++
			}
		}
		if yy, ok := t.yearNum(k); ok {
			y, end = yy, k+1
		} else if t.w(end) == "of" && (t.w(end+1) == "this" || t.w(end+1) == "last" || t.w(end+1) == "next") && t.w(end+2) == "year" {
			d, _ := t.detShift(t.w(end+1), gYear)
			y, end = d.y, end+3
		} else if t.w(end) == "of" && t.w(end+1) == "the" && t.w(end+2) == "year" && t.w(end+3) != "-" {
			// "the second half of the year": of the year under
			// discussion, as "the year" alone is.
			y = t.st.dct.y
			if t.st.hasRef {
				y = t.st.ref.y
			}
			end += 3
		} else {
			y = t.partYear(i, n, g)
		}
	}
	d := date{y: y, q: n, g: g}
	r := dateResult(s, end, d)
	r.fiscal = t.w(i-1) == "fiscal" || t.w(j-1) == "fiscal"
	return r, true
}

// partYear is the year of quarter or half n named without one: this
// year's, unless it has not begun yet and the clause at token i speaks of
// the past.
func (t *Tagger) partYear(i, n int, g gran) int {
	y := t.st.dct.y
	cur := quarterOfMonth(t.st.dct.m)
	if g == gHalf {
		cur = (t.st.dct.m-1)/6 + 1
	}
	if n > cur && t.tenseAt(i) != future {
		y--
	}
	return y
}

// seasonExpr matches "summer", "last fall", "the winter of 1994" and
// resolves it.
func (t *Tagger) seasonExpr(start, i int, det string) (result, bool) {
	return t.resolve(t.matchSeason(start, i, det))
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
	if r, ok := t.spelledYear(k); ok && t.w(end) == "of" {
		m.year, m.hasYear, m.end = r.d.y, true, r.end
		return m, true
	}
	// A season written with a capital inside a sentence, or before
	// another name, is a name: "Spring Valley", "the Arab Spring", "The
	// Fall of Saigon". News writes the seasons in lower case.
	if t.capital(i) && (!t.sentenceStart(i) || t.nameNext(i) || t.w(i+1) == "of" && t.capital(i+2)) {
		return mention{}, false
	}
	switch det {
	case "this", "current", "last", "past", "previous", "next", "coming":
	case "":
		if start == i && !seasonPreps[prev] {
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
