package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestForecastTargetComplement: a time in what a second predicate of
// saying tells is forecast, told in the passive ("kept its gale alert
// up and said more snow was forecast for Friday evening"), tells when the
// forecast thing is due: it dates neither the saying nor the first
// predicate (forecastSaid). (The probes were written before the rule; on
// the old code each dated the first clause, saying and all, at the
// forecast's day.)
func TestForecastTargetComplement(t *testing.T) {
	for _, c := range []struct{ pub, text, date, not string }{
		{"2026-01-11", "Forecasters issued a yellow warning for ice across the region and said more snow was forecast for Tuesday.", "2026-01-13",
			"Forecasters issued a yellow warning for ice across the region"},
		{"2026-03-03", "The council opened two rest centres in the town and said more heavy rain was forecast for Thursday.", "2026-03-05",
			"The council opened two rest centres in the town"},
		{"2026-07-14", "The weather service extended its heat advisory and said temperatures were forecast to peak on Friday.", "2026-07-17",
			"The weather service extended its heat advisory"},
		{"2026-11-20", "Port officials suspended ferry sailings to the islands and said winds of up to 80 mph were predicted for Saturday night.", "2026-11-21",
			"Port officials suspended ferry sailings to the islands"},
	} {
		for _, title := range titlesOn(c.date, [2]string{c.pub, c.text}) {
			if strings.HasPrefix(title, c.not) {
				t.Errorf("%q: %s titled %q", c.text, c.date, title)
			}
		}
	}
	// A complement told with "would" keeps its own rule (titled by
	// itself, reportedComplement).
	if got := titlesOn("2026-01-13", [2]string{"2026-01-11", "Forecasters said more snow would fall on Tuesday."}); !slices.Contains(got, "More snow would fall, Forecasters said") && !slices.Contains(got, "More snow would fall") {
		t.Errorf("would fall on Tuesday: 2026-01-13 titled %q", got)
	}
}
