package extract

import "testing"

// TestCoarseSayingJoinsDayOfReplies: a day's announcement is often
// answered the same day by another saying that shares its words (a
// union's reaction, a minister's comment); that reply tells another kind
// of thing, and a later article's retelling of the announcement by its
// month ("announced last month that it would close its bakery") still
// joins the announcement. Only a second saying of the same kind
// (sameCoarseKind) leaves the month unable to tell which.
func TestCoarseSayingJoinsDayOfReplies(t *testing.T) {
	fill := []Doc{
		doc("c.md", "2025-03-12", "Staff at the Castleford bakery held a meeting on Tuesday.\n\nThe site has made bread since 1961."),
		doc("d.md", "2025-03-25", "Castleford council leaders met the bakery's owners on Monday.\n\nNo agreement was reached."),
	}
	for _, tc := range []struct {
		name, day, reply, retold string
	}{
		{"a closure and the union's reply",
			"Marlowe Foods said on Wednesday that it would close its bakery in Castleford, with the loss of 240 jobs.",
			"The bakers' union said on Wednesday that the bakery's workers would fight the decision.",
			"Marlowe Foods announced last month that it would close its Castleford bakery, with the loss of 240 jobs."},
		{"a closure and a union official's anger",
			"Marlowe Foods said on Wednesday that it would close its bakery in Castleford, with the loss of 240 jobs.",
			"A union official said on Wednesday that workers at the bakery were angry and would ballot for strikes.",
			"Marlowe Foods announced last month that it would close its Castleford bakery, with the loss of 240 jobs."},
		{"a closure and the union leaders' complaint",
			"Marlowe Foods said on Wednesday that it would close its bakery in Castleford, with the loss of 240 jobs.",
			"Union leaders said on Wednesday that staff at the bakery had learned the news from reporters.",
			"Marlowe Foods announced last month that it would close its Castleford bakery, with the loss of 240 jobs."},
		{"charges and the mayor's comment",
			"Police said on Wednesday that they had charged a 34-year-old man over the theft of paintings from Castleford library.",
			"The mayor said on Wednesday that the library paintings were the pride of Castleford.",
			"Police said in March that they had charged a 34-year-old man over the theft of the library paintings."},
	} {
		one, where := retoldDay(fill, "Bakery to close.\n\n"+tc.day+"\n\n"+tc.reply+"\n\nThe bakery opened in 1961.", tc.day, tc.retold)
		if !one {
			t.Errorf("%s: %s, want one event of 2025-03-05", tc.name, where)
		}
	}
}
