package extract

import (
	"strings"
	"testing"
)

// TestSubjectParticipleOwnTime: a participle on the subject with a time of
// its own, then the subject's verb ("Families evacuated in January have
// been told ..."): the time dates the participle's happening, told as a
// passive of the subject ("Families were evacuated"), never the main
// verb, whose clause the sentence leaves undated. Probes written before
// the rule (session 35, dt35), not copied from any set.
func TestSubjectParticipleOwnTime(t *testing.T) {
	for _, tc := range []struct {
		sentence, partDate string
		mainWords          []string // words of the main verb's phrase a wrong title would hold
	}{
		{"Families evacuated in January have been told they can return home.", "2026-01", []string{"told", "return"}},
		{"Passengers stranded on Sunday were put up in hotels overnight.", "2026-03-08", []string{"put up", "hotels"}},
		{"Cars seized during the raid last month have been returned to their owners.", "2026-02", []string{"returned"}},
		{"Patients treated at the clinic in 2024 are being contacted by the health board.", "2024", []string{"contacted"}},
		{"Two teenagers detained on Saturday were released on bail.", "2026-03-07", []string{"released", "bail"}},
		{"Homes flooded in February have needed weeks to dry out.", "2026-02", []string{"needed", "dry"}},
	} {
		text := "Officials gave an update on the recovery on Thursday.\n\n" + tc.sentence + " More updates are expected."
		participleDateKept(t, text, tc.sentence, tc.partDate, tc.mainWords)
	}
}

// TestSetOffParticipleAfterFigure: a participle set off by a comma after
// an object that ends on a figure ("the record of 37.9C, set at ... in
// July 2022") or in a form that may be a noun ("set", "cut") tells the
// object's own happening: its time dates no event titled by the clause's
// verb. Probes written before the rule (session 35, dt35).
func TestSetOffParticipleAfterFigure(t *testing.T) {
	for _, tc := range []struct {
		sentence, partDate string
		mainWords          []string
	}{
		{"The new reading beats the previous high of 41.2C, set at Faro in August 2019.", "2019-08", []string{"beat"}},
		{"The council approved a budget of 4.2 million pounds, cut by a fifth in 2024.", "2024", []string{"approv"}},
		{"Fans have welcomed the attendance of 61,000, set at the final in May 2023.", "2023-05", []string{"welcom"}},
	} {
		text := "Officials gave an update on Thursday.\n\n" + tc.sentence + " More updates are expected."
		participleDateKept(t, text, tc.sentence, tc.partDate, tc.mainWords)
	}
}

// participleDateKept extracts text as one article of 2026-03-12 and fails
// when an event that cites sentence at partDate, the participle's date, has
// a title holding any of mainWords, the main verb's phrase.
func participleDateKept(t *testing.T, text, sentence, partDate string, mainWords []string) {
	t.Helper()
	tl, _ := Extract([]Doc{doc("a.md", "2026-03-12", text)}, Options{})
	for _, e := range tl.Events {
		src := false
		for _, s := range e.Sources {
			if strings.Contains(s.Sentence, sentence[:30]) {
				src = true
			}
		}
		if !src || e.Date.String() != partDate {
			continue
		}
		low := strings.ToLower(e.Title)
		for _, w := range mainWords {
			if strings.Contains(low, w) {
				t.Errorf("%q: %s %q gives the participle's date to the main verb", sentence, e.Date, e.Title)
			}
		}
	}
}
