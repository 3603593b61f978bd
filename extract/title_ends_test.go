package extract

import (
	"strings"
	"testing"
)

// TestMeasureCountedFromGoes: a cut before "into", "before" or "after"
// that would end a title on the measure of time counted from what it
// drops ("failed about 40 seconds", "warned the board months") drops the
// measure too; a unit its modifier makes a noun ("in recent weeks") stays.
func TestMeasureCountedFromGoes(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2024-03-14", "The operator said on Tuesday that a valve in the cooling loop of one of the plant's four older reactors failed about 40 seconds into the routine test, setting off an alarm that shut the whole unit down.",
			"2024-03-12", "A valve in the cooling loop of one of the plant's four older reactors failed"},
		{"2024-03-14", "A former safety officer at the refinery told lawmakers on Tuesday that she had warned the board months before a deadly blast that the old pipes needed replacing, and was told to keep quiet.",
			"2024-03-12", "A former safety officer at the refinery told lawmakers that she had warned the board"},
	} {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
	if got := withoutMeasure(strings.Fields("prices in the region had risen sharply in recent months")); len(got) != 10 {
		t.Errorf("withoutMeasure kept %q of a unit its modifier made a noun", got)
	}
	if got := withoutMeasure(strings.Fields("The minister met the union leaders just hours")); strings.Join(got, " ") != "The minister met the union leaders" {
		t.Errorf("withoutMeasure = %q, want the measure and its adverb gone", got)
	}
}

// TestCountTailGoes: a count left alone after a title's last comma
// ("most", "the first of them", "four judges") goes; a count that tells
// of something ("one of them seriously") stays.
func TestCountTailGoes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The floods killed at least 40 people across the province, most", "The floods killed at least 40 people across the province"},
		{"The airline plans six new routes, the first of them", "The airline plans six new routes"},
		{"The former mayor lost his appeal against the ruling, four judges", "The former mayor lost his appeal against the ruling"},
		{"The crash injured two workers, one of them seriously", "The crash injured two workers, one of them seriously"},
		{"The club signed the striker, a former captain", "The club signed the striker, a former captain"},
	} {
		ws := strings.Fields(c.in)
		got := c.in
		if k := countTail(ws); k > 0 {
			got = strings.TrimRight(strings.Join(ws[:k], " "), ",")
		}
		if got != c.want {
			t.Errorf("countTail(%q) leaves %q, want %q", c.in, got, c.want)
		}
	}
	got := eventTitles(t, "2023-07-06", "Storm Petra killed at least 31 people in the north of the country, most of them swept away by floodwater or crushed by falling walls, officials said on Wednesday, after it moved inland late on Tuesday.")["2023-07-05"]
	if want := "Storm Petra killed at least 31 people in the north of the country"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestDayWordsGo: a day told from the day of writing that ends a title
// right after a clock time goes with its preposition; a day with no clock
// before it (the time a relative clause or a particle needs), a name ("Good
// Friday") and a quotation keep theirs.
func TestDayWordsGo(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The last of the climbers reached the camp at 6.10am on Sunday", "The last of the climbers reached the camp at 6.10am"},
		{"The first ferry left the harbour at 7 a.m. this morning", "The first ferry left the harbour at 7 a.m."},
		{"The board said it would publish its revised forecast next month", "The board said it would publish its revised forecast next month"},
		{"Members backed the deal in a vote that closed on Friday", "Members backed the deal in a vote that closed on Friday"},
		{"The market will stay closed until noon on Good Friday", "The market will stay closed until noon on Good Friday"},
		{"The singer told fans \"we are back at 8pm tomorrow\"", "The singer told fans \"we are back at 8pm tomorrow\""},
	} {
		if got := strings.Join(withoutDayWords(strings.Fields(c.in)), " "); got != c.want {
			t.Errorf("withoutDayWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// "over that spill": a demonstrative after a preposition, not a
	// relative clause's "that" whose verb would need the time.
	got := eventTitles(t, "2022-05-12", "The port authority fined the shipping line over that spill the following year.")
	for _, title := range got {
		if strings.Contains(title, "following") {
			t.Errorf("title %q keeps the relative year", title)
		}
	}
}

// TestAspectRelativeOwner: a "which" clause whose verb tells only that a
// stretch began or ended, on the object of a work's "of" phrase ("the
// review of 300 permits, which began in May"), tells of the work; with an
// object ("which ended its war") or after a noun of no work it tells of
// the noun it follows.
func TestAspectRelativeOwner(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The county's review of 300 building permits, which began in May, found faults in nine of them.", "2023-05", "The county's review of 300 building permits began"},
		{"Dredging of the old harbour channel, which started on Monday, will take six weeks, the port said.", "2023-09-04", "Dredging of the old harbour channel started"},
		{"The president of the republic, which ended its long civil war in 2002, spoke on Friday.", "2002", "The republic ended its long civil war"},
		{"Fans of the club, which began in 1887, marched on Saturday.", "1887", "The club began"},
	} {
		got := eventTitles(t, "2023-09-06", c.text)[c.date]
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCountOfThemNamed: "Four of them" names the larger count the sentence
// before opens on ("the nine stranded climbers"); a count no larger, or
// no count, leaves the title as it is.
func TestCountOfThemNamed(t *testing.T) {
	for _, c := range []struct{ title, prev, want string }{
		{"Three of them were flown to hospital", "The nine stranded climbers were lifted off the ridge by helicopter.", "Three of the nine stranded climbers were flown to hospital"},
		{"Three of them were flown to hospital", "Twelve passengers were hurt in the crash.", "Three of the twelve passengers were flown to hospital"},
		{"Five of them were flown to hospital", "The three climbers were lifted off the ridge.", ""},
		{"Three of them were flown to hospital", "Rescuers lifted the climbers off the ridge.", ""},
	} {
		if got := definiteNamed(c.title, c.prev); got != c.want {
			t.Errorf("definiteNamed(%q, %q) = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
}

// TestFiniteOpenerUnpublishable: a title a finite auxiliary opens before a
// word in lower case lost its subject; a question, or one whose subject
// follows the auxiliary, is another matter.
func TestFiniteOpenerUnpublishable(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Is due to be heard in the Supreme Court", false},
		{"Has been closed to traffic since the landslide", false},
		{"Will resume talks with the union next week", false},
		{"Is the new bridge safe for heavy lorries?", true},
		{"Will Smith was cast in the remake", true},
	} {
		if got := publishable(c.title); got != c.want {
			t.Errorf("publishable(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestRangeNotHalved: "from X to Y" and "between X and Y" are one phrase;
// a long title is not cut between its two ends ("... at the Hillside
// Community Hall from noon"), but before the phrase or elsewhere.
func TestRangeNotHalved(t *testing.T) {
	for _, c := range []struct{ dct, text, date, verb, half string }{
		{"2024-03-09", "The utility said it would deliver bottled water to vulnerable customers at the Hillside Community Hall from noon to 8 p.m. on Monday.",
			"2024-03-11", "deliver bottled water", "from noon"},
		{"2024-03-14", "Engineers closed the eastbound carriageway of the estuary bridge for emergency repairs to two joints from 9 p.m. to 5 a.m. on Wednesday.",
			"2024-03-13", "closed the eastbound carriageway", "from 9 p.m."},
		{"2024-03-14", "The rail operator ran replacement buses for stranded passengers at the three stations of the coastal line between noon and 9 p.m. on Tuesday.",
			"2024-03-12", "ran replacement buses", "between noon"},
	} {
		got := eventTitles(t, c.dct, c.text)[c.date]
		if !strings.Contains(got, c.verb) || strings.HasSuffix(got, c.half) {
			t.Errorf("%q: title %q, want one with %q not ending on %q", c.text, got, c.verb, c.half)
		}
	}
	for _, c := range []struct {
		in   string
		at   int
		want bool
	}{
		{"handed out water at the hall from noon to 6 p.m.", 8, true},
		{"prices rose from 4% to 6% in a year", 4, true},
		{"trains ran between Lyon and Turin again", 4, true},
		{"the men drove from the farm, to the surprise of police", 5, false},
		{"she gave the keys to the clerk", 3, false},
		{"cows and sheep from the hills and valleys", 6, false},
	} {
		if got := rangeHalf(strings.Fields(c.in), c.at); got != c.want {
			t.Errorf("rangeHalf(%q, %d) = %v, want %v", c.in, c.at, got, c.want)
		}
	}
}

// TestWithinKeepsTime: "within" takes its object ("within the next
// fortnight"): a title never ends on it, and the time after it stays.
func TestWithinKeepsTime(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2024-03-14", "A hearing at the High Court in London is expected within the next fortnight.", "2024-W12",
			"A hearing at the High Court in London is expected within the next fortnight"},
		{"2024-03-14", "A decision on the new runway at the regional airport is expected within the next month.", "2024-04",
			"A decision on the new runway at the regional airport is expected within the next month"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %s %q", c.text, got, c.date, c.want)
		}
	}
	if got := strings.Join(withoutDangling(strings.Fields("The report will be published within")), " "); strings.HasSuffix(got, "within") {
		t.Errorf("withoutDangling left %q", got)
	}
}

// TestHangingVerbGoes: a title never ends on a verb a cut left without
// its complement: a participle alone after the comma that set its phrase
// off (", known" as what; ", both tied" to what), one after a quotation
// that closed on the sentence's comma ("...," adding" that what), or the
// verb of a "what" clause ("after what managers described" as what).
func TestHangingVerbGoes(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2024-03-14", "Ken Adams, 52, was arrested at his home in Leeds early on Tuesday by the National Economic Crime Centre, known as the NECC.", "2024-03-12",
			"Ken Adams, 52, was arrested at his home in Leeds by the National Economic Crime Centre"},
		{"2024-03-14", "At a briefing on Friday, the mayor said the city \"will not give in to threats from anyone,\" adding that the decision had been taken with the police and the council's lawyers.", "2024-03-08",
			"The mayor said the city \"will not give in to threats from anyone\""},
		{"2024-03-14", "A large hospital in north Leeds cancelled operations and sent patients home on Monday after what managers described as a serious fault in its power supply.", "2024-03-11",
			"A large hospital in north Leeds cancelled operations and sent patients home"},
		{"2024-03-14", "The chief executive told MPs on Tuesday that the company \"deeply regrets the harm caused to customers,\" saying that compensation would be paid by the end of the year.", "2024-03-12",
			"The chief executive told MPs that the company \"deeply regrets the harm caused to customers\""},
		// (Controls: a cut before a participle's phrase, and one whole.)
		{"2024-03-14", "Maria Lopez, 41, was taken into custody at a farm near Valencia late on Monday by officers of the Guardia Civil, known locally as the Benemérita.", "2024-03-11",
			"Maria Lopez, 41, was taken into custody at a farm near Valencia"},
		{"2024-03-14", "The fire service said on Monday that the blaze at the recycling plant had been started by a discarded battery, noting that similar fires had broken out at two other sites.", "2024-03-11",
			"The fire service said that the blaze at the recycling plant had been started by a discarded battery"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"The report lists two violations at the zoo in Millford, both tied", "The report lists two violations at the zoo in Millford"},
		{"The man was held by the crime unit of the regional police, known", "The man was held by the crime unit of the regional police"},
		{"The storm killed 12 people, three of them children", "The storm killed 12 people, three of them children"},
		{"The bridge reopened to traffic on the east side, repaired", "The bridge reopened to traffic on the east side"},
	} {
		// (The comma left goes with the title's end, as clauseTitleOf
		// trims it.)
		if got := strings.TrimRight(strings.Join(withoutDangling(strings.Fields(c.in)), " "), ","); got != c.want {
			t.Errorf("withoutDangling(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTitleBeforeNameEndsNoSentence: an abbreviated title before a name
// ("Adv.", the South African advocate's) ends no sentence, and the name's
// clause is titled whole, not from the name on.
func TestTitleBeforeNameEndsNoSentence(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2024-03-14", "His lawyer, Adv. Thabo Nkosi, said on Tuesday that his client would appeal against the ruling.", "2024-03-12",
			"Adv. Thabo Nkosi said that his client would appeal against the ruling"},
		{"2024-03-14", "The court heard on Monday from Adv. Lindiwe Dube, who acts for the fund's trustees.", "2024-03-11",
			"The court heard from Adv. Lindiwe Dube"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
