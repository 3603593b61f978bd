package extract

import (
	"strings"
	"testing"
)

// TestSplitSentencesZoneWritten: a clock's "a.m." or "p.m." before a time
// zone written out ("Mountain time", "Eastern Standard Time") ends no
// sentence; before a new sentence that opens on such a word it still does.
func TestSplitSentencesZoneWritten(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"The order, issued at about 10 p.m. Mountain time, took effect at once.", []string{"The order, issued at about 10 p.m. Mountain time, took effect at once."}},
		{"Polls closed at 8 p.m. Eastern time on Tuesday.", []string{"Polls closed at 8 p.m. Eastern time on Tuesday."}},
		{"The launch is set for 6:15 a.m. Pacific Daylight Time.", []string{"The launch is set for 6:15 a.m. Pacific Daylight Time."}},
		{"The ship left at 9 a.m. Pacific shipping lines said the delay was short.", []string{"The ship left at 9 a.m.", "Pacific shipping lines said the delay was short."}},
	} {
		var got []string
		for _, sp := range splitSentences(tc.in, 0, len(tc.in)) {
			got = append(got, tc.in[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestZoneWrittenJoinsClock: the zone written out after a clock's "p.m."
// goes with the time, and the day after it dates the clause.
func TestZoneWrittenJoinsClock(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2027-03-10", "The airline grounded its fleet at 10 p.m. Mountain time on Monday.", "2027-03-08", "The airline grounded its fleet"},
		{"2027-03-10", "The emergency order, issued at about 10 p.m. Eastern time on Monday, took effect immediately.", "2027-03-08", "The emergency order was issued"},
	} {
		if got := eventTitles(t, c.dct, c.text); got[c.date] != c.want {
			t.Errorf("%q: titles %q, want %q under %s", c.text, got, c.want, c.date)
		}
	}
}

// TestSplitSentencesNoInSmallLetters: "no" in small letters before a
// period and a capital ends its sentence ("voting no."); the abbreviation
// of number is written "No." or goes before a figure.
func TestSplitSentencesNoInSmallLetters(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"The motion passed 6-3, with two members voting no. About 90 residents attended.", []string{"The motion passed 6-3, with two members voting no.", "About 90 residents attended."}},
		{"Asked whether he would resign, he said no. The board meets again in May.", []string{"Asked whether he would resign, he said no.", "The board meets again in May."}},
		{"Train No. 57 left on time.", []string{"Train No. 57 left on time."}},
		{"The court cited patent no. 5,123,456 in its ruling.", []string{"The court cited patent no. 5,123,456 in its ruling."}},
		{"Was anyone hurt? No. The driver walked away.", []string{"Was anyone hurt?", "No.", "The driver walked away."}},
	} {
		var got []string
		for _, sp := range splitSentences(tc.in, 0, len(tc.in)) {
			got = append(got, tc.in[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitSentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
