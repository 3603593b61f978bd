package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/timex"
)

// spelledOrdinals are the days of a month written as ordinal words, as a
// style guide spells them (written here, not read from the lexicon).
var spelledOrdinals = []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
	"twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
	"twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"}

// TestDayOrdinalGrid: a day of the month written as an ordinal word ("the
// fifth of March", "March fifth", "the Fourth of July", "July Fourth",
// "the twenty-second of June 2036") dates its day, as its figures would;
// before, the month alone was read. The grid crosses every day 1-31 with
// the four shapes, with and without a year, in a past report on a day
// after them (expected from the calendar, not from the tagger).
func TestDayOrdinalGrid(t *testing.T) {
	dct, _ := time.Parse("2006-01-02", "2038-12-20")
	faults := 0
	for day := 1; day <= 31; day++ {
		w := spelledOrdinals[day]
		for _, form := range []struct{ text, expr string }{
			{"The council met on the " + w + " of October.", "the " + w + " of October"},
			{"The council met on October " + w + ", officials said.", "October " + w},
			{"The council met on the " + w + " of October 2035.", "the " + w + " of October 2035"},
			{"The council met on the " + strings.ToUpper(w[:1]) + w[1:] + " of October.", "the " + strings.ToUpper(w[:1]) + w[1:] + " of October"},
		} {
			year := "2038"
			if strings.Contains(form.expr, "2035") {
				year = "2035"
			}
			want := fmt.Sprintf("%s-10-%02d", year, day)
			got := "(none)"
			for _, x := range timex.Tag(form.text, dct) {
				if x.Text == form.expr {
					got = x.Value
				}
			}
			if got != want {
				faults++
				t.Errorf("Tag(%q): %q = %s, want %s", form.text, form.expr, got, want)
			}
		}
	}
	t.Logf("day ordinal grid: %d faults of %d", faults, 31*4)
}

// TestDayOrdinalGuards: an ordinal word that counts something else stays
// no day: "the first of many", "the second of three hearings", "May first
// be ..." (a verb), "the June first round" (a round of March), a
// "first-half" count.
func TestDayOrdinalGuards(t *testing.T) {
	dct, _ := time.Parse("2006-01-02", "2038-05-01")
	for _, p := range []directionProbe{
		{"2038-05-01", "It was the first of many such meetings.", "first", "(none)"},
		{"2038-05-01", "The second of three hearings ended early.", "second", "(none)"},
		{"2038-05-01", "May first be heard, the judge asked.", "May", "(none)"},
		{"2038-05-01", "The June first round of talks ended without a deal.", "June", "2038-06"},
		{"2038-05-01", "The firm reported its June first-half figures.", "June", "2038-06"},
		{"2038-05-01", "Crowds gathered for the Fourth of July parade last year.", "Fourth of July", "2038-07-04"},
		{"2038-05-01", "On July Fourth the bridge will reopen.", "July Fourth", "2038-07-04"},
		{"2038-05-01", "The pool was to open for the Fourth of July weekend.", "July", "2038-07"},
		{"2038-05-01", "Traffic peaked over the July Fourth holiday.", "July", "(none)"},
		{"2038-05-01", "He was born on the twenty-ninth of February 2036.", "twenty-ninth of February", "2036-02-29"},
	} {
		got := "(none)"
		for _, x := range timex.Tag(p.text, dct) {
			if strings.Contains(x.Text, p.expr) {
				got = x.Value
			}
		}
		if got != p.want {
			t.Errorf("Tag(%q): %q = %s, want %s", p.text, p.expr, got, p.want)
		}
	}
}
