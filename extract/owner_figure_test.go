package extract

import "testing"

// A thing's "Its" before a figure or a name owns it as before a noun; a
// year is no count, and a person's "His" before a capital is a form of
// address, not a name owned.
func TestFigureOrNameOwned(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"Its 14 crew were winched to safety", "Its 14 crew were winched to safety before dawn.",
			"The trawler broke down in heavy seas off the headland.", "The trawler's 14 crew were winched to safety"},
		{"Its MV Coral Dawn ran aground", "Its MV Coral Dawn ran aground in 2019.",
			"The ferry operator has lost one ship before.", "The ferry operator's MV Coral Dawn ran aground"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, "", g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		{"Its 2019 results were restated", "Its 2019 results were restated in May.", "The ferry operator has lost one ship before."},
		{"His Honour adjourned the case", "His Honour adjourned the case on Monday.", "The judge Mark Ellery heard the plea."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, "", g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
