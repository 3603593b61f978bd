package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestCutEndsWhole: a long title is cut only where the words before the
// cut stand as a clause, never right after a word that governs what
// follows: a verb of coming or going, the "so" of "so that", a word set
// off by a comma and the preposition it takes before a clause, or a
// directing verb's object before the aside that parts it from its "to".
func TestCutEndsWhole(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// The aside between the one directed and its "to" goes.
		{"The health ministry had urged hospitals in the northern provinces, in a circular signed by the deputy minister, to cancel all routine surgery for a fortnight.",
			"The health ministry had urged hospitals in the northern provinces to cancel all routine surgery for a fortnight"},
		// A phrase set off by a comma goes whole with the clause its
		// preposition takes.
		{"The missing climber's rucksack was found by a farmer in a gully below the northern ridge, close to where a helicopter crew had seen a torch the night before.",
			"The missing climber's rucksack was found by a farmer in a gully below the northern ridge"},
	} {
		ws := strings.Fields(strings.TrimSuffix(c.in, "."))
		out, _ := shorten(ws, false)
		if got := strings.TrimRight(strings.Join(withoutDangling(out), " "), ","); got != c.want {
			t.Errorf("shorten(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
	// A "so" does not end a cut title ...
	so := "Volunteers cleared fallen branches from the tracks below the quarry through the night so that the first trains could run safely, a spokesman for the line said"
	if out, _ := shorten(strings.Fields(so), false); strings.EqualFold(withoutDangling(out)[len(withoutDangling(out))-1], "so") {
		t.Errorf("shorten(%q) = %q: ends on the \"so\" of \"so that\"", so, strings.Join(out, " "))
	}
	// ... nor a verb of coming or going: no phrase is cut off after one.
	ws := strings.Fields("Two men accused of breaking into the council's payroll system and stealing the bank details of 900 staff went on trial at Exeter Crown Court")
	if i := slices.Index(ws, "on"); phraseCut(ws, i) || !phraseCut(ws, slices.Index(ws, "at")) {
		t.Errorf("phraseCut: want no cut between \"went\" and \"on trial\", a cut before \"at\"")
	}
	// (A preposition that opens its own clause, "a vote in which", is
	// cut before as it was.)
	vote := strings.Fields("The walkout was called by the union of hospital porters and cleaners after a postal vote in which nine in ten members backed action over pay and rotas")
	if out, _ := shorten(vote, false); strings.Join(withoutDangling(out), " ") != "The walkout was called by the union of hospital porters and cleaners after a postal vote" {
		t.Errorf("shorten(vote) = %q", strings.Join(withoutDangling(out), " "))
	}
	// Through clauseTitle: the time in the aside goes, so does the aside.
	s := "The regional bank had told its shareholders, in a letter sent out in January, to expect a dividend of about 40 cents a share this year."
	i := strings.Index(s, "January")
	got := clauseTitle(s, [2]int{0, len(s)}, &timex.Timex{Start: i, End: i + len("January"), Text: "January"})
	if !strings.HasPrefix(got, "The regional bank had told its shareholders to expect a dividend") {
		t.Errorf("clauseTitle(%q) = %q, want what the shareholders were told", s, got)
	}
	// A time that is all a verb of coming is told with stays with it (the
	// clause up to its comma); one a measure after it tells goes as before
	// (the whole sentence).
	for _, c := range []struct{ in, x, upTo, want string }{
		{"The first warning that the dam was failing came on Sunday evening, when a farmer saw water pouring from its base.", "Sunday evening", ",",
			"The first warning that the dam was failing came on Sunday evening"},
		{"The singer's last tour of Japan came in 1994, two years before she retired.", "1994", "",
			"The singer's last tour of Japan came two years before she retired"},
	} {
		i, end := strings.Index(c.in, c.x), len(c.in)
		if c.upTo != "" {
			end = strings.Index(c.in, c.upTo)
		}
		if got := clauseTitle(c.in, [2]int{0, end}, &timex.Timex{Start: i, End: i + len(c.x), Text: c.x}); got != c.want {
			t.Errorf("clauseTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
