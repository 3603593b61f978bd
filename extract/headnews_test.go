package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// eventsCiting returns the dates of the events that cite sentence s, the
// whole of it (eventsOf asks only its beginning).
func eventsCiting(tl *timeline.Timeline, s string) []string {
	return eventsWhere(tl, func(x string) bool { return x == s })
}

// TestHeadlineOwnLeadOverOtherDay: a headline that tells, in a word of its
// own lead, the happening that lead dates a day before publication joins
// it, not another article's happening of the day before that, whose words
// it shares too ("fatal dive"). A headline that shares only the other
// happening's words with its lead stays with the other happening.
func TestHeadlineOwnLeadOverOtherDay(t *testing.T) {
	found := doc("a.md", "2022-07-07",
		"Rescuers found the bodies of two divers in a flooded Gozo cave on Wednesday, and questions mount over the fatal dive.\n\n"+
			"The fatal dive by two instructors has raised questions over cave safety.")
	found.Article.Title = "Questions mount after fatal dive as bodies of two divers found in Gozo cave"
	for _, tc := range []struct {
		name, head, lead string
		want             []string
	}{
		{"the lead's verb", "Dive school owner flies to Gozo as questions mount over fatal dive",
			"The owner of the dive school flew to Malta on Thursday to meet the families of the two instructors.",
			[]string{"2022-07-07"}},
		{"only the other happening's words", "Questions mount over fatal dive in Gozo cave",
			"The owner of the dive school flew to Malta on Thursday to meet the families of the two instructors.",
			[]string{"2022-07-06"}},
	} {
		other := doc("b.md", "2022-07-08", tc.lead+"\n\nHe said the school would help the police.")
		other.Article.Title = tc.head
		tl, _ := Extract([]Doc{found, other}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestHeadlineNotByNameWord: a headline joins its lead's happening by a
// word of the happening, not by a word that, in the lead, is part of a
// name ("drug" and "the Food and Drug Administration"): the lead's
// statement dates the approval, the launch and the saying, and the
// headline names none of them. A name both capitalise is shared.
func TestHeadlineNotByNameWord(t *testing.T) {
	for _, tc := range []struct {
		name, head, text string
		want             []string
	}{
		{"a word of an agency's name", "Halvard prices kidney drug at $95,000",
			"The Boston company said on Wednesday that Renexa, which the Food and Drug Administration cleared on 14 May, would reach pharmacies on 1 July.\n\nAnalysts had expected less.",
			[]string{"2024-06-08"}},
		{"a name both capitalise", "Blackout in Yarrow Sound",
			"Power went out across Yarrow Sound on Friday, leaving 20,000 homes dark.\n\nCrews worked through the night.",
			[]string{"2024-06-07"}},
	} {
		d := doc("a.md", "2024-06-08", tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestHeadlineToSaidDay: a headline that tells in the present an act done
// by making it known (a price, fines, a stand-down), which its lead tells
// too, is dated by the statement right after the lead that dates its
// saying one or two days before the article (the Friday before a
// Monday's); a headline of another kind of happening, a lead followed by a
// dated happening that is no statement (a flood at its factory), a statement
// further down, or one three days before a Tuesday's paper leave it at its
// publication.
func TestHeadlineToSaidDay(t *testing.T) {
	const price = "Halvard Pharma has priced its newly approved kidney drug at $95,000 a year."
	const said = "The Boston company said on Monday that Renexa would reach pharmacies on 1 July."
	for _, tc := range []struct {
		name, head, published, text, want string
	}{
		{"a price, said the day before", "Halvard sets $95,000 price for kidney drug", "2024-06-11",
			price + "\n\n" + said + "\n\nInsurers called the price indefensible.", "2024-06-10"},
		{"fines an agency proposed", "Regulator proposes $3 million in fines over refinery fire", "2024-06-11",
			"Safety regulators have cited the owner of a refinery for nine violations and proposed $3 million in fines over a fire that hurt four workers.\n\n" +
				"The state labour department said Monday that the company had let alarms stay switched off.\n\nThe company has 15 days to respond.", "2024-06-10"},
		{"a stand-down confirmed on the Friday before a Monday", "Hospital chief stood down after audit", "2024-06-10",
			"The chief executive of Norbridge Hospital has been stood down on full pay while auditors examine its accounts.\n\n" +
				"The health board confirmed on Friday that Mark Ellery had been moved to other duties.\n\nStaff were told by email.", "2024-06-07"},
		{"no act made known", "Halvard shares soar on kidney drug", "2024-06-11",
			"Shares in Halvard Pharma have soared since its kidney drug was approved.\n\n" + said + "\n\nAnalysts raised their targets.", "2024-06-11"},
		{"a happening of the day before, no statement", "Nokra unveils folding phone", "2024-06-11",
			"Nokra has unveiled a folding phone that costs $1,800.\n\nA flood shut its main factory in Penang on Monday.\n\nBoth go on sale in July.", "2024-06-11"},
		{"the statement further down", "Halvard sets $95,000 price for kidney drug", "2024-06-11",
			price + "\n\nInsurers called the price indefensible.\n\nPatient groups were split.\n\n" + said, "2024-06-11"},
		{"three days before a Tuesday", "Halvard sets $95,000 price for kidney drug", "2024-06-11",
			price + "\n\nThe Boston company said on Saturday that Renexa would reach pharmacies on 1 July.\n\nInsurers called the price indefensible.", "2024-06-11"},
	} {
		d := doc("a.md", tc.published, tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%s: the headline is in events of %v, want [%s]", tc.name, got, tc.want)
		}
	}
}

// TestHeadlineToLeadOfItsVerb: a headline in the present whose lead dates
// the same act in another verb of its list (closing-verbs: "shuts" and
// "were closed") a day before publication joins that day, not the
// publication day's later step nor the older happening its "after" phrase
// names (the body repeats its words). A headline whose act is the later
// step keeps the publication day; one whose lead dates another act the
// day before (cracks found) is not moved to that act.
func TestHeadlineToLeadOfItsVerb(t *testing.T) {
	const body = "\n\nThe footbridges are of the same design as the Mill Lane footbridge, which collapsed into the Avon two weeks ago.\n\n" +
		"By Thursday noon, two of the footbridges had been checked and reopened to walkers.\n\nDiversions are signed."
	const closed = "Five footbridges across Calder were closed to walkers on Wednesday so that engineers could examine their piers, officials said."
	for _, tc := range []struct {
		name, head, lead string
		want             []string
		not              string // a date the headline must not take
	}{
		{"closed the day before", "Council shuts five footbridges for checks after Mill Lane collapse", closed,
			[]string{"2022-03-16"}, ""},
		{"the later step is the headline's", "Council reopens two footbridges after Mill Lane collapse", closed,
			[]string{"2022-03-17"}, ""},
		{"the lead dates another act", "Council shuts five footbridges for checks after Mill Lane collapse",
			"Engineers found cracks in the piers of five footbridges across Calder on Wednesday, officials said.",
			nil, "2022-03-16"},
	} {
		fell := doc("a.md", "2022-03-04", "The Mill Lane footbridge collapsed into the Avon on Thursday evening, injuring four walkers.\n\nIts piers had last been examined in 2019.")
		fell.Article.Title = "Mill Lane footbridge collapse injures four"
		d := doc("b.md", "2022-03-17", tc.lead+body)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{fell, d}, Options{})
		got := eventsCiting(tl, tc.head)
		if tc.want != nil && !slices.Equal(got, tc.want) || slices.Contains(got, tc.not) {
			t.Errorf("%s: the headline is in events of %v, want %v (not %s)", tc.name, got, tc.want, tc.not)
		}
	}
}

// TestHeadlineToSameDayLeadOfItsVerb: a headline in the present whose lead
// dates its act (arrival-verbs: "arrive" and "arrived") on the publication
// day joins that, not the happening of the day before that its words name
// ("collapse") and another article reported. A headline whose lead dates
// another act that day stays with the happening of the day before.
func TestHeadlineToSameDayLeadOfItsVerb(t *testing.T) {
	fell := doc("a.md", "2022-03-03", "The Mill Lane footbridge collapsed into the Avon in Calder on Thursday evening, injuring four walkers.\n\nIts piers had last been examined in 2019.")
	fell.Article.Title = "Mill Lane footbridge collapse injures four in Calder"
	for _, tc := range []struct {
		name, head, lead string
		want             []string
	}{
		{"the lead's arrival that day", "Safety inspectors arrive at Mill Lane footbridge collapse as four walkers recover",
			"A team from the national safety board arrived on Friday at the site in Calder, where the town's council shut three more bridges.",
			[]string{"2022-03-04"}},
		{"the lead's other act that day", "Safety inspectors at Mill Lane footbridge collapse as four walkers recover",
			"A team from the national safety board began work on Friday at the site in Calder, where the town's council shut three more bridges.",
			[]string{"2022-03-03"}},
	} {
		d := doc("b.md", "2022-03-04", tc.lead+"\n\nThey will report within a month.")
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{fell, d}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestExplainerHeadline: a headline that explains, looks inside or counts
// what to know is no happening of its publication day; a headline of news
// with the same first words is.
func TestExplainerHeadline(t *testing.T) {
	for _, tc := range []struct {
		head string
		want bool
	}{
		{"Why the Lindgate port strike matters for shoppers", true},
		{"What next for Carrow Rovers after Pell's exit", true},
		{"How a cargo ship brought down the Tamar bridge", true},
		{"Inside the Welsh village that banned cars", true},
		{"Inside Harlow's youth clubs as funding runs out", true},
		{"Analysis: the merger leaves the watchdog little room", true},
		{"Q&A - what the new licence rules mean for drivers", true},
		{"Five things to know about the new rail timetable", true},
		{"10 questions for the new chief constable", true},
		{"Everything you need to know about the ferry strike", true},
		{"The bridge closure, explained", true},
		// News, in the same first words.
		{"Inside man jailed for bank vault raid", false},
		{"Analysis shows rise in river pollution", false},
		{"Five killed as bus overturns on motorway", false},
		{"Whyalla steelworks sold to Indian group", false},
		{"Council explains bin changes", false},
	} {
		if got := explainerHeadline(tc.head); got != tc.want {
			t.Errorf("explainerHeadline(%q) = %v, want %v", tc.head, got, tc.want)
		}
	}
}

// TestExplainerHeadlineNoEventOfItsDay: an explainer's or a feature's
// headline over a lead with no happening of its own makes no event of its
// publication day; a news headline over the same lead does.
func TestExplainerHeadlineNoEventOfItsDay(t *testing.T) {
	text := "Most drivers never think about the tunnel under the estuary, but forty thousand of them use it every day.\n\n" +
		"Engineers say its pumps are older than most of the people who drive through it.\n\nThe operator says repairs are planned."
	for _, tc := range []struct {
		head string
		want []string
	}{
		{"What the Severn tunnel closure means for commuters", nil},
		{"Inside the tunnel that keeps the Severn crossing dry", nil},
		{"Severn tunnel shuts for pump repairs", []string{"2024-03-05"}},
	} {
		d := doc("a.md", "2024-03-05", text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%q: the headline is in events of %v, want %v", tc.head, got, tc.want)
		}
	}
}

// TestHeadlineToFaceCourt: a headline that looks ahead in "to face" (which
// makes it no news of its own day) is its lead's happening of the days
// after, which the lead dates.
func TestHeadlineToFaceCourt(t *testing.T) {
	head := "Former council leader to face court over land deal"
	d := doc("a.md", "2024-10-07",
		"The former leader of Wexcombe council will appear before magistrates in Exeter on Thursday charged with misconduct in public office.\n\n"+
			"Alan Brede, 61, was charged last month after an inquiry into the sale of council land.\n\nHe denies wrongdoing.")
	d.Article.Title = head
	tl, _ := Extract([]Doc{d}, Options{})
	if got := eventsCiting(tl, head); !slices.Equal(got, []string{"2024-10-10"}) {
		t.Errorf("the headline is in events of %v, want [2024-10-10]", got)
	}
}

// TestHeadlineYearOfNoun: a year that modifies a noun after a preposition
// in a headline ("hit by 2004 tsunami", a headline's article dropped)
// dates the noun, not the headline's news: the headline is its day's news
// too. A year that dates the headline's own verb ("in 2004") does not.
func TestHeadlineYearOfNoun(t *testing.T) {
	lead := "A strong earthquake shook the west of Sumatra, killing at least four people and damaging hundreds of homes.\n\nThe quake had a magnitude of 6.1, seismologists said."
	for _, tc := range []struct {
		head string
		want bool // an event of the publication day cites the headline
	}{
		{"Strong quake shakes Sumatra region hit by 2004 tsunami", true},
		{"Rebels retake Dara, lost in 2014 offensive", true},
		{"Strong quake shook Sumatra in 2004", false},
	} {
		d := doc("a.md", "2023-07-02", lead)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := slices.Contains(eventsCiting(tl, tc.head), "2023-07-02"); got != tc.want {
			t.Errorf("%q: in an event of its day %v, want %v (%v)", tc.head, got, tc.want, eventsCiting(tl, tc.head))
		}
	}
	for text, want := range map[string]bool{
		"Quake strikes region hit by 2004 tsunami": true,
		"Quake struck the region in 2004":          false,
		"Quake recalls 2004 tsunami":               false, // no preposition before
	} {
		i := strings.Index(text, "2004")
		if got := headlineYearNoun(text, timex.Timex{Start: i, End: i + 4}); got != want {
			t.Errorf("headlineYearNoun(%q) = %v, want %v", text, got, want)
		}
	}
}
