package extract

import "testing"

// TestSubjectAsideGoes: a long title drops the aside set off by commas
// between its subject and its verb when the aside opens on "with" (", with
// 21 crew from Myanmar, Vietnam and Romania on board,") or on an adverb
// and a participle (", first obtained by the Herald,"), as it drops one
// opening on an article or a participle: the clause reads whole without
// it, and the cap would otherwise cut the title inside the aside.
func TestSubjectAsideGoes(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2025-03-12", "The Liberian-flagged bulk carrier Ocean Harmony, with 21 crew from Myanmar, Vietnam and Romania on board, ran aground off the coast of Sri Lanka on Tuesday while sailing to Colombo, the port authority said.",
			"2025-03-11", "The Liberian-flagged bulk carrier Ocean Harmony ran aground off the coast of Sri Lanka"},
		{"2025-05-09", "An internal memo from a senior safety engineer questioning the valve design, first obtained by the Herald, was sent to the board members on Thursday but never acted on, the company said.",
			"2025-05-08", "An internal memo from a senior safety engineer questioning the valve design was sent to the board members"},
		{"2024-06-03", "The village's oldest pub, with its low timber beams and a licence that goes back three centuries, closed its doors for the last time on Saturday after its owners failed to find a buyer.",
			"2024-06-01", "The village's oldest pub closed its doors for the last time"},
		{"2024-06-10", "The three-year-old filly Silver Lining, recently sold to a Gulf racing stable for a record fee, won the Oaks at Epsom on Friday by four lengths from the favourite in front of a crowd of 40,000.",
			"2024-06-07", "The three-year-old filly Silver Lining won the Oaks at Epsom by four lengths from the favourite"},
		// Controls: a title within the cap keeps its aside; an aside
		// after the verb is no subject's.
		{"2024-06-03", "The old pub, with its timber beams, closed on Saturday.",
			"2024-06-01", "The old pub, with its timber beams, closed"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
