package extract

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// TestToldTitle: a time inside what a verb of saying tells dates the told
// happening, which leads the title with who told it after it, as wire
// copy does ("The old cannery ... closed, the harbour master said", never
// the bare claim, nor the saying dated by the told time); a name the
// told "he" stands for opens it, and its last word tells ("..., Okafor
// said"); a time of the saying keeps the saying's title; a bare pronoun
// teller keeps the sentence's title.
func TestToldTitle(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The harbour master said on Tuesday that the old cannery on the north quay closed in 2019.", "2019",
			"The old cannery on the north quay closed, the harbour master said"},
		{"The harbour master said on Tuesday that the old cannery on the north quay closed in 2019.", "2025-03-04",
			"The harbour master said that the old cannery on the north quay closed in 2019"},
		{"Testifying on Tuesday, Daniel Okafor said he had sold the boat to a dealer in Leeds in May 2023.", "2023-05",
			"Daniel Okafor had sold the boat to a dealer in Leeds, he said"},
		{"Police said the library roof was repaired in 2021.", "2021",
			"The library roof was repaired, police said"},
		{"He said the library roof was repaired in 2021.", "2021",
			"He said the library roof was repaired"},
	} {
		got := eventTitles(t, "2025-03-06", c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %q in %s", c.text, got, c.want, c.date)
		}
	}
}

// TestTellerWords: a relative clause on the teller is no teller ("Ruth
// Kane, who led the inquiry, said she had found ..." is told by Ruth
// Kane), nor an opening phrase before the subject.
func TestTellerWords(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Inspector Ruth Kane, who led the inquiry, said she had found the missing ledger in March 2024.", "Inspector Ruth Kane had found the missing ledger, she said"},
		{"Giving evidence on Tuesday, Ruth Kane said she had found the missing ledger in March 2024.", "Ruth Kane had found the missing ledger, she said"},
	} {
		got := ""
		for _, tx := range timex.Tag(c.s, time.Date(2025, 3, 6, 12, 0, 0, 0, time.UTC)) {
			seg := [2]int{0, len(c.s) - 1}
			if at := tellsSayingOnly(c.s, seg, tx, clauseTitle(c.s, seg, &tx)); at >= 0 {
				got = toldTitle(c.s, seg, tx, at)
			}
		}
		if got != c.want {
			t.Errorf("%q: told title %q, want %q", c.s, got, c.want)
		}
	}
}

// TestToldWithHearer: a verb of saying with its hearer ("told the jury",
// "told reporters") attributes what it tells as "said" does: the told
// happening leads the title and the teller with the hearer follows it;
// the verbs by which one argues or grants what is told ("argued",
// "accepted") tell it too; a name that ends a longer teller stands for
// the told "he" or "her"; a second predicate after the time goes with
// its "and" or "but".
func TestToldWithHearer(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The county engineer told councillors on Monday that the ferry ramp had cracked in 2022.", "2022",
			"The ferry ramp had cracked, the county engineer told councillors"},
		{"Testifying on Monday, the former bursar Olwen Tate told the jury that he had moved the pension money in March 2023.", "2023-03",
			"Olwen Tate had moved the pension money, he told the jury"},
		{"Dr Hamid Rasuli said her sister had moved to Quetta in 2019.", "2019",
			"Dr Hamid Rasuli's sister had moved to Quetta, Rasuli said"},
		{"Judge Emma Royce argued that the harbour board had ignored the survey in 2021.", "2021",
			"The harbour board had ignored the survey, Judge Emma Royce argued"},
		{"The mayor said the tram depot was sold in 2020 but the buyer never paid.", "2020",
			"The tram depot was sold, the mayor said"},
		// (The saying's own time keeps the saying's title.)
		{"The county engineer told councillors on Monday that the ferry ramp had cracked.", "2025-03-03",
			"The county engineer told councillors that the ferry ramp had cracked"},
	} {
		got := eventTitles(t, "2025-03-06", c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %q in %s", c.text, got, c.want, c.date)
		}
	}
}

// TestToldBefore: ", X told the jury" after a clause of its own is an
// attribution, not a saying with only its hearer.
func TestToldBefore(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"The ferry ramp had cracked, the county engineer told councillors", true},
		{"Terry Vane, a spokesman, told reporters", false},
		{"The mayor, who resigned, told reporters", false},
		{"Asked about the delay, the mayor told reporters", false},
		{"Speaking at the depot, the mayor told reporters", false},
	} {
		if got := headline(c.title); got != c.want {
			t.Errorf("headline(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestToldExpected: what a teller says they expect to happen at a time is
// the happening foreseen for it ("The ferry is expected to return to
// service, the operator said"), never the expecting dated by it; an
// expectation with no "to" of its own ("she expected a ruling in 2027")
// keeps the sentence's title.
func TestToldExpected(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"The operator said it expected the ferry to return to service in June.", "2025-06",
			"The ferry is expected to return to service, the operator said"},
		{"Coach Dara Quinn said she expected the twins to join the squad in August.", "2025-08",
			"The twins are expected to join the squad, Coach Dara Quinn said"},
		// (A teller an aside follows: "Lisa Crane, who ..., said".)
		{"Harbour master Lisa Crane, who ran the port in 2019, said she expected the dredger to arrive on June 3.", "2025-06-03",
			"The dredger is expected to arrive, Harbour master Lisa Crane said"},
		{"Solicitor Ann Brody said she expected a ruling in 2027.", "2027",
			"Solicitor Ann Brody said she expected a ruling"},
	} {
		got := eventTitles(t, "2025-03-06", c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %q in %s", c.text, got, c.want, c.date)
		}
	}
}
