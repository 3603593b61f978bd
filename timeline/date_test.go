package timeline

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

func TestParseDateRoundTrip(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"2000", YearOf(2000)},
		{"2019-Q2", QuarterOf(2019, 2)},
		{"2023-09", MonthOf(2023, time.September)},
		{"2024-W24", WeekOf(2024, 24)},
		{"2020-W53", WeekOf(2020, 53)},
		{"2019-04-25", DayOf(2019, time.April, 25)},
		{"2024-02-29", DayOf(2024, time.February, 29)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
		if s := got.String(); s != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, s)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "19", "199X", "2023-13", "2023-02-29", "2021-W53", "2023-W00",
		"2023-Q5", "PRESENT_REF", "XXXX-12-25", "2023-9", "2023-09-1", "+2023", "2023-SU", "0000"} {
		if d, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, d)
		}
	}
}

func TestWeekBounds(t *testing.T) {
	tests := []struct {
		d           Date
		first, last string
	}{
		{WeekOf(2024, 24), "2024-06-10", "2024-06-16"},
		{WeekOf(2020, 53), "2020-12-28", "2021-01-03"},
		{WeekOf(2021, 1), "2021-01-04", "2021-01-10"},
		{MonthOf(2024, time.February), "2024-02-01", "2024-02-29"},
		{QuarterOf(2023, 4), "2023-10-01", "2023-12-31"},
		{YearOf(2000), "2000-01-01", "2000-12-31"},
	}
	for _, tt := range tests {
		if got := tt.d.First().Format(time.DateOnly); got != tt.first {
			t.Errorf("%v.First() = %s, want %s", tt.d, got, tt.first)
		}
		if got := tt.d.Last().Format(time.DateOnly); got != tt.last {
			t.Errorf("%v.Last() = %s, want %s", tt.d, got, tt.last)
		}
	}
}

func TestContainsAndCompare(t *testing.T) {
	sep := MonthOf(2023, time.September)
	if !sep.Contains(DayOf(2023, time.September, 13)) {
		t.Error("September 2023 should contain 2023-09-13")
	}
	if sep.Contains(WeekOf(2023, 39)) { // 25 Sept - 1 Oct
		t.Error("September 2023 should not contain 2023-W39")
	}
	if !YearOf(2023).Before(sep) || !sep.Before(DayOf(2023, time.September, 1)) {
		t.Error("coarse dates should sort before finer ones that start the same day")
	}
	if DayOf(2023, time.September, 13).Compare(DayOf(2023, time.September, 13)) != 0 {
		t.Error("equal dates should compare 0")
	}
}

func TestDateJSON(t *testing.T) {
	type wrap struct {
		D Date `json:"d"`
		E Date `json:"e,omitzero"`
	}
	b, err := json.Marshal(wrap{D: WeekOf(2024, 24)})
	if err != nil || string(b) != `{"d":"2024-W24"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var w wrap
	if err := json.Unmarshal([]byte(`{"d":"2023-09","e":"2023-09-14"}`), &w); err != nil {
		t.Fatal(err)
	}
	if w.D != MonthOf(2023, 9) || w.E != DayOf(2023, 9, 14) {
		t.Errorf("Unmarshal = %+v", w)
	}
	if err := json.Unmarshal([]byte(`{"d":"2023-13"}`), &w); err == nil {
		t.Error("Unmarshal of 2023-13 should fail")
	}
}

func ExampleDate_String() {
	fmt.Println(MonthOf(2023, time.September))
	fmt.Println(WeekOf(2024, 24))
	fmt.Println(DayOf(2019, time.April, 25))
	// Output:
	// 2023-09
	// 2024-W24
	// 2019-04-25
}

func TestTimelineSort(t *testing.T) {
	tl := Timeline{Events: []Event{
		{ID: "b", Date: DayOf(2023, 9, 13)},
		{ID: "a", Date: DayOf(2023, 9, 13)},
		{ID: "c", Date: MonthOf(2023, 9)},
		{ID: "d", Date: YearOf(2000)},
	}, Articles: []Article{{Path: "z.md"}, {Path: "a.md"}}}
	tl.Sort()
	var got string
	for _, e := range tl.Events {
		got += e.ID
	}
	if got != "dcab" {
		t.Errorf("order = %s, want dcab", got)
	}
	if a, ok := tl.Article("z.md"); !ok || a.Path != "z.md" {
		t.Errorf("Article(z.md) = %v, %v", a, ok)
	}
	if _, ok := tl.Article("nope.md"); ok {
		t.Error("Article(nope.md) found")
	}
}
