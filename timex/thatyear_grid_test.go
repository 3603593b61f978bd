package timex_test

import "testing"

// TestThatYearGrid: "that October", "in October of that year" and "that
// year" point back to the year the text last named in the paragraph
// (written out, "January 2019", or a year, "2019", "the next year"), not
// to the DCT's year nor to a year a count of months reached ("a robbery
// two months earlier"). "Of that year" with no year named leaves the
// month's year unknown; "that year" after the noun "year" of a period the
// text named but gave no date ("the 2031-32 school year") is no date.
func TestThatYearGrid(t *testing.T) {
	runDirectionProbes(t, []directionProbe{
		{"2030-08-16", "She was arrested on Jan. 9, 2019. A jury convicted her in October of that year.", "October", "2019-10"},
		{"2030-08-16", "She was arrested on Jan. 9, 2019. A jury convicted her in October of that year.", "that year", "2019"},
		{"2030-08-16", "The firm moved to Ohio in 2012. In March of that year it hired 300 workers.", "March", "2012-03"},
		{"2030-08-16", "The firm moved to Ohio in 2012. In March of the same year it hired 300 workers.", "March", "2012-03"},
		{"2030-08-16", "The firm moved to Ohio in 2012. It was sold in May of that year.", "May", "2012-05"},
		{"2030-08-16", "He was arrested in January 2019 for a robbery two months earlier. He was convicted that October.", "October", "2019-10"},
		{"2030-08-16", "He was arrested in January 2019 for a fire three weeks earlier. That September he pleaded guilty.", "September", "2019-09"},
		{"2030-08-16", "The mine opened in 2004. The next year it flooded, and that April it closed.", "April", "2005-04"},
		{"2030-08-16", "The plant opened in 2019. That year it hired 300 workers.", "That year", "2019"},
		// Negatives: no year named; the month keeps its own reading.
		{"2030-08-16", "A jury convicted her in October of that year.", "October", "XXXX-10"},
		{"2030-08-16", "The band formed in 2009. The mayor resigned in May. That October he ran again.", "October", "2030-10"},
		{"2030-08-16", "The board met on Monday to plan for the 2031-32 school year. The shortfall for that year could reach $7 million.", "that year", "(none)"},
		{"2030-08-16", "The firm moved to Ohio in 2012, and in March it hired 300 workers.", "March", "2030-03"},
	})
}
