package timex_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// directionProbe is a sentence of news copy, written for these tests and
// taken from no set, with the value one expression in it must have.
type directionProbe struct {
	dct  string // YYYY-MM-DD
	text string
	expr string // the expression's text
	want string // its value
}

// runDirectionProbes tags each probe and reports the ones whose
// expression is missing or has another value.
func runDirectionProbes(t *testing.T, probes []directionProbe) {
	t.Helper()
	for _, p := range probes {
		dct, err := time.Parse("2006-01-02", p.dct)
		if err != nil {
			t.Fatal(err)
		}
		got := "(none)"
		for _, x := range timex.Tag(p.text, dct) {
			if x.Text == p.expr {
				got = x.Value
				break
			}
		}
		if got != p.want {
			t.Errorf("Tag(%q, %s): %q = %s, want %s", p.text, p.dct, p.expr, got, p.want)
		}
	}
}

// TestBackshiftedTemporalClause: a temporal clause ("once the swell had
// dropped", "after the wind had eased") inside a clause of "would" or
// "will" tells of no past of its own: its past perfect is the sequence
// of tenses of the modal, and a weekday after it dates the modal's verb,
// ahead. A temporal clause of a plain past stays past.
func TestBackshiftedTemporalClause(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2026-09-18 is a Friday.
		{"2026-09-18", "Talks would resume once the rain had stopped, probably on Monday.", "Monday", "2026-09-21"},
		{"2026-09-18", "Crews would return after the wind had eased, likely on Sunday.", "Sunday", "2026-09-20"},
		// "would" alone gives the nearest day, ahead or behind (a plan
		// as it was reported): Tuesday is the 15th, three days before.
		{"2026-09-18", "The ferry would sail again once repairs had been finished, on Monday at the earliest.", "Monday", "2026-09-21"},
		{"2026-09-18", "The vessel would stay in port until the storm had passed, possibly on Monday.", "Monday", "2026-09-21"},
		{"2026-09-18", "Divers will go down again when the current has slackened, probably on Sunday.", "Sunday", "2026-09-20"},
		// A plain past: the day is behind.
		{"2026-09-18", "The search resumed after the wind had dropped on Tuesday.", "Tuesday", "2026-09-15"},
		{"2026-09-18", "The match was stopped once the crowd had surged onto the pitch on Saturday.", "Saturday", "2026-09-12"},
		{"2026-09-18", "Rescuers had waited until the fire had burned out on Wednesday.", "Wednesday", "2026-09-16"},
	})
}

// TestPassiveNounPhrase: a past form between a lower-case noun and "by"
// with a name ("the review led by Dame Ann Cole", "the panel chaired by
// Judge Ortiz") is the passive participle of a noun phrase, not the
// clause's verb: a bare month after it takes the tense of the clause
// ("would await the findings ..., expected in January"). An active past
// with "by" and an amount or a name before it stays the clause's verb.
func TestPassiveNounPhrase(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2026-11-11 is a Wednesday.
		{"2026-11-11", "The minister said he would wait for the report of the inquiry led by Sir Alan Moss, expected in March.", "March", "2027-03"},
		{"2026-11-11", "He said he would accept the findings of the panel chaired by Judge Ortiz, expected in January.", "January", "2027-01"},
		{"2026-11-11", "The board said it would study the audit carried out by Deloitte, due in February.", "February", "2027-02"},
		// Guards: a past of the clause.
		{"2026-11-11", "Shares fell by 5 percent in March.", "March", "2026-03"},
		{"2026-11-11", "The review was led by Ann Cole in March.", "March", "2026-03"},
		{"2026-11-11", "The review led by Ann Cole concluded in March.", "March", "2026-03"},
		{"2026-11-11", "Smith led by three strokes in March.", "March", "2026-03"},
	})
}

// TestUnplannedHappeningBehind: a day before a noun of a happening no one
// plans ("the Oct. 15 derailment") names one gone by, even in a clause
// whose present or future tense would put it ahead ("The order follows
// ..."): the last such day up to the DCT when it is less than half a year
// back; further back its year stays unknown.
func TestUnplannedHappeningBehind(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2026-12-10 is a Thursday.
		{"2026-12-10", "The inquiry comes after the Oct. 9 derailment of a freight train near the border.", "the Oct. 9", "2026-10-09"},
		{"2026-12-10", "New safety rules take effect after the Nov. 2 explosion at the refinery.", "the Nov. 2", "2026-11-02"},
		{"2026-12-10", "The report comes a month after the Nov. 8 shooting at the mall.", "the Nov. 8", "2026-11-08"},
		{"2026-12-10", "Survivors of the Aug. 20 collision will meet the minister.", "the Aug. 20", "2026-08-20"},
		// Guards: a happening half a year back or more keeps an unknown
		// year; a planned one lies ahead.
		{"2026-12-10", "Survivors of the March 3 attack will meet the minister.", "the March 3", "XXXX-03-03"},
		{"2026-12-10", "Voters go to the polls ahead of the Feb. 5 election.", "the Feb. 5", "2027-02-05"},
	})
}

// TestObjectParticipleAdjective: an -ed word in the object of a verb that
// a modal or "to" governs, after the verb's particle ("hand out cooked
// meals") or a word qualifying the object ("hand out free canned
// food"), is an adjective of the object, no past of the clause: the
// modal gives the tense, and a weekday after it lies ahead. A past verb
// with the same words stays past.
func TestObjectParticipleAdjective(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2026-09-16 is a Wednesday.
		{"2026-09-16", "Volunteers will hand out cooked meals at the town hall on Thursday.", "Thursday", "2026-09-17"},
		{"2026-09-16", "The utility said it would hand out free canned food at two schools on Friday.", "Friday", "2026-09-18"},
		{"2026-09-16", "Crews are expected to set up heated tents near the station on Friday.", "Friday", "2026-09-18"},
		{"2026-09-16", "The charity plans to hand out free packed lunches on Saturday.", "Saturday", "2026-09-19"},
		{"2026-09-16", "The army will also fly out injured climbers from the base camp on Monday.", "Monday", "2026-09-21"},
		{"2026-09-16", "Officials will distribute boiled water to the worst affected homes on Thursday.", "Thursday", "2026-09-17"},
		// Guards: a past verb of the clause.
		{"2026-09-16", "Police handed out cooked meals to stranded drivers on Monday.", "Monday", "2026-09-14"},
		{"2026-09-16", "Shops sold out of bottled water on Monday.", "Monday", "2026-09-14"},
		{"2026-09-16", "Officials said crews pitched heated tents near the station on Monday.", "Monday", "2026-09-14"},
		{"2026-09-16", "He would later say the guards opened fire on Monday.", "Monday", "2026-09-14"},
	})
}

// TestPastWeekdayList: news lists the days of a happening in the order
// they fell, close together. In a past clause "on Saturday and Monday"
// tells a Saturday before the Monday, so where the DCT is a Saturday the
// first day is the week before, not today. Lists whose days fall in order
// as read stay, and so does a list told back from now ("Friday and
// Thursday", today and yesterday), which in order would span six days.
func TestPastWeekdayList(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2026-09-19 is a Saturday, 2026-09-17 a Thursday, 2026-09-16 a
		// Wednesday.
		{"2026-09-19", "Ballot papers for the council race reached most voters on Saturday and Monday.", "Saturday", "2026-09-12"},
		{"2026-09-19", "Ballot papers for the council race reached most voters on Saturday and Monday.", "Monday", "2026-09-14"},
		{"2026-09-18", "Inspectors visited the plant on Friday and on Monday, the ministry said.", "Friday", "2026-09-11"},
		{"2026-09-16", "The council met behind closed doors on Wednesday and Friday to discuss the budget.", "Wednesday", "2026-09-09"},
		// Guards: days that fall in order as read.
		{"2026-09-16", "The council met on Monday and Tuesday.", "Monday", "2026-09-14"},
		{"2026-09-16", "Talks were held on Tuesday and Wednesday.", "Wednesday", "2026-09-16"},
		{"2026-09-16", "Talks were held on Tuesday and Wednesday.", "Tuesday", "2026-09-15"},
		{"2026-09-16", "The council will meet on Wednesday and Friday.", "Wednesday", "2026-09-16"},
		{"2026-09-19", "Shops reopened on Saturday after the floods.", "Saturday", "2026-09-19"},
		// Listed back from now, today and yesterday, which in order would
		// lie six days apart.
		{"2026-09-18", "The texts of the statements released Friday and Thursday by both campaigns follow.", "Friday", "2026-09-18"},
	})
}

// TestRemandedToAppear: a court remands or bails a defendant to appear on
// a later day: "was remanded in custody to appear on Oct. 28", "was
// bailed to appear at crown court on Oct. 7" put the appearance ahead of
// the order, a future seen from it, as "ordered him to appear" does; the
// custody or bail he is kept in ("in custody", "on bail") stands between
// the verb and "to" with the object. The remand's own day stays past.
func TestRemandedToAppear(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2026-09-16 is a Wednesday.
		{"2026-09-16", "Magistrate Joan Ardley remanded the teenager in custody to appear before a district judge on Oct. 28 for a case review.", "Oct. 28", "2026-10-28"},
		{"2026-09-16", "He was bailed to appear at Leeds Crown Court on Oct. 7.", "Oct. 7", "2026-10-07"},
		{"2026-09-16", "The teenager was remanded on bail to appear again on Oct. 2.", "Oct. 2", "2026-10-02"},
		{"2026-09-16", "Both men were remanded in custody to appear again on Friday.", "Friday", "2026-09-18"},
		// Guards: the day of the remand or bail.
		{"2026-09-16", "He was remanded in custody on Monday.", "Monday", "2026-09-14"},
		{"2026-09-16", "She was bailed on Friday.", "Friday", "2026-09-11"},
		{"2026-09-16", "He was remanded in custody after appearing in court on Monday.", "Monday", "2026-09-14"},
		{"2026-09-16", "Police said the man was arrested on Sept. 2 and remanded in custody.", "Sept. 2", "2026-09-02"},
	})
}
