package extract

import "testing"

// TestTimeBeforeSecondVerbStays: a time that alone completes a bare verb
// after "to" or a modal, before "and" and a second bare verb of the same
// subject ("to begin in early April and last about six months", "would
// open in June and run for three weeks"), stays in the title: taken out,
// the two verbs run together ("to begin and last") and the first tells
// nothing. So does a time that "and again" pairs with a second one
// ("in 2019 and again in 2022"): without it "and again" has nothing to
// repeat. A verb in the past ("opened in 1998 and employs") is left as it
// was.
func TestTimeBeforeSecondVerbStays(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-02-17", "Construction is expected to begin in early April and last about six months, the council said.",
			"2025-04", "Construction is expected to begin in early April and last about six months, the council said"},
		{"2025-02-17", "The festival will open in June and run for three weeks.",
			"2025-06", "The festival will open in June and run for three weeks"},
		{"2025-02-17", "The inspector said repairs would start in March and cost about $4 million.",
			"2025-03", "Repairs would start in March and cost about $4 million"},
		{"2025-02-17", "The audit found that attempts to sell the ferry line in 2017 and again in 2021 had failed.",
			"2017", "The audit found that attempts to sell the ferry line in 2017 and again in 2021 had failed"},
		// Controls: a past verb before the time, and a time relative to
		// the day of writing, are left as they were.
		{"2025-02-17", "Talks between the two sides are expected to resume on Thursday and continue through the weekend.",
			"2025-02-20", "Talks between the two sides are expected to resume and continue through the weekend"},
		{"2025-02-17", "The plant opened in 1998 and employs about 400 people.",
			"1998", "The plant opened and employs about 400 people"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
