package extract

import (
	"strings"
	"testing"
)

// TestToldModifierGrid: a time in a participle phrase on a noun inside what
// a saying tells ("Cho said the lawsuit draws on documents released by the
// agency last month") dates that phrase's act on the noun, not what is
// told and not the saying: no event of that time is titled by the saying's
// words (toldModifierTime). The grid crosses the teller, the verb of
// saying, the noun and its participle phrase, the time and the told
// clause around it; the guards keep a told act's own time ("the firm had
// offered last month to repay") and a finding dated by what found it
// ("tests carried out by a laboratory last month had found").
func TestToldModifierGrid(t *testing.T) {
	const dct = "2034-04-11"
	tellers := []string{"Cho", "The union", "Mayor Ann Pryce"}
	verbs := []string{"said", "says", "told reporters that", "told a news conference that"}
	nps := []string{"documents released by the agency", "emails obtained by the newspaper", "photos posted by residents", "figures published by the ministry"}
	times := map[string]string{"last month": "2034-03", "last week": "2034-W14", "in March 2025": "2025-03"}
	told := []string{"the lawsuit draws heavily on %s", "the complaint draws on %s"}
	n, bad := 0, 0
	for _, tl := range tellers {
		for _, v := range verbs {
			for _, np := range nps {
				for tm, date := range times {
					for _, c := range told {
						s := tl + " " + v + " " + strings.Replace(c, "%s", np+" "+tm, 1) + "."
						n++
						if got, ok := eventTitles(t, dct, "Town news.\n\n"+s)[date]; ok && opensOnSaying(got, tl, v) {
							bad++
							t.Errorf("%q: event of %s titled by the saying %q", s, date, got)
						}
					}
				}
			}
		}
	}
	t.Logf("told modifier grid: %d of %d titled by the saying on the part's time", bad, n)
	for _, c := range []struct{ text, date, want string }{
		// The told act's own time stays its event's, titled by what is told.
		{"Mayor Ann Pryce said the firm had offered last month to repay the fees.", "2034-03", "The firm had offered to repay the fees, Mayor Ann Pryce said"},
		// A finding is dated by the tests that made it.
		{"The union told reporters that tests carried out by a laboratory last month had found the sensor could fail.", "2034-03", "Tests carried out by a laboratory had found the sensor could fail, the union told reporters"},
		// An object noun of a verb of reporting is no told clause: its
		// time is the report's.
		{"Police reported damage caused by the storm on Sunday.", "2034-04-09", "Police reported damage caused by the storm"},
		{"Police reported damage caused by the storm last week.", "2034-W14", ""},
		// A part under a main clause keeps its own rules.
		{"The contractor hired in March 2025 was fired.", "2025-03", ""},
	} {
		evs := eventTitles(t, dct, "Town news.\n\n"+c.text)
		got, ok := evs[c.date]
		if !ok {
			t.Errorf("%q: no event of %s: %v", c.text, c.date, evs)
		} else if c.want != "" && got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
