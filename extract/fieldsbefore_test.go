package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldsBefore checks that the fields a fieldsBefore shares are
// strings.Fields of each window, whatever its start: inside a field,
// inside a rune, on a space of more than one byte (U+00A0, U+2003), on
// bytes that are no UTF-8, and a window outside the span set.
func TestFieldsBefore(t *testing.T) {
	texts := []string{
		"The council voted,  after a long debate, on the plan\tlast week.",
		"Ein Café\u00a0öffnete\u2003am Montag, sagte\u00a0der Wirt.",
		"bad \xff\xfebytes here \xc3 and  there",
		"   ",
		"",
	}
	for _, text := range texts {
		for end := 0; end <= len(text); end++ {
			for from := 0; from <= end; from++ {
				var fb fieldsBefore
				fb.set(from, end)
				for a := 0; a <= end; a++ {
					got, want := fb.fields(text, a, end), strings.Fields(text[a:end])
					if !slices.Equal(got, want) {
						t.Fatalf("%q [%d:%d] set at %d: fields %q, want %q", text, a, end, from, got, want)
					}
				}
			}
		}
	}
	var fb *fieldsBefore
	if got := fb.fields("a b c", 1, 5); !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("nil fieldsBefore: %q", got)
	}
}
