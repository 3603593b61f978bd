package timex_test

import (
	"fmt"
	"time"

	"github.com/dateline-news/dateline/timex"
)

func ExampleTag() {
	text := "The ministers met on Tuesday and will meet again next month. " +
		"Their first talks were on Aug. 7, 2019, after a pause of three years."
	dct := time.Date(2024, time.June, 19, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, x := range timex.Tag(text, dct) {
		fmt.Printf("%-14q %-8s %s\n", x.Text, x.Type, x.Value)
	}
	// Output:
	// "Tuesday"      DATE     2024-06-18
	// "next month"   DATE     2024-07
	// "Aug. 7, 2019" DATE     2019-08-07
	// "three years"  DURATION P3Y
}
