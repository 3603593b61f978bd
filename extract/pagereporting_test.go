package extract

import (
	"slices"
	"testing"
)

// TestPageReportingNoEvent: a live page's talk of its own reporting in its
// voice ("We're hearing from readers ...", "We've reached ...") and of its
// readers' part in it ("Readers are sending us pictures ...") is no event;
// a quotation of someone's "we", a reader who tells a happening and the
// news the page reports keep theirs.
func TestPageReportingNoEvent(t *testing.T) {
	const head = "Oil leak closes county road\n\n"
	const news = "A pipeline leaked crude oil into a field east of Marden on Monday, the operator said.\n\n"
	checkFurniture(t, []furnitureCase{
		{"2038-03-10", head + news + "We're hearing from several readers about a strong smell of oil east of town on Monday.\n",
			"We're hearing", "2038-03-08", "A pipeline leaked crude oil"},
		{"2038-03-10", head + news + "We have reached the operator's spokesperson, who said on Monday that crews were on site.\n",
			"We have reached", "2038-03-08", "A pipeline leaked crude oil"},
		{"2038-03-10", head + news + "A reader sent us a photo of the stain on Monday evening.\n",
			"A reader sent us", "2038-03-08", "A pipeline leaked crude oil"},
		{"2038-03-10", head + news + "Readers are sending us pictures of the field, taken on Monday.\n",
			"Readers are sending", "2038-03-08", "A pipeline leaked crude oil"},
		// Not the page's voice: a quotation, a reader in the news, and
		// "we" of the people the page reports on.
		{"2038-03-10", head + "\"We heard a bang and then smelled oil,\" a farmer said on Monday.\n",
			"", "2038-03-08", "A farmer said"},
		{"2038-03-10", head + "A meter reader found the leak on Monday morning.\n",
			"", "2038-03-08", "A meter reader found the leak"},
		{"2038-03-10", "'We are getting out': farmers flee oil leak\n\nFarmers left their homes east of Marden on Monday after a pipeline leaked.\n",
			"", "2038-03-08", "Farmers left their homes"},
	})
	// A "we" of the people the page reports on, in their letter, is
	// cited on its day.
	d := doc("a.md", "2038-03-10", "We heard a bang on Monday night and then smelled oil, neighbours wrote in a letter to the council.")
	tl, _ := Extract([]Doc{d}, Options{})
	if got := eventsOf(tl, "We heard a bang"); !slices.Equal(got, []string{"2038-03-08"}) {
		t.Errorf("the neighbours' letter is cited by events dated %v, want [2038-03-08]", got)
	}
}
