package extract

import "testing"

// TestMeasureOpeningSubject: an opening phrase that measures a time from a
// happening ("Three weeks after the river burst its banks behind her
// farm, ...", "Two years before the plant closed, ...") is an adverbial as
// a preposition's phrase is, however long: the name after its comma is the
// sentence's subject, whom the "she" of the next sentence stands for.
func TestMeasureOpeningSubject(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-02-25", "Three weeks after the river burst its banks behind her farmhouse, Carol Finch is still sleeping at her sister's house. " +
			"\"We lost everything downstairs,\" she said on Monday, pointing at the tide mark on the wall.",
			"2026-02-23", "Carol Finch said: \"We lost everything downstairs\""},
		{"2026-10-09", "Two years before the steelworks finally closed its gates for good, Alan Mercer was elected to the town council. " +
			"He resigned his seat on Tuesday after a row over the budget.",
			"2026-10-06", "Alan Mercer resigned his seat after a row over the budget"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("title on %s %q, want %q", c.date, got, c.want)
		}
	}
}
