package extract

import "testing"

// TestComparisonBaseline: a time in a comparison's baseline, an
// equative's "the same as ..." or a year after "over" right after a figure,
// dates what the figure is measured against, never the clause
// (baselineTime). Our own sentences: no event on the baseline's date may
// be titled by the comparison (bad); the guards, whose time is the
// clause's own, keep their event (good, a word its title holds).
func TestComparisonBaseline(t *testing.T) {
	checkOwnsTime(t, "2026-06-20", "Officials gave an update on Thursday. ", "the comparison", []ownsTimeCase{
		{"The school served 4,100 meals on its first day, about the same as the first day last year.", "2025", "served", ""},
		{"Attendance was about the same as last year.", "2025", "Attendance", ""},
		{"The club said season ticket sales were up 18% over last year.", "2025", "sales", ""},
		{"Exports rose 5 percent over 2024, the ministry said.", "2024", "Exports", ""},
		{"Turnout fell to the same level as in 2019.", "2019", "Turnout", ""},
		{"The fund lost 2 percent, which compared with a gain of 5 percent last year.", "2025", "fund", ""},
		{"Turnout rose to 61 percent from 40 percent in 2024.", "2024", "Turnout", ""},
		{"Enrollment was down 3 percent from last year.", "2025", "Enrollment", ""},
		{"In the canteen, it looked exactly like last year, parents said.", "2025", "looked", ""},
		// Guards: the clause's own time; "over" with no figure before it
		// or a period the figure moved in; "as" with no equative head.
		{"The council took over last year, officials said.", "2025", "", "council"},
		{"Shares rose 18% over the session on Monday.", "2026-06-15", "", "Shares"},
		{"She was hired as a driver in 2019.", "2019", "", "hired"},
		{"Police evacuated 200 from the valley in 2019.", "2019", "", "evacuated"},
		{"The striker looked like a winner in 2019.", "2019", "", "looked"},
		{"The firm raised $2bn from investors in 2019.", "2019", "", "raised"},
		{"The airline said it had inspected 11 planes of the same model as of Friday.", "2026-06-19", "", "inspected"},
	})
}
