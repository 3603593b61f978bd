package extract

import "testing"

// A subject told by its role and then its name between commas names the
// owner of a pronoun opening the next sentence by that name, of the
// pronoun's class: a body for "Its", a person for "His"; a role with no
// name set off, or a name of the wrong class, names nobody.
func TestAppositionOwner(t *testing.T) {
	g := newGazetteer(nil, nil)
	before := "Bram Oosting and the brewer Kettle Yard Ales were named in the report. "
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"Its shares slid 4 percent", "Its shares slid 4 percent on Monday.",
			"Kettle's parent company, Harwell Beverage Group, reported a loss for the year.",
			"Harwell Beverage Group's shares slid 4 percent"},
		{"His lawyer asked for bail", "His lawyer asked for bail.",
			"Her business partner, Bram Oosting, 47, who denies the charges, appeared in court on Tuesday.",
			"Bram Oosting's lawyer asked for bail"},
		{"Its shares slid 4 percent", "Its shares slid 4 percent on Monday.",
			"The brewer's parent company, Harwell Beverage Group, reported a loss for the year.",
			"Harwell Beverage Group's shares slid 4 percent"},
		{"Its chairman stepped down", "Its chairman stepped down in May.",
			"Its owner, Ostrava Capital Group, has put the unit up for sale.",
			"Ostrava Capital Group's chairman stepped down"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		// A body's pronoun after a person's name: no owner.
		{"Its shares slid 4 percent", "Its shares slid 4 percent on Monday.",
			"Kettle's chief executive, Bram Oosting, said sales had held up."},
		{"Its shares slid 4 percent", "Its shares slid 4 percent on Monday.",
			"The brewer's chief executive, Bram Oosting, said sales had held up."},
		// A person's pronoun after a body's name: no owner.
		{"His lawyer asked for bail", "His lawyer asked for bail.",
			"The brewer's parent company, Harwell Beverage Group, reported a loss for the year."},
		// No name between commas: the role phrase is a list, not an apposition.
		{"Its shares slid 4 percent", "Its shares slid 4 percent on Monday.",
			"The brewer's sales, profits and margins fell."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
	if np, body, _ := appositionOwner("Kettle's parent company, Harwell Beverage Group, reported a loss."); np != "Harwell Beverage Group" || !body {
		t.Errorf("appositionOwner = %q, %v", np, body)
	}
}
