package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestInnerClauseTime: a time in an inner clause (a condition, the period
// of an offered thing, a relative clause on a subject a number opens, a
// question a verb takes, a clause after ", and") dates
// that clause only, never the main clause's happening; look-alikes keep
// their date. Events on the publication day are left out of the check.
func TestInnerClauseTime(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		// A relative clause on a subject that opens on a number with a
		// thousands comma is an aside, as without the number.
		{"2020-06-03", "Some 2,400 villagers who were moved out on Sunday stayed in shelters while crews tested the water.", "2020-05-31", "Some 2,400 villagers were moved out"},
		{"2020-06-03", "Some 1,500 workers who walked out on Monday returned to the depot on Thursday.", "2020-05-28", "Some 1,500 workers returned to the depot"},
		// A condition's time dates nothing: it has not happened.
		{"2020-06-03", "The judge said she could jail the strikers if they were still out by the next hearing, June 19.", "", ""},
		{"2020-06-03", "Unless a buyer is found by July 1, the plant will close.", "", ""},
		// Not a time after the condition's comma, nor one before "if".
		{"2020-06-03", "If found guilty, Dunmore faces ten years in jail, his lawyer said on Monday.", "2020-06-01", "If found guilty, Dunmore faces ten years in jail, his lawyer said"},
		{"2020-06-03", "The ferry will sail on Friday if the weather clears.", "2020-06-05", "The ferry will sail if the weather clears"},
		// "from" and a time after the object of a verb of offering or
		// demanding opens the thing's period, not the offer's.
		{"2020-06-03", "The council offered to pay the new rates from March 2021, but the drivers demanded back pay from May 2019.", "", ""},
		// Not "from" after a verb, nor a range.
		{"2020-06-03", "The new rates take effect from March 1.", "2021-03-01", "The new rates take effect"},
		{"2020-06-03", "Bus services resume from Monday.", "2020-06-08", "Bus services resume"},
		{"2020-06-03", "The union asked for talks from Monday to Wednesday.", "2020-06-01", "The union asked for talks from Monday to Wednesday"},
		// A clause of "how" or "why" that a verb takes, its verb right
		// before the time, is the time's, titled by its own words or by
		// nothing; one of "whether" is asked, not told: no event.
		{"2008-09-03", "The warden has been suspended while an independent review examines how two inmates escaped last month.", "", ""},
		{"2008-09-03", "Prison officers described how the Fenwick brothers escaped on Friday.", "2008-08-29", "The Fenwick brothers escaped"},
		{"2008-09-03", "A review will examine whether the Fenwick brothers escaped on Friday.", "", ""},
		// The main clause's own time dates it still.
		{"2008-09-03", "The warden was suspended on Monday while a review examines how two inmates escaped last month.", "2008-09-01", "The warden was suspended while a review examines how two inmates escaped last month"},
		// ", and" before a subject of its own opens a clause of its own:
		// its time dates it, titled by its own words, not by the clause
		// before.
		{"2020-03-06", "Schools will hold extra lessons until June, and final exams that were to begin on May 4 will now start on May 18.", "2020-05-18", "Final exams will now start"},
		{"2020-03-06", "The school must answer the complaint by July 26, and a panel will then hold a hearing.", "2020-07-26", "The school must answer the complaint"},
		{"2021-04-20", "The club will run extra sessions until July, and entrance tests that were to resume on May 4 will now restart on June 1.", "2021-06-01", "Entrance tests will now restart"},
		// A later time in a clause that a verb of showing takes inside
		// a clause of "after" dates neither clause's title; one in the
		// clause of "when" itself dates that clause.
		{"2015-11-18", "The ministry on Wednesday fired the head of the district health office after records showed his staff had been warned four years ago that a clinic was unsafe.", "", ""},
		{"2015-11-18", "The mayor told jurors on Wednesday that she feared for her life when a stranger attacked her at a meeting last September.", "2015-09", "A stranger attacked her at a meeting"},
		// A clause of "when" in the passive, its time right after the
		// participle, is the time's.
		{"2022-03-11", "The dealer said he still had nine vans on his lot under a sales ban imposed when the recall was ordered last month.", "2022-02", "The recall was ordered"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}

// TestPluralPresentClause: a verb with no "-s" after a plural noun that a
// determiner opens is the present of a clause of "before" ("before the
// full hearings open in September"), which the time dates, titled by it.
func TestPluralPresentClause(t *testing.T) {
	for _, c := range []struct {
		text, tm, want string
		found          bool
	}{
		{"The union said it would ask the board to drop every charge before the full hearings open in September.", "September", "The full hearings open", true},
	} {
		i := strings.Index(c.text, c.tm)
		tx := timex.Timex{Start: i, End: i + len(c.tm), Text: c.tm}
		got, found := dependentTitle(c.text, [2]int{0, len(c.text)}, tx)
		if got != c.want || found != c.found {
			t.Errorf("%q: got %q %v, want %q %v", c.text, got, found, c.want, c.found)
		}
	}
}

// TestSharedPredicateAndObjectTimes: a time in a second predicate that
// shares the clause's subject (", and is due to ...") dates that predicate,
// told with the subject; a past relative clause on a thing after a verb in
// the simple present, and a time after "of" that names the object of a
// verb to come, date nothing the main clause tells; a clause of "before"
// whose title is no headline makes no event; look-alikes keep their date.
// Events on the publication day are left out of the check.
func TestSharedPredicateAndObjectTimes(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		{"2019-03-05", "The panel, chaired by a retired judge, Mary Olsen, has questioned more than 40 witnesses, and is due to deliver its findings to the council by the end of June.", "2019-06", "The panel is due to deliver its findings to the council"},
		{"2019-03-05", "The driver was stopped near Leeds, and was charged on Friday with dangerous driving.", "2019-03-01", "The driver was charged with dangerous driving"},
		{"2019-03-05", "The company, based in Leeds, cut 300 jobs, and will close two plants in June.", "2019-06", "The company will close two plants"},
		// After a verb of saying and its clause, the second predicate
		// may be the clause said's: no title, no event.
		{"2019-03-05", "Police said the man was arrested, and will appear in court on Monday.", "", ""},
		// Not a second clause with a subject of its own, nor one of a
		// time of the first predicate.
		{"2019-03-05", "The panel questioned 40 witnesses on Friday, and is due to report in June.", "2019-03-01", "The panel questioned 40 witnesses"},
		// A thing's past relative clause after a verb in the present.
		{"2019-03-05", "The squad flies to Porto for the final that was moved last week.", "", ""},
		{"2019-03-05", "The club is due to play again on Thursday, when it visits Harlow for the fixture that was postponed last month.", "2019-03-07", "The club is due to play again"},
		// After a verb in the past too, the moving is not the flight;
		// not on the subject.
		{"2019-03-05", "The squad flew to Porto for the final that was moved last week.", "", ""},
		{"2019-03-05", "The fixture that was postponed last month is now set for Friday.", "2019-03-08", "The fixture is now set for Friday"},
		// "of" and a time after the object of a verb to come.
		{"2019-03-05", "The coroner said she would study every hour of the night of February 12, from the first call at 9:40 pm to the moment the fire was out.", "", ""},
		{"2019-03-05", "He will appear in court on the morning of March 12.", "2019-03-12", "He will appear in court"},
		{"2019-03-05", "The result of February 12 was annulled by the court.", "2019-02-12", "The result of February 12 was annulled by the court"},
		// A clause of "before" in the present whose title shows no verb,
		// a contrast after it cut off.
		{"2019-03-05", "The lawyer said the families would ask prosecutors to reopen the file before the full hearings open in October, rather than after the final report is released.", "", ""},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}

// TestClauseFinderPrepositionAndPlurals: a verb in the past with "in"
// before the time closes a clause of "after" the time dates ("after its
// chief executive resigned in January"); a plural noun by its ending
// ("hearings", "elections") is no verb in the present.
func TestClauseFinderPrepositionAndPlurals(t *testing.T) {
	for _, c := range []struct {
		text, tm string
		want     bool
	}{
		{"The firm was fined last year after its chief executive resigned in January.", "January", true},
		{"The board met the unions before the new hearings in October.", "October", false},
		{"The board met the unions before the early elections in October.", "October", false},
		{"The families will ask for a review before the inquiry resumes in October.", "October", true},
	} {
		i := strings.Index(c.text, c.tm)
		tx := timex.Timex{Start: i, End: i + len(c.tm), Text: c.tm}
		if got := subordinateSubject(c.text, [2]int{0, len(c.text)}, tx, nil) > 0; got != c.want {
			t.Errorf("%q: clause found %v, want %v", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"hearings", true}, {"rulings", true}, {"elections", true}, {"brings", false}, {"springs", false}, {"resumes", false}} {
		if got := pluralNoun(c.w); got != c.want {
			t.Errorf("pluralNoun(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
