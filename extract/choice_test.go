package extract

import (
	"slices"
	"strings"
	"testing"
)

// titlesOn runs Extract on the articles, each a publication date and a
// text, and returns the titles of the events dated date.
func titlesOn(date string, arts ...[2]string) []string {
	var docs []Doc
	for i, a := range arts {
		docs = append(docs, doc(string(rune('a'+i))+".md", a[0], a[1]))
	}
	tl, _ := Extract(docs, Options{})
	var out []string
	for _, e := range tl.Events {
		if e.Date.String() == date {
			out = append(out, e.Title)
		}
	}
	return out
}

// TestHeadlessTitleLoses: a title that is the predicate of a relative
// clause whose subject its sentence kept ("Cost Tom Hale his job") loses
// to a source that tells the happening with its subject, whichever article
// comes first; a title that opens on its subject is no such predicate.
func TestHeadlessTitleLoses(t *testing.T) {
	lead := [2]string{"2021-03-08", "Rivers have sacked manager Tom Hale after a 4-0 home defeat by Exeter."}
	crowd := [2]string{"2021-03-10", "The crowd of 9,400 was nearly twice the one that watched last week's defeat by Exeter, which cost Tom Hale his job on Monday."}
	want := []string{"Rivers have sacked manager Tom Hale after a 4-0 home defeat by Exeter"}
	for _, arts := range [][][2]string{{lead, crowd}, {crowd, lead}} {
		if got := titlesOn("2021-03-08", arts...); !slices.Equal(got, want) {
			t.Errorf("%s first: 2021-03-08 titled %q, want %q", arts[0][1], got, want)
		}
	}
	for _, c := range []struct {
		title, sentence string
		want            bool
	}{
		{"Cost Tom Hale his job", "The crowd was twice the one that watched the defeat, which cost Tom Hale his job on Monday.", true},
		{"Will put both statues back on show", "The statues can be mended, the Hallam Gallery said, which will put both statues back on show from 3 May.", true},
		{"Cost overruns hit the new stadium", "Cost overruns hit the new stadium in May.", false},
		{"The club sold its striker to a rival", "But the club sold its striker to a rival in July.", false},
		{"Police arrested two men at the port", "The mayor said that police arrested two men at the port on Friday.", false},
		{"Rescued miners flew home to their families", "The rescued miners flew home to their families on Friday.", false},
	} {
		if got := headless(&candidate{stext: c.sentence, about: &about{title: c.title}}); got != c.want {
			t.Errorf("headless(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestPointingTitleLoses: a title whose subject points back at another
// sentence ("The other two crew members", "These two crew members", "Its
// rival") loses to a source that names who; a subject that names is no
// pointer.
func TestPointingTitleLoses(t *testing.T) {
	named := [2]string{"2021-03-10", "Two crew members from the station will return to Earth on 3 May, the agency said."}
	for _, text := range []string{"The other two crew members will return on 3 May.", "These two crew members will return on 3 May."} {
		pointing := [2]string{"2021-03-10", text}
		for _, arts := range [][][2]string{{pointing, named}, {named, pointing}} {
			if got := titlesOn("2021-05-03", arts...); len(got) != 1 || !strings.HasPrefix(got[0], "Two crew members from the station") {
				t.Errorf("%s first: 2021-05-03 titled %q", arts[0][1], got)
			}
		}
	}
	for title, want := range map[string]bool{
		"It describes wear that had thinned a cable":    true,
		"Its rival Kestrel says it will fly":            true,
		"Their trial is due to begin in the city":       true,
		"This week was hard for everybody":              true,
		"The other two remain in orbit":                 true,
		"The one that watched the defeat":               true,
		"Thieves stole three paintings from the museum": false,
		"The one-day strike closed every school":        false,
		"Otherwise quiet town shaken by blast":          false,
	} {
		if got := pointingTitle(title); got != want {
			t.Errorf("pointingTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestAskedTitleLoses: a headline that promises to explain ("How it all
// went wrong for ...") loses to a source that tells the happening,
// whichever article comes first; alone, it is no happening of its day
// (explainerHeadline), and makes no event; a title that only names someone
// like that, or asks in its object, tells.
func TestAskedTitleLoses(t *testing.T) {
	a := doc("a.md", "2021-03-10", "When Tom Hale arrived at Rivers two years ago, he promised attacking football.")
	a.Article.Title = "How it all went wrong for Tom Hale at Rivers"
	b := doc("b.md", "2021-03-10", "Rivers have sacked manager Tom Hale after seven straight defeats.")
	b.Article.Title = "Rivers sack Tom Hale after seven straight defeats"
	for _, c := range []struct {
		docs []Doc
		want string
	}{
		{[]Doc{a, b}, "Rivers have sacked manager Tom Hale after seven straight defeats"},
		{[]Doc{b, a}, "Rivers have sacked manager Tom Hale after seven straight defeats"},
		{[]Doc{a}, ""},
	} {
		tl, _ := Extract(c.docs, Options{})
		got := ""
		for _, e := range tl.Events {
			if e.Date.String() == "2021-03-10" {
				got = e.Title
			}
		}
		if got != c.want {
			t.Errorf("%s first: 2021-03-10 titled %q, want %q", c.docs[0].Article.Path, got, c.want)
		}
	}
	for title, want := range map[string]bool{
		"Why the dam failed":                        true,
		"Is the old bridge safe?":                   true,
		"Howard Jones resigned as mayor":            false,
		"Police asked why the gate had been opened": false,
	} {
		if got := askedTitle(title); got != want {
			t.Errorf("askedTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestTrimDangling: a title that ends half way through a phrase its
// sentence goes on with loses the broken end, and one whose last conjunct
// lost its verb loses the conjunct; a phrase that ends its sentence, a
// second object, a list and a conjunct with its verb stay.
func TestTrimDangling(t *testing.T) {
	for _, c := range []struct{ title, sentence, want string }{
		{"Drivers in the town have faced detours of up", "Drivers in the town have faced detours of up to an hour since the bridge shut in May.", "Drivers in the town have faced detours"},
		{"Engineers traced the fault to a worn sensor rather", "Engineers traced the fault to a worn sensor rather than to the pump, the firm said on Friday.", "Engineers traced the fault to a worn sensor"},
		{"Two bodies were found after the crane lifted debris, and the driver of the bus", "Two bodies were found on Sunday after the crane lifted debris, and the driver of the bus, a man of 61, was found on Saturday.", "Two bodies were found after the crane lifted debris"},
		{"The new board was sworn in", "The new board was sworn in on Monday after the vote.", ""},
		{"Protesters marched to demand that the director step in", "Protesters marched on Friday to demand that the director step in.", ""},
		{"The minister announced cuts in pay for civil servants, and a rise in fuel taxes", "The minister on Sunday announced cuts in pay for civil servants, and a rise in fuel taxes, as a condition of the loan.", ""},
		{"The flood carried cars, vans, and two buses into the river", "The flood on Monday carried cars, vans, and two buses into the river.", ""},
		{"The line went down, and early reports suggest the outage may last days", "The line went down on Friday, and early reports suggest the outage may last days.", ""},
		{"The old mill was pulled down and rebuilt", "The old mill was pulled down in 1990 and rebuilt.", ""},
		// Names joined by "and" that the cut kept half of.
		{"The rover will land on Mars and visit the craters Jezero", "The rover will land on Mars in 2028 and visit the craters Jezero and Belva in 2030.", "The rover will land on Mars"},
		{"The rover will land on Mars and visit the crater Jezero", "The rover will land on Mars in 2028 and visit the crater Jezero in 2030 and Belva later.", ""},
		{"The firm will open a branch in Leeds and hire staff in York", "The firm will open a branch in Leeds in May and hire staff in York and the towns near it.", ""},
		{"The band will play Leeds and tour the cities of Ghent", "The band will play Leeds and tour the cities of Ghent and Lyon.", "The band will play Leeds"},
	} {
		want := c.want
		if want == "" {
			want = c.title
		}
		if got := trimDangling(c.title, c.sentence); got != want {
			t.Errorf("trimDangling(%q) = %q, want %q", c.title, got, want)
		}
	}
}
