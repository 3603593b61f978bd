package extract

import "testing"

// A "he" or "she" that opens a title is the one person the sentence
// before names, whatever that person's part there (the speaker of a
// quotation, an object, a name inside a phrase); never a guess: not when
// that sentence names two people, tells of the other sex, or names a
// team with its article.
func TestLonePersonNamed(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-02-11", "Floodwater reached the harbour wall in Kelby overnight. " +
			"\"The water just kept coming,\" said Tomas Velk, 61, who has sailed from the harbour for thirty years. " +
			"He pulled his nets out of the water on Tuesday as the tide rose.",
			"2026-02-10", "Tomas Velk pulled his nets out of the water as the tide rose"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("title on %s %q, want %q", c.date, got, c.want)
		}
	}
	g := newGazetteer(nil, nil)
	// A surname alone is told as the text first named the person.
	if got := lonePersonNamed("He refused three offers for the striker", "In 2021 he refused three offers for the striker.",
		"It is not the first time Bellamy has turned down a bigger club.", "",
		"Club president Joel Bellamy said the player was not for sale. ", g); got != "Joel Bellamy refused three offers for the striker" {
		t.Errorf("lonePersonNamed after a surname = %q", got)
	}
	// The one named is the object, in an apposition with her role.
	if got := lonePersonNamed("She will start and will sit on the board", "She will start on July 1 and will sit on the board.",
		"The board on Wednesday named Pauline Achebe, a former finance director of the firm, as its new chief executive.",
		"The firm reported a loss for the year.", "", g); got != "Pauline Achebe will start and will sit on the board" {
		t.Errorf("lonePersonNamed after an appointment = %q", got)
	}
	for _, c := range []struct{ title, sentence, prev, prev2, before string }{
		// Two people named before: which one is a guess.
		{"He pulled his nets out of the water", "He pulled his nets out of the water on Tuesday.",
			"\"It kept coming,\" said Tomas Velk, 61, standing beside harbourmaster Ivo Brandt.", "", ""},
		// The one named is a woman: the "he" is someone named earlier.
		{"He missed his third test while travelling", "He missed his third test in May while travelling.",
			"His coach, Maria Lindgren, 44, said she would contest the suspension.", "", ""},
		// A quotation's "her" tells of someone the speaker is not.
		{"Her parents were in another room", "Her parents were in another room on Saturday night.",
			"\"When we heard her voice, we cried,\" said firefighter Jorge Salas.", "", ""},
		// A team's name takes an article; a person's does not.
		{"He joined the Rovers as a coach", "He joined the Rovers as a coach on June 27, 2001.",
			"During his time there, the Rovers reached the final twice.", "", "Coach Dan Marr left the Ashby Rovers in May. "},
	} {
		if got := lonePersonNamed(c.title, c.sentence, c.prev, c.prev2, c.before, g); got != "" {
			t.Errorf("lonePersonNamed(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}
