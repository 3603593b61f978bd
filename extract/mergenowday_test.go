package extract

import (
	"slices"
	"testing"
)

// nowBody is a body sentence and whether the happening of the day before
// its article cites it.
type nowBody struct {
	s     string
	cited bool
}

// TestPresentBodySentenceDayBefore checks that a sentence of an article's
// body with no date that tells in the present ("is", "says", "has not")
// is not cited by a happening its article dates to the day before its
// publication, whatever words they share: it tells its article's day, as
// one of a week before does (TestPresentBodySentenceTellsItsDay); and
// that one in the past still is, for each of a few stories.
func TestPresentBodySentenceDayBefore(t *testing.T) {
	stories := []struct {
		name, first, lead string
		bodies            []nowBody
	}{
		{
			name:  "footbridge",
			first: "The Orrin footbridge collapsed into the river on Monday, injuring 14 people who were crossing it after the regatta.",
			lead:  "The Orrin footbridge collapsed into the river on Monday, injuring 14 people.",
			bodies: []nowBody{
				{"What is left of the Orrin footbridge is closed while engineers examine the river crossing.", false},
				{"The town's mayor says nobody warned him that the Orrin footbridge over the river might collapse.", false},
				{"The footbridge's owner has not said whether the Orrin crossing over the river was inspected.", false},
				{"The Orrin footbridge collapsed into the river as a crowd crossed it after the regatta, injuring many.", true},
			},
		},
		{
			name:  "warehouse fire",
			first: "A fire destroyed a furniture warehouse on the Dunmore industrial estate on Monday, sending smoke across the town.",
			lead:  "A fire destroyed a furniture warehouse on the Dunmore industrial estate on Monday.",
			bodies: []nowBody{
				{"Smoke is still rising from the furniture warehouse fire site on the Dunmore industrial estate.", false},
				{"The owner of the furniture warehouse says the fire on the Dunmore estate will cost him everything.", false},
				{"Firefighters have not found what started the warehouse fire on the Dunmore industrial estate.", false},
				{"The fire spread from the furniture warehouse to two units on the Dunmore industrial estate.", true},
			},
		},
	}
	for _, st := range stories {
		for _, nb := range st.bodies {
			body, cited := nb.s, nb.cited
			t.Run(st.name+"/"+body[:24], func(t *testing.T) {
				b := doc("b.md", "2024-05-06", st.first)
				a := doc("a.md", "2024-05-07", st.lead+"\n\nThe council said it would review safety rules across the district.\n\nA spokesman said the review would take a month. Councillors meet next week.\n\n"+body)
				tl, _ := Extract([]Doc{b, a}, Options{})
				got := slices.Contains(sentenceDates(tl, "a.md", body[:20]), "2024-05-06")
				if got != cited {
					for _, e := range tl.Events {
						t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
					}
					t.Errorf("%q cited on the day before: %v, want %v", body, got, cited)
				}
			})
		}
	}
}
