package extract

import (
	"slices"
	"testing"
)

// TestCoarseSameSpan: background that later articles retell by the same
// year or month ("the council approved the bypass in 2018", "the bypass
// was approved in 2018") is one happening when the mentions name the same
// kind of happening and no name sets them apart, whatever other words
// each article wraps around it. Two kinds of happening of one year (an
// approval, a closure) stay apart.
func TestCoarseSameSpan(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []Doc
		want []string
	}{
		{"one approval retold by its year in three articles", []Doc{
			doc("a.md", "2021-02-03", "Work on the Harwick bypass will start in spring. The county council approved the bypass in 2018 at a cost of about 90 million pounds."),
			doc("b.md", "2021-06-14", "Diggers moved onto the site on Monday. The bypass was approved in 2018 after a decade of lobbying by residents."),
			doc("c.md", "2021-11-30", "The first section opened to traffic on Sunday. Councillors approved the scheme in 2018, promising shorter journeys."),
		}, []string{"2018"}},
		{"an approval and a closure of one year", []Doc{
			doc("a.md", "2021-02-03", "Work on the Harwick bypass will start in spring. The county council approved the bypass in 2018 at a cost of about 90 million pounds."),
			doc("b.md", "2021-06-14", "Diggers moved onto the site on Monday. The old Harwick quarry was closed in 2018 after a rockfall."),
		}, []string{"2018", "2018"}},
	} {
		tl, _ := Extract(tc.docs, Options{})
		var got []string
		for _, e := range tl.Events {
			if d := e.Date.String(); d == "2018" {
				got = append(got, d)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: events of 2018 %v, want %v", tc.name, got, tc.want)
		}
	}
}
