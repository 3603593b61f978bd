package extract

import (
	"strings"
	"testing"
)

// TestSubordinateAloneNoTitle: a sentence that opens with a measure of
// time and "after" or "before" and a clause of its own ("Two days after a
// fire cut power, ...") tells its happening in the main clause after the
// comma; the opening clause alone is no title, however long it runs
// (opening). Probes written before the rule, in our own words: against
// the old code the four long ones fail (their titles stopped inside the
// opening clause), the four short ones passed already.
func TestSubordinateAloneNoTitle(t *testing.T) {
	for _, c := range []struct{ dct, text, date, opening, verb string }{
		{"2024-03-15", "Two days after floods swept through the valley, about 2,000 homes were still without power on Friday morning.",
			"2024-03-15", "Two days after", "were"},
		{"2024-06-10", "Six months after the factory closed its doors, hundreds of former workers marched through the town centre on Saturday to demand their unpaid wages.",
			"2024-06-08", "Six months after", "marched"},
		{"2024-09-11", "Nearly a year after a landslide buried the coast road near Pellan, the county reopened it to traffic on Tuesday with a new sea wall.",
			"2024-09-10", "Nearly a year after", "reopened"},
		{"2024-05-08", "Three weeks after a fire gutted the old cinema on Mill Lane, its owners announced on Monday that they would rebuild it as a theatre.",
			"2024-05-06", "Three weeks after", "announced"},
		// Long sentences, which a title cuts.
		{"2024-03-15", "Two days after floods swept through the valley and washed away three bridges on the main road to the coast, about 2,000 homes were still without power on Friday morning.",
			"2024-03-15", "Two days after", "were"},
		{"2024-06-10", "Six months after the factory closed its doors and laid off the last of its 800 workers without paying their final wages, hundreds of them marched through the town centre on Saturday.",
			"2024-06-08", "Six months after", "marched"},
		{"2024-09-11", "Nearly a year after a landslide buried the coast road near Pellan under thousands of tonnes of rock and mud, the county reopened it to traffic on Tuesday.",
			"2024-09-10", "Nearly a year after", "reopened"},
		{"2024-05-08", "Three weeks after a fire gutted the old cinema on Mill Lane that had shown films to the town for almost a century, its owners announced on Monday that they would rebuild it.",
			"2024-05-06", "Three weeks after", "announced"},
		// (Written after the rule: a participle's phrase set off by
		// commas inside the opening clause.)
		{"2024-11-29", "Almost a month after a gas blast tore through a row of shops in Kelling, injuring six people, the council ordered the gas board on Thursday to check every pipe in the street.",
			"2024-11-28", "Almost a month after", "ordered"},
	} {
		got, ok := eventTitles(t, c.dct, c.text)[c.date]
		if !ok {
			t.Errorf("%q: no event on %s: %v", c.text, c.date, eventTitles(t, c.dct, c.text))
			continue
		}
		if strings.HasPrefix(got, c.opening) && !strings.Contains(got, " "+c.verb+" ") {
			t.Errorf("%q: title %q is the opening clause alone", c.text, got)
		}
		if !strings.Contains(got, " "+c.verb+" ") {
			t.Errorf("%q: title %q lacks the main verb %q", c.text, got, c.verb)
		}
	}
}
