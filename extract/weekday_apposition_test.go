package extract

import "testing"

// TestWeekdayAppositionGoesWithDate: a weekday set off after a date (", a
// Friday") tells the date's day once more; when the date leaves the title,
// the weekday goes with it instead of standing as debris.
func TestWeekdayAppositionGoesWithDate(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-09-02", "Inspectors first found the leak on July 17, a Friday, after anglers reported dead fish.", "2026-07-17", "Inspectors first found the leak"},
		{"2026-09-02", "The ferry line cancelled its last sailing on March 3, a Tuesday.", "2026-03-03", "The ferry line cancelled its last sailing"},
		{"2026-09-02", "Harlan said she had warned the board about the tanks on March 3, a Tuesday.", "2026-03-03", "Harlan had warned the board about the tanks"},
	} {
		got := eventTitles(t, c.dct, c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %q on %s", c.text, got, c.want, c.date)
		}
	}
}
