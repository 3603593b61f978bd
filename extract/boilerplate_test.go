package extract

import (
	"strings"
	"testing"
)

// furnitureCase is a page and what of it is no event: no title holds bad,
// and an event of date is kept, its title starting with want. The body
// after the first blank line is the page's text, the line before it its
// headline.
type furnitureCase struct {
	dct, text string
	bad       string // no title holds it
	date      string // an event of this day is kept
	want      string // its title starts with this
}

// checkFurniture runs the cases of a test of page furniture.
func checkFurniture(t *testing.T, cases []furnitureCase) {
	t.Helper()
	for _, c := range cases {
		// The headline is the page's title, the body its text.
		head, body, _ := strings.Cut(c.text, "\n\n")
		d := doc("a.md", c.dct, body)
		d.Article.Title = head
		tl, _ := Extract([]Doc{d}, Options{})
		got := map[string]string{}
		for _, e := range tl.Events {
			if _, ok := got[e.Date.String()]; !ok {
				got[e.Date.String()] = e.Title
			}
		}
		for _, e := range tl.Events {
			if c.bad != "" && strings.Contains(e.Title, c.bad) {
				t.Errorf("%.60q: event %s %q holds %q", c.text, e.Date, e.Title, c.bad)
			}
		}
		if c.date != "" && !strings.HasPrefix(got[c.date], c.want) {
			t.Errorf("%.60q: title at %s %q, want %q... (all %q)", c.text, c.date, got[c.date], c.want, got)
		}
	}
}

// TestBylineNoEvent: a byline, a name with a newsroom role or "By ...",
// with its stamp ("Published/Posted" and a time) is never an event; the
// happening told after it keeps its date. Probes written before the rule.
func TestBylineNoEvent(t *testing.T) {
	checkFurniture(t, []furnitureCase{
		{"2026-03-03", "Ferry operator halts sailings after engine fire\n\nMaria Lund Transport correspondent Tue 3 Mar 2026 08.15 GMT\n\nA ferry operator halted all sailings on Monday after an engine fire on one of its ships, the company said.\n",
			"correspondent", "2026-03-02", "A ferry operator halted all sailings"},
		{"2026-03-03", "Ferry operator halts sailings after engine fire\n\nTransport correspondent: Maria Lund Tue 3 Mar 2026 08.15 GMT\n\nA ferry operator halted all sailings on Monday after an engine fire on one of its ships, the company said.\n",
			"correspondent", "2026-03-02", "A ferry operator halted all sailings"},
		{"2026-03-03", "Two held after warehouse blaze\n\nBy Herald staff Published March 3, 2026 at 9:30 a.m. EST\n\nPolice arrested two men on Monday night after a fire destroyed a warehouse on the edge of town.\n",
			"staff", "2026-03-02", "Police arrested two men"},
		{"2026-03-03", "Two held after warehouse blaze\n\nPosted Tuesday, March 3, 2026 7:40 am By Lena Ortiz, Gazette staff writer\n\nPolice arrested two men on Monday night after a fire destroyed a warehouse on the edge of town.\n",
			"staff writer", "2026-03-02", "Police arrested two men"},
	})
}

// TestOwnCoverageNoEvent: a sentence in which the page speaks of itself
// ("welcome to our live coverage", "this explainer was updated") is never
// an event; a report of the outlet's correspondent is news. Probes written
// before the rule.
func TestOwnCoverageNoEvent(t *testing.T) {
	checkFurniture(t, []furnitureCase{
		{"2026-03-03", "Floods: live updates\n\n9:05 am - Good morning and welcome to our live coverage of the floods in the north.\n\n9:20 am - The river burst its banks at Ashby overnight, police said.\n",
			"coverage", "", ""},
		{"2026-03-03", "Floods: live updates\n\n9:20 am - The river burst its banks at Ashby overnight, police said.\n\n6:30 pm - That is all from our live coverage for today.\n",
			"coverage", "", ""},
		{"2026-03-12", "Explainer: Why does the north flood so often?\n\nThe floods that hit Ashby on March 2 were the worst in the town since 1968, the Environment Agency says.\n\nThis explainer was updated on March 10 with the final number of homes flooded.\n",
			"updated", "2026-03-02", "The floods"},
		{"2026-03-03", "Floods: live updates\n\n10:30 pm - Our correspondent in Ashby reports that water has come over the flood wall.\n",
			"", "2026-03-03", "Water has come over the flood wall"},
	})
}

// TestDatelineAnyScript: a wire dateline whose place is written in capitals
// of any script ("BOGOTÁ", "ÅLESUND"), or in mixed case before its agency,
// is no part of a title, and its date is not the lead's. Probes written
// before the rule.
func TestDatelineAnyScript(t *testing.T) {
	checkFurniture(t, []furnitureCase{
		{"2026-03-03", "Colombian police arrest ex-mayor\n\nBOGOTÁ, March 3 (Reuters) - Colombian police arrested a former mayor of the capital on Monday on charges of taking bribes, prosecutors said.\n",
			"BOGOTÁ", "2026-03-02", "Colombian police arrested a former mayor"},
		{"2026-03-03", "Ship runs aground off Norway\n\nÅLESUND, Norway, March 3 (AFP) - A cargo ship ran aground off the Norwegian coast on Monday evening, the coastguard said.\n",
			"ÅLESUND", "2026-03-02", "A cargo ship ran aground"},
		{"2026-03-03", "Barge sinks on Paraguay River\n\nAsunción, March 3 (AFP) - A grain barge sank on the Paraguay River on Monday evening, the navy said.\n",
			"Asunción,", "2026-03-02", "A grain barge sank"},
	})
}

// TestPageFurnitureNoEvent: a sentence in which the page speaks of its own
// coverage is no event however it is dated: the note that a live blog has
// ended or when it goes on ("This live page has now closed", "Updates
// will resume on Thursday", "We'll be back at 7 a.m."), a trail for
// another of the outlet's reports or broadcasts ("Watch our full report
// at 9pm", "Channel 5 will have live coverage from the court at noon"),
// the announcement of what the page holds ("Here is what we know so
// far", "Here's how the day unfolded"), a photo's label ("Picture: ...").
// The happening the page tells keeps its event. Probes written before the
// rule.
func TestPageFurnitureNoEvent(t *testing.T) {
	const fire = "\n\n9:20 am - Fire crews were called to the Brookfield paper mill at 8:50 am, the fire service said.\n"
	checkFurniture(t, []furnitureCase{
		{"2026-03-03", "Live: fire at Brookfield paper mill\n\n*This live page has closed.*" + fire,
			"live page", "2026-03-03", "Fire crews were called"},
		{"2026-03-03", "Live: fire at Brookfield paper mill\n\n*Our live coverage has ended for the night.*" + fire,
			"coverage", "2026-03-03", "Fire crews were called"},
		{"2026-03-03", "Live: fire at Brookfield paper mill\n\n*Our coverage has ended for today. Updates will resume on Wednesday morning.*" + fire,
			"Updates", "2026-03-03", "Fire crews were called"},
		{"2026-03-03", "Live: fire at Brookfield paper mill\n\n*This blog has finished for the night. We'll be back at 7 a.m. tomorrow.*" + fire,
			"back", "2026-03-03", "Fire crews were called"},
		{"2026-03-03", "Live: fire at Brookfield paper mill\n\n9:05 am - We will bring you the latest on the fire here throughout the day." + fire,
			"latest", "2026-03-03", "Fire crews were called"},
		{"2026-03-03", "Fire guts Brookfield paper mill\n\nA fire destroyed the Brookfield paper mill on Tuesday morning, the fire service said.\n\nWatch our full report on Channel 5 News at 6pm.\n",
			"report", "2026-03-03", "A fire destroyed the Brookfield paper mill"},
		{"2026-03-03", "Fire guts Brookfield paper mill\n\nA fire destroyed the Brookfield paper mill on Tuesday morning, the fire service said.\n\nChannel 5 News will have live coverage from the mill at 6 p.m.\n",
			"coverage", "2026-03-03", "A fire destroyed the Brookfield paper mill"},
		{"2026-03-03", "Brookfield mill fire: what we know\n\nA fire destroyed the Brookfield paper mill on Tuesday morning, the fire service said.\n\nHere is what we know as of 11 a.m.\n",
			"what we know", "2026-03-03", "A fire destroyed the Brookfield paper mill"},
		{"2026-03-09", "The Brookfield mill fire: a timeline\n\nA fire destroyed the Brookfield paper mill last Tuesday. Here's how it unfolded after Tuesday's fire.\n",
			"unfolded", "2026-03-03", "A fire destroyed the Brookfield paper mill"},
		{"2026-03-03", "Fire guts Brookfield paper mill\n\nA fire destroyed the Brookfield paper mill on Tuesday morning, the fire service said.\n\nPicture: Smoke rises over the Brookfield mill on Tuesday morning. (Valley Post)\n",
			"Smoke rises", "2026-03-03", "A fire destroyed the Brookfield paper mill"},
		// (A video's or a recording's label is the page's media as well;
		// session 36: before, "Video:" and "Watch:" lines were events,
		// their present read ahead.)
		{"2026-03-05", "Fire guts Brookfield paper mill\n\nA fire destroyed the Brookfield paper mill on Tuesday morning, the fire service said.\n\nVideo: Crews pour water on the ruins of the Brookfield mill on Tuesday.\n",
			"Crews pour water", "2026-03-03", "A fire destroyed the Brookfield paper mill"},
		{"2026-03-05", "Fire guts Brookfield paper mill\n\nA fire destroyed the Brookfield paper mill on Tuesday morning, the fire service said.\n\nWatch: Firefighters battle the blaze at the Brookfield mill on Tuesday.\n",
			"Firefighters battle", "2026-03-03", "A fire destroyed the Brookfield paper mill"},
		// News told in the same words stays news: after an announcement's
		// colon, or a happening the announcement names.
		{"2026-03-03", "Live: fire at Brookfield paper mill\n\n9:05 am - Here is what we know so far: a fire broke out at the Brookfield paper mill at 8:50 am.\n",
			"", "2026-03-03", "A fire broke out at the Brookfield paper mill"},
		{"2026-03-05", "Brookfield mill: what the closure means for you\n\nHere is what the owner's decision on Wednesday means for the mill's 300 workers.\n",
			"", "2026-03-04", "Brookfield mill"},
		{"2026-03-03", "Fire guts Brookfield paper mill\n\nTalks between the mill's owner and the union will resume on Wednesday morning, the union said.\n",
			"", "2026-03-04", "Talks between the mill's owner and the union will resume"},
	})
}

// TestItSinceSpanNoEvent: a sentence that only measures the time since a
// happening ("It has been four weeks since the ground opened on Mercer
// Avenue", "It is a year since the flood") tells how long ago that was on
// the page's day, no happening of that day (itSinceSpan); nor does the
// headline of a timeline of a story it names by a noun phrase ("Four
// weeks after the fire: a timeline"); one whose words before the colon
// are a clause tells its news ("Mill owner launches appeal: a timeline of
// the case"). Probes written before the rule.
func TestItSinceSpanNoEvent(t *testing.T) {
	checkFurniture(t, []furnitureCase{
		{"2026-04-07", "Four weeks after the Brookfield mill fire: a timeline\n\nBy Herald staff\n\nIt has been four weeks since fire tore through the Brookfield paper mill. Here is how the story has unfolded.\n\n**1958** - The Brookfield paper mill opens on the river.\n\n**March 10** - Fire tears through the mill.\n",
			"Four weeks after", "", ""},
		{"2026-04-07", "Four weeks after the Brookfield mill fire: a timeline\n\nBy Herald staff\n\nIt has been four weeks since fire tore through the Brookfield paper mill. Here is how the story has unfolded.\n\n**1958** - The Brookfield paper mill opens on the river.\n\n**March 10** - Fire tears through the mill.\n",
			"It has been", "", ""},
		{"2026-01-06", "Mill owner launches appeal: a timeline of the case\n\nBy Herald staff\n\nPapers were filed at the Court of Appeal on Monday, the owner's lawyer said.\n",
			"", "2026-01-05", "Papers were filed at the Court of Appeal"},
		{"2026-04-07", "A year after the Ashby floods: a timeline\n\nBy Herald staff\n\nIt is a year since the River Wend burst its banks. Here is how the town has recovered.\n\n**April 2** - The river bursts its banks.\n",
			"It is a year", "", ""},
	})
}
