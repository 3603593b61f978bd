package extract

import "testing"

// TestInstitutionNameNoPerson: the last word of a public institution's or
// a building's name ("Kessler Park Zoo", "Mercy General Hospital",
// "Brandvik Museum") ends no person's name, so a role written after that
// word at a sentence's opening ("Zoo director Tom Hale said ...") leaves
// one person in the sentence, whom the "He said" of the next sentence
// names. Probes written before the rule (names.txt institutional).
func TestInstitutionNameNoPerson(t *testing.T) {
	checkFurniture(t, []furnitureCase{
		{"2026-03-03", "Snow leopard escapes from zoo\n\nA snow leopard escaped from Kessler Park Zoo overnight, police said on Monday.\n\nZoo director Tom Hale said keepers were searching the grounds. He said the cat was last seen by a keeper at 5:30 p.m. Sunday.\n",
			"He said", "2026-03-01", "The cat was last seen by a keeper, Tom Hale said"},
		{"2026-03-04", "Two hurt in ward fire\n\nA fire broke out in a ward at Mercy General Hospital on Tuesday night, the fire service said.\n\nHospital spokeswoman Ruth Adeyemi said patients had been moved to another wing. She said two nurses were treated for smoke inhalation on Wednesday morning.\n",
			"She said", "2026-03-04", "Two nurses were treated for smoke inhalation, Ruth Adeyemi said"},
		{"2026-03-04", "Museum shuts after roof leak\n\nWater poured through the roof of the Brandvik Museum on Monday, flooding two galleries.\n\nMuseum director Lars Eide told reporters the collection was safe. He said staff found the leak on Sunday evening.\n",
			"He said", "2026-03-01", "Staff found the leak, Lars Eide said"},
	})
}
