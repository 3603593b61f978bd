package extract

import "testing"

// TestCutBeforeQuotation: a title that ends where its sentence opens a
// quotation on what was said, on a form of "be", a linking verb or a
// verb of saying ("The council said the plan was" | "dead in the
// water"), is cut: the quotation comes back whole, its marks
// kept, when the title with it is short enough; else the title is still
// read as cut, and left as it is for the choice to weigh. A title whose
// sentence goes on with no quotation is not touched by this.
func TestCutBeforeQuotation(t *testing.T) {
	for _, c := range []struct{ title, sentence, want string }{
		// The quotation comes back, its closing comma left out.
		{"The harbour board said the new pier was",
			"The harbour board said on Monday the new pier was \"safe, sound and on budget,\" and that it would open in May.",
			"The harbour board said the new pier was \"safe, sound and on budget\""},
		{"The hospital's chief executive said staff were",
			"The hospital's chief executive said staff were “exhausted but proud” after the longest winter on record.",
			"The hospital's chief executive said staff were “exhausted but proud”"},
		// Too long to tell whole: left as it is.
		{"A spokeswoman for the regional water company said the outage was",
			"A spokeswoman for the regional water company said the outage was \"caused by a burst main under the ring road that our crews are still working around the clock to repair\".",
			"A spokeswoman for the regional water company said the outage was"},
		// A clause that ends on another verb is whole before its
		// quotation.
		{"The ferry company said sailings would resume",
			"The ferry company said sailings would resume \"once the storm has passed\".",
			"The ferry company said sailings would resume"},
		// No quotation after the title: not this cut.
		{"The mayor said the bridge was",
			"The mayor said the bridge was closed to traffic.",
			"The mayor said the bridge was"},
	} {
		if got := mendTitle(c.title, c.sentence); got != c.want {
			t.Errorf("mendTitle(%q)\n = %q\nwant %q", c.title, got, c.want)
		}
	}
}
