package extract

import (
	"strings"
	"testing"
)

// TestRelativeNotGlued: a relative clause on the object of a clause
// before it ("has set up a helpline, which opens on Thursday") is titled
// with its clause whole, never glued to that clause without the pronoun
// that joined them ("has set up a helpline opens").
func TestRelativeNotGlued(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2027-03-10", "The hospital has set up a helpline, which opens on Thursday at 9 a.m.",
			"2027-03-11", "The hospital has set up a helpline, which opens at 9 a.m."},
		{"2027-03-10", "The family has hired a lawyer, who said on Tuesday that a claim against the council was likely.",
			"2027-03-09", "The family has hired a lawyer, who said that a claim against the council was likely"},
		{"2027-03-10", "The regulator is conducting its own review, which is due in June.",
			"2027-06", "The regulator is conducting its own review, which is due in June"},
		{"2027-03-10", "The school board has named an interim head, who will start on Monday.",
			"2027-03-15", "The school board has named an interim head, who will start"},
		{"2027-03-10", "The club has signed a new coach, who arrived in the city on Friday.",
			"2027-03-05", "The club has signed a new coach, who arrived in the city"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all: %q)", c.text, got[c.date], c.want, got)
		}
	}
}

// TestDeadlineAfterModal: a time after "by" that follows a verb a modal
// leads ("will report by", "would be finished by") is the deadline of
// that verb, which tells nothing without it; the time stays in the
// title, as it does after an infinitive ("asked the firm to answer by").
func TestDeadlineAfterModal(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2027-03-10", "The inquiry will report by the end of May, the minister said.",
			"2027-05", "The inquiry will report by the end of May, the minister said"},
		{"2027-03-10", "Officials said the review would report by the end of October.",
			"2027-10", "The review would report by the end of October"},
		{"2027-03-10", "The company said the repairs would be finished by the end of 2028.",
			"2028", "The repairs would be finished by the end of 2028"},
		{"2027-03-10", "The new terminal should open by 2029, the airport said.",
			"2029", "The new terminal should open by 2029, the airport said"},
		// An object after the verb: the clause tells something without
		// its deadline, and the time goes as before.
		{"2027-03-10", "The council must adopt a new budget by June 30.",
			"2027-06-30", "The council must adopt a new budget"},
		// A time relative to the day of writing does not stay; nor one
		// the clause goes on after.
		{"2027-03-10", "The board will decide by the end of next month.",
			"2027-04", "The board will decide"},
		{"2027-03-10", "The board said it would decide by the end of May which of the two schools would close.",
			"2027-05", "The board would decide which of the two schools would close, it said"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: title %q, want %q (all: %q)", c.text, got[c.date], c.want, got)
		}
	}
	// A predicate whose subject is a clause away, or whose object a
	// relative word stands for, is left to the other rules: the title
	// keeps no deadline.
	for _, c := range []struct{ dct, text, date string }{
		{"2027-03-10", "The panel is taking evidence until the end of March and will report by the end of June.", "2027-06"},
		{"2027-03-10", "The district must close a gap in its budget for next year, which the board must adopt by June 30.", "2027-06-30"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; strings.HasSuffix(got, "by the end of June") || strings.HasSuffix(got, "by June 30") {
			t.Errorf("%q: title %q keeps the deadline", c.text, got)
		}
	}
}

// TestBareQuoteLoses: a title that is all one quotation, its speaker
// outside the sentence (the first of a quotation of several sentences),
// loses to another source's clause that tells the happening; alone, it
// stays.
func TestBareQuoteLoses(t *testing.T) {
	quote := "Search teams were sent to the hills on Monday.\n\n\"The weather in the hills turned on Saturday with heavy rain and snow. We are hoping he found a hut,\" the sergeant said.\n"
	for _, c := range []struct {
		other, want string
	}{
		{"The weather in the hills turned on Saturday, bringing heavy rain and snow down to 1,000 metres, forecasters said.\n",
			"The weather in the hills turned, bringing heavy rain and snow down to 1,000 metres, forecasters said"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2027-03-10", quote), doc("b.md", "2027-03-11", c.other)}, Options{})
		got := ""
		for _, e := range tl.Events {
			if e.Date.String() == "2027-03-06" {
				got = e.Title
			}
		}
		if got != c.want {
			t.Errorf("with %q: title %q, want %q", c.other, got, c.want)
		}
	}
	if !bareQuoteTitle("\"The weather in the hills turned with heavy rain and snow\"") || bareQuoteTitle("\"We will win,\" the mayor said") || bareQuoteTitle("The mayor said \"we will win\"") {
		t.Errorf("bareQuoteTitle: want a title all of one quotation, and only that")
	}
}

// TestToldCutNotBeforeOf: a telling shortened to fit with its teller is
// not cut between a noun that says nothing alone ("in front") and its
// "of"; the cut goes back to the phrase before.
func TestToldCutNotBeforeOf(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2027-03-10", "Tom Baines said he had called the city council's hotline in January about the widening crack in front of his shop.",
			"2027-01", "Tom Baines had called the city council's hotline about the widening crack, he said"},
		{"2027-03-10", "Tom Baines said he had called the city council's repairs hotline twice in January about the widening crack in front of his shop.",
			"2027-01", "Tom Baines had called the city council's repairs hotline twice about the widening crack, he said"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExceptNeverEnds: "except" takes its object ("empty except" | for a
// sign); a title never ends on it.
func TestExceptNeverEnds(t *testing.T) {
	got := eventTitles(t, "2027-03-10", "9:10 a.m. The bus stop at Main and Elm is empty except for a handwritten sign someone taped to the shelter: \"No buses today.")["2027-03-10"]
	if want := "The bus stop at Main and Elm is empty"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestOneBoundToOf: "one" before "of" is the count of a partitive ("was
// one" | of a handful of machines) and says nothing without it; a long
// title is not cut between them.
func TestOneBoundToOf(t *testing.T) {
	got := eventTitles(t, "2027-03-10", "The laptop that thieves used to get into the Harbour City council's payroll system was one of a handful of machines left off a security upgrade that was supposed to be finished last year, the council's chief executive told councillors Tuesday.")["2027-03-09"]
	if strings.HasSuffix(got, " was one") || !strings.Contains(got, "was one of") {
		t.Errorf("title %q: cut between \"one\" and its \"of\"", got)
	}
}

// TestAmpersandNameWhole: the name a "who" clause tells of runs over the
// "&" that joins it ("Hale & Sons"); the title never opens on its last
// word alone.
func TestAmpersandNameWhole(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The mayor thanked the crews from Hale Steel & Iron, who finished installing the new beams on Friday.", "Hale Steel & Iron finished installing the new beams"},
		{"The mayor thanked the crews from Hale & Sons, who finished installing the new beams on Friday.", "Hale & Sons finished installing the new beams"},
	} {
		if got := eventTitles(t, "2027-03-10", c.text)["2027-03-05"]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}

// TestInBeforeWeekdayIsParticle: "in" never leads a weekday, so an "in"
// right before one is the verb's particle ("stepped in Friday"); it stays
// when the time goes.
func TestInBeforeWeekdayIsParticle(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"State regulators stepped in Friday and closed the bank.", "2027-03-05", "State regulators stepped in and closed the bank"},
		{"Troops moved in Tuesday after the talks collapsed.", "2027-03-09", "Troops moved in after the talks collapsed"},
		{"The buyer pulled out Monday, the agent said.", "2027-03-08", "The buyer pulled out, the agent said"},
	} {
		if got := eventTitles(t, "2027-03-10", c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
