package extract

import (
	"slices"
	"testing"
)

// TestToldBeforeNotByArticle: an undated sentence that tells in the past
// perfect what had happened before its telling ("The trust said in a
// statement that it had offered ...", "The suspect had been treated ...
// in the weeks before the attack") tells an act of some day before its
// article that its article does not give: it does not join, by the
// article's dates alone, a happening its article dates days before (the
// walkout, the stabbing), whatever words they share.
func TestToldBeforeNotByArticle(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text, s string
		notIn                          string // the day of the happening before that s must not join
	}{
		{"a statement's own offer, the walkout of days before", "Ashby nurses' talks end without deal", "2025-03-12",
			"Talks to end the nurses' strike at Ashby General Hospital ended without a deal on Tuesday evening.\n\n" +
				"The strike, which began on March 3, has closed two wards and delayed hundreds of operations.\n\n" +
				"The hospital trust said in a statement that it had offered striking nurses a one-off payment on top of the pay award.\n\n" +
				"No date has been set for further talks.",
			"The hospital trust said in a statement that it had offered striking nurses a one-off payment on top of the pay award.",
			"2025-03-03"},
		{"a company's earlier proposal, the stoppage of the week before", "Dock talks fail as strike enters second week", "2024-06-14",
			"Dock workers at Port Carrow walked out on June 5 over shift patterns.\n\n" +
				"Union leaders met port managers on Thursday but the talks broke up after two hours.\n\n" +
				"The port operator told staff in a letter that it had proposed a phased return to the old shift patterns for striking dock workers.\n\n" +
				"Shipping lines have diverted vessels to other ports.",
			"The port operator told staff in a letter that it had proposed a phased return to the old shift patterns for striking dock workers.",
			"2024-06-05"},
		{"a suspect's background, the charge of days before", "Man charged over Redbridge double stabbing", "2023-09-20",
			"Two men were stabbed to death outside a bar in Redbridge on September 16.\n\n" +
				"A 31-year-old man was charged with the two murders on September 18 and appeared in court on Tuesday.\n\n" +
				"The man charged with the murders had been treated at a psychiatric unit in the weeks before the stabbing, the court heard.\n\n" +
				"He was remanded in custody.",
			"The man charged with the murders had been treated at a psychiatric unit in the weeks before the stabbing, the court heard.",
			"2023-09-18"},
	} {
		got := sentenceEventDays(tc.head, tc.published, tc.text, tc.s)
		if slices.Contains(got, tc.notIn) {
			t.Errorf("%s: the sentence is in events of %v, not to be in %s", tc.name, got, tc.notIn)
		}
		t.Logf("%s: %v", tc.name, got)
	}
}

// TestPastPerfectTold: the past perfect of a main clause, or of what a
// main clause in the past says, tells an act before its telling; a
// simple past, a present telling, or a modal in the told clause does not.
func TestPastPerfectTold(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The company said in a statement that it had offered a one-off payment.", true},
		{"The operator told staff in a letter that it had proposed a phased return.", true},
		{"Police said the man had been released without charge.", true},
		{"The suspect had been treated at a psychiatric unit in the weeks before the attack.", true},
		{"The company said it offered a one-off payment.", false},
		{"The company said it would offer a one-off payment.", false},
		{"The company says it had offered a one-off payment.", false},
		{"The union rejected the offer.", false},
		{"Talks broke down after the company had refused to move.", false},
	} {
		ws := appendWords(nil, tc.s, 0, len(tc.s))
		if got := pastPerfectTold(appendClauses(nil, tc.s, ws), ws); got != tc.want {
			t.Errorf("pastPerfectTold(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
