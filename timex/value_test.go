package timex_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timeline"
	"github.com/dateline-news/dateline/timex"
)

// TestValueAgreesWithString checks, on every expression of TimeBank and of
// made-up texts without a document date, that the typed value says what
// the TIMEX3 string says, as a program that parsed the string back would
// read it: the type, the timeline date of a DATE or TIME (the string cut
// at T, read by timeline.ParseDate), the unknown fields (an X), and the
// count and unit of a duration in years or days ("P24Y", "P3D").
func TestValueAgreesWithString(t *testing.T) {
	var tg timex.Tagger
	check := func(name string, x timex.Timex) {
		t.Helper()
		v := x.Val
		if v.String() != x.Value || v.Type.String() != x.Type {
			t.Errorf("%s: %q: Val %+v formats %q %s, Value %q %s", name, x.Text, v, v.String(), v.Type, x.Value, x.Type)
		}
		s := x.Value
		if i := strings.IndexByte(s, 'T'); i >= 0 {
			s = s[:i]
		}
		want, err := timeline.ParseDate(s)
		wantOK := err == nil && (x.Type == "DATE" || x.Type == "TIME")
		got, ok := v.Date()
		if ok != wantOK || ok && got != want {
			t.Errorf("%s: %q %s %s: Date() = %v %v, the string gives %v %v", name, x.Text, x.Type, x.Value, got, ok, want, wantOK)
		}
		if x.Type == "DATE" || x.Type == "TIME" {
			if (v.Unknown != 0) != strings.Contains(x.Value, "X") {
				t.Errorf("%s: %q %s: Unknown %b", name, x.Text, x.Value, v.Unknown)
			}
		}
		if x.Type == "DURATION" {
			for _, u := range []struct {
				unit timex.Unit
				code string
			}{{timex.UnitYear, "Y"}, {timex.UnitDay, "D"}} {
				n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(x.Value, "P"), u.code))
				fromString := err == nil && strings.HasPrefix(x.Value, "P") && strings.HasSuffix(x.Value, u.code)
				typed := v.Unit == u.unit && v.Unknown&timex.UnknownCount == 0
				if typed != fromString || typed && n != v.N {
					t.Errorf("%s: %q %s: N %d Unit %d, the string gives %d (%v)", name, x.Text, x.Value, v.N, v.Unit, n, fromString)
				}
			}
		}
	}
	n := 0
	for _, doc := range readTimeBank(t) {
		for _, x := range tg.Tag(doc.Text, doc.DCT) {
			check(doc.Name, x)
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d expressions in TimeBank", n)
	}
	for _, text := range []string{
		"They met on Tuesday, then every Monday, and will meet on Christmas Day and on March 3.",
		"The talks lasted a fortnight, then two days; they paid $5 an hour at 10:30 a.m. in the third quarter.",
	} {
		for _, x := range tg.Tag(text, time.Time{}) {
			check("no DCT", x)
		}
		for _, x := range tg.Tag(text, time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)) {
			check("DCT 2024-06-19", x)
		}
	}
}

// TestValueString formats values of every kind.
func TestValueString(t *testing.T) {
	for _, c := range []struct {
		v    timex.Value
		want string
	}{
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainDay, Year: 2019, Month: 4, Day: 25}, "2019-04-25"},
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainDay, Month: 12, Day: 25, Unknown: timex.UnknownYear}, "XXXX-12-25"},
		{timex.Value{Type: timex.TypeSet, Grain: timex.GrainDay, Weekday: 1, Unknown: timex.UnknownYear | timex.UnknownWeek}, "XXXX-WXX-1"},
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainWeek, Year: 2019, Unknown: timex.UnknownWeek}, "2019-WXX"},
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainWeekend, Year: 2024, Week: 7}, "2024-W07-WE"},
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainQuarter, Year: 1989, Unknown: timex.UnknownPart}, "1989-QX"},
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainSeason, Year: 1994, Part: 4}, "1994-WI"},
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainDecade, Year: 1990}, "199"},
		{timex.Value{Type: timex.TypeDate, Grain: timex.GrainCentury, Year: 1900}, "19"},
		{timex.Value{Type: timex.TypeTime, Grain: timex.GrainDay, Year: 2024, Month: 6, Day: 18, PartOfDay: timex.Morning}, "2024-06-18TMO"},
		{timex.Value{Type: timex.TypeTime, Grain: timex.GrainDay, Year: 2024, Month: 6, Day: 18, Clock: true, Hour: 9, Minute: 5}, "2024-06-18T09:05"},
		{timex.Value{Type: timex.TypeDuration, N: 24, Unit: timex.UnitYear}, "P24Y"},
		{timex.Value{Type: timex.TypeDuration, N: 3, Unit: timex.UnitHour}, "PT3H"},
		{timex.Value{Type: timex.TypeDuration, Unit: timex.UnitDecade, Unknown: timex.UnknownCount}, "PXDE"},
		{timex.Value{Type: timex.TypeDate, Ref: timex.PastRef}, "PAST_REF"},
	} {
		if got := c.v.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.v, got, c.want)
		}
	}
}
