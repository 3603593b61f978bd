package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// wed is a Wednesday, the document date of most cases below; oct is a
// date late in a year, for months that may lie ahead or behind.
var (
	wed = time.Date(2024, time.June, 19, 0, 0, 0, 0, time.UTC)
	oct = time.Date(2024, time.October, 28, 0, 0, 0, 0, time.UTC)
)

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
// The cases of weekdays, relative expressions and durations are in
// testdata/cases (TestCases).
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
		{"names are not seasons", "The Fall of Saigon shaped the Arab Spring debate. Workers marched on May Day.", wed, ""},
		{"season still a season", "The talks resume in the spring.", wed, "the spring=DATE:2024-SP"},
		{"the 2001 attacks", "The Sept. 11 commission met again.", wed, "The Sept. 11=DATE:2001-09-11"},
		{"month after a past verb", "The firm changed its fiscal year in December.", oct, "December=DATE:2023-12"},
		{"since a month", "He has led the party since January; prices have risen since Jan. 5.", time.Date(2024, time.December, 10, 0, 0, 0, 0, time.UTC), "January=DATE:2024-01; Jan. 5=DATE:2024-01-05"},
		{"month ahead of a past verb of saying", "The firm announced cuts in December.", oct, "December=DATE:2024-12"},
		{"month ahead of a past verb with until", "The offer was extended until December.", oct, "December=DATE:2024-12"},
		{"adjective in -ed", "The bonus would be paid on a still unspecified date in January.", wed, "January=DATE:2025-01"},
		{"participle after would be", "The prize would be held over until February.", wed, "February=DATE:2025-02"},
		{"intent in the past", "In May the board agreed to sell the plant in February.", wed, "May=DATE:2024-05; February=DATE:2025-02"},
		{"intent after the date", "In February, the board agreed to sell the plant.", wed, "February=DATE:2024-02"},
		{"last month by name", "Prices fell last April and last May, and rose this past May.", wed, "last April=DATE:2024-04; last May=DATE:2023-05; this past May=DATE:2024-05"},

		{"half of a decade", "Prices rose in the last half of the '80s and the first half of the 1990s.", wed, "the last half of the '80s=DATE:198/END; the first half of the 1990s=DATE:199/START"},
		{"half of a year", "Sales rose in the first half of 2023.", wed, "the first half of 2023=DATE:2023-H1"},
		{"half of the year", "Growth will pick up in the second half of the year.", wed, "the second half of the year=DATE:2024-H2"},
		{"quarter of the year under discussion", "Rainfall in 2019 was low, and in the third quarter of the year it stopped.", wed, "2019=DATE:2019; the third quarter of the year=DATE:2019-Q3"},

		{"the year's period in a quarter", "Net rose in the first quarter from a loss in the 2023 period.", wed, "the first quarter=DATE:2024-Q1; the 2023 period=DATE:2023-Q1"},
		{"the year's period after nine months", "Net rose in the first quarter. For the nine months, net fell from the 2023 period.", wed, "the first quarter=DATE:2024-Q1; the nine months=DURATION:P9M; 2023 period=DATE:2023"},

		{"fiscal quarter referred back", "Net rose in the fiscal first quarter. During the quarter, sales fell from a year earlier.", wed, "the fiscal first quarter=DATE:2024-Q1; the quarter=DATE:2024-QX; a year earlier=DATE:2023-QX"},
		{"calendar quarter referred back", "Net rose in the first quarter. During the quarter, sales fell from a year earlier.", wed, "the first quarter=DATE:2024-Q1; the quarter=DATE:2024-Q1; a year earlier=DATE:2023-Q1"},

		// Codes of business copy stand for the words.
		{"quarter codes", "Q2 earnings beat estimates; revenue in 2Q24 and in Q3 2023 rose.", wed, "Q2=DATE:2024-Q2; 2Q24=DATE:2024-Q2; Q3 2023=DATE:2023-Q3"},
		{"half and fiscal codes", "Sales in H1 2025 will match FY2024 and FY23.", wed, "H1 2025=DATE:2025-H1; FY2024=DATE:2024; FY23=DATE:2023"},
		{"fiscal quarter codes", "Revenue in Q3 FY25 and Q1 FY2026 rose.", wed, "Q3 FY25=DATE:2025-Q3; Q1 FY2026=DATE:2026-Q1"},
		{"codes that are names", "The Audi Q3, the H1B visa, H1N1 flu and the H1 CVE list.", wed, ""},

		// Abbreviated and written-out dates.
		{"abbreviation", "The fund pays on Aug. 7.", wed, "Aug. 7=DATE:2024-08-07"},
		{"abbreviation past", "The accord was signed Sept. 2 in a small ceremony.", wed, "Sept. 2=DATE:2023-09-02"},
		{"full date", "The vote was held on Nov. 8, 2023.", wed, "Nov. 8, 2023=DATE:2023-11-08"},
		{"day month year", "It ended on 8 November 2023.", wed, "8 November 2023=DATE:2023-11-08"},
		{"iso", "Filed 2023-11-08.", wed, "2023-11-08=DATE:2023-11-08"},
		{"iso time stamp", "Filed 2023-11-08T09:30:00Z and 2023-11-09T14:05.", wed, "2023-11-08T09:30:00Z=TIME:2023-11-08T09:30; 2023-11-09T14:05=TIME:2023-11-09T14:05"},
		{"figures", "Due 06/30/2024, filed 2024/06/18, signed 30.06.2024 and 5/5/2024.", wed, "06/30/2024=DATE:2024-06-30; 2024/06/18=DATE:2024-06-18; 30.06.2024=DATE:2024-06-30; 5/5/2024=DATE:2024-05-05"},
		{"figures that could be either", "Filed 3/4/2024 and 04.03.2024; the score was 6/15.", wed, ""},
		{"month year", "Prices peaked in August 1988.", wed, "August 1988=DATE:1988-08"},
		{"no year, no document date", "Shops close on Dec. 25 every year.", time.Time{}, "Dec. 25=DATE:XXXX-12-25; every year=SET:P1Y"},

		// Words that only look like dates.
		{"may the verb", "Prices may rise. May we ask?", wed, ""},
		{"may the month", "The summit took place in May.", wed, "May=DATE:2024-05"},
		{"march the verb", "Workers plan to march through the city.", wed, ""},
		{"march the month", "The law passed in March.", wed, "March=DATE:2024-03"},
		{"we and sat", "We sat down. WE agreed.", wed, ""},
		{"numbers", "Route 6 runs 400 miles. The 2000 troops left. It costs $2000.", wed, ""},
		{"year", "He first visited in 2000.", wed, "2000=DATE:2000"},
		{"round year after since", "Since 2000 output has doubled; until 2010 growth was slow.", wed, "2000=DATE:2000; 2010=DATE:2010"},
		{"year ranges", "The 2008-2009 slump; between 2001 and 2005 rates fell, and from 1990 to 1995 sales rose.", wed, "2008=DATE:2008; 2009=DATE:2009; 2001=DATE:2001; 2005=DATE:2005; 1990=DATE:1990; 1995=DATE:1995"},
		{"round count after of", "A force of 2000 soldiers left.", wed, ""},
		{"year before a noun", "Its 1987 crash still haunts traders.", wed, "1987=DATE:1987"},

		// Quarters, seasons, decades, centuries, references.
		{"quarters", "Profit rose in the first quarter of 1998 and in the third quarter.", wed, "the first quarter of 1998=DATE:1998-Q1; the third quarter=DATE:2023-Q3"},
		{"season", "Work resumes this summer.", wed, "this summer=DATE:2024-SU"},
		{"decade", "Rents doubled in the 1990s.", wed, "the 1990s=DATE:199"},
		{"hundreds", "Mills rose in the 1800s and the early 1900s, and closed in the 2000s.", wed, "the 1800s=DATE:18; early 1900s=DATE:19/START; the 2000s=DATE:200"},
		{"century", "A 20th century idea.", wed, "20th century=DATE:19"},
		{"references", "Now the firm is recently listed and plans for the future.", wed, "Now=DATE:PRESENT_REF; recently=DATE:PAST_REF; the future=DATE:FUTURE_REF"},

		// "The year" said alone is the year the text is about.
		{"the year", "Shares hit a low for the year in May.", wed, "the year=DATE:2024; May=DATE:2024-05"},
		{"the year of a text's date", "Rainfall in 2019 was low; for the year, crops failed.", wed, "2019=DATE:2019; the year=DATE:2019"},
		{"the year and an amount", "The stock reached a peak for the year of $31 in March.", wed, "the year=DATE:2024; March=DATE:2024-03"},
		{"the year bounded by a date", "For the year ended March 31, the airline lost money.", wed, "the year=DURATION:P1Y; March 31=DATE:2024-03-31"},
		{"the fiscal year", "Earnings will fall for the fiscal year; for the fiscal year ended May 31 they rose.", wed, "the fiscal year=DATE:2024; the fiscal year=DURATION:P1Y; May 31=DATE:2024-05-31"},
		{"throughout the year", "Prices rose throughout the year.", wed, "the year=DURATION:P1Y"},
		{"the year before", "Profit doubled in 2021 from the year before.", wed, "2021=DATE:2021"},
		{"the year in which", "It was the year in which prices fell.", wed, ""},
		{"a title", "She was named Person of the Year.", wed, ""},
		{"the year was", "The year was 1968.", wed, "1968=DATE:1968"},

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

		{"the week of", "Talks end the week of June 24.", wed, "June 24=DATE:2024-06-24"},

		// Holidays are days by name.
		{"christmas day", "Shops will close on Christmas Day and New Year's Eve.", wed, "Christmas Day=DATE:2024-12-25; New Year's Eve=DATE:2024-12-31"},
		{"christmas after a preposition", "Sales rose before Christmas. Christmas sales fell.", wed, "Christmas=DATE:2023-12-25"},
		{"good friday", "Markets were shut on Good Friday.", wed, "Good Friday=DATE:2024-03-29"},
		{"easter with a year", "The church reopened at Easter 2019.", wed, "Easter 2019=DATE:2019-04-21"},
		{"thanksgiving", "The parade will run on Thanksgiving Day.", wed, "Thanksgiving Day=DATE:2024-11-28"},
		{"holiday without a document date", "Shops close on Christmas Day.", time.Time{}, "Christmas Day=DATE:XXXX-12-25"},
		{"a good day", "It was a good Friday for stocks, and New York voted.", wed, "Friday=DATE:2024-06-14"},

		// Clock times.
		{"clock", "The polls closed at 8 p.m. local time.", wed, "8 p.m. local time=TIME:2024-06-19T20:00"},
		{"british clock", "The blast came at 10.30am; at midday on Friday the roads reopened. It rose 10.30 percent.", wed, "10.30am=TIME:2024-06-19T10:30; midday on Friday=TIME:2024-06-14T12:00"},
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
