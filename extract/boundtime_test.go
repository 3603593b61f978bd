package extract

import "testing"

// TestBoundTime: a time that dates a part of its sentence with no verb
// of the main clause dates nothing of that clause: the happening a clause
// in the present perfect is over or for when an attribution dates the
// news, a noun in a relative clause on the subject of a clause told in the
// present, what "before" or "until" takes, the date a thing is moved from,
// and a time set beside one left out. Look-alikes keep their date. Events
// on the publication day are left out of the check.
func TestBoundTime(t *testing.T) {
	for _, c := range []struct{ pub, text, date, title string }{
		// What the perfect is over or for; the attribution's day dates the news.
		{"2024-03-13", "Prosecutors have charged two brothers with arson over a blaze at a sawmill in January, police said on Tuesday.", "2024-03-12", "Prosecutors have charged two brothers with arson over a blaze at a sawmill, police said"},
		{"2024-03-13", "The winger has been suspended for four games for elbowing a defender during Saturday's cup tie, the league said on Monday.", "2024-03-11", "The winger has been suspended for four games for elbowing a defender during Saturday's cup tie"},
		// A noun's time in a relative clause on the subject of a present.
		{"2024-03-13", "Drivers who missed Friday's deadline are still waiting for their permits.", "", ""},
		{"2024-03-13", "Savers who sold at last year's low point have lost a third of their money.", "", ""},
		// What "before" or "until" takes.
		{"2024-03-13", "The defence has asked the judge to put off the case until after her surgery in June.", "", ""},
		{"2024-03-13", "The coach ran amateur sides in the 1980s before joining the national federation in 1994, the year the league was founded.", "", ""},
		// The date a thing is moved from.
		{"2024-03-13", "The club has moved the final from April 6 to April 13.", "", ""},
		// A participle phrase on the subject before a plain present ("remain").
		{"2024-03-13", "The three guards suspended last week remain off duty.", "2024-W10", "The three guards were suspended"},
		// The start of what a verb of calling names; a ranking's period.
		{"2024-03-13", "The union called a two-day walkout from 6 a.m. on April 2.", "", ""},
		{"2024-03-13", "Officials said the blaze had burned 12,000 hectares, making it the largest in the state this year.", "", ""},
		// A time in the end of a quote opened a sentence before; a past
		// year in a quote's clause told in the present.
		{"2024-03-13", "The growers fear the worst. \"They have bought from us for decades. We do not want to be dropped next year,\" one of them said.", "", ""},
		{"2024-03-13", "\"We want a deal, but not one that locks the club in 1990,\" the chairman said.", "", ""},
		{"2024-03-13", "\"We won the league here in 1998,\" the chairman said.", "1998", "The chairman said: \"We won the league here\""},
		// Look-alikes: no attribution; a time right after the verb; a
		// count of time after "for".
		{"2024-03-13", "The goalkeeper has been fined for a foul in the derby on Saturday.", "2024-03-09", "The goalkeeper has been fined for a foul in the derby"},
		{"2024-03-13", "A cyclist has died in hospital on Sunday after a crash, police said on Monday.", "2024-03-10", "A cyclist has died in hospital after a crash, police said"},
		// Look-alikes: a place after "before"; a past day after "before";
		// a range that is not moved.
		{"2024-03-13", "The three suspects are due before magistrates on Friday.", "2024-03-15", "The three suspects are due before magistrates"},
		{"2024-03-13", "The striker was arrested before the match on Saturday.", "2024-03-09", "The striker was arrested before the match"},
		{"2024-03-13", "The strike will run from April 6 to April 8.", "2024-04-06", "The strike will run from April 6 to April 8"},
	} {
		checkOffPubEvent(t, c.pub, c.text, c.date, c.title)
	}
}
