package timex

import (
	"testing"
	"time"
)

// A clock time that opens its line, a colon or a dash after it, is the
// time of an entry of a live blog: it is on the DCT's day, whatever an
// entry before it said of last night, yesterday or a weekday; a clock
// time inside an entry still counts from the last day named.
func TestLiveBlogEntries(t *testing.T) {
	cases := []valuesCase{
		{time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC),
			"Live: floods in the valley\n8.40am: The river burst its banks last night.\n11.05am: A bridge was closed yesterday evening.\n2.30pm: Rain is easing.\n",
			[]string{"2014-01-28T08:40", "2014-01-27TNI", "2014-01-28T11:05", "2014-01-27TEV", "2014-01-28T14:30"}},
		{time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC),
			"9:15 - Counting resumes. Ministers will meet on Friday.\n10:45 - Turnout was high on Sunday.\n",
			[]string{"2014-01-28T09:15", "2014-01-31", "2014-01-28T10:45", "2014-01-26"}},
		// Inside an entry, a clock time after a day keeps that day; a
		// time that opens a line with no mark after it is no entry.
		{time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC),
			"7.50am: The fire began late on Sunday. Crews arrived at 11.20pm.\nAt 6am yesterday the road reopened.\n",
			[]string{"2014-01-28T07:50", "2014-01-26", "2014-01-26T23:20", "2014-01-27T06:00"}},
		// Markup around the time, a time alone on its line, or one
		// before a capitalised word after a line that ended a sentence.
		{time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC),
			"Live\n**8.10am**: Roads were shut last night.\n## 9.20am\nTrains run.\n- 10.05am - Schools shut.\n11.30am Flights resume.\n",
			[]string{"2014-01-28T08:10", "2014-01-27TNI", "2014-01-28T09:20", "2014-01-28T10:05", "2014-01-28T11:30"}},
		// A line of wrapped prose that a clock time opens is no entry.
		{time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC),
			"The blast hit late on Sunday at\n11 p.m. Eastern time.\n",
			[]string{"2014-01-26", "2014-01-26T23:00"}},
		// A line that holds only a date gives the day of the entries
		// under it, until another such line.
		{time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC),
			"**Monday 27 January**\n10.20pm: Trees fell.\n11.40pm: Roads shut.\nTuesday 28 January\n7.05am: Good morning.\n",
			[]string{"2014-01-27", "2014-01-27T22:20", "2014-01-27T23:40", "2014-01-28", "2014-01-28T07:05"}},
		// A day word in an entry under a date line of a day gone by
		// counts from that day, when the entry was written; under the
		// DCT's date line, from the DCT.
		{time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC),
			"Monday 27 January\n9.30pm: Crews cleared the line yesterday and work on the bridge starts tomorrow.\nTuesday 28 January\n8.00am: Buses ran yesterday.\n",
			[]string{"2014-01-27", "2014-01-27T21:30", "2014-01-26", "2014-01-28", "2014-01-28", "2014-01-28T08:00", "2014-01-27"}},
		// A stamp in "p.m." whose period the sentence took before the
		// entry's capital, after an entry that named a day ahead: the
		// entry's time, on the DCT's day, not left as a time of that
		// day (lb3).
		{time.Date(2026, 7, 22, 0, 0, 0, 0, time.UTC),
			"9:40 p.m. Crews will assess the damage on Thursday.\n7:55 p.m. Aerial footage shows homes burning.\n4:20 p.m. The fire crossed Highway 97.\n",
			[]string{"2026-07-22T21:40", "2026-07-23", "2026-07-22T19:55", "2026-07-22T16:20"}},
		// A word that opens the stamp ("Updated"), and a stamp opening a
		// paragraph after one that ended on a time's "p.m." (lb3).
		{time.Date(2026, 7, 22, 0, 0, 0, 0, time.UTC),
			"Results are expected on Friday.\n\nUpdated 9:40 p.m. ET Counting goes on.\n\n8:50 p.m. The council says residents were moved at 8:33 p.m.\n\n10:10 p.m. The Met Office issued a warning.\n",
			[]string{"2026-07-24", "2026-07-22T21:40", "2026-07-22T20:50", "2026-07-22T20:33", "2026-07-22T22:10"}},
		// The small hours after an evening's entry, oldest first: the
		// night that follows (lb3).
		{time.Date(2024, 9, 14, 0, 0, 0, 0, time.UTC),
			"5:30 p.m. Forecasters said the storm was gaining strength.\n10:15 p.m. Crews closed the causeway.\n1:05 a.m. The storm came ashore.\n",
			[]string{"2024-09-14T17:30", "2024-09-14T22:15", "2024-09-15T01:05"}},
	}
	checkValues(t, cases)
}
