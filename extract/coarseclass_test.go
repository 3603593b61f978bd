package extract

import "testing"

// TestCoarseSayingAndAct: background that two articles date only by its
// year, one telling it as an act and the other as what a document said
// ("an inspection in 2017 found cracks", "a 2017 inspection noted
// cracks"), in words that agree as a day's reports must, is one
// happening. A saying and an act of the year in other words stay apart.
func TestCoarseSayingAndAct(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []Doc
		want int
	}{
		{"an inspection told as an act and as a saying", []Doc{
			doc("a.md", "2022-04-05", "The Marlow pier was closed on Monday. An inspection report in 2017 described deep cracks in the pier's iron supports and recommended repairs within two years."),
			doc("b.md", "2022-05-19", "Demolition of the Marlow pier began on Thursday. A 2017 inspection noted deep cracks in the iron supports and recommended repairs within two years."),
		}, 1},
		{"a saying and an act of one year in other words", []Doc{
			doc("a.md", "2022-04-05", "The Marlow pier was closed on Monday. The pier was sold to a property developer in 2017 for 2 million pounds."),
			doc("b.md", "2022-05-19", "Demolition of the Marlow pier began on Thursday. A 2017 inspection noted deep cracks in the iron supports and recommended repairs within two years."),
		}, 2},
	} {
		tl, _ := Extract(tc.docs, Options{})
		var got []string
		for _, e := range tl.Events {
			if e.Date.String() == "2017" {
				got = append(got, e.Title)
			}
		}
		if len(got) != tc.want {
			t.Errorf("%s: events of 2017 %q, want %d", tc.name, got, tc.want)
		}
	}
}
