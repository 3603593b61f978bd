package extract

import "testing"

// TestQuoteFeatureHeadline: a quotation, a colon and a noun phrase with
// its article ("the", "a") is a profile's or a feature's label, no news of
// the day; a quotation before news in headline words, a colon after a
// name, or a quotation that is no headline's opening stays news.
func TestQuoteFeatureHeadline(t *testing.T) {
	for _, tc := range []struct {
		head string
		want bool
	}{
		{"'I never once looked back': the nurse who ran the night shift for 30 years", true},
		{"“Every bolt was loose”: a mechanic's view of the grounded fleet", true},
		{"\"Heartbroken\": the town that lost its last bank", true},
		{"'We are heartbroken': family pays tribute to cyclist killed in crash", false},
		{"'I'm innocent': ex-mayor denies taking bribes", false},
		{"Storm Bella: the latest on road closures and power cuts", false},
		{"Carrasco quits: 'I leave so the city can breathe'", false},
	} {
		if got := explainerHeadline(tc.head); got != tc.want {
			t.Errorf("explainerHeadline(%q) = %v, want %v", tc.head, got, tc.want)
		}
	}
}
