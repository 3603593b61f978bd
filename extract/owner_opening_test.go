package extract

import (
	"strings"
	"testing"
)

// A person's pronoun after an opening phrase, or after a connective, is
// its sentence's subject all the same; a surname alone names its owner
// when the text before named the person in full, and an age set off after
// a name is no opening phrase.
func TestPronounOwnerAfterOpening(t *testing.T) {
	g := newGazetteer(nil, nil)
	before := "HALVERTON - Independent candidate Marta Lindgren beat Mayor Otto Brandvold by 212 votes. "
	for _, c := range []struct{ title, sentence, prev, want string }{
		{"His office said he would seek a recount", "In a short statement issued late on Tuesday, his office said he would seek a recount.",
			"Brandvold, 66, has not conceded.", "Brandvold's office said he would seek a recount"},
		{"In a short statement issued late, his office said he would seek a recount", "In a short statement issued late on Tuesday, his office said he would seek a recount.",
			"Brandvold, 66, has not conceded.", "Brandvold's office said he would seek a recount"},
		{"However, her lead narrowed to 90 votes after the postal count", "On Thursday, however, her lead narrowed to 90 votes after the postal count.",
			"Lindgren, 41, thanked her volunteers.", "Lindgren's lead narrowed to 90 votes after the postal count"},
		{"She had run for the council", "In 2019 she had run for the council.",
			"Lindgren, 41, thanked her volunteers.", "Lindgren had run for the council"},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != c.want {
			t.Errorf("pronounOwner(%q) after %q = %q, want %q", c.title, c.prev, got, c.want)
		}
	}
	for _, c := range []struct{ title, sentence, prev string }{
		// A surname the text before never gave in full.
		{"His office said he would seek a recount", "In a statement on Tuesday, his office said he would seek a recount.", "Halvorsen, 66, has not conceded."},
		// A thing's pronoun after an opening phrase is left alone.
		{"It pledged to speed up its reviews", "In January it pledged to speed up its reviews.", "The inquiry comes at a bad time for the regulator."},
		// Someone else spoke in the opening phrase.
		{"His office said he would seek a recount", "After Lindgren said she had won, his office said he would seek a recount.", "Brandvold, 66, has not conceded."},
	} {
		if got, _ := pronounOwner(c.title, c.sentence, c.prev, before, g); got != "" {
			t.Errorf("pronounOwner(%q) after %q = %q, want none", c.title, c.prev, got)
		}
	}
}

// A title that opens on a pronoun its sentence writes after its opening
// words is told with those words, where its owner is; not when they hold
// the time, or open on a pronoun of their own.
func TestWithOwnerBefore(t *testing.T) {
	for _, c := range []struct {
		title, sentence, time, want string
	}{
		{"She sold to a collector", "Auditors said the painting had belonged to the gallery's founder, who she sold to a collector in 2011.", "in 2011",
			"Auditors said the painting had belonged to the gallery's founder, who she sold to a collector"},
		{"Their union said they would appeal", "The board suspended both drivers for a month, and their union said they would appeal on Monday.", "on Monday",
			"The board suspended both drivers for a month, and their union said they would appeal"},
		{"She hopes it will pass", "The bill cleared the committee on Tuesday and she hopes it will pass.", "on Tuesday", ""},
		{"He said it would close", "He told staff, and he said it would close in May.", "in May", ""},
		{"It said it would close", "It said it would close in May.", "in May", ""},
		{"Its shares rose by half", "The firm was listed in 1990, and its shares rose by half in 2001.", "in 2001", ""},
	} {
		at := strings.Index(c.sentence, c.time)
		if got := withOwnerBefore(c.title, c.sentence, at); got != c.want {
			t.Errorf("withOwnerBefore(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
