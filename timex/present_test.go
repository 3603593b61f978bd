package timex

import (
	"testing"
	"time"
)

// A heading on the line above a sentence, with no period to end it, is no
// part of the sentence: its present ("burns") does not put the weekday of
// the caption below ahead (ECB+ 13_11).
func TestPresentHeadingLine(t *testing.T) {
	dct := time.Date(2012, 8, 9, 0, 0, 0, 0, time.UTC)
	text := "Historic Mat Maid warehouse burns\nRemains of the warehouse smolder Tuesday morning in Palmer.\n"
	got := Tag(text, dct)
	if len(got) != 1 || got[0].Value != "2012-08-07TMO" {
		t.Errorf("Tag(%q) = %v, want Tuesday morning=2012-08-07TMO", text, got)
	}
}
