package extract

import "testing"

// "The 34-year-old won ..." names the one person the article gave that
// age (agedOwnerNamed); two people of that age, or none named with it,
// leave the title as it is.
func TestAgedOwnerNamed(t *testing.T) {
	for _, c := range []struct{ title, sentence, before, want string }{
		{"The 29-year-old was charged with careless driving",
			"The 29-year-old was charged with careless driving on Tuesday.",
			"A van hit a bus shelter on Queen Street. Police named the driver as Kieran Lott, 29, of Elm Grove.",
			"Kieran Lott was charged with careless driving"},
		{"The 71-year-old had been missing since Friday",
			"The 71-year-old had been missing since Friday, police said.",
			"Searchers found Margaret Ellery, 71, in woodland near her home. A dog team joined the search. Her family thanked volunteers.",
			"Margaret Ellery had been missing since Friday"},
		{"The 40-year-old also faces a charge of arson",
			"The 40-year-old also faces a charge of arson.",
			"Firefighters were called to the shop at 2 a.m. 40-year-old Dean Harrow appeared in court.",
			"Dean Harrow also faces a charge of arson"},
		{"The 52-year-old's lawyer said he would appeal",
			"The 52-year-old's lawyer said he would appeal.",
			"A jury found Paul Minter, 52, guilty of fraud.",
			"Paul Minter's lawyer said he would appeal"},
		{"The 34-year-old won the title",
			"The 34-year-old won the title in a record time.",
			"On Saturday Dana Whitfield, 34, swam in the final.",
			"Dana Whitfield won the title"},
		// two people of that age
		{"The 33-year-old was taken to hospital",
			"The 33-year-old was taken to hospital on Sunday.",
			"Police arrested Jon Vail, 33, and Ray Stock, 33, after the fight.",
			""},
		// an age with no name
		{"The 33-year-old was taken to hospital",
			"The 33-year-old was taken to hospital on Sunday.",
			"A 33-year-old man was stabbed outside a bar on Dock Road.",
			""},
		// a noun after the age says who it is
		{"The 33-year-old surfer was taken to hospital",
			"The 33-year-old surfer was taken to hospital on Sunday.",
			"Lena Marsh, 33, was surfing off the point.",
			""},
		// a figure of another kind
		{"The 12-year-old was rescued from the river",
			"The 12-year-old was rescued from the river.",
			"Route 12, which runs along the river, was closed.",
			""},
	} {
		if got := agedOwnerNamed(c.title, c.sentence, c.before); got != c.want {
			t.Errorf("agedOwnerNamed(%q) after %q = %q, want %q", c.title, c.before, got, c.want)
		}
	}
}
