package extract

import (
	"slices"
	"testing"
)

// TestBareDefiniteLoses: a source whose title opens on a bare definite
// noun phrase ("The woman died ...", "The company recalled ...") points
// back at a sentence before it, as a pronoun does; another source's title
// that names its subject reads better, whichever article comes first. A
// definite with a name of its own ("The Harbour Board", "The death of
// Ana Reyes") stands alone. Probes written before the rule.
func TestBareDefiniteLoses(t *testing.T) {
	for _, c := range []struct {
		date string
		a, b [2]string
	}{
		{"2026-03-04",
			[2]string{"2026-03-05", "A retired nurse was found unconscious in her flat in Delwick last week. The woman died at St Anne's Hospital on Wednesday, police said."},
			[2]string{"2026-03-06", "Joan Pelham, 77, of Delwick died in hospital on Wednesday after a fall at home."}},
		{"2026-08-11",
			[2]string{"2026-08-12", "Brightwell Foods has pulled a line of frozen pies from shops. The company recalled the pies on Tuesday after complaints of plastic fragments."},
			[2]string{"2026-08-13", "Brightwell Foods recalled 40,000 frozen chicken pies on Tuesday after customers found plastic in them."}},
		{"2026-10-20",
			[2]string{"2026-10-21", "Fans queued from dawn outside the new arena in Carrow. The doors opened at 9 a.m. on Tuesday and the first concert sold out within an hour."},
			[2]string{"2026-10-22", "The Carrow Arena opened its doors to the public on Tuesday with a sold-out concert."}},
	} {
		for _, arts := range [][][2]string{{c.a, c.b}, {c.b, c.a}} {
			if got := titlesOn(c.date, arts...); len(got) == 0 || slices.ContainsFunc(got, bareDefinite) {
				t.Errorf("%s titled %q, want no title that opens on a bare definite", c.date, got)
			}
		}
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"The woman died at a hospital", true},
		{"The company recalled the pies", true},
		{"The new model was recalled", true},
		{"The doors opened at 9 a.m.", true},
		{"The Harbour Board approved the plan", false},
		{"The death of Ana Reyes was ruled an accident", false},
		{"The European Commission fined the bank", false},
		{"Brightwell Foods recalled 40,000 pies", false},
		{"The vote", false},
		{"\"The company lied,\" Reyes said", false},
		{"The boy who went missing was found", false},
		{"The city lifted the advisory", false},
		{"The government's inquiry opened", false},
	} {
		if got := bareDefinite(c.title); got != c.want {
			t.Errorf("bareDefinite(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Joan Pelham, 77, of Delwick died in hospital", true},
		{"More than 300 people were evacuated", true},
		{"Brightwell Foods recalled 40,000 pies", true},
		{"Firefighters were called to the house", true},
		{"A 9-year-old Delwick girl was found", true},
		{"A faulty valve was found", false},
		{"The regulator pushed it back again", false},
		{"A man walked into his former workshop", false},
		{"Tabor was one of four crew taken", false},
		{"Delwick Foods has been in limbo since March", false},
		{"Delwick Foods was sold to a rival", true},
		{"A woman from her job at a bakery in central Delwick walked out", false},
		{"The Carrow Arena opened its doors", true},
		{"Police said he was arrested", false},
		{"Reyes said: \"We were ready\"", false},
	} {
		if got := standsAlone(c.title); got != c.want {
			t.Errorf("standsAlone(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
