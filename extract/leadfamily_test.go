package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPerfectLeadsToTheirDay: a lead in the present perfect with no date
// of its own is dated by one of its next two sentences, a day or two
// before the article, when that sentence tells the same happening in a
// verb of the lead's family ("have been posted" and "appeared"), or, for
// a lead that reports a saying ("has admitted", "has apologised"), dates
// that saying by its verb ("told the panel on Tuesday") or by the phrase
// that opens it ("Speaking on Sunday, ..."). Another's saying ("was first
// reported by a newspaper on Sunday", "Unions said on Monday"), or a
// sentence that looks ahead before its time, leaves the lead at its
// publication.
func TestPerfectLeadsToTheirDay(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text string
		want                        []string // the dates of the events that cite the lead
	}{
		{"a leak told as an appearance", "Hospital records dumped online", "2024-03-08",
			"Medical records of 40,000 patients at Grantley General Hospital have been posted online by hackers.\n\n" +
				"The files appeared on a criminal forum on Wednesday evening, two days after the ransom deadline passed.\n\nThe hospital has apologised to patients.",
			[]string{"2024-03-06"}},
		{"a sacking told as a dismissal", "Rovers sack coach", "2023-11-13",
			"Kingsbridge Rovers have sacked head coach Ian Pugh after a run of seven defeats.\n\n" +
				"Pugh was dismissed on Sunday afternoon after a meeting with the board.\n\nAssistant Lee Marsh takes charge for now.",
			[]string{"2023-11-12"}},
		{"an admission dated by the telling", "Police chief admits failings", "2022-05-19",
			"The chief constable of Wexshire Police has admitted that officers missed chances to stop the attacker.\n\n" +
				"Dawn Okafor told the police and crime panel on Wednesday that three warnings had not been passed on.\n\nThe panel will meet again next month.",
			[]string{"2022-05-18"}},
		{"an apology dated by the phrase that opens the saying", "Rail boss apologises for chaos", "2021-12-20",
			"The managing director of Northline Rail has apologised to passengers for a weekend of cancellations.\n\n" +
				"Speaking at a news conference on Sunday, Karen Hale said the company had run out of drivers.\n\nServices are expected to recover by Wednesday.",
			[]string{"2021-12-19"}},
		{"a charge, and what comes next after its time", "Teenager charged over stabbing", "2020-02-16",
			"A 17-year-old boy has been charged with wounding after a man was stabbed in Corby.\n\n" +
				"He was charged on Saturday evening and will appear before youth magistrates on Monday.\n\nThe victim is in a stable condition.",
			[]string{"2020-02-15"}},
		{"a sentence that looks ahead before its time", "Club sacks manager", "2023-11-13",
			"Kingsbridge Rovers have sacked manager Ian Pugh.\n\n" +
				"His replacement will be dismissed from his current club on Sunday, the board said.\n\nPugh had been in charge for two years.",
			[]string{"2023-11-13"}},
	} {
		if got := leadEventDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSayingDated: the time of a statement dates the saying of the lead's
// speaker when it stands after the verb of saying, or in the phrase that
// opens the sentence, and the speaker is named, a pronoun of a person or a
// word of the lead's subject; not another's saying, in the passive or by
// a group the lead does not name, nor a time past a "that".
func TestSayingDated(t *testing.T) {
	subj := words("The regional health minister", 0, len("The regional health minister"))
	for _, tc := range []struct {
		sent, at string
		want     bool
	}{
		{"Omar Reyes told the health committee on Thursday that waiting lists had grown.", "Thursday", true},
		{"She told reporters on Monday that she would not resign.", "Monday", true},
		{"The minister told the assembly on Tuesday that funds had run out.", "Tuesday", true},
		{"Speaking on a radio programme on Sunday, Omar Reyes said the figures were wrong.", "Sunday", true},
		{"The figures were first reported by a newspaper on Sunday.", "Sunday", false},
		{"Nurses said on Monday that they would strike.", "Monday", false},
		{"Omar Reyes said that the beds would open on Friday.", "Friday", false},
	} {
		i := strings.Index(tc.sent, tc.at)
		x := &candidate{stext: tc.sent, tx: expr{Start: i, End: i + len(tc.at)}}
		if got := sayingDated(x, subj, nil); got != tc.want {
			t.Errorf("sayingDated(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
}
