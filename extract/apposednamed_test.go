package extract

import "testing"

// TestApposedNamed: "The ship passed an inspection" names the one thing
// the article named beside that noun ("the cruise ship Coral Vesper") or
// said the name was ("Calder House, an 18-storey block"); not two such
// names, a person's, a name with a figure ("an EF-3 tornado"), an
// abbreviation ("the hearing Gov. ..."), a phrase that opens on a
// preposition, nor a noun that heads no subject. Written after the rule;
// none is a set's sentence.
func TestApposedNamed(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ title, before, want string }{
		{"The ship passed a follow-up inspection",
			"Health officials boarded the cruise ship Marlin Star on Monday. ",
			"Marlin Star passed a follow-up inspection"},
		{"The block was built",
			"The lift fell in Harwood Court, a 14-storey block on Mill Lane, on Friday. ",
			"Harwood Court was built"},
		{"The satellite was fuelled",
			"Engineers shipped the satellite ORION to the pad. The satellite ORION was checked. ",
			"ORION was fuelled"},
		{"The bank's next decision is due in May",
			"Australia's central lender, the Reserve Bank, a bank that sets rates monthly, held steady. ",
			"The Reserve Bank's next decision is due in May"},
	} {
		if got := apposedNamed(c.title, c.before, g); got != c.want {
			t.Errorf("apposedNamed(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	for _, c := range []struct{ title, before string }{
		// Two ships.
		{"The ship passed a follow-up inspection", "The cruise ship Marlin Star and the cruise ship Sea Lark docked. "},
		// A figure, an abbreviation, a month.
		{"The tornado struck", "Forecasters rated the tornado EF-3 on Friday. "},
		{"The hearing began at 9 a.m.", "At the hearing Gov. Lane spoke first. "},
		{"The vote was held", "They set the vote June 9 after a long debate. "},
		// A name whose opening is out of reach.
		{"The store was renamed", "Shoppers used eBooks Reading Room, an online store, for years. "},
		// A phrase that opens on a preposition is no name.
		{"The university's policy defines plagiarism", "In Boston, a university spokesman said so. "},
		// A noun that is no subject: "fire" of "The fire service said".
		{"The fire service said crews were tired", "Crews fought the fire Kelsey overnight. "},
	} {
		if got := apposedNamed(c.title, c.before, g); got != "" {
			t.Errorf("apposedNamed(%q) after %q = %q, want none", c.title, c.before, got)
		}
	}
}
