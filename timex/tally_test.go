package timex_test

import "testing"

// TestTallyBeforeTo: a vote's tally written right after the verb ("voted
// 5-4", "ruled 6-3", "voted 11-2") is no object of it: the "to" after the
// tally still opens what was voted for, a step ahead of the vote, so a bare
// day it names is the next such day, as it is with no tally ("voted to
// close the branch on July 1").
func TestTallyBeforeTo(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		// 2034-04-26 is a Wednesday.
		{"2034-04-26", "The city council voted 5-4 late Tuesday to close the branch library on July 1.", "July 1", "2034-07-01"},
		{"2034-04-26", "The school board voted 7-2 to shut the swimming pool in September.", "September", "2034-09"},
		{"2034-04-26", "Commissioners voted 3-2 on Monday to raise the bus fare on June 1.", "June 1", "2034-06-01"},
		{"2034-04-26", "The county board voted 11-2 to hold a special election on August 12.", "August 12", "2034-08-12"},
		// Guards: the same with no tally; a day of the vote itself.
		{"2034-04-26", "The city council voted late Tuesday to close the branch library on July 1.", "July 1", "2034-07-01"},
		{"2034-04-26", "The board voted 5-4 on March 3 against the plan.", "March 3", "2034-03-03"},
	})
}
