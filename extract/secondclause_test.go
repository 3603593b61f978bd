package extract

import (
	"strings"
	"testing"
)

// TestSecondClauseAfterTime: a time that ends the first of two clauses,
// each with a subject of its own (joined by "and", ", and", "but" or a
// semicolon), dates that clause; the title ends with it, and never
// splices the second clause's happening onto the first's date. A phrase
// after "and" with no verb of its own (a second object, a second time),
// a second predicate of the same subject, and a first clause that opens
// on a preposition keep their titles as before.
func TestSecondClauseAfterTime(t *testing.T) {
	for _, tc := range []struct {
		text, want, never string
	}{
		// Cut: a second clause with its own subject.
		{"A fire broke out Monday and the building was evacuated by the fire brigade within minutes. Nobody was hurt.",
			"A fire broke out", "evacuated"},
		{"The clinic closed on Monday and the staff were moved to the hospital across town. Patients were told by letter.",
			"The clinic closed", "staff"},
		{"The ban began on Monday, and the company said on Friday that sales had fallen by a third over the week.",
			"The ban began", "company said"},
		{"The mayor resigned on Monday; her deputy could not be reached for comment.",
			"The mayor resigned", "deputy"},
		{"The ferry sailed on Monday and the crew reached the island before dark.",
			"The ferry sailed", "crew"},
		{"The plant closed on Monday and its 400 workers were laid off.",
			"The plant closed", "workers"},
		{"The mayor met the minister on Monday and the two agreed to talk again in April.",
			"The mayor met the minister", "agreed"},
		// Kept: no second clause, or none of its own subject.
		{"The firm bought the plant on Monday and the warehouse next door for $2 million.",
			"the warehouse next door", ""},
		{"The team arrived on Monday and will play in Leeds on Friday.",
			"will play in Leeds", ""},
	} {
		got := titlesOn("2025-03-03", [2]string{"2025-03-06", tc.text})
		all := strings.Join(got, "\n")
		if !strings.Contains(all, tc.want) {
			t.Errorf("%q: titled %q, want %q", tc.text, got, tc.want)
		}
		if tc.never != "" && strings.Contains(all, tc.never) {
			t.Errorf("%q: titled %q, the second clause spliced on (%q)", tc.text, got, tc.never)
		}
	}
	// The function itself: a clause opened on a preposition or a
	// subordinator is no first clause of its own.
	for _, tc := range []struct {
		pre, post string
		want      bool
	}{
		{"The ban began ", ", and the company said that sales fell", true},
		{"Four men were arrested ", "; by Thursday, two had been released", true},
		{"according to a report published ", ", and the school was closed", false},
		{"The firm bought the plant ", " and the warehouse next door", false},
		{"The team arrived ", " and will play in Leeds", false},
		{"The council met ", " and the Tuesday after", false},
	} {
		if got := secondClauseAfter(tc.pre, tc.post); got != tc.want {
			t.Errorf("secondClauseAfter(%q, %q) = %v, want %v", tc.pre, tc.post, got, tc.want)
		}
	}
}

// TestOuterPredicateAfterTime: a whole clause set in an aside of another
// ("the firm hired after the school was closed on Monday, told ...") is
// titled alone; the verb after the aside's comma is the outer clause's,
// whose subject the title does not hold. A teller set after ("said Sgt.
// Lee"), a participle's phrase ("accused of"), a list of the subject's
// predicates and an apposition keep their titles as before.
func TestOuterPredicateAfterTime(t *testing.T) {
	for _, tc := range []struct {
		text, date, want, never string
	}{
		{"Hale & Sons, the firm hired after the school was closed on Monday, told parents that the roof was unsafe.",
			"2025-03-03", "The school was closed", "told parents"},
		{"The pipe, laid when the estate was built in 1998, contained a crack about an inch long.",
			"1998", "", "was built, contained"},
		{"The mayor arrived on Monday, met the minister and left before lunch.",
			"2025-03-03", "The mayor arrived, met the minister and left before lunch", ""},
		{"The last of the cars was pulled out on Monday, said Sgt. Ann Lee of the county police.",
			"2025-03-03", "said Sgt. Ann Lee", ""},
	} {
		got := titlesOn(tc.date, [2]string{"2025-03-06", tc.text})
		all := strings.Join(got, "\n")
		if tc.want != "" && !strings.Contains(all, tc.want) {
			t.Errorf("%q: titled %q, want %q", tc.text, got, tc.want)
		}
		if tc.never != "" && strings.Contains(all, tc.never) {
			t.Errorf("%q: titled %q, the outer clause's verb spliced on (%q)", tc.text, got, tc.never)
		}
	}
	for _, tc := range []struct {
		pre, post string
		want      bool
	}{
		{"the school was closed ", ", told parents that the roof was unsafe", true},
		{"the estate was built ", ", contained a crack about an inch long", true},
		{"Jo Ruiz goes on trial ", ", accused of fraud", false},
		{"The last of the cars was pulled out ", ", said sheriff's Sgt. Ann Lee", false},
		{"Kinross, the accountants appointed ", ", said the books were false", false},
		{"The mayor resigned ", ", citing ill health", false},
	} {
		if got := outerPredicateAfter(tc.pre, tc.post); got != tc.want {
			t.Errorf("outerPredicateAfter(%q, %q) = %v, want %v", tc.pre, tc.post, got, tc.want)
		}
	}
}
