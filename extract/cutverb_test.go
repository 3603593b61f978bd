package extract

import "testing"

// A title cut before its subject's verb (cutBeforeVerb) is told whole from
// its sentence when that fits; a title with a verb of its own, one that
// does not open as its sentence does, or one whose sentence has no verb
// after it, is left as it is.
func TestCutBeforeVerb(t *testing.T) {
	cases := []struct{ title, sentence, want string }{
		{
			"The town's curfew, imposed on March 3",
			"The town's curfew, imposed on March 3 and lifted in part a week later, ended on April 9.",
			"The town's curfew, imposed on March 3 and lifted in part a week later, ended on April 9",
		},
		{
			"Attendance at the open day, held at the depot on Harbour Road",
			"Attendance at the open day, held at the depot on Harbour Road on Saturday, was the highest in years, the operator said.",
			"Attendance at the open day, held at the depot on Harbour Road on Saturday, was the highest in years",
		},
		{
			"Over the next month, engineers at the county depot",
			"Over the next month, engineers at the county depot in Marsh End will replace the pumps at all four stations.",
			"Over the next month, engineers at the county depot in Marsh End will replace the pumps at all four stations",
		},
		{
			"Two paintings stolen by burglars from the gallery",
			"Two paintings stolen by burglars from the gallery in Redford in 1994 are to be handed back to the owners' family, after a court in Lyon ruled that the buyer had no title to them.",
			"Two paintings stolen by burglars from the gallery in Redford in 1994 are to be handed back to the owners' family",
		},
		// A verb of its own: whole already.
		{
			"Mayor Ruth Kell, 61, resigned",
			"Mayor Ruth Kell, 61, resigned on Friday, and her deputy took over.",
			"Mayor Ruth Kell, 61, resigned",
		},
		{
			"The council, on a 5-2 vote, approved the budget",
			"On Monday the council, on a 5-2 vote, approved the budget, rejecting a call for a delay.",
			"The council, on a 5-2 vote, approved the budget",
		},
		// A noun taken from within the sentence is a label, not its
		// subject.
		{
			"Robbery of a bank courier",
			"Dunne was convicted of the May 2 robbery of a bank courier who was attacked near the station.",
			"Robbery of a bank courier",
		},
	}
	for _, c := range cases {
		if got := trimDangling(c.title, c.sentence); got != c.want {
			t.Errorf("trimDangling(%q)\n got %q\nwant %q", c.title, got, c.want)
		}
	}
}
