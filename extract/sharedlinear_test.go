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
// 0.6 s before otherConjunct called it for each). Here one sentence before
// 4 MB of text is titled 2,000 times.
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
	// The text grows, the sentence does not: the titles' cost may not
	// grow with the text at all, so it is held to linear in it.
	checkLinear(t, "200 titles of one sentence before n bytes", 512<<10, func(n int) {
		text := sent + "\n\n" + strings.Repeat("The charity runs a shop. ", n/25)
		for range 200 {
			if got := sharedTitle(text, seg, span, "The charity", at, -1, len(sent)); got != want {
				t.Fatalf("titled %q before more text, %q", want, got)
			}
		}
	})
}
