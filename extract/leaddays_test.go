package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestLeadsToDaysBefore: a lead in the present perfect reports the latest
// development, and the body often dates it a day or two before the
// article. When one of the next two sentences dates that happening in the
// lead's verb, a verb of its list or a word of its kind, the lead (and the
// headline) are dated by it, not by a closing said-day of the publication
// day nor by the publication itself. A body sentence of another happening
// on the same thing, one three days or more before, or a lead whose verb
// the body does not tell again leaves the lead where it was.
func TestLeadsToDaysBefore(t *testing.T) {
	for _, tc := range []struct {
		name, head, published, text string
		want                        []string // the dates of the events that cite the lead
	}{
		{"said-day on a find, the body's day before", "Stolen painting found in garage", "2021-06-11",
			"Detectives have recovered a stolen landscape painting from a garage in Leeds, the museum said Friday.\n\n" +
				"The canvas was located by a locksmith on Thursday morning behind a stack of tyres.\n\nIt had been missing since April.",
			[]string{"2021-06-10"}},
		{"a month of May in the body's sentence", "Stolen harp found in Ashbourne barn, a year after theft", "2021-09-02",
			"A concert harp stolen from a hall in Derby in January last year has been found wrapped in sacking in a barn near Ashbourne, ending a search across three counties.\n\n" +
				"Detectives found the instrument on Tuesday after one of the men arrested in May told them where it was, police said on Thursday.\n\nIt is undamaged.",
			[]string{"2020-01", "2021-08-31"}},
		{"said-day on the same verb", "Coastal road reopens", "2020-09-15",
			"Crews have reopened the coastal road at Porth after a landslip, the county council said Tuesday.\n\n" +
				"The road was reopened to cars on Monday evening, a week earlier than planned.\n\nThe repairs cost 400,000 pounds.",
			[]string{"2020-09-14"}},
		{"undated lead, arrival in other words", "Parents of stranded climber arrive in Kathmandu", "2019-05-06",
			"The parents of a British climber stranded on Annapurna have arrived in Kathmandu to follow the rescue.\n\n" +
				"Tom and Ann Leigh flew in from London yesterday and went straight to the embassy.\n\nBad weather has kept helicopters on the ground.",
			[]string{"2019-05-05"}},
		{"a capture the body tells as an arrest", "Escaped inmate caught after week on the run", "2017-02-09",
			"An inmate who escaped from Ravensmoor jail has been captured at a farm near Tullow, ending a week-long search.\n\n" +
				"Officers arrested the 41-year-old shortly after midnight on Wednesday when a farmer reported a stranger in his barn.\n\nHe offered no resistance.",
			[]string{"2017-02-08"}},
		{"a capture, and the body's escape the day before", "Escaped inmate caught", "2017-02-09",
			"A second inmate has been captured near Tullow, police said Thursday.\n\n" +
				"He escaped from a prison van on Wednesday morning.\n\nHe is due in court on Friday.",
			[]string{"2017-02-09"}},
		{"the body's statement of the find dates the saying", "Missing kayak found", "2021-06-11",
			"Rescuers have found the kayak of a missing fisherman off Skerries, police said Friday.\n\n" +
				"The coastguard said Thursday that a crew had spotted it near a reef.\n\nThe search goes on.",
			[]string{"2021-06-11"}},
		{"the said-day's own happening, another one the day before", "Man arrested over depot fire", "2021-03-12",
			"Police have arrested a man over the fire at a bus depot in Luton, they said Friday.\n\n" +
				"The fire gutted six buses on Thursday night.\n\nNo one was hurt.",
			[]string{"2021-03-12"}},
		{"another happening of the same thing", "Harbour bridge reopens", "2020-09-15",
			"Engineers have reopened the harbour bridge after repairs, the port authority said Tuesday.\n\n" +
				"The bridge was closed on Monday after a barge struck a pier.\n\nRepairs cost 2 million dollars.",
			[]string{"2020-09-15"}},
		{"the body's day too far back", "Lost hikers found safe", "2018-08-14",
			"Rescuers have found two hikers lost in the Blue Mountains, park officials said Tuesday.\n\n" +
				"The pair were found by a ranger on Saturday near a waterfall.\n\nBoth were treated for dehydration.",
			[]string{"2018-08-14"}},
	} {
		if got := leadEventDays(tc.head, tc.published, tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the lead is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestLooksAheadMay: "may" looks ahead as a verb, not as the month or a
// name in capitals inside a sentence.
func TestLooksAheadMay(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Officers found the harp after a man held in May told them.", false},
		{"Theresa May said the talks went well.", false},
		{"The minister may resign over the report.", true},
		{"May I ask a question about the budget?", true},
		{"PRICES MAY RISE AGAIN", true},
	} {
		if got := looksAhead(tc.s, words(tc.s, 0, len(tc.s))); got != tc.want {
			t.Errorf("looksAhead(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestSharedLeadsToDaysBefore: two articles of one day tell one news in
// the present perfect, their headlines and leads one happening of that day.
// When one article's next sentence dates the lead's happening the day
// before, in the lead's verb, every headline and lead of it are sources of
// that day's happening; when the two articles' bodies date it to two
// different days, it stays at the publication.
func TestSharedLeadsToDaysBefore(t *testing.T) {
	for _, tc := range []struct {
		name, other string
		want        []string
	}{
		{"the other body dates nothing", "His family has been told.", []string{"2022-02-13"}},
		{"the other body dates another day", "Pieter Smit, 44, fell about 300 metres near the summit of Braeriach on Saturday afternoon, police said.", []string{"2022-02-14"}},
	} {
		a := doc("a.md", "2022-02-14",
			"A Dutch walker has fallen to his death from a ridge in the Cairngorms.\n\n"+
				"Pieter Smit, 44, fell about 300 metres near the summit of Braeriach on Sunday afternoon, police said.\n\n"+
				"Mountain rescue volunteers reached him within two hours.")
		a.Article.Title = "Dutch walker dies in Cairngorms fall"
		b := doc("b.md", "2022-02-14",
			"A Dutch walker has fallen to his death in the Cairngorms, police have confirmed.\n\n"+
				tc.other+"\n\nHe was an experienced hillwalker who had climbed in the Alps.")
		b.Article.Title = "Dutch walker killed in Cairngorms fall"
		tl, _ := Extract([]Doc{a, b}, Options{})
		for _, s := range []string{a.Article.Title, "A Dutch walker has fallen to his death from a ridge in the Cairngorms.", b.Article.Title} {
			if got := eventsCiting(tl, s); !slices.Equal(got, tc.want) {
				t.Errorf("%s: %q is in events of %v, want %v", tc.name, s, got, tc.want)
			}
		}
	}
}

// TestNightLeadsToNight: a lead that tells its happening "overnight", with
// no date of its own, is the happening its next sentence dates to the
// evening of the day before; a next sentence of that day's afternoon tells
// something else, and leaves the lead and the headline at publication.
func TestNightLeadsToNight(t *testing.T) {
	for _, tc := range []struct {
		name, next string
		want       []string
	}{
		{"a time of the night before", "Paramedics were sent to the junction with Mill Lane at about 11.20pm on Friday.", []string{"2023-03-10"}},
		{"an afternoon of the day before", "Officers were called to a shop on Friday afternoon after reports of a fight.", []string{"2023-03-11"}},
	} {
		head := "Man hurt in Castle Street attack"
		d := doc("a.md", "2023-03-11",
			"A 30-year-old man was seriously hurt in an attack on Castle Street in Wexham overnight.\n\n"+
				tc.next+"\n\nDetectives have appealed for witnesses.")
		d.Article.Title = head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// leadEventDays extracts one article (its headline, publication day and
// text) and gives the dates of the events that cite its lead, the text's
// first paragraph.
func leadEventDays(head, published, text string) []string {
	d := doc("a.md", published, text)
	d.Article.Title = head
	tl, _ := Extract([]Doc{d}, Options{})
	lead := text[:strings.Index(text, "\n")]
	var got []string
	for _, e := range tl.Events {
		if slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return s.Sentence == lead }) {
			got = append(got, e.Date.String())
		}
	}
	return got
}
