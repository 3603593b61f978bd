package extract

import "testing"

// TestAnnouncedAndTold: a happening an article announces for a day
// ("begin their season away at Fulwell on August 9") and a later article's
// report of that day in other words ("opened their campaign at Fulwell on
// Saturday") are one happening when their words agree as two reports of
// one day naming one kind must and they share two words or more. The same
// two sentences both written after the day are two reports that name no
// kind in common, and stay apart; so does a plan that shares one word
// with the day's report.
func TestAnnouncedAndTold(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []Doc
		want int
	}{
		{"a season opener announced and reported", []Doc{
			doc("a.md", "2025-07-20", "Redbridge Rovers begin their league season away at Fulwell on August 9, with the new manager still looking for a striker. Ticket sales are up on last year."),
			doc("b.md", "2025-08-10", "Redbridge Rovers opened their campaign at Fulwell on Saturday, August 9, losing 2-1 to a late penalty in driving rain. The club's owner watched from the stand."),
		}, 1},
		{"the same words, both written after the day", []Doc{
			doc("a.md", "2025-08-12", "Redbridge Rovers begin their league season away at Fulwell on August 9, with the new manager still looking for a striker. Ticket sales are up on last year."),
			doc("b.md", "2025-08-10", "Redbridge Rovers opened their campaign at Fulwell on Saturday, August 9, losing 2-1 to a late penalty in driving rain. The club's owner watched from the stand."),
		}, 2},
		{"a plan that shares one word with the day's report", []Doc{
			doc("a.md", "2025-07-20", "Redbridge Rovers hold an open day for supporters at their training ground on August 9, with the new manager signing autographs. Ticket sales are up on last year."),
			doc("b.md", "2025-08-10", "Redbridge Rovers opened their campaign at Fulwell on Saturday, August 9, losing 2-1 to a late penalty in driving rain. The club's owner watched from the stand."),
		}, 2},
	} {
		tl, _ := Extract(tc.docs, Options{})
		var got []string
		for _, e := range tl.Events {
			if e.Date.String() == "2025-08-09" {
				got = append(got, e.Title)
			}
		}
		if len(got) != tc.want {
			t.Errorf("%s: events of 2025-08-09 %q, want %d", tc.name, got, tc.want)
		}
	}
}
