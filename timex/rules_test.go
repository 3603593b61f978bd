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
func TestRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		dct  time.Time
		want string
	}{
		// Tense gives a bare weekday its direction.
		{"past weekday", "The envoys met on Friday.", wed, "Friday=DATE:2024-06-14"},
		// The end of a range counts from its start.
		{"weekday range", "The forum runs from Tuesday to Thursday in the port.", wed, "Tuesday=DATE:2024-06-18; Thursday=DATE:2024-06-20"},
		{"between weekdays", "The talks were held between Monday and Wednesday.", wed, "Monday=DATE:2024-06-17; Wednesday=DATE:2024-06-19"},
		{"date through weekday", "The fair was open from June 10 through Friday.", wed, "June 10=DATE:2024-06-10; Friday=DATE:2024-06-14"},
		{"day range before month", "The games ran from 5 to 9 September 2023.", wed, "5=DATE:2023-09-05; 9 September 2023=DATE:2023-09-09"},
		{"day range after month", "They met on June 18-19 in the capital.", wed, "June 18=DATE:2024-06-18; 19=DATE:2024-06-19"},
		{"day range with to", "The talks ran June 18 to 20.", wed, "June 18=DATE:2024-06-18; 20=DATE:2024-06-20"},
		{"hyphen range before month", "The summit on 18-19 June was the first.", wed, "18=DATE:2024-06-18; 19 June=DATE:2024-06-19"},
		{"not a range: a score", "The vote on June 18 went 18-19 against.", wed, "June 18=DATE:2024-06-18"},
		{"names are not days", "Residents of Spring Valley read The Sunday Times on Black Friday at the Wednesday Club.", wed, ""},
		{"names are not seasons", "The Fall of Saigon shaped the Arab Spring debate. Workers marched on May Day.", wed, ""},
		{"season still a season", "The talks resume in the spring.", wed, "the spring=DATE:2024-SP"},
		{"weekday after the still a day", "It happened on the Monday before the vote.", wed, "the Monday=DATE:2024-06-17"},
		{"the 2001 attacks", "The Sept. 11 commission met again.", wed, "The Sept. 11=DATE:2001-09-11"},
		{"two separate weekdays", "They met Monday and spoke again Wednesday.", wed, "Monday=DATE:2024-06-17; Wednesday=DATE:2024-06-19"},
		{"past weekday is today", "Officials spoke Wednesday.", wed, "Wednesday=DATE:2024-06-19"},
		{"future weekday", "The envoys will meet on Friday.", wed, "Friday=DATE:2024-06-21"},
		{"scheduled in the present", "The council meets Friday; Kim and Putin meet on Saturday.", wed, "Friday=DATE:2024-06-21; Saturday=DATE:2024-06-22"},
		{"the day of saying in the present", "The ministry says Monday that talks failed; officials say on Friday.", wed.AddDate(0, 0, 2), "Monday=DATE:2024-06-17; Friday=DATE:2024-06-21"},
		{"scheduled, begun yesterday", "The court convenes Wednesday. Kim hosts Putin from Tuesday to Thursday.", wed, "Wednesday=DATE:2024-06-19; Tuesday=DATE:2024-06-18; Thursday=DATE:2024-06-20"},
		{"scheduled, days back is ahead", "The trial opens Monday. Biden leaves for Asia on Sunday.", wed, "Monday=DATE:2024-06-24; Sunday=DATE:2024-06-23"},
		{"a plan as it stood", "The minister was due to arrive on Tuesday; the vote had been scheduled for Monday.", wed, "Tuesday=DATE:2024-06-18; Monday=DATE:2024-06-17"},
		{"a plural noun, not the present", "He filed tax returns on Monday.", wed.AddDate(0, 0, 2), "Monday=DATE:2024-06-17"},
		{"a noun, not the present", "His visits on Friday were brief; an attempt to meet Saturday failed.", wed, "Friday=DATE:2024-06-14; Saturday=DATE:2024-06-15"},
		{"a time stamp", "Updated 9:41 AM EDT, Tue June 18, 2024. Posted Wed., Nov. 8, 2023.", wed, "9:41 AM EDT, Tue June 18, 2024=TIME:2024-06-18T09:41; Wed., Nov. 8, 2023=DATE:2023-11-08"},
		{"reported future", "The ministry earlier said the envoy will arrive on Tuesday for talks.", wed, "Tuesday=DATE:2024-06-18"},
		{"reported arrangement", "Officials said the shares, suspended last week, are to resume trading Tuesday.", wed, "last week=DATE:2024-W24; Tuesday=DATE:2024-06-25"},
		{"reported schedule", "The agency said the talks are scheduled to open Monday.", wed, "Monday=DATE:2024-06-24"},
		{"month after a past verb", "The firm changed its fiscal year in December.", oct, "December=DATE:2023-12"},
		{"since a month", "He has led the party since January; prices have risen since Jan. 5.", time.Date(2024, time.December, 10, 0, 0, 0, 0, time.UTC), "January=DATE:2024-01; Jan. 5=DATE:2024-01-05"},
		{"month ahead of a past verb of saying", "The firm announced cuts in December.", oct, "December=DATE:2024-12"},
		{"month ahead of a past verb with until", "The offer was extended until December.", oct, "December=DATE:2024-12"},
		{"adjective in -ed", "The bonus would be paid on a still unspecified date in January.", wed, "January=DATE:2025-01"},
		{"participle after would be", "The prize would be held over until February.", wed, "February=DATE:2025-02"},
		{"intent in the past", "In May the board agreed to sell the plant in February.", wed, "May=DATE:2024-05; February=DATE:2025-02"},
		{"intent after the date", "In February, the board agreed to sell the plant.", wed, "February=DATE:2024-02"},
		{"a weekday's close", "The notes will convert at a premium over Tuesday's closing price.", wed, "Tuesday=DATE:2024-06-18"},
		{"reported future from the day of saying", "On Saturday the group said it would march on Sunday.", wed.AddDate(0, 0, 1), "Saturday=DATE:2024-06-15; Sunday=DATE:2024-06-16"},
		{"last month by name", "Prices fell last April and last May, and rose this past May.", wed, "last April=DATE:2024-04; last May=DATE:2023-05; this past May=DATE:2024-05"},
		{"last weekday", "Markets fell last Wednesday.", wed, "last Wednesday=DATE:2024-06-12"},
		{"next weekday", "Voting starts next Monday.", wed, "next Monday=DATE:2024-06-24"},
		{"part of day", "Shelling resumed Monday night.", wed, "Monday night=TIME:2024-06-17TNI"},
		{"early weekday", "The plane landed early Wednesday.", wed, "early Wednesday=DATE:2024-06-19/START"},

		// Later expressions anchor on earlier ones.
		{"next day", "The fair opened on March 3, 2021. The next day it rained.", wed, "March 3, 2021=DATE:2021-03-03; The next day=DATE:2021-03-04"},
		{"weeks later", "The fair opened on March 3, 2021, and closed two weeks later.", wed, "March 3, 2021=DATE:2021-03-03; two weeks later=DATE:2021-W11"},
		{"year earlier", "Output rose in 2019 from a year earlier.", wed, "2019=DATE:2019; a year earlier=DATE:2018"},
		{"day after an event", "A day after the vote, the mayor resigned.", wed, "A day=DURATION:P1D"},

		{"part of a day named before", "The summit opened on Sept. 12, 2023. That night a missile flew; the next morning Kim left.", wed, "Sept. 12, 2023=DATE:2023-09-12; That night=TIME:2023-09-12TNI; the next morning=TIME:2023-09-13TMO"},
		{"until then", "The offer expires on July 1. Until then, holders may convert.", wed, "July 1=DATE:2024-07-01; then=DATE:2024-07-01"},
		{"then alone", "He paid and then left.", wed, ""},
		{"later in the day", "The mayor spoke on Monday and left later in the day.", wed, "Monday=DATE:2024-06-17; the day=DATE:2024-06-17"},
		{"nth day of", "It's the third day of the strike.", wed, "the third day=DATE:2024-06-19"},
		{"nth day counted", "On the third day of talks, they agreed.", wed, ""},

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
		{"weekday, day month", "He quit on Monday 17 June; the vote is on Friday, 5 July 2024.", wed, "Monday 17 June=DATE:2024-06-17; Friday, 5 July 2024=DATE:2024-07-05"},
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

		// Relative to the document date.
		{"the last unit of", "In the last week of May and the last month of the year, the next week of talks.", wed, "May=DATE:2024-05; the year=DATE:2024"},
		{"units", "Sales fell last week, rose last month and will rise next year.", wed, "last week=DATE:2024-W24; last month=DATE:2024-05; next year=DATE:2025"},
		{"ago", "The plant closed three years ago.", wed, "three years ago=DATE:2021"},
		{"in so many units ahead", "The bonds will be redeemed in five years; the bridge opens in two weeks' time.", wed, "five years=DATE:2029; two weeks' time=DATE:2024-W27"},
		{"in so many units, a stretch", "It is his first visit in 24 years and prices will hit their highest level in five years.", wed, "24 years=DURATION:P24Y; five years=DURATION:P5Y"},
		{"in so many units, not a point", "Taxes will be low in a quarter that loses money; it will end in a year or two.", wed, "a quarter=DURATION:P1Q; a year or two=DATE:FUTURE_REF"},
		{"in so many units, the past", "In two years, the plant closed.", wed, "two years=DURATION:P2Y"},
		{"yesterday", "The council voted yesterday.", wed, "yesterday=DATE:2024-06-18"},
		{"today in a quote", `"We act today," the mayor said.`, wed, "today=DATE:PRESENT_REF"},
		{"today", "The mayor acts today.", wed, "today=DATE:2024-06-19"},
		{"quarters", "Profit rose in the first quarter of 1998 and in the third quarter.", wed, "the first quarter of 1998=DATE:1998-Q1; the third quarter=DATE:2023-Q3"},
		{"season", "Work resumes this summer.", wed, "this summer=DATE:2024-SU"},
		{"decade", "Rents doubled in the 1990s.", wed, "the 1990s=DATE:199"},
		{"hundreds", "Mills rose in the 1800s and the early 1900s, and closed in the 2000s.", wed, "the 1800s=DATE:18; early 1900s=DATE:19/START; the 2000s=DATE:200"},
		{"century", "A 20th century idea.", wed, "20th century=DATE:19"},
		{"references", "Now the firm is recently listed and plans for the future.", wed, "Now=DATE:PRESENT_REF; recently=DATE:PAST_REF; the future=DATE:FUTURE_REF"},
		{"weekend", "Crowds gathered over the weekend.", wed, "the weekend=DATE:2024-W24-WE"},

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

		{"the week", "The index fell 2% on Friday. For the week, it rose 1%.", wed, "Friday=DATE:2024-06-14; the week=DATE:2024-WXX"},
		{"the week of", "Talks end the week of June 24.", wed, "June 24=DATE:2024-06-24"},

		// Holidays are days by name.
		{"christmas day", "Shops will close on Christmas Day and New Year's Eve.", wed, "Christmas Day=DATE:2024-12-25; New Year's Eve=DATE:2024-12-31"},
		{"christmas after a preposition", "Sales rose before Christmas. Christmas sales fell.", wed, "Christmas=DATE:2023-12-25"},
		{"good friday", "Markets were shut on Good Friday.", wed, "Good Friday=DATE:2024-03-29"},
		{"easter with a year", "The church reopened at Easter 2019.", wed, "Easter 2019=DATE:2019-04-21"},
		{"thanksgiving", "The parade will run on Thanksgiving Day.", wed, "Thanksgiving Day=DATE:2024-11-28"},
		{"holiday without a document date", "Shops close on Christmas Day.", time.Time{}, "Christmas Day=DATE:XXXX-12-25"},
		{"a good day", "It was a good Friday for stocks, and New York voted.", wed, "Friday=DATE:2024-06-14"},

		// Durations and sets.
		{"durations", "A two-day visit after 18 months and twenty-four hours.", wed, "two-day=DURATION:P2D; 18 months=DURATION:P18M; twenty-four hours=DURATION:PT24H"},
		{"a few years ago", "The mill closed a few years ago.", wed, "a few years ago=DATE:PAST_REF"},
		{"vague duration", "It took several years.", wed, "several years=DURATION:PXY"},
		{"open counts", "In a year or two it will reopen; it shut two or three weeks ago and stayed shut for two or three days.", wed, "a year or two=DATE:FUTURE_REF; two or three weeks ago=DATE:PAST_REF; two or three days=DURATION:PXD"},
		{"open count at the end", "It was one or", wed, ""},
		{"bare units", "Talks dragged on for years, the deal may come within weeks, the first in decades; for hours.", wed, "years=DURATION:PXY; weeks=DURATION:PXW; decades=DURATION:PXDE; hours=DURATION:PTXH"},
		{"bare units that are no stretch", "After years of talks, and in years past.", wed, ""},
		{"sets", "The board meets every week and twice a year.", wed, "every week=SET:P1W; twice a year=SET:P1Y/2X"},
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
