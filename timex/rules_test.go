package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// wed is a Wednesday, the document date of the cases below.
var wed = time.Date(2024, time.June, 19, 0, 0, 0, 0, time.UTC)

// format lists tags as "text=TYPE:value" (with "/MOD" when set).
func format(tags []timex.Timex) string {
	var parts []string
	for _, x := range tags {
		s := fmt.Sprintf("%s=%s:%s", x.Text, x.Type, x.Value)
		if x.Mod != "" {
			s += "/" + x.Mod
		}
		if x.Freq != "" {
			s += "/" + x.Freq
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// TestRules has one group of cases per rule of news copy; texts are our own.
// The cases of weekdays, months and days, relative expressions, durations,
// years, parts of years, codes, holidays and clock times are in
// testdata/cases (TestCases); ranges, figures and references are still here.
func TestRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		dct  time.Time
		want string
	}{
		// The end of a range counts from its start.
		{"day range before month", "The games ran from 5 to 9 September 2023.", wed, "5=DATE:2023-09-05; 9 September 2023=DATE:2023-09-09"},
		{"day range after month", "They met on June 18-19 in the capital.", wed, "June 18=DATE:2024-06-18; 19=DATE:2024-06-19"},
		{"day range with to", "The talks ran June 18 to 20.", wed, "June 18=DATE:2024-06-18; 20=DATE:2024-06-20"},
		{"hyphen range before month", "The summit on 18-19 June was the first.", wed, "18=DATE:2024-06-18; 19 June=DATE:2024-06-19"},
		{"not a range: a score", "The vote on June 18 went 18-19 against.", wed, "June 18=DATE:2024-06-18"},

		// Dates in figures.
		{"iso", "Filed 2023-11-08.", wed, "2023-11-08=DATE:2023-11-08"},
		{"iso time stamp", "Filed 2023-11-08T09:30:00Z and 2023-11-09T14:05.", wed, "2023-11-08T09:30:00Z=TIME:2023-11-08T09:30; 2023-11-09T14:05=TIME:2023-11-09T14:05"},
		{"figures", "Due 06/30/2024, filed 2024/06/18, signed 30.06.2024 and 5/5/2024.", wed, "06/30/2024=DATE:2024-06-30; 2024/06/18=DATE:2024-06-18; 30.06.2024=DATE:2024-06-30; 5/5/2024=DATE:2024-05-05"},
		{"figures that could be either", "Filed 3/4/2024 and 04.03.2024; the score was 6/15.", wed, ""},

		// Words that only look like dates.
		{"we and sat", "We sat down. WE agreed.", wed, ""},

		// References.
		{"references", "Now the firm is recently listed and plans for the future.", wed, "Now=DATE:PRESENT_REF; recently=DATE:PAST_REF; the future=DATE:FUTURE_REF"},

		// "Soon" and "one day" after a modal look ahead.
		{"soon", "The council will soon vote on the plan.", wed, "soon=DATE:FUTURE_REF"},
		{"as soon as", "Talks resume as soon as the strike ends, soon after dawn.", wed, ""},
		{"too soon", "It is too soon to tell.", wed, ""},
		{"soon-to-be", "The soon-to-be mayor spoke.", wed, ""},
		{"one day ahead", "Engineers hope the craft will one day reach Mars.", wed, "one day=DATE:FUTURE_REF"},
		{"one day counted", "The fair lasted one day.", wed, "one day=DURATION:P1D"},

		{"near term", "Prices may stay high in the near term but not in the long term.", wed, "the near term=DATE:FUTURE_REF"},
		{"later date", "The rest will be sold at a later date.", wed, "a later date=DATE:FUTURE_REF"},

		{"current", "Its current chief took over when the then current owner left.", wed, "current=DATE:PRESENT_REF; then current=DATE:PAST_REF"},
		{"current as a term", "The current account deficit grew. The Current Affairs desk.", wed, ""},
		{"current the noun", "The current was strong and a current of air blew.", wed, ""},
		{"current year", "Sales in the current year rose.", wed, "the current year=DATE:2024"},

		{"past and future years", "Prices rose in past years and may fall in future years.", wed, "past years=DATE:PAST_REF; future years=DATE:FUTURE_REF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := format(timex.Tag(tt.text, tt.dct))
			if got != tt.want {
				t.Errorf("Tag(%q, %s)\n got %s\nwant %s", tt.text, tt.dct.Format("2006-01-02"), got, tt.want)
			}
		})
	}
}
