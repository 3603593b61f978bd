package extract

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

func doc(path, published, text string) Doc {
	d, err := timeline.ParseDate(published)
	if err != nil {
		panic(err)
	}
	return Doc{Article: timeline.Article{Path: path, Title: "Title of " + path, Published: d}, Text: text}
}

// find returns the events whose date is date.
func find(tl *timeline.Timeline, date string) []timeline.Event {
	var out []timeline.Event
	for _, e := range tl.Events {
		if e.Date.String() == date {
			out = append(out, e)
		}
	}
	return out
}

func articles(e timeline.Event) []string {
	var out []string
	for _, s := range e.Sources {
		out = append(out, s.Article)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestRelativeDates(t *testing.T) {
	// Each case: one article in our own words, the date of its event.
	tests := []struct {
		name, published, text, want string
		key                         bool
	}{
		{"bare weekday in past copy", "2024-03-14", "The two foreign ministers met on Tuesday in Hanoi.", "2024-03-12", true}, // the lead's news, two days before
		{"weekday equal to publication day", "2024-03-13", "North Korean leader Kim Jong Un and President Vladimir Putin met on Wednesday in a guarded villa.", "2024-03-13", true},
		{"early weekday", "2024-06-19", "Russian President Vladimir Putin arrived in Pyongyang early Wednesday for talks.", "2024-06-19", true},
		{"yesterday", "2023-09-14", "North Korean leader Kim Jong Un visited an aircraft plant yesterday, state media said.", "2023-09-13", true},
		{"last month", "2023-11-09", "The Kremlin denied the claims last month.", "2023-10", false},
		{"next month", "2024-06-18", "The alliance said next month's NATO summit in Washington would discuss Asia.", "2024-07", true},
		{"last week", "2024-06-18", "Last week, a senior US diplomat said Washington was watching closely.", "2024-W24", false},
		{"month name, no year", "2023-11-09", "Their ties deepened after a summit in September between Kim Jong Un and Vladimir Putin.", "2023-09", true},
		{"last September", "2024-06-19", "North Korean leader Kim Jong Un met President Vladimir Putin in the Russian Far East last September.", "2023-09", true},
		{"days ago", "2024-01-10", "North Korea fired a ballistic missile into the sea three days ago, Seoul said.", "2024-01-07", true},
		{"AP style date", "2024-01-10", "The envoy signed the accord on Nov. 8, 2023 in Tokyo.", "2023-11-08", true},
		{"day month year", "2024-01-10", "The envoy signed the accord on 8 November 2023 in Tokyo.", "2023-11-08", true},
		{"ISO date", "2024-01-10", "The envoy signed the accord on 2023-11-08 in Tokyo.", "2023-11-08", true},
		{"year", "2024-01-10", "President Vladimir Putin first visited Pyongyang in 2000.", "2000", true},
		{"month and year", "2024-01-10", "The two leaders met in April 2019 in Vladivostok.", "2019-04", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, _ := Extract([]Doc{doc("a.md", tt.published, tt.text)}, Options{})
			if len(tl.Events) != 1 {
				t.Fatalf("got %d events, want 1: %+v", len(tl.Events), tl.Events)
			}
			e := tl.Events[0]
			if got := e.Date.String(); got != tt.want {
				t.Errorf("date = %s, want %s (expression %q)", got, tt.want, e.Sources[0].Expression)
			}
			if e.Key != tt.key {
				t.Errorf("key = %v, want %v (%q)", e.Key, tt.key, e.Title)
			}
			if e.Sources[0].Sentence != tt.text {
				t.Errorf("sentence = %q, want the whole sentence", e.Sources[0].Sentence)
			}
		})
	}
}

func TestNoDateNoEvent(t *testing.T) {
	// Words that look like dates but are not, and expressions too vague
	// to place: none may make an event.
	text := "We may see more launches. Officials march on. The 2000 troops drove along Route 6 for 400 miles.\n" +
		"In recent weeks the allies have voiced concern.\n" +
		"\"We will decide today,\" the minister said."
	tl, _ := Extract([]Doc{doc("a.md", "2024-05-02", text)}, Options{})
	for _, e := range tl.Events {
		t.Errorf("unexpected event %s %q from %q", e.Date, e.Title, e.Sources[0].Expression)
	}
}

func TestNoise(t *testing.T) {
	text := "Kim Jong Un met Vladimir Putin at the cosmodrome on Wednesday.\n" +
		"Read More\nRead More\n" +
		"The leaders toured a launch pad on Wednesday, as engineers watched. / Photo: Agency\n" +
		"The leaders toured a launch pad on Wednesday, as engineers watched. / Photo: Agency\n" +
		"Loading...\nRoute 9\n"
	tl, _ := Extract([]Doc{doc("a.md", "2023-09-13", text)}, Options{})
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, "Photo") || strings.Contains(s.Sentence, "Read More") {
				t.Errorf("noise in sentence %q", s.Sentence)
			}
		}
	}
	n := 0
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, "launch pad") {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("the repeated caption is cited %d times, want once", n)
	}
}

// TestFurnitureLines: a live blog's call to follow it and a box of key
// points run into one line make no event; the entries of the blog do.
func TestFurnitureLines(t *testing.T) {
	text := "Follow the latest as ferrymen strike across Keswick on Friday.\n\n" +
		"9.05am: The first ferry of the day was cancelled.\n\n" +
		"Key points • 300 ferrymen walk out on Friday • Talks set for Monday\n"
	tl, _ := Extract([]Doc{doc("a.md", "2024-06-21", text)}, Options{})
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Title)
	}
	if !slices.Equal(got, []string{"The first ferry of the day was cancelled"}) {
		t.Errorf("titles %q, want only the blog's entry", got)
	}
}

func TestAliases(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2023-09-13", "Kim Jung-un of the DPRK met Vladimir Putin on Wednesday at the spaceport."),
		doc("b.md", "2023-09-14", "The DPRK leader Kim Jong Un and Putin met on Wednesday, while Anthony Blinken watched."),
		doc("c.md", "2024-06-19", "Karin Jean-Pierre said on Tuesday the trip was no surprise."),
	}
	tl, _ := Extract(docs, Options{Aliases: Aliases{"Vladimir Putin": {"Putin", "Vladimir Putin", "the Russian president"}}})
	meet := find(tl, "2023-09-13")
	if len(meet) != 1 {
		t.Fatalf("got %d events on 2023-09-13, want 1 merged: %+v", len(meet), meet)
	}
	for _, want := range []string{"Kim Jong Un", "Vladimir Putin", "North Korea"} {
		if !slices.Contains(meet[0].Actors, want) {
			t.Errorf("actors %v lack %q", meet[0].Actors, want)
		}
	}
	for _, bad := range []string{"Kim Jung-un", "DPRK", "Kim", "Putin"} {
		if slices.Contains(meet[0].Actors, bad) {
			t.Errorf("actors %v hold the alias %q", meet[0].Actors, bad)
		}
	}
	if got := articles(meet[0]); !slices.Equal(got, []string{"a.md", "b.md"}) {
		t.Errorf("sources %v, want a.md and b.md", got)
	}
	jp := find(tl, "2024-06-18")
	if len(jp) != 1 || !slices.Contains(jp[0].Actors, "Karine Jean-Pierre") {
		t.Errorf("Karin Jean-Pierre not folded into Karine Jean-Pierre: %+v", jp)
	}
}

func TestMergeAcrossArticles(t *testing.T) {
	docs := []Doc{
		doc("day.md", "2023-09-13", "Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome on Wednesday."),
		doc("next.md", "2023-09-14", "Putin and Kim met Wednesday in the Amur region. Russia on Thursday said the criticism was hypocritical."),
		doc("month.md", "2023-11-09", "Concern grew after Kim Jong Un's summit with Vladimir Putin in September."),
		doc("later.md", "2024-06-19", "Kim Jong Un met with Putin in Russia's Far East last September."),
		doc("other.md", "2023-09-20", "Kim Jong Un met Chinese officials on Monday."),
	}
	tl, _ := Extract(docs, Options{})
	meet := find(tl, "2023-09-13")
	if len(meet) != 1 {
		t.Fatalf("got %d events on 2023-09-13, want 1: %+v", len(meet), meet)
	}
	if got, want := articles(meet[0]), []string{"day.md", "later.md", "month.md", "next.md"}; !slices.Equal(got, want) {
		t.Errorf("merged event cites %v, want %v", got, want)
	}
	if !meet[0].Key {
		t.Error("the summit is not key")
	}
	if n := len(find(tl, "2023-09")); n != 0 {
		t.Errorf("%d month-level events left beside the day-level one", n)
	}
	if got := find(tl, "2023-09-14"); len(got) != 1 || got[0].Key {
		t.Errorf("the Thursday statement: %+v, want one minor event", got)
	}
	if got := find(tl, "2023-09-18"); len(got) != 1 {
		t.Errorf("a meeting with other people must stay apart: %+v", got)
	}
}

// TestPossessiveFollowUp: a follow-up that dates a claim and names the
// happening it claims by a possessive date ("on Wednesday claimed ... for
// Tuesday's bombing at a Kabul market") adds a report to that happening,
// told by the noun phrase, not by the claim's words ("has claimed several
// attacks in Kabul this year" is no report of the bombing); the claim stays
// an event of its own day.
func TestPossessiveFollowUp(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-06-12", "A suicide bomber blew himself up in a crowded market in the Afghan capital on Tuesday, killing at least 14 people and wounding 40, police said."),
		doc("b.md", "2024-06-11", "An explosion tore through a busy market in central Kabul on Tuesday, killing at least 14 people, a police spokesman said. The Red Hand group has claimed several attacks in Kabul this year."),
		doc("c.md", "2024-06-12", "The Red Hand group on Wednesday claimed responsibility for Tuesday's suicide bombing at a Kabul market that killed 14 people."),
	}
	tl, _ := Extract(docs, Options{})
	var bomb *timeline.Event
	for i, e := range tl.Events {
		for _, s := range e.Sources {
			if s.Article == "c.md" && s.Value == "2024-06-11" {
				bomb = &tl.Events[i]
			}
		}
	}
	if bomb == nil {
		t.Fatalf("no event holds c.md's Tuesday: %+v", tl.Events)
	}
	joined := false
	for _, s := range bomb.Sources {
		if strings.Contains(s.Sentence, "claimed several attacks") {
			t.Errorf("the bombing holds the group's earlier claims: %+v", bomb.Sources)
		}
		joined = joined || strings.HasPrefix(s.Sentence, "An explosion tore")
	}
	if !joined {
		t.Errorf("the bombing of c.md does not join b.md's report of it: %+v", bomb.Sources)
	}
	if claim := find(tl, "2024-06-12"); len(claim) != 1 || !slices.Contains(articles(claim[0]), "c.md") {
		t.Errorf("the claim: %+v, want one event citing c.md", claim)
	}
}

func TestFirstInYears(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-06-18", "Russian President Vladimir Putin began his first visit to North Korea in 24 years on Tuesday."),
		doc("b.md", "2024-06-19", "Putin first visited North Korea in 2000, when he met Kim Jong Il."),
	}
	tl, _ := Extract(docs, Options{})
	prev := find(tl, "2000")
	if len(prev) != 1 {
		t.Fatalf("got %d events in 2000, want 1: %+v", len(prev), tl.Events)
	}
	if got := articles(prev[0]); !slices.Equal(got, []string{"a.md", "b.md"}) {
		t.Errorf("the 2000 visit cites %v, want both articles", got)
	}
	for _, s := range prev[0].Sources {
		if s.Value != "2000" {
			t.Errorf("source %s value %q, want 2000", s.Article, s.Value)
		}
	}
	if visit := find(tl, "2024-06-18"); len(visit) != 1 || !visit[0].Key {
		t.Errorf("the 2024 visit: %+v", visit)
	}
}

func TestSpan(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-06-19", "Officials earlier said Putin will pay a two-day visit to North Korea from Tuesday.\nPutin arrived in North Korea early Wednesday."),
	}
	tl, _ := Extract(docs, Options{})
	if len(tl.Events) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(tl.Events), tl.Events)
	}
	e := tl.Events[0]
	if e.Date.String() != "2024-06-18" || e.End.String() != "2024-06-19" {
		t.Errorf("span %s..%s, want 2024-06-18..2024-06-19", e.Date, e.End)
	}
}

func TestDeterministic(t *testing.T) {
	docs := []Doc{
		doc("b.md", "2023-09-14", "Putin and Kim met Wednesday in the Amur region. Kirby said on Wednesday the US was concerned."),
		doc("a.md", "2023-09-13", "Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome on Wednesday."),
	}
	first, _ := Extract(docs, Options{})
	b1, _ := json.Marshal(first)
	slices.Reverse(docs)
	second, _ := Extract(docs, Options{})
	b2, _ := json.Marshal(second)
	if string(b1) != string(b2) {
		t.Errorf("input order changed the output:\n%s\n%s", b1, b2)
	}
	ids := map[string]bool{}
	for _, e := range first.Events {
		if ids[e.ID] {
			t.Errorf("id %s twice", e.ID)
		}
		ids[e.ID] = true
		if e.ID != slug(e.ID) {
			t.Errorf("id %q is not URL-safe", e.ID)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "Maj. Gen. Pat Doe spoke on Sept. 13 in the U.S. capital. He left. \"Good,\" she said. It cost 1.5 billion."
	var got []string
	for _, s := range sentences(text) {
		got = append(got, text[s.start:s.end])
	}
	want := []string{"Maj. Gen. Pat Doe spoke on Sept. 13 in the U.S. capital.", "He left.", "\"Good,\" she said.", "It cost 1.5 billion."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences =\n%q\nwant\n%q", got, want)
	}
}

func TestUnsafeArticleURL(t *testing.T) {
	for _, u := range []string{"javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "//evil.example/x", "ftp://x.example/"} {
		d := doc("a.md", "2024-03-14", "The two foreign ministers met on Tuesday in Hanoi.")
		d.Article.URL = u
		tl, diags := Extract([]Doc{d}, Options{})
		if tl.Articles[0].URL != "" || tl.Events[0].Sources[0].URL != "" {
			t.Errorf("URL %q kept: %+v", u, tl.Articles[0])
		}
		if len(diags) == 0 {
			t.Errorf("URL %q dropped without a diagnostic", u)
		}
	}
	d := doc("a.md", "2024-03-14", "The two foreign ministers met on Tuesday in Hanoi.")
	d.Article.URL = "https://news.example/a"
	if tl, _ := Extract([]Doc{d}, Options{}); tl.Events[0].Sources[0].URL != "https://news.example/a" {
		t.Errorf("https URL lost")
	}
}

func TestCoreference(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2024-01-10", "President Vladimir Putin first visited Pyongyang on 19 July 2000."),
		doc("b.md", "2019-04-24", "Putin knows the family well. In July 2000, shortly after taking office, he flew to Pyongyang for talks with Kim Jong Il."),
		doc("c.md", "2023-09-14", "North Korean leader Kim Jong Un and President Vladimir Putin, who held talks at the cosmodrome a day earlier, have said little since."),
		doc("d.md", "2023-09-13", "North Korean leader Kim Jong Un met President Vladimir Putin on Wednesday."),
		doc("e.md", "2023-11-10", "Secretary of State Antony Blinken, who flew on to Seoul, told reporters there on Thursday that the ties were dangerous."),
	}
	tl, _ := Extract(docs, Options{})
	if got := find(tl, "2000-07-19"); len(got) != 1 || !slices.Equal(articles(got[0]), []string{"a.md", "b.md"}) {
		t.Errorf("'he flew' in July 2000 should join Putin's visit of 19 July 2000: %+v", tl.Events)
	}
	if n := len(find(tl, "2000-07")); n != 0 {
		t.Errorf("%d month-level events left in July 2000", n)
	}
	meet := find(tl, "2023-09-13")
	if len(meet) != 1 || !slices.Equal(articles(meet[0]), []string{"c.md", "d.md"}) {
		t.Errorf("the relative clause 'who held talks ... a day earlier' should join the meeting: %+v", meet)
	}
	if got := find(tl, "2023-11-09"); len(got) != 1 || !strings.HasPrefix(got[0].Title, "Secretary of State Antony Blinken told reporters") {
		t.Errorf("the clause after a relative clause keeps its subject: %+v", got)
	}
}

func TestSameBodyStatement(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2023-11-10", "The Group of Seven foreign ministers criticised the arms transfers on Nov. 8."),
		doc("b.md", "2024-03-29", "The Group of Seven had condemned the transfers in a statement on Nov. 8, 2023."),
		doc("c.md", "2023-11-10", "The United States said on Nov. 8 it was worried. Russia said on Nov. 8 it was not."),
	}
	tl, _ := Extract(docs, Options{})
	var g7, other int
	for _, e := range find(tl, "2023-11-08") {
		if slices.Contains(e.Actors, "G7") {
			g7++
			if got := articles(e); !slices.Equal(got, []string{"a.md", "b.md"}) {
				t.Errorf("G7 statement cites %v", got)
			}
		} else {
			other++
		}
	}
	if g7 != 1 || other != 2 {
		t.Errorf("got %d G7 and %d other statements, want 1 merged G7 statement and 2 separate country statements", g7, other)
	}
}

func TestFirstSince(t *testing.T) {
	docs := []Doc{doc("a.md", "2024-06-20", "It was President Vladimir Putin's first trip to North Korea since 19 July 2000.")}
	tl, _ := Extract(docs, Options{})
	got := find(tl, "2000-07-19")
	if len(got) != 1 || !strings.HasPrefix(got[0].Title, "Previous") {
		t.Errorf("'first trip since 19 July 2000' should date the previous trip: %+v", tl.Events)
	}
}

func TestDayAfterIsNotGuessed(t *testing.T) {
	// "A day after X, Y on Wednesday": Y is dated; X is not given a date of
	// its own from the offset, which copy often gets wrong across time zones.
	// Y, a statement the lead dates the day before the article came out,
	// is the article's news and key (yesterdaysNews).
	docs := []Doc{doc("a.md", "2023-09-14", "A day after a high-profile meeting between the two leaders, Washington on Wednesday voiced concern about the talks.")}
	tl, _ := Extract(docs, Options{})
	if len(tl.Events) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(tl.Events), tl.Events)
	}
	e := tl.Events[0]
	if e.Date.String() != "2023-09-13" || !e.Key || e.Sources[0].Expression != "Wednesday" {
		t.Errorf("event = %s key=%v from %q, want the statement of 2023-09-13", e.Date, e.Key, e.Sources[0].Expression)
	}
}

func TestTitles(t *testing.T) {
	tests := []struct{ published, text, want string }{
		{"2019-04-24", "Putin knows the family well. In July 2000, shortly after taking office, he flew to Pyongyang for talks.",
			"Shortly after taking office, Vladimir Putin flew to Pyongyang for talks"},
		{"2019-04-24", "The summit comes only two months after a meeting with US President Donald Trump broke up in Hanoi in February.",
			"A meeting with US President Donald Trump broke up in Hanoi"},
		{"2024-06-18", "The alliance said next month's NATO summit in Washington would discuss Asia.", "NATO summit in Washington"},
		{"2023-09-12", "\"We are watching closely,\" State Department spokesman Matthew Miller said during a briefing on Tuesday.",
			"State Department spokesman Matthew Miller said during a briefing: \"We are watching closely\""},
	}
	for _, tt := range tests {
		tl, _ := Extract([]Doc{doc("a.md", tt.published, tt.text)}, Options{})
		if len(tl.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tt.text, len(tl.Events))
			continue
		}
		if got := tl.Events[0].Title; got != tt.want {
			t.Errorf("title of %q\n = %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestTwoDatesOneClause(t *testing.T) {
	docs := []Doc{doc("a.md", "2024-06-21", "South Korea said yesterday that it would review its policy after the treaty that Vladimir Putin and Kim Jong Un signed in Pyongyang on Wednesday.")}
	tl, _ := Extract(docs, Options{})
	said, signed := find(tl, "2024-06-20"), find(tl, "2024-06-19")
	if len(said) != 1 || len(signed) != 1 {
		t.Fatalf("events %+v, want the statement of 2024-06-20 and the signing of 2024-06-19", tl.Events)
	}
	if !signed[0].Key || signed[0].Title != "Vladimir Putin and Kim Jong Un signed in Pyongyang" {
		t.Errorf("signing = %q key=%v", signed[0].Title, signed[0].Key)
	}
}

func TestRanges(t *testing.T) {
	tests := []struct{ published, text, date, end string }{
		{"2024-06-19", "North Korean leader Kim Jong Un hosts President Vladimir Putin for talks from Tuesday to Thursday in Pyongyang.", "2024-06-18", "2024-06-20"},
		{"2024-06-21", "President Vladimir Putin and North Korean leader Kim Jong Un held talks between June 18 and June 19.", "2024-06-18", "2024-06-19"},
		{"2024-06-21", "President Vladimir Putin met North Korean leader Kim Jong Un on June 18, and again on June 19.", "2024-06-18", ""},
		{"2024-06-21", "The June 18-19 state visit by President Vladimir Putin ended with a banquet.", "2024-06-18", "2024-06-19"},
		{"2023-09-20", "The Eastern Economic Forum summit ran from 10 to 13 September 2023 in Vladivostok.", "2023-09-10", "2023-09-13"},
	}
	for _, tt := range tests {
		tl, _ := Extract([]Doc{doc("a.md", tt.published, tt.text)}, Options{})
		if len(tl.Events) != 1 {
			t.Errorf("%q: %d events, want 1: %+v", tt.text, len(tl.Events), tl.Events)
			continue
		}
		e := tl.Events[0]
		if e.Date.String() != tt.date || e.End.String() != tt.end {
			t.Errorf("%q: %s..%s, want %s..%s", tt.text, e.Date, e.End, tt.date, tt.end)
		}
		if tt.end != "" && strings.ContainsAny(e.Title, "0123456789") {
			t.Errorf("%q: title %q keeps a piece of the date", tt.text, e.Title)
		}
	}
}

func TestPronounInSameSentence(t *testing.T) {
	docs := []Doc{doc("a.md", "2023-09-12", "North Korean leader Kim Jong Un is on his way. President Vladimir Putin is in Vladivostok for a forum, where he gave his main speech on Tuesday.")}
	tl, _ := Extract(docs, Options{})
	if len(tl.Events) != 1 {
		t.Fatalf("events: %+v", tl.Events)
	}
	e := tl.Events[0]
	if !slices.Equal(personsOf(e), []string{"Vladimir Putin"}) || !strings.HasPrefix(e.Title, "Vladimir Putin gave his main speech") {
		t.Errorf("'where he gave his speech' is Putin's: actors %v, title %q", e.Actors, e.Title)
	}
}

// TestPronounStorySubject: a "he" or "she" whose person the name lists do
// not know is named in the title by the subject of the sentences before:
// past a sentence whose subject is no name ("The Croatian beat Sofia
// Alvarez": she is no subject), a pronoun subject, a time before the
// pronoun, and a surname alone ("Barrow moved"), and past a sentence
// that names someone else only by a role ("Dr. Tom Berg"); a "his" that
// opens the title too; never by an organisation's run of capitals ("West
// Yorkshire Police").
func TestPronounStorySubject(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Two years ago, Mila Kovac lost in the first round of qualifying. On Saturday she walked off Centre Court as champion. " +
			"The Croatian beat Sofia Alvarez in three sets. She will rise to No. 6 in the world rankings on Monday.",
			"Mila Kovac lost in the first round of qualifying|Mila Kovac walked off Centre Court as champion|Mila Kovac will rise to No. 6 in the world rankings"},
		{"Daniel Crow, 38, spoke only to confirm his name. He will appear at Leeds Crown Court on Friday.",
			"Daniel Crow will appear at Leeds Crown Court"},
		{"Miles Barrow, the trumpeter, lived in New Orleans. His daughter said he was a gentle man. Born in Baton Rouge, Barrow moved to New York at 19. He won three Grammy Awards in 2004.",
			"Miles Barrow won three Grammy Awards"},
		{"A woman was found dead, West Yorkshire Police said. Police named the woman. He will appear in court on Friday.",
			"He will appear in court"},
		// "His" that opens a sentence is the subject's before, after a
		// title's abbreviation too; not that of a statement's speaker,
		// whose "he" may be the man the statement tells of.
		{"Capt. Tom Berg, the skipper held for five days, came home on Friday to a crowd of neighbours. His boat was towed into Keswick harbour on Saturday.",
			"Capt. Tom Berg, the skipper held for five days, came home to a crowd of neighbours|Tom Berg's boat was towed into Keswick harbour"},
		{"Lt. Ana Ruiz said Tom Berg joined the crew in 2001. He was promoted in 2005.",
			"Tom Berg joined the crew, Lt. Ana Ruiz said|He was promoted"},
		// A sentence before that names someone the lists know only by a
		// role ("Dr. Tom Berg") is no sign of whom "she" is.
		{"Mara Velde told Dr. Tom Berg about the crash on Sunday. She was taken to hospital in Keswick on Monday.",
			"Mara Velde told Dr. Tom Berg about the crash|Mara Velde was taken to hospital in Keswick"},
	} {
		got := titlesInOrder("2025-07-14", c.text)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: titles %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPronounAfterSpeakerOrPersonNoun: a "He said" after a quotation
// its speaker closed is that speaker's (the full name a role opened
// before); a "he" after a sentence opening on "The man" is the man; a
// company that spoke is the "It" that speaks again.
func TestPronounAfterSpeakerOrPersonNoun(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Two hikers were rescued on Sunday, Fire Chief Rona Telk said. \"They were lucky,\" Telk told reporters. He said it was unclear whether the hikers had a map on Saturday.",
			"Rona Telk said it was unclear whether the hikers had a map|Two hikers were rescued, Fire Chief Rona Telk said"},
		// (Not what happened to someone after the quotation.)
		{"A fisherman was pulled from the lake, Fire Chief Rona Telk said. \"We got to him in time,\" Telk told reporters. He was flown to hospital on Monday.",
			"He was flown to hospital"},
		{"The man, 52, gave himself up on Tuesday after a six-hour standoff. He had lost his job at the plant in March.",
			"The man had lost his job at the plant|The man, 52, gave himself up after a six-hour standoff"},
		{"The man, 52, gave himself up on Tuesday after a six-hour standoff. She had lost her job at the plant in March.",
			"She had lost her job at the plant|The man, 52, gave himself up after a six-hour standoff"},
		// (What is told in the past perfect, far from the telling, is not
		// titled by the telling: with no title of its own, "Its board had
		// examined the complaint", the May examination gives no event;
		// titleAboveTime.)
		{"Norvale said on Tuesday that the claims were false. It said its board had examined the complaint in May.",
			"Norvale said that the claims were false"},
	} {
		got := titlesInOrder("2025-07-14", c.text)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: titles %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPronounWeakerSource: a title left with a "he" no sentence before
// names is the weaker source of its event: the article that names him
// titles it, though it comes later.
func TestPronounWeakerSource(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2025-11-12", "A man accused of murder was remanded in custody on Wednesday. He will appear at Leeds Crown Court on Friday."),
		doc("b.md", "2025-11-13", "Police charged a man with murder on Sunday. Daniel Crow will appear at Leeds Crown Court on Friday."),
	}
	tl, _ := Extract(docs, Options{})
	got := find(tl, "2025-11-14")
	if len(got) != 1 || len(got[0].Sources) != 2 || !strings.HasPrefix(got[0].Title, "Daniel Crow will appear") {
		t.Errorf("want the hearing of both articles titled by Daniel Crow, got %+v", got)
	}
}

// TestWhereClauseDate: a relative clause opened by "where" without a comma
// carries its own date, not its sentence's: "the warehouse where he was
// fired last week" leaves the arrest of Tuesday dated by Tuesday, titled
// without the clause, not a week titled "A man was fired was arrested".
func TestWhereClauseDate(t *testing.T) {
	tl, _ := Extract([]Doc{doc("a.md", "2024-06-19", "A man who shot two managers at the Keswick warehouse where he was fired last week was arrested on Tuesday, police said.")}, Options{})
	if len(tl.Events) != 1 {
		t.Fatalf("want one event, got %+v", tl.Events)
	}
	e := tl.Events[0]
	if e.Date.Gran != timeline.Day || e.Title != "A man who shot two managers at the Keswick warehouse was arrested, police said" {
		t.Errorf("got %s %q", e.Date, e.Title)
	}
}

// TestFilePhotoCaption checks that a file photo's caption is neither an
// event nor the time the story's bare times anchor on: "shortly after 10
// a.m." after "In this Sept. 5, 2019 file photo, ..." is the day of the
// bombing the lead dates, not a day of 2019.
func TestFilePhotoCaption(t *testing.T) {
	text := "NAIROBI, Kenya (AP) — A bomb tore through a crowded market in the Kenyan capital on Saturday, killing at least 12 people, police said.\n\n" +
		"FILE - In this Sept. 5, 2019 file photo, a man walks past the Gikomba market in Nairobi, Kenya. (AP Photo/Ben Curtis)\n\n" +
		"The blast happened shortly after 10 a.m., when the market was packed with shoppers, police spokesman Charles Owino told reporters.\n"
	tl, _ := Extract([]Doc{doc("a.md", "2024-06-15", text)}, Options{})
	for _, e := range tl.Events {
		if strings.HasPrefix(e.Date.String(), "2019") {
			t.Errorf("an event of the file photo's date: %q %s", e.Title, e.Date)
		}
	}
	got := find(tl, "2024-06-15")
	if len(got) != 1 || len(got[0].Sources) != 2 {
		t.Errorf("want the bombing of 2024-06-15 with its 2 sentences, got %+v", tl.Events)
	}
}

// TestHandoutCaption checks that a handout photo's caption ("In this photo
// provided by ..., ... (... via AP)") is no event.
func TestHandoutCaption(t *testing.T) {
	text := "About 45,000 dockworkers walked off the job at ports from Maine to Texas on Tuesday.\n\n" +
		"In this photo provided by the Port Authority, striking workers picket outside the container terminal in Newark, N.J., Tuesday, Sept. 30, 2025. (Port Authority via AP)\n"
	tl, _ := Extract([]Doc{doc("a.md", "2025-09-30", text)}, Options{})
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, "photo") {
				t.Errorf("the caption is a source of %s %q", e.Date, e.Title)
			}
		}
	}
}

// TestSplitCreditCaption checks that a caption whose agency credit the
// splitter put in a sentence of its own ("... May 28, 2025."
// "REUTERS/Priyanshu Singh") is no event either.
func TestSplitCreditCaption(t *testing.T) {
	text := "Temperatures in New Delhi soared to a record 49.9 degrees Celsius on Wednesday, the weather office said.\n\n" +
		"Women cover their heads to protect themselves from the sun on a hot summer day in New Delhi, India, May 28, 2025. REUTERS/Priyanshu Singh\n"
	tl, _ := Extract([]Doc{doc("a.md", "2025-05-28", text)}, Options{})
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, "Women cover") {
				t.Errorf("the caption is a source of %s %q", e.Date, e.Title)
			}
		}
	}
	if len(tl.Events) != 1 {
		t.Errorf("want the record heat alone, got %+v", tl.Events)
	}
}

// TestSpanEnd checks that a date that ends a span ("remanded in custody
// until April 2", "through 2012") dates nothing, and that one a denial or
// a "when" clause makes the time of a happening still does ("could not be
// rescued until the next morning", "at large until Dec. 7, when he was
// found").
func TestSpanEnd(t *testing.T) {
	checkEventDates(t, "2026-03-17", []dateCase{
		{"The three men were remanded in custody until April 2.", ""},
		{"The measures aim to save $40 billion through 2027.", ""},
		{"The harbour board said the quay would stay closed until at least 7am on Friday.", ""},
		{"The climbers could not be rescued until Sunday morning.", "2026-03-15"},
		{"He was at large until March 12, when he was found at a north Houston business.", "2026-03-12"},
		// "before" a time that is no deadline's: near it, or within a
		// period before its end.
		{"Shelves could be empty before Easter if the strike drags on.", ""},
		{"The guard died shortly before midnight on Friday.", "2026-03-13"},
		{"The firm promised a new release before the end of the month.", "2026-03"},
		// A denied "before" is still a bound: the trial is in 2027 or
		// later, no year the clause tells.
		{"A retrial is not expected before 2028, lawyers said.", ""},
	})
}

// TestAccountingPeriod checks that a year naming the period figures cover
// (before "results", after "for" and a profit or an amount of money) and
// the time of a comparison's figure date no clause, and that a year the
// clause tells of still does.
func TestAccountingPeriod(t *testing.T) {
	checkEventDates(t, "2026-03-17", []dateCase{
		{"The bakery chain made an operating profit of €31m for 2024.", ""},
		{"The insurer will restate its accounts for 2023 and 2024 after a review.", ""},
		{"The retailer finally released its 2025 results on Monday.", "2026-03-16"},
		{"Turnover for 2024 rose to $8bn, up from $7.1bn a year earlier.", ""},
		{"The brewer shut two plants in 2024 and cut 400 jobs.", "2024"},
		{"The fund raised $2bn in 2025 from pension schemes.", "2025"},
		// A plan's or a forecast's year is the period it covers; the
		// clause's other time dates it, and a year right before that
		// time is no list the time ends.
		{"The county board approved its budget for 2027 on Monday.", "2026-03-16"},
		{"The miner said it would revise its output guidance for 2026 next month.", "2026-04"},
		{"The airline cut its profit forecast for 2026.", ""},
		// The end of a span the figures cover.
		{"The company reported a record profit for the year to June.", ""},
		{"Sales in the six months ended September 30 rose by a fifth.", ""},
		// Each year of a list before the noun names its period too; a
		// year opening the sentence, or a list after no determiner, is
		// the clause's time.
		{"The regulator questioned the firm that audited the 2021, 2022 and 2023 accounts of the lender.", ""},
		{"The chain delayed its 2024 and 2025 results again.", ""},
		{"In 2023, profits at the chain fell by half.", "2023"},
		{"In 2021 and 2022 the chain closed 40 stores.", "2021"},
		// "fiscal" with its year is one expression; before a noun of
		// figures it still names the period.
		{"Investors said fiscal 2027 earnings would suffer from the tariffs.", ""},
	})
}

// TestRankingPeriod checks that the year a superlative ranks a thing in
// ("the most streamed artist of 2022") dates no clause, and that a
// happening ranked in its year keeps that year.
func TestRankingPeriod(t *testing.T) {
	checkEventDates(t, "2026-03-17", []dateCase{
		{"The trial of the singer, the most streamed artist of 2022, opened in Madrid.", ""},
		{"Its biggest customer of 2025 cancelled the order on Monday.", "2026-03-16"},
		{"The deadliest storm of 2019 killed 40 people.", "2019"},
	})
}

// TestOpeningPhraseTime checks that the time of a participle phrase that
// opens a sentence dates no clause when the clause after its comma has a
// time of its own, and that a clause whose subject a relative clause took
// ("X, who ..., postponed ... last month, moving ...") keeps its time.
func TestOpeningPhraseTime(t *testing.T) {
	checkEventDates(t, "2026-03-17", []dateCase{
		{"Elected in 2019, the mayor resigned on Tuesday.", "2026-03-17"},
		{"Arrested on Monday, the driver was charged on Wednesday.", "2026-03-11"},
		{"Built in 1932, the bridge was closed last month.", "2026-02"},
		{"The singer, who was not in court on Monday, cancelled three concerts last month, moving the first from May 2 to June 9.", "2026-02"},
	})
}

// TestRankedPerson checks that a time naming a person by a contest ("last
// year's winner", "the 2019 champion") dates nothing, while the clause's
// own time and a year that names a happening still do.
func TestRankedPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Last year's winner returned to the track on Sunday.", []string{"2026-03-15"}},
		{"The 2019 champion withdrew from the tournament on Monday.", []string{"2026-03-16"}},
		{"Last year's race drew 40,000 runners.", []string{"2025"}},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2026-03-17", c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String())
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: events of %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNamedInstrument checks that a year that opens the name of a treaty
// or a law after "the" dates no clause, and that a year before another
// name (a happening of that year) still does.
func TestNamedInstrument(t *testing.T) {
	checkEventDates(t, "2026-03-17", []dateCase{
		{"The court ruled that the boy must go back under the 1993 Adoption Convention.", ""},
		{"Lawyers cited the 1974 Trade Act in their filing.", ""},
		{"Italy hosted the 1990 World Cup in twelve cities.", "1990"},
		// A year that closes the name, after its noun with a capital
		// ("the Companies Act 2006"), is the name's as well.
		{"Ministers may act under the Water Resources Act 1991 to stop the pumping.", ""},
		{"The charity was warned under the Charities Act 2011, the regulator said.", ""},
		{"Parliament passed the act in 2011.", "2011"},
	})
}

// TestAttributionClosedByTime checks that an attribution closed by its own
// time (", the Coast Guard said Friday") leaves the happening it reports
// its kind, and dates no event of its own.
func TestAttributionClosedByTime(t *testing.T) {
	a := doc("a.md", "1999-11-27", "A boy was rescued on Thursday after he was found clinging to an inner tube off the coast, the Coast Guard said Friday.")
	tl, _ := Extract([]Doc{a}, Options{})
	if len(tl.Events) != 1 {
		t.Fatalf("got %d events, want the rescue only: %+v", len(tl.Events), tl.Events)
	}
	if e := tl.Events[0]; e.Date.String() != "1999-11-25" || strings.Contains(e.ID, "statement") {
		t.Errorf("got %s %s %q, want the rescue of Thursday 1999-11-25, no statement", e.Date, e.ID, e.Title)
	}
}

// TestFirstOfNoNamedKind checks that "the first ... in 41 years" after a
// verb of saying, and "the first ... since 1987" of no kind the
// vocabulary names, date no earlier happening, as "the first visit since
// 2000" does (TestFirstSince).
func TestFirstOfNoNamedKind(t *testing.T) {
	for _, c := range []struct{ published, text string }{
		{"2009-06-12", "The World Health Organization declared a flu pandemic on Thursday, the first global flu epidemic in 41 years."},
		{"2024-07-13", "Hale, 27, had been bidding to become the first British woman to win the title since 1987."},
	} {
		tl, _ := Extract([]Doc{doc("a.md", c.published, c.text)}, Options{})
		for _, e := range tl.Events {
			if e.Date.Year != 2009 && e.Date.Year != 2024 {
				t.Errorf("%q: an event of %s %q", c.text, e.Date, e.Title)
			}
		}
	}
}

// TestOrDays checks that "late Tuesday or early Wednesday" dates its
// happening to the span of the two days, not to the first alone.
func TestOrDays(t *testing.T) {
	a := doc("a.md", "2022-11-08", "The count of the mail-in ballots will end late Tuesday or early Wednesday, officials said.")
	tl, _ := Extract([]Doc{a}, Options{})
	for _, e := range tl.Events {
		if e.Date.String() == "2022-11-08" && e.End.String() != "2022-11-09" {
			t.Errorf("%q dated %s to %s, want 2022-11-08 to 2022-11-09", e.Title, e.Date, e.End)
		}
	}
	if len(tl.Events) == 0 {
		t.Error("no event")
	}
}

// TestLabelledCaption checks that a caption that opens with its label
// ("Pictured:", "Image:", "PHOTO CAPTION:"), or a desk's note about the
// article ("Correction, March 4: An earlier version of this story ..."),
// is no event.
func TestLabelledCaption(t *testing.T) {
	for _, caption := range []string{
		"Pictured: Nurses march past the hospital gates in Keswick on Monday morning. Photograph: Lakes Daily",
		"Image: The ferry at its berth in Keswick on Monday. Credit: Lakes Ferries",
		"PHOTO CAPTION: A nurse leaves the hospital in Keswick on Monday. (Lakes Daily photo)",
		"Pictured above: Nurses march in Keswick on Monday.",
		// A desk's note about the article is no event either.
		"Correction, March 4: An earlier version of this story misstated when the nurses in Keswick on Monday began their walkout.",
		"UPDATE, March 4, 6 p.m.: This article has been updated with the number of nurses who walked out in Keswick on Monday.",
	} {
		text := "Nurses at Keswick General Hospital walked out on Monday in a dispute over staffing, their union said.\n\n" + caption + "\n"
		tl, _ := Extract([]Doc{doc("a.md", "2025-03-04", text)}, Options{})
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if strings.Contains(s.Sentence, "Keswick on Monday") {
					t.Errorf("the caption %q is a source of %s %q", caption, e.Date, e.Title)
				}
			}
		}
	}
}

// TestAttributionDatesUndatedClause checks that an attribution's time
// still dates a clause whose only other date names a noun ("detained a
// man over last week's bombing, officials said Saturday").
func TestAttributionDatesUndatedClause(t *testing.T) {
	a := doc("a.md", "1998-08-16", "Pakistani authorities have detained a man suspected of involvement in last week's bombing of the embassy, officials said Saturday.")
	tl, _ := Extract([]Doc{a}, Options{})
	if len(find(tl, "1998-08-15")) == 0 {
		t.Errorf("no event of Saturday 1998-08-15: %+v", tl.Events)
	}
}

// TestFiledOn checks that a wire dispatch's relative dates count from the
// day its dateline gives, when it was published a day or two later, and
// not from a dateline's day that is no such day.
func TestFiledOn(t *testing.T) {
	for _, tc := range []struct {
		pub, text, want string
	}{
		{"1998-08-08", "NAIROBI, Kenya, Aug. 7 (Xinhua) -- A bomb exploded near the embassy here today, killing 20 people, police said.", "1998-08-07"},
		{"2012-04-13", "HOUSTON, April 12 (Reuters) - The burning rig sank into the sea today, two days after the blast.", "2012-04-12"},
		{"1998-08-08", "NAIROBI, Kenya (AP) -- A bomb exploded near the embassy here today, killing 20 people, police said.", "1998-08-08"},
		{"1998-08-08", "NAIROBI, Kenya, July 7 (Xinhua) -- A bomb exploded near the embassy here today, killing 20 people, police said.", "1998-08-08"},
	} {
		d := doc("a.md", tc.pub, tc.text)
		tl, _ := Extract([]Doc{d}, Options{})
		got := ""
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				if s.Expression == "today" {
					got = e.Date.String()
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q published %s: today is %q, want %s", tc.text, tc.pub, got, tc.want)
		}
	}
}

// TestParticipleDate checks that the time of a participle phrase after a
// noun ("seized by pirates this week") dates the seizure, not the clause,
// whose own time comes later.
func TestParticipleDate(t *testing.T) {
	for _, tc := range []struct{ text, want, title string }{
		{"A ferry seized by rebels this week docked at Port Lemi on Thursday, a harbour official said.", "2015-03-19", "A ferry docked at Port Lemi, a harbour official said"},
		{"The ferry Osprey, freed by rebels last week after two months in captivity, reached Port Lemi on Sunday.", "2015-03-15", ""},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2015-03-20", tc.text)}, Options{})
		if len(tl.Events) != 1 || tl.Events[0].Date.String() != tc.want || tc.title != "" && tl.Events[0].Title != tc.title {
			for _, e := range tl.Events {
				t.Logf("%s %q", e.Date, e.Title)
			}
			t.Errorf("%q: want one event of %s %q", tc.text, tc.want, tc.title)
		}
	}
}

// TestReportSourceDate checks that a time in the "according to" phrase
// that names the paper the news was read in dates no event when another
// time of its sentence dates the news: the filing of the paper is no
// happening a title tells ("A police report released").
func TestReportSourceDate(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the events' dates
	}{
		{"The courier was detained on Friday after guards found cash in his van, according to a police report released on Wednesday.", []string{"2024-05-03"}},
		{"The firm learned of the leak in March, according to a timeline its lawyers sent to the court on Tuesday.", []string{"2024-03"}},
		{"According to a report released on Monday, the courier was seen at the depot on April 30.", []string{"2024-04-30"}},
		// With no other time in its sentence, the paper's time dates the
		// news it carries, as "officials said Monday" would.
		{"The courier had driven the route for years, according to a complaint unsealed Monday.", []string{"2024-05-06"}},
		// Set off by a comma, the time is the clause's own again.
		{"The bridge was shut in April, according to the mayor, and reopened on Wednesday.", []string{"2024-04", "2024-05-08"}},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-05-09", c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String())
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: events of %v, want %v", c.text, got, c.want)
		}
	}
}

// TestItNamedBySubjectBefore checks that a title opening on "It" and a
// verb of its own is named by the noun phrase that opened the sentence
// before, and that an empty "It", or one after several, stays.
func TestItNamedBySubjectBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // a title among the events'
	}{
		{"The bakery opened a second shop in March. It closed the first one in May, the owners said.", "The bakery closed the first one, the owners said"},
		{"The audit, ordered by the council, found gaps in the books. It began on April 2, according to the minutes.", "The audit began, according to the minutes"},
		{"The owners sold the bakery in March. It reopened on April 2 under a new name.", "It reopened under a new name"},
		{"The bakery opened a second shop in March. It was not clear on Monday whether it would stay open.", "It was not clear whether it would stay open"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-05-09", c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Title)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: titles %q, want %q among them", c.text, got, c.want)
		}
	}
}

// TestAsideParticipleDate checks that a time closing a participle's aside
// on the subject dates no event when another date of the sentence dates
// its clause: the clause tells of that other happening.
func TestAsideParticipleDate(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the events' dates
	}{
		{"Tom Hale, the skipper rescued off Cork in March, sailed home on Friday, his family said.", []string{"2024-05-03"}},
		{"The pilot, detained in March, was freed on Friday.", []string{"2024-05-03"}},
		{"The dam, last inspected in March, failed on Friday.", []string{"2024-05-03"}},
		// The start of a span is no date of the clause.
		{"The leak, first found on April 2, is the worst at the plant since 2019.", []string{"2024-04-02"}},
		// With no other date, the aside's time dates its sentence.
		{"The tower, opened in 1972, drew crowds for decades.", []string{"1972"}},
		// "a week" is no date of the clause.
		{"The tower, opened in 1972, drew 2,000 visitors a week.", []string{"1972"}},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-05-06", c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String())
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: events of %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAppositionTime checks that a time in a noun phrase a comma sets off
// after the clause dates that noun, not the clause ("a premium to
// Friday's closing price"), and that a clause set off so, or a time after
// a noun set off in the middle, still dates its sentence.
func TestAppositionTime(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Halden Foods is offering $30 a share in cash, a premium of 25% to Brixton's closing price on Friday.", ""},
		{"The union staged a walkout at the plant, the third protest there this month.", ""},
		// (A relative clause on a noun after a verb in the present is
		// not the clause's time: "is" is not of Thursday, the firing is.)
		{"The accused is Jon Mere, a 41-year-old clerk who was fired on Thursday.", ""},
		{"A new strain of flu has killed 20 people, the health agency said on Thursday.", "2024-03-07"},
		{"The president arrived in Hanoi, the first leg of his Asia tour, on Sunday.", "2024-03-10"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-03-11", tc.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String())
		}
		if want := []string{}; tc.want != "" {
			want = []string{tc.want}
			if !slices.Equal(got, want) {
				t.Errorf("%q: events of %v, want %v", tc.text, got, want)
			}
		} else if len(got) != 0 {
			t.Errorf("%q: events of %v, want none (the time dates the noun set off)", tc.text, got)
		}
	}
}

// TestParticipleBeforeVerbDate checks that the time of a participle phrase
// after a noun, without an agent, dates that phrase and not the clause
// when the clause's own verb follows the phrase ("a nurse accused of
// stealing drugs in 2021 won ... on Tuesday"), and that a participle that
// is the clause's verb keeps its time.
func TestParticipleBeforeVerbDate(t *testing.T) {
	for _, tc := range []struct{ text, date, title string }{
		{"The panel reviewing the case of a nurse accused of stealing painkillers from a ward in 2021 cleared her of misconduct on Tuesday.",
			"2024-05-07", "The panel reviewing the case of a nurse cleared her of misconduct"},
		{"Relatives of the five climbers killed in the 2019 avalanche that buried a base camp on the north face sued the tour operator on Monday.",
			"2024-05-06", "Relatives of the five climbers sued the tour operator"},
		{"The driver arrested in March was released on bail on Thursday.",
			"2024-05-09", "The driver was released on bail"},
		// The participle is the clause's verb: its time stays.
		{"A notice posted on Monday on the school's website said classes would resume on Thursday.",
			"2024-05-06", "A notice posted on the school's website said classes would resume"},
		{"The rescue crew worked on Sunday to reach the hikers after heavy snow slowed efforts on Saturday.",
			"2024-05-05", ""},
		{"Her nephew, the actor Tom Vale, posted Friday: \"My aunt died peacefully this morning.\"",
			"2024-05-10", ""},
		{"The mayor resigned in March and moved abroad.", "2024-03", ""},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-05-11", tc.text)}, Options{})
		if len(tl.Events) != 1 || tl.Events[0].Date.String() != tc.date || tc.title != "" && tl.Events[0].Title != tc.title {
			for _, e := range tl.Events {
				t.Logf("%s %q", e.Date, e.Title)
			}
			t.Errorf("%q: want one event of %s %q", tc.text, tc.date, tc.title)
		}
	}
	if k, _ := participleBeforeVerb("", nil, timex.Timex{}, 0); k != 0 {
		t.Error("participleBeforeVerb on no words")
	}
}

// dateCase is a sentence and the date of the event it must give, or "" for
// none.
type dateCase struct{ text, want string }

// checkEventDates extracts each case's text as an article of dct and
// checks the dates of its events.
func checkEventDates(t *testing.T, dct string, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		tl, _ := Extract([]Doc{doc("a.md", dct, c.text)}, Options{})
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.String())
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: events of %v, want %q", c.text, got, c.want)
		}
	}
}

// checkOffPubEvent extracts text, an article of pub under a headline that
// tells nothing, and checks that its events off the publication day are
// the one of date titled title, or none when date is "".
func checkOffPubEvent(t *testing.T, pub, text, date, title string) {
	t.Helper()
	d := doc("a.md", pub, text)
	d.Article.Title = "Latest on the story"
	tl, _ := Extract([]Doc{d}, Options{})
	var got []string
	for _, e := range tl.Events {
		if e.Date.String() != pub {
			got = append(got, e.Date.String()+" "+e.Title)
		}
	}
	var want []string
	if date != "" {
		want = []string{date + " " + title}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q:\n got %q\nwant %q", text, got, want)
	}
}

// TestAppositionAfterParticiple checks that an apposition set off by
// commas after a participle phrase on the subject ("Four of the workers
// laid off in March, two welders and a crane driver, were rehired") does
// not make the participle the clause's verb: the participle's time dates
// the participle, the clause's own time the clause, and a sentence with
// only the participle's time gives the clause none.
func TestAppositionAfterParticiple(t *testing.T) {
	a := doc("a.md", "2025-06-13", "Four of the workers laid off in March, two welders and a crane driver, were rehired on Thursday.")
	tl, _ := Extract([]Doc{a}, Options{})
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Date.String()+" "+e.Title)
		if e.Date.String() == "2025-03" && strings.Contains(e.Title, "rehired") {
			t.Errorf("the layoff's month titled by the rehiring: %q", e.Title)
		}
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "2025-06-12 ") && strings.Contains(s, "rehired") }) {
		t.Errorf("no rehiring on Thursday: %q", got)
	}
	b := doc("b.md", "2025-06-13", "The two climbers rescued on Sunday, a guide from Zermatt and his client, have returned to Britain.")
	tl, _ = Extract([]Doc{b}, Options{})
	for _, e := range tl.Events {
		if strings.Contains(e.Title, "returned") {
			t.Errorf("the return dated by the rescue: %s %q", e.Date, e.Title)
		}
	}
	// A part of the subject's noun set off by "including" goes with the
	// participle's phrase out of the title.
	c := doc("c.md", "2025-06-13", "Nine crew members stranded on Monday, including the ship's cook, were flown home on Thursday.")
	tl, _ = Extract([]Doc{c}, Options{})
	if !slices.ContainsFunc(tl.Events, func(e timeline.Event) bool {
		return e.Date.String() == "2025-06-12" && strings.HasPrefix(e.Title, "Nine crew members were flown home")
	}) {
		t.Errorf("no flight home on Thursday titled by its clause: %+v", tl.Events)
	}
	// Not an apposition: a clause after the comma, or a phrase of a
	// preposition.
	for _, s := range []string{"Mr Hale, arrested on Monday, was charged.", "Stocks fell on Friday, the worst day since May, and closed lower."} {
		ws := appendWordsLow(nil, s, "", 0, len(s))
		if i := slices.IndexFunc(ws, func(w word) bool { return w.comma }); i < 0 || appositionThenVerb(s, ws, i) > 0 {
			t.Errorf("apposition then verb in %q", s)
		}
	}
}
