package extract

import (
	"strings"
	"testing"
)

// TestToldByPronounTeller: a time inside what a bare "he" or "she" tells
// ("She admitted the council had sold the land in 2019") dates the told
// happening, never the telling, as it does after a named teller: the
// event is titled by what is told, with the name the title gives the
// pronoun as its teller ("The council had sold the land to a developer,
// Ana Ruiz admitted"). A time of the saying itself keeps its title.
func TestToldByPronounTeller(t *testing.T) {
	for _, tc := range []struct {
		text, date, wrong, want string
	}{
		{"Council leader Ana Ruiz resigned on Monday. She admitted the council had sold the land to a developer in 2019.",
			"2019", "Ana Ruiz admitted", "The council had sold the land to a developer, Ana Ruiz admitted"},
		{"Transport minister Lena Holt faced questions on Wednesday. She said the agency had cancelled the contract in 2022.",
			"2022", "Lena Holt said", "The agency had cancelled the contract, Lena Holt said"},
		{"Club chairman Piet Vos spoke to reporters after the match. He said on Saturday that the coach would stay.",
			"2025-03-01", "", "Piet Vos said that the coach would stay"},
	} {
		got := titlesOn(tc.date, [2]string{"2025-03-06", tc.text})
		for _, title := range got {
			if tc.wrong != "" && strings.HasPrefix(title, tc.wrong) {
				t.Errorf("%q: the telling %q dated %s by what it tells", tc.text, title, tc.date)
			}
		}
		if tc.want != "" && !strings.Contains(strings.Join(got, "\n"), tc.want) {
			t.Errorf("%q: events of %s %q, want %q", tc.text, tc.date, got, tc.want)
		}
	}
}
