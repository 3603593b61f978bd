package extract

import "testing"

// TestFullerNamed: "The trial was halted" writes the trial as the article
// named it before with a name among its words ("its Lyme disease vaccine
// trial"), when the article wrote it so in one way only; not words of its
// kind alone ("a brick tower"), of its people ("a British charity"),
// another of its kind ("the next session"), a ranking ("the largest
// port"), a quotation's words, nor two names ("the Ashford trial", "the
// Corbin trial"). Written after the rule; none is a set's sentence.
func TestFullerNamed(t *testing.T) {
	for _, c := range []struct{ title, before, want string }{
		{"The trial was halted",
			"Brenwick Labs stopped giving doses in its Lyme disease vaccine trial on Friday. A volunteer in the trial was taken to hospital. ",
			"The Lyme disease vaccine trial was halted"},
		{"The sirens passed their monthly test",
			"All seven Harrow Grove sirens stayed silent as the storm hit. Engineers tested the sirens on Monday. ",
			"The Harrow Grove sirens passed their monthly test"},
		{"The line was shut down",
			"Oil surfaced in a farm field on Monday.\nCrews traced it to the Sandhill crude line, which runs past the farm. ",
			"The Sandhill crude line was shut down"},
		{"The painting's frame was found",
			"Police said the Baird painting had been cut from its frame. ",
			"The Baird painting's frame was found"},
		// (Shorter ways of writing it end the longest.)
		{"The rocket was rolled to the pad",
			"The Vega-C rocket returned to service in 2024. The rocket's upper stage was tested, and a Vega-C rocket flew in May. ",
			"The Vega-C rocket was rolled to the pad"},
	} {
		if got := fullerNamed(c.title, c.before); got != c.want {
			t.Errorf("fullerNamed(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	for _, c := range []struct{ title, before string }{
		// Words of its kind, of its people: no name.
		{"The tower was closed to visitors", "The brick tower, 52 feet tall, was built in 1873. "},
		{"The charity would give another update", "A British charity said two of its staff were missing. "},
		// Another of the kind, a time, a ranking.
		{"The session began at 10 a.m.", "The Harlow talks broke up. The next Harlow session is set for Monday. "},
		{"The vote will take place on Sunday", "Parliament set the June vote for a Sunday. "},
		{"The port's agreement expires", "Rotterdam is the largest Dutch port by volume. "},
		// A quotation's words are the speaker's.
		{"The university said the ceremony would go ahead", "\"Carrow is a great Northfield university,\" she said. "},
		// Two names for the noun.
		{"The trial opened", "The Ashford trial was delayed, and the Corbin trial moved to May. "},
		// A noun that is no subject: "fire" heads nothing in "The fire service said".
		{"The fire service said crews were tired", "The Kelsey Creek fire grew overnight. "},
		// A verb between the article and the noun is no word of its name.
		{"The bank had reduced its lending", "He told the Senate committee that no bank had cut lending. "},
	} {
		if got := fullerNamed(c.title, c.before); got != "" {
			t.Errorf("fullerNamed(%q) after %q = %q, want none", c.title, c.before, got)
		}
	}
}
