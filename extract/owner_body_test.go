package extract

import "testing"

// TestBodyNamed: "The council voted ..." names the one body the article
// named before whose name that noun heads; not a noun alone, a kind with
// no name, two bodies of that noun, a name whose opening is cut off by a
// conjunction, nor a noun that heads no name ("Court Street").
func TestBodyNamed(t *testing.T) {
	g := newGazetteer(nil, nil)
	for _, c := range []struct{ before, title, want string }{
		{"Residents packed a meeting of Harlow County Council on Monday. Many asked about the bins. ",
			"The council voted to delay the plan", "Harlow County Council voted to delay the plan"},
		{"Parents asked the Linden Falls Board of Education to keep the school open.\n\nSeveral spoke. ",
			"The board will meet again in June", "The Linden Falls Board of Education will meet again in June"},
		{"A wolf escaped from Mossgate Zoo on Friday. Keepers found it in a garden. ",
			"The zoo's director apologised", "Mossgate Zoo's director apologised"},
		{"Lawyers asked the High Court of Justice of Ardmore to overturn the verdict. ",
			"The court said it would rule in May", "The High Court of Justice of Ardmore said it would rule in May"},
		// a byline above the paragraph is no part of the name
		{"Staff Reporter\nTarn Valley Water Authority raised its charges. ",
			"The authority said costs had risen", "Tarn Valley Water Authority said costs had risen"},
		// a paragraph that opens with "By" is no byline
		{"By last week, 940 homes had been built, according to the Colca Rebuilding Authority, which was set up in July.\n\nMore are due. ",
			"The authority will open tenders", "The Colca Rebuilding Authority will open tenders"},
	} {
		if got := bodyNamed(c.title, c.before, g); got != c.want {
			t.Errorf("bodyNamed(%q) after %q = %q, want %q", c.title, c.before, got, c.want)
		}
	}
	for _, c := range []struct{ before, title string }{
		// two councils: which one is a guess
		{"Harlow County Council and Fenby Town Council share the depot. ", "The council voted to sell it"},
		// the noun alone, in capitals
		{"The Board met on Monday. ", "The board voted to sell it"},
		// a kind, no name: any city's council
		{"Residents wrote to the City Council in March. ", "The council voted to sell it"},
		// the name's opening cut off by a conjunction
		{"The Medicines and Healthcare Standards Agency cleared the drug. ", "The agency said there was no link"},
		// a noun that heads no name
		{"The shop on Court Street closed. ", "The court heard the case"},
		// a noun that names no body
		{"Harlow County Council met on Monday. ", "The meeting lasted an hour"},
		// no body named at all
		{"Residents met on Monday. ", "The council voted to sell it"},
		// the writer of an opinion piece, named in its byline, is no body the news tells
		{"By the Herald Editorial Board\n\nParents must act now. ", "The board will vote on the plan"},
	} {
		if got := bodyNamed(c.title, c.before, g); got != "" {
			t.Errorf("bodyNamed(%q) after %q = %q, want none", c.title, c.before, got)
		}
	}
}

// TestBodyNamedTitle: the rule at work on an article's event title.
func TestBodyNamedTitle(t *testing.T) {
	text := "Parents packed a meeting of the Corley Falls Board of Education on Tuesday to oppose closing Elm School.\n\n" +
		"Several parents spoke. The board voted on Wednesday to keep the school open."
	if got, want := eventTitles(t, "2026-05-21", text)["2026-05-20"], "The Corley Falls Board of Education voted to keep the school open"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}
