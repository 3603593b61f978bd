package timex

import (
	"testing"
	"time"
)

// TestLines checks that with Lines each line is a paragraph: the tense of
// a heading ("What happens next") does not reach the line after it, which
// it does in wrapped text, where a line break is a space.
func TestLines(t *testing.T) {
	text := "What happens next\nA walkout at the plant on 2 September lasted 4 days."
	dct := time.Date(2016, 10, 2, 0, 0, 0, 0, time.UTC)
	value := func(tg *Tagger) string {
		for _, x := range tg.Tag(text, dct) {
			if x.Text == "2 September" {
				return x.Value
			}
		}
		return ""
	}
	if got := value(&Tagger{Lines: true}); got != "2016-09-02" {
		t.Errorf("with Lines: %q, want 2016-09-02", got)
	}
	if got := value(&Tagger{}); got != "2017-09-02" {
		t.Errorf("without Lines (wrapped text): %q, want 2017-09-02 (the heading's tense reaches it)", got)
	}
}
