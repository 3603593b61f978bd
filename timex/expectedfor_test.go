package timex_test

import "testing"

// TestExpectedForAhead: a past verb of expecting with an object puts the
// month (or day) after "in", "by" or "before" at the time of the thing
// expected, ahead of the expecting, so a month a few months on from the
// DCT is this year's, not last year's. A month right after the verb, a
// past with no verb of expecting, and a month behind the DCT are left to
// the past.
func TestExpectedForAhead(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2031-06-12", "The lawyer said she expected a first hearing in the case in September.", "September", "2031-09"},
		{"2031-06-12", "He said he expected a report by September.", "September", "2031-09"},
		{"2031-06-12", "Officials anticipated a ruling before October, the agency said.", "October", "2031-10"},
		{"2031-06-12", "The board said it expected a final decision by Oct. 15.", "Oct. 15", "2031-10-15"},
		{"2031-06-12", "Analysts had predicted a rebound in prices in November.", "November", "2031-11"},
		// No verb of expecting: a past tells of a month gone by.
		{"2031-06-12", "The lawyer said she filed a first motion in the case in September.", "September", "2030-09"},
		{"2031-06-12", "He said he received a report in September.", "September", "2030-09"},
		// A month behind the DCT is left to the past.
		{"2031-06-12", "He said he expected a report in March.", "March", "2031-03"},
		// "that" opens a clause of its own, whose past tells of the month.
		{"2031-06-12", "She expected that the firm sold the unit in September.", "September", "2030-09"},
	})
}

// TestTargetedForPlans: "targeted for" sets a time as "scheduled for" and
// "planned for" do, ahead of now; "targeted" with an object and no "for"
// is a past.
func TestTargetedForPlans(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2031-03-21", "Timeline: groundbreaking targeted for September; opening in 2033.", "September", "2031-09"},
		{"2031-03-21", "The reopening is targeted for August.", "August", "2031-08"},
		{"2031-03-21", "Completion, targeted for October, depends on the weather.", "October", "2031-10"},
		{"2031-03-21", "The campaign targeted voters in the suburbs in September.", "September", "2030-09"},
	})
}

// TestPossessiveLastNoPast: "last" after a possessive is the adjective
// of order ("its last home game"), no past, so the tense of the clause is
// its verb's; "the last" and the adverb "last" are left as they were.
func TestPossessiveLastNoPast(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2031-07-24 is a Thursday.
		{"2031-07-24", "The team will play its last home game of the summer on Saturday.", "Saturday", "2031-07-26"},
		{"2031-07-24", "The band will give their last concert of the tour on Sunday.", "Sunday", "2031-07-27"},
		{"2031-07-24", "The club played its last home game of the season on Saturday.", "Saturday", "2031-07-19"},
		{"2031-07-24", "Divers brought up what they said would be the last bodies from the wreck on Monday.", "Monday", "2031-07-21"},
		{"2031-07-24", "The boy was last seen near the river on Monday.", "Monday", "2031-07-21"},
	})
}

// TestPlannedWeekdayNearest: a weekday after "on" that follows the
// object of a past verb of planning or expecting dates the thing planned,
// the nearest such day (ahead when the plan is fresh); a past of doing
// keeps the day behind.
func TestPlannedWeekdayNearest(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2031-12-18 is a Thursday.
		{"2031-12-18", "The society had planned a holiday open house at the keeper's cottage on Saturday.", "Saturday", "2031-12-20"},
		{"2031-12-18", "Organisers said they expected a large crowd at the square on Saturday.", "Saturday", "2031-12-20"},
		{"2031-12-18", "The club planned a farewell dinner on Monday, the chairman said.", "Monday", "2031-12-15"},
		{"2031-12-18", "The society held a holiday open house at the keeper's cottage on Saturday.", "Saturday", "2031-12-13"},
		{"2031-12-18", "Organisers said they counted a large crowd at the square on Saturday.", "Saturday", "2031-12-13"},
	})
}

// TestQuantifiedObjectAdjective: after the plain verb a modal or "to"
// governs and a quantifier, an -ed word is an adjective of the object,
// no past, so the modal gives the clause its tense; "all" before a verb
// after its subject leaves the verb a past.
func TestQuantifiedObjectAdjective(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2031-09-18", "One platform said it would delist all affected properties from 15 December.", "15 December", "2031-12-15"},
		{"2031-09-18", "The airline told staff it would rebook some stranded passengers on 20 November.", "20 November", "2031-11-20"},
		{"2031-09-18", "The ministers all agreed the plan on 15 December.", "15 December", "2030-12-15"},
	})
}

// TestSubjectDateNoun: a day of a month after "the" that qualifies the
// noun heading the subject of a clause takes the tense of that clause's
// verb right after the noun ("whether the June 21 reopening could still
// be met", in December: the June ahead); a past there keeps it behind,
// and a day of an object is left to the clause.
func TestSubjectDateNoun(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2031-12-19", "The treasurer said it was too soon to say whether the June 21 reopening could still be met.", "the June 21", "2032-06-21"},
		{"2031-12-19", "The June 20 launch will go ahead, the company said.", "The June 20", "2032-06-20"},
		{"2031-12-19", "Organisers asked whether the June 14 concert would be moved.", "the June 14", "2032-06-14"},
		{"2031-12-19", "The June 21 reopening was a success.", "The June 21", "2031-06-21"},
		{"2031-12-19", "The treasurer asked whether the June 21 reopening had drawn a crowd.", "the June 21", "2031-06-21"},
		{"2032-04-05", "The suit asks the court to declare the March 20 vote void.", "the March 20", "2032-03-20"},
	})
}

// TestDayCopulaAhead: the day of a month a thing is on, in the present
// ("The meeting is on April 1", "The vote is April 1"), is ahead, as a
// weekday's is; told in the past it is behind, and a day that qualifies a
// noun after the copula is left to the tense.
func TestDayCopulaAhead(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2031-09-10", "The meeting is on April 1.", "April 1", "2032-04-01"},
		{"2031-09-10", "The vote is April 1, the clerk said.", "April 1", "2032-04-01"},
		{"2031-09-10", "The talks resume in February.", "February", "2032-02"},
		{"2031-09-10", "The meeting was on April 1.", "April 1", "2031-04-01"},
		{"2031-09-10", "The benchmark is April 1 prices, the report said.", "April 1", "2031-04-01"},
	})
}

// TestExpectedParticipleLeft: a participle of expecting after a noun,
// with a preposition after it, qualifies the noun; the month is left to
// the clause's past, as before expectedFor.
func TestExpectedParticipleLeft(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2031-03-12", "Bosses apologised for the disruption expected on the line in May.", "May", "2030-05"},
	})
}

// TestLimitEntryAhead: a timeline entry that names a time limit with no
// verb of its own, what is to be done told in an infinitive, is a
// calendar's, ahead; an entry with a verb of the chronicle's present
// keeps the chronicle's reading, the day gone by.
func TestLimitEntryAhead(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2031-05-18", "June 30: Deadline for the board to adopt a final budget.", "June 30", "2031-06-30"},
		{"2031-05-18", "July 15: Cutoff for families to apply for the program.", "July 15", "2031-07-15"},
		{"2031-05-18", "June 30: Deadline for bids passes with no buyer.", "June 30", "2030-06-30"},
		{"2031-05-18", "June 30: Board adopts a final budget.", "June 30", "2030-06-30"},
	})
}
