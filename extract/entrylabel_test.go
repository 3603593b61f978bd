package extract

import "testing"

// TestTimelineEntryOwner checks that the pronoun opening a sentence of a
// timeline's entry names the subject of the sentence before when that
// sentence opens on the entry's date and a dash ("2012 — Ruiz, a former
// customs officer, joins ..." "Four years later he takes charge ..."): the
// date is the entry's label, not the sentence's subject; a span counted on
// ("Four years later he") opens a sentence as a phrase of time does. Probes
// written before the rule (realistic sentences, no set's).
func TestTimelineEntryOwner(t *testing.T) {
	text := "Former customs officer Pablo Ruiz goes on trial next month. Here is how the case unfolded.\n\n" +
		"2012 — Ruiz, a former customs officer, joins the port authority. Four years later he takes charge of its cargo scanners.\n\n" +
		"2019 — An internal audit recommends a second officer at every scan.\n\n" +
		"March 2024 — The Dunmore Trust, a charity, opens a shelter in the harbour. It moves to a larger site in May.\n"
	got := eventTitles(t, "2026-11-20", text)
	for date, want := range map[string]string{
		"2016": "Pablo Ruiz takes charge of its cargo scanners",
		"2019": "An internal audit recommends a second officer at every scan",
	} {
		if got[date] != want {
			t.Errorf("title at %s %q, want %q (all %q)", date, got[date], want, got)
		}
	}
}
