package extract

import (
	"fmt"
	"slices"
	"testing"
)

// TestHeadlineToLeadDay: a headline alone at its article's publication
// (with its undated lead, if that joined it) is dated by the day its
// article's own words give its news: a preview's lead in the present
// ("goes on trial ... on Tuesday"), a sentence that carries the
// headline's count a day before, a report whose saying its opening
// phrase dates the day before. Near shapes stay at the publication: a
// lead that says "will", a lead about something the headline names only
// in a phrase, the count dated on the publication day, a report three
// days before a Friday's paper.
func TestHeadlineToLeadDay(t *testing.T) {
	for _, tc := range []struct {
		name, pub, head, text string
		want                  []string
	}{
		{"preview in the present", "2026-06-07", "Former councillor goes on trial over housing fraud",
			"Former councillor Dev Marsh goes on trial at Exeter Crown Court on Tuesday, accused of taking money meant for social housing.\n\nMarsh, 58, denies the charges.",
			[]string{"2026-06-09"}},
		{"preview in the future", "2026-06-07", "Port union calls strike over pay",
			"Dockers at three ports will strike on Tuesday after talks on pay broke down, their union said.\n\nThe ports handle most of the region's grain.",
			[]string{"2026-06-07"}},
		{"lead about a thing named in a phrase", "2026-06-07", "Harbour blaze: 30 families moved out",
			"An inquiry into the harbour blaze opens on Tuesday.\n\nThe cause is not yet known.",
			[]string{"2026-06-07"}},
		{"count told the day before", "2026-06-09", "Villagers wait for aid as landslide toll climbs to 27",
			"Days after the hillside gave way above Kalpa, families are still sleeping in the school.\n\n\"We have nothing left,\" said one farmer.\n\nThe district office raised the landslide toll to 27 on Monday after soldiers reached two buried houses.",
			[]string{"2026-06-08"}},
		{"count told on the publication day", "2026-06-09", "Landslide toll climbs to 27",
			"Soldiers dug through the mud in Kalpa for a third day.\n\nThe district office raised the toll to 27 on Tuesday.\n\nThe hillside gave way on Saturday.",
			[]string{"2026-06-09"}},
		{"report dated by its opening phrase", "2026-06-11", "Review finds police force lost evidence in murder cases",
			"The Carrow police force lost or destroyed evidence in at least nine murder cases, an independent review has found.\n\nIn a report released on Wednesday, former judge Joan Hale said the force had no proper system for storing exhibits.\n\nThe chief constable apologised.",
			[]string{"2026-06-10"}},
		{"report three days before", "2026-06-12", "Review finds police force lost evidence in murder cases",
			"The Carrow police force lost or destroyed evidence in at least nine murder cases, an independent review has found.\n\nIn a report released on Tuesday, former judge Joan Hale said the force had no proper system for storing exhibits.\n\nThe chief constable apologised.",
			[]string{"2026-06-12"}},
	} {
		d := doc("a.md", tc.pub, tc.text)
		d.Article.Title = tc.head
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, tc.head); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the headline is in events of %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestNumbersIn: numbers in digits, thousands commas and decimal points
// kept, none cut from a word; yearLike tells a year from a count.
func TestNumbersIn(t *testing.T) {
	got := numbersIn("Toll climbs to 61; 3,400 died in 2007, a B52 fell, €4.6m, 12.")
	want := []string{"61", "3,400", "2007", "4.6", "12"}
	if !slices.Equal(got, want) {
		t.Errorf("numbersIn = %q, want %q", got, want)
	}
	for n, y := range map[string]bool{"2007": true, "1991": true, "3400": false, "61": false, "2,007": false} {
		if yearLike(n) != y {
			t.Errorf("yearLike(%q) = %v, want %v", n, !y, y)
		}
	}
}

// TestCountClash: a sentence with no date of its own that gives a word
// another count than the sentence of its article that dates a happening
// ("killed 14" and "killed about 2,300") is no source of that happening;
// the same count keeps it there.
func TestCountClash(t *testing.T) {
	const undated = "The flood killed %s people, according to the latest official count."
	for _, tc := range []struct {
		name, n string
		want    []string
	}{
		{"another count", "14", nil},
		{"the same count", "about 2,300", []string{"1988-08"}},
	} {
		s := fmt.Sprintf(undated, tc.n)
		d := doc("a.md", "2026-09-18", "When the Kasa river flood reached the delta towns on September 9, about 200,000 people were already in raised shelters. "+s+
			"\n\n**How bad were floods before?**\n\nIn August 1988, another flood killed about 2,300 people. Since then the state has built 900 shelters.")
		d.Article.Title = "Why the delta floods keep getting less deadly"
		tl, _ := Extract([]Doc{d}, Options{})
		if got := eventsCiting(tl, s); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q is in events of %v, want %v", tc.name, s, got, tc.want)
		}
	}
}

// TestCounts: the counts of a sentence, each number with the word before
// it in lower case, approximators and count links aside; no year, no
// number of a name, no word in capitals.
func TestCounts(t *testing.T) {
	m := &merger{lx: newLexicon(nil)}
	c := &candidate{doc: 3, stext: "The quake killed at least 40 people and injured about 1,400 in 2003; the Model 3GS and iPhone 3 sold 12m."}
	var got []string
	for _, k := range m.appendCounts(nil, c) {
		got = append(got, k.word+" "+k.n)
	}
	want := []string{m.lx.token("killed") + " 40", m.lx.token("injured") + " 1,400"}
	if !slices.Equal(got, want) {
		t.Errorf("counts = %q, want %q", got, want)
	}
}
