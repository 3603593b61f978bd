package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestAccordingTitle: a claim an "according to" phrase attributes keeps
// its source after it, as wire copy does, whether the phrase opens the
// sentence or closes it ("The ferry ran aground, according to the
// coastguard"); the source is its head noun phrase, never cut in half; a
// title made from inside the phrase (its time is the source's) is left as
// it is.
func TestAccordingTitle(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"According to the coastguard, the ferry ran aground off Holm Point on Sunday.", "2025-03-02",
			"The ferry ran aground off Holm Point, according to the coastguard"},
		{"The council cut the library budget by a third in 2023, according to figures it published this week.", "2023",
			"The council cut the library budget by a third, according to figures"},
		{"According to invoices investigators seized from his office, Brandt bought the lorries in May 2022.", "2022-05",
			"Brandt bought the lorries, according to invoices"},
		{"According to Ines Varga, a spokeswoman for the ferry company, the route reopened on Monday.", "2025-03-03",
			"The route reopened, according to Ines Varga"},
		{"The plant shed 200 jobs in January, according to records filed with the county.", "2025-01",
			"The plant shed 200 jobs, according to records"},
		// Capitals whose lower case is of another length ("İ", two bytes,
		// lowers to one) do not shift where the phrase is read.
		{"İZMİR'S night ferry ran aground off Holm Point on Sunday, according to the coastguard.", "2025-03-02",
			"İZMİR'S night ferry ran aground off Holm Point, according to the coastguard"},
		// (A phrase a clause follows opens that clause, not the title's.)
		{"The inquiry began with a complaint in 2023, after a neighbour saw him at the flat on days when, according to his payslips, he worked abroad.", "2023",
			"The inquiry began with a complaint"},
	} {
		got := eventTitles(t, "2025-03-06", c.text)
		if got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %q in %s", c.text, got, c.want, c.date)
		}
	}
	// (A title made from inside the phrase: the time is the source's.)
	s := "According to a report released on Tuesday, the agency lost track of 300 laptops."
	if got := accordingTitle(s, sentence{0, len(s), 0, 0}, [2]int{0, len(s)}, timex.Timex{Start: strings.Index(s, "Tuesday"), End: strings.Index(s, "Tuesday") + len("Tuesday")}, "A report was released"); got != "A report was released" {
		t.Errorf("inside the source: %q", got)
	}
}

// TestAccordingHead: the source's head noun phrase, up to a relative
// clause, participle phrase, clause of its own or time, at most six words
// (else before its first preposition); none for a bare pronoun.
func TestAccordingHead(t *testing.T) {
	for in, want := range map[string]string{
		"the county fire marshal's office":                            "the county fire marshal's office",
		"real estate records obtained by the newspaper":               "real estate records",
		"receipts police recovered from his car":                      "receipts",
		"notices the company filed with the state":                    "notices",
		"two people familiar with the matter":                         "two people familiar with the matter",
		"the U.S. Attorney's Office for the Western District of Ohio": "the U.S. Attorney's Office",
		"local news reports":                                          "local news reports",
		"sales figures released by the trade group":                   "sales figures",
		"the firm's 2023 annual accounts":                             "the firm's annual accounts",
		"a June 4 memo":                                               "",
		"him":                                                         "",
	} {
		if got := accordingHead(strings.Fields(in)); got != want {
			t.Errorf("accordingHead(%q) = %q, want %q", in, got, want)
		}
	}
}
