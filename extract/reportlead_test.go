package extract

import "testing"

// TestReportedLeadDay: a lead with no time of its own whose news the
// sentence after dates a day before the publication. A finding told in a
// closing reporting clause ("..., an independent review has found") is
// the day its report came out when the sentence after dates the report's
// publication ("The report was published on Tuesday"); an act made known
// by its maker ("The council has banned ...") is the day the maker told
// a meeting of it ("Council leader Ann Vole told a cabinet meeting on
// Tuesday evening that ..."). The negative cases keep the publication's
// day: a sentence after that dates the happening the finding is about
// ("The bus overturned on Monday"), a report's commissioning long before,
// another speaker's meeting, a finding told with "that" and dated by a
// happening of its own.
func TestReportedLeadDay(t *testing.T) {
	checkHeadlineDays(t, []headlineDayCase{
		{"review's report published", "2026-06-17", "Faulty valve caused Brenton mill fire, review finds",
			"A faulty gas valve that had been left unrepaired for months caused the fire that gutted Brenton's old mill, an independent review has found.\n\nThe 80-page report by fire engineer Sara Holt was published on Tuesday.\n\nIt makes 12 recommendations.",
			"", []string{"2026-06-16"}},
		{"inquiry's findings released", "2026-06-18", "Signal fault led to Farley derailment, inquiry finds",
			"A signalling fault led to the derailment of a freight train outside Farley in March, an inquiry has found.\n\nThe inquiry's findings were released on Wednesday morning.\n\nNo one was hurt in the derailment.",
			"", []string{"2026-06-17"}},
		{"the happening the finding is about", "2026-06-17", "Driver was over the limit when bus crashed, police find",
			"The driver of a bus that overturned on the A38 was over the drink-drive limit, police have found.\n\nThe bus overturned near Farley on Monday evening.\n\nSix passengers were hurt.",
			"2026-06-15", nil},
		{"the report's commissioning", "2026-06-17", "Council ignored warnings on pool roof, review finds",
			"Brenton council ignored three warnings about the leisure centre's pool roof, a review has found.\n\nThe review was ordered by the council on Monday of last week.\n\nIts author is a former chief engineer.",
			"2026-06-08", nil},
		{"ban told at a cabinet meeting", "2026-07-08", "Farley council bans barbecues in parks",
			"Farley District Council has banned barbecues in its parks for the rest of the summer.\n\nCouncil leader Ann Vole told a packed cabinet meeting on Tuesday evening that the ban would start at once.\n\nThe parks will be patrolled at weekends.",
			"", []string{"2026-07-07"}},
		{"suspension told at a meeting", "2026-07-10", "Council suspends bin contractor",
			"Tennford Borough Council has suspended its contract with the firm that collects the town's bins.\n\nCouncil leader Raj Mehta told a full council meeting on Thursday evening that the firm would do no further work for the council.\n\nAnother firm has been brought in.",
			"", []string{"2026-07-09"}},
		{"suspension told at a meeting under a lead that names last week's happening", "2026-07-10", "Council suspends bin contractor as inquiry into last week's fire widens",
			"Tennford Borough Council has suspended its contract with the firm that collects the town's bins, as the investigation into last week's fatal fire widens to other depots.\n\nCouncil leader Raj Mehta told a full council meeting on Thursday evening that the firm would do no further work for the council.\n\nAnother firm has been brought in.",
			"", []string{"2026-07-09"}},
		{"a meeting that dates another act", "2026-07-08", "Farley council bans barbecues in parks",
			"Farley District Council has banned barbecues in its parks for the rest of the summer.\n\nA grass fire swept across Hanley Common on Tuesday evening, burning 40 acres.\n\nThe parks will be patrolled at weekends.",
			"2026-07-07", nil},
	})
}
