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

// nowStory is a happening of Monday 2024-05-06 as one article tells it
// (first) and as a later article's lead tells it, with body sentences of
// that later article.
type nowStory struct {
	name, first, lead string
	bodies            []nowBody
}

// checkNowBodies puts each body sentence of each story after its lead,
// in an article published on published, and checks whether the
// happening of 2024-05-06 cites it.
func checkNowBodies(t *testing.T, stories []nowStory, published string) {
	t.Helper()
	for _, st := range stories {
		for _, nb := range st.bodies {
			t.Run(st.name+"/"+nb.s[:24], func(t *testing.T) {
				b := doc("b.md", "2024-05-06", st.first)
				a := doc("a.md", published, st.lead+"\n\nThe council said it would review safety rules across the district.\n\nA spokesman said the review would take a month. Councillors meet next week.\n\n"+nb.s)
				tl, _ := Extract([]Doc{b, a}, Options{})
				got := slices.Contains(sentenceDates(tl, "a.md", nb.s[:20]), "2024-05-06")
				if got != nb.cited {
					for _, e := range tl.Events {
						t.Logf("%s %q: %d sources", e.Date, e.Title, len(e.Sources))
					}
					t.Errorf("%q cited on 2024-05-06 in an article of %s: %v, want %v", nb.s, published, got, nb.cited)
				}
			})
		}
	}
}

// TestPresentBodySentenceDayBefore checks that a sentence of an article's
// body with no date that tells in the present ("is", "says", "has not")
// is not cited by a happening its article dates to the day before its
// publication, whatever words they share: it tells its article's day, as
// one of a week before does (TestPresentBodySentenceTellsItsDay); and
// that one in the past still is, for each of a few stories.
func TestPresentBodySentenceDayBefore(t *testing.T) {
	stories := []nowStory{
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
	checkNowBodies(t, stories, "2024-05-07")
}

// TestModalBodySentenceDaysBefore checks that a sentence with no date
// whose main clause opens on a modal ("will", "could") is not cited by a
// happening its article dates to days before its publication, whatever
// words they share: it tells what is still to come from its article's
// day; and that one in the past still is, for each of a few stories.
func TestModalBodySentenceDaysBefore(t *testing.T) {
	stories := []nowStory{
		{
			name:  "storm",
			first: "A storm flooded 300 homes in the river town of Ellerby on Monday, and a woman died when her car was swept away.",
			lead:  "The government will give 5 million pounds to the river town of Ellerby, the minister said on Friday.\n\nThe storm flooded 300 homes in Ellerby on Monday, and a woman died when her car was swept away.",
			bodies: []nowBody{
				{"The money will pay for new flood walls for the 300 homes flooded in the river town of Ellerby.", false},
				{"Repairs to the 300 homes in the river town of Ellerby could take months, engineers said.", false},
				{"The storm flooded the river town of Ellerby after a day of rain, and 300 homes were under water.", true},
			},
		},
		{
			name:  "plant fire",
			first: "A fire destroyed the paint plant at Corby Wharf on Monday, and 40 workers were evacuated.",
			lead:  "The owners of the Corby Wharf paint plant said on Friday that it would be rebuilt.\n\nA fire destroyed the paint plant at Corby Wharf on Monday, and 40 workers were evacuated.",
			bodies: []nowBody{
				{"Insurers will cover the cost of rebuilding the paint plant destroyed by fire at Corby Wharf.", false},
				{"The 40 workers at the paint plant at Corby Wharf may lose their jobs, the union said.", false},
				{"The fire spread through the paint plant at Corby Wharf, and 40 workers were evacuated by boat.", true},
			},
		},
	}
	checkNowBodies(t, stories, "2024-05-10")
}

// TestModalFirst checks modalFirst's reading of a main clause's words:
// a modal before any verb in the present or the past.
func TestModalFirst(t *testing.T) {
	for s, want := range map[string]bool{
		"The money will pay for new flood walls":    true,
		"Repairs could take months":                 true,
		"The storm flooded 300 homes":               false,
		"The mayor says the bridge will reopen":     false,
		"The council has said it would review them": false,
		"No verb here at all":                       false,
	} {
		if got := modalFirst(appendWords(nil, s, 0, len(s))); got != want {
			t.Errorf("modalFirst(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPresentToldDaysBefore checks that a sentence with no date whose
// saying in the past tells a clause in the present ("said it is
// cooperating") is not cited by a happening its article dates to days
// before its publication, whatever words they share: the present it keeps
// holds at the telling; and that one whose told clause is in the past
// still is, for each of a few stories.
func TestPresentToldDaysBefore(t *testing.T) {
	stories := []nowStory{
		{
			name:  "footbridge",
			first: "The Orrin footbridge collapsed into the river on Monday, injuring 14 people who were crossing it after the regatta.",
			lead:  "The council closed three more footbridges on Friday for safety checks.\n\nThe Orrin footbridge collapsed into the river on Monday, injuring 14 people.",
			bodies: []nowBody{
				{"Engineers said the collapsed Orrin footbridge is unsafe to approach from the river.", false},
				{"Its owner said in a statement that it is cooperating with the inquiry into the Orrin footbridge over the river.", false},
				{"Witnesses said the Orrin footbridge collapsed into the river as a crowd crossed it after the regatta.", true},
			},
		},
		{
			name:  "plant fire",
			first: "A fire destroyed the paint plant at Corby Wharf on Monday, and 40 workers were evacuated.",
			lead:  "The owners of the Corby Wharf paint plant met insurers on Friday.\n\nA fire destroyed the paint plant at Corby Wharf on Monday, and 40 workers were evacuated.",
			bodies: []nowBody{
				{"The union said the 40 workers evacuated from the paint plant at Corby Wharf are still without pay.", false},
				{"Firefighters said the fire destroyed the paint plant at Corby Wharf within an hour, and 40 workers were evacuated.", true},
			},
		},
	}
	checkNowBodies(t, stories, "2024-05-10")
}

// TestPresentComplement checks presentComplement's reading of a
// sentence's clauses: a saying in the past, its told clause in the
// present with no modal.
func TestPresentComplement(t *testing.T) {
	for s, want := range map[string]bool{
		"The company said it is cooperating with the inquiry.":  true,
		"Police said the driver is in hospital.":                true,
		"The company said it had cooperated with the inquiry.":  false,
		"The company said it would cooperate with the inquiry.": false,
		"The company says it is cooperating with the inquiry.":  false,
		"The company cooperated with the inquiry, police said.": false,
	} {
		ws := appendWords(nil, s, 0, len(s))
		if got := presentComplement(appendClauses(nil, s, ws), ws); got != want {
			t.Errorf("presentComplement(%q) = %v, want %v", s, got, want)
		}
	}
}
