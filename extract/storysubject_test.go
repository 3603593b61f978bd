package extract

import "testing"

// A "he" or "she" whose person the sentences before leave in doubt, two
// people named where the subject was found, keeps its pronoun; a lone
// subject is still named.
func TestStorySubjectInDoubt(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		{"2026-02-10", "A jury at Hallam Crown Court on Monday convicted a roofer of cheating 20 pensioners. " +
			"Kevin Wardle, 48, took payments for repairs he never made. " +
			"Wardle's brother, Kieran Wardle, 39, said the family was relieved. " +
			"He will be sentenced on March 3.",
			"2026-03-03", "He will be sentenced"},
		{"2026-02-10", "A jury at Hallam Crown Court on Monday convicted a roofer of cheating 20 pensioners. " +
			"Kevin Wardle, 48, took payments for repairs he never made. " +
			"He will be sentenced on March 3.",
			"2026-03-03", "Kevin Wardle will be sentenced"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("title on %s %q, want %q", c.date, got, c.want)
		}
	}
}
