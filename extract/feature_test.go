package extract

import "testing"

// TestFeatureHeadlineAfterColon: a headline whose part after its colon
// opens a scene ("life on the ...", "a night with ...") is a feature's,
// no happening; a colon before news, or a sentence of life in prison, is
// not.
func TestFeatureHeadlineAfterColon(t *testing.T) {
	for _, tc := range []struct {
		head string
		want bool
	}{
		{"Frost and flasks: life on the night shift at the gritting depot", true},
		{"Twelve hours of rain: a night with the flood wardens of Tewkesbury", true},
		{"Gritting depot: drivers walk out over pay", false},
		{"Killer of two: life in prison for Ashford gunman", false},
		{"Life on Mars could be found within a decade, says agency", false},
	} {
		if got := explainerHeadline(tc.head); got != tc.want {
			t.Errorf("%q: a feature's headline %v, want %v", tc.head, got, tc.want)
		}
	}
}
