package extract

import "testing"

// A pronoun that opens a title and its sentence is named by the subject
// of the sentence before, when that subject is of the pronoun's number and
// class; otherwise the title keeps its pronoun.
func TestPronounOwnerNamed(t *testing.T) {
	g := newGazetteer(nil, nil)
	cases := []struct{ title, sentence, prev, want string }{
		// A definite noun phrase after an opening time.
		{"It spread to 12,000 acres overnight", "It spread to 12,000 acres overnight on Sunday.",
			"On Saturday the blaze crossed the county line near Orrin.", "The blaze spread to 12,000 acres overnight"},
		// A name after an opening phrase, its possessive.
		{"Its shares rose 4 percent in early trading", "Its shares rose 4 percent in early trading on Friday.",
			"Earlier this week, Brackwell Group agreed to sell its frozen-meals unit.", "Brackwell Group's shares rose 4 percent in early trading"},
		// An apposition between commas, then the verb.
		{"Its board will vote on the offer", "Its board will vote on the offer on May 9.",
			"The utility, which serves 400,000 homes in the valley, rejected the bid.", "The utility's board will vote on the offer"},
		// Several.
		{"They will meet the mayor", "They will meet the mayor on Thursday.",
			"The striking bus drivers marched to city hall.", "The striking bus drivers will meet the mayor"},
		// A person's name after a role.
		{"She ordered the company to pay costs", "She ordered the company to pay costs on Monday.",
			"County Judge Rosa Delgado rejected the motion.", "Judge Rosa Delgado ordered the company to pay costs"},
		{"He said the report would be published", "He said the report would be published in March.",
			"Finance chief Jonas van Leer told shareholders that sales had slowed.", "Jonas van Leer said the report would be published"},
		// A verb the lists need not know, before "its".
		{"It reached 5.2 metres at the town gauge", "It reached 5.2 metres at the town gauge on Sunday.",
			"The Arle river burst its banks upstream of the mill.", "The Arle river reached 5.2 metres at the town gauge"},
		// A plan told with "was to".
		{"It was to open to the public", "It was to open to the public in June.",
			"The new Harbour Museum was finished ahead of schedule.", "The new Harbour Museum was to open to the public"},
	}
	for _, c := range cases {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, "", g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
}

func TestPronounOwnerNotCertain(t *testing.T) {
	g := newGazetteer(nil, nil)
	cases := []struct{ title, sentence, prev string }{
		// An empty "it".
		{"It was not clear whether the talks would resume", "It was not clear on Monday whether the talks would resume.", "The union walked out of the meeting."},
		// Another number: "they" after one airline; "it" after several.
		{"They will enter service", "They will enter service in March.", "The airline bought 12 new jets in 2024."},
		{"It will reopen", "It will reopen on Friday.", "The schools were closed by the flood."},
		// A person is no "it"; a thing is no "he".
		{"It filed an appeal", "It filed an appeal on Monday.", "Defence lawyer Maria Costa spoke to reporters."},
		{"He filed an appeal", "He filed an appeal on Monday.", "The company rejected the ruling."},
		// A subject with no article is no certain owner; nor one the
		// sentence does not open on.
		{"It rose to 6 metres", "It rose to 6 metres on Saturday.", "Rain fell all week."},
		{"He told the court the loan was repaid", "He told the court the loan was repaid on Monday.", "That's exactly what the lawyer Tom Price did."},
		{"It will close", "By Friday it will close.", "The factory lost its contract."},
	}
	for _, c := range cases {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, "", g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}

// The same, through extraction: the event's title names the owner.
func TestPronounOwnerTitle(t *testing.T) {
	text := "The Kessel Bridge was closed in May after cracks were found in its deck. " +
		"It will reopen to traffic on September 21, the city said.\n\n" +
		"The orchestra's players voted to strike in August. They will return to the stage on October 2."
	got := eventTitles(t, "2026-09-09", text)
	for date, want := range map[string]string{
		"2026-09-21": "The Kessel Bridge will reopen to traffic, the city said",
		"2026-10-02": "The orchestra's players will return to the stage",
	} {
		if got[date] != want {
			t.Errorf("%s: title %q, want %q", date, got[date], want)
		}
	}
}
