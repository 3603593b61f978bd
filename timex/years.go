package timex

// Years: "in 2000" (standaloneYear tells a year from a count), "fiscal
// 2024" (in core), "year-end", "year-earlier", "nineteen ninety-six", "the
// year" said alone, "'80s". The matchers read mentions; yearDate
// (resolveyear.go) gives the years the text does not write: the DCT's, or
// that of the text's last date (state.go).

// yearNum reports the year of a plain four-digit token at i.
func (t *Tagger) yearNum(i int) (int, bool) {
	if i < 0 || i >= len(t.toks) {
		return 0, false
	}
	tok := &t.toks[i]
	if tok.kind != tNum || tok.digits != 4 || tok.num < 1000 || tok.num > 2199 {
		return 0, false
	}
	// "2000-strong", "1990s" are not a bare year.
	if i+1 < len(t.toks) && !t.toks[i+1].space && t.toks[i+1].kind == tWord {
		return 0, false
	}
	if i+1 < len(t.toks) && !t.toks[i+1].space && t.w(i+1) == "-" && i+2 < len(t.toks) && t.toks[i+2].kind == tWord && !t.toks[i+2].space {
		return 0, false
	}
	return tok.num, true
}

// yearWord matches "year-end", "year-earlier", "year-ago", "year 2000",
// "by year end" at "year" and resolves it (yearDate, resolveyear.go).
func (t *Tagger) yearWord(i int) (mention, bool) {
	if t.w(i+1) == "-" && t.adj(i+1) {
		switch t.w(i + 2) {
		case "end":
			return mention{start: i, end: i + 3, kind: mYearEnd, at: i, since: t.w(i-1) == "since"}, true
		case "earlier", "ago":
			end := i + 3
			if periodNouns.Has(t.w(end)) {
				end++
			}
			if _, ok := ordinals[t.w(end)]; ok {
				// "the year-earlier third quarter": last year's.
				if q, ok := t.partExpr(i, end, 0, "last"); ok {
					q.compare = true
					return q, true
				}
			}
			return mention{start: i, end: end, kind: mYearAgo, at: i}, true
		}
	}
	if y, ok := t.yearNum(i + 1); ok {
		return yearMention(i, i+2, y), true
	}
	// "by year end", "by year's end"
	if t.w(i+1) == "end" || t.possessive(i+1) && t.w(i+3) == "end" {
		end := i + 2
		if t.w(i+1) != "end" {
			end = i + 4
		}
		return mention{start: i, end: end, kind: mYearEnd, at: i, atEnd: true, since: t.w(i-1) == "since"}, true
	}
	return mention{}, false
}

// yearMention is the mention of year y written in tokens [start, end).
func yearMention(start, end, y int) mention {
	return mention{start: start, end: end, kind: mCalendar, at: start, year: y, g: gYear}
}

// eraMention is the mention of the decade or century (g) that begins in
// year y, written in tokens [start, end).
func eraMention(start, end, y int, g gran) mention {
	return mention{start: start, end: end, kind: mCalendar, at: start, year: y, g: g}
}

// matchSpelledYear reads a year in words: "nineteen ninety-six".
func (t *Tagger) matchSpelledYear(i int) (mention, bool) {
	if t.w(i) != "nineteen" {
		return mention{}, false
	}
	tens, ok := tensWords[t.w(i+1)]
	if !ok {
		return mention{}, false
	}
	y := 1900 + tens
	end := i + 2
	k := end
	if t.w(k) == "-" {
		k++
	}
	if u, ok := numberWords[t.w(k)]; ok && u < 10 && t.w(k) != "a" && t.w(k) != "an" {
		y += u
		end = k + 1
	}
	return yearMention(i, end, y), true
}

// theYear matches "the year" said alone at j ("a high for the year", "the
// first nine months of the year"): the year the text is about, that of its
// last date, else the document's. A year bounded by a date ("the year
// ended Sept. 30", "the year to March") is a twelve-month stretch, not a
// calendar year. "the year before", "the year of the flood", "the year
// that ..." name another year and stay untagged, as does a title ("Man of
// the Year").
func (t *Tagger) theYear(start, j int) (mention, bool) {
	return t.matchTheYear(start, j)
}

// matchTheYear reads "the year" at j (see theYear): a stretch of a year,
// or the year under discussion, which yearDate gives.
func (t *Tagger) matchTheYear(start, j int) (mention, bool) {
	if t.toks[j].cap && !t.toks[j].upper {
		return mention{}, false
	}
	if yearStretchCues.Has(t.w(j + 1)) {
		return mention{start: start, end: j + 1, kind: mValue, typ: "DURATION", v: Value{N: 1, Unit: UnitYear}}, true
	}
	if wholeYearPreps.Has(t.w(start - 1)) {
		// "throughout the year": the whole stretch of it.
		return mention{start: start, end: j + 1, kind: mValue, typ: "DURATION", v: Value{N: 1, Unit: UnitYear}}, true
	}
	switch t.w(j + 1) {
	case "of":
		// "a high for the year of $42" gives an amount, not another year.
		if nx := t.w(j + 2); nx != "$" && nx != "#" && nx != "\u00a3" && nx != "\u20ac" && (j+2 >= len(t.toks) || t.toks[j+2].kind != tNum) {
			return mention{}, false
		}
	case "in":
		if t.w(j+2) == "which" {
			return mention{}, false // "the year in which ..."
		}
	}
	if theYearStops.Has(t.w(j + 1)) {
		return mention{}, false
	}
	if nx := t.w(j + 1); nx == "was" || nx == "is" {
		if _, ok := t.yearNum(j + 2); ok {
			return mention{}, false // "the year was 1968": the number says it
		}
	}
	return mention{start: start, end: j + 1, kind: mTheYear, at: j}, true
}

// standaloneYear reports whether the four-digit number at i is a year by
// its neighbours: "in 2000" is, "the 2000 troops" and "$2000" are not.
func (t *Tagger) standaloneYear(i int) (int, bool) {
	y, ok := t.yearNum(i)
	if !ok {
		return 0, false
	}
	prev, next := t.w(i-1), t.w(i+1)
	if i > 0 && t.toks[i-1].kind == tNum {
		return 0, false
	}
	if t.closesYearRange(i, y) {
		return y, true // "between 2001 and 2005 rates fell"
	}
	switch prev {
	case "$", "#", "\u20ac", "\u00a3":
		return 0, false
	}
	if numberNouns.Has(prev) {
		return 0, false
	}
	if timeZones.Has(next) && t.toks[i].digits == 4 && y%100 < 60 && y/100 < 24 {
		// "by 1410 GMT", "at 0915 UTC": a clock of 24 hours before a
		// zone is a time of day, not a year.
		return 0, false
	}
	if countWords.Has(prev) {
		return 0, false
	}
	if amountWords.Has(next) {
		return 0, false
	}
	switch next {
	case "-":
		if t.adj(i+1) && !(t.adj(i+2) && t.toks[i+2].digits == 4 && t.toks[i+2].num > y && t.toks[i+2].num <= y+30) {
			return 0, false // "1990-91", "2000-strong"; but "2008-2009"
		}
	}
	if t.modelYear(i) {
		return 0, false // "a 2017 Honda Accord": the model's year
	}
	// "its 1990 invasion", "Kellogg's 1989 results": a possessive before
	// a recent number makes it a year.
	if (possessives.Has(prev) || prev == "s" && t.apostrophe(i-2)) && y >= t.st.dct.y-30 && y <= t.st.dct.y+10 {
		if i+1 < len(t.toks) && t.toks[i+1].kind == tWord {
			return y, true
		}
	}
	if !yearPreps.Has(prev) && (y < 1900 || y > t.st.dct.y+30) {
		return 0, false
	}
	if i+1 < len(t.toks) {
		n := &t.toks[i+1]
		if n.kind == tNum {
			return 0, false
		}
		if n.kind == tWord && !n.cap && !afterYear.Has(next) && !yearNouns.Has(next) {
			// "the 1987 crash" names a year; "the 2000 troops" counts. A
			// round number before a noun is taken for a count.
			// After "in", "since", "until" and the like the round number
			// is a year all the same ("since 2000 sales have doubled").
			if (y%10 == 0 && !timePreps.Has(prev)) || y < 1900 || y > t.st.dct.y+5 {
				return 0, false
			}
			// "2019 points": a plural noun after the number counts it.
			if len(next) > 3 && next[len(next)-1] == 's' && next[len(next)-2] != 's' {
				return 0, false
			}
		}
	}
	return y, true
}

// modelYear reports whether the number at i is the year of a vehicle's
// model, part of its name: after "a", "the" or a possessive, before a
// make and the model's name, a number or a vehicle's noun ("a 2017 Honda
// Accord", "the 2019 Ram 1500", "a 2015 Toyota pickup").
func (t *Tagger) modelYear(i int) bool {
	prev := t.w(i - 1)
	if !vehicleMakes.Has(t.w(i+1)) || !t.capital(i+1) || !attributiveDets.Has(prev) && !(prev == "s" && t.apostrophe(i-2)) {
		return false
	}
	k := i + 2
	if t.w(k) == "-" { // "Mercedes-Benz", "Harley-Davidson"
		k += 2
	}
	return k < len(t.toks) && (t.capital(k) || t.toks[k].kind == tNum || vehicleNouns.Has(t.w(k)))
}

// shortDecade matches "'80s".
func (t *Tagger) shortDecade(i int) (mention, bool) {
	if i+2 < len(t.toks) && t.toks[i+1].digits == 2 && t.adj(i+1) && t.w(i+2) == "s" && t.adj(i+2) && t.toks[i+1].num%10 == 0 {
		return eraMention(i, i+3, 1900+t.toks[i+1].num, gDecade), true
	}
	return mention{}, false
}
