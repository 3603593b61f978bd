package extract

import (
	"strings"
	"testing"
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
			"", "The club said in a statement that it had received the offer"},
		{"Regional director Maria Olsen told the inquiry that the hospital had hired extra nurses but had cancelled the night shift in January. The inquiry resumes on Monday.", "2025-01",
			"Regional director Maria Olsen told", ""},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2025-03-06", tc.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			if e.Date.String() != tc.date {
				continue
			}
			got = append(got, e.Title)
			if tc.wrong != "" && strings.HasPrefix(e.Title, tc.wrong) {
				t.Errorf("%q: the earlier predicate %q dated by the later one's time, %s", tc.text, e.Title, tc.date)
			}
		}
		if tc.want != "" && !strings.Contains(strings.Join(got, "\n"), tc.want) {
			t.Errorf("%q: events of %s %q, want %q", tc.text, tc.date, got, tc.want)
		}
	}
}
