package extract

import (
	"strings"
	"testing"
)

// TestSubjectParticipleDatesItself checks, on sentences of our own, that a time
// in a past participle's phrase on the subject dates the participle, told
// of the subject ("The nurses were suspended"), not the state, plan or deed
// of the main clause.
func TestSubjectParticipleDatesItself(t *testing.T) {
	for _, tc := range []struct {
		text, date, title string
	}{
		{"The nurses suspended in January remain off the ward.", "2024-01", "The nurses were suspended"},
		{"The ferry withdrawn last week will sail again in the spring.", "2024-W09", "The ferry was withdrawn"},
		{"The theatre closed by the council in February will reopen in the autumn.", "2024-02", "The theatre was closed by the council"},
	} {
		tl, _ := Extract([]Doc{doc("a.md", "2024-03-06", tc.text)}, Options{})
		var got []string
		found := tc.date == "" && len(tl.Events) == 0
		for _, e := range tl.Events {
			got = append(got, e.Date.String()+" "+e.Title)
			if e.Date.String() == tc.date && e.Title == tc.title {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %q, want %s %q", tc.text, strings.Join(got, " | "), tc.date, tc.title)
		}
	}
}
