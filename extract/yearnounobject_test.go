package extract

import "testing"

// TestYearNounObjectTime checks, on sentences of our own, that a time with
// a year that premodifies a noun of a standing decision after "a" in the
// object of another verb ("breached a March 2021 order", "ignored a 2020
// agreement") names that decision only and dates nothing of the clause,
// while a year after "the" ("won the 2019 election"), a year before a
// noun of a happening ("survived a 2010 crash") and a time in the
// clause's own phrase ("issued an order in March 2021") still date it.
func TestYearNounObjectTime(t *testing.T) {
	checkOwnDates(t, []ownDateCase{
		{"The council said the landlord had breached a March 2021 order of the housing tribunal.", "", "2021-03"},
		{"The ministry is weighing whether to repeal a 2019 law requiring mines to post bonds.", "", "2019"},
		{"The union says the firm ignored a 2020 agreement on overtime pay.", "", "2020"},
		{"Lawyers for the city challenged an August 2022 ruling on the zoning plan.", "", "2022-08"},
		{"The mayor signed the zoning law in 2019.", "2019", ""},
		{"The firm ignored an agreement on overtime pay in 2020.", "2020", ""},
		{"Kovacs won the 2019 election by a wide margin.", "2019", ""},
		{"The pilot survived a 2010 crash in the Andes.", "2010", ""},
		{"The tribunal issued an order on the rent in March 2021.", "2021-03", ""},
	})
}
