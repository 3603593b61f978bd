package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSettingLasting: what is done at a sitting is done while it runs. A
// relative clause on the setting of an act (after "at", "during") whose
// verb is "ran late" ("a meeting that ran late on Thursday") dates the
// act, as "took place", "began" and "ended" do (settingClause,
// setting-lasting); "ran" with an object ("a firm that ran the buses in
// 2019") dates its own clause only.
func TestSettingLasting(t *testing.T) {
	for _, tc := range []struct {
		text, day, title string // title: the opening of the title the day's event must have ("" for none)
	}{
		{"Councillors approved the new budget at a session that ran late on Thursday.", "2026-03-12", "Councillors approved the new budget"},
		{"The committee passed the bill at a sitting that ran late on Monday night.", "2026-03-09", "The committee passed the bill"},
		{"She was hired at a firm that ran the city's buses in 2019.", "2019", ""},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2026-03-13", tc.text)}, Options{})
		var titles []string
		for _, e := range tl.Events {
			if e.Date.String() == tc.day {
				titles = append(titles, e.Title)
			}
		}
		ok := tc.title == "" && !slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, "She was hired") }) ||
			tc.title != "" && slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, tc.title) })
		if !ok {
			t.Errorf("%q: events of %s titled %q, want one opening %q", tc.text, tc.day, titles, tc.title)
		}
	}
}

// TestPlanFromInside: what an article says will happen in the week it is
// written in is a plan; the sitting that another article dates to a day
// of that week, where the plan was kept, is another happening, and the
// plan does not join it (planFromInside).
func TestPlanFromInside(t *testing.T) {
	plan := "The hospital trust's board said on Tuesday that it was aware of the complaints and would hold an emergency meeting this week."
	a := doc("a.md", "2026-03-11", "Staff at Northvale General have filed 40 complaints about the hospital's chief executive, Dana Reyes, over the past year.\n\n"+plan)
	a.Article.Title = "Staff complaints pile up at Northvale General"
	b := doc("b.md", "2026-03-14", "The Northvale hospital trust has suspended its chief executive, Dana Reyes, over complaints from staff, the trust said on Saturday.\n\n"+
		"The trustees approved the sale at an emergency session that ran late on Friday. Reyes has been suspended on full pay.")
	b.Article.Title = "Northvale hospital trust suspends chief executive"
	tl, _ := Extract([]Doc{a, b}, Options{})
	if got := eventsCiting(tl, plan); slices.Contains(got, "2026-03-13") {
		t.Errorf("the plan is in events of %v, want none of 2026-03-13", got)
	}
	if got := eventsCiting(tl, b.Article.Title); !slices.Equal(got, []string{"2026-03-13"}) {
		t.Errorf("the headline is in events of %v, want [2026-03-13]", got)
	}
}
