package extract

import "testing"

// TestOpeningWithPhraseGoes: an opening circumstance ("Speaking at a news
// conference in Lille,") that a second one set off by commas and opened by
// "with" follows (", with her agent and her coach beside her,") goes
// with it from a title too long, as one alone does: the clause starts
// after the second comma, and a cut inside the two would leave no verb.
func TestOpeningWithPhraseGoes(t *testing.T) {
	for _, c := range []struct{ dct, text, date, want string }{
		// (Published two days after the told happening: near its telling,
		// titled by it; see titleAboveTime.)
		{"2025-06-05", "Speaking at a crowded news conference at a sports hall in Lille, with her agent and her coach beside her, the 24-year-old French swimmer said she had heard of the positive test in an email from her federation on the evening of June 3.",
			"2025-06-03", "The 24-year-old French swimmer said she had heard of the positive test in an email from her federation"},
		{"2025-08-30", "Speaking to reporters outside the training ground near Leeds on Friday, with the club's owner standing beside him, the new manager said he expected to sign two more defenders before the end of the month.",
			"2025-08-29", "The new manager said he expected to sign two more defenders"},
		{"2025-06-10", "At a packed meeting in the town hall on Tuesday, with more than 300 residents crowding the aisles and the doorways, the council leader said the library would stay open for at least two more years.",
			"2025-06-10", "The council leader said the library would stay open for at least two more years"},
		// Control: a short title keeps its opening as it was.
		{"2025-06-10", "Speaking outside the court on Monday, with his wife beside him, the former minister said he would appeal the verdict.",
			"2025-06-09", "Speaking outside the court, with his wife beside him, the former minister said he would appeal the verdict"},
	} {
		if got := eventTitles(t, c.dct, c.text)[c.date]; got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}
