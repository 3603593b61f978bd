package timex_test

import "testing"

// TestClausePrepositionSubject: after a word that is a preposition and a
// conjunction both ("after", "until", "once"), a noun, a day and a verb
// right after the day make a clause of their own, whose verb's tense
// dates the day, not the future of the clause the conjunction hangs on.
// No verb after the day, a present verb, and "before" (a participle after
// the day: "appear before the magistrates on Thursday charged with ...")
// are left as they were.
func TestClausePrepositionSubject(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2038-03-10 is a Wednesday.
		{"2038-03-10", "The ban will stay in force after the court on Friday refused to suspend it.", "Friday", "2038-03-05"},
		{"2038-03-10", "Agents were told to plan for the law to apply in June, after a judge on Monday rejected the appeal.", "Monday", "2038-03-08"},
		{"2038-03-10", "The plant will stay shut until the inspectors on Monday cleared it.", "Monday", "2038-03-08"},
		// No clause, or a present: ahead as before.
		{"2038-03-10", "The ban will take effect after the hearing on Friday.", "Friday", "2038-03-12"},
		{"2038-03-10", "He will speak after the council on Monday votes on the plan.", "Monday", "2038-03-15"},
		{"2038-03-10", "He will appear before the magistrates on Thursday charged with fraud.", "Thursday", "2038-03-11"},
	})
}
