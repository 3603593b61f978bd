package extract

import (
	"strings"
	"testing"
)

// TestFutureMainSideTime: a time before the article's day in a relative
// or adverbial clause under a main clause told in the future ("Residents
// whose homes were flooded last month will receive grants") dates what
// that clause tells, never the main clause, which tells what is still to
// come: no event carries the main clause's words at that time. (A part
// that titles its own happening keeps it; an attribution keeps its time.)
// (Known miss, left out: a possessive in the part can hide the main verb
// from the chunker, "Pensioners whose payments stopped when the bank's
// systems failed in January will be paid twice next month" keeps January
// under the main clause's words.)
func TestFutureMainSideTime(t *testing.T) {
	for _, c := range []struct{ dct, text, date, not string }{
		{"2026-11-20", "Residents whose homes were flooded when the river burst its banks last month will receive grants of up to 5,000 pounds, the council said.", "2026-10", "will receive"},
		{"2026-05-14", "Homeowners whose roofs were damaged in the storm in February will be able to claim up to 2,000 pounds.", "2026-02", "will be able"},
		{"2026-05-14", "Workers whose contracts ended when the factory shut in 2024 will receive back pay under the settlement.", "2024", "will receive"},
		{"2026-11-13", "The ruling will add to pressure on ministers to cap ground rents, a step that the housing secretary said last month she was \"looking at\".", "2026-10", "will add"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; strings.Contains(got, c.not) {
			t.Errorf("%q: %s titled %q", c.text, c.date, got)
		}
	}
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-05-14", "The two guards placed on leave last week will remain suspended.", "2026-W19", "The two guards were placed on leave"},
		{"2026-05-14", "The men, who were arrested in March, will appear in court on Friday.", "2026-03", "The men were arrested"},
		{"2026-05-14", "The man who allegedly stabbed a prison guard in March will stand trial next year.", "2026-03", "The man allegedly stabbed a prison guard"},
		{"2026-05-14", "Ticket holders whose flights were cancelled on Monday will be rebooked, the airline said on Tuesday.", "2026-05-12", "Ticket holders will be rebooked, the airline said"},
		{"2026-05-14", "The plant will reopen on Monday, the company said on Friday.", "2026-05-18", "The plant will reopen, the company said"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
}

// TestFutureMainTime: a time before the article's day in a main clause
// told in the future ("will not receive a bonus for last year") names the
// period a noun of the clause is for, never when what is still to come
// happens: no event carries the clause at that time. A time to come keeps
// dating the clause.
func TestFutureMainTime(t *testing.T) {
	for _, c := range []struct{ dct, text, date, not string }{
		{"2026-03-20", "The chief executive will not receive a bonus for last year, the board said.", "2025", "will not receive"},
		{"2026-03-20", "Shareholders will get a special dividend on profits from 2025.", "2025", "will get"},
		{"2026-04-02", "Customers will be compensated for delays in 2025, the regulator said.", "2025", "will be compensated"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; strings.Contains(got, c.not) {
			t.Errorf("%q: %s titled %q", c.text, c.date, got)
		}
	}
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-03-10", "The trial will resume on Monday.", "2026-03-16", "The trial will resume"},
		{"2026-03-10", "The company will publish its results for 2025 on March 24.", "2026-03-24", "The company will publish its results for 2025"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: %s titled %q, want %q", c.text, c.date, got, c.want)
		}
	}
}
