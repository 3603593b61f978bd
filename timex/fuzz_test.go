package timex_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// FuzzTag checks, on any input, that Tag does not panic and that its spans
// are in bounds, ordered, non-overlapping and carry their text.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"The talks ended on Friday, Nov. 3, 2023, two weeks later.",
		"in May 2000 the 1990s '80s 10:30 a.m. every Monday",
		"the year-earlier third quarter a year ago",
		"\u201cToday\u201d we\u2019ll meet early Wednesday",
		"mid-\xe2\x80",
		"Sept. 31",
		"the last half of 1989",
		"Q3 2024 3Q24 H1 FY24 the Audi Q3",
		"06/30/2024 3/4/2024 30.06.2024 2023-11-08T09:30:00Z",
		"9:41 AM EDT, Tue June 18, 2024; between 2001 and 2005; 2008-2009",
		"will be redeemed in five years' time; that night, the next morning",
		"in a year or two, two or three weeks ago, one or",
		// Issue 9: runs that recursed or rescanned once per word (short:
		// each fuzz run stays fast; TestDeepInput and BenchmarkAdversarial
		// take them long).
		strings.Repeat("the ", 300),
		strings.Repeat("the first half of the last half of ", 20) + "the '80s",
		strings.Repeat("the end of the beginning of ", 20) + "the year",
		strings.Repeat(`he said "Today, " and Today `, 20),
		strings.Repeat("on 3 March 2024, Monday, ", 40),
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		dct := time.Unix(sec%(1<<34), 0).UTC()
		end := 0
		for _, x := range timex.Tag(text, dct) {
			if x.Start < end || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("span [%d,%d) out of order or bounds (previous end %d, len %d)", x.Start, x.End, end, len(text))
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", x.Text, x.Start, x.End, text[x.Start:x.End])
			}
			if x.Type == "" || x.Value == "" {
				t.Fatalf("empty type or value: %+v", x)
			}
			end = x.End
		}
	})
}
