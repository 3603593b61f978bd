package timex

import (
	"slices"
	"testing"
	"time"
)

// A day of a month that opens its line, a colon or a dash after it, is an
// entry of a timeline, whose present is a chronicle's and puts no day
// ahead. The first entry takes the year of a heading over it (not of an
// entry told by its year alone, "1968: The dam is completed."), else it is
// the most recent such day gone by (or one within a week ahead); each
// entry after another is the first such day on or after the last date, as
// a timeline runs forward.
func TestTimelineEntries(t *testing.T) {
	cases := []valuesCase{
		{time.Date(2010, 12, 20, 0, 0, 0, 0, time.UTC),
			"Timeline of the debt crisis\nMay 2: Greece agrees to a rescue.\nNov. 28: Ireland accepts a bailout.\nJan. 1: Estonia joins the euro.\n",
			[]string{"2010-05-02", "2010-11-28", "2011-01-01"}},
		{time.Date(2009, 12, 14, 0, 0, 0, 0, time.UTC),
			"Key dates:\n24 April - Mexico closes schools in the capital.\n11 June - The WHO declares a pandemic.\n",
			[]string{"2009-04-24", "2009-06-11"}},
		{time.Date(2011, 7, 28, 0, 0, 0, 0, time.UTC),
			"July 4: A newspaper reports the hacking.\nJuly 19: The owner appears before MPs.\nSept. 6: The inquiry holds its first hearing.\n",
			[]string{"2011-07-04", "2011-07-19", "2011-09-06"}},
		{time.Date(2010, 3, 2, 0, 0, 0, 0, time.UTC),
			"Feb. 27, 3:34 a.m.: A quake strikes off the coast.\nFeb. 28: Troops reach the city.\n",
			[]string{"2010-02-27", "2010-02-27T03:34", "2010-02-28"}},
		{time.Date(2010, 12, 30, 0, 0, 0, 0, time.UTC),
			"2010 in review\nJan. 12: An earthquake devastates Haiti.\nApril 20: The rig explodes.\nJan. 1: Estonia adopts the euro.\n",
			[]string{"2010", "2010-01-12", "2010-04-20", "2011-01-01"}},
		{time.Date(2010, 12, 30, 0, 0, 0, 0, time.UTC),
			"Looking back\nJan. 12: An earthquake devastates Haiti.\nJan. 3: Parliament opens.\n",
			[]string{"2010-01-12", "2011-01-03"}},
		// A modal of an entry's complement leaves the entry's present a
		// chronicle's, and the entries after it in their year; "will"
		// and a modal alone look ahead.
		{time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC),
			"Aug. 20 - Dock workers walk out.\nAug. 26 - The port authority admits the talks should not have failed.\nSept. 4 - A court orders the union back to work.\nDec. 15 - The union will vote on the deal.\n",
			[]string{"2026-08-20", "2026-08-26", "2026-09-04", "2026-12-15"}},
		{time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC),
			"Notes\nMay 3 - Talks could resume.\n",
			[]string{"2027-05-03"}},
		// An entry told by its year alone is a background item of that
		// year: it is no heading, and the entries after it with no year
		// are the story's own, the nearest such days, whatever the tense
		// of the first of them; entries after those run forward.
		{time.Date(2025, 4, 16, 0, 0, 0, 0, time.UTC),
			"Key events\n1957: The levee is built.\n2021: The county approves an upgrade.\nMarch 3: Engineers report seepage.\nApril 16: The levee breaches.\n",
			[]string{"1957", "2021", "2025-03-03", "2025-04-16"}},
		{time.Date(2023, 11, 29, 0, 0, 0, 0, time.UTC),
			"Key events in the crisis:\n\n2016 - Debt passes 120 percent of output.\n\nFeb 2 - Rating agencies cut the country to junk.\n\nJune 18 - The finance minister resigns.\n",
			[]string{"2016", "2023-02-02", "2023-06-18"}},
		// A year on a line of its own is a heading: the entries under it
		// are of its year, until the next heading. The number above a
		// month is no day of it.
		{time.Date(2024, 9, 20, 0, 0, 0, 0, time.UTC),
			"Key dates\n2018\nJan. 9: Regulators fine the owner.\nJune 2: A worker is hurt in a blaze.\n2024\nSept. 17: A blast starts a fire.\n",
			[]string{"2018", "2018-01-09", "2018-06-02", "2024", "2024-09-17"}},
		// Out of a timeline, the present of an unknown verb still puts
		// the day ahead.
		{time.Date(2010, 9, 20, 0, 0, 0, 0, time.UTC),
			"Notes\nThe polls close on April 22.\n",
			[]string{"2011-04-22"}},
	}
	checkValues(t, cases)
}

// valuesCase is a text, its DCT and the values Tag must give it, in order.
type valuesCase struct {
	dct  time.Time
	text string
	want []string
}

// checkValues tags each case's text and compares the values it gives.
func checkValues(t *testing.T, cases []valuesCase) {
	t.Helper()
	for _, c := range cases {
		var vals []string
		for _, x := range Tag(c.text, c.dct) {
			vals = append(vals, x.Value)
		}
		if !slices.Equal(vals, c.want) {
			t.Errorf("Tag(%q) = %v, want %v", c.text, vals, c.want)
		}
	}
}

// A dated list runs in order: an entry after another is the first such
// day on or after the one before, whatever future a complement of the
// entry's verb tells ("Dec. 30: The mayor says she will step down.",
// written in January, is the December gone by).
func TestTimelineEntriesInOrder(t *testing.T) {
	cases := []valuesCase{
		{time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC),
			"How it happened\nNov. 3: The council votes to close the library.\nDec. 14: Residents reject the closure.\nDec. 30: The mayor says she will step down.\nJan. 5: The library reopens.\n",
			[]string{"2025-11-03", "2025-12-14", "2025-12-30", "2026-01-05"}},
		{time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC),
			"Key dates\nOct. 20 - Dock workers walk out.\nNov. 14 - The company confirms it will sell the port.\n",
			[]string{"2025-10-20", "2025-11-14"}},
		// A future entry after the last day gone by stays ahead.
		{time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC),
			"Timeline\nDec. 2: The board approves the merger.\nJan. 7: Regulators say they will rule on it.\nFeb. 20: The regulator will rule.\n",
			[]string{"2025-12-02", "2026-01-07", "2026-02-20"}},
	}
	checkValues(t, cases)
}

// The sentences of a timeline entry are told from its day, not from the
// document's: a day set, put off or ahead in an entry's body is the first
// such day after the entry's day ("Nov. 12: The mayor calls a referendum.
// The vote is set for Dec. 14.", written in January, is the December gone
// by). Markdown around an entry's day ("**Oct. 28:**") leaves it an entry.
func TestTimelineEntryBodies(t *testing.T) {
	cases := []valuesCase{
		{time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC),
			"How it happened\nNov. 3: The council votes to close the library.\nNov. 12: The mayor calls a referendum. The vote is set for Dec. 14.\nDec. 14: Residents reject the closure.\nDec. 30: The mayor says she will step down.\nJan. 5: The library reopens.\n",
			[]string{"2025-11-03", "2025-11-12", "2025-12-14", "2025-12-14", "2025-12-30", "2026-01-05"}},
		{time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC),
			"Key dates\nOct. 2 - The union calls a strike for Oct. 20.\nOct. 20 - Dock workers walk out.\nNov. 14 - The company confirms it will sell the port.\n",
			[]string{"2025-10-02", "2025-10-20", "2025-10-20", "2025-11-14"}},
		{time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC),
			"Timeline\nSept. 18: The regulator opens an inquiry. A hearing is scheduled for Oct. 30.\nOct. 30: The hearing is postponed until Jan. 15.\nJan. 15: The chief executive resigns.\n",
			[]string{"2023-09-18", "2023-10-30", "2023-10-30", "2024-01-15", "2024-01-15"}},
		{time.Date(2028, 1, 6, 0, 0, 0, 0, time.UTC),
			"Timeline\n\n**Nov. 17:** The premier asks for a dissolution. A vote is set for Dec. 20.\n\n**Dec. 20:** The opposition wins.\n\n**Dec. 29:** The premier says she will resign.\n",
			[]string{"2027-11-17", "2027-12-20", "2027-12-20", "2027-12-29"}},
		// An entry's body that tells what lies ahead of the document
		// stays ahead.
		{time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC),
			"Timeline\nDec. 2: The board approves the merger. It will close in March.\nJan. 7: Regulators say they will rule by Feb. 20.\n",
			[]string{"2025-12-02", "2026-03", "2026-01-07", "2026-02-20"}},
	}
	checkValues(t, cases)
}
