package extract

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/timex"
)

// TestSharedTitleLinear checks that sharedTitle reads the clause's own
// sentence, not a copy of the whole article: it is called once a
// candidate, so a copy of the text each call made an article of many
// second predicates quadratic (4,000 sentences of "The charity runs three
// shelters ... and opened a fourth ... last October" took 2.7 s against
// 0.6 s before otherConjunct called it for each). Here the sentence's
// title; longInputs ("shared-title-text") titles it before 4 MB of text.
func TestSharedTitleLinear(t *testing.T) {
	sent := "The charity runs three shelters and opened a fourth last October."
	at := strings.Index(sent, "opened")
	x := strings.Index(sent, "last October")
	span := timex.Timex{Start: x, End: x + len("last October"), Text: "last October"}
	seg := [2]int{0, len(sent) - 1}
	want := sharedTitle(sent, seg, span, "The charity", at, -1, len(sent))
	if want == "" || !strings.HasPrefix(want, "The charity opened") {
		t.Fatalf("titled %q, want The charity opened ...", want)
	}
}
