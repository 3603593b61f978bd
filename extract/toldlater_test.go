package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestToldLaterPredicate: a time in a later predicate of what a verb of
// saying tells ("said the crew had been working double shifts and had
// reported the fault on Tuesday") dates that predicate, never the earlier
// one a title of the saying tells: the event is titled by the later
// predicate, with the told clause's subject and the teller, else left out
// (a title that does not fit: "The crew had reported the fault, a
// spokesman for the ferry operator said").
func TestToldLaterPredicate(t *testing.T) {
	for _, tc := range []struct {
		text, date, wrong, want string
	}{
		{"A spokesman for the ferry operator said the crew had been working double shifts and had reported the fault on Tuesday. The ferry stayed in port.", "2025-03-04",
			"A spokesman for the ferry operator said", ""},
		{"A police spokeswoman said the driver had been drinking at a bar in the town and had taken the car on Sunday. The road reopened later.", "2025-03-02",
			"A police spokeswoman said", "The driver had taken the car, a police spokeswoman said"},
		{"The council said the contractor had resurfaced the car park and would repaint the bays in June. Residents complained on Monday.", "2025-06",
			"The council said", "The contractor would repaint the bays"},
		{"The airline said its inquiry into the engine fault was nearly finished and that it would publish a report next month. Shares in the airline fell on Monday.", "2025-04",
			"The airline said", ""},
		{"The harbour authority said the crane would be inspected in Rotterdam and then most likely towed to a yard in Gdansk to be scrapped early next year. Work on the quay resumed on Monday.", "2026",
			"The harbour authority said", "The crane would be towed to a yard in Gdansk to be scrapped, the harbour authority said"},
		{"The club said in a statement that it had received the offer on Monday and rejected it the same evening. The player trained on Tuesday.", "2025-03-03",
			"", "The club had received the offer, it said in a statement"},
		{"Regional director Maria Olsen told the inquiry that the hospital had hired extra nurses but had cancelled the night shift in January. The inquiry resumes on Monday.", "2025-01",
			"Regional director Maria Olsen told", ""},
	} {
		got := titlesOn(tc.date, [2]string{"2025-03-06", tc.text})
		for _, title := range got {
			if tc.wrong != "" && strings.HasPrefix(title, tc.wrong) {
				t.Errorf("%q: the earlier predicate %q dated by the later one's time, %s", tc.text, title, tc.date)
			}
		}
		if tc.want != "" && !strings.Contains(strings.Join(got, "\n"), tc.want) {
			t.Errorf("%q: events of %s %q, want %q", tc.text, tc.date, got, tc.want)
		}
	}
}

// TestToldLaterConjunctText: the text toldLaterConjunct makes for the
// later predicate (a told clause of many "and"s: longInputs).
func TestToldLaterConjunctText(t *testing.T) {
	at := func(text, s string) int { return strings.Index(text, s) }
	tx := func(text, s string) timex.Timex {
		i := strings.Index(text, s)
		return timex.Timex{Start: i, End: i + len(s), Text: s}
	}
	for _, tc := range []struct {
		text, told, time, title, want string
		later                         bool
	}{
		{"A spokeswoman said the group had been staying with relatives and had booked the flight on Friday.", "the group", "Friday",
			"A spokeswoman said the group had been staying with relatives", "A spokeswoman said the group had booked the flight on Friday.", true},
		{"The owner said the ship would be inspected in Cadiz and then towed to a yard early next year.", "the ship", "early next year",
			"The owner said the ship would be inspected in Cadiz", "The owner said the ship would be towed to a yard early next year.", true},
		{"The club said it had received the offer on Monday and rejected it the same evening.", "it had", "the same evening",
			"The club said it had received the offer", "", false},
		{"The agency said the review had been delayed and would end in May.", "the review", "May",
			"The agency said the review had been delayed and would end", "", false},
	} {
		s := tx(tc.text, tc.time)
		got, moved, later := toldLaterConjunct(tc.text, 0, at(tc.text, tc.told), len(tc.text), s, tc.title)
		if got != tc.want || later != tc.later {
			t.Errorf("%q: %q, %v; want %q, %v", tc.text, got, later, tc.want, tc.later)
		}
		if got != "" && got[s.Start-moved:s.End-moved] != tc.time {
			t.Errorf("%q: the time moved to %q", tc.text, got[s.Start-moved:s.End-moved])
		}
	}
}
