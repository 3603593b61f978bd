package timex_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestNarrativeTime: an anaphoric time (a clock time with no day, "that
// evening") counts from the time the narrative is at, the last day the
// story told a happening on; not from the day of a saying that closes a
// sentence ("..., police said Wednesday morning"), nor from a coarser date
// that a phrase of that sentence gave as background ("the climbers who
// died a month ago") or a speaker gave within quotation marks. Each
// case names the expression it checks and the value it must take ("" for
// no tag: unsure, left).
func TestNarrativeTime(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		text string
		dct  time.Time
		expr string
		want string
	}{
		// The day of a closing saying, told with its part of the day.
		{"A delivery van crashed into a bus shelter late Tuesday night in Hull, police said Wednesday morning.\n\nThe driver was arrested at 11:40 p.m. and later released.",
			day(2025, 3, 12), "11:40 p.m.", "TIME:2025-03-11T23:40"},
		{"A pensioner was rescued from a flooded cellar late Monday night, firefighters said Tuesday afternoon. Crews reached the house at 10:50 p.m.",
			day(2025, 3, 11), "10:50 p.m.", "TIME:2025-03-10T22:50"},
		// A coarser date in a background phrase of the sentence that told
		// the day.
		{"Hundreds of people gathered in the town square on Sunday to remember the three climbers who died on the mountain a month ago.\n\nThe church bells rang out at noon, and a minute's silence followed.",
			day(2025, 2, 10), "noon", "TIME:2025-02-09T12:00"},
		{"Divers reached the wreck of the trawler off Peterhead yesterday morning, two years after it sank in a storm.\n\nAt about 9am, the first diver went down to the hull.",
			day(2025, 4, 3), "9am", "TIME:2025-04-02T09:00"},
		{"Mourners filled the chapel on Saturday for the funeral of the fisherman lost at sea a week earlier. The service began at 11 a.m.",
			day(2025, 4, 7), "11 a.m.", "TIME:2025-04-05T11:00"},
		{"Firefighters were called back to the warehouse on Friday, after a smaller blaze there a week earlier. That evening, part of the roof collapsed.",
			day(2025, 4, 14), "That evening", "TIME:2025-04-11TEV"},
		// A coarser date in a quotation is the speaker's, not the
		// narrative's: the day before it stays the day the story is at.
		{"Hundreds of people filled the chapel on Saturday for the funeral of the two fishermen.\n\n\"This winter the sea took our brothers,\" the priest said.\n\nThe harbour fell silent at noon, and the boats sounded their horns.",
			day(2025, 1, 12), "noon", "TIME:2025-01-11T12:00"},
		{"Hundreds of people filled the chapel on Saturday for the funeral of the two fishermen, who drowned a fortnight ago.\n\n\"This winter the sea took our brothers,\" the priest said.\n\nThe harbour fell silent at noon, and the boats sounded their horns.",
			day(2025, 1, 12), "noon", "TIME:2025-01-11T12:00"},
		// A day ahead that a plan of the day's sentence names is no day
		// the story is at: what the next sentence tells in the past
		// happened on the day of the sentence.
		{"The bakery chain said on Monday that it would close its Leeds site on March 31. Staff were told at a meeting that morning.",
			day(2025, 2, 11), "that morning", "TIME:2025-02-10TMO"},
		{"The firm announced last Thursday that it would shut the depot by the end of June 2026. Drivers heard the news from their managers at 7 a.m.",
			day(2025, 2, 11), "7 a.m.", "TIME:2025-02-06T07:00"},
		// What must not move: a saying's day is no happening's, and with
		// no other day in its sentence the time is left; a coarser date in
		// a sentence of its own leaves no day behind it; a time still to
		// come.
		{"The council approved the new bus lanes, a spokesman said on Tuesday. The vote was taken at 7 p.m.",
			day(2025, 6, 11), "7 p.m.", ""},
		// (Nor does it fall to the DCT's day, the day after the lead's, in
		// a report of that earlier day: the day is unknown and the time
		// is left, dayBeforeReport.)
		{"Hundreds of people gathered in the town square on Sunday. The mine closed in 2019.\n\nThe church bells rang out at noon.",
			day(2025, 2, 10), "noon", ""},
		{"The council voted on Monday to hold a referendum on May 8. Polls will open at 7 a.m.",
			day(2025, 2, 11), "7 a.m.", "TIME:2025-05-08T07:00"},
		{"Workers walked out at the plant on Monday over a pay offer made in March. Talks resume at 10 a.m. tomorrow.",
			day(2025, 6, 10), "10 a.m. tomorrow", "TIME:2025-06-11T10:00"},
	} {
		got := ""
		for _, x := range timex.Tag(c.text, c.dct) {
			if x.Text == c.expr {
				got = x.Type + ":" + x.Value
			}
		}
		if got != c.want {
			t.Errorf("Tag(%q)\n%s: got %q, want %q", c.text, c.expr, got, c.want)
		}
	}
}
