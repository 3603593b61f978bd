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

// A headline's present tells what happened: its weekday stays behind,
// while the present of the calendar in the story below it looks ahead.
// One Tagger tags both texts, as `tag --jsonl` does: what it keeps between
// texts does not leak into the second.
func TestPresentHeadline(t *testing.T) {
	dct := time.Date(2024, 6, 17, 0, 0, 0, 0, time.UTC) // a Monday
	var tg Tagger
	tg.Tag("Markets tumble on Friday as oil prices surge across the region and the world", dct)
	text := "Rebels seize town on Sunday, residents say\nThe central bank raises rates on Thursday."
	got := tg.Tag(text, dct)
	if len(got) != 2 || got[0].Value != "2024-06-16" || got[1].Value != "2024-06-20" {
		t.Errorf("Tag(%q) = %v, want Sunday 2024-06-16 and Thursday 2024-06-20", text, got)
	}
}
