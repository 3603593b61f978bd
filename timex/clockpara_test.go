package timex

import (
	"testing"
	"time"
)

// TestClockDayParagraph checks that a clock time that ends a paragraph
// takes no day from the paragraph after it: a chronology's next label, a
// heading's day, opens its own line ("The hospital diverts ambulances
// from 6 a.m. / March 12 — The hospital confirms ..."), and is an
// expression of its own, of its own day. Within a paragraph the day after
// the time is still the time's ("at 7 p.m. March 12").
func TestClockDayParagraph(t *testing.T) {
	dct := time.Date(2030, 11, 15, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text  string
		lines bool
		want  []string // text=value of each expression, in order
	}{
		{"March 11 — The hospital diverts ambulances from 6 a.m.\n\nMarch 12 — The hospital confirms a ransomware attack.", false,
			[]string{"March 11=2030-03-11", "6 a.m.=2030-03-11T06:00", "March 12=2030-03-12"}},
		{"March 11 — The hospital diverts ambulances from 6 a.m.\nMarch 12 — The hospital confirms a ransomware attack.", true,
			[]string{"March 11=2030-03-11", "6 a.m.=2030-03-11T06:00", "March 12=2030-03-12"}},
		{"June 4: A public meeting is held at the library, 7 p.m.\n\nJune 8: Voting begins", false,
			[]string{"June 4=2030-06-04", "7 p.m.=2030-06-04T19:00", "June 8=2030-06-08"}},
		{"Jan. 25: The bridge reopens at noon.\n\nFeb. 2: The governor declares an emergency.", false,
			[]string{"Jan. 25=2030-01-25", "noon=2030-01-25T12:00", "Feb. 2=2030-02-02"}},
		{"The council will vote at 7 p.m. March 12, the clerk said.", false,
			[]string{"7 p.m. March 12=2031-03-12T19:00"}},
	}
	for _, c := range cases {
		var got []string
		for _, x := range (&Tagger{Lines: c.lines}).Tag(c.text, dct) {
			got = append(got, x.Text+"="+x.Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}
