package timex

import (
	"testing"
	"time"
)

// TestJoinedSubject checks that a word in -s before "and" is the first
// noun of a joined subject, not a present verb, when the verb after the
// second noun is a past: "On Wednesday, union leaders and four harvesters
// flew to Ottawa" is last Wednesday's, not next. A present of the
// calendar after a body ("On Thursday the council meets and votes") still
// looks ahead, and a future does.
func TestJoinedSubject(t *testing.T) {
	dct := time.Date(2036, 4, 19, 0, 0, 0, 0, time.UTC) // a Saturday
	cases := []struct{ text, want string }{
		{"On Wednesday, union leaders and four harvesters flew to Ottawa.", "2036-04-16"},
		{"On Wednesday, party leaders and officials met in the capital.", "2036-04-16"},
		{"Wednesday: Council members and residents packed the town hall.", "2036-04-16"},
		{"On Tuesday, hospital workers and nurses walked out over pay.", "2036-04-15"},
		{"On Monday, bank customers and traders had queued outside.", "2036-04-14"},
		{"On Wednesday, council members and officials will fly to Ottawa.", "2036-04-23"},
		{"On Thursday the council meets and votes on the budget.", "2036-04-24"},
	}
	for _, c := range cases {
		var got []string
		for _, x := range (&Tagger{}).Tag(c.text, dct) {
			got = append(got, x.Value)
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: %q, want %s", c.text, got, c.want)
		}
	}
}
