package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSplitSentencesClosingMarks: a period after a period or a closing mark
// ("He paused... Then") once cut the text before its own start and
// panicked, killing the run for every article.
func TestSplitSentencesClosingMarks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		{"Really?. Then he left.", []string{"Really?.", "Then he left."}},
		{`He said "no.". Then he left.`, []string{`He said "no.".`, "Then he left."}},
		{"They met (on Monday.). Then they left.", []string{"They met (on Monday.).", "Then they left."}},
		{"He arrived on Monday.. Then he left.", []string{"He arrived on Monday..", "Then he left."}},
		{"Wait.... . . Then.", []string{"Wait.... . .", "Then."}},
		{"Maj. Gen. Pat Ryder spoke. He left.", []string{"Maj. Gen. Pat Ryder spoke.", "He left."}},
	} {
		var got []string
		for _, sp := range splitSentences(tc.in, 0, len(tc.in)) {
			got = append(got, tc.in[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSplitSentencesHeldOn: the period of a clock time's "a.m." before its
// day or zone, or of a case's "v.", ends no sentence (the title of "The
// strike began at 12:01 a.m." lost its day); one before a new sentence still
// does.
func TestSplitSentencesHeldOn(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"The strike began at 12:01 a.m. Tuesday after talks broke down.", []string{"The strike began at 12:01 a.m. Tuesday after talks broke down."}},
		{"Polls close at 8 p.m. GMT. Results follow.", []string{"Polls close at 8 p.m. GMT.", "Results follow."}},
		{"He left at 9 a.m. The talks went on.", []string{"He left at 9 a.m.", "The talks went on."}},
		{"The case, SEC v. Talbot, was brought in 2019.", []string{"The case, SEC v. Talbot, was brought in 2019."}},
	} {
		var got []string
		for _, sp := range splitSentences(tc.in, 0, len(tc.in)) {
			got = append(got, tc.in[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSplitSentencesHyphenAbbreviation: an abbreviation closing a
// hyphenated compound ("Minneapolis-St. Paul") ends no sentence; titles
// were cut at "Minneapolis-St" and opened at "Paul International
// Airport". A lone capital or a word in small letters after the hyphen
// still ends one.
func TestSplitSentencesHyphenAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"She flew through Minneapolis-St. Paul International Airport in March.", []string{"She flew through Minneapolis-St. Paul International Airport in March."}},
		{"The Dallas-Ft. Worth office closed on Friday.", []string{"The Dallas-Ft. Worth office closed on Friday."}},
		{"They chose Plan-B. The vote was Monday.", []string{"They chose Plan-B.", "The vote was Monday."}},
		{"It was a no-no. Then he left.", []string{"It was a no-no.", "Then he left."}},
		{"He moved to Stratford-upon-Avon. The house sold in May.", []string{"He moved to Stratford-upon-Avon.", "The house sold in May."}},
	} {
		for _, low := range []string{"", asciiLower(tc.in)} {
			var got []string
			for _, sp := range splitSentencesLow(tc.in, low, 0, len(tc.in)) {
				got = append(got, tc.in[sp[0]:sp[1]])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("splitSentencesLow(%q, low %v) = %q, want %q", tc.in, low != "", got, tc.want)
			}
		}
	}
}

// FuzzSplitSentences: every sentence is a non-empty, ordered span inside
// its line, whatever the bytes.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"He paused... Then", "Really?. Then", `He said "no.". Then`,
		"(on Monday.). Then", "arrived on Monday.. Then", "a. B", "”. ’. A", ". . . A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range splitSentences(s, 0, len(s)) {
			if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(s) {
				t.Fatalf("span %v after %d in %q", sp, prev, s)
			}
			prev = sp[1]
		}
	})
}

// TestDatelinesAndBylines: a wire dateline's date is when the story was
// filed, never an event's; a byline is no sentence.
func TestDatelinesAndBylines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"HAVANA, Aug. 7 (Xinhua) -- Cuba marked the day.", "Cuba marked the day."},
		{"SEOUL, June 18 (Reuters) - Putin arrived on Tuesday.", "Putin arrived on Tuesday."},
		{"WASHINGTON (AP) — The Senate voted.", "The Senate voted."},
		{"NEW YORK — A fire broke out.", "A fire broke out."},
		{"KAMPALA, Uganda _ A bomb went off.", "A bomb went off."},
		{"BEIJING, Aug. 7 (Xinhua)--China condemned the bombings.", "China condemned the bombings."},
		{"Washington, Aug 7 (IANS) The United States condemned the attacks.", "The United States condemned the attacks."},
		{"Nairobi (dpa) - Kenya declared a day of mourning.", "Kenya declared a day of mourning."},
		// A country in parentheses before the agency; a wire's name
		// between double dashes after a region with accents.
		{"Gulu (Uganda) (LWA) - The council met.", "The council met."},
		{"Gulu (Uganda) (dpa) - The council met.", "The council met."},
		{"DAKAR, Sénégal--(LAKES WIRE)--Norland Bank approved a loan.", "Norland Bank approved a loan."},
		{"ABUJA, Côte d'Azur--(LAKES WIRE)--Norland Bank approved a loan.", "Norland Bank approved a loan."},
		{"Gulu (Uganda) said the council met.", "Gulu (Uganda) said the council met."},
		{"Blasts kill dozens in two capitals\nNEW DELHI: India condemned the attacks.", "Blasts kill dozens in two capitals|India condemned the attacks."},
		{"Blasts kill dozens in two capitals\nUPDATED: TUESDAY, MARCH 12, 2013, 9:36 AM\nIndia condemned the attacks.", "Blasts kill dozens in two capitals|UPDATED: TUESDAY, MARCH 12, 2013, 9:36 AM|India condemned the attacks."},
		{"NCAA: Gifts were given to athletes.", "NCAA: Gifts were given to athletes."},
		{"US—China trade talks resumed.", "US—China trade talks resumed."},
		{"Apple (AAPL) shares fell.", "Apple (AAPL) shares fell."},
		{"Senator Jane Roe (D-Maine) voted no.", "Senator Jane Roe (D-Maine) voted no."},
		{"NATO leaders met in Vilnius.", "NATO leaders met in Vilnius."},
		// Two places of one filing, a day before its month, a release's
		// wire between slashes.
		{"ROME/GENEVA, May 3 (Lakes Wire) - The two agencies signed the pact.", "The two agencies signed the pact."},
		{"LONDON, 26 October (Lakes Wire) - The strike ended.", "The strike ended."},
		{"KESWICK, England, March 2, 2025 /Lakes Newswire/ -- Fellside Mills Ltd today announced a merger.", "Fellside Mills Ltd today announced a merger."},
		// A business wire's dateline with no place; a sentence that opens
		// with a date and a parenthesis stays whole.
		{"Feb 15 (Lakes Wire) - Norland launched a bid on Monday.", "Norland launched a bid on Monday."},
		{"Sept. 12 (Reuters) - Insurers put the losses at $9 billion.", "Insurers put the losses at $9 billion."},
		{"12 March (AFP) -- The strike ended.", "The strike ended."},
		{"March 3 (a Tuesday) was the day the strike ended.", "March 3 (a Tuesday) was the day the strike ended."},
		{"By Jane Smith and John Roe", ""},
		// A wire service's notes to editors are no sentences.
		{"Eds: UPDATES with arrests.\nThe Senate voted.", "The Senate voted."},
		{"Editor's note: This story was corrected on Tuesday.\nThe Senate voted.", "The Senate voted."},
		{"(Story can end here. Optional material follows.)\nThe Senate voted.", "The Senate voted."},
		{"Editors say the vote was close.", "Editors say the vote was close."},
		// A byline run into the dateline on one line goes with it; a
		// sentence that opens with "By" stays whole.
		{"By JOHN SMITH, Associated Press Writer WASHINGTON — The Senate voted.", "The Senate voted."},
		{"By Jane Roe WASHINGTON (AP) -- The Senate voted.", "The Senate voted."},
		{"By Thursday, NATO and EU leaders - the foreign ministers - met in Brussels.", "By Thursday, NATO and EU leaders - the foreign ministers - met in Brussels."},
	} {
		var got []string
		for _, s := range sentences(tc.in) {
			got = append(got, tc.in[s.start:s.end])
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("sentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLineKey: lineKey is strings.ToLower(strings.Join(strings.Fields(s), " ")),
// on ASCII, other scripts, Unicode spaces and invalid UTF-8.
func TestLineKey(t *testing.T) {
	for _, s := range []string{"", "  ", "  a  B\tc ", "Read More", "Ünïcode  ÀB\u00a0x\u0085y",
		"\xff A\xffb", "a\u2003b  c\u3000D e", "The End.\r", "İSTANBUL Ǆ"} {
		want := strings.ToLower(strings.Join(strings.Fields(s), " "))
		if got := string(lineKey([]byte("room"), s)); got != want {
			t.Errorf("lineKey(%q) = %q, want %q", s, got, want)
		}
	}
	// Lines pieced together from the cases above, and pieces cut short.
	pieces := []string{" ", "\t", "\u00a0", "\u2003", "\u0085", "\xff", "\xe2\x80", "\ufffd", "A", "z", "Ü", "ǅ", "İ", "Σ", "é", "\u200b", "Road", "\r\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := string(lineKey(nil, s)), strings.ToLower(strings.Join(strings.Fields(s), " ")); got != want {
			t.Fatalf("lineKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFieldsAtLeast: fieldsAtLeast(s, n) is len(strings.Fields(s)) >= n.
func TestFieldsAtLeast(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a b c", "a\u00a0b\u2003c d", "Route 6", "\xff \xfe x y z"} {
		for n := range 6 {
			if got, want := fieldsAtLeast(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Errorf("fieldsAtLeast(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
