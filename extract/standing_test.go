package extract

import (
	"testing"

	"github.com/dateline-news/dateline/timeline"
)

// TestStandingTitle: a title tells a change in a person's office or
// standing before the law by a verb of standingVerbs in its main clause,
// not after a subordinator or inside a quotation, and not by a word of
// another sense ("fired a dart", "suspended the search").
func TestStandingTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"The harbour master resigned", true},
		{"The club's finance director was dismissed after a disciplinary hearing", true},
		{"A former council planner was arrested at his home in Leeds", true},
		{"The trust appointed an interim chief executive", true},
		{"Two directors of the firm were charged with fraud", true},
		{"The accounts were signed off by a new auditor after the old one resigned", false},
		{"The keeper fired a tranquilizer dart", false},
		{"The coastguard suspended the search for the night", false},
		{"Residents said: \"He should have resigned years ago\"", false},
		{"The bridge reopened to traffic", false},
		{"The regulator announced that it had appointed a retired judge to lead the inquiry", false},
		{"The union said the director was dismissed", false},
		{"The treasurer resigned two weeks after she told councillors the accounts were sound", true},
		{"A grand jury indicts the technician on 12 counts", true},
	} {
		if got := standingTitle(c.title); got != c.want {
			t.Errorf("standingTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestStandingKey: a resignation, a dismissal or an arrest that one
// article's body dates to its day, weeks before the article came out, is
// a key moment of the story; another happening told as briefly is not,
// nor is a statement of the change; a resignation whose clause after it
// tells of a saying ("... after she told the committee") is still one.
func TestStandingKey(t *testing.T) {
	var events []timeline.Event
	var reaches []reach
	add := func(date, title string, r reach) {
		events = append(events, timeline.Event{Date: mustDate(date), Title: title, Sources: []timeline.Source{{Published: mustDate("2022-06-20")}}})
		reaches = append(reaches, r)
	}
	add("2022-05-30", "The fund's investment chief was dismissed after a hearing he did not attend", reach{docs: 1})
	add("2022-05-31", "The museum's director resigned", reach{docs: 1})
	add("2022-06-01", "The museum's shop reopened", reach{docs: 1})
	add("2022-06-02", "The union said the director was dismissed", reach{docs: 1, statement: true})
	add("2022-06-03", "The treasurer resigned two weeks after she told councillors the accounts were sound", reach{docs: 1, statement: true})
	for range 8 {
		add("2022-04-20", "Engineers inspected the roof", reach{docs: 1})
	}
	rank(events, reaches, 12)
	for i, want := range []bool{true, true, false, false, true} {
		if events[i].Key != want {
			t.Errorf("event %d (%s %q): key %v, want %v", i, events[i].Date, events[i].Title, events[i].Key, want)
		}
	}
}
