package extract

import "testing"

// TestTimeAsObject: a time a verb takes as its object, which "as" then
// names ("have set June 21 as the target date"), stays in the title: taken
// out it would leave "have set as the target date". A time a preposition
// led ("founded in 1990 as a small shop") or one after a passive ("was
// fired March 2 as head coach") goes as before.
func TestTimeAsObject(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The trust has named 2031 as the year the pier reopens.", "2031", "The trust has named 2031 as the year the pier reopens"},
		{"The rowing club has chosen June 14 — the day of its founding in 1890 — as the date of the regatta.", "2031-06-14", "The rowing club has chosen June 14 as the date of the regatta"},
		{"The firm was founded in 1990 as a small shop.", "1990", "The firm was founded as a small shop"},
		// A passive has no object: the time of its verb goes.
		{"Ruiz was fired March 2 as head coach of the Rovers.", "2031-03-02", "Ruiz was fired as head coach of the Rovers"},
	} {
		if got := eventTitles(t, "2031-03-02", c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
	if timeAsObject("The firm was founded in ", " as a small shop") || !timeAsObject("The club has set ", " as the deadline") || timeAsObject("The club has set ", " for the deadline") {
		t.Errorf("timeAsObject")
	}
}

// TestStrayAnd: the first of two participle phrases set off after a
// subject goes with its time, and the "and" before the second goes too:
// the second stays the subject's aside. An "and" after a subject with a
// verb, or before no participle, stays.
func TestStrayAnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The audit, and carried out by two accountants, was sent to the board", "The audit, carried out by two accountants, was sent to the board"},
		{"A new survey, and written by the mayor's staff, found wide support", "A new survey, written by the mayor's staff, found wide support"},
		{"The audit was late, and blamed staff shortages", "The audit was late, and blamed staff shortages"},
		{"Smith, and his brother Tom, were arrested", "Smith, and his brother Tom, were arrested"},
		{"The audit, and the report on it, were sent to the board", "The audit, and the report on it, were sent to the board"},
	} {
		if got := withoutStrayAnd(c.in); got != c.want {
			t.Errorf("withoutStrayAnd(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	text := "The audit, ordered by the board in January and carried out by two accountants, was sent to the mayor on Tuesday."
	if got, want := eventTitles(t, "2031-03-06", text)["2031-03-04"], "The audit, carried out by two accountants, was sent to the mayor"; got != want {
		t.Errorf("%q: titled %q, want %q", text, got, want)
	}
}

// TestAgainPairedAside: a time paired by "and again" with a second one
// stays when a short aside stands between "again" and the second time's
// preposition ("flooded in 2009 and again, far worse, in 2019"): taken
// out, it would leave "flooded and again, far worse, in 2019".
func TestAgainPairedAside(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The mill was flooded in 2009 and again, far worse, in 2019.", "2009", "The mill was flooded in 2009 and again, far worse, in 2019"},
		{"The square was dug up in 2011 and again, for the new tram line, in 2020.", "2011", "The square was dug up in 2011 and again, for the new tram line, in 2020"},
	} {
		if got := eventTitles(t, "2031-09-30", c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
	if againPaired(" and again, which was worse, flooded") || !againPaired(" and again in 2021") || againPaired(" and against the odds") {
		t.Errorf("againPaired")
	}
}
