package extract

import (
	"strings"
	"testing"
)

// TestCoarseToStatementDay: a month's retelling of a finding ("Investigators
// concluded last month that a discarded cigarette started the blaze") is
// the finding that a statement of a day in that month reports in the same
// words ("The blaze ... was started by a discarded cigarette, fire
// investigators said on Tuesday"): one event of the day, not a month event
// beside it (coarseToDays).
func TestCoarseToStatementDay(t *testing.T) {
	mk := func(path, day, title, text string) Doc {
		d := doc(path, day, text)
		d.Article.Title = title
		return d
	}
	docs := []Doc{
		mk("a.md", "2025-02-12", "Fire destroys Orchard Road bus depot in Brenton", "A fire destroyed the Orchard Road bus depot in Brenton on Tuesday night, burning 14 buses.\n\nNo one was hurt."),
		mk("b.md", "2025-02-20", "Brenton bus routes cut after depot fire", "Brenton Transit cut six routes on Wednesday after the Orchard Road fire.\n\nReplacement buses will arrive in April."),
		mk("c.md", "2025-03-05", "Brenton Transit to rebuild burned depot", "The blaze that gutted the Orchard Road bus depot in February was started by a discarded cigarette, fire investigators said on Tuesday.\n\nBrenton Transit said it would rebuild."),
		mk("d.md", "2025-04-09", "Bus firm sues over depot blaze", "Investigators concluded last month that a discarded cigarette started the blaze at the bus depot in Brenton.\n\nThe bus firm filed a claim against its cleaning contractor on Tuesday."),
	}
	tl, _ := Extract(docs, Options{})
	for _, e := range find(tl, "2025-03") {
		t.Errorf("month event %q beside the day's finding", e.Title)
	}
	found := false
	for _, e := range find(tl, "2025-03-04") {
		for _, s := range e.Sources {
			found = found || strings.HasPrefix(s.Sentence, "Investigators concluded last month")
		}
	}
	if !found {
		t.Errorf("the month's retelling is no source of the 2025-03-04 finding")
	}
}
