package extract

import (
	"strings"
	"testing"
)

// TestToldRelativeSaying: in a relative clause whose relative pronoun is
// the subject of what a verb of saying tells ("the computer, which he said
// was seized in October"), a time dates the antecedent's told happening,
// never the saying; a title that keeps the saying without that subject
// ("He said was seized") tells neither and is no event. A time outside
// the relative clause, and a relative pronoun that is the teller ("which
// said on Monday"), keep their events.
func TestToldRelativeSaying(t *testing.T) {
	for _, tc := range []struct {
		text, date, wrong, keep string
	}{
		{"The council fined the owner of the warehouse, which inspectors said was storing chemicals illegally in January. The owner has appealed.",
			"2025-01", "inspectors said was", ""},
		{"The family sued the builder over the new extension, which they said had collapsed in heavy rain in January. The builder denies fault.",
			"2025-01", "they said had", ""},
		{"Lawyers for the company asked the judge to exclude the emails, which they said were obtained without a warrant in February. A ruling is expected next week.",
			"2025-02", "they said were", ""},
		{"Her lawyer asked the court to exclude evidence taken from her laptop, which he said was seized unlawfully on the day of her arrest in October. The judge will rule on Friday.",
			"2024-10", "he said was", ""},
		{"Police arrested a man on Monday, who they said had fled the scene of the crash. He is due in court on Friday.",
			"2025-03-03", "", "Police arrested a man"},
		{"The ministry, which said on Monday that it would review the rules, declined to comment further. Protesters gathered outside.",
			"2025-03-03", "", "The ministry"},
		// (Added after the fix: a noun "claims" before "were" is no
		// verb of saying.)
		{"Three tenants sued their landlord on Monday. Their claims were filed in January in the county court.",
			"2025-01", "", "claims were filed"},
	} {
		got := titlesOn(tc.date, [2]string{"2025-03-06", tc.text})
		for _, title := range got {
			if tc.wrong != "" && strings.Contains(strings.ToLower(title), tc.wrong) {
				t.Errorf("%q: %q, a saying without what it tells, dated %s", tc.text, title, tc.date)
			}
		}
		if tc.keep != "" && !strings.Contains(strings.Join(got, "\n"), tc.keep) {
			t.Errorf("%q: events of %s %q, want %q", tc.text, tc.date, got, tc.keep)
		}
	}
}
