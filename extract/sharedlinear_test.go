package extract

import (
	"strings"
	"testing"
	"time"

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
	text := sent + "\n\n" + strings.Repeat("The charity runs a shop. ", 4<<20/25)
	start := time.Now()
	for range 2000 {
		if got := sharedTitle(text, seg, span, "The charity", at, -1, len(sent)); got != want {
			t.Fatalf("titled %q before more text, %q", want, got)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("2,000 titles of one sentence before 4 MB took %v", d)
	}
}
