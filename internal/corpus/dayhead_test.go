package corpus

import (
	"strings"
	"testing"
)

// TestLabelDayHeads reads timelines under day headings, written as
// newsrooms write them, and pages where a date on a line of its own is
// no such heading: a heading whose whole text is one day labels the
// paragraph below it ("4 May: ..."), in both Markdown paths; anything
// else stays a line of its own.
func TestLabelDayHeads(t *testing.T) {
	days := func(format func(day string) string, days ...string) string {
		var b strings.Builder
		b.WriteString("The inquiry heard how the week unfolded.\n\n")
		for i, d := range days {
			b.WriteString(format(d) + "\n\nThe board meets and votes on item " + string(rune('A'+i)) + ".\n\n")
		}
		return b.String()
	}
	bold := func(d string) string { return "**" + d + "**" }
	hash := func(d string) string { return "## " + d }
	plainLine := func(d string) string { return d }
	for _, c := range []struct {
		name, body string
		want       []string // lines of the text that must be there
		not        []string // lines that must not
	}{
		{"bold, day month", days(bold, "4 May", "5 May", "12 May"),
			[]string{"4 May: The board meets and votes on item A.", "12 May: The board meets and votes on item C."}, nil},
		{"##, month day (no goldmark)", days(hash, "March 7", "March 9", "April 22"),
			[]string{"March 7: The board meets and votes on item A.", "April 22: The board meets and votes on item C."}, nil},
		{"plain line, abbreviated, year", days(plainLine, "Mar. 7, 2030", "Sept. 9, 2030", "Oct. 2, 2030"),
			[]string{"Mar. 7, 2030: The board meets and votes on item A.", "Sept. 9, 2030: The board meets and votes on item B."}, nil},
		{"weekday and ordinal", days(bold, "Tuesday, March 7th", "Thursday, March 9th", "Monday 13 March"),
			[]string{"Tuesday, March 7th: The board meets and votes on item A.", "Monday 13 March: The board meets and votes on item C."}, nil},
		{"colon written", days(bold, "4 May:", "5 May:", "6 May:"),
			[]string{"4 May: The board meets and votes on item A."}, []string{"4 May:: The board meets and votes on item A."}},
		{"two headings are no timeline", days(bold, "4 May", "5 May"),
			[]string{"4 May", "The board meets and votes on item A."}, nil},
		{"a span is not a day", days(bold, "4 May", "5 May", "7-9 May", "12 May"),
			[]string{"7-9 May", "The board meets and votes on item C.", "12 May: The board meets and votes on item D."}, nil},
		{"words beside the day", days(bold, "4 May", "5 May", "12 May") + "**What happened on 13 May**\n\nThe board resigns.\n",
			[]string{"What happened on 13 May", "The board resigns."}, nil},
		{"a month alone", days(bold, "4 May", "5 May", "12 May") + "**June**\n\nThe board resigns.\n",
			[]string{"June", "The board resigns."}, nil},
		{"over a live stamp", days(bold, "4 May", "5 May", "12 May") + "**13 May**\n\n10:45 GMT\n\nThe board resigns.\n",
			[]string{"13 May", "10:45 GMT"}, nil},
		{"over a live entry", days(bold, "4 May", "5 May", "12 May") + "**13 May**\n\n9am: The board resigns.\n",
			[]string{"13 May", "9am: The board resigns."}, nil},
		{"over a subheading", days(bold, "4 May", "5 May", "12 May") + "**13 May**\n\n**Reaction**\n\nThe board resigns.\n",
			[]string{"13 May", "Reaction"}, nil},
		{"a schedule", "The council set out what happens next.\n\n**12 December**\n\nThe board votes on the appeal.\n\n**9 January**\n\nThe inspector returns.\n\n**3 February**\n\nThe quarry may reopen.\n",
			[]string{"12 December", "9 January", "The inspector returns."}, nil},
		{"a day after the page's, in its year", days(bold, "4 May", "5 May", "12 May", "16 November"),
			[]string{"4 May", "16 November", "The board meets and votes on item A."}, nil},
		{"years written, the page's past", days(bold, "12 December 2029", "9 January 2030", "3 February 2030"),
			[]string{"12 December 2029: The board meets and votes on item A.", "3 February 2030: The board meets and votes on item C."}, nil},
		{"a dateline", "Friday 28 January 2028\n\nThe board met on Thursday and voted.\n\nIt meets again on 4 May.\n",
			[]string{"Friday 28 January 2028", "The board met on Thursday and voted."}, nil},
	} {
		d, err := ReadFrom("page.md", strings.NewReader("---\ntitle: T\ndate: 2030-11-15\n---\n\n"+c.body), Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		lines := map[string]bool{}
		for _, l := range strings.Split(d.Text, "\n") {
			lines[l] = true
		}
		for _, w := range c.want {
			if !lines[w] {
				t.Errorf("%s: no line %q in\n%s", c.name, w, d.Text)
			}
		}
		for _, w := range c.not {
			if lines[w] {
				t.Errorf("%s: line %q in\n%s", c.name, w, d.Text)
			}
		}
		// The label keeps its heading's line of the file, the paragraph
		// its own.
		src := strings.Split("---\ntitle: T\ndate: 2030-11-15\n---\n\n"+c.body, "\n")
		for off := 0; off < len(d.Text); {
			end := strings.IndexByte(d.Text[off:], '\n') + off
			l := d.Text[off:end]
			if lab, para, ok := strings.Cut(l, ": The board"); ok {
				hl, pl := d.Line(off), d.Line(off+len(lab)+2)
				if !strings.Contains(src[hl-1], strings.TrimSuffix(lab, ":")) || !strings.Contains(src[pl-1], "The board"+para) {
					t.Errorf("%s: %q: label at line %d (%q), paragraph at line %d (%q)", c.name, l, hl, src[hl-1], pl, src[pl-1])
				}
			}
			off = end + 1
		}
	}
}
